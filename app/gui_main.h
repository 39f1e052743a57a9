#pragma once
// The desktop application's start: display check, language, Qt setup, --screenshot.

#include "app/command_line.h"

namespace tfs::app {

/// Runs the GUI for a parsed command line (Action::Gui): opens its paths, or takes a --screenshot.
int runGui(const CommandLine& line);

/// Translates --help text into the interface language (--language, View ▸ Language, system locale),
/// without creating a Qt application.
HelpTranslator helpTranslator(const CommandLine& line);

}  // namespace tfs::app
