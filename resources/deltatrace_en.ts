<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/app/window/comparedialog.cpp" line="12"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../src/app/window/comparedialog.cpp" line="13"/>
        <source>Run this experiment from the same initial weights (seed %1) beside the current one:</source>
        <translation>Run this experiment from the same initial weights (seed %1) beside the current one:</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="113"/>
        <source>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). Every value computed from it is lost too.</source>
        <translation>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). Every value computed from it is lost too.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="230"/>
        <source>The sigmoid is applied to each hidden unit on its own.</source>
        <translation>The sigmoid is applied to each hidden unit on its own.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="253"/>
        <source>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</source>
        <translation>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="280"/>
        <source>The output&apos;s delta goes back through the weights W2 as they were before this step&apos;s update.</source>
        <translation>The output&apos;s delta goes back through the weights W2 as they were before this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="300"/>
        <source>⊙ multiplies element by element: one delta per hidden unit.</source>
        <translation>⊙ multiplies element by element: one delta per hidden unit.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="475"/>
        <source>hidden weighted sums v₁</source>
        <translation>hidden weighted sums v₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="476"/>
        <source>hidden outputs y₁</source>
        <translation>hidden outputs y₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="477"/>
        <source>weighted sum v</source>
        <translation>weighted sum v</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="478"/>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="479"/>
        <source>error e</source>
        <translation>error e</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="480"/>
        <source>output delta δ</source>
        <translation>output delta δ</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="481"/>
        <source>hidden errors e₁</source>
        <translation>hidden errors e₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="482"/>
        <source>hidden deltas δ₁</source>
        <translation>hidden deltas δ₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="483"/>
        <source>weight change ΔW</source>
        <translation>weight change ΔW</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="484"/>
        <source>weight change ΔW₁</source>
        <translation>weight change ΔW₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="485"/>
        <source>weight change ΔW₂</source>
        <translation>weight change ΔW₂</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="486"/>
        <source>weight update W</source>
        <translation>weight update W</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="487"/>
        <source>weight update W₁</source>
        <translation>weight update W₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="488"/>
        <source>weight update W₂</source>
        <translation>weight update W₂</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../src/core/lessonlibrary.cpp" line="52"/>
        <source>%1: there is not enough memory to read it</source>
        <translation>%1: there is not enough memory to read it</translation>
    </message>
