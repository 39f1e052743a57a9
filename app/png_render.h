#pragma once
// PNG output of `tfscope --batch render`: rasterises core's SVG with Qt Svg.

namespace tfs::app {

/// Registers the Qt rasteriser with core's render command (call before runBatch).
void registerPngRasterizer();

}  // namespace tfs::app
