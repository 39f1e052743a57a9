<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Open PATH, wait for the layout, save the window to FILE and exit.</source>
        <translation>打开 PATH，等待布局完成，将窗口保存为 FILE 后退出。</translation>
    </message>
    <message>
        <source>Select this node (with --screenshot).</source>
        <translation>选中此节点（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>&apos;all&apos; expands every scope (with --screenshot).</source>
        <translation>&apos;all&apos; 展开所有作用域（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Search for TEXT (with --screenshot).</source>
        <translation>搜索 TEXT（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Show this library function (with --screenshot).</source>
        <translation>显示此库函数（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Open the tensor viewer on this constant or variable (with --screenshot).</source>
        <translation>为此常量或变量打开张量查看器（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>窗口大小 宽x高（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>使用深色配色。</translation>
    </message>
    <message>
        <source>Use the light palette.</source>
        <translation>使用浅色配色。</translation>
    </message>
    <message>
        <source>Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR).</source>
        <translation>缩放整个界面，例如 2 表示 200%（设置 QT_SCALE_FACTOR）。</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. zh_CN, ja_JP or en.</source>
        <translation>本次运行的界面语言，例如 zh_CN、ja_JP 或 en。</translation>
    </message>
    <message>
        <source>Usage: tfscope [options] [PATH...]</source>
        <translation>用法：tfscope [选项] [PATH...]</translation>
    </message>
    <message>
        <source>       tfscope --batch COMMAND [options]</source>
        <translation>      tfscope --batch 命令 [选项]</translation>
    </message>
    <message>
        <source>Inspect, transform, run and compare TensorFlow models.</source>
        <translation>查看、转换、运行和比较 TensorFlow 模型。</translation>
    </message>
    <message>
        <source>This build has no desktop window (built with TFSCOPE_GUI=OFF); every batch command works.</source>
        <translation>此构建没有桌面窗口（以 TFSCOPE_GUI=OFF 构建）；所有批处理命令均可使用。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Model files or folders to open.</source>
        <translation>要打开的模型文件或文件夹。</translation>
    </message>
    <message>
        <source>Apply these passes (GTT grammar) to the model in the workbench, one step each, and measure every step.</source>
        <translation>在工作台中将这些变换（GTT 语法）逐步应用到模型上，并测量每一步。</translation>
    </message>
    <message>
        <source>Input nodes the passes see (with --apply; default: signature or placeholders).</source>
        <translation>变换使用的输入节点（配合 --apply；默认：签名或占位符）。</translation>
    </message>
    <message>
        <source>Output nodes the passes see (with --apply; default: signature or likely outputs).</source>
        <translation>变换使用的输出节点（配合 --apply；默认：签名或推测的输出）。</translation>
    </message>
    <message>
        <source>Show what changed from model A to model B.</source>
        <translation>显示从模型 A 到模型 B 的变化。</translation>
    </message>
    <message>
        <source>Show a diff as two pictures side by side (with --diff).</source>
        <translation>以左右并排的两张图显示差异（配合 --diff）。</translation>
    </message>
    <message>
        <source>Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply or --run).</source>
        <translation>填写测量输入的未知维度，例如 x=1,224,224,3（配合 --apply 或 --run）。</translation>
    </message>
    <message>
        <source>Measure on this .npy/.npz, @FILE.wav (bytes as a string) or image for an input instead of random values (with --apply or --run).</source>
        <translation>用此 .npy/.npz、@FILE.wav（字节作为字符串）或图像作为某个输入进行测量，而不是随机值（配合 --apply 或 --run）。</translation>
    </message>
    <message>
        <source>Seed of the random measurement inputs (with --apply or --run).</source>
        <translation>随机测量输入的种子（配合 --apply 或 --run）。</translation>
    </message>
    <message>
        <source>Random measurement samples (with --apply).</source>
        <translation>随机测量样本数（配合 --apply）。</translation>
    </message>
    <message>
        <source>Timed runs per step (with --apply).</source>
        <translation>每一步的计时运行次数（配合 --apply）。</translation>
    </message>
    <message>
        <source>Write every step&apos;s measurements as JSON (as transform --measure --json) once all are done (with --apply).</source>
        <translation>全部完成后，将每一步的测量结果写成 JSON（与 transform --measure --json 相同）（配合 --apply）。</translation>
    </message>
    <message>
        <source>Run the model in the Run panel once it is open (after --apply&apos;s steps), as Ctrl+R does.</source>
        <translation>模型打开后（在 --apply 的步骤之后）在运行面板中运行它，与 Ctrl+R 相同。</translation>
    </message>
    <message>
        <source>What the graph marks for this run: step (what the shown workbench step changed; the default), time (each node&apos;s time in the last run, with --run) or none.</source>
        <translation>本次运行中计算图标记的内容：step（当前工作台步骤改变了什么；默认）、time（上次运行中每个节点的时间，配合 --run）或 none。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>render: the SVG drawing could not be parsed for %1</source>
        <translation>render：无法解析 %1 的 SVG 图</translation>
    </message>
    <message>
        <source>render: empty drawing for %1</source>
        <translation>render：%1 的图为空</translation>
    </message>
    <message>
        <source>render: not enough memory for a %1x%2 image</source>
        <translation>render：内存不足，无法生成 %1x%2 的图像</translation>
    </message>
    <message>
        <source>render: PNG encoding failed: %1</source>
        <translation>render：PNG 编码失败：%1</translation>
    </message>
    <message>
        <source>model A (%1)</source>
        <translation>模型 A（%1）</translation>
    </message>
    <message>
        <source>model B (%1)</source>
        <translation>模型 B（%1）</translation>
    </message>
    <message>
        <source>model A (%1) on %2</source>
        <translation>模型 A（%1），输入 %2</translation>
    </message>
    <message>
        <source>model B (%1) on %2</source>
        <translation>模型 B（%1），输入 %2</translation>
    </message>
    <message>
        <source>the executor returned a different number of outputs than fetched</source>
        <translation>执行器返回的输出个数与请求的不同</translation>
    </message>
    <message>
        <source>loading model A</source>
        <translation>加载模型 A</translation>
    </message>
    <message>
        <source>loading model B</source>
        <translation>加载模型 B</translation>
    </message>
    <message>
        <source>bad value &apos;%1&apos; for %2; e.g. %3 %4</source>
        <translation>%2 的值“%1”无效；例如 %3 %4</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; expects %3 but the file holds %4</source>
        <translation>%1：输入“%2”需要 %3，但文件中是 %4</translation>
    </message>
    <message>
        <source>%1 has no array for input &apos;%2&apos; (%3)</source>
        <translation>%1 中没有输入“%2”（%3）的数组</translation>
    </message>
    <message>
        <source>%1: no &quot;inputs&quot; object</source>
        <translation>%1：没有 &quot;inputs&quot; 对象</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is not a file name</source>
        <translation>%1：输入“%2”不是文件名</translation>
    </message>
    <message>
        <source>%1 feeds &apos;%2&apos;, which is not an input compared here</source>
        <translation>%1 提供了“%2”，但它不是此处比较的输入</translation>
    </message>
    <message>
        <source>--shape %1 has rank %2 but input &apos;%3&apos; has shape %4</source>
        <translation>--shape %1 的秩为 %2，但输入“%3”的形状是 %4</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) has an unknown shape; give it with --shape %3=1,224,224,3 (for example)</source>
        <translation>输入“%1”（%2）的形状未知；请用 --shape %3=1,224,224,3（示例）指定</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has shape %2 with an unknown dimension %3; give it with --shape %4=...</source>
        <translation>输入“%1”的形状 %2 中第 %3 维未知；请用 --shape %4=... 指定</translation>
    </message>
    <message>
        <source>cannot make random values for input &apos;%1&apos; of dtype %2; give files with --input %3=FILE.npy</source>
        <translation>无法为 dtype 为 %2 的输入“%1”生成随机值；请用 --input %3=FILE.npy 提供文件</translation>
    </message>
    <message>
        <source>--input %1: not an input of the models (inputs: %2)</source>
        <translation>--input %1：不是模型的输入（输入：%2）</translation>
    </message>
    <message>
        <source>%1 holds no .npz files</source>
        <translation>%1 中没有 .npz 文件</translation>
    </message>
    <message>
        <source>sample %1 is out of range</source>
        <translation>样本 %1 超出范围</translation>
    </message>
    <message>
        <source>%1 has no graph to run (a lone checkpoint needs its .meta beside it)</source>
        <translation>%1 没有可运行的计算图（单独的检查点需要旁边有它的 .meta）</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is in neither model</source>
        <translation>两个模型中都没有签名“%1”</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of %2 (signature %3) is not an input of %4</source>
        <translation>%2 的输入“%1”（签名 %3）不是 %4 的输入</translation>
    </message>
    <message>
        <source>--map: %1 is not a node of %2</source>
        <translation>--map：%1 不是 %2 的节点</translation>
    </message>
    <message>
        <source>--output %1 is not among the matched outputs</source>
        <translation>--output %1 不在已配对的输出中</translation>
    </message>
    <message>
        <source>no outputs of %1 match outputs of %2; pair them explicitly, e.g. --map logits:0=logits_quantized:0</source>
        <translation>%1 的输出与 %2 的输出都无法对应；请显式配对，例如 --map logits:0=logits_quantized:0</translation>
    </message>
    <message>
        <source>model A (warm-up)</source>
        <translation>模型 A（预热）</translation>
    </message>
    <message>
        <source>model B (warm-up)</source>
        <translation>模型 B（预热）</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>cannot compare values of dtype %1 numerically</source>
        <translation>无法按数值比较 dtype 为 %1 的值</translation>
    </message>
    <message>
        <source>%1: A gives %2 but B gives %3; element counts must match (use --map to pair other tensors)</source>
        <translation>%1：A 给出 %2，B 给出 %3；元素个数必须相同（可用 --map 配对其他张量）</translation>
    </message>
    <message>
        <source>%1: cannot compare %2 with %3</source>
        <translation>%1：无法比较 %2 与 %3</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html or .json file name</source>
        <translation>--report %1：请使用 .md、.html 或 .json 文件名</translation>
    </message>
    <message>
        <source>cannot serialize the graph of %1</source>
        <translation>无法序列化 %1 的计算图</translation>
    </message>
    <message>
        <source>constant chain too deep</source>
        <translation>常量链过深</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos; has no value</source>
        <translation>Const“%1”没有值</translation>
    </message>
    <message>
        <source>input is not a constant</source>
        <translation>输入不是常量</translation>
    </message>
    <message>
        <source>no inputs</source>
        <translation>没有输入</translation>
    </message>
    <message>
        <source>no kernel for %1</source>
        <translation>%1 没有内核实现</translation>
    </message>
    <message>
        <source>kernel gave no output</source>
        <translation>内核没有输出</translation>
    </message>
    <message>
        <source>not a constant</source>
        <translation>不是常量</translation>
    </message>
    <message>
        <source>B − A needs equal shapes; A is %1, B is %2</source>
        <translation>B − A 需要相同的形状；A 为 %1，B 为 %2</translation>
    </message>
    <message>
        <source>B − A needs numeric values; A is %1, B is %2</source>
        <translation>B − A 需要数值；A 为 %1，B 为 %2</translation>
    </message>
    <message>
        <source>B − A cancelled</source>
        <translation>B − A 已取消</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calling %2</source>
        <translation>调用 %2 的节点“%1”</translation>
    </message>
    <message>
        <source>in function %1 called by node &apos;%2&apos;</source>
        <translation>在节点“%2”调用的函数 %1 中</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>cannot use %1 as a condition</source>
        <translation>无法将 %1 用作条件</translation>
    </message>
    <message>
        <source>placeholder &apos;%1&apos; (%2%3) must be fed: pass a value for &apos;%4:0&apos;</source>
        <translation>必须为占位符“%1”（%2%3）提供值：请为“%4:0”传入一个值</translation>
    </message>
    <message>
        <source>function argument &apos;%1&apos; was not passed</source>
        <translation>未传入函数参数“%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2)</source>
        <translation>节点“%1”（op %2）</translation>
    </message>
    <message>
        <source>while loop &apos;%1&apos; ran more than %2 iterations; stopping</source>
        <translation>while 循环“%1”已超过 %2 次迭代；停止</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no data input</source>
        <translation>节点“%1”没有数据输入</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>节点“%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2, %3): output %4 does not match the fused parameters</source>
        <translation>节点“%1”（op %2，%3）：输出 %4 与融合参数不符</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; was not computed: some of its inputs never arrived (a loop that never ends, or a missing input)</source>
        <translation>未计算出要获取的“%1”：它的某些输入始终没有到达（循环不终止，或缺少输入）</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is dead: it lies on an untaken branch of a Switch</source>
        <translation>要获取的“%1”是死值：它位于 Switch 未走的分支上</translation>
    </message>
    <message>
        <source>%1 has no array &apos;%2&apos; (it holds: %3); write FILE.npz:KEY</source>
        <translation>%1 中没有数组“%2”（其中有：%3）；请写成 FILE.npz:KEY</translation>
    </message>
    <message>
        <source>--input expects NAME=SOURCE, e.g. --input x=x.npy or --input wav_data=@yes.wav; got &apos;%1&apos;</source>
        <translation>--input 需要 NAME=SOURCE，例如 --input x=x.npy 或 --input wav_data=@yes.wav；实际为“%1”</translation>
    </message>
    <message>
        <source>--input NAME=@FILE needs a file name after &apos;@&apos;</source>
        <translation>--input NAME=@FILE 的“@”后需要文件名</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: negative output index for &apos;%2&apos;</source>
        <translation>节点“%1”：“%2”的输出索引为负</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (function %2) has no output &apos;%3&apos;</source>
        <translation>节点“%1”（函数 %2）没有输出“%3”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) has no output argument &apos;%3&apos;</source>
        <translation>节点“%1”（op %2）没有输出参数“%3”</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the graph has no node named &apos;%3&apos;</source>
        <translation>%1“%2”：计算图中没有名为“%3”的节点</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; is given twice</source>
        <translation>输入值“%1”给了两次</translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: the graph has no node named &apos;%2&apos;</source>
        <translation>目标“%1”：计算图中没有名为“%2”的节点</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: bad input &apos;%2&apos;</source>
        <translation>节点“%1”：输入“%2”无效</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Exit) is not inside a while loop frame</source>
        <translation>节点“%1”（op Exit）不在 while 循环帧内</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is on a cycle that is not a TF1 while loop (NextIteration -&gt; Merge)</source>
        <translation>节点“%1”位于一个不是 TF1 while 循环（NextIteration -&gt; Merge）的环上</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; in %2 takes an input from &apos;%3&apos; in %4 (values cross frames only through Enter and Exit)</source>
        <translation>%2 中的节点“%1”从 %4 中的“%3”取输入（值只能经由 Enter 和 Exit 跨帧）</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op NextIteration) is not inside a while loop frame</source>
        <translation>节点“%1”（op NextIteration）不在 while 循环帧内</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; inside while loop &apos;%2&apos; takes a fed tensor; feed tensors outside loops only</source>
        <translation>while 循环“%2”内的节点“%1”使用了外部提供的张量；只能为循环外的张量提供值</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is inside a while loop; fetch its Exit instead</source>
        <translation>要获取的“%1”在 while 循环内；请改为获取它的 Exit</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized: %2</source>
        <translation>变量“%1”未初始化：%2</translation>
    </message>
    <message>
        <source>%1: has no graph to run (a lone checkpoint?)</source>
        <translation>%1：没有可运行的计算图（单独的检查点？）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos; (the model has none)</source>
        <translation>%1：没有签名“%2”（该模型没有任何签名）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; valid: %3</source>
        <translation>%1：没有签名“%2”；可用：%3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown rank: give its shape, e.g. --shape %2=1,224,224,3</source>
        <translation>输入“%1”的秩未知：请指定其形状，例如 --shape %2=1,224,224,3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown dims %2: give them, e.g. --shape %3=1,...</source>
        <translation>输入“%1”的维度 %2 未知：请指定，例如 --shape %3=1,...</translation>
    </message>
    <message>
        <source>cannot make random values of dtype %1</source>
        <translation>无法生成 dtype 为 %1 的随机值</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>签名“%1”没有输入“%2”</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) is not given: use --input %3=FILE.npy or --random-inputs</source>
        <translation>未提供输入“%1”（%2）：请使用 --input %3=FILE.npy 或 --random-inputs</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in shape &apos;%2&apos;</source>
        <translation>形状“%2”中的维度“%1”无效</translation>
    </message>
    <message>
        <source>%1: has no graph to run (meta graph %2)</source>
        <translation>%1：没有可运行的计算图（元图 %2）</translation>
    </message>
    <message>
        <source>loading variable &apos;%1&apos;</source>
        <translation>加载变量“%1”</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is not in the graph&apos;s function library</source>
        <translation>函数“%1”不在计算图的函数库中</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>函数 %1</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; expects %2, got %3</source>
        <translation>输入值“%1”需要 %2，实际为 %3</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos;</source>
        <translation>获取“%1”</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos; (the model has none)</source>
        <translation>没有签名“%1”（该模型没有任何签名）</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos;; valid: %2</source>
        <translation>没有签名“%1”；可用：%2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; input &apos;%2&apos; (%3) is not given</source>
        <translation>未提供签名“%1”的输入“%2”（%3）</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>签名“%1”没有输出“%2”</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is missing</source>
        <translation>缺少函数“%1”</translation>
    </message>
    <message>
        <source>cannot take rows of a scalar</source>
        <translation>无法从标量中取行</translation>
    </message>
    <message>
        <source>rows [%1,%2) out of range for %3</source>
        <translation>行 [%1,%2) 超出 %3 的范围</translation>
    </message>
    <message>
        <source>cannot stack %1 with elements of shape %2</source>
        <translation>无法将 %1 与形状为 %2 的元素堆叠</translation>
    </message>
    <message>
        <source>cannot concatenate %1 with rows of shape %2</source>
        <translation>无法将 %1 与形状为 %2 的行拼接</translation>
    </message>
    <message>
        <source>dtype mismatch: %1 vs %2</source>
        <translation>dtype 不一致：%1 与 %2</translation>
    </message>
    <message>
        <source>shape mismatch: %1 vs %2</source>
        <translation>形状不一致：%1 与 %2</translation>
    </message>
    <message>
        <source>cannot add tensors of dtype %1</source>
        <translation>无法相加 dtype 为 %1 的张量</translation>
    </message>
    <message>
        <source>expected int32 or int64 indices, got %1</source>
        <translation>索引应为 int32 或 int64，实际为 %1</translation>
    </message>
    <message>
        <source>%1: no tensor named &apos;%2&apos; in this checkpoint</source>
        <translation>%1：此检查点中没有名为“%2”的张量</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lists a slice that has no entry in the index</source>
        <translation>%1：张量“%2”列出的某个分片在索引中没有条目</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; is stored as %3%4, expected %5%6</source>
        <translation>%1：张量“%2”的一个分片存储为 %3%4，应为 %5%6</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: checksum mismatch in data shard %2 (index says crc32c %3, data gives %4); the shard is corrupt</source>
        <translation>张量“%1”：数据分片 %2 校验和不一致（索引中 crc32c 为 %3，数据算得 %4）；该分片已损坏</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: bytes [%2, %3) lie beyond the end of data shard %4 (%5 bytes); the shard is truncated or the index is corrupt</source>
        <translation>张量“%1”：字节 [%2, %3) 超出数据分片 %4 的末尾（%5 字节）；分片被截断或索引已损坏</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has type %2, whose stored values tfscope cannot decode</source>
        <translation>张量“%1”的类型为 %2，tfscope 无法解码其存储的值</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: stored size %2 bytes disagrees with %3%4 (%5 bytes)</source>
        <translation>张量“%1”：存储大小 %2 字节与 %3%4（%5 字节）不符</translation>
    </message>
    <message>
        <source>%1: %2 strings cannot fit in %3 stored bytes</source>
        <translation>%1：%2 个字符串无法放入 %3 个存储字节</translation>
    </message>
    <message>
        <source>%1: string lengths are truncated or malformed</source>
        <translation>%1：字符串长度被截断或格式错误</translation>
    </message>
    <message>
        <source>%1: a string length exceeds the stored size</source>
        <translation>%1：某个字符串长度超出存储大小</translation>
    </message>
    <message>
        <source>%1: the checksum of the string lengths is missing</source>
        <translation>%1：缺少字符串长度的校验和</translation>
    </message>
    <message>
        <source>%1: checksum of the string lengths does not match; the shard is corrupt</source>
        <translation>%1：字符串长度的校验和不一致；分片已损坏</translation>
    </message>
    <message>
        <source>%1: string lengths add up to %2 bytes but %3 bytes are stored</source>
        <translation>%1：字符串长度合计 %2 字节，但存储了 %3 字节</translation>
    </message>
    <message>
        <source>%1: checkpoint index not found</source>
        <translation>%1：找不到检查点索引</translation>
    </message>
    <message>
        <source>%1: the header entry is not a BundleHeaderProto; not a V2 checkpoint index</source>
        <translation>%1：头条目不是 BundleHeaderProto；不是 V2 检查点索引</translation>
    </message>
    <message>
        <source>%1: the index has no header entry; not a V2 checkpoint index</source>
        <translation>%1：索引中没有头条目；不是 V2 检查点索引</translation>
    </message>
    <message>
        <source>%1: entry for tensor &apos;%2&apos; is not a valid BundleEntryProto</source>
        <translation>%1：张量“%2”的条目不是有效的 BundleEntryProto</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative offset or size</source>
        <translation>%1：张量“%2”的偏移或大小为负</translation>
    </message>
    <message>
        <source>%1: big-endian checkpoints are not supported (only little-endian)</source>
        <translation>%1：不支持大端序检查点（仅支持小端序）</translation>
    </message>
    <message>
        <source>%1: written by a newer TensorFlow (needs bundle reader version %2, this reader is version %3)</source>
        <translation>%1：由较新的 TensorFlow 写入（需要 bundle 读取器版本 %2，本读取器为版本 %3）</translation>
    </message>
    <message>
        <source>%1: this checkpoint disallows bundle reader version 1</source>
        <translation>%1：此检查点不允许 bundle 读取器版本 1</translation>
    </message>
    <message>
        <source>%1: header has an invalid shard count %2</source>
        <translation>%1：头中的分片数 %2 无效</translation>
    </message>
    <message>
        <source>%1: data shard %2 is missing (the index lists %3 shard%4)</source>
        <translation>%1：缺少数据分片 %2（索引列出了 %3 个分片%4）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is in shard %3 but the checkpoint has %4</source>
        <translation>%1：张量“%2”在分片 %3 中，但检查点只有 %4 个</translation>
    </message>
    <message>
        <source>%1: no checkpoint index found</source>
        <translation>%1：找不到检查点索引</translation>
    </message>
    <message>
        <source>%1: no V1 checkpoint found</source>
        <translation>%1：找不到 V1 检查点</translation>
    </message>
    <message>
        <source>%1: stored shape has unknown rank</source>
        <translation>%1：存储的形状秩未知</translation>
    </message>
    <message>
        <source>%1: stored shape has rank %2 (at most 254)</source>
        <translation>%1：存储的形状秩为 %2（最多 254）</translation>
    </message>
    <message>
        <source>%1: invalid stored shape: %2</source>
        <translation>%1：存储的形状无效：%2</translation>
    </message>
    <message>
        <source>%1: slice has rank %2 but the tensor has shape %3</source>
        <translation>%1：分片的秩为 %2，但张量的形状为 %3</translation>
    </message>
    <message>
        <source>%1: slice extent [%2, +%3) of dimension %4 lies outside shape %5</source>
        <translation>%1：第 %4 维的分片范围 [%2, +%3) 超出形状 %5</translation>
    </message>
    <message>
        <source>%1: slice holds %2, expected %3%4</source>
        <translation>%1：分片中是 %2，应为 %3%4</translation>
    </message>
    <message>
        <source>%1: no checkpoint state file in %2</source>
        <translation>%1：%2 中没有检查点状态文件</translation>
    </message>
    <message>
        <source>%1: not a text CheckpointState (%2); expected lines like model_checkpoint_path: &quot;model.ckpt-10&quot;</source>
        <translation>%1：不是文本格式的 CheckpointState（%2）；应为类似 model_checkpoint_path: &quot;model.ckpt-10&quot; 的行</translation>
    </message>
    <message>
        <source>%1: a slice listed in the metadata has no data record</source>
        <translation>%1：元数据中列出的某个分片没有数据记录</translation>
    </message>
    <message>
        <source>%1: slice record is not a SavedTensorSlices with data</source>
        <translation>%1：分片记录不是带数据的 SavedTensorSlices</translation>
    </message>
    <message>
        <source>%1: slice stores %2 values but its shape %3 needs %4</source>
        <translation>%1：分片存储了 %2 个值，但其形状 %3 需要 %4 个</translation>
    </message>
    <message>
        <source>%1: the first record is not a SavedTensorSlices meta; not a V1 checkpoint</source>
        <translation>%1：第一条记录不是 SavedTensorSlices 元数据；不是 V1 检查点</translation>
    </message>
    <message>
        <source>%1: unsupported stored type %2</source>
        <translation>%1：不支持的存储类型 %2</translation>
    </message>
    <message>
        <source>%1: the metadata lists no stored slices</source>
        <translation>%1：元数据中没有列出任何存储的分片</translation>
    </message>
    <message>
        <source>%1: listed twice in the metadata</source>
        <translation>%1：在元数据中出现了两次</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1：无法创建：%2</translation>
    </message>
    <message>
        <source>%1: cannot flush: %2</source>
        <translation>%1：无法刷新写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot close: %2</source>
        <translation>%1：无法关闭：%2</translation>
    </message>
    <message>
        <source>%1: cannot rename temp file into place: %2</source>
        <translation>%1：无法将临时文件重命名到目标位置：%2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output prefix</source>
        <translation>%1：拒绝覆盖输入文件；请换一个输出前缀</translation>
    </message>
    <message>
        <source>%1: a tensor has an empty name (reserved for the header)</source>
        <translation>%1：某个张量名称为空（空名称保留给头）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is listed twice</source>
        <translation>%1：张量“%2”出现了两次</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no value</source>
        <translation>%1：张量“%2”没有值</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has type %3, which cannot be written to a checkpoint</source>
        <translation>%1：张量“%2”的类型为 %3，无法写入检查点</translation>
    </message>
    <message>
        <source>%1: cannot create the checkpoint folder: %2</source>
        <translation>%1：无法创建检查点文件夹：%2</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data buffer</source>
        <translation>%1：张量“%2”没有数据缓冲区</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible GraphDef (node names or op names are not text)</source>
        <translation>%1：可以按 protobuf 解析，但不像是 GraphDef（节点名或 op 名不是文本）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: no such file, folder or checkpoint prefix</source>
        <translation>%1：没有这样的文件、文件夹或检查点前缀</translation>
    </message>
    <message>
        <source>%1: no model found in this folder (expected saved_model.pb or .pbtxt, numbered SavedModel versions, a checkpoint with a `checkpoint` file or .index, or a .pb/.pbtxt/.meta file)</source>
        <translation>%1：此文件夹中找不到模型（应有 saved_model.pb 或 .pbtxt、带编号的 SavedModel 版本、带 `checkpoint` 文件或 .index 的检查点，或 .pb/.pbtxt/.meta 文件）</translation>
    </message>
    <message>
        <source>%1: not a TensorFlow model tfscope recognises (tried SavedModel, TFLite, checkpoint V2/V1, MetaGraphDef and GraphDef, binary and text)</source>
        <translation>%1：不是 tfscope 能识别的 TensorFlow 模型（已尝试 SavedModel、TFLite、V2/V1 检查点、MetaGraphDef 和 GraphDef 的二进制与文本格式）</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos;</source>
        <translation>Const“%1”</translation>
    </message>
    <message>
        <source>%1: cannot serialize the GraphDef</source>
        <translation>%1：无法序列化 GraphDef</translation>
    </message>
    <message>
        <source>%1: too small for a memmapped package</source>
        <translation>%1：太小，不可能是内存映射包</translation>
    </message>
    <message>
        <source>%1: memmapped package directory offset is past the end</source>
        <translation>%1：内存映射包的目录偏移超出文件末尾</translation>
    </message>
    <message>
        <source>%1: memmapped package directory does not parse</source>
        <translation>%1：无法解析内存映射包的目录</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; lacks the %3 prefix</source>
        <translation>%1：区域“%2”缺少前缀 %3</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has an invalid offset</source>
        <translation>%1：区域“%2”的偏移无效</translation>
    </message>
    <message>
        <source>%1: memmapped package has no GraphDef region (%2)</source>
        <translation>%1：内存映射包中没有 GraphDef 区域（%2）</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; appears twice</source>
        <translation>%1：区域“%2”出现了两次</translation>
    </message>
    <message>
        <source>%1: no GraphDef region</source>
        <translation>%1：没有 GraphDef 区域</translation>
    </message>
    <message>
        <source>%1: the GraphDef region (%2 bytes) does not parse</source>
        <translation>%1：无法解析 GraphDef 区域（%2 字节）</translation>
    </message>
    <message>
        <source>%1: no region &apos;%2&apos;</source>
        <translation>%1：没有区域“%2”</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; cannot hold %3</source>
        <translation>%1：区域“%2”放不下 %3</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has %3 bytes, %4 %5 needs %6</source>
        <translation>%1：区域“%2”有 %3 字节，%4 %5 需要 %6 字节</translation>
    </message>
    <message>
        <source>ImmutableConst needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst 需要 dtype、shape 和 memory_region_name</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; lives in a memmapped package; open the package file itself, not a GraphDef extracted from it (or convert it back with tfscope --batch convert PKG out.pb)</source>
        <translation>区域“%1”位于内存映射包中；请直接打开该包文件，而不是从中提取的 GraphDef（或用 tfscope --batch convert PKG out.pb 转换回来）</translation>
    </message>
    <message>
        <source>ImmutableConst shape %1 is not fully known</source>
        <translation>ImmutableConst 的形状 %1 不完全已知</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos; needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst“%1”需要 dtype、shape 和 memory_region_name</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;: shape %2 is not fully known</source>
        <translation>ImmutableConst“%1”：形状 %2 不完全已知</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;</source>
        <translation>ImmutableConst“%1”</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible MetaGraphDef</source>
        <translation>%1：可以按 protobuf 解析，但不像是 MetaGraphDef</translation>
    </message>
    <message>
        <source>%1: no object graph (%2); a name-based checkpoint</source>
        <translation>%1：没有对象图（%2）；这是基于名称的检查点</translation>
    </message>
    <message>
        <source>%1: %2 should be a string scalar but is %3</source>
        <translation>%1：%2 应为字符串标量，但实际是 %3</translation>
    </message>
    <message>
        <source>%1: %2 does not hold a valid TrackableObjectGraph</source>
        <translation>%1：%2 中不是有效的 TrackableObjectGraph</translation>
    </message>
    <message>
        <source>%1: %2 bytes exceed protobuf&apos;s 2 GiB message limit</source>
        <translation>%1：%2 字节超出 protobuf 的 2 GiB 消息上限</translation>
    </message>
    <message>
        <source>%1: not a valid %2 (truncated or corrupt protobuf)</source>
        <translation>%1：不是有效的 %2（protobuf 被截断或已损坏）</translation>
    </message>
    <message>
        <source>%1: not a valid text %2</source>
        <translation>%1：不是有效的文本格式 %2</translation>
    </message>
    <message>
        <source>%1: not a valid text %2 (%3)</source>
        <translation>%1：不是有效的文本格式 %2（%3）</translation>
    </message>
    <message>
        <source>cannot serialise %1</source>
        <translation>无法序列化 %1</translation>
    </message>
    <message>
        <source>%1: no saved_model.pb in this folder or its numbered versions</source>
        <translation>%1：此文件夹及其编号版本中都没有 saved_model.pb</translation>
    </message>
    <message>
        <source>%1: the SavedModel holds no meta graphs</source>
        <translation>%1：该 SavedModel 中没有元图</translation>
    </message>
    <message>
        <source>%1: a meta graph holds an implausible graph (corrupt file?)</source>
        <translation>%1：某个元图中的计算图不合理（文件损坏？）</translation>
    </message>
    <message>
        <source>%1: no meta graph with tags &apos;%2&apos;; available:%3</source>
        <translation>%1：没有标签为“%2”的元图；可用：%3</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: not a table: %2 bytes, too short for the 48-byte table footer (truncated or empty file?)</source>
        <translation>%1：不是表文件：%2 字节，短于 48 字节的表尾（文件被截断或为空？）</translation>
    </message>
    <message>
        <source>%1: not a table: bad magic number in the footer (expected the LevelDB/TensorFlow table magic 0xdb4775248b80fb57; truncated or not a checkpoint index?)</source>
        <translation>%1：不是表文件：表尾的魔数错误（应为 LevelDB/TensorFlow 表魔数 0xdb4775248b80fb57；文件被截断或不是检查点索引？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: the footer points outside the file (truncated or damaged?)</source>
        <translation>%1：表已损坏：表尾指向文件之外（被截断或损坏？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: a block claims an impossible size</source>
        <translation>%1：表已损坏：某个块声明的大小不可能</translation>
    </message>
    <message>
        <source>%1: cannot read table: %2</source>
        <translation>%1：无法读取表：%2</translation>
    </message>
    <message>
        <source>%1: corrupt table: the index points at a data block outside the file (truncated or damaged?)</source>
        <translation>%1：表已损坏：索引指向文件之外的数据块（被截断或损坏？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: %2</source>
        <translation>%1：表已损坏：%2</translation>
    </message>
    <message>
        <source>%1: no record with key &apos;%2&apos;</source>
        <translation>%1：没有键为“%2”的记录</translation>
    </message>
    <message>
        <source>%1: table has no records</source>
        <translation>%1：表中没有记录</translation>
    </message>
    <message>
        <source>table already finished</source>
        <translation>表已完成写入</translation>
    </message>
    <message>
        <source>table keys must be added in strictly increasing order; &apos;%1&apos; follows &apos;%2&apos;</source>
        <translation>表的键必须严格递增地加入；“%1”跟在“%2”之后</translation>
    </message>
    <message>
        <source>building table failed: %1</source>
        <translation>构建表失败：%1</translation>
    </message>
    <message>
        <source>%1: this is a TensorFlow Lite flatbuffer (TFL3); tfscope does not support TFLite models yet</source>
        <translation>%1：这是 TensorFlow Lite flatbuffer（TFL3）；tfscope 暂不支持 TFLite 模型</translation>
    </message>
    <message>
        <source>%1: has no graph to write as %2 (a checkpoint without .meta)</source>
        <translation>%1：没有可写为 %2 的计算图（没有 .meta 的检查点）</translation>
    </message>
    <message>
        <source>%1: has no variables to write as a checkpoint</source>
        <translation>%1：没有可写为检查点的变量</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos;</source>
        <translation>无法判断要向“%1”写入什么</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos; (unknown kind &apos;%2&apos;)</source>
        <translation>无法判断要向“%1”写入什么（未知类型“%2”）</translation>
    </message>
    <message>
        <source>%1: has no graph to serialize</source>
        <translation>%1：没有可序列化的计算图</translation>
    </message>
    <message>
        <source>%1: already exists; tfscope writes a SavedModel only into a new folder</source>
        <translation>%1：已存在；tfscope 只会把 SavedModel 写入新文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create folder: %2</source>
        <translation>%1：无法创建文件夹：%2</translation>
    </message>
    <message>
        <source>%1: cannot copy asset: %2</source>
        <translation>%1：无法复制资源文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot move the new SavedModel into place: %2</source>
        <translation>%1：无法将新的 SavedModel 移到目标位置：%2</translation>
    </message>
    <message>
        <source>Graphviz dot could not lay out %1 items: %2</source>
        <translation>Graphviz dot 无法布局 %1 个元素：%2</translation>
    </message>
    <message>
        <source>layout cancelled</source>
        <translation>布局已取消</translation>
    </message>
    <message>
        <source>%1 has no graph</source>
        <translation>%1 没有计算图</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no argument &apos;%2&apos;</source>
        <translation>函数“%1”没有参数“%2”</translation>
    </message>
    <message>
        <source>negative dimension %1 in shape %2</source>
        <translation>形状 %2 中有负维度 %1</translation>
    </message>
    <message>
        <source>element count of shape %1 overflows</source>
        <translation>形状 %1 的元素个数溢出</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; opens &apos;[&apos; but does not close it</source>
        <translation>形状“%1”有“[”但没有闭合</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos;: &apos;%2&apos; is not a dimension (use a number, ? or -1), e.g. 1,224,224,3</source>
        <translation>形状“%1”：“%2”不是维度（请用数字、? 或 -1），例如 1,224,224,3</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; has more than 64 dimensions</source>
        <translation>形状“%1”超过 64 维</translation>
    </message>
    <message>
        <source>tensors of type %1 cannot hold values here</source>
        <translation>类型为 %1 的张量在此处不能保存值</translation>
    </message>
    <message>
        <source>tensor %1%2 needs %3 bytes, more than allowed</source>
        <translation>张量 %1%2 需要 %3 字节，超出允许的上限</translation>
    </message>
    <message>
        <source>string tensor %1 has too many elements</source>
        <translation>字符串张量 %1 的元素太多</translation>
    </message>
    <message>
        <source>out of memory allocating tensor</source>
        <translation>分配张量时内存不足</translation>
    </message>
    <message>
        <source>buffer of %1 bytes does not match %2%3 (%4 bytes)</source>
        <translation>%1 字节的缓冲区与 %2%3（%4 字节）不符</translation>
    </message>
    <message>
        <source>tensor has %1 values but its shape %2 holds %3</source>
        <translation>张量有 %1 个值，但其形状 %2 容纳 %3 个</translation>
    </message>
    <message>
        <source>too many complex values for shape %1</source>
        <translation>形状 %1 的复数值太多</translation>
    </message>
    <message>
        <source>tensor has an unknown rank</source>
        <translation>张量的秩未知</translation>
    </message>
    <message>
        <source>tensor shape %1 has a negative dimension</source>
        <translation>张量形状 %1 有负维度</translation>
    </message>
    <message>
        <source>string tensor has more values than its shape %1 holds</source>
        <translation>字符串张量的值多于其形状 %1 所能容纳的</translation>
    </message>
    <message>
        <source>string tensor %1 is too large</source>
        <translation>字符串张量 %1 太大</translation>
    </message>
    <message>
        <source>tensor values of type %1 are not supported</source>
        <translation>不支持类型为 %1 的张量值</translation>
    </message>
    <message>
        <source>tensor_content has %1 bytes but %2%3 needs %4</source>
        <translation>tensor_content 有 %1 字节，但 %2%3 需要 %4 字节</translation>
    </message>
    <message>
        <source>constant %1%2 would expand to %3 bytes</source>
        <translation>常量 %1%2 会展开为 %3 字节</translation>
    </message>
    <message>
        <source>cannot reshape %1 to %2</source>
        <translation>无法将 %1 重塑为 %2</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos; has no value attribute</source>
        <translation>Const 节点“%1”没有 value 属性</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos;</source>
        <translation>Const 节点“%1”</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2</source>
        <translation>%2 中没有名为“%1”的常量、变量或检查点键</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2 (similar: %3)</source>
        <translation>%2 中没有名为“%1”的常量、变量或检查点键（相近的：%3）</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no argument or node</source>
        <translation>输入“%1”没有对应的参数或节点</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not node:output:index</source>
        <translation>输入“%1”不是 node:output:index 形式</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no node of the body</source>
        <translation>输入“%1”不对应函数体中的任何节点</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has a bad index</source>
        <translation>输入“%1”的索引无效</translation>
    </message>
    <message>
        <source>function %1: %2</source>
        <translation>函数 %1：%2</translation>
    </message>
    <message>
        <source>function %1: %2 (and %3 more)</source>
        <translation>函数 %1：%2（另有 %3 处）</translation>
    </message>
    <message>
        <source>%1: unknown op; neither a registered op nor a function of the graph&apos;s library</source>
        <translation>%1：未知 op；既不是已注册的 op，也不是计算图函数库中的函数</translation>
    </message>
    <message>
        <source>%1: missing int attr &apos;%2&apos; giving the size of &apos;%3&apos;</source>
        <translation>%1：缺少给出“%3”大小的 int 属性“%2”</translation>
    </message>
    <message>
        <source>%1: attr &apos;%2&apos; = %3 is not a valid tensor count</source>
        <translation>%1：属性“%2” = %3 不是有效的张量个数</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos; giving the types of &apos;%3&apos;</source>
        <translation>%1：缺少给出“%3”类型的 list(type) 属性“%2”</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos;</source>
        <translation>%1：缺少 list(type) 属性“%2”</translation>
    </message>
    <message>
        <source>%1: missing type attr &apos;%2&apos; giving the type of &apos;%3&apos;</source>
        <translation>%1：缺少给出“%3”类型的 type 属性“%2”</translation>
    </message>
    <message>
        <source>%1: too many outputs</source>
        <translation>%1：输出太多</translation>
    </message>
    <message>
        <source>%1: output &apos;%2:%3&apos; is out of range; &apos;%4&apos; has %5 tensor(s)</source>
        <translation>%1：输出“%2:%3”超出范围；“%4”有 %5 个张量</translation>
    </message>
    <message>
        <source>%1: no output argument &apos;%2&apos;; valid: %3</source>
        <translation>%1：没有输出参数“%2”；可用：%3</translation>
    </message>
    <message>
        <source>input shape given for &apos;%1&apos;, but the graph has no node &apos;%2&apos;</source>
        <translation>为“%1”指定了输入形状，但计算图中没有节点“%2”</translation>
    </message>
    <message>
        <source>input shape for &apos;%1&apos; has a negative dimension: %2</source>
        <translation>“%1”的输入形状有负维度：%2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %2 argument(s), but %3 shape(s) were given</source>
        <translation>函数“%1”有 %2 个参数，但给出了 %3 个形状</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no input</source>
        <translation>节点“%1”（%2）没有输入</translation>
    </message>
    <message>
        <source>no kernel for op %1 (node &apos;%2&apos;)</source>
        <translation>op %1 没有内核实现（节点“%2”）</translation>
    </message>
    <message>
        <source>%1: no outputs to freeze for; pass --outputs or pick a --signature</source>
        <translation>%1：没有要冻结的输出；请传入 --outputs 或选择 --signature</translation>
    </message>
    <message>
        <source>%1: output node &apos;%2&apos; is not in the graph</source>
        <translation>%1：输出节点“%2”不在计算图中</translation>
    </message>
    <message>
        <source>%1: no checkpoint value for variable &apos;%2&apos;%3</source>
        <translation>%1：检查点中没有变量“%2”的值%3</translation>
    </message>
    <message>
        <source>reading variable &apos;%1&apos;</source>
        <translation>读取变量“%1”</translation>
    </message>
    <message>
        <source>%1: output depends on &apos;%2&apos; (%3), which changes a variable; a frozen graph cannot do that</source>
        <translation>%1：输出依赖于会修改变量的“%2”（%3）；冻结的计算图无法做到这一点</translation>
    </message>
    <message>
        <source>frozen graph of %1</source>
        <translation>%1 的冻结计算图</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has one output, not %2</source>
        <translation>参数“%1”只有一个输出，不是 %2</translation>
    </message>
    <message>
        <source>op %1 of &apos;%2&apos; is unknown, its output names cannot be written</source>
        <translation>“%2”的 op %1 未知，无法写出其输出名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) has no output %3</source>
        <translation>“%1”（%2）没有输出 %3</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has a generic type (%2%3)</source>
        <translation>参数“%1”的类型是泛型（%2%3）</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; was rewritten</source>
        <translation>参数“%1”已被改写</translation>
    </message>
    <message>
        <source>an argument placeholder was removed</source>
        <translation>某个参数占位符已被删除</translation>
    </message>
    <message>
        <source>return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>返回值“%1”丢失了它的节点“%2”</translation>
    </message>
    <message>
        <source>return &apos;%1&apos;</source>
        <translation>返回值“%1”</translation>
    </message>
    <message>
        <source>control return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>控制返回“%1”丢失了它的节点“%2”</translation>
    </message>
    <message>
        <source>--transforms: missing &apos;)&apos; after the parameters of &apos;%1&apos;</source>
        <translation>--transforms：“%1”的参数后缺少“)”</translation>
    </message>
    <message>
        <source>--transforms: unterminated quoted value for parameter &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>--transforms：“%2”的参数“%1”的引号值没有结束</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized. Run `tfscope --batch transform --list` for every transform.</source>
        <translation>无法识别变换“%1”。运行 `tfscope --batch transform --list` 查看所有变换。</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized; did you mean &apos;%2&apos;? Run `tfscope --batch transform --list` for every transform.</source>
        <translation>无法识别变换“%1”；您是指“%2”吗？运行 `tfscope --batch transform --list` 查看所有变换。</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; it accepts %3, e.g. %4</source>
        <translation>%1 没有参数“%2”；可用参数为 %3，例如 %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; takes a single value but was given %3 times, e.g. %4</source>
        <translation>%1：参数“%2”只接受一个值，却给了 %3 次，例如 %4</translation>
    </message>
    <message>
        <source>%1 expects at least one &apos;%2&apos; argument, e.g. %3</source>
        <translation>%1 至少需要一个“%2”参数，例如 %3</translation>
    </message>
    <message>
        <source>graph has a cycle through node &apos;%1&apos; that is not a TF1 loop; cannot sort it</source>
        <translation>计算图中有经过节点“%1”的环，且不是 TF1 循环；无法排序</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no &apos;value&apos; tensor attribute</source>
        <translation>节点“%1”（%2）没有“value”张量属性</translation>
    </message>
    <message>
        <source>call &apos;%1&apos; passes %2 inputs to &apos;%3&apos;, which takes %4 (list-typed arguments are not inlined)</source>
        <translation>调用“%1”向“%3”传入 %2 个输入，而它接受 %4 个（列表类型参数不会被内联）</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;: input &apos;%2&apos; names no node or argument</source>
        <translation>函数“%1”：输入“%2”没有对应的节点或参数</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;</source>
        <translation>函数“%1”</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no result for output &apos;%2&apos;</source>
        <translation>函数“%1”没有输出“%2”的结果</translation>
    </message>
    <message>
        <source>%1: has no graph to transform (a checkpoint without .meta?)</source>
        <translation>%1：没有可变换的计算图（没有 .meta 的检查点？）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; it has: %3</source>
        <translation>%1：没有签名“%2”；它有：%3</translation>
    </message>
    <message>
        <source>transform cancelled during &apos;%1&apos;</source>
        <translation>变换在“%1”期间被取消</translation>
    </message>
    <message>
        <source>transform cancelled before &apos;%1&apos;</source>
        <translation>变换在“%1”之前被取消</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized</source>
        <translation>无法识别变换“%1”</translation>
    </message>
    <message>
        <source>%1 produced an invalid graph</source>
        <translation>%1 生成了无效的计算图</translation>
    </message>
    <message>
        <source>ConcatV2 node &apos;%1&apos; has fewer than 2 inputs</source>
        <translation>ConcatV2 节点“%1”的输入少于 2 个</translation>
    </message>
    <message>
        <source>filter must be 4-D, got %1</source>
        <translation>卷积核必须是 4 维，实际为 %1</translation>
    </message>
    <message>
        <source>filter cannot be a string tensor</source>
        <translation>卷积核不能是字符串张量</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; holds %2, not float32</source>
        <translation>节点“%1”中是 %2，不是 float32</translation>
    </message>
    <message>
        <source>weights of &apos;%1&apos; are not float32</source>
        <translation>“%1”的权重不是 float32</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 scale values for weights %3</source>
        <translation>节点“%1”：权重 %3 有 %2 个缩放值</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges needs a log, e.g. freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</source>
        <translation>freeze_requantization_ranges 需要一个日志文件，例如 freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: min_percentile and max_percentile must be in [0, 100]</source>
        <translation>freeze_requantization_ranges：min_percentile 和 max_percentile 必须在 [0, 100] 内</translation>
    </message>
    <message>
        <source>min_max_log_file</source>
        <translation>min_max_log_file</translation>
    </message>
    <message>
        <source>no min/max records in %1 (expected lines like &apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos;)</source>
        <translation>%1 中没有 min/max 记录（应为类似 &apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos; 的行）</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: %1 logged nodes are not in the graph: %2</source>
        <translation>freeze_requantization_ranges：日志中有 %1 个节点不在计算图中：%2</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: logged nodes must be RequantizationRange: %1</source>
        <translation>freeze_requantization_ranges：日志中的节点必须是 RequantizationRange：%1</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos; is not float</source>
        <translation>常量“%1”不是 float</translation>
    </message>
    <message>
        <source>QuantizeV2 returned %1 outputs</source>
        <translation>QuantizeV2 返回了 %1 个输出</translation>
    </message>
    <message>
        <source>quantize_nodes needs both input_min and input_max, e.g. quantize_nodes(input_min=-1, input_max=1)</source>
        <translation>quantize_nodes 需要同时给出 input_min 和 input_max，例如 quantize_nodes(input_min=-1, input_max=1)</translation>
    </message>
    <message>
        <source>quantize_nodes needs both fallback_min and fallback_max, e.g. quantize_nodes(fallback_min=-10, fallback_max=10)</source>
        <translation>quantize_nodes 需要同时给出 fallback_min 和 fallback_max，例如 quantize_nodes(fallback_min=-10, fallback_max=10)</translation>
    </message>
    <message>
        <source>quantize_nodes: fallback_min must be &lt;= 0 and fallback_max &gt;= fallback_min</source>
        <translation>quantize_nodes：fallback_min 必须 &lt;= 0，且 fallback_max &gt;= fallback_min</translation>
    </message>
    <message>
        <source>quantize_nodes: node &apos;%1&apos;</source>
        <translation>quantize_nodes：节点“%1”</translation>
    </message>
    <message>
        <source>remove_attribute expects an &apos;attribute_name&apos;, e.g. remove_attribute(op_name=Mul, attribute_name=foo)</source>
        <translation>remove_attribute 需要“attribute_name”，例如 remove_attribute(op_name=Mul, attribute_name=foo)</translation>
    </message>
    <message>
        <source>remove_nodes expects at least one &apos;op&apos; argument, e.g. remove_nodes(op=Identity)</source>
        <translation>remove_nodes 至少需要一个“op”参数，例如 remove_nodes(op=Identity)</translation>
    </message>
    <message>
        <source>rename_attribute expects &apos;old_attribute_name&apos; and &apos;new_attribute_name&apos;, e.g. rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</source>
        <translation>rename_attribute 需要“old_attribute_name”和“new_attribute_name”，例如 rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</translation>
    </message>
    <message>
        <source>rename_node expects matching &apos;old_node_name&apos; and &apos;new_node_name&apos; arguments, e.g. rename_node(old_node_name=conv1, new_node_name=features)</source>
        <translation>rename_node 需要成对的“old_node_name”和“new_node_name”参数，例如 rename_node(old_node_name=conv1, new_node_name=features)</translation>
    </message>
    <message>
        <source>rename_node: no node named &apos;%1&apos;</source>
        <translation>rename_node：没有名为“%1”的节点</translation>
    </message>
    <message>
        <source>rename_node: a node named &apos;%1&apos; already exists</source>
        <translation>rename_node：已存在名为“%1”的节点</translation>
    </message>
    <message>
        <source>rename_op expects &apos;old_op_name&apos; and &apos;new_op_name&apos;, e.g. rename_op(old_op_name=Mul, new_op_name=Multiply)</source>
        <translation>rename_op 需要“old_op_name”和“new_op_name”，例如 rename_op(old_op_name=Mul, new_op_name=Multiply)</translation>
    </message>
    <message>
        <source>round_weights: num_steps must be between 2 and 16777216, e.g. round_weights(num_steps=256)</source>
        <translation>round_weights：num_steps 必须在 2 到 16777216 之间，例如 round_weights(num_steps=256)</translation>
    </message>
    <message>
        <source>sparsify_gather input_checkpoint</source>
        <translation>sparsify_gather input_checkpoint</translation>
    </message>
    <message>
        <source>sparsify_gather: variable &apos;%1&apos;</source>
        <translation>sparsify_gather：变量“%1”</translation>
    </message>
    <message>
        <source>sparsify_gather: group_init_node &apos;%1&apos; exists but is a %2, not a NoOp; name another, e.g. sparsify_gather(group_init_node=init_tables)</source>
        <translation>sparsify_gather：group_init_node“%1”已存在，但它是 %2 而不是 NoOp；请换一个名称，例如 sparsify_gather(group_init_node=init_tables)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: bad shape &apos;%1&apos;, e.g. shape=&quot;1,224,224,3&quot;</source>
        <translation>strip_unused_nodes：形状“%1”无效，例如 shape=&quot;1,224,224,3&quot;</translation>
    </message>
    <message>
        <source>strip_unused_nodes needs --outputs (the nodes to keep), e.g. --outputs=softmax</source>
        <translation>strip_unused_nodes 需要 --outputs（要保留的节点），例如 --outputs=softmax</translation>
    </message>
    <message>
        <source>strip_unused_nodes: each &apos;name&apos; needs its own type_for_name/shape_for_name, e.g. strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</source>
        <translation>strip_unused_nodes：每个“name”都需要自己的 type_for_name/shape_for_name，例如 strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: output node &apos;%1&apos; is not in the graph</source>
        <translation>strip_unused_nodes：输出节点“%1”不在计算图中</translation>
    </message>
    <message>
        <source>graph has more than one node named &apos;%1&apos;</source>
        <translation>计算图中有不止一个名为“%1”的节点</translation>
    </message>
    <message>
        <source>graph is invalid: %1</source>
        <translation>计算图无效：%1</translation>
    </message>
    <message>
        <source>graph has a node with an empty name or op (&apos;%1&apos;)</source>
        <translation>计算图中有名称或 op 为空的节点（“%1”）</translation>
    </message>
    <message>
        <source>graph has a new cycle through node &apos;%1&apos; (not a TF1 loop)</source>
        <translation>计算图中出现了经过节点“%1”的新环（不是 TF1 循环）</translation>
    </message>
    <message>
        <source>%1: has no checkpoint to slim (expected a checkpoint prefix with .meta, or a SavedModel with variables/)</source>
        <translation>%1：没有可精简的检查点（应为带 .meta 的检查点前缀，或带 variables/ 的 SavedModel）</translation>
    </message>
    <message>
        <source>slim-checkpoint needs an output prefix, e.g. --out /tmp/slim/model.ckpt</source>
        <translation>slim-checkpoint 需要输出前缀，例如 --out /tmp/slim/model.ckpt</translation>
    </message>
    <message>
        <source>finding the variables the outputs read (slimming freezes a copy first)</source>
        <translation>查找输出所读取的变量（精简时先冻结一份副本）</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos; from %2</source>
        <translation>从 %2 读取“%1”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; given %2 times, but it takes a single value</source>
        <translation>参数“%1”给了 %2 次，但它只接受一个值</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects an integer, found &apos;%2&apos;</source>
        <translation>参数“%1”需要整数，实际为“%2”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects a number, found &apos;%2&apos;</source>
        <translation>参数“%1”需要数字，实际为“%2”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects true or false, found &apos;%2&apos;</source>
        <translation>参数“%1”需要 true 或 false，实际为“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: file is %2 bytes, more than the %3 this reader accepts</source>
        <translation>%1：文件为 %2 字节，超过此读取器接受的 %3</translation>
    </message>
    <message>
        <source>%1: cannot map file: %2</source>
        <translation>%1：无法映射文件：%2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output path</source>
        <translation>%1：拒绝覆盖输入文件；请换一个输出路径</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: not a .npy file (bad magic)</source>
        <translation>%1：不是 .npy 文件（魔数错误）</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <translation>%1：.npy 头被截断</translation>
    </message>
    <message>
        <source>%1: .npy version %2 is not supported</source>
        <translation>%1：不支持 .npy 版本 %2</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported</source>
        <translation>%1：不支持 Fortran 顺序的数组</translation>
    </message>
    <message>
        <source>%1: .npy shape dimension %2 is too large</source>
        <translation>%1：.npy 形状的维度 %2 太大</translation>
    </message>
    <message>
        <source>%1: numpy dtype &apos;%2&apos; is not supported</source>
        <translation>%1：不支持 numpy dtype“%2”</translation>
    </message>
    <message>
        <source>%1: data is shorter than shape %2 needs</source>
        <translation>%1：数据短于形状 %2 所需</translation>
    </message>
    <message>
        <source>cannot write %1 tensors as .npy</source>
        <translation>无法将 %1 张量写为 .npy</translation>
    </message>
    <message>
        <source>%1: truncated zip entry</source>
        <translation>%1：zip 条目被截断</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; has a truncated extra field</source>
        <translation>%1：zip 条目“%2”的扩展字段被截断</translation>
    </message>
    <message>
        <source>%1: zip entries with data descriptors are not supported</source>
        <translation>%1：不支持带数据描述符的 zip 条目</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; is truncated</source>
        <translation>%1：zip 条目“%2”被截断</translation>
    </message>
    <message>
        <source>%1: zip entry too large</source>
        <translation>%1：zip 条目太大</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; claims %3 bytes from %4 compressed (corrupt)</source>
        <translation>%1：zip 条目“%2”声称由 %4 字节压缩数据得到 %3 字节（已损坏）</translation>
    </message>
    <message>
        <source>zlib init failed</source>
        <translation>zlib 初始化失败</translation>
    </message>
    <message>
        <source>%1: cannot inflate &apos;%2&apos;</source>
        <translation>%1：无法解压“%2”</translation>
    </message>
    <message>
        <source>%1: zip compression method %2 is not supported</source>
        <translation>%1：不支持 zip 压缩方法 %2</translation>
    </message>
    <message>
        <source>%1: not an .npz archive (no arrays found)</source>
        <translation>%1：不是 .npz 归档（没有找到数组）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>original (%1)</source>
        <translation>原始模型（%1）</translation>
    </message>
    <message>
        <source>original (%1) on %2</source>
        <translation>原始模型（%1），输入 %2</translation>
    </message>
    <message>
        <source>freeze takes no parameters; write it as: freeze</source>
        <translation>freeze 不接受参数；请直接写：freeze</translation>
    </message>
    <message>
        <source>%1: no graph to freeze</source>
        <translation>%1：没有可冻结的计算图</translation>
    </message>
    <message>
        <source>no model to transform</source>
        <translation>没有可变换的模型</translation>
    </message>
    <message>
        <source>diff needs two models</source>
        <translation>diff 需要两个模型</translation>
    </message>
    <message>
        <source>no graph</source>
        <translation>没有计算图</translation>
    </message>
    <message>
        <source>a shape is NAME=d0,d1,..., e.g. x=1,224,224,3; got &apos;%1&apos;</source>
        <translation>形状写作 NAME=d0,d1,...，例如 x=1,224,224,3；实际为“%1”</translation>
    </message>
    <message>
        <source>the model has no outputs to fetch</source>
        <translation>该模型没有可获取的输出</translation>
    </message>
    <message>
        <source>%1 has no value here</source>
        <translation>%1 在此没有值</translation>
    </message>
    <message>
        <source>constant %1 has no value</source>
        <translation>常量 %1 没有值</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>没有值</translation>
    </message>
    <message>
        <source>--input %1: the model has no input &apos;%2&apos;</source>
        <translation>--input %1：模型没有输入“%2”</translation>
    </message>
    <message>
        <source>%1: the image is too large to feed (%2x%3 pixels)</source>
        <translation>%1：图像太大，无法作为输入（%2x%3 像素）</translation>
    </message>
    <message>
        <source>%1: not an image Qt can read (%2)</source>
        <translation>%1：不是 Qt 能读取的图像（%2）</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has shape %3; an image feeds a [batch,height,width,channels] input</source>
        <translation>%1：输入“%2”的形状为 %3；图像只能作为 [batch,height,width,channels] 形状的输入</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; takes %3; images feed float32 or uint8 inputs</source>
        <translation>%1：输入“%2”需要 %3；图像只能作为 float32 或 uint8 输入</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has %3 channels; images give 1, 3 or 4</source>
        <translation>%1：输入“%2”有 %3 个通道；图像只提供 1、3 或 4 个</translation>
    </message>
    <message>
        <source>%1: the input&apos;s height or width is too large</source>
        <translation>%1：输入的高度或宽度太大</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for converted images</source>
        <translation>%1：无法创建存放转换后图像的文件夹</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; input &apos;%2&apos; does not name a node</source>
        <translation>节点“%1”的输入“%2”不对应任何节点</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) is not supported</source>
        <translation>不支持节点“%1”（op %2）</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) calls function &apos;%3&apos;, which is not in the graph&apos;s function library</source>
        <translation>节点“%1”（op %2）调用的函数“%3”不在计算图的函数库中</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calls %2: %3</source>
        <translation>节点“%1”调用 %2：%3</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const) has no &apos;value&apos; attribute</source>
        <translation>节点“%1”（op Const）没有“value”属性</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const): %2</source>
        <translation>节点“%1”（op Const）：%2</translation>
    </message>
    <message>
        <source>measureAlternating needs two runners</source>
        <translation>measureAlternating 需要两个运行器</translation>
    </message>
    <message>
        <source>measureSingle needs a runner</source>
        <translation>measureSingle 需要一个运行器</translation>
    </message>
    <message>
        <source>has no function attribute to call</source>
        <translation>没有要调用的函数属性</translation>
    </message>
    <message>
        <source>function %1 takes %2 arguments, got %3</source>
        <translation>函数 %1 接受 %2 个参数，实际传入 %3 个</translation>
    </message>
    <message>
        <source>function %1 returned %2 values, but output %3 is used</source>
        <translation>函数 %1 返回了 %2 个值，但使用了输出 %3</translation>
    </message>
    <message>
        <source>branch_index must be an int32 scalar, got %1</source>
        <translation>branch_index 必须是 int32 标量，实际为 %1</translation>
    </message>
    <message>
        <source>has no branches</source>
        <translation>没有分支</translation>
    </message>
    <message>
        <source>ran more than 10,000,000 iterations; stopping</source>
        <translation>已超过 10,000,000 次迭代；停止</translation>
    </message>
    <message>
        <source>cond function %1 returned nothing</source>
        <translation>cond 函数 %1 没有返回任何值</translation>
    </message>
    <message>
        <source>body %1 returned %2 values for %3 loop variables</source>
        <translation>body 函数 %1 为 %3 个循环变量返回了 %2 个值</translation>
    </message>
    <message>
        <source>has no data input</source>
        <translation>没有数据输入</translation>
    </message>
    <message>
        <source>found NaN or Inf: %1</source>
        <translation>发现 NaN 或 Inf：%1</translation>
    </message>
    <message>
        <source>assertion failed</source>
        <translation>断言失败</translation>
    </message>
    <message>
        <source>expects 2 inputs (data, pred)</source>
        <translation>需要 2 个输入（data、pred）</translation>
    </message>
    <message>
        <source>%1 must be a scalar, got %2</source>
        <translation>%1 必须是标量，实际为 %2</translation>
    </message>
    <message>
        <source>input 0 must be a variable reference (VariableV2 output)</source>
        <translation>输入 0 必须是变量引用（VariableV2 的输出）</translation>
    </message>
    <message>
        <source>cannot assign %1 to variable &apos;%2&apos; of shape %3</source>
        <translation>无法将 %1 赋给形状为 %3 的变量“%2”</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized</source>
        <translation>变量“%1”未初始化</translation>
    </message>
    <message>
        <source>input 0 must be a resource handle, got %1</source>
        <translation>输入 0 必须是资源句柄，实际为 %1</translation>
    </message>
    <message>
        <source>batch_dims != 0 is not supported</source>
        <translation>不支持 batch_dims != 0</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is a scalar; cannot gather rows</source>
        <translation>变量“%1”是标量；无法收集行</translation>
    </message>
    <message>
        <source>index %1 is out of range [0, %2)</source>
        <translation>索引 %1 超出范围 [0, %2)</translation>
    </message>
    <message>
        <source>input 0 is not a live TensorArray handle</source>
        <translation>输入 0 不是仍有效的 TensorArray 句柄</translation>
    </message>
    <message>
        <source>size must be a non-negative int32 scalar, got %1</source>
        <translation>size 必须是非负的 int32 标量，实际为 %1</translation>
    </message>
    <message>
        <source>negative TensorArray index %1</source>
        <translation>TensorArray 索引 %1 为负</translation>
    </message>
    <message>
        <source>writing %1 to a TensorArray of %2</source>
        <translation>将 %1 写入 dtype 为 %2 的 TensorArray</translation>
    </message>
    <message>
        <source>index %1 out of range for TensorArray of size %2</source>
        <translation>索引 %1 超出大小为 %2 的 TensorArray 的范围</translation>
    </message>
    <message>
        <source>TensorArray index too large</source>
        <translation>TensorArray 索引太大</translation>
    </message>
    <message>
        <source>index must be a scalar</source>
        <translation>索引必须是标量</translation>
    </message>
    <message>
        <source>TensorArray element %1 was read before it was written</source>
        <translation>TensorArray 元素 %1 在写入之前被读取</translation>
    </message>
    <message>
        <source>gathering zero elements needs a known element_shape</source>
        <translation>收集零个元素需要已知的 element_shape</translation>
    </message>
    <message>
        <source>value %1 does not have one row per index (%2)</source>
        <translation>值 %1 的行数与索引个数（%2）不符</translation>
    </message>
    <message>
        <source>cannot concatenate scalar TensorArray elements</source>
        <translation>无法拼接标量 TensorArray 元素</translation>
    </message>
    <message>
        <source>cannot concatenate an empty TensorArray</source>
        <translation>无法拼接空的 TensorArray</translation>
    </message>
    <message>
        <source>expects at least %1 inputs, got %2</source>
        <translation>至少需要 %1 个输入，实际为 %2 个</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused input missing</source>
        <translation>节点“%1”：缺少融合输入</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused output aliases an input</source>
        <translation>节点“%1”：融合输出与某个输入共用存储</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) produced %3 outputs, but output %4 is used</source>
        <translation>节点“%1”（op %2）产生了 %3 个输出，但使用了输出 %4</translation>
    </message>
    <message>
        <source>plan expects %1 feeds, got %2</source>
        <translation>执行计划需要 %1 个输入值，实际为 %2 个</translation>
    </message>
    <message>
        <source>input must be floating point, got %1</source>
        <translation>输入必须是浮点类型，实际为 %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2-D, got %3</source>
        <translation>%1 必须至少是 %2 维，实际为 %3</translation>
    </message>
    <message>
        <source>unsupported dtype %1</source>
        <translation>不支持的 dtype %1</translation>
    </message>
    <message>
        <source>index depth %1 exceeds params rank of %2</source>
        <translation>索引深度 %1 超过 params %2 的秩</translation>
    </message>
    <message>
        <source>index %1 is out of range for dimension %2 of %3</source>
        <translation>索引 %1 超出 %3 第 %2 维的范围</translation>
    </message>
    <message>
        <source>%1 must be &gt;= %2</source>
        <translation>%1 必须 &gt;= %2</translation>
    </message>
    <message>
        <source>on_value and off_value must be scalars of one dtype</source>
        <translation>on_value 和 off_value 必须是同一 dtype 的标量</translation>
    </message>
    <message>
        <source>%1 must be %2, got %3</source>
        <translation>%1 必须是 %2，实际为 %3</translation>
    </message>
    <message>
        <source>dtypes differ: %1 and %2</source>
        <translation>dtype 不同：%1 与 %2</translation>
    </message>
    <message>
        <source>t and e must have the same shape, got %1 and %2</source>
        <translation>t 和 e 的形状必须相同，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>vector condition must match the first dimension of %1</source>
        <translation>向量条件必须与 %1 的第一维一致</translation>
    </message>
    <message>
        <source>condition %1 must be a scalar, a vector or the shape of %2</source>
        <translation>条件 %1 必须是标量、向量，或与 %2 形状相同</translation>
    </message>
    <message>
        <source>k=%1 must be in [0, %2]</source>
        <translation>k=%1 必须在 [0, %2] 内</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64, got %2</source>
        <translation>%1 必须是 int32 或 int64，实际为 %2</translation>
    </message>
    <message>
        <source>value %1 does not fit int32 out_type</source>
        <translation>值 %1 无法用 int32 out_type 表示</translation>
    </message>
    <message>
        <source>shape %1 has more than one -1</source>
        <translation>形状 %1 中有多个 -1</translation>
    </message>
    <message>
        <source>shape %1 has a negative dimension</source>
        <translation>形状 %1 有负维度</translation>
    </message>
    <message>
        <source>shape %1 is too large</source>
        <translation>形状 %1 太大</translation>
    </message>
    <message>
        <source>cannot squeeze axis %1 of %2: size is not 1</source>
        <translation>无法压缩 %2 的轴 %1：其大小不为 1</translation>
    </message>
    <message>
        <source>dims %1 has a negative dimension</source>
        <translation>dims %1 中有负维度</translation>
    </message>
    <message>
        <source>start, limit and delta must be scalars of one dtype</source>
        <translation>start、limit 和 delta 必须是同一 dtype 的标量</translation>
    </message>
    <message>
        <source>delta must not be 0</source>
        <translation>delta 不能为 0</translation>
    </message>
    <message>
        <source>start and limit are in the wrong order for the sign of delta</source>
        <translation>start 和 limit 的先后顺序与 delta 的符号不符</translation>
    </message>
    <message>
        <source>range is too large</source>
        <translation>范围太大</translation>
    </message>
    <message>
        <source>cannot broadcast %1 to %2</source>
        <translation>无法将 %1 广播到 %2</translation>
    </message>
    <message>
        <source>block_shape must have 1 to rank-1 entries for input %1</source>
        <translation>对于输入 %1，block_shape 的条目数必须在 1 到秩-1 之间</translation>
    </message>
    <message>
        <source>%1 must be [%2,2], got %3</source>
        <translation>%1 必须是 [%2,2]，实际为 %3</translation>
    </message>
    <message>
        <source>block_shape entries must be &gt;= 1</source>
        <translation>block_shape 的条目必须 &gt;= 1</translation>
    </message>
    <message>
        <source>padded spatial size %1 is not divisible by block %2</source>
        <translation>填充后的空间尺寸 %1 不能被块大小 %2 整除</translation>
    </message>
    <message>
        <source>batch %1 is not divisible by the block size product %2</source>
        <translation>批次 %1 不能被块大小之积 %2 整除</translation>
    </message>
    <message>
        <source>crops are larger than the spatial size</source>
        <translation>crops 大于空间尺寸</translation>
    </message>
    <message>
        <source>%1 must be %2-D, got %3</source>
        <translation>%1 必须是 %2 维，实际为 %3</translation>
    </message>
    <message>
        <source>only %1 %2 is supported</source>
        <translation>仅支持 %1 %2</translation>
    </message>
    <message>
        <source>depth %1 is not divisible by block_size^2</source>
        <translation>深度 %1 不能被 block_size^2 整除</translation>
    </message>
    <message>
        <source>spatial size is not divisible by block_size</source>
        <translation>空间尺寸不能被 block_size 整除</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>cannot concatenate scalars</source>
        <translation>无法拼接标量</translation>
    </message>
    <message>
        <source>inputs differ in dtype or rank: %1 and %2</source>
        <translation>输入的 dtype 或秩不同：%1 与 %2</translation>
    </message>
    <message>
        <source>inputs differ outside the concat axis: %1 and %2</source>
        <translation>输入在拼接轴以外的维度上不同：%1 与 %2</translation>
    </message>
    <message>
        <source>all values must have the same shape, got %1 and %2</source>
        <translation>所有值的形状必须相同，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>attr num=%1 but axis has size %2</source>
        <translation>属性 num=%1，但轴的大小为 %2</translation>
    </message>
    <message>
        <source>cannot split axis of size %1 into %2 equal parts</source>
        <translation>无法将大小为 %1 的轴等分为 %2 份</translation>
    </message>
    <message>
        <source>size_splits has an invalid entry</source>
        <translation>size_splits 中有无效条目</translation>
    </message>
    <message>
        <source>size_splits %1 do not add up to the axis size %2</source>
        <translation>size_splits %1 之和不等于轴的大小 %2</translation>
    </message>
    <message>
        <source>begin and size must have %1 entries for input %2</source>
        <translation>对于输入 %2，begin 和 size 必须有 %1 个条目</translation>
    </message>
    <message>
        <source>slice begin %1 size %2 is out of bounds for %3</source>
        <translation>切片 begin %1、size %2 超出 %3 的边界</translation>
    </message>
    <message>
        <source>begin, end and strides must have the same length (at most 30)</source>
        <translation>begin、end 和 strides 的长度必须相同（最多 30）</translation>
    </message>
    <message>
        <source>index %1 of the slice spec is out of bounds for %2</source>
        <translation>切片规格中的索引 %1 超出 %2 的边界</translation>
    </message>
    <message>
        <source>strides must be non-zero</source>
        <translation>strides 必须非零</translation>
    </message>
    <message>
        <source>slice index %1 of dimension %2 out of bounds for %3</source>
        <translation>第 %2 维的切片索引 %1 超出 %3 的边界</translation>
    </message>
    <message>
        <source>multiples must have %1 entries for %2</source>
        <translation>对于 %2，multiples 必须有 %1 个条目</translation>
    </message>
    <message>
        <source>tiled shape is too large</source>
        <translation>平铺后的形状太大</translation>
    </message>
    <message>
        <source>constant_values must be a scalar of the input dtype</source>
        <translation>constant_values 必须是与输入 dtype 相同的标量</translation>
    </message>
    <message>
        <source>mode must be REFLECT or SYMMETRIC</source>
        <translation>mode 必须是 REFLECT 或 SYMMETRIC</translation>
    </message>
    <message>
        <source>paddings are too large</source>
        <translation>paddings 太大</translation>
    </message>
    <message>
        <source>paddings are too large for %1 mirror padding of %2</source>
        <translation>对于 %2 的 %1 镜像填充，paddings 太大</translation>
    </message>
    <message>
        <source>padded shape is too large</source>
        <translation>填充后的形状太大</translation>
    </message>
    <message>
        <source>%1 must be a string scalar, got %2</source>
        <translation>%1 必须是字符串标量，实际为 %2</translation>
    </message>
    <message>
        <source>contents is not a RIFF/WAVE file</source>
        <translation>contents 不是 RIFF/WAVE 文件</translation>
    </message>
    <message>
        <source>WAV fmt chunk is truncated</source>
        <translation>WAV fmt 块被截断</translation>
    </message>
    <message>
        <source>only PCM WAV files are supported (format %1)</source>
        <translation>仅支持 PCM WAV 文件（格式 %1）</translation>
    </message>
    <message>
        <source>WAV file has no fmt chunk or zero channels</source>
        <translation>WAV 文件没有 fmt 块或通道数为零</translation>
    </message>
    <message>
        <source>only 16-bit WAV samples are supported, got %1-bit</source>
        <translation>仅支持 16 位 WAV 采样，实际为 %1 位</translation>
    </message>
    <message>
        <source>WAV file has no data chunk</source>
        <translation>WAV 文件没有 data 块</translation>
    </message>
    <message>
        <source>input must be float32 [samples, channels], got %1</source>
        <translation>输入必须是 float32 [samples, channels]，实际为 %1</translation>
    </message>
    <message>
        <source>window_size must be &gt;= 2 and stride &gt;= 1</source>
        <translation>window_size 必须 &gt;= 2，且 stride &gt;= 1</translation>
    </message>
    <message>
        <source>spectrogram must be float32 [channels, frames, bins], got %1</source>
        <translation>spectrogram 必须是 float32 [channels, frames, bins]，实际为 %1</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 必须为正数</translation>
    </message>
    <message>
        <source>filterbank_channel_count must be in [1, 4096]</source>
        <translation>filterbank_channel_count 必须在 [1, 4096] 内</translation>
    </message>
    <message>
        <source>dct_coefficient_count must be in [1, filterbank_channel_count]</source>
        <translation>dct_coefficient_count 必须在 [1, filterbank_channel_count] 内</translation>
    </message>
    <message>
        <source>spectrogram needs at least 2 bins</source>
        <translation>spectrogram 至少需要 2 个频点</translation>
    </message>
    <message>
        <source>need 0 &lt;= lower_frequency_limit &lt; upper_frequency_limit</source>
        <translation>需要满足 0 &lt;= lower_frequency_limit &lt; upper_frequency_limit</translation>
    </message>
    <message>
        <source>strides and dilations must be &gt;= 1</source>
        <translation>strides 和 dilations 必须 &gt;= 1</translation>
    </message>
    <message>
        <source>window size must be &gt;= 1, got %1</source>
        <translation>窗口大小必须 &gt;= 1，实际为 %1</translation>
    </message>
    <message>
        <source>VALID window of effective size %1 does not fit input size %2</source>
        <translation>有效大小为 %1 的 VALID 窗口超出输入大小 %2</translation>
    </message>
    <message>
        <source>explicit paddings must be &gt;= 0</source>
        <translation>显式填充必须 &gt;= 0</translation>
    </message>
    <message>
        <source>window does not fit the explicitly padded input</source>
        <translation>窗口超出显式填充后的输入</translation>
    </message>
    <message>
        <source>padding must be SAME, VALID or EXPLICIT, got &apos;%1&apos;</source>
        <translation>padding 必须是 SAME、VALID 或 EXPLICIT，实际为“%1”</translation>
    </message>
    <message>
        <source>data_format must be NHWC or NCHW, got &apos;%1&apos;</source>
        <translation>data_format 必须是 NHWC 或 NCHW，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 must have %2 entries</source>
        <translation>%1 必须有 %2 个条目</translation>
    </message>
    <message>
        <source>strides in the batch and depth dimensions must be 1</source>
        <translation>批次维度和深度维度上的步长必须为 1</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4 (grouped convolution is not supported)</source>
        <translation>卷积核 %1 需要 %2 个输入通道，但输入 %3 有 %4 个（不支持分组卷积）</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4</source>
        <translation>卷积核 %1 需要 %2 个输入通道，但输入 %3 有 %4 个</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1 and %2</source>
        <translation>仅支持 float32（以及经由 float32 计算的 float16），实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>filter must be 4-D [h,w,in,out], got %1</source>
        <translation>卷积核必须是 4 维 [h,w,in,out]，实际为 %1</translation>
    </message>
    <message>
        <source>only %1 is supported</source>
        <translation>仅支持 %1</translation>
    </message>
    <message>
        <source>%1 and %2 must be %3-D, got %4 and %5</source>
        <translation>%1 和 %2 必须是 %3 维，实际为 %4 和 %5</translation>
    </message>
    <message>
        <source>filter %1 does not match input_sizes channels %2</source>
        <translation>卷积核 %1 与 input_sizes 的通道数 %2 不符</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output shape %2</source>
        <translation>out_backprop %1 与前向输出形状 %2 不符</translation>
    </message>
    <message>
        <source>filter %1 does not match input channels of %2</source>
        <translation>卷积核 %1 与 %2 的输入通道数不符</translation>
    </message>
    <message>
        <source>both inputs must be strings, got %1 and %2</source>
        <translation>两个输入都必须是字符串，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>bool input is not supported by this op</source>
        <translation>此 op 不支持 bool 输入</translation>
    </message>
    <message>
        <source>inputs must be floating point, got %1</source>
        <translation>输入必须是浮点类型，实际为 %1</translation>
    </message>
    <message>
        <source>inputs must be integers, got %1</source>
        <translation>输入必须是整数类型，实际为 %1</translation>
    </message>
    <message>
        <source>integer division by zero</source>
        <translation>整数除以零</translation>
    </message>
    <message>
        <source>bias has %1 elements but value %2 has %3 channels</source>
        <translation>偏置有 %1 个元素，但 value %2 有 %3 个通道</translation>
    </message>
    <message>
        <source>all inputs must have the same dtype and shape, got %1 and %2</source>
        <translation>所有输入的 dtype 和形状必须相同，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>input must be an integer, got %1</source>
        <translation>输入必须是整数类型，实际为 %1</translation>
    </message>
    <message>
        <source>missing attribute %1</source>
        <translation>缺少属性 %1</translation>
    </message>
    <message>
        <source>internal: no kernel for %1</source>
        <translation>内部错误：%1 没有内核实现</translation>
    </message>
    <message>
        <source>%1 step failed</source>
        <translation>%1 步骤失败</translation>
    </message>
    <message>
        <source>BiasAdd needs a bias argument</source>
        <translation>BiasAdd 需要一个 bias 参数</translation>
    </message>
    <message>
        <source>FusedBatchNorm needs 4 arguments (scale, offset, mean, variance)</source>
        <translation>FusedBatchNorm 需要 4 个参数（scale、offset、mean、variance）</translation>
    </message>
    <message>
        <source>fused op &apos;%1&apos; is not supported (supported: BiasAdd or FusedBatchNorm, then Relu, Relu6, Elu, LeakyRelu, Tanh, Sigmoid)</source>
        <translation>不支持融合 op“%1”（支持：BiasAdd 或 FusedBatchNorm，之后接 Relu、Relu6、Elu、LeakyRelu、Tanh、Sigmoid）</translation>
    </message>
    <message>
        <source>images must be 4-D NHWC, got %1</source>
        <translation>images 必须是 4 维 NHWC，实际为 %1</translation>
    </message>
    <message>
        <source>size must hold two positive values</source>
        <translation>size 必须包含两个正值</translation>
    </message>
    <message>
        <source>input images must not be empty, got %1</source>
        <translation>输入图像不能为空，实际为 %1</translation>
    </message>
    <message>
        <source>align_corners and half_pixel_centers cannot both be true</source>
        <translation>align_corners 和 half_pixel_centers 不能同时为 true</translation>
    </message>
    <message>
        <source>expects %1 inputs, got %2</source>
        <translation>需要 %1 个输入，实际为 %2 个</translation>
    </message>
    <message>
        <source>expects %1 to %2 inputs, got %3</source>
        <translation>需要 %1 到 %2 个输入，实际为 %3 个</translation>
    </message>
    <message>
        <source>input %1 has no value</source>
        <translation>输入 %1 没有值</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>output %1: out of memory for %2 bytes</source>
        <translation>输出 %1：内存不足，无法分配 %2 字节</translation>
    </message>
    <message>
        <source>output %1%2 would be larger than 8 GiB</source>
        <translation>输出 %1%2 将超过 8 GiB</translation>
    </message>
    <message>
        <source>missing input %1</source>
        <translation>缺少输入 %1</translation>
    </message>
    <message>
        <source>%1 must be a scalar or 1-D, got %2</source>
        <translation>%1 必须是标量或 1 维，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must hold one value, got %2</source>
        <translation>%1 必须只包含一个值，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a numeric scalar, got %2</source>
        <translation>%1 必须是数值标量，实际为 %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range for rank %3 (valid: [%4, %5))</source>
        <translation>%1 %2 超出秩 %3 的范围（有效范围：[%4, %5)）</translation>
    </message>
    <message>
        <source>incompatible shapes for broadcasting: %1 and %2</source>
        <translation>形状无法广播：%1 与 %2</translation>
    </message>
    <message>
        <source>permutation has %1 entries for rank %2</source>
        <translation>置换有 %1 个条目，但秩为 %2</translation>
    </message>
    <message>
        <source>invalid permutation for rank %1</source>
        <translation>秩为 %1 时置换无效</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected float32 or float64)</source>
        <translation>不支持的 dtype %1（应为 float32 或 float64）</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected a real number type)</source>
        <translation>不支持的 dtype %1（应为实数类型）</translation>
    </message>
    <message>
        <source>unsupported dtype %1 for this op</source>
        <translation>此 op 不支持 dtype %1</translation>
    </message>
    <message>
        <source>inputs must be 2-D, got %1 and %2</source>
        <translation>输入必须是 2 维，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (transpose_a=%3, transpose_b=%4)</source>
        <translation>内维度不一致：%1 x %2（transpose_a=%3，transpose_b=%4）</translation>
    </message>
    <message>
        <source>inputs must be at least 2-D, got %1 and %2</source>
        <translation>输入必须至少是 2 维，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (adj_x=%3, adj_y=%4)</source>
        <translation>内维度不一致：%1 x %2（adj_x=%3，adj_y=%4）</translation>
    </message>
    <message>
        <source>BatchMatMul needs equal batch dimensions, got %1 and %2</source>
        <translation>BatchMatMul 需要相同的批次维度，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; needs an explicit &apos;-&gt;&apos; output</source>
        <translation>表达式“%1”需要用“-&gt;”显式指定输出</translation>
    </message>
    <message>
        <source>only two-operand equations are supported, got &apos;%1&apos;</source>
        <translation>仅支持两个操作数的表达式，实际为“%1”</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input ranks</source>
        <translation>表达式“%1”与输入的秩不符</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input shapes %2 and %3</source>
        <translation>表达式“%1”与输入形状 %2 和 %3 不符</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has sizes %2 and %3 (broadcasting inside einsum is not supported)</source>
        <translation>标签“%1”的大小分别为 %2 和 %3（不支持在 einsum 内部广播）</translation>
    </message>
    <message>
        <source>repeated labels (traces) are not supported in &apos;%1&apos;</source>
        <translation>“%1”中不支持重复标签（求迹）</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is summed within one operand; unsupported in &apos;%2&apos;</source>
        <translation>标签“%1”在单个操作数内求和；“%2”中不支持此用法</translation>
    </message>
    <message>
        <source>output label &apos;%1&apos; is not in the inputs</source>
        <translation>输出标签“%1”不在输入中</translation>
    </message>
    <message>
        <source>x must be float32 or float16, got %1</source>
        <translation>x 必须是 float32 或 float16，实际为 %1</translation>
    </message>
    <message>
        <source>unsupported data_format &apos;%1&apos;</source>
        <translation>不支持的 data_format“%1”</translation>
    </message>
    <message>
        <source>x must be %1-D for %2, got %3</source>
        <translation>对于 %2，x 必须是 %1 维，实际为 %3</translation>
    </message>
    <message>
        <source>%1 must be float32</source>
        <translation>%1 必须是 float32</translation>
    </message>
    <message>
        <source>%1 must be [%2], got %3</source>
        <translation>%1 必须是 [%2]，实际为 %3</translation>
    </message>
    <message>
        <source>parameter %1 must be float32[%2], got %3</source>
        <translation>参数 %1 必须是 float32[%2]，实际为 %3</translation>
    </message>
    <message>
        <source>input must be float32 4-D, got %1</source>
        <translation>输入必须是 4 维 float32，实际为 %1</translation>
    </message>
    <message>
        <source>dense keys, defaults, Tdense and dense_shapes must have the same length</source>
        <translation>dense keys、defaults、Tdense 和 dense_shapes 的长度必须相同</translation>
    </message>
    <message>
        <source>serialized[%1] is not a valid tf.Example</source>
        <translation>serialized[%1] 不是有效的 tf.Example</translation>
    </message>
    <message>
        <source>dense_shapes with unknown dims (variable-length features) are not supported</source>
        <translation>不支持含未知维度（变长特征）的 dense_shapes</translation>
    </message>
    <message>
        <source>Tdense must be float32, int64 or string</source>
        <translation>Tdense 必须是 float32、int64 或 string</translation>
    </message>
    <message>
        <source>example %1 lacks required feature &apos;%2&apos;</source>
        <translation>样本 %1 缺少必需的特征“%2”</translation>
    </message>
    <message>
        <source>default for &apos;%1&apos; has the wrong dtype or size: %2</source>
        <translation>“%1”的默认值的数据类型或大小错误：%2</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; has the wrong type for %2</source>
        <translation>特征“%1”的类型与 %2 不符</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; in example %2 has %3 values, expected %4</source>
        <translation>样本 %2 中的特征“%1”有 %3 个值，应为 %4 个</translation>
    </message>
    <message>
        <source>sparse features are not supported (%1=%2)</source>
        <translation>不支持稀疏特征（%1=%2）</translation>
    </message>
    <message>
        <source>serialized must be a 1-D string tensor, got %1</source>
        <translation>serialized 必须是 1 维字符串张量，实际为 %1</translation>
    </message>
    <message>
        <source>dense_keys must be string scalars</source>
        <translation>dense_keys 必须是字符串标量</translation>
    </message>
    <message>
        <source>serialized must be a string scalar or vector, got %1</source>
        <translation>serialized 必须是字符串标量或向量，实际为 %1</translation>
    </message>
    <message>
        <source>ragged features are not supported</source>
        <translation>不支持不规则（ragged）特征</translation>
    </message>
    <message>
        <source>dense_keys must be strings</source>
        <translation>dense_keys 必须是字符串</translation>
    </message>
    <message>
        <source>expected one dense default per dense key</source>
        <translation>每个稠密键应对应一个稠密默认值</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1</source>
        <translation>仅支持 float32（以及经由 float32 处理的 float16），实际为 %1</translation>
    </message>
    <message>
        <source>ksize and strides must have 4 entries</source>
        <translation>ksize 和 strides 必须各有 4 个元素</translation>
    </message>
    <message>
        <source>pooling over the batch or depth dimension is not supported</source>
        <translation>不支持在批次维度或深度维度上池化</translation>
    </message>
    <message>
        <source>input must be a quantized type, got %1</source>
        <translation>输入必须是量化类型，实际为 %1</translation>
    </message>
    <message>
        <source>min_range and max_range must be float32 of equal size</source>
        <translation>min_range 和 max_range 必须是大小相同的 float32</translation>
    </message>
    <message>
        <source>per-axis ranges must have %1 entries</source>
        <translation>逐轴范围必须有 %1 个元素</translation>
    </message>
    <message>
        <source>mode must be MIN_COMBINED, MIN_FIRST or SCALED</source>
        <translation>mode 必须是 MIN_COMBINED、MIN_FIRST 或 SCALED</translation>
    </message>
    <message>
        <source>only per-tensor min_range/max_range are supported</source>
        <translation>仅支持逐张量的 min_range/max_range</translation>
    </message>
    <message>
        <source>T must be a quantized type</source>
        <translation>T 必须是量化类型</translation>
    </message>
    <message>
        <source>num_bits must be in [2, 16]</source>
        <translation>num_bits 必须在 [2, 16] 内</translation>
    </message>
    <message>
        <source>min must be &lt;= max</source>
        <translation>min 必须 &lt;= max</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_min must be &lt;= 0, got %2</source>
        <translation>融合的 Requantize“%1”：requested_output_min 必须 &lt;= 0，实际为 %2</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_max must be &gt;= requested_output_min</source>
        <translation>融合的 Requantize“%1”：requested_output_max 必须 &gt;= requested_output_min</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not start with a Requantize</source>
        <translation>融合的八位链不是以 Requantize 开头</translation>
    </message>
    <message>
        <source>fused eight-bit chain adds a bias to qint32 values</source>
        <translation>融合的八位链对 qint32 值加偏置</translation>
    </message>
    <message>
        <source>fused QuantizedAdd &apos;%1&apos;: bias has %2 values but the input has %3 channels</source>
        <translation>融合的 QuantizedAdd“%1”：偏置有 %2 个值，但输入有 %3 个通道</translation>
    </message>
    <message>
        <source>fused eight-bit chain requantizes quint8 codes</source>
        <translation>融合的八位链对 quint8 编码再次量化</translation>
    </message>
    <message>
        <source>fused eight-bit chain applies Relu to qint32 values</source>
        <translation>融合的八位链对 qint32 值应用 Relu</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not end on quint8 codes</source>
        <translation>融合的八位链不是以 quint8 编码结尾</translation>
    </message>
    <message>
        <source>%1 must be a float32 scalar, got %2</source>
        <translation>%1 必须是 float32 标量，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be quint8 (other eight-bit layouts are not supported), got %2</source>
        <translation>%1 必须是 quint8（不支持其他八位布局），实际为 %2</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2</source>
        <translation>内侧维度不一致：%1 x %2</translation>
    </message>
    <message>
        <source>bias must be 1-D with the input&apos;s last dimension, got %1 and %2</source>
        <translation>偏置必须是长度等于输入最后一维的 1 维张量，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>shape has more than one -1</source>
        <translation>形状中有多个 -1</translation>
    </message>
    <message>
        <source>shape dimensions must be &gt;= -1</source>
        <translation>形状的各维必须 &gt;= -1</translation>
    </message>
    <message>
        <source>cannot infer -1 in the shape from %1</source>
        <translation>无法根据 %1 推断形状中的 -1</translation>
    </message>
    <message>
        <source>expects concat_dim, N values, N mins and N maxes</source>
        <translation>需要 concat_dim、N 个值、N 个最小值和 N 个最大值</translation>
    </message>
    <message>
        <source>all values must have the same rank</source>
        <translation>所有值的秩必须相同</translation>
    </message>
    <message>
        <source>values differ outside the concat dimension: %1 vs %2</source>
        <translation>各值在拼接维度以外的维度上不一致：%1 与 %2</translation>
    </message>
    <message>
        <source>requested_output_min must be &lt;= 0, got %1</source>
        <translation>requested_output_min 必须 &lt;= 0，实际为 %1</translation>
    </message>
    <message>
        <source>requested_output_max must be &gt;= requested_output_min</source>
        <translation>requested_output_max 必须 &gt;= requested_output_min</translation>
    </message>
    <message>
        <source>dtype must be a floating type, got %1</source>
        <translation>dtype 必须是浮点类型，实际为 %1</translation>
    </message>
    <message>
        <source>maxval must be greater than minval</source>
        <translation>maxval 必须大于 minval</translation>
    </message>
    <message>
        <source>bool input is not supported, got %1</source>
        <translation>不支持 bool 输入，实际为 %1</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64</source>
        <translation>%1 必须是 int32 或 int64</translation>
    </message>
    <message>
        <source>cannot take %1 of an empty dimension</source>
        <translation>无法对空维度求 %1</translation>
    </message>
    <message>
        <source>expects N index tensors followed by N data tensors</source>
        <translation>需要 N 个索引张量，其后跟 N 个数据张量</translation>
    </message>
    <message>
        <source>data[%1] %2 does not match its indices</source>
        <translation>data[%1] %2 与其索引不符</translation>
    </message>
    <message>
        <source>segment_ids %1 has a higher rank than data %2</source>
        <translation>segment_ids %1 的秩高于 data %2</translation>
    </message>
    <message>
        <source>segment_ids shape must be a prefix of data&apos;s shape</source>
        <translation>segment_ids 的形状必须是 data 形状的前缀</translation>
    </message>
    <message>
        <source>shapes must have the same rank</source>
        <translation>各形状的秩必须相同</translation>
    </message>
    <message>
        <source>%1 must be a string tensor, got %2</source>
        <translation>%1 必须是字符串张量，实际为 %2</translation>
    </message>
    <message>
        <source>inputs must be scalars or of one shape, got %1</source>
        <translation>输入必须是标量或具有相同形状，实际为 %1</translation>
    </message>
    <message>
        <source>delimiter must be a scalar</source>
        <translation>delimiter 必须是标量</translation>
    </message>
    <message>
        <source>fill must be at most one character</source>
        <translation>fill 最多只能是一个字符</translation>
    </message>
    <message>
        <source>invalid pattern &apos;%1&apos;: %2</source>
        <translation>模式“%1”无效：%2</translation>
    </message>
    <message>
        <source>basename must be a string scalar</source>
        <translation>basename 必须是字符串标量</translation>
    </message>
    <message>
        <source>missing list input %1</source>
        <translation>缺少列表输入 %1</translation>
    </message>
    <message>
        <source>input %1 is not a TensorList (got %2)</source>
        <translation>输入 %1 不是 TensorList（实际为 %2）</translation>
    </message>
    <message>
        <source>list element shape is unknown, so an unset item cannot be made of zeros</source>
        <translation>列表元素的形状未知，因此无法用零构造未设置的项</translation>
    </message>
    <message>
        <source>list element shape is not fully known, so an unset item cannot be made of zeros</source>
        <translation>列表元素的形状不完全已知，因此无法用零构造未设置的项</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element dtype %2</source>
        <translation>项 %1 与列表的元素数据类型 %2 不符</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element shape %2</source>
        <translation>项 %1 与列表的元素形状 %2 不符</translation>
    </message>
    <message>
        <source>index %1 out of range for a list of %2</source>
        <translation>索引 %1 超出长度为 %2 的列表的范围</translation>
    </message>
    <message>
        <source>list size %1 is out of range</source>
        <translation>列表大小 %1 超出范围</translation>
    </message>
    <message>
        <source>needs an element_dtype attribute</source>
        <translation>需要 element_dtype 属性</translation>
    </message>
    <message>
        <source>index %1 is too large</source>
        <translation>索引 %1 太大</translation>
    </message>
    <message>
        <source>element_dtype %1 does not match the list&apos;s %2</source>
        <translation>element_dtype %1 与列表的 %2 不符</translation>
    </message>
    <message>
        <source>cannot stack an empty list whose element shape is unknown</source>
        <translation>无法堆叠元素形状未知的空列表</translation>
    </message>
    <message>
        <source>num_elements is %1 but the list has %2</source>
        <translation>num_elements 为 %1，但列表有 %2 个元素</translation>
    </message>
    <message>
        <source>items have different shapes: %1 and %2</source>
        <translation>各项的形状不同：%1 和 %2</translation>
    </message>
    <message>
        <source>list is too long</source>
        <translation>列表太长</translation>
    </message>
    <message>
        <source>cannot pop from an empty list</source>
        <translation>无法从空列表中弹出</translation>
    </message>
    <message>
        <source>inputs must match, got %1 and %2</source>
        <translation>输入必须一致，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>input, out_backprop and filter_sizes must be 4-D</source>
        <translation>input、out_backprop 和 filter_sizes 必须是 4 维</translation>
    </message>
    <message>
        <source>filter_sizes %1 do not match the input channels of %2</source>
        <translation>filter_sizes %1 与 %2 的输入通道数不符</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output</source>
        <translation>out_backprop %1 与前向输出不符</translation>
    </message>
    <message>
        <source>orig_input must be float32 4-D, got %1</source>
        <translation>orig_input 必须是 4 维 float32，实际为 %1</translation>
    </message>
    <message>
        <source>grad %1 does not match the pooled shape</source>
        <translation>grad %1 与池化后的形状不符</translation>
    </message>
    <message>
        <source>features must be float32 [batch, classes], got %1</source>
        <translation>features 必须是 float32 [batch, classes]，实际为 %1</translation>
    </message>
    <message>
        <source>labels must be [%1], got %2</source>
        <translation>labels 必须是 [%1]，实际为 %2</translation>
    </message>
    <message>
        <source>label %1 is out of range [0, %2)</source>
        <translation>标签 %1 超出范围 [0, %2)</translation>
    </message>
    <message>
        <source>labels must match features %1, got %2</source>
        <translation>labels 必须与 features %1 一致，实际为 %2</translation>
    </message>
    <message>
        <source>input 0 must be a table handle, got %1</source>
        <translation>输入 0 必须是表句柄，实际为 %1</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, values)</source>
        <translation>需要 (table_handle, keys, values)</translation>
    </message>
    <message>
        <source>keys must be int32, int64 or string, got %1</source>
        <translation>keys 必须是 int32、int64 或 string，实际为 %1</translation>
    </message>
    <message>
        <source>keys must be 1-D and values must have one row per key: %1 vs %2</source>
        <translation>keys 必须是 1 维，且 values 必须每个键对应一行：%1 与 %2</translation>
    </message>
    <message>
        <source>unsupported value dtype %1</source>
        <translation>不支持的值数据类型 %1</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, default_value)</source>
        <translation>需要 (table_handle, keys, default_value)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; is not initialized: run its LookupTableImportV2 / InitializeTableV2 (the init op) first</source>
        <translation>表“%1”未初始化：请先运行它的 LookupTableImportV2 / InitializeTableV2（初始化算子）</translation>
    </message>
    <message>
        <source>keys %1 do not match the table&apos;s %2 keys</source>
        <translation>键 %1 与表的 %2 键不符</translation>
    </message>
    <message>
        <source>default_value must be %1</source>
        <translation>default_value 必须是 %1</translation>
    </message>
    <message>
        <source>default_value must be a scalar or one value row, got %1</source>
        <translation>default_value 必须是标量或一行值，实际为 %1</translation>
    </message>
    <message>
        <source>%1 problems: %2</source>
        <translation>%1 个问题：%2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>cannot append to TFSCOPE_PRINT_LOG file %1</source>
        <translation>无法追加写入 TFSCOPE_PRINT_LOG 文件 %1</translation>
    </message>
    <message>
        <source>layoutGraph: %1 sizes for %2 items</source>
        <translation>layoutGraph：%2 个元素却有 %1 个尺寸</translation>
    </message>
    <message>
        <source>layoutGraph: item refers to cluster %1 but there are %2</source>
        <translation>layoutGraph：元素引用了簇 %1，但只有 %2 个簇</translation>
    </message>
    <message>
        <source>layoutGraph: cluster %1 must come after its parent</source>
        <translation>layoutGraph：簇 %1 必须排在其父簇之后</translation>
    </message>
    <message>
        <source>layoutGraph: edge endpoint out of range</source>
        <translation>layoutGraph：边的端点超出范围</translation>
    </message>
    <message>
        <source>no layout</source>
        <translation>没有布局</translation>
    </message>
    <message>
        <source>layout worker sent no result</source>
        <translation>布局工作进程没有发回结果</translation>
    </message>
    <message>
        <source>layout worker sent a bad error</source>
        <translation>布局工作进程发回了无效的错误信息</translation>
    </message>
    <message>
        <source>short layout result</source>
        <translation>布局结果不完整</translation>
    </message>
    <message>
        <source>addDefaultAttributes: no graph given</source>
        <translation>addDefaultAttributes：未提供计算图</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2</source>
        <translation>Graphviz dot 在 %1 个元素上失败（依次尝试了样条曲线、折线和无簇布局）：%2</translation>
    </message>
    <message>
        <source>Graphviz worker made no progress for %1 s and was stopped</source>
        <translation>Graphviz 工作进程 %1 秒内没有进展，已被终止</translation>
    </message>
    <message>
        <source>Graphviz crashed (signal %1)</source>
        <translation>Graphviz 崩溃了（信号 %1）</translation>
    </message>
    <message>
        <source>Graphviz worker exited with status %1</source>
        <translation>Graphviz 工作进程以状态 %1 退出</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects an integer, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：参数“%2”需要整数，实际为“%3”，例如 %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a number, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：参数“%2”需要数值，实际为“%3”，例如 %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects true or false, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：参数“%2”需要 true 或 false，实际为“%3”，例如 %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a data type such as float, int32 or uint8, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：参数“%2”需要数据类型（如 float、int32 或 uint8），实际为“%3”，例如 %4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a comma-separated shape such as &quot;1,224,224,3&quot; (-1 for unknown), found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：参数“%2”需要以逗号分隔的形状，如 &quot;1,224,224,3&quot;（未知维度写 -1），实际为“%3”，例如 %4</translation>
    </message>
    <message>
        <source>--transforms: looking for a transform name, but found &apos;%1&apos; (at character %2)</source>
        <translation>--transforms：应为变换名称，但在第 %2 个字符处找到的是“%1”</translation>
    </message>
    <message>
        <source>--transforms: expected &apos;,&apos; or &apos;)&apos; in the parameters of &apos;%1&apos;, but found &apos;%2&apos; (at character %3)</source>
        <translation>--transforms：“%1”的参数中应为“,”或“)”，但在第 %3 个字符处找到的是“%2”</translation>
    </message>
    <message>
        <source>--transforms: looking for a parameter name of &apos;%1&apos;, but found &apos;%2&apos; (at character %3); write name(param=value)</source>
        <translation>--transforms：应为“%1”的参数名，但在第 %3 个字符处找到的是“%2”；请写成 name(param=value)</translation>
    </message>
    <message>
        <source>--transforms: looking for &apos;=&apos; after parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4)</source>
        <translation>--transforms：“%2”的参数“%1”后应为“=”，但在第 %4 个字符处找到的是“%3”</translation>
    </message>
    <message>
        <source>--transforms: looking for a value of parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4); quote values with other characters: %5=&quot;...&quot;</source>
        <translation>--transforms：应为“%2”的参数“%1”的值，但在第 %4 个字符处找到的是“%3”；含其他字符的值请加引号：%5=&quot;...&quot;</translation>
    </message>
    <message>
        <source>--transforms: unexpected &apos;%1&apos; (at character %2) after transform &apos;%3&apos;; transforms are separated by spaces and take parameters as name(p=v)</source>
        <translation>--transforms：变换“%3”之后第 %2 个字符处出现意外的“%1”；变换之间用空格分隔，参数写成 name(p=v)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected an op type, &apos;*&apos; or &apos;A|B&apos; at character %2</source>
        <translation>模式“%1”：第 %2 个字符处应为算子类型、“*”或“A|B”</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected &apos;,&apos; or &apos;)&apos; at character %2</source>
        <translation>模式“%1”：第 %2 个字符处应为“,”或“)”</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: unexpected trailing text at character %2</source>
        <translation>模式“%1”：第 %2 个字符起有多余的文本</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; (%3 elements) claims bytes [%4, %5) of data shard %6 (%7 bytes)</source>
        <translation>%1：张量“%2”的一个分片（%3 个元素）声称占用数据分片 %6（%7 字节）的字节 [%4, %5)</translation>
    </message>
    <message>
        <source>%1: the slices of tensor &apos;%2&apos; hold %3 elements, its shape %4 has %5</source>
        <translation>%1：张量“%2”的分片共含 %3 个元素，而其形状 %4 有 %5 个</translation>
    </message>
    <message>
        <source>%1: two slices of tensor &apos;%2&apos; share bytes of data shard %3</source>
        <translation>%1：张量“%2”的两个分片共用数据分片 %3 中的字节</translation>
    </message>
    <message>
        <source>%1: the metadata lists one slice twice</source>
        <translation>%1：元数据中同一个分片出现了两次</translation>
    </message>
    <message>
        <source>%1: the stored slices hold %2 elements, its shape %3 has %4</source>
        <translation>%1：存储的分片共含 %2 个元素，而其形状 %3 有 %4 个</translation>
    </message>
    <message>
        <source>%1: ImmutableConst &apos;%2&apos; would bring the Const values to %3 bytes, more than the package&apos;s regions hold (%4 bytes): its nodes name the same regions many times</source>
        <translation>%1：ImmutableConst“%2”会使 Const 的值达到 %3 字节，超过包中各区域的总大小（%4 字节）：其节点多次引用相同的区域</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>tfscope will use the new language when you start it again.</source>
        <translation>tfscope 将在下次启动时使用新的语言。</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>weights not compared: %1</source>
        <translation>未比较权重：%1</translation>
    </message>
    <message>
        <source>reference case %1 skipped: %2</source>
        <translation>已跳过参考用例 %1：%2</translation>
    </message>
    <message>
        <source>no reference case fits these inputs; using random samples</source>
        <translation>没有适合这些输入的参考用例；改用随机样本</translation>
    </message>
    <message>
        <source>timing uses %1: %2</source>
        <translation>计时改用 %1：%2</translation>
    </message>
    <message>
        <source>inputs and outputs matched by signature key (%1 / %2)</source>
        <translation>输入和输出按签名键配对（%1 / %2）</translation>
    </message>
    <message>
        <source>not feeding %1: it is not a tensor of both models</source>
        <translation>不为 %1 提供输入：它不是两个模型共有的张量</translation>
    </message>
    <message>
        <source>paired the only inputs %1 and %2</source>
        <translation>已将仅有的输入 %1 与 %2 配对</translation>
    </message>
    <message>
        <source>fed %1 in both models (an interior tensor of one of them)</source>
        <translation>在两个模型中都为 %1 提供了输入（它是其中一个模型的内部张量）</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of A has no match in B&apos;s signature; skipped</source>
        <translation>A 的输出“%1”在 B 的签名中没有对应项；已跳过</translation>
    </message>
    <message>
        <source>paired the only outputs %1 and %2</source>
        <translation>已将仅有的输出 %1 与 %2 配对</translation>
    </message>
    <message>
        <source>outputs matched by tensor name</source>
        <translation>输出按张量名配对</translation>
    </message>
    <message>
        <source>%1 placeholder(s) not needed by the outputs were left out</source>
        <translation>省略了 %1 个输出不需要的占位符</translation>
    </message>
    <message>
        <source>shapes differ (%1 vs %2); compared flattened</source>
        <translation>形状不同（%1 与 %2）；已展平后比较</translation>
    </message>
    <message>
        <source>dtypes differ (%1 vs %2)</source>
        <translation>数据类型不同（%1 与 %2）</translation>
    </message>
    <message>
        <source>weight %1 changed element count; not compared</source>
        <translation>权重 %1 的元素个数发生了变化；未比较</translation>
    </message>
    <message>
        <source>compared meta graph {%1} of A with {%2} of B</source>
        <translation>比较了 A 的元图 {%1} 与 B 的元图 {%2}</translation>
    </message>
    <message>
        <source>%1 has no graph (a checkpoint alone): only stored variables are compared</source>
        <translation>%1 没有计算图（只有检查点）：仅比较存储的变量</translation>
    </message>
    <message>
        <source>%1 stores no variables</source>
        <translation>%1 没有存储变量</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; became a Placeholder</source>
        <translation>输入“%1”已变为 Placeholder</translation>
    </message>
    <message>
        <source>left %1 unchanged: %2</source>
        <translation>%1 保持不变：%2</translation>
    </message>
    <message>
        <source>%1 of %2 functions changed</source>
        <translation>%2 个函数中有 %1 个发生了变化</translation>
    </message>
    <message>
        <source>added %1 default attributes</source>
        <translation>添加了 %1 个默认属性</translation>
    </message>
    <message>
        <source>rewrote %1 ConcatV2 nodes</source>
        <translation>改写了 %1 个 ConcatV2 节点</translation>
    </message>
    <message>
        <source>backported %1 TensorArray V3 nodes</source>
        <translation>向后移植了 %1 个 TensorArray V3 节点</translation>
    </message>
    <message>
        <source>data_format is %1</source>
        <translation>data_format 为 %1</translation>
    </message>
    <message>
        <source>the convolution is dilated</source>
        <translation>该卷积是空洞（dilated）卷积</translation>
    </message>
    <message>
        <source>ResizeBilinear uses half_pixel_centers, which FusedResizeAndPadConv2D cannot express</source>
        <translation>ResizeBilinear 使用了 half_pixel_centers，而 FusedResizeAndPadConv2D 无法表达它</translation>
    </message>
    <message>
        <source>left %1 unfused: %2</source>
        <translation>未融合 %1：%2</translation>
    </message>
    <message>
        <source>fused %1 %2 chains</source>
        <translation>融合了 %1 条 %2 链</translation>
    </message>
    <message>
        <source>fused %1 %2 pairs</source>
        <translation>融合了 %1 对 %2</translation>
    </message>
    <message>
        <source>stored %1 float constants as float16 (largest weight change %2)</source>
        <translation>将 %1 个 float 常量存储为 float16（权重最大变化 %2）</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>the filter is not a constant</source>
        <translation>卷积核不是常量</translation>
    </message>
    <message>
        <source>block_shape is not a constant pair &gt;= 1</source>
        <translation>block_shape 不是 &gt;= 1 的常量对</translation>
    </message>
    <message>
        <source>SpaceToBatchND and BatchToSpaceND block shapes differ</source>
        <translation>SpaceToBatchND 与 BatchToSpaceND 的块形状不同</translation>
    </message>
    <message>
        <source>the inner convolution has strides or dilations other than 1</source>
        <translation>内部卷积的步长或空洞率不为 1</translation>
    </message>
    <message>
        <source>the inner convolution is not VALID</source>
        <translation>内部卷积不是 VALID</translation>
    </message>
    <message>
        <source>only NHWC is supported</source>
        <translation>仅支持 NHWC</translation>
    </message>
    <message>
        <source>crops exceed paddings (would need a Slice)</source>
        <translation>crops 超过 paddings（需要一个 Slice）</translation>
    </message>
    <message>
        <source>%1: paddings/crops are not constant; assuming SAME padding as GTT does</source>
        <translation>%1：paddings/crops 不是常量；按 GTT 的做法假定为 SAME 填充</translation>
    </message>
    <message>
        <source>flattened %1 atrous convolutions</source>
        <translation>展平了 %1 个空洞卷积</translation>
    </message>
    <message>
        <source>folded %1 multiplications into weights</source>
        <translation>将 %1 个乘法折叠进权重</translation>
    </message>
    <message>
        <source>folded %1 nodes into constants</source>
        <translation>将 %1 个节点折叠为常量</translation>
    </message>
    <message>
        <source>left %1 nodes because their value exceeds %2 bytes</source>
        <translation>保留了 %1 个节点，因为其值超过 %2 字节</translation>
    </message>
    <message>
        <source>%1 nodes could not be evaluated (first: %2)</source>
        <translation>%1 个节点无法求值（第一个：%2）</translation>
    </message>
    <message>
        <source>folded %1 batch norms</source>
        <translation>折叠了 %1 个批归一化</translation>
    </message>
    <message>
        <source>skipped %1 batch norms (first: %2)</source>
        <translation>跳过了 %1 个批归一化（第一个：%2）</translation>
    </message>
    <message>
        <source>froze %1 RequantizationRange nodes from %2 logged ranges</source>
        <translation>根据日志中的 %2 个范围冻结了 %1 个 RequantizationRange 节点</translation>
    </message>
    <message>
        <source>removed %1 logging Print nodes</source>
        <translation>移除了 %1 个用于记录日志的 Print 节点</translation>
    </message>
    <message>
        <source>inlined %1 calls</source>
        <translation>内联了 %1 个调用</translation>
    </message>
    <message>
        <source>inserted %1 Print nodes</source>
        <translation>插入了 %1 个 Print 节点</translation>
    </message>
    <message>
        <source>merged %1 duplicate nodes</source>
        <translation>合并了 %1 个重复节点</translation>
    </message>
    <message>
        <source>fixed %1 boolean flags (PlaceholderWithDefault) to their defaults</source>
        <translation>将 %1 个布尔标志（PlaceholderWithDefault）固定为其默认值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: ignored error: %2</source>
        <translation>%1：已忽略错误：%2</translation>
    </message>
    <message>
        <source>left %1 in float: it feeds a discontinuous op</source>
        <translation>%1 保留为浮点：它的输出送入一个不连续的算子</translation>
    </message>
    <message>
        <source>converted %1 ops to eight bit; %2 constant inputs quantized at transform time; %3 requantizations narrowed to [0, max] for the Relu that follows</source>
        <translation>将 %1 个算子转换为八位；%2 个常量输入在变换时量化；%3 个再量化因后接 Relu 而收窄到 [0, max]</translation>
    </message>
    <message>
        <source>quantized %1 float constants to quint8</source>
        <translation>将 %1 个 float 常量量化为 quint8</translation>
    </message>
    <message>
        <source>removed the attribute from %1 nodes</source>
        <translation>从 %1 个节点中移除了该属性</translation>
    </message>
    <message>
        <source>removed %1 control dependencies</source>
        <translation>移除了 %1 个控制依赖</translation>
    </message>
    <message>
        <source>cleared the device of %1 nodes</source>
        <translation>清除了 %1 个节点的设备</translation>
    </message>
    <message>
        <source>removed %1 nodes</source>
        <translation>移除了 %1 个节点</translation>
    </message>
    <message>
        <source>kept %1 cond-branch pivots</source>
        <translation>保留了 %1 个条件分支枢轴</translation>
    </message>
    <message>
        <source>renamed the attribute on %1 nodes</source>
        <translation>重命名了 %1 个节点上的该属性</translation>
    </message>
    <message>
        <source>renamed %1 %2 nodes to %3</source>
        <translation>将 %1 个 %2 节点重命名为 %3</translation>
    </message>
    <message>
        <source>rounded %1 float constants to %2 levels</source>
        <translation>将 %1 个 float 常量舍入到 %2 个级别</translation>
    </message>
    <message>
        <source>placed %1 nodes on &apos;%2&apos;</source>
        <translation>将 %1 个节点放置到“%2”上</translation>
    </message>
    <message>
        <source>skipped %1: only axis-0 gathers are sparsified</source>
        <translation>已跳过 %1：仅稀疏化 axis 0 上的 gather</translation>
    </message>
    <message>
        <source>skipped %1: its table is variable &apos;%2&apos; (give input_checkpoint, or run freeze first)</source>
        <translation>已跳过 %1：其表是变量“%2”（请提供 input_checkpoint，或先运行 freeze）</translation>
    </message>
    <message>
        <source>skipped %1: only float tables of rank &gt;= 1 are sparsified</source>
        <translation>已跳过 %1：仅稀疏化秩 &gt;= 1 的 float 表</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows kept</source>
        <translation>%1：保留了 %3 行中的 %2 行</translation>
    </message>
    <message>
        <source>sparsified %1 gathers: %2 -&gt; %3 table bytes</source>
        <translation>稀疏化了 %1 个 gather：表字节数 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>removed %1 dropout subgraphs</source>
        <translation>移除了 %1 个 dropout 子图</translation>
    </message>
    <message>
        <source>no --outputs: optimizer, saver and summary nodes were left in place</source>
        <translation>未指定 --outputs：优化器、saver 和 summary 节点保持原样</translation>
    </message>
    <message>
        <source>kept %1 of %2 nodes</source>
        <translation>保留了 %2 个节点中的 %1 个</translation>
    </message>
    <message>
        <source>turned %1 inputs into Placeholders</source>
        <translation>将 %1 个输入变为 Placeholder</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was partitioned; written as one tensor</source>
        <translation>“%1”是分区变量；已写为一个张量</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is read by the graph but not stored</source>
        <translation>计算图读取了变量“%1”，但它没有被存储</translation>
    </message>
    <message>
        <source>object graph kept for TF2 restore; %1 attributes of dropped variables removed from it</source>
        <translation>为 TF2 恢复保留了对象图；已从中移除被丢弃变量的 %1 个属性</translation>
    </message>
    <message>
        <source>float32 variables stored as float16: restore into float32 variables needs a cast</source>
        <translation>float32 变量以 float16 存储：恢复到 float32 变量时需要类型转换</translation>
    </message>
    <message>
        <source>renamed %1 nodes</source>
        <translation>重命名了 %1 个节点</translation>
    </message>
    <message>
        <source>%1 variables frozen (%2 bytes), %3 calls inlined</source>
        <translation>冻结了 %1 个变量（%2 字节），内联了 %3 个调用</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>measuring sizes</source>
        <translation>正在测量大小</translation>
    </message>
    <message>
        <source>comparing weights</source>
        <translation>正在比较权重</translation>
    </message>
    <message>
        <source>preparing the executor</source>
        <translation>正在准备执行器</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>正在运行 %1</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>正在计时</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>timing run %1 of %2</source>
        <translation>计时运行 %1/%2</translation>
    </message>
    <message>
        <source>compressing %1</source>
        <translation>正在压缩 %1</translation>
    </message>
    <message>
        <source>sizes done</source>
        <translation>大小测量完成</translation>
    </message>
    <message>
        <source>indexing graphs</source>
        <translation>正在索引计算图</translation>
    </message>
    <message>
        <source>matching nodes</source>
        <translation>正在匹配节点</translation>
    </message>
    <message>
        <source>comparing nodes</source>
        <translation>正在比较节点</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>函数 %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>变量 %1</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>first run (plan and constant folding)</source>
        <translation>首次运行（计划与常量折叠）</translation>
    </message>
    <message>
        <source>profiled run %1 of %2</source>
        <translation>分析运行 %1/%2</translation>
    </message>
    <message>
        <source>Reading checkpoint index %1</source>
        <translation>正在读取检查点索引 %1</translation>
    </message>
    <message>
        <source>Detecting the format of %1</source>
        <translation>正在识别 %1 的格式</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Reading the variables index</source>
        <translation>正在读取变量索引</translation>
    </message>
    <message>
        <source>waiting for the layout engine</source>
        <translation>正在等待布局引擎</translation>
    </message>
    <message>
        <source>placing %1 boxes</source>
        <translation>正在放置 %1 个方框</translation>
    </message>
    <message>
        <source>layout done</source>
        <translation>布局完成</translation>
    </message>
    <message>
        <source>running the original on %1</source>
        <translation>正在用 %1 运行原始模型</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>正在用 %1 运行</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>测量完成</translation>
    </message>
    <message>
        <source>freezing</source>
        <translation>正在冻结</translation>
    </message>
    <message>
        <source>preparing the pictures</source>
        <translation>正在准备图形</translation>
    </message>
    <message>
        <source>diff ready</source>
        <translation>差异已就绪</translation>
    </message>
    <message>
        <source>preparing the session</source>
        <translation>正在准备会话</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>直方图</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Optimize for inference</source>
        <translation>为推理优化</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s optimize_for_inference: strip unused nodes, remove Identity, fold batch norms and constants</source>
        <translation>TensorFlow 的 optimize_for_inference：剥离未使用节点、移除 Identity、折叠批归一化和常量</translation>
    </message>
    <message>
        <source>Shrink weights for mobile</source>
        <translation>为移动端压缩权重</translation>
    </message>
    <message>
        <source>Strip, fold, then store large float weights as eight bits with a dequantize step</source>
        <translation>剥离、折叠，然后将较大的浮点权重存为八位并附带反量化步骤</translation>
    </message>
    <message>
        <source>Round weights (compresses well)</source>
        <translation>舍入权重（易于压缩）</translation>
    </message>
    <message>
        <source>Round float weights to 256 levels: same size on disk, much smaller compressed</source>
        <translation>将浮点权重舍入到 256 个级别：磁盘大小不变，压缩后小得多</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16 权重</translation>
    </message>
    <message>
        <source>Store float32 constants as float16 with a Cast back: half the weight bytes</source>
        <translation>将 float32 常量存为 float16 并以 Cast 转回：权重字节减半</translation>
    </message>
    <message>
        <source>Eight-bit (quantize_nodes)</source>
        <translation>八位（quantize_nodes）</translation>
    </message>
    <message>
        <source>Fold, then replace float ops by their eight-bit versions with quantize/dequantize around them</source>
        <translation>折叠，然后将浮点运算替换为八位版本，并在其前后加入量化/反量化</translation>
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
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>  random, seed %1</source>
        <translation>  随机，种子 %1</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Variables become constants read from the checkpoint, TF2 calls are inlined, and only what the outputs need stays</source>
        <translation>变量变为从检查点读取的常量，TF2 调用被内联，只保留输出所需的部分</translation>
    </message>
    <message>
        <source>Slim a checkpoint…</source>
        <translation>精简检查点…</translation>
    </message>
    <message>
        <source>Write a checkpoint holding only the variables the outputs read (no optimizer slots or global step)</source>
        <translation>写出只包含输出所读取变量的检查点（不含优化器槽位和 global step）</translation>
    </message>
