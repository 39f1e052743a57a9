#pragma once
// Graph marks from a run's per-node times: each timed box filled with a colour from a
// sequential scale by its time relative to the slowest node (the ten slowest numbered, so
// colour is not the only cue), collapsed scopes badged with their summed time, untimed boxes
// faded, and a legend with the scale in milliseconds.

#include <QColor>
#include <memory>

#include "core/exec/op_profile.h"
#include "views/graph_overlay.h"
#include "views/model_document.h"

namespace tfs::views {

/// The colour of a time share t in [0,1] (0 = fastest, 1 = slowest): ColorBrewer's YlOrRd,
/// a one-hue-direction scale that stays ordered for every kind of colour vision.
QColor timeColor(double t);

/// Where a node's time falls on that scale: its share of the slowest node's, square-rooted so
/// that the slow tail stays visible beside one dominant node.
double timeShare(double ms, double slowestMs);

/// How many of the slowest nodes carry their rank as a sign.
constexpr int kNumberedSlowest = 10;

/// Marks for one shown graph (the main graph or a function body, matched by GraphData::key).
/// Null when no node of this graph was timed.
std::shared_ptr<const GraphOverlay> timeOverlay(const GraphData& graph, const exec::OpProfile& profile);

}  // namespace tfs::views
