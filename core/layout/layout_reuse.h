#pragma once
// When a new picture can keep the previous picture's layout. A workbench step usually changes
// only what is inside collapsed scopes: the boxes, frames and edges drawn stay the same, so the
// previous positions are still right and Graphviz (the slowest part of showing a step) is skipped.

#include "core/layout/graph_layout.h"

namespace tfs::layout {

/// True when `next` (over `nextIndex`) draws what `previous` (over `previousIndex`) drew: the same
/// boxes in the same order (nodes by name, collapsed scopes by path), the same frames, edges and
/// captions, and no box larger than before. Node indices may differ: the indexes can be of two
/// revisions of a model.
bool sameDrawing(const LayoutInput& previous, const GraphIndex& previousIndex, const LayoutInput& next,
                 const GraphIndex& nextIndex);

}  // namespace tfs::layout
