// `tfscope --batch run`: runs a model once on given (or random) inputs, prints
// each output's summary and writes one .npy per output.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/batch/run_support.h"
#include "core/exec/input_source.h"
#include "core/exec/print_op.h"
#include "core/exec/run_support.h"
#include "core/formats/checkpoint.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/util/json.h"
#include "core/util/npy.h"

namespace tfs::batch {

namespace {

const char* kRunUsage =
    "usage: tfscope --batch run MODEL [--signature KEY] [--tag-set T] [--checkpoint PREFIX]\n"
    "         [--input NAME=FILE.npy | NAME=FILE.npz:KEY | NAME=@RAW_FILE ...] [--inputs FILE.npz]\n"
    "         [--random-inputs] [--seed N] [--batch B] [--shape NAME=1,224,224,3 ...]\n"
    "         [--output NAME ...] [--out-dir DIR] [--threads N] [--json]\n"
    "         [--print-log FILE]  (append the lines of Print ops, e.g. from insert_logging, to FILE)\n"
    "NAME is a signature input/output key or a tensor name (x:0; x means x:0). @RAW_FILE feeds the file's\n"
    "bytes as a string scalar (e.g. --input wav_data=@yes.wav for a DecodeWav input).\n"
    "example: tfscope --batch run model.pb --input x=x.npy --output Identity --out-dir out\n";

}  // namespace

Result<Model> loadModelForRun(const Args& args) {
    LoadOptions options;
    options.tags = splitList(args.value("--tag-set"));
    TFS_ASSIGN_OR_RETURN(Model model, loadModel(args.positional()[0], options));
    if (args.has("--checkpoint")) {
        std::string prefix = args.value("--checkpoint");
        auto store = openBundle(prefix);
        if (!store.ok() && looksLikeCheckpointV1(prefix)) store = openCheckpointV1(prefix);
        if (!store.ok()) return store.status().withContext("--checkpoint " + prefix);
        model.variables = *store;
    }
    return model;
}

Result<std::map<std::string, Dims>> shapeOverrides(const Args& args) {
    std::map<std::string, Dims> shapes;
    for (const auto& s : args.values("--shape")) {
        auto eq = s.rfind('=');
        if (eq == std::string::npos) return invalidArgument("--shape expects NAME=d0,d1,..., e.g. --shape x=1,224,224,3; got '" + s + "'");
        TFS_ASSIGN_OR_RETURN(Dims dims, exec::parseDims(s.substr(eq + 1)));
        shapes[s.substr(0, eq)] = dims;
    }
    return shapes;
}

int runRun(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--json", "--random-inputs", "--help"},
                            {"--signature", "--tag-set", "--checkpoint", "--input", "--inputs", "--random-inputs", "--seed", "--batch",
                             "--shape", "--output", "--out-dir", "--outdir", "--threads", "--json", "--help",
                             "--print-log"});
    if (auto stop = helpOrUsageError(args, "run", 1, kRunUsage, out, err)) return *stop;
    auto fail = [&](const Status& s) {
        err << "tfscope run: " << s.message() << "\n";
        return kExitError;
    };
    auto model = loadModelForRun(*args);
    if (!model.ok()) return fail(model.status());
    auto io = exec::chooseRunIo(*model, args->value("--signature"));
    if (!io.ok()) return fail(io.status());
    auto threads = args->intValue("--threads", 0);
    auto seed = args->intValue("--seed", 0);
    auto batch = args->intValue("--batch", 1);
    auto shapes = shapeOverrides(*args);
    if (!threads.ok()) return fail(threads.status());
    if (!seed.ok()) return fail(seed.status());
    if (!batch.ok()) return fail(batch.status());
    if (!shapes.ok()) return fail(shapes.status());

    // Outputs: as the user named them, else the signature's / the graph's likely outputs.
    std::vector<std::pair<std::string, std::string>> outputs;  // (name as given, tensor name)
    for (const auto& name : args->values("--output")) {
        const TensorSpec* spec = exec::findSpec(io->outputs, name);
        outputs.push_back({name, spec ? spec->tensorName : exec::canonicalTensorName(name)});
    }
    if (outputs.empty())
        for (const auto& spec : io->outputs) outputs.push_back({spec.key.empty() ? spec.tensorName : spec.key, spec.tensorName});
    if (outputs.empty()) return fail(invalidArgument("no outputs to fetch: give --output NAME"));

