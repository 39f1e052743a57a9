#include "core/formats/memmapped.h"

#include <map>
#include <mutex>
#include <set>

#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/formats/proto_io.h"

namespace tfs {
namespace {

/// TF's TF_CALL_POD_TYPES: fixed-size element types that can be memory-mapped as they are.
bool isPodType(DataType dtype) {
    switch (dtype) {
    case tensorflow::DT_FLOAT: case tensorflow::DT_DOUBLE: case tensorflow::DT_INT32: case tensorflow::DT_UINT32:
    case tensorflow::DT_UINT8: case tensorflow::DT_UINT16: case tensorflow::DT_INT16: case tensorflow::DT_INT8:
    case tensorflow::DT_INT64: case tensorflow::DT_UINT64: case tensorflow::DT_BOOL: case tensorflow::DT_HALF:
    case tensorflow::DT_BFLOAT16: case tensorflow::DT_COMPLEX64: case tensorflow::DT_COMPLEX128:
    case tensorflow::DT_QINT8: case tensorflow::DT_QUINT8: case tensorflow::DT_QINT16: case tensorflow::DT_QUINT16:
    case tensorflow::DT_QINT32:
        return dtypeSize(dtype) > 0;
    default: return false;
    }
}

/// Region name characters TF accepts: [A-Za-z0-9_.]; everything else becomes '_'.
std::string sanitizeRegionName(const std::string& name) {
    std::string out;
    for (char c : name) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
        out += ok ? c : '_';
    }
    return out;
}

uint64_t decodeLittleEndian64(const char* p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}

void appendLittleEndian64(std::string* out, uint64_t v) {
    for (int i = 0; i < 8; ++i) out->push_back(char((v >> (8 * i)) & 0xff));
}

// Packages opened by ImmutableConst kernels, shared while any tensor points into them.
std::mutex gPackagesMutex;
std::map<std::string, std::weak_ptr<MemmappedPackage>> gPackages;

Result<std::shared_ptr<MemmappedPackage>> cachedPackage(const std::string& path) {
    std::lock_guard<std::mutex> lock(gPackagesMutex);
    auto it = gPackages.find(path);
    if (it != gPackages.end())
        if (auto p = it->second.lock()) return p;
    TFS_ASSIGN_OR_RETURN(auto package, MemmappedPackage::open(path));
    gPackages[path] = package;
    return package;
}

}  // namespace

Status writeMemmappedPackage(const std::string& path, const tensorflow::GraphDef& graph,
                             const MemmappedWriteOptions& options, MemmappedWriteReport* report,
                             const std::vector<std::string>& inputs) {
    MemmappedWriteReport local;
    MemmappedWriteReport& rep = report ? *report : local;
    rep = {};
    tensorflow::GraphDef out = graph;
    tensorflow::MemmappedFileSystemDirectory directory;
    std::string file;
    std::set<std::string> used;
    for (auto& node : *out.mutable_node()) {
        if (node.op() != "Const") continue;
        auto value = node.attr().find("value");
        if (value == node.attr().end() || !isPodType(value->second.tensor().dtype())) continue;
        auto tensor = Tensor::fromProto(value->second.tensor());
        if (!tensor.ok()) return tensor.status().withContext(TFS_PHRASE("Errors", "Const '%1'"), node.name());
        if (tensor->byteSize() == 0 || tensor->byteSize() < options.minConversionBytes) continue;
        std::string region = sanitizeRegionName(node.name());
        while (!used.insert(region).second) region += '_';
        region = kMemmappedPrefix + region;
        file.resize((file.size() + kMemmappedAlignment - 1) / kMemmappedAlignment * kMemmappedAlignment, '\0');
        auto* element = directory.add_element();
        element->set_name(region);
        element->set_offset(file.size());
        element->set_length(tensor->byteSize());
        file.append(tensor->rawData(), tensor->byteSize());
        rep.regionBytes += tensor->byteSize();
        ++rep.converted;
        tensorflow::TensorShapeProto shape = value->second.tensor().tensor_shape();
        DataType dtype = tensor->dtype();
        node.set_op("ImmutableConst");
        node.mutable_attr()->clear();
        (*node.mutable_attr())["dtype"].set_type(dtype);
        *(*node.mutable_attr())["shape"].mutable_shape() = shape;
        (*node.mutable_attr())["memory_region_name"].set_s(region);
    }
    std::string graphBytes;
    if (!out.SerializeToString(&graphBytes)) return internalError(TFS_PHRASE("Errors", "%1: cannot serialize the GraphDef"), path);
    auto* element = directory.add_element();
    element->set_name(kMemmappedGraphRegion);
    element->set_offset(file.size());
    element->set_length(graphBytes.size());
    file += graphBytes;
    rep.graphBytes = graphBytes.size();
    const uint64_t directoryOffset = file.size();
    file += directory.SerializeAsString();
    appendLittleEndian64(&file, directoryOffset);
    rep.fileBytes = file.size();
    return writeFileAtomic(path, file, inputs);
}