</context>
<context>
    <name>tfs::views</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>控制流</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>输入输出</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 个张量</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 items)</source>
        <translation>…（共 %1 项）</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个已修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n 个已重命名</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare values (A, B, B − A)…</source>
        <translation>比较数值（A、B、B − A）…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) differ</source>
        <translation>
            <numerusform>%n 个变量不同</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences in signatures or meta graphs</source>
        <translation>签名或元图中的差异</translation>
    </message>
    <message>
        <source>Model diff</source>
        <translation>模型差异</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>元图</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Op counts (main graph)</source>
        <translation>运算计数（主计算图）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> · matched by structure</source>
        <translation> · 按结构匹配</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>= bit-identical</source>
        <translation>= 逐位相同</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>完全一致</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>最大 |Δ|</translation>
    </message>
    <message>
        <source>Mean |Δ|</source>
        <translation>平均 |Δ|</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Top-1 agree</source>
        <translation>Top-1 一致</translation>
    </message>
</context>
<context>
    <name>tfs::views::BeforeAfterModel</name>
    <message>
        <source>Size on disk</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>压缩后</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Latency (median)</source>
        <translation>延迟（中位数）</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>峰值内存</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>Δ original</source>
        <translation>相对原始 Δ</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>相对上一步 Δ</translation>
    </message>
