<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/app/window/comparedialog.cpp" line="12"/>
        <source>Compare with</source>
        <translation>비교하기</translation>
    </message>
    <message>
        <location filename="../src/app/window/comparedialog.cpp" line="13"/>
        <source>Run this experiment from the same initial weights (seed %1) beside the current one:</source>
        <translation>같은 초기 가중치(시드 %1)에서 실행해 지금 실험 옆에 보여 줄 실험:</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="113"/>
        <source>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). Every value computed from it is lost too.</source>
        <translation>오버플로: 숫자가 double이 담을 수 있는 범위를 넘었거나(+inf 또는 -inf) 정의되지 않은 값(NaN)이 되었습니다. 이 값으로 계산하는 모든 값도 함께 잃습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="230"/>
        <source>The sigmoid is applied to each hidden unit on its own.</source>
        <translation>시그모이드는 은닉 뉴런마다 따로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="253"/>
        <source>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</source>
        <translation>교차 엔트로피: 시그모이드의 도함수 y(1 - y)가 약분되어 델타가 곧 오차입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="280"/>
        <source>The output&apos;s delta goes back through the weights W2 as they were before this step&apos;s update.</source>
        <translation>출력의 델타는 이번 단계에서 갱신하기 전의 가중치 W2를 거쳐 거꾸로 전해집니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="300"/>
        <source>⊙ multiplies element by element: one delta per hidden unit.</source>
        <translation>⊙는 원소끼리 곱합니다. 은닉 뉴런마다 델타가 하나씩 나옵니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="475"/>
        <source>hidden weighted sums v₁</source>
        <translation>은닉층 가중합 v₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="476"/>
        <source>hidden outputs y₁</source>
        <translation>은닉층 출력 y₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="477"/>
        <source>weighted sum v</source>
        <translation>가중합 v</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="478"/>
        <source>output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="479"/>
        <source>error e</source>
        <translation>오차 e</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="480"/>
        <source>output delta δ</source>
        <translation>출력 델타 δ</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="481"/>
        <source>hidden errors e₁</source>
        <translation>은닉층 오차 e₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="482"/>
        <source>hidden deltas δ₁</source>
        <translation>은닉층 델타 δ₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="483"/>
        <source>weight change ΔW</source>
        <translation>가중치 변화량 ΔW</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="484"/>
        <source>weight change ΔW₁</source>
        <translation>가중치 변화량 ΔW₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="485"/>
        <source>weight change ΔW₂</source>
        <translation>가중치 변화량 ΔW₂</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="486"/>
        <source>weight update W</source>
        <translation>가중치 갱신 W</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="487"/>
        <source>weight update W₁</source>
        <translation>가중치 갱신 W₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="488"/>
        <source>weight update W₂</source>
        <translation>가중치 갱신 W₂</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../src/core/lessonlibrary.cpp" line="52"/>
        <source>%1: there is not enough memory to read it</source>
        <translation>%1: 읽을 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>deltatrace::ArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights before this step</source>
        <translation>이번 단계 전의 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights (the forward pass does not change them)</source>
        <translation>가중치 (순전파는 가중치를 바꾸지 않습니다)</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="222"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="223"/>
        <source>After this step&apos;s update</source>
        <translation>이번 단계의 갱신 후</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="242"/>
        <source>: not updated yet</source>
        <translation>: 아직 갱신 전</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="260"/>
        <source>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</source>
        <translation>아직 실행이 없습니다. 수업의 실험을 고르면 계산을 숫자 하나하나까지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="271"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>에포크 %1, 샘플 k = %2 · 연산 %3 / %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="292"/>
        <source>Input x = %1,  target d = %2</source>
        <translation>입력 x = %1,  정답 d = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="293"/>
        <source>Input x = %1</source>
        <translation>입력 x = %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::CodeListingView</name>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="423"/>
        <source>This run&apos;s value. The lesson&apos;s listing says %1.</source>
        <translation>이번 실행의 값입니다. 수업 코드에 적힌 값은 %1입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="436"/>
        <source>No code listing for this run.</source>
        <translation>이 실행에는 코드 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="437"/>
        <source>Hide comments</source>
        <translation>주석 숨기기</translation>
    </message>
    <message>
        <location filename="../src/app/views/codelistingview.cpp" line="438"/>
        <source>Hide comment lines and trailing comments; the other lines keep their numbers.</source>
        <translation>주석 줄과 줄 끝 주석을 숨깁니다. 나머지 줄의 번호는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ComparisonView</name>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="136"/>
        <source>The other run has no %1.</source>
        <translation>다른 실행에는 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="156"/>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="176"/>
        <source>Compared with: %1 (same initial weights)</source>
        <translation>비교 대상: %1 (같은 초기 가중치)</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="176"/>
        <source>No comparison</source>
        <translation>비교 없음</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="177"/>
        <source>Stop comparing</source>
        <translation>비교 끝내기</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="150"/>
        <source>this run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="153"/>
        <source>compared run</source>
        <translation>비교 실행</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExperimentLauncher</name>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="38"/>
        <source>No lessons were found (looked in %1). You can still open a trace file or a lesson file.</source>
        <translation>수업을 찾지 못했습니다(찾아본 곳: %1). 추적 파일이나 수업 파일은 열 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/experimentlauncher.cpp" line="44"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 그 밖에 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/experimentlauncher.cpp" line="47"/>
        <source>%n lesson file(s) could not be loaded and are left out:</source>
        <translation>
            <numerusform>수업 파일 %n개를 불러오지 못해 목록에서 뺐습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="59"/>
        <source>Could not open the lesson file: %1</source>
        <translation>수업 파일을 열지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="83"/>
        <source>There is no lesson %1.</source>
        <translation>%1 수업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="93"/>
        <source>The lesson %1 has no experiment %2; its experiments are: %3.</source>
        <translation>%1 수업에는 %2 실험이 없습니다. 이 수업의 실험: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="99"/>
        <source>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</source>
        <translation>순전파만 하는 실험(%1)에서는 --epochs가 1이어야 합니다. 입력한 값: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="158"/>
        <source>There is no lesson to compare in.</source>
        <translation>비교할 수업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="163"/>
        <source>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</source>
        <translation>&quot;%1&quot; 실험은 &quot;%2&quot;와(과) 비교할 수 없습니다. 같은 수업에서 신경망 구조가 같은 서로 다른 두 실험을 비교하세요.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreDialog</name>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="64"/>
        <source>Explore Seeds</source>
        <translation>시드 탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="65"/>
        <source>Explore seeds</source>
        <translation>시드 탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="69"/>
        <source>First experiment</source>
        <translation>첫 번째 실험</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="72"/>
        <source>Second experiment</source>
        <translation>두 번째 실험</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="73"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="91"/>
        <source>First seed</source>
        <translation>첫 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="95"/>
        <source>Last seed</source>
        <translation>마지막 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="101"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="107"/>
        <source>&amp;Explore</source>
        <translation>탐색(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="109"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="113"/>
        <source>Cancel the exploration</source>
        <translation>탐색 취소</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="116"/>
        <source>Seeds explored</source>
        <translation>탐색한 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="122"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="126"/>
        <source>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</source>
        <translation>실험을 하나나 둘 고르고 시드 범위를 정한 뒤 탐색을 누르세요. 시드마다 무작위 시작점이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="134"/>
        <source>Outcomes by experiment</source>
        <translation>실험별 결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="141"/>
        <source>Outcome of every seed</source>
        <translation>시드별 결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="153"/>
        <source>Double-click a seed, or press Enter, to open that run</source>
        <translation>시드를 두 번 클릭하거나 Enter를 누르면 그 실행을 엽니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="157"/>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="158"/>
        <source>Seed by Seed</source>
        <translation>시드별</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="161"/>
        <source>&amp;First experiment:</source>
        <translation>첫 번째 실험(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="162"/>
        <source>&amp;Compare with:</source>
        <translation>비교 대상(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="165"/>
        <source>&amp;to</source>
        <translation>~(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="170"/>
        <source>&amp;Seeds from:</source>
        <translation>시드 범위(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="176"/>
        <source>E&amp;pochs:</source>
        <translation>에포크(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="306"/>
        <source>Exploring…</source>
        <translation>탐색하는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="368"/>
        <source>The exploration was cancelled.</source>
        <translation>탐색을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="390"/>
        <source>Seeds %1 to %2, %3 epochs each:</source>
        <translation>시드 %1~%2, 시드마다 에포크 %3개:</translation>
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
        <translation>둘 다 풂: %1. %2만 풂: %3. %4만 풂: %5. 둘 다 못 풂: %6.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="419"/>
        <source>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</source>
        <translation>두 실험 모두, 다른 쪽은 성공하는 시작점 가운데 몇 곳에서 실패합니다. 문제를 푸는지는 방법만이 아니라 시작점에도 달려 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="422"/>
        <source>Where only one solved, the start was the same: the method made the difference there.</source>
        <translation>한쪽만 푼 시드는 시작점이 같았으므로, 그 경우에는 방법이 차이를 만든 것입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="471"/>
        <source>Seeds</source>
        <translation>시드 수</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreResultsModel</name>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="44"/>
        <source>not trained</source>
        <translation>학습하지 않음</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="46"/>
        <source>not finite</source>
        <translation>유한하지 않음</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="48"/>
        <source>solved</source>
        <translation>풂</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="50"/>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="52"/>
        <source>stalled</source>
        <translation>정체</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="54"/>
        <source>still learning</source>
        <translation>아직 학습 중</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="127"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="130"/>
        <source>Outcome
%1</source>
        <translation>결과
%1</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploreresultsmodel.cpp" line="133"/>
        <source>Solved from epoch
%1</source>
        <translation>푼 에포크
%1</translation>
    </message>
</context>
<context>
    <name>deltatrace::FileActions</name>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="70"/>
        <location filename="../src/app/window/fileactions.cpp" line="85"/>
        <source>there is not enough memory to read it</source>
        <translation>읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="73"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>추적 파일 %1을(를) 열지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="93"/>
        <source>The lesson text inside this trace file could not be read (%1); the run replays without it.</source>
        <translation>이 추적 파일 안의 수업 설명을 읽지 못했습니다(%1). 설명 없이 실행을 다시 봅니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="100"/>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="111"/>
        <source>Could not save the trace to %1: %2</source>
        <translation>추적을 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="115"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="129"/>
        <source>Could not export to %1: %2</source>
        <translation>%1(으)로 내보내지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="135"/>
        <source>Exported %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="147"/>
        <source>Exporting %1…</source>
        <translation>%1 파일로 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="163"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="164"/>
        <source>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</source>
        <translation>DeltaTrace 추적 파일 (*.dtrace);;수업 파일 (*.lesson.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>Save Trace</source>
        <translation>추적 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace 추적 파일 (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="189"/>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="189"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="221"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>%1 파일이 더 이상 없어 목록에서 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="228"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
</context>
<context>
    <name>deltatrace::FormulaView</name>
    <message>
        <location filename="../src/app/views/formulaview.cpp" line="432"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>deltatrace::InputPlaneView</name>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="181"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="180"/>
        <source>Output y over the input plane (x3 = 1)</source>
        <translation>입력 평면 위의 출력 y (x3 = 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="190"/>
        <location filename="../src/app/views/inputplaneview.cpp" line="208"/>
        <source>The weights do not change in this experiment.</source>
        <translation>이 실험에서는 가중치가 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="29"/>
        <source>Epoch %1, k = %2: W1 already updated, W2 not yet.</source>
        <translation>에포크 %1, k = %2: W1은 이미 갱신했고 W2는 아직입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="30"/>
        <source>Epoch %1, k = %2: weights after this sample&apos;s update.</source>
        <translation>에포크 %1, k = %2: 이 샘플로 갱신한 뒤의 가중치.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="31"/>
        <source>Epoch %1, k = %2: weights before this sample&apos;s update.</source>
        <translation>에포크 %1, k = %2: 이 샘플로 갱신하기 전의 가중치.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="182"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>이 시점에서 가중치가 유한하지 않아(inf 또는 NaN) 그릴 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="185"/>
        <source>W x = 0</source>
        <translation>W x = 0</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="186"/>
        <source>y &gt; 0.5 this side</source>
        <translation>이쪽이 y &gt; 0.5</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="183"/>
        <source>d = %1, y = %2</source>
        <translation>d = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="184"/>
        <source> (wrong side)</source>
        <translation> (잘못된 쪽)</translation>
    </message>
</context>
<context>
    <name>deltatrace::LanguageMenu</name>
    <message>
        <location filename="../src/app/window/languagemenu.cpp" line="42"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/window/languagemenu.cpp" line="43"/>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>deltatrace::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="98"/>
        <source>Recording cancelled; the run shown before stays.</source>
        <translation>기록을 취소했습니다. 앞서 보이던 실행이 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="207"/>
        <source>About DeltaTrace</source>
        <translation>DeltaTrace 정보</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="208"/>
        <source>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;시그모이드 신경망이 학습하면서 계산하는 모든 숫자를 한 단계씩 따라갑니다: 순전파, 델타 규칙, 역전파.&lt;/p&gt;&lt;p&gt;시드 N으로 기록한 숫자는 &lt;code&gt;np.random.seed(N)&lt;/code&gt; 뒤에 수업의 numpy 코드가 내놓는 숫자와 정확히 같습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="277"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="278"/>
        <source>&amp;Lesson</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="279"/>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="282"/>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="285"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="286"/>
        <source>Open a trace file or a lesson file</source>
        <translation>추적 파일이나 수업 파일 열기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="287"/>
        <source>&amp;Save Trace…</source>
        <translation>추적 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="288"/>
        <source>&amp;Export as CSV…</source>
        <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="290"/>
        <source>&amp;Run Again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="291"/>
        <source>&amp;Compare with…</source>
        <translation>비교하기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="292"/>
        <source>Run another experiment of this lesson from the same initial weights, side by side</source>
        <translation>이 수업의 다른 실험을 같은 초기 가중치에서 실행해 나란히 보기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="293"/>
        <source>&amp;Stop Comparing</source>
        <translation>비교 끝내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="294"/>
        <source>&amp;Explore Seeds…</source>
        <translation>시드 탐색(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="295"/>
        <source>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</source>
        <translation>이 수업의 실험을 여러 무작위 시작점에서 학습시켜 각각 얼마나 자주 문제를 푸는지 봅니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="296"/>
        <source>&amp;Presenter Mode</source>
        <translation>발표자 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="297"/>
        <source>Leave Presenter Mode</source>
        <translation>발표자 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="298"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="299"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="300"/>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="301"/>
        <source>&amp;About DeltaTrace</source>
        <translation>DeltaTrace 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="303"/>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="308"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="102"/>
        <source>Recording %1 epochs…</source>
        <translation>에포크 %1개를 기록하는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="312"/>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="313"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>다음 그림 (발표자 모드)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="314"/>
        <source>Presenter mode: show the network, the input plane or the charts</source>
        <translation>발표자 모드: 신경망, 입력 평면, 그래프 가운데 하나를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="315"/>
        <source>Arrange the panels as DeltaTrace does by default for this window size</source>
        <translation>이 창 크기에 맞는 기본 배치로 패널을 되돌립니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="357"/>
        <source>Recorded %1 epochs (%2 steps).</source>
        <translation>에포크 %1개(%2단계)를 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="302"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>deltatrace::MessageBar</name>
    <message>
        <location filename="../src/app/window/messagebar.cpp" line="119"/>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>deltatrace::NarrativeBrowser</name>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="342"/>
        <source>its tables have %1 cells, and at most %2 can be shown</source>
        <translation>표의 칸이 %1개인데, 보여 줄 수 있는 것은 %2개까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="352"/>
        <source>a paragraph has %1 characters, and at most %2 can be shown</source>
        <translation>한 문단이 %1자인데, 보여 줄 수 있는 것은 %2자까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="357"/>
        <source>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</source>
        <translation>한 문단에서 서식, 문자 또는 쓰는 방향이 %1번 바뀌는데, 보여 줄 수 있는 것은 %2번까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="362"/>
        <source>a letter carries %1 combining marks, and at most %2 can be shown</source>
        <translation>한 글자에 결합 부호가 %1개 붙어 있는데, 보여 줄 수 있는 것은 %2개까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="395"/>
        <source>it has %1 characters, and at most %2 can be shown</source>
        <translation>글이 %1자인데, 보여 줄 수 있는 것은 %2자까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="414"/>
        <source>there is not enough memory to show it</source>
        <translation>보여 줄 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="418"/>
        <source>This lesson text is not shown: %1.</source>
        <translation>이 수업 글은 보여 주지 않습니다. %1.</translation>
    </message>
</context>
<context>
    <name>deltatrace::NetworkDiagram</name>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="119"/>
        <source>after this step&apos;s update</source>
        <translation>이번 단계의 갱신 후</translation>
    </message>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="119"/>
        <source>before this step&apos;s update</source>
        <translation>이번 단계의 갱신 전</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="918"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="188"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="282"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="714"/>
        <source>bias</source>
        <translation>바이어스</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>positive weight</source>
        <translation>양수 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>negative weight (dashed)</source>
        <translation>음수 가중치 (점선)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>thicker = larger |weight|</source>
        <translation>굵을수록 |가중치|가 큼</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="825"/>
        <source>? = not computed yet</source>
        <translation>? = 아직 계산 전</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="826"/>
        <source>computed by this operation</source>
        <translation>이 연산에서 계산한 값</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="50"/>
        <source>Epoch %1, sample k = %2:  x = (%3, %4),  d = %5</source>
        <translation>에포크 %1, 샘플 k = %2:  x = (%3, %4),  d = %5</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="54"/>
        <source>Sample k = %1:  x = (%2, %3)</source>
        <translation>샘플 k = %1:  x = (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="64"/>
        <source>◀ backward pass</source>
        <translation>◀ 역전파</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="64"/>
        <source>forward pass ▶</source>
        <translation>순전파 ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="59"/>
        <source>now: %1</source>
        <translation>지금: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="197"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="725"/>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="197"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="739"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="198"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="754"/>
        <source>target</source>
        <translation>정답</translation>
    </message>
</context>
<context>
    <name>deltatrace::NotesView</name>
    <message>
        <location filename="../src/app/views/notesview.cpp" line="128"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>deltatrace::ParametersPanel</name>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="194"/>
        <source>Recording: epoch %1 of %2</source>
        <translation>기록 중: 에포크 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="199"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="201"/>
        <source>&amp;Learning rate (alpha):</source>
        <translation>학습률 알파(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="203"/>
        <source>&amp;Epochs:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="205"/>
        <source>np.random.seed(seed): the same seed gives the same initial weights.</source>
        <translation>np.random.seed(seed): 시드가 같으면 초기 가중치도 같습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="206"/>
        <source>How far each update moves the weights. Try a huge value to see the numbers blow up.</source>
        <translation>한 번의 갱신이 가중치를 얼마나 움직이는지 정합니다. 아주 큰 값을 넣으면 숫자가 폭주하는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="207"/>
        <source>How many times the four samples are visited.</source>
        <translation>네 샘플을 몇 번 돌아볼지 정합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="208"/>
        <source>Alpha must be a number greater than 0.</source>
        <translation>알파는 0보다 큰 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="209"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="210"/>
        <source>Record the run with these parameters</source>
        <translation>이 매개변수로 실행을 기록</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="211"/>
        <source>Rese&amp;t</source>
        <translation>초기화(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="212"/>
        <source>Put back the lesson&apos;s parameters and record again</source>
        <translation>수업의 매개변수로 되돌리고 다시 기록</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="213"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="214"/>
        <source>Stop recording; the run shown before stays</source>
        <translation>기록 멈추기 (앞서 보이던 실행은 그대로 남음)</translation>
    </message>
</context>
<context>
    <name>deltatrace::PresenterBar</name>
    <message>
        <location filename="../src/app/window/presenterbar.cpp" line="34"/>
        <source>V: next picture · Esc/F5: leave</source>
        <translation>V: 다음 그림 · Esc/F5: 나가기</translation>
    </message>
</context>
<context>
    <name>deltatrace::RecordingJob</name>
    <message>
        <location filename="../src/app/window/recordingjob.cpp" line="111"/>
        <source>There is not enough memory to record %1 epochs. Try fewer epochs.</source>
        <translation>에포크 %1개를 기록할 메모리가 부족합니다. 에포크 수를 줄여 보세요.</translation>
    </message>
</context>
<context>
    <name>deltatrace::RunDisplay</name>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="144"/>
        <source>Trace table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="153"/>
        <location filename="../src/app/window/rundisplay.cpp" line="351"/>
        <source>This run: %1</source>
        <translation>이 실행: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="153"/>
        <location filename="../src/app/window/rundisplay.cpp" line="351"/>
        <source>Compared run: %1</source>
        <translation>비교 실행: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="212"/>
        <source>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</source>
        <translation>이 추적 파일에는 수업 설명이 들어 있지 않습니다. 숫자는 그대로 다시 볼 수 있습니다. 도구 모음에 표시된 키로 한 단계씩 따라가 보세요.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="240"/>
        <source>%1 · seed %2</source>
        <translation>%1 · 시드 %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="247"/>
        <source>%1 · seed %2 · alpha %3 · %4 epochs</source>
        <translation>%1 · 시드 %2 · 알파 %3 · 에포크 %4개</translation>
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
        <translation>에포크 %1, 샘플 %2의 %3에서 값이 유한하지 않게 되었습니다. 알파가 너무 큽니다. 그래도 모든 값을 한 단계씩 볼 수 있으며, NaN과 inf는 빨간색으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="290"/>
        <location filename="../src/app/window/rundisplay.cpp" line="303"/>
        <source>Go There</source>
        <translation>그곳으로 이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="298"/>
        <source>The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.</source>
        <translation>에포크 %1, 샘플 %2에서 시그모이드가 포화되었습니다. 출력이 정확히 0이나 1이 되어 기울기 y(1 - y)가 0이므로 그 뉴런을 통한 학습이 멈췄습니다. 알파가 너무 클 가능성이 큽니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="320"/>
        <source>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it). More epochs or another seed may still get it off this plateau.</source>
        <translation><numerusform>이 실행은 정체되었습니다. 에포크 %1부터 손실이 거의 변하지 않았고, 샘플 k = %2의 출력은 아직 0.5의 반대편에 있거나 0.5에 너무 가깝습니다. 에포크를 늘리거나 다른 시드를 쓰면 이 평탄한 구간을 벗어날 수도 있습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="326"/>
        <source>Go to Where It Stalled</source>
        <translation>정체가 시작된 곳으로</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="331"/>
        <source>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</source>
        <translation><numerusform>아직 풀지 못했습니다. 샘플 k = %1의 출력이 아직 0.5의 반대편에 있거나 0.5에 너무 가깝지만, 손실은 계속 줄고 있습니다. 에포크를 늘리면 도움이 됩니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="402"/>
        <source>There is no run to move in.</source>
        <translation>이동할 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="404"/>
        <source>Epoch %1 is outside the run, which has epochs 0 to %2.</source>
        <translation>에포크 %1은(는) 이 실행의 범위 밖입니다. 에포크는 0부터 %2까지입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="406"/>
        <source>Sample %1 does not exist; the samples are 0 to 3.</source>
        <translation>샘플 %1은(는) 없습니다. 샘플은 0부터 3까지입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="412"/>
        <source>&quot;%1&quot; is not an operation of this run; its operations are %2 (or their index 0 to %3).</source>
        <translation>&quot;%1&quot;은(는) 이 실행의 연산이 아닙니다. 연산은 %2입니다(또는 번호 0부터 %3까지).</translation>
    </message>
</context>
<context>
    <name>deltatrace::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/window/shortcutsdialog.cpp" line="11"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>deltatrace::SteppingToolbar</name>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="390"/>
        <source>First step</source>
        <translation>처음 단계</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="391"/>
        <source>Previous epoch</source>
        <translation>이전 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="392"/>
        <source>Previous sample</source>
        <translation>이전 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="393"/>
        <source>Previous operation</source>
        <translation>이전 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="394"/>
        <source>Next operation</source>
        <translation>다음 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="395"/>
        <source>Next sample</source>
        <translation>다음 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="396"/>
        <source>Next epoch</source>
        <translation>다음 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="397"/>
        <source>Last step</source>
        <translation>마지막 단계</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="398"/>
        <source>Play/Pause</source>
        <translation>재생/일시정지</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="399"/>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="400"/>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="401"/>
        <source>Go to epoch…</source>
        <translation>에포크로 이동…</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="409"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="410"/>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="411"/>
        <source>Operation</source>
        <translation>연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="412"/>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Go to epoch:</source>
        <translation>이동할 에포크:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="415"/>
        <source>Go to the start of this epoch (%1 to type one)</source>
        <translation>이 에포크의 처음으로 이동 (%1: 번호 입력)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="418"/>
        <source>The whole run: drag to move anywhere</source>
        <translation>실행 전체: 끌어서 아무 곳으로나 이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="419"/>
        <source>Position in the run</source>
        <translation>실행 안의 위치</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="426"/>
        <source>%1 operations/s</source>
        <translation>초당 연산 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="429"/>
        <source>%1 samples/s</source>
        <translation>초당 샘플 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>%1 epochs/s</source>
        <translation>초당 에포크 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="437"/>
        <source>Playing speed (%1 slower, %2 faster)</source>
        <translation>재생 속도 (%1 느리게, %2 빠르게)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="543"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="585"/>
        <source>No run</source>
        <translation>실행 없음</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="543"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="586"/>
        <source>Step %1 of %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="548"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="594"/>
        <source>epoch %1, sample %2</source>
        <translation>에포크 %1, 샘플 %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="607"/>
        <source>The quantity just computed (operation %1 of %2)</source>
        <translation>방금 계산한 값 (연산 %1 / %2)</translation>
    </message>
</context>
<context>
    <name>deltatrace::TraceTableModel</name>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="193"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>유한하지 않음: 숫자가 넘쳤습니다(double로 담기에 너무 큼).</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="195"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="196"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="247"/>
        <source>Sample step: epoch × 4 + sample</source>
        <translation>샘플 단계: 에포크 × 4 + 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="248"/>
        <source>Epoch (one pass over the 4 samples)</source>
        <translation>에포크 (샘플 4개를 한 번 도는 것)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="249"/>
        <source>Sample k (row of X)</source>
        <translation>샘플 k (X의 행)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="252"/>
        <source>Input x = X[k] (the third input is the constant 1)</source>
        <translation>입력 x = X[k] (세 번째 입력은 상수 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="253"/>
        <source>Target d = D[k]</source>
        <translation>정답 d = D[k]</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="258"/>
        <source>%1: the weight after this step&apos;s update; bold when the update changed it</source>
        <translation>%1: 이번 단계의 갱신 후 가중치. 갱신으로 바뀌었으면 굵게 표시합니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="259"/>
        <source>%1: computed in this step</source>
        <translation>%1: 이번 단계에서 계산한 값</translation>
    </message>
</context>
<context>
    <name>deltatrace::TrainingCharts</name>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="284"/>
        <source>compared run</source>
        <translation>비교 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="284"/>
        <source>this run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="310"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="683"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="691"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="709"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="881"/>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="710"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="726"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="731"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="735"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="883"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="275"/>
        <source>forward-pass run</source>
        <translation>순전파만 한 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="277"/>
        <source>delta-rule run</source>
        <translation>델타 규칙 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="279"/>
        <source>squared-error delta run</source>
        <translation>제곱 오차 델타 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="281"/>
        <source>cross-entropy delta run</source>
        <translation>교차 엔트로피 델타 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="724"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="729"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="733"/>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="776"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="782"/>
        <source>Outputs y per epoch, with their targets d</source>
        <translation>에포크별 출력 y와 정답 d</translation>
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
        <translation>정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="817"/>
        <source>output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="823"/>
        <source>Weights at the end of each epoch</source>
        <translation>각 에포크가 끝날 때의 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="842"/>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="844"/>
        <source>W1 from x1</source>
        <translation>x1에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="845"/>
        <source>W1 from x2</source>
        <translation>x2에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="846"/>
        <source>W1 from the bias</source>
        <translation>바이어스에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="847"/>
        <source>W2 to the output</source>
        <translation>출력으로 가는 W2</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="854"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="890"/>
        <source>y for x = (%1,%2)</source>
        <translation>x = (%1,%2)일 때의 y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="910"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>에포크 %1부터 유한하지 않습니다(inf 또는 NaN): %2. 그 값은 빼고 그리므로 선이 끊깁니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="913"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</source>
        <translation>에포크 %1부터 가중치가 유한하지 않습니다(inf 또는 NaN). 그 값은 빼고 그리므로 선이 끊깁니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="917"/>
        <source>Compared run %1: not finite from epoch %2: %3.</source>
        <translation>비교 실행 %1: 에포크 %2부터 유한하지 않음: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="977"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="978"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="979"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="980"/>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="981"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다. 뒤늦은 작은 개선도 보입니다.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ViewDocks</name>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Narrative</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="215"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Training Charts</source>
        <translation>학습 그래프</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Input Plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="216"/>
        <source>Trace Table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="220"/>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="221"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
