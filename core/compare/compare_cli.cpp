#include "core/compare/compare_cli.h"

#include <cstdlib>
#include <ostream>

#include "core/compare/compare.h"
#include "core/compare/report.h"
#include "core/exec/input_source.h"
#include "core/formats/loader.h"

namespace tfs::compare {

std::string inputOptionsUsage() {
    return R"(  --input NAME=FILE.npy       feed one input from a .npy (repeat per input; NAME is a
                              signature key or tensor name, also an interior tensor such
                              as Mfcc:0); NAME=FILE.npz:KEY for an array of an .npz;
                              NAME=@FILE for the file's raw bytes as a string scalar
                              (e.g. wav_data=@yes.wav)
  --input FILE.npz            one sample: arrays named after the inputs
  --inputs-dir DIR            every .npz in DIR is one sample
  --reference DIR             reference cases folder (<case>/case.json)
  --no-reference              do not look for reference cases
  --samples N --seed S        N random samples (float N(0,1); ints see --int-range)
  --shape NAME=1,224,224,3    shape of an input whose shape is not fully known
  --int-range LO,HI           range of random integer inputs (default 0,9)
  --batch B                   batch size of random inputs and of timing (default 1)
)";
}

std::string compareUsage() {
    return R"(usage: tfscope --batch compare A B [options]

Compares model B (after) with model A (before): size on disk and compressed,
speed and peak memory on the CPU executor, output accuracy, and weight changes.
A and B may be any format tfscope loads (GraphDef, SavedModel, checkpoint + meta).

inputs (default: the reference cases beside A or B, else 4 random samples):
)" + inputOptionsUsage() + R"(outputs:
  --tag-set T[,T2]            SavedModel meta graph to load (default: serve, else the first)
  --signature KEY             signature to compare (default serving_default)
  --output NAME               compare only this output (repeatable)
  --map A_TENSOR=B_TENSOR     pair outputs explicitly (repeatable), e.g. --map logits:0=logits_q:0
speed:
  --runs N --warmup N         timed runs and warm-up runs per model (default 10, 2)
  --threads N                 executor threads (default: all cores)
  --no-speed, --no-accuracy, --no-weights   skip a part
output:
  --json                      print JSON instead of the table
  --report FILE.md|FILE.html  write a Markdown or self-contained HTML report
thresholds (exit 1 when violated, 2 on errors):
  --max-abs-error X  --min-cosine C  --min-top1 P
)";
}

namespace {

bool parseDouble(const std::string& s, double* v) {
    char* end = nullptr;
    *v = std::strtod(s.c_str(), &end);
    return !s.empty() && end && *end == 0;
}

bool parseInt(const std::string& s, int64_t* v) {
    char* end = nullptr;
    *v = std::strtoll(s.c_str(), &end, 10);
    return !s.empty() && end && *end == 0;
}

bool parseDims(const std::string& s, Dims* dims) {
    dims->clear();
    if (s.empty()) return true;  // scalar
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        int64_t v;
        if (!parseInt(part, &v) || v < 0 || v > (int64_t(1) << 31)) return false;
        dims->push_back(v);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return true;
}

// Splits "NAME=VALUE" at the last '=' that is followed by a value (tensor names have no '=').
bool splitAssign(const std::string& s, std::string* name, std::string* value) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 >= s.size()) return false;
    *name = s.substr(0, eq);
    *value = s.substr(eq + 1);
    return true;
}

}  // namespace

Result<bool> parseInputOption(const std::string& arg, const std::string& v, InputSetOptions* inputs) {
    auto bad = [&](const std::string& example) -> Result<bool> {
        return invalidArgument(TFS_PHRASE("Errors", "bad value '%1' for %2; e.g. %3 %4"), v, arg, arg, example);
    };
    int64_t k;
    if (arg == "--input") {
        if (v.size() > 4 && v.compare(v.size() - 4, 4, ".npz") == 0 && v.find('=') == std::string::npos) {
            inputs->npzFiles.push_back(v);
        } else {
            TFS_ASSIGN_OR_RETURN(exec::InputArg input, exec::parseInputArg(v));
            inputs->inputFiles.push_back({input.name, input.source});
        }
    } else if (arg == "--inputs-dir") {
        inputs->npzFolder = v;
    } else if (arg == "--reference") {
        inputs->referenceDir = v;
    } else if (arg == "--samples") {
        if (!parseInt(v, &k) || k < 0 || k > 100000) return bad("8");
        inputs->randomSamples = int(k);
    } else if (arg == "--seed") {
        if (!parseInt(v, &k) || k < 0) return bad("42");
        inputs->seed = uint64_t(k);
    } else if (arg == "--shape") {
        std::string name, dims;
        Dims parsed;
        if (!splitAssign(v, &name, &dims) || !parseDims(dims, &parsed)) return bad("input_1=1,224,224,3");
        inputs->shapes[name] = parsed;
    } else if (arg == "--int-range") {
        auto comma = v.find(',');
        int64_t lo, hi;
        if (comma == std::string::npos || !parseInt(v.substr(0, comma), &lo) || !parseInt(v.substr(comma + 1), &hi) || lo > hi)
            return bad("0,30000");
        inputs->intLow = lo;
        inputs->intHigh = hi;
    } else if (arg == "--batch") {
        if (!parseInt(v, &k) || k < 1 || k > 65536) return bad("8");
        inputs->batch = int(k);
    } else {
        return false;
    }
    return true;
}

int runCompareCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const RunnerFactory* factory) {
    CompareOptions options;
    options.tuneProcessAllocator = true;  // the batch command owns its process
    Thresholds thresholds;
    std::vector<std::string> positional;
    bool json = false;
    std::string reportPath;
    LoadOptions load;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string* v) {
            if (i + 1 >= args.size()) {
                err << "compare: " << arg << " needs a value\n";
                return false;
            }
            *v = args[++i];
            return true;
        };
        auto bad = [&](const std::string& v, const std::string& example) {
            err << "compare: bad value '" << v << "' for " << arg << "; e.g. " << arg << " " << example << "\n";
            return 2;
        };
        std::string v;
        double d;
        int64_t k;
        if (arg == "--help" || arg == "-h") {
            out << compareUsage();
            return 0;
        } else if (arg == "--json") {
            json = true;
        } else if (arg == "--no-reference") {
            options.useReferenceCases = false;
        } else if (arg == "--no-speed") {
            options.measureSpeed = false;
        } else if (arg == "--no-accuracy") {
            options.measureAccuracy = false;
        } else if (arg == "--no-weights") {
            options.compareWeights = false;
        } else if (arg.rfind("--", 0) == 0) {
            if (!value(&v)) return 2;
            auto input = parseInputOption(arg, v, &options.inputs);
            if (!input.ok()) {
                err << "compare: " << input.status().message() << "\n";
                return 2;
            }
            if (*input) {
                // handled
            } else if (arg == "--runs") {
                if (!parseInt(v, &k) || k < 1 || k > 100000) return bad(v, "20");
                options.runs = int(k);
            } else if (arg == "--warmup") {
                if (!parseInt(v, &k) || k < 0 || k > 100000) return bad(v, "2");
                options.warmup = int(k);
            } else if (arg == "--threads") {
                if (!parseInt(v, &k) || k < 0 || k > 1024) return bad(v, "2");
                options.threads = int(k);
            } else if (arg == "--tag-set") {
                load.tags.clear();
                size_t start = 0;
                while (start <= v.size()) {
                    size_t comma = v.find(',', start);
                    std::string tag = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                    if (!tag.empty()) load.tags.push_back(tag);
                    if (comma == std::string::npos) break;
                    start = comma + 1;
                }
                if (load.tags.empty()) return bad(v, "serve");
            } else if (arg == "--signature") {
                options.io.signature = v;
            } else if (arg == "--output") {
                options.io.outputs.push_back(v);
            } else if (arg == "--map") {
                std::string a, b;
                if (!splitAssign(v, &a, &b)) return bad(v, "logits:0=logits_q:0");
                options.io.outputMap.push_back({a, b});
            } else if (arg == "--report") {
                reportPath = v;
            } else if (arg == "--max-abs-error") {
                if (!parseDouble(v, &d) || d < 0) return bad(v, "0.01");
                thresholds.maxAbsError = d;
            } else if (arg == "--min-cosine") {
                if (!parseDouble(v, &d)) return bad(v, "0.999");
                thresholds.minCosine = d;
            } else if (arg == "--min-top1") {
                if (!parseDouble(v, &d) || d < 0 || d > 1) return bad(v, "0.99");
                thresholds.minTop1 = d;
            } else {
                err << "compare: unknown option " << arg << "\n\n" << compareUsage();
                return 2;
            }
        } else {
            positional.push_back(arg);
        }
    }
    if (positional.size() != 2) {
        err << "compare: expected two models, A (before) and B (after), got " << positional.size() << "\n\n" << compareUsage();
        return 2;
    }
    if ((thresholds.maxAbsError || thresholds.minCosine || thresholds.minTop1) && !options.measureAccuracy) {
        err << "compare: accuracy thresholds need the accuracy comparison (drop --no-accuracy)\n";
        return 2;
    }

    auto a = loadModel(positional[0], load);
    if (!a.ok()) {
        err << "compare: model A: " << a.status().toString() << "\n";
        return 2;
    }
    auto b = loadModel(positional[1], load);
    if (!b.ok()) {
        err << "compare: model B: " << b.status().toString() << "\n";
        return 2;
    }
    auto result = compareModels(*a, *b, options, factory ? *factory : executorRunnerFactory());
    if (!result.ok()) {
        err << "compare: " << result.status().toString() << "\n";
        return 2;
    }
    std::vector<std::string> violations = checkThresholds(*result, thresholds);
    if (json) out << compareToJson(*result, violations).dump() << "\n";
    else out << formatTextReport(*result, violations);
    if (!reportPath.empty()) {
        Status s = writeReport(reportPath, *result, violations);
        if (!s.ok()) {
            err << "compare: " << s.toString() << "\n";
            return 2;
        }
        if (!json) out << "report written to " << reportPath << "\n";
    }
    if (!violations.empty()) {
        if (json) for (const auto& v : violations) err << "compare: threshold violated: " << v << "\n";
        return 1;
    }
    return 0;
}

}  // namespace tfs::compare
