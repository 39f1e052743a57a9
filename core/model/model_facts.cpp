#include "core/model/model_facts.h"

#include <set>

#include "core/model/attrs.h"
#include "core/model/graph_index.h"
#include "core/model/likely_outputs.h"

namespace tfs {

namespace {

bool isParameterDtype(DataType dtype) {
    return isFloatingType(dtype) || dtype == tensorflow::DT_QINT8 || dtype == tensorflow::DT_QUINT8 ||
           dtype == tensorflow::DT_INT8 || dtype == tensorflow::DT_UINT8;
}

TensorSpec specOfNode(const tensorflow::NodeDef& node) {
    TensorSpec spec;
    spec.tensorName = node.name() + ":0";
    spec.dtype = attrType(node, "dtype", attrType(node, "T"));
    spec.shape = attrShape(node, "shape");
    if (!spec.shape.knownRank) {
        auto it = node.attr().find("_output_shapes");
        if (it != node.attr().end() && it->second.list().shape_size() > 0)
            spec.shape = PartialShape::fromProto(it->second.list().shape(0));
    }
    return spec;
}

ConstantInfo constantInfoOf(const tensorflow::NodeDef& node) {
    ConstantInfo c;
    c.name = node.name();
    auto it = node.attr().find("value");
    if (it != node.attr().end()) {
        const auto& t = it->second.tensor();
        c.dtype = t.dtype();
        c.shape = PartialShape::fromProto(t.tensor_shape());
        auto count = elementCount(c.shape.dims);
        c.elements = count.ok() ? *count : 0;
        c.bytes = dtypeSize(c.dtype) ? uint64_t(c.elements) * uint64_t(dtypeSize(c.dtype)) : t.ByteSizeLong();
    }
    return c;
}

bool isParameter(const ConstantInfo& c) { return isParameterDtype(c.dtype) && c.shape.rank() >= 1; }

}  // namespace

ParameterCount countParameters(const Model& model, size_t metaGraph) {
    ParameterCount count;
    for (const auto& v : model.variableInfos) {
        if (v.optimizerSlot || !isParameterDtype(v.dtype)) continue;
        int64_t elements = 0;
        if (v.shape.isFullyKnown()) {
            auto c = elementCount(v.shape.dims);
            if (c.ok()) elements = *c;
        }
        count.variable += elements;
        count.variableBytes += v.bytes;
        count.byDtype[dtypeShortName(baseType(v.dtype))] += elements;
    }
    if (const tensorflow::GraphDef* graph = model.graph(metaGraph))
        for (const auto& node : graph->node()) {
            if (node.op() != "Const") continue;
            ConstantInfo c = constantInfoOf(node);
            if (!isParameter(c)) continue;
            count.constant += c.elements;
            count.constantBytes += c.bytes;
            count.byDtype[dtypeShortName(c.dtype)] += c.elements;
        }
    return count;
}

ModelFacts computeFacts(const Model& model, size_t metaGraph) {
    ModelFacts facts;
    const ParameterCount params = countParameters(model, metaGraph);
    facts.constantParameters = params.constant;
    facts.constantBytes = params.constantBytes;
    facts.variableParameters = params.variable;
    facts.variableBytes = params.variableBytes;
    facts.parametersByDtype = params.byDtype;
    const tensorflow::GraphDef* graph = model.graph(metaGraph);
    if (!graph) return facts;
    GraphIndex index(*graph);
    facts.nodeCount = index.size();
    facts.functionCount = graph->library().function_size();
    for (const auto& fn : graph->library().function())
        for (const auto& node : fn.node_def()) facts.functionOpCounts[node.op()]++;

    for (int i = 0; i < index.size(); ++i) {
        const auto& node = index.node(i);
        facts.opCounts[node.op()]++;
        bool saverNode = node.name().rfind("save/", 0) == 0 || node.name().find("/save/") != std::string::npos ||
                         node.name() == "saver_filename";
        for (const auto& e : index.inputs(i))
            if (e.src >= 0 && index.node(e.src).name() == "saver_filename") saverNode = true;
        if ((node.op() == "Placeholder" || node.op() == "PlaceholderWithDefault") && !saverNode)
            facts.inputs.push_back(specOfNode(node));
        if (node.op() == "Const") facts.constants.push_back(constantInfoOf(node));
    }
    for (int i : likelyOutputNodes(index)) {
        const auto& node = index.node(i);
        TensorSpec spec;
        spec.tensorName = node.name() + ":0";
        spec.dtype = attrType(node, "T", attrType(node, "dtype", attrType(node, "out_type")));
        auto it = node.attr().find("_output_shapes");
        if (it != node.attr().end() && it->second.list().shape_size() > 0)
            spec.shape = PartialShape::fromProto(it->second.list().shape(0));
        facts.outputs.push_back(spec);
    }
    return facts;
}

}  // namespace tfs
