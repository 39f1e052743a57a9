<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <source>Open PATH, wait for the layout, save the window to FILE and exit.</source>
        <translation>PATH を開き、レイアウト完了を待ってウィンドウを FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Select this node (with --screenshot).</source>
        <translation>このノードを選択します（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>&apos;all&apos; expands every scope (with --screenshot).</source>
        <translation>&apos;all&apos; ですべてのスコープを展開します（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>Search for TEXT (with --screenshot).</source>
        <translation>TEXT を検索します（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>Show this library function (with --screenshot).</source>
        <translation>このライブラリ関数を表示します（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>Open the tensor viewer on this constant or variable (with --screenshot).</source>
        <translation>この定数または変数をテンソルビューアで開きます（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>ウィンドウサイズ 幅x高さ（--screenshot と併用）。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>ダーク配色を使います。</translation>
    </message>
    <message>
        <source>Use the light palette.</source>
        <translation>ライト配色を使います。</translation>
    </message>
    <message>
        <source>Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR).</source>
        <translation>インターフェース全体を拡大縮小します。例: 2 で 200%（QT_SCALE_FACTOR を設定）。</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. zh_CN, ja_JP or en.</source>
        <translation>今回の起動での表示言語。例: zh_CN、ja_JP、en。</translation>
    </message>
    <message>
        <source>Usage: tfscope [options] [PATH...]</source>
        <translation>使い方: tfscope [オプション] [PATH...]</translation>
    </message>
    <message>
        <source>       tfscope --batch COMMAND [options]</source>
        <translation>        tfscope --batch コマンド [オプション]</translation>
    </message>
    <message>
        <source>Inspect, transform, run and compare TensorFlow models.</source>
        <translation>TensorFlow モデルの閲覧・変換・実行・比較。</translation>
    </message>
    <message>
        <source>This build has no desktop window (built with TFSCOPE_GUI=OFF); every batch command works.</source>
        <translation>このビルドにはデスクトップウィンドウがありません（TFSCOPE_GUI=OFF でビルド）。バッチコマンドはすべて使えます。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Model files or folders to open.</source>
        <translation>開くモデルファイルまたはフォルダ。</translation>
    </message>
    <message>
        <source>Apply these passes (GTT grammar) to the model in the workbench, one step each, and measure every step.</source>
        <translation>これらのパス（GTT 文法）をワークベンチでモデルに 1 ステップずつ適用し、各ステップを計測します。</translation>
    </message>
    <message>
        <source>Input nodes the passes see (with --apply; default: signature or placeholders).</source>
        <translation>パスが使う入力ノード（--apply と併用。既定：シグネチャまたはプレースホルダー）。</translation>
    </message>
    <message>
        <source>Output nodes the passes see (with --apply; default: signature or likely outputs).</source>
        <translation>パスが使う出力ノード（--apply と併用。既定：シグネチャまたは推定される出力）。</translation>
    </message>
    <message>
        <source>Show what changed from model A to model B.</source>
        <translation>モデル A からモデル B への変更点を表示します。</translation>
    </message>
    <message>
        <source>Show a diff as two pictures side by side (with --diff).</source>
        <translation>差分を左右に並べた 2 枚の図で表示します（--diff と併用）。</translation>
    </message>
    <message>
        <source>Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply or --run).</source>
        <translation>計測用入力の未知の次元を指定します。例: x=1,224,224,3（--apply または --run と併用）。</translation>
    </message>
    <message>
        <source>Measure on this .npy/.npz, @FILE.wav (bytes as a string) or image for an input instead of random values (with --apply or --run).</source>
        <translation>入力にランダム値ではなく、この .npy/.npz、@FILE.wav（バイト列を文字列として）または画像を使って計測します（--apply または --run と併用）。</translation>
    </message>
    <message>
        <source>Seed of the random measurement inputs (with --apply or --run).</source>
        <translation>ランダムな計測用入力のシード（--apply または --run と併用）。</translation>
    </message>
    <message>
        <source>Random measurement samples (with --apply).</source>
        <translation>ランダムな計測サンプル数（--apply と併用）。</translation>
    </message>
    <message>
        <source>Timed runs per step (with --apply).</source>
        <translation>ステップごとの計時実行回数（--apply と併用）。</translation>
    </message>
    <message>
        <source>Write every step&apos;s measurements as JSON (as transform --measure --json) once all are done (with --apply).</source>
        <translation>すべて終わったら各ステップの計測結果を JSON で書き出します（transform --measure --json と同じ形式、--apply と併用）。</translation>
    </message>
    <message>
        <source>Run the model in the Run panel once it is open (after --apply&apos;s steps), as Ctrl+R does.</source>
        <translation>モデルを開いた後（--apply のステップの後）、Ctrl+R と同じように実行パネルで実行します。</translation>
    </message>
    <message>
        <source>What the graph marks for this run: step (what the shown workbench step changed; the default), time (each node&apos;s time in the last run, with --run) or none.</source>
        <translation>この起動でグラフに付ける印：step（表示中のワークベンチのステップが変えたもの。既定）、time（前回の実行での各ノードの時間、--run と併用）、または none。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>tfscope will use the new language when you start it again.</source>
        <translation>次回 tfscope を起動したときから新しい言語で表示されます。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>measuring sizes</source>
        <translation>サイズを計測中</translation>
    </message>
    <message>
        <source>comparing weights</source>
        <translation>重みを比較中</translation>
    </message>
    <message>
        <source>preparing the executor</source>
        <translation>実行エンジンを準備中</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 を実行中</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>計時中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>timing run %1 of %2</source>
        <translation>計時実行 %1 / %2</translation>
    </message>
    <message>
        <source>compressing %1</source>
        <translation>%1 を圧縮中</translation>
    </message>
    <message>
        <source>sizes done</source>
        <translation>サイズの計測完了</translation>
    </message>
    <message>
        <source>indexing graphs</source>
        <translation>グラフを索引化中</translation>
    </message>
    <message>
        <source>matching nodes</source>
        <translation>ノードを対応付け中</translation>
    </message>
    <message>
        <source>comparing nodes</source>
        <translation>ノードを比較中</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>関数 %1</translation>
    </message>
    <message>
        <source>variable %1</source>
        <translation>変数 %1</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>first run (plan and constant folding)</source>
        <translation>初回実行（計画と定数畳み込み）</translation>
    </message>
    <message>
        <source>profiled run %1 of %2</source>
        <translation>プロファイル実行 %1 / %2</translation>
    </message>
    <message>
        <source>Reading checkpoint index %1</source>
        <translation>チェックポイントのインデックス %1 を読み込み中</translation>
    </message>
    <message>
        <source>Detecting the format of %1</source>
        <translation>%1 の形式を判定中</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 を読み込みました</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Reading the variables index</source>
        <translation>変数のインデックスを読み込み中</translation>
    </message>
    <message>
        <source>waiting for the layout engine</source>
        <translation>レイアウトエンジンを待機中</translation>
    </message>
    <message>
        <source>placing %1 boxes</source>
        <translation>%1 個のボックスを配置中</translation>
    </message>
    <message>
        <source>layout done</source>
        <translation>レイアウト完了</translation>
    </message>
    <message>
        <source>running the original on %1</source>
        <translation>元のモデルを %1 で実行中</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>%1 で実行中</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>計測完了</translation>
    </message>
    <message>
        <source>freezing</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>preparing the pictures</source>
        <translation>図を準備中</translation>
    </message>
    <message>
        <source>diff ready</source>
        <translation>差分の準備完了</translation>
    </message>
    <message>
        <source>preparing the session</source>
        <translation>セッションを準備中</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>ヒストグラム</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Optimize for inference</source>
        <translation>推論向けに最適化</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s optimize_for_inference: strip unused nodes, remove Identity, fold batch norms and constants</source>
        <translation>TensorFlow の optimize_for_inference：未使用ノードの除去、Identity の削除、バッチ正規化と定数の畳み込み</translation>
    </message>
    <message>
        <source>Shrink weights for mobile</source>
        <translation>モバイル向けに重みを縮小</translation>
    </message>
    <message>
        <source>Strip, fold, then store large float weights as eight bits with a dequantize step</source>
        <translation>除去と畳み込みの後、大きな浮動小数点の重みを 8 ビットで保存し逆量子化ステップを付けます</translation>
    </message>
    <message>
        <source>Round weights (compresses well)</source>
        <translation>重みを丸める（よく圧縮される）</translation>
    </message>
    <message>
        <source>Round float weights to 256 levels: same size on disk, much smaller compressed</source>
        <translation>浮動小数点の重みを 256 段階に丸めます：ディスク上のサイズは同じで、圧縮後はずっと小さくなります</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16 の重み</translation>
    </message>
    <message>
        <source>Store float32 constants as float16 with a Cast back: half the weight bytes</source>
        <translation>float32 の定数を float16 で保存し Cast で戻します：重みのバイト数が半分に</translation>
    </message>
    <message>
        <source>Eight-bit (quantize_nodes)</source>
        <translation>8 ビット（quantize_nodes）</translation>
    </message>
    <message>
        <source>Fold, then replace float ops by their eight-bit versions with quantize/dequantize around them</source>
        <translation>畳み込みの後、浮動小数点演算を 8 ビット版に置き換え、前後に量子化/逆量子化を挿入します</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>  random, seed %1</source>
        <translation>  ランダム、シード %1</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>Variables become constants read from the checkpoint, TF2 calls are inlined, and only what the outputs need stays</source>
        <translation>変数はチェックポイントから読んだ定数になり、TF2 の呼び出しはインライン展開され、出力に必要な部分だけが残ります</translation>
    </message>
    <message>
        <source>Slim a checkpoint…</source>
        <translation>チェックポイントをスリム化…</translation>
    </message>
    <message>
        <source>Write a checkpoint holding only the variables the outputs read (no optimizer slots or global step)</source>
        <translation>出力が読む変数だけを含むチェックポイントを書き出します（オプティマイザのスロットや global step は含みません）</translation>
    </message>
