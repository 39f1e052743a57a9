<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Open PATH, wait for the layout, save the window to FILE and exit.</source>
        <translation>Open PATH, wait for the layout, save the window to FILE and exit.</translation>
    </message>
    <message>
        <source>Select this node (with --screenshot).</source>
        <translation>Select this node (with --screenshot).</translation>
    </message>
    <message>
        <source>&apos;all&apos; expands every scope (with --screenshot).</source>
        <translation>&apos;all&apos; expands every scope (with --screenshot).</translation>
    </message>
    <message>
        <source>Search for TEXT (with --screenshot).</source>
        <translation>Search for TEXT (with --screenshot).</translation>
    </message>
    <message>
        <source>Show this library function (with --screenshot).</source>
        <translation>Show this library function (with --screenshot).</translation>
    </message>
    <message>
        <source>Open the tensor viewer on this constant or variable (with --screenshot).</source>
        <translation>Open the tensor viewer on this constant or variable (with --screenshot).</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>Window size WxH (with --screenshot).</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Use the dark palette.</translation>
    </message>
    <message>
        <source>Use the light palette.</source>
        <translation>Use the light palette.</translation>
    </message>
    <message>
        <source>Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR).</source>
        <translation>Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR).</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. zh_CN, ja_JP or en.</source>
        <translation>Interface language for this run, e.g. zh_CN, ja_JP or en.</translation>
    </message>
    <message>
        <source>Usage: tfscope [options] [PATH...]</source>
        <translation>Usage: tfscope [options] [PATH...]</translation>
    </message>
    <message>
        <source>       tfscope --batch COMMAND [options]</source>
        <translation>       tfscope --batch COMMAND [options]</translation>
    </message>
    <message>
        <source>Inspect, transform, run and compare TensorFlow models.</source>
        <translation>Inspect, transform, run and compare TensorFlow models.</translation>
    </message>
    <message>
        <source>This build has no desktop window (built with TFSCOPE_GUI=OFF); every batch command works.</source>
        <translation>This build has no desktop window (built with TFSCOPE_GUI=OFF); every batch command works.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Model files or folders to open.</source>
        <translation>Model files or folders to open.</translation>
    </message>
    <message>
        <source>Apply these passes (GTT grammar) to the model in the workbench, one step each, and measure every step.</source>
        <translation>Apply these passes (GTT grammar) to the model in the workbench, one step each, and measure every step.</translation>
    </message>
    <message>
        <source>Input nodes the passes see (with --apply; default: signature or placeholders).</source>
        <translation>Input nodes the passes see (with --apply; default: signature or placeholders).</translation>
    </message>
    <message>
        <source>Output nodes the passes see (with --apply; default: signature or likely outputs).</source>
        <translation>Output nodes the passes see (with --apply; default: signature or likely outputs).</translation>
    </message>
    <message>
        <source>Show what changed from model A to model B.</source>
        <translation>Show what changed from model A to model B.</translation>
    </message>
    <message>
        <source>Show a diff as two pictures side by side (with --diff).</source>
        <translation>Show a diff as two pictures side by side (with --diff).</translation>
    </message>
    <message>
        <source>Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply or --run).</source>
        <translation>Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply or --run).</translation>
    </message>
    <message>
        <source>Measure on this .npy/.npz, @FILE.wav (bytes as a string) or image for an input instead of random values (with --apply or --run).</source>
        <translation>Measure on this .npy/.npz, @FILE.wav (bytes as a string) or image for an input instead of random values (with --apply or --run).</translation>
    </message>
    <message>
        <source>Seed of the random measurement inputs (with --apply or --run).</source>
        <translation>Seed of the random measurement inputs (with --apply or --run).</translation>
    </message>
    <message>
        <source>Random measurement samples (with --apply).</source>
        <translation>Random measurement samples (with --apply).</translation>
    </message>
    <message>
        <source>Timed runs per step (with --apply).</source>
        <translation>Timed runs per step (with --apply).</translation>
    </message>
    <message>
        <source>Write every step&apos;s measurements as JSON (as transform --measure --json) once all are done (with --apply).</source>
        <translation>Write every step&apos;s measurements as JSON (as transform --measure --json) once all are done (with --apply).</translation>
    </message>
    <message>
        <source>Run the model in the Run panel once it is open (after --apply&apos;s steps), as Ctrl+R does.</source>
        <translation>Run the model in the Run panel once it is open (after --apply&apos;s steps), as Ctrl+R does.</translation>
    </message>
    <message>
        <source>What the graph marks for this run: step (what the shown workbench step changed; the default), time (each node&apos;s time in the last run, with --run) or none.</source>
        <translation>What the graph marks for this run: step (what the shown workbench step changed; the default), time (each node&apos;s time in the last run, with --run) or none.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>render: the SVG drawing could not be parsed for %1</source>
        <translation>render: the SVG drawing could not be parsed for %1</translation>
    </message>
    <message>
        <source>render: empty drawing for %1</source>
        <translation>render: empty drawing for %1</translation>
    </message>
    <message>
        <source>render: not enough memory for a %1x%2 image</source>
        <translation>render: not enough memory for a %1x%2 image</translation>
    </message>
    <message>
        <source>render: PNG encoding failed: %1</source>
        <translation>render: PNG encoding failed: %1</translation>
    </message>
    <message>
        <source>model A (%1)</source>
        <translation>model A (%1)</translation>
    </message>
    <message>
        <source>model B (%1)</source>
        <translation>model B (%1)</translation>
    </message>
    <message>
        <source>model A (%1) on %2</source>
        <translation>model A (%1) on %2</translation>
    </message>
    <message>
        <source>model B (%1) on %2</source>
        <translation>model B (%1) on %2</translation>
    </message>
    <message>
        <source>the executor returned a different number of outputs than fetched</source>
        <translation>the executor returned a different number of outputs than fetched</translation>
    </message>
    <message>
        <source>loading model A</source>
        <translation>loading model A</translation>
    </message>
    <message>
        <source>loading model B</source>
        <translation>loading model B</translation>
    </message>
    <message>
        <source>bad value &apos;%1&apos; for %2; e.g. %3 %4</source>
        <translation>bad value &apos;%1&apos; for %2; e.g. %3 %4</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; expects %3 but the file holds %4</source>
        <translation>%1: input &apos;%2&apos; expects %3 but the file holds %4</translation>
    </message>
    <message>
        <source>%1 has no array for input &apos;%2&apos; (%3)</source>
        <translation>%1 has no array for input &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>%1: no &quot;inputs&quot; object</source>
        <translation>%1: no &quot;inputs&quot; object</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is not a file name</source>
        <translation>%1: input &apos;%2&apos; is not a file name</translation>
    </message>
    <message>
        <source>%1 feeds &apos;%2&apos;, which is not an input compared here</source>
        <translation>%1 feeds &apos;%2&apos;, which is not an input compared here</translation>
    </message>
    <message>
        <source>--shape %1 has rank %2 but input &apos;%3&apos; has shape %4</source>
        <translation>--shape %1 has rank %2 but input &apos;%3&apos; has shape %4</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) has an unknown shape; give it with --shape %3=1,224,224,3 (for example)</source>
        <translation>input &apos;%1&apos; (%2) has an unknown shape; give it with --shape %3=1,224,224,3 (for example)</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has shape %2 with an unknown dimension %3; give it with --shape %4=...</source>
        <translation>input &apos;%1&apos; has shape %2 with an unknown dimension %3; give it with --shape %4=...</translation>
    </message>
    <message>
        <source>cannot make random values for input &apos;%1&apos; of dtype %2; give files with --input %3=FILE.npy</source>
        <translation>cannot make random values for input &apos;%1&apos; of dtype %2; give files with --input %3=FILE.npy</translation>
    </message>
    <message>
        <source>--input %1: not an input of the models (inputs: %2)</source>
        <translation>--input %1: not an input of the models (inputs: %2)</translation>
    </message>
    <message>
        <source>%1 holds no .npz files</source>
        <translation>%1 holds no .npz files</translation>
    </message>
    <message>
        <source>sample %1 is out of range</source>
        <translation>sample %1 is out of range</translation>
    </message>
    <message>
        <source>%1 has no graph to run (a lone checkpoint needs its .meta beside it)</source>
        <translation>%1 has no graph to run (a lone checkpoint needs its .meta beside it)</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is in neither model</source>
        <translation>signature &apos;%1&apos; is in neither model</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of %2 (signature %3) is not an input of %4</source>
        <translation>input &apos;%1&apos; of %2 (signature %3) is not an input of %4</translation>
    </message>
    <message>
        <source>--map: %1 is not a node of %2</source>
        <translation>--map: %1 is not a node of %2</translation>
    </message>
    <message>
        <source>--output %1 is not among the matched outputs</source>
        <translation>--output %1 is not among the matched outputs</translation>
    </message>
    <message>
        <source>no outputs of %1 match outputs of %2; pair them explicitly, e.g. --map logits:0=logits_quantized:0</source>
        <translation>no outputs of %1 match outputs of %2; pair them explicitly, e.g. --map logits:0=logits_quantized:0</translation>
    </message>
    <message>
        <source>model A (warm-up)</source>
        <translation>model A (warm-up)</translation>
    </message>
    <message>
        <source>model B (warm-up)</source>
        <translation>model B (warm-up)</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>model A</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>model B</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>warm-up</translation>
    </message>
    <message>
        <source>cannot compare values of dtype %1 numerically</source>
        <translation>cannot compare values of dtype %1 numerically</translation>
    </message>
    <message>
        <source>%1: A gives %2 but B gives %3; element counts must match (use --map to pair other tensors)</source>
        <translation>%1: A gives %2 but B gives %3; element counts must match (use --map to pair other tensors)</translation>
    </message>
    <message>
        <source>%1: cannot compare %2 with %3</source>
        <translation>%1: cannot compare %2 with %3</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html or .json file name</source>
        <translation>--report %1: use a .md, .html or .json file name</translation>
    </message>
    <message>
        <source>cannot serialize the graph of %1</source>
        <translation>cannot serialize the graph of %1</translation>
    </message>
    <message>
        <source>constant chain too deep</source>
        <translation>constant chain too deep</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos; has no value</source>
        <translation>Const &apos;%1&apos; has no value</translation>
    </message>
    <message>
        <source>input is not a constant</source>
        <translation>input is not a constant</translation>
    </message>
    <message>
        <source>no inputs</source>
        <translation>no inputs</translation>
    </message>
    <message>
        <source>no kernel for %1</source>
        <translation>no kernel for %1</translation>
    </message>
    <message>
        <source>kernel gave no output</source>
        <translation>kernel gave no output</translation>
    </message>
    <message>
        <source>not a constant</source>
        <translation>not a constant</translation>
    </message>
    <message>
        <source>B − A needs equal shapes; A is %1, B is %2</source>
        <translation>B − A needs equal shapes; A is %1, B is %2</translation>
    </message>
    <message>
        <source>B − A needs numeric values; A is %1, B is %2</source>
        <translation>B − A needs numeric values; A is %1, B is %2</translation>
    </message>
    <message>
        <source>B − A cancelled</source>
        <translation>B − A cancelled</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calling %2</source>
        <translation>node &apos;%1&apos; calling %2</translation>
    </message>
    <message>
        <source>in function %1 called by node &apos;%2&apos;</source>
        <translation>in function %1 called by node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>run cancelled</translation>
    </message>
    <message>
        <source>cannot use %1 as a condition</source>
        <translation>cannot use %1 as a condition</translation>
    </message>
    <message>
        <source>placeholder &apos;%1&apos; (%2%3) must be fed: pass a value for &apos;%4:0&apos;</source>
        <translation>placeholder &apos;%1&apos; (%2%3) must be fed: pass a value for &apos;%4:0&apos;</translation>
    </message>
    <message>
        <source>function argument &apos;%1&apos; was not passed</source>
        <translation>function argument &apos;%1&apos; was not passed</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2)</source>
        <translation>node &apos;%1&apos; (op %2)</translation>
    </message>
    <message>
        <source>while loop &apos;%1&apos; ran more than %2 iterations; stopping</source>
        <translation>while loop &apos;%1&apos; ran more than %2 iterations; stopping</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no data input</source>
        <translation>node &apos;%1&apos; has no data input</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>node &apos;%1&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2, %3): output %4 does not match the fused parameters</source>
        <translation>node &apos;%1&apos; (op %2, %3): output %4 does not match the fused parameters</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; was not computed: some of its inputs never arrived (a loop that never ends, or a missing input)</source>
        <translation>fetch &apos;%1&apos; was not computed: some of its inputs never arrived (a loop that never ends, or a missing input)</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is dead: it lies on an untaken branch of a Switch</source>
        <translation>fetch &apos;%1&apos; is dead: it lies on an untaken branch of a Switch</translation>
    </message>
    <message>
        <source>%1 has no array &apos;%2&apos; (it holds: %3); write FILE.npz:KEY</source>
        <translation>%1 has no array &apos;%2&apos; (it holds: %3); write FILE.npz:KEY</translation>
    </message>
    <message>
        <source>--input expects NAME=SOURCE, e.g. --input x=x.npy or --input wav_data=@yes.wav; got &apos;%1&apos;</source>
        <translation>--input expects NAME=SOURCE, e.g. --input x=x.npy or --input wav_data=@yes.wav; got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--input NAME=@FILE needs a file name after &apos;@&apos;</source>
        <translation>--input NAME=@FILE needs a file name after &apos;@&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: negative output index for &apos;%2&apos;</source>
        <translation>node &apos;%1&apos;: negative output index for &apos;%2&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (function %2) has no output &apos;%3&apos;</source>
        <translation>node &apos;%1&apos; (function %2) has no output &apos;%3&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) has no output argument &apos;%3&apos;</source>
        <translation>node &apos;%1&apos; (op %2) has no output argument &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the graph has no node named &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos;: the graph has no node named &apos;%3&apos;</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; is given twice</source>
        <translation>feed &apos;%1&apos; is given twice</translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: the graph has no node named &apos;%2&apos;</source>
        <translation>target &apos;%1&apos;: the graph has no node named &apos;%2&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: bad input &apos;%2&apos;</source>
        <translation>node &apos;%1&apos;: bad input &apos;%2&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Exit) is not inside a while loop frame</source>
        <translation>node &apos;%1&apos; (op Exit) is not inside a while loop frame</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is on a cycle that is not a TF1 while loop (NextIteration -&gt; Merge)</source>
        <translation>node &apos;%1&apos; is on a cycle that is not a TF1 while loop (NextIteration -&gt; Merge)</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; in %2 takes an input from &apos;%3&apos; in %4 (values cross frames only through Enter and Exit)</source>
        <translation>node &apos;%1&apos; in %2 takes an input from &apos;%3&apos; in %4 (values cross frames only through Enter and Exit)</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op NextIteration) is not inside a while loop frame</source>
        <translation>node &apos;%1&apos; (op NextIteration) is not inside a while loop frame</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; inside while loop &apos;%2&apos; takes a fed tensor; feed tensors outside loops only</source>
        <translation>node &apos;%1&apos; inside while loop &apos;%2&apos; takes a fed tensor; feed tensors outside loops only</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is inside a while loop; fetch its Exit instead</source>
        <translation>fetch &apos;%1&apos; is inside a while loop; fetch its Exit instead</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized: %2</source>
        <translation>variable &apos;%1&apos; is not initialized: %2</translation>
    </message>
    <message>
        <source>%1: has no graph to run (a lone checkpoint?)</source>
        <translation>%1: has no graph to run (a lone checkpoint?)</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos; (the model has none)</source>
        <translation>%1: no signature &apos;%2&apos; (the model has none)</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; valid: %3</source>
        <translation>%1: no signature &apos;%2&apos;; valid: %3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown rank: give its shape, e.g. --shape %2=1,224,224,3</source>
        <translation>input &apos;%1&apos; has unknown rank: give its shape, e.g. --shape %2=1,224,224,3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown dims %2: give them, e.g. --shape %3=1,...</source>
        <translation>input &apos;%1&apos; has unknown dims %2: give them, e.g. --shape %3=1,...</translation>
    </message>
    <message>
        <source>cannot make random values of dtype %1</source>
        <translation>cannot make random values of dtype %1</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>signature &apos;%1&apos; has no input &apos;%2&apos;</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) is not given: use --input %3=FILE.npy or --random-inputs</source>
        <translation>input &apos;%1&apos; (%2) is not given: use --input %3=FILE.npy or --random-inputs</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>input &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in shape &apos;%2&apos;</source>
        <translation>bad dimension &apos;%1&apos; in shape &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: has no graph to run (meta graph %2)</source>
        <translation>%1: has no graph to run (meta graph %2)</translation>
    </message>
    <message>
        <source>loading variable &apos;%1&apos;</source>
        <translation>loading variable &apos;%1&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is not in the graph&apos;s function library</source>
        <translation>function &apos;%1&apos; is not in the graph&apos;s function library</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>function %1</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; expects %2, got %3</source>
        <translation>feed &apos;%1&apos; expects %2, got %3</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos;</source>
        <translation>fetch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos; (the model has none)</source>
        <translation>no signature &apos;%1&apos; (the model has none)</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos;; valid: %2</source>
        <translation>no signature &apos;%1&apos;; valid: %2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; input &apos;%2&apos; (%3) is not given</source>
        <translation>signature &apos;%1&apos; input &apos;%2&apos; (%3) is not given</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>signature &apos;%1&apos; has no output &apos;%2&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is missing</source>
        <translation>function &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>cannot take rows of a scalar</source>
        <translation>cannot take rows of a scalar</translation>
    </message>
    <message>
        <source>rows [%1,%2) out of range for %3</source>
        <translation>rows [%1,%2) out of range for %3</translation>
    </message>
    <message>
        <source>cannot stack %1 with elements of shape %2</source>
        <translation>cannot stack %1 with elements of shape %2</translation>
    </message>
    <message>
        <source>cannot concatenate %1 with rows of shape %2</source>
        <translation>cannot concatenate %1 with rows of shape %2</translation>
    </message>
    <message>
        <source>dtype mismatch: %1 vs %2</source>
        <translation>dtype mismatch: %1 vs %2</translation>
    </message>
    <message>
        <source>shape mismatch: %1 vs %2</source>
        <translation>shape mismatch: %1 vs %2</translation>
    </message>
    <message>
        <source>cannot add tensors of dtype %1</source>
        <translation>cannot add tensors of dtype %1</translation>
    </message>
    <message>
        <source>expected int32 or int64 indices, got %1</source>
        <translation>expected int32 or int64 indices, got %1</translation>
    </message>
    <message>
        <source>%1: no tensor named &apos;%2&apos; in this checkpoint</source>
        <translation>%1: no tensor named &apos;%2&apos; in this checkpoint</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lists a slice that has no entry in the index</source>
        <translation>%1: tensor &apos;%2&apos; lists a slice that has no entry in the index</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; is stored as %3%4, expected %5%6</source>
        <translation>%1: a slice of tensor &apos;%2&apos; is stored as %3%4, expected %5%6</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: checksum mismatch in data shard %2 (index says crc32c %3, data gives %4); the shard is corrupt</source>
        <translation>tensor &apos;%1&apos;: checksum mismatch in data shard %2 (index says crc32c %3, data gives %4); the shard is corrupt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: bytes [%2, %3) lie beyond the end of data shard %4 (%5 bytes); the shard is truncated or the index is corrupt</source>
        <translation>tensor &apos;%1&apos;: bytes [%2, %3) lie beyond the end of data shard %4 (%5 bytes); the shard is truncated or the index is corrupt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has type %2, whose stored values tfscope cannot decode</source>
        <translation>tensor &apos;%1&apos; has type %2, whose stored values tfscope cannot decode</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: stored size %2 bytes disagrees with %3%4 (%5 bytes)</source>
        <translation>tensor &apos;%1&apos;: stored size %2 bytes disagrees with %3%4 (%5 bytes)</translation>
    </message>
    <message>
        <source>%1: %2 strings cannot fit in %3 stored bytes</source>
        <translation>%1: %2 strings cannot fit in %3 stored bytes</translation>
    </message>
    <message>
        <source>%1: string lengths are truncated or malformed</source>
        <translation>%1: string lengths are truncated or malformed</translation>
    </message>
    <message>
        <source>%1: a string length exceeds the stored size</source>
        <translation>%1: a string length exceeds the stored size</translation>
    </message>
    <message>
        <source>%1: the checksum of the string lengths is missing</source>
        <translation>%1: the checksum of the string lengths is missing</translation>
    </message>
    <message>
        <source>%1: checksum of the string lengths does not match; the shard is corrupt</source>
        <translation>%1: checksum of the string lengths does not match; the shard is corrupt</translation>
    </message>
    <message>
        <source>%1: string lengths add up to %2 bytes but %3 bytes are stored</source>
        <translation>%1: string lengths add up to %2 bytes but %3 bytes are stored</translation>
    </message>
    <message>
        <source>%1: checkpoint index not found</source>
        <translation>%1: checkpoint index not found</translation>
    </message>
    <message>
        <source>%1: the header entry is not a BundleHeaderProto; not a V2 checkpoint index</source>
        <translation>%1: the header entry is not a BundleHeaderProto; not a V2 checkpoint index</translation>
    </message>
    <message>
        <source>%1: the index has no header entry; not a V2 checkpoint index</source>
        <translation>%1: the index has no header entry; not a V2 checkpoint index</translation>
    </message>
    <message>
        <source>%1: entry for tensor &apos;%2&apos; is not a valid BundleEntryProto</source>
        <translation>%1: entry for tensor &apos;%2&apos; is not a valid BundleEntryProto</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative offset or size</source>
        <translation>%1: tensor &apos;%2&apos; has a negative offset or size</translation>
    </message>
    <message>
        <source>%1: big-endian checkpoints are not supported (only little-endian)</source>
        <translation>%1: big-endian checkpoints are not supported (only little-endian)</translation>
    </message>
    <message>
        <source>%1: written by a newer TensorFlow (needs bundle reader version %2, this reader is version %3)</source>
        <translation>%1: written by a newer TensorFlow (needs bundle reader version %2, this reader is version %3)</translation>
    </message>
    <message>
        <source>%1: this checkpoint disallows bundle reader version 1</source>
        <translation>%1: this checkpoint disallows bundle reader version 1</translation>
    </message>
    <message>
        <source>%1: header has an invalid shard count %2</source>
        <translation>%1: header has an invalid shard count %2</translation>
    </message>
    <message>
        <source>%1: data shard %2 is missing (the index lists %3 shard%4)</source>
        <translation>%1: data shard %2 is missing (the index lists %3 shard%4)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is in shard %3 but the checkpoint has %4</source>
        <translation>%1: tensor &apos;%2&apos; is in shard %3 but the checkpoint has %4</translation>
    </message>
    <message>
        <source>%1: no checkpoint index found</source>
        <translation>%1: no checkpoint index found</translation>
    </message>
    <message>
        <source>%1: no V1 checkpoint found</source>
        <translation>%1: no V1 checkpoint found</translation>
    </message>
    <message>
        <source>%1: stored shape has unknown rank</source>
        <translation>%1: stored shape has unknown rank</translation>
    </message>
    <message>
        <source>%1: stored shape has rank %2 (at most 254)</source>
        <translation>%1: stored shape has rank %2 (at most 254)</translation>
    </message>
    <message>
        <source>%1: invalid stored shape: %2</source>
        <translation>%1: invalid stored shape: %2</translation>
    </message>
    <message>
        <source>%1: slice has rank %2 but the tensor has shape %3</source>
        <translation>%1: slice has rank %2 but the tensor has shape %3</translation>
    </message>
    <message>
        <source>%1: slice extent [%2, +%3) of dimension %4 lies outside shape %5</source>
        <translation>%1: slice extent [%2, +%3) of dimension %4 lies outside shape %5</translation>
    </message>
    <message>
        <source>%1: slice holds %2, expected %3%4</source>
        <translation>%1: slice holds %2, expected %3%4</translation>
    </message>
    <message>
        <source>%1: no checkpoint state file in %2</source>
        <translation>%1: no checkpoint state file in %2</translation>
    </message>
    <message>
        <source>%1: not a text CheckpointState (%2); expected lines like model_checkpoint_path: &quot;model.ckpt-10&quot;</source>
        <translation>%1: not a text CheckpointState (%2); expected lines like model_checkpoint_path: &quot;model.ckpt-10&quot;</translation>
    </message>
    <message>
        <source>%1: a slice listed in the metadata has no data record</source>
        <translation>%1: a slice listed in the metadata has no data record</translation>
    </message>
    <message>
        <source>%1: slice record is not a SavedTensorSlices with data</source>
        <translation>%1: slice record is not a SavedTensorSlices with data</translation>
    </message>
    <message>
        <source>%1: slice stores %2 values but its shape %3 needs %4</source>
        <translation>%1: slice stores %2 values but its shape %3 needs %4</translation>
    </message>
    <message>
        <source>%1: the first record is not a SavedTensorSlices meta; not a V1 checkpoint</source>
        <translation>%1: the first record is not a SavedTensorSlices meta; not a V1 checkpoint</translation>
    </message>
    <message>
        <source>%1: unsupported stored type %2</source>
        <translation>%1: unsupported stored type %2</translation>
    </message>
    <message>
        <source>%1: the metadata lists no stored slices</source>
        <translation>%1: the metadata lists no stored slices</translation>
    </message>
    <message>
        <source>%1: listed twice in the metadata</source>
        <translation>%1: listed twice in the metadata</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: cannot create: %2</translation>
    </message>
    <message>
        <source>%1: cannot flush: %2</source>
        <translation>%1: cannot flush: %2</translation>
    </message>
    <message>
        <source>%1: cannot close: %2</source>
        <translation>%1: cannot close: %2</translation>
    </message>
    <message>
        <source>%1: cannot rename temp file into place: %2</source>
        <translation>%1: cannot rename temp file into place: %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: write failed: %2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output prefix</source>
        <translation>%1: refusing to overwrite an input file; choose another output prefix</translation>
    </message>
    <message>
        <source>%1: a tensor has an empty name (reserved for the header)</source>
        <translation>%1: a tensor has an empty name (reserved for the header)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is listed twice</source>
        <translation>%1: tensor &apos;%2&apos; is listed twice</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no value</source>
        <translation>%1: tensor &apos;%2&apos; has no value</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has type %3, which cannot be written to a checkpoint</source>
        <translation>%1: tensor &apos;%2&apos; has type %3, which cannot be written to a checkpoint</translation>
    </message>
    <message>
        <source>%1: cannot create the checkpoint folder: %2</source>
        <translation>%1: cannot create the checkpoint folder: %2</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data buffer</source>
        <translation>%1: tensor &apos;%2&apos; has no data buffer</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible GraphDef (node names or op names are not text)</source>
        <translation>%1: parses as protobuf but is not a plausible GraphDef (node names or op names are not text)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: no such file, folder or checkpoint prefix</source>
        <translation>%1: no such file, folder or checkpoint prefix</translation>
    </message>
    <message>
        <source>%1: no model found in this folder (expected saved_model.pb or .pbtxt, numbered SavedModel versions, a checkpoint with a `checkpoint` file or .index, or a .pb/.pbtxt/.meta file)</source>
        <translation>%1: no model found in this folder (expected saved_model.pb or .pbtxt, numbered SavedModel versions, a checkpoint with a `checkpoint` file or .index, or a .pb/.pbtxt/.meta file)</translation>
    </message>
    <message>
        <source>%1: not a TensorFlow model tfscope recognises (tried SavedModel, TFLite, checkpoint V2/V1, MetaGraphDef and GraphDef, binary and text)</source>
        <translation>%1: not a TensorFlow model tfscope recognises (tried SavedModel, TFLite, checkpoint V2/V1, MetaGraphDef and GraphDef, binary and text)</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos;</source>
        <translation>Const &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot serialize the GraphDef</source>
        <translation>%1: cannot serialize the GraphDef</translation>
    </message>
    <message>
        <source>%1: too small for a memmapped package</source>
        <translation>%1: too small for a memmapped package</translation>
    </message>
    <message>
        <source>%1: memmapped package directory offset is past the end</source>
        <translation>%1: memmapped package directory offset is past the end</translation>
    </message>
    <message>
        <source>%1: memmapped package directory does not parse</source>
        <translation>%1: memmapped package directory does not parse</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; lacks the %3 prefix</source>
        <translation>%1: region &apos;%2&apos; lacks the %3 prefix</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has an invalid offset</source>
        <translation>%1: region &apos;%2&apos; has an invalid offset</translation>
    </message>
    <message>
        <source>%1: memmapped package has no GraphDef region (%2)</source>
        <translation>%1: memmapped package has no GraphDef region (%2)</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; appears twice</source>
        <translation>%1: region &apos;%2&apos; appears twice</translation>
    </message>
    <message>
        <source>%1: no GraphDef region</source>
        <translation>%1: no GraphDef region</translation>
    </message>
    <message>
        <source>%1: the GraphDef region (%2 bytes) does not parse</source>
        <translation>%1: the GraphDef region (%2 bytes) does not parse</translation>
    </message>
    <message>
        <source>%1: no region &apos;%2&apos;</source>
        <translation>%1: no region &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; cannot hold %3</source>
        <translation>%1: region &apos;%2&apos; cannot hold %3</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has %3 bytes, %4 %5 needs %6</source>
        <translation>%1: region &apos;%2&apos; has %3 bytes, %4 %5 needs %6</translation>
    </message>
    <message>
        <source>ImmutableConst needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst needs dtype, shape and memory_region_name</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; lives in a memmapped package; open the package file itself, not a GraphDef extracted from it (or convert it back with tfscope --batch convert PKG out.pb)</source>
        <translation>region &apos;%1&apos; lives in a memmapped package; open the package file itself, not a GraphDef extracted from it (or convert it back with tfscope --batch convert PKG out.pb)</translation>
    </message>
    <message>
        <source>ImmutableConst shape %1 is not fully known</source>
        <translation>ImmutableConst shape %1 is not fully known</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos; needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst &apos;%1&apos; needs dtype, shape and memory_region_name</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;: shape %2 is not fully known</source>
        <translation>ImmutableConst &apos;%1&apos;: shape %2 is not fully known</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;</source>
        <translation>ImmutableConst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible MetaGraphDef</source>
        <translation>%1: parses as protobuf but is not a plausible MetaGraphDef</translation>
    </message>
    <message>
        <source>%1: no object graph (%2); a name-based checkpoint</source>
        <translation>%1: no object graph (%2); a name-based checkpoint</translation>
    </message>
    <message>
        <source>%1: %2 should be a string scalar but is %3</source>
        <translation>%1: %2 should be a string scalar but is %3</translation>
    </message>
    <message>
        <source>%1: %2 does not hold a valid TrackableObjectGraph</source>
        <translation>%1: %2 does not hold a valid TrackableObjectGraph</translation>
    </message>
    <message>
        <source>%1: %2 bytes exceed protobuf&apos;s 2 GiB message limit</source>
        <translation>%1: %2 bytes exceed protobuf&apos;s 2 GiB message limit</translation>
    </message>
    <message>
        <source>%1: not a valid %2 (truncated or corrupt protobuf)</source>
        <translation>%1: not a valid %2 (truncated or corrupt protobuf)</translation>
    </message>
    <message>
        <source>%1: not a valid text %2</source>
        <translation>%1: not a valid text %2</translation>
    </message>
    <message>
        <source>%1: not a valid text %2 (%3)</source>
        <translation>%1: not a valid text %2 (%3)</translation>
    </message>
    <message>
        <source>cannot serialise %1</source>
        <translation>cannot serialise %1</translation>
    </message>
    <message>
        <source>%1: no saved_model.pb in this folder or its numbered versions</source>
        <translation>%1: no saved_model.pb in this folder or its numbered versions</translation>
    </message>
    <message>
        <source>%1: the SavedModel holds no meta graphs</source>
        <translation>%1: the SavedModel holds no meta graphs</translation>
    </message>
    <message>
        <source>%1: a meta graph holds an implausible graph (corrupt file?)</source>
        <translation>%1: a meta graph holds an implausible graph (corrupt file?)</translation>
    </message>
    <message>
        <source>%1: no meta graph with tags &apos;%2&apos;; available:%3</source>
        <translation>%1: no meta graph with tags &apos;%2&apos;; available:%3</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: file not found</translation>
    </message>
    <message>
        <source>%1: not a table: %2 bytes, too short for the 48-byte table footer (truncated or empty file?)</source>
        <translation>%1: not a table: %2 bytes, too short for the 48-byte table footer (truncated or empty file?)</translation>
    </message>
    <message>
        <source>%1: not a table: bad magic number in the footer (expected the LevelDB/TensorFlow table magic 0xdb4775248b80fb57; truncated or not a checkpoint index?)</source>
        <translation>%1: not a table: bad magic number in the footer (expected the LevelDB/TensorFlow table magic 0xdb4775248b80fb57; truncated or not a checkpoint index?)</translation>
    </message>
    <message>
        <source>%1: corrupt table: the footer points outside the file (truncated or damaged?)</source>
        <translation>%1: corrupt table: the footer points outside the file (truncated or damaged?)</translation>
    </message>
    <message>
        <source>%1: corrupt table: a block claims an impossible size</source>
        <translation>%1: corrupt table: a block claims an impossible size</translation>
    </message>
    <message>
        <source>%1: cannot read table: %2</source>
        <translation>%1: cannot read table: %2</translation>
    </message>
    <message>
        <source>%1: corrupt table: the index points at a data block outside the file (truncated or damaged?)</source>
        <translation>%1: corrupt table: the index points at a data block outside the file (truncated or damaged?)</translation>
    </message>
    <message>
        <source>%1: corrupt table: %2</source>
        <translation>%1: corrupt table: %2</translation>
    </message>
    <message>
        <source>%1: no record with key &apos;%2&apos;</source>
        <translation>%1: no record with key &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: table has no records</source>
        <translation>%1: table has no records</translation>
    </message>
    <message>
        <source>table already finished</source>
        <translation>table already finished</translation>
    </message>
    <message>
        <source>table keys must be added in strictly increasing order; &apos;%1&apos; follows &apos;%2&apos;</source>
        <translation>table keys must be added in strictly increasing order; &apos;%1&apos; follows &apos;%2&apos;</translation>
    </message>
    <message>
        <source>building table failed: %1</source>
        <translation>building table failed: %1</translation>
    </message>
    <message>
        <source>%1: this is a TensorFlow Lite flatbuffer (TFL3); tfscope does not support TFLite models yet</source>
        <translation>%1: this is a TensorFlow Lite flatbuffer (TFL3); tfscope does not support TFLite models yet</translation>
    </message>
    <message>
        <source>%1: has no graph to write as %2 (a checkpoint without .meta)</source>
        <translation>%1: has no graph to write as %2 (a checkpoint without .meta)</translation>
    </message>
    <message>
        <source>%1: has no variables to write as a checkpoint</source>
        <translation>%1: has no variables to write as a checkpoint</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos;</source>
        <translation>cannot tell what to write to &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos; (unknown kind &apos;%2&apos;)</source>
        <translation>cannot tell what to write to &apos;%1&apos; (unknown kind &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: has no graph to serialize</source>
        <translation>%1: has no graph to serialize</translation>
    </message>
    <message>
        <source>%1: already exists; tfscope writes a SavedModel only into a new folder</source>
        <translation>%1: already exists; tfscope writes a SavedModel only into a new folder</translation>
    </message>
    <message>
        <source>%1: cannot create folder: %2</source>
        <translation>%1: cannot create folder: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy asset: %2</source>
        <translation>%1: cannot copy asset: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the new SavedModel into place: %2</source>
        <translation>%1: cannot move the new SavedModel into place: %2</translation>
    </message>
    <message>
        <source>Graphviz dot could not lay out %1 items: %2</source>
        <translation>Graphviz dot could not lay out %1 items: %2</translation>
    </message>
    <message>
        <source>layout cancelled</source>
        <translation>layout cancelled</translation>
    </message>
    <message>
        <source>%1 has no graph</source>
        <translation>%1 has no graph</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no argument &apos;%2&apos;</source>
        <translation>function &apos;%1&apos; has no argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>negative dimension %1 in shape %2</source>
        <translation>negative dimension %1 in shape %2</translation>
    </message>
    <message>
        <source>element count of shape %1 overflows</source>
        <translation>element count of shape %1 overflows</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; opens &apos;[&apos; but does not close it</source>
        <translation>shape &apos;%1&apos; opens &apos;[&apos; but does not close it</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos;: &apos;%2&apos; is not a dimension (use a number, ? or -1), e.g. 1,224,224,3</source>
        <translation>shape &apos;%1&apos;: &apos;%2&apos; is not a dimension (use a number, ? or -1), e.g. 1,224,224,3</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; has more than 64 dimensions</source>
        <translation>shape &apos;%1&apos; has more than 64 dimensions</translation>
    </message>
    <message>
        <source>tensors of type %1 cannot hold values here</source>
        <translation>tensors of type %1 cannot hold values here</translation>
    </message>
    <message>
        <source>tensor %1%2 needs %3 bytes, more than allowed</source>
        <translation>tensor %1%2 needs %3 bytes, more than allowed</translation>
    </message>
    <message>
        <source>string tensor %1 has too many elements</source>
        <translation>string tensor %1 has too many elements</translation>
    </message>
    <message>
        <source>out of memory allocating tensor</source>
        <translation>out of memory allocating tensor</translation>
    </message>
    <message>
        <source>buffer of %1 bytes does not match %2%3 (%4 bytes)</source>
        <translation>buffer of %1 bytes does not match %2%3 (%4 bytes)</translation>
    </message>
    <message>
        <source>tensor has %1 values but its shape %2 holds %3</source>
        <translation>tensor has %1 values but its shape %2 holds %3</translation>
    </message>
    <message>
        <source>too many complex values for shape %1</source>
        <translation>too many complex values for shape %1</translation>
    </message>
    <message>
        <source>tensor has an unknown rank</source>
        <translation>tensor has an unknown rank</translation>
    </message>
    <message>
        <source>tensor shape %1 has a negative dimension</source>
        <translation>tensor shape %1 has a negative dimension</translation>
    </message>
    <message>
        <source>string tensor has more values than its shape %1 holds</source>
        <translation>string tensor has more values than its shape %1 holds</translation>
    </message>
    <message>
        <source>string tensor %1 is too large</source>
        <translation>string tensor %1 is too large</translation>
    </message>
    <message>
        <source>tensor values of type %1 are not supported</source>
        <translation>tensor values of type %1 are not supported</translation>
    </message>
    <message>
        <source>tensor_content has %1 bytes but %2%3 needs %4</source>
        <translation>tensor_content has %1 bytes but %2%3 needs %4</translation>
    </message>
    <message>
        <source>constant %1%2 would expand to %3 bytes</source>
        <translation>constant %1%2 would expand to %3 bytes</translation>
    </message>
    <message>
        <source>cannot reshape %1 to %2</source>
        <translation>cannot reshape %1 to %2</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos; has no value attribute</source>
        <translation>Const node &apos;%1&apos; has no value attribute</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos;</source>
        <translation>Const node &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2</source>
        <translation>no constant, variable or checkpoint key named &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2 (similar: %3)</source>
        <translation>no constant, variable or checkpoint key named &apos;%1&apos; in %2 (similar: %3)</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no argument or node</source>
        <translation>input &apos;%1&apos; names no argument or node</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not node:output:index</source>
        <translation>input &apos;%1&apos; is not node:output:index</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no node of the body</source>
        <translation>input &apos;%1&apos; names no node of the body</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has a bad index</source>
        <translation>input &apos;%1&apos; has a bad index</translation>
    </message>
    <message>
        <source>function %1: %2</source>
        <translation>function %1: %2</translation>
    </message>
    <message>
        <source>function %1: %2 (and %3 more)</source>
        <translation>function %1: %2 (and %3 more)</translation>
    </message>
    <message>
        <source>%1: unknown op; neither a registered op nor a function of the graph&apos;s library</source>
        <translation>%1: unknown op; neither a registered op nor a function of the graph&apos;s library</translation>
    </message>
    <message>
        <source>%1: missing int attr &apos;%2&apos; giving the size of &apos;%3&apos;</source>
        <translation>%1: missing int attr &apos;%2&apos; giving the size of &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: attr &apos;%2&apos; = %3 is not a valid tensor count</source>
        <translation>%1: attr &apos;%2&apos; = %3 is not a valid tensor count</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos; giving the types of &apos;%3&apos;</source>
        <translation>%1: missing list(type) attr &apos;%2&apos; giving the types of &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos;</source>
        <translation>%1: missing list(type) attr &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: missing type attr &apos;%2&apos; giving the type of &apos;%3&apos;</source>
        <translation>%1: missing type attr &apos;%2&apos; giving the type of &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: too many outputs</source>
        <translation>%1: too many outputs</translation>
    </message>
    <message>
        <source>%1: output &apos;%2:%3&apos; is out of range; &apos;%4&apos; has %5 tensor(s)</source>
        <translation>%1: output &apos;%2:%3&apos; is out of range; &apos;%4&apos; has %5 tensor(s)</translation>
    </message>
    <message>
        <source>%1: no output argument &apos;%2&apos;; valid: %3</source>
        <translation>%1: no output argument &apos;%2&apos;; valid: %3</translation>
    </message>
    <message>
        <source>input shape given for &apos;%1&apos;, but the graph has no node &apos;%2&apos;</source>
        <translation>input shape given for &apos;%1&apos;, but the graph has no node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>input shape for &apos;%1&apos; has a negative dimension: %2</source>
        <translation>input shape for &apos;%1&apos; has a negative dimension: %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %2 argument(s), but %3 shape(s) were given</source>
        <translation>function &apos;%1&apos; takes %2 argument(s), but %3 shape(s) were given</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no input</source>
        <translation>node &apos;%1&apos; (%2) has no input</translation>
    </message>
    <message>
        <source>no kernel for op %1 (node &apos;%2&apos;)</source>
        <translation>no kernel for op %1 (node &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: no outputs to freeze for; pass --outputs or pick a --signature</source>
        <translation>%1: no outputs to freeze for; pass --outputs or pick a --signature</translation>
    </message>
    <message>
        <source>%1: output node &apos;%2&apos; is not in the graph</source>
        <translation>%1: output node &apos;%2&apos; is not in the graph</translation>
    </message>
    <message>
        <source>%1: no checkpoint value for variable &apos;%2&apos;%3</source>
        <translation>%1: no checkpoint value for variable &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>reading variable &apos;%1&apos;</source>
        <translation>reading variable &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: output depends on &apos;%2&apos; (%3), which changes a variable; a frozen graph cannot do that</source>
        <translation>%1: output depends on &apos;%2&apos; (%3), which changes a variable; a frozen graph cannot do that</translation>
    </message>
    <message>
        <source>frozen graph of %1</source>
        <translation>frozen graph of %1</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has one output, not %2</source>
        <translation>argument &apos;%1&apos; has one output, not %2</translation>
    </message>
    <message>
        <source>op %1 of &apos;%2&apos; is unknown, its output names cannot be written</source>
        <translation>op %1 of &apos;%2&apos; is unknown, its output names cannot be written</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) has no output %3</source>
        <translation>&apos;%1&apos; (%2) has no output %3</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has a generic type (%2%3)</source>
        <translation>argument &apos;%1&apos; has a generic type (%2%3)</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; was rewritten</source>
        <translation>argument &apos;%1&apos; was rewritten</translation>
    </message>
    <message>
        <source>an argument placeholder was removed</source>
        <translation>an argument placeholder was removed</translation>
    </message>
    <message>
        <source>return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>return &apos;%1&apos; lost its node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>return &apos;%1&apos;</source>
        <translation>return &apos;%1&apos;</translation>
    </message>
    <message>
        <source>control return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>control return &apos;%1&apos; lost its node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--transforms: missing &apos;)&apos; after the parameters of &apos;%1&apos;</source>
        <translation>--transforms: missing &apos;)&apos; after the parameters of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--transforms: unterminated quoted value for parameter &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>--transforms: unterminated quoted value for parameter &apos;%1&apos; of &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized. Run `tfscope --batch transform --list` for every transform.</source>
        <translation>Transform &apos;%1&apos; not recognized. Run `tfscope --batch transform --list` for every transform.</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized; did you mean &apos;%2&apos;? Run `tfscope --batch transform --list` for every transform.</source>
        <translation>Transform &apos;%1&apos; not recognized; did you mean &apos;%2&apos;? Run `tfscope --batch transform --list` for every transform.</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; it accepts %3, e.g. %4</source>
        <translation>%1 has no parameter &apos;%2&apos;; it accepts %3, e.g. %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; takes a single value but was given %3 times, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; takes a single value but was given %3 times, e.g. %4</translation>
    </message>
    <message>
        <source>%1 expects at least one &apos;%2&apos; argument, e.g. %3</source>
        <translation>%1 expects at least one &apos;%2&apos; argument, e.g. %3</translation>
    </message>
    <message>
        <source>graph has a cycle through node &apos;%1&apos; that is not a TF1 loop; cannot sort it</source>
        <translation>graph has a cycle through node &apos;%1&apos; that is not a TF1 loop; cannot sort it</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no &apos;value&apos; tensor attribute</source>
        <translation>node &apos;%1&apos; (%2) has no &apos;value&apos; tensor attribute</translation>
    </message>
    <message>
        <source>call &apos;%1&apos; passes %2 inputs to &apos;%3&apos;, which takes %4 (list-typed arguments are not inlined)</source>
        <translation>call &apos;%1&apos; passes %2 inputs to &apos;%3&apos;, which takes %4 (list-typed arguments are not inlined)</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;: input &apos;%2&apos; names no node or argument</source>
        <translation>function &apos;%1&apos;: input &apos;%2&apos; names no node or argument</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;</source>
        <translation>function &apos;%1&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no result for output &apos;%2&apos;</source>
        <translation>function &apos;%1&apos; has no result for output &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: has no graph to transform (a checkpoint without .meta?)</source>
        <translation>%1: has no graph to transform (a checkpoint without .meta?)</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; it has: %3</source>
        <translation>%1: no signature &apos;%2&apos;; it has: %3</translation>
    </message>
    <message>
        <source>transform cancelled during &apos;%1&apos;</source>
        <translation>transform cancelled during &apos;%1&apos;</translation>
    </message>
    <message>
        <source>transform cancelled before &apos;%1&apos;</source>
        <translation>transform cancelled before &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized</source>
        <translation>Transform &apos;%1&apos; not recognized</translation>
    </message>
    <message>
        <source>%1 produced an invalid graph</source>
        <translation>%1 produced an invalid graph</translation>
    </message>
    <message>
        <source>ConcatV2 node &apos;%1&apos; has fewer than 2 inputs</source>
        <translation>ConcatV2 node &apos;%1&apos; has fewer than 2 inputs</translation>
    </message>
    <message>
        <source>filter must be 4-D, got %1</source>
        <translation>filter must be 4-D, got %1</translation>
    </message>
    <message>
        <source>filter cannot be a string tensor</source>
        <translation>filter cannot be a string tensor</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; holds %2, not float32</source>
        <translation>node &apos;%1&apos; holds %2, not float32</translation>
    </message>
    <message>
        <source>weights of &apos;%1&apos; are not float32</source>
        <translation>weights of &apos;%1&apos; are not float32</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 scale values for weights %3</source>
        <translation>node &apos;%1&apos;: %2 scale values for weights %3</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges needs a log, e.g. freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</source>
        <translation>freeze_requantization_ranges needs a log, e.g. freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: min_percentile and max_percentile must be in [0, 100]</source>
        <translation>freeze_requantization_ranges: min_percentile and max_percentile must be in [0, 100]</translation>
    </message>
    <message>
        <source>min_max_log_file</source>
        <translation>min_max_log_file</translation>
    </message>
    <message>
        <source>no min/max records in %1 (expected lines like &apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos;)</source>
        <translation>no min/max records in %1 (expected lines like &apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos;)</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: %1 logged nodes are not in the graph: %2</source>
        <translation>freeze_requantization_ranges: %1 logged nodes are not in the graph: %2</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: logged nodes must be RequantizationRange: %1</source>
        <translation>freeze_requantization_ranges: logged nodes must be RequantizationRange: %1</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos; is not float</source>
        <translation>constant &apos;%1&apos; is not float</translation>
    </message>
    <message>
        <source>QuantizeV2 returned %1 outputs</source>
        <translation>QuantizeV2 returned %1 outputs</translation>
    </message>
    <message>
        <source>quantize_nodes needs both input_min and input_max, e.g. quantize_nodes(input_min=-1, input_max=1)</source>
        <translation>quantize_nodes needs both input_min and input_max, e.g. quantize_nodes(input_min=-1, input_max=1)</translation>
    </message>
    <message>
        <source>quantize_nodes needs both fallback_min and fallback_max, e.g. quantize_nodes(fallback_min=-10, fallback_max=10)</source>
        <translation>quantize_nodes needs both fallback_min and fallback_max, e.g. quantize_nodes(fallback_min=-10, fallback_max=10)</translation>
    </message>
    <message>
        <source>quantize_nodes: fallback_min must be &lt;= 0 and fallback_max &gt;= fallback_min</source>
        <translation>quantize_nodes: fallback_min must be &lt;= 0 and fallback_max &gt;= fallback_min</translation>
    </message>
    <message>
        <source>quantize_nodes: node &apos;%1&apos;</source>
        <translation>quantize_nodes: node &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove_attribute expects an &apos;attribute_name&apos;, e.g. remove_attribute(op_name=Mul, attribute_name=foo)</source>
        <translation>remove_attribute expects an &apos;attribute_name&apos;, e.g. remove_attribute(op_name=Mul, attribute_name=foo)</translation>
    </message>
    <message>
        <source>remove_nodes expects at least one &apos;op&apos; argument, e.g. remove_nodes(op=Identity)</source>
        <translation>remove_nodes expects at least one &apos;op&apos; argument, e.g. remove_nodes(op=Identity)</translation>
    </message>
    <message>
        <source>rename_attribute expects &apos;old_attribute_name&apos; and &apos;new_attribute_name&apos;, e.g. rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</source>
        <translation>rename_attribute expects &apos;old_attribute_name&apos; and &apos;new_attribute_name&apos;, e.g. rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</translation>
    </message>
    <message>
        <source>rename_node expects matching &apos;old_node_name&apos; and &apos;new_node_name&apos; arguments, e.g. rename_node(old_node_name=conv1, new_node_name=features)</source>
        <translation>rename_node expects matching &apos;old_node_name&apos; and &apos;new_node_name&apos; arguments, e.g. rename_node(old_node_name=conv1, new_node_name=features)</translation>
    </message>
    <message>
        <source>rename_node: no node named &apos;%1&apos;</source>
        <translation>rename_node: no node named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rename_node: a node named &apos;%1&apos; already exists</source>
        <translation>rename_node: a node named &apos;%1&apos; already exists</translation>
    </message>
    <message>
        <source>rename_op expects &apos;old_op_name&apos; and &apos;new_op_name&apos;, e.g. rename_op(old_op_name=Mul, new_op_name=Multiply)</source>
        <translation>rename_op expects &apos;old_op_name&apos; and &apos;new_op_name&apos;, e.g. rename_op(old_op_name=Mul, new_op_name=Multiply)</translation>
    </message>
    <message>
        <source>round_weights: num_steps must be between 2 and 16777216, e.g. round_weights(num_steps=256)</source>
        <translation>round_weights: num_steps must be between 2 and 16777216, e.g. round_weights(num_steps=256)</translation>
    </message>
    <message>
        <source>sparsify_gather input_checkpoint</source>
        <translation>sparsify_gather input_checkpoint</translation>
    </message>
    <message>
        <source>sparsify_gather: variable &apos;%1&apos;</source>
        <translation>sparsify_gather: variable &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sparsify_gather: group_init_node &apos;%1&apos; exists but is a %2, not a NoOp; name another, e.g. sparsify_gather(group_init_node=init_tables)</source>
        <translation>sparsify_gather: group_init_node &apos;%1&apos; exists but is a %2, not a NoOp; name another, e.g. sparsify_gather(group_init_node=init_tables)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: bad shape &apos;%1&apos;, e.g. shape=&quot;1,224,224,3&quot;</source>
        <translation>strip_unused_nodes: bad shape &apos;%1&apos;, e.g. shape=&quot;1,224,224,3&quot;</translation>
    </message>
    <message>
        <source>strip_unused_nodes needs --outputs (the nodes to keep), e.g. --outputs=softmax</source>
        <translation>strip_unused_nodes needs --outputs (the nodes to keep), e.g. --outputs=softmax</translation>
    </message>
    <message>
        <source>strip_unused_nodes: each &apos;name&apos; needs its own type_for_name/shape_for_name, e.g. strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</source>
        <translation>strip_unused_nodes: each &apos;name&apos; needs its own type_for_name/shape_for_name, e.g. strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: output node &apos;%1&apos; is not in the graph</source>
        <translation>strip_unused_nodes: output node &apos;%1&apos; is not in the graph</translation>
    </message>
    <message>
        <source>graph has more than one node named &apos;%1&apos;</source>
        <translation>graph has more than one node named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>graph is invalid: %1</source>
        <translation>graph is invalid: %1</translation>
    </message>
    <message>
        <source>graph has a node with an empty name or op (&apos;%1&apos;)</source>
        <translation>graph has a node with an empty name or op (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>graph has a new cycle through node &apos;%1&apos; (not a TF1 loop)</source>
        <translation>graph has a new cycle through node &apos;%1&apos; (not a TF1 loop)</translation>
    </message>
    <message>
        <source>%1: has no checkpoint to slim (expected a checkpoint prefix with .meta, or a SavedModel with variables/)</source>
        <translation>%1: has no checkpoint to slim (expected a checkpoint prefix with .meta, or a SavedModel with variables/)</translation>
    </message>
    <message>
        <source>slim-checkpoint needs an output prefix, e.g. --out /tmp/slim/model.ckpt</source>
        <translation>slim-checkpoint needs an output prefix, e.g. --out /tmp/slim/model.ckpt</translation>
    </message>
    <message>
        <source>finding the variables the outputs read (slimming freezes a copy first)</source>
        <translation>finding the variables the outputs read (slimming freezes a copy first)</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos; from %2</source>
        <translation>reading &apos;%1&apos; from %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; given %2 times, but it takes a single value</source>
        <translation>parameter &apos;%1&apos; given %2 times, but it takes a single value</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects an integer, found &apos;%2&apos;</source>
        <translation>parameter &apos;%1&apos; expects an integer, found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects a number, found &apos;%2&apos;</source>
        <translation>parameter &apos;%1&apos; expects a number, found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects true or false, found &apos;%2&apos;</source>
        <translation>parameter &apos;%1&apos; expects true or false, found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: not a regular file</translation>
    </message>
    <message>
        <source>%1: file is %2 bytes, more than the %3 this reader accepts</source>
        <translation>%1: file is %2 bytes, more than the %3 this reader accepts</translation>
    </message>
    <message>
        <source>%1: cannot map file: %2</source>
        <translation>%1: cannot map file: %2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output path</source>
        <translation>%1: refusing to overwrite an input file; choose another output path</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: invalid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a .npy file (bad magic)</source>
        <translation>%1: not a .npy file (bad magic)</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <translation>%1: truncated .npy header</translation>
    </message>
    <message>
        <source>%1: .npy version %2 is not supported</source>
        <translation>%1: .npy version %2 is not supported</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported</source>
        <translation>%1: Fortran-ordered arrays are not supported</translation>
    </message>
    <message>
        <source>%1: .npy shape dimension %2 is too large</source>
        <translation>%1: .npy shape dimension %2 is too large</translation>
    </message>
    <message>
        <source>%1: numpy dtype &apos;%2&apos; is not supported</source>
        <translation>%1: numpy dtype &apos;%2&apos; is not supported</translation>
    </message>
    <message>
        <source>%1: data is shorter than shape %2 needs</source>
        <translation>%1: data is shorter than shape %2 needs</translation>
    </message>
    <message>
        <source>cannot write %1 tensors as .npy</source>
        <translation>cannot write %1 tensors as .npy</translation>
    </message>
    <message>
        <source>%1: truncated zip entry</source>
        <translation>%1: truncated zip entry</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; has a truncated extra field</source>
        <translation>%1: zip entry &apos;%2&apos; has a truncated extra field</translation>
    </message>
    <message>
        <source>%1: zip entries with data descriptors are not supported</source>
        <translation>%1: zip entries with data descriptors are not supported</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; is truncated</source>
        <translation>%1: zip entry &apos;%2&apos; is truncated</translation>
    </message>
    <message>
        <source>%1: zip entry too large</source>
        <translation>%1: zip entry too large</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; claims %3 bytes from %4 compressed (corrupt)</source>
        <translation>%1: zip entry &apos;%2&apos; claims %3 bytes from %4 compressed (corrupt)</translation>
    </message>
    <message>
        <source>zlib init failed</source>
        <translation>zlib init failed</translation>
    </message>
    <message>
        <source>%1: cannot inflate &apos;%2&apos;</source>
        <translation>%1: cannot inflate &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: zip compression method %2 is not supported</source>
        <translation>%1: zip compression method %2 is not supported</translation>
    </message>
    <message>
        <source>%1: not an .npz archive (no arrays found)</source>
        <translation>%1: not an .npz archive (no arrays found)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>original (%1)</source>
        <translation>original (%1)</translation>
    </message>
    <message>
        <source>original (%1) on %2</source>
        <translation>original (%1) on %2</translation>
    </message>
    <message>
        <source>freeze takes no parameters; write it as: freeze</source>
        <translation>freeze takes no parameters; write it as: freeze</translation>
    </message>
    <message>
        <source>%1: no graph to freeze</source>
        <translation>%1: no graph to freeze</translation>
    </message>
    <message>
        <source>no model to transform</source>
        <translation>no model to transform</translation>
    </message>
    <message>
        <source>diff needs two models</source>
        <translation>diff needs two models</translation>
    </message>
    <message>
        <source>no graph</source>
        <translation>no graph</translation>
    </message>
    <message>
        <source>a shape is NAME=d0,d1,..., e.g. x=1,224,224,3; got &apos;%1&apos;</source>
        <translation>a shape is NAME=d0,d1,..., e.g. x=1,224,224,3; got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the model has no outputs to fetch</source>
        <translation>the model has no outputs to fetch</translation>
    </message>
    <message>
        <source>%1 has no value here</source>
        <translation>%1 has no value here</translation>
    </message>
    <message>
        <source>constant %1 has no value</source>
        <translation>constant %1 has no value</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>--input %1: the model has no input &apos;%2&apos;</source>
        <translation>--input %1: the model has no input &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the image is too large to feed (%2x%3 pixels)</source>
        <translation>%1: the image is too large to feed (%2x%3 pixels)</translation>
    </message>
    <message>
        <source>%1: not an image Qt can read (%2)</source>
        <translation>%1: not an image Qt can read (%2)</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has shape %3; an image feeds a [batch,height,width,channels] input</source>
        <translation>%1: input &apos;%2&apos; has shape %3; an image feeds a [batch,height,width,channels] input</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; takes %3; images feed float32 or uint8 inputs</source>
        <translation>%1: input &apos;%2&apos; takes %3; images feed float32 or uint8 inputs</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has %3 channels; images give 1, 3 or 4</source>
        <translation>%1: input &apos;%2&apos; has %3 channels; images give 1, 3 or 4</translation>
    </message>
    <message>
        <source>%1: the input&apos;s height or width is too large</source>
        <translation>%1: the input&apos;s height or width is too large</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for converted images</source>
        <translation>%1: cannot create the folder for converted images</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; input &apos;%2&apos; does not name a node</source>
        <translation>node &apos;%1&apos; input &apos;%2&apos; does not name a node</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) is not supported</source>
        <translation>node &apos;%1&apos; (op %2) is not supported</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) calls function &apos;%3&apos;, which is not in the graph&apos;s function library</source>
        <translation>node &apos;%1&apos; (op %2) calls function &apos;%3&apos;, which is not in the graph&apos;s function library</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calls %2: %3</source>
        <translation>node &apos;%1&apos; calls %2: %3</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const) has no &apos;value&apos; attribute</source>
        <translation>node &apos;%1&apos; (op Const) has no &apos;value&apos; attribute</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const): %2</source>
        <translation>node &apos;%1&apos; (op Const): %2</translation>
    </message>
    <message>
        <source>measureAlternating needs two runners</source>
        <translation>measureAlternating needs two runners</translation>
    </message>
    <message>
        <source>measureSingle needs a runner</source>
        <translation>measureSingle needs a runner</translation>
    </message>
    <message>
        <source>has no function attribute to call</source>
        <translation>has no function attribute to call</translation>
    </message>
    <message>
        <source>function %1 takes %2 arguments, got %3</source>
        <translation>function %1 takes %2 arguments, got %3</translation>
    </message>
    <message>
        <source>function %1 returned %2 values, but output %3 is used</source>
        <translation>function %1 returned %2 values, but output %3 is used</translation>
    </message>
    <message>
        <source>branch_index must be an int32 scalar, got %1</source>
        <translation>branch_index must be an int32 scalar, got %1</translation>
    </message>
    <message>
        <source>has no branches</source>
        <translation>has no branches</translation>
    </message>
    <message>
        <source>ran more than 10,000,000 iterations; stopping</source>
        <translation>ran more than 10,000,000 iterations; stopping</translation>
    </message>
    <message>
        <source>cond function %1 returned nothing</source>
        <translation>cond function %1 returned nothing</translation>
    </message>
    <message>
        <source>body %1 returned %2 values for %3 loop variables</source>
        <translation>body %1 returned %2 values for %3 loop variables</translation>
    </message>
    <message>
        <source>has no data input</source>
        <translation>has no data input</translation>
    </message>
    <message>
        <source>found NaN or Inf: %1</source>
        <translation>found NaN or Inf: %1</translation>
    </message>
    <message>
        <source>assertion failed</source>
        <translation>assertion failed</translation>
    </message>
    <message>
        <source>expects 2 inputs (data, pred)</source>
        <translation>expects 2 inputs (data, pred)</translation>
    </message>
    <message>
        <source>%1 must be a scalar, got %2</source>
        <translation>%1 must be a scalar, got %2</translation>
    </message>
    <message>
        <source>input 0 must be a variable reference (VariableV2 output)</source>
        <translation>input 0 must be a variable reference (VariableV2 output)</translation>
    </message>
    <message>
        <source>cannot assign %1 to variable &apos;%2&apos; of shape %3</source>
        <translation>cannot assign %1 to variable &apos;%2&apos; of shape %3</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized</source>
        <translation>variable &apos;%1&apos; is not initialized</translation>
    </message>
    <message>
        <source>input 0 must be a resource handle, got %1</source>
        <translation>input 0 must be a resource handle, got %1</translation>
    </message>
    <message>
        <source>batch_dims != 0 is not supported</source>
        <translation>batch_dims != 0 is not supported</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is a scalar; cannot gather rows</source>
        <translation>variable &apos;%1&apos; is a scalar; cannot gather rows</translation>
    </message>
    <message>
        <source>index %1 is out of range [0, %2)</source>
        <translation>index %1 is out of range [0, %2)</translation>
    </message>
    <message>
        <source>input 0 is not a live TensorArray handle</source>
        <translation>input 0 is not a live TensorArray handle</translation>
    </message>
    <message>
        <source>size must be a non-negative int32 scalar, got %1</source>
        <translation>size must be a non-negative int32 scalar, got %1</translation>
    </message>
    <message>
        <source>negative TensorArray index %1</source>
        <translation>negative TensorArray index %1</translation>
    </message>
    <message>
        <source>writing %1 to a TensorArray of %2</source>
        <translation>writing %1 to a TensorArray of %2</translation>
    </message>
    <message>
        <source>index %1 out of range for TensorArray of size %2</source>
        <translation>index %1 out of range for TensorArray of size %2</translation>
    </message>
    <message>
        <source>TensorArray index too large</source>
        <translation>TensorArray index too large</translation>
    </message>
    <message>
        <source>index must be a scalar</source>
        <translation>index must be a scalar</translation>
    </message>
    <message>
        <source>TensorArray element %1 was read before it was written</source>
        <translation>TensorArray element %1 was read before it was written</translation>
    </message>
    <message>
        <source>gathering zero elements needs a known element_shape</source>
        <translation>gathering zero elements needs a known element_shape</translation>
    </message>
    <message>
        <source>value %1 does not have one row per index (%2)</source>
        <translation>value %1 does not have one row per index (%2)</translation>
    </message>
    <message>
        <source>cannot concatenate scalar TensorArray elements</source>
        <translation>cannot concatenate scalar TensorArray elements</translation>
    </message>
    <message>
        <source>cannot concatenate an empty TensorArray</source>
        <translation>cannot concatenate an empty TensorArray</translation>
    </message>
    <message>
        <source>expects at least %1 inputs, got %2</source>
        <translation>expects at least %1 inputs, got %2</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused input missing</source>
        <translation>node &apos;%1&apos;: fused input missing</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused output aliases an input</source>
        <translation>node &apos;%1&apos;: fused output aliases an input</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) produced %3 outputs, but output %4 is used</source>
        <translation>node &apos;%1&apos; (op %2) produced %3 outputs, but output %4 is used</translation>
    </message>
    <message>
        <source>plan expects %1 feeds, got %2</source>
        <translation>plan expects %1 feeds, got %2</translation>
    </message>
    <message>
        <source>input must be floating point, got %1</source>
        <translation>input must be floating point, got %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2-D, got %3</source>
        <translation>%1 must be at least %2-D, got %3</translation>
    </message>
    <message>
        <source>unsupported dtype %1</source>
        <translation>unsupported dtype %1</translation>
    </message>
    <message>
        <source>index depth %1 exceeds params rank of %2</source>
        <translation>index depth %1 exceeds params rank of %2</translation>
    </message>
    <message>
        <source>index %1 is out of range for dimension %2 of %3</source>
        <translation>index %1 is out of range for dimension %2 of %3</translation>
    </message>
    <message>
        <source>%1 must be &gt;= %2</source>
        <translation>%1 must be &gt;= %2</translation>
    </message>
    <message>
        <source>on_value and off_value must be scalars of one dtype</source>
        <translation>on_value and off_value must be scalars of one dtype</translation>
    </message>
    <message>
        <source>%1 must be %2, got %3</source>
        <translation>%1 must be %2, got %3</translation>
    </message>
    <message>
        <source>dtypes differ: %1 and %2</source>
        <translation>dtypes differ: %1 and %2</translation>
    </message>
    <message>
        <source>t and e must have the same shape, got %1 and %2</source>
        <translation>t and e must have the same shape, got %1 and %2</translation>
    </message>
    <message>
        <source>vector condition must match the first dimension of %1</source>
        <translation>vector condition must match the first dimension of %1</translation>
    </message>
    <message>
        <source>condition %1 must be a scalar, a vector or the shape of %2</source>
        <translation>condition %1 must be a scalar, a vector or the shape of %2</translation>
    </message>
    <message>
        <source>k=%1 must be in [0, %2]</source>
        <translation>k=%1 must be in [0, %2]</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64, got %2</source>
        <translation>%1 must be int32 or int64, got %2</translation>
    </message>
    <message>
        <source>value %1 does not fit int32 out_type</source>
        <translation>value %1 does not fit int32 out_type</translation>
    </message>
    <message>
        <source>shape %1 has more than one -1</source>
        <translation>shape %1 has more than one -1</translation>
    </message>
    <message>
        <source>shape %1 has a negative dimension</source>
        <translation>shape %1 has a negative dimension</translation>
    </message>
    <message>
        <source>shape %1 is too large</source>
        <translation>shape %1 is too large</translation>
    </message>
    <message>
        <source>cannot squeeze axis %1 of %2: size is not 1</source>
        <translation>cannot squeeze axis %1 of %2: size is not 1</translation>
    </message>
    <message>
        <source>dims %1 has a negative dimension</source>
        <translation>dims %1 has a negative dimension</translation>
    </message>
    <message>
        <source>start, limit and delta must be scalars of one dtype</source>
        <translation>start, limit and delta must be scalars of one dtype</translation>
    </message>
    <message>
        <source>delta must not be 0</source>
        <translation>delta must not be 0</translation>
    </message>
    <message>
        <source>start and limit are in the wrong order for the sign of delta</source>
        <translation>start and limit are in the wrong order for the sign of delta</translation>
    </message>
    <message>
        <source>range is too large</source>
        <translation>range is too large</translation>
    </message>
    <message>
        <source>cannot broadcast %1 to %2</source>
        <translation>cannot broadcast %1 to %2</translation>
    </message>
    <message>
        <source>block_shape must have 1 to rank-1 entries for input %1</source>
        <translation>block_shape must have 1 to rank-1 entries for input %1</translation>
    </message>
    <message>
        <source>%1 must be [%2,2], got %3</source>
        <translation>%1 must be [%2,2], got %3</translation>
    </message>
    <message>
        <source>block_shape entries must be &gt;= 1</source>
        <translation>block_shape entries must be &gt;= 1</translation>
    </message>
    <message>
        <source>padded spatial size %1 is not divisible by block %2</source>
        <translation>padded spatial size %1 is not divisible by block %2</translation>
    </message>
    <message>
        <source>batch %1 is not divisible by the block size product %2</source>
        <translation>batch %1 is not divisible by the block size product %2</translation>
    </message>
    <message>
        <source>crops are larger than the spatial size</source>
        <translation>crops are larger than the spatial size</translation>
    </message>
    <message>
        <source>%1 must be %2-D, got %3</source>
        <translation>%1 must be %2-D, got %3</translation>
    </message>
    <message>
        <source>only %1 %2 is supported</source>
        <translation>only %1 %2 is supported</translation>
    </message>
    <message>
        <source>depth %1 is not divisible by block_size^2</source>
        <translation>depth %1 is not divisible by block_size^2</translation>
    </message>
    <message>
        <source>spatial size is not divisible by block_size</source>
        <translation>spatial size is not divisible by block_size</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>needs at least one value</translation>
    </message>
    <message>
        <source>cannot concatenate scalars</source>
        <translation>cannot concatenate scalars</translation>
    </message>
    <message>
        <source>inputs differ in dtype or rank: %1 and %2</source>
        <translation>inputs differ in dtype or rank: %1 and %2</translation>
    </message>
    <message>
        <source>inputs differ outside the concat axis: %1 and %2</source>
        <translation>inputs differ outside the concat axis: %1 and %2</translation>
    </message>
    <message>
        <source>all values must have the same shape, got %1 and %2</source>
        <translation>all values must have the same shape, got %1 and %2</translation>
    </message>
    <message>
        <source>attr num=%1 but axis has size %2</source>
        <translation>attr num=%1 but axis has size %2</translation>
    </message>
    <message>
        <source>cannot split axis of size %1 into %2 equal parts</source>
        <translation>cannot split axis of size %1 into %2 equal parts</translation>
    </message>
    <message>
        <source>size_splits has an invalid entry</source>
        <translation>size_splits has an invalid entry</translation>
    </message>
    <message>
        <source>size_splits %1 do not add up to the axis size %2</source>
        <translation>size_splits %1 do not add up to the axis size %2</translation>
    </message>
    <message>
        <source>begin and size must have %1 entries for input %2</source>
        <translation>begin and size must have %1 entries for input %2</translation>
    </message>
    <message>
        <source>slice begin %1 size %2 is out of bounds for %3</source>
        <translation>slice begin %1 size %2 is out of bounds for %3</translation>
    </message>
    <message>
        <source>begin, end and strides must have the same length (at most 30)</source>
        <translation>begin, end and strides must have the same length (at most 30)</translation>
    </message>
    <message>
        <source>index %1 of the slice spec is out of bounds for %2</source>
        <translation>index %1 of the slice spec is out of bounds for %2</translation>
    </message>
    <message>
        <source>strides must be non-zero</source>
        <translation>strides must be non-zero</translation>
    </message>
    <message>
        <source>slice index %1 of dimension %2 out of bounds for %3</source>
        <translation>slice index %1 of dimension %2 out of bounds for %3</translation>
    </message>
    <message>
        <source>multiples must have %1 entries for %2</source>
        <translation>multiples must have %1 entries for %2</translation>
    </message>
    <message>
        <source>tiled shape is too large</source>
        <translation>tiled shape is too large</translation>
    </message>
    <message>
        <source>constant_values must be a scalar of the input dtype</source>
        <translation>constant_values must be a scalar of the input dtype</translation>
    </message>
    <message>
        <source>mode must be REFLECT or SYMMETRIC</source>
        <translation>mode must be REFLECT or SYMMETRIC</translation>
    </message>
    <message>
        <source>paddings are too large</source>
        <translation>paddings are too large</translation>
    </message>
    <message>
        <source>paddings are too large for %1 mirror padding of %2</source>
        <translation>paddings are too large for %1 mirror padding of %2</translation>
    </message>
    <message>
        <source>padded shape is too large</source>
        <translation>padded shape is too large</translation>
    </message>
    <message>
        <source>%1 must be a string scalar, got %2</source>
        <translation>%1 must be a string scalar, got %2</translation>
    </message>
    <message>
        <source>contents is not a RIFF/WAVE file</source>
        <translation>contents is not a RIFF/WAVE file</translation>
    </message>
    <message>
        <source>WAV fmt chunk is truncated</source>
        <translation>WAV fmt chunk is truncated</translation>
    </message>
    <message>
        <source>only PCM WAV files are supported (format %1)</source>
        <translation>only PCM WAV files are supported (format %1)</translation>
    </message>
    <message>
        <source>WAV file has no fmt chunk or zero channels</source>
        <translation>WAV file has no fmt chunk or zero channels</translation>
    </message>
    <message>
        <source>only 16-bit WAV samples are supported, got %1-bit</source>
        <translation>only 16-bit WAV samples are supported, got %1-bit</translation>
    </message>
    <message>
        <source>WAV file has no data chunk</source>
        <translation>WAV file has no data chunk</translation>
    </message>
    <message>
        <source>input must be float32 [samples, channels], got %1</source>
        <translation>input must be float32 [samples, channels], got %1</translation>
    </message>
    <message>
        <source>window_size must be &gt;= 2 and stride &gt;= 1</source>
        <translation>window_size must be &gt;= 2 and stride &gt;= 1</translation>
    </message>
    <message>
        <source>spectrogram must be float32 [channels, frames, bins], got %1</source>
        <translation>spectrogram must be float32 [channels, frames, bins], got %1</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 must be positive</translation>
    </message>
    <message>
        <source>filterbank_channel_count must be in [1, 4096]</source>
        <translation>filterbank_channel_count must be in [1, 4096]</translation>
    </message>
    <message>
        <source>dct_coefficient_count must be in [1, filterbank_channel_count]</source>
        <translation>dct_coefficient_count must be in [1, filterbank_channel_count]</translation>
    </message>
    <message>
        <source>spectrogram needs at least 2 bins</source>
        <translation>spectrogram needs at least 2 bins</translation>
    </message>
    <message>
        <source>need 0 &lt;= lower_frequency_limit &lt; upper_frequency_limit</source>
        <translation>need 0 &lt;= lower_frequency_limit &lt; upper_frequency_limit</translation>
    </message>
    <message>
        <source>strides and dilations must be &gt;= 1</source>
        <translation>strides and dilations must be &gt;= 1</translation>
    </message>
    <message>
        <source>window size must be &gt;= 1, got %1</source>
        <translation>window size must be &gt;= 1, got %1</translation>
    </message>
    <message>
        <source>VALID window of effective size %1 does not fit input size %2</source>
        <translation>VALID window of effective size %1 does not fit input size %2</translation>
    </message>
    <message>
        <source>explicit paddings must be &gt;= 0</source>
        <translation>explicit paddings must be &gt;= 0</translation>
    </message>
    <message>
        <source>window does not fit the explicitly padded input</source>
        <translation>window does not fit the explicitly padded input</translation>
    </message>
    <message>
        <source>padding must be SAME, VALID or EXPLICIT, got &apos;%1&apos;</source>
        <translation>padding must be SAME, VALID or EXPLICIT, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>data_format must be NHWC or NCHW, got &apos;%1&apos;</source>
        <translation>data_format must be NHWC or NCHW, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must have %2 entries</source>
        <translation>%1 must have %2 entries</translation>
    </message>
    <message>
        <source>strides in the batch and depth dimensions must be 1</source>
        <translation>strides in the batch and depth dimensions must be 1</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4 (grouped convolution is not supported)</source>
        <translation>filter %1 expects %2 input channels but input %3 has %4 (grouped convolution is not supported)</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4</source>
        <translation>filter %1 expects %2 input channels but input %3 has %4</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1 and %2</source>
        <translation>only float32 (and float16 via float32) is supported, got %1 and %2</translation>
    </message>
    <message>
        <source>filter must be 4-D [h,w,in,out], got %1</source>
        <translation>filter must be 4-D [h,w,in,out], got %1</translation>
    </message>
    <message>
        <source>only %1 is supported</source>
        <translation>only %1 is supported</translation>
    </message>
    <message>
        <source>%1 and %2 must be %3-D, got %4 and %5</source>
        <translation>%1 and %2 must be %3-D, got %4 and %5</translation>
    </message>
    <message>
        <source>filter %1 does not match input_sizes channels %2</source>
        <translation>filter %1 does not match input_sizes channels %2</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output shape %2</source>
        <translation>out_backprop %1 does not match the forward output shape %2</translation>
    </message>
    <message>
        <source>filter %1 does not match input channels of %2</source>
        <translation>filter %1 does not match input channels of %2</translation>
    </message>
    <message>
        <source>both inputs must be strings, got %1 and %2</source>
        <translation>both inputs must be strings, got %1 and %2</translation>
    </message>
    <message>
        <source>bool input is not supported by this op</source>
        <translation>bool input is not supported by this op</translation>
    </message>
    <message>
        <source>inputs must be floating point, got %1</source>
        <translation>inputs must be floating point, got %1</translation>
    </message>
    <message>
        <source>inputs must be integers, got %1</source>
        <translation>inputs must be integers, got %1</translation>
    </message>
    <message>
        <source>integer division by zero</source>
        <translation>integer division by zero</translation>
    </message>
    <message>
        <source>bias has %1 elements but value %2 has %3 channels</source>
        <translation>bias has %1 elements but value %2 has %3 channels</translation>
    </message>
    <message>
        <source>all inputs must have the same dtype and shape, got %1 and %2</source>
        <translation>all inputs must have the same dtype and shape, got %1 and %2</translation>
    </message>
    <message>
        <source>input must be an integer, got %1</source>
        <translation>input must be an integer, got %1</translation>
    </message>
    <message>
        <source>missing attribute %1</source>
        <translation>missing attribute %1</translation>
    </message>
    <message>
        <source>internal: no kernel for %1</source>
        <translation>internal: no kernel for %1</translation>
    </message>
    <message>
        <source>%1 step failed</source>
        <translation>%1 step failed</translation>
    </message>
    <message>
        <source>BiasAdd needs a bias argument</source>
        <translation>BiasAdd needs a bias argument</translation>
    </message>
    <message>
        <source>FusedBatchNorm needs 4 arguments (scale, offset, mean, variance)</source>
        <translation>FusedBatchNorm needs 4 arguments (scale, offset, mean, variance)</translation>
    </message>
    <message>
        <source>fused op &apos;%1&apos; is not supported (supported: BiasAdd or FusedBatchNorm, then Relu, Relu6, Elu, LeakyRelu, Tanh, Sigmoid)</source>
        <translation>fused op &apos;%1&apos; is not supported (supported: BiasAdd or FusedBatchNorm, then Relu, Relu6, Elu, LeakyRelu, Tanh, Sigmoid)</translation>
    </message>
    <message>
        <source>images must be 4-D NHWC, got %1</source>
        <translation>images must be 4-D NHWC, got %1</translation>
    </message>
    <message>
        <source>size must hold two positive values</source>
        <translation>size must hold two positive values</translation>
    </message>
    <message>
        <source>input images must not be empty, got %1</source>
        <translation>input images must not be empty, got %1</translation>
    </message>
    <message>
        <source>align_corners and half_pixel_centers cannot both be true</source>
        <translation>align_corners and half_pixel_centers cannot both be true</translation>
    </message>
    <message>
        <source>expects %1 inputs, got %2</source>
        <translation>expects %1 inputs, got %2</translation>
    </message>
    <message>
        <source>expects %1 to %2 inputs, got %3</source>
        <translation>expects %1 to %2 inputs, got %3</translation>
    </message>
    <message>
        <source>input %1 has no value</source>
        <translation>input %1 has no value</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>output %1</translation>
    </message>
    <message>
        <source>output %1: out of memory for %2 bytes</source>
        <translation>output %1: out of memory for %2 bytes</translation>
    </message>
    <message>
        <source>output %1%2 would be larger than 8 GiB</source>
        <translation>output %1%2 would be larger than 8 GiB</translation>
    </message>
    <message>
        <source>missing input %1</source>
        <translation>missing input %1</translation>
    </message>
    <message>
        <source>%1 must be a scalar or 1-D, got %2</source>
        <translation>%1 must be a scalar or 1-D, got %2</translation>
    </message>
    <message>
        <source>%1 must hold one value, got %2</source>
        <translation>%1 must hold one value, got %2</translation>
    </message>
    <message>
        <source>%1 must be a numeric scalar, got %2</source>
        <translation>%1 must be a numeric scalar, got %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range for rank %3 (valid: [%4, %5))</source>
        <translation>%1 %2 is out of range for rank %3 (valid: [%4, %5))</translation>
    </message>
    <message>
        <source>incompatible shapes for broadcasting: %1 and %2</source>
        <translation>incompatible shapes for broadcasting: %1 and %2</translation>
    </message>
    <message>
        <source>permutation has %1 entries for rank %2</source>
        <translation>permutation has %1 entries for rank %2</translation>
    </message>
    <message>
        <source>invalid permutation for rank %1</source>
        <translation>invalid permutation for rank %1</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected float32 or float64)</source>
        <translation>unsupported dtype %1 (expected float32 or float64)</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected a real number type)</source>
        <translation>unsupported dtype %1 (expected a real number type)</translation>
    </message>
    <message>
        <source>unsupported dtype %1 for this op</source>
        <translation>unsupported dtype %1 for this op</translation>
    </message>
    <message>
        <source>inputs must be 2-D, got %1 and %2</source>
        <translation>inputs must be 2-D, got %1 and %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (transpose_a=%3, transpose_b=%4)</source>
        <translation>inner dimensions differ: %1 x %2 (transpose_a=%3, transpose_b=%4)</translation>
    </message>
    <message>
        <source>inputs must be at least 2-D, got %1 and %2</source>
        <translation>inputs must be at least 2-D, got %1 and %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (adj_x=%3, adj_y=%4)</source>
        <translation>inner dimensions differ: %1 x %2 (adj_x=%3, adj_y=%4)</translation>
    </message>
    <message>
        <source>BatchMatMul needs equal batch dimensions, got %1 and %2</source>
        <translation>BatchMatMul needs equal batch dimensions, got %1 and %2</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; needs an explicit &apos;-&gt;&apos; output</source>
        <translation>equation &apos;%1&apos; needs an explicit &apos;-&gt;&apos; output</translation>
    </message>
    <message>
        <source>only two-operand equations are supported, got &apos;%1&apos;</source>
        <translation>only two-operand equations are supported, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input ranks</source>
        <translation>equation &apos;%1&apos; does not match input ranks</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input shapes %2 and %3</source>
        <translation>equation &apos;%1&apos; does not match input shapes %2 and %3</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has sizes %2 and %3 (broadcasting inside einsum is not supported)</source>
        <translation>label &apos;%1&apos; has sizes %2 and %3 (broadcasting inside einsum is not supported)</translation>
    </message>
    <message>
        <source>repeated labels (traces) are not supported in &apos;%1&apos;</source>
        <translation>repeated labels (traces) are not supported in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is summed within one operand; unsupported in &apos;%2&apos;</source>
        <translation>label &apos;%1&apos; is summed within one operand; unsupported in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>output label &apos;%1&apos; is not in the inputs</source>
        <translation>output label &apos;%1&apos; is not in the inputs</translation>
    </message>
    <message>
        <source>x must be float32 or float16, got %1</source>
        <translation>x must be float32 or float16, got %1</translation>
    </message>
    <message>
        <source>unsupported data_format &apos;%1&apos;</source>
        <translation>unsupported data_format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>x must be %1-D for %2, got %3</source>
        <translation>x must be %1-D for %2, got %3</translation>
    </message>
    <message>
        <source>%1 must be float32</source>
        <translation>%1 must be float32</translation>
    </message>
    <message>
        <source>%1 must be [%2], got %3</source>
        <translation>%1 must be [%2], got %3</translation>
    </message>
    <message>
        <source>parameter %1 must be float32[%2], got %3</source>
        <translation>parameter %1 must be float32[%2], got %3</translation>
    </message>
    <message>
        <source>input must be float32 4-D, got %1</source>
        <translation>input must be float32 4-D, got %1</translation>
    </message>
    <message>
        <source>dense keys, defaults, Tdense and dense_shapes must have the same length</source>
        <translation>dense keys, defaults, Tdense and dense_shapes must have the same length</translation>
    </message>
    <message>
        <source>serialized[%1] is not a valid tf.Example</source>
        <translation>serialized[%1] is not a valid tf.Example</translation>
    </message>
    <message>
        <source>dense_shapes with unknown dims (variable-length features) are not supported</source>
        <translation>dense_shapes with unknown dims (variable-length features) are not supported</translation>
    </message>
    <message>
        <source>Tdense must be float32, int64 or string</source>
        <translation>Tdense must be float32, int64 or string</translation>
    </message>
    <message>
        <source>example %1 lacks required feature &apos;%2&apos;</source>
        <translation>example %1 lacks required feature &apos;%2&apos;</translation>
    </message>
    <message>
        <source>default for &apos;%1&apos; has the wrong dtype or size: %2</source>
        <translation>default for &apos;%1&apos; has the wrong dtype or size: %2</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; has the wrong type for %2</source>
        <translation>feature &apos;%1&apos; has the wrong type for %2</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; in example %2 has %3 values, expected %4</source>
        <translation>feature &apos;%1&apos; in example %2 has %3 values, expected %4</translation>
    </message>
    <message>
        <source>sparse features are not supported (%1=%2)</source>
        <translation>sparse features are not supported (%1=%2)</translation>
    </message>
    <message>
        <source>serialized must be a 1-D string tensor, got %1</source>
        <translation>serialized must be a 1-D string tensor, got %1</translation>
    </message>
    <message>
        <source>dense_keys must be string scalars</source>
        <translation>dense_keys must be string scalars</translation>
    </message>
    <message>
        <source>serialized must be a string scalar or vector, got %1</source>
        <translation>serialized must be a string scalar or vector, got %1</translation>
    </message>
    <message>
        <source>ragged features are not supported</source>
        <translation>ragged features are not supported</translation>
    </message>
    <message>
        <source>dense_keys must be strings</source>
        <translation>dense_keys must be strings</translation>
    </message>
    <message>
        <source>expected one dense default per dense key</source>
        <translation>expected one dense default per dense key</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1</source>
        <translation>only float32 (and float16 via float32) is supported, got %1</translation>
    </message>
    <message>
        <source>ksize and strides must have 4 entries</source>
        <translation>ksize and strides must have 4 entries</translation>
    </message>
    <message>
        <source>pooling over the batch or depth dimension is not supported</source>
        <translation>pooling over the batch or depth dimension is not supported</translation>
    </message>
    <message>
        <source>input must be a quantized type, got %1</source>
        <translation>input must be a quantized type, got %1</translation>
    </message>
    <message>
        <source>min_range and max_range must be float32 of equal size</source>
        <translation>min_range and max_range must be float32 of equal size</translation>
    </message>
    <message>
        <source>per-axis ranges must have %1 entries</source>
        <translation>per-axis ranges must have %1 entries</translation>
    </message>
    <message>
        <source>mode must be MIN_COMBINED, MIN_FIRST or SCALED</source>
        <translation>mode must be MIN_COMBINED, MIN_FIRST or SCALED</translation>
    </message>
    <message>
        <source>only per-tensor min_range/max_range are supported</source>
        <translation>only per-tensor min_range/max_range are supported</translation>
    </message>
    <message>
        <source>T must be a quantized type</source>
        <translation>T must be a quantized type</translation>
    </message>
    <message>
        <source>num_bits must be in [2, 16]</source>
        <translation>num_bits must be in [2, 16]</translation>
    </message>
    <message>
        <source>min must be &lt;= max</source>
        <translation>min must be &lt;= max</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_min must be &lt;= 0, got %2</source>
        <translation>fused Requantize &apos;%1&apos;: requested_output_min must be &lt;= 0, got %2</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_max must be &gt;= requested_output_min</source>
        <translation>fused Requantize &apos;%1&apos;: requested_output_max must be &gt;= requested_output_min</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not start with a Requantize</source>
        <translation>fused eight-bit chain does not start with a Requantize</translation>
    </message>
    <message>
        <source>fused eight-bit chain adds a bias to qint32 values</source>
        <translation>fused eight-bit chain adds a bias to qint32 values</translation>
    </message>
    <message>
        <source>fused QuantizedAdd &apos;%1&apos;: bias has %2 values but the input has %3 channels</source>
        <translation>fused QuantizedAdd &apos;%1&apos;: bias has %2 values but the input has %3 channels</translation>
    </message>
    <message>
        <source>fused eight-bit chain requantizes quint8 codes</source>
        <translation>fused eight-bit chain requantizes quint8 codes</translation>
    </message>
    <message>
        <source>fused eight-bit chain applies Relu to qint32 values</source>
        <translation>fused eight-bit chain applies Relu to qint32 values</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not end on quint8 codes</source>
        <translation>fused eight-bit chain does not end on quint8 codes</translation>
    </message>
    <message>
        <source>%1 must be a float32 scalar, got %2</source>
        <translation>%1 must be a float32 scalar, got %2</translation>
    </message>
    <message>
        <source>%1 must be quint8 (other eight-bit layouts are not supported), got %2</source>
        <translation>%1 must be quint8 (other eight-bit layouts are not supported), got %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2</source>
        <translation>inner dimensions differ: %1 x %2</translation>
    </message>
    <message>
        <source>bias must be 1-D with the input&apos;s last dimension, got %1 and %2</source>
        <translation>bias must be 1-D with the input&apos;s last dimension, got %1 and %2</translation>
    </message>
    <message>
        <source>shape has more than one -1</source>
        <translation>shape has more than one -1</translation>
    </message>
    <message>
        <source>shape dimensions must be &gt;= -1</source>
        <translation>shape dimensions must be &gt;= -1</translation>
    </message>
    <message>
        <source>cannot infer -1 in the shape from %1</source>
        <translation>cannot infer -1 in the shape from %1</translation>
    </message>
    <message>
        <source>expects concat_dim, N values, N mins and N maxes</source>
        <translation>expects concat_dim, N values, N mins and N maxes</translation>
    </message>
    <message>
        <source>all values must have the same rank</source>
        <translation>all values must have the same rank</translation>
    </message>
    <message>
        <source>values differ outside the concat dimension: %1 vs %2</source>
        <translation>values differ outside the concat dimension: %1 vs %2</translation>
    </message>
    <message>
        <source>requested_output_min must be &lt;= 0, got %1</source>
        <translation>requested_output_min must be &lt;= 0, got %1</translation>
    </message>
    <message>
        <source>requested_output_max must be &gt;= requested_output_min</source>
        <translation>requested_output_max must be &gt;= requested_output_min</translation>
    </message>
    <message>
        <source>dtype must be a floating type, got %1</source>
        <translation>dtype must be a floating type, got %1</translation>
    </message>
    <message>
        <source>maxval must be greater than minval</source>
        <translation>maxval must be greater than minval</translation>
    </message>
    <message>
        <source>bool input is not supported, got %1</source>
        <translation>bool input is not supported, got %1</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64</source>
        <translation>%1 must be int32 or int64</translation>
    </message>
    <message>
        <source>cannot take %1 of an empty dimension</source>
        <translation>cannot take %1 of an empty dimension</translation>
    </message>
    <message>
        <source>expects N index tensors followed by N data tensors</source>
        <translation>expects N index tensors followed by N data tensors</translation>
    </message>
    <message>
        <source>data[%1] %2 does not match its indices</source>
        <translation>data[%1] %2 does not match its indices</translation>
    </message>
    <message>
        <source>segment_ids %1 has a higher rank than data %2</source>
        <translation>segment_ids %1 has a higher rank than data %2</translation>
    </message>
    <message>
        <source>segment_ids shape must be a prefix of data&apos;s shape</source>
        <translation>segment_ids shape must be a prefix of data&apos;s shape</translation>
    </message>
    <message>
        <source>shapes must have the same rank</source>
        <translation>shapes must have the same rank</translation>
    </message>
    <message>
        <source>%1 must be a string tensor, got %2</source>
        <translation>%1 must be a string tensor, got %2</translation>
    </message>
    <message>
        <source>inputs must be scalars or of one shape, got %1</source>
        <translation>inputs must be scalars or of one shape, got %1</translation>
    </message>
    <message>
        <source>delimiter must be a scalar</source>
        <translation>delimiter must be a scalar</translation>
    </message>
    <message>
        <source>fill must be at most one character</source>
        <translation>fill must be at most one character</translation>
    </message>
    <message>
        <source>invalid pattern &apos;%1&apos;: %2</source>
        <translation>invalid pattern &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>basename must be a string scalar</source>
        <translation>basename must be a string scalar</translation>
    </message>
    <message>
        <source>missing list input %1</source>
        <translation>missing list input %1</translation>
    </message>
    <message>
        <source>input %1 is not a TensorList (got %2)</source>
        <translation>input %1 is not a TensorList (got %2)</translation>
    </message>
    <message>
        <source>list element shape is unknown, so an unset item cannot be made of zeros</source>
        <translation>list element shape is unknown, so an unset item cannot be made of zeros</translation>
    </message>
    <message>
        <source>list element shape is not fully known, so an unset item cannot be made of zeros</source>
        <translation>list element shape is not fully known, so an unset item cannot be made of zeros</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element dtype %2</source>
        <translation>item %1 does not match the list&apos;s element dtype %2</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element shape %2</source>
        <translation>item %1 does not match the list&apos;s element shape %2</translation>
    </message>
    <message>
        <source>index %1 out of range for a list of %2</source>
        <translation>index %1 out of range for a list of %2</translation>
    </message>
    <message>
        <source>list size %1 is out of range</source>
        <translation>list size %1 is out of range</translation>
    </message>
    <message>
        <source>needs an element_dtype attribute</source>
        <translation>needs an element_dtype attribute</translation>
    </message>
    <message>
        <source>index %1 is too large</source>
        <translation>index %1 is too large</translation>
    </message>
    <message>
        <source>element_dtype %1 does not match the list&apos;s %2</source>
        <translation>element_dtype %1 does not match the list&apos;s %2</translation>
    </message>
    <message>
        <source>cannot stack an empty list whose element shape is unknown</source>
        <translation>cannot stack an empty list whose element shape is unknown</translation>
    </message>
    <message>
        <source>num_elements is %1 but the list has %2</source>
        <translation>num_elements is %1 but the list has %2</translation>
    </message>
    <message>
        <source>items have different shapes: %1 and %2</source>
        <translation>items have different shapes: %1 and %2</translation>
    </message>
    <message>
        <source>list is too long</source>
        <translation>list is too long</translation>
    </message>
    <message>
        <source>cannot pop from an empty list</source>
        <translation>cannot pop from an empty list</translation>
    </message>
    <message>
        <source>inputs must match, got %1 and %2</source>
        <translation>inputs must match, got %1 and %2</translation>
    </message>
    <message>
        <source>input, out_backprop and filter_sizes must be 4-D</source>
        <translation>input, out_backprop and filter_sizes must be 4-D</translation>
    </message>
    <message>
        <source>filter_sizes %1 do not match the input channels of %2</source>
        <translation>filter_sizes %1 do not match the input channels of %2</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output</source>
        <translation>out_backprop %1 does not match the forward output</translation>
    </message>
    <message>
        <source>orig_input must be float32 4-D, got %1</source>
        <translation>orig_input must be float32 4-D, got %1</translation>
    </message>
    <message>
        <source>grad %1 does not match the pooled shape</source>
        <translation>grad %1 does not match the pooled shape</translation>
    </message>
    <message>
        <source>features must be float32 [batch, classes], got %1</source>
        <translation>features must be float32 [batch, classes], got %1</translation>
    </message>
    <message>
        <source>labels must be [%1], got %2</source>
        <translation>labels must be [%1], got %2</translation>
    </message>
    <message>
        <source>label %1 is out of range [0, %2)</source>
        <translation>label %1 is out of range [0, %2)</translation>
    </message>
    <message>
        <source>labels must match features %1, got %2</source>
        <translation>labels must match features %1, got %2</translation>
    </message>
    <message>
        <source>input 0 must be a table handle, got %1</source>
        <translation>input 0 must be a table handle, got %1</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, values)</source>
        <translation>expects (table_handle, keys, values)</translation>
    </message>
    <message>
        <source>keys must be int32, int64 or string, got %1</source>
        <translation>keys must be int32, int64 or string, got %1</translation>
    </message>
    <message>
        <source>keys must be 1-D and values must have one row per key: %1 vs %2</source>
        <translation>keys must be 1-D and values must have one row per key: %1 vs %2</translation>
    </message>
    <message>
        <source>unsupported value dtype %1</source>
        <translation>unsupported value dtype %1</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, default_value)</source>
        <translation>expects (table_handle, keys, default_value)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; is not initialized: run its LookupTableImportV2 / InitializeTableV2 (the init op) first</source>
        <translation>table &apos;%1&apos; is not initialized: run its LookupTableImportV2 / InitializeTableV2 (the init op) first</translation>
    </message>
    <message>
        <source>keys %1 do not match the table&apos;s %2 keys</source>
        <translation>keys %1 do not match the table&apos;s %2 keys</translation>
    </message>
    <message>
        <source>default_value must be %1</source>
        <translation>default_value must be %1</translation>
    </message>
    <message>
        <source>default_value must be a scalar or one value row, got %1</source>
        <translation>default_value must be a scalar or one value row, got %1</translation>
    </message>
    <message>
        <source>%1 problems: %2</source>
        <translation>%1 problems: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>cannot append to TFSCOPE_PRINT_LOG file %1</source>
        <translation>cannot append to TFSCOPE_PRINT_LOG file %1</translation>
    </message>
    <message>
        <source>layoutGraph: %1 sizes for %2 items</source>
        <translation>layoutGraph: %1 sizes for %2 items</translation>
    </message>
    <message>
        <source>layoutGraph: item refers to cluster %1 but there are %2</source>
        <translation>layoutGraph: item refers to cluster %1 but there are %2</translation>
    </message>
    <message>
        <source>layoutGraph: cluster %1 must come after its parent</source>
        <translation>layoutGraph: cluster %1 must come after its parent</translation>
    </message>
    <message>
        <source>layoutGraph: edge endpoint out of range</source>
        <translation>layoutGraph: edge endpoint out of range</translation>
    </message>
    <message>
        <source>no layout</source>
        <translation>no layout</translation>
    </message>
    <message>
        <source>layout worker sent no result</source>
        <translation>layout worker sent no result</translation>
    </message>
    <message>
        <source>layout worker sent a bad error</source>
        <translation>layout worker sent a bad error</translation>
    </message>
    <message>
        <source>short layout result</source>
        <translation>short layout result</translation>
    </message>
    <message>
        <source>addDefaultAttributes: no graph given</source>
        <translation>addDefaultAttributes: no graph given</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2</source>
        <translation>Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2</translation>
    </message>
    <message>
        <source>Graphviz worker made no progress for %1 s and was stopped</source>
        <translation>Graphviz worker made no progress for %1 s and was stopped</translation>
    </message>
    <message>
        <source>Graphviz crashed (signal %1)</source>
        <translation>Graphviz crashed (signal %1)</translation>
    </message>
    <message>
        <source>Graphviz worker exited with status %1</source>
        <translation>Graphviz worker exited with status %1</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects an integer, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; expects an integer, found &apos;%3&apos;, e.g. %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a number, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; expects a number, found &apos;%3&apos;, e.g. %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects true or false, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; expects true or false, found &apos;%3&apos;, e.g. %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a data type such as float, int32 or uint8, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; expects a data type such as float, int32 or uint8, found &apos;%3&apos;, e.g. %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a comma-separated shape such as &quot;1,224,224,3&quot; (-1 for unknown), found &apos;%3&apos;, e.g. %4</source>
        <translation>%1: parameter &apos;%2&apos; expects a comma-separated shape such as &quot;1,224,224,3&quot; (-1 for unknown), found &apos;%3&apos;, e.g. %4</translation>
    </message>
    <message>
        <source>--transforms: looking for a transform name, but found &apos;%1&apos; (at character %2)</source>
        <translation>--transforms: looking for a transform name, but found &apos;%1&apos; (at character %2)</translation>
    </message>
    <message>
        <source>--transforms: expected &apos;,&apos; or &apos;)&apos; in the parameters of &apos;%1&apos;, but found &apos;%2&apos; (at character %3)</source>
        <translation>--transforms: expected &apos;,&apos; or &apos;)&apos; in the parameters of &apos;%1&apos;, but found &apos;%2&apos; (at character %3)</translation>
    </message>
    <message>
        <source>--transforms: looking for a parameter name of &apos;%1&apos;, but found &apos;%2&apos; (at character %3); write name(param=value)</source>
        <translation>--transforms: looking for a parameter name of &apos;%1&apos;, but found &apos;%2&apos; (at character %3); write name(param=value)</translation>
    </message>
    <message>
        <source>--transforms: looking for &apos;=&apos; after parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4)</source>
        <translation>--transforms: looking for &apos;=&apos; after parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4)</translation>
    </message>
    <message>
        <source>--transforms: looking for a value of parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4); quote values with other characters: %5=&quot;...&quot;</source>
        <translation>--transforms: looking for a value of parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4); quote values with other characters: %5=&quot;...&quot;</translation>
    </message>
    <message>
        <source>--transforms: unexpected &apos;%1&apos; (at character %2) after transform &apos;%3&apos;; transforms are separated by spaces and take parameters as name(p=v)</source>
        <translation>--transforms: unexpected &apos;%1&apos; (at character %2) after transform &apos;%3&apos;; transforms are separated by spaces and take parameters as name(p=v)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected an op type, &apos;*&apos; or &apos;A|B&apos; at character %2</source>
        <translation>pattern &apos;%1&apos;: expected an op type, &apos;*&apos; or &apos;A|B&apos; at character %2</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected &apos;,&apos; or &apos;)&apos; at character %2</source>
        <translation>pattern &apos;%1&apos;: expected &apos;,&apos; or &apos;)&apos; at character %2</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: unexpected trailing text at character %2</source>
        <translation>pattern &apos;%1&apos;: unexpected trailing text at character %2</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; (%3 elements) claims bytes [%4, %5) of data shard %6 (%7 bytes)</source>
        <translation>%1: a slice of tensor &apos;%2&apos; (%3 elements) claims bytes [%4, %5) of data shard %6 (%7 bytes)</translation>
    </message>
    <message>
        <source>%1: the slices of tensor &apos;%2&apos; hold %3 elements, its shape %4 has %5</source>
        <translation>%1: the slices of tensor &apos;%2&apos; hold %3 elements, its shape %4 has %5</translation>
    </message>
    <message>
        <source>%1: two slices of tensor &apos;%2&apos; share bytes of data shard %3</source>
        <translation>%1: two slices of tensor &apos;%2&apos; share bytes of data shard %3</translation>
    </message>
    <message>
        <source>%1: the metadata lists one slice twice</source>
        <translation>%1: the metadata lists one slice twice</translation>
    </message>
    <message>
        <source>%1: the stored slices hold %2 elements, its shape %3 has %4</source>
        <translation>%1: the stored slices hold %2 elements, its shape %3 has %4</translation>
    </message>
    <message>
        <source>%1: ImmutableConst &apos;%2&apos; would bring the Const values to %3 bytes, more than the package&apos;s regions hold (%4 bytes): its nodes name the same regions many times</source>
        <translation>%1: ImmutableConst &apos;%2&apos; would bring the Const values to %3 bytes, more than the package&apos;s regions hold (%4 bytes): its nodes name the same regions many times</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Follow System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>tfscope will use the new language when you start it again.</source>
        <translation>tfscope will use the new language when you start it again.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>weights not compared: %1</source>
        <translation>weights not compared: %1</translation>
    </message>
    <message>
        <source>reference case %1 skipped: %2</source>
        <translation>reference case %1 skipped: %2</translation>
    </message>
    <message>
        <source>no reference case fits these inputs; using random samples</source>
        <translation>no reference case fits these inputs; using random samples</translation>
    </message>
    <message>
        <source>timing uses %1: %2</source>
        <translation>timing uses %1: %2</translation>
    </message>
    <message>
        <source>inputs and outputs matched by signature key (%1 / %2)</source>
        <translation>inputs and outputs matched by signature key (%1 / %2)</translation>
    </message>
    <message>
        <source>not feeding %1: it is not a tensor of both models</source>
        <translation>not feeding %1: it is not a tensor of both models</translation>
    </message>
    <message>
        <source>paired the only inputs %1 and %2</source>
        <translation>paired the only inputs %1 and %2</translation>
    </message>
    <message>
        <source>fed %1 in both models (an interior tensor of one of them)</source>
        <translation>fed %1 in both models (an interior tensor of one of them)</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of A has no match in B&apos;s signature; skipped</source>
        <translation>output &apos;%1&apos; of A has no match in B&apos;s signature; skipped</translation>
    </message>
    <message>
        <source>paired the only outputs %1 and %2</source>
        <translation>paired the only outputs %1 and %2</translation>
    </message>
    <message>
        <source>outputs matched by tensor name</source>
        <translation>outputs matched by tensor name</translation>
    </message>
    <message>
        <source>%1 placeholder(s) not needed by the outputs were left out</source>
        <translation>%1 placeholder(s) not needed by the outputs were left out</translation>
    </message>
    <message>
        <source>shapes differ (%1 vs %2); compared flattened</source>
        <translation>shapes differ (%1 vs %2); compared flattened</translation>
    </message>
    <message>
        <source>dtypes differ (%1 vs %2)</source>
        <translation>dtypes differ (%1 vs %2)</translation>
    </message>
    <message>
        <source>weight %1 changed element count; not compared</source>
        <translation>weight %1 changed element count; not compared</translation>
    </message>
    <message>
        <source>compared meta graph {%1} of A with {%2} of B</source>
        <translation>compared meta graph {%1} of A with {%2} of B</translation>
    </message>
    <message>
        <source>%1 has no graph (a checkpoint alone): only stored variables are compared</source>
        <translation>%1 has no graph (a checkpoint alone): only stored variables are compared</translation>
    </message>
    <message>
        <source>%1 stores no variables</source>
        <translation>%1 stores no variables</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; became a Placeholder</source>
        <translation>input &apos;%1&apos; became a Placeholder</translation>
    </message>
    <message>
        <source>left %1 unchanged: %2</source>
        <translation>left %1 unchanged: %2</translation>
    </message>
    <message>
        <source>%1 of %2 functions changed</source>
        <translation>%1 of %2 functions changed</translation>
    </message>
    <message>
        <source>added %1 default attributes</source>
        <translation>added %1 default attributes</translation>
    </message>
    <message>
        <source>rewrote %1 ConcatV2 nodes</source>
        <translation>rewrote %1 ConcatV2 nodes</translation>
    </message>
    <message>
        <source>backported %1 TensorArray V3 nodes</source>
        <translation>backported %1 TensorArray V3 nodes</translation>
    </message>
    <message>
        <source>data_format is %1</source>
        <translation>data_format is %1</translation>
    </message>
    <message>
        <source>the convolution is dilated</source>
        <translation>the convolution is dilated</translation>
    </message>
    <message>
        <source>ResizeBilinear uses half_pixel_centers, which FusedResizeAndPadConv2D cannot express</source>
        <translation>ResizeBilinear uses half_pixel_centers, which FusedResizeAndPadConv2D cannot express</translation>
    </message>
    <message>
        <source>left %1 unfused: %2</source>
        <translation>left %1 unfused: %2</translation>
    </message>
    <message>
        <source>fused %1 %2 chains</source>
        <translation>fused %1 %2 chains</translation>
    </message>
    <message>
        <source>fused %1 %2 pairs</source>
        <translation>fused %1 %2 pairs</translation>
    </message>
    <message>
        <source>stored %1 float constants as float16 (largest weight change %2)</source>
        <translation>stored %1 float constants as float16 (largest weight change %2)</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>skipped %1: %2</translation>
    </message>
    <message>
        <source>the filter is not a constant</source>
        <translation>the filter is not a constant</translation>
    </message>
    <message>
        <source>block_shape is not a constant pair &gt;= 1</source>
        <translation>block_shape is not a constant pair &gt;= 1</translation>
    </message>
    <message>
        <source>SpaceToBatchND and BatchToSpaceND block shapes differ</source>
        <translation>SpaceToBatchND and BatchToSpaceND block shapes differ</translation>
    </message>
    <message>
        <source>the inner convolution has strides or dilations other than 1</source>
        <translation>the inner convolution has strides or dilations other than 1</translation>
    </message>
    <message>
        <source>the inner convolution is not VALID</source>
        <translation>the inner convolution is not VALID</translation>
    </message>
    <message>
        <source>only NHWC is supported</source>
        <translation>only NHWC is supported</translation>
    </message>
    <message>
        <source>crops exceed paddings (would need a Slice)</source>
        <translation>crops exceed paddings (would need a Slice)</translation>
    </message>
    <message>
        <source>%1: paddings/crops are not constant; assuming SAME padding as GTT does</source>
        <translation>%1: paddings/crops are not constant; assuming SAME padding as GTT does</translation>
    </message>
    <message>
        <source>flattened %1 atrous convolutions</source>
        <translation>flattened %1 atrous convolutions</translation>
    </message>
    <message>
        <source>folded %1 multiplications into weights</source>
        <translation>folded %1 multiplications into weights</translation>
    </message>
    <message>
        <source>folded %1 nodes into constants</source>
        <translation>folded %1 nodes into constants</translation>
    </message>
    <message>
        <source>left %1 nodes because their value exceeds %2 bytes</source>
        <translation>left %1 nodes because their value exceeds %2 bytes</translation>
    </message>
    <message>
        <source>%1 nodes could not be evaluated (first: %2)</source>
        <translation>%1 nodes could not be evaluated (first: %2)</translation>
    </message>
    <message>
        <source>folded %1 batch norms</source>
        <translation>folded %1 batch norms</translation>
    </message>
    <message>
        <source>skipped %1 batch norms (first: %2)</source>
        <translation>skipped %1 batch norms (first: %2)</translation>
    </message>
    <message>
        <source>froze %1 RequantizationRange nodes from %2 logged ranges</source>
        <translation>froze %1 RequantizationRange nodes from %2 logged ranges</translation>
    </message>
    <message>
        <source>removed %1 logging Print nodes</source>
        <translation>removed %1 logging Print nodes</translation>
    </message>
    <message>
        <source>inlined %1 calls</source>
        <translation>inlined %1 calls</translation>
    </message>
    <message>
        <source>inserted %1 Print nodes</source>
        <translation>inserted %1 Print nodes</translation>
    </message>
    <message>
        <source>merged %1 duplicate nodes</source>
        <translation>merged %1 duplicate nodes</translation>
    </message>
    <message>
        <source>fixed %1 boolean flags (PlaceholderWithDefault) to their defaults</source>
        <translation>fixed %1 boolean flags (PlaceholderWithDefault) to their defaults</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: ignored error: %2</source>
        <translation>%1: ignored error: %2</translation>
    </message>
    <message>
        <source>left %1 in float: it feeds a discontinuous op</source>
        <translation>left %1 in float: it feeds a discontinuous op</translation>
    </message>
    <message>
        <source>converted %1 ops to eight bit; %2 constant inputs quantized at transform time; %3 requantizations narrowed to [0, max] for the Relu that follows</source>
        <translation>converted %1 ops to eight bit; %2 constant inputs quantized at transform time; %3 requantizations narrowed to [0, max] for the Relu that follows</translation>
    </message>
    <message>
        <source>quantized %1 float constants to quint8</source>
        <translation>quantized %1 float constants to quint8</translation>
    </message>
    <message>
        <source>removed the attribute from %1 nodes</source>
        <translation>removed the attribute from %1 nodes</translation>
    </message>
    <message>
        <source>removed %1 control dependencies</source>
        <translation>removed %1 control dependencies</translation>
    </message>
    <message>
        <source>cleared the device of %1 nodes</source>
        <translation>cleared the device of %1 nodes</translation>
    </message>
    <message>
        <source>removed %1 nodes</source>
        <translation>removed %1 nodes</translation>
    </message>
    <message>
        <source>kept %1 cond-branch pivots</source>
        <translation>kept %1 cond-branch pivots</translation>
    </message>
    <message>
        <source>renamed the attribute on %1 nodes</source>
        <translation>renamed the attribute on %1 nodes</translation>
    </message>
    <message>
        <source>renamed %1 %2 nodes to %3</source>
        <translation>renamed %1 %2 nodes to %3</translation>
    </message>
    <message>
        <source>rounded %1 float constants to %2 levels</source>
        <translation>rounded %1 float constants to %2 levels</translation>
    </message>
    <message>
        <source>placed %1 nodes on &apos;%2&apos;</source>
        <translation>placed %1 nodes on &apos;%2&apos;</translation>
    </message>
    <message>
        <source>skipped %1: only axis-0 gathers are sparsified</source>
        <translation>skipped %1: only axis-0 gathers are sparsified</translation>
    </message>
    <message>
        <source>skipped %1: its table is variable &apos;%2&apos; (give input_checkpoint, or run freeze first)</source>
        <translation>skipped %1: its table is variable &apos;%2&apos; (give input_checkpoint, or run freeze first)</translation>
    </message>
    <message>
        <source>skipped %1: only float tables of rank &gt;= 1 are sparsified</source>
        <translation>skipped %1: only float tables of rank &gt;= 1 are sparsified</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows kept</source>
        <translation>%1: %2 of %3 rows kept</translation>
    </message>
    <message>
        <source>sparsified %1 gathers: %2 -&gt; %3 table bytes</source>
        <translation>sparsified %1 gathers: %2 -&gt; %3 table bytes</translation>
    </message>
    <message>
        <source>removed %1 dropout subgraphs</source>
        <translation>removed %1 dropout subgraphs</translation>
    </message>
    <message>
        <source>no --outputs: optimizer, saver and summary nodes were left in place</source>
        <translation>no --outputs: optimizer, saver and summary nodes were left in place</translation>
    </message>
    <message>
        <source>kept %1 of %2 nodes</source>
        <translation>kept %1 of %2 nodes</translation>
    </message>
    <message>
        <source>turned %1 inputs into Placeholders</source>
        <translation>turned %1 inputs into Placeholders</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was partitioned; written as one tensor</source>
        <translation>&apos;%1&apos; was partitioned; written as one tensor</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is read by the graph but not stored</source>
        <translation>variable &apos;%1&apos; is read by the graph but not stored</translation>
    </message>
    <message>
        <source>object graph kept for TF2 restore; %1 attributes of dropped variables removed from it</source>
        <translation>object graph kept for TF2 restore; %1 attributes of dropped variables removed from it</translation>
    </message>
    <message>
        <source>float32 variables stored as float16: restore into float32 variables needs a cast</source>
        <translation>float32 variables stored as float16: restore into float32 variables needs a cast</translation>
    </message>
    <message>
        <source>renamed %1 nodes</source>
        <translation>renamed %1 nodes</translation>
    </message>
    <message>
        <source>%1 variables frozen (%2 bytes), %3 calls inlined</source>
        <translation>%1 variables frozen (%2 bytes), %3 calls inlined</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>measuring sizes</source>
        <translation>measuring sizes</translation>
    </message>
    <message>
        <source>comparing weights</source>
        <translation>comparing weights</translation>
    </message>
    <message>
        <source>preparing the executor</source>
        <translation>preparing the executor</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>running %1</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>timing</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>timing run %1 of %2</source>
        <translation>timing run %1 of %2</translation>
    </message>
    <message>
        <source>compressing %1</source>
        <translation>compressing %1</translation>
    </message>
    <message>
        <source>sizes done</source>
        <translation>sizes done</translation>
    </message>
    <message>
        <source>indexing graphs</source>
        <translation>indexing graphs</translation>
    </message>
    <message>
        <source>matching nodes</source>
        <translation>matching nodes</translation>
    </message>
    <message>
        <source>comparing nodes</source>
        <translation>comparing nodes</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>function %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>first run (plan and constant folding)</source>
        <translation>first run (plan and constant folding)</translation>
    </message>
    <message>
        <source>profiled run %1 of %2</source>
        <translation>profiled run %1 of %2</translation>
    </message>
    <message>
        <source>Reading checkpoint index %1</source>
        <translation>Reading checkpoint index %1</translation>
    </message>
    <message>
        <source>Detecting the format of %1</source>
        <translation>Detecting the format of %1</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Loaded %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Reading the variables index</source>
        <translation>Reading the variables index</translation>
    </message>
    <message>
        <source>waiting for the layout engine</source>
        <translation>waiting for the layout engine</translation>
    </message>
    <message>
        <source>placing %1 boxes</source>
        <translation>placing %1 boxes</translation>
    </message>
    <message>
        <source>layout done</source>
        <translation>layout done</translation>
    </message>
    <message>
        <source>running the original on %1</source>
        <translation>running the original on %1</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>running on %1</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>freezing</source>
        <translation>freezing</translation>
    </message>
    <message>
        <source>preparing the pictures</source>
        <translation>preparing the pictures</translation>
    </message>
    <message>
        <source>diff ready</source>
        <translation>diff ready</translation>
    </message>
    <message>
        <source>preparing the session</source>
        <translation>preparing the session</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>histogram</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Optimize for inference</source>
        <translation>Optimize for inference</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s optimize_for_inference: strip unused nodes, remove Identity, fold batch norms and constants</source>
        <translation>TensorFlow&apos;s optimize_for_inference: strip unused nodes, remove Identity, fold batch norms and constants</translation>
    </message>
    <message>
        <source>Shrink weights for mobile</source>
        <translation>Shrink weights for mobile</translation>
    </message>
    <message>
        <source>Strip, fold, then store large float weights as eight bits with a dequantize step</source>
        <translation>Strip, fold, then store large float weights as eight bits with a dequantize step</translation>
    </message>
    <message>
        <source>Round weights (compresses well)</source>
        <translation>Round weights (compresses well)</translation>
    </message>
    <message>
        <source>Round float weights to 256 levels: same size on disk, much smaller compressed</source>
        <translation>Round float weights to 256 levels: same size on disk, much smaller compressed</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16 weights</translation>
    </message>
    <message>
        <source>Store float32 constants as float16 with a Cast back: half the weight bytes</source>
        <translation>Store float32 constants as float16 with a Cast back: half the weight bytes</translation>
    </message>
    <message>
        <source>Eight-bit (quantize_nodes)</source>
        <translation>Eight-bit (quantize_nodes)</translation>
    </message>
    <message>
        <source>Fold, then replace float ops by their eight-bit versions with quantize/dequantize around them</source>
        <translation>Fold, then replace float ops by their eight-bit versions with quantize/dequantize around them</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>argmax %1</source>
        <translation>argmax %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>  random, seed %1</source>
        <translation>  random, seed %1</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Variables become constants read from the checkpoint, TF2 calls are inlined, and only what the outputs need stays</source>
        <translation>Variables become constants read from the checkpoint, TF2 calls are inlined, and only what the outputs need stays</translation>
    </message>
    <message>
        <source>Slim a checkpoint…</source>
        <translation>Slim a checkpoint…</translation>
    </message>
    <message>
        <source>Write a checkpoint holding only the variables the outputs read (no optimizer slots or global step)</source>
        <translation>Write a checkpoint holding only the variables the outputs read (no optimizer slots or global step)</translation>
    </message>
