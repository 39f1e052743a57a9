// tfscope entry point: `--batch <command>` runs headless through core only;
// anything else starts the desktop application.
#include <iostream>
#include <string>
#include <vector>

#include "core/batch/batch.h"
#include "app/gui_main.h"
#include "app/png_render.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "--batch") {
        tfs::app::registerPngRasterizer();  // `render --out FILE.png` rasterises core's SVG with Qt
        return tfs::batch::runBatch(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr);
    }
    return tfs::app::runGui(argc, argv);
}