</context>
<context>
    <name>deltatrace::ArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights before this step</source>
        <translation>Weights before this step</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights (the forward pass does not change them)</source>
        <translation>Weights (the forward pass does not change them)</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="222"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="223"/>
        <source>After this step&apos;s update</source>
        <translation>After this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="242"/>
        <source>: not updated yet</source>
        <translation>: not updated yet</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="260"/>
        <source>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</source>
        <translation>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="271"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>Epoch %1, sample k = %2 · operation %3 of %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="292"/>
        <source>Input x = %1,  target d = %2</source>
        <translation>Input x = %1,  target d = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="293"/>
        <source>Input x = %1</source>
        <translation>Input x = %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::CodeListingView</name>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="423"/>
        <source>This run&apos;s value. The lesson&apos;s listing says %1.</source>
        <translation>This run&apos;s value. The lesson&apos;s listing says %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="436"/>
        <source>No code listing for this run.</source>
        <translation>No code listing for this run.</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="437"/>
        <source>Hide comments</source>
        <translation>Hide comments</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="438"/>
        <source>Hide comment lines and trailing comments; the other lines keep their numbers.</source>
        <translation>Hide comment lines and trailing comments; the other lines keep their numbers.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ComparisonView</name>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="136"/>
        <source>The other run has no %1.</source>
        <translation>The other run has no %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="156"/>
        <source>difference</source>
        <translation>difference</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="176"/>
        <source>Compared with: %1 (same initial weights)</source>
        <translation>Compared with: %1 (same initial weights)</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="176"/>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="177"/>
        <source>Stop comparing</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="150"/>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="153"/>
        <source>compared run</source>
        <translation>compared run</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExperimentLauncher</name>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="38"/>
        <source>No lessons were found (looked in %1). You can still open a trace file or a lesson file.</source>
        <translation>No lessons were found (looked in %1). You can still open a trace file or a lesson file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/experimentlauncher.cpp" line="44"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/experimentlauncher.cpp" line="47"/>
        <source>%n lesson file(s) could not be loaded and are left out:</source>
        <translation>
            <numerusform>%n lesson file could not be loaded and is left out:</numerusform>
            <numerusform>%n lesson files could not be loaded and are left out:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="59"/>
        <source>Could not open the lesson file: %1</source>
        <translation>Could not open the lesson file: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="83"/>
        <source>There is no lesson %1.</source>
        <translation>There is no lesson %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="93"/>
        <source>The lesson %1 has no experiment %2; its experiments are: %3.</source>
        <translation>The lesson %1 has no experiment %2; its experiments are: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="99"/>
        <source>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</source>
        <translation>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="158"/>
        <source>There is no lesson to compare in.</source>
        <translation>There is no lesson to compare in.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="163"/>
        <source>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</source>
        <translation>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreDialog</name>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="64"/>
        <source>Explore Seeds</source>
        <translation>Explore Seeds</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="65"/>
        <source>Explore seeds</source>
        <translation>Explore seeds</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="69"/>
        <source>First experiment</source>
        <translation>First experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="72"/>
        <source>Second experiment</source>
        <translation>Second experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="73"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="91"/>
        <source>First seed</source>
        <translation>First seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="95"/>
        <source>Last seed</source>
        <translation>Last seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="101"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="107"/>
        <source>&amp;Explore</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="109"/>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="113"/>
        <source>Cancel the exploration</source>
        <translation>Cancel the exploration</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="116"/>
        <source>Seeds explored</source>
        <translation>Seeds explored</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="122"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="126"/>
        <source>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</source>
        <translation>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="134"/>
        <source>Outcomes by experiment</source>
        <translation>Outcomes by experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="141"/>
        <source>Outcome of every seed</source>
        <translation>Outcome of every seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="153"/>
        <source>Double-click a seed, or press Enter, to open that run</source>
        <translation>Double-click a seed, or press Enter, to open that run</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="157"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="158"/>
        <source>Seed by Seed</source>
        <translation>Seed by Seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="161"/>
        <source>&amp;First experiment:</source>
        <translation>&amp;First experiment:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="162"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="165"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="170"/>
        <source>&amp;Seeds from:</source>
        <translation>&amp;Seeds from:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="176"/>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochs:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="306"/>
        <source>Exploring…</source>
        <translation>Exploring…</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="368"/>
        <source>The exploration was cancelled.</source>
        <translation>The exploration was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="390"/>
        <source>Seeds %1 to %2, %3 epochs each:</source>
        <translation>Seeds %1 to %2, %3 epochs each:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="398"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="400"/>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="400"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="411"/>
        <source>Both solved: %1. Only %2 solved: %3. Only %4 solved: %5. Neither solved: %6.</source>
        <translation>Both solved: %1. Only %2 solved: %3. Only %4 solved: %5. Neither solved: %6.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="419"/>
        <source>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</source>
        <translation>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="422"/>
        <source>Where only one solved, the start was the same: the method made the difference there.</source>
        <translation>Where only one solved, the start was the same: the method made the difference there.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="471"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreResultsModel</name>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="44"/>
        <source>not trained</source>
        <translation>not trained</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="46"/>
        <source>not finite</source>
        <translation>not finite</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="48"/>
        <source>solved</source>
        <translation>solved</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="50"/>
        <source>saturated</source>
        <translation>saturated</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="52"/>
        <source>stalled</source>
        <translation>stalled</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="54"/>
        <source>still learning</source>
        <translation>still learning</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="127"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="130"/>
        <source>Outcome
%1</source>
        <translation>Outcome
%1</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="133"/>
        <source>Solved from epoch
%1</source>
        <translation>Solved from epoch
%1</translation>
    </message>
