#include "tests/transforms/quant_test_util.h"

#include <cmath>

#include "core/exec/session.h"
#include "core/transforms/graph_utils.h"
#include "core/util/file.h"
#include "core/util/json.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

namespace tfs::test::quant {

Tensor randomFloat(const Dims& dims, uint32_t seed, double stddev, double mean) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist{static_cast<float>(mean), static_cast<float>(stddev)};
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = dist(rng);
    return t;
}

tensorflow::NodeDef* addNode(tensorflow::GraphDef* g, const std::string& name, const std::string& op,
                             const std::vector<std::string>& inputs, bool noT) {
    auto* n = g->add_node();
    n->set_name(name);
    n->set_op(op);
    for (const auto& in : inputs) n->add_input(in);
    if (!noT) (*n->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    return n;
}

void addConst(tensorflow::GraphDef* g, const std::string& name, const Tensor& value) {
    transforms::makeConst(name, value, g->add_node());
}

void addPlaceholder(tensorflow::GraphDef* g, const std::string& name) {
    auto* n = addNode(g, name, "Placeholder", {}, true);
    (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
}

void setInts(tensorflow::NodeDef* node, const std::string& attr, const std::vector<int64_t>& values) {
    auto* list = (*node->mutable_attr())[attr].mutable_list();
    for (auto v : values) list->add_i(v);
}

Result<std::vector<Tensor>> run(const tensorflow::GraphDef& graph, const std::vector<std::pair<std::string, Tensor>>& feeds,
                                const std::vector<std::string>& fetches) {
    TFS_ASSIGN_OR_RETURN(auto session, exec::Session::create(graph, nullptr));
    return session->run(feeds, fetches);
}

double cosine(const Tensor& a, const Tensor& b) {
    double dot = 0, na = 0, nb = 0;
    for (int64_t i = 0; i < a.numElements() && i < b.numElements(); ++i) {
        double x = tensorElementAsDouble(a, i), y = tensorElementAsDouble(b, i);
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    return na == 0 || nb == 0 ? (na == nb ? 1.0 : 0.0) : dot / std::sqrt(na * nb);
}

double maxAbsDiff(const Tensor& a, const Tensor& b) {
    double m = 0;
    for (int64_t i = 0; i < a.numElements() && i < b.numElements(); ++i)
        m = std::max(m, std::abs(tensorElementAsDouble(a, i) - tensorElementAsDouble(b, i)));
    return m;
}

int64_t argmax(const Tensor& t) {
    int64_t best = 0;
    for (int64_t i = 1; i < t.numElements(); ++i)
        if (tensorElementAsDouble(t, i) > tensorElementAsDouble(t, best)) best = i;
    return best;
}

std::vector<RefCase> referenceCases(const std::string& folder) {
    std::vector<RefCase> cases;
    std::string root = sharedModel(folder) + "/reference";
    auto entries = listDirectory(root);
    if (!entries.ok()) return cases;
    for (const auto& name : *entries) {
        std::string dir = root + "/" + name;
        auto text = readFile(dir + "/case.json");
        if (!text.ok()) continue;
        auto json = Json::parse(*text);
        if (!json.ok() || json->stringOr("kind") != "run") continue;
        RefCase c;
        c.name = name;
        bool ok = true;
        for (const char* part : {"inputs", "outputs"}) {
            const Json* map = json->find(part);
            if (!map) continue;
            for (const auto& [tensor, file] : map->members()) {
                auto t = readNpy(dir + "/" + file.string());
                if (!t.ok()) {
                    ok = false;
                    break;
                }
                (std::string(part) == "inputs" ? c.inputs : c.outputs).push_back({tensor, std::move(t).value()});
            }
        }
        if (ok && !c.outputs.empty()) cases.push_back(std::move(c));
    }
    return cases;
}

// x[1,8,8,3] -> Conv2D(w/read) -> BiasAdd -> Relu -> MaxPool -> Reshape -> MatMul -> BiasAdd -> out,
// plus a ConcatV2 of the pooled tensor with itself feeding a second output.
tensorflow::GraphDef smallCnn() {
    tensorflow::GraphDef g;
    addPlaceholder(&g, "x");
    addConst(&g, "w", randomFloat({3, 3, 3, 8}, 11, 0.3));
    addNode(&g, "w/read", "Identity", {"w"});
    addConst(&g, "b", randomFloat({8}, 12, 0.1));
    auto* conv = addNode(&g, "conv", "Conv2D", {"x", "w/read"});
    setInts(conv, "strides", {1, 1, 1, 1});
    (*conv->mutable_attr())["padding"].set_s("SAME");
    addNode(&g, "bias", "BiasAdd", {"conv", "b"});
    addNode(&g, "relu", "Relu", {"bias"});
    auto* pool = addNode(&g, "pool", "MaxPool", {"relu"});
    setInts(pool, "ksize", {1, 2, 2, 1});
    setInts(pool, "strides", {1, 2, 2, 1});
    (*pool->mutable_attr())["padding"].set_s("VALID");
    Tensor shape(tensorflow::DT_INT32, {2});
    shape.data<int32_t>()[0] = -1;
    shape.data<int32_t>()[1] = 128;
    addConst(&g, "shape", shape);
    addNode(&g, "flat", "Reshape", {"pool", "shape"});
    addConst(&g, "fc_w", randomFloat({128, 10}, 13, 0.1));
    addConst(&g, "fc_b", randomFloat({10}, 14, 0.1));
    addNode(&g, "fc", "MatMul", {"flat", "fc_w"});
    addNode(&g, "out", "BiasAdd", {"fc", "fc_b"});
    addConst(&g, "axis", Tensor::scalar<int32_t>(tensorflow::DT_INT32, 3));
    auto* cat = addNode(&g, "cat", "ConcatV2", {"pool", "relu_pool_again", "axis"});
    (*cat->mutable_attr())["N"].set_i(2);
    auto* pool2 = addNode(&g, "relu_pool_again", "AvgPool", {"relu"});
    setInts(pool2, "ksize", {1, 2, 2, 1});
    setInts(pool2, "strides", {1, 2, 2, 1});
    (*pool2->mutable_attr())["padding"].set_s("VALID");
    return g;
}


}  // namespace tfs::test::quant