</context>
<context>
    <name>tfs::views::ChangeListModel</name>
    <message>
        <source>meta graph</source>
        <translation>元图</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>main graph</source>
        <translation>主计算图</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>（无标签）</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffDocument</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个已修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n 个已重命名</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffPage</name>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>One picture of both models, coloured by change</source>
        <translation>两个模型合成一张图，按变化着色</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <source>A on the left, B on the right; selection and navigation follow each other</source>
        <translation>A 在左，B 在右；选择和导航相互同步</translation>
    </message>
    <message>
        <source>▲ Previous</source>
        <translation>▲ 上一个</translation>
    </message>
    <message>
        <source>Next ▼</source>
        <translation>下一个 ▼</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>上一处变化（Shift+F7、Alt+Up）</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>下一处变化（F7、Alt+Down）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 hold the same graph, functions, signatures and values.</source>
        <translation>&lt;b&gt;没有差异。&lt;/b&gt;%1 和 %2 的计算图、函数、签名和数值都相同。</translation>
    </message>
    <message>
        <source>Filter changes by name, op or detail</source>
        <translation>按名称、运算或详情筛选变化</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第 %1 处变化，共 %2 处</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Every stored variable of both models: added, removed, changed with value deltas, or bit-identical</source>
        <translation>两个模型中存储的每个变量：新增、删除、带数值差的修改，或逐位相同</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 store the same variables, bit for bit.</source>
        <translation>&lt;b&gt;没有差异。&lt;/b&gt;%1 和 %2 存储的变量逐位相同。</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the layout; the previous picture stays</source>
        <translation>停止布局；保留之前的图</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>node name, op type or regular expression</source>
        <translation>节点名、算子类型或正则表达式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>算子类型</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
    <message>
        <source>This model has no graph (a checkpoint): see the Tensors panel.</source>
        <translation>此模型没有计算图（是检查点）：请查看“张量”面板。</translation>
    </message>
    <message>
        <source>No function named %1 in this model</source>
        <translation>此模型中没有名为 %1 的函数</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>(function)</source>
        <translation>（函数）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout %3 s</source>
        <translation>显示 %2 个节点中的 %1 个 · 布局 %3 秒</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>布局已取消</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation>正则表达式无效</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing to export: the picture is empty.</source>
        <translation>没有可导出的内容：图为空。</translation>
    </message>
    <message>
        <source>Graph exported by tfscope</source>
        <translation>由 tfscope 导出的计算图</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>内存不足，无法生成 %1×%2 的图像。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This model has no graph.</source>
        <translation>此模型没有计算图。</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
    <message>
        <source>Shapes not inferred: %1</source>
        <translation>未能推断形状：%1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout kept (the same boxes as before)</source>
        <translation>显示 %2 个节点中的 %1 个 · 保留布局（方框与之前相同）</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphScene</name>
    <message numerus="yes">
        <source>+%n weight(s)</source>
        <translation>
            <numerusform>+%n 个权重</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>%1 — %2 nodes (double-click the title to collapse)</source>
        <translation>%1 — %2 个节点（双击标题折叠）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Weights: %1</source>
        <translation>&lt;br&gt;权重：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to open the function&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;双击打开函数&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Waits for %n op(s); these control edges are not drawn (View ▸ Show All Control Edges)</source>
        <translation>
            <numerusform>&lt;br&gt;等待 %n 个算子；这些控制边未绘制（视图 ▸ 显示所有控制边）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 nodes&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click or + to expand&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个节点&lt;br&gt;%3&lt;br&gt;&lt;i&gt;双击或按 + 展开&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tfs::views::HistogramWidget</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation>没有有限值</translation>
    </message>
    <message>
        <source>No histogram for this dtype</source>
        <translation>此数据类型没有直方图</translation>
    </message>
    <message>
        <source>peak %1 · √ scale</source>
        <translation>峰值 %1 · √ 刻度</translation>
    </message>
    <message>
        <source>[%1, %2): %3 values</source>
        <translation>[%1, %2)：%3 个值</translation>
    </message>
    <message>
        <source>No output to show</source>
        <translation>没有可显示的输出</translation>
    </message>
