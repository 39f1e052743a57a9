#include "core/formats/formats.h"

namespace tfs {

// TFLite flatbuffers carry the file identifier "TFL3" at bytes 4..8.
bool matchTflite(const ProbeInfo& probe) {
    return !probe.isDirectory && probe.head.size() >= 8 && probe.head.compare(4, 4, "TFL3") == 0;
}

Result<Model> loadTflite(const std::string& path, const LoadOptions&, const WorkContext&) {
    return unimplemented(TFS_PHRASE("Errors", "%1: this is a TensorFlow Lite flatbuffer (TFL3); tfscope does not support TFLite models yet"), path);
}

}  // namespace tfs