</context>
<context>
    <name>tfs::views</name>
    <message>
        <source>Convolution</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>プーリング</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>制御フロー</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>入出力</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>乱数</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 個のテンソル</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 items)</source>
        <translation>…（%1 項目）</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>変更 %n</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>追加 %n</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>削除 %n</translation>
    </message>
    <message>
        <source>%n renamed</source>
        <translation>名前変更 %n</translation>
    </message>
    <message>
        <source>Compare values (A, B, B − A)…</source>
        <translation>値を比較（A、B、B − A）…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>%n variable(s) differ</source>
        <translation>%n 個の変数が異なります</translation>
    </message>
    <message>
        <source>Differences in signatures or meta graphs</source>
        <translation>シグネチャまたはメタグラフの差分</translation>
    </message>
    <message>
        <source>Model diff</source>
        <translation>モデルの差分</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>メタグラフ</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <source>Op counts (main graph)</source>
        <translation>演算の数（メイングラフ）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source> · matched by structure</source>
        <translation> · 構造で対応付け</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>（タグなし）</translation>
    </message>
    <message>
        <source>= bit-identical</source>
        <translation>= ビット単位で同一</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
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
        <translation>出力</translation>
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
        <translation>コサイン</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>SNR</translation>
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
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>圧縮後</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>重み %1</translation>
    </message>
    <message>
        <source>Latency (median)</source>
        <translation>レイテンシ（中央値）</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>ピークメモリ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>Δ original</source>
        <translation>元との差 Δ</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>前との差 Δ</translation>
    </message>
