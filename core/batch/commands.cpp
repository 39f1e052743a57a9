#include "core/batch/commands.h"

#include "core/batch/command_fns.h"

namespace tfs::batch {

const std::vector<BatchCommand>& batchCommands() {
    static const std::vector<BatchCommand> commands = {
        {"inspect", "summarise a model: inputs, outputs, signatures, variables, ops, sizes", runInspect},
        {"convert", "convert between binary/text GraphDef and MetaGraphDef; extract a meta graph", runConvert},
        {"export-tensor", "save a constant or checkpoint tensor as .npy", runExportTensor},
        {"example", "write tfscope's example CNN (batch norm + dropout) as a GraphDef", runExample},
        {"transform", "apply Graph Transform Tool passes (--transforms '...') to a model; prints the pass log", runTransform},
        {"freeze", "turn variables into constants (SavedModel TF1/TF2, .meta + checkpoint) and write one GraphDef", runFreeze},
        {"slim-checkpoint", "write a checkpoint with only the variables the inference graph reads (no optimizer slots)", runSlimCheckpoint},
        {"diff", "what changed between two models: nodes (renames too), attributes, weights, signatures, functions, variables", runDiff},
        {"compare", "before/after: size, compressed size, speed, memory and accuracy of two models", runCompare},
        {"run", "run a model (graph, checkpoint or SavedModel signature) on .npy inputs; write outputs as .npy", runRun},
        {"bench", "time repeated runs on seeded random inputs: latency, per-op table, peak memory", runBench},
        {"shapes", "statically inferred dtype and shape of every tensor (--input-shape x=1,224,224,3)", runShapes},
        {"render", "draw the graph headless with the GUI's layout: --out FILE.svg|.png|.dot [--expand all|N] [--function F] [--scale S]", runRender},
    };
    return commands;
}

}  // namespace tfs::batch
