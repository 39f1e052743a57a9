#pragma once
// SVG drawing of a laid-out visible graph, for headless rendering (`--batch render`).
// Light palette, boxes coloured by op category, clusters as frames, control edges dashed.

#include <string>

#include "core/layout/graph_layout.h"
#include "core/layout/visible_graph.h"

namespace tfs::layout {

/// SVG text of the picture; `scale` multiplies the document's width and height (the view box stays
/// in layout points), so the whole layout is always inside the image.
std::string toSvg(const LayoutInput& input, const LayoutResult& result, const GraphIndex& index, double scale = 1.0);

/// Escapes XML text and attributes (forwards to tfs::escapeXml in core/util/xml.h).
std::string xmlEscape(const std::string& text);

}  // namespace tfs::layout
