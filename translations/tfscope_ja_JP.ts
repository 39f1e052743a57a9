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
        <translation>インターフェース全体を拡大縮小します。例：2 で 200%（QT_SCALE_FACTOR を設定）。</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. zh_CN, ja_JP or en.</source>
        <translation>今回の起動での表示言語。例：zh_CN、ja_JP、en。</translation>
    </message>
    <message>
        <source>Usage: tfscope [options] [PATH...]</source>
        <translation>使い方：tfscope [オプション] [PATH...]</translation>
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
        <translation>計測用入力の未知の次元を指定します。例：x=1,224,224,3（--apply または --run と併用）。</translation>
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
    <name>Errors</name>
    <message>
        <source>render: the SVG drawing could not be parsed for %1</source>
        <translation>render：%1 の SVG 図を解析できません</translation>
    </message>
    <message>
        <source>render: empty drawing for %1</source>
        <translation>render：%1 の図が空です</translation>
    </message>
    <message>
        <source>render: not enough memory for a %1x%2 image</source>
        <translation>render：%1x%2 の画像を作るメモリが足りません</translation>
    </message>
    <message>
        <source>render: PNG encoding failed: %1</source>
        <translation>render：PNG のエンコードに失敗しました：%1</translation>
    </message>
    <message>
        <source>model A (%1)</source>
        <translation>モデル A（%1）</translation>
    </message>
    <message>
        <source>model B (%1)</source>
        <translation>モデル B（%1）</translation>
    </message>
    <message>
        <source>model A (%1) on %2</source>
        <translation>モデル A（%1）、入力 %2</translation>
    </message>
    <message>
        <source>model B (%1) on %2</source>
        <translation>モデル B（%1）、入力 %2</translation>
    </message>
    <message>
        <source>the executor returned a different number of outputs than fetched</source>
        <translation>実行エンジンが返した出力の数が要求した数と違います</translation>
    </message>
    <message>
        <source>loading model A</source>
        <translation>モデル A の読み込み</translation>
    </message>
    <message>
        <source>loading model B</source>
        <translation>モデル B の読み込み</translation>
    </message>
    <message>
        <source>bad value &apos;%1&apos; for %2; e.g. %3 %4</source>
        <translation>%2 の値 &apos;%1&apos; が不正です。例：%3 %4</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; expects %3 but the file holds %4</source>
        <translation>%1：入力 &apos;%2&apos; は %3 を期待していますが、ファイルの中身は %4 です</translation>
    </message>
    <message>
        <source>%1 has no array for input &apos;%2&apos; (%3)</source>
        <translation>%1 に入力 &apos;%2&apos;（%3）の配列がありません</translation>
    </message>
    <message>
        <source>%1: no &quot;inputs&quot; object</source>
        <translation>%1：&quot;inputs&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is not a file name</source>
        <translation>%1：入力 &apos;%2&apos; はファイル名ではありません</translation>
    </message>
    <message>
        <source>%1 feeds &apos;%2&apos;, which is not an input compared here</source>
        <translation>%1 は &apos;%2&apos; に値を与えていますが、ここで比較する入力ではありません</translation>
    </message>
    <message>
        <source>--shape %1 has rank %2 but input &apos;%3&apos; has shape %4</source>
        <translation>--shape %1 のランクは %2 ですが、入力 &apos;%3&apos; の形状は %4 です</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) has an unknown shape; give it with --shape %3=1,224,224,3 (for example)</source>
        <translation>入力 &apos;%1&apos;（%2）の形状が不明です。--shape %3=1,224,224,3（例）で指定してください</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has shape %2 with an unknown dimension %3; give it with --shape %4=...</source>
        <translation>入力 &apos;%1&apos; の形状 %2 の次元 %3 が不明です。--shape %4=... で指定してください</translation>
    </message>
    <message>
        <source>cannot make random values for input &apos;%1&apos; of dtype %2; give files with --input %3=FILE.npy</source>
        <translation>dtype %2 の入力 &apos;%1&apos; には乱数を作れません。--input %3=FILE.npy でファイルを指定してください</translation>
    </message>
    <message>
        <source>--input %1: not an input of the models (inputs: %2)</source>
        <translation>--input %1：モデルの入力ではありません（入力：%2）</translation>
    </message>
    <message>
        <source>%1 holds no .npz files</source>
        <translation>%1 に .npz ファイルがありません</translation>
    </message>
    <message>
        <source>sample %1 is out of range</source>
        <translation>サンプル %1 は範囲外です</translation>
    </message>
    <message>
        <source>%1 has no graph to run (a lone checkpoint needs its .meta beside it)</source>
        <translation>%1 には実行できる計算グラフがありません（チェックポイント単体では隣に .meta が必要です）</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is in neither model</source>
        <translation>シグネチャ &apos;%1&apos; はどちらのモデルにもありません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of %2 (signature %3) is not an input of %4</source>
        <translation>%2 の入力 &apos;%1&apos;（シグネチャ %3）は %4 の入力ではありません</translation>
    </message>
    <message>
        <source>--map: %1 is not a node of %2</source>
        <translation>--map：%1 は %2 のノードではありません</translation>
    </message>
    <message>
        <source>--output %1 is not among the matched outputs</source>
        <translation>--output %1 は対応付けられた出力の中にありません</translation>
    </message>
    <message>
        <source>no outputs of %1 match outputs of %2; pair them explicitly, e.g. --map logits:0=logits_quantized:0</source>
        <translation>%1 の出力が %2 の出力と一つも対応しません。明示的に対応付けてください。例：--map logits:0=logits_quantized:0</translation>
    </message>
    <message>
        <source>model A (warm-up)</source>
        <translation>モデル A（ウォームアップ）</translation>
    </message>
    <message>
        <source>model B (warm-up)</source>
        <translation>モデル B（ウォームアップ）</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>モデル A</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>モデル B</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>ウォームアップ</translation>
    </message>
    <message>
        <source>cannot compare values of dtype %1 numerically</source>
        <translation>dtype %1 の値は数値として比較できません</translation>
    </message>
    <message>
        <source>%1: A gives %2 but B gives %3; element counts must match (use --map to pair other tensors)</source>
        <translation>%1：A は %2、B は %3 を返しました。要素数が一致する必要があります（別のテンソルを対応付けるには --map）</translation>
    </message>
    <message>
        <source>%1: cannot compare %2 with %3</source>
        <translation>%1：%2 と %3 は比較できません</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html or .json file name</source>
        <translation>--report %1：.md、.html、.json のファイル名を使ってください</translation>
    </message>
    <message>
        <source>cannot serialize the graph of %1</source>
        <translation>%1 の計算グラフをシリアライズできません</translation>
    </message>
    <message>
        <source>constant chain too deep</source>
        <translation>定数の連鎖が深すぎます</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos; has no value</source>
        <translation>Const &apos;%1&apos; に値がありません</translation>
    </message>
    <message>
        <source>input is not a constant</source>
        <translation>入力が定数ではありません</translation>
    </message>
    <message>
        <source>no inputs</source>
        <translation>入力がありません</translation>
    </message>
    <message>
        <source>no kernel for %1</source>
        <translation>%1 のカーネルがありません</translation>
    </message>
    <message>
        <source>kernel gave no output</source>
        <translation>カーネルが出力を返しませんでした</translation>
    </message>
    <message>
        <source>not a constant</source>
        <translation>定数ではありません</translation>
    </message>
    <message>
        <source>B − A needs equal shapes; A is %1, B is %2</source>
        <translation>B − A には同じ形状が必要です。A は %1、B は %2 です</translation>
    </message>
    <message>
        <source>B − A needs numeric values; A is %1, B is %2</source>
        <translation>B − A には数値が必要です。A は %1、B は %2 です</translation>
    </message>
    <message>
        <source>B − A cancelled</source>
        <translation>B − A をキャンセルしました</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calling %2</source>
        <translation>%2 を呼び出すノード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in function %1 called by node &apos;%2&apos;</source>
        <translation>ノード &apos;%2&apos; が呼び出す関数 %1 の中</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>実行をキャンセルしました</translation>
    </message>
    <message>
        <source>cannot use %1 as a condition</source>
        <translation>%1 は条件として使えません</translation>
    </message>
    <message>
        <source>placeholder &apos;%1&apos; (%2%3) must be fed: pass a value for &apos;%4:0&apos;</source>
        <translation>プレースホルダ &apos;%1&apos;（%2%3）には値が必要です：&apos;%4:0&apos; に値を渡してください</translation>
    </message>
    <message>
        <source>function argument &apos;%1&apos; was not passed</source>
        <translation>関数の引数 &apos;%1&apos; が渡されていません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2)</source>
        <translation>ノード &apos;%1&apos;（op %2）</translation>
    </message>
    <message>
        <source>while loop &apos;%1&apos; ran more than %2 iterations; stopping</source>
        <translation>while ループ &apos;%1&apos; が %2 回を超えて繰り返したので止めます</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no data input</source>
        <translation>ノード &apos;%1&apos; にデータ入力がありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>ノード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2, %3): output %4 does not match the fused parameters</source>
        <translation>ノード &apos;%1&apos;（op %2、%3）：出力 %4 が融合したパラメータと合いません</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; was not computed: some of its inputs never arrived (a loop that never ends, or a missing input)</source>
        <translation>取得する &apos;%1&apos; が計算されませんでした：入力の一部が届きませんでした（終わらないループか、足りない入力）</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is dead: it lies on an untaken branch of a Switch</source>
        <translation>取得する &apos;%1&apos; は無効値です：Switch の通らない分岐上にあります</translation>
    </message>
    <message>
        <source>%1 has no array &apos;%2&apos; (it holds: %3); write FILE.npz:KEY</source>
        <translation>%1 に配列 &apos;%2&apos; がありません（中身：%3）。FILE.npz:KEY と書いてください</translation>
    </message>
    <message>
        <source>--input expects NAME=SOURCE, e.g. --input x=x.npy or --input wav_data=@yes.wav; got &apos;%1&apos;</source>
        <translation>--input には NAME=SOURCE が必要です。例：--input x=x.npy、--input wav_data=@yes.wav。指定値：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>--input NAME=@FILE needs a file name after &apos;@&apos;</source>
        <translation>--input NAME=@FILE では &apos;@&apos; の後にファイル名が必要です</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: negative output index for &apos;%2&apos;</source>
        <translation>ノード &apos;%1&apos;：&apos;%2&apos; の出力番号が負です</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (function %2) has no output &apos;%3&apos;</source>
        <translation>ノード &apos;%1&apos;（関数 %2）に出力 &apos;%3&apos; がありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) has no output argument &apos;%3&apos;</source>
        <translation>ノード &apos;%1&apos;（op %2）に出力引数 &apos;%3&apos; がありません</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the graph has no node named &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos;：計算グラフに &apos;%3&apos; という名前のノードがありません</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; is given twice</source>
        <translation>入力値 &apos;%1&apos; が二度指定されています</translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: the graph has no node named &apos;%2&apos;</source>
        <translation>ターゲット &apos;%1&apos;：計算グラフに &apos;%2&apos; という名前のノードがありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: bad input &apos;%2&apos;</source>
        <translation>ノード &apos;%1&apos;：入力 &apos;%2&apos; が不正です</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Exit) is not inside a while loop frame</source>
        <translation>ノード &apos;%1&apos;（op Exit）が while ループのフレームの中にありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is on a cycle that is not a TF1 while loop (NextIteration -&gt; Merge)</source>
        <translation>ノード &apos;%1&apos; は TF1 の while ループ（NextIteration -&gt; Merge）ではない閉路上にあります</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; in %2 takes an input from &apos;%3&apos; in %4 (values cross frames only through Enter and Exit)</source>
        <translation>%2 のノード &apos;%1&apos; が %4 の &apos;%3&apos; から入力を取っています（値がフレームをまたげるのは Enter と Exit だけです）</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op NextIteration) is not inside a while loop frame</source>
        <translation>ノード &apos;%1&apos;（op NextIteration）が while ループのフレームの中にありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; inside while loop &apos;%2&apos; takes a fed tensor; feed tensors outside loops only</source>
        <translation>while ループ &apos;%2&apos; の中のノード &apos;%1&apos; が入力値のテンソルを取っています。値を与えるのはループの外のテンソルだけにしてください</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos; is inside a while loop; fetch its Exit instead</source>
        <translation>取得する &apos;%1&apos; は while ループの中にあります。代わりにその Exit を取得してください</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized: %2</source>
        <translation>変数 &apos;%1&apos; が初期化されていません：%2</translation>
    </message>
    <message>
        <source>%1: has no graph to run (a lone checkpoint?)</source>
        <translation>%1：実行できる計算グラフがありません（チェックポイント単体？）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos; (the model has none)</source>
        <translation>%1：シグネチャ &apos;%2&apos; がありません（このモデルにはシグネチャがありません）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; valid: %3</source>
        <translation>%1：シグネチャ &apos;%2&apos; がありません。使えるもの：%3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown rank: give its shape, e.g. --shape %2=1,224,224,3</source>
        <translation>入力 &apos;%1&apos; のランクが不明です。形状を指定してください。例：--shape %2=1,224,224,3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has unknown dims %2: give them, e.g. --shape %3=1,...</source>
        <translation>入力 &apos;%1&apos; の次元 %2 が不明です。指定してください。例：--shape %3=1,...</translation>
    </message>
    <message>
        <source>cannot make random values of dtype %1</source>
        <translation>dtype %1 の乱数は作れません</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>シグネチャ &apos;%1&apos; に入力 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; (%2) is not given: use --input %3=FILE.npy or --random-inputs</source>
        <translation>入力 &apos;%1&apos;（%2）が指定されていません：--input %3=FILE.npy か --random-inputs を使ってください</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>入力 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in shape &apos;%2&apos;</source>
        <translation>形状 &apos;%2&apos; の次元 &apos;%1&apos; が不正です</translation>
    </message>
    <message>
        <source>%1: has no graph to run (meta graph %2)</source>
        <translation>%1：実行できる計算グラフがありません（メタグラフ %2）</translation>
    </message>
    <message>
        <source>loading variable &apos;%1&apos;</source>
        <translation>変数 &apos;%1&apos; の読み込み</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is not in the graph&apos;s function library</source>
        <translation>関数 &apos;%1&apos; が計算グラフの関数ライブラリにありません</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>関数 %1</translation>
    </message>
    <message>
        <source>feed &apos;%1&apos; expects %2, got %3</source>
        <translation>入力値 &apos;%1&apos; は %2 を期待していますが、%3 が渡されました</translation>
    </message>
    <message>
        <source>fetch &apos;%1&apos;</source>
        <translation>取得 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos; (the model has none)</source>
        <translation>シグネチャ &apos;%1&apos; がありません（このモデルにはシグネチャがありません）</translation>
    </message>
    <message>
        <source>no signature &apos;%1&apos;; valid: %2</source>
        <translation>シグネチャ &apos;%1&apos; がありません。使えるもの：%2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; input &apos;%2&apos; (%3) is not given</source>
        <translation>シグネチャ &apos;%1&apos; の入力 &apos;%2&apos;（%3）が指定されていません</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>シグネチャ &apos;%1&apos; に出力 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; is missing</source>
        <translation>関数 &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>cannot take rows of a scalar</source>
        <translation>スカラーから行は取り出せません</translation>
    </message>
    <message>
        <source>rows [%1,%2) out of range for %3</source>
        <translation>行 [%1,%2) は %3 の範囲外です</translation>
    </message>
    <message>
        <source>cannot stack %1 with elements of shape %2</source>
        <translation>%1 を形状 %2 の要素と積み重ねられません</translation>
    </message>
    <message>
        <source>cannot concatenate %1 with rows of shape %2</source>
        <translation>%1 を形状 %2 の行と連結できません</translation>
    </message>
    <message>
        <source>dtype mismatch: %1 vs %2</source>
        <translation>dtype が一致しません：%1 と %2</translation>
    </message>
    <message>
        <source>shape mismatch: %1 vs %2</source>
        <translation>形状が一致しません：%1 と %2</translation>
    </message>
    <message>
        <source>cannot add tensors of dtype %1</source>
        <translation>dtype %1 のテンソルは加算できません</translation>
    </message>
    <message>
        <source>expected int32 or int64 indices, got %1</source>
        <translation>インデックスは int32 か int64 のはずですが、%1 でした</translation>
    </message>
    <message>
        <source>%1: no tensor named &apos;%2&apos; in this checkpoint</source>
        <translation>%1：このチェックポイントに &apos;%2&apos; という名前のテンソルはありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lists a slice that has no entry in the index</source>
        <translation>%1：テンソル &apos;%2&apos; が挙げるスライスがインデックスにありません</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; is stored as %3%4, expected %5%6</source>
        <translation>%1：テンソル &apos;%2&apos; のスライスが %3%4 として保存されています（期待値 %5%6）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: checksum mismatch in data shard %2 (index says crc32c %3, data gives %4); the shard is corrupt</source>
        <translation>テンソル &apos;%1&apos;：データシャード %2 のチェックサムが一致しません（インデックスの crc32c は %3、データからは %4）。シャードが壊れています</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: bytes [%2, %3) lie beyond the end of data shard %4 (%5 bytes); the shard is truncated or the index is corrupt</source>
        <translation>テンソル &apos;%1&apos;：バイト [%2, %3) がデータシャード %4（%5 バイト）の末尾を越えています。シャードが途切れているか、インデックスが壊れています</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has type %2, whose stored values tfscope cannot decode</source>
        <translation>テンソル &apos;%1&apos; の型は %2 で、tfscope は保存された値をデコードできません</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: stored size %2 bytes disagrees with %3%4 (%5 bytes)</source>
        <translation>テンソル &apos;%1&apos;：保存サイズ %2 バイトが %3%4（%5 バイト）と合いません</translation>
    </message>
    <message>
        <source>%1: %2 strings cannot fit in %3 stored bytes</source>
        <translation>%1：%2 個の文字列は保存された %3 バイトに収まりません</translation>
    </message>
    <message>
        <source>%1: string lengths are truncated or malformed</source>
        <translation>%1：文字列の長さが途切れているか不正です</translation>
    </message>
    <message>
        <source>%1: a string length exceeds the stored size</source>
        <translation>%1：文字列の長さが保存サイズを超えています</translation>
    </message>
    <message>
        <source>%1: the checksum of the string lengths is missing</source>
        <translation>%1：文字列の長さのチェックサムがありません</translation>
    </message>
    <message>
        <source>%1: checksum of the string lengths does not match; the shard is corrupt</source>
        <translation>%1：文字列の長さのチェックサムが一致しません。シャードが壊れています</translation>
    </message>
    <message>
        <source>%1: string lengths add up to %2 bytes but %3 bytes are stored</source>
        <translation>%1：文字列の長さの合計は %2 バイトですが、保存されているのは %3 バイトです</translation>
    </message>
    <message>
        <source>%1: checkpoint index not found</source>
        <translation>%1：チェックポイントのインデックスが見つかりません</translation>
    </message>
    <message>
        <source>%1: the header entry is not a BundleHeaderProto; not a V2 checkpoint index</source>
        <translation>%1：ヘッダ項目が BundleHeaderProto ではありません。V2 チェックポイントのインデックスではありません</translation>
    </message>
    <message>
        <source>%1: the index has no header entry; not a V2 checkpoint index</source>
        <translation>%1：インデックスにヘッダ項目がありません。V2 チェックポイントのインデックスではありません</translation>
    </message>
    <message>
        <source>%1: entry for tensor &apos;%2&apos; is not a valid BundleEntryProto</source>
        <translation>%1：テンソル &apos;%2&apos; の項目が正しい BundleEntryProto ではありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative offset or size</source>
        <translation>%1：テンソル &apos;%2&apos; のオフセットかサイズが負です</translation>
    </message>
    <message>
        <source>%1: big-endian checkpoints are not supported (only little-endian)</source>
        <translation>%1：ビッグエンディアンのチェックポイントには対応していません（リトルエンディアンのみ）</translation>
    </message>
    <message>
        <source>%1: written by a newer TensorFlow (needs bundle reader version %2, this reader is version %3)</source>
        <translation>%1：新しい TensorFlow で書かれています（bundle リーダーのバージョン %2 が必要、このリーダーは %3）</translation>
    </message>
    <message>
        <source>%1: this checkpoint disallows bundle reader version 1</source>
        <translation>%1：このチェックポイントは bundle リーダーのバージョン 1 を許可していません</translation>
    </message>
    <message>
        <source>%1: header has an invalid shard count %2</source>
        <translation>%1：ヘッダのシャード数 %2 が不正です</translation>
    </message>
    <message>
        <source>%1: data shard %2 is missing (the index lists %3 shard%4)</source>
        <translation>%1：データシャード %2 がありません（インデックスには %3 個のシャード%4）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is in shard %3 but the checkpoint has %4</source>
        <translation>%1：テンソル &apos;%2&apos; はシャード %3 にありますが、チェックポイントのシャードは %4 個です</translation>
    </message>
    <message>
        <source>%1: no checkpoint index found</source>
        <translation>%1：チェックポイントのインデックスが見つかりません</translation>
    </message>
    <message>
        <source>%1: no V1 checkpoint found</source>
        <translation>%1：V1 チェックポイントが見つかりません</translation>
    </message>
    <message>
        <source>%1: stored shape has unknown rank</source>
        <translation>%1：保存された形状のランクが不明です</translation>
    </message>
    <message>
        <source>%1: stored shape has rank %2 (at most 254)</source>
        <translation>%1：保存された形状のランクが %2 です（最大 254）</translation>
    </message>
    <message>
        <source>%1: invalid stored shape: %2</source>
        <translation>%1：保存された形状が不正です：%2</translation>
    </message>
    <message>
        <source>%1: slice has rank %2 but the tensor has shape %3</source>
        <translation>%1：スライスのランクは %2 ですが、テンソルの形状は %3 です</translation>
    </message>
    <message>
        <source>%1: slice extent [%2, +%3) of dimension %4 lies outside shape %5</source>
        <translation>%1：次元 %4 のスライス範囲 [%2, +%3) が形状 %5 の外にあります</translation>
    </message>
    <message>
        <source>%1: slice holds %2, expected %3%4</source>
        <translation>%1：スライスの中身は %2 ですが、期待値は %3%4 です</translation>
    </message>
    <message>
        <source>%1: no checkpoint state file in %2</source>
        <translation>%1：%2 にチェックポイント状態ファイルがありません</translation>
    </message>
    <message>
        <source>%1: not a text CheckpointState (%2); expected lines like model_checkpoint_path: &quot;model.ckpt-10&quot;</source>
        <translation>%1：テキスト形式の CheckpointState ではありません（%2）。model_checkpoint_path: &quot;model.ckpt-10&quot; のような行が必要です</translation>
    </message>
    <message>
        <source>%1: a slice listed in the metadata has no data record</source>
        <translation>%1：メタデータにあるスライスにデータレコードがありません</translation>
    </message>
    <message>
        <source>%1: slice record is not a SavedTensorSlices with data</source>
        <translation>%1：スライスのレコードがデータ付きの SavedTensorSlices ではありません</translation>
    </message>
    <message>
        <source>%1: slice stores %2 values but its shape %3 needs %4</source>
        <translation>%1：スライスには %2 個の値がありますが、形状 %3 には %4 個必要です</translation>
    </message>
    <message>
        <source>%1: the first record is not a SavedTensorSlices meta; not a V1 checkpoint</source>
        <translation>%1：最初のレコードが SavedTensorSlices のメタデータではありません。V1 チェックポイントではありません</translation>
    </message>
    <message>
        <source>%1: unsupported stored type %2</source>
        <translation>%1：対応していない保存型 %2</translation>
    </message>
    <message>
        <source>%1: the metadata lists no stored slices</source>
        <translation>%1：メタデータに保存されたスライスがありません</translation>
    </message>
    <message>
        <source>%1: listed twice in the metadata</source>
        <translation>%1：メタデータに二度現れます</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1：作成できません：%2</translation>
    </message>
    <message>
        <source>%1: cannot flush: %2</source>
        <translation>%1：フラッシュできません：%2</translation>
    </message>
    <message>
        <source>%1: cannot close: %2</source>
        <translation>%1：閉じられません：%2</translation>
    </message>
    <message>
        <source>%1: cannot rename temp file into place: %2</source>
        <translation>%1：一時ファイルを所定の名前に変更できません：%2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1：書き込みに失敗しました：%2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output prefix</source>
        <translation>%1：入力ファイルは上書きしません。別の出力プレフィックスを選んでください</translation>
    </message>
    <message>
        <source>%1: a tensor has an empty name (reserved for the header)</source>
        <translation>%1：名前が空のテンソルがあります（空の名前はヘッダ用です）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is listed twice</source>
        <translation>%1：テンソル &apos;%2&apos; が二度挙げられています</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no value</source>
        <translation>%1：テンソル &apos;%2&apos; に値がありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has type %3, which cannot be written to a checkpoint</source>
        <translation>%1：テンソル &apos;%2&apos; の型 %3 はチェックポイントに書けません</translation>
    </message>
    <message>
        <source>%1: cannot create the checkpoint folder: %2</source>
        <translation>%1：チェックポイントのフォルダを作成できません：%2</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data buffer</source>
        <translation>%1：テンソル &apos;%2&apos; にデータバッファがありません</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible GraphDef (node names or op names are not text)</source>
        <translation>%1：protobuf としては読めますが、GraphDef とは思えません（ノード名か op 名がテキストではありません）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：ファイルが空です</translation>
    </message>
    <message>
        <source>%1: no such file, folder or checkpoint prefix</source>
        <translation>%1：そのようなファイル、フォルダ、チェックポイントのプレフィックスはありません</translation>
    </message>
    <message>
        <source>%1: no model found in this folder (expected saved_model.pb or .pbtxt, numbered SavedModel versions, a checkpoint with a `checkpoint` file or .index, or a .pb/.pbtxt/.meta file)</source>
        <translation>%1：このフォルダにモデルが見つかりません（saved_model.pb か .pbtxt、番号付きの SavedModel バージョン、`checkpoint` ファイルか .index のあるチェックポイント、または .pb/.pbtxt/.meta ファイルが必要です）</translation>
    </message>
    <message>
        <source>%1: not a TensorFlow model tfscope recognises (tried SavedModel, TFLite, checkpoint V2/V1, MetaGraphDef and GraphDef, binary and text)</source>
        <translation>%1：tfscope が認識できる TensorFlow モデルではありません（SavedModel、TFLite、V2/V1 チェックポイント、MetaGraphDef、GraphDef をバイナリとテキストで試しました）</translation>
    </message>
    <message>
        <source>Const &apos;%1&apos;</source>
        <translation>Const &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot serialize the GraphDef</source>
        <translation>%1：GraphDef をシリアライズできません</translation>
    </message>
    <message>
        <source>%1: too small for a memmapped package</source>
        <translation>%1：メモリマップパッケージとしては小さすぎます</translation>
    </message>
    <message>
        <source>%1: memmapped package directory offset is past the end</source>
        <translation>%1：メモリマップパッケージのディレクトリのオフセットが末尾を越えています</translation>
    </message>
    <message>
        <source>%1: memmapped package directory does not parse</source>
        <translation>%1：メモリマップパッケージのディレクトリを解析できません</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; lacks the %3 prefix</source>
        <translation>%1：領域 &apos;%2&apos; にプレフィックス %3 がありません</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has an invalid offset</source>
        <translation>%1：領域 &apos;%2&apos; のオフセットが不正です</translation>
    </message>
    <message>
        <source>%1: memmapped package has no GraphDef region (%2)</source>
        <translation>%1：メモリマップパッケージに GraphDef 領域がありません（%2）</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; appears twice</source>
        <translation>%1：領域 &apos;%2&apos; が二度現れます</translation>
    </message>
    <message>
        <source>%1: no GraphDef region</source>
        <translation>%1：GraphDef 領域がありません</translation>
    </message>
    <message>
        <source>%1: the GraphDef region (%2 bytes) does not parse</source>
        <translation>%1：GraphDef 領域（%2 バイト）を解析できません</translation>
    </message>
    <message>
        <source>%1: no region &apos;%2&apos;</source>
        <translation>%1：領域 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; cannot hold %3</source>
        <translation>%1：領域 &apos;%2&apos; に %3 は収まりません</translation>
    </message>
    <message>
        <source>%1: region &apos;%2&apos; has %3 bytes, %4 %5 needs %6</source>
        <translation>%1：領域 &apos;%2&apos; は %3 バイトですが、%4 %5 には %6 バイト必要です</translation>
    </message>
    <message>
        <source>ImmutableConst needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst には dtype、shape、memory_region_name が必要です</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; lives in a memmapped package; open the package file itself, not a GraphDef extracted from it (or convert it back with tfscope --batch convert PKG out.pb)</source>
        <translation>領域 &apos;%1&apos; はメモリマップパッケージの中にあります。取り出した GraphDef ではなくパッケージファイルそのものを開いてください（または tfscope --batch convert PKG out.pb で変換し直してください）</translation>
    </message>
    <message>
        <source>ImmutableConst shape %1 is not fully known</source>
        <translation>ImmutableConst の形状 %1 が完全には分かりません</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos; needs dtype, shape and memory_region_name</source>
        <translation>ImmutableConst &apos;%1&apos; には dtype、shape、memory_region_name が必要です</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;: shape %2 is not fully known</source>
        <translation>ImmutableConst &apos;%1&apos;：形状 %2 が完全には分かりません</translation>
    </message>
    <message>
        <source>ImmutableConst &apos;%1&apos;</source>
        <translation>ImmutableConst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: parses as protobuf but is not a plausible MetaGraphDef</source>
        <translation>%1：protobuf としては読めますが、MetaGraphDef とは思えません</translation>
    </message>
    <message>
        <source>%1: no object graph (%2); a name-based checkpoint</source>
        <translation>%1：オブジェクトグラフがありません（%2）。名前ベースのチェックポイントです</translation>
    </message>
    <message>
        <source>%1: %2 should be a string scalar but is %3</source>
        <translation>%1：%2 は文字列のスカラーのはずですが、%3 です</translation>
    </message>
    <message>
        <source>%1: %2 does not hold a valid TrackableObjectGraph</source>
        <translation>%1：%2 は正しい TrackableObjectGraph ではありません</translation>
    </message>
    <message>
        <source>%1: %2 bytes exceed protobuf&apos;s 2 GiB message limit</source>
        <translation>%1：%2 バイトは protobuf のメッセージ上限 2 GiB を超えています</translation>
    </message>
    <message>
        <source>%1: not a valid %2 (truncated or corrupt protobuf)</source>
        <translation>%1：正しい %2 ではありません（protobuf が途切れているか壊れています）</translation>
    </message>
    <message>
        <source>%1: not a valid text %2</source>
        <translation>%1：正しいテキスト形式の %2 ではありません</translation>
    </message>
    <message>
        <source>%1: not a valid text %2 (%3)</source>
        <translation>%1：正しいテキスト形式の %2 ではありません（%3）</translation>
    </message>
    <message>
        <source>cannot serialise %1</source>
        <translation>%1 をシリアライズできません</translation>
    </message>
    <message>
        <source>%1: no saved_model.pb in this folder or its numbered versions</source>
        <translation>%1：このフォルダにも番号付きバージョンにも saved_model.pb がありません</translation>
    </message>
    <message>
        <source>%1: the SavedModel holds no meta graphs</source>
        <translation>%1：この SavedModel にはメタグラフがありません</translation>
    </message>
    <message>
        <source>%1: a meta graph holds an implausible graph (corrupt file?)</source>
        <translation>%1：メタグラフの計算グラフがおかしいです（ファイルが壊れている？）</translation>
    </message>
    <message>
        <source>%1: no meta graph with tags &apos;%2&apos;; available:%3</source>
        <translation>%1：タグ &apos;%2&apos; のメタグラフがありません。使えるもの：%3</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1: not a table: %2 bytes, too short for the 48-byte table footer (truncated or empty file?)</source>
        <translation>%1：テーブルではありません：%2 バイトで、48 バイトのテーブルフッタに足りません（途切れたか空のファイル？）</translation>
    </message>
    <message>
        <source>%1: not a table: bad magic number in the footer (expected the LevelDB/TensorFlow table magic 0xdb4775248b80fb57; truncated or not a checkpoint index?)</source>
        <translation>%1：テーブルではありません：フッタのマジックナンバーが違います（LevelDB/TensorFlow のテーブルのマジック 0xdb4775248b80fb57 のはず。途切れているか、チェックポイントのインデックスではない？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: the footer points outside the file (truncated or damaged?)</source>
        <translation>%1：テーブルが壊れています：フッタがファイルの外を指しています（途切れているか破損？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: a block claims an impossible size</source>
        <translation>%1：テーブルが壊れています：ブロックのサイズがあり得ない値です</translation>
    </message>
    <message>
        <source>%1: cannot read table: %2</source>
        <translation>%1：テーブルを読めません：%2</translation>
    </message>
    <message>
        <source>%1: corrupt table: the index points at a data block outside the file (truncated or damaged?)</source>
        <translation>%1：テーブルが壊れています：インデックスがファイルの外のデータブロックを指しています（途切れているか破損？）</translation>
    </message>
    <message>
        <source>%1: corrupt table: %2</source>
        <translation>%1：テーブルが壊れています：%2</translation>
    </message>
    <message>
        <source>%1: no record with key &apos;%2&apos;</source>
        <translation>%1：キー &apos;%2&apos; のレコードがありません</translation>
    </message>
    <message>
        <source>%1: table has no records</source>
        <translation>%1：テーブルにレコードがありません</translation>
    </message>
    <message>
        <source>table already finished</source>
        <translation>テーブルはすでに書き終えています</translation>
    </message>
    <message>
        <source>table keys must be added in strictly increasing order; &apos;%1&apos; follows &apos;%2&apos;</source>
        <translation>テーブルのキーは厳密に昇順で追加する必要があります。&apos;%1&apos; が &apos;%2&apos; の後に来ています</translation>
    </message>
    <message>
        <source>building table failed: %1</source>
        <translation>テーブルの作成に失敗しました：%1</translation>
    </message>
    <message>
        <source>%1: this is a TensorFlow Lite flatbuffer (TFL3); tfscope does not support TFLite models yet</source>
        <translation>%1：これは TensorFlow Lite の flatbuffer（TFL3）です。tfscope はまだ TFLite モデルに対応していません</translation>
    </message>
    <message>
        <source>%1: has no graph to write as %2 (a checkpoint without .meta)</source>
        <translation>%1：%2 として書く計算グラフがありません（.meta のないチェックポイント）</translation>
    </message>
    <message>
        <source>%1: has no variables to write as a checkpoint</source>
        <translation>%1：チェックポイントとして書く変数がありません</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に何を書けばよいか判断できません</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos; (unknown kind &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; に何を書けばよいか判断できません（不明な種類 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>%1: has no graph to serialize</source>
        <translation>%1：シリアライズする計算グラフがありません</translation>
    </message>
    <message>
        <source>%1: already exists; tfscope writes a SavedModel only into a new folder</source>
        <translation>%1：すでに存在します。tfscope は SavedModel を新しいフォルダにしか書きません</translation>
    </message>
    <message>
        <source>%1: cannot create folder: %2</source>
        <translation>%1：フォルダを作成できません：%2</translation>
    </message>
    <message>
        <source>%1: cannot copy asset: %2</source>
        <translation>%1：アセットをコピーできません：%2</translation>
    </message>
    <message>
        <source>%1: cannot move the new SavedModel into place: %2</source>
        <translation>%1：新しい SavedModel を所定の場所に移せません：%2</translation>
    </message>
    <message>
        <source>Graphviz dot could not lay out %1 items: %2</source>
        <translation>Graphviz dot で %1 個の要素をレイアウトできませんでした：%2</translation>
    </message>
    <message>
        <source>layout cancelled</source>
        <translation>レイアウトをキャンセルしました</translation>
    </message>
    <message>
        <source>%1 has no graph</source>
        <translation>%1 には計算グラフがありません</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no argument &apos;%2&apos;</source>
        <translation>関数 &apos;%1&apos; に引数 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>negative dimension %1 in shape %2</source>
        <translation>形状 %2 に負の次元 %1 があります</translation>
    </message>
    <message>
        <source>element count of shape %1 overflows</source>
        <translation>形状 %1 の要素数が桁あふれします</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; opens &apos;[&apos; but does not close it</source>
        <translation>形状 &apos;%1&apos; は &apos;[&apos; を開いたまま閉じていません</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos;: &apos;%2&apos; is not a dimension (use a number, ? or -1), e.g. 1,224,224,3</source>
        <translation>形状 &apos;%1&apos;：&apos;%2&apos; は次元ではありません（数、? か -1 を使ってください）。例：1,224,224,3</translation>
    </message>
    <message>
        <source>shape &apos;%1&apos; has more than 64 dimensions</source>
        <translation>形状 &apos;%1&apos; の次元が 64 を超えています</translation>
    </message>
    <message>
        <source>tensors of type %1 cannot hold values here</source>
        <translation>型 %1 のテンソルはここでは値を持てません</translation>
    </message>
    <message>
        <source>tensor %1%2 needs %3 bytes, more than allowed</source>
        <translation>テンソル %1%2 には %3 バイト必要で、上限を超えています</translation>
    </message>
    <message>
        <source>string tensor %1 has too many elements</source>
        <translation>文字列テンソル %1 の要素が多すぎます</translation>
    </message>
    <message>
        <source>out of memory allocating tensor</source>
        <translation>テンソルの確保でメモリが足りません</translation>
    </message>
    <message>
        <source>buffer of %1 bytes does not match %2%3 (%4 bytes)</source>
        <translation>%1 バイトのバッファが %2%3（%4 バイト）と合いません</translation>
    </message>
    <message>
        <source>tensor has %1 values but its shape %2 holds %3</source>
        <translation>テンソルの値は %1 個ですが、形状 %2 には %3 個入ります</translation>
    </message>
    <message>
        <source>too many complex values for shape %1</source>
        <translation>形状 %1 に対して複素数の値が多すぎます</translation>
    </message>
    <message>
        <source>tensor has an unknown rank</source>
        <translation>テンソルのランクが不明です</translation>
    </message>
    <message>
        <source>tensor shape %1 has a negative dimension</source>
        <translation>テンソルの形状 %1 に負の次元があります</translation>
    </message>
    <message>
        <source>string tensor has more values than its shape %1 holds</source>
        <translation>文字列テンソルの値が形状 %1 に入る数より多いです</translation>
    </message>
    <message>
        <source>string tensor %1 is too large</source>
        <translation>文字列テンソル %1 が大きすぎます</translation>
    </message>
    <message>
        <source>tensor values of type %1 are not supported</source>
        <translation>型 %1 のテンソル値には対応していません</translation>
    </message>
    <message>
        <source>tensor_content has %1 bytes but %2%3 needs %4</source>
        <translation>tensor_content は %1 バイトですが、%2%3 には %4 バイト必要です</translation>
    </message>
    <message>
        <source>constant %1%2 would expand to %3 bytes</source>
        <translation>定数 %1%2 は展開すると %3 バイトになります</translation>
    </message>
    <message>
        <source>cannot reshape %1 to %2</source>
        <translation>%1 を %2 に形状変更できません</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos; has no value attribute</source>
        <translation>Const ノード &apos;%1&apos; に value 属性がありません</translation>
    </message>
    <message>
        <source>Const node &apos;%1&apos;</source>
        <translation>Const ノード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2</source>
        <translation>%2 に &apos;%1&apos; という名前の定数、変数、チェックポイントキーはありません</translation>
    </message>
    <message>
        <source>no constant, variable or checkpoint key named &apos;%1&apos; in %2 (similar: %3)</source>
        <translation>%2 に &apos;%1&apos; という名前の定数、変数、チェックポイントキーはありません（似た名前：%3）</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no argument or node</source>
        <translation>入力 &apos;%1&apos; に当たる引数もノードもありません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not node:output:index</source>
        <translation>入力 &apos;%1&apos; が node:output:index の形ではありません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; names no node of the body</source>
        <translation>入力 &apos;%1&apos; に当たるノードが関数本体にありません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; has a bad index</source>
        <translation>入力 &apos;%1&apos; のインデックスが不正です</translation>
    </message>
    <message>
        <source>function %1: %2</source>
        <translation>関数 %1：%2</translation>
    </message>
    <message>
        <source>function %1: %2 (and %3 more)</source>
        <translation>関数 %1：%2（ほか %3 件）</translation>
    </message>
    <message>
        <source>%1: unknown op; neither a registered op nor a function of the graph&apos;s library</source>
        <translation>%1：不明な op です。登録済みの op でも、計算グラフのライブラリの関数でもありません</translation>
    </message>
    <message>
        <source>%1: missing int attr &apos;%2&apos; giving the size of &apos;%3&apos;</source>
        <translation>%1：&apos;%3&apos; の大きさを与える int 属性 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: attr &apos;%2&apos; = %3 is not a valid tensor count</source>
        <translation>%1：属性 &apos;%2&apos; = %3 は正しいテンソルの個数ではありません</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos; giving the types of &apos;%3&apos;</source>
        <translation>%1：&apos;%3&apos; の型を与える list(type) 属性 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: missing list(type) attr &apos;%2&apos;</source>
        <translation>%1：list(type) 属性 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: missing type attr &apos;%2&apos; giving the type of &apos;%3&apos;</source>
        <translation>%1：&apos;%3&apos; の型を与える type 属性 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: too many outputs</source>
        <translation>%1：出力が多すぎます</translation>
    </message>
    <message>
        <source>%1: output &apos;%2:%3&apos; is out of range; &apos;%4&apos; has %5 tensor(s)</source>
        <translation>%1：出力 &apos;%2:%3&apos; は範囲外です。&apos;%4&apos; のテンソルは %5 個です</translation>
    </message>
    <message>
        <source>%1: no output argument &apos;%2&apos;; valid: %3</source>
        <translation>%1：出力引数 &apos;%2&apos; がありません。使えるもの：%3</translation>
    </message>
    <message>
        <source>input shape given for &apos;%1&apos;, but the graph has no node &apos;%2&apos;</source>
        <translation>&apos;%1&apos; に入力形状が指定されましたが、計算グラフにノード &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>input shape for &apos;%1&apos; has a negative dimension: %2</source>
        <translation>&apos;%1&apos; の入力形状に負の次元があります：%2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %2 argument(s), but %3 shape(s) were given</source>
        <translation>関数 &apos;%1&apos; の引数は %2 個ですが、形状が %3 個指定されました</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no input</source>
        <translation>ノード &apos;%1&apos;（%2）に入力がありません</translation>
    </message>
    <message>
        <source>no kernel for op %1 (node &apos;%2&apos;)</source>
        <translation>op %1 のカーネルがありません（ノード &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>%1: no outputs to freeze for; pass --outputs or pick a --signature</source>
        <translation>%1：凍結の対象となる出力がありません。--outputs を渡すか --signature を選んでください</translation>
    </message>
    <message>
        <source>%1: output node &apos;%2&apos; is not in the graph</source>
        <translation>%1：出力ノード &apos;%2&apos; が計算グラフにありません</translation>
    </message>
    <message>
        <source>%1: no checkpoint value for variable &apos;%2&apos;%3</source>
        <translation>%1：変数 &apos;%2&apos; の値がチェックポイントにありません%3</translation>
    </message>
    <message>
        <source>reading variable &apos;%1&apos;</source>
        <translation>変数 &apos;%1&apos; の読み込み</translation>
    </message>
    <message>
        <source>%1: output depends on &apos;%2&apos; (%3), which changes a variable; a frozen graph cannot do that</source>
        <translation>%1：出力が変数を書き換える &apos;%2&apos;（%3）に依存しています。凍結した計算グラフではそれはできません</translation>
    </message>
    <message>
        <source>frozen graph of %1</source>
        <translation>%1 の凍結した計算グラフ</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has one output, not %2</source>
        <translation>引数 &apos;%1&apos; の出力は 1 つで、%2 ではありません</translation>
    </message>
    <message>
        <source>op %1 of &apos;%2&apos; is unknown, its output names cannot be written</source>
        <translation>&apos;%2&apos; の op %1 が不明なので、出力名を書けません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) has no output %3</source>
        <translation>&apos;%1&apos;（%2）に出力 %3 がありません</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has a generic type (%2%3)</source>
        <translation>引数 &apos;%1&apos; の型が汎用型です（%2%3）</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; was rewritten</source>
        <translation>引数 &apos;%1&apos; が書き換えられました</translation>
    </message>
    <message>
        <source>an argument placeholder was removed</source>
        <translation>引数のプレースホルダが削除されました</translation>
    </message>
    <message>
        <source>return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>戻り値 &apos;%1&apos; のノード &apos;%2&apos; がなくなりました</translation>
    </message>
    <message>
        <source>return &apos;%1&apos;</source>
        <translation>戻り値 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>control return &apos;%1&apos; lost its node &apos;%2&apos;</source>
        <translation>制御の戻り &apos;%1&apos; のノード &apos;%2&apos; がなくなりました</translation>
    </message>
    <message>
        <source>--transforms: missing &apos;)&apos; after the parameters of &apos;%1&apos;</source>
        <translation>--transforms：&apos;%1&apos; のパラメータの後に &apos;)&apos; がありません</translation>
    </message>
    <message>
        <source>--transforms: unterminated quoted value for parameter &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>--transforms：&apos;%2&apos; のパラメータ &apos;%1&apos; の引用符付きの値が閉じていません</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized. Run `tfscope --batch transform --list` for every transform.</source>
        <translation>変換 &apos;%1&apos; を認識できません。すべての変換は `tfscope --batch transform --list` で確認できます。</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized; did you mean &apos;%2&apos;? Run `tfscope --batch transform --list` for every transform.</source>
        <translation>変換 &apos;%1&apos; を認識できません。&apos;%2&apos; のことですか？すべての変換は `tfscope --batch transform --list` で確認できます。</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; it accepts %3, e.g. %4</source>
        <translation>%1 にパラメータ &apos;%2&apos; はありません。使えるのは %3 です。例：%4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; takes a single value but was given %3 times, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; は値を 1 つしか取りませんが、%3 回指定されました。例：%4</translation>
    </message>
    <message>
        <source>%1 expects at least one &apos;%2&apos; argument, e.g. %3</source>
        <translation>%1 には &apos;%2&apos; 引数が少なくとも 1 つ必要です。例：%3</translation>
    </message>
    <message>
        <source>graph has a cycle through node &apos;%1&apos; that is not a TF1 loop; cannot sort it</source>
        <translation>計算グラフにノード &apos;%1&apos; を通る TF1 ループではない閉路があり、並べ替えられません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2) has no &apos;value&apos; tensor attribute</source>
        <translation>ノード &apos;%1&apos;（%2）に &apos;value&apos; テンソル属性がありません</translation>
    </message>
    <message>
        <source>call &apos;%1&apos; passes %2 inputs to &apos;%3&apos;, which takes %4 (list-typed arguments are not inlined)</source>
        <translation>呼び出し &apos;%1&apos; は &apos;%3&apos; に %2 個の入力を渡していますが、&apos;%3&apos; の引数は %4 個です（リスト型の引数はインライン化しません）</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;: input &apos;%2&apos; names no node or argument</source>
        <translation>関数 &apos;%1&apos;：入力 &apos;%2&apos; に当たるノードも引数もありません</translation>
    </message>
    <message>
        <source>function &apos;%1&apos;</source>
        <translation>関数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; has no result for output &apos;%2&apos;</source>
        <translation>関数 &apos;%1&apos; に出力 &apos;%2&apos; の結果がありません</translation>
    </message>
    <message>
        <source>%1: has no graph to transform (a checkpoint without .meta?)</source>
        <translation>%1：変換する計算グラフがありません（.meta のないチェックポイント？）</translation>
    </message>
    <message>
        <source>%1: no signature &apos;%2&apos;; it has: %3</source>
        <translation>%1：シグネチャ &apos;%2&apos; がありません。あるもの：%3</translation>
    </message>
    <message>
        <source>transform cancelled during &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の途中で変換をキャンセルしました</translation>
    </message>
    <message>
        <source>transform cancelled before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の前で変換をキャンセルしました</translation>
    </message>
    <message>
        <source>Transform &apos;%1&apos; not recognized</source>
        <translation>変換 &apos;%1&apos; を認識できません</translation>
    </message>
    <message>
        <source>%1 produced an invalid graph</source>
        <translation>%1 が不正な計算グラフを作りました</translation>
    </message>
    <message>
        <source>ConcatV2 node &apos;%1&apos; has fewer than 2 inputs</source>
        <translation>ConcatV2 ノード &apos;%1&apos; の入力が 2 つ未満です</translation>
    </message>
    <message>
        <source>filter must be 4-D, got %1</source>
        <translation>フィルタは 4 次元である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>filter cannot be a string tensor</source>
        <translation>フィルタを文字列テンソルにはできません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; holds %2, not float32</source>
        <translation>ノード &apos;%1&apos; の中身は %2 で、float32 ではありません</translation>
    </message>
    <message>
        <source>weights of &apos;%1&apos; are not float32</source>
        <translation>&apos;%1&apos; の重みが float32 ではありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 scale values for weights %3</source>
        <translation>ノード &apos;%1&apos;：重み %3 に対してスケール値が %2 個あります</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges needs a log, e.g. freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</source>
        <translation>freeze_requantization_ranges にはログが必要です。例：freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: min_percentile and max_percentile must be in [0, 100]</source>
        <translation>freeze_requantization_ranges：min_percentile と max_percentile は [0, 100] の範囲にしてください</translation>
    </message>
    <message>
        <source>min_max_log_file</source>
        <translation>min_max_log_file</translation>
    </message>
    <message>
        <source>no min/max records in %1 (expected lines like &apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos;)</source>
        <translation>%1 に min/max の記録がありません（&apos;;conv/eightbit/requant_range__print__;__requant_min_max:[-1.5][3.2]&apos; のような行が必要です）</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: %1 logged nodes are not in the graph: %2</source>
        <translation>freeze_requantization_ranges：ログにある %1 個のノードが計算グラフにありません：%2</translation>
    </message>
    <message>
        <source>freeze_requantization_ranges: logged nodes must be RequantizationRange: %1</source>
        <translation>freeze_requantization_ranges：ログのノードは RequantizationRange である必要があります：%1</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos; is not float</source>
        <translation>定数 &apos;%1&apos; が float ではありません</translation>
    </message>
    <message>
        <source>QuantizeV2 returned %1 outputs</source>
        <translation>QuantizeV2 が %1 個の出力を返しました</translation>
    </message>
    <message>
        <source>quantize_nodes needs both input_min and input_max, e.g. quantize_nodes(input_min=-1, input_max=1)</source>
        <translation>quantize_nodes には input_min と input_max の両方が必要です。例：quantize_nodes(input_min=-1, input_max=1)</translation>
    </message>
    <message>
        <source>quantize_nodes needs both fallback_min and fallback_max, e.g. quantize_nodes(fallback_min=-10, fallback_max=10)</source>
        <translation>quantize_nodes には fallback_min と fallback_max の両方が必要です。例：quantize_nodes(fallback_min=-10, fallback_max=10)</translation>
    </message>
    <message>
        <source>quantize_nodes: fallback_min must be &lt;= 0 and fallback_max &gt;= fallback_min</source>
        <translation>quantize_nodes：fallback_min は 0 以下、fallback_max は fallback_min 以上にしてください</translation>
    </message>
    <message>
        <source>quantize_nodes: node &apos;%1&apos;</source>
        <translation>quantize_nodes：ノード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove_attribute expects an &apos;attribute_name&apos;, e.g. remove_attribute(op_name=Mul, attribute_name=foo)</source>
        <translation>remove_attribute には &apos;attribute_name&apos; が必要です。例：remove_attribute(op_name=Mul, attribute_name=foo)</translation>
    </message>
    <message>
        <source>remove_nodes expects at least one &apos;op&apos; argument, e.g. remove_nodes(op=Identity)</source>
        <translation>remove_nodes には &apos;op&apos; 引数が少なくとも 1 つ必要です。例：remove_nodes(op=Identity)</translation>
    </message>
    <message>
        <source>rename_attribute expects &apos;old_attribute_name&apos; and &apos;new_attribute_name&apos;, e.g. rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</source>
        <translation>rename_attribute には &apos;old_attribute_name&apos; と &apos;new_attribute_name&apos; が必要です。例：rename_attribute(old_attribute_name=foo, new_attribute_name=bar)</translation>
    </message>
    <message>
        <source>rename_node expects matching &apos;old_node_name&apos; and &apos;new_node_name&apos; arguments, e.g. rename_node(old_node_name=conv1, new_node_name=features)</source>
        <translation>rename_node には対になる &apos;old_node_name&apos; と &apos;new_node_name&apos; 引数が必要です。例：rename_node(old_node_name=conv1, new_node_name=features)</translation>
    </message>
    <message>
        <source>rename_node: no node named &apos;%1&apos;</source>
        <translation>rename_node：&apos;%1&apos; という名前のノードはありません</translation>
    </message>
    <message>
        <source>rename_node: a node named &apos;%1&apos; already exists</source>
        <translation>rename_node：&apos;%1&apos; という名前のノードはすでにあります</translation>
    </message>
    <message>
        <source>rename_op expects &apos;old_op_name&apos; and &apos;new_op_name&apos;, e.g. rename_op(old_op_name=Mul, new_op_name=Multiply)</source>
        <translation>rename_op には &apos;old_op_name&apos; と &apos;new_op_name&apos; が必要です。例：rename_op(old_op_name=Mul, new_op_name=Multiply)</translation>
    </message>
    <message>
        <source>round_weights: num_steps must be between 2 and 16777216, e.g. round_weights(num_steps=256)</source>
        <translation>round_weights：num_steps は 2 から 16777216 の間にしてください。例：round_weights(num_steps=256)</translation>
    </message>
    <message>
        <source>sparsify_gather input_checkpoint</source>
        <translation>sparsify_gather input_checkpoint</translation>
    </message>
    <message>
        <source>sparsify_gather: variable &apos;%1&apos;</source>
        <translation>sparsify_gather：変数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sparsify_gather: group_init_node &apos;%1&apos; exists but is a %2, not a NoOp; name another, e.g. sparsify_gather(group_init_node=init_tables)</source>
        <translation>sparsify_gather：group_init_node &apos;%1&apos; はありますが NoOp ではなく %2 です。別の名前にしてください。例：sparsify_gather(group_init_node=init_tables)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: bad shape &apos;%1&apos;, e.g. shape=&quot;1,224,224,3&quot;</source>
        <translation>strip_unused_nodes：形状 &apos;%1&apos; が不正です。例：shape=&quot;1,224,224,3&quot;</translation>
    </message>
    <message>
        <source>strip_unused_nodes needs --outputs (the nodes to keep), e.g. --outputs=softmax</source>
        <translation>strip_unused_nodes には --outputs（残すノード）が必要です。例：--outputs=softmax</translation>
    </message>
    <message>
        <source>strip_unused_nodes: each &apos;name&apos; needs its own type_for_name/shape_for_name, e.g. strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</source>
        <translation>strip_unused_nodes：&apos;name&apos; ごとに type_for_name/shape_for_name が必要です。例：strip_unused_nodes(name=a, type_for_name=int32, shape_for_name=&quot;1,10&quot;)</translation>
    </message>
    <message>
        <source>strip_unused_nodes: output node &apos;%1&apos; is not in the graph</source>
        <translation>strip_unused_nodes：出力ノード &apos;%1&apos; が計算グラフにありません</translation>
    </message>
    <message>
        <source>graph has more than one node named &apos;%1&apos;</source>
        <translation>計算グラフに &apos;%1&apos; という名前のノードが複数あります</translation>
    </message>
    <message>
        <source>graph is invalid: %1</source>
        <translation>計算グラフが不正です：%1</translation>
    </message>
    <message>
        <source>graph has a node with an empty name or op (&apos;%1&apos;)</source>
        <translation>計算グラフに名前か op が空のノードがあります（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>graph has a new cycle through node &apos;%1&apos; (not a TF1 loop)</source>
        <translation>計算グラフにノード &apos;%1&apos; を通る新しい閉路ができました（TF1 ループではありません）</translation>
    </message>
    <message>
        <source>%1: has no checkpoint to slim (expected a checkpoint prefix with .meta, or a SavedModel with variables/)</source>
        <translation>%1：スリム化するチェックポイントがありません（.meta のあるチェックポイントのプレフィックスか、variables/ のある SavedModel が必要です）</translation>
    </message>
    <message>
        <source>slim-checkpoint needs an output prefix, e.g. --out /tmp/slim/model.ckpt</source>
        <translation>slim-checkpoint には出力プレフィックスが必要です。例：--out /tmp/slim/model.ckpt</translation>
    </message>
    <message>
        <source>finding the variables the outputs read (slimming freezes a copy first)</source>
        <translation>出力が読む変数を探しています（スリム化ではまずコピーを凍結します）</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos; from %2</source>
        <translation>%2 から &apos;%1&apos; を読み込み</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; given %2 times, but it takes a single value</source>
        <translation>パラメータ &apos;%1&apos; が %2 回指定されましたが、値は 1 つしか取りません</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects an integer, found &apos;%2&apos;</source>
        <translation>パラメータ &apos;%1&apos; には整数が必要ですが、&apos;%2&apos; でした</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects a number, found &apos;%2&apos;</source>
        <translation>パラメータ &apos;%1&apos; には数値が必要ですが、&apos;%2&apos; でした</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; expects true or false, found &apos;%2&apos;</source>
        <translation>パラメータ &apos;%1&apos; には true か false が必要ですが、&apos;%2&apos; でした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1: file is %2 bytes, more than the %3 this reader accepts</source>
        <translation>%1：ファイルは %2 バイトで、このリーダーが受け付ける %3 を超えています</translation>
    </message>
    <message>
        <source>%1: cannot map file: %2</source>
        <translation>%1：ファイルをマップできません：%2</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite an input file; choose another output path</source>
        <translation>%1：入力ファイルは上書きしません。別の出力パスを選んでください</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1：%2 バイト目の JSON が不正です：%3</translation>
    </message>
    <message>
        <source>%1: not a .npy file (bad magic)</source>
        <translation>%1：.npy ファイルではありません（マジックが違います）</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <translation>%1：.npy ヘッダが途切れています</translation>
    </message>
    <message>
        <source>%1: .npy version %2 is not supported</source>
        <translation>%1：.npy バージョン %2 には対応していません</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported</source>
        <translation>%1：Fortran 順の配列には対応していません</translation>
    </message>
    <message>
        <source>%1: .npy shape dimension %2 is too large</source>
        <translation>%1：.npy の形状の次元 %2 が大きすぎます</translation>
    </message>
    <message>
        <source>%1: numpy dtype &apos;%2&apos; is not supported</source>
        <translation>%1：numpy の dtype &apos;%2&apos; には対応していません</translation>
    </message>
    <message>
        <source>%1: data is shorter than shape %2 needs</source>
        <translation>%1：データが形状 %2 に必要な長さより短いです</translation>
    </message>
    <message>
        <source>cannot write %1 tensors as .npy</source>
        <translation>%1 のテンソルは .npy として書けません</translation>
    </message>
    <message>
        <source>%1: truncated zip entry</source>
        <translation>%1：zip の項目が途切れています</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; has a truncated extra field</source>
        <translation>%1：zip の項目 &apos;%2&apos; の拡張フィールドが途切れています</translation>
    </message>
    <message>
        <source>%1: zip entries with data descriptors are not supported</source>
        <translation>%1：データディスクリプタ付きの zip 項目には対応していません</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; is truncated</source>
        <translation>%1：zip の項目 &apos;%2&apos; が途切れています</translation>
    </message>
    <message>
        <source>%1: zip entry too large</source>
        <translation>%1：zip の項目が大きすぎます</translation>
    </message>
    <message>
        <source>%1: zip entry &apos;%2&apos; claims %3 bytes from %4 compressed (corrupt)</source>
        <translation>%1：zip の項目 &apos;%2&apos; は圧縮 %4 バイトから %3 バイトになると主張しています（破損）</translation>
    </message>
    <message>
        <source>zlib init failed</source>
        <translation>zlib の初期化に失敗しました</translation>
    </message>
    <message>
        <source>%1: cannot inflate &apos;%2&apos;</source>
        <translation>%1：&apos;%2&apos; を展開できません</translation>
    </message>
    <message>
        <source>%1: zip compression method %2 is not supported</source>
        <translation>%1：zip の圧縮方式 %2 には対応していません</translation>
    </message>
    <message>
        <source>%1: not an .npz archive (no arrays found)</source>
        <translation>%1：.npz アーカイブではありません（配列が見つかりません）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>original (%1)</source>
        <translation>元のモデル（%1）</translation>
    </message>
    <message>
        <source>original (%1) on %2</source>
        <translation>元のモデル（%1）、入力 %2</translation>
    </message>
    <message>
        <source>freeze takes no parameters; write it as: freeze</source>
        <translation>freeze はパラメータを取りません。freeze とだけ書いてください</translation>
    </message>
    <message>
        <source>%1: no graph to freeze</source>
        <translation>%1：凍結する計算グラフがありません</translation>
    </message>
    <message>
        <source>no model to transform</source>
        <translation>変換するモデルがありません</translation>
    </message>
    <message>
        <source>diff needs two models</source>
        <translation>diff には 2 つのモデルが必要です</translation>
    </message>
    <message>
        <source>no graph</source>
        <translation>計算グラフがありません</translation>
    </message>
    <message>
        <source>a shape is NAME=d0,d1,..., e.g. x=1,224,224,3; got &apos;%1&apos;</source>
        <translation>形状は NAME=d0,d1,... の形です。例：x=1,224,224,3。指定値：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>the model has no outputs to fetch</source>
        <translation>このモデルには取得できる出力がありません</translation>
    </message>
    <message>
        <source>%1 has no value here</source>
        <translation>%1 はここでは値を持ちません</translation>
    </message>
    <message>
        <source>constant %1 has no value</source>
        <translation>定数 %1 に値がありません</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>--input %1: the model has no input &apos;%2&apos;</source>
        <translation>--input %1：モデルに入力 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: the image is too large to feed (%2x%3 pixels)</source>
        <translation>%1：画像が大きすぎて入力にできません（%2x%3 ピクセル）</translation>
    </message>
    <message>
        <source>%1: not an image Qt can read (%2)</source>
        <translation>%1：Qt で読める画像ではありません（%2）</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has shape %3; an image feeds a [batch,height,width,channels] input</source>
        <translation>%1：入力 &apos;%2&apos; の形状は %3 です。画像を与えられるのは [batch,height,width,channels] の入力です</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; takes %3; images feed float32 or uint8 inputs</source>
        <translation>%1：入力 &apos;%2&apos; は %3 を取ります。画像を与えられるのは float32 か uint8 の入力です</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has %3 channels; images give 1, 3 or 4</source>
        <translation>%1：入力 &apos;%2&apos; のチャネルは %3 ですが、画像は 1、3、4 チャネルです</translation>
    </message>
    <message>
        <source>%1: the input&apos;s height or width is too large</source>
        <translation>%1：入力の高さか幅が大きすぎます</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for converted images</source>
        <translation>%1：変換した画像のフォルダを作成できません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; input &apos;%2&apos; does not name a node</source>
        <translation>ノード &apos;%1&apos; の入力 &apos;%2&apos; に当たるノードがありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) is not supported</source>
        <translation>ノード &apos;%1&apos;（op %2）には対応していません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) calls function &apos;%3&apos;, which is not in the graph&apos;s function library</source>
        <translation>ノード &apos;%1&apos;（op %2）が呼び出す関数 &apos;%3&apos; は計算グラフの関数ライブラリにありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; calls %2: %3</source>
        <translation>ノード &apos;%1&apos; が %2 を呼び出し：%3</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const) has no &apos;value&apos; attribute</source>
        <translation>ノード &apos;%1&apos;（op Const）に &apos;value&apos; 属性がありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op Const): %2</source>
        <translation>ノード &apos;%1&apos;（op Const）：%2</translation>
    </message>
    <message>
        <source>measureAlternating needs two runners</source>
        <translation>measureAlternating にはランナーが 2 つ必要です</translation>
    </message>
    <message>
        <source>measureSingle needs a runner</source>
        <translation>measureSingle にはランナーが必要です</translation>
    </message>
    <message>
        <source>has no function attribute to call</source>
        <translation>呼び出す関数の属性がありません</translation>
    </message>
    <message>
        <source>function %1 takes %2 arguments, got %3</source>
        <translation>関数 %1 の引数は %2 個ですが、%3 個渡されました</translation>
    </message>
    <message>
        <source>function %1 returned %2 values, but output %3 is used</source>
        <translation>関数 %1 は %2 個の値を返しましたが、出力 %3 が使われています</translation>
    </message>
    <message>
        <source>branch_index must be an int32 scalar, got %1</source>
        <translation>branch_index は int32 のスカラーである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>has no branches</source>
        <translation>分岐がありません</translation>
    </message>
    <message>
        <source>ran more than 10,000,000 iterations; stopping</source>
        <translation>10,000,000 回を超えて繰り返したので止めます</translation>
    </message>
    <message>
        <source>cond function %1 returned nothing</source>
        <translation>cond 関数 %1 が何も返しませんでした</translation>
    </message>
    <message>
        <source>body %1 returned %2 values for %3 loop variables</source>
        <translation>body %1 がループ変数 %3 個に対して %2 個の値を返しました</translation>
    </message>
    <message>
        <source>has no data input</source>
        <translation>データ入力がありません</translation>
    </message>
    <message>
        <source>found NaN or Inf: %1</source>
        <translation>NaN または Inf が見つかりました：%1</translation>
    </message>
    <message>
        <source>assertion failed</source>
        <translation>アサーションに失敗しました</translation>
    </message>
    <message>
        <source>expects 2 inputs (data, pred)</source>
        <translation>入力が 2 つ（data、pred）必要です</translation>
    </message>
    <message>
        <source>%1 must be a scalar, got %2</source>
        <translation>%1 はスカラーである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>input 0 must be a variable reference (VariableV2 output)</source>
        <translation>入力 0 は変数の参照（VariableV2 の出力）である必要があります</translation>
    </message>
    <message>
        <source>cannot assign %1 to variable &apos;%2&apos; of shape %3</source>
        <translation>形状 %3 の変数 &apos;%2&apos; に %1 を代入できません</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not initialized</source>
        <translation>変数 &apos;%1&apos; が初期化されていません</translation>
    </message>
    <message>
        <source>input 0 must be a resource handle, got %1</source>
        <translation>入力 0 はリソースハンドルである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>batch_dims != 0 is not supported</source>
        <translation>batch_dims != 0 には対応していません</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is a scalar; cannot gather rows</source>
        <translation>変数 &apos;%1&apos; はスカラーなので、行を取り出せません</translation>
    </message>
    <message>
        <source>index %1 is out of range [0, %2)</source>
        <translation>インデックス %1 が範囲 [0, %2) の外です</translation>
    </message>
    <message>
        <source>input 0 is not a live TensorArray handle</source>
        <translation>入力 0 は有効な TensorArray ハンドルではありません</translation>
    </message>
    <message>
        <source>size must be a non-negative int32 scalar, got %1</source>
        <translation>size は負でない int32 のスカラーである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>negative TensorArray index %1</source>
        <translation>TensorArray のインデックス %1 が負です</translation>
    </message>
    <message>
        <source>writing %1 to a TensorArray of %2</source>
        <translation>%2 の TensorArray に %1 を書き込もうとしました</translation>
    </message>
    <message>
        <source>index %1 out of range for TensorArray of size %2</source>
        <translation>インデックス %1 はサイズ %2 の TensorArray の範囲外です</translation>
    </message>
    <message>
        <source>TensorArray index too large</source>
        <translation>TensorArray のインデックスが大きすぎます</translation>
    </message>
    <message>
        <source>index must be a scalar</source>
        <translation>インデックスはスカラーである必要があります</translation>
    </message>
    <message>
        <source>TensorArray element %1 was read before it was written</source>
        <translation>TensorArray の要素 %1 が書き込まれる前に読み出されました</translation>
    </message>
    <message>
        <source>gathering zero elements needs a known element_shape</source>
        <translation>0 個の要素を集めるには、既知の element_shape が必要です</translation>
    </message>
    <message>
        <source>value %1 does not have one row per index (%2)</source>
        <translation>値 %1 の行数がインデックスの数（%2）と一致しません</translation>
    </message>
    <message>
        <source>cannot concatenate scalar TensorArray elements</source>
        <translation>スカラーの TensorArray 要素は連結できません</translation>
    </message>
    <message>
        <source>cannot concatenate an empty TensorArray</source>
        <translation>空の TensorArray は連結できません</translation>
    </message>
    <message>
        <source>expects at least %1 inputs, got %2</source>
        <translation>入力が少なくとも %1 個必要ですが、%2 個でした</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused input missing</source>
        <translation>ノード &apos;%1&apos;：融合した入力がありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: fused output aliases an input</source>
        <translation>ノード &apos;%1&apos;：融合した出力が入力のエイリアスになっています</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (op %2) produced %3 outputs, but output %4 is used</source>
        <translation>ノード &apos;%1&apos;（op %2）は %3 個の出力を生成しましたが、出力 %4 が使われています</translation>
    </message>
    <message>
        <source>plan expects %1 feeds, got %2</source>
        <translation>実行計画には %1 個の入力値が必要ですが、%2 個渡されました</translation>
    </message>
    <message>
        <source>input must be floating point, got %1</source>
        <translation>入力は浮動小数点数である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>%1 must be at least %2-D, got %3</source>
        <translation>%1 は %2 次元以上である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>unsupported dtype %1</source>
        <translation>対応していない dtype %1</translation>
    </message>
    <message>
        <source>index depth %1 exceeds params rank of %2</source>
        <translation>インデックスの深さ %1 が params %2 のランクを超えています</translation>
    </message>
    <message>
        <source>index %1 is out of range for dimension %2 of %3</source>
        <translation>インデックス %1 は %3 の次元 %2 の範囲外です</translation>
    </message>
    <message>
        <source>%1 must be &gt;= %2</source>
        <translation>%1 は %2 以上である必要があります</translation>
    </message>
    <message>
        <source>on_value and off_value must be scalars of one dtype</source>
        <translation>on_value と off_value は同じ dtype のスカラーである必要があります</translation>
    </message>
    <message>
        <source>%1 must be %2, got %3</source>
        <translation>%1 は %2 である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>dtypes differ: %1 and %2</source>
        <translation>dtype が異なります：%1 と %2</translation>
    </message>
    <message>
        <source>t and e must have the same shape, got %1 and %2</source>
        <translation>t と e は同じ形状である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>vector condition must match the first dimension of %1</source>
        <translation>ベクトルの条件は %1 の最初の次元と一致する必要があります</translation>
    </message>
    <message>
        <source>condition %1 must be a scalar, a vector or the shape of %2</source>
        <translation>条件 %1 はスカラー、ベクトル、または %2 と同じ形状である必要があります</translation>
    </message>
    <message>
        <source>k=%1 must be in [0, %2]</source>
        <translation>k=%1 は [0, %2] の範囲内である必要があります</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64, got %2</source>
        <translation>%1 は int32 か int64 である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>value %1 does not fit int32 out_type</source>
        <translation>値 %1 は int32 の out_type に収まりません</translation>
    </message>
    <message>
        <source>shape %1 has more than one -1</source>
        <translation>形状 %1 に -1 が複数あります</translation>
    </message>
    <message>
        <source>shape %1 has a negative dimension</source>
        <translation>形状 %1 に負の次元があります</translation>
    </message>
    <message>
        <source>shape %1 is too large</source>
        <translation>形状 %1 が大きすぎます</translation>
    </message>
    <message>
        <source>cannot squeeze axis %1 of %2: size is not 1</source>
        <translation>%2 の軸 %1 は squeeze できません：サイズが 1 ではありません</translation>
    </message>
    <message>
        <source>dims %1 has a negative dimension</source>
        <translation>dims %1 に負の次元があります</translation>
    </message>
    <message>
        <source>start, limit and delta must be scalars of one dtype</source>
        <translation>start、limit、delta は同じ dtype のスカラーである必要があります</translation>
    </message>
    <message>
        <source>delta must not be 0</source>
        <translation>delta を 0 にはできません</translation>
    </message>
    <message>
        <source>start and limit are in the wrong order for the sign of delta</source>
        <translation>start と limit の大小関係が delta の符号と合いません</translation>
    </message>
    <message>
        <source>range is too large</source>
        <translation>範囲が大きすぎます</translation>
    </message>
    <message>
        <source>cannot broadcast %1 to %2</source>
        <translation>%1 を %2 にブロードキャストできません</translation>
    </message>
    <message>
        <source>block_shape must have 1 to rank-1 entries for input %1</source>
        <translation>入力 %1 では、block_shape の要素数は 1 以上「ランク - 1」以下である必要があります</translation>
    </message>
    <message>
        <source>%1 must be [%2,2], got %3</source>
        <translation>%1 は [%2,2] である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>block_shape entries must be &gt;= 1</source>
        <translation>block_shape の要素は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>padded spatial size %1 is not divisible by block %2</source>
        <translation>パディング後の空間サイズ %1 がブロック %2 で割り切れません</translation>
    </message>
    <message>
        <source>batch %1 is not divisible by the block size product %2</source>
        <translation>バッチ %1 がブロックサイズの積 %2 で割り切れません</translation>
    </message>
    <message>
        <source>crops are larger than the spatial size</source>
        <translation>crops が空間サイズより大きくなっています</translation>
    </message>
    <message>
        <source>%1 must be %2-D, got %3</source>
        <translation>%1 は %2 次元である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>only %1 %2 is supported</source>
        <translation>%1 は %2 にのみ対応しています</translation>
    </message>
    <message>
        <source>depth %1 is not divisible by block_size^2</source>
        <translation>深さ %1 が block_size^2 で割り切れません</translation>
    </message>
    <message>
        <source>spatial size is not divisible by block_size</source>
        <translation>空間サイズが block_size で割り切れません</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>値が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>cannot concatenate scalars</source>
        <translation>スカラーは連結できません</translation>
    </message>
    <message>
        <source>inputs differ in dtype or rank: %1 and %2</source>
        <translation>入力の dtype かランクが異なります：%1 と %2</translation>
    </message>
    <message>
        <source>inputs differ outside the concat axis: %1 and %2</source>
        <translation>入力が連結軸以外の次元で異なります：%1 と %2</translation>
    </message>
    <message>
        <source>all values must have the same shape, got %1 and %2</source>
        <translation>すべての値は同じ形状である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>attr num=%1 but axis has size %2</source>
        <translation>属性 num=%1 ですが、軸のサイズは %2 です</translation>
    </message>
    <message>
        <source>cannot split axis of size %1 into %2 equal parts</source>
        <translation>サイズ %1 の軸を %2 等分できません</translation>
    </message>
    <message>
        <source>size_splits has an invalid entry</source>
        <translation>size_splits に不正な要素があります</translation>
    </message>
    <message>
        <source>size_splits %1 do not add up to the axis size %2</source>
        <translation>size_splits %1 の合計が軸のサイズ %2 になりません</translation>
    </message>
    <message>
        <source>begin and size must have %1 entries for input %2</source>
        <translation>入力 %2 では、begin と size の要素数は %1 である必要があります</translation>
    </message>
    <message>
        <source>slice begin %1 size %2 is out of bounds for %3</source>
        <translation>スライス（begin %1、size %2）が %3 の範囲外です</translation>
    </message>
    <message>
        <source>begin, end and strides must have the same length (at most 30)</source>
        <translation>begin、end、strides は同じ長さ（最大 30）である必要があります</translation>
    </message>
    <message>
        <source>index %1 of the slice spec is out of bounds for %2</source>
        <translation>スライス指定のインデックス %1 が %2 の範囲外です</translation>
    </message>
    <message>
        <source>strides must be non-zero</source>
        <translation>strides は 0 以外である必要があります</translation>
    </message>
    <message>
        <source>slice index %1 of dimension %2 out of bounds for %3</source>
        <translation>次元 %2 のスライスインデックス %1 が %3 の範囲外です</translation>
    </message>
    <message>
        <source>multiples must have %1 entries for %2</source>
        <translation>%2 では、multiples の要素数は %1 である必要があります</translation>
    </message>
    <message>
        <source>tiled shape is too large</source>
        <translation>タイル化した形状が大きすぎます</translation>
    </message>
    <message>
        <source>constant_values must be a scalar of the input dtype</source>
        <translation>constant_values は入力と同じ dtype のスカラーである必要があります</translation>
    </message>
    <message>
        <source>mode must be REFLECT or SYMMETRIC</source>
        <translation>mode は REFLECT か SYMMETRIC である必要があります</translation>
    </message>
    <message>
        <source>paddings are too large</source>
        <translation>paddings が大きすぎます</translation>
    </message>
    <message>
        <source>paddings are too large for %1 mirror padding of %2</source>
        <translation>%2 の %1 ミラーパディングには paddings が大きすぎます</translation>
    </message>
    <message>
        <source>padded shape is too large</source>
        <translation>パディング後の形状が大きすぎます</translation>
    </message>
    <message>
        <source>%1 must be a string scalar, got %2</source>
        <translation>%1 は文字列のスカラーである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>contents is not a RIFF/WAVE file</source>
        <translation>contents が RIFF/WAVE ファイルではありません</translation>
    </message>
    <message>
        <source>WAV fmt chunk is truncated</source>
        <translation>WAV の fmt チャンクが途切れています</translation>
    </message>
    <message>
        <source>only PCM WAV files are supported (format %1)</source>
        <translation>PCM の WAV ファイルにのみ対応しています（形式 %1）</translation>
    </message>
    <message>
        <source>WAV file has no fmt chunk or zero channels</source>
        <translation>WAV ファイルに fmt チャンクがないか、チャネル数が 0 です</translation>
    </message>
    <message>
        <source>only 16-bit WAV samples are supported, got %1-bit</source>
        <translation>16 ビットの WAV サンプルにのみ対応していますが、%1 ビットでした</translation>
    </message>
    <message>
        <source>WAV file has no data chunk</source>
        <translation>WAV ファイルに data チャンクがありません</translation>
    </message>
    <message>
        <source>input must be float32 [samples, channels], got %1</source>
        <translation>入力は float32 [samples, channels] である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>window_size must be &gt;= 2 and stride &gt;= 1</source>
        <translation>window_size は 2 以上、stride は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>spectrogram must be float32 [channels, frames, bins], got %1</source>
        <translation>spectrogram は float32 [channels, frames, bins] である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 は正の値である必要があります</translation>
    </message>
    <message>
        <source>filterbank_channel_count must be in [1, 4096]</source>
        <translation>filterbank_channel_count は [1, 4096] の範囲内である必要があります</translation>
    </message>
    <message>
        <source>dct_coefficient_count must be in [1, filterbank_channel_count]</source>
        <translation>dct_coefficient_count は [1, filterbank_channel_count] の範囲内である必要があります</translation>
    </message>
    <message>
        <source>spectrogram needs at least 2 bins</source>
        <translation>spectrogram にはビンが少なくとも 2 つ必要です</translation>
    </message>
    <message>
        <source>need 0 &lt;= lower_frequency_limit &lt; upper_frequency_limit</source>
        <translation>0 &lt;= lower_frequency_limit &lt; upper_frequency_limit である必要があります</translation>
    </message>
    <message>
        <source>strides and dilations must be &gt;= 1</source>
        <translation>strides と dilations は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>window size must be &gt;= 1, got %1</source>
        <translation>ウィンドウサイズは 1 以上である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>VALID window of effective size %1 does not fit input size %2</source>
        <translation>実効サイズ %1 の VALID ウィンドウが入力サイズ %2 に収まりません</translation>
    </message>
    <message>
        <source>explicit paddings must be &gt;= 0</source>
        <translation>明示的なパディングは 0 以上である必要があります</translation>
    </message>
    <message>
        <source>window does not fit the explicitly padded input</source>
        <translation>ウィンドウが明示的にパディングした入力に収まりません</translation>
    </message>
    <message>
        <source>padding must be SAME, VALID or EXPLICIT, got &apos;%1&apos;</source>
        <translation>padding は SAME、VALID、EXPLICIT のいずれかである必要がありますが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>data_format must be NHWC or NCHW, got &apos;%1&apos;</source>
        <translation>data_format は NHWC か NCHW である必要がありますが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>%1 must have %2 entries</source>
        <translation>%1 の要素数は %2 である必要があります</translation>
    </message>
    <message>
        <source>strides in the batch and depth dimensions must be 1</source>
        <translation>バッチと深さの次元の strides は 1 である必要があります</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4 (grouped convolution is not supported)</source>
        <translation>フィルタ %1 の入力チャネル数は %2 ですが、入力 %3 のチャネル数は %4 です（グループ畳み込みには対応していません）</translation>
    </message>
    <message>
        <source>filter %1 expects %2 input channels but input %3 has %4</source>
        <translation>フィルタ %1 の入力チャネル数は %2 ですが、入力 %3 のチャネル数は %4 です</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1 and %2</source>
        <translation>float32（と float32 経由の float16）にのみ対応していますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>filter must be 4-D [h,w,in,out], got %1</source>
        <translation>フィルタは 4 次元 [h,w,in,out] である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>only %1 is supported</source>
        <translation>%1 にのみ対応しています</translation>
    </message>
    <message>
        <source>%1 and %2 must be %3-D, got %4 and %5</source>
        <translation>%1 と %2 は %3 次元である必要がありますが、%4 と %5 でした</translation>
    </message>
    <message>
        <source>filter %1 does not match input_sizes channels %2</source>
        <translation>フィルタ %1 が input_sizes のチャネル数 %2 と合いません</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output shape %2</source>
        <translation>out_backprop %1 が順伝播の出力形状 %2 と合いません</translation>
    </message>
    <message>
        <source>filter %1 does not match input channels of %2</source>
        <translation>フィルタ %1 が %2 の入力チャネル数と合いません</translation>
    </message>
    <message>
        <source>both inputs must be strings, got %1 and %2</source>
        <translation>両方の入力が文字列である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>bool input is not supported by this op</source>
        <translation>この演算は bool の入力に対応していません</translation>
    </message>
    <message>
        <source>inputs must be floating point, got %1</source>
        <translation>入力は浮動小数点数である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>inputs must be integers, got %1</source>
        <translation>入力は整数である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>integer division by zero</source>
        <translation>整数のゼロ除算です</translation>
    </message>
    <message>
        <source>bias has %1 elements but value %2 has %3 channels</source>
        <translation>バイアスの要素は %1 個ですが、値 %2 のチャネルは %3 個です</translation>
    </message>
    <message>
        <source>all inputs must have the same dtype and shape, got %1 and %2</source>
        <translation>すべての入力は同じ dtype と形状である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>input must be an integer, got %1</source>
        <translation>入力は整数である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>missing attribute %1</source>
        <translation>属性 %1 がありません</translation>
    </message>
    <message>
        <source>internal: no kernel for %1</source>
        <translation>内部エラー：%1 のカーネルがありません</translation>
    </message>
    <message>
        <source>%1 step failed</source>
        <translation>%1 のステップで失敗しました</translation>
    </message>
    <message>
        <source>BiasAdd needs a bias argument</source>
        <translation>BiasAdd にはバイアスの引数が必要です</translation>
    </message>
    <message>
        <source>FusedBatchNorm needs 4 arguments (scale, offset, mean, variance)</source>
        <translation>FusedBatchNorm には引数が 4 つ（scale、offset、mean、variance）必要です</translation>
    </message>
    <message>
        <source>fused op &apos;%1&apos; is not supported (supported: BiasAdd or FusedBatchNorm, then Relu, Relu6, Elu, LeakyRelu, Tanh, Sigmoid)</source>
        <translation>融合演算 &apos;%1&apos; には対応していません（対応しているのは BiasAdd か FusedBatchNorm と、その後の Relu、Relu6、Elu、LeakyRelu、Tanh、Sigmoid）</translation>
    </message>
    <message>
        <source>images must be 4-D NHWC, got %1</source>
        <translation>画像は 4 次元の NHWC である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>size must hold two positive values</source>
        <translation>size には正の値が 2 つ必要です</translation>
    </message>
    <message>
        <source>input images must not be empty, got %1</source>
        <translation>入力画像が空です（%1）</translation>
    </message>
    <message>
        <source>align_corners and half_pixel_centers cannot both be true</source>
        <translation>align_corners と half_pixel_centers を両方 true にはできません</translation>
    </message>
    <message>
        <source>expects %1 inputs, got %2</source>
        <translation>入力が %1 個必要ですが、%2 個でした</translation>
    </message>
    <message>
        <source>expects %1 to %2 inputs, got %3</source>
        <translation>入力が %1～%2 個必要ですが、%3 個でした</translation>
    </message>
    <message>
        <source>input %1 has no value</source>
        <translation>入力 %1 に値がありません</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>output %1: out of memory for %2 bytes</source>
        <translation>出力 %1：%2 バイトを確保するメモリが足りません</translation>
    </message>
    <message>
        <source>output %1%2 would be larger than 8 GiB</source>
        <translation>出力 %1%2 は 8 GiB を超えてしまいます</translation>
    </message>
    <message>
        <source>missing input %1</source>
        <translation>入力 %1 がありません</translation>
    </message>
    <message>
        <source>%1 must be a scalar or 1-D, got %2</source>
        <translation>%1 はスカラーか 1 次元である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>%1 must hold one value, got %2</source>
        <translation>%1 は値を 1 つだけ持つ必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>%1 must be a numeric scalar, got %2</source>
        <translation>%1 は数値のスカラーである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>%1 %2 is out of range for rank %3 (valid: [%4, %5))</source>
        <translation>%1 %2 はランク %3 の範囲外です（有効範囲：[%4, %5)）</translation>
    </message>
    <message>
        <source>incompatible shapes for broadcasting: %1 and %2</source>
        <translation>ブロードキャストできない形状です：%1 と %2</translation>
    </message>
    <message>
        <source>permutation has %1 entries for rank %2</source>
        <translation>ランク %2 に対して置換の要素数が %1 です</translation>
    </message>
    <message>
        <source>invalid permutation for rank %1</source>
        <translation>ランク %1 に対する置換が不正です</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected float32 or float64)</source>
        <translation>対応していない dtype %1（float32 か float64 が必要）</translation>
    </message>
    <message>
        <source>unsupported dtype %1 (expected a real number type)</source>
        <translation>対応していない dtype %1（実数型が必要）</translation>
    </message>
    <message>
        <source>unsupported dtype %1 for this op</source>
        <translation>この演算は dtype %1 に対応していません</translation>
    </message>
    <message>
        <source>inputs must be 2-D, got %1 and %2</source>
        <translation>入力は 2 次元である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (transpose_a=%3, transpose_b=%4)</source>
        <translation>内側の次元が異なります：%1 x %2（transpose_a=%3、transpose_b=%4）</translation>
    </message>
    <message>
        <source>inputs must be at least 2-D, got %1 and %2</source>
        <translation>入力は 2 次元以上である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2 (adj_x=%3, adj_y=%4)</source>
        <translation>内側の次元が異なります：%1 x %2（adj_x=%3、adj_y=%4）</translation>
    </message>
    <message>
        <source>BatchMatMul needs equal batch dimensions, got %1 and %2</source>
        <translation>BatchMatMul ではバッチ次元が等しい必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; needs an explicit &apos;-&gt;&apos; output</source>
        <translation>式 &apos;%1&apos; には明示的な &apos;-&gt;&apos; の出力が必要です</translation>
    </message>
    <message>
        <source>only two-operand equations are supported, got &apos;%1&apos;</source>
        <translation>オペランドが 2 つの式にのみ対応していますが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input ranks</source>
        <translation>式 &apos;%1&apos; が入力のランクと合いません</translation>
    </message>
    <message>
        <source>equation &apos;%1&apos; does not match input shapes %2 and %3</source>
        <translation>式 &apos;%1&apos; が入力の形状 %2 と %3 に合いません</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has sizes %2 and %3 (broadcasting inside einsum is not supported)</source>
        <translation>ラベル &apos;%1&apos; のサイズが %2 と %3 です（einsum 内のブロードキャストには対応していません）</translation>
    </message>
    <message>
        <source>repeated labels (traces) are not supported in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の繰り返しラベル（トレース）には対応していません</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is summed within one operand; unsupported in &apos;%2&apos;</source>
        <translation>ラベル &apos;%1&apos; が 1 つのオペランド内で総和されています。&apos;%2&apos; では対応していません</translation>
    </message>
    <message>
        <source>output label &apos;%1&apos; is not in the inputs</source>
        <translation>出力ラベル &apos;%1&apos; が入力にありません</translation>
    </message>
    <message>
        <source>x must be float32 or float16, got %1</source>
        <translation>x は float32 か float16 である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>unsupported data_format &apos;%1&apos;</source>
        <translation>対応していない data_format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>x must be %1-D for %2, got %3</source>
        <translation>%2 では x は %1 次元である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>%1 must be float32</source>
        <translation>%1 は float32 である必要があります</translation>
    </message>
    <message>
        <source>%1 must be [%2], got %3</source>
        <translation>%1 は [%2] である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>parameter %1 must be float32[%2], got %3</source>
        <translation>パラメータ %1 は float32[%2] である必要がありますが、%3 でした</translation>
    </message>
    <message>
        <source>input must be float32 4-D, got %1</source>
        <translation>入力は float32 の 4 次元である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>dense keys, defaults, Tdense and dense_shapes must have the same length</source>
        <translation>dense のキー、デフォルト値、Tdense、dense_shapes は同じ長さである必要があります</translation>
    </message>
    <message>
        <source>serialized[%1] is not a valid tf.Example</source>
        <translation>serialized[%1] は正しい tf.Example ではありません</translation>
    </message>
    <message>
        <source>dense_shapes with unknown dims (variable-length features) are not supported</source>
        <translation>不明な次元を含む dense_shapes（可変長の特徴量）には対応していません</translation>
    </message>
    <message>
        <source>Tdense must be float32, int64 or string</source>
        <translation>Tdense は float32、int64、string のいずれかである必要があります</translation>
    </message>
    <message>
        <source>example %1 lacks required feature &apos;%2&apos;</source>
        <translation>Example %1 に必須の特徴量 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>default for &apos;%1&apos; has the wrong dtype or size: %2</source>
        <translation>&apos;%1&apos; の既定値のデータ型かサイズが正しくありません：%2</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; has the wrong type for %2</source>
        <translation>特徴量 &apos;%1&apos; の型が %2 に合いません</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; in example %2 has %3 values, expected %4</source>
        <translation>Example %2 の特徴量 &apos;%1&apos; の値は %3 個ですが、%4 個のはずです</translation>
    </message>
    <message>
        <source>sparse features are not supported (%1=%2)</source>
        <translation>スパース特徴量には対応していません（%1=%2）</translation>
    </message>
    <message>
        <source>serialized must be a 1-D string tensor, got %1</source>
        <translation>serialized は 1 次元の文字列テンソルである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>dense_keys must be string scalars</source>
        <translation>dense_keys は文字列のスカラーである必要があります</translation>
    </message>
    <message>
        <source>serialized must be a string scalar or vector, got %1</source>
        <translation>serialized は文字列のスカラーかベクトルである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>ragged features are not supported</source>
        <translation>ragged 特徴量には対応していません</translation>
    </message>
    <message>
        <source>dense_keys must be strings</source>
        <translation>dense_keys は文字列である必要があります</translation>
    </message>
    <message>
        <source>expected one dense default per dense key</source>
        <translation>dense キー 1 つにつき dense の既定値が 1 つ必要です</translation>
    </message>
    <message>
        <source>only float32 (and float16 via float32) is supported, got %1</source>
        <translation>対応しているのは float32（と float32 経由の float16）だけですが、%1 でした</translation>
    </message>
    <message>
        <source>ksize and strides must have 4 entries</source>
        <translation>ksize と strides は要素が 4 つ必要です</translation>
    </message>
    <message>
        <source>pooling over the batch or depth dimension is not supported</source>
        <translation>バッチ次元や深さ次元にわたるプーリングには対応していません</translation>
    </message>
    <message>
        <source>input must be a quantized type, got %1</source>
        <translation>入力は量子化型である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>min_range and max_range must be float32 of equal size</source>
        <translation>min_range と max_range は同じサイズの float32 である必要があります</translation>
    </message>
    <message>
        <source>per-axis ranges must have %1 entries</source>
        <translation>軸ごとの範囲は要素が %1 個必要です</translation>
    </message>
    <message>
        <source>mode must be MIN_COMBINED, MIN_FIRST or SCALED</source>
        <translation>mode は MIN_COMBINED、MIN_FIRST、SCALED のいずれかである必要があります</translation>
    </message>
    <message>
        <source>only per-tensor min_range/max_range are supported</source>
        <translation>対応しているのはテンソル単位の min_range/max_range だけです</translation>
    </message>
    <message>
        <source>T must be a quantized type</source>
        <translation>T は量子化型である必要があります</translation>
    </message>
    <message>
        <source>num_bits must be in [2, 16]</source>
        <translation>num_bits は [2, 16] の範囲である必要があります</translation>
    </message>
    <message>
        <source>min must be &lt;= max</source>
        <translation>min は max 以下である必要があります</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_min must be &lt;= 0, got %2</source>
        <translation>融合した Requantize &apos;%1&apos;：requested_output_min は 0 以下である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>fused Requantize &apos;%1&apos;: requested_output_max must be &gt;= requested_output_min</source>
        <translation>融合した Requantize &apos;%1&apos;：requested_output_max は requested_output_min 以上である必要があります</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not start with a Requantize</source>
        <translation>融合した 8 ビットの連鎖が Requantize で始まっていません</translation>
    </message>
    <message>
        <source>fused eight-bit chain adds a bias to qint32 values</source>
        <translation>融合した 8 ビットの連鎖が qint32 の値にバイアスを加えています</translation>
    </message>
    <message>
        <source>fused QuantizedAdd &apos;%1&apos;: bias has %2 values but the input has %3 channels</source>
        <translation>融合した QuantizedAdd &apos;%1&apos;：バイアスの値は %2 個ですが、入力のチャネルは %3 個です</translation>
    </message>
    <message>
        <source>fused eight-bit chain requantizes quint8 codes</source>
        <translation>融合した 8 ビットの連鎖が quint8 のコードを再量子化しています</translation>
    </message>
    <message>
        <source>fused eight-bit chain applies Relu to qint32 values</source>
        <translation>融合した 8 ビットの連鎖が qint32 の値に Relu を適用しています</translation>
    </message>
    <message>
        <source>fused eight-bit chain does not end on quint8 codes</source>
        <translation>融合した 8 ビットの連鎖が quint8 のコードで終わっていません</translation>
    </message>
    <message>
        <source>%1 must be a float32 scalar, got %2</source>
        <translation>%1 は float32 のスカラーである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>%1 must be quint8 (other eight-bit layouts are not supported), got %2</source>
        <translation>%1 は quint8 である必要がありますが、%2 でした（ほかの 8 ビット形式には対応していません）</translation>
    </message>
    <message>
        <source>inner dimensions differ: %1 x %2</source>
        <translation>内側の次元が一致しません：%1 x %2</translation>
    </message>
    <message>
        <source>bias must be 1-D with the input&apos;s last dimension, got %1 and %2</source>
        <translation>バイアスは入力の最後の次元と同じ長さの 1 次元である必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>shape has more than one -1</source>
        <translation>形状に -1 が複数あります</translation>
    </message>
    <message>
        <source>shape dimensions must be &gt;= -1</source>
        <translation>形状の次元は -1 以上である必要があります</translation>
    </message>
    <message>
        <source>cannot infer -1 in the shape from %1</source>
        <translation>%1 から形状の -1 を推論できません</translation>
    </message>
    <message>
        <source>expects concat_dim, N values, N mins and N maxes</source>
        <translation>concat_dim、N 個の値、N 個の最小値、N 個の最大値が必要です</translation>
    </message>
    <message>
        <source>all values must have the same rank</source>
        <translation>すべての値のランクが同じである必要があります</translation>
    </message>
    <message>
        <source>values differ outside the concat dimension: %1 vs %2</source>
        <translation>連結する次元以外で値が一致しません：%1 と %2</translation>
    </message>
    <message>
        <source>requested_output_min must be &lt;= 0, got %1</source>
        <translation>requested_output_min は 0 以下である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>requested_output_max must be &gt;= requested_output_min</source>
        <translation>requested_output_max は requested_output_min 以上である必要があります</translation>
    </message>
    <message>
        <source>dtype must be a floating type, got %1</source>
        <translation>dtype は浮動小数点型である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>maxval must be greater than minval</source>
        <translation>maxval は minval より大きい必要があります</translation>
    </message>
    <message>
        <source>bool input is not supported, got %1</source>
        <translation>bool の入力には対応していません（入力：%1）</translation>
    </message>
    <message>
        <source>%1 must be int32 or int64</source>
        <translation>%1 は int32 か int64 である必要があります</translation>
    </message>
    <message>
        <source>cannot take %1 of an empty dimension</source>
        <translation>空の次元の %1 は求められません</translation>
    </message>
    <message>
        <source>expects N index tensors followed by N data tensors</source>
        <translation>N 個のインデックステンソルの後に N 個のデータテンソルが必要です</translation>
    </message>
    <message>
        <source>data[%1] %2 does not match its indices</source>
        <translation>data[%1] %2 がそのインデックスと一致しません</translation>
    </message>
    <message>
        <source>segment_ids %1 has a higher rank than data %2</source>
        <translation>segment_ids %1 のランクが data %2 より大きいです</translation>
    </message>
    <message>
        <source>segment_ids shape must be a prefix of data&apos;s shape</source>
        <translation>segment_ids の形状は data の形状の先頭部分である必要があります</translation>
    </message>
    <message>
        <source>shapes must have the same rank</source>
        <translation>形状のランクが同じである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a string tensor, got %2</source>
        <translation>%1 は文字列テンソルである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>inputs must be scalars or of one shape, got %1</source>
        <translation>入力はスカラーか同じ形状である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>delimiter must be a scalar</source>
        <translation>delimiter はスカラーである必要があります</translation>
    </message>
    <message>
        <source>fill must be at most one character</source>
        <translation>fill は 1 文字以下である必要があります</translation>
    </message>
    <message>
        <source>invalid pattern &apos;%1&apos;: %2</source>
        <translation>パターン &apos;%1&apos; が不正です：%2</translation>
    </message>
    <message>
        <source>basename must be a string scalar</source>
        <translation>basename は文字列のスカラーである必要があります</translation>
    </message>
    <message>
        <source>missing list input %1</source>
        <translation>リスト入力 %1 がありません</translation>
    </message>
    <message>
        <source>input %1 is not a TensorList (got %2)</source>
        <translation>入力 %1 が TensorList ではありません（%2）</translation>
    </message>
    <message>
        <source>list element shape is unknown, so an unset item cannot be made of zeros</source>
        <translation>リストの要素の形状が不明なため、未設定の項目をゼロで埋めて作れません</translation>
    </message>
    <message>
        <source>list element shape is not fully known, so an unset item cannot be made of zeros</source>
        <translation>リストの要素の形状が完全には分からないため、未設定の項目をゼロで埋めて作れません</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element dtype %2</source>
        <translation>項目 %1 がリストの要素のデータ型 %2 と一致しません</translation>
    </message>
    <message>
        <source>item %1 does not match the list&apos;s element shape %2</source>
        <translation>項目 %1 がリストの要素の形状 %2 と一致しません</translation>
    </message>
    <message>
        <source>index %1 out of range for a list of %2</source>
        <translation>インデックス %1 は要素数 %2 のリストの範囲外です</translation>
    </message>
    <message>
        <source>list size %1 is out of range</source>
        <translation>リストのサイズ %1 は範囲外です</translation>
    </message>
    <message>
        <source>needs an element_dtype attribute</source>
        <translation>element_dtype 属性が必要です</translation>
    </message>
    <message>
        <source>index %1 is too large</source>
        <translation>インデックス %1 が大きすぎます</translation>
    </message>
    <message>
        <source>element_dtype %1 does not match the list&apos;s %2</source>
        <translation>element_dtype %1 がリストの %2 と一致しません</translation>
    </message>
    <message>
        <source>cannot stack an empty list whose element shape is unknown</source>
        <translation>要素の形状が不明な空のリストは積み重ねられません</translation>
    </message>
    <message>
        <source>num_elements is %1 but the list has %2</source>
        <translation>num_elements は %1 ですが、リストの要素は %2 個です</translation>
    </message>
    <message>
        <source>items have different shapes: %1 and %2</source>
        <translation>項目の形状が異なります：%1 と %2</translation>
    </message>
    <message>
        <source>list is too long</source>
        <translation>リストが長すぎます</translation>
    </message>
    <message>
        <source>cannot pop from an empty list</source>
        <translation>空のリストからは取り出せません</translation>
    </message>
    <message>
        <source>inputs must match, got %1 and %2</source>
        <translation>入力が一致する必要がありますが、%1 と %2 でした</translation>
    </message>
    <message>
        <source>input, out_backprop and filter_sizes must be 4-D</source>
        <translation>input、out_backprop、filter_sizes は 4 次元である必要があります</translation>
    </message>
    <message>
        <source>filter_sizes %1 do not match the input channels of %2</source>
        <translation>filter_sizes %1 が %2 の入力チャネルと一致しません</translation>
    </message>
    <message>
        <source>out_backprop %1 does not match the forward output</source>
        <translation>out_backprop %1 が順伝播の出力と一致しません</translation>
    </message>
    <message>
        <source>orig_input must be float32 4-D, got %1</source>
        <translation>orig_input は float32 の 4 次元である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>grad %1 does not match the pooled shape</source>
        <translation>grad %1 がプーリング後の形状と一致しません</translation>
    </message>
    <message>
        <source>features must be float32 [batch, classes], got %1</source>
        <translation>features は float32 の [batch, classes] である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>labels must be [%1], got %2</source>
        <translation>labels は [%1] である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>label %1 is out of range [0, %2)</source>
        <translation>ラベル %1 は範囲 [0, %2) の外です</translation>
    </message>
    <message>
        <source>labels must match features %1, got %2</source>
        <translation>labels は features %1 と一致する必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>input 0 must be a table handle, got %1</source>
        <translation>入力 0 はテーブルハンドルである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, values)</source>
        <translation>入力として (table_handle, keys, values) が必要です</translation>
    </message>
    <message>
        <source>keys must be int32, int64 or string, got %1</source>
        <translation>keys は int32、int64、string のいずれかである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>keys must be 1-D and values must have one row per key: %1 vs %2</source>
        <translation>keys は 1 次元で、values はキーごとに 1 行である必要があります：%1 と %2</translation>
    </message>
    <message>
        <source>unsupported value dtype %1</source>
        <translation>対応していない値のデータ型 %1</translation>
    </message>
    <message>
        <source>expects (table_handle, keys, default_value)</source>
        <translation>入力として (table_handle, keys, default_value) が必要です</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; is not initialized: run its LookupTableImportV2 / InitializeTableV2 (the init op) first</source>
        <translation>テーブル &apos;%1&apos; が初期化されていません：先にその LookupTableImportV2 / InitializeTableV2（初期化演算）を実行してください</translation>
    </message>
    <message>
        <source>keys %1 do not match the table&apos;s %2 keys</source>
        <translation>keys %1 がテーブルの %2 型のキーと一致しません</translation>
    </message>
    <message>
        <source>default_value must be %1</source>
        <translation>default_value は %1 である必要があります</translation>
    </message>
    <message>
        <source>default_value must be a scalar or one value row, got %1</source>
        <translation>default_value はスカラーか値 1 行分である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>%1 problems: %2</source>
        <translation>%1 件の問題：%2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>cannot append to TFSCOPE_PRINT_LOG file %1</source>
        <translation>TFSCOPE_PRINT_LOG のファイル %1 に追記できません</translation>
    </message>
    <message>
        <source>layoutGraph: %1 sizes for %2 items</source>
        <translation>layoutGraph：%2 個の要素に対してサイズが %1 個あります</translation>
    </message>
    <message>
        <source>layoutGraph: item refers to cluster %1 but there are %2</source>
        <translation>layoutGraph：要素がクラスタ %1 を参照していますが、クラスタは %2 個です</translation>
    </message>
    <message>
        <source>layoutGraph: cluster %1 must come after its parent</source>
        <translation>layoutGraph：クラスタ %1 は親の後に来る必要があります</translation>
    </message>
    <message>
        <source>layoutGraph: edge endpoint out of range</source>
        <translation>layoutGraph：エッジの端点が範囲外です</translation>
    </message>
    <message>
        <source>no layout</source>
        <translation>レイアウトがありません</translation>
    </message>
    <message>
        <source>layout worker sent no result</source>
        <translation>レイアウトのワーカーが結果を返しませんでした</translation>
    </message>
    <message>
        <source>layout worker sent a bad error</source>
        <translation>レイアウトのワーカーが不正なエラーを返しました</translation>
    </message>
    <message>
        <source>short layout result</source>
        <translation>レイアウトの結果が途切れています</translation>
    </message>
    <message>
        <source>addDefaultAttributes: no graph given</source>
        <translation>addDefaultAttributes：計算グラフが渡されていません</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2</source>
        <translation>Graphviz dot が %1 個の要素で失敗しました（辺をスプライン、折れ線、クラスタなしの順に試しました）：%2</translation>
    </message>
    <message>
        <source>Graphviz worker made no progress for %1 s and was stopped</source>
        <translation>Graphviz のワーカーが %1 秒間進まなかったため停止しました</translation>
    </message>
    <message>
        <source>Graphviz crashed (signal %1)</source>
        <translation>Graphviz がクラッシュしました（シグナル %1）</translation>
    </message>
    <message>
        <source>Graphviz worker exited with status %1</source>
        <translation>Graphviz のワーカーが終了ステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects an integer, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; には整数が必要ですが、&apos;%3&apos; でした。例：%4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a number, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; には数値が必要ですが、&apos;%3&apos; でした。例：%4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects true or false, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; には true か false が必要ですが、&apos;%3&apos; でした。例：%4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a data type such as float, int32 or uint8, found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; には float、int32、uint8 などのデータ型が必要ですが、&apos;%3&apos; でした。例：%4</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; expects a comma-separated shape such as &quot;1,224,224,3&quot; (-1 for unknown), found &apos;%3&apos;, e.g. %4</source>
        <translation>%1：パラメータ &apos;%2&apos; には &quot;1,224,224,3&quot; のようなカンマ区切りの形状（不明な次元は -1）が必要ですが、&apos;%3&apos; でした。例：%4</translation>
    </message>
    <message>
        <source>--transforms: looking for a transform name, but found &apos;%1&apos; (at character %2)</source>
        <translation>--transforms：変換名を探しましたが、%2 文字目に &apos;%1&apos; がありました</translation>
    </message>
    <message>
        <source>--transforms: expected &apos;,&apos; or &apos;)&apos; in the parameters of &apos;%1&apos;, but found &apos;%2&apos; (at character %3)</source>
        <translation>--transforms：&apos;%1&apos; のパラメータには &apos;,&apos; か &apos;)&apos; が必要ですが、%3 文字目に &apos;%2&apos; がありました</translation>
    </message>
    <message>
        <source>--transforms: looking for a parameter name of &apos;%1&apos;, but found &apos;%2&apos; (at character %3); write name(param=value)</source>
        <translation>--transforms：&apos;%1&apos; のパラメータ名を探しましたが、%3 文字目に &apos;%2&apos; がありました。name(param=value) と書いてください</translation>
    </message>
    <message>
        <source>--transforms: looking for &apos;=&apos; after parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4)</source>
        <translation>--transforms：&apos;%2&apos; のパラメータ &apos;%1&apos; の後に &apos;=&apos; を探しましたが、%4 文字目に &apos;%3&apos; がありました</translation>
    </message>
    <message>
        <source>--transforms: looking for a value of parameter &apos;%1&apos; of &apos;%2&apos;, but found &apos;%3&apos; (at character %4); quote values with other characters: %5=&quot;...&quot;</source>
        <translation>--transforms：&apos;%2&apos; のパラメータ &apos;%1&apos; の値を探しましたが、%4 文字目に &apos;%3&apos; がありました。ほかの文字を含む値は引用符で囲んでください：%5=&quot;...&quot;</translation>
    </message>
    <message>
        <source>--transforms: unexpected &apos;%1&apos; (at character %2) after transform &apos;%3&apos;; transforms are separated by spaces and take parameters as name(p=v)</source>
        <translation>--transforms：変換 &apos;%3&apos; の後、%2 文字目に予期しない &apos;%1&apos; があります。変換は空白で区切り、パラメータは name(p=v) と書きます</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected an op type, &apos;*&apos; or &apos;A|B&apos; at character %2</source>
        <translation>パターン &apos;%1&apos;：%2 文字目には演算タイプ、&apos;*&apos; または &apos;A|B&apos; が必要です</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: expected &apos;,&apos; or &apos;)&apos; at character %2</source>
        <translation>パターン &apos;%1&apos;：%2 文字目には &apos;,&apos; か &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: unexpected trailing text at character %2</source>
        <translation>パターン &apos;%1&apos;：%2 文字目以降に余分なテキストがあります</translation>
    </message>
    <message>
        <source>%1: a slice of tensor &apos;%2&apos; (%3 elements) claims bytes [%4, %5) of data shard %6 (%7 bytes)</source>
        <translation>%1：テンソル &apos;%2&apos; のスライス（要素 %3 個）がデータシャード %6（%7 バイト）のバイト [%4, %5) を指しています</translation>
    </message>
    <message>
        <source>%1: the slices of tensor &apos;%2&apos; hold %3 elements, its shape %4 has %5</source>
        <translation>%1：テンソル &apos;%2&apos; のスライスの要素は合わせて %3 個ですが、形状 %4 の要素は %5 個です</translation>
    </message>
    <message>
        <source>%1: two slices of tensor &apos;%2&apos; share bytes of data shard %3</source>
        <translation>%1：テンソル &apos;%2&apos; の二つのスライスがデータシャード %3 の同じバイトを使っています</translation>
    </message>
    <message>
        <source>%1: the metadata lists one slice twice</source>
        <translation>%1：メタデータに同じスライスが二度あります</translation>
    </message>
    <message>
        <source>%1: the stored slices hold %2 elements, its shape %3 has %4</source>
        <translation>%1：保存されたスライスの要素は合わせて %2 個ですが、形状 %3 の要素は %4 個です</translation>
    </message>
    <message>
        <source>%1: ImmutableConst &apos;%2&apos; would bring the Const values to %3 bytes, more than the package&apos;s regions hold (%4 bytes): its nodes name the same regions many times</source>
        <translation>%1：ImmutableConst &apos;%2&apos; により Const の値が %3 バイトになり、パッケージの領域の合計（%4 バイト）を超えます。ノードが同じ領域を何度も参照しています</translation>
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
    <name>Notes</name>
    <message>
        <source>weights not compared: %1</source>
        <translation>重みは比較していません：%1</translation>
    </message>
    <message>
        <source>reference case %1 skipped: %2</source>
        <translation>参照ケース %1 をスキップしました：%2</translation>
    </message>
    <message>
        <source>no reference case fits these inputs; using random samples</source>
        <translation>これらの入力に合う参照ケースがないため、ランダムサンプルを使います</translation>
    </message>
    <message>
        <source>timing uses %1: %2</source>
        <translation>計時には %1 を使います：%2</translation>
    </message>
    <message>
        <source>inputs and outputs matched by signature key (%1 / %2)</source>
        <translation>入力と出力をシグネチャのキーで対応付けました（%1 / %2）</translation>
    </message>
    <message>
        <source>not feeding %1: it is not a tensor of both models</source>
        <translation>%1 には値を与えません：両方のモデルにあるテンソルではありません</translation>
    </message>
    <message>
        <source>paired the only inputs %1 and %2</source>
        <translation>唯一の入力どうしとして %1 と %2 を対応付けました</translation>
    </message>
    <message>
        <source>fed %1 in both models (an interior tensor of one of them)</source>
        <translation>両方のモデルで %1 に値を与えました（一方のモデルでは内部のテンソル）</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of A has no match in B&apos;s signature; skipped</source>
        <translation>A の出力 &apos;%1&apos; は B のシグネチャに対応するものがないため、スキップしました</translation>
    </message>
    <message>
        <source>paired the only outputs %1 and %2</source>
        <translation>唯一の出力どうしとして %1 と %2 を対応付けました</translation>
    </message>
    <message>
        <source>outputs matched by tensor name</source>
        <translation>出力をテンソル名で対応付けました</translation>
    </message>
    <message>
        <source>%1 placeholder(s) not needed by the outputs were left out</source>
        <translation>出力に不要なプレースホルダ %1 個を除外しました</translation>
    </message>
    <message>
        <source>shapes differ (%1 vs %2); compared flattened</source>
        <translation>形状が異なります（%1 と %2）。平坦化して比較しました</translation>
    </message>
    <message>
        <source>dtypes differ (%1 vs %2)</source>
        <translation>データ型が異なります（%1 と %2）</translation>
    </message>
    <message>
        <source>weight %1 changed element count; not compared</source>
        <translation>重み %1 は要素数が変わったため、比較していません</translation>
    </message>
    <message>
        <source>compared meta graph {%1} of A with {%2} of B</source>
        <translation>A のメタグラフ {%1} と B のメタグラフ {%2} を比較しました</translation>
    </message>
    <message>
        <source>%1 has no graph (a checkpoint alone): only stored variables are compared</source>
        <translation>%1 には計算グラフがありません（チェックポイント単体）：保存された変数だけを比較します</translation>
    </message>
    <message>
        <source>%1 stores no variables</source>
        <translation>%1 には変数が保存されていません</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; became a Placeholder</source>
        <translation>入力 &apos;%1&apos; を Placeholder にしました</translation>
    </message>
    <message>
        <source>left %1 unchanged: %2</source>
        <translation>%1 は変更しませんでした：%2</translation>
    </message>
    <message>
        <source>%1 of %2 functions changed</source>
        <translation>%2 個中 %1 個の関数が変わりました</translation>
    </message>
    <message>
        <source>added %1 default attributes</source>
        <translation>既定値の属性を %1 個追加しました</translation>
    </message>
    <message>
        <source>rewrote %1 ConcatV2 nodes</source>
        <translation>ConcatV2 ノードを %1 個書き換えました</translation>
    </message>
    <message>
        <source>backported %1 TensorArray V3 nodes</source>
        <translation>TensorArray V3 ノードを %1 個バックポートしました</translation>
    </message>
    <message>
        <source>data_format is %1</source>
        <translation>data_format が %1 です</translation>
    </message>
    <message>
        <source>the convolution is dilated</source>
        <translation>畳み込みに dilation があります</translation>
    </message>
    <message>
        <source>ResizeBilinear uses half_pixel_centers, which FusedResizeAndPadConv2D cannot express</source>
        <translation>ResizeBilinear が half_pixel_centers を使っていますが、FusedResizeAndPadConv2D ではこれを表せません</translation>
    </message>
    <message>
        <source>left %1 unfused: %2</source>
        <translation>%1 は融合しませんでした：%2</translation>
    </message>
    <message>
        <source>fused %1 %2 chains</source>
        <translation>%2 の連鎖を %1 個融合しました</translation>
    </message>
    <message>
        <source>fused %1 %2 pairs</source>
        <translation>%2 の組を %1 個融合しました</translation>
    </message>
    <message>
        <source>stored %1 float constants as float16 (largest weight change %2)</source>
        <translation>%1 個の float 定数を float16 で保存しました（重みの最大変化 %2）</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 をスキップしました：%2</translation>
    </message>
    <message>
        <source>the filter is not a constant</source>
        <translation>フィルタが定数ではありません</translation>
    </message>
    <message>
        <source>block_shape is not a constant pair &gt;= 1</source>
        <translation>block_shape が 1 以上の定数の組ではありません</translation>
    </message>
    <message>
        <source>SpaceToBatchND and BatchToSpaceND block shapes differ</source>
        <translation>SpaceToBatchND と BatchToSpaceND のブロック形状が異なります</translation>
    </message>
    <message>
        <source>the inner convolution has strides or dilations other than 1</source>
        <translation>内側の畳み込みのストライドか dilation が 1 ではありません</translation>
    </message>
    <message>
        <source>the inner convolution is not VALID</source>
        <translation>内側の畳み込みが VALID ではありません</translation>
    </message>
    <message>
        <source>only NHWC is supported</source>
        <translation>対応しているのは NHWC だけです</translation>
    </message>
    <message>
        <source>crops exceed paddings (would need a Slice)</source>
        <translation>crops が paddings を超えています（Slice が必要になります）</translation>
    </message>
    <message>
        <source>%1: paddings/crops are not constant; assuming SAME padding as GTT does</source>
        <translation>%1：paddings/crops が定数ではありません。GTT と同じく SAME パディングとみなします</translation>
    </message>
    <message>
        <source>flattened %1 atrous convolutions</source>
        <translation>atrous 畳み込みを %1 個平坦化しました</translation>
    </message>
    <message>
        <source>folded %1 multiplications into weights</source>
        <translation>%1 個の乗算を重みに畳み込みました</translation>
    </message>
    <message>
        <source>folded %1 nodes into constants</source>
        <translation>%1 個のノードを定数に畳み込みました</translation>
    </message>
    <message>
        <source>left %1 nodes because their value exceeds %2 bytes</source>
        <translation>値が %2 バイトを超えるため、%1 個のノードはそのまま残しました</translation>
    </message>
    <message>
        <source>%1 nodes could not be evaluated (first: %2)</source>
        <translation>%1 個のノードを評価できませんでした（最初：%2）</translation>
    </message>
    <message>
        <source>folded %1 batch norms</source>
        <translation>%1 個のバッチ正規化を畳み込みました</translation>
    </message>
    <message>
        <source>skipped %1 batch norms (first: %2)</source>
        <translation>%1 個のバッチ正規化をスキップしました（最初：%2）</translation>
    </message>
    <message>
        <source>froze %1 RequantizationRange nodes from %2 logged ranges</source>
        <translation>ログにある %2 個の範囲から RequantizationRange ノードを %1 個凍結しました</translation>
    </message>
    <message>
        <source>removed %1 logging Print nodes</source>
        <translation>ログ出力用の Print ノードを %1 個削除しました</translation>
    </message>
    <message>
        <source>inlined %1 calls</source>
        <translation>%1 個の呼び出しをインライン展開しました</translation>
    </message>
    <message>
        <source>inserted %1 Print nodes</source>
        <translation>Print ノードを %1 個挿入しました</translation>
    </message>
    <message>
        <source>merged %1 duplicate nodes</source>
        <translation>重複したノードを %1 個統合しました</translation>
    </message>
    <message>
        <source>fixed %1 boolean flags (PlaceholderWithDefault) to their defaults</source>
        <translation>%1 個の真偽値フラグ（PlaceholderWithDefault）を既定値に固定しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: ignored error: %2</source>
        <translation>%1：無視したエラー：%2</translation>
    </message>
    <message>
        <source>left %1 in float: it feeds a discontinuous op</source>
        <translation>%1 は浮動小数点のまま残しました：不連続な演算に入力しています</translation>
    </message>
    <message>
        <source>converted %1 ops to eight bit; %2 constant inputs quantized at transform time; %3 requantizations narrowed to [0, max] for the Relu that follows</source>
        <translation>%1 個の演算を 8 ビットに変換しました。%2 個の定数入力を変換時に量子化し、後続の Relu のために %3 個の再量子化を [0, max] に狭めました</translation>
    </message>
    <message>
        <source>quantized %1 float constants to quint8</source>
        <translation>%1 個の float 定数を quint8 に量子化しました</translation>
    </message>
    <message>
        <source>removed the attribute from %1 nodes</source>
        <translation>%1 個のノードから属性を削除しました</translation>
    </message>
    <message>
        <source>removed %1 control dependencies</source>
        <translation>%1 個の制御依存を削除しました</translation>
    </message>
    <message>
        <source>cleared the device of %1 nodes</source>
        <translation>%1 個のノードのデバイス指定を消去しました</translation>
    </message>
    <message>
        <source>removed %1 nodes</source>
        <translation>%1 個のノードを削除しました</translation>
    </message>
    <message>
        <source>kept %1 cond-branch pivots</source>
        <translation>cond 分岐のピボットを %1 個残しました</translation>
    </message>
    <message>
        <source>renamed the attribute on %1 nodes</source>
        <translation>%1 個のノードで属性名を変更しました</translation>
    </message>
    <message>
        <source>renamed %1 %2 nodes to %3</source>
        <translation>%1 個の %2 ノードを %3 に変更しました</translation>
    </message>
    <message>
        <source>rounded %1 float constants to %2 levels</source>
        <translation>%1 個の float 定数を %2 段階に丸めました</translation>
    </message>
    <message>
        <source>placed %1 nodes on &apos;%2&apos;</source>
        <translation>%1 個のノードを &apos;%2&apos; に配置しました</translation>
    </message>
    <message>
        <source>skipped %1: only axis-0 gathers are sparsified</source>
        <translation>%1 をスキップしました：スパース化するのは軸 0 の gather だけです</translation>
    </message>
    <message>
        <source>skipped %1: its table is variable &apos;%2&apos; (give input_checkpoint, or run freeze first)</source>
        <translation>%1 をスキップしました：テーブルが変数 &apos;%2&apos; です（input_checkpoint を指定するか、先に freeze を実行してください）</translation>
    </message>
    <message>
        <source>skipped %1: only float tables of rank &gt;= 1 are sparsified</source>
        <translation>%1 をスキップしました：スパース化するのはランク 1 以上の float テーブルだけです</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows kept</source>
        <translation>%1：%3 行中 %2 行を残しました</translation>
    </message>
    <message>
        <source>sparsified %1 gathers: %2 -&gt; %3 table bytes</source>
        <translation>%1 個の gather をスパース化しました：テーブル %2 -&gt; %3 バイト</translation>
    </message>
    <message>
        <source>removed %1 dropout subgraphs</source>
        <translation>ドロップアウトのサブグラフを %1 個削除しました</translation>
    </message>
    <message>
        <source>no --outputs: optimizer, saver and summary nodes were left in place</source>
        <translation>--outputs がないため、オプティマイザ、Saver、サマリのノードはそのまま残しました</translation>
    </message>
    <message>
        <source>kept %1 of %2 nodes</source>
        <translation>%2 個中 %1 個のノードを残しました</translation>
    </message>
    <message>
        <source>turned %1 inputs into Placeholders</source>
        <translation>%1 個の入力を Placeholder にしました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was partitioned; written as one tensor</source>
        <translation>&apos;%1&apos; は分割されていました。1 つのテンソルとして書き出しました</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is read by the graph but not stored</source>
        <translation>変数 &apos;%1&apos; は計算グラフで読まれますが、保存されていません</translation>
    </message>
    <message>
        <source>object graph kept for TF2 restore; %1 attributes of dropped variables removed from it</source>
        <translation>TF2 での復元用にオブジェクトグラフを残しました。削除した変数の属性 %1 個をそこから取り除きました</translation>
    </message>
    <message>
        <source>float32 variables stored as float16: restore into float32 variables needs a cast</source>
        <translation>float32 の変数を float16 で保存しました：float32 の変数に復元するにはキャストが必要です</translation>
    </message>
    <message>
        <source>renamed %1 nodes</source>
        <translation>%1 個のノードの名前を変更しました</translation>
    </message>
    <message>
        <source>%1 variables frozen (%2 bytes), %3 calls inlined</source>
        <translation>%1 個の変数を凍結し（%2 バイト）、%3 個の呼び出しをインライン展開しました</translation>
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
        <source>Compare values (A, B, B − A)…</source>
        <translation>値を比較（A、B、B − A）…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>差分なし</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) differ</source>
        <translation>
            <numerusform>%n 個の変数が異なります</numerusform>
        </translation>
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
        <translation>レイアウトに失敗しました：%1</translation>
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
        <translation>%1 に書き込めません：%2</translation>
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
        <translation>形状を推論できませんでした：%1</translation>
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
        <translation>&lt;br&gt;重み：%1</translation>
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
    <message>
        <source>No output to show</source>
        <translation>表示する出力がありません</translation>
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
        <translation>カンマ区切りの次元、不明は ?。例：1,224,224,3</translation>
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
        <translation>%1 を開けませんでした：%2</translation>
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
        <translation>パス：%1
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
        <translation>必須。例：%1</translation>
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
        <translation>%1 の形状：%2</translation>
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
        <translation>全体図：クリックまたはドラッグで表示位置を移動</translation>
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
        <translation>ファイルから内部テンソルを入力します（例：キーワード検出ネットの音声前処理の後の Mfcc）。それだけが必要とする部分は実行されません</translation>
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
        <translation>入力するテンソル（例：Mfcc:0）:</translation>
    </message>
    <message>
        <source>Feed %1 from</source>
        <translation>%1 の入力元</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>実行できません：%1</translation>
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
        <translation>実行に失敗しました：%1</translation>
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
    <message>
        <source>Finding the model&apos;s inputs and outputs…</source>
        <translation>モデルの入力と出力を探しています…</translation>
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
    <name>tfs::views::SignaturesPanel</name>
    <message>
        <source>This model has no signatures: only a SavedModel names its inputs and outputs. The workbench and the Run panel feed its placeholders and read the nodes that nothing else consumes; change them in the Workbench&apos;s Inputs and Outputs fields.</source>
        <translation>このモデルにはシグネチャがありません：入力と出力に名前を付けるのは SavedModel だけです。ワークベンチと実行パネルはプレースホルダに値を与え、ほかのどのノードも使わないノードを読みます。ワークベンチの「入力」「出力」欄で変更できます。</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; — 読み込めませんでした：%2</translation>
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
            <numerusform>%1 を書き出しました：%2 → %3（変数 %n 個を保持、%4 個を削除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not slim the checkpoint: %1</source>
        <translation>チェックポイントをスリム化できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>レポート %1 を書き出せませんでした：%2</translation>
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
        <translation>演算：%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Measurement: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;計測：%1&lt;/span&gt;</translation>
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
        <translation>書き換えた関数：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除：%1</translation>
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