</context>
<context>
    <name>deltatrace::FileActions</name>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="70"/>
        <location filename="../src/app/window/fileactions.cpp" line="85"/>
        <source>there is not enough memory to read it</source>
        <translation>there is not enough memory to read it</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="73"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>Could not open the trace file %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="93"/>
        <source>The lesson text inside this trace file could not be read (%1); the run replays without it.</source>
        <translation>The lesson text inside this trace file could not be read (%1); the run replays without it.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="100"/>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="111"/>
        <source>Could not save the trace to %1: %2</source>
        <translation>Could not save the trace to %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="115"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="129"/>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="135"/>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="147"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="163"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="164"/>
        <source>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</source>
        <translation>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>Save Trace</source>
        <translation>Save Trace</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace traces (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="189"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="189"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="221"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>The file %1 no longer exists; it was removed from the list.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="228"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
</context>
<context>
    <name>deltatrace::FormulaView</name>
    <message>
        <location filename="../src/app/views/formulaview.cpp" line="432"/>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
</context>
<context>
    <name>deltatrace::InputPlaneView</name>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="181"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="180"/>
        <source>Output y over the input plane (x3 = 1)</source>
        <translation>Output y over the input plane (x3 = 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="190"/>
        <location filename="../src/app/views/inputplaneview.cpp" line="208"/>
        <source>The weights do not change in this experiment.</source>
        <translation>The weights do not change in this experiment.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="29"/>
        <source>Epoch %1, k = %2: W1 already updated, W2 not yet.</source>
        <translation>Epoch %1, k = %2: W1 already updated, W2 not yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="30"/>
        <source>Epoch %1, k = %2: weights after this sample&apos;s update.</source>
        <translation>Epoch %1, k = %2: weights after this sample&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="31"/>
        <source>Epoch %1, k = %2: weights before this sample&apos;s update.</source>
        <translation>Epoch %1, k = %2: weights before this sample&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="182"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="185"/>
        <source>W x = 0</source>
        <translation>W x = 0</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="186"/>
        <source>y &gt; 0.5 this side</source>
        <translation>y &gt; 0.5 this side</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="183"/>
        <source>d = %1, y = %2</source>
        <translation>d = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="184"/>
        <source> (wrong side)</source>
        <translation> (wrong side)</translation>
    </message>
</context>
<context>
    <name>deltatrace::LanguageMenu</name>
    <message>
        <location filename="../src/app/window/languagemenu.cpp" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../src/app/window/languagemenu.cpp" line="43"/>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
</context>
<context>
    <name>deltatrace::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="98"/>
        <source>Recording cancelled; the run shown before stays.</source>
        <translation>Recording cancelled; the run shown before stays.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="207"/>
        <source>About DeltaTrace</source>
        <translation>About DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="208"/>
        <source>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="277"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="278"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="279"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="282"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="285"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="286"/>
        <source>Open a trace file or a lesson file</source>
        <translation>Open a trace file or a lesson file</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="287"/>
        <source>&amp;Save Trace…</source>
        <translation>&amp;Save Trace…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="288"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="290"/>
        <source>&amp;Run Again</source>
        <translation>&amp;Run Again</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="291"/>
        <source>&amp;Compare with…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="292"/>
        <source>Run another experiment of this lesson from the same initial weights, side by side</source>
        <translation>Run another experiment of this lesson from the same initial weights, side by side</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="293"/>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Stop Comparing</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="294"/>
        <source>&amp;Explore Seeds…</source>
        <translation>&amp;Explore Seeds…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="295"/>
        <source>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</source>
        <translation>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="296"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="297"/>
        <source>Leave Presenter Mode</source>
        <translation>Leave Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="298"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="299"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="300"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="301"/>
        <source>&amp;About DeltaTrace</source>
        <translation>&amp;About DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="303"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="308"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="102"/>
        <source>Recording %1 epochs…</source>
        <translation>Recording %1 epochs…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="312"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="313"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>Next Picture (Presenter Mode)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="314"/>
        <source>Presenter mode: show the network, the input plane or the charts</source>
        <translation>Presenter mode: show the network, the input plane or the charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="315"/>
        <source>Arrange the panels as DeltaTrace does by default for this window size</source>
        <translation>Arrange the panels as DeltaTrace does by default for this window size</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="357"/>
        <source>Recorded %1 epochs (%2 steps).</source>
        <translation>Recorded %1 epochs (%2 steps).</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="302"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>deltatrace::MessageBar</name>
    <message>
        <location filename="../src/app/window/messagebar.cpp" line="119"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>deltatrace::NarrativeBrowser</name>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="342"/>
        <source>its tables have %1 cells, and at most %2 can be shown</source>
        <translation>its tables have %1 cells, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="352"/>
        <source>a paragraph has %1 characters, and at most %2 can be shown</source>
        <translation>a paragraph has %1 characters, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="357"/>
        <source>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</source>
        <translation>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="362"/>
        <source>a letter carries %1 combining marks, and at most %2 can be shown</source>
        <translation>a letter carries %1 combining marks, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="395"/>
        <source>it has %1 characters, and at most %2 can be shown</source>
        <translation>it has %1 characters, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="414"/>
        <source>there is not enough memory to show it</source>
        <translation>there is not enough memory to show it</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="418"/>
        <source>This lesson text is not shown: %1.</source>
        <translation>This lesson text is not shown: %1.</translation>
    </message>
</context>
<context>
    <name>deltatrace::NetworkDiagram</name>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="119"/>
        <source>after this step&apos;s update</source>
        <translation>after this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="119"/>
        <source>before this step&apos;s update</source>
        <translation>before this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="918"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="188"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="282"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="714"/>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>positive weight</source>
        <translation>positive weight</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>negative weight (dashed)</source>
        <translation>negative weight (dashed)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>thicker = larger |weight|</source>
        <translation>thicker = larger |weight|</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>? = not computed yet</source>
        <translation>? = not computed yet</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="826"/>
        <source>computed by this operation</source>
        <translation>computed by this operation</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="50"/>
        <source>Epoch %1, sample k = %2:  x = (%3, %4),  d = %5</source>
        <translation>Epoch %1, sample k = %2:  x = (%3, %4),  d = %5</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="54"/>
        <source>Sample k = %1:  x = (%2, %3)</source>
        <translation>Sample k = %1:  x = (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="64"/>
        <source>◀ backward pass</source>
        <translation>◀ backward pass</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="64"/>
        <source>forward pass ▶</source>
        <translation>forward pass ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="59"/>
        <source>now: %1</source>
        <translation>now: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="197"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="725"/>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="197"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="739"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="198"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="754"/>
        <source>target</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>deltatrace::NotesView</name>
    <message>
        <location filename="../src/app/views/notesview.cpp" line="128"/>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
</context>
<context>
    <name>deltatrace::ParametersPanel</name>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="194"/>
        <source>Recording: epoch %1 of %2</source>
        <translation>Recording: epoch %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="199"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="201"/>
        <source>&amp;Learning rate (alpha):</source>
        <translation>&amp;Learning rate (alpha):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="203"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="205"/>
        <source>np.random.seed(seed): the same seed gives the same initial weights.</source>
        <translation>np.random.seed(seed): the same seed gives the same initial weights.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="206"/>
        <source>How far each update moves the weights. Try a huge value to see the numbers blow up.</source>
        <translation>How far each update moves the weights. Try a huge value to see the numbers blow up.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="207"/>
        <source>How many times the four samples are visited.</source>
        <translation>How many times the four samples are visited.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="208"/>
        <source>Alpha must be a number greater than 0.</source>
        <translation>Alpha must be a number greater than 0.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="209"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="210"/>
        <source>Record the run with these parameters</source>
        <translation>Record the run with these parameters</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="211"/>
        <source>Rese&amp;t</source>
        <translation>Rese&amp;t</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="212"/>
        <source>Put back the lesson&apos;s parameters and record again</source>
        <translation>Put back the lesson&apos;s parameters and record again</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="213"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="214"/>
        <source>Stop recording; the run shown before stays</source>
        <translation>Stop recording; the run shown before stays</translation>
    </message>
</context>
<context>
    <name>deltatrace::PresenterBar</name>
    <message>
        <location filename="../src/app/window/presenterbar.cpp" line="34"/>
        <source>V: next picture · Esc/F5: leave</source>
        <translation>V: next picture · Esc/F5: leave</translation>
    </message>
</context>
<context>
    <name>deltatrace::RecordingJob</name>
    <message>
        <location filename="../src/app/window/recordingjob.cpp" line="111"/>
        <source>There is not enough memory to record %1 epochs. Try fewer epochs.</source>
        <translation>There is not enough memory to record %1 epochs. Try fewer epochs.</translation>
    </message>
</context>
<context>
    <name>deltatrace::RunDisplay</name>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="144"/>
        <source>Trace table</source>
        <translation>Trace table</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="153"/>
        <location filename="../src/app/window/rundisplay.cpp" line="351"/>
        <source>This run: %1</source>
        <translation>This run: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="153"/>
        <location filename="../src/app/window/rundisplay.cpp" line="351"/>
        <source>Compared run: %1</source>
        <translation>Compared run: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="212"/>
        <source>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</source>
        <translation>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="240"/>
        <source>%1 · seed %2</source>
        <translation>%1 · seed %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="247"/>
        <source>%1 · seed %2 · alpha %3 · %4 epochs</source>
        <translation>%1 · seed %2 · alpha %3 · %4 epochs</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="259"/>
        <location filename="../src/app/window/rundisplay.cpp" line="261"/>
        <source>%1 — DeltaTrace</source>
        <translation>%1 — DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="284"/>
        <source>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</source>
        <translation>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="290"/>
        <location filename="../src/app/window/rundisplay.cpp" line="303"/>
        <source>Go There</source>
        <translation>Go There</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="298"/>
        <source>The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.</source>
        <translation>The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="320"/>
        <source>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it). More epochs or another seed may still get it off this plateau.</source>
        <translation><numerusform>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it). More epochs or another seed may still get it off this plateau.</numerusform><numerusform>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it). More epochs or another seed may still get it off this plateau.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="326"/>
        <source>Go to Where It Stalled</source>
        <translation>Go to Where It Stalled</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="331"/>
        <source>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</source>
        <translation><numerusform>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</numerusform><numerusform>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="402"/>
        <source>There is no run to move in.</source>
        <translation>There is no run to move in.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="404"/>
        <source>Epoch %1 is outside the run, which has epochs 0 to %2.</source>
        <translation>Epoch %1 is outside the run, which has epochs 0 to %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="406"/>
        <source>Sample %1 does not exist; the samples are 0 to 3.</source>
        <translation>Sample %1 does not exist; the samples are 0 to 3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="412"/>
        <source>&quot;%1&quot; is not an operation of this run; its operations are %2 (or their index 0 to %3).</source>
        <translation>&quot;%1&quot; is not an operation of this run; its operations are %2 (or their index 0 to %3).</translation>
    </message>
