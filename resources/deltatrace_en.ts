<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>FormulaText</name>
    <message>
        <source>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). Every value computed from it is lost too.</source>
        <translation>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). Every value computed from it is lost too.</translation>
    </message>
    <message>
        <source>The sigmoid is applied to each hidden unit on its own.</source>
        <translation>The sigmoid is applied to each hidden unit on its own.</translation>
    </message>
    <message>
        <source>Cross-entropy: the sigmoid's derivative y(1 - y) cancels, so the delta is the error itself.</source>
        <translation>Cross-entropy: the sigmoid's derivative y(1 - y) cancels, so the delta is the error itself.</translation>
    </message>
    <message>
        <source>The output's delta goes back through the weights W2 as they were before this step's update.</source>
        <translation>The output's delta goes back through the weights W2 as they were before this step's update.</translation>
    </message>
    <message>
        <source>⊙ multiplies element by element: one delta per hidden unit.</source>
        <translation>⊙ multiplies element by element: one delta per hidden unit.</translation>
    </message>
    <message>
        <source>hidden weighted sums v₁</source>
        <translation>hidden weighted sums v₁</translation>
    </message>
    <message>
        <source>hidden outputs y₁</source>
        <translation>hidden outputs y₁</translation>
    </message>
    <message>
        <source>weighted sum v</source>
        <translation>weighted sum v</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <source>error e</source>
        <translation>error e</translation>
    </message>
    <message>
        <source>output delta δ</source>
        <translation>output delta δ</translation>
    </message>
    <message>
        <source>hidden errors e₁</source>
        <translation>hidden errors e₁</translation>
    </message>
    <message>
        <source>hidden deltas δ₁</source>
        <translation>hidden deltas δ₁</translation>
    </message>
    <message>
        <source>weight change ΔW</source>
        <translation>weight change ΔW</translation>
    </message>
    <message>
        <source>weight change ΔW₁</source>
        <translation>weight change ΔW₁</translation>
    </message>
    <message>
        <source>weight change ΔW₂</source>
        <translation>weight change ΔW₂</translation>
    </message>
    <message>
        <source>weight update W</source>
        <translation>weight update W</translation>
    </message>
    <message>
        <source>weight update W₁</source>
        <translation>weight update W₁</translation>
    </message>
    <message>
        <source>weight update W₂</source>
        <translation>weight update W₂</translation>
    </message>
</context>
<context>
    <name>deltatrace::ArithmeticPanel</name>
    <message>
        <source>Weights before this step</source>
        <translation>Weights before this step</translation>
    </message>
    <message>
        <source>Weights (the forward pass does not change them)</source>
        <translation>Weights (the forward pass does not change them)</translation>
    </message>
    <message>
        <source>After this step's update</source>
        <translation>After this step's update</translation>
    </message>
    <message>
        <source>: not updated yet</source>
        <translation>: not updated yet</translation>
    </message>
    <message>
        <source>No run yet: choose a lesson's experiment to see its arithmetic, number by number.</source>
        <translation>No run yet: choose a lesson's experiment to see its arithmetic, number by number.</translation>
    </message>
    <message>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>Epoch %1, sample k = %2 · operation %3 of %4: %5</translation>
    </message>
    <message>
        <source>Input x = %1,  target d = %2</source>
        <translation>Input x = %1,  target d = %2</translation>
    </message>
    <message>
        <source>Input x = %1</source>
        <translation>Input x = %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::CodeListingView</name>
    <message>
        <source>No code listing for this run.</source>
        <translation>No code listing for this run.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ComparisonView</name>
    <message>
        <source>The other run has no %1.</source>
        <translation>The other run has no %1.</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>difference</translation>
    </message>
    <message>
        <source>Compared with: %1 (same initial weights)</source>
        <translation>Compared with: %1 (same initial weights)</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <source>compared run</source>
        <translation>compared run</translation>
    </message>
</context>
<context>
    <name>deltatrace::FormulaView</name>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
