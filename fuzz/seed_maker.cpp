// Small fuzzing seeds with the structure of real models (scripts/fuzz.sh runs it): every
// function, signature, variable, op and attribute kind and dtype is kept, big graphs keep a
// few nodes per op, and each tensor is cut to at most 2 elements per dimension. A mutated input then costs a fraction of the
// CPU (docs/reliability.md, "Why some targets are slow") while exercising the same code.
//   tfscope_fuzz_seeds graphdef|metagraph|savedmodel IN OUT
//   tfscope_fuzz_seeds bundle IN_PREFIX OUT_PREFIX
//   tfscope_fuzz_seeds partitioned OUT_PREFIX     (a bundle with partitioned float and string variables)
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/formats/checkpoint.h"
#include "core/formats/checkpoint_internal.h"
#include "core/formats/table/table_reader.h"
#include "core/formats/table/table_writer.h"
#include "core/model/shape.h"
#include "core/util/file.h"
#include "tensorflow/graph.pb.h"
#include "tensorflow/meta_graph.pb.h"
#include "tensorflow/saved_model.pb.h"
#include "tensorflow/tensor_bundle.pb.h"

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
constexpr int64_t kMaxDim = 2;
constexpr size_t kMaxString = 16;

int64_t shrinkShape(tensorflow::TensorShapeProto* shape) {
    int64_t count = 1;
    for (auto& d : *shape->mutable_dim()) {
        if (d.size() > kMaxDim) d.set_size(kMaxDim);
        count *= std::max<int64_t>(d.size(), 0);
    }
    return count;
}

// Cuts a TensorProto to its shrunk shape: tensor_content and every typed value list
// (float_val, string_val, half_val, …, found by reflection so no encoding is missed).
void shrinkTensor(tensorflow::TensorProto* t) {
    const int64_t count = shrinkShape(t->mutable_tensor_shape());
    const int elementBytes = tfs::dtypeSize(t->dtype());
    if (elementBytes > 0 && int64_t(t->tensor_content().size()) > count * elementBytes)
        t->mutable_tensor_content()->resize(size_t(count * elementBytes));
    const auto* reflection = t->GetReflection();
    const auto* descriptor = t->GetDescriptor();
    for (int i = 0; i < descriptor->field_count(); ++i) {
        const FieldDescriptor* f = descriptor->field(i);
        if (!f->is_repeated()) continue;
        // Complex dtypes store two values per element; a single value repeats (TF's rule), so keep one.
        const int64_t keep = std::max<int64_t>(1, count * 2);
        while (reflection->FieldSize(*t, f) > keep) reflection->RemoveLast(t, f);
    }
    for (auto& s : *t->mutable_string_val())
        if (s.size() > kMaxString) s.resize(kMaxString);
}

// Visits every message inside `m` and shrinks each TensorProto found (node attrs, function
// bodies, saved object graph constants alike).
void shrinkAll(Message* m) {
    if (auto* t = dynamic_cast<tensorflow::TensorProto*>(m)) return shrinkTensor(t);
    const auto* reflection = m->GetReflection();
    std::vector<const FieldDescriptor*> fields;
    reflection->ListFields(*m, &fields);
    for (const FieldDescriptor* f : fields) {
        // Keras' JSON description of each saved object (SavedUserObject.metadata): tfscope never reads it.
        if (f->name() == "metadata" && f->cpp_type() == FieldDescriptor::CPPTYPE_STRING && !f->is_repeated())
            reflection->SetString(m, f, "{}");
        if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
        if (f->is_repeated()) {
            for (int i = 0; i < reflection->FieldSize(*m, f); ++i) shrinkAll(reflection->MutableRepeatedMessage(m, f, i));
        } else {
            shrinkAll(reflection->MutableMessage(m, f));
        }
    }
}

// "^name", "name:1" and a function's "name:out:0" all name the node before the first ':'.
std::string producerOf(const std::string& input) {
    std::string name = input.substr(input[0] == '^' ? 1 : 0);
    return name.substr(0, name.find(':'));
}

bool isVariable(const std::string& op) {
    return op == "VariableV2" || op == "Variable" || op == "VarHandleOp" || op == "VariableV3";
}