</context>
<context>
    <name>deltatrace::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/window/shortcutsdialog.cpp" line="11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>deltatrace::SteppingToolbar</name>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="390"/>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="391"/>
        <source>Previous epoch</source>
        <translation>Previous epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="392"/>
        <source>Previous sample</source>
        <translation>Previous sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="393"/>
        <source>Previous operation</source>
        <translation>Previous operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="394"/>
        <source>Next operation</source>
        <translation>Next operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="395"/>
        <source>Next sample</source>
        <translation>Next sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="396"/>
        <source>Next epoch</source>
        <translation>Next epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="397"/>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="398"/>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="399"/>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="400"/>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="401"/>
        <source>Go to epoch…</source>
        <translation>Go to epoch…</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="409"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="410"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="411"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="412"/>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Go to epoch:</source>
        <translation>Go to epoch:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="415"/>
        <source>Go to the start of this epoch (%1 to type one)</source>
        <translation>Go to the start of this epoch (%1 to type one)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="418"/>
        <source>The whole run: drag to move anywhere</source>
        <translation>The whole run: drag to move anywhere</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="419"/>
        <source>Position in the run</source>
        <translation>Position in the run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="426"/>
        <source>%1 operations/s</source>
        <translation>%1 operations/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="429"/>
        <source>%1 samples/s</source>
        <translation>%1 samples/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>%1 epochs/s</source>
        <translation>%1 epochs/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>Full speed</source>
        <translation>Full speed</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="437"/>
        <source>Playing speed (%1 slower, %2 faster)</source>
        <translation>Playing speed (%1 slower, %2 faster)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="543"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="585"/>
        <source>No run</source>
        <translation>No run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="543"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="586"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="548"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="594"/>
        <source>epoch %1, sample %2</source>
        <translation>epoch %1, sample %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="607"/>
        <source>The quantity just computed (operation %1 of %2)</source>
        <translation>The quantity just computed (operation %1 of %2)</translation>
    </message>
