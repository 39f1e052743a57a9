#include "core/batch/inspect_report.h"
#include "core/util/human_bytes.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/model/model_facts.h"
#include "core/exec/session.h"
#include "core/ops/op_registry.h"

namespace tfs::batch {


Json shapeJson(const PartialShape& shape) {
    if (!shape.knownRank) return Json();
    Json dims = Json::array();
    for (int64_t d : shape.dims) dims.push(Json(d < 0 ? int64_t(-1) : d));
    return dims;
}

namespace {

// Nodes the executor cannot run among those the model's outputs need
// (signature outputs when there are signatures, else the likely outputs).
std::vector<std::string> unsupportedForOutputs(const Model& model, const ModelFacts& facts) {
    const auto* graph = model.graph();
    if (!graph) return {};
    std::vector<std::string> fetches, feeds;
    for (const auto& sig : model.metaGraphs[0].signatures) {
        for (const auto& s : sig.outputs)
            if (!s.tensorName.empty()) fetches.push_back(s.tensorName);
        for (const auto& s : sig.inputs)
            if (!s.tensorName.empty()) feeds.push_back(s.tensorName);
    }
    if (fetches.empty())
        for (const auto& s : facts.outputs) fetches.push_back(s.tensorName);
    for (const auto& s : facts.inputs) feeds.push_back(s.tensorName);
    std::sort(feeds.begin(), feeds.end());
    feeds.erase(std::unique(feeds.begin(), feeds.end()), feeds.end());
    std::sort(fetches.begin(), fetches.end());
    fetches.erase(std::unique(fetches.begin(), fetches.end()), fetches.end());
    if (fetches.empty()) return {};
    return exec::unsupportedOps(*graph, fetches, feeds);
}

Json specJson(const TensorSpec& spec) {
    Json j = Json::object();
    j.set("name", spec.tensorName);
    j.set("dtype", dtypeName(spec.dtype));
    j.set("shape", shapeJson(spec.shape));
    return j;
}

std::string tagsText(const std::vector<std::string>& tags) {
    std::string out;
    for (const auto& t : tags) out += (out.empty() ? "" : ", ") + t;
    return out.empty() ? "(none)" : out;
}

std::string specLine(const TensorSpec& spec) {
    return spec.tensorName + "  " + dtypeName(spec.dtype) + "  " + spec.shape.toString();
}

}  // namespace

Json inspectJson(const Model& model) {
    ModelFacts facts = computeFacts(model);
    Json root = Json::object();
    root.set("path", model.path);
    root.set("format", formatName(model.format));
    root.set("producer", model.producer);
    Json metas = Json::array();
    for (const auto& mg : model.metaGraphs) {
        Json m = Json::object();
        Json tags = Json::array();
        for (const auto& t : mg.tags) tags.push(t);
        m.set("tags", tags);
        Json sigs = Json::object();
        for (const auto& sig : mg.signatures) {
            Json s = Json::object();
            s.set("method", sig.method);
            Json in = Json::object(), out = Json::object();
            for (const auto& spec : sig.inputs) in.set(spec.key, specJson(spec));
            for (const auto& spec : sig.outputs) out.set(spec.key, specJson(spec));
            s.set("inputs", in);
            s.set("outputs", out);
            sigs.set(sig.key, s);
        }
        m.set("signatures", sigs);
        m.set("node_count", mg.def.graph_def().node_size());
        metas.push(m);
    }
    root.set("meta_graphs", metas);

    Json graph = Json::object();
    graph.set("node_count", facts.nodeCount);
    Json ops = Json::object();
    for (const auto& [op, n] : facts.opCounts) ops.set(op, n);
    graph.set("op_counts", ops);
    Json fops = Json::object();
    for (const auto& [op, n] : facts.functionOpCounts) fops.set(op, n);
    graph.set("function_op_counts", fops);
    Json inputs = Json::array(), outputs = Json::array();
    for (const auto& s : facts.inputs) inputs.push(specJson(s));
    for (const auto& s : facts.outputs) outputs.push(specJson(s));
    graph.set("inputs", inputs);
    graph.set("outputs", outputs);
    graph.set("function_count", facts.functionCount);
    root.set("graph", graph);

    Json vars = Json::array();
    for (const auto& v : model.variableInfos) {
        Json j = Json::object();
        j.set("name", v.name);
        j.set("dtype", dtypeName(v.dtype));
        j.set("shape", shapeJson(v.shape));
        j.set("bytes", v.bytes);
        j.set("checkpoint_key", v.checkpointKey);
        j.set("node", v.nodeName);
        j.set("optimizer_slot", v.optimizerSlot);
        vars.push(j);
    }
    root.set("variables", vars);
    Json params = Json::object();
    params.set("constant", facts.constantParameters);
    params.set("variable", facts.variableParameters);
    Json byDtype = Json::object();
    for (const auto& [d, n] : facts.parametersByDtype) byDtype.set(d, n);
    params.set("by_dtype", byDtype);
    root.set("parameters", params);
    root.set("size_bytes", model.sizeBytes);
    Json files = Json::array();
    for (const auto& f : model.files) {
        Json j = Json::object();
        j.set("path", f.path);
        j.set("bytes", f.bytes);
        files.push(j);
    }
    root.set("files", files);
    Json assets = Json::array();
    for (const auto& a : model.assets) assets.push(a);
    root.set("assets", assets);
    Json unknown = Json::array();
    if (const auto* g = model.graph())
        for (const auto& op : unknownOps(*g)) unknown.push(op);
    root.set("unknown_ops", unknown);
    Json unsupported = Json::array();
    for (const auto& u : unsupportedForOutputs(model, facts)) unsupported.push(u);
    root.set("unsupported_ops", unsupported);
    Json warnings = Json::array();
    for (const auto& w : model.warnings) warnings.push(w);
    root.set("warnings", warnings);
    return root;
}

std::string inspectText(const Model& model) {
    ModelFacts facts = computeFacts(model);
    std::ostringstream out;
    out << "Model:    " << model.path << "\n";
    out << "Format:   " << formatName(model.format);
    if (!model.producer.empty()) out << " (" << model.producer << ")";
    out << "\n";
    out << "Size:     " << humanBytes(model.sizeBytes) << " in " << model.files.size() << " file"
        << (model.files.size() == 1 ? "" : "s") << "\n";
    if (model.metaGraphs.size() > 1 || (!model.metaGraphs.empty() && !model.metaGraphs[0].tags.empty())) {
        out << "\nMeta graphs (" << model.metaGraphs.size() << "):\n";
        for (size_t i = 0; i < model.metaGraphs.size(); ++i)
            out << "  [" << i << "] tags: " << tagsText(model.metaGraphs[i].tags) << "  signatures: "
                << model.metaGraphs[i].signatures.size() << "  nodes: " << model.metaGraphs[i].def.graph_def().node_size()
                << (i == 0 ? "  (shown)" : "") << "\n";
    }
    if (!model.metaGraphs.empty() && !model.metaGraphs[0].signatures.empty()) {
        out << "\nSignatures (tags: " << tagsText(model.metaGraphs[0].tags) << "):\n";
        for (const auto& sig : model.metaGraphs[0].signatures) {
            out << "  " << sig.key << "  (" << sig.method << ")\n";
            for (const auto& s : sig.inputs) out << "    in   " << s.key << ": " << specLine(s) << "\n";
            for (const auto& s : sig.outputs) out << "    out  " << s.key << ": " << specLine(s) << "\n";
        }
    }
    if (!model.metaGraphs.empty()) {
        out << "\nGraph:    " << facts.nodeCount << " nodes, " << facts.opCounts.size() << " op types, "
            << facts.functionCount << " functions\n";
        out << "Inputs (" << facts.inputs.size() << "):\n";
        for (const auto& s : facts.inputs) out << "  " << specLine(s) << "\n";
        out << "Likely outputs (" << facts.outputs.size() << "):\n";
        size_t shown = 0;
        for (const auto& s : facts.outputs) {
            if (++shown > 20) {
                out << "  ... and " << facts.outputs.size() - 20 << " more\n";
                break;
            }
            out << "  " << s.tensorName << "\n";
        }
    }
    if (!model.variableInfos.empty()) {
        uint64_t total = 0;
        for (const auto& v : model.variableInfos) total += v.bytes;
        out << "\nVariables (" << model.variableInfos.size() << ", " << humanBytes(total) << "):\n";
        for (const auto& v : model.variableInfos) {
            out << "  " << v.name << " (" << dtypeName(baseType(v.dtype)) << ") " << v.shape.toString() << "  "
                << humanBytes(v.bytes);
            if (v.optimizerSlot) out << "  [optimizer slot]";
            if (v.checkpointKey.empty() && model.variables) out << "  [not in checkpoint]";
            else if (!v.checkpointKey.empty() && v.checkpointKey != v.name) out << "  key: " << v.checkpointKey;
            out << "\n";
        }
    }
    out << "\nParameters: " << facts.variableParameters << " in variables, " << facts.constantParameters
        << " in constants";
    if (!facts.parametersByDtype.empty()) {
        out << " (";
        bool first = true;
        for (const auto& [d, n] : facts.parametersByDtype) {
            out << (first ? "" : ", ") << d << ": " << n;
            first = false;
        }
        out << ")";
    }
    out << "\n";
    if (!facts.opCounts.empty()) {
        std::vector<std::pair<std::string, int>> ops(facts.opCounts.begin(), facts.opCounts.end());
        std::stable_sort(ops.begin(), ops.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        out << "\nOps (" << facts.nodeCount << " nodes):\n";
        for (const auto& [op, n] : ops) out << "  " << n << "\t" << op << "\n";
    }
    if (!facts.functionOpCounts.empty()) {
        int total = 0;
        for (const auto& [op, n] : facts.functionOpCounts) total += n;
        out << "Ops in functions (" << total << " nodes in " << facts.functionCount << " functions): ";
        bool first = true;
        for (const auto& [op, n] : facts.functionOpCounts) {
            out << (first ? "" : ", ") << op << " " << n;
            first = false;
        }
        out << "\n";
    }
    if (const auto* g = model.graph()) {
        auto unknown = unknownOps(*g);
        if (!unknown.empty()) {
            out << "\nUnknown ops (not in tfscope's op registry): ";
            for (size_t i = 0; i < unknown.size(); ++i) out << (i ? ", " : "") << unknown[i];
            out << "\n";
        }
    }
    auto unsupported = unsupportedForOutputs(model, facts);
    if (!unsupported.empty()) {
        out << "\nNot runnable by tfscope's executor (" << unsupported.size() << "):\n";
        for (size_t i = 0; i < unsupported.size() && i < 20; ++i) out << "  " << unsupported[i] << "\n";
        if (unsupported.size() > 20) out << "  ... and " << unsupported.size() - 20 << " more\n";
    }
    if (!model.assets.empty()) {
        out << "\nAssets:\n";
        for (const auto& a : model.assets) out << "  " << a << "\n";
    }
    if (!model.warnings.empty()) {
        out << "\nWarnings (" << model.warnings.size() << "):\n";
        size_t shown = 0;
        for (const auto& w : model.warnings) {
            if (++shown > 30) {
                out << "  ... and " << model.warnings.size() - 30 << " more\n";
                break;
            }
            out << "  " << w << "\n";
        }
    }
    return out.str();
}

}  // namespace tfs::batch