    // Name every node the run would need but cannot execute, before reading inputs.
    {
        std::vector<std::string> fetchNames, feedNames;
        for (const auto& o : outputs) fetchNames.push_back(o.second);
        for (const auto& spec : io->inputs) feedNames.push_back(spec.tensorName);
        for (const auto& text : args->values("--input")) {
            auto input = exec::parseInputArg(text);
            if (!input.ok()) return fail(input.status());
            const TensorSpec* spec = exec::findSpec(io->inputs, input->name);
            std::string name = exec::canonicalTensorName(spec ? spec->tensorName : input->name);
            bool seen = false;
            for (const auto& f : feedNames) seen |= exec::canonicalTensorName(f) == name;
            if (!seen) feedNames.push_back(name);
        }
        std::string problems;
        for (const auto& p : exec::unsupportedOps(*model->graph(), fetchNames, feedNames))
            if (p.find("is not supported") != std::string::npos) problems += (problems.empty() ? "" : "; ") + p;
        if (!problems.empty()) return fail(unimplemented(problems));
    }
    // Inputs: NAME -> tensor (tensor names resolved below).
    exec::NamedTensors given;
    if (args->has("--inputs")) {
        auto arrays = readNpz(args->value("--inputs"));
        if (!arrays.ok()) return fail(arrays.status());
        for (auto& [key, t] : *arrays) given.push_back({key, t});
    }
    for (const auto& text : args->values("--input")) {
        auto input = exec::parseInputArg(text);
        if (!input.ok()) return fail(input.status());
        auto t = exec::readInputSource(input->source);
        if (!t.ok()) return fail(t.status());
        given.push_back({input->name, *t});
    }
    exec::FeedOptions feedOptions;
    feedOptions.missing = args->has("--random-inputs") ? exec::MissingInput::Random
                          : io->signature.empty()     ? exec::MissingInput::Skip  // placeholders may have defaults or be unused
                                                      : exec::MissingInput::Error;
    feedOptions.seed = uint64_t(*seed);
    feedOptions.batch = *batch;
    feedOptions.shapes = *shapes;
    feedOptions.signatureNamesOnly = true;
    auto built = exec::buildFeeds(*io, given, feedOptions);
    if (!built.ok()) return fail(built.status());
    const exec::NamedTensors feeds = exec::namedFeeds(*built);
    Json jsonInputs = Json::array();
    std::vector<std::string> inputLines;
    for (const auto& f : *built) {
        const std::string origin = f.random ? "  random, seed " + std::to_string(*seed) : "";
        inputLines.push_back("  " + f.label + "  (" + f.tensorName + ")  " + f.tensor.describe() + origin);
        Json j = Json::object();
        j.set("name", f.label);
        j.set("tensor", f.tensorName);
        j.set("value", f.tensor.describe() + (f.random ? " random, seed " + std::to_string(*seed) : ""));
        jsonInputs.push(j);
    }

    exec::SessionOptions options;
    options.threads = int(*threads);
    options.tuneProcessAllocator = true;  // the command owns the process
    auto session = exec::Session::fromModel(*model, 0, options);
    if (!session.ok()) return fail(session.status());
    std::vector<std::string> fetches;
    for (const auto& o : outputs) fetches.push_back(o.second);
    exec::RunStats stats;
    std::ofstream printLog;
    std::unique_ptr<exec::PrintLogCapture> printCapture;
    if (args->has("--print-log")) {
        printLog.open(args->value("--print-log"), std::ios::app);
        if (!printLog) return fail(invalidArgument("cannot open --print-log " + args->value("--print-log") + " for appending"));
        printCapture = std::make_unique<exec::PrintLogCapture>([&printLog](const std::string& line) { printLog << line << "\n"; });
    }
    auto start = std::chrono::steady_clock::now();
    auto values = (*session)->run(feeds, fetches, {}, &stats);
    printCapture.reset();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!values.ok()) return fail(values.status());

    std::string outDir = args->value("--out-dir", args->value("--outdir"));
    if (!outDir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(outDir, ec);
        if (ec) return fail(invalidArgument("cannot create --out-dir " + outDir + ": " + ec.message()));
    }
    Json jsonOutputs = Json::array();
    std::vector<std::string> outputLines;
    for (size_t i = 0; i < outputs.size(); ++i) {
        const Tensor& t = (*values)[i];
        std::string file;
        if (!outDir.empty()) {
            file = outDir + "/" + exec::outputFileName(outputs[i].first);
            Status s = writeNpy(file, t, inputFilesOf(*model));
            if (!s.ok()) return fail(s);
        }
        outputLines.push_back("  " + outputs[i].first + "  (" + outputs[i].second + ")  " + exec::summarizeTensor(t) +
                              (file.empty() ? "" : "  -> " + file));
        Json j = Json::object();
        j.set("name", outputs[i].first);
        j.set("tensor", outputs[i].second);
        j.set("dtype", dtypeShortName(t.dtype()));
        Json shape = Json::array();
        for (int64_t d : t.dims()) shape.push(Json(d));
        j.set("shape", shape);
        j.set("summary", exec::summarizeTensor(t));
        if (!file.empty()) j.set("file", file);
        jsonOutputs.push(j);
    }
    if (args->has("--json")) {
        Json root = Json::object();
        root.set("model", model->path);
        root.set("signature", io->signature);
        root.set("inputs", jsonInputs);
        root.set("outputs", jsonOutputs);
        root.set("ms", ms);
        root.set("peak_bytes", Json(uint64_t(stats.peakBytes)));
        root.set("threads", (*session)->threads());
        out << root.dump() << "\n";
        return kExitOk;
    }
    out << "model: " << model->path << " (" << formatName(model->format) << (io->signature.empty() ? "" : ", signature " + io->signature)
        << ")\n";
    out << "inputs:\n";
    for (const auto& l : inputLines) out << l << "\n";
    out << "outputs:\n";
    for (const auto& l : outputLines) out << l << "\n";
    out << "time: " << ms << " ms (first run, plan included), peak intermediate memory " << stats.peakBytes << " bytes, threads "
        << (*session)->threads() << "\n";
    return kExitOk;
}

}  // namespace tfs::batch
