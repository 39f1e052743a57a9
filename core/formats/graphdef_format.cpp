#include "core/formats/formats.h"
#include "core/formats/graph_plausibility.h"
#include "core/formats/model_builder.h"
#include "core/formats/proto_io.h"
#include "core/util/file.h"

namespace tfs {

bool matchGraphDef(const ProbeInfo& probe) {
    if (probe.isDirectory || probe.head.empty()) return false;
    if (looksLikeText(probe.head)) {
        std::string field = firstTextField(probe.head);
        return field == "node" || field == "versions" || field == "library" || field == "version";
    }
    return true;  // binary: load() decides by parsing and plausibility checks
}

Result<Model> loadGraphDef(const std::string& path, const LoadOptions&, const WorkContext& work) {
    TFS_ASSIGN_OR_RETURN(std::string bytes, readFile(path));
    Model model;
    model.path = path;
    tensorflow::GraphDef graph;
    if (looksLikeText(bytes.substr(0, 4096))) {
        TFS_RETURN_IF_ERROR(parseTextProto(bytes, &graph, path));
        model.format = ModelFormat::GraphDefText;
    } else {
        Status parsed = parseBinaryProto(bytes, &graph, path);
        if (!parsed.ok() || !plausibleGraph(graph)) {
            // A MetaGraphDef without the .meta extension parses as a strange GraphDef.
            tensorflow::MetaGraphDef meta;
            if (parseBinaryProto(bytes, &meta, path).ok() && plausibleMetaGraph(meta)) return loadMetaGraph(path, {}, work);
            if (!parsed.ok()) return parsed;
            return dataLoss(TFS_PHRASE("Errors", "%1: parses as protobuf but is not a plausible GraphDef (node names or op names are not text)"), path);
        }
        model.format = ModelFormat::GraphDef;
    }
    bytes.clear();
    bytes.shrink_to_fit();
    tensorflow::MetaGraphDef wrapper;
    *wrapper.mutable_graph_def() = std::move(graph);
    model.producer = describeProducer(wrapper);
    model.metaGraphs.push_back(makeMetaGraph(std::move(wrapper)));
    return finishGraphFileModel(std::move(model), path);
}

}  // namespace tfs
