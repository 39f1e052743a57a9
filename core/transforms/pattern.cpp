#include "core/transforms/pattern.h"

#include <cctype>
#include <functional>
#include <map>

#include "core/transforms/graph_utils.h"

namespace tfs::transforms {
namespace {

struct PatternParser {
    const std::string& text;
    size_t pos = 0;

    void skip() {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    }
    // Each phrase says what was expected: %1 the pattern, %2 the character position.
    Status error(PhraseText<2> expectation) const { return invalidArgument(expectation, text, pos + 1); }
    Result<OpTypePattern> parse() {
        skip();
        OpTypePattern p;
        size_t start = pos;
        while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_' ||
                                     text[pos] == '|' || text[pos] == '*'))
            ++pos;
        if (pos == start) return error(TFS_PHRASE("Errors", "pattern '%1': expected an op type, '*' or 'A|B' at character %2"));
        p.op = text.substr(start, pos - start);
        skip();
        if (pos < text.size() && text[pos] == '(') {
            ++pos;
            while (true) {
                TFS_ASSIGN_OR_RETURN(OpTypePattern child, parse());
                p.inputs.push_back(std::move(child));
                skip();
                if (pos < text.size() && text[pos] == ',') {
                    ++pos;
                    continue;
                }
                if (pos < text.size() && text[pos] == ')') {
                    ++pos;
                    break;
                }
                return error(TFS_PHRASE("Errors", "pattern '%1': expected ',' or ')' at character %2"));
            }
        }
        return p;
    }
};

bool opMatches(const std::string& patternOp, const std::string& op) {
    if (patternOp == "*") return true;
    size_t start = 0;
    while (start <= patternOp.size()) {
        size_t bar = patternOp.find('|', start);
        if (bar == std::string::npos) bar = patternOp.size();
        if (patternOp.compare(start, bar - start, op) == 0 && bar - start == op.size()) return true;
        start = bar + 1;
    }
    return false;
}

void collectInterior(const NodeMatch& match, const OpTypePattern& pattern, bool root, std::set<std::string>* interior,
                     std::set<std::string>* leaves, std::set<std::string>* wildcards) {
    if (pattern.inputs.empty()) {
        (pattern.op == "*" ? wildcards : leaves)->insert(match.node.name());
        return;
    }
    if (!root) interior->insert(match.node.name());
    for (size_t i = 0; i < match.inputs.size() && i < pattern.inputs.size(); ++i)
        collectInterior(match.inputs[i], pattern.inputs[i], false, interior, leaves, wildcards);
}

}  // namespace

std::string OpTypePattern::toString() const {
    std::string s = op;
    if (inputs.empty()) return s;
    s += "(";
    for (size_t i = 0; i < inputs.size(); ++i) s += (i ? "," : "") + inputs[i].toString();
    return s + ")";
}

Result<OpTypePattern> parsePattern(const std::string& text) {
    PatternParser parser{text};
    TFS_ASSIGN_OR_RETURN(OpTypePattern p, parser.parse());
    parser.skip();
    if (parser.pos != text.size()) return parser.error(TFS_PHRASE("Errors", "pattern '%1': unexpected trailing text at character %2"));
    return p;
}

GraphMatcher::GraphMatcher(const tensorflow::GraphDef& graph) {
    for (const auto& node : graph.node()) {
        byOrder_.push_back(&node);
        byName_.emplace(node.name(), &node);
    }
}

bool GraphMatcher::matchAt(const std::string& name, const OpTypePattern& pattern, NodeMatch* match) const {
    auto it = byName_.find(name);
    if (it == byName_.end()) return false;
    const tensorflow::NodeDef& node = *it->second;
    if (!opMatches(pattern.op, node.op())) return false;
    match->node = node;
    match->inputs.clear();
    if (pattern.inputs.empty()) return true;
    std::vector<std::string> inputs = dataInputs(node);
    if (inputs.size() != pattern.inputs.size()) return false;
    for (size_t i = 0; i < inputs.size(); ++i) {
        NodeMatch child;
        if (!matchAt(nodeName(inputs[i]), pattern.inputs[i], &child)) return false;
        match->inputs.push_back(std::move(child));
    }
    return true;
}

std::vector<NodeMatch> GraphMatcher::findMatches(const OpTypePattern& pattern) {
    std::vector<NodeMatch> matches;
    std::set<std::string> used;
    for (const auto* node : byOrder_) {
        if (used.count(node->name())) continue;
        NodeMatch match;
        if (!matchAt(node->name(), pattern, &match)) continue;
        std::set<std::string> names;
        collectMatchNodes(match, &names);
        bool overlap = false;
        for (const auto& n : names)
            if (used.count(n)) overlap = true;
        if (overlap) continue;
        used.insert(names.begin(), names.end());
        matches.push_back(std::move(match));
    }
    return matches;
}

