#include <algorithm>
#include <cctype>

#include "core/formats/checkpoint.h"
#include "core/formats/formats.h"
#include "core/formats/graph_plausibility.h"
#include "core/formats/model_builder.h"
#include "core/formats/proto_io.h"
#include "core/util/file.h"
#include "tensorflow/saved_model.pb.h"

namespace tfs {

namespace {

bool hasSavedModelFile(const std::string& dir) {
    return isRegularFile(joinPath(dir, "saved_model.pb")) || isRegularFile(joinPath(dir, "saved_model.pbtxt"));
}

bool allDigits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The highest numbered version folder holding a SavedModel (TF Serving layout), or "".
std::string latestVersion(const std::string& dir, const std::vector<std::string>& entries) {
    std::string best;
    for (const auto& e : entries) {
        if (!allDigits(e) || !hasSavedModelFile(joinPath(dir, e))) continue;
        if (best.empty() || e.size() > best.size() || (e.size() == best.size() && e > best)) best = e;
    }
    return best.empty() ? "" : joinPath(dir, best);
}

void addFolderFiles(Model& model, const std::string& dir, std::vector<std::string>* names) {
    auto entries = listDirectory(dir);
    if (!entries.ok()) return;
    for (const auto& e : *entries) {
        std::string p = joinPath(dir, e);
        if (isDirectory(p)) {
            addFolderFiles(model, p, names);
        } else {
            addModelFile(model, p);
            if (names) names->push_back(p);
        }
    }
}

std::string tagsText(const std::vector<std::string>& tags) {
    std::string out;
    for (const auto& t : tags) out += (out.empty() ? "" : ",") + t;
    return out.empty() ? "<no tags>" : out;
}

}  // namespace

bool matchSavedModel(const ProbeInfo& probe) {
    if (probe.isDirectory) {
        for (const auto& e : probe.entries)
            if (e == "saved_model.pb" || e == "saved_model.pbtxt") return true;
        return !latestVersion(probe.path, probe.entries).empty();
    }
    std::string base = baseName(probe.path);
    if (base == "saved_model.pb" || base == "saved_model.pbtxt") return true;
    if (looksLikeText(probe.head)) {
        std::string field = firstTextField(probe.head);
        return field == "saved_model_schema_version" || field == "meta_graphs";
    }
    // Binary SavedModel: field 1 varint (schema version 1), then field 2 meta graphs.
    return probe.head.size() > 3 && probe.head[0] == 0x08 && probe.head[1] == 0x01 && probe.head[2] == 0x12;
}

Result<Model> loadSavedModel(const std::string& path, const LoadOptions& options, const WorkContext& work) {
    std::string dir = path;
    std::string file;
    if (isDirectory(path)) {
        if (!hasSavedModelFile(path)) {
            TFS_ASSIGN_OR_RETURN(auto entries, listDirectory(path));
            dir = latestVersion(path, entries);
            if (dir.empty()) return notFound(TFS_PHRASE("Errors", "%1: no saved_model.pb in this folder or its numbered versions"), path);
        }
        file = joinPath(dir, "saved_model.pb");
        if (!isRegularFile(file)) file = joinPath(dir, "saved_model.pbtxt");
    } else {
        file = path;
        dir = parentPath(path);
    }
    work.report(0.1, TFS_PHRASE("Progress", "Reading %1"), {file});
    TFS_ASSIGN_OR_RETURN(std::string bytes, readFile(file));
    tensorflow::SavedModel saved;
    if (looksLikeText(bytes.substr(0, 4096))) TFS_RETURN_IF_ERROR(parseTextProto(bytes, &saved, file));
    else TFS_RETURN_IF_ERROR(parseBinaryProto(bytes, &saved, file));
    bytes.clear();
    bytes.shrink_to_fit();
    if (saved.meta_graphs_size() == 0) return dataLoss(TFS_PHRASE("Errors", "%1: the SavedModel holds no meta graphs"), file);

    Model model;
    model.path = dir;
    model.format = ModelFormat::SavedModel;
    addModelFile(model, file);

    std::vector<MetaGraph> metaGraphs;
    for (auto& mg : *saved.mutable_meta_graphs()) {
        if (!plausibleGraph(mg.graph_def()) && mg.graph_def().node_size() > 0)
            return dataLoss(TFS_PHRASE("Errors", "%1: a meta graph holds an implausible graph (corrupt file?)"), file);
        metaGraphs.push_back(makeMetaGraph(std::move(mg)));
    }
    // The chosen tag-set goes first: views, executor and batch read metaGraphs[0].
    size_t chosen = 0;
    if (!options.tags.empty()) {
        model.metaGraphs = metaGraphs;
        int found = model.findMetaGraph(options.tags);
        if (found < 0) {
            std::string available;
            for (const auto& mg : metaGraphs) available += " [" + tagsText(mg.tags) + "]";
            return notFound(TFS_PHRASE("Errors", "%1: no meta graph with tags '%2'; available:%3"), file, tagsText(options.tags), available);
        }
        chosen = size_t(found);
        model.metaGraphs.clear();
    } else {
        for (size_t i = 0; i < metaGraphs.size(); ++i)
            if (std::find(metaGraphs[i].tags.begin(), metaGraphs[i].tags.end(), "serve") != metaGraphs[i].tags.end()) {
                chosen = i;
                break;
            }
    }
    std::rotate(metaGraphs.begin(), metaGraphs.begin() + long(chosen), metaGraphs.begin() + long(chosen) + 1);
    model.metaGraphs = std::move(metaGraphs);
    model.producer = describeProducer(model.metaGraphs[0].def);

    std::string prefix = joinPath(joinPath(dir, "variables"), "variables");
    if (isRegularFile(prefix + ".index")) {
        work.report(0.5, TFS_PHRASE("Progress", "Reading the variables index"));
        auto store = openBundle(prefix);
        if (!store.ok()) return store.status();
        model.variables = *store;
        for (const auto& f : model.variables->files()) addModelFile(model, f);
    }
    for (const char* folder : {"assets", "assets.extra"}) {
        std::string assets = joinPath(dir, folder);
        if (isDirectory(assets)) addFolderFiles(model, assets, &model.assets);
    }
    std::string fingerprint = joinPath(dir, "fingerprint.pb");
    if (isRegularFile(fingerprint)) {
        addModelFile(model, fingerprint);
        auto fbytes = readFile(fingerprint, 1 << 20);
        tensorflow::FingerprintDef def;
        if (fbytes.ok() && parseBinaryProto(*fbytes, &def, fingerprint).ok()) model.fingerprint = def;
        else model.warnings.push_back(fingerprint + ": unreadable fingerprint");
    }
    matchVariables(model);
    addGraphWarnings(model);
    return model;
}

}  // namespace tfs
