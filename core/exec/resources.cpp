#include "core/exec/resources.h"

namespace tfs::exec {

Result<Tensor> VariableSlot::read() const {
    std::lock_guard<std::mutex> lock(mutex);
    if (!initialized) {
        std::string how = checkpointKey.empty() ? "it has no checkpoint value; run its initializer (Assign) first"
                                                : "checkpoint key '" + checkpointKey + "' was not loaded";
        return failedPrecondition(TFS_PHRASE("Errors", "variable '%1' is not initialized: %2"), name, how);
    }
    return value;
}

void VariableSlot::write(Tensor t) {
    std::lock_guard<std::mutex> lock(mutex);
    value = std::move(t);
    initialized = true;
}

std::shared_ptr<VariableSlot> VariableTable::get(const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& slot = slots_[name];
    if (!slot) {
        slot = std::make_shared<VariableSlot>();
        slot->name = name;
    }
    return slot;
}

std::shared_ptr<VariableSlot> VariableTable::find(const std::string& name) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = slots_.find(name);
    return it == slots_.end() ? nullptr : it->second;
}

std::vector<std::shared_ptr<VariableSlot>> VariableTable::all() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::shared_ptr<VariableSlot>> out;
    for (const auto& [name, slot] : slots_) out.push_back(slot);
    return out;
}

std::string TensorArrayTable::add(const std::string& nodeName, std::shared_ptr<TensorArray> array) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string handle = "_tensor_array/" + nodeName + "/" + std::to_string(counter_++);
    arrays_[handle] = std::move(array);
    return handle;
}

std::shared_ptr<TensorArray> TensorArrayTable::find(const std::string& handle) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = arrays_.find(handle);
    return it == arrays_.end() ? nullptr : it->second;
}

void TensorArrayTable::remove(const std::string& handle) {
    std::lock_guard<std::mutex> lock(mutex_);
    arrays_.erase(handle);
}

Tensor makeResourceHandle(const std::string& name) {
    Tensor t(tensorflow::DT_RESOURCE, {});
    t.strings().assign(1, name);
    return t;
}

std::string resourceHandleName(const Tensor& handle) {
    if (handle.dtype() != tensorflow::DT_RESOURCE || handle.strings().empty()) return "";
    return handle.strings()[0];
}

}  // namespace tfs::exec
