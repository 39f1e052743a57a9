#pragma once
// Colours of the graph view (per op category), following the light or dark system palette.

#include <QColor>
#include <QString>

#include "core/ops/op_registry.h"

namespace tfs::views {

/// True when the application palette has a dark window background.
bool isDarkPalette();

/// Fill colour of a node of this category.
QColor categoryColor(OpCategory category, bool dark);
/// Text colour that reads well on categoryColor().
QColor categoryTextColor(bool dark);

/// Colours of the non-node parts of the picture.
struct GraphColors {
    QColor background, edge, controlEdge, highlight, trace, clusterFill, clusterBorder, clusterText,
        scopeFill, scopeBorder, scopeText, edgeLabel, selection;
};
GraphColors graphColors(bool dark);

/// Colours of diff kinds from the Okabe–Ito palette (told apart with any colour vision),
/// chosen per theme so that each stands out on the graph background.
struct DiffColors {
    QColor added, removed, changed, renamed;
};
DiffColors diffColors(bool dark);

/// Black or white, whichever reads better on `background` (signs on marks, badges, heat-map boxes, legends).
QColor textColorOn(const QColor& background);

/// Human name of a category ("Convolution", "Control flow").
QString categoryTitle(OpCategory category);

}  // namespace tfs::views