// Keeps a few nodes of a big graph or function body: the first few, the first of every op
// (so every op and attribute kind stays), their direct producers, variables and `pinned`
// names; inputs from dropped nodes are dropped with them. Function arguments stay valid.
template <typename Nodes>
void thinNodes(Nodes* nodes, std::set<std::string> pinned) {
    constexpr int kKeepFirst = 8, kThinAbove = 48;
    if (nodes->size() <= kThinAbove) return;
    std::set<std::string> seenOps, all, keep;
    std::map<std::string, const tensorflow::NodeDef*> byName;
    for (const auto& n : *nodes) byName[n.name()] = &n;
    for (int i = 0; i < nodes->size(); ++i) {
        const auto& n = nodes->Get(i);
        if (i < kKeepFirst || seenOps.insert(n.op()).second || isVariable(n.op()) || pinned.count(n.name())) {
            keep.insert(n.name());
            for (const auto& in : n.input()) keep.insert(producerOf(in));
        }
    }
    Nodes kept;
    for (const auto& n : *nodes) {
        if (!keep.count(n.name())) continue;
        auto* copy = kept.Add();
        *copy = n;
        copy->clear_input();
        for (const auto& in : n.input()) {
            const std::string from = producerOf(in);
            if (!byName.count(from) || keep.count(from)) copy->add_input(in);  // arguments are not nodes
        }
    }
    nodes->Swap(&kept);
}

void thinGraph(tensorflow::GraphDef* g, const std::set<std::string>& pinned) {
    thinNodes(g->mutable_node(), pinned);
    for (auto& f : *g->mutable_library()->mutable_function()) {
        std::set<std::string> returned;
        for (const auto& [name, tensor] : f.ret()) returned.insert(producerOf(tensor));
        for (const auto& [name, op] : f.control_ret()) returned.insert(op);
        thinNodes(f.mutable_node_def(), returned);
    }
}

void thinMetaGraph(tensorflow::MetaGraphDef* m) {
    std::set<std::string> pinned;
    for (const auto& [key, sig] : m->signature_def()) {
        for (const auto& [k, info] : sig.inputs()) pinned.insert(producerOf(info.name()));
        for (const auto& [k, info] : sig.outputs()) pinned.insert(producerOf(info.name()));
    }
    const auto& saver = m->saver_def();
    for (const auto* name : {&saver.filename_tensor_name(), &saver.save_tensor_name(), &saver.restore_op_name()})
        if (!name->empty()) pinned.insert(producerOf(*name));
    thinGraph(m->mutable_graph_def(), pinned);
}

int shrinkProtoFile(Message* proto, const std::string& in, const std::string& out) {
    auto bytes = tfs::readFile(in);
    if (!bytes.ok() || !proto->ParseFromString(*bytes)) {
        std::fprintf(stderr, "%s: not a binary %s\n", in.c_str(), proto->GetTypeName().c_str());
        return 1;
    }
    if (auto* g = dynamic_cast<tensorflow::GraphDef*>(proto)) thinGraph(g, {});
    if (auto* m = dynamic_cast<tensorflow::MetaGraphDef*>(proto)) thinMetaGraph(m);
    if (auto* sm = dynamic_cast<tensorflow::SavedModel*>(proto))
        for (auto& m : *sm->mutable_meta_graphs()) thinMetaGraph(&m);
    shrinkAll(proto);
    auto written = tfs::writeFileAtomic(out, proto->SerializeAsString(), {in});
    if (!written.ok()) std::fprintf(stderr, "%s\n", written.toString().c_str());
    return written.ok() ? 0 : 1;
}

// The leading elements of `t` in a tensor of at most kMaxDim per dimension.
tfs::Tensor shrunk(const tfs::Tensor& t) {
    tfs::Dims dims = t.dims();
    for (auto& d : dims) d = std::min(d, kMaxDim);
    tfs::Tensor out(t.dtype(), dims);
    if (t.dtype() == tensorflow::DT_STRING) {
        for (size_t i = 0; i < out.strings().size() && i < t.strings().size(); ++i)
            out.strings()[i] = t.strings()[i].substr(0, kMaxString);
    } else if (out.byteSize() && t.rawData()) {
        std::memcpy(out.rawData(), t.rawData(), size_t(std::min(out.byteSize(), t.byteSize())));
    }
    return out;
}

int shrinkBundle(const std::string& in, const std::string& out) {
    auto store = tfs::openBundle(in);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", store.status().toString().c_str());
        return 1;
    }
    std::vector<std::pair<std::string, tfs::Tensor>> tensors;
    for (const auto& e : (*store)->entries()) {
        auto value = (*store)->read(e.key);
        if (value.ok()) tensors.emplace_back(e.key, shrunk(*value));
    }
    auto written = tfs::writeBundle(out, tensors, (*store)->files());
    if (!written.ok()) std::fprintf(stderr, "%s\n", written.toString().c_str());
    return written.ok() ? 0 : 1;
}