Result<tensorflow::MemmappedFileSystemDirectory> MemmappedPackage::parseDirectory(std::string_view file,
                                                                                 const std::string& path) {
    if (file.size() <= 8) return dataLoss(TFS_PHRASE("Errors", "%1: too small for a memmapped package"), path);
    const uint64_t offset = decodeLittleEndian64(file.data() + file.size() - 8);
    if (offset > file.size() - 8) return dataLoss(TFS_PHRASE("Errors", "%1: memmapped package directory offset is past the end"), path);
    tensorflow::MemmappedFileSystemDirectory directory;
    if (!parseProtoBytes(file.substr(offset, file.size() - 8 - offset), &directory))
        return dataLoss(TFS_PHRASE("Errors", "%1: memmapped package directory does not parse"), path);
    uint64_t previous = 0;
    bool first = true;
    bool hasGraph = false;
    for (const auto& e : directory.element()) {
        if (e.name().rfind(kMemmappedPrefix, 0) != 0)
            return dataLoss(TFS_PHRASE("Errors", "%1: region '%2' lacks the %3 prefix"), path, e.name(), kMemmappedPrefix);
        if ((!first && e.offset() <= previous) || e.offset() >= offset)
            return dataLoss(TFS_PHRASE("Errors", "%1: region '%2' has an invalid offset"), path, e.name());
        hasGraph |= e.name() == kMemmappedGraphRegion;
        previous = e.offset();
        first = false;
    }
    if (!hasGraph) return dataLoss(TFS_PHRASE("Errors", "%1: memmapped package has no GraphDef region (%2)"), path, kMemmappedGraphRegion);
    return directory;
}

Result<std::shared_ptr<MemmappedPackage>> MemmappedPackage::open(const std::string& path) {
    TFS_ASSIGN_OR_RETURN(auto file, MappedFile::open(path));
    TFS_ASSIGN_OR_RETURN(auto directory, parseDirectory(file->view(), path));
    auto package = std::shared_ptr<MemmappedPackage>(new MemmappedPackage());
    package->file_ = file;
    const uint64_t end = decodeLittleEndian64(file->data() + file->size() - 8);
    std::set<std::string> names;
    for (int i = 0; i < directory.element_size(); ++i) {
        const auto& e = directory.element(i);
        uint64_t next = i + 1 < directory.element_size() ? directory.element(i + 1).offset() : end;
        if (!names.insert(e.name()).second) return dataLoss(TFS_PHRASE("Errors", "%1: region '%2' appears twice"), path, e.name());
        package->regions_.push_back({e.name(), e.offset(), next - e.offset()});
    }
    return package;
}

const MemmappedPackage::Region* MemmappedPackage::find(const std::string& name) const {
    for (const auto& r : regions_)
        if (r.name == name) return &r;
    return nullptr;
}

std::string_view MemmappedPackage::bytes(const Region& region) const {
    return file_->view().substr(region.offset, region.length);
}

Result<tensorflow::GraphDef> MemmappedPackage::graph() const {
    const Region* region = find(kMemmappedGraphRegion);
    if (!region) return dataLoss(TFS_PHRASE("Errors", "%1: no GraphDef region"), path());
    tensorflow::GraphDef graph;
    auto b = bytes(*region);
    if (!parseProtoBytes(b, &graph))
        return dataLoss(TFS_PHRASE("Errors", "%1: the GraphDef region (%2 bytes) does not parse"), path(), b.size());
    return graph;
}