void collectMatchNodes(const NodeMatch& match, std::set<std::string>* names) {
    names->insert(match.node.name());
    for (const auto& input : match.inputs) collectMatchNodes(input, names);
}

Status replaceMatchingOpTypes(const tensorflow::GraphDef& in, const OpTypePattern& pattern,
                              const MatchReplaceFn& replace, const ReplaceOptions& options,
                              tensorflow::GraphDef* out, int* replaced) {
    GraphMatcher matcher(in);
    auto consumers = mapConsumers(in);
    std::set<std::string> removed;
    std::map<std::string, std::vector<tensorflow::NodeDef>> replacementsAtRoot;
    std::set<std::string> claimedNewNames;
    int count = 0;
    // Matches are collected first, so leaves shared between matches (e.g. one weight
    // Const feeding two convolutions) are only ever kept, never removed twice.
    for (const NodeMatch& match : matcher.findMatches(pattern)) {
        std::set<std::string> matched;
        collectMatchNodes(match, &matched);
        std::set<std::string> interior, leaves, wildcards;
        collectInterior(match, pattern, true, &interior, &leaves, &wildcards);
        bool skip = false;
        for (const auto& name : interior) {
            if (options.protectedNodes.count(name)) skip = true;
            for (const auto* consumer : consumers[name])
                if (!matched.count(consumer->name())) skip = true;
        }
        if (skip) continue;
        std::vector<tensorflow::NodeDef> newNodes;
        TFS_RETURN_IF_ERROR(replace(match, &newNodes));
        if (newNodes.empty()) continue;
        // Re-emitted, unchanged matched nodes (weights, sizes) are simply kept in place,
        // so a Const shared by two matches is neither removed nor duplicated.
        std::set<std::string> keptAsIs;
        {
            std::map<std::string, const tensorflow::NodeDef*> matchedNodes;
            std::function<void(const NodeMatch&)> walk = [&](const NodeMatch& m) {
                matchedNodes.emplace(m.node.name(), &m.node);
                for (const auto& i : m.inputs) walk(i);
            };
            walk(match);
            std::vector<tensorflow::NodeDef> filtered;
            for (auto& n : newNodes) {
                auto it = matchedNodes.find(n.name());
                if (it != matchedNodes.end() && n.name() != match.node.name() &&
                    stableBytes(*it->second) == stableBytes(n)) {
                    keptAsIs.insert(n.name());
                    continue;
                }
                filtered.push_back(std::move(n));
            }
            newNodes = std::move(filtered);
        }
        std::set<std::string> newNames;
        for (const auto& n : newNodes) newNames.insert(n.name());
        std::set<std::string> toRemove;
        for (const auto& name : matched) {
            if (wildcards.count(name) && !leaves.count(name) && !interior.count(name) && name != match.node.name())
                continue;  // a '*' leaf is an input of the match, never part of it
            if (keptAsIs.count(name)) continue;
            if (newNames.count(name)) {
                toRemove.insert(name);  // replaced by the new definition
                continue;
            }
            bool usedOutside = options.protectedNodes.count(name) > 0;
            for (const auto* consumer : consumers[name])
                if (!matched.count(consumer->name())) usedOutside = true;
            if (leaves.count(name) && usedOutside) continue;  // shared leaf: keep it
            if (usedOutside && name != match.node.name()) {
                skip = true;
                break;
            }
            if (name == match.node.name() && usedOutside) {
                skip = true;  // root disappears but is consumed: the replacement must keep its name
                break;
            }
            toRemove.insert(name);
        }
        // New nodes must not collide with names already taken by other replacements.
        for (const auto& n : newNames)
            if (claimedNewNames.count(n)) skip = true;
        if (skip) continue;
        claimedNewNames.insert(newNames.begin(), newNames.end());
        removed.insert(toRemove.begin(), toRemove.end());
        replacementsAtRoot[match.node.name()] = std::move(newNodes);
        ++count;
    }
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (const auto& node : in.node()) {
        auto it = replacementsAtRoot.find(node.name());
        if (it != replacementsAtRoot.end()) {
            for (const auto& n : it->second) *out->add_node() = n;
            continue;
        }
        if (removed.count(node.name())) continue;
        *out->add_node() = node;
    }
    if (replaced) *replaced = count;
    return okStatus();
}

}  // namespace tfs::transforms
