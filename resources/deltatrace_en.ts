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
    <name>ExerciseRecord</name>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="65"/>
        <source>%1 (at key %2)</source>
        <translation>%1 (at key %2)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="123"/>
        <source>the exercise record must be a JSON object</source>
        <translation>the exercise record must be a JSON object</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="126"/>
        <source>unknown exercise record format (this DeltaTrace reads format %1)</source>
        <translation>unknown exercise record format (this DeltaTrace reads format %1)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="129"/>
        <source>the exercise record was changed after it was saved (its SHA-256 digest does not match)</source>
        <translation>the exercise record was changed after it was saved (its SHA-256 digest does not match)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="135"/>
        <source>the student&apos;s name must be text of at most %1 printable characters</source>
        <translation>the student&apos;s name must be text of at most %1 printable characters</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="138"/>
        <source>the seed %1 is not the one of student %2 (%3): the run or the name was swapped</source>
        <translation>the seed %1 is not the one of student %2 (%3): the run or the name was swapped</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="143"/>
        <source>the number of questions must be a whole number from 0 to %1</source>
        <translation>the number of questions must be a whole number from 0 to %1</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="147"/>
        <source>the answered questions must be a list of at most the %1 questions</source>
        <translation>the answered questions must be a list of at most the %1 questions</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="157"/>
        <source>a question must name its exercise (0 to %1) and element (0 to 15)</source>
        <translation>a question must name its exercise (0 to %1) and element (0 to 15)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="165"/>
        <location filename="../src/core/exerciserecord.cpp" line="182"/>
        <source>a time must be a whole number of milliseconds from 0 to %1</source>
        <translation>a time must be a whole number of milliseconds from 0 to %1</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="170"/>
        <source>the attempts must be a list of at most %1</source>
        <translation>the attempts must be a list of at most %1</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="173"/>
        <source>more than %1 attempts in all</source>
        <translation>more than %1 attempts in all</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="180"/>
        <source>an answer must be text of at most %1 characters</source>
        <translation>an answer must be text of at most %1 characters</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="186"/>
        <source>a question the learner got to must have an answer, a hint or a reveal</source>
        <translation>a question the learner got to must have an answer, a hint or a reveal</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="198"/>
        <source>the record has %1 questions, but the embedded lesson&apos;s exercises ask %2 in this run</source>
        <translation>the record has %1 questions, but the embedded lesson&apos;s exercises ask %2 in this run</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="205"/>
        <source>question %1 is exercise %2, element %3, but the lesson asks exercise %4, element %5 there</source>
        <translation>question %1 is exercise %2, element %3, but the lesson asks exercise %4, element %5 there</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="209"/>
        <source>question %1 was reached before the one before it was solved or revealed</source>
        <translation>question %1 was reached before the one before it was solved or revealed</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="211"/>
        <location filename="../src/core/exerciserecord.cpp" line="218"/>
        <location filename="../src/core/exerciserecord.cpp" line="228"/>
        <source>the time goes backwards</source>
        <translation>the time goes backwards</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="220"/>
        <source>an answer given after the answer was revealed</source>
        <translation>an answer given after the answer was revealed</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="222"/>
        <source>an answer given after the right answer</source>
        <translation>an answer given after the right answer</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="230"/>
        <source>revealed after the right answer</source>
        <translation>revealed after the right answer</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="235"/>
        <source>the hint was asked for after the question was closed</source>
        <translation>the hint was asked for after the question was closed</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="113"/>
        <source>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). What is computed from it is inf or NaN too, except a sigmoid: it turns +inf into exactly 1 and -inf into exactly 0.</source>
        <translation>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). What is computed from it is inf or NaN too, except a sigmoid: it turns +inf into exactly 1 and -inf into exactly 0.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="231"/>
        <source>The sigmoid is applied to each hidden unit on its own.</source>
        <translation>The sigmoid is applied to each hidden unit on its own.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="254"/>
        <source>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</source>
        <translation>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="281"/>
        <source>The output&apos;s delta goes back through the weights W2 as they were before this sample step&apos;s update.</source>
        <translation>The output&apos;s delta goes back through the weights W2 as they were before this sample step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="301"/>
        <source>⊙ multiplies element by element: one delta per hidden unit.</source>
        <translation>⊙ multiplies element by element: one delta per hidden unit.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="476"/>
        <source>hidden weighted sums v₁</source>
        <translation>hidden weighted sums v₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="477"/>
        <source>hidden outputs y₁</source>
        <translation>hidden outputs y₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="478"/>
        <source>weighted sum v</source>
        <translation>weighted sum v</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="479"/>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="480"/>
        <source>error e</source>
        <translation>error e</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="481"/>
        <source>output delta δ</source>
        <translation>output delta δ</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="482"/>
        <source>hidden errors e₁</source>
        <translation>hidden errors e₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="483"/>
        <source>hidden deltas δ₁</source>
        <translation>hidden deltas δ₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="484"/>
        <source>weight change ΔW</source>
        <translation>weight change ΔW</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="485"/>
        <source>weight change ΔW₁</source>
        <translation>weight change ΔW₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="486"/>
        <source>weight change ΔW₂</source>
        <translation>weight change ΔW₂</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="487"/>
        <source>weight update W</source>
        <translation>weight update W</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="488"/>
        <source>weight update W₁</source>
        <translation>weight update W₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="489"/>
        <source>weight update W₂</source>
        <translation>weight update W₂</translation>
    </message>
</context>
<context>
    <name>GeneralFormulaText</name>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="220"/>
        <source>Row %1 of %2 times %3, term by term, added from left to right.</source>
        <translation>Row %1 of %2 times %3, term by term, added from left to right.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="244"/>
        <source>The sigmoid of each unit&apos;s own weighted sum.</source>
        <translation>The sigmoid of each unit&apos;s own weighted sum.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="261"/>
        <source>relu: a negative sum becomes 0, a positive one passes unchanged.</source>
        <translation>relu: a negative sum becomes 0, a positive one passes unchanged.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="268"/>
        <source>Linear: the output is the weighted sum unchanged.</source>
        <translation>Linear: the output is the weighted sum unchanged.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="314"/>
        <source>Softmax: every unit&apos;s exponential divided by their sum, so that the outputs add up to 1.</source>
        <translation>Softmax: every unit&apos;s exponential divided by their sum, so that the outputs add up to 1.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="316"/>
        <source>numpy adds eight numbers in pairs, as the brackets show.</source>
        <translation>numpy adds eight numbers in pairs, as the brackets show.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="336"/>
        <source>The target minus the output.</source>
        <translation>The target minus the output.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="357"/>
        <source>%1 = %2.T %3: column %4 of %2 times %3, with %2 as it was before this sample step&apos;s update.</source>
        <translation>%1 = %2.T %3: column %4 of %2 times %3, with %2 as it was before this sample step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="376"/>
        <source>Cross-entropy: the output&apos;s derivative cancels, so the delta is the error itself.</source>
        <translation>Cross-entropy: the output&apos;s derivative cancels, so the delta is the error itself.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="393"/>
        <source>The sigmoid&apos;s derivative is y(1 − y).</source>
        <translation>The sigmoid&apos;s derivative is y(1 − y).</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="407"/>
        <source>The derivative of tanh is 1 − y².</source>
        <translation>The derivative of tanh is 1 − y².</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="423"/>
        <source>The derivative of relu is 1 where the sum is above 0, else 0.</source>
        <translation>The derivative of relu is 1 where the sum is above 0, else 0.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="434"/>
        <source>A linear unit&apos;s derivative is 1: the delta is the error.</source>
        <translation>A linear unit&apos;s derivative is 1: the delta is the error.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="452"/>
        <source>%1 = np.outer(alpha * %2, %3): alpha times the delta of unit %4, times input %5.</source>
        <translation>%1 = np.outer(alpha * %2, %3): alpha times the delta of unit %4, times input %5.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="472"/>
        <source>%1 on the right: the batch&apos;s sum up to the sample before (k = %2).</source>
        <translation>%1 on the right: the batch&apos;s sum up to the sample before (k = %2).</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="474"/>
        <source>%1 on the right is 0: this is the batch&apos;s first sample.</source>
        <translation>%1 on the right is 0: this is the batch&apos;s first sample.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="488"/>
        <source>n = %1: the number of samples in this batch.</source>
        <translation>n = %1: the number of samples in this batch.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="511"/>
        <source>%1 on the right: as the last update left it (epoch %2, sample k = %3).</source>
        <translation>%1 on the right: as the last update left it (epoch %2, sample k = %3).</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="516"/>
        <source>%1 on the right is 0: this is the first update.</source>
        <translation>%1 on the right is 0: this is the first update.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="531"/>
        <source>%1 on the right: the weights before this update.</source>
        <translation>%1 on the right: the weights before this update.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="588"/>
        <source>not computed at this step</source>
        <translation>not computed at this step</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="621"/>
        <source>(%1 values)</source>
        <translation>(%1 values)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="626"/>
        <source>(row %1 of %2, a %3×%4 matrix)</source>
        <translation>(row %1 of %2, a %3×%4 matrix)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="636"/>
        <source>input x =</source>
        <translation>input x =</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="640"/>
        <source>target d =</source>
        <translation>target d =</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="656"/>
        <source>weighted sums %1</source>
        <translation>weighted sums %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="657"/>
        <source>outputs %1</source>
        <translation>outputs %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="658"/>
        <source>errors %1</source>
        <translation>errors %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="659"/>
        <source>deltas %1</source>
        <translation>deltas %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="660"/>
        <source>weight change %1</source>
        <translation>weight change %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="661"/>
        <source>batch sum %1</source>
        <translation>batch sum %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="662"/>
        <source>batch average %1</source>
        <translation>batch average %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="663"/>
        <source>momentum %1</source>
        <translation>momentum %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="664"/>
        <source>weight update %1</source>
        <translation>weight update %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="671"/>
        <source>Not a finite number: a value grew beyond what a double can hold (+inf or -inf) or became undefined (NaN). What is computed from it is inf or NaN too, except where a function saturates: a sigmoid turns +inf into 1 and -inf into 0, tanh turns them into 1 and -1, relu turns -inf into 0.</source>
        <translation>Not a finite number: a value grew beyond what a double can hold (+inf or -inf) or became undefined (NaN). What is computed from it is inf or NaN too, except where a function saturates: a sigmoid turns +inf into 1 and -inf into 0, tanh turns them into 1 and -1, relu turns -inf into 0.</translation>
    </message>