</context>
<context>
    <name>deltatrace::TraceTableModel</name>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="193"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>Not finite: the number overflowed (too large for a double).</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="195"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>Changed in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="196"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>Unchanged in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="247"/>
        <source>Sample step: epoch × 4 + sample</source>
        <translation>Sample step: epoch × 4 + sample</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="248"/>
        <source>Epoch (one pass over the 4 samples)</source>
        <translation>Epoch (one pass over the 4 samples)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="249"/>
        <source>Sample k (row of X)</source>
        <translation>Sample k (row of X)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="252"/>
        <source>Input x = X[k] (the third input is the constant 1)</source>
        <translation>Input x = X[k] (the third input is the constant 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="253"/>
        <source>Target d = D[k]</source>
        <translation>Target d = D[k]</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="258"/>
        <source>%1: the weight after this step&apos;s update; bold when the update changed it</source>
        <translation>%1: the weight after this step&apos;s update; bold when the update changed it</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="259"/>
        <source>%1: computed in this step</source>
        <translation>%1: computed in this step</translation>
    </message>
</context>
<context>
    <name>deltatrace::TrainingCharts</name>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="284"/>
        <source>compared run</source>
        <translation>compared run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="284"/>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="310"/>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="683"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="691"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="709"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="881"/>
        <source>mean squared error</source>
        <translation>mean squared error</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="710"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="726"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="731"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="735"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="883"/>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="275"/>
        <source>forward-pass run</source>
        <translation>forward-pass run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="277"/>
        <source>delta-rule run</source>
        <translation>delta-rule run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="279"/>
        <source>squared-error delta run</source>
        <translation>squared-error delta run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="281"/>
        <source>cross-entropy delta run</source>
        <translation>cross-entropy delta run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="724"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="729"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="733"/>
        <source>squared error</source>
        <translation>squared error</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="776"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="782"/>
        <source>Outputs y per epoch, with their targets d</source>
        <translation>Outputs y per epoch, with their targets d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="788"/>
        <source>x = (%1,%2)</source>
        <translation>x = (%1,%2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="796"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="809"/>
        <source>target d</source>
        <translation>target d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="817"/>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="823"/>
        <source>Weights at the end of each epoch</source>
        <translation>Weights at the end of each epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="842"/>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="844"/>
        <source>W1 from x1</source>
        <translation>W1 from x1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="845"/>
        <source>W1 from x2</source>
        <translation>W1 from x2</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="846"/>
        <source>W1 from the bias</source>
        <translation>W1 from the bias</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="847"/>
        <source>W2 to the output</source>
        <translation>W2 to the output</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="854"/>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="890"/>
        <source>y for x = (%1,%2)</source>
        <translation>y for x = (%1,%2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="910"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="913"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</source>
        <translation>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="917"/>
        <source>Compared run %1: not finite from epoch %2: %3.</source>
        <translation>Compared run %1: not finite from epoch %2: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="977"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="978"/>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="979"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="980"/>
        <source>Logarithmic scale</source>
        <translation>Logarithmic scale</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="981"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>Show the loss on a logarithmic axis: small late improvements become visible.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ViewDocks</name>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Training Charts</source>
        <translation>Training Charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Input Plane</source>
        <translation>Input Plane</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Trace Table</source>
        <translation>Trace Table</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="220"/>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="221"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