</context>
<context>
    <name>tfs::views</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n tensor</numerusform>
            <numerusform>%n tensors</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 items)</source>
        <translation>… (%1 items)</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalization</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>Control flow</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renamed</numerusform>
            <numerusform>%n renamed</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare values (A, B, B − A)…</source>
        <translation>Compare values (A, B, B − A)…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) differ</source>
        <translation>
            <numerusform>%n variable differs</numerusform>
            <numerusform>%n variables differ</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences in signatures or meta graphs</source>
        <translation>Differences in signatures or meta graphs</translation>
    </message>
    <message>
        <source>Model diff</source>
        <translation>Model diff</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>Meta graphs</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Op counts (main graph)</source>
        <translation>Op counts (main graph)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> · matched by structure</source>
        <translation> · matched by structure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(no tags)</translation>
    </message>
    <message>
        <source>= bit-identical</source>
        <translation>= bit-identical</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>tfs::views::AccuracyModel</name>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>Max |Δ|</translation>
    </message>
    <message>
        <source>Mean |Δ|</source>
        <translation>Mean |Δ|</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosine</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <source>Top-1 agree</source>
        <translation>Top-1 agree</translation>
    </message>
</context>
<context>
    <name>tfs::views::BeforeAfterModel</name>
    <message>
        <source>Size on disk</source>
        <translation>Size on disk</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Compressed</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>Weights %1</translation>
    </message>
    <message>
        <source>Latency (median)</source>
        <translation>Latency (median)</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Peak memory</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>This step</translation>
    </message>
    <message>
        <source>Δ original</source>
        <translation>Δ original</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ previous</translation>
    </message>
