#include "core/exec/run_support.h"

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include "core/model/model_facts.h"

namespace tfs::exec {

Result<RunIo> chooseRunIo(const Model& model, const std::string& signatureKey) {
    if (model.metaGraphs.empty()) return invalidArgument(TFS_PHRASE("Errors", "%1: has no graph to run (a lone checkpoint?)"),
                                                         model.path);
    const auto& sigs = model.metaGraphs[0].signatures;
    const Signature* chosen = chooseSignature(model, signatureKey);
    if (!signatureKey.empty() && !chosen) {
        std::string valid;
        for (const auto& s : sigs) valid += (valid.empty() ? "" : ", ") + s.key;
        return valid.empty() ? notFound(TFS_PHRASE("Errors", "%1: no signature '%2' (the model has none)"),
                                        model.path, signatureKey)
                             : notFound(TFS_PHRASE("Errors", "%1: no signature '%2'; valid: %3"),
                                        model.path, signatureKey, valid);
    }
    RunIo io;
    if (chosen) {
        io.signature = chosen->key;
        io.inputs = chosen->inputs;
        io.outputs = chosen->outputs;
        return io;
    }
    ModelFacts facts = computeFacts(model);
    io.inputs = facts.inputs;
    io.outputs = facts.outputs;
    return io;
}

const TensorSpec* findSpec(const std::vector<TensorSpec>& specs, const std::string& name) {
    for (const auto& s : specs)
        if (!s.key.empty() && s.key == name) return &s;
    std::string canon = canonicalTensorName(name);
    for (const auto& s : specs)
        if (canonicalTensorName(s.tensorName) == canon) return &s;
    return nullptr;
}

Result<Dims> concreteShape(const TensorSpec& spec, int64_t batch, const std::map<std::string, Dims>& overrides) {
    std::string label = spec.key.empty() ? spec.tensorName : spec.key;
    for (const auto& [name, dims] : overrides)
        if (name == spec.key || canonicalTensorName(name) == canonicalTensorName(spec.tensorName)) return dims;
    if (!spec.shape.knownRank)
        return invalidArgument(TFS_PHRASE("Errors", "input '%1' has unknown rank: give its shape, e.g. --shape %2=1,224,224,3"),
                               label, label);
    Dims dims;
    for (size_t i = 0; i < spec.shape.dims.size(); ++i) {
        int64_t d = spec.shape.dims[i];
        if (d < 0) {
            if (i != 0)
                return invalidArgument(TFS_PHRASE("Errors", "input '%1' has unknown dims %2: give them, e.g. --shape %3=1,..."),
                                       label, spec.shape.toString(), label);
            d = batch;
        }
        dims.push_back(d);
    }
    return dims;
}

Result<Tensor> randomTensor(DataType dtype, const Dims& dims, uint64_t seed) {
    TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(dtype, dims, uint64_t(4) << 30));
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_int_distribution<int> small(0, 9);
    int64_t n = t.numElements();
    switch (t.dtype()) {
    case tensorflow::DT_FLOAT:
        for (int64_t i = 0; i < n; ++i) t.data<float>()[i] = float(normal(rng));
        break;
    case tensorflow::DT_DOUBLE:
        for (int64_t i = 0; i < n; ++i) t.data<double>()[i] = normal(rng);
        break;
    case tensorflow::DT_INT32:
        for (int64_t i = 0; i < n; ++i) t.data<int32_t>()[i] = small(rng);
        break;
    case tensorflow::DT_INT64:
        for (int64_t i = 0; i < n; ++i) t.data<int64_t>()[i] = small(rng);
        break;
    case tensorflow::DT_UINT8:
        for (int64_t i = 0; i < n; ++i) t.data<uint8_t>()[i] = uint8_t(rng() & 0xff);
        break;
    case tensorflow::DT_INT8:
        for (int64_t i = 0; i < n; ++i) t.data<int8_t>()[i] = int8_t(small(rng));
        break;
    case tensorflow::DT_INT16:
        for (int64_t i = 0; i < n; ++i) t.data<int16_t>()[i] = int16_t(small(rng));
        break;
    case tensorflow::DT_BOOL:
        for (int64_t i = 0; i < n; ++i) t.data<bool>()[i] = (rng() & 1) != 0;
        break;
    default: return invalidArgument(TFS_PHRASE("Errors", "cannot make random values of dtype %1"),
                                    dtypeShortName(dtype));
    }
    return t;
}

