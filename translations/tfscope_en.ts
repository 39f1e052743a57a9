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
    <message>
        <source>%n changed</source>
        <translation>%n changed</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n added</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n removed</translation>
    </message>
    <message>
        <source>%n renamed</source>
        <translation>%n renamed</translation>
    </message>
    <message>
        <source>Compare values (A, B, B − A)…</source>
        <translation>Compare values (A, B, B − A)…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>%n variable(s) differ</source>
        <translation>%n variable(s) differ</translation>
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
