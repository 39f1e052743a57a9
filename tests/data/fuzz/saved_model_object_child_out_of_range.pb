#

xPlaceholder:

	€”λάv