#include "tests/transforms/graph_builder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/exec/session.h"
#include "core/transforms/graph_utils.h"

namespace tfs::test {

Tensor randomFloats(const Dims& dims, uint32_t seed) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1.f, 1.f);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = dist(rng);
    return t;
}

Tensor int32s(const Dims& dims, const std::vector<int32_t>& values) {
    Tensor t(tensorflow::DT_INT32, dims);
    for (int64_t i = 0; i < t.numElements() && size_t(i) < values.size(); ++i) t.data<int32_t>()[i] = values[size_t(i)];
    return t;
}

GraphBuilder& GraphBuilder::placeholder(const std::string& name, tensorflow::DataType dtype) {
    auto* node = graph_.add_node();
    node->set_name(name);
    node->set_op("Placeholder");
    setTypeAttr(*node, "dtype", dtype);
    return *this;
}

GraphBuilder& GraphBuilder::constant(const std::string& name, const Tensor& value) {
    transforms::makeConst(name, value, graph_.add_node());
    return *this;
}

tensorflow::NodeDef& GraphBuilder::op(const std::string& name, const std::string& op,
                                      std::initializer_list<std::string> inputs, const std::string& typeAttr) {
    auto* node = graph_.add_node();
    node->set_name(name);
    node->set_op(op);
    for (const auto& i : inputs) node->add_input(i);
    if (!typeAttr.empty()) setTypeAttr(*node, typeAttr, tensorflow::DT_FLOAT);
    return *node;
}

void setAttr(tensorflow::NodeDef& node, const std::string& name, const std::string& value) {
    (*node.mutable_attr())[name].set_s(value);
}

void setAttr(tensorflow::NodeDef& node, const std::string& name, std::initializer_list<int64_t> values) {
    auto* list = (*node.mutable_attr())[name].mutable_list();
    list->clear_i();
    for (auto v : values) list->add_i(v);
}

void setBoolAttr(tensorflow::NodeDef& node, const std::string& name, bool value) {
    (*node.mutable_attr())[name].set_b(value);
}

void setTypeAttr(tensorflow::NodeDef& node, const std::string& name, tensorflow::DataType type) {
    (*node.mutable_attr())[name].set_type(type);
}

void expectSameOutputs(const tensorflow::GraphDef& reference, const tensorflow::GraphDef& transformed,
                       const std::vector<std::pair<std::string, Tensor>>& feeds, const std::vector<std::string>& fetches,
                       double rtol, double atol) {
    std::vector<std::vector<Tensor>> results;
    for (const auto* graph : {&reference, &transformed}) {
        auto session = exec::Session::create(*graph, nullptr);
        ASSERT_TRUE(session.ok()) << session.status().toString();
        auto out = (*session)->run(feeds, fetches);
        ASSERT_TRUE(out.ok()) << (graph == &reference ? "reference: " : "transformed: ") << out.status().toString();
        results.push_back(std::move(out).value());
    }
    for (size_t k = 0; k < fetches.size(); ++k) {
        const Tensor& want = results[0][k];
        const Tensor& got = results[1][k];
        ASSERT_EQ(got.dims(), want.dims()) << fetches[k] << ": " << got.describe() << " vs " << want.describe();
        int bad = 0;
        for (int64_t i = 0; i < want.numElements(); ++i) {
            double x = tensorElementAsDouble(got, i), y = tensorElementAsDouble(want, i);
            if (!(std::abs(x - y) <= atol + rtol * std::abs(y)) && bad++ < 3)
                ADD_FAILURE() << fetches[k] << "[" << i << "]: " << x << " vs " << y;
        }
    }
}

}  // namespace tfs::test