</context>
<context>
    <name>tfs::views::ChangeListModel</name>
    <message>
        <source>meta graph</source>
        <translation>meta graph</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>main graph</source>
        <translation>main graph</translation>
    </message>
    <message>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(no tags)</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffDocument</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renamed</numerusform>
            <numerusform>%n renamed</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffPage</name>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>One picture of both models, coloured by change</source>
        <translation>One picture of both models, coloured by change</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Side by Side</translation>
    </message>
    <message>
        <source>A on the left, B on the right; selection and navigation follow each other</source>
        <translation>A on the left, B on the right; selection and navigation follow each other</translation>
    </message>
    <message>
        <source>▲ Previous</source>
        <translation>▲ Previous</translation>
    </message>
    <message>
        <source>Next ▼</source>
        <translation>Next ▼</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Next Change</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Previous Change</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>Previous change (Shift+F7, Alt+Up)</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>Next change (F7, Alt+Down)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 hold the same graph, functions, signatures and values.</source>
        <translation>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 hold the same graph, functions, signatures and values.</translation>
    </message>
    <message>
        <source>Filter changes by name, op or detail</source>
        <translation>Filter changes by name, op or detail</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Every stored variable of both models: added, removed, changed with value deltas, or bit-identical</source>
        <translation>Every stored variable of both models: added, removed, changed with value deltas, or bit-identical</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 store the same variables, bit for bit.</source>
        <translation>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 store the same variables, bit for bit.</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the layout; the previous picture stays</source>
        <translation>Stop the layout; the previous picture stays</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>node name, op type or regular expression</source>
        <translation>node name, op type or regular expression</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>Op type</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>This model has no graph (a checkpoint): see the Tensors panel.</source>
        <translation>This model has no graph (a checkpoint): see the Tensors panel.</translation>
    </message>
    <message>
        <source>No function named %1 in this model</source>
        <translation>No function named %1 in this model</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>(function)</source>
        <translation>(function)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout failed: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout %3 s</source>
        <translation>%1 of %2 nodes shown · layout %3 s</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Layout cancelled</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation>bad regex</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Nothing to export: the picture is empty.</source>
        <translation>Nothing to export: the picture is empty.</translation>
    </message>
    <message>
        <source>Graph exported by tfscope</source>
        <translation>Graph exported by tfscope</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>Not enough memory for a %1×%2 image.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This model has no graph.</source>
        <translation>This model has no graph.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>Shapes not inferred: %1</source>
        <translation>Shapes not inferred: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout kept (the same boxes as before)</source>
        <translation>%1 of %2 nodes shown · layout kept (the same boxes as before)</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphScene</name>
    <message numerus="yes">
        <source>+%n weight(s)</source>
        <translation>
            <numerusform>+%n weight</numerusform>
            <numerusform>+%n weights</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nodes</translation>
    </message>
    <message>
        <source>%1 — %2 nodes (double-click the title to collapse)</source>
        <translation>%1 — %2 nodes (double-click the title to collapse)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Weights: %1</source>
        <translation>&lt;br&gt;Weights: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to open the function&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Double-click to open the function&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Waits for %n op(s); these control edges are not drawn (View ▸ Show All Control Edges)</source>
        <translation>
            <numerusform>&lt;br&gt;Waits for %n op; these control edges are not drawn (View ▸ Show All Control Edges)</numerusform>
            <numerusform>&lt;br&gt;Waits for %n ops; these control edges are not drawn (View ▸ Show All Control Edges)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 nodes&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click or + to expand&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 nodes&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click or + to expand&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tfs::views::HistogramWidget</name>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation>No finite values</translation>
    </message>
    <message>
        <source>No histogram for this dtype</source>
        <translation>No histogram for this dtype</translation>
    </message>
    <message>
        <source>peak %1 · √ scale</source>
        <translation>peak %1 · √ scale</translation>
    </message>
    <message>
        <source>[%1, %2): %3 values</source>
        <translation>[%1, %2): %3 values</translation>
    </message>
    <message>
        <source>No output to show</source>
        <translation>No output to show</translation>
    </message>
