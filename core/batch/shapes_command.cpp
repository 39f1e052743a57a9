// `tfscope --batch shapes`: statically inferred dtype and shape of every tensor
// of a model's graph (or of one library function), without running it.

#include <algorithm>
#include <charconv>
#include <ostream>

#include "core/batch/args.h"
#include "core/batch/model_arg.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/layout/graph_shapes.h"
#include "core/ops/shape_inference.h"
#include "core/util/json.h"

namespace tfs::batch {
namespace {

constexpr const char* kUsage =
    "usage: tfscope --batch shapes MODEL [--tag-set TAGS] [--input-shape NAME=DIMS]... [--function NAME] [--json]\n"
    "DIMS is comma-separated, ? or -1 for an unknown dim, empty for a scalar: --input-shape x=1,224,224,3\n";

Json shapeJson(const PartialShape& shape) {
    if (!shape.knownRank) return Json();
    Json dims = Json::array();
    for (int64_t d : shape.dims) dims.push(Json(d < 0 ? int64_t(-1) : d));
    return dims;
}

struct Row {
    std::string tensor, op, dtype, shape;
    const InferredTensor* inferred = nullptr;
};

}  // namespace

int runShapes(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--json"}, {"--tag-set", "--input-shape", "--function"});
    if (auto stop = helpOrUsageError(args, "shapes", 1, kUsage, out, err)) return *stop;
    auto parsedShapes = inputShapeArgs(*args);
    if (!parsedShapes.ok()) {
        err << "shapes: " << parsedShapes.status().message() << "\n";
        return kExitError;
    }
    const std::map<std::string, PartialShape>& inputShapes = *parsedShapes;
    auto model = loadModelArgument(*args);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    const tensorflow::GraphDef* graph = model->graph();
    if (!graph) {
        err << "tfscope: " << model->path << " has no graph (a checkpoint without its .meta has only variables)\n";
        return kExitError;
    }
    Result<ShapeMap> shapes = ShapeMap{};
    std::vector<const tensorflow::NodeDef*> nodes;
    std::vector<std::string> arguments;
    std::string function = args->value("--function");
    if (function.empty()) {
        // Signature input/output shapes are facts TensorFlow recorded: merge them in.
        shapes = inferShapesWithHints(*graph, layout::signatureShapeHints(*model), inputShapes);
        for (const auto& n : graph->node()) nodes.push_back(&n);
    } else {
        const tensorflow::FunctionDef* fn = nullptr;
        for (const auto& f : graph->library().function())
            if (f.signature().name() == function) fn = &f;
        if (!fn) {
            err << "tfscope: " << model->path << " has no function '" << function << "' (" << graph->library().function_size()
                << " functions in its library)\n";
            return kExitError;
        }
        if (!inputShapes.empty()) {
            err << "shapes: --input-shape applies to graphs; function arguments use their recorded shapes\n";
            return kExitError;
        }
        shapes = inferFunctionShapes(*fn, &graph->library());
        for (const auto& a : fn->signature().input_arg()) arguments.push_back(a.name());
        for (const auto& n : fn->node_def()) nodes.push_back(&n);
    }
    if (!shapes.ok()) {
        err << "tfscope: " << shapes.status().message() << "\n";
        return kExitError;
    }

    std::vector<Row> rows;
    auto addRow = [&](const std::string& tensor, const std::string& op) {
        auto it = shapes->find(tensor);
        if (it == shapes->end()) return false;
        rows.push_back({tensor, op, dtypeName(it->second.dtype), it->second.shape.toString(), &it->second});
        return true;
    };
    for (const std::string& a : arguments) addRow(a + ":0", "(argument)");
    for (const auto* n : nodes)
        for (int k = 0; addRow(n->name() + ":" + std::to_string(k), n->op()); ++k) {
        }
    int known = 0, partial = 0, unknown = 0;
    for (const Row& r : rows) {
        const PartialShape& s = r.inferred->shape;
        if (!s.knownRank) ++unknown;
        else if (s.isFullyKnown()) ++known;
        else ++partial;
    }

    if (args->has("--json")) {
        Json root = Json::object();
        root.set("model", model->path);
        if (!function.empty()) root.set("function", function);
        Json tensors = Json::array();
        for (const Row& r : rows) {
            Json t = Json::object();
            t.set("name", r.tensor);
            t.set("op", r.op);
            t.set("dtype", r.dtype);
            t.set("shape", shapeJson(r.inferred->shape));
            tensors.push(std::move(t));
        }
        root.set("tensors", std::move(tensors));
        Json summary = Json::object();
        summary.set("tensors", int64_t(rows.size()));
        summary.set("fully_known", known);
        summary.set("partly_known", partial);
        summary.set("unknown_rank", unknown);
        root.set("summary", std::move(summary));
        out << root.dump() << "\n";
        return kExitOk;
    }
    size_t wTensor = 6, wOp = 2, wDtype = 5;
    for (const Row& r : rows) {
        wTensor = std::max(wTensor, r.tensor.size());
        wOp = std::max(wOp, r.op.size());
        wDtype = std::max(wDtype, r.dtype.size());
    }
    auto pad = [](const std::string& s, size_t w) { return s + std::string(w > s.size() ? w - s.size() : 0, ' '); };
    out << pad("tensor", wTensor) << "  " << pad("op", wOp) << "  " << pad("dtype", wDtype) << "  shape\n";
    for (const Row& r : rows) out << pad(r.tensor, wTensor) << "  " << pad(r.op, wOp) << "  " << pad(r.dtype, wDtype) << "  " << r.shape << "\n";
    out << rows.size() << " tensors: " << known << " fully known, " << partial << " partly known, " << unknown
        << " of unknown rank\n";
    return kExitOk;
}

}  // namespace tfs::batch