</context>
<context>
    <name>tfs::views::ChangeListModel</name>
    <message>
        <source>meta graph</source>
        <translation>メタグラフ</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <source>main graph</source>
        <translation>メイングラフ</translation>
    </message>
    <message>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>（タグなし）</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffDocument</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>変更 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>追加 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>削除 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>名前変更 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>tfs::views::DiffPage</name>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>One picture of both models, coloured by change</source>
        <translation>両モデルを 1 枚の図に重ね、変更の種類で色分け</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>左右に並べる</translation>
    </message>
    <message>
        <source>A on the left, B on the right; selection and navigation follow each other</source>
        <translation>左に A、右に B。選択と移動は互いに連動します</translation>
    </message>
    <message>
        <source>▲ Previous</source>
        <translation>▲ 前へ</translation>
    </message>
    <message>
        <source>Next ▼</source>
        <translation>次へ ▼</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>前の変更（Shift+F7、Alt+Up）</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>次の変更（F7、Alt+Down）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 hold the same graph, functions, signatures and values.</source>
        <translation>&lt;b&gt;差分はありません。&lt;/b&gt;%1 と %2 は同じグラフ、関数、シグネチャ、値を持っています。</translation>
    </message>
    <message>
        <source>Filter changes by name, op or detail</source>
        <translation>名前、演算、詳細で変更を絞り込み</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>変更 %1 / %2</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Every stored variable of both models: added, removed, changed with value deltas, or bit-identical</source>
        <translation>両モデルに保存されたすべての変数：追加、削除、値の差分付きの変更、またはビット単位で同一</translation>
    </message>
    <message>
        <source>&lt;b&gt;No differences.&lt;/b&gt; %1 and %2 store the same variables, bit for bit.</source>
        <translation>&lt;b&gt;差分はありません。&lt;/b&gt;%1 と %2 はビット単位で同じ変数を保存しています。</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphPage</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the layout; the previous picture stays</source>
        <translation>レイアウトを中止します（前の図はそのまま残ります）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>node name, op type or regular expression</source>
        <translation>ノード名、演算タイプ、または正規表現</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>演算タイプ</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>This model has no graph (a checkpoint): see the Tensors panel.</source>
        <translation>このモデルには計算グラフがありません（チェックポイント）。「テンソル」パネルを参照してください。</translation>
    </message>
    <message>
        <source>No function named %1 in this model</source>
        <translation>このモデルに %1 という関数はありません</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>(function)</source>
        <translation>（関数）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>レイアウトに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout %3 s</source>
        <translation>%2 ノード中 %1 を表示 · レイアウト %3 秒</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>レイアウトを中止しました</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation>正規表現が不正です</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing to export: the picture is empty.</source>
        <translation>書き出すものがありません。図が空です。</translation>
    </message>
    <message>
        <source>Graph exported by tfscope</source>
        <translation>tfscope で書き出した計算グラフ</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>%1×%2 の画像を作るメモリが足りません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>This model has no graph.</source>
        <translation>このモデルには計算グラフがありません。</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>レイアウト中…</translation>
    </message>
    <message>
        <source>Shapes not inferred: %1</source>
        <translation>形状を推論できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout kept (the same boxes as before)</source>
        <translation>%2 ノード中 %1 個を表示 · レイアウトを維持（ボックスは以前と同じ）</translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphScene</name>
    <message numerus="yes">
        <source>+%n weight(s)</source>
        <translation>
            <numerusform>+%n 個の重み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 ノード</translation>
    </message>
    <message>
        <source>%1 — %2 nodes (double-click the title to collapse)</source>
        <translation>%1 — %2 ノード（タイトルをダブルクリックで折りたたみ）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Weights: %1</source>
        <translation>&lt;br&gt;重み: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to open the function&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;ダブルクリックで関数を開く&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Waits for %n op(s); these control edges are not drawn (View ▸ Show All Control Edges)</source>
        <translation>
            <numerusform>&lt;br&gt;%n 個の演算を待ちます。これらの制御エッジは描画されません（表示 ▸ すべての制御エッジを表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 nodes&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click or + to expand&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ノード&lt;br&gt;%3&lt;br&gt;&lt;i&gt;ダブルクリックまたは + で展開&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tfs::views::HistogramWidget</name>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation>有限値がありません</translation>
    </message>
    <message>
        <source>No histogram for this dtype</source>
        <translation>このデータ型にはヒストグラムがありません</translation>
    </message>
    <message>
        <source>peak %1 · √ scale</source>
        <translation>ピーク %1 · √ スケール</translation>
    </message>
    <message>
        <source>[%1, %2): %3 values</source>
        <translation>[%1, %2): %3 個の値</translation>
    </message>
