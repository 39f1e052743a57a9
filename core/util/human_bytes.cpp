#include "core/util/human_bytes.h"

#include <cmath>
#include <cstdio>

namespace tfs {

std::string humanBytes(double bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (std::fabs(bytes) >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    char buf[40];
    if (unit == 0) std::snprintf(buf, sizeof buf, "%.0f B", bytes);
    else std::snprintf(buf, sizeof buf, unit == 1 ? "%.1f %s" : "%.2f %s", bytes, units[unit]);
    return buf;
}

}  // namespace tfs
