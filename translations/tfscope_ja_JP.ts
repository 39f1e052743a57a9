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
        <source>Fill unknown dimensions of a measurement input, e.g. x=1,224,224,3 (with --apply).</source>
        <translation>計測用入力の未知の次元を指定します。例: x=1,224,224,3（--apply と併用）。</translation>
    </message>
    <message>
        <source>Measure on this .npy/.npz for an input instead of random values (with --apply).</source>
        <translation>入力にランダム値ではなくこの .npy/.npz を使って計測します（--apply と併用）。</translation>
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
        <source>Parameters (float constants)</source>
        <translation>パラメータ（浮動小数点定数）</translation>
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
</context>
<context>
    <name>tfs::views::WorkbenchResults</name>
    <message>
        <source>Across the steps (% of the original; accuracy = top-1 or cosine)</source>
        <translation>ステップごとの推移（元に対する %、精度 = top-1 またはコサイン）</translation>
    </message>
    <message>
        <source>compressed size</source>
        <translation>圧縮後のサイズ</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>精度</translation>
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
        <source>Removed: %1%2</source>
        <translation>削除: %1%2</translation>
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
</context>
</TS>
