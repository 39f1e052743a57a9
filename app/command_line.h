#pragma once
// tfscope's command line, parsed before any Qt application exists (no Qt here), so that
// `--help`, `--version` and `--batch` work on a machine without a display and in a GUI-off build.
// Desktop options live in one table (command_line.cpp, guiOptions()): add a row there to add one.

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tfs::app {

/// One desktop option: `--name`, the names of the values it takes ("" for a switch, "FILE",
/// "A B" for two), English help (translated in context "CommandLine"), an optional default.
struct GuiOption {
    const char* name;
    const char* values;
    const char* help;
    const char* defaultValue = "";
    /// Checks the option's values before the window opens; returns an English error or "".
    std::string (*check)(const std::vector<std::string>& values) = nullptr;
};

/// Every desktop option, in the order --help lists them.
const std::vector<GuiOption>& guiOptions();

/// What the command line asks for.
struct CommandLine {
    enum class Action { Gui, Batch, Help, Version, Error };
    Action action = Action::Gui;
    std::vector<std::string> batchArgs;  ///< after `--batch`, starting with the command name
    std::vector<std::string> paths;      ///< models to open
    std::vector<std::string> qtArgs;     ///< program name and Qt's own options (-platform X, -style X, -reverse …)
    std::string error;                   ///< Action::Error: what was wrong, in English

    bool has(const std::string& name) const { return options.count(name) > 0; }
    /// The option's (first) value, its table default when not given, or "".
    std::string value(const std::string& name) const;
    /// Every value given for the option: repeated options and two-value options in order.
    std::vector<std::string> values(const std::string& name) const;

    std::map<std::string, std::vector<std::string>> options;  ///< by name without "--"
};

/// Parses argv without Qt. args excludes the program name.
CommandLine parseCommandLine(const std::string& program, const std::vector<std::string>& args);

/// Translates one help string (context, English text); identity when there is no translation.
using HelpTranslator = std::function<std::string(const char* context, const char* text)>;

/// `tfscope --help`: usage, desktop options (when guiBuild), then the batch commands.
std::string helpText(bool guiBuild, const HelpTranslator& translate);

/// `tfscope --version`.
std::string versionText();

}  // namespace tfs::app