</context>
<context>
    <name>deltatrace::InputPlaneView</name>
    <message>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <source>Output y over the input plane (x3 = 1)</source>
        <translation>Output y over the input plane (x3 = 1)</translation>
    </message>
    <message>
        <source>The weights do not change in this experiment.</source>
        <translation>The weights do not change in this experiment.</translation>
    </message>
    <message>
        <source>Epoch %1, k = %2: W1 already updated, W2 not yet.</source>
        <translation>Epoch %1, k = %2: W1 already updated, W2 not yet.</translation>
    </message>
    <message>
        <source>Epoch %1, k = %2: weights after this sample's update.</source>
        <translation>Epoch %1, k = %2: weights after this sample's update.</translation>
    </message>
    <message>
        <source>Epoch %1, k = %2: weights before this sample's update.</source>
        <translation>Epoch %1, k = %2: weights before this sample's update.</translation>
    </message>
    <message>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</translation>
    </message>
    <message>
        <source>W x = 0</source>
        <translation>W x = 0</translation>
    </message>
    <message>
        <source>y &gt; 0.5 this side</source>
        <translation>y &gt; 0.5 this side</translation>
    </message>
    <message>
        <source>d = %1, y = %2</source>
        <translation>d = %1, y = %2</translation>
    </message>
    <message>
        <source> (wrong side)</source>
        <translation> (wrong side)</translation>
    </message>
