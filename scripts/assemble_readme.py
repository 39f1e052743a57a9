#!/usr/bin/env python3
# Rebuilds README.md from docs/_readme_head.md, the area docs (docs/<area>.md) and
# docs/_readme_tail.md. Edit the docs, then run: python3 scripts/assemble_readme.py
import os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import re, os
parts = [open('docs/_readme_head.md').read()]
order = ['gui', 'workbench', 'diff', 'languages', 'formats', 'checkpoints', 'ops', 'executor', 'kernels', 'transforms', 'compare', 'headless', 'reliability']
for name in order:
    p = f'docs/{name}.md'
    if not os.path.exists(p):
        continue
    text = open(p).read().strip('\n')
    lines = []
    in_code = False
    for line in text.split('\n'):
        if line.startswith('```'):
            in_code = not in_code
        if not in_code and re.match(r'^#{1,5} ', line):
            hashes = len(line.split(' ')[0])
            # top heading of a doc becomes "##", the rest follow one level below
            line = '#' * (max(hashes, 1) + (1 if hashes == 1 else 1 if name != 'formats' else 0)) + line[hashes:]
        lines.append(line)
    parts.append('\n'.join(lines) + '\n')
parts.append(open('docs/_readme_tail.md').read())
open('README.md', 'w').write('\n'.join(parts))
