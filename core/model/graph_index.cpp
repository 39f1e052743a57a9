#include "core/model/graph_index.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <set>

namespace tfs {

namespace {

// TensorRef's fields as views into the input string: the index parses every input of every node.
struct TensorRefView {
    std::string_view node;
    std::string_view outputArg;
    int output = 0;
    bool control = false;
};

TensorRefView parseRef(std::string_view input) {
    TensorRefView ref;
    if (!input.empty() && input[0] == '^') {
        ref.control = true;
        ref.node = input.substr(1);
        return ref;
    }
    auto first = input.find(':');
    if (first == std::string_view::npos) {
        ref.node = input;
        return ref;
    }
    ref.node = input.substr(0, first);
    std::string_view rest = input.substr(first + 1);
    auto second = rest.find(':');
    std::string_view number = rest;
    if (second != std::string_view::npos) {
        ref.outputArg = rest.substr(0, second);
        number = rest.substr(second + 1);
    }
    int value = 0;
    auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec == std::errc() && ptr == number.data() + number.size()) {
        ref.output = value;
    } else if (second == std::string_view::npos) {
        // "node:out" without index (function body shorthand): keep the arg name.
        ref.outputArg = rest;
    }
    return ref;
}

}  // namespace

TensorRef TensorRef::parse(std::string_view input) {
    const TensorRefView view = parseRef(input);
    TensorRef ref;
    ref.node = std::string(view.node);
    ref.outputArg = std::string(view.outputArg);
    ref.output = view.output;
    ref.control = view.control;
    return ref;
}

std::string TensorRef::toString() const {
    if (control) return "^" + node;
    if (!outputArg.empty()) return node + ":" + outputArg + ":" + std::to_string(output);
    return node + ":" + std::to_string(output);
}

std::string nodeNameOf(std::string_view input) {
    if (!input.empty() && input[0] == '^') input.remove_prefix(1);
    auto colon = input.find(':');
    return std::string(colon == std::string_view::npos ? input : input.substr(0, colon));
}

std::vector<std::string> enclosingScopes(const std::string& nodeName) {
    std::vector<std::string> out;
    for (size_t slash = nodeName.find('/'); slash != std::string::npos; slash = nodeName.find('/', slash + 1))
        out.push_back(nodeName.substr(0, slash));
    return out;
}

GraphIndex::GraphIndex(const tensorflow::GraphDef& graph) {
    for (const auto& n : graph.node()) nodes_.push_back(&n);
    build({});
}

GraphIndex::GraphIndex(const google::protobuf::RepeatedPtrField<tensorflow::NodeDef>& nodes,
                       const std::vector<std::string>& argumentNames) {
    for (const auto& n : nodes) nodes_.push_back(&n);
    build(argumentNames);
}

int GraphIndex::find(std::string_view name) const {
    auto it = byName_.find(name);
    return it == byName_.end() ? -1 : it->second;
}

void GraphIndex::build(const std::vector<std::string>& argumentNames) {
    const int n = int(nodes_.size());
    std::set<std::string> reported;
    byName_.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        auto [it, inserted] = byName_.emplace(nodes_[size_t(i)]->name(), i);
        if (!inserted && reported.insert(nodes_[size_t(i)]->name()).second) duplicates_.push_back(nodes_[size_t(i)]->name());
    }
    std::set<std::string_view> arguments(argumentNames.begin(), argumentNames.end());
    inputs_.assign(size_t(n), {});
    consumers_.assign(size_t(n), {});
    for (int i = 0; i < n; ++i) {
        const auto& nd = *nodes_[size_t(i)];
        inputs_[size_t(i)].reserve(size_t(nd.input_size()));
        for (int k = 0; k < nd.input_size(); ++k) {
            const TensorRefView ref = parseRef(nd.input(k));
            GraphEdge edge;
            edge.dst = i;
            edge.dstInput = k;
            edge.control = ref.control;
            edge.srcOutput = ref.output;
            edge.src = find(ref.node);
            if (edge.src < 0 && !arguments.count(ref.node))
                dangling_.push_back("node '" + nd.name() + "' input '" + nd.input(k) + "' does not name a node");
            inputs_[size_t(i)].push_back(edge);
            if (edge.src >= 0) consumers_[size_t(edge.src)].push_back(edge);
        }
    }

    // Kahn's algorithm; edges from NextIteration are loop back edges and do not count.
    std::vector<int> pending(size_t(n), 0);
    std::vector<char> loopSource(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const std::string& op = nodes_[size_t(i)]->op();
        loopSource[size_t(i)] = op == "NextIteration" || op == "RefNextIteration";
    }
    auto isBackEdge = [&](const GraphEdge& e) { return loopSource[size_t(e.src)] != 0; };
    for (int i = 0; i < n; ++i)
        for (const auto& e : inputs_[size_t(i)])
            if (e.src >= 0 && !isBackEdge(e)) ++pending[size_t(i)];
    std::deque<int> ready;
    for (int i = 0; i < n; ++i)
        if (pending[size_t(i)] == 0) ready.push_back(i);
    std::vector<bool> placed(size_t(n), false);
    while (!ready.empty()) {
        int i = ready.front();
        ready.pop_front();
        order_.push_back(i);
        placed[size_t(i)] = true;
        for (const auto& e : consumers_[size_t(i)]) {
            if (isBackEdge(e)) continue;
            if (--pending[size_t(e.dst)] == 0) ready.push_back(e.dst);
        }
    }
    for (int i = 0; i < n; ++i)
        if (!placed[size_t(i)]) {
            cyclic_.push_back(i);
            order_.push_back(i);
        }

    // Nodes of one scope mostly come together: the scopes the previous node was in are kept as far as
    // the two names share their directories, and only the rest is looked up.
    root_ = std::make_unique<NameScope>();
    std::vector<NameScope*> chain{root_.get()};  // the previous node's scopes, outermost first
    std::vector<size_t> ends{0};                 // where each of their paths ends in that name (root: unused)
    std::string_view previous;
    for (int i = 0; i < n; ++i) {
        const std::string& name = nodes_[size_t(i)]->name();
        const size_t shared = size_t(std::mismatch(name.begin(), name.begin() + std::min(name.size(), previous.size()),
                                                   previous.begin()).first - name.begin());
        size_t keep = 1;
        while (keep < chain.size() && ends[keep] < shared) ++keep;  // name[end] is the same '/' as in previous
        chain.resize(keep);
        ends.resize(keep);
        NameScope* scope = chain.back();
        size_t start = keep == 1 ? 0 : ends.back() + 1;
        for (size_t slash = name.find('/', start); slash != std::string::npos; slash = name.find('/', start)) {
            std::string part = name.substr(start, slash - start);
            auto& child = scope->children[part];
            if (!child) {
                child = std::make_unique<NameScope>();
                child->name = part;
                child->path = name.substr(0, slash);
            }
            scope = child.get();
            chain.push_back(scope);
            ends.push_back(slash);
            start = slash + 1;
        }
        for (NameScope* s : chain) s->totalNodes++;
        scope->nodes.push_back(i);
        previous = name;
    }
}

}  // namespace tfs