</context>
<context>
    <name>deltatrace::MainWindow</name>
    <message>
        <source>Recording cancelled; the run shown before stays.</source>
        <translation>Recording cancelled; the run shown before stays.</translation>
    </message>
    <message>
        <source>About DeltaTrace</source>
        <translation>About DeltaTrace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson's numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson's numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
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
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a trace file or a lesson file</source>
        <translation>Open a trace file or a lesson file</translation>
    </message>
    <message>
        <source>&amp;Save Trace…</source>
        <translation>&amp;Save Trace…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Run Again</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>Run another experiment of this lesson from the same initial weights, side by side</source>
        <translation>Run another experiment of this lesson from the same initial weights, side by side</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Stop Comparing</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Leave Presenter Mode</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;About DeltaTrace</source>
        <translation>&amp;About DeltaTrace</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Training Charts</source>
        <translation>Training Charts</translation>
    </message>
    <message>
        <source>Trace Table</source>
        <translation>Trace Table</translation>
    </message>
    <message>
        <source>Input Plane</source>
        <translation>Input Plane</translation>
    </message>
    <message>
        <source>No lessons were found (looked in %1). You can still open a trace file or a lesson file.</source>
        <translation>No lessons were found (looked in %1). You can still open a trace file or a lesson file.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded and are left out:</source>
        <translation><numerusform>%n lesson file could not be loaded and is left out:</numerusform><numerusform>%n lesson files could not be loaded and are left out:</numerusform></translation>
    </message>
    <message>
        <source>Could not open the lesson file: %1</source>
        <translation>Could not open the lesson file: %1</translation>
    </message>
    <message>
        <source>There is no lesson "%1".</source>
        <translation>There is no lesson "%1".</translation>
    </message>
    <message>
        <source>The lesson "%1" has no experiment "%2"; its experiments are: %3.</source>
        <translation>The lesson "%1" has no experiment "%2"; its experiments are: %3.</translation>
    </message>
    <message>
        <source>Recording %1 epochs…</source>
        <translation>Recording %1 epochs…</translation>
    </message>
    <message>
        <source>Recorded %1 epochs (%2 steps).</source>
        <translation>Recorded %1 epochs (%2 steps).</translation>
    </message>
    <message>
        <source>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</source>
        <translation>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</translation>
    </message>
    <message>
        <source>%1 · seed %2 · alpha %3 · %4 epochs</source>
        <translation>%1 · seed %2 · alpha %3 · %4 epochs</translation>
    </message>
    <message>
        <source>%1 — DeltaTrace</source>
        <translation>%1 — DeltaTrace</translation>
    </message>
    <message>
        <source>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</source>
        <translation>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</translation>
    </message>
    <message>
        <source>Go There</source>
        <translation>Go There</translation>
    </message>
    <message>
        <source>The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.</source>
        <translation>The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.</translation>
    </message>
    <message>
        <source>There is no lesson to compare in.</source>
        <translation>There is no lesson to compare in.</translation>
    </message>
    <message>
        <source>The experiment "%1" cannot be compared with "%2": compare two different experiments of the same lesson with the same network.</source>
        <translation>The experiment "%1" cannot be compared with "%2": compare two different experiments of the same lesson with the same network.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Run this experiment from the same initial weights (seed %1) beside the current one:</source>
        <translation>Run this experiment from the same initial weights (seed %1) beside the current one:</translation>
    </message>
    <message>
        <source>There is no run to move in.</source>
        <translation>There is no run to move in.</translation>
    </message>
    <message>
        <source>Epoch %1 is outside the run, which has epochs 0 to %2.</source>
        <translation>Epoch %1 is outside the run, which has epochs 0 to %2.</translation>
    </message>
    <message>
        <source>Sample %1 does not exist; the samples are 0 to 3.</source>
        <translation>Sample %1 does not exist; the samples are 0 to 3.</translation>
    </message>
    <message>
        <source>"%1" is not an operation of this run; its operations are %2 (or their index 0 to %3).</source>
        <translation>"%1" is not an operation of this run; its operations are %2 (or their index 0 to %3).</translation>
    </message>
    <message>
        <source>Could not open the trace file %1: %2</source>
        <translation>Could not open the trace file %1: %2</translation>
    </message>
    <message>
        <source>The lesson text inside this trace file could not be read (%1); the run replays without it.</source>
        <translation>The lesson text inside this trace file could not be read (%1); the run replays without it.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Could not save the trace to %1: %2</source>
        <translation>Could not save the trace to %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</source>
        <translation>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation>Save Trace</translation>
    </message>
    <message>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace traces (*.dtrace)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>The file %1 no longer exists; it was removed from the list.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>This run: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>deltatrace::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>deltatrace::NetworkDiagram</name>
    <message>
        <source>after this step's update</source>
        <translation>after this step's update</translation>
    </message>
    <message>
        <source>before this step's update</source>
        <translation>before this step's update</translation>
    </message>
    <message>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>positive weight</translation>
    </message>
    <message>
        <source>negative weight (dashed)</source>
        <translation>negative weight (dashed)</translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation>thicker = larger |weight|</translation>
    </message>
    <message>
        <source>? = not computed yet</source>
        <translation>? = not computed yet</translation>
    </message>
    <message>
        <source>computed by this operation</source>
        <translation>computed by this operation</translation>
    </message>
    <message>
        <source>Epoch %1, sample k = %2:  x = (%3, %4),  d = %5</source>
        <translation>Epoch %1, sample k = %2:  x = (%3, %4),  d = %5</translation>
    </message>
    <message>
        <source>Sample k = %1:  x = (%2, %3)</source>
        <translation>Sample k = %1:  x = (%2, %3)</translation>
    </message>
    <message>
        <source>◀ backward pass</source>
        <translation>◀ backward pass</translation>
    </message>
    <message>
        <source>forward pass ▶</source>
        <translation>forward pass ▶</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>now: %1</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>deltatrace::ParametersPanel</name>
    <message>
        <source>Recording: epoch %1 of %2</source>
        <translation>Recording: epoch %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Learning rate (alpha):</source>
        <translation>&amp;Learning rate (alpha):</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <source>np.random.seed(seed): the same seed gives the same initial weights.</source>
        <translation>np.random.seed(seed): the same seed gives the same initial weights.</translation>
    </message>
    <message>
        <source>How far each update moves the weights. Try a huge value to see the numbers blow up.</source>
        <translation>How far each update moves the weights. Try a huge value to see the numbers blow up.</translation>
    </message>
    <message>
        <source>How many times the four samples are visited.</source>
        <translation>How many times the four samples are visited.</translation>
    </message>
    <message>
        <source>Alpha must be a number greater than 0.</source>
        <translation>Alpha must be a number greater than 0.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Record the run with these parameters</source>
        <translation>Record the run with these parameters</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rese&amp;t</translation>
    </message>
    <message>
        <source>Put back the lesson's parameters and record again</source>
        <translation>Put back the lesson's parameters and record again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop recording; the run shown before stays</source>
        <translation>Stop recording; the run shown before stays</translation>
    </message>
