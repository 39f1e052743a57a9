#include "app/command_line.h"

#include <cstdlib>
#include <set>

#include "core/batch/batch.h"

// lupdate collects these strings; the help is translated when printed (gui_main.cpp's translator).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

#ifndef TFSCOPE_VERSION
#define TFSCOPE_VERSION "unknown"
#endif

namespace tfs::app {
namespace {

std::string checkSize(const std::vector<std::string>& v) {
    const std::string& s = v.front();
    char* end = nullptr;
    long w = std::strtol(s.c_str(), &end, 10);
    if (end == s.c_str() || *end != 'x') return "--size expects WIDTHxHEIGHT, e.g. 1600x1000 (got '" + s + "')";
    const char* hStart = end + 1;
    long h = std::strtol(hStart, &end, 10);
    if (end == hStart || *end != '\0' || w < 200 || h < 200 || w > 16384 || h > 16384)
        return "--size expects WIDTHxHEIGHT between 200 and 16384 pixels each (got '" + s + "')";
    return "";
}

std::string checkScaleFactor(const std::vector<std::string>& v) {
    char* end = nullptr;
    double f = std::strtod(v.front().c_str(), &end);
    if (v.front().empty() || *end != '\0' || !(f >= 0.5 && f <= 4))
        return "--scale-factor takes a number from 0.5 to 4 (got '" + v.front() + "')";
    return "";
}

// --seed, --samples, --runs: whole numbers in a sane range.
std::string checkCount(const std::vector<std::string>& v, const char* flag, long low, long high) {
    char* end = nullptr;
    long n = std::strtol(v.front().c_str(), &end, 10);
    if (v.front().empty() || *end != '\0' || n < low || n > high)
        return std::string(flag) + " takes a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
               " (got '" + v.front() + "')";
    return "";
}
std::string checkSeed(const std::vector<std::string>& v) { return checkCount(v, "--seed", 0, 2147483647L); }
std::string checkSamples(const std::vector<std::string>& v) { return checkCount(v, "--samples", 0, 64); }
std::string checkRuns(const std::vector<std::string>& v) { return checkCount(v, "--runs", 1, 1000); }

std::string checkMarks(const std::vector<std::string>& v) {
    const std::string& m = v.front();
    return m == "step" || m == "time" || m == "none" ? "" : "--marks takes step, time or none (got '" + m + "')";
}

std::string checkExpand(const std::vector<std::string>& v) {
    return v.front() == "all" ? "" : "--expand takes 'all' (got '" + v.front() + "')";
}

// Qt's own options (QGuiApplication/QApplication), passed through untouched: name → takes a value.
const std::map<std::string, bool>& qtOptions() {
    static const std::map<std::string, bool> options = {
        {"-platform", true}, {"-platformpluginpath", true}, {"-platformtheme", true}, {"-plugin", true},
        {"-qwindowgeometry", true}, {"-qwindowicon", true}, {"-qwindowtitle", true}, {"-style", true},
        {"-stylesheet", true}, {"-display", true}, {"-geometry", true}, {"-session", true},
        {"-reverse", false}, {"-nograb", false}, {"-dograb", false}, {"-sync", false}, {"-widgetcount", false}};
    return options;
}

size_t valueCount(const GuiOption& option) {
    std::string names = option.values;
    if (names.empty()) return 0;
    size_t count = 1;
    for (char c : names) count += c == ' ';
    return count;
}

const GuiOption* findOption(const std::string& name) {
    for (const GuiOption& option : guiOptions())
        if (name == option.name) return &option;
    return nullptr;
}

CommandLine failed(CommandLine line, std::string error) {
    line.action = CommandLine::Action::Error;
    line.error = std::move(error);
    return line;
}

}  // namespace

const std::vector<GuiOption>& guiOptions() {
    static const std::vector<GuiOption> options = {
        {"screenshot", "FILE", QT_TRANSLATE_NOOP("CommandLine", "Open PATH, wait for the layout, save the window to FILE and exit.")},
        {"select", "NODE", QT_TRANSLATE_NOOP("CommandLine", "Select this node (with --screenshot).")},
        {"expand", "MODE", QT_TRANSLATE_NOOP("CommandLine", "'all' expands every scope (with --screenshot)."), "", checkExpand},
        {"find", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "Search for TEXT (with --screenshot).")},
        {"function", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Show this library function (with --screenshot).")},
        {"tensor", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Open the tensor viewer on this constant or variable (with --screenshot).")},
        {"size", "WxH", QT_TRANSLATE_NOOP("CommandLine", "Window size WxH (with --screenshot)."), "1600x1000", checkSize},
        {"diff", "A B", QT_TRANSLATE_NOOP("CommandLine", "Show what changed from model A to model B.")},
        {"side-by-side", "", QT_TRANSLATE_NOOP("CommandLine", "Show a diff as two pictures side by side (with --diff).")},
        {"dark", "", QT_TRANSLATE_NOOP("CommandLine", "Use the dark palette.")},
        {"light", "", QT_TRANSLATE_NOOP("CommandLine", "Use the light palette.")},
        {"scale-factor", "F", QT_TRANSLATE_NOOP("CommandLine", "Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR)."), "",
         checkScaleFactor},
        {"apply", "TRANSFORMS", QT_TRANSLATE_NOOP("CommandLine", "Apply these passes (GTT grammar) to the model in the workbench, one step each, and measure every step.")},
        {"inputs", "A,B", QT_TRANSLATE_NOOP("CommandLine", "Input nodes the passes see (with --apply; default: signature or placeholders).")},
        {"outputs", "C", QT_TRANSLATE_NOOP("CommandLine", "Output nodes the passes see (with --apply; default: signature or likely outputs).")},
        {"shape", "NAME=DIMS", QT_TRANSLATE_NOOP("CommandLine", "Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply or --run).")},
        {"input", "NAME=FILE", QT_TRANSLATE_NOOP("CommandLine", "Measure on this .npy/.npz, @FILE.wav (bytes as a string) or image for an input instead of random values (with --apply or --run).")},
        {"seed", "N", QT_TRANSLATE_NOOP("CommandLine", "Seed of the random measurement inputs (with --apply or --run)."), "", checkSeed},
        {"samples", "N", QT_TRANSLATE_NOOP("CommandLine", "Random measurement samples (with --apply)."), "", checkSamples},
        {"runs", "N", QT_TRANSLATE_NOOP("CommandLine", "Timed runs per step (with --apply)."), "", checkRuns},
        {"workbench-report", "FILE", QT_TRANSLATE_NOOP("CommandLine", "Write every step's measurements as JSON (as transform --measure --json) once all are done (with --apply).")},
        {"run", "", QT_TRANSLATE_NOOP("CommandLine", "Run the model in the Run panel once it is open (after --apply's steps), as Ctrl+R does.")},
        {"marks", "KIND", QT_TRANSLATE_NOOP("CommandLine", "What the graph marks for this run: step (what the shown workbench step changed; the default), time (each node's time in the last run, with --run) or none."), "", checkMarks},
        {"language", "LANG", QT_TRANSLATE_NOOP("CommandLine", "Interface language for this run, e.g. zh_CN, ja_JP or en.")},
    };
    return options;
}

std::string CommandLine::value(const std::string& name) const {
    auto it = options.find(name);
    if (it != options.end() && !it->second.empty()) return it->second.front();
    const GuiOption* option = findOption(name);
    return option ? option->defaultValue : "";
}

std::vector<std::string> CommandLine::values(const std::string& name) const {
    auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

CommandLine parseCommandLine(const std::string& program, const std::vector<std::string>& args) {
    CommandLine line;
    line.qtArgs.push_back(program);
    if (!args.empty() && args[0] == "--batch") {
        line.action = CommandLine::Action::Batch;
        line.batchArgs.assign(args.begin() + 1, args.end());
        return line;
    }
    bool onlyPaths = false;  // after "--" everything is a path
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (onlyPaths || a.empty() || a[0] != '-' || a == "-") {
            line.paths.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPaths = true;
            continue;
        }
        if (a == "-h" || a == "--help" || a == "-?") {
            line.action = CommandLine::Action::Help;
            return line;
        }
        if (a == "-v" || a == "--version") {
            line.action = CommandLine::Action::Version;
            return line;
        }
        if (a == "--batch") return failed(line, "--batch must come first: tfscope --batch COMMAND [options]");
        if (a.compare(0, 2, "--") != 0) {
            auto qt = qtOptions().find(a);
            if (qt == qtOptions().end()) return failed(line, "unknown option '" + a + "' (tfscope --help lists the options)");
            line.qtArgs.push_back(a);
            if (qt->second) {
                if (i + 1 >= args.size()) return failed(line, "option '" + a + "' needs a value");
                line.qtArgs.push_back(args[++i]);
            }
            continue;
        }
        std::string name = a.substr(2), inlineValue;
        const size_t eq = name.find('=');
        const bool hasInline = eq != std::string::npos;
        if (hasInline) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const GuiOption* option = findOption(name);
        if (!option) return failed(line, "unknown option '--" + name + "' (tfscope --help lists the options)");
        const size_t count = valueCount(*option);
        std::vector<std::string>& values = line.options[name];
        if (count == 0) {
            if (hasInline) return failed(line, "option '--" + name + "' takes no value");
            continue;
        }
        std::vector<std::string> given;
        if (hasInline) given.push_back(inlineValue);
        while (given.size() < count) {
            if (i + 1 >= args.size())
                return failed(line, "option '--" + name + "' needs " + std::string(option->values));
            given.push_back(args[++i]);
        }
        if (option->check) {
            std::string error = option->check(given);
            if (!error.empty()) return failed(line, error);
        }
        values.insert(values.end(), given.begin(), given.end());
    }
    return line;
}

std::string helpText(bool guiBuild, const HelpTranslator& translate) {
    auto say = [&](const char* text) { return translate ? translate("CommandLine", text) : std::string(text); };
    std::string text;
    if (guiBuild) text += say(QT_TRANSLATE_NOOP("CommandLine", "Usage: tfscope [options] [PATH...]")) + "\n";
    text += say(QT_TRANSLATE_NOOP("CommandLine", "       tfscope --batch COMMAND [options]")) + "\n\n";
    text += say(QT_TRANSLATE_NOOP("CommandLine", "Inspect, transform, run and compare TensorFlow models.")) + "\n";
    if (!guiBuild) text += say(QT_TRANSLATE_NOOP("CommandLine", "This build has no desktop window (built with TFSCOPE_GUI=OFF); every batch command works.")) + "\n";
    auto row = [&](std::string left, const std::string& help) {
        left = "  " + left;
        text += left.size() < 26 ? left + std::string(26 - left.size(), ' ') : left + "\n" + std::string(26, ' ');
        text += help + "\n";
    };
    text += "\n" + say(QT_TRANSLATE_NOOP("CommandLine", "Options:")) + "\n";
    row("-h, --help", say(QT_TRANSLATE_NOOP("CommandLine", "Show this help and exit.")));
    row("-v, --version", say(QT_TRANSLATE_NOOP("CommandLine", "Show the version and exit.")));
    if (guiBuild) {
        for (const GuiOption& option : guiOptions()) {
            std::string left = std::string("--") + option.name;
            if (*option.values) left += std::string(" ") + option.values;
            std::string help = say(option.help);
            if (*option.defaultValue) help += " [" + std::string(option.defaultValue) + "]";
            row(left, help);
        }
        row("PATH", say(QT_TRANSLATE_NOOP("CommandLine", "Model files or folders to open.")));
    }
    text += "\n" + batch::batchUsage();
    return text;
}

std::string versionText() { return std::string("tfscope ") + TFSCOPE_VERSION + "\n"; }

}  // namespace tfs::app
