// `tfscope --batch diff A B`: what changed between two models (any formats, also mixed).
// Exit 0 identical, 1 different, 2 error.

#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/diff/diff_report.h"
#include "core/diff/model_diff.h"
#include "core/formats/loader.h"
#include "core/util/file.h"

namespace tfs::batch {
namespace {

const char* kDiffUsage =
    "usage: tfscope --batch diff A B [--json] [--report FILE.html|FILE.md] [--match name|structure]\n"
    "                                [--ignore ATTR,...] [--no-weights] [--with-device] [--with-internal-attrs]\n"
    "                                [--no-functions] [--max-lines N] [--tag-set TAGS]\n"
    "A, B: any model tfscope opens (GraphDef, text GraphDef, .meta, SavedModel, checkpoint), formats may differ.\n"
    "Nodes pair by name, then by structure (--match name: by name only, renames show as - and +).\n"
    "Exit 0 when identical, 1 when different, 2 on error.\n";

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<Model> loadSide(const std::string& path, const std::vector<std::string>& tags) {
    LoadOptions options;
    options.tags = tags;
    auto model = loadModel(path, options);
    if (!model.ok() && model.status().message().find(path) == std::string::npos)
        return model.status().withContext(path);
    return model;
}

}  // namespace

int runDiff(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--json", "--no-weights", "--with-device", "--with-internal-attrs", "--no-functions", "--help"},
                            {"--json", "--report", "--match", "--ignore", "--no-weights", "--with-device",
                             "--with-internal-attrs", "--no-functions", "--max-lines", "--tag-set", "--tags", "--help"});
    if (!args.ok()) {
        err << "diff: " << args.status().message() << "\n" << kDiffUsage;
        return kExitError;
    }
    if (args->has("--help")) {
        out << kDiffUsage;
        return kExitOk;
    }
    if (args->positional().size() != 2) {
        err << "diff: expected two models, got " << args->positional().size() << "\n" << kDiffUsage;
        return kExitError;
    }
    diff::DiffOptions options;
    const std::string match = args->value("--match", "structure");
    if (match == "name") options.match = diff::MatchMode::Name;
    else if (match != "structure") {
        err << "diff: --match must be 'name' or 'structure', not '" << match << "'\n" << kDiffUsage;
        return kExitError;
    }
    for (const auto& attr : splitList(args->value("--ignore"))) options.ignoreAttrs.insert(attr);
    options.compareWeights = !args->has("--no-weights");
    options.compareDevice = args->has("--with-device");
    options.compareInternalAttrs = args->has("--with-internal-attrs");
    options.compareFunctions = !args->has("--no-functions");
    auto maxLines = args->intValue("--max-lines", 0);
    if (!maxLines.ok() || *maxLines < 0) {
        err << "diff: --max-lines wants a count (0 = all)\n";
        return kExitError;
    }
    const std::string report = args->value("--report");
    if (!report.empty() && !endsWith(report, ".html") && !endsWith(report, ".htm") && !endsWith(report, ".md")) {
        err << "diff: --report must end in .html or .md: " << report << "\n";
        return kExitError;
    }
    const auto tags = splitList(args->value("--tag-set", args->value("--tags")));
    const std::string& pathA = args->positional()[0];
    const std::string& pathB = args->positional()[1];
    auto a = loadSide(pathA, tags);
    if (!a.ok()) {
        err << "diff: " << a.status().message() << "\n";
        return kExitError;
    }
    auto b = loadSide(pathB, tags);
    if (!b.ok()) {
        err << "diff: " << b.status().message() << "\n";
        return kExitError;
    }
    auto result = diff::diffModels(*a, *b, options);
    if (!result.ok()) {
        err << "diff: " << result.status().message() << "\n";
        return kExitError;
    }
    if (!report.empty()) {
        const std::string text = endsWith(report, ".md") ? diff::formatDiffMarkdown(*result) : diff::formatDiffHtml(*result);
        Status written = writeFileAtomic(report, text, {pathA, pathB});
        if (!written.ok()) {
            err << "diff: " << written.message() << "\n";
            return kExitError;
        }
    }
    if (args->has("--json")) out << diff::diffToJson(*result).dump(2) << "\n";
    else out << diff::formatDiffText(*result, size_t(*maxLines));
    return result->identical() ? kExitOk : kExitDifferences;
}

}  // namespace tfs::batch
