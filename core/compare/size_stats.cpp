#include "core/compare/size_stats.h"

#include <zlib.h>

#include <set>

#include "core/formats/writers.h"
#include "core/util/file.h"

namespace tfs::compare {

uint64_t deflatedSize(const char* data, uint64_t size) {
    z_stream zs{};
    // Raw deflate (negative window bits): exactly what a .zip entry holds.
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return size;
    unsigned char out[1 << 16];
    uint64_t produced = 0;
    uint64_t offset = 0;
    int flush = Z_NO_FLUSH;
    do {
        uint64_t chunk = std::min<uint64_t>(size - offset, uint64_t(1) << 30);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data + offset));
        zs.avail_in = uInt(chunk);
        offset += chunk;
        flush = offset >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            zs.next_out = out;
            zs.avail_out = sizeof out;
            deflate(&zs, flush);
            produced += sizeof out - zs.avail_out;
        } while (zs.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&zs);
    return produced;
}

namespace {

// Bytes of a Const value from its proto without decoding it.
uint64_t constBytes(const tensorflow::TensorProto& proto, DataType dtype) {
    if (dtype == tensorflow::DT_STRING) {
        uint64_t total = 0;
        for (const auto& s : proto.string_val()) total += s.size();
        return total;
    }
    int64_t n = 1;
    for (const auto& d : proto.tensor_shape().dim()) {
        if (d.size() < 0) return 0;
        if (n > 0 && d.size() > (int64_t(1) << 50) / n) return 0;
        n *= d.size();
    }
    return uint64_t(n) * uint64_t(dtypeSize(dtype));
}

void addNodes(const google::protobuf::RepeatedPtrField<tensorflow::NodeDef>& nodes, SizeStats* stats) {
    for (const auto& node : nodes) {
        ++stats->opHistogram[node.op()];
        if (node.op() != "Const") continue;
        auto it = node.attr().find("value");
        if (it == node.attr().end() || !it->second.has_tensor()) continue;
        const auto& proto = it->second.tensor();
        DataType dtype = proto.dtype();
        uint64_t bytes = constBytes(proto, dtype);
        stats->constantBytes += bytes;
        ++stats->constantCount;
        stats->paramBytesByDtype[dtypeShortName(dtype)] += bytes;
    }
}

}  // namespace

void addGraphStats(const tensorflow::GraphDef& graph, SizeStats* stats) {
    stats->nodeCount += graph.node_size();
    addNodes(graph.node(), stats);
    for (const auto& fn : graph.library().function()) {
        stats->functionNodeCount += fn.node_def_size();
        addNodes(fn.node_def(), stats);
    }
}

Result<SizeStats> computeSizeStats(const Model& model, const WorkContext& work) {
    SizeStats stats;
    // Files: each counted once, even when a loader lists one twice.
    std::set<std::string> seen;
    size_t index = 0;
    for (const auto& file : model.files) {
        if (work.cancelled()) return cancelled();
        work.report(double(index++) / double(std::max<size_t>(1, model.files.size())), TFS_PHRASE("Progress", "compressing %1"),
                                                                                  {baseName(file.path)});
        std::string key = canonicalPath(file.path);
        if (!seen.insert(key).second) continue;
        FileSize fs;
        fs.path = file.path;
        if (file.edited) {
            // The graph was edited in memory: measure what would be written, not the old file.
            TFS_ASSIGN_OR_RETURN(std::string bytes, serializeGraphFile(model));
            fs.bytes = bytes.size();
            fs.compressedBytes = deflatedSize(bytes.data(), bytes.size());
        } else {
            TFS_ASSIGN_OR_RETURN(fs.bytes, fileSize(file.path));
        }
        if (fs.bytes > 0 && !file.edited) {
            TFS_ASSIGN_OR_RETURN(auto mapped, MappedFile::open(file.path));
            fs.compressedBytes = deflatedSize(mapped->data(), mapped->size());
        }
        stats.bytes += fs.bytes;
        stats.compressedBytes += fs.compressedBytes;
        stats.files.push_back(fs);
    }
    if (model.files.empty() && model.graph()) {
        std::string bytes;
        if (!model.metaGraphs[0].def.graph_def().SerializeToString(&bytes))
            return internalError(TFS_PHRASE("Errors", "cannot serialize the graph of %1"), model.path);
        FileSize fs{"<in-memory graph>", bytes.size(), deflatedSize(bytes.data(), bytes.size())};
        stats.bytes = fs.bytes;
        stats.compressedBytes = fs.compressedBytes;
        stats.files.push_back(fs);
    }
    if (const auto* graph = model.graph()) addGraphStats(*graph, &stats);
    stats.parameters = countParameters(model);
    if (model.variables) {
        std::set<std::string> slotKeys;
        for (const auto& info : model.variableInfos)
            if (info.optimizerSlot && !info.checkpointKey.empty()) slotKeys.insert(info.checkpointKey);
        for (const auto& entry : model.variables->entries()) {
            stats.variableBytes += entry.bytes;
            ++stats.variableCount;
            stats.paramBytesByDtype[dtypeShortName(entry.dtype)] += entry.bytes;
            if (slotKeys.count(entry.key)) stats.optimizerSlotBytes += entry.bytes;
        }
    }
    work.report(1.0, TFS_PHRASE("Progress", "sizes done"));
    return stats;
}

std::vector<OpCountDelta> opHistogramDelta(const SizeStats& a, const SizeStats& b) {
    std::set<std::string> ops;
    for (const auto& [op, n] : a.opHistogram) ops.insert(op);
    for (const auto& [op, n] : b.opHistogram) ops.insert(op);
    std::vector<OpCountDelta> out;
    for (const auto& op : ops) {
        auto ia = a.opHistogram.find(op);
        auto ib = b.opHistogram.find(op);
        int na = ia == a.opHistogram.end() ? 0 : ia->second;
        int nb = ib == b.opHistogram.end() ? 0 : ib->second;
        if (na != nb) out.push_back({op, na, nb});
    }
    return out;
}

}  // namespace tfs::compare
