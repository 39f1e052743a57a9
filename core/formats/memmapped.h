#pragma once
// TensorFlow's memmapped package format (what convert_graphdef_memmapped_format
// writes): large constants in 64-byte-aligned regions of one file, the GraphDef
// with ImmutableConst nodes pointing at them, a directory proto and its offset.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/file.h"
#include "core/util/status.h"
#include "tensorflow/graph.pb.h"
#include "tensorflow/memmapped_file_system.pb.h"

namespace tfs {

/// Region names start with this (TF's MemmappedFileSystem::kMemmappedPackagePrefix).
inline constexpr const char* kMemmappedPrefix = "memmapped_package://";
/// The region holding the GraphDef.
inline constexpr const char* kMemmappedGraphRegion = "memmapped_package://.";
/// Alignment of tensor regions (TF's Allocator::kAllocatorAlignment).
inline constexpr uint64_t kMemmappedAlignment = 64;
/// Attribute tfscope adds to ImmutableConst nodes of a loaded package so the kernel finds the file.
inline constexpr const char* kMemmappedPackageAttr = "_tfscope_memmapped_package";

struct MemmappedWriteOptions {
    /// Constants smaller than this many bytes stay Const (convert_graphdef_memmapped_format's default).
    uint64_t minConversionBytes = 10000;
};

struct MemmappedWriteReport {
    int converted = 0;         // Const nodes moved to regions
    uint64_t regionBytes = 0;  // tensor bytes in regions
    uint64_t graphBytes = 0;   // the GraphDef left in the package
    uint64_t fileBytes = 0;    // the whole package
};

/// Writes `graph` as a memmapped package; Consts of plain-data types with at least
/// minConversionBytes become ImmutableConst. Atomic; refuses to overwrite `inputs`.
Status writeMemmappedPackage(const std::string& path, const tensorflow::GraphDef& graph,
                             const MemmappedWriteOptions& options = {}, MemmappedWriteReport* report = nullptr,
                             const std::vector<std::string>& inputs = {});

/// An opened (memory-mapped) package: its directory and regions.
class MemmappedPackage {
public:
    /// Maps the file and validates the directory (DataLoss naming the file when corrupt).
    static Result<std::shared_ptr<MemmappedPackage>> open(const std::string& path);
    /// Parses a directory from the file's bytes (used by open and by format detection).
    static Result<tensorflow::MemmappedFileSystemDirectory> parseDirectory(std::string_view file, const std::string& path);

    struct Region {
        std::string name;
        uint64_t offset = 0;
        uint64_t length = 0;  // up to the next region (TF's rule; includes alignment padding)
    };
    const std::vector<Region>& regions() const { return regions_; }
    const Region* find(const std::string& name) const;
    /// The bytes of a region.
    std::string_view bytes(const Region& region) const;
    /// The package's GraphDef (the "memmapped_package://." region).
    Result<tensorflow::GraphDef> graph() const;
    /// A tensor viewing region memory (no copy; keeps the mapping alive).
    Result<Tensor> tensor(const std::string& name, DataType dtype, const Dims& dims) const;
    const std::string& path() const { return file_->path(); }

private:
    std::shared_ptr<MappedFile> file_;
    std::vector<Region> regions_;
};

/// The value of an ImmutableConst node of a loaded package (packages stay mapped while used).
Result<Tensor> readImmutableConst(const tensorflow::NodeDef& node);

/// Turns ImmutableConst nodes back into Const nodes with their region's values.
Status materializeImmutableConsts(tensorflow::GraphDef* graph, const MemmappedPackage& package);

/// Cheap content check: a trailing directory offset whose directory parses and names the graph region.
bool looksLikeMemmappedPackage(const std::string& path, uint64_t size);

}  // namespace tfs