</context>
<context>
    <name>tfs::views::InputShapesDialog</name>
    <message>
        <source>Input Shapes</source>
        <translation>Input Shapes</translation>
    </message>
    <message>
        <source>Shapes are inferred from the graph&apos;s inputs. Give a batch size or concrete dims (? = unknown) and every edge is inferred again.</source>
        <translation>Shapes are inferred from the graph&apos;s inputs. Give a batch size or concrete dims (? = unknown) and every edge is inferred again.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batch size:</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Apply to All Inputs</source>
        <translation>Apply to All Inputs</translation>
    </message>
    <message>
        <source>Sets the first dim of every input whose batch dim is unknown</source>
        <translation>Sets the first dim of every input whose batch dim is unknown</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>scalar</translation>
    </message>
    <message>
        <source>Comma-separated dims, ? for unknown, e.g. 1,224,224,3</source>
        <translation>Comma-separated dims, ? for unknown, e.g. 1,224,224,3</translation>
    </message>
    <message>
        <source>This graph has no inputs to give a shape.</source>
        <translation>This graph has no inputs to give a shape.</translation>
    </message>
    <message>
        <source>Recorded Shapes</source>
        <translation>Recorded Shapes</translation>
    </message>
    <message>
        <source>Forget the shapes set here and use what the model records</source>
        <translation>Forget the shapes set here and use what the model records</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tfs::views::MainWindow</name>
    <message>
        <source>tfscope</source>
        <translation>tfscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;tfscope&lt;/h2&gt;&lt;p&gt;Open a TensorFlow model with File ▸ Open (Ctrl+O),&lt;br&gt;or drop a .pb, .pbtxt, .meta file, a SavedModel folder or a checkpoint here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;tfscope&lt;/h2&gt;&lt;p&gt;Open a TensorFlow model with File ▸ Open (Ctrl+O),&lt;br&gt;or drop a .pb, .pbtxt, .meta file, a SavedModel folder or a checkpoint here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensors</translation>
    </message>
    <message>
        <source>No node named %1 in this graph</source>
        <translation>No node named %1 in this graph</translation>
    </message>
    <message>
        <source>This tensor has no stored value</source>
        <translation>This tensor has no stored value</translation>
    </message>
    <message>
        <source>%1 has no stored value</source>
        <translation>%1 has no stored value</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Loading cancelled</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Open File…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Export View</source>
        <translation>&amp;Export View</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>As &amp;SVG…</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>As &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;DOT…</source>
        <translation>As &amp;DOT…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Expand All Scopes</source>
        <translation>&amp;Expand All Scopes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Collapse All Scopes</source>
        <translation>&amp;Collapse All Scopes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Trace &amp;Inputs</source>
        <translation>Trace &amp;Inputs</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Trace O&amp;utputs</source>
        <translation>Trace O&amp;utputs</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Fold &amp;Weights into Consumers</source>
        <translation>Fold &amp;Weights into Consumers</translation>
    </message>
    <message>
        <source>Draw constants and variables that feed a single node inside that node, as TensorBoard does</source>
        <translation>Draw constants and variables that feed a single node inside that node, as TensorBoard does</translation>
    </message>
    <message>
        <source>Show All &amp;Control Edges</source>
        <translation>Show All &amp;Control Edges</translation>
    </message>
    <message>
        <source>Also draw control edges into ops that wait for many others (init, automatic control dependencies)</source>
        <translation>Also draw control edges into ops that wait for many others (init, automatic control dependencies)</translation>
    </message>
    <message>
        <source>Show &amp;Training &amp;&amp; Saving Nodes</source>
        <translation>Show &amp;Training &amp;&amp; Saving Nodes</translation>
    </message>
    <message>
        <source>Also draw gradients, optimizer updates and slots, savers and initialisers of training graphs</source>
        <translation>Also draw gradients, optimizer updates and slots, savers and initialisers of training graphs</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimap</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;ppearance</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Follow System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About tfscope</source>
        <translation>&amp;About tfscope</translation>
    </message>
    <message>
        <source>About tfscope</source>
        <translation>About tfscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;Inspect, transform, run and compare TensorFlow models.&lt;br&gt;Layout by Graphviz dot.</source>
        <translation>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;Inspect, transform, run and compare TensorFlow models.&lt;br&gt;Layout by Graphviz dot.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Open Model</translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)</source>
        <translation>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)</translation>
    </message>
    <message>
        <source>Open SavedModel or Checkpoint Folder</source>
        <translation>Open SavedModel or Checkpoint Folder</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading; see the Model panel</source>
        <translation>
            <numerusform>%n warning while loading; see the Model panel</numerusform>
            <numerusform>%n warnings while loading; see the Model panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Could not open model</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; could not be opened.</translation>
    </message>
    <message>
        <source>Path: %1