Result<Tensor> MemmappedPackage::tensor(const std::string& name, DataType dtype, const Dims& dims) const {
    const Region* region = find(name);
    if (!region) return notFound(TFS_PHRASE("Errors", "%1: no region '%2'"), path(), name);
    if (!isPodType(dtype)) return invalidArgument(TFS_PHRASE("Errors", "%1: region '%2' cannot hold %3"), path(), name, dtypeName(dtype));
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(dims));
    const uint64_t need = uint64_t(count) * uint64_t(dtypeSize(dtype));
    if (need > region->length)
        return dataLoss(TFS_PHRASE("Errors", "%1: region '%2' has %3 bytes, %4 %5 needs %6"), path(), name, region->length, dimsToString(dims), dtypeShortName(dtype), need);
    auto buffer = TensorBuffer::view(file_->data() + region->offset, size_t(need), file_);
    return Tensor::wrap(dtype, dims, buffer);
}

Result<Tensor> readImmutableConst(const tensorflow::NodeDef& node) {
    auto attr = [&](const char* name) -> const tensorflow::AttrValue* {
        auto it = node.attr().find(name);
        return it == node.attr().end() ? nullptr : &it->second;
    };
    const auto* region = attr("memory_region_name");
    const auto* dtype = attr("dtype");
    const auto* shape = attr("shape");
    if (!region || !dtype || !shape) return invalidArgument(TFS_PHRASE("Errors", "ImmutableConst needs dtype, shape and memory_region_name"));
    const auto* package = attr(kMemmappedPackageAttr);
    if (!package || package->s().empty())
        return failedPrecondition(TFS_PHRASE("Errors", "region '%1' lives in a memmapped package; open the package file itself, not a GraphDef extracted from it (or convert it back with tfscope --batch convert PKG out.pb)"), region->s());
    PartialShape partial = PartialShape::fromProto(shape->shape());
    if (!partial.isFullyKnown()) return invalidArgument(TFS_PHRASE("Errors", "ImmutableConst shape %1 is not fully known"), partial.toString());
    TFS_ASSIGN_OR_RETURN(auto opened, cachedPackage(package->s()));
    return opened->tensor(region->s(), dtype->type(), partial.dims);
}

Status materializeImmutableConsts(tensorflow::GraphDef* graph, const MemmappedPackage& package) {
    // Regions do not overlap, so Consts that each copy a different region hold at most the
    // regions' bytes; nodes naming one region many times must not multiply it (1,000 nodes
    // naming one 64 KB region of a 168 KB file made 64 MB of Consts).
    uint64_t regionBytes = 0;
    for (const auto& r : package.regions()) regionBytes += r.length;
    uint64_t copied = 0;
    for (auto& node : *graph->mutable_node()) {
        if (node.op() != "ImmutableConst") continue;
        auto region = node.attr().find("memory_region_name");
        auto dtype = node.attr().find("dtype");
        auto shape = node.attr().find("shape");
        if (region == node.attr().end() || dtype == node.attr().end() || shape == node.attr().end())
            return invalidArgument(TFS_PHRASE("Errors", "ImmutableConst '%1' needs dtype, shape and memory_region_name"), node.name());
        PartialShape partial = PartialShape::fromProto(shape->second.shape());
        if (!partial.isFullyKnown())
            return invalidArgument(TFS_PHRASE("Errors", "ImmutableConst '%1': shape %2 is not fully known"), node.name(), partial.toString());
        auto value = package.tensor(region->second.s(), dtype->second.type(), partial.dims);
        if (!value.ok()) return value.status().withContext(TFS_PHRASE("Errors", "ImmutableConst '%1'"), node.name());
        copied += value->byteSize();
        if (copied > regionBytes)
            return resourceExhausted(TFS_PHRASE("Errors", "%1: ImmutableConst '%2' would bring the Const values to %3 bytes, more than the package's regions hold (%4 bytes): its nodes name the same regions many times"), package.path(), node.name(), copied, regionBytes);
        DataType type = dtype->second.type();
        node.set_op("Const");
        node.mutable_attr()->clear();
        (*node.mutable_attr())["dtype"].set_type(type);
        value->toProto((*node.mutable_attr())["value"].mutable_tensor());
    }
    return okStatus();
}

bool looksLikeMemmappedPackage(const std::string& path, uint64_t size) {
    if (size <= 8) return false;
    auto file = MappedFile::open(path);
    if (!file.ok()) return false;
    return MemmappedPackage::parseDirectory((*file)->view(), path).ok();
}

}  // namespace tfs
