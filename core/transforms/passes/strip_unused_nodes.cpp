// strip_unused_nodes: keep only what the outputs need; inputs become Placeholders.

#include <deque>
#include <set>

#include "core/model/dtype.h"
#include "core/model/graph_index.h"
#include "core/model/shape.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {
namespace {

Result<PartialShape> parseShapeParam(const std::string& text) {
    PartialShape shape;
    shape.knownRank = true;
    if (text.empty()) return shape;  // scalar
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        std::string piece = text.substr(start, comma - start);
        char* end = nullptr;
        long long v = std::strtoll(piece.c_str(), &end, 10);
        if (piece.empty() || end != piece.c_str() + piece.size() || v < -1)
            return invalidArgument(TFS_PHRASE("Errors", "strip_unused_nodes: bad shape '%1', e.g. shape=\"1,224,224,3\""),
                                   text);
        shape.dims.push_back(v);
        start = comma + 1;
    }
    return shape;
}

struct InputSpec {
    DataType dtype = tensorflow::DT_INVALID;  // invalid = keep the node's own / default
    bool hasShape = false;
    PartialShape shape;
};

}  // namespace

Status stripUnusedNodes(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    if (context.outputNames.empty())
        return invalidArgument(TFS_PHRASE("Errors", "strip_unused_nodes needs --outputs (the nodes to keep), e.g. --outputs=softmax"));
    TFS_ASSIGN_OR_RETURN(std::string typeText, context.getOneString("type", ""));
    TFS_ASSIGN_OR_RETURN(std::string shapeText, context.getOneString("shape", ""));
    InputSpec defaults;
    if (!typeText.empty()) defaults.dtype = parseDtype(typeText);
    if (context.countParameter("shape")) {
        defaults.hasShape = true;
        TFS_ASSIGN_OR_RETURN(defaults.shape, parseShapeParam(shapeText));
    }
    std::map<std::string, InputSpec> perName;
    auto names = context.getList("name");
    auto types = context.getList("type_for_name");
    auto shapes = context.getList("shape_for_name");
    if ((!types.empty() && types.size() != names.size()) || (!shapes.empty() && shapes.size() != names.size()))
        return invalidArgument(TFS_PHRASE("Errors", "strip_unused_nodes: each 'name' needs its own type_for_name/shape_for_name, e.g. strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=\"1,10\")"));
    for (size_t i = 0; i < names.size(); ++i) {
        InputSpec spec = defaults;
        if (i < types.size()) spec.dtype = parseDtype(types[i]);
        if (i < shapes.size()) {
            spec.hasShape = true;
            TFS_ASSIGN_OR_RETURN(spec.shape, parseShapeParam(shapes[i]));
        }
        perName[nodeName(names[i])] = spec;
    }

    std::set<std::string> inputs = nodeNames(context.inputNames);
    std::set<std::string> outputs = nodeNames(context.outputNames);
    auto byName = mapNamesToNodes(in);
    for (const auto& o : outputs)
        if (!byName.count(o)) return invalidArgument(TFS_PHRASE("Errors", "strip_unused_nodes: output node '%1' is not in the graph"),
                                                     o);

    // Walk back from the outputs; inputs cut the walk.
    std::set<std::string> keep;
    std::deque<std::string> queue(outputs.begin(), outputs.end());
    while (!queue.empty()) {
        std::string name = queue.front();
        queue.pop_front();
        if (!keep.insert(name).second) continue;
        if (inputs.count(name)) continue;
        auto it = byName.find(name);
        if (it == byName.end()) continue;
        for (const auto& input : it->second->input()) queue.push_back(nodeName(input));
    }

    out->Clear();
    *out->mutable_versions() = in.versions();
    int replaced = 0;
    for (const auto& node : in.node()) {
        if (!keep.count(node.name())) continue;
        if (!inputs.count(node.name())) {
            *out->add_node() = node;
            continue;
        }
        InputSpec spec = perName.count(node.name()) ? perName[node.name()] : defaults;
        tensorflow::NodeDef placeholder;
        placeholder.set_name(node.name());
        placeholder.set_op("Placeholder");
        placeholder.set_device(node.device());
        // Unlike GTT, which forces float, an existing placeholder keeps its dtype unless one is given.
        DataType dtype = spec.dtype;
        if (dtype == tensorflow::DT_INVALID) {
            if (node.op() == "Placeholder" || node.op() == "PlaceholderV2" || node.op() == "PlaceholderWithDefault") {
                auto t = node.attr().find("dtype");
                dtype = t != node.attr().end() ? t->second.type() : tensorflow::DT_FLOAT;
            } else {
                auto t = node.attr().find("dtype");
                if (t == node.attr().end()) t = node.attr().find("T");
                dtype = t != node.attr().end() ? baseType(t->second.type()) : tensorflow::DT_FLOAT;
            }
        }
        setTypeAttr(&placeholder, "dtype", dtype);
        if (spec.hasShape) {
            spec.shape.toProto((*placeholder.mutable_attr())["shape"].mutable_shape());
        } else {
            auto s = node.attr().find("shape");
            if (s != node.attr().end()) (*placeholder.mutable_attr())["shape"] = s->second;
        }
        if (node.op() != "Placeholder" || spec.hasShape || spec.dtype != tensorflow::DT_INVALID) ++replaced;
        *out->add_node() = placeholder;
    }
    context.note(TFS_PHRASE("Notes", "kept %1 of %2 nodes"), out->node_size(), in.node_size());
    if (replaced) context.note(TFS_PHRASE("Notes", "turned %1 inputs into Placeholders"), replaced);
    return okStatus();
}

}  // namespace tfs::transforms
