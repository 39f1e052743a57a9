// obfuscate_names: replace node names with short meaningless ones, keeping
// the --inputs and --outputs names (and recording renames for signatures).

#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status obfuscateNames(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    std::set<std::string> keep = nodeNames(context.inputNames);
    for (const auto& o : nodeNames(context.outputNames)) keep.insert(o);
    std::set<std::string> taken(keep.begin(), keep.end());
    std::map<std::string, std::string> renames;
    int64_t counter = 0;
    auto next = [&] {
        static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        std::string name;
        do {
            int64_t v = counter++;
            name.clear();
            do {
                name.insert(name.begin(), digits[v % 36]);
                v /= 36;
            } while (v > 0);
        } while (taken.count(name));
        taken.insert(name);
        return name;
    };
    for (const auto& node : in.node())
        if (!keep.count(node.name()) && !renames.count(node.name())) renames[node.name()] = next();
    renameNodes(in, renames, out);
    context.recordRenames(renames);
    return okStatus();
}

}  // namespace tfs::transforms
