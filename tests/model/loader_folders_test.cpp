// Folder layouts the loader walks into: TF Serving's numbered version folders.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/formats/loader.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

TEST(LoaderFolders, ServingBaseFolderReportsWhatItsOnlyVersionHolds) {
    std::string base = test::scratchDir("loader_folders") + "/servable";
    std::filesystem::create_directories(base + "/00000123");
    {
        std::ofstream out(base + "/00000123/model.tflite", std::ios::binary);
        const char header[] = {0x1c, 0, 0, 0, 'T', 'F', 'L', '3', 0, 0, 0, 0, 0, 0, 0, 0};
        out.write(header, sizeof header);
    }
    auto model = loadModel(base);
    ASSERT_FALSE(model.ok());
    // The error names the file inside the version folder, not "no model found".
    EXPECT_NE(model.status().message().find("00000123/model.tflite"), std::string::npos) << model.status().message();
    EXPECT_NE(model.status().message().find("TensorFlow Lite"), std::string::npos) << model.status().message();

    // A non-numbered lone subfolder is not walked into.
    std::string other = test::scratchDir("loader_folders") + "/other";
    std::filesystem::create_directories(other + "/assets");
    auto none = loadModel(other);
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.status().message().find("no model found"), std::string::npos) << none.status().message();
}

}  // namespace
}  // namespace tfs