// Partitioned variables (no shared model has one): slices stored under TensorFlow's encoded
// keys by writeBundle, then the index rewritten with the full entries that list them.
int writePartitioned(const std::string& prefix) {
    using tfs::ckpt::SliceExtent;
    using tfs::ckpt::SliceSpec;
    const SliceSpec rows01{SliceExtent{0, 2}, SliceExtent{}}, rows2{SliceExtent{2, 1}, SliceExtent{0, 1}},
        rows2b{SliceExtent{2, 1}, SliceExtent{1, 1}};
    const SliceSpec head{SliceExtent{0, 1}}, tail{SliceExtent{1, 2}};
    tfs::Tensor a(tensorflow::DT_FLOAT, {2, 2}), b(tensorflow::DT_FLOAT, {1, 1}), c(tensorflow::DT_FLOAT, {1, 1});
    for (int i = 0; i < 4; ++i) a.data<float>()[i] = float(i) + 0.5f;
    *b.data<float>() = 4.5f;
    *c.data<float>() = 5.5f;
    tfs::Tensor s1(tensorflow::DT_STRING, {1}), s2(tensorflow::DT_STRING, {2});
    s1.strings() = {"alpha"};
    s2.strings() = {"", "gamma"};
    std::vector<std::pair<std::string, tfs::Tensor>> parts{
        {tfs::ckpt::encodeTensorNameSlice("w", rows01), a},     {tfs::ckpt::encodeTensorNameSlice("w", rows2), b},
        {tfs::ckpt::encodeTensorNameSlice("w", rows2b), c},     {tfs::ckpt::encodeTensorNameSlice("vocab", head), s1},
        {tfs::ckpt::encodeTensorNameSlice("vocab", tail), s2},  {"step", tfs::Tensor::scalar<int64_t>(tensorflow::DT_INT64, 7)}};
    auto written = tfs::writeBundle(prefix, parts);
    if (!written.ok()) return std::fprintf(stderr, "%s\n", written.toString().c_str()), 1;
    std::vector<std::pair<std::string, std::string>> records;
    auto table = tfs::table::TableReader::open(prefix + ".index");
    if (!table.ok()) return 1;
    auto visited = (*table)->forEach([&](std::string_view k, std::string_view v) {
        records.emplace_back(std::string(k), std::string(v));
        return tfs::okStatus();
    });
    if (!visited.ok()) return 1;
    auto whole = [](tensorflow::DataType dtype, const tfs::Dims& dims, const std::vector<SliceSpec>& slices) {
        tensorflow::BundleEntryProto e;
        e.set_dtype(dtype);
        tfs::PartialShape::of(dims).toProto(e.mutable_shape());
        for (const auto& s : slices) tfs::ckpt::sliceToProto(s, e.add_slices());
        return e.SerializeAsString();
    };
    records.emplace_back("vocab", whole(tensorflow::DT_STRING, {3}, {head, tail}));
    records.emplace_back("w", whole(tensorflow::DT_FLOAT, {3, 2}, {rows01, rows2, rows2b}));
    std::sort(records.begin(), records.end());
    tfs::table::TableWriter writer;
    for (const auto& [k, v] : records)
        if (!writer.add(k, v).ok()) return 1;
    auto bytes = writer.finish();
    return bytes.ok() && tfs::writeFileAtomic(prefix + ".index", *bytes).ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string kind = argc > 1 ? argv[1] : "";
    if (kind == "partitioned" && argc == 3) return writePartitioned(argv[2]);
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s graphdef|metagraph|savedmodel|bundle IN OUT | partitioned OUT_PREFIX\n", argv[0]);
        return 2;
    }
    if (kind == "bundle") return shrinkBundle(argv[2], argv[3]);
    tensorflow::GraphDef graph;
    tensorflow::MetaGraphDef meta;
    tensorflow::SavedModel saved;
    Message* proto = kind == "graphdef" ? static_cast<Message*>(&graph)
                     : kind == "metagraph" ? static_cast<Message*>(&meta)
                     : kind == "savedmodel" ? static_cast<Message*>(&saved)
                                            : nullptr;
    if (!proto) return std::fprintf(stderr, "unknown kind '%s'\n", kind.c_str()), 2;
    return shrinkProtoFile(proto, argv[2], argv[3]);
}
