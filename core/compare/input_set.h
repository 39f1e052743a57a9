#pragma once
// The inputs a comparison runs both models on: reference cases shipped with a
// model, user .npy/.npz files, a folder of .npz samples, or seeded random samples.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/compare/io_plan.h"
#include "core/model/tensor.h"
#include "core/util/status.h"

namespace tfs::compare {

/// One sample: a tensor per input slot, in IoPlan::inputs order.
struct Sample {
    std::string label;  // "reference/batch1", "random #3", "x.npz"
    std::vector<Tensor> tensors;
    /// Stored outputs of a reference case, by the tensor name or key the case uses.
    std::map<std::string, Tensor> expected;
};

struct InputSetOptions {
    /// --input NAME=FILE.npy or NAME=FILE.npz[:key]: one sample built from these files.
    std::vector<std::pair<std::string, std::string>> inputFiles;
    /// --input FILE.npz (no NAME=): each archive is one sample, arrays named after inputs.
    std::vector<std::string> npzFiles;
    /// --inputs-dir DIR: every .npz in the folder is one sample.
    std::string npzFolder;
    /// Reference cases folder (holding <case>/case.json); "" = none.
    std::string referenceDir;
    /// Random samples (used when no other source gives samples, or in addition when > 0).
    int randomSamples = 0;
    uint64_t seed = 0;
    int batch = 1;  // fills an unknown first dimension of random inputs
    /// --shape NAME=1,224,224,3: fills unknown dims (or replaces the shape) of an input.
    std::map<std::string, Dims> shapes;
    /// Integer inputs are drawn uniformly from [intLow, intHigh].
    int64_t intLow = 0;
    int64_t intHigh = 9;
};

/// The `reference/` folder that belongs to a model path (beside a file, inside a folder,
/// or one level up for a SavedModel nested in a model folder), or "".
std::string findReferenceDir(const std::string& modelPath);

/// Loads one reference case: inputs matched to slots by key or tensor name.
/// NotFound when the case feeds other tensors than the slots (e.g. another signature).
Result<Sample> loadReferenceCase(const std::string& caseDir, const std::vector<InputSlot>& slots);

/// One random sample with a seed; shapes from the slots, --shape and batch.
Result<Sample> randomSample(const std::vector<InputSlot>& slots, const InputSetOptions& options, uint64_t seed,
                            const std::string& label);

/// Builds the whole input set. `notes` receives skipped cases and why.
Result<std::vector<Sample>> buildInputSet(const std::vector<InputSlot>& slots, const InputSetOptions& options,
                                          std::vector<Phrase>* notes);

/// The samples a comparison or a workbench measurement runs, built one way for both:
/// --input files, .npz files and reference cases are read up front; random samples (asked
/// for, or `defaultRandom` of them when nothing else gives a sample) are made when needed,
/// so --samples N never holds N inputs in memory.
class SampleSource {
public:
    /// With useReferenceCases and no explicit inputs, reference cases are looked for beside
    /// each of `modelPaths` in turn. `notes` receives skipped cases and fallbacks.
    static Result<SampleSource> create(const std::vector<InputSlot>& slots, const InputSetOptions& options,
                                       const std::vector<std::string>& modelPaths, bool useReferenceCases,
                                       int defaultRandom, std::vector<Phrase>* notes);
    size_t size() const { return loaded_.size() + size_t(randomCount_); }
    const std::vector<std::string>& labels() const { return labels_; }
    /// Sample `index` (0 <= index < size()).
    Result<Sample> at(size_t index) const;
    /// The sample latency is timed on: the first, or a random batch when options.batch > 1.
    /// `label` receives what it is; `notes` why the first sample was kept instead.
    Result<Sample> timedSample(std::string* label, std::vector<Phrase>* notes) const;

private:
    std::vector<InputSlot> slots_;
    InputSetOptions options_;  // randomSamples cleared: randomCount_ holds the count
    std::vector<Sample> loaded_;
    int randomCount_ = 0;
    std::vector<std::string> labels_;
};

/// Tensors that --input files or reference cases (beside `model`, used when no other input is
/// given and useReferenceCases) feed although `model` computes them (e.g. Mfcc:0 after the
/// audio front end): names for IoOptions::feeds, so what is upstream of them is not run.
std::vector<std::string> interiorFeeds(const Model& model, const InputSetOptions& options, bool useReferenceCases);

/// The feeds of a sample for model A (forA) or model B: tensor names from the plan's slots.
std::vector<std::pair<std::string, Tensor>> feedsFor(const IoPlan& io, const Sample& sample, bool forA);
/// The tensors fetched from model A (forA) or model B, in IoPlan::outputs order.
std::vector<std::string> fetchesFor(const IoPlan& io, bool forA);

/// Index of the slot an input name refers to (key, tensor name, or node name), or -1.
int findSlot(const std::vector<InputSlot>& slots, const std::string& name);

}  // namespace tfs::compare
