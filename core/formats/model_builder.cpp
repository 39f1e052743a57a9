#include "core/formats/model_builder.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "core/model/attrs.h"
#include "core/model/graph_index.h"
#include "core/util/file.h"

namespace tfs {

namespace {

TensorSpec specFrom(const std::string& key, const tensorflow::TensorInfo& info) {
    TensorSpec spec;
    spec.key = key;
    switch (info.encoding_case()) {
    case tensorflow::TensorInfo::kName: spec.tensorName = info.name(); break;
    case tensorflow::TensorInfo::kCooSparse: spec.tensorName = info.coo_sparse().values_tensor_name(); break;
    case tensorflow::TensorInfo::kCompositeTensor:
        if (info.composite_tensor().components_size() > 0) spec.tensorName = info.composite_tensor().components(0).name();
        break;
    default: break;
    }
    spec.dtype = info.dtype();
    spec.shape = info.has_tensor_shape() ? PartialShape::fromProto(info.tensor_shape()) : PartialShape::unknown();
    return spec;
}

bool isOptimizerSlotName(const std::string& name) {
    static const char* suffixes[] = {"/Momentum", "/Adam", "/Adam_1", "/RMSProp", "/RMSProp_1", "/Adagrad",
                                     "/Ftrl", "/Ftrl_1", "/Adadelta", "/Adadelta_1", "/ExponentialMovingAverage"};
    for (const char* s : suffixes) {
        std::string suffix = s;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
    }
    if (name.find(".OPTIMIZER_SLOT") != std::string::npos) return true;
    if (name.rfind("optimizer/", 0) == 0) return true;
    return name == "beta1_power" || name == "beta2_power" || name.find("/beta1_power") != std::string::npos ||
           name.find("/beta2_power") != std::string::npos;
}

bool isVariableOp(const std::string& op) { return op == "VariableV2" || op == "Variable" || op == "VarHandleOp"; }

// For TF2 SavedModels: object-graph node id -> checkpoint key prefix (path of local names).
std::map<int, std::string> objectPaths(const tensorflow::SavedObjectGraph& graph) {
    std::map<int, std::string> paths;
    if (graph.nodes_size() == 0) return paths;
    std::deque<int> queue{0};
    paths[0] = "";
    while (!queue.empty()) {
        int id = queue.front();
        queue.pop_front();
        for (const auto& child : graph.nodes(id).children()) {
            // A child id outside the graph gets no path: every id in the map is a node callers may read.
            if (child.node_id() < 0 || child.node_id() >= graph.nodes_size() || paths.count(child.node_id())) continue;
            std::string parent = paths[id];
            paths[child.node_id()] = (parent.empty() ? "" : parent + "/") + escapeCheckpointName(child.local_name());
            queue.push_back(child.node_id());
        }
    }
    return paths;
}

// TF2: VarHandleOp node name -> object-graph variable node id, through the
// bound inputs of the concrete functions called by StatefulPartitionedCall nodes.
std::map<std::string, int> handleObjects(const tensorflow::MetaGraphDef& def) {
    std::map<std::string, int> result;
    const auto& objects = def.object_graph_def();
    // Only TF2 SavedModels bind variables to calls; TF1 graphs (a 20k-node training graph) skip the index build.
    if (objects.concrete_functions().empty()) return result;
    GraphIndex index(def.graph_def());
    for (int i = 0; i < index.size(); ++i) {
        const auto& node = index.node(i);
        if (node.op() != "StatefulPartitionedCall" && node.op() != "PartitionedCall") continue;
        auto f = node.attr().find("f");
        if (f == node.attr().end()) continue;
        auto fn = objects.concrete_functions().find(f->second.func().name());
        if (fn == objects.concrete_functions().end()) continue;
        const auto& bound = fn->second.bound_inputs();
        std::vector<GraphEdge> dataInputs;
        for (const auto& e : index.inputs(i))
            if (!e.control) dataInputs.push_back(e);
        if (dataInputs.size() < size_t(bound.size())) continue;
        size_t first = dataInputs.size() - size_t(bound.size());
        for (int k = 0; k < bound.size(); ++k) {
            int src = dataInputs[first + size_t(k)].src;
            if (src < 0) continue;
            int objectId = bound[k];
            if (objectId < 0 || objectId >= objects.nodes_size()) continue;
            if (objects.nodes(objectId).kind_case() != tensorflow::SavedObject::kVariable) continue;
            if (index.node(src).op() == "VarHandleOp") result.emplace(index.node(src).name(), objectId);
        }
    }
    return result;
}

}  // namespace

std::string escapeCheckpointName(const std::string& name) {
    std::string out;
    for (char c : name) {
        if (c == '.') out += "..";
        else if (c == '/') out += ".S";
        else out += c;
    }
    return out;
}

MetaGraph makeMetaGraph(tensorflow::MetaGraphDef def) {
    MetaGraph mg;
    mg.tags.assign(def.meta_info_def().tags().begin(), def.meta_info_def().tags().end());
    for (const auto& [key, sig] : def.signature_def()) {
        Signature s;
        s.key = key;
        s.method = sig.method_name();
        for (const auto& [k, info] : sig.inputs()) s.inputs.push_back(specFrom(k, info));
        for (const auto& [k, info] : sig.outputs()) s.outputs.push_back(specFrom(k, info));
        auto byKey = [](const TensorSpec& a, const TensorSpec& b) { return a.key < b.key; };
        std::sort(s.inputs.begin(), s.inputs.end(), byKey);
        std::sort(s.outputs.begin(), s.outputs.end(), byKey);
        mg.signatures.push_back(std::move(s));
    }
    std::sort(mg.signatures.begin(), mg.signatures.end(), [](const Signature& a, const Signature& b) { return a.key < b.key; });
    mg.def = std::move(def);
    return mg;
}

MetaGraph metaGraphFromGraph(tensorflow::GraphDef graph) {
    tensorflow::MetaGraphDef def;
    *def.mutable_graph_def() = std::move(graph);
    return makeMetaGraph(std::move(def));
}

void addModelFile(Model& model, const std::string& path) {
    auto size = fileSize(path);
    if (!size.ok()) return;
    for (const auto& f : model.files)
        if (f.path == path) return;
    model.files.push_back({path, *size});
    model.sizeBytes += *size;
}

std::string describeProducer(const tensorflow::MetaGraphDef& def) {
    std::string text;
    if (!def.meta_info_def().tensorflow_version().empty()) text = "TensorFlow " + def.meta_info_def().tensorflow_version();
    int producer = def.graph_def().has_versions() ? def.graph_def().versions().producer() : def.graph_def().version();
    if (!text.empty()) text += ", ";
    text += "producer " + std::to_string(producer);
    return text;
}

void matchVariables(Model& model) {
    model.variableInfos.clear();
    std::set<std::string> usedKeys;
    const VariableStore* store = model.variables.get();

    if (!model.metaGraphs.empty()) {
        const auto& def = model.metaGraphs[0].def;
        const auto& objects = def.object_graph_def();
        std::map<int, std::string> paths = objectPaths(objects);
        std::map<std::string, int> handles = handleObjects(def);
        std::set<std::string> seen;
        for (const auto& node : def.graph_def().node()) {
            if (!isVariableOp(node.op()) || !seen.insert(node.name()).second) continue;
            VariableInfo info;
            info.nodeName = node.name();
            info.name = node.op() == "VarHandleOp" ? attrString(node, "shared_name", node.name()) : node.name();
            if (info.name.empty()) info.name = node.name();
            info.dtype = attrType(node, "dtype");
            info.shape = attrShape(node, "shape");
            auto h = handles.find(node.name());
            if (h != handles.end() && paths.count(h->second)) {
                info.name = paths[h->second];
                info.checkpointKey = paths[h->second] + "/.ATTRIBUTES/VARIABLE_VALUE";
                info.trainable = objects.nodes(h->second).variable().trainable();
            }
            if (store) {
                if (info.checkpointKey.empty() || !store->find(info.checkpointKey)) {
                    if (store->find(info.name)) info.checkpointKey = info.name;
                    else if (store->find(node.name())) info.checkpointKey = node.name();
                    else if (!store->find(info.checkpointKey)) info.checkpointKey.clear();
                }
            } else {
                info.checkpointKey.clear();
            }
            info.optimizerSlot = isOptimizerSlotName(info.name);
            if (info.shape.isFullyKnown()) {
                auto count = elementCount(info.shape.dims);
                if (count.ok()) info.bytes = uint64_t(*count) * uint64_t(dtypeSize(info.dtype));
            }
            if (!info.checkpointKey.empty()) usedKeys.insert(info.checkpointKey);
            model.variableInfos.push_back(std::move(info));
        }
        // TF2 variables that no graph node reads (e.g. only used by functions).
        for (const auto& [id, path] : paths) {
            if (objects.nodes(id).kind_case() != tensorflow::SavedObject::kVariable) continue;
            std::string key = path + "/.ATTRIBUTES/VARIABLE_VALUE";
            if (usedKeys.count(key)) continue;
            VariableInfo info;
            info.name = path;
            info.checkpointKey = store && store->find(key) ? key : "";
            info.dtype = objects.nodes(id).variable().dtype();
            info.shape = PartialShape::fromProto(objects.nodes(id).variable().shape());
            info.trainable = objects.nodes(id).variable().trainable();
            info.optimizerSlot = isOptimizerSlotName(path);
            if (info.shape.isFullyKnown()) {
                auto count = elementCount(info.shape.dims);
                if (count.ok()) info.bytes = uint64_t(*count) * uint64_t(dtypeSize(info.dtype));
            }
            if (!info.checkpointKey.empty()) usedKeys.insert(key);
            model.variableInfos.push_back(std::move(info));
        }
    }
    if (!store) return;
    // Checkpoint entries no graph variable claimed (lone checkpoints, slots, bookkeeping).
    for (const auto& entry : store->entries()) {
        if (usedKeys.count(entry.key) || entry.key == "_CHECKPOINTABLE_OBJECT_GRAPH") continue;
        VariableInfo info;
        info.name = entry.key;
        const std::string suffix = "/.ATTRIBUTES/VARIABLE_VALUE";
        if (info.name.size() > suffix.size() && info.name.compare(info.name.size() - suffix.size(), suffix.size(), suffix) == 0)
            info.name.resize(info.name.size() - suffix.size());
        info.checkpointKey = entry.key;
        info.dtype = entry.dtype;
        info.shape = PartialShape::of(entry.shape);
        info.bytes = entry.bytes;
        info.optimizerSlot = isOptimizerSlotName(entry.key);
        info.trainable = !info.optimizerSlot && entry.key != "global_step";
        model.variableInfos.push_back(std::move(info));
    }
    for (auto& info : model.variableInfos)
        if (!info.checkpointKey.empty())
            if (const auto* e = store->find(info.checkpointKey)) {
                info.bytes = e->bytes;
                if (!info.shape.isFullyKnown()) info.shape = PartialShape::of(e->shape);
                if (info.dtype == tensorflow::DT_INVALID) info.dtype = e->dtype;
            }
}

void addGraphWarnings(Model& model) {
    for (size_t m = 0; m < model.metaGraphs.size(); ++m) {
        GraphIndex index(model.metaGraphs[m].def.graph_def());
        std::string where = model.metaGraphs.size() > 1 ? " (meta graph " + std::to_string(m) + ")" : "";
        for (const auto& d : index.danglingInputs()) model.warnings.push_back(d + where);
        for (const auto& d : index.duplicateNames()) model.warnings.push_back("duplicate node name '" + d + "'" + where);
        if (!index.cyclicNodes().empty())
            model.warnings.push_back(std::to_string(index.cyclicNodes().size()) + " nodes lie on a cycle that is not a TF1 loop" + where +
                                     ", e.g. '" + index.node(index.cyclicNodes()[0]).name() + "'");
    }
}

}  // namespace tfs
