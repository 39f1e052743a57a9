#include "tests/common/test_paths.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <filesystem>
#include <unistd.h>

namespace tfs::test {
namespace fs = std::filesystem;

namespace {
bool isModelsFolder(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p / "manifest.json", ec);
}

bool envIs(const char* name, std::initializer_list<const char*> values) {
    const char* v = std::getenv(name);
    if (!v) return false;
    for (const char* want : values)
        if (std::strcmp(v, want) == 0) return true;
    return false;
}
}  // namespace

std::string sharedModelsDir() {
    std::error_code ec;
    if (const char* env = std::getenv("TFSCOPE_SHARED_MODELS"); env && *env)
        return isModelsFolder(env) ? fs::canonical(env, ec).string() : "";
    for (const char* candidate : {"/../shared/models", "/../../shared/models"}) {
        fs::path p = fs::path(TFSCOPE_SOURCE_DIR + std::string(candidate));
        if (isModelsFolder(p)) return fs::canonical(p, ec).string();
    }
    return "";
}

bool sharedModelsRequired() {
    return envIs("CI", {"true", "1"}) || envIs("TFSCOPE_REQUIRE_MODELS", {"1", "true"});
}

std::string sharedModelsMissing() {
    const char* env = std::getenv("TFSCOPE_SHARED_MODELS");
    std::string where = env && *env ? std::string("$TFSCOPE_SHARED_MODELS=") + env
                                    : std::string(TFSCOPE_SOURCE_DIR) + "/../shared/models";
    return "shared models not found (no manifest.json in " + where +
           "); set TFSCOPE_SHARED_MODELS to their folder" +
           (sharedModelsRequired() ? " (CI mode: this is a failure, not a skip)" : "; skipping");
}

std::string sharedModel(const std::string& folder) { return sharedModelsDir() + "/" + folder; }

std::string fixturesDir() { return std::string(TFSCOPE_SOURCE_DIR) + "/tests/data"; }

std::string scratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    fs::path dir = fs::path(TFSCOPE_BINARY_DIR) / "test_scratch" /
                   (name + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    return dir.string();
}

std::string tfscopeBinary() { return std::string(TFSCOPE_BINARY_DIR) + "/bin/tfscope"; }

}  // namespace tfs::test