Result<std::vector<Feed>> buildFeeds(const RunIo& io, const NamedTensors& given, const FeedOptions& options) {
    std::vector<Feed> feeds;
    auto isFed = [&feeds](const std::string& tensorName) {
        for (const auto& f : feeds)
            if (canonicalTensorName(f.tensorName) == canonicalTensorName(tensorName)) return true;
        return false;
    };
    for (const auto& [name, tensor] : given) {
        const TensorSpec* spec = findSpec(io.inputs, name);
        if (!spec && options.signatureNamesOnly && !io.signature.empty())
            return invalidArgument(TFS_PHRASE("Errors", "signature '%1' has no input '%2'"), io.signature, name);
        feeds.push_back({name, spec ? spec->tensorName : canonicalTensorName(name), tensor, false});
    }
    uint64_t k = 0;
    for (const auto& spec : io.inputs) {
        if (isFed(spec.tensorName)) continue;
        const std::string label = spec.key.empty() ? spec.tensorName : spec.key;
        if (options.missing == MissingInput::Skip) continue;  // graph placeholders may have defaults or be unused
        if (options.missing == MissingInput::Error)
            return invalidArgument(TFS_PHRASE("Errors", "input '%1' (%2) is not given: use --input %3=FILE.npy or --random-inputs"),
                                   label, spec.tensorName, label);
        TFS_ASSIGN_OR_RETURN(Dims dims, concreteShape(spec, options.batch, options.shapes));
        auto t = randomTensor(spec.dtype, dims, options.seed * 1000003u + k++);
        if (!t.ok()) return t.status().withContext(TFS_PHRASE("Errors", "input '%1'"), spec.tensorName);
        feeds.push_back({label, spec.tensorName, std::move(t).value(), true});
    }
    return feeds;
}

NamedTensors namedFeeds(const std::vector<Feed>& feeds) {
    NamedTensors out;
    for (const auto& f : feeds) out.push_back({f.tensorName, f.tensor});
    return out;
}

std::string summarizeTensor(const Tensor& t, int firstValues) {
    std::ostringstream out;
    out << t.describe();
    if (t.dtype() == tensorflow::DT_STRING) {
        out << "  first:";
        for (int i = 0; i < int(t.strings().size()) && i < firstValues; ++i) out << " \"" << t.strings()[size_t(i)].substr(0, 40) << "\"";
        return out.str();
    }
    if (dtypeSize(t.dtype()) == 0 || t.numElements() == 0) return out.str();
    out << "  first:";
    for (int64_t i = 0; i < t.numElements() && i < firstValues; ++i) out << " " << tensorElementAsDouble(t, i);
    if (t.numElements() > firstValues) out << " ...";
    double mn = std::numeric_limits<double>::infinity(), mx = -mn, sum = 0;
    for (int64_t i = 0; i < t.numElements(); ++i) {
        double v = tensorElementAsDouble(t, i);
        mn = std::min(mn, v);
        mx = std::max(mx, v);
        sum += v;
    }
    out << "  min " << mn << " max " << mx << " mean " << sum / double(t.numElements());
    return out.str();
}

std::string outputFileName(const std::string& name) {
    std::string out = name;
    for (char& c : out)
        if (c == ':' || c == '/' || c == '\\') c = '_';
    return out + ".npy";
}

Result<Dims> parseDims(const std::string& text) {
    Dims dims;
    std::stringstream ss(text);
    std::string part;
    while (std::getline(ss, part, ',')) {
        if (part.empty()) continue;
        char* end = nullptr;
        long long v = std::strtoll(part.c_str(), &end, 10);
        if (!end || *end || v < 0 || v > (int64_t(1) << 32)) return invalidArgument(TFS_PHRASE("Errors", "bad dimension '%1' in shape '%2'"),
                                                                                    part, text);
        dims.push_back(v);
    }
    return dims;
}

}  // namespace tfs::exec
