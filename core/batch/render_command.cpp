#include "core/batch/render_command.h"

#include <cstdio>
#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/batch/model_arg.h"
#include "core/formats/writers.h"
#include "core/layout/machinery.h"
#include "core/layout/dot_writer.h"
#include "core/layout/edge_labels.h"
#include "core/layout/function_graph.h"
#include "core/layout/graph_shapes.h"
#include "core/layout/graph_layout.h"
#include "core/layout/svg_writer.h"
#include "core/layout/visible_graph.h"
#include "core/util/file.h"

namespace tfs::batch {
namespace {

PngRasterizer& rasterizer() {
    static PngRasterizer r;
    return r;
}

const char* kUsage =
    "usage: tfscope --batch render MODEL --out FILE.svg|FILE.png|FILE.dot [--expand all|N] [--function NAME]\n"
    "                              [--scale S] [--tag-set TAGS] [--show-machinery] [--input-shape NAME=DIMS]...\n"
    "Draws the graph with the GUI's layout code (Graphviz dot, name scopes as clusters, weights folded).\n"
    "--expand all opens every scope; N opens scopes while at most N boxes are shown\n(the top level always shows; default 250, as the GUI).\n"
    "--function draws a library function's body. --scale multiplies the SVG/PNG size (default 1; PNG is lowered\n"
    "only when the image would exceed 32000 px per side, and the whole layout is always inside the image).\n"
    "Training graphs are drawn without gradients, optimizer slots, savers and initialisers, as the GUI opens them;\n"
    "--show-machinery draws them too.\n"
    "Edges are labelled with inferred dtypes and shapes; --input-shape sets an input's (or a function argument's)\n"
    "shape first, e.g. --input-shape x=1,224,224,3 (? or -1 = unknown dim).\n";

std::string extensionOf(const std::string& path) {
    size_t dot = path.rfind('.');
    size_t slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace

void setPngRasterizer(PngRasterizer r) { rasterizer() = std::move(r); }

int runRender(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--help", "--show-machinery"}, {"--help", "--show-machinery", "--out", "--expand", "--function", "--scale", "--tag-set", "--tags", "--input-shape"});
    if (auto stop = helpOrUsageError(args, "render", 1, kUsage, out, err)) return *stop;
    if (!args->has("--out")) {
        err << "render: expected one MODEL and --out FILE\n" << kUsage;
        return kExitError;
    }
    const std::string outPath = args->value("--out");
    const std::string ext = extensionOf(outPath);
    if (ext != "svg" && ext != "png" && ext != "dot") {
        err << "render: --out must end in .svg, .png or .dot (got '" << outPath << "')\n";
        return kExitError;
    }
    if (ext == "png" && !rasterizer()) {
        err << "render: PNG output needs tfscope built with its GUI (TFSCOPE_GUI=ON, Qt); write .svg or .dot instead\n";
        return kExitError;
    }
    auto scale = args->doubleValue("--scale", 1.0);
    if (!scale.ok() || !(*scale > 0.01 && *scale <= 16)) {
        err << "render: --scale must be a number in (0.01, 16], e.g. --scale 2\n";
        return kExitError;
    }
    auto inputShapes = inputShapeArgs(*args);
    if (!inputShapes.ok()) {
        err << "render: " << inputShapes.status().message() << "\n";
        return kExitError;
    }
    auto model = loadModelArgument(*args);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    const tensorflow::GraphDef* main = model->graph();
    if (!main) {
        err << "tfscope: " << model->path << " has no graph to render (a checkpoint without a .meta file)\n";
        return kExitError;
    }
    std::shared_ptr<const tensorflow::GraphDef> def(std::shared_ptr<const tensorflow::GraphDef>{}, main);
    const std::string function = args->value("--function");
    const tensorflow::FunctionDef* f = nullptr;
    if (!function.empty()) {
        f = layout::findFunction(main->library(), function);
        if (!f) {
            err << "tfscope: no function '" << function << "' in " << model->path << " (it has "
                << main->library().function_size() << " functions";
            for (int i = 0; i < main->library().function_size() && i < 5; ++i)
                err << (i ? ", " : ": ") << main->library().function(i).signature().name();
            err << ")\n";
            return kExitError;
        }
        def = layout::functionBodyGraph(*f, &main->library());
    }
    GraphIndex index(*def);
    auto shapes = f ? layout::inferFunctionBodyShapes(*f, main->library(), index, *inputShapes)
                    : layout::inferMainGraphShapes(*model, index, *inputShapes);
    if (!shapes.ok()) {
        err << "tfscope: " << model->path << ": " << shapes.status().message() << "\n";
        return kExitError;
    }
    std::vector<char> hidden;
    if (function.empty() && !args->has("--show-machinery")) hidden = layout::trainingMachinery(index);
    const std::vector<char>* mask = layout::countMarked(hidden) ? &hidden : nullptr;

    std::set<std::string> expanded;
    const std::string expand = args->value("--expand");
    if (expand == "all") {
        expanded = layout::allScopes(index);
    } else if (!expand.empty()) {
        auto n = args->intValue("--expand", 250);
        if (!n.ok() || *n < 1 || *n > 10'000'000) {
            err << "render: --expand takes 'all' or a box count, e.g. --expand 500\n";
            return kExitError;
        }
        expanded = layout::initialExpansion(index, int(*n), mask);
    } else {
        expanded = layout::initialExpansion(index, 250, mask);
    }

    layout::LayoutInput input;
    input.graph = layout::buildVisibleGraph(index, expanded, true, layout::kDefaultMaxControlFanIn, mask);
    const auto& vg = input.graph;
    std::vector<std::string> inputs = inputFilesOf(*model);
    if (ext == "dot") {
        Status s = writeFileAtomic(outPath, layout::toDot(vg, index), inputs);
        if (!s.ok()) {
            err << "tfscope: " << s.message() << "\n";
            return kExitError;
        }
        out << "wrote " << outPath << ": " << vg.items.size() << " boxes, " << vg.edges.size() << " edges, "
            << vg.clusters.size() << " clusters\n";
        return kExitOk;
    }
    for (size_t i = 0; i < vg.items.size(); ++i) input.itemSizes.push_back(layout::estimateItemSize(vg, index, int(i)));
    input.edgeLabels = layout::edgeCaptions(vg, index, main->library(), &*shapes);
    auto result = layout::layoutGraph(input);
    if (!result.ok()) {
        err << "tfscope: " << result.status().message() << "\n";
        return kExitError;
    }
    const std::string svg = layout::toSvg(input, *result, index, ext == "svg" ? *scale : 1.0);
    double used = *scale;
    Status s = ext == "svg" ? writeFileAtomic(outPath, svg, inputs) : rasterizer()(svg, *scale, outPath, inputs, &used);
    if (!s.ok()) {
        err << "tfscope: " << s.message() << "\n";
        return kExitError;
    }
    char size[96];
    std::snprintf(size, sizeof size, "%.0fx%.0f pt at scale %.6g, layout %.2f s", result->width, result->height, used,
                  result->seconds);
    out << "wrote " << outPath << ": " << vg.items.size() << " boxes, " << vg.edges.size() << " edges, "
        << vg.clusters.size() << " clusters, " << size << "\n";
    return kExitOk;
}

}  // namespace tfs::batch
