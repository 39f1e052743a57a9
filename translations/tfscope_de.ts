<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Inspect TensorFlow models. Headless: tfscope --batch COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PATH, wait for the layout, save the window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this node (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;all&apos; expands every scope (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for TEXT (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this library function (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the light palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tensor viewer on this constant or variable (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the layout; the previous picture stays</source>
        <translation>Layout anhalten; das vorige Bild bleibt</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>node name, op type or regular expression</source>
        <translation>Knotenname, Op-Typ oder regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>Op-Typ</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>This model has no graph (a checkpoint): see the Tensors panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function named %1 in this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>(function)</source>
        <translation>(Funktion)</translation>
    </message>
    <message>
        <source>Laying out %1 boxes…</source>
        <translation>Ordne %1 Kästen an…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown · layout %3 s</source>
        <translation>%1 von %2 Knoten sichtbar · Layout %3 s</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Layout abgebrochen</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing to export: the picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph exported by tfscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::GraphScene</name>
    <message numerus="yes">
        <source>+%n weight(s)</source>
        <translation>
            <numerusform>+%n Gewicht</numerusform>
            <numerusform>+%n Gewichte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 nodes (double-click the title to collapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to open the function&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Waits for %n op(s); these control edges are not drawn (View ▸ Show All Control Edges)</source>
        <translation>
            <numerusform>&lt;br&gt;Wartet auf %n Op; diese Steuerkanten werden nicht gezeichnet (Ansicht ▸ Alle Steuerkanten zeigen)</numerusform>
            <numerusform>&lt;br&gt;Wartet auf %n Ops; diese Steuerkanten werden nicht gezeichnet (Ansicht ▸ Alle Steuerkanten zeigen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 nodes&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click or + to expand&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::HistogramWidget</name>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No histogram for this dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 · √ scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2): %3 values</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
    <message>
        <source>No node named %1 in this graph</source>
        <translation>Kein Knoten namens %1 in diesem Graphen</translation>
    </message>
    <message>
        <source>This tensor has no stored value</source>
        <translation>Dieser Tensor hat keinen gespeicherten Wert</translation>
    </message>
    <message>
        <source>%1 has no stored value</source>
        <translation>%1 hat keinen gespeicherten Wert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Export View</source>
        <translation>Ansicht &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>Als &amp;SVG…</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>Als &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;DOT…</source>
        <translation>Als &amp;DOT…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All Scopes</source>
        <translation>Alle Bereiche &amp;aufklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All Scopes</source>
        <translation>Alle Bereiche &amp;zuklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace &amp;Inputs</source>
        <translation>&amp;Eingänge verfolgen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace O&amp;utputs</source>
        <translation>A&amp;usgänge verfolgen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold &amp;Weights into Consumers</source>
        <translation>&amp;Gewichte in Verbraucher falten</translation>
    </message>
    <message>
        <source>Draw constants and variables that feed a single node inside that node, as TensorBoard does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All &amp;Control Edges</source>
        <translation>Alle &amp;Steuerkanten zeigen</translation>
    </message>
    <message>
        <source>Also draw control edges into ops that wait for many others (init, automatic control dependencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>Über&amp;sichtskarte</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About tfscope</source>
        <translation>&amp;Über tfscope</translation>
    </message>
    <message>
        <source>About tfscope</source>
        <translation>Über tfscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;tfscope&lt;/b&gt; %1&lt;br&gt;Inspect, transform, run and compare TensorFlow models.&lt;br&gt;Layout by Graphviz dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SavedModel or Checkpoint Folder</source>
        <translation>SavedModel- oder Checkpoint-Ordner öffnen</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Die Datei oder der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading; see the Model panel</source>
        <translation>
            <numerusform>%n Warnung beim Laden; siehe Modell-Bereich</numerusform>
            <numerusform>%n Warnungen beim Laden; siehe Modell-Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model changed on disk</source>
        <translation>Modell auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — tfscope</source>
        <translation>%1 — tfscope</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
    <message>
        <source>%1 · %2 nodes · %3 parameters · %4</source>
        <translation>%1 · %2 Knoten · %3 Parameter · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>Exported at scale %1 to keep the whole picture within image limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>tfs::views::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::ModelPanel</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (float constants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables by dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 variables, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more op types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::PropertiesPanel</name>
    <message>
        <source>Select a node to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::SignaturesModel</name>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorViewer</name>
    <message>
        <source>Tensor Viewer</source>
        <translation>Tensor-Betrachter</translation>
    </message>
    <message>
        <source>The axis shown down the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis shown across the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statistik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histogram&lt;/b&gt; of finite values</source>
        <translation>&lt;b&gt;Histogramm&lt;/b&gt; der endlichen Werte</translation>
    </message>
    <message>
        <source>Save as .npy…</source>
        <translation>Als .npy speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tensor Viewer</source>
        <translation>%1 — Tensor-Betrachter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 [%3] &amp;nbsp; %4 elements · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>not numeric</source>
        <translation>nicht numerisch</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>Achse %1 (%2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>axis %1:</source>
        <translation>Achse %1:</translation>
    </message>
    <message>
        <source>Index along axis %1 (0 … %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tensor is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tensor as .npy</source>
        <translation>Tensor als .npy speichern</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsModel</name>
    <message>
        <source>optimizer slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tfs::views::TensorsPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a tensor&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
