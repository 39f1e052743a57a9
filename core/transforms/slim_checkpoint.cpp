#include "core/transforms/slim_checkpoint.h"

#include <algorithm>
#include <set>

#include "core/formats/checkpoint.h"
#include "core/formats/object_graph.h"
#include "core/transforms/freeze.h"
#include "core/util/file.h"
#include "core/util/half.h"

namespace tfs::transforms {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isSlotKey(const std::string& key) {
    static const char* suffixes[] = {"/Momentum", "/Adam", "/Adam_1", "/RMSProp", "/RMSProp_1", "/Adagrad",
                                     "/Ftrl", "/Ftrl_1", "/Adadelta", "/Adadelta_1", "/AdagradDA", "/ProximalAdagrad",
                                     "/ExponentialMovingAverage"};
    for (const char* s : suffixes)
        if (endsWith(key, s)) return true;
    if (key.find(".OPTIMIZER_SLOT") != std::string::npos || key.rfind("optimizer/", 0) == 0) return true;
    // Keras optimizers inside Estimators: "training/Adagrad/<variable>/accumulator", "training/Ftrl/iter".
    static const std::set<std::string> optimizers = {"Adagrad", "Adam",     "Adamax", "Nadam", "Ftrl",
                                                     "SGD",     "RMSprop",  "RMSProp", "Adadelta", "Momentum"};
    size_t start = 0;
    while (start < key.size()) {
        size_t slash = key.find('/', start);
        if (slash == std::string::npos) break;  // the last segment is the variable's own name
        if (optimizers.count(key.substr(start, slash - start))) return true;
        start = slash + 1;
    }
    for (const char* power : {"beta1_power", "beta2_power"})
        if (key == power || key.find(std::string("/") + power) != std::string::npos ||
            key.rfind(std::string(power) + "_", 0) == 0)
            return true;
    return false;
}

uint64_t filesBytes(const std::vector<std::string>& files) {
    uint64_t total = 0;
    for (const auto& f : files) {
        auto size = fileSize(f);
        if (size.ok()) total += *size;
    }
    return total;
}

/// Drops attributes (and slot references) of variables that are not kept, so TF's object-based
/// restore finds no dangling keys.
std::string pruneObjectGraph(const tensorflow::TrackableObjectGraph& graph, const std::set<std::string>& keptKeys,
                             int* removedAttributes) {
    tensorflow::TrackableObjectGraph pruned = graph;
    std::set<int> emptied;
    for (int i = 0; i < pruned.nodes_size(); ++i) {
        auto* node = pruned.mutable_nodes(i);
        google::protobuf::RepeatedPtrField<tensorflow::TrackableObjectGraph::TrackableObject::SerializedTensor> keep;
        for (const auto& attr : node->attributes())
            if (keptKeys.count(attr.checkpoint_key())) *keep.Add() = attr;
            else ++*removedAttributes;
        if (keep.size() == 0 && node->attributes_size() > 0) emptied.insert(i);
        node->mutable_attributes()->Swap(&keep);
    }
    for (auto& node : *pruned.mutable_nodes()) {
        google::protobuf::RepeatedPtrField<tensorflow::TrackableObjectGraph::TrackableObject::SlotVariableReference> keep;
        for (const auto& slot : node.slot_variables())
            if (!emptied.count(slot.slot_variable_node_id())) *keep.Add() = slot;
        node.mutable_slot_variables()->Swap(&keep);
    }
    std::string bytes;
    pruned.SerializeToString(&bytes);
    return bytes;
}

}  // namespace

std::string dropReason(const std::string& key, const Model& model) {
    for (const auto& info : model.variableInfos)
        if (info.checkpointKey == key && info.optimizerSlot) return "optimizer";
    if (isSlotKey(key)) return "optimizer";
    std::string name = key;
    const std::string attrSuffix = "/.ATTRIBUTES/VARIABLE_VALUE";
    if (endsWith(name, attrSuffix)) name.resize(name.size() - attrSuffix.size());
    if (name == "global_step" || endsWith(name, "/global_step") || name == "save_counter" || name == "optimizer/iter")
        return "global_step";
    return "unused";
}

