#include "core/layout/edge_labels.h"

#include "core/model/attrs.h"
#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/ops/op_registry.h"

namespace tfs::layout {

std::string edgeLabelText(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                          bool isFunction) {
    const auto& nd = index.node(node);
    std::string dtype;
    auto types = outputDtypes(nd, &library);
    if (types.ok() && output < int(types->size()) && (!isFunction || types->size() == 1))
        dtype = dtypeShortName(baseType((*types)[size_t(output)]));
    std::string shape;
    auto it = nd.attr().find("_output_shapes");
    if (it != nd.attr().end() && output < it->second.list().shape_size() &&
        (!isFunction || it->second.list().shape_size() == 1)) {
        shape = PartialShape::fromProto(it->second.list().shape(output)).toString();
    } else if (nd.op() == "Placeholder" || nd.op() == "_Arg") {
        if (hasAttr(nd, "shape")) shape = attrShape(nd, "shape").toString();
    } else if (nd.op() == "Const") {
        auto v = nd.attr().find("value");
        if (v != nd.attr().end()) shape = PartialShape::fromProto(v->second.tensor().tensor_shape()).toString();
    }
    if (shape == "<unknown>") shape.clear();
    if (dtype.empty()) return shape;
    return shape.empty() ? dtype : dtype + " " + shape;
}

}  // namespace tfs::layout