%2</source>
        <translation>Path: %1
%2</translation>
    </message>
    <message>
        <source>Model changed on disk</source>
        <translation>Model changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 was changed by another program. Reload it?</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>No model open</translation>
    </message>
    <message>
        <source>%1 · %2 nodes · %3 parameters · %4</source>
        <translation>%1 · %2 nodes · %3 parameters · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Clear Menu</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Export View</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Exported at scale %1 to keep the whole picture within image limits</source>
        <translation>Exported at scale %1 to keep the whole picture within image limits</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Input &amp;Shapes…</source>
        <translation>Input &amp;Shapes…</translation>
    </message>
    <message>
        <source>Set a batch size or concrete input dims and infer every edge&apos;s shape again</source>
        <translation>Set a batch size or concrete input dims and infer every edge&apos;s shape again</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Write the model as it is now (after the workbench steps) in any format tfscope writes</source>
        <translation>Write the model as it is now (after the workbench steps) in any format tfscope writes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Workbench</translation>
    </message>
    <message>
        <source>Find &amp;Pass…</source>
        <translation>Find &amp;Pass…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Apply P&amp;reset</source>
        <translation>Apply P&amp;reset</translation>
    </message>
    <message>
        <source>&amp;Cancel Step</source>
        <translation>&amp;Cancel Step</translation>
    </message>
    <message>
        <source>Copy as &amp;tfscope Command</source>
        <translation>Copy as &amp;tfscope Command</translation>
    </message>
    <message>
        <source>Copy as transform_&amp;graph Command</source>
        <translation>Copy as transform_&amp;graph Command</translation>
    </message>
    <message>
        <source>%1[*] — tfscope</source>
        <translation>%1[*] — tfscope</translation>
    </message>
    <message>
        <source>Binary GraphDef (*.pb)</source>
        <translation>Binary GraphDef (*.pb)</translation>
    </message>
    <message>
        <source>Text GraphDef (*.pbtxt)</source>
        <translation>Text GraphDef (*.pbtxt)</translation>
    </message>
    <message>
        <source>MetaGraphDef (*.meta)</source>
        <translation>MetaGraphDef (*.meta)</translation>
    </message>
    <message>
        <source>SavedModel folder (*)</source>
        <translation>SavedModel folder (*)</translation>
    </message>
    <message>
        <source>Memmapped package (*.pb)</source>
        <translation>Memmapped package (*.pb)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message numerus="yes">
        <source>%1 has unsaved edits (%n step(s)). %2 drops them.</source>
        <translation>
            <numerusform>%1 has unsaved edits (%n step). %2 drops them.</numerusform>
            <numerusform>%1 has unsaved edits (%n steps). %2 drops them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Reloading</translation>
    </message>
    <message>
        <source>You will be asked about your unsaved edits first.</source>
        <translation>You will be asked about your unsaved edits first.</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Quitting</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Save Model As</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>%1 is the file this model was opened from. Replace it with the edited model?</source>
        <translation>%1 is the file this model was opened from. Replace it with the edited model?</translation>
    </message>
    <message>
        <source>Overwrite the input file?</source>
        <translation>Overwrite the input file?</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>&amp;Diff With…</source>
        <translation>&amp;Diff With…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open model with another one (or pick two models)</source>
        <translation>Compare the open model with another one (or pick two models)</translation>
    </message>
    <message>
        <source>Measurement &amp;Inputs…</source>
        <translation>Measurement &amp;Inputs…</translation>
    </message>
    <message>
        <source>%1 — tfscope</source>
        <translation>%1 — tfscope</translation>
    </message>
    <message>
        <source>diff · %1</source>
        <translation>diff · %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>no differences</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;All files (*)</source>
        <translation>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;All files (*)</translation>
    </message>
    <message>
        <source>Diff %1 With</source>
        <translation>Diff %1 With</translation>
    </message>
    <message>
        <source>Diff: First Model (A)</source>
        <translation>Diff: First Model (A)</translation>
    </message>
    <message>
        <source>Diff: Second Model (B)</source>
        <translation>Diff: Second Model (B)</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Run Model</source>
        <translation>&amp;Run Model</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the model as it is now and time every node</source>
        <translation>Run the model as it is now and time every node</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>No graph %1 to show</source>
        <translation>No graph %1 to show</translation>
    </message>
    <message>
        <source>Step Results</source>
        <translation>Step Results</translation>
    </message>
    <message>
        <source>Graph &amp;Marks</source>
        <translation>Graph &amp;Marks</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>What the &amp;Step Changed</source>
        <translation>What the &amp;Step Changed</translation>
    </message>
    <message>
        <source>Node &amp;Time of the Last Run</source>
        <translation>Node &amp;Time of the Last Run</translation>
    </message>
    <message>
        <source>Draw the graph without marks</source>
        <translation>Draw the graph without marks</translation>
    </message>
    <message>
        <source>Mark the nodes the shown workbench step added, changed or renamed; collapsed scopes count what changed inside, removed nodes too</source>
        <translation>Mark the nodes the shown workbench step added, changed or renamed; collapsed scopes count what changed inside, removed nodes too</translation>
    </message>
    <message>
        <source>Fill each node with its time in the last run (yellow to dark red, the ten slowest numbered); collapsed scopes show their summed time</source>
        <translation>Fill each node with its time in the last run (yellow to dark red, the ten slowest numbered); collapsed scopes show their summed time</translation>
    </message>
    <message>
        <source>Colour Nodes by &amp;Time</source>
        <translation>Colour Nodes by &amp;Time</translation>
    </message>
    <message>
        <source>No node times for the model as shown: Run ▸ Run Model (Ctrl+R) colours the nodes by their time</source>
        <translation>No node times for the model as shown: Run ▸ Run Model (Ctrl+R) colours the nodes by their time</translation>
    </message>
