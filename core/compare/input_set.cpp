#include "core/compare/input_set.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "core/exec/input_source.h"
#include "core/model/graph_index.h"
#include "core/util/json.h"
#include "core/util/file.h"
#include "core/util/half.h"
#include "core/util/npy.h"

namespace tfs::compare {

int findSlot(const std::vector<InputSlot>& slots, const std::string& name) {
    for (size_t i = 0; i < slots.size(); ++i)
        if (slots[i].name == name) return int(i);
    std::string t = normalizeTensorName(name);
    for (size_t i = 0; i < slots.size(); ++i)
        if (slots[i].tensorA == t || slots[i].tensorB == t) return int(i);
    // .npy file names from reference cases: "x_0" for "x:0".
    for (size_t i = 0; i < slots.size(); ++i) {
        std::string flat = slots[i].tensorA;
        for (char& c : flat)
            if (c == ':' || c == '/') c = '_';
        if (flat == name) return int(i);
    }
    return -1;
}

namespace {

void setElement(Tensor& t, int64_t i, double v) {
    switch (t.dtype()) {
    case tensorflow::DT_FLOAT: t.data<float>()[i] = float(v); break;
    case tensorflow::DT_DOUBLE: t.data<double>()[i] = v; break;
    case tensorflow::DT_HALF: t.data<uint16_t>()[i] = floatToHalf(float(v)); break;
    case tensorflow::DT_INT32: t.data<int32_t>()[i] = int32_t(v); break;
    case tensorflow::DT_INT64: t.data<int64_t>()[i] = int64_t(v); break;
    case tensorflow::DT_INT16: t.data<int16_t>()[i] = int16_t(v); break;
    case tensorflow::DT_INT8: t.data<int8_t>()[i] = int8_t(v); break;
    case tensorflow::DT_UINT8: t.data<uint8_t>()[i] = uint8_t(v); break;
    case tensorflow::DT_UINT16: t.data<uint16_t>()[i] = uint16_t(v); break;
    case tensorflow::DT_UINT32: t.data<uint32_t>()[i] = uint32_t(v); break;
    case tensorflow::DT_UINT64: t.data<uint64_t>()[i] = uint64_t(v); break;
    case tensorflow::DT_BOOL: t.data<bool>()[i] = v != 0; break;
    default: break;
    }
}

bool settable(DataType d) {
    switch (d) {
    case tensorflow::DT_FLOAT: case tensorflow::DT_DOUBLE: case tensorflow::DT_HALF: case tensorflow::DT_INT32:
    case tensorflow::DT_INT64: case tensorflow::DT_INT16: case tensorflow::DT_INT8: case tensorflow::DT_UINT8:
    case tensorflow::DT_UINT16: case tensorflow::DT_UINT32: case tensorflow::DT_UINT64: case tensorflow::DT_BOOL:
        return true;
    default: return false;
    }
}

// Converts a loaded array to the dtype the input expects (numeric to numeric only).
Result<Tensor> toSlotType(const Tensor& t, const InputSlot& slot, const std::string& source) {
    if (t.dtype() == slot.dtype || slot.dtype == tensorflow::DT_INVALID) return t;
    if (t.dtype() == tensorflow::DT_STRING || slot.dtype == tensorflow::DT_STRING || !settable(slot.dtype))
        return invalidArgument(TFS_PHRASE("Errors", "%1: input '%2' expects %3 but the file holds %4"),
                               source, slot.name, dtypeShortName(slot.dtype), t.describe());
    TFS_ASSIGN_OR_RETURN(Tensor out, Tensor::make(slot.dtype, t.dims()));
    for (int64_t i = 0; i < t.numElements(); ++i) setElement(out, i, tensorElementAsDouble(t, i));
    return out;
}

// Fills `sample` from arrays keyed by input name; every slot must be covered.
Status fillFromArrays(const std::map<std::string, Tensor>& arrays, const std::vector<InputSlot>& slots,
                      const std::string& source, Sample* sample) {
    sample->tensors.assign(slots.size(), Tensor());
    for (const auto& [name, tensor] : arrays) {
        int slot = findSlot(slots, name);
        if (slot < 0) continue;
        TFS_ASSIGN_OR_RETURN(sample->tensors[size_t(slot)], toSlotType(tensor, slots[size_t(slot)], source));
    }
    for (size_t i = 0; i < slots.size(); ++i)
        if (!sample->tensors[i].valid())
            return notFound(TFS_PHRASE("Errors", "%1 has no array for input '%2' (%3)"),
                            source, slots[i].name, slots[i].tensorA);
    return okStatus();
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// splitmix64: a tiny, portable generator so samples are identical everywhere.
struct Rng {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double normal() {
        double u1 = uniform(), u2 = uniform();
        if (u1 < 1e-300) u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

}  // namespace

std::string findReferenceDir(const std::string& modelPath) {
    std::vector<std::string> candidates;
    if (isDirectory(modelPath)) {
        candidates.push_back(joinPath(modelPath, "reference"));
        candidates.push_back(joinPath(parentPath(modelPath), "reference"));
    } else {
        candidates.push_back(joinPath(parentPath(modelPath), "reference"));
    }
    for (const auto& c : candidates)
        if (isDirectory(c)) return c;
    return "";
}

Result<Sample> loadReferenceCase(const std::string& caseDir, const std::vector<InputSlot>& slots) {
    std::string jsonPath = joinPath(caseDir, "case.json");
    TFS_ASSIGN_OR_RETURN(std::string text, readFile(jsonPath, 16 << 20));
    TFS_ASSIGN_OR_RETURN(Json doc, Json::parse(text, jsonPath));
    const Json* inputs = doc.find("inputs");
    if (!inputs || !inputs->isObject()) return invalidArgument(TFS_PHRASE("Errors", "%1: no \"inputs\" object"),
                                                               jsonPath);
    std::map<std::string, Tensor> arrays;
    for (const auto& [name, file] : inputs->members()) {
        if (!file.isString()) return invalidArgument(TFS_PHRASE("Errors", "%1: input '%2' is not a file name"),
                                                     jsonPath, name);
        if (findSlot(slots, name) < 0)
            return notFound(TFS_PHRASE("Errors", "%1 feeds '%2', which is not an input compared here"), jsonPath, name);
        TFS_ASSIGN_OR_RETURN(Tensor t, readNpy(joinPath(caseDir, file.string())));
        arrays[name] = std::move(t);
    }
    Sample sample;
    sample.label = "reference/" + baseName(caseDir);
    TFS_RETURN_IF_ERROR(fillFromArrays(arrays, slots, jsonPath, &sample));
    if (const Json* outputs = doc.find("outputs"); outputs && outputs->isObject()) {
        for (const auto& [name, file] : outputs->members()) {
            if (!file.isString()) continue;
            auto t = readNpy(joinPath(caseDir, file.string()));
            if (t.ok()) sample.expected[name] = std::move(t).value();  // unreadable outputs: no reference check
        }
    }
    return sample;
}

Result<Sample> randomSample(const std::vector<InputSlot>& slots, const InputSetOptions& options, uint64_t seed,
                            const std::string& label) {
    Sample sample;
    sample.label = label;
    for (size_t k = 0; k < slots.size(); ++k) {
        const InputSlot& slot = slots[k];
        Dims dims;
        auto given = options.shapes.end();
        for (auto it = options.shapes.begin(); it != options.shapes.end(); ++it)
            if (findSlot({slot}, it->first) == 0) given = it;
        if (given != options.shapes.end()) {
            dims = given->second;
            if (slot.shape.knownRank && slot.shape.rank() != int(dims.size()))
                return invalidArgument(TFS_PHRASE("Errors", "--shape %1 has rank %2 but input '%3' has shape %4"),
                                       given->first, dims.size(), slot.name, slot.shape.toString());
        } else if (!slot.shape.knownRank) {
            return invalidArgument(TFS_PHRASE("Errors", "input '%1' (%2) has an unknown shape; give it with --shape %3=1,224,224,3 (for example)"),
                                   slot.name, slot.tensorA, slot.name);
        } else {
            for (size_t d = 0; d < slot.shape.dims.size(); ++d) {
                int64_t v = slot.shape.dims[d];
                if (v < 0 && d == 0) v = options.batch;
                if (v < 0)
                    return invalidArgument(TFS_PHRASE("Errors", "input '%1' has shape %2 with an unknown dimension %3; give it with --shape %4=..."),
                                           slot.name, slot.shape.toString(), d, slot.name);
                dims.push_back(v);
            }
        }
        if (!settable(slot.dtype))
            return invalidArgument(TFS_PHRASE("Errors", "cannot make random values for input '%1' of dtype %2; give files with --input %3=FILE.npy"),
                                   slot.name, dtypeShortName(slot.dtype), slot.name);
        TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(slot.dtype, dims, uint64_t(1) << 31));
        Rng rng{seed * 1000003ull + k * 7919ull + 12345};
        const bool integer = isIntegerType(slot.dtype);
        const double span = double(options.intHigh - options.intLow + 1);
        for (int64_t i = 0; i < t.numElements(); ++i) {
            double v;
            if (slot.dtype == tensorflow::DT_BOOL) v = rng.next() & 1;
            else if (integer) v = double(options.intLow) + std::floor(rng.uniform() * span);
            else v = rng.normal();
            setElement(t, i, v);
        }
        sample.tensors.push_back(std::move(t));
    }
    return sample;
}

Result<std::vector<Sample>> buildInputSet(const std::vector<InputSlot>& slots, const InputSetOptions& options,
                                          std::vector<Phrase>* notes) {
    std::vector<Sample> samples;
    if (!options.inputFiles.empty()) {
        std::map<std::string, Tensor> arrays;
        std::string label;
        for (const auto& [name, source] : options.inputFiles) {
            if (findSlot(slots, name) < 0) {
                std::string names;
                for (const auto& slot : slots) names += (names.empty() ? "" : ", ") + slot.name;
                return notFound(TFS_PHRASE("Errors", "--input %1: not an input of the models (inputs: %2)"),
                                name, names);
            }
            TFS_ASSIGN_OR_RETURN(arrays[name], exec::readInputSource(source));
            label += (label.empty() ? "" : "+") + baseName(source);
        }
        Sample sample;
        sample.label = label;
        TFS_RETURN_IF_ERROR(fillFromArrays(arrays, slots, "--input files", &sample));
        samples.push_back(std::move(sample));
    }
    std::vector<std::string> npz = options.npzFiles;
    if (!options.npzFolder.empty()) {
        TFS_ASSIGN_OR_RETURN(auto names, listDirectory(options.npzFolder));
        size_t before = npz.size();
        for (const auto& n : names)
            if (endsWith(n, ".npz")) npz.push_back(joinPath(options.npzFolder, n));
        if (npz.size() == before) return notFound(TFS_PHRASE("Errors", "%1 holds no .npz files"), options.npzFolder);
    }
    for (const auto& file : npz) {
        TFS_ASSIGN_OR_RETURN(auto arrays, readNpz(file));
        Sample sample;
        sample.label = baseName(file);
        TFS_RETURN_IF_ERROR(fillFromArrays(arrays, slots, file, &sample));
        samples.push_back(std::move(sample));
    }
    if (!options.referenceDir.empty()) {
        TFS_ASSIGN_OR_RETURN(auto cases, listDirectory(options.referenceDir));
        for (const auto& c : cases) {
            std::string dir = joinPath(options.referenceDir, c);
            if (!isRegularFile(joinPath(dir, "case.json"))) continue;
            auto sample = loadReferenceCase(dir, slots);
            if (!sample.ok()) {
                if (notes)
                    notes->push_back(
                        phrase(TFS_PHRASE("Notes", "reference case %1 skipped: %2"), c, sample.status().message()));
                continue;
            }
            samples.push_back(std::move(sample).value());
        }
    }
    for (int i = 0; i < options.randomSamples; ++i) {
        TFS_ASSIGN_OR_RETURN(Sample s, randomSample(slots, options, options.seed + uint64_t(i),
                                                    "random #" + std::to_string(i) + " (seed " + std::to_string(options.seed + uint64_t(i)) + ")"));
        samples.push_back(std::move(s));
    }
    return samples;
}

namespace {

bool hasExplicitInputs(const InputSetOptions& in) {
    return !in.inputFiles.empty() || !in.npzFiles.empty() || !in.npzFolder.empty() || in.randomSamples > 0 ||
           !in.referenceDir.empty();
}

std::string randomLabel(uint64_t seed, int i) {
    return "random #" + std::to_string(i) + " (seed " + std::to_string(seed + uint64_t(i)) + ")";
}

}  // namespace

std::vector<std::string> interiorFeeds(const Model& model, const InputSetOptions& options, bool useReferenceCases) {
    std::vector<std::string> names;
    for (const auto& [name, file] : options.inputFiles) names.push_back(name);
    std::string referenceDir = options.referenceDir;
    if (referenceDir.empty() && useReferenceCases && !hasExplicitInputs(options)) referenceDir = findReferenceDir(model.path);
    if (!referenceDir.empty()) {
        auto cases = listDirectory(referenceDir);
        for (const auto& c : cases.ok() ? *cases : std::vector<std::string>{}) {
            auto text = readFile(joinPath(joinPath(referenceDir, c), "case.json"), 16 << 20);
            if (!text.ok()) continue;
            auto doc = Json::parse(*text, c);
            const Json* inputs = doc.ok() ? doc->find("inputs") : nullptr;
            if (!inputs || !inputs->isObject()) continue;
            for (const auto& [name, file] : inputs->members()) names.push_back(name);
        }
    }
    std::vector<std::string> feeds;
    const auto* graph = model.graph();
    if (!graph) return feeds;
    GraphIndex index(*graph);
    for (const auto& name : names) {
        int i = index.find(nodeNameOf(name));
        if (i < 0) continue;
        const std::string& op = index.node(i).op();
        if (op == "Placeholder" || op == "PlaceholderWithDefault") continue;
        std::string tensor = normalizeTensorName(name);
        if (std::find(feeds.begin(), feeds.end(), tensor) == feeds.end()) feeds.push_back(tensor);
    }
    return feeds;
}

std::vector<std::pair<std::string, Tensor>> feedsFor(const IoPlan& io, const Sample& sample, bool forA) {
    std::vector<std::pair<std::string, Tensor>> feeds;
    for (size_t i = 0; i < io.inputs.size() && i < sample.tensors.size(); ++i)
        feeds.emplace_back(forA ? io.inputs[i].tensorA : io.inputs[i].tensorB, sample.tensors[i]);
    return feeds;
}

std::vector<std::string> fetchesFor(const IoPlan& io, bool forA) {
    std::vector<std::string> fetches;
    for (const auto& o : io.outputs) fetches.push_back(forA ? o.tensorA : o.tensorB);
    return fetches;
}

Result<SampleSource> SampleSource::create(const std::vector<InputSlot>& slots, const InputSetOptions& options,
                                          const std::vector<std::string>& modelPaths, bool useReferenceCases,
                                          int defaultRandom, std::vector<Phrase>* notes) {
    SampleSource source;
    source.slots_ = slots;
    source.options_ = options;
    InputSetOptions& in = source.options_;
    if (!hasExplicitInputs(in) && useReferenceCases)
        for (const auto& path : modelPaths)
            if (in.referenceDir.empty()) in.referenceDir = findReferenceDir(path);
    source.randomCount_ = in.randomSamples;
    in.randomSamples = 0;
    TFS_ASSIGN_OR_RETURN(source.loaded_, buildInputSet(slots, in, notes));
    if (source.loaded_.empty() && source.randomCount_ == 0) {
        if (!in.referenceDir.empty() && notes)
            notes->push_back(phrase(TFS_PHRASE("Notes", "no reference case fits these inputs; using random samples")));
        source.randomCount_ = std::max(1, defaultRandom);
    }
    if (source.randomCount_ > 0) {
        TFS_ASSIGN_OR_RETURN(Sample first, source.at(source.loaded_.size()));  // shape errors before any run
        (void)first;
    }
    for (const auto& s : source.loaded_) source.labels_.push_back(s.label);
    for (int i = 0; i < source.randomCount_; ++i) source.labels_.push_back(randomLabel(in.seed, i));
    return source;
}

Result<Sample> SampleSource::at(size_t index) const {
    if (index < loaded_.size()) return loaded_[index];
    if (index >= size()) return invalidArgument(TFS_PHRASE("Errors", "sample %1 is out of range"), index);
    int i = int(index - loaded_.size());
    return randomSample(slots_, options_, options_.seed + uint64_t(i), randomLabel(options_.seed, i));
}

Result<Sample> SampleSource::timedSample(std::string* label, std::vector<Phrase>* notes) const {
    TFS_ASSIGN_OR_RETURN(Sample timed, at(0));
    if (label) *label = timed.label;
    if (options_.batch > 1) {
        auto s = randomSample(slots_, options_, options_.seed, "random");
        if (s.ok()) {
            if (label) *label = "random inputs, batch " + std::to_string(options_.batch);
            return std::move(s).value();
        }
        if (notes)
            notes->push_back(phrase(TFS_PHRASE("Notes", "timing uses %1: %2"), timed.label, s.status().message()));
    }
    return timed;
}

}  // namespace tfs::compare
