// freeze_requantization_ranges: replace RequantizationRange nodes (which scan
// every qint32 result on every run) by constant min/max taken from a log of real
// runs. The log comes from insert_logging(op=RequantizationRange, show_name=true,
// message="__requant_min_max:") and a run with TFSCOPE_PRINT_LOG=FILE (or TF's
// stderr). Per node, the min_percentile-th smallest min and the max_percentile-th
// largest max are used (GTT's rule).
//
// Beyond GTT: both GTT's line layout (";NAME__print__;__requant_min_max:[min][max]")
// and tfscope's insert_logging layout ("__requant_min_max:;NAME;[min][max]") are
// read; Print nodes that insert_logging put after a frozen RequantizationRange are
// removed too; errors name the missing nodes.

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"
#include "core/util/file.h"

namespace tfs::transforms {
namespace {

const char kPrefix[] = "__requant_min_max:";
const char kPrintSuffix[] = "__print__";

struct Record {
    std::string name;
    float min, max;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

bool parseFloat(const std::string& s, float* out) {
    if (s.empty()) return false;
    char* end = nullptr;
    *out = std::strtof(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(*out);
}

// One log line -> record; false when the line is not a min/max record.
bool parseLine(std::string line, Record* r) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.find(kPrefix) == std::string::npos || line.size() < 4 || line.back() != ']') return false;
    // Trailing "[min][max]".
    size_t close2 = line.size() - 1, open2 = line.rfind('[', close2);
    if (open2 == std::string::npos || open2 == 0 || line[open2 - 1] != ']') return false;
    size_t close1 = open2 - 1, open1 = line.rfind('[', close1);
    if (open1 == std::string::npos) return false;
    if (!parseFloat(line.substr(open1 + 1, close1 - open1 - 1), &r->min)) return false;
    if (!parseFloat(line.substr(open2 + 1, close2 - open2 - 1), &r->max)) return false;
    std::string head = line.substr(0, open1);
    std::string fallback;
    r->name.clear();
    for (const auto& part : split(head, ';')) {
        if (part.empty() || part.find(kPrefix) != std::string::npos) continue;
        const size_t n = sizeof(kPrintSuffix) - 1;
        if (part.size() > n && part.compare(part.size() - n, n, kPrintSuffix) == 0) {
            r->name = part.substr(0, part.size() - n);
            return true;
        }
        if (fallback.empty()) fallback = part;
    }
    r->name = fallback;
    return !r->name.empty();
}

}  // namespace

Status freezeRequantizationRanges(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string logFile, context.getOneString("min_max_log_file", ""));
    if (logFile.empty())
        return invalidArgument(TFS_PHRASE("Errors", "freeze_requantization_ranges needs a log, e.g. freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)"));
    TFS_ASSIGN_OR_RETURN(double minPercentile, context.getOneFloat("min_percentile", 5.0));
    TFS_ASSIGN_OR_RETURN(double maxPercentile, context.getOneFloat("max_percentile", 5.0));
    if (minPercentile < 0 || minPercentile > 100 || maxPercentile < 0 || maxPercentile > 100)
        return invalidArgument(TFS_PHRASE("Errors", "freeze_requantization_ranges: min_percentile and max_percentile must be in [0, 100]"));
    auto text = readFile(logFile);
    if (!text.ok()) return text.status().withContext(TFS_PHRASE("Errors", "min_max_log_file"));
    std::map<std::string, std::vector<Record>> byNode;
    for (const auto& line : split(*text, '\n')) {
        Record r;
        if (parseLine(line, &r)) byNode[r.name].push_back(r);
    }
    if (byNode.empty())
        return invalidArgument(TFS_PHRASE("Errors", "no min/max records in %1 (expected lines like ';conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]')"),
                               logFile);
    auto nodes = mapNamesToNodes(in);
    std::vector<std::string> missing, wrongOp;
    for (const auto& [name, records] : byNode) {
        auto it = nodes.find(name);
        if (it == nodes.end()) missing.push_back(name);
        else if (it->second->op() != "RequantizationRange") wrongOp.push_back(name + " (" + it->second->op() + ")");
    }
    auto listOf = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size() && i < 5; ++i) s += (i ? ", " : "") + v[i];
        return s + (v.size() > 5 ? ", ..." : "");
    };
    if (!missing.empty())
        return invalidArgument(TFS_PHRASE("Errors", "freeze_requantization_ranges: %1 logged nodes are not in the graph: %2"),
                               missing.size(), listOf(missing));
    if (!wrongOp.empty())
        return invalidArgument(TFS_PHRASE("Errors", "freeze_requantization_ranges: logged nodes must be RequantizationRange: %1"),
                               listOf(wrongOp));

    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    std::map<std::string, std::string> renames;
    std::set<std::string> frozen;
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (const auto& node : in.node()) {
        auto rec = byNode.find(node.name());
        if (rec == byNode.end()) {
            *out->add_node() = node;
            continue;
        }
        std::vector<float> mins, maxs;
        for (const auto& r : rec->second) {
            mins.push_back(r.min);
            maxs.push_back(r.max);
        }
        std::sort(mins.begin(), mins.end());
        std::sort(maxs.begin(), maxs.end());
        const int n = int(mins.size());
        int minIndex = std::clamp(int(std::round(n * (minPercentile / 100.0))), 0, n - 1);
        int maxIndex = std::clamp(int(std::round(n * (1.0 - maxPercentile / 100.0))), 0, n - 1);
        const float values[2] = {mins[size_t(minIndex)], maxs[size_t(maxIndex)]};
        const char* suffix[2] = {"/frozen_min", "/frozen_max"};
        for (int i = 0; i < 2; ++i) {
            tensorflow::NodeDef* c = out->add_node();
            makeConst(uniqueName(node.name() + suffix[i], &taken), Tensor::scalar<float>(tensorflow::DT_FLOAT, values[i]), c);
            c->set_device(node.device());
            renames[node.name() + ":" + std::to_string(i)] = c->name() + ":0";
        }
        frozen.insert(node.name());
    }
    // Logging Prints that forwarded a frozen range: consumers read the constant directly.
    std::set<std::string> prints;
    for (const auto& node : out->node())
        if (node.op() == "Print" && node.input_size() > 0 && !isControlInput(node.input(0)) && frozen.count(nodeName(node.input(0))) &&
            outputIndex(node.input(0)) == 0) {
            renames[node.name() + ":0"] = renames[node.input(0).find(':') == std::string::npos ? node.input(0) + ":0" : node.input(0)];
            prints.insert(node.name());
        }
    if (!prints.empty()) {
        tensorflow::GraphDef kept;
        filterGraph(*out, [&](const tensorflow::NodeDef& n) { return !prints.count(n.name()); }, &kept);
        *kept.mutable_versions() = out->versions();
        *kept.mutable_library() = out->library();
        *out = std::move(kept);
    }
    replaceInputs(out, renames);
    size_t logged = 0;
    for (const auto& [n, r] : byNode) logged += r.size();
    context.note(TFS_PHRASE("Notes", "froze %1 RequantizationRange nodes from %2 logged ranges"), frozen.size(),
                 logged);
    if (!prints.empty()) context.note(TFS_PHRASE("Notes", "removed %1 logging Print nodes"), prints.size());
    return okStatus();
}

}  // namespace tfs::transforms
