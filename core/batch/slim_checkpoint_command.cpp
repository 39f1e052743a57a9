// `tfscope --batch slim-checkpoint`: a V2 checkpoint with only the variables the
// inference graph reads (no optimizer slots, global_step or unused variables).

#include <cstdio>
#include <map>
#include <ostream>

#include "core/batch/args.h"
#include "core/util/human_bytes.h"
#include "core/batch/model_arg.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/model/dtype.h"
#include "core/transforms/slim_checkpoint.h"

namespace tfs::batch {
namespace {

const char* kSlimUsage =
    "usage: tfscope --batch slim-checkpoint PATH --out PREFIX [--outputs A,B] [--signature KEY] [--tag-set TAGS]\n"
    "                                        [--float16] [--verbose]\n"
    "PATH: a checkpoint prefix with its .meta, a .meta beside its checkpoint, or a SavedModel.\n"
    "Keeps the variables the outputs (default: the signature's) read; writes PREFIX.index and\n"
    "PREFIX.data-00000-of-00001. --float16 stores float32 variables as float16.\n";


void printEntry(std::ostream& out, const transforms::SlimEntry& e) {
    char line[512];
    std::snprintf(line, sizeof line, "  %-15s %-8s %-18s %10s  ", e.reason.empty() ? "kept" : e.reason.c_str(),
                  dtypeShortName(e.dtype).c_str(), dimsToString(e.shape).c_str(), humanBytes(e.bytes).c_str());
    out << line << e.key << "\n";
}

}  // namespace

int runSlimCheckpoint(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--float16", "--verbose"},
                            {"--out", "--outputs", "--signature", "--tag-set", "--tags", "--float16", "--verbose"});
    if (!args.ok()) {
        err << "slim-checkpoint: " << args.status().message() << "\n" << kSlimUsage;
        return kExitError;
    }
    if (args->has("--help")) {
        out << kSlimUsage;
        return kExitOk;
    }
    auto input = loadModelAndTarget(*args, "slim-checkpoint", kSlimUsage, err);
    if (!input) return kExitError;
    Model* model = &input->model;
    const std::string& target = input->target;
    transforms::SlimOptions options;
    options.outputs = splitList(args->value("--outputs"));
    options.signature = args->value("--signature");
    options.float16 = args->has("--float16");
    options.metaGraph = input->metaGraph;
    auto report = transforms::slimCheckpoint(*model, options, target);
    if (!report.ok()) {
        err << "slim-checkpoint: " << report.status().message() << "\n";
        return kExitError;
    }
    out << "outputs: ";
    for (size_t i = 0; i < report->outputs.size(); ++i) out << (i ? "," : "") << report->outputs[i];
    uint64_t keptBytes = 0, droppedBytes = 0;
    for (const auto& e : report->kept) keptBytes += e.bytes;
    for (const auto& e : report->dropped) droppedBytes += e.bytes;
    out << "\nkept " << report->kept.size() << " variables (" << humanBytes(keptBytes) << "):\n";
    for (const auto& e : report->kept) printEntry(out, e);
    std::map<std::string, int> reasons;
    for (const auto& e : report->dropped) ++reasons[e.reason];
    out << "dropped " << report->dropped.size() << " variables (" << humanBytes(droppedBytes) << ")";
    for (const auto& [reason, count] : reasons) out << (reason == reasons.begin()->first ? ": " : ", ") << count << " " << reason;
    out << "\n";
    const bool verbose = args->has("--verbose");
    size_t shown = 0;
    for (const auto& e : report->dropped) {
        if (!verbose && shown == 20) {
            out << "  ... " << report->dropped.size() - shown << " more (--verbose lists all)\n";
            break;
        }
        printEntry(out, e);
        ++shown;
    }
    for (const auto& note : report->notes) out << "note: " << note.english() << "\n";
    double ratio = report->bytesAfter ? double(report->bytesBefore) / double(report->bytesAfter) : 0.0;
    char ratioText[32];
    std::snprintf(ratioText, sizeof ratioText, "%.2fx", ratio);
    out << "checkpoint bytes: " << humanBytes(report->bytesBefore) << " -> " << humanBytes(report->bytesAfter) << " ("
        << ratioText << " smaller)\n";
    out << "wrote ";
    for (size_t i = 0; i < report->files.size(); ++i) out << (i ? ", " : "") << report->files[i];
    out << "\n";
    return kExitOk;
}

}  // namespace tfs::batch
