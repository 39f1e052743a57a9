// Loader for memmapped packages: the GraphDef region becomes the model's graph;
// ImmutableConst nodes keep pointing at their regions (and at this file, through
// an internal attribute) so the executor reads weights straight from the mapping.

#include "core/formats/formats.h"
#include "core/formats/memmapped.h"
#include "core/formats/model_builder.h"
#include "core/util/file.h"

namespace tfs {

bool matchMemmapped(const ProbeInfo& probe) {
    return !probe.isDirectory && looksLikeMemmappedPackage(probe.path, probe.size);
}

Result<Model> loadMemmapped(const std::string& path, const LoadOptions&, const WorkContext&) {
    TFS_ASSIGN_OR_RETURN(auto package, MemmappedPackage::open(path));
    TFS_ASSIGN_OR_RETURN(tensorflow::GraphDef graph, package->graph());
    Model model;
    model.path = path;
    model.format = ModelFormat::Memmapped;
    const std::string canonical = canonicalPath(path);
    int immutable = 0;
    for (auto& node : *graph.mutable_node()) {
        if (node.op() != "ImmutableConst") continue;
        ++immutable;
        auto region = node.attr().find("memory_region_name");
        if (region == node.attr().end() || !package->find(region->second.s()))
            model.warnings.push_back("ImmutableConst '" + node.name() + "' names region '" +
                                     (region == node.attr().end() ? std::string() : region->second.s()) +
                                     "', which the package does not have");
        (*node.mutable_attr())[kMemmappedPackageAttr].set_s(canonical);
    }
    tensorflow::MetaGraphDef wrapper;
    *wrapper.mutable_graph_def() = std::move(graph);
    model.producer = describeProducer(wrapper) + ", memmapped package (" + std::to_string(immutable) +
                     " ImmutableConst regions)";
    model.metaGraphs.push_back(makeMetaGraph(std::move(wrapper)));
    return finishGraphFileModel(std::move(model), path);
}

}  // namespace tfs