Result<SlimReport> slimCheckpoint(const Model& model, const SlimOptions& options, const std::string& outPrefix) {
    if (!model.variables)
        return invalidArgument(TFS_PHRASE("Errors", "%1: has no checkpoint to slim (expected a checkpoint prefix with .meta, or a SavedModel with variables/)"),
                               model.path);
    if (outPrefix.empty()) return invalidArgument(TFS_PHRASE("Errors", "slim-checkpoint needs an output prefix, e.g. --out /tmp/slim/model.ckpt"));
    SlimReport report;
    FreezeOptions freezeOptions;
    freezeOptions.outputs = options.outputs;
    freezeOptions.signature = options.signature;
    freezeOptions.metaGraph = options.metaGraph;
    FreezeReport freezeReport;
    auto frozen = freezeModel(model, freezeOptions, &freezeReport);
    if (!frozen.ok())
        return frozen.status().withContext(TFS_PHRASE("Errors", "finding the variables the outputs read (slimming freezes a copy first)"));
    report.outputs = freezeReport.outputs;
    const std::set<std::string> needed(freezeReport.checkpointKeys.begin(), freezeReport.checkpointKeys.end());

    const VariableStore& store = *model.variables;
    std::vector<std::pair<std::string, Tensor>> tensors;
    std::set<std::string> keptKeys;
    bool hasObjectGraph = false;
    for (const auto& entry : store.entries()) {
        SlimEntry e{entry.key, "", entry.dtype, entry.shape, entry.bytes};
        if (entry.key == kObjectGraphKey) {
            hasObjectGraph = true;
            continue;
        }
        if (!needed.count(entry.key)) {
            e.reason = dropReason(entry.key, model);
            report.dropped.push_back(std::move(e));
            continue;
        }
        auto value = store.read(entry.key);
        if (!value.ok()) return value.status().withContext(TFS_PHRASE("Errors", "reading '%1' from %2"),
                                                           entry.key, store.path());
        Tensor t = std::move(value).value();
        if (options.float16 && t.dtype() == tensorflow::DT_FLOAT) {
            Tensor half(tensorflow::DT_HALF, t.dims());
            const float* src = t.data<float>();
            uint16_t* dst = half.data<uint16_t>();
            for (int64_t i = 0; i < t.numElements(); ++i) dst[i] = floatToHalf(src[i]);
            t = std::move(half);
            e.reason = "float16";
            e.dtype = tensorflow::DT_HALF;
            e.bytes = t.byteSize();
        }
        if (entry.partitioned)
            report.notes.push_back(
                phrase(TFS_PHRASE("Notes", "'%1' was partitioned; written as one tensor"), entry.key));
        keptKeys.insert(entry.key);
        tensors.emplace_back(entry.key, std::move(t));
        report.kept.push_back(std::move(e));
    }
    for (const auto& key : needed)
        if (!store.find(key))
            report.notes.push_back(
                phrase(TFS_PHRASE("Notes", "variable '%1' is read by the graph but not stored"), key));
    if (hasObjectGraph) {
        auto graph = readObjectGraph(store);
        if (!graph.ok()) return graph.status();
        int removed = 0;
        Tensor bytes(tensorflow::DT_STRING, {});
        bytes.strings() = {pruneObjectGraph(*graph, keptKeys, &removed)};
        tensors.emplace_back(kObjectGraphKey, std::move(bytes));
        report.notes.push_back(
            phrase(TFS_PHRASE("Notes",
                              "object graph kept for TF2 restore; %1 attributes of dropped variables removed from it"),
                   removed));
    }
    if (options.float16)
        report.notes.push_back(phrase(
            TFS_PHRASE("Notes", "float32 variables stored as float16: restore into float32 variables needs a cast")));
    std::sort(tensors.begin(), tensors.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    std::vector<std::string> inputs = store.files();
    for (const auto& f : model.files) inputs.push_back(f.path);
    TFS_RETURN_IF_ERROR(writeBundle(outPrefix, tensors, inputs));
    report.bytesBefore = filesBytes(store.files());
    report.files = {outPrefix + ".index", outPrefix + ".data-00000-of-00001"};
    report.bytesAfter = filesBytes(report.files);
    return report;
}

}  // namespace tfs::transforms
