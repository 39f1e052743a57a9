// `tfscope --batch transform`: GTT's transform_graph on any model tfscope loads.

#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/compare/compare_cli.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/transforms/grammar.h"
#include "core/transforms/model_transform.h"
#include "core/transforms/registry.h"
#include "core/workbench/report.h"
#include "core/workbench/step.h"

namespace tfs::batch {
namespace {

const char* kTransformUsage =
    "usage: tfscope --batch transform IN OUT --transforms '...' [--inputs A,B] [--outputs C]\n"
    "                [--output_as_text] [--tag-set TAGS] [--signature KEY]\n"
    "       tfscope --batch transform --in_graph=IN --out_graph=OUT --transforms='...' ...  (transform_graph flags)\n"
    "       tfscope --batch transform IN OUT --transforms '...' --measure [--json] [input options] [--runs N]\n"
    "       tfscope --batch transform --list\n"
    "IN: any graph tfscope loads (GraphDef, text GraphDef, .meta, SavedModel). For a SavedModel the\n"
    "signature (serving_default by default) supplies --inputs/--outputs when they are not given.\n"
    "OUT: .pb (binary GraphDef), .pbtxt or --output_as_text (text GraphDef), .meta (MetaGraphDef), or a new\n"
    "folder for a SavedModel input (all meta graphs, variables and assets kept; signatures remapped).\n"
    "Example:\n"
    "  tfscope --batch transform m.pb o.pb --inputs inputs/X --outputs output/predict \\\n"
    "    --transforms 'strip_unused_nodes(type=float, shape=\"1,299,299,3\") remove_nodes(op=Identity)\n"
    "                  fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms'\n"
    "'freeze' as a step (first in the list) turns a model with variables into a frozen GraphDef:\n"
    "  tfscope --batch transform saved_model_dir frozen.pb --transforms 'freeze fold_constants(ignore_errors=true)'\n"
    "--measure: after the baseline and after every pass, print nodes, bytes as written, compressed bytes,\n"
    "parameters, median latency on the executor, and each output's accuracy against the ORIGINAL model on\n"
    "the same inputs; --json prints that as JSON. Options (as for compare): --runs N --warmup N --threads N\n"
    "--no-speed --no-accuracy and the inputs (default: reference cases beside IN, else 4 random samples):\n";

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void printRegistry(std::ostream& out) {
    for (const auto& info : transforms::transformRegistry()) {
        out << info.name << "\n    " << info.description << "\n";
        for (const auto& p : info.params)
            out << "    " << p.name << " (" << transforms::paramTypeName(p.type) << (p.repeated ? ", repeatable" : "")
                << (p.required ? ", required" : "") << (p.defaultValue.empty() ? "" : ", default " + p.defaultValue)
                << "): " << p.description << "\n";
        out << "    e.g. " << info.example << "\n";
    }
    out << "Every transform also accepts ignore_errors=true.\n";
}

// Fills measurement options from compare's flags; returns a problem, or "".
std::string measureOptionsFrom(const Args& args, workbench::MeasureOptions* options) {
    options->tuneProcessAllocator = true;  // the batch command owns its process
    options->useReferenceCases = !args.has("--no-reference");
    options->measureSpeed = !args.has("--no-speed");
    options->measureAccuracy = !args.has("--no-accuracy");
    for (const char* flag : {"--input", "--inputs-dir", "--reference", "--samples", "--seed", "--shape", "--int-range",
                             "--batch"})
        for (const auto& value : args.values(flag)) {
            auto parsed = compare::parseInputOption(flag, value, &options->inputs);
            if (!parsed.ok()) return parsed.status().message();
        }
    auto runs = args.intValue("--runs", options->runs);
    auto warmup = args.intValue("--warmup", options->warmup);
    auto threads = args.intValue("--threads", options->threads);
    if (!runs.ok() || *runs < 1 || *runs > 100000) return "bad value for --runs; e.g. --runs 20";
    if (!warmup.ok() || *warmup < 0 || *warmup > 100000) return "bad value for --warmup; e.g. --warmup 2";
    if (!threads.ok() || *threads < 0 || *threads > 1024) return "bad value for --threads; e.g. --threads 2";
    options->runs = int(*runs);
    options->warmup = int(*warmup);
    options->threads = int(*threads);
    return "";
}

// Measures the original and every step against it, then prints the table or the JSON.
int printMeasurements(const std::shared_ptr<const Model>& original, const std::vector<workbench::Step>& steps,
                      const workbench::MeasureOptions& options, bool json, std::ostream& out, std::ostream& err) {
    workbench::Baseline baseline(original, options);
    auto base = baseline.measure(*original);
    if (!base.ok()) {
        err << "transform: measuring " << original->path << ": " << base.status().message() << "\n";
        return kExitError;
    }
    std::vector<workbench::MeasuredStep> measured;
    bool failed = false;
    for (const auto& step : steps) {
        auto m = baseline.measure(*step.model);
        if (!m.ok()) {
            err << "transform: measuring after " << step.spec.toString() << ": " << m.status().message() << "\n";
            return kExitError;
        }
        if (!m->runError.ok()) {
            err << "transform: could not run the model after " << step.spec.toString() << ": " << m->runError.message() << "\n";
            failed = true;
        }
        measured.push_back({step.spec, std::move(m).value()});
    }
    if (!base->runError.ok()) {
        // The original may not run alone (e.g. a string input nobody gave); steps may still compare.
        err << "transform: could not time the original: " << base->runError.message() << "\n";
    }
    if (json) out << workbench::reportToJson(*base, measured).dump() << "\n";
    else out << workbench::formatReport(*base, measured);
    return failed ? kExitError : kExitOk;
}

}  // namespace

int runTransform(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--output_as_text", "--list", "--measure", "--json", "--no-reference", "--no-speed",
                                   "--no-accuracy", "--help"},
                            {"--in_graph", "--out_graph", "--inputs", "--outputs", "--transforms", "--tag-set", "--tags",
                             "--signature", "--measure", "--json", "--no-reference", "--no-speed", "--no-accuracy",
                             "--runs", "--warmup", "--threads", "--help", "--output_as_text", "--list",
                             "--input", "--inputs-dir", "--reference", "--samples", "--seed", "--shape", "--int-range",
                             "--batch"});
    if (!args.ok()) {
        err << "transform: " << args.status().message() << "\n" << kTransformUsage;
        return kExitError;
    }
    if (args->has("--help")) {
        out << kTransformUsage << compare::inputOptionsUsage();
        return kExitOk;
    }
    if (args->has("--list")) {
        printRegistry(out);
        return kExitOk;
    }
    std::string in = args->value("--in_graph"), target = args->value("--out_graph");
    std::vector<std::string> positional = args->positional();
    if (in.empty() && !positional.empty()) in = positional[0], positional.erase(positional.begin());
    if (target.empty() && !positional.empty()) target = positional[0], positional.erase(positional.begin());
    if (in.empty() || target.empty() || !positional.empty()) {
        err << "transform: expected an input and an output path\n" << kTransformUsage;
        return kExitError;
    }
    if (!args->has("--transforms")) {
        err << "transform: you must specify at least one transform with --transforms\n" << kTransformUsage;
        return kExitError;
    }
    auto specs = workbench::parsePipeline(args->value("--transforms"));
    if (!specs.ok()) {
        err << "transform: " << specs.status().message() << "\n";
        return kExitError;
    }
    if (specs->empty()) {
        err << "transform: --transforms lists no transform\n";
        return kExitError;
    }
    LoadOptions loadOptions;
    loadOptions.tags = splitList(args->value("--tag-set", args->value("--tags")));
    auto model = loadModel(in, loadOptions);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    transforms::ModelTransformOptions options;
    options.inputs = splitList(args->value("--inputs"));
    options.outputs = splitList(args->value("--outputs"));
    options.signature = args->value("--signature");
    if (!loadOptions.tags.empty()) {
        int index = model->findMetaGraph(loadOptions.tags);
        if (index < 0) {
            err << "tfscope: " << in << ": no meta graph with tags '" << args->value("--tag-set", args->value("--tags"))
                << "'\n";
            return kExitError;
        }
        options.metaGraph = size_t(index);
    }
    const bool measure = args->has("--measure"), json = args->has("--json");
    if (json && !measure) {
        err << "transform: --json describes the measurements; add --measure\n";
        return kExitError;
    }
    workbench::MeasureOptions measureOptions;
    if (measure) {
        std::string problem = measureOptionsFrom(*args, &measureOptions);
        if (!problem.empty()) {
            err << "transform: " << problem << "\n";
            return kExitError;
        }
    }
    // Step by step through the workbench API, so what this prints is what the window shows.
    auto original = std::make_shared<const Model>(std::move(model).value());
    auto steps = workbench::applyPasses(original, *specs, options);
    if (!steps.ok()) {
        err << "transform: " << steps.status().message() << "\n";
        return kExitError;
    }
    transforms::TransformLog log;
    for (const auto& step : *steps)
        for (const auto& entry : step.detail.log) log.passes.push_back(entry);
    if (!json) out << log.format();
    const Model& result = steps->empty() ? *original : *steps->back().model;
    const MetaGraph& mg = result.metaGraphs[options.metaGraph];
    Status status;
    std::vector<std::string> inputs = inputFilesOf(*original);
    bool text = args->has("--output_as_text") || endsWith(target, ".pbtxt") || endsWith(target, ".txt");
    std::string kind;
    if (endsWith(target, ".meta")) {
        kind = "metagraph";
        status = writeMetaGraphDef(target, mg.def, text ? ProtoEncoding::Text : ProtoEncoding::Binary, inputs);
    } else if (result.format == ModelFormat::SavedModel && !endsWith(target, ".pb") && !text) {
        kind = "saved_model";
        status = writeSavedModel(target, result);
    } else {
        kind = text ? "graphdef_text" : "graphdef";
        status = writeGraphDef(target, mg.def.graph_def(), text ? ProtoEncoding::Text : ProtoEncoding::Binary, inputs);
    }
    if (!status.ok()) {
        err << "tfscope: " << status.message() << "\n";
        return kExitError;
    }
    if (!json) out << "wrote " << target << " (" << kind << ")\n";
    if (measure) return printMeasurements(original, *steps, measureOptions, json, out, err);
    return kExitOk;
}

}  // namespace tfs::batch