</context>
<context>
    <name>tfs::views::MeasureInputsDialog</name>
    <message>
        <source>Measurement Inputs</source>
        <translation>Measurement Inputs</translation>
    </message>
    <message>
        <source>Random values are seeded; an unknown first (batch) dimension is 1. Give a shape where other dimensions are unknown, or a file: .npy, .npz, a WAV for a string input, or an image.</source>
        <translation>Random values are seeded; an unknown first (batch) dimension is 1. Give a shape where other dimensions are unknown, or a file: .npy, .npz, a WAV for a string input, or an image.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Random &amp;samples:</source>
        <translation>Random &amp;samples:</translation>
    </message>
    <message>
        <source>Timed &amp;runs:</source>
        <translation>Timed &amp;runs:</translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation>required, e.g. %1</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Input File</source>
        <translation>Input File</translation>
    </message>
    <message>
        <source>Inputs (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Inputs (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;All files (*)</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <source>a folder of .npz samples or reference cases (optional)</source>
        <translation>a folder of .npz samples or reference cases (optional)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Shape of %1: %2</source>
        <translation>Shape of %1: %2</translation>
    </message>
    <message>
        <source>Input %1: %2 is not a file</source>
        <translation>Input %1: %2 is not a file</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
</context>
<context>
    <name>tfs::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Overview: click or drag to move the view</translation>
    </message>
</context>
<context>
    <name>tfs::views::ModelPanel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Size on disk</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Graph version</source>
        <translation>Graph version</translation>
    </message>
    <message>
        <source>Parameters (variables)</source>
        <translation>Parameters (variables)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Variables by dtype</source>
        <translation>Variables by dtype</translation>
    </message>
    <message>
        <source>%1 variables, %2</source>
        <translation>%1 variables, %2</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>Meta graphs</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>no signatures</translation>
    </message>
    <message>
        <source>Op histogram</source>
        <translation>Op histogram</translation>
    </message>
    <message>
        <source>%1 more op types</source>
        <translation>%1 more op types</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Parameters (weight constants)</source>
        <translation>Parameters (weight constants)</translation>
    </message>
</context>
<context>
    <name>tfs::views::NodeTimeModel</name>
    <message>
        <source>&lt;br&gt;in function %1</source>
        <translation>&lt;br&gt;in function %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;fused into the preceding convolution or matrix product: its time is counted there</source>
        <translation>&lt;br&gt;fused into the preceding convolution or matrix product: its time is counted there</translation>
    </message>
    <message>
        <source>%1 (fused)</source>
        <translation>%1 (fused)</translation>
    </message>
    <message>
        <source>Time per run, averaged over the profiled runs</source>
        <translation>Time per run, averaged over the profiled runs</translation>
    </message>
    <message>
        <source>Share of the summed node times</source>
        <translation>Share of the summed node times</translation>
    </message>
    <message>
        <source>Share of this node and every slower one</source>
        <translation>Share of this node and every slower one</translation>
    </message>
    <message>
        <source>Estimated floating-point operations per run</source>
        <translation>Estimated floating-point operations per run</translation>
    </message>
    <message>
        <source>Executions per run (more than one inside loops and repeated calls)</source>
        <translation>Executions per run (more than one inside loops and repeated calls)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>tfs::views::OpTypeTimeModel</name>
    <message>
        <source>fused</source>
        <translation>fused</translation>
    </message>
    <message>
        <source>%1FLOP/s</source>
        <translation>%1FLOP/s</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>Op type</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>FLOP/s</source>
        <translation>FLOP/s</translation>
    </message>
</context>
<context>
    <name>tfs::views::PropertiesPanel</name>
    <message>
        <source>Select a node to see its properties.</source>
        <translation>Select a node to see its properties.</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation>Show values…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (missing)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>control →</source>
        <translation>control →</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOutputsModel</name>
    <message>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 NaN, %2 Inf</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>Non-finite</source>
        <translation>Non-finite</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOverlay</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per run · %2% of node time · #%3 by time</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; per run · %2% of node time · #%3 by time</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 calls per run</source>
        <translation>&lt;br&gt;%1 calls per run</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Node time per run (%1 runs): 0 %2 %3 (√ scale) · 1–%4 = the slowest nodes · pale = not timed or fused · this graph: %5 of %6</source>
        <translation>Node time per run (%1 runs): 0 %2 %3 (√ scale) · 1–%4 = the slowest nodes · pale = not timed or fused · this graph: %5 of %6</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the model as it is now, at the shown workbench step (Ctrl+R)</source>
        <translation>Run the model as it is now, at the shown workbench step (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Seed of the random inputs: the same seed gives the same values (as --batch run --seed)</source>
        <translation>Seed of the random inputs: the same seed gives the same values (as --batch run --seed)</translation>
    </message>
    <message>
        <source>Fills an unknown first dimension of random inputs</source>
        <translation>Fills an unknown first dimension of random inputs</translation>
    </message>
    <message>
        <source>Runs after the first, timed node by node for the tables (averaged)</source>
        <translation>Runs after the first, timed node by node for the tables (averaged)</translation>
    </message>
    <message>
        <source>Executor threads; 0 uses every core</source>
        <translation>Executor threads; 0 uses every core</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>x=1,224,224,3; …</source>
        <translation>x=1,224,224,3; …</translation>
    </message>
    <message>
        <source>Shapes of random inputs with unknown dimensions other than the batch, separated by &apos;;&apos;</source>
        <translation>Shapes of random inputs with unknown dimensions other than the batch, separated by &apos;;&apos;</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fed with</source>
        <translation>Fed with</translation>
    </message>
    <message>
        <source>Feed a Tensor…</source>
        <translation>Feed a Tensor…</translation>
    </message>
    <message>
        <source>Feed an interior tensor from a file (e.g. Mfcc after a keyword-spotting net&apos;s audio front end); what only it needs is not run</source>
        <translation>Feed an interior tensor from a file (e.g. Mfcc after a keyword-spotting net&apos;s audio front end); what only it needs is not run</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Profiled runs</source>
        <translation>Profiled runs</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Shapes</translation>
    </message>
    <message>
        <source>These results are from another revision of the model: run again (Ctrl+R) to refresh them.</source>
        <translation>These results are from another revision of the model: run again (Ctrl+R) to refresh them.</translation>
    </message>
    <message>
        <source>Open in Tensor Viewer…</source>
        <translation>Open in Tensor Viewer…</translation>
    </message>
    <message>
        <source>Slice any axis, read every value and save the output as .npy</source>
        <translation>Slice any axis, read every value and save the output as .npy</translation>
    </message>
    <message>
        <source>Double-click a node to show it in the graph</source>
        <translation>Double-click a node to show it in the graph</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Top by Computation Time</source>
        <translation>Top by Computation Time</translation>
    </message>
    <message>
        <source>Summary by Node Type</source>
        <translation>Summary by Node Type</translation>
    </message>
    <message>
        <source>%1 (tensor %2)</source>
        <translation>%1 (tensor %2)</translation>
    </message>
    <message>
        <source>interior tensor</source>
        <translation>interior tensor</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Not fed</source>
        <translation>Not fed</translation>
    </message>
    <message>
        <source>FILE.npy, FILE.npz:KEY or @RAW_FILE</source>
        <translation>FILE.npy, FILE.npz:KEY or @RAW_FILE</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a .npy or .npz file; any other file is fed as its raw bytes (a WAV for a DecodeWav input)</source>
        <translation>Choose a .npy or .npz file; any other file is fed as its raw bytes (a WAV for a DecodeWav input)</translation>
    </message>
    <message>
        <source>Feed from File</source>
        <translation>Feed from File</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy *.npz);;All files (*)</source>
        <translation>NumPy arrays (*.npy *.npz);;All files (*)</translation>
    </message>
    <message>
        <source>Feed a Tensor</source>
        <translation>Feed a Tensor</translation>
    </message>
    <message>
        <source>Tensor to feed (e.g. Mfcc:0):</source>
        <translation>Tensor to feed (e.g. Mfcc:0):</translation>
    </message>
    <message>
        <source>Feed %1 from</source>
        <translation>Feed %1 from</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Cannot run: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Run cancelled.</translation>
    </message>
    <message>
        <source>Open a model to run it.</source>
        <translation>Open a model to run it.</translation>
    </message>
    <message>
        <source>Choose the inputs and press Run (Ctrl+R).</source>
        <translation>Choose the inputs and press Run (Ctrl+R).</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Run failed: %1</translation>
    </message>
    <message>
        <source>First run %1 (plan included)</source>
        <translation>First run %1 (plan included)</translation>
    </message>
    <message numerus="yes">
        <source> · median %1 over %n profiled run(s)</source>
        <translation>
            <numerusform> · median %1 over %n profiled run</numerusform>
            <numerusform> · median %1 over %n profiled runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · peak memory %1 · %n thread(s)</source>
        <translation>
            <numerusform> · peak memory %1 · %n thread</numerusform>
            <numerusform> · peak memory %1 · %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source> · node times sum to %1, %2FLOP estimated</source>
        <translation> · node times sum to %1, %2FLOP estimated</translation>
    </message>
    <message>
        <source>Inputs:
%1</source>
        <translation>Inputs:
%1</translation>
    </message>
    <message>
        <source>  ·  %1 elements, %2% zeros</source>
        <translation>  ·  %1 elements, %2% zeros</translation>
    </message>
    <message>
        <source>Finding the model&apos;s inputs and outputs…</source>
        <translation>Finding the model&apos;s inputs and outputs…</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunSession</name>
    <message>
        <source>%1 takes %2 values, which cannot be made at random: choose a file (@FILE feeds a file&apos;s bytes)</source>
        <translation>%1 takes %2 values, which cannot be made at random: choose a file (@FILE feeds a file&apos;s bytes)</translation>
    </message>
    <message>
        <source>%1 is not an input of the model: give a file to feed it from</source>
        <translation>%1 is not an input of the model: give a file to feed it from</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Running %1</translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesModel</name>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>In/Out</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>DType</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesPanel</name>
    <message>
        <source>This model has no signatures: only a SavedModel names its inputs and outputs. The workbench and the Run panel feed its placeholders and read the nodes that nothing else consumes; change them in the Workbench&apos;s Inputs and Outputs fields.</source>
        <translation>This model has no signatures: only a SavedModel names its inputs and outputs. The workbench and the Run panel feed its placeholders and read the nodes that nothing else consumes; change them in the Workbench&apos;s Inputs and Outputs fields.</translation>
    </message>
</context>
<context>
    <name>tfs::views::StepMarks</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added&lt;/b&gt; by %1</source>
        <translation>&lt;b&gt;Added&lt;/b&gt; by %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed&lt;/b&gt; by %1</source>
        <translation>&lt;b&gt;Changed&lt;/b&gt; by %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renamed&lt;/b&gt; from %1 by %2</source>
        <translation>&lt;b&gt;Renamed&lt;/b&gt; from %1 by %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls a function&lt;/b&gt; whose body %1 rewrote</source>
        <translation>&lt;b&gt;Calls a function&lt;/b&gt; whose body %1 rewrote</translation>
    </message>
    <message>
        <source>%1: nothing changed in this graph</source>
        <translation>%1: nothing changed in this graph</translation>
    </message>
    <message>
        <source>&amp;nbsp; (removed nodes are not drawn: Step Results lists them)</source>
        <translation>&amp;nbsp; (removed nodes are not drawn: Step Results lists them)</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorDiffViewer</name>
    <message>
        <source>Compare Values</source>
        <translation>Compare Values</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorViewer</name>
    <message>
        <source>Tensor Viewer</source>
        <translation>Tensor Viewer</translation>
    </message>
    <message>
        <source>The axis shown down the rows</source>
        <translation>The axis shown down the rows</translation>
    </message>
    <message>
        <source>The axis shown across the columns</source>
        <translation>The axis shown across the columns</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statistics&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histogram&lt;/b&gt; of finite values</source>
        <translation>&lt;b&gt;Histogram&lt;/b&gt; of finite values</translation>
    </message>
    <message>
        <source>Save as .npy…</source>
        <translation>Save as .npy…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — reading…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — could not be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — could not be read: %2</translation>
    </message>
    <message>
        <source>%1 — Tensor Viewer</source>
        <translation>%1 — Tensor Viewer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 elements · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 elements · %5</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zeros</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>±Inf</source>
        <translation>±Inf</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>not numeric</source>
        <translation>not numeric</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>axis %1 (%2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>axis %1:</source>
        <translation>axis %1:</translation>
    </message>
    <message>
        <source>Index along axis %1 (0 … %2)</source>
        <translation>Index along axis %1 (0 … %2)</translation>
    </message>
    <message>
        <source>No tensor is shown.</source>
        <translation>No tensor is shown.</translation>
    </message>
    <message>
        <source>Save Tensor as .npy</source>
        <translation>Save Tensor as .npy</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy arrays (*.npy)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Save failed</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsModel</name>
    <message>
        <source>optimizer slot</source>
        <translation>optimizer slot</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>DType</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zeros</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Tensor statistics</source>
        <translation>Tensor statistics</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a tensor&apos;s values</source>
        <translation>Double-click or press Enter to see a tensor&apos;s values</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n tensor</numerusform>
            <numerusform>%n tensors</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics %1%</source>
        <translation>statistics %1%</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffModel</name>
    <message>
        <source>= bit-identical</source>
        <translation>= bit-identical</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>Max |Δ|</translation>
    </message>
    <message>
        <source>Mean |Δ|</source>
        <translation>Mean |Δ|</translation>
    </message>
    <message>
        <source>Max rel. Δ</source>
        <translation>Max rel. Δ</translation>
    </message>
    <message>
        <source>Elements changed</source>
        <translation>Elements changed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffView</name>
    <message>
        <source>Show unchanged</source>
        <translation>Show unchanged</translation>
    </message>
    <message>
        <source>Filter variables by name</source>
        <translation>Filter variables by name</translation>
    </message>
    <message>
        <source>Compare Values…</source>
        <translation>Compare Values…</translation>
    </message>
    <message>
        <source>A, B and B − A of the selected variable, each with statistics and a histogram</source>
        <translation>A, B and B − A of the selected variable, each with statistics and a histogram</translation>
    </message>
    <message numerus="yes">
        <source>%n bit-identical</source>
        <translation>
            <numerusform>%n bit-identical</numerusform>
            <numerusform>%n bit-identical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with equal dtype and shape (values not compared)</source>
        <translation>
            <numerusform>%n with equal dtype and shape (values not compared)</numerusform>
            <numerusform>%n with equal dtype and shape (values not compared)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n stored variable(s):&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n stored variable:&lt;/b&gt; %1</numerusform>
            <numerusform>&lt;b&gt;%n stored variables:&lt;/b&gt; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfs::views::Workbench</name>
    <message>
        <source>No pass given: write e.g. fold_constants(ignore_errors=true)</source>
        <translation>No pass given: write e.g. fold_constants(ignore_errors=true)</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>Applying %1</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Applying %1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Measuring</translation>
    </message>
    <message>
        <source>Slimming the checkpoint</source>
        <translation>Slimming the checkpoint</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 → %3 (%n variable(s) kept, %4 dropped)</source>
        <translation>
            <numerusform>Wrote %1: %2 → %3 (%n variable kept, %4 dropped)</numerusform>
            <numerusform>Wrote %1: %2 → %3 (%n variables kept, %4 dropped)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not slim the checkpoint: %1</source>
        <translation>Could not slim the checkpoint: %1</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Could not write the report %1: %2</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchPanel</name>
    <message>
        <source>input nodes, comma-separated</source>
        <translation>input nodes, comma-separated</translation>
    </message>
    <message>
        <source>output nodes, comma-separated</source>
        <translation>output nodes, comma-separated</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Inputs:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>O&amp;utputs:</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Apply preset</translation>
    </message>
    <message>
        <source>name(p=v, …) name2 … — press Enter to apply</source>
        <translation>name(p=v, …) name2 … — press Enter to apply</translation>
    </message>
    <message>
        <source>Passes in the Graph Transform Tool grammar, e.g.
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</source>
        <translation>Passes in the Graph Transform Tool grammar, e.g.
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Search passes (Ctrl+Shift+P)</source>
        <translation>Search passes (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Apply pass</source>
        <translation>Apply pass</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (click one to see the model as it was then)</source>
        <translation>&lt;b&gt;Steps&lt;/b&gt; (click one to see the model as it was then)</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>Copy as…</translation>
    </message>
    <message>
        <source>tfscope --batch transform command</source>
        <translation>tfscope --batch transform command</translation>
    </message>
    <message>
        <source>Copied the tfscope command line</source>
        <translation>Copied the tfscope command line</translation>
    </message>
    <message>
        <source>TensorFlow transform_graph command</source>
        <translation>TensorFlow transform_graph command</translation>
    </message>
    <message>
        <source>Copied the transform_graph command line</source>
        <translation>Copied the transform_graph command line</translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>Pipeline text</translation>
    </message>
    <message>
        <source>Copied the pipeline</source>
        <translation>Copied the pipeline</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Write the model as shown (Ctrl+Shift+S)</source>
        <translation>Write the model as shown (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Original model</source>
        <translation>Original model</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the pass running now (Esc)</source>
        <translation>Stop the pass running now (Esc)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <source> (several values: separate with ;)</source>
        <translation> (several values: separate with ;)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Pick a pass first.</source>
        <translation>Pick a pass first.</translation>
    </message>
    <message>
        <source>Applying preset %1</source>
        <translation>Applying preset %1</translation>
    </message>
    <message>
        <source>Inputs…</source>
        <translation>Inputs…</translation>
    </message>
    <message>
        <source>What the measurements run on: seed, samples, shapes, files</source>
        <translation>What the measurements run on: seed, samples, shapes, files</translation>
    </message>
    <message>
        <source>Diff with Original</source>
        <translation>Diff with Original</translation>
    </message>
    <message>
        <source>Open a diff tab: the model as opened (A) against the model as shown now (B)</source>
        <translation>Open a diff tab: the model as opened (A) against the model as shown now (B)</translation>
    </message>
    <message>
        <source>Slim Checkpoint Prefix</source>
        <translation>Slim Checkpoint Prefix</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchResults</name>
    <message>
        <source>compressed size</source>
        <translation>compressed size</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latency</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Open a model to transform it.</source>
        <translation>Open a model to transform it.</translation>
    </message>
    <message>
        <source>The original model. Apply a pass or a preset to see what it changes.</source>
        <translation>The original model. Apply a pass or a preset to see what it changes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 s)</translation>
    </message>
    <message>
        <source>%1 nodes added, %2 changed, %3 removed</source>
        <translation>%1 nodes added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <source>Ops: %1</source>
        <translation>Ops: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Measurement: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Measurement: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Measuring size, latency and accuracy…</source>
        <translation>Measuring size, latency and accuracy…</translation>
    </message>
    <message>
        <source>Step 0: the original</source>
        <translation>Step 0: the original</translation>
    </message>
    <message>
        <source>Step %1 of the pipeline</source>
        <translation>Step %1 of the pipeline</translation>
    </message>
    <message>
        <source>Functions rewritten: %1</source>
        <translation>Functions rewritten: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Across the steps, % of the original</source>
        <translation>Across the steps, % of the original</translation>
    </message>
    <message>
        <source>accuracy (top-1 or cosine)</source>
        <translation>accuracy (top-1 or cosine)</translation>
    </message>
</context>
</TS>
