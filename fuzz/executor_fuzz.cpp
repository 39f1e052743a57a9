// Fuzz target: the executor on small mutated graphs (binary GraphDef, at most 64 nodes),
// every Placeholder fed seeded random values; hostile attributes and shapes must give
// errors, never crashes, hangs or allocations beyond the tensor limit set here.
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>

#include "core/exec/session.h"
#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/model/tensor.h"
#include "core/model/tensor_limit.h"
#include "fuzz/fuzz_util.h"

namespace {

constexpr int kMaxNodes = 64;
constexpr int64_t kMaxFeedElements = 4096;

// A feed for one Placeholder: its declared dtype and shape (unknown dims become 3).
bool makeFeed(const tensorflow::NodeDef& node, std::mt19937& rng, tfs::Tensor* out) {
    auto dtypeIt = node.attr().find("dtype");
    if (dtypeIt == node.attr().end()) return false;
    tfs::Dims dims;
    if (auto shapeIt = node.attr().find("shape"); shapeIt != node.attr().end()) {
        auto shape = tfs::PartialShape::fromProto(shapeIt->second.shape());
        if (shape.knownRank)
            for (int64_t d : shape.dims) dims.push_back(d < 0 ? 3 : d);
    }
    auto t = tfs::Tensor::make(dtypeIt->second.type(), dims, kMaxFeedElements * 8);
    if (!t.ok()) return false;
    std::uniform_int_distribution<int> byte(0, 255);
    if (t->dtype() == tensorflow::DT_FLOAT) {
        std::normal_distribution<float> normal(0.0f, 1.0f);
        for (int64_t i = 0; i < t->numElements(); ++i) t->data<float>()[i] = normal(rng);
    } else if (t->dtype() == tensorflow::DT_STRING) {
        for (auto& s : t->strings()) s = std::string(size_t(byte(rng) % 8), char('a' + byte(rng) % 26));
    } else if (t->rawData()) {
        // Small integers (and valid bools) so indices and sizes are sometimes in range.
        const int mask = t->dtype() == tensorflow::DT_BOOL ? 1 : 3;
        const size_t bytes = size_t(t->numElements()) * size_t(tfs::dtypeSize(t->dtype()));
        for (size_t i = 0; i < bytes; ++i) t->rawData()[i] = i % 4 == 0 ? char(byte(rng) & mask) : 0;
    }
    *out = std::move(*t);
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    tfs::setTensorByteLimit(uint64_t(64) << 20);  // hostile Fill/Tile/Reshape stop at 64 MB
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 65536) return 0;
    tensorflow::GraphDef graph;
    if (!graph.ParseFromArray(data, int(size)) || graph.node_size() == 0 || graph.node_size() > kMaxNodes) return 0;
    std::mt19937 rng(uint32_t(size) * 2654435761u);
    tfs::exec::SessionOptions options;
    options.threads = 1;
    auto session = tfs::exec::Session::create(graph, nullptr, {}, options);
    if (!session.ok()) return 0;
    tfs::exec::NamedTensors feeds;
    std::set<std::string> consumed;
    for (const auto& node : graph.node())
        for (const auto& input : node.input()) consumed.insert(input.substr(input[0] == '^', input.find(':') - (input[0] == '^')));
    std::vector<std::string> fetches;
    for (const auto& node : graph.node()) {
        if (node.op() == "Placeholder") {
            tfs::Tensor t;
            if (makeFeed(node, rng, &t)) feeds.push_back({node.name(), std::move(t)});
        } else if (!consumed.count(node.name())) {
            fetches.push_back(node.name());
        }
    }
    if (fetches.empty()) return 0;
    (void)(*session)->run(feeds, fetches);
    return 0;
}
