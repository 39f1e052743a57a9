#include "core/diff/merged_graph.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tfs::diff {
namespace {

// "^x" / "x:1" / "x:out:0" with the node part replaced.
std::string renameInput(const std::string& input, const std::string& node) {
    const size_t start = !input.empty() && input[0] == '^' ? 1 : 0;
    const size_t colon = input.find(':', start);
    return input.substr(0, start) + node + (colon == std::string::npos ? std::string() : input.substr(colon));
}

std::string_view inputNode(const std::string& input) {
    std::string_view v(input);
    if (!v.empty() && v[0] == '^') v.remove_prefix(1);
    return v.substr(0, v.find(':'));
}

}  // namespace

MergedGraph mergeGraphs(const tensorflow::GraphDef& a, const tensorflow::GraphDef& b, const GraphDiff& diff) {
    MergedGraph merged;
    *merged.graph.mutable_versions() = b.versions();
    merged.nodeOfEntry.assign(diff.nodes.size(), -1);
    std::unordered_set<std::string> used;
    used.reserve(size_t(b.node_size() + a.node_size()));
    for (int i = 0; i < b.node_size(); ++i) {
        *merged.graph.add_node() = b.node(i);
        used.insert(b.node(i).name());
        const int entry = size_t(i) < diff.entryOfB.size() ? diff.entryOfB[size_t(i)] : -1;
        merged.entryOfNode.push_back(entry);
        if (entry >= 0) merged.nodeOfEntry[size_t(entry)] = i;
    }
    // Removed nodes keep A's name unless B uses it for another node.
    std::unordered_map<std::string, std::string> removedName;
    for (size_t e = 0; e < diff.nodes.size(); ++e) {
        const NodeDiff& n = diff.nodes[e];
        if (n.b >= 0 || n.a < 0 || n.a >= a.node_size()) continue;
        std::string name = n.nameA;
        for (int k = 1; used.count(name); ++k)
            name = n.nameA + (k == 1 ? std::string(" (removed)") : " (removed " + std::to_string(k) + ")");
        used.insert(name);
        removedName[n.nameA] = name;
    }
    std::unordered_map<std::string_view, int> entryByNameA;
    for (int i = 0; i < a.node_size(); ++i)
        if (size_t(i) < diff.entryOfA.size()) entryByNameA[a.node(i).name()] = diff.entryOfA[size_t(i)];
    for (size_t e = 0; e < diff.nodes.size(); ++e) {
        const NodeDiff& n = diff.nodes[e];
        if (n.b >= 0 || n.a < 0 || n.a >= a.node_size()) continue;
        tensorflow::NodeDef* node = merged.graph.add_node();
        *node = a.node(n.a);
        node->set_name(removedName[n.nameA]);
        for (auto& input : *node->mutable_input()) {
            auto found = entryByNameA.find(inputNode(input));
            if (found == entryByNameA.end() || found->second < 0) continue;
            const NodeDiff& producer = diff.nodes[size_t(found->second)];
            if (producer.b >= 0) input = renameInput(input, producer.nameB);
            else if (auto r = removedName.find(producer.nameA); r != removedName.end()) input = renameInput(input, r->second);
        }
        merged.nodeOfEntry[e] = merged.graph.node_size() - 1;
        merged.entryOfNode.push_back(int(e));
    }
    return merged;
}

}  // namespace tfs::diff