</context>
<context>
    <name>JsonLocator</name>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="54"/>
        <source>unexpected text after the end of the JSON document</source>
        <translation>unexpected text after the end of the JSON document</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="84"/>
        <source>the file ends where a value was expected (is it cut short?)</source>
        <translation>the file ends where a value was expected (is it cut short?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="95"/>
        <source>expected a value (JSON allows no comma before a closing bracket)</source>
        <translation>expected a value (JSON allows no comma before a closing bracket)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="100"/>
        <location filename="../src/core/jsonlocator.cpp" line="181"/>
        <source>not a JSON value (strings need double quotes; true, false and null are lower-case; no comments)</source>
        <translation>not a JSON value (strings need double quotes; true, false and null are lower-case; no comments)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="106"/>
        <location filename="../src/core/jsonlocator.cpp" line="153"/>
        <source>the document is nested too deeply</source>
        <translation>the document is nested too deeply</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="116"/>
        <location filename="../src/core/jsonlocator.cpp" line="138"/>
        <source>the file ends inside an object (is it cut short?)</source>
        <translation>the file ends inside an object (is it cut short?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="118"/>
        <source>expected a key (JSON allows no comma before a closing &apos;}&apos;)</source>
        <translation>expected a key (JSON allows no comma before a closing &apos;}&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="120"/>
        <source>expected a key in double quotes</source>
        <translation>expected a key in double quotes</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="131"/>
        <source>expected &apos;:&apos; after the key</source>
        <translation>expected &apos;:&apos; after the key</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="144"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; after an object member</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="165"/>
        <source>the file ends inside an array (is it cut short?)</source>
        <translation>the file ends inside an array (is it cut short?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="171"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>expected &apos;,&apos; or &apos;]&apos; after an array element</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="205"/>
        <source>a &apos;-&apos; must be followed by a digit</source>
        <translation>a &apos;-&apos; must be followed by a digit</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="209"/>
        <source>a number must not start with 0</source>
        <translation>a number must not start with 0</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="216"/>
        <source>a number needs a digit after the decimal point</source>
        <translation>a number needs a digit after the decimal point</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="223"/>
        <source>a number needs a digit in its exponent</source>
        <translation>a number needs a digit in its exponent</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="230"/>
        <source>the number is out of range (a double holds magnitudes from about 1e-308 to 1.8e308)</source>
        <translation>the number is out of range (a double holds magnitudes from about 1e-308 to 1.8e308)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="238"/>
        <location filename="../src/core/jsonlocator.cpp" line="250"/>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>a \u escape needs four hexadecimal digits</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="266"/>
        <source>the file ends inside a string (a closing &apos;&quot;&apos; is missing, or the file is cut short)</source>
        <translation>the file ends inside a string (a closing &apos;&quot;&apos; is missing, or the file is cut short)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="275"/>
        <source>a control character (such as a tab or a line break) inside a string; write it as \t or \n</source>
        <translation>a control character (such as a tab or a line break) inside a string; write it as \t or \n</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="289"/>
        <source>invalid UTF-8 in a string</source>
        <translation>invalid UTF-8 in a string</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="301"/>
        <source>the file ends inside a string (is it cut short?)</source>
        <translation>the file ends inside a string (is it cut short?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="317"/>
        <source>invalid escape sequence in a string (allowed: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>invalid escape sequence in a string (allowed: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="330"/>
        <source>a \u escape of a low surrogate without a high surrogate before it</source>
        <translation>a \u escape of a low surrogate without a high surrogate before it</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="336"/>
        <location filename="../src/core/jsonlocator.cpp" line="343"/>
        <source>a \u escape of a high surrogate must be followed by a low surrogate</source>
        <translation>a \u escape of a high surrogate must be followed by a low surrogate</translation>
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
    <name>LessonLoader</name>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="43"/>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="44"/>
        <source>the string %1</source>
        <translation>the string %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="97"/>
        <location filename="../src/core/lessonvalidator.cpp" line="45"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="46"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="52"/>
        <source>the top-level object</source>
        <translation>the top-level object</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="75"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member (or the file is cut short)</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; after an object member (or the file is cut short)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="76"/>
        <source>expected &apos;:&apos; after the key</source>
        <translation>expected &apos;:&apos; after the key</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="77"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element (or the file is cut short)</source>
        <translation>expected &apos;,&apos; or &apos;]&apos; after an array element (or the file is cut short)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="78"/>
        <source>expected &apos;,&apos; between values</source>
        <translation>expected &apos;,&apos; between values</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="79"/>
        <source>not a JSON value (strings need double quotes, true/false/null are lower-case, no comments, no trailing commas)</source>
        <translation>not a JSON value (strings need double quotes, true/false/null are lower-case, no comments, no trailing commas)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="80"/>
        <source>the file ends in the middle of a value (it is cut short)</source>
        <translation>the file ends in the middle of a value (it is cut short)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="81"/>
        <source>not a valid JSON number (NaN and infinity are not allowed; strings need double quotes)</source>
        <translation>not a valid JSON number (NaN and infinity are not allowed; strings need double quotes)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="82"/>
        <source>invalid escape sequence in a string</source>
        <translation>invalid escape sequence in a string</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="83"/>
        <source>invalid UTF-8 in a string</source>
        <translation>invalid UTF-8 in a string</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="84"/>
        <source>a string is not closed (a &apos;&quot;&apos; is missing, or the file is cut short)</source>
        <translation>a string is not closed (a &apos;&quot;&apos; is missing, or the file is cut short)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="85"/>
        <source>expected an object after the comma (no trailing commas in JSON)</source>
        <translation>expected an object after the comma (no trailing commas in JSON)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="86"/>
        <source>the document is nested too deeply</source>
        <translation>the document is nested too deeply</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="87"/>
        <source>the document is too large</source>
        <translation>the document is too large</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="88"/>
        <source>unexpected text after the end of the JSON document</source>
        <translation>unexpected text after the end of the JSON document</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="90"/>
        <source>syntax error</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="98"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="100"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="102"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="525"/>
        <source>missing key &quot;version&quot; (this DeltaTrace reads versions 1 and 2)</source>
        <translation>missing key &quot;version&quot; (this DeltaTrace reads versions 1 and 2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="535"/>
        <source>&quot;version&quot; must be the integer %1 or %2, not %3</source>
        <translation>&quot;version&quot; must be the integer %1 or %2, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="82"/>
        <source>%1 must be an object ({ ... }), not %2</source>
        <translation>%1 must be an object ({ ... }), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="94"/>
        <source>unknown key %1 in %2 (allowed keys: %3)</source>
        <translation>unknown key %1 in %2 (allowed keys: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="107"/>
        <location filename="../src/core/networklessonreader.cpp" line="519"/>
        <source>missing key &quot;%1&quot; in %2</source>
        <translation>missing key &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="117"/>
        <source>%1 must be an array ([ ... ]), not %2</source>
        <translation>%1 must be an array ([ ... ]), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="128"/>
        <source>%1 must be a string, not %2</source>
        <translation>%1 must be a string, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="138"/>
        <source>%1 must be a single line (no \n)</source>
        <translation>%1 must be a single line (no \n)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="144"/>
        <source>%1 must not contain control characters such as \u001b</source>
        <translation>%1 must not contain control characters such as \u001b</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="157"/>
        <source>%1 must be a number, not %2</source>
        <translation>%1 must be a number, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="170"/>
        <source>%1 must be an integer from %2 to %3, not %4</source>
        <translation>%1 must be an integer from %2 to %3, not %4</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="182"/>
        <source>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</source>
        <translation>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="201"/>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="204"/>
        <source>%1 must be at most %2 characters (a title is one short line), not %3</source>
        <translation>%1 must be at most %2 characters (a title is one short line), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="239"/>
        <source>%1 must be a string (one line of Markdown), not %2</source>
        <translation>%1 must be a string (one line of Markdown), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="244"/>
        <source>%1 must be one line without \n (each element of the array is one line)</source>
        <translation>%1 must be one line without \n (each element of the array is one line)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="252"/>
        <source>%1 must be an array of lines or a string, not %2</source>
        <translation>%1 must be an array of lines or a string, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="258"/>
        <source>%1 is %2 characters long; a narrative may have at most %3</source>
        <translation>%1 is %2 characters long; a narrative may have at most %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="124"/>
        <source>%1 must have exactly %2 rows (one per sample), not %3</source>
        <translation>%1 must have exactly %2 rows (one per sample), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="135"/>
        <source>%1 must have exactly %2 numbers (x1, x2 and the bias input), not %3</source>
        <translation>%1 must have exactly %2 numbers (x1, x2 and the bias input), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="154"/>
        <source>%1 must have exactly %2 numbers (one target per sample), not %3</source>
        <translation>%1 must have exactly %2 numbers (one target per sample), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="194"/>
        <location filename="../src/core/networklessonreader.cpp" line="295"/>
        <source>unknown rule %1 in %2 (known rules: %3)</source>
        <translation>unknown rule %1 in %2 (known rules: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="271"/>
        <source>%1 must be above 0 and at most 1000000 (1e6), not %2</source>
        <translation>%1 must be above 0 and at most 1000000 (1e6), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="205"/>
        <source>%1 must be 1 for rule &quot;forward&quot; (it only runs the forward pass), not %2</source>
        <translation>%1 must be 1 for rule &quot;forward&quot; (it only runs the forward pass), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="242"/>
        <source>%1 may have at most %2 exercises, not %3</source>
        <translation>%1 may have at most %2 exercises, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="286"/>
        <source>%1 asks for the run&apos;s very first value, which is on screen as soon as the run opens; ask for a later one</source>
        <translation>%1 asks for the run&apos;s very first value, which is on screen as soon as the run opens; ask for a later one</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="318"/>
        <source>%1 comes before %2 in the run; list the exercises in the order the run reaches them</source>
        <translation>%1 comes before %2 in the run; list the exercises in the order the run reaches them</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="353"/>
        <source>3 inputs for the 3 columns of data.X, 4 hidden units, 1 output</source>
        <translation>3 inputs for the 3 columns of data.X, 4 hidden units, 1 output</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="354"/>
        <source>3 inputs for the 3 columns of data.X, 1 output</source>
        <translation>3 inputs for the 3 columns of data.X, 1 output</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="355"/>
        <source>%1 must be [%2] for rule &quot;%3&quot; (%4), not [%5]</source>
        <translation>%1 must be [%2] for rule &quot;%3&quot; (%4), not [%5]</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="366"/>
        <location filename="../src/core/networklessonreader.cpp" line="438"/>
        <source>%1 must have 1 to %2 lines, not %3</source>
        <translation>%1 must have 1 to %2 lines, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="282"/>
        <source>%1 must be one line without tabs (indent with spaces)</source>
        <translation>%1 must be one line without tabs (indent with spaces)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="272"/>
        <location filename="../src/core/lessonloader.cpp" line="392"/>
        <source>unknown quantity %1 in %2 (known quantities: %3)</source>
        <translation>unknown quantity %1 in %2 (known quantities: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="275"/>
        <location filename="../src/core/lessonloader.cpp" line="398"/>
        <source>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</source>
        <translation>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="402"/>
        <location filename="../src/core/networklessonreader.cpp" line="488"/>
        <source>%1 is %2, but %3 computes it already (each operation is computed by exactly one line)</source>
        <translation>%1 is %2, but %3 computes it already (each operation is computed by exactly one line)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="421"/>
        <source>no line of %1 computes %2 (rule &quot;%3&quot; needs exactly one line computing each of: %4)</source>
        <translation>no line of %1 computes %2 (rule &quot;%3&quot; needs exactly one line computing each of: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="442"/>
        <source>the file is %1 bytes; a lesson file may have at most %2 bytes (4 MiB)</source>
        <translation>the file is %1 bytes; a lesson file may have at most %2 bytes (4 MiB)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="450"/>
        <source>a lesson file</source>
        <translation>a lesson file</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="458"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="472"/>
        <source>there is not enough memory to read this lesson</source>
        <translation>there is not enough memory to read this lesson</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="482"/>
        <source>invalid UTF-8 (byte 0x%1); lesson files must be saved as UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1); lesson files must be saved as UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="485"/>
        <source>the file is empty (a lesson file is a JSON object)</source>
        <translation>the file is empty (a lesson file is a JSON object)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="494"/>
        <location filename="../src/core/lessonloader.cpp" line="504"/>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="499"/>
        <source>the top level must be a JSON object ({ ... }), not %1</source>
        <translation>the top level must be a JSON object ({ ... }), not %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="508"/>
        <source>duplicate key %1 in %2 (each key may appear only once)</source>
        <translation>duplicate key %1 in %2 (each key may appear only once)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="518"/>
        <source>missing key &quot;format&quot; (a DeltaTrace lesson file has &quot;format&quot;: &quot;%1&quot;; this is not one)</source>
        <translation>missing key &quot;format&quot; (a DeltaTrace lesson file has &quot;format&quot;: &quot;%1&quot;; this is not one)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="521"/>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace lesson file)</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace lesson file)</translation>
    </message>
    <message>
        <source>missing key &quot;version&quot; (this DeltaTrace reads version 1)</source>
        <translation type="vanished">missing key &quot;version&quot; (this DeltaTrace reads version 1)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="529"/>
        <source>this lesson was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</source>
        <translation>this lesson was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer %1, not %2</source>
        <translation type="vanished">&quot;version&quot; must be the integer %1, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="560"/>
        <source>experiments must have 1 to %1 experiments, not %2</source>
        <translation>experiments must have 1 to %1 experiments, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="571"/>
        <source>duplicate experiment id %1: %2 has it too (experiment ids must be unique)</source>
        <translation>duplicate experiment id %1: %2 has it too (experiment ids must be unique)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="35"/>
        <source>%1 must have 1 to %2 rows (one per sample), not %3</source>
        <translation>%1 must have 1 to %2 rows (one per sample), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="50"/>
        <source>%1 must have 1 to %2 numbers (one per input; a bias input is a column of ones), not %3</source>
        <translation>%1 must have 1 to %2 numbers (one per input; a bias input is a column of ones), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="57"/>
        <source>%1 must have %2 numbers like %3 (every row of X has one number per input), not %4</source>
        <translation>%1 must have %2 numbers like %3 (every row of X has one number per input), not %4</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="77"/>
        <source>%1 must have 1 to %2 targets (one per sample), not %3</source>
        <translation>%1 must have 1 to %2 targets (one per sample), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="80"/>
        <source>%1 must have %2 targets, one per row of %3, not %4</source>
        <translation>%1 must have %2 targets, one per row of %3, not %4</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="88"/>
        <source>%1 must be a number like %2 (D is a list of numbers, or a list of rows of numbers), not an array</source>
        <translation>%1 must be a number like %2 (D is a list of numbers, or a list of rows of numbers), not an array</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="108"/>
        <source>%1 must have 1 to %2 numbers (one target per output), not %3</source>
        <translation>%1 must have 1 to %2 numbers (one target per output), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="115"/>
        <source>%1 must have %2 numbers like %3 (every row of D has one target per output), not %4</source>
        <translation>%1 must have %2 numbers like %3 (every row of D has one target per output), not %4</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="169"/>
        <source>%1 is %2, which with the %3 samples of data.X makes %4 sample steps; a run may have at most %5 (epochs times samples)</source>
        <translation>%1 is %2, which with the %3 samples of data.X makes %4 sample steps; a run may have at most %5 (epochs times samples)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="195"/>
        <source>%1 has both &quot;%2&quot; and &quot;%3&quot;: a version 2 experiment gives its network either as &quot;layers&quot;, &quot;activations&quot; and &quot;delta&quot;, or as lessons 1-3&apos;s &quot;rule&quot; and &quot;network&quot;</source>
        <translation>%1 has both &quot;%2&quot; and &quot;%3&quot;: a version 2 experiment gives its network either as &quot;layers&quot;, &quot;activations&quot; and &quot;delta&quot;, or as lessons 1-3&apos;s &quot;rule&quot; and &quot;network&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="204"/>
        <source>missing key &quot;layers&quot; in %1 (a version 2 experiment gives its network as &quot;layers&quot; and &quot;activations&quot;, or as &quot;rule&quot; and &quot;network&quot;)</source>
        <translation>missing key &quot;layers&quot; in %1 (a version 2 experiment gives its network as &quot;layers&quot; and &quot;activations&quot;, or as &quot;rule&quot; and &quot;network&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="222"/>
        <source>%1 must be at least 0 and below 1 (the momentum beta), not %2</source>
        <translation>%1 must be at least 0 and below 1 (the momentum beta), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="238"/>
        <source>&quot;%1&quot; is not yet supported in version 2 lessons: remove it from %2</source>
        <translation>&quot;%1&quot; is not yet supported in version 2 lessons: remove it from %2</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="286"/>
        <source>%1 is &quot;forward&quot;, which version 2 lessons do not have (their experiments train a network): use &quot;delta-rule&quot;, &quot;backprop-sigmoid&quot; or &quot;backprop-ce&quot;, or keep the forward pass in a version 1 lesson</source>
        <translation>%1 is &quot;forward&quot;, which version 2 lessons do not have (their experiments train a network): use &quot;delta-rule&quot;, &quot;backprop-sigmoid&quot; or &quot;backprop-ce&quot;, or keep the forward pass in a version 1 lesson</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="324"/>
        <source>%1 must be &quot;sse&quot; (squared error) or &quot;ce&quot; (cross-entropy), not %2</source>
        <translation>%1 must be &quot;sse&quot; (squared error) or &quot;ce&quot; (cross-entropy), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="346"/>
        <source>%1 must have 2 to %2 sizes (the inputs, up to %3 hidden layers, the outputs), not %4</source>
        <translation>%1 must have 2 to %2 sizes (the inputs, up to %3 hidden layers, the outputs), not %4</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="362"/>
        <source>%1 must be %2, the number of columns of data.X (one input each), not %3</source>
        <translation>%1 must be %2, the number of columns of data.X (one input each), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="368"/>
        <source>%1 must be %2, the number of targets per sample in data.D (one output each), not %3</source>
        <translation>%1 must be %2, the number of targets per sample in data.D (one output each), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="388"/>
        <source>%1 must have %2 activations, one per weight layer of the layers [%3], not %4</source>
        <translation>%1 must have %2 activations, one per weight layer of the layers [%3], not %4</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="393"/>
        <source>%1 must have 1 to %2 activations (one per weight layer), not %3</source>
        <translation>%1 must have 1 to %2 activations (one per weight layer), not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="407"/>
        <source>unknown activation %1 in %2 (known activations: %3)</source>
        <translation>unknown activation %1 in %2 (known activations: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="413"/>
        <source>%1 is &quot;softmax&quot;, which only the output layer may have (the last of %2)</source>
        <translation>%1 is &quot;softmax&quot;, which only the output layer may have (the last of %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="416"/>
        <source>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy), not &quot;sse&quot;</source>
        <translation>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy), not &quot;sse&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="417"/>
        <source>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy); without &quot;delta&quot; it is &quot;sse&quot;</source>
        <translation>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy); without &quot;delta&quot; it is &quot;sse&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="420"/>
        <source>%1 is &quot;softmax&quot;, which needs at least 2 outputs (the softmax of one output is always 1), not %2</source>
        <translation>%1 is &quot;softmax&quot;, which needs at least 2 outputs (the softmax of one output is always 1), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="468"/>
        <source>unknown quantity %1 in %2 (a general network&apos;s quantities are vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL and WL, with L the weight layer&apos;s number: v1, dW2_sum, ...)</source>
        <translation>unknown quantity %1 in %2 (a general network&apos;s quantities are vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL and WL, with L the weight layer&apos;s number: v1, dW2_sum, ...)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="474"/>
        <source>%1 is %2, but this network has no weight layer %3 (its operations: %4)</source>
        <translation>%1 is %2, but this network has no weight layer %3 (its operations: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="482"/>
        <source>dW_sum and dW_avg exist only with a &quot;batch&quot; above 1</source>
        <translation>dW_sum and dW_avg exist only with a &quot;batch&quot; above 1</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="483"/>
        <source>m exists only with a &quot;momentum&quot; above 0</source>
        <translation>m exists only with a &quot;momentum&quot; above 0</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="484"/>
        <source>%1 is %2, which this network does not compute (%3; its operations: %4)</source>
        <translation>%1 is %2, which this network does not compute (%3; its operations: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="507"/>
        <source>no line of %1 computes %2 (this network needs exactly one line computing each of: %3)</source>
        <translation>no line of %1 computes %2 (this network needs exactly one line computing each of: %3)</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="216"/>
        <source>The target of sample %1 must be a number from 0 to 1 (a sigmoid&apos;s output never leaves that range), not %2.</source>
        <translation>The target of sample %1 must be a number from 0 to 1 (a sigmoid&apos;s output never leaves that range), not %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="253"/>
        <source>The lesson %1 has no lesson file to edit.</source>
        <translation>The lesson %1 has no lesson file to edit.</translation>
    </message>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="334"/>
        <source>Could not save the lesson to %1: %2</source>
        <translation>Could not save the lesson to %1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkTraceFile</name>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="283"/>
        <source>a network has 1 to %1 weight layers, with one activation each</source>
        <translation>a network has 1 to %1 weight layers, with one activation each</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="286"/>
        <source>every layer has 1 to %1 units</source>
        <translation>every layer has 1 to %1 units</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="288"/>
        <source>the output layer has at most %1 units, not %2</source>
        <translation>the output layer has at most %1 units, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="291"/>
        <source>softmax is for the output layer only, not layer %1</source>
        <translation>softmax is for the output layer only, not layer %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="294"/>
        <source>a softmax output needs the cross-entropy delta (&quot;ce&quot;)</source>
        <translation>a softmax output needs the cross-entropy delta (&quot;ce&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="296"/>
        <source>the momentum must be a number from 0 up to (not including) 1</source>
        <translation>the momentum must be a number from 0 up to (not including) 1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="304"/>
        <source>a run has 1 to %1 epochs, not %2</source>
        <translation>a run has 1 to %1 epochs, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="306"/>
        <source>%1 epochs of %2 samples are %3 steps, more than the %4 of a general trace</source>
        <translation>%1 epochs of %2 samples are %3 steps, more than the %4 of a general trace</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="331"/>
        <source>the lesson source is %1 bytes (a lesson file is at most %2)</source>
        <translation>the lesson source is %1 bytes (a lesson file is at most %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="337"/>
        <source>a run has 1 to %1 samples, not %2</source>
        <translation>a run has 1 to %1 samples, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="341"/>
        <source>the data are not %1 samples of %2 inputs and %3 targets</source>
        <translation>the data are not %1 samples of %2 inputs and %3 targets</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="343"/>
        <source>the batch must be 1 to %1 samples, not %2</source>
        <translation>the batch must be 1 to %1 samples, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="428"/>
        <source>cannot write this run: %1</source>
        <translation>cannot write this run: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="431"/>
        <source>cannot write an incomplete trace (its weights do not match its network)</source>
        <translation>cannot write an incomplete trace (its weights do not match its network)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="435"/>
        <source>cannot write a trace whose header would be %1 bytes (the limit is %2)</source>
        <translation>cannot write a trace whose header would be %1 bytes (the limit is %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="483"/>
        <source>a run of lessons 1 to 3 (trace format %1), not of a general network</source>
        <translation>a run of lessons 1 to 3 (trace format %1), not of a general network</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="485"/>
        <source>the file is %1 bytes, larger than any trace of a general network (at most %2 bytes)</source>
        <translation>the file is %1 bytes, larger than any trace of a general network (at most %2 bytes)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="531"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; must be a string</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="546"/>
        <source>&apos;momentum&apos; must be a number from 0 up to (not including) 1</source>
        <translation>&apos;momentum&apos; must be a number from 0 up to (not including) 1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="555"/>
        <source>&apos;layers&apos; must be a list of 2 to %1 layer sizes</source>
        <translation>&apos;layers&apos; must be a list of 2 to %1 layer sizes</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="559"/>
        <source>&apos;layers&apos; must hold whole numbers from 1 to %1</source>
        <translation>&apos;layers&apos; must hold whole numbers from 1 to %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="564"/>
        <source>&apos;activations&apos; must name one activation for each of the %1 weight layers</source>
        <translation>&apos;activations&apos; must name one activation for each of the %1 weight layers</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="569"/>
        <source>&apos;activations&apos; may only hold %1</source>
        <translation>&apos;activations&apos; may only hold %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="574"/>
        <source>&apos;delta&apos; must be &quot;sse&quot; or &quot;ce&quot;</source>
        <translation>&apos;delta&apos; must be &quot;sse&quot; or &quot;ce&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="589"/>
        <source>&apos;X&apos; must be 1 to %1 rows of %2 numbers (the network&apos;s inputs)</source>
        <translation>&apos;X&apos; must be 1 to %1 rows of %2 numbers (the network&apos;s inputs)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="593"/>
        <source>&apos;D&apos; must be a list of %1 numbers, one for each row of X</source>
        <translation>&apos;D&apos; must be a list of %1 numbers, one for each row of X</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="594"/>
        <source>&apos;D&apos; must be %1 rows of %2 numbers (the network&apos;s outputs)</source>
        <translation>&apos;D&apos; must be %1 rows of %2 numbers (the network&apos;s outputs)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="600"/>
        <source>&apos;batch&apos; must be a whole number from 1 to %1 (the samples)</source>
        <translation>&apos;batch&apos; must be a whole number from 1 to %1 (the samples)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="609"/>
        <source>&apos;initial&apos; must hold the weights W1 to W%1 of this network</source>
        <translation>&apos;initial&apos; must hold the weights W1 to W%1 of this network</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="617"/>
        <source>&apos;storage&apos; must be &quot;compact&quot;</source>
        <translation>&apos;storage&apos; must be &quot;compact&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="627"/>
        <source>&apos;firstNonFiniteQuantity&apos; must be null or name a quantity that this network computes</source>
        <translation>&apos;firstNonFiniteQuantity&apos; must be null or name a quantity that this network computes</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="662"/>
        <source>it lists %1 blocks, but a general trace has %2</source>
        <translation>it lists %1 blocks, but a general trace has %2</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="669"/>
        <source>block %1 must be &apos;%2&apos; of %3 bytes for this network and data, not %4 of %5 bytes</source>
        <translation>block %1 must be &apos;%2&apos; of %3 bytes for this network and data, not %4 of %5 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="721"/>
        <source>&apos;momentum&apos; does not agree with the exact value in the parameters block</source>
        <translation>&apos;momentum&apos; does not agree with the exact value in the parameters block</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="740"/>
        <source>the recorded values are not those of this run recomputed by DeltaTrace (seed %1, alpha %2, %3 epochs): %4</source>
        <translation>the recorded values are not those of this run recomputed by DeltaTrace (seed %1, alpha %2, %3 epochs): %4</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="811"/>
        <source>reading was cancelled</source>
        <translation>reading was cancelled</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <location filename="../src/core/regularfile.cpp" line="27"/>
        <location filename="../src/core/regularfile.cpp" line="54"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="28"/>
        <location filename="../src/core/regularfile.cpp" line="34"/>
        <location filename="../src/core/regularfile.cpp" line="48"/>
        <location filename="../src/core/regularfile.cpp" line="61"/>
        <source>cannot be opened: %1</source>
        <translation>cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="38"/>
        <location filename="../src/core/regularfile.cpp" line="56"/>
        <source>is a folder, not %1</source>
        <translation>is a folder, not %1</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="42"/>
        <source>is not a regular file (a device, a FIFO or a socket), so it cannot be %1</source>
        <translation>is not a regular file (a device, a FIFO or a socket), so it cannot be %1</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="58"/>
        <source>is not a regular file, so it cannot be %1</source>
        <translation>is not a regular file, so it cannot be %1</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="69"/>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="74"/>
        <source>is a symbolic link to nothing; refusing to replace it</source>
        <translation>is a symbolic link to nothing; refusing to replace it</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="78"/>
        <source>is a folder; give a file name</source>
        <translation>is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="80"/>
        <source>is not a regular file (a device, a FIFO or a socket); refusing to replace it</source>
        <translation>is not a regular file (a device, a FIFO or a socket); refusing to replace it</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="85"/>
        <source>is the file being read; refusing to overwrite it (choose another name)</source>
        <translation>is the file being read; refusing to overwrite it (choose another name)</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="98"/>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="99"/>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="100"/>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="101"/>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="102"/>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="103"/>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="104"/>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../src/core/tour.cpp" line="41"/>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="42"/>
        <source>the string %1</source>
        <translation>the string %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="43"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="44"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="47"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="61"/>
        <source>%1 must be an object ({ ... }), not %2</source>
        <translation>%1 must be an object ({ ... }), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="65"/>
        <source>the top-level object</source>
        <translation>the top-level object</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="70"/>
        <source>unknown key %1 in %2 (allowed keys: %3)</source>
        <translation>unknown key %1 in %2 (allowed keys: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="82"/>
        <source>%1 must be an integer from %2 to %3, not %4</source>
        <translation>%1 must be an integer from %2 to %3, not %4</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="91"/>
        <source>%1 must be a string, not %2</source>
        <translation>%1 must be a string, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="104"/>
        <source>%1 must have a note in &quot;ko&quot;, in &quot;en&quot; or in both</source>
        <translation>%1 must have a note in &quot;ko&quot;, in &quot;en&quot; or in both</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="120"/>
        <source>%1 must be a string (one line), not %2</source>
        <translation>%1 must be a string (one line), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="130"/>
        <source>%1 must be a string or an array of lines, not %2</source>
        <translation>%1 must be a string or an array of lines, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="135"/>
        <source>%1 must not be empty (leave the language out instead)</source>
        <translation>%1 must not be empty (leave the language out instead)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="138"/>
        <source>%1 is %2 characters long; a note may have at most %3</source>
        <translation>%1 is %2 characters long; a note may have at most %3</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="146"/>
        <source>%1 must not contain control characters such as \u001b (line breaks are \n)</source>
        <translation>%1 must not contain control characters such as \u001b (line breaks are \n)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="196"/>
        <source>%1 names an event and a place; a stop is one or the other (leave out &quot;epoch&quot;, &quot;sample&quot; and &quot;operation&quot;, or &quot;event&quot;)</source>
        <translation>%1 names an event and a place; a stop is one or the other (leave out &quot;epoch&quot;, &quot;sample&quot; and &quot;operation&quot;, or &quot;event&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="206"/>
        <source>unknown event %1 in %2 (known events: %3)</source>
        <translation>unknown event %1 in %2 (known events: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="213"/>
        <source>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run) or &quot;event&quot;</source>
        <translation>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run) or &quot;event&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="233"/>
        <source>unknown quantity %1 in %2 (known quantities: %3)</source>
        <translation>unknown quantity %1 in %2 (known quantities: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="240"/>
        <source>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</source>
        <translation>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="160"/>
        <source>missing key &quot;note&quot; in %1 (what to say at this stop)</source>
        <translation>missing key &quot;note&quot; in %1 (what to say at this stop)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="170"/>
        <source>unknown view %1 in %2 (known views: %3)</source>
        <translation>unknown view %1 in %2 (known views: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="269"/>
        <source>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run)</source>
        <translation>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="288"/>
        <source>unknown quantity %1 in %2 (a layer&apos;s quantity such as v1, y2, e2, delta1, dW1, dW1_sum, dW1_avg, m1 or W1)</source>
        <translation>unknown quantity %1 in %2 (a layer&apos;s quantity such as v1, y2, e2, delta1, dW1, dW1_sum, dW1_avg, m1 or W1)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="301"/>
        <source>%1 is %2, which this network does not compute at sample %3 (it computes %4)</source>
        <translation>%1 is %2, which this network does not compute at sample %3 (it computes %4)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="330"/>
        <source>the file is %1 bytes; a tour file may have at most %2 bytes (1 MiB)</source>
        <translation>the file is %1 bytes; a tour file may have at most %2 bytes (1 MiB)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="339"/>
        <source>invalid UTF-8 (byte 0x%1); tour files must be saved as UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1); tour files must be saved as UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="342"/>
        <source>the file is empty (a tour file is a JSON object)</source>
        <translation>the file is empty (a tour file is a JSON object)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="345"/>
        <location filename="../src/core/tour.cpp" line="352"/>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="348"/>
        <source>the top level must be a JSON object ({ ... })</source>
        <translation>the top level must be a JSON object ({ ... })</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="355"/>
        <source>duplicate key %1 (each key may appear only once)</source>
        <translation>duplicate key %1 (each key may appear only once)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="361"/>
        <source>missing key &quot;format&quot; (a DeltaTrace tour file has &quot;format&quot;: &quot;%1&quot;; this is not one)</source>
        <translation>missing key &quot;format&quot; (a DeltaTrace tour file has &quot;format&quot;: &quot;%1&quot;; this is not one)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="363"/>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace tour file)</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace tour file)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="368"/>
        <source>missing key &quot;version&quot; (this DeltaTrace reads version 1)</source>
        <translation>missing key &quot;version&quot; (this DeltaTrace reads version 1)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="371"/>
        <source>this tour was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</source>
        <translation>this tour was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="374"/>
        <source>&quot;version&quot; must be the integer %1, not %2</source>
        <translation>&quot;version&quot; must be the integer %1, not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="384"/>
        <source>missing key &quot;%1&quot; in the top-level object</source>
        <translation>missing key &quot;%1&quot; in the top-level object</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="394"/>
        <source>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</source>
        <translation>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="437"/>
        <source>%1 must be an array of stops ([ ... ]), not %2</source>
        <translation>%1 must be an array of stops ([ ... ]), not %2</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="442"/>
        <source>%1 must have 1 to %2 stops, not %3</source>
        <translation>%1 must have 1 to %2 stops, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="501"/>
        <source>a tour file</source>
        <translation>a tour file</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="507"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="516"/>
        <source>there is not enough memory to read this tour</source>
        <translation>there is not enough memory to read this tour</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="558"/>
        <location filename="../src/core/tour.cpp" line="561"/>
        <source>cannot be written: %1</source>
        <translation>cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>TraceExporter</name>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="200"/>
        <location filename="../src/core/traceexporter.cpp" line="136"/>
        <source>epochs %1 to %2 are outside the trace, which has epochs 0 to %3</source>
        <translation>epochs %1 to %2 are outside the trace, which has epochs 0 to %3</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="204"/>
        <location filename="../src/core/traceexporter.cpp" line="139"/>
        <source>cannot export an empty or incomplete trace</source>
        <translation>cannot export an empty or incomplete trace</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="206"/>
        <location filename="../src/core/traceexporter.cpp" line="141"/>
        <source>cannot write: the output is not open for writing</source>
        <translation>cannot write: the output is not open for writing</translation>
    </message>
    <message>
        <location filename="../src/core/traceexporter.cpp" line="145"/>
        <source>a numpy script recomputes the whole run; it cannot be limited to some epochs</source>
        <translation>a numpy script recomputes the whole run; it cannot be limited to some epochs</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="234"/>
        <location filename="../src/core/exporttextwriter.cpp" line="161"/>
        <location filename="../src/core/exporttextwriter.cpp" line="176"/>
        <location filename="../src/core/exporttextwriter.cpp" line="181"/>
        <location filename="../src/core/traceexporter.cpp" line="148"/>
        <location filename="../src/core/traceexporter.cpp" line="236"/>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <location filename="../src/core/tracefile.cpp" line="285"/>
        <source>W1 (4 x 3) and W2 (1 x 4)</source>
        <translation>W1 (4 x 3) and W2 (1 x 4)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="285"/>
        <source>W (1 x 3)</source>
        <translation>W (1 x 3)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="267"/>
        <location filename="../src/core/tracefile.cpp" line="329"/>
        <source>invalid header: %1</source>
        <translation>invalid header: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="272"/>
        <location filename="../src/core/tracefile.cpp" line="334"/>
        <source>%1: %2 (at byte %3)</source>
        <translation>%1: %2 (at byte %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="360"/>
        <source>cannot go back in the file: %1</source>
        <translation>cannot go back in the file: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="371"/>
        <source>unexpected end of the file</source>
        <translation>unexpected end of the file</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="856"/>
        <location filename="../src/core/tracefile.cpp" line="383"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="857"/>
        <location filename="../src/core/tracefile.cpp" line="384"/>
        <source>the file ended early (was it changed while being read?)</source>
        <translation>the file ended early (was it changed while being read?)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="419"/>
        <source>cannot write a trace of %1 epochs (the limit is 1 to %2)</source>
        <translation>cannot write a trace of %1 epochs (the limit is 1 to %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="421"/>
        <source>cannot write a trace whose alpha is not a finite number</source>
        <translation>cannot write a trace whose alpha is not a finite number</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="424"/>
        <source>cannot write a trace whose lesson source is %1 bytes (a lesson file is at most %2)</source>
        <translation>cannot write a trace whose lesson source is %1 bytes (a lesson file is at most %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="449"/>
        <location filename="../src/core/networktracefile.cpp" line="453"/>
        <location filename="../src/core/tracefile.cpp" line="553"/>
        <location filename="../src/core/tracefile.cpp" line="558"/>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="581"/>
        <source>cannot write every value of a run recorded with epoch checkpoints only</source>
        <translation>cannot write every value of a run recorded with epoch checkpoints only</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="585"/>
        <source>cannot write an incomplete trace (its arrays do not match its %1 epochs)</source>
        <translation>cannot write an incomplete trace (its arrays do not match its %1 epochs)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="589"/>
        <source>cannot save the exercises: %1</source>
        <translation>cannot save the exercises: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="593"/>
        <source>cannot write a trace whose header would be %1 bytes (the limit is %2; are the lesson and experiment ids that long?)</source>
        <translation>cannot write a trace whose header would be %1 bytes (the limit is %2; are the lesson and experiment ids that long?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="442"/>
        <location filename="../src/core/tracefile.cpp" line="601"/>
        <source>cannot create the file: %1</source>
        <translation>cannot create the file: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="846"/>
        <location filename="../src/core/networktracefile.cpp" line="875"/>
        <location filename="../src/core/tracefile.cpp" line="616"/>
        <source>a trace file</source>
        <translation>a trace file</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="831"/>
        <location filename="../src/core/tracefile.cpp" line="636"/>
        <source>%1: there is not enough memory to read this trace</source>
        <translation>%1: there is not enough memory to read this trace</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="470"/>
        <location filename="../src/core/tracefile.cpp" line="690"/>
        <source>not a DeltaTrace trace file (a trace file starts with &quot;DTRACE&quot;)</source>
        <translation>not a DeltaTrace trace file (a trace file starts with &quot;DTRACE&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="472"/>
        <location filename="../src/core/tracefile.cpp" line="692"/>
        <source>too short for a DeltaTrace trace file: %1 bytes, less than the %2 of its fixed header and checksum (truncated?)</source>
        <translation>too short for a DeltaTrace trace file: %1 bytes, less than the %2 of its fixed header and checksum (truncated?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="478"/>
        <location filename="../src/core/tracefile.cpp" line="697"/>
        <source>written by a newer version of DeltaTrace (trace format %1; this version reads format %2)</source>
        <translation>written by a newer version of DeltaTrace (trace format %1; this version reads format %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="481"/>
        <location filename="../src/core/tracefile.cpp" line="700"/>
        <source>unknown trace format version 0</source>
        <translation>unknown trace format version 0</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="488"/>
        <location filename="../src/core/tracefile.cpp" line="703"/>
        <source>the header length %1 goes beyond the end of the file (only %2 bytes follow before the checksum; truncated?)</source>
        <translation>the header length %1 goes beyond the end of the file (only %2 bytes follow before the checksum; truncated?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="491"/>
        <location filename="../src/core/tracefile.cpp" line="706"/>
        <source>the header length %1 is implausible (a header is at most %2 bytes)</source>
        <translation>the header length %1 is implausible (a header is at most %2 bytes)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="500"/>
        <location filename="../src/core/tracefile.cpp" line="716"/>
        <source>the header is not valid JSON: %1</source>
        <translation>the header is not valid JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="503"/>
        <location filename="../src/core/tracefile.cpp" line="719"/>
        <source>the header is not a JSON object</source>
        <translation>the header is not a JSON object</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="522"/>
        <location filename="../src/core/tracefile.cpp" line="730"/>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; is missing</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="741"/>
        <source>&apos;lessonId&apos; must be a string</source>
        <translation>&apos;lessonId&apos; must be a string</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="743"/>
        <source>&apos;experimentId&apos; must be a string</source>
        <translation>&apos;experimentId&apos; must be a string</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="745"/>
        <source>&apos;rule&apos; must be a string</source>
        <translation>&apos;rule&apos; must be a string</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="749"/>
        <source>unknown rule &apos;%1&apos; (expected forward, delta-rule, backprop-sigmoid or backprop-ce)</source>
        <translation>unknown rule &apos;%1&apos; (expected forward, delta-rule, backprop-sigmoid or backprop-ce)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="541"/>
        <location filename="../src/core/tracefile.cpp" line="753"/>
        <source>&apos;seed&apos; must be a whole number from 0 to %1</source>
        <translation>&apos;seed&apos; must be a whole number from 0 to %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="604"/>
        <location filename="../src/core/tracefile.cpp" line="757"/>
        <source>&apos;epochs&apos; must be a whole number from 1 to %1</source>
        <translation>&apos;epochs&apos; must be a whole number from 1 to %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="544"/>
        <location filename="../src/core/tracefile.cpp" line="761"/>
        <source>&apos;alpha&apos; must be a finite number</source>
        <translation>&apos;alpha&apos; must be a finite number</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="763"/>
        <source>&apos;X&apos; must be 4 rows of 3 numbers</source>
        <translation>&apos;X&apos; must be 4 rows of 3 numbers</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="765"/>
        <source>&apos;D&apos; must be a list of 4 numbers</source>
        <translation>&apos;D&apos; must be a list of 4 numbers</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="767"/>
        <source>&apos;initial&apos; must hold the weights %1 of a %2 network</source>
        <translation>&apos;initial&apos; must hold the weights %1 of a %2 network</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="776"/>
        <source>&apos;fullRecord&apos; must be true or false</source>
        <translation>&apos;fullRecord&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="782"/>
        <source>&apos;storage&apos; may only be &quot;compact&quot;, in a trace of format 2 or later without a full record</source>
        <translation>&apos;storage&apos; may only be &quot;compact&quot;, in a trace of format 2 or later without a full record</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="621"/>
        <location filename="../src/core/tracefile.cpp" line="789"/>
        <source>&apos;firstNonFiniteStep&apos; must be -1 or a step of the run (0 to %1)</source>
        <translation>&apos;firstNonFiniteStep&apos; must be -1 or a step of the run (0 to %1)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="794"/>
        <source>&apos;firstNonFiniteQuantity&apos; must name a quantity that the %1 rule records</source>
        <translation>&apos;firstNonFiniteQuantity&apos; must name a quantity that the %1 rule records</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="631"/>
        <location filename="../src/core/tracefile.cpp" line="798"/>
        <source>&apos;firstSaturatedStep&apos; must be -1 or a step of the run (0 to %1)</source>
        <translation>&apos;firstSaturatedStep&apos; must be -1 or a step of the run (0 to %1)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="654"/>
        <location filename="../src/core/tracefile.cpp" line="819"/>
        <source>&apos;blocks&apos; must be a list</source>
        <translation>&apos;blocks&apos; must be a list</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="659"/>
        <location filename="../src/core/tracefile.cpp" line="824"/>
        <source>the first block must be the lesson source, of 0 to %1 bytes</source>
        <translation>the first block must be the lesson source, of 0 to %1 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="827"/>
        <source>a %1 trace of %2 epochs with %3</source>
        <translation>a %1 trace of %2 epochs with %3</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="828"/>
        <source>its inputs and a digest</source>
        <translation>its inputs and a digest</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="829"/>
        <source>a full record</source>
        <translation>a full record</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="830"/>
        <source>epoch checkpoints only</source>
        <translation>epoch checkpoints only</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="833"/>
        <source>it lists %1 blocks, but %2 has %3</source>
        <translation>it lists %1 blocks, but %2 has %3</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="840"/>
        <source>block %1 must be &apos;%2&apos; of %3 bytes in %4, not &apos;%5&apos; of %6 bytes</source>
        <translation>block %1 must be &apos;%2&apos; of %3 bytes in %4, not &apos;%5&apos; of %6 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="680"/>
        <location filename="../src/core/tracefile.cpp" line="853"/>
        <source>truncated: the file is %1 bytes, but its header declares %2 bytes</source>
        <translation>truncated: the file is %1 bytes, but its header declares %2 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="682"/>
        <location filename="../src/core/tracefile.cpp" line="855"/>
        <source>the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end</source>
        <translation>the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="315"/>
        <location filename="../src/core/tracefile.cpp" line="874"/>
        <source>&apos;%1&apos; must be at most %2 printable characters, not %3</source>
        <translation>&apos;%1&apos; must be at most %2 printable characters, not %3</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="329"/>
        <location filename="../src/core/networktracefile.cpp" line="538"/>
        <location filename="../src/core/tracefile.cpp" line="878"/>
        <source>&apos;experimentId&apos; must not be empty</source>
        <translation>&apos;experimentId&apos; must not be empty</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="895"/>
        <source>%1 declares a full record of %2 bytes, but DeltaTrace records a run that long with epoch checkpoints only (a full record is at most %3 bytes)</source>
        <translation>%1 declares a full record of %2 bytes, but DeltaTrace records a run that long with epoch checkpoints only (a full record is at most %3 bytes)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="347"/>
        <location filename="../src/core/networktracefile.cpp" line="712"/>
        <location filename="../src/core/tracefile.cpp" line="908"/>
        <source>alpha is not a finite number</source>
        <translation>alpha is not a finite number</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="350"/>
        <location filename="../src/core/networktracefile.cpp" line="717"/>
        <location filename="../src/core/tracefile.cpp" line="910"/>
        <source>X or D holds a value that is not a finite number</source>
        <translation>X or D holds a value that is not a finite number</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="922"/>
        <source>&apos;lessonId&apos; is %1, but the embedded lesson is %2</source>
        <translation>&apos;lessonId&apos; is %1, but the embedded lesson is %2</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="925"/>
        <source>the embedded lesson has no experiment %1</source>
        <translation>the embedded lesson has no experiment %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="927"/>
        <source>the rule is %1, but experiment %2 of the embedded lesson uses %3</source>
        <translation>the rule is %1, but experiment %2 of the embedded lesson uses %3</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="930"/>
        <source>X and D differ from the embedded lesson&apos;s data</source>
        <translation>X and D differ from the embedded lesson&apos;s data</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="730"/>
        <location filename="../src/core/tracefile.cpp" line="941"/>
        <source>the initial weights are not those of seed %1</source>
        <translation>the initial weights are not those of seed %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="719"/>
        <location filename="../src/core/tracefile.cpp" line="951"/>
        <source>&apos;alpha&apos; does not agree with the exact value in the parameters block</source>
        <translation>&apos;alpha&apos; does not agree with the exact value in the parameters block</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="723"/>
        <location filename="../src/core/tracefile.cpp" line="953"/>
        <source>&apos;X&apos; does not agree with the exact values in the parameters block</source>
        <translation>&apos;X&apos; does not agree with the exact values in the parameters block</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="725"/>
        <location filename="../src/core/tracefile.cpp" line="955"/>
        <source>&apos;D&apos; does not agree with the exact values in the parameters block</source>
        <translation>&apos;D&apos; does not agree with the exact values in the parameters block</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="732"/>
        <location filename="../src/core/tracefile.cpp" line="957"/>
        <source>&apos;initial&apos; does not agree with the exact weights in the parameters block</source>
        <translation>&apos;initial&apos; does not agree with the exact weights in the parameters block</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="987"/>
        <source>the recorded values are not those of this run recomputed by DeltaTrace (%1 rule, seed %2, alpha %3, %4 epochs): %5</source>
        <translation>the recorded values are not those of this run recomputed by DeltaTrace (%1 rule, seed %2, alpha %3, %4 epochs): %5</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="759"/>
        <location filename="../src/core/tracefile.cpp" line="1016"/>
        <source>the final weights differ</source>
        <translation>the final weights differ</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="763"/>
        <location filename="../src/core/tracefile.cpp" line="1021"/>
        <source>the header&apos;s &apos;firstNonFiniteStep&apos; is %1 with &apos;%2&apos;, but the run&apos;s first non-finite value is at step %3 (%4)</source>
        <translation>the header&apos;s &apos;firstNonFiniteStep&apos; is %1 with &apos;%2&apos;, but the run&apos;s first non-finite value is at step %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="767"/>
        <location filename="../src/core/tracefile.cpp" line="1025"/>
        <source>the header&apos;s &apos;firstSaturatedStep&apos; is %1, but the run first saturates at step %2</source>
        <translation>the header&apos;s &apos;firstSaturatedStep&apos; is %1, but the run first saturates at step %2</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1041"/>
        <source>an exercise record needs the embedded lesson, which is not a lesson with this experiment</source>
        <translation>an exercise record needs the embedded lesson, which is not a lesson with this experiment</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="467"/>
        <location filename="../src/core/tracefile.cpp" line="1062"/>
        <source>the file is empty, not a DeltaTrace trace file</source>
        <translation>the file is empty, not a DeltaTrace trace file</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="694"/>
        <location filename="../src/core/tracefile.cpp" line="1108"/>
        <source>corrupted: checksum mismatch (the file says %1, its bytes give %2)</source>
        <translation>corrupted: checksum mismatch (the file says %1, its bytes give %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="751"/>
        <location filename="../src/core/tracefile.cpp" line="1127"/>
        <source>its digest differs, so it was recorded by a DeltaTrace whose arithmetic differs from this one&apos;s, and its numbers would not be the ones shown here</source>
        <translation>its digest differs, so it was recorded by a DeltaTrace whose arithmetic differs from this one&apos;s, and its numbers would not be the ones shown here</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1136"/>
        <source>internal error: block &apos;%1&apos; does not fit the trace</source>
        <translation>internal error: block &apos;%1&apos; does not fit the trace</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1146"/>
        <source>block &apos;%1&apos; is the first to differ</source>
        <translation>block &apos;%1&apos; is the first to differ</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1202"/>
        <source>internal error: the run could not be recomputed</source>
        <translation>internal error: the run could not be recomputed</translation>
    </message>
</context>
<context>
    <name>deltatrace::ArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights (the forward pass does not change them)</source>
        <translation>Weights (the forward pass does not change them)</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights before this sample step</source>
        <translation>Weights before this sample step</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="222"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="223"/>
        <source>After this sample step&apos;s update</source>
        <translation>After this sample step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="242"/>
        <source>: not updated yet</source>
        <translation>: not updated yet</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="269"/>
        <source>Recording the run… Its arithmetic appears here, number by number, as soon as it is done.</source>
        <translation>Recording the run… Its arithmetic appears here, number by number, as soon as it is done.</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="270"/>
        <source>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</source>
        <translation>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="187"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="281"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>Epoch %1, sample k = %2 · operation %3 of %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="309"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="310"/>
        <source>Input x = %1,  target d = %2</source>
        <translation>Input x = %1,  target d = %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="310"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="311"/>
        <source>Input x = %1</source>
        <translation>Input x = %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::BookmarkDialog</name>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="22"/>
        <source>Add Bookmark</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="28"/>
        <source>What to say at this stop (plain text)</source>
        <translation>What to say at this stop (plain text)</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Input Plane</source>
        <translation>Input Plane</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Training Charts</source>
        <translation>Training Charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Trace Table</source>
        <translation>Trace Table</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="32"/>
        <source>(as it is)</source>
        <translation>(as it is)</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="37"/>
        <source>Note in Korean:</source>
        <translation>Note in Korean:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="38"/>
        <source>Note in English:</source>
        <translation>Note in English:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="39"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="41"/>
        <source>A tour stop at the position shown, with a note in one language or both.</source>
        <translation>A tour stop at the position shown, with a note in one language or both.</translation>
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
        <location filename="../src/app/views/comparisonview.cpp" line="162"/>
        <source>difference</source>
        <translation>difference</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="182"/>
        <source>Compared with: %1 (same initial weights)</source>
        <translation>Compared with: %1 (same initial weights)</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="182"/>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="183"/>
        <source>Stop comparing</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="156"/>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="159"/>
        <source>compared run</source>
        <translation>compared run</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExerciseMode</name>
    <message>
        <location filename="../src/app/window/exercisemode.cpp" line="66"/>
        <source>the lesson inside the trace has no exercises for this run</source>
        <translation>the lesson inside the trace has no exercises for this run</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExercisePanel</name>
    <message numerus="yes">
        <location filename="../src/app/views/exercisepanel.cpp" line="183"/>
        <source>Work out %1 at epoch %2, sample k = %3, to %n significant digit(s).</source>
        <translation>
            <numerusform>Work out %1 at epoch %2, sample k = %3, to %n significant digit.</numerusform>
            <numerusform>Work out %1 at epoch %2, sample k = %3, to %n significant digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="197"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="198"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="199"/>
        <source>Show Answer</source>
        <translation>Show Answer</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="200"/>
        <source>Your answer, e.g. 0.1234 or -1.5e-3</source>
        <translation>Your answer, e.g. 0.1234 or -1.5e-3</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="201"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="202"/>
        <source>Check the answer (Enter)</source>
        <translation>Check the answer (Enter)</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="203"/>
        <source>Show the value and go on; it counts as revealed</source>
        <translation>Show the value and go on; it counts as revealed</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="207"/>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="208"/>
        <source>This run has no exercises.</source>
        <translation>This run has no exercises.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="210"/>
        <source>Exercise %1 of %2</source>
        <translation>Exercise %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="213"/>
        <source>Exercises done</source>
        <translation>Exercises done</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="214"/>
        <source>All %1 exercises are done: %2 right, %3 revealed. Step on to see the rest of the run.</source>
        <translation>All %1 exercises are done: %2 right, %3 revealed. Step on to see the rest of the run.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="224"/>
        <source>Right: %1 · Revealed: %2 · Left: %3</source>
        <translation>Right: %1 · Revealed: %2 · Left: %3</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="235"/>
        <source>Right: %1.</source>
        <translation>Right: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="238"/>
        <source>Not quite. Check the arithmetic and try again, or look at the hint.</source>
        <translation>Not quite. Check the arithmetic and try again, or look at the hint.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="241"/>
        <source>&quot;%1&quot; is not a number. Type a decimal number such as 0.1234 or -1.5e-3.</source>
        <translation>&quot;%1&quot; is not a number. Type a decimal number such as 0.1234 or -1.5e-3.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="244"/>
        <source>The answer is %1 (counted as revealed).</source>
        <translation>The answer is %1 (counted as revealed).</translation>
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
        <location filename="../src/app/window/experimentlauncher.cpp" line="105"/>
        <source>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</source>
        <translation>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="176"/>
        <source>There is no lesson to compare in.</source>
        <translation>There is no lesson to compare in.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="181"/>
        <source>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</source>
        <translation>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreDialog</name>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="228"/>
        <source>Explore Seeds</source>
        <translation>Explore Seeds</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="229"/>
        <source>Explore seeds</source>
        <translation>Explore seeds</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="230"/>
        <source>First experiment</source>
        <translation>First experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="231"/>
        <source>Second experiment</source>
        <translation>Second experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="232"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="236"/>
        <source>First seed</source>
        <translation>First seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="237"/>
        <source>Last seed</source>
        <translation>Last seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="238"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="239"/>
        <source>&amp;Explore</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="240"/>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="241"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="242"/>
        <source>Cancel the exploration</source>
        <translation>Cancel the exploration</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="243"/>
        <source>Seeds explored</source>
        <translation>Seeds explored</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="244"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="266"/>
        <source>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</source>
        <translation>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="245"/>
        <source>Outcomes by experiment</source>
        <translation>Outcomes by experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="246"/>
        <source>Outcome of every seed</source>
        <translation>Outcome of every seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="247"/>
        <source>Double-click a seed, or press Enter, to open that run</source>
        <translation>Double-click a seed, or press Enter, to open that run</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="248"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="249"/>
        <source>Epochs to Solve</source>
        <translation>Epochs to Solve</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="250"/>
        <source>Seed by Seed</source>
        <translation>Seed by Seed</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="251"/>
        <source>&amp;First experiment:</source>
        <translation>&amp;First experiment:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="252"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="253"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="254"/>
        <source>&amp;Seeds from:</source>
        <translation>&amp;Seeds from:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="255"/>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochs:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="269"/>
        <source>Exploring…</source>
        <translation>Exploring…</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="270"/>
        <source>The exploration was cancelled.</source>
        <translation>The exploration was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="451"/>
        <source>Seeds %1 to %2, %3 epochs each:</source>
        <translation>Seeds %1 to %2, %3 epochs each:</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="459"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="461"/>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="461"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="472"/>
        <source>Both solved: %1. Only %2 solved: %3. Only %4 solved: %5. Neither solved: %6.</source>
        <translation>Both solved: %1. Only %2 solved: %3. Only %4 solved: %5. Neither solved: %6.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="480"/>
        <source>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</source>
        <translation>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="483"/>
        <source>Where only one solved, the start was the same: the method made the difference there.</source>
        <translation>Where only one solved, the start was the same: the method made the difference there.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="539"/>
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
        <location filename="../src/app/window/fileactions.cpp" line="77"/>
        <location filename="../src/app/window/fileactions.cpp" line="92"/>
        <source>there is not enough memory to read it</source>
        <translation>there is not enough memory to read it</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="80"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>Could not open the trace file %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="100"/>
        <source>The lesson text inside this trace file could not be read (%1); the run replays without it.</source>
        <translation>The lesson text inside this trace file could not be read (%1); the run replays without it.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="110"/>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="123"/>
        <source>Could not save the trace to %1: %2</source>
        <translation>Could not save the trace to %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="127"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="141"/>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="147"/>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="159"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="176"/>
        <source>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</source>
        <translation>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="195"/>
        <source>Save Trace</source>
        <translation>Save Trace</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="195"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace traces (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="209"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="209"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="241"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>The file %1 no longer exists; it was removed from the list.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="248"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
</context>
<context>
    <name>deltatrace::FormulaView</name>
    <message>
        <location filename="../src/app/views/formulaview.cpp" line="493"/>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="201"/>
        <source>No general network run yet: record one to see its arithmetic, number by number.</source>
        <translation>No general network run yet: record one to see its arithmetic, number by number.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="202"/>
        <source>Column j:</source>
        <translation>Column j:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="203"/>
        <source>The unit whose arithmetic is shown (the row of a matrix)</source>
        <translation>The unit whose arithmetic is shown (the row of a matrix)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="204"/>
        <source>The column of the matrix element shown</source>
        <translation>The column of the matrix element shown</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="231"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>Epoch %1, sample k = %2 · operation %3 of %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="264"/>
        <source>Row i:</source>
        <translation>Row i:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="264"/>
        <source>Unit i:</source>
        <translation>Unit i:</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralInputPlaneView</name>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="336"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="347"/>
        <source>%1–%2 plane</source>
        <translation>%1–%2 plane</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="348"/>
        <source>%1–%2 plane (%3 held)</source>
        <translation>%1–%2 plane (%3 held)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="351"/>
        <source>Outputs per sample: the data has one input</source>
        <translation>Outputs per sample: the data has one input</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="353"/>
        <source>Outputs per sample: the data has one varying input</source>
        <translation>Outputs per sample: the data has one varying input</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="355"/>
        <source>Outputs per sample: no input varies in the data</source>
        <translation>Outputs per sample: no input varies in the data</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="356"/>
        <source>Outputs per sample: the data has %1 varying inputs</source>
        <translation>Outputs per sample: the data has %1 varying inputs</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="375"/>
        <source>Epoch %1, sample %2: the weights before this step.</source>
        <translation>Epoch %1, sample %2: the weights before this step.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="377"/>
        <source>Epoch %1, sample %2: the weights after this step&apos;s update.</source>
        <translation>Epoch %1, sample %2: the weights after this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="379"/>
        <source>Epoch %1, sample %2: W1 to W%3 updated, the later layers not yet.</source>
        <translation>Epoch %1, sample %2: W1 to W%3 updated, the later layers not yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="382"/>
        <source>The weights are not finite (inf or NaN): the network has no output to draw.</source>
        <translation>The weights are not finite (inf or NaN): the network has no output to draw.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="384"/>
        <source>Some outputs are not finite (inf or NaN).</source>
        <translation>Some outputs are not finite (inf or NaN).</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="461"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="482"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="537"/>
        <source>largest output</source>
        <translation>largest output</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="463"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="487"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="541"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="556"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="579"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="585"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="982"/>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="574"/>
        <source>● output   ▲ target</source>
        <translation>● output   ▲ target</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="588"/>
        <source>▲ target class</source>
        <translation>▲ target class</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="790"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="836"/>
        <source>Updating the plane…</source>
        <translation>Updating the plane…</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="836"/>
        <source>Computing the plane…</source>
        <translation>Computing the plane…</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralNetworkDiagram</name>
    <message>
        <location filename="../src/app/views/generalnetworkdiagram.cpp" line="164"/>
        <source>after this step&apos;s update</source>
        <translation>after this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalnetworkdiagram.cpp" line="164"/>
        <source>before this step&apos;s update</source>
        <translation>before this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="40"/>
        <source>Epoch %1, sample k = %2</source>
        <translation>Epoch %1, sample k = %2</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="47"/>
        <source>weighted sums</source>
        <translation>weighted sums</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="48"/>
        <source>the layer&apos;s outputs</source>
        <translation>the layer&apos;s outputs</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="49"/>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="50"/>
        <source>deltas</source>
        <translation>deltas</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="51"/>
        <source>this sample&apos;s weight changes</source>
        <translation>this sample&apos;s weight changes</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="52"/>
        <source>the batch&apos;s sum of weight changes</source>
        <translation>the batch&apos;s sum of weight changes</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="53"/>
        <source>the batch&apos;s average weight change</source>
        <translation>the batch&apos;s average weight change</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="54"/>
        <source>momentum term</source>
        <translation>momentum term</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="55"/>
        <source>new weights</source>
        <translation>new weights</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="62"/>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="131"/>
        <source>now: %1</source>
        <translation>now: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="66"/>
        <source>… %1 more</source>
        <translation>… %1 more</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="108"/>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="552"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="288"/>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="290"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="291"/>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="297"/>
        <source>forward pass ▶</source>
        <translation>forward pass ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="298"/>
        <source>◀ backward pass</source>
        <translation>◀ backward pass</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="299"/>
        <source>weight update</source>
        <translation>weight update</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="677"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralRunWindow</name>
    <message>
        <source>Recording cancelled.</source>
        <translation type="vanished">Recording cancelled.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="90"/>
        <source>Cancelled; the run shown before stays.</source>
        <translation>Cancelled; the run shown before stays.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="95"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>Could not open the trace file %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="171"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="172"/>
        <source>Start of epoch</source>
        <translation>Start of epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="173"/>
        <source>Previous epoch</source>
        <translation>Previous epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="174"/>
        <source>Previous sample</source>
        <translation>Previous sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="176"/>
        <source>Previous operation</source>
        <translation>Previous operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="177"/>
        <location filename="../src/app/window/generalrunwindow.cpp" line="705"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="178"/>
        <source>Next operation</source>
        <translation>Next operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="179"/>
        <source>Next sample</source>
        <translation>Next sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="181"/>
        <source>Next epoch</source>
        <translation>Next epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="182"/>
        <source>End of epoch</source>
        <translation>End of epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="183"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="189"/>
        <source>Go to…</source>
        <translation>Go to…</translation>
    </message>
    <message>
        <source>%1 · epoch %2, sample %3</source>
        <translation type="vanished">%1 · epoch %2, sample %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="378"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="379"/>
        <source>Stepping</source>
        <translation>Stepping</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="380"/>
        <source>Place in the run</source>
        <translation>Place in the run</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="381"/>
        <source>&amp;Experiment:</source>
        <translation>&amp;Experiment:</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="382"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="383"/>
        <source>&amp;Alpha:</source>
        <translation>&amp;Alpha:</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="384"/>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochs:</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="385"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="386"/>
        <source>Save Trace…</source>
        <translation>Save Trace…</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="387"/>
        <source>Save this run as a trace file that replays without the lesson (%1)</source>
        <translation>Save this run as a trace file that replays without the lesson (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="389"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="390"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="391"/>
        <source>Large type for a projector, without the toolbars (%1; Esc leaves)</source>
        <translation>Large type for a projector, without the toolbars (%1; Esc leaves)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="393"/>
        <source>Leave Presenter Mode</source>
        <translation>Leave Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="394"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>Next Picture (Presenter Mode)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="395"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="396"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="397"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="398"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="406"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="407"/>
        <source>Input plane</source>
        <translation>Input plane</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="408"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="409"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="410"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="412"/>
        <source>%1 · %2 — DeltaTrace</source>
        <translation>%1 · %2 — DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="477"/>
        <source>Alpha must be a decimal number above 0, like 0.5 or 1e-3.</source>
        <translation>Alpha must be a decimal number above 0, like 0.5 or 1e-3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="487"/>
        <source>%1 epochs of %2 samples are %3 sample steps; a run may have at most %4. Choose fewer epochs.</source>
        <translation>%1 epochs of %2 samples are %3 sample steps; a run may have at most %4. Choose fewer epochs.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="501"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="549"/>
        <source>Save Trace</source>
        <translation>Save Trace</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="549"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace traces (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="554"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="568"/>
        <source>Could not save the trace: %1</source>
        <translation>Could not save the trace: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="576"/>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="596"/>
        <source>Values stopped being finite at epoch %1, sample %2 (%3): the learning rate is too large for this network.</source>
        <translation>Values stopped being finite at epoch %1, sample %2 (%3): the learning rate is too large for this network.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="647"/>
        <source>Epoch %1 of %2 · sample %3 of %4 · operation %5 of %6: %7</source>
        <translation>Epoch %1 of %2 · sample %3 of %4 · operation %5 of %6: %7</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="685"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="685"/>
        <source>Epoch:sample[:operation], for example 120:3:delta1</source>
        <translation>Epoch:sample[:operation], for example 120:3:delta1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="696"/>
        <source>There is no place %1 in this run.</source>
        <translation>There is no place %1 in this run.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="708"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTour</name>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="52"/>
        <source>&amp;Start Tour</source>
        <translation>&amp;Start Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="53"/>
        <source>&amp;Next Tour Stop</source>
        <translation>&amp;Next Tour Stop</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="54"/>
        <source>&amp;Previous Tour Stop</source>
        <translation>&amp;Previous Tour Stop</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="55"/>
        <source>&amp;End Tour</source>
        <translation>&amp;End Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="169"/>
        <source>Stop %1 was passed over: its place (epoch %2, sample %3) is not in this run.</source>
        <translation>Stop %1 was passed over: its place (epoch %2, sample %3) is not in this run.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="185"/>
        <source>No stop of this tour is in this run.</source>
        <translation>No stop of this tour is in this run.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="201"/>
        <source>epoch %1, sample %2, %3</source>
        <translation>epoch %1, sample %2, %3</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTraceTable</name>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="95"/>
        <source>%1: %2 × %3 values</source>
        <translation>%1: %2 × %3 values</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="168"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="169"/>
        <source>The quantity whose values the table lists, one column per element (numpy&apos;s 0-based indices)</source>
        <translation>The quantity whose values the table lists, one column per element (numpy&apos;s 0-based indices)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="170"/>
        <location filename="../src/app/views/generaltracetable.cpp" line="172"/>
        <source>Trace table</source>
        <translation>Trace table</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="174"/>
        <source>The table lists the first %L1 of the run&apos;s %L2 sample steps.</source>
        <translation>The table lists the first %L1 of the run&apos;s %L2 sample steps.</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTraceTableModel</name>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="244"/>
        <source>%1 is computed only at a batch&apos;s last sample, where the weights are updated.</source>
        <translation>%1 is computed only at a batch&apos;s last sample, where the weights are updated.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="255"/>
        <source>%1 = ?: not computed yet at this operation.</source>
        <translation>%1 = ?: not computed yet at this operation.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="277"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>Not finite: the number overflowed (too large for a double).</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="279"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>Changed in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="280"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>Unchanged in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="324"/>
        <source>Sample step %1: epoch × %2 + sample</source>
        <translation>Sample step %1: epoch × %2 + sample</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="333"/>
        <source>Epoch (one pass over the %1 samples)</source>
        <translation>Epoch (one pass over the %1 samples)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="334"/>
        <source>Sample k (row of X)</source>
        <translation>Sample k (row of X)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="340"/>
        <source>%1: the weight after the update, at a batch&apos;s last sample; bold when the update changed it</source>
        <translation>%1: the weight after the update, at a batch&apos;s last sample; bold when the update changed it</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="343"/>
        <source>%1: computed at a batch&apos;s last sample, where the weights are updated</source>
        <translation>%1: computed at a batch&apos;s last sample, where the weights are updated</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="344"/>
        <source>%1: computed in this step</source>
        <translation>%1: computed in this step</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTrainingCharts</name>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="341"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="387"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="399"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="718"/>
        <source>mean squared error</source>
        <translation>mean squared error</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="401"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="720"/>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="408"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="415"/>
        <source>Outputs per epoch</source>
        <translation>Outputs per epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="419"/>
        <source>Outputs %1 of the current sample per epoch, with their targets d</source>
        <translation>Outputs %1 of the current sample per epoch, with their targets d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="422"/>
        <source>Output %1 per epoch of %2 of the %3 samples, with their targets d</source>
        <translation>Output %1 per epoch of %2 of the %3 samples, with their targets d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="423"/>
        <source>Output %1 per epoch for every sample, with its target d</source>
        <translation>Output %1 per epoch for every sample, with its target d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="471"/>
        <source>%1 of the %2 samples, spread over the data:</source>
        <translation>%1 of the %2 samples, spread over the data:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="476"/>
        <source>sample %1 (d = %2)</source>
        <translation>sample %1 (d = %2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="479"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="504"/>
        <source>target d</source>
        <translation>target d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="500"/>
        <source>target d[%1]</source>
        <translation>target d[%1]</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="512"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="543"/>
        <source>sample %1:</source>
        <translation>sample %1:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="699"/>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="737"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="741"/>
        <source>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</source>
        <translation>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="750"/>
        <source>Outputs are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</source>
        <translation>Outputs are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="804"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="805"/>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
</context>
<context>
    <name>deltatrace::HandoutDialog</name>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="34"/>
        <source>The formula with its numbers</source>
        <translation>The formula with its numbers</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="35"/>
        <source>The network diagram</source>
        <translation>The network diagram</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="36"/>
        <source>The input plane</source>
        <translation>The input plane</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="40"/>
        <location filename="../src/app/window/handoutdialog.cpp" line="116"/>
        <location filename="../src/app/window/handoutdialog.cpp" line="132"/>
        <source>Export Handout</source>
        <translation>Export Handout</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="43"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="44"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="53"/>
        <source>No chart</source>
        <translation>No chart</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="60"/>
        <source>What to say at this point (optional)</source>
        <translation>What to say at this point (optional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/handoutdialog.cpp" line="72"/>
        <source>The tour: %n stop(s), each with its note</source>
        <translation>
            <numerusform>The tour: %n stop(s), each with its note</numerusform>
            <numerusform>The tour: %n stop(s), each with its note</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="77"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="78"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="79"/>
        <source>Pictures:</source>
        <translation>Pictures:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="80"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="82"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="122"/>
        <source>Writing the handout…</source>
        <translation>Writing the handout…</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>deltatrace::HandoutWriter</name>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="200"/>
        <source>Could not write the handout %1: %2</source>
        <translation>Could not write the handout %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="205"/>
        <source>there is no recorded run to print.</source>
        <translation>there is no recorded run to print.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="207"/>
        <source>it has no section to print.</source>
        <translation>it has no section to print.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="211"/>
        <source>there is no folder %1.</source>
        <translation>there is no folder %1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="286"/>
        <source>the PDF could not be started.</source>
        <translation>the PDF could not be started.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="315"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="378"/>
        <source>the export was cancelled.</source>
        <translation>the export was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="382"/>
        <source>%1 · %2 · seed %3</source>
        <translation>%1 · %2 · seed %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="395"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>deltatrace::InputPlaneView</name>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="194"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="193"/>
        <source>Output y over the input plane (x3 = 1)</source>
        <translation>Output y over the input plane (x3 = 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="203"/>
        <location filename="../src/app/views/inputplaneview.cpp" line="221"/>
        <source>The weights do not change in this experiment.</source>
        <translation>The weights do not change in this experiment.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="31"/>
        <source>Epoch %1, k = %2: W1 already updated, W2 not yet.</source>
        <translation>Epoch %1, k = %2: W1 already updated, W2 not yet.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="32"/>
        <source>Epoch %1, k = %2: weights after this sample&apos;s update.</source>
        <translation>Epoch %1, k = %2: weights after this sample&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="33"/>
        <source>Epoch %1, k = %2: weights before this sample&apos;s update.</source>
        <translation>Epoch %1, k = %2: weights before this sample&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="195"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="198"/>
        <source>W x = 0</source>
        <translation>W x = 0</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="199"/>
        <source>y &gt; 0.5 this side</source>
        <translation>y &gt; 0.5 this side</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="196"/>
        <source>d = %1, y = %2</source>
        <translation>d = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="197"/>
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
    <name>deltatrace::LessonDataEditor</name>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="187"/>
        <source>Saved the lesson as %1. Open it later with File ▸ Open.</source>
        <translation>Saved the lesson as %1. Open it later with File ▸ Open.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="210"/>
        <source>Save as Lesson</source>
        <translation>Save as Lesson</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="210"/>
        <source>DeltaTrace lessons (*.lesson.json)</source>
        <translation>DeltaTrace lessons (*.lesson.json)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="237"/>
        <source>These are the lesson&apos;s own targets.</source>
        <translation>These are the lesson&apos;s own targets.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="237"/>
        <source>These are the lesson&apos;s own targets (%1).</source>
        <translation>These are the lesson&apos;s own targets (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="239"/>
        <source>Edited targets: the run will use your data, and the lesson&apos;s explanations will not apply.</source>
        <translation>Edited targets: the run will use your data, and the lesson&apos;s explanations will not apply.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="240"/>
        <source>Edited targets (%1): the run will use your data, and the lesson&apos;s explanations will not apply.</source>
        <translation>Edited targets (%1): the run will use your data, and the lesson&apos;s explanations will not apply.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="246"/>
        <source>Edit Data</source>
        <translation>Edit Data</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="247"/>
        <source>%1: the four samples and their targets d. Choose a preset or type a target from 0 to 1, then run the experiment on your data or save it as a new lesson.</source>
        <translation>%1: the four samples and their targets d. Choose a preset or type a target from 0 to 1, then run the experiment on your data or save it as a new lesson.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="250"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="251"/>
        <source>Target d</source>
        <translation>Target d</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="252"/>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="253"/>
        <source>&amp;Lesson&apos;s Own</source>
        <translation>&amp;Lesson&apos;s Own</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="254"/>
        <source>Put back the lesson&apos;s own targets</source>
        <translation>Put back the lesson&apos;s own targets</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="256"/>
        <source>Target d of sample %1</source>
        <translation>Target d of sample %1</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="257"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="258"/>
        <source>Record the current experiment on these targets</source>
        <translation>Record the current experiment on these targets</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="259"/>
        <source>&amp;Save as Lesson…</source>
        <translation>&amp;Save as Lesson…</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="260"/>
        <source>Write the lesson with these targets to a new lesson file</source>
        <translation>Write the lesson with these targets to a new lesson file</translation>
    </message>
</context>
<context>
    <name>deltatrace::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="114"/>
        <source>Recording cancelled; the run shown before stays.</source>
        <translation>Recording cancelled; the run shown before stays.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="119"/>
        <source>Recording %n epoch(s)…</source>
        <translation>
            <numerusform>Recording %n epoch…</numerusform>
            <numerusform>Recording %n epochs…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="237"/>
        <source>The exercises saved in this trace could not be restored: %1</source>
        <translation>The exercises saved in this trace could not be restored: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="257"/>
        <source>About DeltaTrace</source>
        <translation>About DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="258"/>
        <source>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="337"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="338"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="339"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="340"/>
        <source>&amp;Tour</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="342"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="343"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="345"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="346"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="348"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="349"/>
        <source>Open a trace file or a lesson file</source>
        <translation>Open a trace file or a lesson file</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="350"/>
        <source>&amp;Save Trace…</source>
        <translation>&amp;Save Trace…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="351"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="352"/>
        <source>Export &amp;Handout…</source>
        <translation>Export &amp;Handout…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="353"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="354"/>
        <source>&amp;Run Again</source>
        <translation>&amp;Run Again</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="355"/>
        <source>Edit &amp;Data…</source>
        <translation>Edit &amp;Data…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="356"/>
        <source>&amp;Compare with…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="357"/>
        <source>Run another experiment of this lesson from the same initial weights, side by side</source>
        <translation>Run another experiment of this lesson from the same initial weights, side by side</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="358"/>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Stop Comparing</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="359"/>
        <source>&amp;Explore Seeds…</source>
        <translation>&amp;Explore Seeds…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="360"/>
        <source>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</source>
        <translation>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="361"/>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercises</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="362"/>
        <source>Start as &amp;Student…</source>
        <translation>Start as &amp;Student…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="363"/>
        <source>Your own starting weights from your name, then the exercises</source>
        <translation>Your own starting weights from your name, then the exercises</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="364"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="365"/>
        <source>Leave Presenter Mode</source>
        <translation>Leave Presenter Mode</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="366"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="367"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="368"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="369"/>
        <source>&amp;About DeltaTrace</source>
        <translation>&amp;About DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="371"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="376"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="463"/>
        <source>Recorded %n epoch(s) (%1 sample steps).</source>
        <translation>
            <numerusform>Recorded %n epoch (%1 sample steps).</numerusform>
            <numerusform>Recorded %n epochs (%1 sample steps).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="578"/>
        <source>There is no place %1:%2:%3 in this run.</source>
        <translation>There is no place %1:%2:%3 in this run.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="380"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="381"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>Next Picture (Presenter Mode)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="382"/>
        <source>Presenter mode: show the network, the input plane or the charts</source>
        <translation>Presenter mode: show the network, the input plane or the charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="383"/>
        <source>Arrange the panels as DeltaTrace does by default for this window size</source>
        <translation>Arrange the panels as DeltaTrace does by default for this window size</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="370"/>
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
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="344"/>
        <source>its tables have %1 cells, and at most %2 can be shown</source>
        <translation>its tables have %1 cells, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="354"/>
        <source>a paragraph has %1 characters, and at most %2 can be shown</source>
        <translation>a paragraph has %1 characters, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="359"/>
        <source>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</source>
        <translation>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="364"/>
        <source>a letter carries %1 combining marks, and at most %2 can be shown</source>
        <translation>a letter carries %1 combining marks, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="408"/>
        <source>it has %1 characters, and at most %2 can be shown</source>
        <translation>it has %1 characters, and at most %2 can be shown</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="427"/>
        <source>there is not enough memory to show it</source>
        <translation>there is not enough memory to show it</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="431"/>
        <source>This lesson text is not shown: %1.</source>
        <translation>This lesson text is not shown: %1.</translation>
    </message>
</context>
<context>
    <name>deltatrace::NetworkDiagram</name>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="121"/>
        <source>after this step&apos;s update</source>
        <translation>after this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="121"/>
        <source>before this step&apos;s update</source>
        <translation>before this step&apos;s update</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="1006"/>
        <source>No run recorded yet.</source>
        <translation>No run recorded yet.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="207"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="320"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="777"/>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>positive weight</source>
        <translation>positive weight</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>negative weight (dashed)</source>
        <translation>negative weight (dashed)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>thicker = larger |weight|</source>
        <translation>thicker = larger |weight|</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>? = not computed yet</source>
        <translation>? = not computed yet</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="905"/>
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
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="70"/>
        <source>◀ backward pass</source>
        <translation>◀ backward pass</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="70"/>
        <source>forward pass ▶</source>
        <translation>forward pass ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="59"/>
        <source>now: %1</source>
        <translation>now: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="216"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="801"/>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="216"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="236"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="815"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="217"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="830"/>
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
        <location filename="../src/app/lessons/parameterspanel.cpp" line="204"/>
        <source>Recording: epoch %1 of %2</source>
        <translation>Recording: epoch %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="209"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="211"/>
        <source>&amp;Learning rate (alpha):</source>
        <translation>&amp;Learning rate (alpha):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="213"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="215"/>
        <source>np.random.seed(seed): the same seed gives the same initial weights.</source>
        <translation>np.random.seed(seed): the same seed gives the same initial weights.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="216"/>
        <source>How far each update moves the weights. Try a huge value such as 1e6: the sigmoids saturate (outputs of exactly 0 or 1) and a banner says what that stops.</source>
        <translation>How far each update moves the weights. Try a huge value such as 1e6: the sigmoids saturate (outputs of exactly 0 or 1) and a banner says what that stops.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="217"/>
        <source>How many times the four samples are visited.</source>
        <translation>How many times the four samples are visited.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="218"/>
        <source>Alpha must be a number greater than 0.</source>
        <translation>Alpha must be a number greater than 0.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="219"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="220"/>
        <source>Record the run with these parameters</source>
        <translation>Record the run with these parameters</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="221"/>
        <source>Rese&amp;t</source>
        <translation>Rese&amp;t</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="222"/>
        <source>Put back the lesson&apos;s parameters and record again</source>
        <translation>Put back the lesson&apos;s parameters and record again</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="223"/>
        <source>Edit &amp;Data…</source>
        <translation>Edit &amp;Data…</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="224"/>
        <source>Change the lesson&apos;s targets d (AND, OR, NAND, XOR or your own) before a run</source>
        <translation>Change the lesson&apos;s targets d (AND, OR, NAND, XOR or your own) before a run</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="225"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="226"/>
        <source>Stop recording; the run shown before stays</source>
        <translation>Stop recording; the run shown before stays</translation>
    </message>
</context>
<context>
    <name>deltatrace::PictureExporter</name>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="85"/>
        <source>Saved by DeltaTrace</source>
        <translation>Saved by DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="115"/>
        <source>Could not save the picture as %1: %2</source>
        <translation>Could not save the picture as %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="119"/>
        <source>there is no picture to save.</source>
        <translation>there is no picture to save.</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="152"/>
        <source>Save Picture as SVG</source>
        <translation>Save Picture as SVG</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="152"/>
        <source>Save Picture as PNG</source>
        <translation>Save Picture as PNG</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="153"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="153"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="161"/>
        <source>Save Picture</source>
        <translation>Save Picture</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="166"/>
        <source>Save Picture as SVG…</source>
        <translation>Save Picture as SVG…</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="167"/>
        <source>Save Picture as PNG…</source>
        <translation>Save Picture as PNG…</translation>
    </message>
</context>
<context>
    <name>deltatrace::PictureSizeDialog</name>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="19"/>
        <source>Picture Size</source>
        <translation>Picture Size</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="29"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="30"/>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="31"/>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="36"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="38"/>
        <source>%1 times the size on screen</source>
        <translation>%1 times the size on screen</translation>
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
        <location filename="../src/app/window/recordingjob.cpp" line="156"/>
        <source>There is not enough memory to record %1 epochs. Try fewer epochs.</source>
        <translation>There is not enough memory to record %1 epochs. Try fewer epochs.</translation>
    </message>
</context>
<context>
    <name>deltatrace::RunDisplay</name>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="147"/>
        <source>Trace table</source>
        <translation>Trace table</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="157"/>
        <location filename="../src/app/window/rundisplay.cpp" line="384"/>
        <source>This run: %1</source>
        <translation>This run: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="157"/>
        <location filename="../src/app/window/rundisplay.cpp" line="384"/>
        <source>Compared run: %1</source>
        <translation>Compared run: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="216"/>
        <source>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</source>
        <translation>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="244"/>
        <source>%1 · seed %2</source>
        <translation>%1 · seed %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="251"/>
        <source>%1 · seed %2 · alpha %3 · %4 epochs</source>
        <translation>%1 · seed %2 · alpha %3 · %4 epochs</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="263"/>
        <location filename="../src/app/window/rundisplay.cpp" line="265"/>
        <source>%1 — DeltaTrace</source>
        <translation>%1 — DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="295"/>
        <source>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</source>
        <translation>Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. You can still step through every value; NaN and inf are marked in red.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="301"/>
        <location filename="../src/app/window/rundisplay.cpp" line="327"/>
        <source>Go There</source>
        <translation>Go There</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="312"/>
        <source>A sigmoid saturated at epoch %1, sample %2: %3 became exactly 0 or 1.</source>
        <translation>A sigmoid saturated at epoch %1, sample %2: %3 became exactly 0 or 1.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="320"/>
        <source>Through a saturated hidden unit the slope y1(1 - y1) is 0, so its row of W1 stops learning; but the cross-entropy delta is just e = d - y, with no slope, so W2 keeps changing by alpha·delta·y1 at every step. Alpha is probably too large.</source>
        <translation>Through a saturated hidden unit the slope y1(1 - y1) is 0, so its row of W1 stops learning; but the cross-entropy delta is just e = d - y, with no slope, so W2 keeps changing by alpha·delta·y1 at every step. Alpha is probably too large.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="324"/>
        <source>Its slope is then 0, so the deltas through it are 0 and the weights before it stop learning. Alpha is probably too large.</source>
        <translation>Its slope is then 0, so the deltas through it are 0 and the weights before it stop learning. Alpha is probably too large.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="345"/>
        <source>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it).</source>
        <translation>
            <numerusform>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it).</numerusform>
            <numerusform>This run stalled: from epoch %1 on, the loss has barely changed, and the outputs for samples k = %2 are still on the wrong side of 0.5 (or too close to it).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="353"/>
        <source>One neuron&apos;s boundary is a straight line: where no line separates the samples, as for XOR, no number of epochs and no seed solves the task.</source>
        <translation>One neuron&apos;s boundary is a straight line: where no line separates the samples, as for XOR, no number of epochs and no seed solves the task.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="355"/>
        <source>More epochs or another seed may still get it off this plateau.</source>
        <translation>More epochs or another seed may still get it off this plateau.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="357"/>
        <source>Go to Where It Stalled</source>
        <translation>Go to Where It Stalled</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="362"/>
        <source>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</source>
        <translation>
            <numerusform>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</numerusform>
            <numerusform>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="437"/>
        <source>There is no run to move in.</source>
        <translation>There is no run to move in.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="439"/>
        <source>Epoch %1 is outside the run, which has epochs 0 to %2.</source>
        <translation>Epoch %1 is outside the run, which has epochs 0 to %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="441"/>
        <source>Sample %1 does not exist; the samples are 0 to 3.</source>
        <translation>Sample %1 does not exist; the samples are 0 to 3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="447"/>
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
    <name>deltatrace::SolvedEpochsHistogram</name>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="91"/>
        <source>Epochs until solved, by experiment</source>
        <translation>Epochs until solved, by experiment</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="93"/>
        <source>No start solved the task in this exploration.</source>
        <translation>No start solved the task in this exploration.</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="112"/>
        <source>Solved from epoch</source>
        <translation>Solved from epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="124"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>deltatrace::SteppingToolbar</name>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="408"/>
        <source>Previous epoch</source>
        <translation>Previous epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="409"/>
        <source>Previous sample</source>
        <translation>Previous sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="410"/>
        <source>Previous operation</source>
        <translation>Previous operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="411"/>
        <source>Next operation</source>
        <translation>Next operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="412"/>
        <source>Next sample</source>
        <translation>Next sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Next epoch</source>
        <translation>Next epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="406"/>
        <source>Start of the run</source>
        <translation>Start of the run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>Start of epoch</source>
        <translation>Start of epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>Start of epoch: sample 0, first operation</source>
        <translation>Start of epoch: sample 0, first operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="408"/>
        <source>Previous epoch: the same sample and operation</source>
        <translation>Previous epoch: the same sample and operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Next epoch: the same sample and operation</source>
        <translation>Next epoch: the same sample and operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>End of epoch</source>
        <translation>End of epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>End of epoch: sample 3, last operation</source>
        <translation>End of epoch: sample 3, last operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="415"/>
        <source>End of the run</source>
        <translation>End of the run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="416"/>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="417"/>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="418"/>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="419"/>
        <source>Go to epoch…</source>
        <translation>Go to epoch…</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="425"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="427"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="428"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="429"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="430"/>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="431"/>
        <source>Go to epoch:</source>
        <translation>Go to epoch:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="433"/>
        <source>Go to the start of this epoch (%1 to type one)</source>
        <translation>Go to the start of this epoch (%1 to type one)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="436"/>
        <source>The whole run: drag to move anywhere</source>
        <translation>The whole run: drag to move anywhere</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="437"/>
        <source>Position in the run</source>
        <translation>Position in the run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="444"/>
        <source>%1 operations/s</source>
        <translation>%1 operations/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="447"/>
        <source>%1 samples/s</source>
        <translation>%1 samples/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="450"/>
        <source>%1 epochs/s</source>
        <translation>%1 epochs/s</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="450"/>
        <source>Full speed</source>
        <translation>Full speed</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="455"/>
        <source>Playing speed (%1 slower, %2 faster)</source>
        <translation>Playing speed (%1 slower, %2 faster)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="559"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="626"/>
        <source>No run</source>
        <translation>No run</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="565"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="628"/>
        <source>Sample step %1 of %2 · operation %3 of %4</source>
        <translation>Sample step %1 of %2 · operation %3 of %4</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="567"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="640"/>
        <source>epoch %1, sample %2</source>
        <translation>epoch %1, sample %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="653"/>
        <source>The quantity just computed (operation %1 of %2)</source>
        <translation>The quantity just computed (operation %1 of %2)</translation>
    </message>
</context>
<context>
    <name>deltatrace::StudentNameDialog</name>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="18"/>
        <source>Start as Student</source>
        <translation>Start as Student</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="20"/>
        <source>Type your name. Your starting weights come from it, so your numbers are your own; your teacher can record the same run from your name to check your answers.</source>
        <translation>Type your name. Your starting weights come from it, so your numbers are your own; your teacher can record the same run from your name to check your answers.</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="28"/>
        <location filename="../src/app/window/studentnamedialog.cpp" line="29"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="35"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="53"/>
        <source>Your seed: %1</source>
        <translation>Your seed: %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourMode</name>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="100"/>
        <source>&amp;Start Tour</source>
        <translation>&amp;Start Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="101"/>
        <source>&amp;Next Tour Stop</source>
        <translation>&amp;Next Tour Stop</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="102"/>
        <source>&amp;Previous Tour Stop</source>
        <translation>&amp;Previous Tour Stop</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="103"/>
        <source>&amp;End Tour</source>
        <translation>&amp;End Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="104"/>
        <source>Add &amp;Bookmark…</source>
        <translation>Add &amp;Bookmark…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="105"/>
        <source>Tour S&amp;tops…</source>
        <translation>Tour S&amp;tops…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="106"/>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Open Tour…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="107"/>
        <source>Sa&amp;ve Tour…</source>
        <translation>Sa&amp;ve Tour…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="108"/>
        <source>The tour&apos;s next stop (Page Down in presenter mode)</source>
        <translation>The tour&apos;s next stop (Page Down in presenter mode)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="109"/>
        <source>The tour&apos;s previous stop (Page Up in presenter mode)</source>
        <translation>The tour&apos;s previous stop (Page Up in presenter mode)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="289"/>
        <source>No stop of this tour is in this run.</source>
        <translation>No stop of this tour is in this run.</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="303"/>
        <source>epoch %1, sample %2, %3</source>
        <translation>epoch %1, sample %2, %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="311"/>
        <source>the first saturated sigmoid</source>
        <translation>the first saturated sigmoid</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="312"/>
        <source>every output first on its target&apos;s side</source>
        <translation>every output first on its target&apos;s side</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="313"/>
        <source>the start of the stall</source>
        <translation>the start of the stall</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="314"/>
        <source>the first value that is not finite</source>
        <translation>the first value that is not finite</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="316"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="321"/>
        <source>its place is not in this run</source>
        <translation>its place is not in this run</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="324"/>
        <source>no sigmoid saturates in this run</source>
        <translation>no sigmoid saturates in this run</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="325"/>
        <source>the outputs are never all on their target&apos;s side of 0.5 in this run</source>
        <translation>the outputs are never all on their target&apos;s side of 0.5 in this run</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="326"/>
        <source>this run does not stall</source>
        <translation>this run does not stall</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="327"/>
        <source>every value of this run is finite</source>
        <translation>every value of this run is finite</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="330"/>
        <source>Stop %1 skipped: %2.</source>
        <translation>Stop %1 skipped: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="428"/>
        <source>Open Tour</source>
        <translation>Open Tour</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="428"/>
        <location filename="../src/app/window/tourmode.cpp" line="440"/>
        <source>DeltaTrace tours (*.dtour.json)</source>
        <translation>DeltaTrace tours (*.dtour.json)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="439"/>
        <source>Save Tour</source>
        <translation>Save Tour</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourNote</name>
    <message numerus="yes">
        <location filename="../src/app/views/tournote.cpp" line="108"/>
        <source>A tour of %n stop(s). Page Down goes to the first.</source>
        <translation>
            <numerusform>A tour of %n stop(s). Page Down goes to the first.</numerusform>
            <numerusform>A tour of %n stop(s). Page Down goes to the first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="130"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="133"/>
        <source>Stop %1 of %2 · %3</source>
        <translation>Stop %1 of %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="135"/>
        <source> · moved on from it: Page Down goes to the next stop, Page Up back to this one</source>
        <translation> · moved on from it: Page Down goes to the next stop, Page Up back to this one</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="142"/>
        <source>PgDn: next · PgUp: back</source>
        <translation>PgDn: next · PgUp: back</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourStopsDialog</name>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="17"/>
        <source>&amp;Go To</source>
        <translation>&amp;Go To</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="21"/>
        <source>Tour Stops</source>
        <translation>Tour Stops</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="71"/>
        <source>epoch %1, sample %2</source>
        <translation>epoch %1, sample %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="78"/>
        <source> (not in this run)</source>
        <translation> (not in this run)</translation>
    </message>
</context>
<context>
    <name>deltatrace::TraceTableModel</name>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="238"/>
        <source>%1 = ?: this sample step&apos;s update comes later. Until then %1 = %2.</source>
        <translation>%1 = ?: this sample step&apos;s update comes later. Until then %1 = %2.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="240"/>
        <source>%1 = ?: not computed yet at this operation.</source>
        <translation>%1 = ?: not computed yet at this operation.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="264"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>Not finite: the number overflowed (too large for a double).</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="266"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>Changed in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="267"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>Unchanged in this step&apos;s update.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="324"/>
        <source>Sample step: epoch × 4 + sample</source>
        <translation>Sample step: epoch × 4 + sample</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="325"/>
        <source>Epoch (one pass over the 4 samples)</source>
        <translation>Epoch (one pass over the 4 samples)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="326"/>
        <source>Sample k (row of X)</source>
        <translation>Sample k (row of X)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="329"/>
        <source>Input x = X[k] (the third input is the constant 1)</source>
        <translation>Input x = X[k] (the third input is the constant 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="330"/>
        <source>Target d = D[k]</source>
        <translation>Target d = D[k]</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="335"/>
        <source>%1: the weight after this step&apos;s update; bold when the update changed it</source>
        <translation>%1: the weight after this step&apos;s update; bold when the update changed it</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="336"/>
        <source>%1: computed in this step</source>
        <translation>%1: computed in this step</translation>
    </message>
</context>
<context>
    <name>deltatrace::TrainingCharts</name>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="333"/>
        <source>compared run</source>
        <translation>compared run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="333"/>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="359"/>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="853"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="862"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="880"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1065"/>
        <source>mean squared error</source>
        <translation>mean squared error</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="881"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="897"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="902"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="906"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1067"/>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="324"/>
        <source>forward-pass run</source>
        <translation>forward-pass run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="326"/>
        <source>delta-rule run</source>
        <translation>delta-rule run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="328"/>
        <source>squared-error delta run</source>
        <translation>squared-error delta run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="330"/>
        <source>cross-entropy delta run</source>
        <translation>cross-entropy delta run</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="454"/>
        <source>%1: flat from epoch %2</source>
        <translation>%1: flat from epoch %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="455"/>
        <source>flat from epoch %1</source>
        <translation>flat from epoch %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="895"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="900"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="904"/>
        <source>squared error</source>
        <translation>squared error</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="950"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="956"/>
        <source>Outputs y per epoch, with their targets d</source>
        <translation>Outputs y per epoch, with their targets d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="962"/>
        <source>x = (%1,%2)</source>
        <translation>x = (%1,%2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="973"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="986"/>
        <source>target d</source>
        <translation>target d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="994"/>
        <source>output y</source>
        <translation>output y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1000"/>
        <source>Weights at the end of each epoch</source>
        <translation>Weights at the end of each epoch</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1019"/>
        <source>hidden %1</source>
        <translation>hidden %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1021"/>
        <source>W1 from x1</source>
        <translation>W1 from x1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1022"/>
        <source>W1 from x2</source>
        <translation>W1 from x2</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1023"/>
        <source>W1 from the bias</source>
        <translation>W1 from the bias</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1024"/>
        <source>W2 to the output</source>
        <translation>W2 to the output</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1031"/>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1074"/>
        <source>y for x = (%1,%2)</source>
        <translation>y for x = (%1,%2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1097"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</source>
        <translation>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1100"/>
        <source>Weights are not finite (inf or NaN) at any epoch, so their lines are missing.</source>
        <translation>Weights are not finite (inf or NaN) at any epoch, so their lines are missing.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1103"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1096"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</source>
        <translation>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1107"/>
        <source>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</source>
        <translation>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1115"/>
        <source>Compared run %1: not finite from epoch %2: %3.</source>
        <translation>Compared run %1: not finite from epoch %2: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="54"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1177"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="55"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1178"/>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="56"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1179"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1180"/>
        <source>Logarithmic scale</source>
        <translation>Logarithmic scale</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1181"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>Show the loss on a logarithmic axis: small late improvements become visible.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ViewDocks</name>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Training Charts</source>
        <translation>Training Charts</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Input Plane</source>
        <translation>Input Plane</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Trace Table</source>
        <translation>Trace Table</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="248"/>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
