#include "fuzz/fuzz_util.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/model/graph_index.h"
#include "core/model/variable_store.h"
#include "core/util/file.h"

namespace tfs::fuzz {
namespace fs = std::filesystem;

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
    static const std::string sep = "\n--8<--\n";
    std::string all(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> out;
    size_t at = 0;
    while (out.size() + 1 < parts) {
        size_t next = all.find(sep, at);
        if (next == std::string::npos) break;
        out.push_back(all.substr(at, next - at));
        at = next + sep.size();
    }
    out.push_back(all.substr(at));
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