</context>
<context>
    <name>deltatrace::RecordingJob</name>
    <message>
        <source>There is not enough memory to record %1 epochs. Try fewer epochs.</source>
        <translation>There is not enough memory to record %1 epochs. Try fewer epochs.</translation>
    </message>
</context>
<context>
    <name>deltatrace::SteppingToolbar</name>
    <message>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>Previous epoch</source>
        <translation>Previous epoch</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Previous sample</translation>
    </message>
    <message>
        <source>Previous operation</source>
        <translation>Previous operation</translation>
    </message>
    <message>
        <source>Next operation</source>
        <translation>Next operation</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Next sample</translation>
    </message>
    <message>
        <source>Next epoch</source>
        <translation>Next epoch</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Go to epoch…</source>
        <translation>Go to epoch…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Go to epoch:</source>
        <translation>Go to epoch:</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Go to the start of this epoch (%1 to type one)</source>
        <translation>Go to the start of this epoch (%1 to type one)</translation>
    </message>
    <message>
        <source>The whole run: drag to move anywhere</source>
        <translation>The whole run: drag to move anywhere</translation>
    </message>
    <message>
        <source>%1 operations/s</source>
        <translation>%1 operations/s</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 samples/s</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>%1 epochs/s</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Full speed</translation>
    </message>
    <message>
        <source>Playing speed (%1 slower, %2 faster)</source>
        <translation>Playing speed (%1 slower, %2 faster)</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>No run</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>epoch %1, sample %2</source>
        <translation>epoch %1, sample %2</translation>
    </message>
    <message>
        <source>The quantity just computed (operation %1 of %2)</source>
        <translation>The quantity just computed (operation %1 of %2)</translation>
    </message>
</context>
<context>
    <name>deltatrace::TraceTableModel</name>
    <message>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>Not finite: the number overflowed (too large for a double).</translation>
    </message>
    <message>
        <source>Changed in this step's update.</source>
        <translation>Changed in this step's update.</translation>
    </message>
    <message>
        <source>Unchanged in this step's update.</source>
        <translation>Unchanged in this step's update.</translation>
    </message>
    <message>
        <source>Sample step: epoch × 4 + sample</source>
        <translation>Sample step: epoch × 4 + sample</translation>
    </message>
    <message>
        <source>Epoch (one pass over the 4 samples)</source>
        <translation>Epoch (one pass over the 4 samples)</translation>
    </message>
    <message>
        <source>Sample k (row of X)</source>
        <translation>Sample k (row of X)</translation>
    </message>
    <message>
        <source>Input x = X[k] (the third input is the constant 1)</source>
        <translation>Input x = X[k] (the third input is the constant 1)</translation>
    </message>
    <message>
        <source>Target d = D[k]</source>
        <translation>Target d = D[k]</translation>
    </message>
    <message>
        <source>%1: the weight after this step's update; bold when the update changed it</source>
        <translation>%1: the weight after this step's update; bold when the update changed it</translation>
    </message>
    <message>
        <source>%1: computed in this step</source>
        <translation>%1: computed in this step</translation>
    </message>
</context>
<context>
    <name>deltatrace::TrainingCharts</name>
    <message>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mean squared error</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>Outputs y per epoch, with their targets d</source>
        <translation>Outputs y per epoch, with their targets d</translation>
    </message>
    <message>
        <source>x = (%1,%2)</source>
        <translation>x = (%1,%2)</translation>
    </message>
    <message>
        <source>target d</source>
        <translation>target d</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <source>Weights at the end of each epoch</source>
        <translation>Weights at the end of each epoch</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>y for x = (%1,%2)</source>
        <translation>y for x = (%1,%2)</translation>
    </message>
    <message>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</source>
        <translation>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <source>Compared run %1: not finite from epoch %2: %3.</source>
        <translation>Compared run %1: not finite from epoch %2: %3.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Logarithmic scale</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>Show the loss on a logarithmic axis: small late improvements become visible.</translation>
    </message>
</context>
</TS>
