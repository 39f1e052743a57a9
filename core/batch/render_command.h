#pragma once
// `--batch render`: the PNG step needs a rasteriser that core (no Qt) does not have;
// the tfscope executable registers one before running batch commands.

#include <functional>
#include <string>

#include "core/util/status.h"

namespace tfs::batch {

/// Turns SVG text into a PNG file at `scale` (lowering it only when the image would be too large);
/// stores the scale used. Must write atomically and never over `inputs`.
using PngRasterizer = std::function<Status(const std::string& svg, double scale, const std::string& path,
                                           const std::vector<std::string>& inputs, double* usedScale)>;

/// Registers the rasteriser used for `render --out FILE.png` (empty = PNG unsupported).
void setPngRasterizer(PngRasterizer rasterizer);

}  // namespace tfs::batch
