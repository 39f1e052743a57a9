#pragma once
// What the `run` and `bench` commands (and the GUI's run panel) share: choosing a
// model's inputs and outputs, seeded random inputs, output summaries and file names.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/exec/session.h"
#include "core/model/model.h"

namespace tfs::exec {

/// Inputs and outputs of one run: a signature's, or the graph's placeholders and likely outputs.
struct RunIo {
    std::string signature;            // "" = plain graph tensors
    std::vector<TensorSpec> inputs;   // key = signature key ("" for graphs), tensorName = "x:0"
    std::vector<TensorSpec> outputs;
};

/// Picks the signature (explicit key, else serving_default when present, else none)
/// and lists its inputs/outputs, or the graph's placeholders and unconsumed outputs.
Result<RunIo> chooseRunIo(const Model& model, const std::string& signatureKey);

/// Finds an input or output by signature key or tensor name ("x" = "x:0").
const TensorSpec* findSpec(const std::vector<TensorSpec>& specs, const std::string& name);

/// Concrete shape for a spec: `override` when given, unknown first dim = batch; other
/// unknown dims are an error naming the input and how to give them (--shape).
Result<Dims> concreteShape(const TensorSpec& spec, int64_t batch, const std::map<std::string, Dims>& overrides);

/// Seeded random tensor: N(0,1) floats, small non-negative integers, random bools.
Result<Tensor> randomTensor(DataType dtype, const Dims& dims, uint64_t seed);

/// What to do with an input that no given tensor feeds.
enum class MissingInput { Random, Error, Skip };

/// How buildFeeds fills the inputs of a run.
struct FeedOptions {
    MissingInput missing = MissingInput::Random;
    uint64_t seed = 0;     // random input k (in RunIo::inputs order, counting random ones) uses seed * 1000003 + k
    int64_t batch = 1;     // fills an unknown first dimension
    std::map<std::string, Dims> shapes;  // by key or tensor name (see concreteShape)
    /// With a signature, names that are not its inputs are an error (else they feed that tensor).
    bool signatureNamesOnly = false;
};

/// One fed tensor and where it came from.
struct Feed {
    std::string label;       // as given, or the input's key (tensor name for graphs)
    std::string tensorName;  // "x:0"
    Tensor tensor;
    bool random = false;
};

/// The feeds of one run, one rule for `run`, `bench` and the Run panel: the given tensors (by
/// signature key or tensor name; interior tensors such as Mfcc:0 may be fed too), then every
/// input of `io` not fed yet, per `options.missing`.
Result<std::vector<Feed>> buildFeeds(const RunIo& io, const NamedTensors& given, const FeedOptions& options);

/// The (tensor name, tensor) pairs of feeds, for Session::run.
NamedTensors namedFeeds(const std::vector<Feed>& feeds);

/// "float32[1,10]  first: 0.1 0.2 ...  min -1 max 2 mean 0.3".
std::string summarizeTensor(const Tensor& t, int firstValues = 6);

/// File name for an output as the user named it: ':' and '/' become '_' ("a/b:0" -> "a_b_0.npy").
std::string outputFileName(const std::string& name);

/// Parses "1,224,224,3" into dims.
Result<Dims> parseDims(const std::string& text);

}  // namespace tfs::exec
