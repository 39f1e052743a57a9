#include "fuzz/fuzz_util.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

#include <google/protobuf/stubs/logging.h>
#include <sanitizer/allocator_interface.h>

#include <atomic>
#include <cstdio>

#include "core/model/graph_index.h"
#include "core/model/variable_store.h"
#include "core/util/file.h"

namespace tfs::fuzz {
namespace fs = std::filesystem;

namespace {
// libprotobuf logs every string field with invalid UTF-8 to stderr: millions of lines that cost
// more than some parses. Parse results are unchanged; the loaders report failures themselves.
const bool quietProtobuf = [] {
    google::protobuf::SetLogHandler(nullptr);
    return true;
}();

// Bytes the program holds on the heap (allocated, not yet freed) and the most since the last reset.
std::atomic<int64_t> liveBytes{0}, peakBytes{0};

void onMalloc(const volatile void*, size_t size) {
    int64_t now = liveBytes.fetch_add(int64_t(size), std::memory_order_relaxed) + int64_t(size);
    int64_t peak = peakBytes.load(std::memory_order_relaxed);
    while (now > peak && !peakBytes.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

void onFree(const volatile void* p) {
    if (p) liveBytes.fetch_sub(int64_t(__sanitizer_get_allocated_size(p)), std::memory_order_relaxed);
}

const bool hooksInstalled = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree) != 0;
const bool logHeap = std::getenv("TFSCOPE_FUZZ_HEAP_LOG") != nullptr;
}  // namespace

HeapBound::HeapBound(size_t inputBytes) : inputBytes_(inputBytes) {
    if (!hooksInstalled) std::abort();  // without the hooks the bound would pass by doing nothing
    start_ = liveBytes.load(std::memory_order_relaxed);
    peakBytes.store(start_, std::memory_order_relaxed);
}

HeapBound::~HeapBound() {
    const int64_t used = peakBytes.load(std::memory_order_relaxed) - start_;
    const int64_t bound = kHeapFactor * int64_t(inputBytes_) + kHeapSlack;
    if (logHeap) std::fprintf(stderr, "heap: input %zu bytes, peak %lld bytes\n", inputBytes_, (long long)used);
    if (used > bound) {
        std::fprintf(stderr, "==tfscope== heap bound: an input of %zu bytes held %lld bytes at its peak (bound %lld)\n",
                     inputBytes_, (long long)used, (long long)bound);
        std::abort();
    }
}

const std::string& scratchDir() {
    static const std::string dir = [] {
        std::error_code ec;
        fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path(ec);
        fs::path d = base / ("tfscope_fuzz_" + std::to_string(::getpid()));
        fs::create_directories(d, ec);
        return d.string();
    }();
    return dir;
}

std::string writeScratch(const std::string& name, const std::string& bytes) {
    fs::path p = fs::path(scratchDir()) / name;
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    if (!writeFileAtomic(p.string(), bytes).ok()) std::abort();  // a broken scratch dir is a harness bug
    return p.string();
}

std::vector<std::string> splitInput(const uint8_t* data, size_t size, size_t parts) {
    static constexpr std::string_view sep = "\n--8<--\n";
    const std::string_view all(reinterpret_cast<const char*>(data), size);  // each byte is copied once
    std::vector<std::string> out;
    size_t at = 0;
    while (out.size() + 1 < parts) {
        size_t next = all.find(sep, at);
        if (next == std::string_view::npos) break;
        out.emplace_back(all.substr(at, next - at));
        at = next + sep.size();
    }
    out.emplace_back(all.substr(at));
    out.resize(parts);
    return out;
}

std::string copyFixed(const std::string& relative, const std::string& name) {
    const char* root = std::getenv("TFSCOPE_FUZZ_FIXED");
    if (!root) std::abort();  // scripts/fuzz.sh sets it; see fuzz/README
    auto bytes = readFile(std::string(root) + "/" + relative);
    if (!bytes.ok()) std::abort();
    return writeScratch(name, *bytes);
}

void exercise(const Model& model) {
    for (size_t m = 0; m < model.metaGraphs.size(); ++m) {
        if (const auto* g = model.graph(m)) {
            GraphIndex index(*g);
            (void)index.danglingInputs();
            (void)index.cyclicNodes();
        }
    }
    if (model.variables) {
        size_t n = 0;
        for (const auto& e : model.variables->entries()) {
            if (++n > 64) break;
            (void)model.variables->read(e.key);
        }
    }
}

}  // namespace tfs::fuzz
