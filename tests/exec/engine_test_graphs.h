#pragma once
// Tiny helpers to write GraphDefs in engine tests: nodes with inputs and attrs.

#include <initializer_list>
#include <string>
#include <vector>

#include <google/protobuf/text_format.h>

#include "core/model/tensor.h"
#include "core/util/file.h"
#include "tensorflow/graph.pb.h"

namespace tfs::test {

/// Adds a node to a graph.
inline tensorflow::NodeDef* addNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op,
                                    std::initializer_list<std::string> inputs = {}) {
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op(op);
    for (const auto& in : inputs) n->add_input(in);
    return n;
}

inline void setType(tensorflow::NodeDef* n, const std::string& attr, tensorflow::DataType t) { (*n->mutable_attr())[attr].set_type(t); }
inline void setString(tensorflow::NodeDef* n, const std::string& attr, const std::string& s) { (*n->mutable_attr())[attr].set_s(s); }
inline void setBool(tensorflow::NodeDef* n, const std::string& attr, bool b) { (*n->mutable_attr())[attr].set_b(b); }
inline void setFunc(tensorflow::NodeDef* n, const std::string& attr, const std::string& f) {
    (*n->mutable_attr())[attr].mutable_func()->set_name(f);
}

/// A Const node holding `value`.
inline tensorflow::NodeDef* addConst(tensorflow::GraphDef& g, const std::string& name, const Tensor& value,
                                     std::initializer_list<std::string> inputs = {}) {
    auto* n = addNode(g, name, "Const", inputs);
    setType(n, "dtype", value.dtype());
    value.toProto((*n->mutable_attr())["value"].mutable_tensor());
    return n;
}

inline Tensor scalarI32(int32_t v) { return Tensor::scalar<int32_t>(tensorflow::DT_INT32, v); }
inline Tensor scalarF32(float v) { return Tensor::scalar<float>(tensorflow::DT_FLOAT, v); }
inline Tensor scalarBool(bool v) { return Tensor::scalar<bool>(tensorflow::DT_BOOL, v); }

/// Reads a text GraphDef fixture; fails the calling test on error.
inline bool readTextGraph(const std::string& path, tensorflow::GraphDef* graph) {
    auto text = readFile(path);
    if (!text.ok()) return false;
    return google::protobuf::TextFormat::ParseFromString(*text, graph);
}

/// Adds a library function with the given typed input and output arguments; the body is the caller's.
inline tensorflow::FunctionDef* addFunction(tensorflow::GraphDef& g, const std::string& name,
                                            const std::vector<std::pair<const char*, tensorflow::DataType>>& in,
                                            const std::vector<std::pair<const char*, tensorflow::DataType>>& out) {
    auto* f = g.mutable_library()->add_function();
    f->mutable_signature()->set_name(name);
    for (const auto& [n, t] : in) {
        auto* a = f->mutable_signature()->add_input_arg();
        a->set_name(n);
        a->set_type(t);
    }
    for (const auto& [n, t] : out) {
        auto* a = f->mutable_signature()->add_output_arg();
        a->set_name(n);
        a->set_type(t);
    }
    return f;
}

}  // namespace tfs::test
