// Loads every model of ../shared/models as its manifest describes it and checks
// invariants: unique names, resolvable inputs, signatures as listed (names, dtypes,
// shapes), checkpoint entries all readable with correct crc, variables matched.
#include <gtest/gtest.h>

#include <set>

#include "core/formats/loader.h"
#include "core/model/graph_index.h"
#include "core/util/file.h"
#include "core/util/json.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Json manifest() {
    auto text = readFile(test::sharedModelsDir() + "/manifest.json");
    EXPECT_TRUE(text.ok());
    auto json = Json::parse(text.ok() ? *text : "{}");
    EXPECT_TRUE(json.ok()) << json.status().toString();
    return json.ok() ? *json : Json::object();
}

void checkGraph(const std::string& what, const tensorflow::GraphDef& graph) {
    GraphIndex index(graph);
    EXPECT_TRUE(index.duplicateNames().empty()) << what << ": duplicate node " << index.duplicateNames()[0];
    EXPECT_TRUE(index.danglingInputs().empty()) << what << ": " << index.danglingInputs()[0];
    for (const auto& fn : graph.library().function()) {
        std::set<std::string> names;
        for (const auto& n : fn.node_def()) EXPECT_TRUE(names.insert(n.name()).second) << what << ": function " << fn.signature().name() << " repeats " << n.name();
    }
}

void checkSignature(const std::string& what, const Model& model, const Signature& sig, const Json& expected) {
    EXPECT_EQ(sig.method, expected.stringOr("method")) << what;
    GraphIndex index(*model.graph());
    for (const char* side : {"inputs", "outputs"}) {
        const Json* specs = expected.find(side);
        ASSERT_NE(specs, nullptr);
        const auto& actual = std::string(side) == "inputs" ? sig.inputs : sig.outputs;
        ASSERT_EQ(actual.size(), specs->size()) << what << " " << side;
        for (const auto& [key, spec] : specs->members()) {
            auto it = std::find_if(actual.begin(), actual.end(), [&key = key](const TensorSpec& s) { return s.key == key; });
            ASSERT_NE(it, actual.end()) << what << " missing " << side << " key " << key;
            EXPECT_EQ(it->tensorName, spec.stringOr("name")) << what << " " << key;
            EXPECT_EQ(it->dtype, parseDtype(spec.stringOr("dtype"))) << what << " " << key << " dtype " << spec.stringOr("dtype");
            const Json* shape = spec.find("shape");
            if (shape && shape->kind() == Json::Kind::Array) {
                ASSERT_TRUE(it->shape.knownRank) << what << " " << key;
                ASSERT_EQ(it->shape.dims.size(), shape->size()) << what << " " << key;
                for (size_t d = 0; d < shape->size(); ++d) EXPECT_EQ(it->shape.dims[d], int64_t(shape->items()[d].number())) << what << " " << key;
            } else {
                EXPECT_FALSE(it->shape.knownRank) << what << " " << key << " should have unknown rank";
            }
            EXPECT_GE(index.find(nodeNameOf(it->tensorName)), 0) << what << ": signature tensor " << it->tensorName << " names no node";
        }
    }
}

void checkCheckpoint(const std::string& what, const Model& model, int expectedEntries) {
    ASSERT_NE(model.variables, nullptr) << what;
    EXPECT_EQ(int(model.variables->entries().size()), expectedEntries) << what;
    for (const auto& entry : model.variables->entries()) {
        auto value = model.variables->read(entry.key);
        ASSERT_TRUE(value.ok()) << what << ": " << entry.key << ": " << value.status().toString();
        EXPECT_EQ(value->dims(), entry.shape) << what << ": " << entry.key;
    }
    for (const auto& v : model.variableInfos) {
        if (!v.nodeName.empty() && !v.checkpointKey.empty()) {
            EXPECT_NE(model.variables->find(v.checkpointKey), nullptr);
        }
    }
}

TEST(Manifest, EveryModelLoadsWithItsInvariants) {
    TFS_REQUIRE_SHARED_MODELS();
    Json root = manifest();
    const Json* models = root.find("models");
    ASSERT_NE(models, nullptr);
    int loaded = 0;
    for (const auto& entry : models->items()) {
        std::string folder = test::sharedModel(entry.stringOr("folder"));
        std::set<std::string> savedModelDirs;
        if (const Json* sms = entry.find("savedmodel_meta_graphs"))
            for (const auto& [dir, meta] : sms->members()) {
                std::string path = dir == "." ? folder : folder + "/" + dir;
                savedModelDirs.insert(path);
                auto model = loadModel(path);
                ASSERT_TRUE(model.ok()) << path << ": " << model.status().toString();
                EXPECT_EQ(model->format, ModelFormat::SavedModel) << path;
                ++loaded;
                checkGraph(path, *model->graph());
                std::vector<std::string> tags;
                for (const auto& t : meta.find("tags")->items()) tags.push_back(t.string());
                int mg = model->findMetaGraph(tags);
                ASSERT_GE(mg, 0) << path;
                const Json* sigs = meta.find("signatures");
                ASSERT_EQ(model->metaGraphs[size_t(mg)].signatures.size(), sigs->size()) << path;
                for (const auto& sig : model->metaGraphs[size_t(mg)].signatures) {
                    const Json* expected = sigs->find(sig.key);
                    ASSERT_NE(expected, nullptr) << path << " unexpected signature " << sig.key;
                    if (mg == 0) checkSignature(path + " " + sig.key, *model, sig, *expected);
                }
            }
        if (const Json* ckpts = entry.find("checkpoint_entries"))
            for (const auto& [index, count] : ckpts->members()) {
                std::string path = folder + "/" + index;
                std::string dir = parentPath(path);
                if (savedModelDirs.count(parentPath(dir)) || savedModelDirs.count(dir)) {
                    auto model = loadModel(parentPath(dir));
                    ASSERT_TRUE(model.ok()) << path;
                    checkCheckpoint(path, *model, int(count.number()));
                    continue;
                }
                auto model = loadModel(path);
                ASSERT_TRUE(model.ok()) << path << ": " << model.status().toString();
                ++loaded;
                checkCheckpoint(path, *model, int(count.number()));
            }
        for (const auto& file : entry.find("files")->items()) {
            std::string rel = file.stringOr("path");
            std::string path = folder + "/" + rel;
            bool insideSavedModel = false;
            for (const auto& d : savedModelDirs)
                if (path.rfind(d + "/", 0) == 0) insideSavedModel = true;
            if (insideSavedModel || baseName(path) == "saved_model.pb") continue;
            if (!(endsWith(rel, ".pb") || endsWith(rel, ".pbtxt") || endsWith(rel, ".meta") || endsWith(rel, ".tflite"))) continue;
            auto model = loadModel(path);
            if (endsWith(rel, ".tflite")) {
                ASSERT_FALSE(model.ok());
                EXPECT_EQ(model.status().code(), StatusCode::Unimplemented);
                EXPECT_NE(model.status().message().find("TensorFlow Lite"), std::string::npos);
                continue;
            }
            ASSERT_TRUE(model.ok()) << path << ": " << model.status().toString();
            ++loaded;
            ASSERT_FALSE(model->metaGraphs.empty()) << path;
            checkGraph(path, *model->graph());
            const Json* producers = entry.find("graph_producer");
            if (producers && producers->size() == 1 && model->graph()->has_versions()) {
                EXPECT_EQ(model->graph()->versions().producer(), int(producers->items()[0].number())) << path;
            }
        }
    }
    EXPECT_GE(loaded, 40);
}

}  // namespace
}  // namespace tfs