</context>
<context>
    <name>tfs::views::InputShapesDialog</name>
    <message>
        <source>Input Shapes</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <source>Shapes are inferred from the graph&apos;s inputs. Give a batch size or concrete dims (? = unknown) and every edge is inferred again.</source>
        <translation>形状由计算图的输入推断。给出批大小或具体维度（? 表示未知），所有边都会重新推断。</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Apply to All Inputs</source>
        <translation>应用到所有输入</translation>
    </message>
    <message>
        <source>Sets the first dim of every input whose batch dim is unknown</source>
        <translation>为批维度未知的每个输入设置第一维</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>Comma-separated dims, ? for unknown, e.g. 1,224,224,3</source>
        <translation>以逗号分隔的维度，? 表示未知，例如 1,224,224,3</translation>
    </message>
    <message>
        <source>This graph has no inputs to give a shape.</source>
        <translation>此计算图没有可设置形状的输入。</translation>
    </message>
    <message>
        <source>Recorded Shapes</source>
        <translation>记录的形状</translation>
    </message>
    <message>
        <source>Forget the shapes set here and use what the model records</source>
        <translation>忘掉这里设置的形状，使用模型中记录的形状</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>&lt;h2&gt;tfscope&lt;/h2&gt;&lt;p&gt;通过 文件 ▸ 打开 (Ctrl+O) 打开 TensorFlow 模型，&lt;br&gt;或将 .pb、.pbtxt、.meta 文件、SavedModel 文件夹或检查点拖放到这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>No node named %1 in this graph</source>
        <translation>此计算图中没有名为 %1 的节点</translation>
    </message>
    <message>
        <source>This tensor has no stored value</source>
        <translation>此张量没有存储的值</translation>
    </message>
    <message>
        <source>%1 has no stored value</source>
        <translation>%1 没有存储的值</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export View</source>
        <translation>导出视图(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>导出为 &amp;SVG…</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>导出为 &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;DOT…</source>
        <translation>导出为 &amp;DOT…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Expand All Scopes</source>
        <translation>展开所有作用域(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Collapse All Scopes</source>
        <translation>折叠所有作用域(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Trace &amp;Inputs</source>
        <translation>追踪输入(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Trace O&amp;utputs</source>
        <translation>追踪输出(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Fold &amp;Weights into Consumers</source>
        <translation>将权重折叠进使用者(&amp;W)</translation>
    </message>
    <message>
        <source>Draw constants and variables that feed a single node inside that node, as TensorBoard does</source>
        <translation>像 TensorBoard 一样，把只输入到单个节点的常量和变量画在该节点内部</translation>
    </message>
    <message>
        <source>Show All &amp;Control Edges</source>
        <translation>显示所有控制边(&amp;C)</translation>
    </message>
    <message>
        <source>Also draw control edges into ops that wait for many others (init, automatic control dependencies)</source>
        <translation>也绘制进入等待许多其他算子的算子的控制边（init、自动控制依赖）</translation>
    </message>
    <message>
        <source>Show &amp;Training &amp;&amp; Saving Nodes</source>
        <translation>显示训练和保存节点(&amp;T)</translation>
    </message>
    <message>
        <source>Also draw gradients, optimizer updates and slots, savers and initialisers of training graphs</source>
        <translation>也绘制训练图中的梯度、优化器更新与槽变量、Saver 和初始化器</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About tfscope</source>
        <translation>关于 tfscope(&amp;A)</translation>
    </message>
    <message>
        <source>About tfscope</source>
        <translation>关于 tfscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;Inspect, transform, run and compare TensorFlow models.&lt;br&gt;Layout by Graphviz dot.</source>
        <translation>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;查看、转换、运行和比较 TensorFlow 模型。&lt;br&gt;布局由 Graphviz dot 完成。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)</source>
        <translation>TensorFlow 模型 (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open SavedModel or Checkpoint Folder</source>
        <translation>打开 SavedModel 或检查点文件夹</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading; see the Model panel</source>
        <translation>
            <numerusform>加载时有 %n 条警告；请查看“模型”面板</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened.</source>
        <translation>无法打开 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Path: %1
%2</source>
        <translation>路径：%1
%2</translation>
    </message>
    <message>
        <source>Model changed on disk</source>
        <translation>磁盘上的模型已更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 已被其他程序修改。是否重新加载？</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <source>%1 · %2 nodes · %3 parameters · %4</source>
        <translation>%1 · %2 个节点 · %3 个参数 · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Exported at scale %1 to keep the whole picture within image limits</source>
        <translation>以 %1 倍缩放导出，使整张图不超出图像尺寸限制</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Input &amp;Shapes…</source>
        <translation>输入形状(&amp;S)…</translation>
    </message>
    <message>
        <source>Set a batch size or concrete input dims and infer every edge&apos;s shape again</source>
        <translation>设置批大小或具体输入维度，并重新推断所有边的形状</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the model as it is now (after the workbench steps) in any format tfscope writes</source>
        <translation>以 tfscope 支持写出的任一格式保存当前模型（工作台各步骤之后）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
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
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <source>Find &amp;Pass…</source>
        <translation>查找变换(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Apply P&amp;reset</source>
        <translation>应用预设(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Step</source>
        <translation>取消本步(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;tfscope Command</source>
        <translation>复制为 &amp;tfscope 命令</translation>
    </message>
    <message>
        <source>Copy as transform_&amp;graph Command</source>
        <translation>复制为 transform_&amp;graph 命令</translation>
    </message>
    <message>
        <source>%1[*] — tfscope</source>
        <translation>%1[*] — tfscope</translation>
    </message>
    <message>
        <source>Binary GraphDef (*.pb)</source>
        <translation>二进制 GraphDef (*.pb)</translation>
    </message>
    <message>
        <source>Text GraphDef (*.pbtxt)</source>
        <translation>文本 GraphDef (*.pbtxt)</translation>
    </message>
    <message>
        <source>MetaGraphDef (*.meta)</source>
        <translation>MetaGraphDef (*.meta)</translation>
    </message>
    <message>
        <source>SavedModel folder (*)</source>
        <translation>SavedModel 文件夹 (*)</translation>
    </message>
    <message>
        <source>Memmapped package (*.pb)</source>
        <translation>内存映射包 (*.pb)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>%1 has unsaved edits (%n step(s)). %2 drops them.</source>
        <translation>
            <numerusform>%1 有未保存的修改（%n 步）。%2 将丢弃它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>You will be asked about your unsaved edits first.</source>
        <translation>会先询问如何处理未保存的修改。</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>%1 is the file this model was opened from. Replace it with the edited model?</source>
        <translation>%1 是打开此模型的源文件。要用修改后的模型替换它吗？</translation>
    </message>
    <message>
        <source>Overwrite the input file?</source>
        <translation>覆盖输入文件？</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;Diff With…</source>
        <translation>差异比较(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open model with another one (or pick two models)</source>
        <translation>将打开的模型与另一个模型比较（或选择两个模型）</translation>
    </message>
    <message>
        <source>Measurement &amp;Inputs…</source>
        <translation>测量输入(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 — tfscope</source>
        <translation>%1 — tfscope</translation>
    </message>
    <message>
        <source>diff · %1</source>
        <translation>差异 · %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>没有差异</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;All files (*)</source>
        <translation>TensorFlow 模型 (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Diff %1 With</source>
        <translation>将 %1 与之比较</translation>
    </message>
    <message>
        <source>Diff: First Model (A)</source>
        <translation>差异：第一个模型 (A)</translation>
    </message>
    <message>
        <source>Diff: Second Model (B)</source>
        <translation>差异：第二个模型 (B)</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1（原始）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1（%n 步）</numerusform>
        </translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A：%1
B：%2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Model</source>
        <translation>运行模型(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the model as it is now and time every node</source>
        <translation>按当前状态运行模型并为每个节点计时</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>No graph %1 to show</source>
        <translation>没有可显示的计算图 %1</translation>
    </message>
    <message>
        <source>Step Results</source>
        <translation>步骤结果</translation>
    </message>
    <message>
        <source>Graph &amp;Marks</source>
        <translation>计算图标记(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>What the &amp;Step Changed</source>
        <translation>本步骤的改动(&amp;S)</translation>
    </message>
    <message>
        <source>Node &amp;Time of the Last Run</source>
        <translation>上次运行的节点时间(&amp;T)</translation>
    </message>
    <message>
        <source>Draw the graph without marks</source>
        <translation>绘制不带标记的计算图</translation>
    </message>
    <message>
        <source>Mark the nodes the shown workbench step added, changed or renamed; collapsed scopes count what changed inside, removed nodes too</source>
        <translation>标记当前工作台步骤新增、修改或重命名的节点；折叠的作用域会统计其内部的变化，包括已删除的节点</translation>
    </message>
    <message>
        <source>Fill each node with its time in the last run (yellow to dark red, the ten slowest numbered); collapsed scopes show their summed time</source>
        <translation>按上次运行中的时间为每个节点着色（从黄到深红，最慢的十个带编号）；折叠的作用域显示其时间总和</translation>
    </message>
    <message>
        <source>Colour Nodes by &amp;Time</source>
        <translation>按时间为节点着色(&amp;T)</translation>
    </message>
    <message>
        <source>No node times for the model as shown: Run ▸ Run Model (Ctrl+R) colours the nodes by their time</source>
        <translation>当前显示的模型没有节点时间：运行 ▸ 运行模型（Ctrl+R）后会按时间为节点着色</translation>
    </message>
</context>
<context>
    <name>tfs::views::MeasureInputsDialog</name>
    <message>
        <source>Measurement Inputs</source>
        <translation>测量输入</translation>
    </message>
    <message>
        <source>Random values are seeded; an unknown first (batch) dimension is 1. Give a shape where other dimensions are unknown, or a file: .npy, .npz, a WAV for a string input, or an image.</source>
        <translation>随机值使用固定种子；未知的第一个（批）维度取 1。其他维度未知时请给出形状，或给出文件：.npy、.npz、用于字符串输入的 WAV，或图像。</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Random &amp;samples:</source>
        <translation>随机样本数(&amp;S)：</translation>
    </message>
    <message>
        <source>Timed &amp;runs:</source>
        <translation>计时运行次数(&amp;R)：</translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation>必填，例如 %1</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Input File</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>Inputs (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>输入 (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>a folder of .npz samples or reference cases (optional)</source>
        <translation>包含 .npz 样本或参考用例的文件夹（可选）</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Shape of %1: %2</source>
        <translation>%1 的形状：%2</translation>
    </message>
    <message>
        <source>Input %1: %2 is not a file</source>
        <translation>输入 %1：%2 不是文件</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
</context>
<context>
    <name>tfs::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>tfs::views::ModelPanel</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生成者</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Graph version</source>
        <translation>计算图版本</translation>
    </message>
    <message>
        <source>Parameters (variables)</source>
        <translation>参数（变量）</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Variables by dtype</source>
        <translation>按数据类型统计的变量</translation>
    </message>
    <message>
        <source>%1 variables, %2</source>
        <translation>%1 个变量，%2</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>元图 (MetaGraph)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>无签名</translation>
    </message>
    <message>
        <source>Op histogram</source>
        <translation>算子分布</translation>
    </message>
    <message>
        <source>%1 more op types</source>
        <translation>另外 %1 种算子类型</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Parameters (weight constants)</source>
        <translation>参数（权重常量）</translation>
    </message>
</context>
<context>
    <name>tfs::views::NodeTimeModel</name>
    <message>
        <source>&lt;br&gt;in function %1</source>
        <translation>&lt;br&gt;位于函数 %1 中</translation>
    </message>
    <message>
        <source>&lt;br&gt;fused into the preceding convolution or matrix product: its time is counted there</source>
        <translation>&lt;br&gt;已融合到前面的卷积或矩阵乘法中：其时间计入那里</translation>
    </message>
    <message>
        <source>%1 (fused)</source>
        <translation>%1（已融合）</translation>
    </message>
    <message>
        <source>Time per run, averaged over the profiled runs</source>
        <translation>每次运行的时间，取所有分析运行的平均值</translation>
    </message>
    <message>
        <source>Share of the summed node times</source>
        <translation>占所有节点时间总和的比例</translation>
    </message>
    <message>
        <source>Share of this node and every slower one</source>
        <translation>此节点及所有更慢节点所占的比例</translation>
    </message>
    <message>
        <source>Estimated floating-point operations per run</source>
        <translation>每次运行估计的浮点运算次数</translation>
    </message>
    <message>
        <source>Executions per run (more than one inside loops and repeated calls)</source>
        <translation>每次运行中的执行次数（在循环和重复调用中多于一次）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
</context>
<context>
    <name>tfs::views::OpTypeTimeModel</name>
    <message>
        <source>fused</source>
        <translation>已融合</translation>
    </message>
    <message>
        <source>%1FLOP/s</source>
        <translation>%1FLOP/s</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>运算类型</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
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
        <translation>选择一个节点以查看其属性。</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation>显示值…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>control →</source>
        <translation>控制 →</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>调用：</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOutputsModel</name>
    <message>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 个 NaN，%2 个 Inf</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Non-finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOverlay</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per run · %2% of node time · #%3 by time</source>
        <translation>每次运行 &lt;b&gt;%1&lt;/b&gt; · 占节点时间的 %2% · 按时间排第 %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 calls per run</source>
        <translation>&lt;br&gt;每次运行调用 %1 次</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Node time per run (%1 runs): 0 %2 %3 (√ scale) · 1–%4 = the slowest nodes · pale = not timed or fused · this graph: %5 of %6</source>
        <translation>每次运行的节点时间（%1 次运行）：0 %2 %3（√ 刻度）· 1–%4 = 最慢的节点 · 浅色 = 未计时或已融合 · 此图：%5 / %6</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the model as it is now, at the shown workbench step (Ctrl+R)</source>
        <translation>以当前显示的工作台步骤运行模型（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Seed of the random inputs: the same seed gives the same values (as --batch run --seed)</source>
        <translation>随机输入的种子：相同的种子产生相同的数值（同 --batch run --seed）</translation>
    </message>
    <message>
        <source>Fills an unknown first dimension of random inputs</source>
        <translation>用于填充随机输入中未知的第一个维度</translation>
    </message>
    <message>
        <source>Runs after the first, timed node by node for the tables (averaged)</source>
        <translation>第一次之后的运行，逐节点计时并填入表格（取平均）</translation>
    </message>
    <message>
        <source>Executor threads; 0 uses every core</source>
        <translation>执行器线程数；0 表示使用所有核心</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>x=1,224,224,3; …</source>
        <translation>x=1,224,224,3; …</translation>
    </message>
    <message>
        <source>Shapes of random inputs with unknown dimensions other than the batch, separated by &apos;;&apos;</source>
        <translation>除批维度外还有未知维度的随机输入的形状，用 &apos;;&apos; 分隔</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fed with</source>
        <translation>输入来源</translation>
    </message>
    <message>
        <source>Feed a Tensor…</source>
        <translation>馈入张量…</translation>
    </message>
    <message>
        <source>Feed an interior tensor from a file (e.g. Mfcc after a keyword-spotting net&apos;s audio front end); what only it needs is not run</source>
        <translation>从文件馈入内部张量（例如关键词识别网络音频前端之后的 Mfcc）；只有它才需要的部分不会运行</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Profiled runs</source>
        <translation>分析运行次数</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>These results are from another revision of the model: run again (Ctrl+R) to refresh them.</source>
        <translation>这些结果来自模型的另一个版本：请再次运行（Ctrl+R）以更新。</translation>
    </message>
    <message>
        <source>Open in Tensor Viewer…</source>
        <translation>在张量查看器中打开…</translation>
    </message>
    <message>
        <source>Slice any axis, read every value and save the output as .npy</source>
        <translation>可对任意轴切片、查看每个数值，并将输出保存为 .npy</translation>
    </message>
    <message>
        <source>Double-click a node to show it in the graph</source>
        <translation>双击节点即可在计算图中显示</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Top by Computation Time</source>
        <translation>按计算时间排序</translation>
    </message>
    <message>
        <source>Summary by Node Type</source>
        <translation>按节点类型汇总</translation>
    </message>
    <message>
        <source>%1 (tensor %2)</source>
        <translation>%1（张量 %2）</translation>
    </message>
    <message>
        <source>interior tensor</source>
        <translation>内部张量</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Not fed</source>
        <translation>未馈入</translation>
    </message>
    <message>
        <source>FILE.npy, FILE.npz:KEY or @RAW_FILE</source>
        <translation>FILE.npy、FILE.npz:KEY 或 @RAW_FILE</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a .npy or .npz file; any other file is fed as its raw bytes (a WAV for a DecodeWav input)</source>
        <translation>选择 .npy 或 .npz 文件；其他文件将以原始字节馈入（例如 DecodeWav 输入的 WAV）</translation>
    </message>
    <message>
        <source>Feed from File</source>
        <translation>从文件馈入</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy *.npz);;All files (*)</source>
        <translation>NumPy 数组 (*.npy *.npz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Feed a Tensor</source>
        <translation>馈入张量</translation>
    </message>
    <message>
        <source>Tensor to feed (e.g. Mfcc:0):</source>
        <translation>要馈入的张量（例如 Mfcc:0）：</translation>
    </message>
    <message>
        <source>Feed %1 from</source>
        <translation>%1 的输入来源</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>Open a model to run it.</source>
        <translation>打开一个模型以运行它。</translation>
    </message>
    <message>
        <source>Choose the inputs and press Run (Ctrl+R).</source>
        <translation>选择输入后点击“运行”（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>First run %1 (plan included)</source>
        <translation>首次运行 %1（含计划）</translation>
    </message>
    <message numerus="yes">
        <source> · median %1 over %n profiled run(s)</source>
        <translation>
            <numerusform> · %n 次分析运行的中位数 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · peak memory %1 · %n thread(s)</source>
        <translation>
            <numerusform> · 峰值内存 %1 · %n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source> · node times sum to %1, %2FLOP estimated</source>
        <translation> · 节点时间合计 %1，估计 %2FLOP</translation>
    </message>
    <message>
        <source>Inputs:
%1</source>
        <translation>输入：
%1</translation>
    </message>
    <message>
        <source>  ·  %1 elements, %2% zeros</source>
        <translation>  ·  %1 个元素，%2% 为零</translation>
    </message>
    <message>
        <source>Finding the model&apos;s inputs and outputs…</source>
        <translation>正在查找模型的输入和输出…</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunSession</name>
    <message>
        <source>%1 takes %2 values, which cannot be made at random: choose a file (@FILE feeds a file&apos;s bytes)</source>
        <translation>%1 需要 %2 类型的值，无法随机生成：请选择文件（@FILE 馈入文件的字节）</translation>
    </message>
    <message>
        <source>%1 is not an input of the model: give a file to feed it from</source>
        <translation>%1 不是模型的输入：请指定用于馈入的文件</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>正在运行 %1</translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesModel</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>输入/输出</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesPanel</name>
    <message>
        <source>This model has no signatures: only a SavedModel names its inputs and outputs. The workbench and the Run panel feed its placeholders and read the nodes that nothing else consumes; change them in the Workbench&apos;s Inputs and Outputs fields.</source>
        <translation>此模型没有签名：只有 SavedModel 会命名其输入和输出。工作台和运行面板会向它的占位符提供输入，并读取不被其他节点使用的节点；可在工作台的“输入”和“输出”栏中修改。</translation>
    </message>
</context>
<context>
    <name>tfs::views::StepMarks</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>第 %1 步 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added&lt;/b&gt; by %1</source>
        <translation>由 %1 &lt;b&gt;新增&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed&lt;/b&gt; by %1</source>
        <translation>由 %1 &lt;b&gt;修改&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renamed&lt;/b&gt; from %1 by %2</source>
        <translation>由 %2 从 %1 &lt;b&gt;重命名&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls a function&lt;/b&gt; whose body %1 rewrote</source>
        <translation>&lt;b&gt;调用的函数&lt;/b&gt;其函数体已被 %1 重写</translation>
    </message>
    <message>
        <source>%1: nothing changed in this graph</source>
        <translation>%1：此计算图中没有变化</translation>
    </message>
    <message>
        <source>&amp;nbsp; (removed nodes are not drawn: Step Results lists them)</source>
        <translation>&amp;nbsp;（已删除的节点不绘制：步骤结果中列出了它们）</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorDiffViewer</name>
    <message>
        <source>Compare Values</source>
        <translation>比较数值</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A：%2&lt;br&gt;B：%3</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorViewer</name>
    <message>
        <source>Tensor Viewer</source>
        <translation>张量查看器</translation>
    </message>
    <message>
        <source>The axis shown down the rows</source>
        <translation>按行显示的轴</translation>
    </message>
    <message>
        <source>The axis shown across the columns</source>
        <translation>按列显示的轴</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;统计&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histogram&lt;/b&gt; of finite values</source>
        <translation>有限值的&lt;b&gt;直方图&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as .npy…</source>
        <translation>另存为 .npy…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 正在读取…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — could not be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 无法读取：%2</translation>
    </message>
    <message>
        <source>%1 — Tensor Viewer</source>
        <translation>%1 — 张量查看器</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 elements · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 个元素 · %5</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>零值</translation>
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
        <translation>值</translation>
    </message>
    <message>
        <source>not numeric</source>
        <translation>非数值</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>轴 %1 (%2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>axis %1:</source>
        <translation>轴 %1：</translation>
    </message>
    <message>
        <source>Index along axis %1 (0 … %2)</source>
        <translation>沿轴 %1 的索引（0 … %2）</translation>
    </message>
    <message>
        <source>No tensor is shown.</source>
        <translation>未显示张量。</translation>
    </message>
    <message>
        <source>Save Tensor as .npy</source>
        <translation>将张量另存为 .npy</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsModel</name>
    <message>
        <source>optimizer slot</source>
        <translation>优化器槽变量</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>零值</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Tensor statistics</source>
        <translation>张量统计</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a tensor&apos;s values</source>
        <translation>双击或按 Enter 查看张量的值</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 个张量</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics %1%</source>
        <translation>统计 %1%</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffModel</name>
    <message>
        <source>= bit-identical</source>
        <translation>= 逐位相同</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
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
        <translation>最大 |Δ|</translation>
    </message>
    <message>
        <source>Mean |Δ|</source>
        <translation>平均 |Δ|</translation>
    </message>
    <message>
        <source>Max rel. Δ</source>
        <translation>最大相对 Δ</translation>
    </message>
    <message>
        <source>Elements changed</source>
        <translation>变化的元素</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffView</name>
    <message>
        <source>Show unchanged</source>
        <translation>显示未变化的</translation>
    </message>
    <message>
        <source>Filter variables by name</source>
        <translation>按名称筛选变量</translation>
    </message>
    <message>
        <source>Compare Values…</source>
        <translation>比较数值…</translation>
    </message>
    <message>
        <source>A, B and B − A of the selected variable, each with statistics and a histogram</source>
        <translation>所选变量的 A、B 和 B − A，各附统计和直方图</translation>
    </message>
    <message numerus="yes">
        <source>%n bit-identical</source>
        <translation>
            <numerusform>%n 个逐位相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with equal dtype and shape (values not compared)</source>
        <translation>
            <numerusform>%n 个类型和形状相同（未比较数值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个已修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n stored variable(s):&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个存储的变量：&lt;/b&gt;%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfs::views::Workbench</name>
    <message>
        <source>No pass given: write e.g. fold_constants(ignore_errors=true)</source>
        <translation>未指定变换：请写例如 fold_constants(ignore_errors=true)</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>正在应用 %1</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在应用 %1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>正在测量</translation>
    </message>
    <message>
        <source>Slimming the checkpoint</source>
        <translation>正在精简检查点</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 → %3 (%n variable(s) kept, %4 dropped)</source>
        <translation>
            <numerusform>已写入 %1：%2 → %3（保留 %n 个变量，丢弃 %4 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not slim the checkpoint: %1</source>
        <translation>无法精简检查点：%1</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchPanel</name>
    <message>
        <source>input nodes, comma-separated</source>
        <translation>输入节点，逗号分隔</translation>
    </message>
    <message>
        <source>output nodes, comma-separated</source>
        <translation>输出节点，逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>输出(&amp;U)：</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>应用预设</translation>
    </message>
    <message>
        <source>name(p=v, …) name2 … — press Enter to apply</source>
        <translation>name(p=v, …) name2 … — 按 Enter 应用</translation>
    </message>
    <message>
        <source>Passes in the Graph Transform Tool grammar, e.g.
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</source>
        <translation>Graph Transform Tool 语法的变换，例如
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Search passes (Ctrl+Shift+P)</source>
        <translation>搜索变换（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Apply pass</source>
        <translation>应用变换</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (click one to see the model as it was then)</source>
        <translation>&lt;b&gt;步骤&lt;/b&gt;（点击某一步查看当时的模型）</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>复制为…</translation>
    </message>
    <message>
        <source>tfscope --batch transform command</source>
        <translation>tfscope --batch transform 命令</translation>
    </message>
    <message>
        <source>Copied the tfscope command line</source>
        <translation>已复制 tfscope 命令行</translation>
    </message>
    <message>
        <source>TensorFlow transform_graph command</source>
        <translation>TensorFlow transform_graph 命令</translation>
    </message>
    <message>
        <source>Copied the transform_graph command line</source>
        <translation>已复制 transform_graph 命令行</translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>流水线文本</translation>
    </message>
    <message>
        <source>Copied the pipeline</source>
        <translation>已复制流水线</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write the model as shown (Ctrl+Shift+S)</source>
        <translation>保存当前显示的模型（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Original model</source>
        <translation>原始模型</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the pass running now (Esc)</source>
        <translation>停止正在运行的变换（Esc）</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source> (several values: separate with ;)</source>
        <translation>（多个值：用 ; 分隔）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Pick a pass first.</source>
        <translation>请先选择一个变换。</translation>
    </message>
    <message>
        <source>Applying preset %1</source>
        <translation>正在应用预设 %1</translation>
    </message>
    <message>
        <source>Inputs…</source>
        <translation>输入…</translation>
    </message>
    <message>
        <source>What the measurements run on: seed, samples, shapes, files</source>
        <translation>测量所用的输入：种子、样本数、形状、文件</translation>
    </message>
    <message>
        <source>Diff with Original</source>
        <translation>与原始模型比较</translation>
    </message>
    <message>
        <source>Open a diff tab: the model as opened (A) against the model as shown now (B)</source>
        <translation>打开差异标签页：打开时的模型 (A) 与当前显示的模型 (B) 对比</translation>
    </message>
    <message>
        <source>Slim Checkpoint Prefix</source>
        <translation>精简后检查点的前缀</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchResults</name>
    <message>
        <source>compressed size</source>
        <translation>压缩后大小</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Open a model to transform it.</source>
        <translation>打开一个模型以进行变换。</translation>
    </message>
    <message>
        <source>The original model. Apply a pass or a preset to see what it changes.</source>
        <translation>原始模型。应用一个变换或预设即可看到它改变了什么。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 秒）</translation>
    </message>
    <message>
        <source>%1 nodes added, %2 changed, %3 removed</source>
        <translation>新增 %1 个节点，修改 %2 个，删除 %3 个</translation>
    </message>
    <message>
        <source>Ops: %1</source>
        <translation>运算：%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Measurement: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;测量：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Measuring size, latency and accuracy…</source>
        <translation>正在测量大小、延迟和精度…</translation>
    </message>
    <message>
        <source>Step 0: the original</source>
        <translation>第 0 步：原始模型</translation>
    </message>
    <message>
        <source>Step %1 of the pipeline</source>
        <translation>流水线第 %1 步</translation>
    </message>
    <message>
        <source>Functions rewritten: %1</source>
        <translation>已重写的函数：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>Across the steps, % of the original</source>
        <translation>各步骤对比，原始的百分比</translation>
    </message>
    <message>
        <source>accuracy (top-1 or cosine)</source>
        <translation>精度（top-1 或余弦）</translation>
    </message>
</context>
</TS>
