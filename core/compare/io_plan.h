#pragma once
// Which tensors to feed and fetch in model A and model B so that their outputs
// can be compared: by signature key, by tensor name, or by explicit mapping.

#include <string>
#include <utility>
#include <vector>

#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs::compare {

/// One input of the comparison and where it goes in each model.
struct InputSlot {
    std::string name;     // signature key, or tensor name when matched by name
    std::string tensorA;  // "x:0"
    std::string tensorB;
    DataType dtype = tensorflow::DT_FLOAT;
    PartialShape shape;   // from A's signature or placeholder
};

/// One pair of outputs compared.
struct OutputSlot {
    std::string name;     // signature key, tensor name, or "a:0=b:0" for --map pairs
    std::string tensorA;
    std::string tensorB;
};

struct IoOptions {
    std::string signature;  // signature key in both models ("" = serving_default, or the only one)
    /// Explicit output pairs (tensor in A, tensor in B); names may omit ":0".
    std::vector<std::pair<std::string, std::string>> outputMap;
    /// Restrict to these outputs (keys or tensor names of A); empty = all matched.
    std::vector<std::string> outputs;
    /// Tensors to feed although they are not inputs (interior tensors such as Mfcc:0): what
    /// only they need is not run, as when TensorFlow is fed any tensor. Names may omit ":0".
    std::vector<std::string> feeds;
};

struct IoPlan {
    std::vector<InputSlot> inputs;
    std::vector<OutputSlot> outputs;
    std::string signatureA;  // signature used in A ("" = graph level)
    std::string signatureB;
    std::vector<Phrase> notes;  // how things were matched, for reports ("Notes" phrases)
};

/// "x" -> "x:0"; "^x" -> "x:0"; "x:1" unchanged.
std::string normalizeTensorName(const std::string& name);

/// Placeholders of the main graph (inputs that must be fed), as specs.
std::vector<TensorSpec> graphInputs(const Model& model);

/// Likely outputs of the main graph: data-producing nodes nothing consumes,
/// leaving out training, saving and initialisation machinery.
std::vector<std::string> likelyOutputs(const Model& model);

/// Pairs the inputs and outputs of two models. An input of one model that is an interior
/// tensor of the other (a pass moved the graph's start, e.g. strip_unused_nodes at Mfcc)
/// is fed under the same name in both; NotFound/InvalidArgument with a
/// hint (`--map`, `--signature`) when nothing can be matched.
Result<IoPlan> planIo(const Model& a, const Model& b, const IoOptions& options);

}  // namespace tfs::compare
