// tfscope entry point. The command line is parsed first, without Qt: `--help`, `--version` and
// `--batch <command>` never touch a display; anything else starts the desktop application
// (not in a TFSCOPE_GUI=OFF build, which has only the batch commands).
#include <iostream>
#include <string>
#include <vector>

#include "app/command_line.h"
#include "core/batch/batch.h"
#ifdef TFSCOPE_GUI_BUILD
#include "app/gui_main.h"
#include "app/png_render.h"
#endif

int main(int argc, char** argv) {
    using tfs::app::CommandLine;
#ifdef TFSCOPE_GUI_BUILD
    constexpr bool kGui = true;
#else
    constexpr bool kGui = false;
#endif
    const CommandLine line = tfs::app::parseCommandLine(argc > 0 ? argv[0] : "tfscope", std::vector<std::string>(argv + 1, argv + argc));
    switch (line.action) {
    case CommandLine::Action::Batch:
#ifdef TFSCOPE_GUI_BUILD
        tfs::app::registerPngRasterizer();  // `render --out FILE.png` rasterises core's SVG with Qt
#endif
        return tfs::batch::runBatch(line.batchArgs, std::cout, std::cerr);
    case CommandLine::Action::Version:
        std::cout << tfs::app::versionText();
        return 0;
    case CommandLine::Action::Error:
        std::cerr << "tfscope: " << line.error << "\n";
        return tfs::batch::kExitError;
    case CommandLine::Action::Help:
#ifdef TFSCOPE_GUI_BUILD
        std::cout << tfs::app::helpText(kGui, tfs::app::helpTranslator(line));
#else
        std::cout << tfs::app::helpText(kGui, nullptr);
#endif
        return 0;
    case CommandLine::Action::Gui:
        break;
    }
#ifdef TFSCOPE_GUI_BUILD
    return tfs::app::runGui(line);
#else
    std::cerr << "tfscope: this build has no desktop window (TFSCOPE_GUI=OFF); run tfscope --batch COMMAND "
                 "(tfscope --help lists them)\n";
    return tfs::batch::kExitError;
#endif
}
