#pragma once
// Size of a model as stored and as shipped: bytes on disk, deflate-compressed
// bytes (what a zip or gzip download costs), parameter bytes by dtype,
// constant vs variable parameters, node count and op histogram.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/model/model_facts.h"
#include "core/util/progress.h"
#include "core/util/status.h"

namespace tfs::compare {

/// One file of a model with its raw and deflated size.
struct FileSize {
    std::string path;
    uint64_t bytes = 0;
    uint64_t compressedBytes = 0;
};

struct SizeStats {
    uint64_t bytes = 0;            // all files of the model on disk
    uint64_t compressedBytes = 0;  // each file deflated (zlib default level), summed
    std::vector<FileSize> files;
    /// Parameter bytes by short dtype name ("float32" -> bytes): Const tensors plus stored variables.
    std::map<std::string, uint64_t> paramBytesByDtype;
    uint64_t constantBytes = 0;    // Const node values (graph and function library)
    uint64_t constantCount = 0;
    uint64_t variableBytes = 0;    // stored variables (checkpoint or SavedModel variables/)
    uint64_t variableCount = 0;
    uint64_t optimizerSlotBytes = 0;  // part of variableBytes that is optimizer state
    int nodeCount = 0;             // nodes of the main graph
    int functionNodeCount = 0;     // nodes inside library functions
    std::map<std::string, int> opHistogram;  // op -> count (graph and functions)
    ParameterCount parameters;     // countParameters (core/model/model_facts.h)
};

/// Raw-deflate size of bytes at zlib's default level, as a .zip entry stores it.
uint64_t deflatedSize(const char* data, uint64_t size);

/// Stats of a loaded model: files are read (memory-mapped) to compress them.
/// A model without files (built in memory) is measured by its serialized graph.
Result<SizeStats> computeSizeStats(const Model& model, const WorkContext& work = {});

/// Parameter and graph statistics only (no file access); used for in-memory graphs.
void addGraphStats(const tensorflow::GraphDef& graph, SizeStats* stats);

/// One row of the op histogram difference.
struct OpCountDelta {
    std::string op;
    int countA = 0;
    int countB = 0;
};

/// Ops whose counts differ between two models, sorted by op name.
std::vector<OpCountDelta> opHistogramDelta(const SizeStats& a, const SizeStats& b);

}  // namespace tfs::compare
