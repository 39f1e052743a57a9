#include "core/layout/stub_routes.h"

#include <map>

namespace tfs::layout {

void routeStubs(const VisibleGraph& graph, LayoutResult& result) {
    if (result.edges.size() != graph.edges.size() || result.items.size() != graph.items.size()) return;
    std::map<int, std::vector<size_t>> byConsumer;
    for (size_t e = 0; e < graph.edges.size(); ++e)
        if (graph.edges[e].stub) byConsumer[graph.edges[e].to].push_back(e);
    for (const auto& [to, edges] : byConsumer) {
        const RectF& box = result.items[size_t(to)];
        for (size_t k = 0; k < edges.size(); ++k) {
            const double x = box.x + box.width * double(k + 1) / double(edges.size() + 1);
            const double tip = box.y, end = box.y - 5, start = box.y - kStubLength;
            EdgeRoute& route = result.edges[edges[k]];
            route.bezier = {{x, start}, {x, start + 4}, {x, end - 4}, {x, end}};
            route.hasArrow = true;
            route.arrowTip = {x, tip};
            route.hasLabel = true;
            // Alternate label heights so neighbouring names overlap less.
            route.labelCenter = {x, start - 5 - (k % 2) * 10};
        }
    }
}

}  // namespace tfs::layout
