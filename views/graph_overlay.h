#pragma once
// Per-node marks drawn over a graph picture (a diff's added / removed / changed / renamed,
// or any other per-node fact): the scene recolours marked boxes, fades the rest and puts a
// badge on collapsed scopes. The picture itself is the normal graph scene.

#include <QColor>
#include <QString>
#include <map>
#include <string>
#include <vector>

namespace tfs::views {

/// How one graph node is marked.
struct NodeMark {
    QColor color;         // invalid = not marked
    QString glyph;        // a short sign drawn in the box corner ("+", "−", "~", "R"): colour is never the only cue
    bool dashed = false;  // border drawn dashed (e.g. removed)
    int rank = 0;         // a box shows its own node's mark; without one, its folded weights' highest rank
    QString tip;          // extra tooltip line (HTML)
    bool fill = false;    // the colour fills the box (a heat map) instead of tinting it
    bool marked() const { return color.isValid(); }
};

/// Text on a collapsed scope: "3 changed, 1 added".
struct ScopeBadge {
    QString text;
    QColor color;
};

/// Marks for one graph (node indexes of that graph's GraphIndex).
struct GraphOverlay {
    std::vector<NodeMark> nodes;
    std::map<std::string, ScopeBadge> scopes;  // by scope path
    bool fadeUnmarked = true;                  // draw unmarked boxes paler so marks stand out
    QString legend;                            // what the marks mean (rich text), shown above the picture; "" = none
};

}  // namespace tfs::views