</context>
<context>
    <name>tfs::views::InputShapesDialog</name>
    <message>
        <source>Input Shapes</source>
        <translation>入力の形状</translation>
    </message>
    <message>
        <source>Shapes are inferred from the graph&apos;s inputs. Give a batch size or concrete dims (? = unknown) and every edge is inferred again.</source>
        <translation>形状は計算グラフの入力から推論されます。バッチサイズや具体的な次元（? は不明）を指定すると、すべてのエッジを推論し直します。</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Apply to All Inputs</source>
        <translation>すべての入力に適用</translation>
    </message>
    <message>
        <source>Sets the first dim of every input whose batch dim is unknown</source>
        <translation>バッチ次元が不明な入力すべての先頭次元を設定します</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>スカラー</translation>
    </message>
    <message>
        <source>Comma-separated dims, ? for unknown, e.g. 1,224,224,3</source>
        <translation>カンマ区切りの次元、不明は ?。例: 1,224,224,3</translation>
    </message>
    <message>
        <source>This graph has no inputs to give a shape.</source>
        <translation>この計算グラフには形状を指定できる入力がありません。</translation>
    </message>
    <message>
        <source>Recorded Shapes</source>
        <translation>記録された形状</translation>
    </message>
    <message>
        <source>Forget the shapes set here and use what the model records</source>
        <translation>ここで設定した形状を破棄し、モデルに記録された形状を使います</translation>
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
        <translation>&lt;h2&gt;tfscope&lt;/h2&gt;&lt;p&gt;ファイル ▸ 開く (Ctrl+O) で TensorFlow モデルを開くか、&lt;br&gt;.pb・.pbtxt・.meta ファイル、SavedModel フォルダ、チェックポイントをここにドロップしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <source>No node named %1 in this graph</source>
        <translation>この計算グラフに %1 というノードはありません</translation>
    </message>
    <message>
        <source>This tensor has no stored value</source>
        <translation>このテンソルには保存された値がありません</translation>
    </message>
    <message>
        <source>%1 has no stored value</source>
        <translation>%1 には保存された値がありません</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export View</source>
        <translation>表示を書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>&amp;SVG として…</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>&amp;PNG として…</translation>
    </message>
    <message>
        <source>As &amp;DOT…</source>
        <translation>&amp;DOT として…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Expand All Scopes</source>
        <translation>すべてのスコープを展開(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Collapse All Scopes</source>
        <translation>すべてのスコープを折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Trace &amp;Inputs</source>
        <translation>入力をたどる(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Trace O&amp;utputs</source>
        <translation>出力をたどる(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Fold &amp;Weights into Consumers</source>
        <translation>重みを利用側ノードにまとめる(&amp;W)</translation>
    </message>
    <message>
        <source>Draw constants and variables that feed a single node inside that node, as TensorBoard does</source>
        <translation>TensorBoard と同様に、1 つのノードだけに入力される定数と変数をそのノードの中に描きます</translation>
    </message>
    <message>
        <source>Show All &amp;Control Edges</source>
        <translation>すべての制御エッジを表示(&amp;C)</translation>
    </message>
    <message>
        <source>Also draw control edges into ops that wait for many others (init, automatic control dependencies)</source>
        <translation>多数の演算を待つ演算（init、自動制御依存）への制御エッジも描きます</translation>
    </message>
    <message>
        <source>Show &amp;Training &amp;&amp; Saving Nodes</source>
        <translation>学習・保存ノードを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Also draw gradients, optimizer updates and slots, savers and initialisers of training graphs</source>
        <translation>学習グラフの勾配、オプティマイザの更新とスロット、Saver、初期化ノードも描きます</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>ミニマップ(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外観(&amp;P)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About tfscope</source>
        <translation>tfscope について(&amp;A)</translation>
    </message>
    <message>
        <source>About tfscope</source>
        <translation>tfscope について</translation>
    </message>
    <message>
        <source>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;Inspect, transform, run and compare TensorFlow models.&lt;br&gt;Layout by Graphviz dot.</source>
        <translation>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;TensorFlow モデルの閲覧・変換・実行・比較。&lt;br&gt;レイアウトは Graphviz dot。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)</source>
        <translation>TensorFlow モデル (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open SavedModel or Checkpoint Folder</source>
        <translation>SavedModel またはチェックポイントのフォルダを開く</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>ファイルまたはフォルダが存在しません。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading; see the Model panel</source>
        <translation>
            <numerusform>読み込み時の警告 %n 件。「モデル」パネルを参照してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>モデルを開けませんでした</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を開けませんでした。</translation>
    </message>
    <message>
        <source>Path: %1
%2</source>
        <translation>パス: %1
%2</translation>
    </message>
    <message>
        <source>Model changed on disk</source>
        <translation>ディスク上のモデルが変更されました</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 は別のプログラムで変更されました。再読み込みしますか？</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>モデルが開かれていません</translation>
    </message>
    <message>
        <source>%1 · %2 nodes · %3 parameters · %4</source>
        <translation>%1 · %2 ノード · パラメータ %3 · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>表示を書き出す</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG を書き出す</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>倍率:</translation>
    </message>
    <message>
        <source>Exported at scale %1 to keep the whole picture within image limits</source>
        <translation>図全体が画像サイズの上限に収まるよう倍率 %1 で書き出しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Input &amp;Shapes…</source>
        <translation>入力の形状(&amp;S)…</translation>
    </message>
    <message>
        <source>Set a batch size or concrete input dims and infer every edge&apos;s shape again</source>
        <translation>バッチサイズや具体的な入力次元を設定し、すべてのエッジの形状を推論し直します</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>ワークベンチ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the model as it is now (after the workbench steps) in any format tfscope writes</source>
        <translation>現在のモデル（ワークベンチのステップ適用後）を tfscope が書き出せる任意の形式で保存します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
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
        <translation>ワークベンチ(&amp;W)</translation>
    </message>
    <message>
        <source>Find &amp;Pass…</source>
        <translation>パスを検索(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Apply P&amp;reset</source>
        <translation>プリセットを適用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Step</source>
        <translation>ステップを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;tfscope Command</source>
        <translation>&amp;tfscope コマンドとしてコピー</translation>
    </message>
    <message>
        <source>Copy as transform_&amp;graph Command</source>
        <translation>transform_&amp;graph コマンドとしてコピー</translation>
    </message>
    <message>
        <source>%1[*] — tfscope</source>
        <translation>%1[*] — tfscope</translation>
    </message>
    <message>
        <source>Binary GraphDef (*.pb)</source>
        <translation>バイナリ GraphDef (*.pb)</translation>
    </message>
    <message>
        <source>Text GraphDef (*.pbtxt)</source>
        <translation>テキスト GraphDef (*.pbtxt)</translation>
    </message>
    <message>
        <source>MetaGraphDef (*.meta)</source>
        <translation>MetaGraphDef (*.meta)</translation>
    </message>
    <message>
        <source>SavedModel folder (*)</source>
        <translation>SavedModel フォルダー (*)</translation>
    </message>
    <message>
        <source>Memmapped package (*.pb)</source>
        <translation>メモリマップ形式パッケージ (*.pb)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message numerus="yes">
        <source>%1 has unsaved edits (%n step(s)). %2 drops them.</source>
        <translation>
            <numerusform>%1 には未保存の編集があります（%n ステップ）。%2 すると破棄されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>You will be asked about your unsaved edits first.</source>
        <translation>先に未保存の編集について確認します。</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>モデルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>%1 is the file this model was opened from. Replace it with the edited model?</source>
        <translation>%1 はこのモデルを開いた元のファイルです。編集後のモデルで置き換えますか？</translation>
    </message>
    <message>
        <source>Overwrite the input file?</source>
        <translation>入力ファイルを上書きしますか？</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>&amp;Diff With…</source>
        <translation>差分を比較(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open model with another one (or pick two models)</source>
        <translation>開いているモデルを別のモデルと比較します（または 2 つのモデルを選びます）</translation>
    </message>
    <message>
        <source>Measurement &amp;Inputs…</source>
        <translation>計測用入力(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 — tfscope</source>
        <translation>%1 — tfscope</translation>
    </message>
    <message>
        <source>diff · %1</source>
        <translation>差分 · %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>差分なし</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;All files (*)</source>
        <translation>TensorFlow モデル (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Diff %1 With</source>
        <translation>%1 と比較するモデル</translation>
    </message>
    <message>
        <source>Diff: First Model (A)</source>
        <translation>差分：1 つ目のモデル (A)</translation>
    </message>
    <message>
        <source>Diff: Second Model (B)</source>
        <translation>差分：2 つ目のモデル (B)</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1（元）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1（%n ステップ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Model</source>
        <translation>モデルを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the model as it is now and time every node</source>
        <translation>現在の状態でモデルを実行し、各ノードの時間を計測します</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>No graph %1 to show</source>
        <translation>表示する計算グラフ %1 がありません</translation>
    </message>
    <message>
        <source>Step Results</source>
        <translation>ステップの結果</translation>
    </message>
    <message>
        <source>Graph &amp;Marks</source>
        <translation>グラフの印(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <source>What the &amp;Step Changed</source>
        <translation>ステップの変更点(&amp;S)</translation>
    </message>
    <message>
        <source>Node &amp;Time of the Last Run</source>
        <translation>前回の実行のノード時間(&amp;T)</translation>
    </message>
    <message>
        <source>Draw the graph without marks</source>
        <translation>印を付けずにグラフを描画します</translation>
    </message>
    <message>
        <source>Mark the nodes the shown workbench step added, changed or renamed; collapsed scopes count what changed inside, removed nodes too</source>
        <translation>表示中のワークベンチのステップが追加・変更・名前変更したノードに印を付けます。折りたたんだスコープは、削除されたノードも含め内部の変更を数えます</translation>
    </message>
    <message>
        <source>Fill each node with its time in the last run (yellow to dark red, the ten slowest numbered); collapsed scopes show their summed time</source>
        <translation>前回の実行での時間で各ノードを塗ります（黄から暗い赤、遅い上位 10 個に番号）。折りたたんだスコープは合計時間を表示します</translation>
    </message>
    <message>
        <source>Colour Nodes by &amp;Time</source>
        <translation>ノードを時間で色分け(&amp;T)</translation>
    </message>
    <message>
        <source>No node times for the model as shown: Run ▸ Run Model (Ctrl+R) colours the nodes by their time</source>
        <translation>表示中のモデルにはノード時間がありません：実行 ▸ モデルを実行（Ctrl+R）でノードが時間で色分けされます</translation>
    </message>
</context>
<context>
    <name>tfs::views::MeasureInputsDialog</name>
    <message>
        <source>Measurement Inputs</source>
        <translation>計測用入力</translation>
    </message>
    <message>
        <source>Random values are seeded; an unknown first (batch) dimension is 1. Give a shape where other dimensions are unknown, or a file: .npy, .npz, a WAV for a string input, or an image.</source>
        <translation>ランダム値はシード付きで、未知の先頭（バッチ）次元は 1 になります。ほかの次元が未知のときは形状を、またはファイル（.npy、.npz、文字列入力には WAV、画像）を指定してください。</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>Random &amp;samples:</source>
        <translation>ランダムサンプル数(&amp;S):</translation>
    </message>
    <message>
        <source>Timed &amp;runs:</source>
        <translation>計時実行回数(&amp;R):</translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation>必須。例: %1</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>Input File</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>Inputs (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>入力 (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>a folder of .npz samples or reference cases (optional)</source>
        <translation>.npz サンプルまたは参照ケースのフォルダー（任意）</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Shape of %1: %2</source>
        <translation>%1 の形状: %2</translation>
    </message>
    <message>
        <source>Input %1: %2 is not a file</source>
        <translation>入力 %1: %2 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
</context>
<context>
    <name>tfs::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>全体図: クリックまたはドラッグで表示位置を移動</translation>
    </message>
</context>
<context>
    <name>tfs::views::ModelPanel</name>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生成元</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Graph version</source>
        <translation>計算グラフのバージョン</translation>
    </message>
    <message>
        <source>Parameters (variables)</source>
        <translation>パラメータ（変数）</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Variables by dtype</source>
        <translation>データ型別の変数</translation>
    </message>
    <message>
        <source>%1 variables, %2</source>
        <translation>変数 %1 個、%2</translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation>メタグラフ</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>シグネチャなし</translation>
    </message>
    <message>
        <source>Op histogram</source>
        <translation>演算の内訳</translation>
    </message>
    <message>
        <source>%1 more op types</source>
        <translation>ほか %1 種類の演算</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Parameters (weight constants)</source>
        <translation>パラメータ（重みの定数）</translation>
    </message>
</context>
<context>
    <name>tfs::views::NodeTimeModel</name>
    <message>
        <source>&lt;br&gt;in function %1</source>
        <translation>&lt;br&gt;関数 %1 内</translation>
    </message>
    <message>
        <source>&lt;br&gt;fused into the preceding convolution or matrix product: its time is counted there</source>
        <translation>&lt;br&gt;直前の畳み込みまたは行列積に融合済み：時間はそちらに計上されます</translation>
    </message>
    <message>
        <source>%1 (fused)</source>
        <translation>%1（融合済み）</translation>
    </message>
    <message>
        <source>Time per run, averaged over the profiled runs</source>
        <translation>1 回の実行あたりの時間（プロファイル実行の平均）</translation>
    </message>
    <message>
        <source>Share of the summed node times</source>
        <translation>ノード時間の合計に占める割合</translation>
    </message>
    <message>
        <source>Share of this node and every slower one</source>
        <translation>このノードとそれより遅いすべてのノードの割合</translation>
    </message>
    <message>
        <source>Estimated floating-point operations per run</source>
        <translation>1 回の実行あたりの推定浮動小数点演算数</translation>
    </message>
    <message>
        <source>Executions per run (more than one inside loops and repeated calls)</source>
        <translation>1 回の実行あたりの実行回数（ループや繰り返し呼び出しでは 2 回以上）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累積</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し回数</translation>
    </message>
</context>
<context>
    <name>tfs::views::OpTypeTimeModel</name>
    <message>
        <source>fused</source>
        <translation>融合済み</translation>
    </message>
    <message>
        <source>%1FLOP/s</source>
        <translation>%1FLOP/s</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>演算の種類</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累積</translation>
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
        <translation>ノードを選択するとプロパティが表示されます。</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation>値を表示…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>control</source>
        <translation>制御</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation>（欠落）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>control →</source>
        <translation>制御 →</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>呼び出し:</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOutputsModel</name>
    <message>
        <source>%1 NaN, %2 Inf</source>
        <translation>NaN %1 個、Inf %2 個</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Non-finite</source>
        <translation>非有限値</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunOverlay</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per run · %2% of node time · #%3 by time</source>
        <translation>1 回あたり &lt;b&gt;%1&lt;/b&gt; · ノード時間の %2% · 時間順 %3 位</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 calls per run</source>
        <translation>&lt;br&gt;1 回の実行あたり %1 回呼び出し</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Node time per run (%1 runs): 0 %2 %3 (√ scale) · 1–%4 = the slowest nodes · pale = not timed or fused · this graph: %5 of %6</source>
        <translation>1 回あたりのノード時間（%1 回の実行）：0 %2 %3（√ スケール）· 1–%4 = 最も遅いノード · 淡色 = 未計時または融合済み · このグラフ：%5 / %6</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the model as it is now, at the shown workbench step (Ctrl+R)</source>
        <translation>表示中のワークベンチのステップでモデルを実行します（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Seed of the random inputs: the same seed gives the same values (as --batch run --seed)</source>
        <translation>ランダム入力のシード：同じシードなら同じ値になります（--batch run --seed と同じ）</translation>
    </message>
    <message>
        <source>Fills an unknown first dimension of random inputs</source>
        <translation>ランダム入力の未知の先頭次元を埋めます</translation>
    </message>
    <message>
        <source>Runs after the first, timed node by node for the tables (averaged)</source>
        <translation>初回以降の実行。表のためにノードごとに計時します（平均）</translation>
    </message>
    <message>
        <source>Executor threads; 0 uses every core</source>
        <translation>実行エンジンのスレッド数。0 ですべてのコアを使います</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>x=1,224,224,3; …</source>
        <translation>x=1,224,224,3; …</translation>
    </message>
    <message>
        <source>Shapes of random inputs with unknown dimensions other than the batch, separated by &apos;;&apos;</source>
        <translation>バッチ以外に未知の次元があるランダム入力の形状（&apos;;&apos; 区切り）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Fed with</source>
        <translation>入力元</translation>
    </message>
    <message>
        <source>Feed a Tensor…</source>
        <translation>テンソルを入力…</translation>
    </message>
    <message>
        <source>Feed an interior tensor from a file (e.g. Mfcc after a keyword-spotting net&apos;s audio front end); what only it needs is not run</source>
        <translation>ファイルから内部テンソルを入力します（例: キーワード検出ネットの音声前処理の後の Mfcc）。それだけが必要とする部分は実行されません</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Profiled runs</source>
        <translation>プロファイル実行回数</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>These results are from another revision of the model: run again (Ctrl+R) to refresh them.</source>
        <translation>この結果はモデルの別のリビジョンのものです。もう一度実行（Ctrl+R）して更新してください。</translation>
    </message>
    <message>
        <source>Open in Tensor Viewer…</source>
        <translation>テンソルビューアーで開く…</translation>
    </message>
    <message>
        <source>Slice any axis, read every value and save the output as .npy</source>
        <translation>任意の軸でスライスし、すべての値を読み、出力を .npy で保存します</translation>
    </message>
    <message>
        <source>Double-click a node to show it in the graph</source>
        <translation>ノードをダブルクリックするとグラフ上に表示します</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Top by Computation Time</source>
        <translation>計算時間の上位</translation>
    </message>
    <message>
        <source>Summary by Node Type</source>
        <translation>ノードの種類ごとの集計</translation>
    </message>
    <message>
        <source>%1 (tensor %2)</source>
        <translation>%1（テンソル %2）</translation>
    </message>
    <message>
        <source>interior tensor</source>
        <translation>内部テンソル</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Not fed</source>
        <translation>入力なし</translation>
    </message>
    <message>
        <source>FILE.npy, FILE.npz:KEY or @RAW_FILE</source>
        <translation>FILE.npy、FILE.npz:KEY または @RAW_FILE</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a .npy or .npz file; any other file is fed as its raw bytes (a WAV for a DecodeWav input)</source>
        <translation>.npy または .npz ファイルを選びます。それ以外のファイルは生のバイト列として入力されます（DecodeWav 入力には WAV）</translation>
    </message>
    <message>
        <source>Feed from File</source>
        <translation>ファイルから入力</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy *.npz);;All files (*)</source>
        <translation>NumPy 配列 (*.npy *.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Feed a Tensor</source>
        <translation>テンソルを入力</translation>
    </message>
    <message>
        <source>Tensor to feed (e.g. Mfcc:0):</source>
        <translation>入力するテンソル（例: Mfcc:0）:</translation>
    </message>
    <message>
        <source>Feed %1 from</source>
        <translation>%1 の入力元</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>実行できません: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>実行をキャンセルしました。</translation>
    </message>
    <message>
        <source>Open a model to run it.</source>
        <translation>実行するモデルを開いてください。</translation>
    </message>
    <message>
        <source>Choose the inputs and press Run (Ctrl+R).</source>
        <translation>入力を選んで「実行」（Ctrl+R）を押してください。</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>First run %1 (plan included)</source>
        <translation>初回実行 %1（計画を含む）</translation>
    </message>
    <message numerus="yes">
        <source> · median %1 over %n profiled run(s)</source>
        <translation>
            <numerusform> · プロファイル実行 %n 回の中央値 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · peak memory %1 · %n thread(s)</source>
        <translation>
            <numerusform> · ピークメモリ %1 · %n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <source> · node times sum to %1, %2FLOP estimated</source>
        <translation> · ノード時間の合計 %1、推定 %2FLOP</translation>
    </message>
    <message>
        <source>Inputs:
%1</source>
        <translation>入力:
%1</translation>
    </message>
    <message>
        <source>  ·  %1 elements, %2% zeros</source>
        <translation>  ·  要素 %1 個、ゼロ %2%</translation>
    </message>
</context>
<context>
    <name>tfs::views::RunSession</name>
    <message>
        <source>%1 takes %2 values, which cannot be made at random: choose a file (@FILE feeds a file&apos;s bytes)</source>
        <translation>%1 は %2 の値を取るため、ランダムには作れません。ファイルを選んでください（@FILE でファイルのバイト列を入力）</translation>
    </message>
    <message>
        <source>%1 is not an input of the model: give a file to feed it from</source>
        <translation>%1 はモデルの入力ではありません。入力元のファイルを指定してください</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 を実行中</translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesModel</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>入力/出力</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>データ型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
</context>
<context>
    <name>tfs::views::StepMarks</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>ステップ %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added&lt;/b&gt; by %1</source>
        <translation>%1 で&lt;b&gt;追加&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed&lt;/b&gt; by %1</source>
        <translation>%1 で&lt;b&gt;変更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renamed&lt;/b&gt; from %1 by %2</source>
        <translation>%2 で %1 から&lt;b&gt;名前変更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls a function&lt;/b&gt; whose body %1 rewrote</source>
        <translation>&lt;b&gt;呼び出す関数&lt;/b&gt;の本体が %1 で書き換えられました</translation>
    </message>
    <message>
        <source>%1: nothing changed in this graph</source>
        <translation>%1：このグラフでは何も変わっていません</translation>
    </message>
    <message>
        <source>&amp;nbsp; (removed nodes are not drawn: Step Results lists them)</source>
        <translation>&amp;nbsp;（削除されたノードは描画されません：ステップの結果に一覧があります）</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorDiffViewer</name>
    <message>
        <source>Compare Values</source>
        <translation>値を比較</translation>
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
        <translation>テンソルビューア</translation>
    </message>
    <message>
        <source>The axis shown down the rows</source>
        <translation>行方向に表示する軸</translation>
    </message>
    <message>
        <source>The axis shown across the columns</source>
        <translation>列方向に表示する軸</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;統計&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histogram&lt;/b&gt; of finite values</source>
        <translation>有限値の&lt;b&gt;ヒストグラム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as .npy…</source>
        <translation>.npy として保存…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 読み込み中…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — could not be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 — Tensor Viewer</source>
        <translation>%1 — テンソルビューア</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 elements · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; 要素 %4 個 · %5</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>ゼロ</translation>
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
        <translation>値</translation>
    </message>
    <message>
        <source>not numeric</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>軸 %1 (%2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>axis %1:</source>
        <translation>軸 %1:</translation>
    </message>
    <message>
        <source>Index along axis %1 (0 … %2)</source>
        <translation>軸 %1 のインデックス（0 … %2）</translation>
    </message>
    <message>
        <source>No tensor is shown.</source>
        <translation>テンソルが表示されていません。</translation>
    </message>
    <message>
        <source>Save Tensor as .npy</source>
        <translation>テンソルを .npy として保存</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 配列 (*.npy)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsModel</name>
    <message>
        <source>optimizer slot</source>
        <translation>オプティマイザのスロット</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>データ型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Tensor statistics</source>
        <translation>テンソル統計</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a tensor&apos;s values</source>
        <translation>ダブルクリックまたは Enter でテンソルの値を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 個のテンソル</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics %1%</source>
        <translation>統計 %1%</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffModel</name>
    <message>
        <source>= bit-identical</source>
        <translation>= ビット単位で同一</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
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
        <translation>最大相対 Δ</translation>
    </message>
    <message>
        <source>Elements changed</source>
        <translation>変更された要素</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>tfs::views::VariableDiffView</name>
    <message>
        <source>Show unchanged</source>
        <translation>変更なしも表示</translation>
    </message>
    <message>
        <source>Filter variables by name</source>
        <translation>名前で変数を絞り込み</translation>
    </message>
    <message>
        <source>Compare Values…</source>
        <translation>値を比較…</translation>
    </message>
    <message>
        <source>A, B and B − A of the selected variable, each with statistics and a histogram</source>
        <translation>選択した変数の A、B、B − A（それぞれ統計とヒストグラム付き）</translation>
    </message>
    <message numerus="yes">
        <source>%n bit-identical</source>
        <translation>
            <numerusform>ビット単位で同一 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with equal dtype and shape (values not compared)</source>
        <translation>
            <numerusform>型と形状が同じもの %n（値は未比較）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>変更 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>追加 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>削除 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n stored variable(s):&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;保存された変数 %n 個：&lt;/b&gt;%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfs::views::Workbench</name>
    <message>
        <source>No pass given: write e.g. fold_constants(ignore_errors=true)</source>
        <translation>パスが指定されていません：例 fold_constants(ignore_errors=true)</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>%1 を適用中</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>%1 を適用中…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました：%2</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>計測中</translation>
    </message>
    <message>
        <source>Slimming the checkpoint</source>
        <translation>チェックポイントをスリム化中</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 → %3 (%n variable(s) kept, %4 dropped)</source>
        <translation>
            <numerusform>%1 を書き出しました: %2 → %3（変数 %n 個を保持、%4 個を削除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not slim the checkpoint: %1</source>
        <translation>チェックポイントをスリム化できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>レポート %1 を書き出せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchPanel</name>
    <message>
        <source>input nodes, comma-separated</source>
        <translation>入力ノード（カンマ区切り）</translation>
    </message>
    <message>
        <source>output nodes, comma-separated</source>
        <translation>出力ノード（カンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>入力(&amp;I):</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>出力(&amp;U):</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>プリセットを適用</translation>
    </message>
    <message>
        <source>name(p=v, …) name2 … — press Enter to apply</source>
        <translation>name(p=v, …) name2 … — Enter で適用</translation>
    </message>
    <message>
        <source>Passes in the Graph Transform Tool grammar, e.g.
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</source>
        <translation>Graph Transform Tool 文法のパス。例:
fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Search passes (Ctrl+Shift+P)</source>
        <translation>パスを検索（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Apply pass</source>
        <translation>パスを適用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (click one to see the model as it was then)</source>
        <translation>&lt;b&gt;ステップ&lt;/b&gt;（クリックするとその時点のモデルを表示）</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>コピー形式…</translation>
    </message>
    <message>
        <source>tfscope --batch transform command</source>
        <translation>tfscope --batch transform コマンド</translation>
    </message>
    <message>
        <source>Copied the tfscope command line</source>
        <translation>tfscope のコマンドラインをコピーしました</translation>
    </message>
    <message>
        <source>TensorFlow transform_graph command</source>
        <translation>TensorFlow の transform_graph コマンド</translation>
    </message>
    <message>
        <source>Copied the transform_graph command line</source>
        <translation>transform_graph のコマンドラインをコピーしました</translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>パイプラインのテキスト</translation>
    </message>
    <message>
        <source>Copied the pipeline</source>
        <translation>パイプラインをコピーしました</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Write the model as shown (Ctrl+Shift+S)</source>
        <translation>表示中のモデルを保存（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Original model</source>
        <translation>元のモデル</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the pass running now (Esc)</source>
        <translation>実行中のパスを停止（Esc）</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>計測中…</translation>
    </message>
    <message>
        <source> (several values: separate with ;)</source>
        <translation>（複数の値は ; で区切る）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Pick a pass first.</source>
        <translation>先にパスを選んでください。</translation>
    </message>
    <message>
        <source>Applying preset %1</source>
        <translation>プリセット %1 を適用中</translation>
    </message>
    <message>
        <source>Inputs…</source>
        <translation>入力…</translation>
    </message>
    <message>
        <source>What the measurements run on: seed, samples, shapes, files</source>
        <translation>計測に使う入力：シード、サンプル数、形状、ファイル</translation>
    </message>
    <message>
        <source>Diff with Original</source>
        <translation>元のモデルと比較</translation>
    </message>
    <message>
        <source>Open a diff tab: the model as opened (A) against the model as shown now (B)</source>
        <translation>差分タブを開きます：開いたときのモデル (A) と現在表示中のモデル (B) を比較</translation>
    </message>
    <message>
        <source>Slim Checkpoint Prefix</source>
        <translation>スリム化したチェックポイントのプレフィックス</translation>
    </message>
</context>
<context>
    <name>tfs::views::WorkbenchResults</name>
    <message>
        <source>compressed size</source>
        <translation>圧縮後のサイズ</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Open a model to transform it.</source>
        <translation>変換するモデルを開いてください。</translation>
    </message>
    <message>
        <source>The original model. Apply a pass or a preset to see what it changes.</source>
        <translation>元のモデルです。パスかプリセットを適用すると、何が変わるかが表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 秒）</translation>
    </message>
    <message>
        <source>%1 nodes added, %2 changed, %3 removed</source>
        <translation>ノード追加 %1、変更 %2、削除 %3</translation>
    </message>
    <message>
        <source>Ops: %1</source>
        <translation>演算: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Measurement: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;計測: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Measuring size, latency and accuracy…</source>
        <translation>サイズ、レイテンシ、精度を計測中…</translation>
    </message>
    <message>
        <source>Step 0: the original</source>
        <translation>ステップ 0：元のモデル</translation>
    </message>
    <message>
        <source>Step %1 of the pipeline</source>
        <translation>パイプラインのステップ %1</translation>
    </message>
    <message>
        <source>Functions rewritten: %1</source>
        <translation>書き換えた関数: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <source>Across the steps, % of the original</source>
        <translation>ステップごとの推移（元に対する %）</translation>
    </message>
    <message>
        <source>accuracy (top-1 or cosine)</source>
        <translation>精度（top-1 またはコサイン）</translation>
    </message>
</context>
</TS>
