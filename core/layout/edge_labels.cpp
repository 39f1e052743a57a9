#include "core/layout/edge_labels.h"

#include "core/model/attrs.h"
#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/ops/op_registry.h"

namespace tfs::layout {
namespace {

// The shape the node itself records, when it records one.
PartialShape recordedShape(const tensorflow::NodeDef& nd, int output) {
    auto it = nd.attr().find("_output_shapes");
    if (it != nd.attr().end() && output < it->second.list().shape_size())
        return PartialShape::fromProto(it->second.list().shape(output));
    if ((nd.op() == "Placeholder" || nd.op() == "PlaceholderWithDefault") && hasAttr(nd, "shape")) return attrShape(nd, "shape");
    if (nd.op() == "Const") {
        auto v = nd.attr().find("value");
        if (v != nd.attr().end()) return PartialShape::fromProto(v->second.tensor().tensor_shape());
    }
    return PartialShape::unknown();
}

}  // namespace

OutputType outputType(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                      const GraphShapes* shapes) {
    const auto& nd = index.node(node);
    OutputType type;
    auto types = outputDtypes(nd, &library);
    if (types.ok() && output >= 0 && output < int(types->size())) type.dtype = baseType((*types)[size_t(output)]);
    type.shape = recordedShape(nd, output);
    if (const OutputType* inferred = shapes ? shapes->find(node, output) : nullptr) {
        // Inference already merged what the node records (the more specific dim wins) and applied user shapes.
        if (inferred->shape.knownRank) type.shape = inferred->shape;
        if (inferred->dtype != tensorflow::DT_INVALID) type.dtype = inferred->dtype;
    }
    return type;
}

std::string outputTypeText(const OutputType& type) {
    std::string dtype = type.dtype == tensorflow::DT_INVALID ? std::string() : dtypeShortName(type.dtype);
    std::string shape = type.shape.knownRank ? type.shape.toString() : std::string();
    if (dtype.empty()) return shape;
    return shape.empty() ? dtype : dtype + " " + shape;
}

std::string edgeLabelText(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                          const GraphShapes* shapes) {
    return outputTypeText(outputType(index, library, node, output, shapes));
}

std::vector<std::string> edgeCaptions(const VisibleGraph& graph, const GraphIndex& index,
                                      const tensorflow::FunctionDefLibrary& library, const GraphShapes* shapes) {
    const bool types = graph.items.size() <= kMaxItemsWithEdgeLabels;
    std::vector<std::string> captions(graph.edges.size());
    bool any = false;
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        const VisibleEdge& e = graph.edges[i];
        if (e.stub) {
            const VisibleItem& from = graph.items[size_t(e.from)];
            const std::string& name = from.kind == VisibleItem::Kind::Node ? index.node(from.node).name() : from.scope;
            size_t slash = name.rfind('/');
            captions[i] = slash == std::string::npos ? name : name.substr(slash + 1);
        } else if (types && !e.control) {
            captions[i] = edgeLabelText(index, library, e.srcNode, e.srcOutput, shapes);
        }
        any = any || !captions[i].empty();
    }
    if (!any) captions.clear();
    return captions;
}

}  // namespace tfs::layout
