// `tfscope --batch freeze`: variables to constants, TF2 calls inlined, one GraphDef out.

#include <ostream>

#include "core/batch/args.h"
#include "core/batch/model_arg.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/transforms/freeze.h"

namespace tfs::batch {
namespace {

const char* kFreezeUsage =
    "usage: tfscope --batch freeze PATH OUT.pb [--outputs A,B] [--signature KEY] [--tag-set TAGS] [--output_as_text]\n"
    "       tfscope --batch freeze PATH --out OUT.pb ...\n"
    "PATH: a SavedModel (TF1 or TF2), a .meta with its checkpoint beside it, or a checkpoint prefix with .meta.\n"
    "Outputs default to the signature's (serving_default, or the only one).\n";

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int runFreeze(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--output_as_text"}, {"--out", "--outputs", "--signature", "--tag-set", "--tags"});
    if (!args.ok()) {
        err << "freeze: " << args.status().message() << "\n" << kFreezeUsage;
        return kExitError;
    }
    if (args->has("--help")) {
        out << kFreezeUsage;
        return kExitOk;
    }
    auto input = loadModelAndTarget(*args, "freeze", kFreezeUsage, err);
    if (!input) return kExitError;
    Model* model = &input->model;
    const std::string& target = input->target;
    transforms::FreezeOptions options;
    options.outputs = splitList(args->value("--outputs"));
    options.signature = args->value("--signature");
    options.metaGraph = input->metaGraph;
    transforms::FreezeReport report;
    auto frozen = transforms::freezeModel(*model, options, &report);
    if (!frozen.ok()) {
        err << "freeze: " << frozen.status().message() << "\n";
        return kExitError;
    }
    bool text = args->has("--output_as_text") || endsWith(target, ".pbtxt") || endsWith(target, ".txt");
    Status status = writeGraphDef(target, *frozen, text ? ProtoEncoding::Text : ProtoEncoding::Binary, inputFilesOf(*model));
    if (!status.ok()) {
        err << "tfscope: " << status.message() << "\n";
        return kExitError;
    }
    const auto& before = *model->graph(options.metaGraph);
    out << "inlined calls: " << report.inlinedCalls << "\n";
    out << "variables frozen: " << report.variablesFrozen << " (" << report.frozenBytes << " bytes)\n";
    out << "nodes: " << before.node_size() << " -> " << frozen->node_size() << "\n";
    out << "inputs: ";
    for (size_t i = 0; i < report.inputs.size(); ++i) out << (i ? "," : "") << report.inputs[i];
    out << "\noutputs: ";
    for (size_t i = 0; i < report.outputs.size(); ++i) out << (i ? "," : "") << report.outputs[i];
    out << "\nwrote " << target << " (" << (text ? "graphdef_text" : "graphdef") << ", " << frozen->ByteSizeLong()
        << " bytes)\n";
    return kExitOk;
}

}  // namespace tfs::batch
