#pragma once
// Each format's match and load functions (one .cpp per format); listed in loader.cpp.

#include "core/formats/loader.h"

namespace tfs {

bool matchSavedModel(const ProbeInfo& probe);
Result<Model> loadSavedModel(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchTflite(const ProbeInfo& probe);
Result<Model> loadTflite(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchCheckpointV2(const ProbeInfo& probe);
Result<Model> loadCheckpointV2(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchCheckpointV1(const ProbeInfo& probe);
Result<Model> loadCheckpointV1(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchMetaGraph(const ProbeInfo& probe);
Result<Model> loadMetaGraph(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchMemmapped(const ProbeInfo& probe);
Result<Model> loadMemmapped(const std::string& path, const LoadOptions& options, const WorkContext& work);

bool matchGraphDef(const ProbeInfo& probe);
Result<Model> loadGraphDef(const std::string& path, const LoadOptions& options, const WorkContext& work);

/// Parses a MetaGraphDef file (binary or text) without attaching variables.
Result<tensorflow::MetaGraphDef> readMetaGraphFile(const std::string& path);

/// Attaches the checkpoint found beside a graph file (same prefix, or the
/// `checkpoint` state file of its folder), if any.
void attachSiblingCheckpoint(Model& model, const std::string& graphPath);

/// Completes a model read from one graph file: records the file, attaches a
/// sibling checkpoint, matches variables and adds graph warnings.
Model finishGraphFileModel(Model model, const std::string& path);

}  // namespace tfs
