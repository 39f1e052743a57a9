#include "core/formats/object_graph.h"
#include "core/formats/proto_io.h"

#include <deque>

namespace tfs {

namespace {

constexpr const char* kAttributesMarker = "/.ATTRIBUTES/";
constexpr const char* kSlotMarker = "/.OPTIMIZER_SLOT/";
constexpr const char* kVariableValue = "VARIABLE_VALUE";

std::string join(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + "/" + b;
}

}  // namespace

Result<tensorflow::TrackableObjectGraph> readObjectGraph(const VariableStore& store) {
    const auto* entry = store.find(kObjectGraphKey);
    if (!entry) return notFound(TFS_PHRASE("Errors", "%1: no object graph (%2); a name-based checkpoint"), store.path(), kObjectGraphKey);
    TFS_ASSIGN_OR_RETURN(Tensor value, store.read(kObjectGraphKey));
    if (value.dtype() != tensorflow::DT_STRING || value.strings().size() != 1)
        return dataLoss(TFS_PHRASE("Errors", "%1: %2 should be a string scalar but is %3"), store.path(), kObjectGraphKey, value.describe());
    tensorflow::TrackableObjectGraph graph;
    if (!parseProtoBytes(value.strings()[0], &graph))
        return dataLoss(TFS_PHRASE("Errors", "%1: %2 does not hold a valid TrackableObjectGraph"), store.path(), kObjectGraphKey);
    return graph;
}

std::vector<CheckpointKeyName> checkpointKeyNames(const tensorflow::TrackableObjectGraph& graph) {
    const int n = graph.nodes_size();
    std::vector<std::string> paths(static_cast<size_t>(n));
    std::vector<bool> reached(static_cast<size_t>(n), false);
    // Breadth-first from the root, so every object gets its shortest path (as TensorFlow names them).
    std::deque<int> queue;
    if (n > 0) {
        reached[0] = true;
        queue.push_back(0);
    }
    while (!queue.empty()) {
        int id = queue.front();
        queue.pop_front();
        for (const auto& child : graph.nodes(id).children()) {
            int c = child.node_id();
            if (c < 0 || c >= n || reached[size_t(c)]) continue;
            reached[size_t(c)] = true;
            paths[size_t(c)] = join(paths[size_t(id)], child.local_name());
            queue.push_back(c);
        }
    }
    // Slot variables hang off the optimizer, keyed by the variable they belong to.
    struct Slot {
        std::string name, original, optimizer;
    };
    std::vector<const Slot*> slotOf(static_cast<size_t>(n), nullptr);
    std::deque<Slot> slots;
    for (int id = 0; id < n; ++id) {
        for (const auto& ref : graph.nodes(id).slot_variables()) {
            int original = ref.original_variable_node_id(), slot = ref.slot_variable_node_id();
            if (original < 0 || original >= n || slot < 0 || slot >= n) continue;
            slots.push_back({ref.slot_name(), paths[size_t(original)], paths[size_t(id)]});
            slotOf[size_t(slot)] = &slots.back();
            if (!reached[size_t(slot)]) {
                reached[size_t(slot)] = true;
                paths[size_t(slot)] = join(join(paths[size_t(id)], paths[size_t(original)]), ref.slot_name());
            }
        }
    }
    std::vector<CheckpointKeyName> out;
    for (int id = 0; id < n; ++id) {
        for (const auto& attr : graph.nodes(id).attributes()) {
            CheckpointKeyName name;
            name.key = attr.checkpoint_key();
            name.attribute = attr.name();
            name.nodeId = id;
            std::string path =
                reached[size_t(id)] ? paths[size_t(id)] : "<unreachable object " + std::to_string(id) + ">";
            name.readableName = attr.name() == kVariableValue ? path : join(path, attr.name());
            if (const Slot* slot = slotOf[size_t(id)]) {
                name.optimizerSlot = true;
                name.slotName = slot->name;
                name.slotOriginalVariable = slot->original;
                name.optimizerPath = slot->optimizer;
            } else if (name.key.find(kSlotMarker) != std::string::npos) {
                CheckpointKeyName parsed = describeCheckpointKey(name.key);
                name.optimizerSlot = true;
                name.slotName = parsed.slotName;
                name.slotOriginalVariable = parsed.slotOriginalVariable;
                name.optimizerPath = parsed.optimizerPath;
            }
            out.push_back(std::move(name));
        }
    }
    return out;
}

CheckpointKeyName describeCheckpointKey(const std::string& key) {
    CheckpointKeyName name;
    name.key = key;
    name.readableName = key;
    size_t attrAt = key.rfind(kAttributesMarker);
    if (attrAt == std::string::npos) return name;
    std::string path = key.substr(0, attrAt);
    name.attribute = key.substr(attrAt + std::string(kAttributesMarker).size());
    name.readableName = name.attribute == kVariableValue ? path : join(path, name.attribute);
    size_t slotAt = path.find(kSlotMarker);
    if (slotAt != std::string::npos) {
        // "<variable>/.OPTIMIZER_SLOT/<optimizer path>/<slot name>"
        std::string variable = path.substr(0, slotAt);
        std::string rest = path.substr(slotAt + std::string(kSlotMarker).size());
        size_t lastSlash = rest.rfind('/');
        name.optimizerSlot = true;
        name.slotOriginalVariable = variable;
        name.optimizerPath = lastSlash == std::string::npos ? "" : rest.substr(0, lastSlash);
        name.slotName = lastSlash == std::string::npos ? rest : rest.substr(lastSlash + 1);
        name.readableName = join(join(name.optimizerPath, variable), name.slotName);
    }
    return name;
}

}  // namespace tfs
