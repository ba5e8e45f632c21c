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
    <name>ExerciseRecord</name>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="65"/>
        <source>%1 (at key %2)</source>
        <translation>%1 (키 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="123"/>
        <source>the exercise record must be a JSON object</source>
        <translation>연습 기록은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="126"/>
        <source>unknown exercise record format (this DeltaTrace reads format %1)</source>
        <translation>알 수 없는 연습 기록 형식입니다(이 DeltaTrace가 읽는 형식은 %1입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="129"/>
        <source>the exercise record was changed after it was saved (its SHA-256 digest does not match)</source>
        <translation>연습 기록이 저장된 뒤에 바뀌었습니다(SHA-256 요약값이 맞지 않습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="135"/>
        <source>the student&apos;s name must be text of at most %1 printable characters</source>
        <translation>학생 이름은 인쇄할 수 있는 문자 %1자 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="138"/>
        <source>the seed %1 is not the one of student %2 (%3): the run or the name was swapped</source>
        <translation>시드 %1: 학생 %2의 시드(%3)와 다릅니다. 실행이나 이름이 바뀌었습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="143"/>
        <source>the number of questions must be a whole number from 0 to %1</source>
        <translation>문제 수는 0부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="147"/>
        <source>the answered questions must be a list of at most the %1 questions</source>
        <translation>푼 문제 목록은 최대 %1개여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="157"/>
        <source>a question must name its exercise (0 to %1) and element (0 to 15)</source>
        <translation>문제마다 연습 문제 번호(0–%1)와 원소 번호(0–15)가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="165"/>
        <location filename="../src/core/exerciserecord.cpp" line="182"/>
        <source>a time must be a whole number of milliseconds from 0 to %1</source>
        <translation>시간은 0부터 %1까지의 밀리초 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="170"/>
        <source>the attempts must be a list of at most %1</source>
        <translation>답안 목록은 최대 %1개여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="173"/>
        <source>more than %1 attempts in all</source>
        <translation>답안이 모두 합쳐 %1개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="180"/>
        <source>an answer must be text of at most %1 characters</source>
        <translation>답은 %1자 이하의 글이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="186"/>
        <source>a question the learner got to must have an answer, a hint or a reveal</source>
        <translation>학습자가 도달한 문제에는 답, 힌트, 정답 보기 중 하나가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="198"/>
        <source>the record has %1 questions, but the embedded lesson&apos;s exercises ask %2 in this run</source>
        <translation>기록에는 문제가 %1개 있지만, 추적에 담긴 수업의 연습 문제는 이 실행에서 %2개를 묻습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="205"/>
        <source>question %1 is exercise %2, element %3, but the lesson asks exercise %4, element %5 there</source>
        <translation>문제 %1: 연습 문제 %2의 원소 %3로 적혀 있지만, 수업은 그 자리에서 연습 문제 %4의 원소 %5를 묻습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="209"/>
        <source>question %1 was reached before the one before it was solved or revealed</source>
        <translation>문제 %1: 앞 문제를 풀거나 정답을 보기 전에 도달했습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="211"/>
        <location filename="../src/core/exerciserecord.cpp" line="218"/>
        <location filename="../src/core/exerciserecord.cpp" line="228"/>
        <source>the time goes backwards</source>
        <translation>시간이 거꾸로 갑니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="220"/>
        <source>an answer given after the answer was revealed</source>
        <translation>정답을 본 뒤에 낸 답입니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="222"/>
        <source>an answer given after the right answer</source>
        <translation>맞힌 뒤에 낸 답입니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="230"/>
        <source>revealed after the right answer</source>
        <translation>맞힌 뒤에 정답을 보았습니다</translation>
    </message>
    <message>
        <location filename="../src/core/exerciserecord.cpp" line="235"/>
        <source>the hint was asked for after the question was closed</source>
        <translation>문제가 끝난 뒤에 힌트를 요청했습니다</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="113"/>
        <source>overflow: a number grew beyond what a double can hold (+inf or -inf), or became undefined (NaN). What is computed from it is inf or NaN too, except a sigmoid: it turns +inf into exactly 1 and -inf into exactly 0.</source>
        <translation>오버플로: 어떤 수가 double로 나타낼 수 있는 범위를 넘었거나(+inf 또는 -inf) 정의되지 않은 값(NaN)이 되었습니다. 이 값으로 계산한 값도 inf나 NaN이 됩니다. 시그모이드만은 예외여서, +inf는 정확히 1로, -inf는 정확히 0으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="231"/>
        <source>The sigmoid is applied to each hidden unit on its own.</source>
        <translation>시그모이드는 은닉 뉴런마다 따로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="254"/>
        <source>Cross-entropy: the sigmoid&apos;s derivative y(1 - y) cancels, so the delta is the error itself.</source>
        <translation>교차 엔트로피: 시그모이드의 도함수 y(1 - y)가 약분되어 델타가 곧 오차입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="281"/>
        <source>The output&apos;s delta goes back through the weights W2 as they were before this sample step&apos;s update.</source>
        <translation>출력의 델타는 이번 샘플 단계에서 갱신되기 전의 가중치 W2를 거쳐 뒤로 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="301"/>
        <source>⊙ multiplies element by element: one delta per hidden unit.</source>
        <translation>⊙는 원소끼리 곱합니다. 은닉 뉴런마다 델타가 하나씩 나옵니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="476"/>
        <source>hidden weighted sums v₁</source>
        <translation>은닉층 가중합 v₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="477"/>
        <source>hidden outputs y₁</source>
        <translation>은닉층 출력 y₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="478"/>
        <source>weighted sum v</source>
        <translation>가중합 v</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="479"/>
        <source>output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="480"/>
        <source>error e</source>
        <translation>오차 e</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="481"/>
        <source>output delta δ</source>
        <translation>출력 델타 δ</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="482"/>
        <source>hidden errors e₁</source>
        <translation>은닉층 오차 e₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="483"/>
        <source>hidden deltas δ₁</source>
        <translation>은닉층 델타 δ₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="484"/>
        <source>weight change ΔW</source>
        <translation>가중치 변화량 ΔW</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="485"/>
        <source>weight change ΔW₁</source>
        <translation>가중치 변화량 ΔW₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="486"/>
        <source>weight change ΔW₂</source>
        <translation>가중치 변화량 ΔW₂</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="487"/>
        <source>weight update W</source>
        <translation>가중치 갱신 W</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="488"/>
        <source>weight update W₁</source>
        <translation>가중치 갱신 W₁</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/formulabuilder.cpp" line="489"/>
        <source>weight update W₂</source>
        <translation>가중치 갱신 W₂</translation>
    </message>
</context>
<context>
    <name>GeneralFormulaText</name>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="220"/>
        <source>Row %1 of %2 times %3, term by term, added from left to right.</source>
        <translation>%2의 %1행과 %3을 항끼리 곱해 왼쪽부터 차례로 더합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="244"/>
        <source>The sigmoid of each unit&apos;s own weighted sum.</source>
        <translation>각 뉴런의 가중합에 시그모이드를 따로 적용합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="261"/>
        <source>relu: a negative sum becomes 0, a positive one passes unchanged.</source>
        <translation>relu: 음수인 합은 0이 되고, 양수인 합은 그대로 나갑니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="268"/>
        <source>Linear: the output is the weighted sum unchanged.</source>
        <translation>선형: 출력은 가중합 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="314"/>
        <source>Softmax: every unit&apos;s exponential divided by their sum, so that the outputs add up to 1.</source>
        <translation>소프트맥스: 각 뉴런의 지수를 모든 지수의 합으로 나누므로 출력을 다 더하면 1입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="316"/>
        <source>numpy adds eight numbers in pairs, as the brackets show.</source>
        <translation>numpy는 여덟 개의 수를 괄호처럼 둘씩 짝지어 더합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="336"/>
        <source>The target minus the output.</source>
        <translation>목표값에서 출력을 뺍니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="357"/>
        <source>%1 = %2.T %3: column %4 of %2 times %3, with %2 as it was before this sample step&apos;s update.</source>
        <translation>%1 = %2.T %3: %2의 %4열과 %3을 곱합니다. %2는 이 샘플 단계에서 갱신되기 전의 값입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="376"/>
        <source>Cross-entropy: the output&apos;s derivative cancels, so the delta is the error itself.</source>
        <translation>교차 엔트로피: 출력의 도함수가 약분되어 델타가 곧 오차입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="393"/>
        <source>The sigmoid&apos;s derivative is y(1 − y).</source>
        <translation>시그모이드의 도함수는 y(1 − y)입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="407"/>
        <source>The derivative of tanh is 1 − y².</source>
        <translation>tanh의 도함수는 1 − y²입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="423"/>
        <source>The derivative of relu is 1 where the sum is above 0, else 0.</source>
        <translation>relu의 도함수는 합이 0보다 크면 1, 그렇지 않으면 0입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="434"/>
        <source>A linear unit&apos;s derivative is 1: the delta is the error.</source>
        <translation>선형 뉴런의 도함수는 1이므로 델타가 곧 오차입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="452"/>
        <source>%1 = np.outer(alpha * %2, %3): alpha times the delta of unit %4, times input %5.</source>
        <translation>%1 = np.outer(alpha * %2, %3): alpha에 뉴런 %4의 델타와 입력 %5를 곱합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="472"/>
        <source>%1 on the right: the batch&apos;s sum up to the sample before (k = %2).</source>
        <translation>오른쪽의 %1: 이 배치에서 바로 앞 샘플(k = %2)까지 더한 합입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="474"/>
        <source>%1 on the right is 0: this is the batch&apos;s first sample.</source>
        <translation>오른쪽의 %1은 0입니다. 이 배치의 첫 샘플이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="488"/>
        <source>n = %1: the number of samples in this batch.</source>
        <translation>n = %1: 이 배치의 샘플 수입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="511"/>
        <source>%1 on the right: as the last update left it (epoch %2, sample k = %3).</source>
        <translation>오른쪽의 %1: 지난 갱신(에포크 %2, 샘플 k = %3)에서 정해진 값입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="516"/>
        <source>%1 on the right is 0: this is the first update.</source>
        <translation>오른쪽의 %1은 0입니다. 첫 번째 갱신이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="531"/>
        <source>%1 on the right: the weights before this update.</source>
        <translation>오른쪽의 %1: 이번 갱신 전의 가중치입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="588"/>
        <source>not computed at this step</source>
        <translation>이 단계에서는 계산하지 않음</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="621"/>
        <source>(%1 values)</source>
        <translation>(값 %1개)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="626"/>
        <source>(row %1 of %2, a %3×%4 matrix)</source>
        <translation>(%3×%4 행렬 %2의 %1행)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="636"/>
        <source>input x =</source>
        <translation>입력 x =</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="640"/>
        <source>target d =</source>
        <translation>목표 d =</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="656"/>
        <source>weighted sums %1</source>
        <translation>가중합 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="657"/>
        <source>outputs %1</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="658"/>
        <source>errors %1</source>
        <translation>오차 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="659"/>
        <source>deltas %1</source>
        <translation>델타 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="660"/>
        <source>weight change %1</source>
        <translation>가중치 변화량 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="661"/>
        <source>batch sum %1</source>
        <translation>배치 합 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="662"/>
        <source>batch average %1</source>
        <translation>배치 평균 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="663"/>
        <source>momentum %1</source>
        <translation>모멘텀 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="664"/>
        <source>weight update %1</source>
        <translation>가중치 갱신 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalformulabuilder.cpp" line="671"/>
        <source>Not a finite number: a value grew beyond what a double can hold (+inf or -inf) or became undefined (NaN). What is computed from it is inf or NaN too, except where a function saturates: a sigmoid turns +inf into 1 and -inf into 0, tanh turns them into 1 and -1, relu turns -inf into 0.</source>
        <translation>유한한 수가 아님: 어떤 값이 double로 나타낼 수 있는 범위를 넘었거나(+inf 또는 -inf) 정의되지 않은 값(NaN)이 되었습니다. 이 값으로 계산한 값도 inf나 NaN이 됩니다. 다만 포화하는 함수는 예외입니다. 시그모이드는 +inf를 1로, -inf를 0으로, tanh는 1과 -1로 바꾸고, relu는 -inf를 0으로 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>JsonLocator</name>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="54"/>
        <source>unexpected text after the end of the JSON document</source>
        <translation>JSON 문서가 끝난 뒤에 다른 내용이 더 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="84"/>
        <source>the file ends where a value was expected (is it cut short?)</source>
        <translation>값이 와야 할 곳에서 파일이 끝납니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="95"/>
        <source>expected a value (JSON allows no comma before a closing bracket)</source>
        <translation>여기에는 값이 와야 합니다(JSON에서는 닫는 괄호 바로 앞에 쉼표를 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="100"/>
        <location filename="../src/core/jsonlocator.cpp" line="181"/>
        <source>not a JSON value (strings need double quotes; true, false and null are lower-case; no comments)</source>
        <translation>JSON 값이 아닙니다(문자열은 큰따옴표로 감싸야 하고, true·false·null은 소문자로 쓰며, 주석은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="106"/>
        <location filename="../src/core/jsonlocator.cpp" line="153"/>
        <source>the document is nested too deeply</source>
        <translation>문서가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="116"/>
        <location filename="../src/core/jsonlocator.cpp" line="138"/>
        <source>the file ends inside an object (is it cut short?)</source>
        <translation>객체가 닫히기 전에 파일이 끝납니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="118"/>
        <source>expected a key (JSON allows no comma before a closing &apos;}&apos;)</source>
        <translation>여기에는 키가 와야 합니다(JSON에서는 닫는 중괄호 &apos;}&apos; 바로 앞에 쉼표를 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="120"/>
        <source>expected a key in double quotes</source>
        <translation>여기에는 큰따옴표로 감싼 키가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="131"/>
        <source>expected &apos;:&apos; after the key</source>
        <translation>키 뒤에는 콜론(&apos;:&apos;)이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="144"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>객체의 항목 뒤에는 쉼표(&apos;,&apos;)나 닫는 중괄호(&apos;}&apos;)가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="165"/>
        <source>the file ends inside an array (is it cut short?)</source>
        <translation>배열이 닫히기 전에 파일이 끝납니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="171"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>배열의 원소 뒤에는 쉼표(&apos;,&apos;)나 닫는 대괄호(&apos;]&apos;)가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="205"/>
        <source>a &apos;-&apos; must be followed by a digit</source>
        <translation>빼기 기호 &apos;-&apos; 뒤에는 숫자가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="209"/>
        <source>a number must not start with 0</source>
        <translation>숫자는 0으로 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="216"/>
        <source>a number needs a digit after the decimal point</source>
        <translation>소수점 뒤에 숫자가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="223"/>
        <source>a number needs a digit in its exponent</source>
        <translation>지수 부분에 숫자가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="230"/>
        <source>the number is out of range (a double holds magnitudes from about 1e-308 to 1.8e308)</source>
        <translation>숫자가 범위를 벗어났습니다(double은 크기가 약 1e-308부터 1.8e308까지인 수만 담을 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="238"/>
        <location filename="../src/core/jsonlocator.cpp" line="250"/>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>\u 이스케이프에는 16진수 숫자 네 개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="266"/>
        <source>the file ends inside a string (a closing &apos;&quot;&apos; is missing, or the file is cut short)</source>
        <translation>문자열이 닫히기 전에 파일이 끝납니다(닫는 큰따옴표가 없거나 파일이 잘렸습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="275"/>
        <source>a control character (such as a tab or a line break) inside a string; write it as \t or \n</source>
        <translation>문자열 안에 제어 문자(탭이나 줄바꿈 등)가 있습니다. 탭은 \t, 줄바꿈은 \n처럼 이스케이프로 쓰세요</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="289"/>
        <source>invalid UTF-8 in a string</source>
        <translation>문자열에 올바르지 않은 UTF-8 바이트가 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="301"/>
        <source>the file ends inside a string (is it cut short?)</source>
        <translation>문자열이 닫히기 전에 파일이 끝납니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="317"/>
        <source>invalid escape sequence in a string (allowed: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>문자열에 잘못된 이스케이프 시퀀스가 있습니다(쓸 수 있는 것: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="330"/>
        <source>a \u escape of a low surrogate without a high surrogate before it</source>
        <translation>하위 서러게이트를 나타내는 \u 이스케이프 앞에 상위 서러게이트가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/jsonlocator.cpp" line="336"/>
        <location filename="../src/core/jsonlocator.cpp" line="343"/>
        <source>a \u escape of a high surrogate must be followed by a low surrogate</source>
        <translation>상위 서러게이트를 나타내는 \u 이스케이프 뒤에는 하위 서러게이트가 와야 합니다</translation>
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
    <name>LessonLoader</name>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="43"/>
        <source>the number %1</source>
        <translation>숫자 %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="44"/>
        <source>the string %1</source>
        <translation>문자열 %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="97"/>
        <location filename="../src/core/lessonvalidator.cpp" line="45"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="46"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="52"/>
        <source>the top-level object</source>
        <translation>최상위 객체</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="75"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member (or the file is cut short)</source>
        <translation>객체의 항목 뒤에는 쉼표(&apos;,&apos;)나 닫는 중괄호(&apos;}&apos;)가 와야 합니다(파일이 잘렸을 수도 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="76"/>
        <source>expected &apos;:&apos; after the key</source>
        <translation>키 뒤에는 콜론(&apos;:&apos;)이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="77"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element (or the file is cut short)</source>
        <translation>배열의 원소 뒤에는 쉼표(&apos;,&apos;)나 닫는 대괄호(&apos;]&apos;)가 와야 합니다(파일이 잘렸을 수도 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="78"/>
        <source>expected &apos;,&apos; between values</source>
        <translation>값과 값 사이에는 쉼표(&apos;,&apos;)가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="79"/>
        <source>not a JSON value (strings need double quotes, true/false/null are lower-case, no comments, no trailing commas)</source>
        <translation>JSON 값이 아닙니다(문자열은 큰따옴표로 감싸고, true/false/null은 소문자로 쓰며, 주석과 맨 끝의 쉼표는 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="80"/>
        <source>the file ends in the middle of a value (it is cut short)</source>
        <translation>값의 중간에서 파일이 끝납니다(파일이 잘렸습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="81"/>
        <source>not a valid JSON number (NaN and infinity are not allowed; strings need double quotes)</source>
        <translation>올바른 JSON 숫자가 아닙니다(NaN과 무한대는 쓸 수 없고, 문자열은 큰따옴표로 감싸야 합니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="82"/>
        <source>invalid escape sequence in a string</source>
        <translation>문자열에 잘못된 이스케이프 시퀀스가 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="83"/>
        <source>invalid UTF-8 in a string</source>
        <translation>문자열에 올바르지 않은 UTF-8 바이트가 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="84"/>
        <source>a string is not closed (a &apos;&quot;&apos; is missing, or the file is cut short)</source>
        <translation>문자열이 닫히지 않았습니다(닫는 큰따옴표가 없거나 파일이 잘렸습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="85"/>
        <source>expected an object after the comma (no trailing commas in JSON)</source>
        <translation>쉼표 뒤에는 객체가 와야 합니다(JSON에서는 맨 끝에 쉼표를 붙일 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="86"/>
        <source>the document is nested too deeply</source>
        <translation>문서가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="87"/>
        <source>the document is too large</source>
        <translation>문서가 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="88"/>
        <source>unexpected text after the end of the JSON document</source>
        <translation>JSON 문서가 끝난 뒤에 다른 내용이 더 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="90"/>
        <source>syntax error</source>
        <translation>문법 오류</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="98"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="100"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="102"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="525"/>
        <source>missing key &quot;version&quot; (this DeltaTrace reads versions 1 and 2)</source>
        <translation>&quot;version&quot; 키가 없습니다(이 DeltaTrace는 버전 1과 2를 읽습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="535"/>
        <source>&quot;version&quot; must be the integer %1 or %2, not %3</source>
        <translation>&quot;version&quot; 값은 정수 %1 또는 %2여야 합니다(지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="82"/>
        <source>%1 must be an object ({ ... }), not %2</source>
        <translation>%1 값은 객체({ ... })여야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="94"/>
        <source>unknown key %1 in %2 (allowed keys: %3)</source>
        <translation>%2 안에 알 수 없는 키가 있습니다: %1 (쓸 수 있는 키: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="107"/>
        <location filename="../src/core/networklessonreader.cpp" line="519"/>
        <source>missing key &quot;%1&quot; in %2</source>
        <translation>%2 안에 &quot;%1&quot; 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="117"/>
        <source>%1 must be an array ([ ... ]), not %2</source>
        <translation>%1 값은 배열([ ... ])이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="128"/>
        <source>%1 must be a string, not %2</source>
        <translation>%1 값은 문자열이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="138"/>
        <source>%1 must be a single line (no \n)</source>
        <translation>%1 값은 한 줄이어야 합니다(\n 없이)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="144"/>
        <source>%1 must not contain control characters such as \u001b</source>
        <translation>%1 값에는 \u001b 같은 제어 문자를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="157"/>
        <source>%1 must be a number, not %2</source>
        <translation>%1 값은 숫자여야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="170"/>
        <source>%1 must be an integer from %2 to %3, not %4</source>
        <translation>%1 값은 %2부터 %3까지의 정수여야 합니다(지금은 %4)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="182"/>
        <source>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</source>
        <translation>%1 값은 a-z, 0-9, &apos;-&apos; 문자로 이루어진 1~%2자여야 합니다(지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="201"/>
        <source>%1 must not be empty</source>
        <translation>%1 값은 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="204"/>
        <source>%1 must be at most %2 characters (a title is one short line), not %3</source>
        <translation>%1 값은 최대 %2자여야 합니다(제목은 짧은 한 줄입니다. 지금은 %3자)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="239"/>
        <source>%1 must be a string (one line of Markdown), not %2</source>
        <translation>%1 값은 문자열(Markdown 한 줄)이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="244"/>
        <source>%1 must be one line without \n (each element of the array is one line)</source>
        <translation>%1 값은 \n 없는 한 줄이어야 합니다(배열의 원소 하나가 한 줄입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="252"/>
        <source>%1 must be an array of lines or a string, not %2</source>
        <translation>%1 값은 줄의 배열이거나 문자열이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="258"/>
        <source>%1 is %2 characters long; a narrative may have at most %3</source>
        <translation>%1 값의 길이가 %2자입니다. 설명은 최대 %3자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="124"/>
        <source>%1 must have exactly %2 rows (one per sample), not %3</source>
        <translation>%1 값은 정확히 %2행이어야 합니다(샘플마다 한 행. 지금은 %3행)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="135"/>
        <source>%1 must have exactly %2 numbers (x1, x2 and the bias input), not %3</source>
        <translation>%1 값에는 숫자가 정확히 %2개 있어야 합니다(x1, x2, 편향 입력. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="154"/>
        <source>%1 must have exactly %2 numbers (one target per sample), not %3</source>
        <translation>%1 값에는 숫자가 정확히 %2개 있어야 합니다(샘플마다 목표값 하나. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="194"/>
        <location filename="../src/core/networklessonreader.cpp" line="295"/>
        <source>unknown rule %1 in %2 (known rules: %3)</source>
        <translation>%2 값의 규칙을 알 수 없습니다: %1 (알려진 규칙: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="271"/>
        <source>%1 must be above 0 and at most 1000000 (1e6), not %2</source>
        <translation>%1 값은 0보다 크고 1000000(1e6) 이하여야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="205"/>
        <source>%1 must be 1 for rule &quot;forward&quot; (it only runs the forward pass), not %2</source>
        <translation>&quot;forward&quot; 규칙은 순전파만 실행하므로 %1 값은 1이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="242"/>
        <source>%1 may have at most %2 exercises, not %3</source>
        <translation>%1: 연습 문제는 %2개까지만 둘 수 있습니다(지금 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="286"/>
        <source>%1 asks for the run&apos;s very first value, which is on screen as soon as the run opens; ask for a later one</source>
        <translation>%1: 실행의 맨 첫 값은 실행을 열자마자 화면에 보이므로 문제로 낼 수 없습니다. 그 뒤의 값을 물어 주세요</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="318"/>
        <source>%1 comes before %2 in the run; list the exercises in the order the run reaches them</source>
        <translation>%1: 실행에서 %2보다 앞선 자리입니다. 연습 문제는 실행에서 만나는 순서대로 적어 주세요</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="353"/>
        <source>3 inputs for the 3 columns of data.X, 4 hidden units, 1 output</source>
        <translation>data.X의 세 열에 맞춘 입력 3개, 은닉 유닛 4개, 출력 1개</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="354"/>
        <source>3 inputs for the 3 columns of data.X, 1 output</source>
        <translation>data.X의 세 열에 맞춘 입력 3개, 출력 1개</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="355"/>
        <source>%1 must be [%2] for rule &quot;%3&quot; (%4), not [%5]</source>
        <translation>&quot;%3&quot; 규칙에서는 %1 값이 [%2] 구조여야 합니다(%4. 지금은 [%5])</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="366"/>
        <location filename="../src/core/networklessonreader.cpp" line="438"/>
        <source>%1 must have 1 to %2 lines, not %3</source>
        <translation>%1 값은 1줄부터 %2줄까지여야 합니다(지금은 %3줄)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonvalidator.cpp" line="282"/>
        <source>%1 must be one line without tabs (indent with spaces)</source>
        <translation>%1 값은 탭 없는 한 줄이어야 합니다(들여쓰기는 공백으로 하세요)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="272"/>
        <location filename="../src/core/lessonloader.cpp" line="392"/>
        <source>unknown quantity %1 in %2 (known quantities: %3)</source>
        <translation>%2 값에 알 수 없는 값 이름이 있습니다: %1 (알려진 값 이름: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="275"/>
        <location filename="../src/core/lessonloader.cpp" line="398"/>
        <source>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</source>
        <translation>%1 값 %2: &quot;%3&quot; 규칙이 계산하지 않는 값입니다(이 규칙이 계산하는 값: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="402"/>
        <location filename="../src/core/networklessonreader.cpp" line="488"/>
        <source>%1 is %2, but %3 computes it already (each operation is computed by exactly one line)</source>
        <translation>%1 값 %2: 이미 %3 줄에서 계산하는 값입니다(연산마다 정확히 한 줄만 계산해야 합니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="421"/>
        <source>no line of %1 computes %2 (rule &quot;%3&quot; needs exactly one line computing each of: %4)</source>
        <translation>%1 안에 %2 값을 계산하는 줄이 없습니다(&quot;%3&quot; 규칙에는 다음 값마다 그것을 계산하는 줄이 정확히 하나씩 있어야 합니다: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="442"/>
        <source>the file is %1 bytes; a lesson file may have at most %2 bytes (4 MiB)</source>
        <translation>파일 크기가 %1바이트입니다. 수업 파일은 최대 %2바이트(4 MiB)까지입니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="450"/>
        <source>a lesson file</source>
        <translation>수업 파일</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="458"/>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="472"/>
        <source>there is not enough memory to read this lesson</source>
        <translation>이 수업을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="482"/>
        <source>invalid UTF-8 (byte 0x%1); lesson files must be saved as UTF-8</source>
        <translation>올바르지 않은 UTF-8 바이트(0x%1)가 있습니다. 수업 파일은 UTF-8로 저장해야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="485"/>
        <source>the file is empty (a lesson file is a JSON object)</source>
        <translation>파일이 비어 있습니다(수업 파일은 JSON 객체입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="494"/>
        <location filename="../src/core/lessonloader.cpp" line="504"/>
        <source>invalid JSON: %1</source>
        <translation>JSON 문법 오류: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="499"/>
        <source>the top level must be a JSON object ({ ... }), not %1</source>
        <translation>최상위 값은 JSON 객체({ ... })여야 합니다(지금은 %1)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="508"/>
        <source>duplicate key %1 in %2 (each key may appear only once)</source>
        <translation>%2 안에 같은 키가 두 번 있습니다: %1 (키는 한 번만 쓸 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="518"/>
        <source>missing key &quot;format&quot; (a DeltaTrace lesson file has &quot;format&quot;: &quot;%1&quot;; this is not one)</source>
        <translation>&quot;format&quot; 키가 없습니다(DeltaTrace 수업 파일에는 &quot;format&quot;: &quot;%1&quot; 항목이 있습니다. 이 파일은 수업 파일이 아닙니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="521"/>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace lesson file)</source>
        <translation>&quot;format&quot; 값은 &quot;%1&quot; 문자열이어야 합니다(지금은 %2). 이 파일은 DeltaTrace 수업 파일이 아닙니다</translation>
    </message>
    <message>
        <source>missing key &quot;version&quot; (this DeltaTrace reads version 1)</source>
        <translation type="vanished">&quot;version&quot; 키가 없습니다(이 DeltaTrace는 버전 1을 읽습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="529"/>
        <source>this lesson was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</source>
        <translation>이 수업은 더 새로운 DeltaTrace에 맞춰 작성되었습니다(형식 버전 %1, 이 DeltaTrace가 읽는 버전은 %2). DeltaTrace를 업데이트하세요</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer %1, not %2</source>
        <translation type="vanished">&quot;version&quot; 값은 정수여야 하며, 이 DeltaTrace가 읽는 버전은 %1입니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="560"/>
        <source>experiments must have 1 to %1 experiments, not %2</source>
        <translation>experiments에는 실험이 1개부터 %1개까지 있어야 합니다(지금은 %2개)</translation>
    </message>
    <message>
        <location filename="../src/core/lessonloader.cpp" line="571"/>
        <source>duplicate experiment id %1: %2 has it too (experiment ids must be unique)</source>
        <translation>실험 id가 중복됩니다: %1 (%2 실험에도 같은 id가 있습니다. 실험 id는 서로 달라야 합니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="35"/>
        <source>%1 must have 1 to %2 rows (one per sample), not %3</source>
        <translation>%1 값은 1행부터 %2행까지여야 합니다(샘플마다 한 행. 지금은 %3행)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="50"/>
        <source>%1 must have 1 to %2 numbers (one per input; a bias input is a column of ones), not %3</source>
        <translation>%1 값에는 숫자가 1개부터 %2개까지 있어야 합니다(입력마다 하나. 편향 입력은 1로 채운 열입니다. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="57"/>
        <source>%1 must have %2 numbers like %3 (every row of X has one number per input), not %4</source>
        <translation>%1 값에는 %3처럼 숫자가 %2개 있어야 합니다(X의 모든 행에는 입력마다 숫자가 하나씩 있습니다. 지금은 %4개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="77"/>
        <source>%1 must have 1 to %2 targets (one per sample), not %3</source>
        <translation>%1 값에는 목표값이 1개부터 %2개까지 있어야 합니다(샘플마다 하나. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="80"/>
        <source>%1 must have %2 targets, one per row of %3, not %4</source>
        <translation>%1 값에는 %3의 행마다 하나씩 목표값이 %2개 있어야 합니다(지금은 %4개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="88"/>
        <source>%1 must be a number like %2 (D is a list of numbers, or a list of rows of numbers), not an array</source>
        <translation>%1 값은 %2처럼 숫자여야 합니다(D는 숫자의 목록이거나 숫자 행의 목록입니다. 지금은 배열)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="108"/>
        <source>%1 must have 1 to %2 numbers (one target per output), not %3</source>
        <translation>%1 값에는 숫자가 1개부터 %2개까지 있어야 합니다(출력마다 목표값 하나. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="115"/>
        <source>%1 must have %2 numbers like %3 (every row of D has one target per output), not %4</source>
        <translation>%1 값에는 %3처럼 숫자가 %2개 있어야 합니다(D의 모든 행에는 출력마다 목표값이 하나씩 있습니다. 지금은 %4개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="169"/>
        <source>%1 is %2, which with the %3 samples of data.X makes %4 sample steps; a run may have at most %5 (epochs times samples)</source>
        <translation>%1 값이 너무 큽니다: 에포크 %2번 × data.X의 샘플 %3개 = 샘플 단계 %4번이지만, 한 실행은 %5번까지만 할 수 있습니다(에포크 수 × 샘플 수)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="195"/>
        <source>%1 has both &quot;%2&quot; and &quot;%3&quot;: a version 2 experiment gives its network either as &quot;layers&quot;, &quot;activations&quot; and &quot;delta&quot;, or as lessons 1-3&apos;s &quot;rule&quot; and &quot;network&quot;</source>
        <translation>%1에 &quot;%2&quot; 키와 &quot;%3&quot; 키가 함께 있습니다. 버전 2 실험의 신경망은 &quot;layers&quot;, &quot;activations&quot;, &quot;delta&quot;로 적거나, 수업 1~3처럼 &quot;rule&quot;과 &quot;network&quot;로 적습니다(둘 중 하나만)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="204"/>
        <source>missing key &quot;layers&quot; in %1 (a version 2 experiment gives its network as &quot;layers&quot; and &quot;activations&quot;, or as &quot;rule&quot; and &quot;network&quot;)</source>
        <translation>%1 안에 &quot;layers&quot; 키가 없습니다(버전 2 실험의 신경망은 &quot;layers&quot;와 &quot;activations&quot;로, 또는 &quot;rule&quot;과 &quot;network&quot;로 적습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="222"/>
        <source>%1 must be at least 0 and below 1 (the momentum beta), not %2</source>
        <translation>%1 값은 0 이상 1 미만이어야 합니다(모멘텀 beta. 지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="238"/>
        <source>&quot;%1&quot; is not yet supported in version 2 lessons: remove it from %2</source>
        <translation>&quot;%1&quot; 키는 버전 2 수업에서 아직 지원하지 않습니다. %2에서 지우세요</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="286"/>
        <source>%1 is &quot;forward&quot;, which version 2 lessons do not have (their experiments train a network): use &quot;delta-rule&quot;, &quot;backprop-sigmoid&quot; or &quot;backprop-ce&quot;, or keep the forward pass in a version 1 lesson</source>
        <translation>%1 값이 &quot;forward&quot;인데, 버전 2 수업에는 이 규칙이 없습니다(버전 2 실험은 신경망을 학습시킵니다). &quot;delta-rule&quot;, &quot;backprop-sigmoid&quot;, &quot;backprop-ce&quot; 가운데 하나를 쓰거나, 순전파는 버전 1 수업에 두세요</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="324"/>
        <source>%1 must be &quot;sse&quot; (squared error) or &quot;ce&quot; (cross-entropy), not %2</source>
        <translation>%1 값은 &quot;sse&quot;(제곱 오차) 또는 &quot;ce&quot;(교차 엔트로피)여야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="346"/>
        <source>%1 must have 2 to %2 sizes (the inputs, up to %3 hidden layers, the outputs), not %4</source>
        <translation>%1 값에는 크기가 2개부터 %2개까지 있어야 합니다(입력, 은닉층 최대 %3개, 출력. 지금은 %4개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="362"/>
        <source>%1 must be %2, the number of columns of data.X (one input each), not %3</source>
        <translation>%1 값은 data.X의 열 수(%2)와 같아야 합니다(열마다 입력 하나. 지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="368"/>
        <source>%1 must be %2, the number of targets per sample in data.D (one output each), not %3</source>
        <translation>%1 값은 data.D에서 샘플 하나의 목표값 수(%2)와 같아야 합니다(목표값마다 출력 하나. 지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="388"/>
        <source>%1 must have %2 activations, one per weight layer of the layers [%3], not %4</source>
        <translation>%1 값에는 활성화 함수가 %2개 있어야 합니다(층 [%3]의 가중치 층마다 하나. 지금은 %4개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="393"/>
        <source>%1 must have 1 to %2 activations (one per weight layer), not %3</source>
        <translation>%1 값에는 활성화 함수가 1개부터 %2개까지 있어야 합니다(가중치 층마다 하나. 지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="407"/>
        <source>unknown activation %1 in %2 (known activations: %3)</source>
        <translation>%2 값의 활성화 함수를 알 수 없습니다: %1 (알려진 활성화 함수: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="413"/>
        <source>%1 is &quot;softmax&quot;, which only the output layer may have (the last of %2)</source>
        <translation>%1 값이 &quot;softmax&quot;인데, softmax는 출력층에만 쓸 수 있습니다(%2의 마지막 항목)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="416"/>
        <source>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy), not &quot;sse&quot;</source>
        <translation>%1 값이 &quot;softmax&quot;이면 &quot;delta&quot;가 &quot;ce&quot;여야 합니다(softmax 출력은 교차 엔트로피로 학습합니다. 지금은 &quot;sse&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="417"/>
        <source>%1 is &quot;softmax&quot;, which needs &quot;delta&quot;: &quot;ce&quot; (softmax outputs are trained with cross-entropy); without &quot;delta&quot; it is &quot;sse&quot;</source>
        <translation>%1 값이 &quot;softmax&quot;이면 &quot;delta&quot;가 &quot;ce&quot;여야 합니다(softmax 출력은 교차 엔트로피로 학습합니다). &quot;delta&quot;를 적지 않으면 &quot;sse&quot;가 됩니다</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="420"/>
        <source>%1 is &quot;softmax&quot;, which needs at least 2 outputs (the softmax of one output is always 1), not %2</source>
        <translation>%1 값이 &quot;softmax&quot;이면 출력이 2개 이상이어야 합니다(출력이 하나뿐인 softmax는 늘 1입니다. 지금은 %2개)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="468"/>
        <source>unknown quantity %1 in %2 (a general network&apos;s quantities are vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL and WL, with L the weight layer&apos;s number: v1, dW2_sum, ...)</source>
        <translation>%2 값에 알 수 없는 값 이름이 있습니다: %1 (일반 신경망의 값 이름은 vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL, WL이고 L은 가중치 층의 번호입니다. 예: v1, dW2_sum)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="474"/>
        <source>%1 is %2, but this network has no weight layer %3 (its operations: %4)</source>
        <translation>%1 값이 %2인데, 이 신경망에는 %3번째 가중치 층이 없습니다(이 신경망의 연산: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="482"/>
        <source>dW_sum and dW_avg exist only with a &quot;batch&quot; above 1</source>
        <translation>dW_sum과 dW_avg는 &quot;batch&quot;가 1보다 클 때만 계산합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="483"/>
        <source>m exists only with a &quot;momentum&quot; above 0</source>
        <translation>m은 &quot;momentum&quot;이 0보다 클 때만 계산합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="484"/>
        <source>%1 is %2, which this network does not compute (%3; its operations: %4)</source>
        <translation>%1 값이 %2인데, 이 신경망은 그 값을 계산하지 않습니다(%3. 이 신경망의 연산: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/networklessonreader.cpp" line="507"/>
        <source>no line of %1 computes %2 (this network needs exactly one line computing each of: %3)</source>
        <translation>%1 안에 %2 값을 계산하는 줄이 없습니다(이 신경망에는 다음 값마다 그것을 계산하는 줄이 정확히 하나씩 있어야 합니다: %3)</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="216"/>
        <source>The target of sample %1 must be a number from 0 to 1 (a sigmoid&apos;s output never leaves that range), not %2.</source>
        <translation>샘플 %1의 정답은 0부터 1 사이의 수여야 합니다(시그모이드의 출력은 이 범위를 벗어나지 않습니다). 지금 값: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="253"/>
        <source>The lesson %1 has no lesson file to edit.</source>
        <translation>수업 %1에는 고칠 수업 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/lessonwriter.cpp" line="334"/>
        <source>Could not save the lesson to %1: %2</source>
        <translation>수업을 %1에 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>NetworkTraceFile</name>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="283"/>
        <source>a network has 1 to %1 weight layers, with one activation each</source>
        <translation>신경망의 가중치 층은 1~%1개이고, 층마다 활성화 함수가 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="286"/>
        <source>every layer has 1 to %1 units</source>
        <translation>모든 층의 유닛은 1~%1개여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="288"/>
        <source>the output layer has at most %1 units, not %2</source>
        <translation>출력층의 유닛은 최대 %1개인데, 지금은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="291"/>
        <source>softmax is for the output layer only, not layer %1</source>
        <translation>소프트맥스는 출력층에만 쓸 수 있습니다(%1번 층에는 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="294"/>
        <source>a softmax output needs the cross-entropy delta (&quot;ce&quot;)</source>
        <translation>소프트맥스 출력에는 교차 엔트로피 델타(&quot;ce&quot;)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="296"/>
        <source>the momentum must be a number from 0 up to (not including) 1</source>
        <translation>모멘텀은 0 이상 1 미만의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="304"/>
        <source>a run has 1 to %1 epochs, not %2</source>
        <translation>에포크는 1~%1개여야 하는데, 지금은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="306"/>
        <source>%1 epochs of %2 samples are %3 steps, more than the %4 of a general trace</source>
        <translation>샘플 %2개로 에포크 %1개를 돌리면 %3스텝이 되어, 일반 신경망 추적의 한도인 %4스텝을 넘습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="331"/>
        <source>the lesson source is %1 bytes (a lesson file is at most %2)</source>
        <translation>수업 원본이 %1바이트입니다(수업 파일은 최대 %2바이트입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="337"/>
        <source>a run has 1 to %1 samples, not %2</source>
        <translation>샘플은 1~%1개여야 하는데, 지금은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="341"/>
        <source>the data are not %1 samples of %2 inputs and %3 targets</source>
        <translation>데이터가 입력 %2개와 목표값 %3개로 된 샘플 %1개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="343"/>
        <source>the batch must be 1 to %1 samples, not %2</source>
        <translation>배치는 샘플 1~%1개여야 하는데, 지금은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="428"/>
        <source>cannot write this run: %1</source>
        <translation>이 실행은 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="431"/>
        <source>cannot write an incomplete trace (its weights do not match its network)</source>
        <translation>완전하지 않은 추적은 쓸 수 없습니다(가중치가 신경망과 맞지 않습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="435"/>
        <source>cannot write a trace whose header would be %1 bytes (the limit is %2)</source>
        <translation>헤더가 %1바이트나 되는 추적은 쓸 수 없습니다(한도는 %2바이트입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="483"/>
        <source>a run of lessons 1 to 3 (trace format %1), not of a general network</source>
        <translation>일반 신경망이 아니라 수업 1~3의 실행입니다(추적 형식 %1)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="485"/>
        <source>the file is %1 bytes, larger than any trace of a general network (at most %2 bytes)</source>
        <translation>파일 크기가 %1바이트로, 일반 신경망 추적의 최대 크기(%2바이트)보다 큽니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="531"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; 값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="546"/>
        <source>&apos;momentum&apos; must be a number from 0 up to (not including) 1</source>
        <translation>&apos;momentum&apos; 값은 0 이상 1 미만의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="555"/>
        <source>&apos;layers&apos; must be a list of 2 to %1 layer sizes</source>
        <translation>&apos;layers&apos; 값은 층 크기 2~%1개로 된 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="559"/>
        <source>&apos;layers&apos; must hold whole numbers from 1 to %1</source>
        <translation>&apos;layers&apos;에는 1부터 %1까지의 정수만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="564"/>
        <source>&apos;activations&apos; must name one activation for each of the %1 weight layers</source>
        <translation>&apos;activations&apos;에는 가중치 층 %1개마다 활성화 함수를 하나씩 적어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="569"/>
        <source>&apos;activations&apos; may only hold %1</source>
        <translation>&apos;activations&apos;에는 %1만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="574"/>
        <source>&apos;delta&apos; must be &quot;sse&quot; or &quot;ce&quot;</source>
        <translation>&apos;delta&apos; 값은 &quot;sse&quot; 또는 &quot;ce&quot;여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="589"/>
        <source>&apos;X&apos; must be 1 to %1 rows of %2 numbers (the network&apos;s inputs)</source>
        <translation>&apos;X&apos; 값은 수 %2개(신경망의 입력 수)로 된 행 1~%1개여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="593"/>
        <source>&apos;D&apos; must be a list of %1 numbers, one for each row of X</source>
        <translation>&apos;D&apos; 값은 X의 행마다 하나씩, 수 %1개로 된 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="594"/>
        <source>&apos;D&apos; must be %1 rows of %2 numbers (the network&apos;s outputs)</source>
        <translation>&apos;D&apos; 값은 수 %2개(신경망의 출력 수)로 된 행 %1개여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="600"/>
        <source>&apos;batch&apos; must be a whole number from 1 to %1 (the samples)</source>
        <translation>&apos;batch&apos; 값은 1부터 %1(샘플 수)까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="609"/>
        <source>&apos;initial&apos; must hold the weights W1 to W%1 of this network</source>
        <translation>&apos;initial&apos;에는 이 신경망의 가중치 W1부터 W%1까지가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="617"/>
        <source>&apos;storage&apos; must be &quot;compact&quot;</source>
        <translation>&apos;storage&apos; 값은 &quot;compact&quot;여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="627"/>
        <source>&apos;firstNonFiniteQuantity&apos; must be null or name a quantity that this network computes</source>
        <translation>&apos;firstNonFiniteQuantity&apos; 값은 null이거나 이 신경망이 계산하는 값의 이름이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="662"/>
        <source>it lists %1 blocks, but a general trace has %2</source>
        <translation>블록이 %1개 나열되어 있지만, 일반 신경망 추적의 블록은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="669"/>
        <source>block %1 must be &apos;%2&apos; of %3 bytes for this network and data, not %4 of %5 bytes</source>
        <translation>이 신경망과 데이터라면 %1번 블록은 &apos;%2&apos;(%3바이트)여야 합니다(지금은 %4, %5바이트)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="721"/>
        <source>&apos;momentum&apos; does not agree with the exact value in the parameters block</source>
        <translation>&apos;momentum&apos; 값이 parameters 블록의 정확한 값과 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="740"/>
        <source>the recorded values are not those of this run recomputed by DeltaTrace (seed %1, alpha %2, %3 epochs): %4</source>
        <translation>기록된 값이 DeltaTrace가 이 실행(시드 %1, 알파 %2, 에포크 %3개)을 다시 계산한 값과 다릅니다: %4</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="811"/>
        <source>reading was cancelled</source>
        <translation>읽기가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <location filename="../src/core/regularfile.cpp" line="27"/>
        <location filename="../src/core/regularfile.cpp" line="54"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="28"/>
        <location filename="../src/core/regularfile.cpp" line="34"/>
        <location filename="../src/core/regularfile.cpp" line="48"/>
        <location filename="../src/core/regularfile.cpp" line="61"/>
        <source>cannot be opened: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="38"/>
        <location filename="../src/core/regularfile.cpp" line="56"/>
        <source>is a folder, not %1</source>
        <translation>파일이 아니라 폴더입니다(필요한 것: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="42"/>
        <source>is not a regular file (a device, a FIFO or a socket), so it cannot be %1</source>
        <translation>일반 파일이 아니라 장치, FIFO 또는 소켓이므로 읽을 수 없습니다(필요한 것: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="58"/>
        <source>is not a regular file, so it cannot be %1</source>
        <translation>일반 파일이 아니므로 읽을 수 없습니다(필요한 것: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="69"/>
        <source>no file name given</source>
        <translation>파일 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="74"/>
        <source>is a symbolic link to nothing; refusing to replace it</source>
        <translation>가리키는 대상이 없는 심볼릭 링크이므로 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="78"/>
        <source>is a folder; give a file name</source>
        <translation>폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="80"/>
        <source>is not a regular file (a device, a FIFO or a socket); refusing to replace it</source>
        <translation>일반 파일이 아니라 장치, FIFO 또는 소켓이므로 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="85"/>
        <source>is the file being read; refusing to overwrite it (choose another name)</source>
        <translation>지금 읽고 있는 파일이므로 덮어쓰지 않습니다(다른 이름을 고르세요)</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="98"/>
        <source>Permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="99"/>
        <source>No space left on device</source>
        <translation>저장 공간이 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="100"/>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="101"/>
        <source>Is a directory</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="102"/>
        <source>Not a directory</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="103"/>
        <source>File name too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../src/core/regularfile.cpp" line="104"/>
        <source>Input/output error</source>
        <translation>입출력 오류</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../src/core/tour.cpp" line="41"/>
        <source>the number %1</source>
        <translation>숫자 %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="42"/>
        <source>the string %1</source>
        <translation>문자열 %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="43"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="44"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="47"/>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="61"/>
        <source>%1 must be an object ({ ... }), not %2</source>
        <translation>%1 값은 객체({ ... })여야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="65"/>
        <source>the top-level object</source>
        <translation>최상위 객체</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="70"/>
        <source>unknown key %1 in %2 (allowed keys: %3)</source>
        <translation>%2 안에 알 수 없는 키가 있습니다: %1 (쓸 수 있는 키: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="82"/>
        <source>%1 must be an integer from %2 to %3, not %4</source>
        <translation>%1 값은 %2부터 %3까지의 정수여야 합니다(지금은 %4)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="91"/>
        <source>%1 must be a string, not %2</source>
        <translation>%1 값은 문자열이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="104"/>
        <source>%1 must have a note in &quot;ko&quot;, in &quot;en&quot; or in both</source>
        <translation>%1: &quot;ko&quot;나 &quot;en&quot;, 또는 둘 다에 메모가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="120"/>
        <source>%1 must be a string (one line), not %2</source>
        <translation>%1 값은 문자열(한 줄)이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="130"/>
        <source>%1 must be a string or an array of lines, not %2</source>
        <translation>%1 값은 문자열이나 줄들의 배열이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="135"/>
        <source>%1 must not be empty (leave the language out instead)</source>
        <translation>%1 값은 비어 있으면 안 됩니다(쓸 말이 없으면 그 언어를 빼 주세요)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="138"/>
        <source>%1 is %2 characters long; a note may have at most %3</source>
        <translation>%1: 길이가 %2자입니다. 메모는 %3자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="146"/>
        <source>%1 must not contain control characters such as \u001b (line breaks are \n)</source>
        <translation>%1 값에는 \u001b 같은 제어 문자를 쓸 수 없습니다(줄바꿈은 \n으로 씁니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="196"/>
        <source>%1 names an event and a place; a stop is one or the other (leave out &quot;epoch&quot;, &quot;sample&quot; and &quot;operation&quot;, or &quot;event&quot;)</source>
        <translation>%1: 사건과 자리가 함께 적혀 있습니다. 한 지점은 둘 중 하나만 가리킵니다(&quot;epoch&quot;, &quot;sample&quot;, &quot;operation&quot;을 빼거나 &quot;event&quot;를 빼 주세요)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="206"/>
        <source>unknown event %1 in %2 (known events: %3)</source>
        <translation>%2 값에 알 수 없는 사건이 있습니다: %1 (알려진 사건: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="213"/>
        <source>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run) or &quot;event&quot;</source>
        <translation>%1: &quot;epoch&quot;와 &quot;sample&quot;(실행 속 자리) 또는 &quot;event&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="233"/>
        <source>unknown quantity %1 in %2 (known quantities: %3)</source>
        <translation>%2 값에 알 수 없는 값 이름이 있습니다: %1 (알려진 값 이름: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="240"/>
        <source>%1 is %2, which rule &quot;%3&quot; does not compute (its quantities: %4)</source>
        <translation>%1 값 %2: &quot;%3&quot; 규칙이 계산하지 않는 값입니다(이 규칙이 계산하는 값: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="160"/>
        <source>missing key &quot;note&quot; in %1 (what to say at this stop)</source>
        <translation>%1 안에 &quot;note&quot; 키가 없습니다(이 지점에서 할 말)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="170"/>
        <source>unknown view %1 in %2 (known views: %3)</source>
        <translation>%2 값에 알 수 없는 화면이 있습니다: %1 (알려진 화면: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="269"/>
        <source>%1 needs &quot;epoch&quot; and &quot;sample&quot; (a place in the run)</source>
        <translation>%1: &quot;epoch&quot;와 &quot;sample&quot;(실행 속 자리)이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="288"/>
        <source>unknown quantity %1 in %2 (a layer&apos;s quantity such as v1, y2, e2, delta1, dW1, dW1_sum, dW1_avg, m1 or W1)</source>
        <translation>%2 값에 알 수 없는 값 이름이 있습니다: %1 (층의 값 이름이어야 합니다. 예: v1, y2, e2, delta1, dW1, dW1_sum, dW1_avg, m1, W1)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="301"/>
        <source>%1 is %2, which this network does not compute at sample %3 (it computes %4)</source>
        <translation>%1 값 %2: 이 신경망이 샘플 %3에서 계산하지 않는 값입니다(이 샘플에서 계산하는 값: %4)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="330"/>
        <source>the file is %1 bytes; a tour file may have at most %2 bytes (1 MiB)</source>
        <translation>파일 크기가 %1바이트입니다. 둘러보기 파일은 최대 %2바이트(1 MiB)까지입니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="339"/>
        <source>invalid UTF-8 (byte 0x%1); tour files must be saved as UTF-8</source>
        <translation>올바르지 않은 UTF-8 바이트(0x%1)가 있습니다. 둘러보기 파일은 UTF-8로 저장해야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="342"/>
        <source>the file is empty (a tour file is a JSON object)</source>
        <translation>파일이 비어 있습니다(둘러보기 파일은 JSON 객체입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="345"/>
        <location filename="../src/core/tour.cpp" line="352"/>
        <source>invalid JSON: %1</source>
        <translation>JSON 문법 오류: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="348"/>
        <source>the top level must be a JSON object ({ ... })</source>
        <translation>최상위 값은 JSON 객체({ ... })여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="355"/>
        <source>duplicate key %1 (each key may appear only once)</source>
        <translation>같은 키가 두 번 있습니다: %1 (키는 한 번만 쓸 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="361"/>
        <source>missing key &quot;format&quot; (a DeltaTrace tour file has &quot;format&quot;: &quot;%1&quot;; this is not one)</source>
        <translation>&quot;format&quot; 키가 없습니다(DeltaTrace 둘러보기 파일에는 &quot;format&quot;: &quot;%1&quot; 항목이 있습니다. 이 파일은 둘러보기 파일이 아닙니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="363"/>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2 (this is not a DeltaTrace tour file)</source>
        <translation>&quot;format&quot; 값은 &quot;%1&quot; 문자열이어야 합니다(지금은 %2). 이 파일은 DeltaTrace 둘러보기 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="368"/>
        <source>missing key &quot;version&quot; (this DeltaTrace reads version 1)</source>
        <translation>&quot;version&quot; 키가 없습니다(이 DeltaTrace는 버전 1을 읽습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="371"/>
        <source>this tour was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace</source>
        <translation>이 둘러보기는 더 새로운 DeltaTrace에 맞춰 작성되었습니다(형식 버전 %1, 이 DeltaTrace가 읽는 버전은 %2). DeltaTrace를 업데이트하세요</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="374"/>
        <source>&quot;version&quot; must be the integer %1, not %2</source>
        <translation>&quot;version&quot; 값은 정수여야 하며, 이 DeltaTrace가 읽는 버전은 %1입니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="384"/>
        <source>missing key &quot;%1&quot; in the top-level object</source>
        <translation>최상위 객체에 &quot;%1&quot; 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="394"/>
        <source>%1 must be 1 to %2 characters from a-z, 0-9 and &apos;-&apos;, not %3</source>
        <translation>%1 값은 a-z, 0-9, &apos;-&apos; 문자로 이루어진 1~%2자여야 합니다(지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="437"/>
        <source>%1 must be an array of stops ([ ... ]), not %2</source>
        <translation>%1 값은 지점들의 배열([ ... ])이어야 합니다(지금은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="442"/>
        <source>%1 must have 1 to %2 stops, not %3</source>
        <translation>%1: 지점은 1~%2개여야 합니다(지금은 %3개)</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="501"/>
        <source>a tour file</source>
        <translation>둘러보기 파일</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="507"/>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="516"/>
        <source>there is not enough memory to read this tour</source>
        <translation>이 둘러보기를 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tour.cpp" line="558"/>
        <location filename="../src/core/tour.cpp" line="561"/>
        <source>cannot be written: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>TraceExporter</name>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="200"/>
        <location filename="../src/core/traceexporter.cpp" line="136"/>
        <source>epochs %1 to %2 are outside the trace, which has epochs 0 to %3</source>
        <translation>에포크 %1~%2: 추적의 범위를 벗어납니다(이 추적의 에포크는 0부터 %3까지입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="204"/>
        <location filename="../src/core/traceexporter.cpp" line="139"/>
        <source>cannot export an empty or incomplete trace</source>
        <translation>비어 있거나 완전하지 않은 추적은 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="206"/>
        <location filename="../src/core/traceexporter.cpp" line="141"/>
        <source>cannot write: the output is not open for writing</source>
        <translation>쓸 수 없습니다: 출력이 쓰기용으로 열려 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/core/traceexporter.cpp" line="145"/>
        <source>a numpy script recomputes the whole run; it cannot be limited to some epochs</source>
        <translation>numpy 스크립트는 실행 전체를 다시 계산하므로 일부 에포크로 제한할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktraceexporter.cpp" line="234"/>
        <location filename="../src/core/exporttextwriter.cpp" line="161"/>
        <location filename="../src/core/exporttextwriter.cpp" line="176"/>
        <location filename="../src/core/exporttextwriter.cpp" line="181"/>
        <location filename="../src/core/traceexporter.cpp" line="148"/>
        <location filename="../src/core/traceexporter.cpp" line="236"/>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <location filename="../src/core/tracefile.cpp" line="285"/>
        <source>W1 (4 x 3) and W2 (1 x 4)</source>
        <translation>W1(4 x 3) 및 W2(1 x 4)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="285"/>
        <source>W (1 x 3)</source>
        <translation>W(1 x 3)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="267"/>
        <location filename="../src/core/tracefile.cpp" line="329"/>
        <source>invalid header: %1</source>
        <translation>헤더 오류: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="272"/>
        <location filename="../src/core/tracefile.cpp" line="334"/>
        <source>%1: %2 (at byte %3)</source>
        <translation>%1: %2 (바이트 위치 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="360"/>
        <source>cannot go back in the file: %1</source>
        <translation>파일 안에서 앞 위치로 돌아갈 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="371"/>
        <source>unexpected end of the file</source>
        <translation>파일이 예상보다 일찍 끝납니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="856"/>
        <location filename="../src/core/tracefile.cpp" line="383"/>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="857"/>
        <location filename="../src/core/tracefile.cpp" line="384"/>
        <source>the file ended early (was it changed while being read?)</source>
        <translation>파일이 예상보다 일찍 끝났습니다(읽는 동안 파일이 바뀌었나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="419"/>
        <source>cannot write a trace of %1 epochs (the limit is 1 to %2)</source>
        <translation>에포크 %1개짜리 추적은 쓸 수 없습니다(에포크는 1개부터 %2개까지입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="421"/>
        <source>cannot write a trace whose alpha is not a finite number</source>
        <translation>알파가 유한한 수가 아닌 추적은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="424"/>
        <source>cannot write a trace whose lesson source is %1 bytes (a lesson file is at most %2)</source>
        <translation>수업 원본이 %1바이트인 추적은 쓸 수 없습니다(수업 파일은 최대 %2바이트입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="449"/>
        <location filename="../src/core/networktracefile.cpp" line="453"/>
        <location filename="../src/core/tracefile.cpp" line="553"/>
        <location filename="../src/core/tracefile.cpp" line="558"/>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="581"/>
        <source>cannot write every value of a run recorded with epoch checkpoints only</source>
        <translation>에포크 체크포인트만 기록한 실행은 모든 값을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="585"/>
        <source>cannot write an incomplete trace (its arrays do not match its %1 epochs)</source>
        <translation>완전하지 않은 추적은 쓸 수 없습니다(배열이 에포크 %1개와 맞지 않습니다)</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="589"/>
        <source>cannot save the exercises: %1</source>
        <translation>연습 기록을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="593"/>
        <source>cannot write a trace whose header would be %1 bytes (the limit is %2; are the lesson and experiment ids that long?)</source>
        <translation>헤더가 %1바이트나 되는 추적은 쓸 수 없습니다(한도는 %2바이트입니다. 수업 id와 실험 id가 그렇게 긴가요?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="442"/>
        <location filename="../src/core/tracefile.cpp" line="601"/>
        <source>cannot create the file: %1</source>
        <translation>파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="846"/>
        <location filename="../src/core/networktracefile.cpp" line="875"/>
        <location filename="../src/core/tracefile.cpp" line="616"/>
        <source>a trace file</source>
        <translation>추적 파일</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="831"/>
        <location filename="../src/core/tracefile.cpp" line="636"/>
        <source>%1: there is not enough memory to read this trace</source>
        <translation>%1: 이 추적을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="470"/>
        <location filename="../src/core/tracefile.cpp" line="690"/>
        <source>not a DeltaTrace trace file (a trace file starts with &quot;DTRACE&quot;)</source>
        <translation>DeltaTrace 추적 파일이 아닙니다(추적 파일은 &quot;DTRACE&quot;로 시작합니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="472"/>
        <location filename="../src/core/tracefile.cpp" line="692"/>
        <source>too short for a DeltaTrace trace file: %1 bytes, less than the %2 of its fixed header and checksum (truncated?)</source>
        <translation>DeltaTrace 추적 파일이라기에는 너무 짧습니다: 크기가 %1바이트로, 고정 헤더와 체크섬에 필요한 %2바이트보다 작습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="478"/>
        <location filename="../src/core/tracefile.cpp" line="697"/>
        <source>written by a newer version of DeltaTrace (trace format %1; this version reads format %2)</source>
        <translation>더 새로운 버전의 DeltaTrace로 기록한 파일입니다(추적 형식 %1, 이 버전이 읽는 형식은 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="481"/>
        <location filename="../src/core/tracefile.cpp" line="700"/>
        <source>unknown trace format version 0</source>
        <translation>알 수 없는 추적 형식 버전 0</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="488"/>
        <location filename="../src/core/tracefile.cpp" line="703"/>
        <source>the header length %1 goes beyond the end of the file (only %2 bytes follow before the checksum; truncated?)</source>
        <translation>헤더 길이 %1바이트는 파일 끝을 넘어갑니다(체크섬 앞에 %2바이트만 남아 있습니다. 파일이 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="491"/>
        <location filename="../src/core/tracefile.cpp" line="706"/>
        <source>the header length %1 is implausible (a header is at most %2 bytes)</source>
        <translation>헤더 길이 %1바이트는 있을 수 없는 값입니다(헤더는 최대 %2바이트입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="500"/>
        <location filename="../src/core/tracefile.cpp" line="716"/>
        <source>the header is not valid JSON: %1</source>
        <translation>헤더가 올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="503"/>
        <location filename="../src/core/tracefile.cpp" line="719"/>
        <source>the header is not a JSON object</source>
        <translation>헤더가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="522"/>
        <location filename="../src/core/tracefile.cpp" line="730"/>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="741"/>
        <source>&apos;lessonId&apos; must be a string</source>
        <translation>&apos;lessonId&apos; 값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="743"/>
        <source>&apos;experimentId&apos; must be a string</source>
        <translation>&apos;experimentId&apos; 값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="745"/>
        <source>&apos;rule&apos; must be a string</source>
        <translation>&apos;rule&apos; 값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="749"/>
        <source>unknown rule &apos;%1&apos; (expected forward, delta-rule, backprop-sigmoid or backprop-ce)</source>
        <translation>알 수 없는 규칙: &apos;%1&apos; (forward, delta-rule, backprop-sigmoid, backprop-ce 중 하나여야 합니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="541"/>
        <location filename="../src/core/tracefile.cpp" line="753"/>
        <source>&apos;seed&apos; must be a whole number from 0 to %1</source>
        <translation>&apos;seed&apos; 값은 0부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="604"/>
        <location filename="../src/core/tracefile.cpp" line="757"/>
        <source>&apos;epochs&apos; must be a whole number from 1 to %1</source>
        <translation>&apos;epochs&apos; 값은 1부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="544"/>
        <location filename="../src/core/tracefile.cpp" line="761"/>
        <source>&apos;alpha&apos; must be a finite number</source>
        <translation>&apos;alpha&apos; 값은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="763"/>
        <source>&apos;X&apos; must be 4 rows of 3 numbers</source>
        <translation>&apos;X&apos; 값은 숫자 3개씩 4행이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="765"/>
        <source>&apos;D&apos; must be a list of 4 numbers</source>
        <translation>&apos;D&apos; 값은 숫자 4개의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="767"/>
        <source>&apos;initial&apos; must hold the weights %1 of a %2 network</source>
        <translation>&apos;initial&apos; 값에는 %2 신경망의 가중치가 있어야 합니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="776"/>
        <source>&apos;fullRecord&apos; must be true or false</source>
        <translation>&apos;fullRecord&apos; 값은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="782"/>
        <source>&apos;storage&apos; may only be &quot;compact&quot;, in a trace of format 2 or later without a full record</source>
        <translation>&apos;storage&apos; 값은 &quot;compact&quot;만 쓸 수 있으며, 전체 기록이 없는 형식 2 이상의 추적에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="621"/>
        <location filename="../src/core/tracefile.cpp" line="789"/>
        <source>&apos;firstNonFiniteStep&apos; must be -1 or a step of the run (0 to %1)</source>
        <translation>&apos;firstNonFiniteStep&apos; 값은 -1이거나 실행의 단계(0부터 %1까지)여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="794"/>
        <source>&apos;firstNonFiniteQuantity&apos; must name a quantity that the %1 rule records</source>
        <translation>&apos;firstNonFiniteQuantity&apos; 값은 %1 규칙이 기록하는 값의 이름이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="631"/>
        <location filename="../src/core/tracefile.cpp" line="798"/>
        <source>&apos;firstSaturatedStep&apos; must be -1 or a step of the run (0 to %1)</source>
        <translation>&apos;firstSaturatedStep&apos; 값은 -1이거나 실행의 단계(0부터 %1까지)여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="654"/>
        <location filename="../src/core/tracefile.cpp" line="819"/>
        <source>&apos;blocks&apos; must be a list</source>
        <translation>&apos;blocks&apos; 값은 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="659"/>
        <location filename="../src/core/tracefile.cpp" line="824"/>
        <source>the first block must be the lesson source, of 0 to %1 bytes</source>
        <translation>첫 번째 블록은 0바이트부터 %1바이트까지의 수업 원본이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="827"/>
        <source>a %1 trace of %2 epochs with %3</source>
        <translation>%1 규칙 · 에포크 %2개 · %3</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="828"/>
        <source>its inputs and a digest</source>
        <translation>입력과 다이제스트</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="829"/>
        <source>a full record</source>
        <translation>전체 기록</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="830"/>
        <source>epoch checkpoints only</source>
        <translation>에포크 체크포인트만</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="833"/>
        <source>it lists %1 blocks, but %2 has %3</source>
        <translation>블록이 %1개 나열되어 있지만, 이런 추적(%2)의 블록은 %3개입니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="840"/>
        <source>block %1 must be &apos;%2&apos; of %3 bytes in %4, not &apos;%5&apos; of %6 bytes</source>
        <translation>이런 추적(%4)에서 %1번 블록은 &apos;%2&apos;(%3바이트)여야 합니다(지금은 &apos;%5&apos;, %6바이트)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="680"/>
        <location filename="../src/core/tracefile.cpp" line="853"/>
        <source>truncated: the file is %1 bytes, but its header declares %2 bytes</source>
        <translation>파일이 잘렸습니다: 파일은 %1바이트인데 헤더에는 %2바이트로 적혀 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="682"/>
        <location filename="../src/core/tracefile.cpp" line="855"/>
        <source>the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end</source>
        <translation>파일은 %1바이트인데 헤더에는 %2바이트로 적혀 있습니다: 끝 뒤에 예상하지 못한 데이터가 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="315"/>
        <location filename="../src/core/tracefile.cpp" line="874"/>
        <source>&apos;%1&apos; must be at most %2 printable characters, not %3</source>
        <translation>&apos;%1&apos; 값은 출력 가능한 문자 %2자 이하여야 합니다(지금은 %3)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="329"/>
        <location filename="../src/core/networktracefile.cpp" line="538"/>
        <location filename="../src/core/tracefile.cpp" line="878"/>
        <source>&apos;experimentId&apos; must not be empty</source>
        <translation>&apos;experimentId&apos; 값은 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="895"/>
        <source>%1 declares a full record of %2 bytes, but DeltaTrace records a run that long with epoch checkpoints only (a full record is at most %3 bytes)</source>
        <translation>이런 추적(%1)에 %2바이트의 전체 기록이 있다고 적혀 있지만, DeltaTrace는 이렇게 긴 실행을 에포크 체크포인트로만 기록합니다(전체 기록은 최대 %3바이트입니다)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="347"/>
        <location filename="../src/core/networktracefile.cpp" line="712"/>
        <location filename="../src/core/tracefile.cpp" line="908"/>
        <source>alpha is not a finite number</source>
        <translation>알파가 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="350"/>
        <location filename="../src/core/networktracefile.cpp" line="717"/>
        <location filename="../src/core/tracefile.cpp" line="910"/>
        <source>X or D holds a value that is not a finite number</source>
        <translation>X나 D에 유한하지 않은 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="922"/>
        <source>&apos;lessonId&apos; is %1, but the embedded lesson is %2</source>
        <translation>&apos;lessonId&apos; 값(%1)이 파일에 담긴 수업의 id(%2)와 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="925"/>
        <source>the embedded lesson has no experiment %1</source>
        <translation>파일에 담긴 수업에 %1 실험이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="927"/>
        <source>the rule is %1, but experiment %2 of the embedded lesson uses %3</source>
        <translation>규칙이 다릅니다: 헤더에는 %1 규칙, 파일에 담긴 수업의 %2 실험에는 %3 규칙</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="930"/>
        <source>X and D differ from the embedded lesson&apos;s data</source>
        <translation>X와 D가 파일에 담긴 수업의 데이터와 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="730"/>
        <location filename="../src/core/tracefile.cpp" line="941"/>
        <source>the initial weights are not those of seed %1</source>
        <translation>초기 가중치가 이 시드(%1)로 만든 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="719"/>
        <location filename="../src/core/tracefile.cpp" line="951"/>
        <source>&apos;alpha&apos; does not agree with the exact value in the parameters block</source>
        <translation>&apos;alpha&apos; 값이 parameters 블록의 정확한 값과 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="723"/>
        <location filename="../src/core/tracefile.cpp" line="953"/>
        <source>&apos;X&apos; does not agree with the exact values in the parameters block</source>
        <translation>&apos;X&apos; 값이 parameters 블록의 정확한 값과 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="725"/>
        <location filename="../src/core/tracefile.cpp" line="955"/>
        <source>&apos;D&apos; does not agree with the exact values in the parameters block</source>
        <translation>&apos;D&apos; 값이 parameters 블록의 정확한 값과 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="732"/>
        <location filename="../src/core/tracefile.cpp" line="957"/>
        <source>&apos;initial&apos; does not agree with the exact weights in the parameters block</source>
        <translation>&apos;initial&apos; 값이 parameters 블록의 정확한 가중치와 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="987"/>
        <source>the recorded values are not those of this run recomputed by DeltaTrace (%1 rule, seed %2, alpha %3, %4 epochs): %5</source>
        <translation>기록된 값이 DeltaTrace가 이 실행(%1 규칙, 시드 %2, 알파 %3, 에포크 %4개)을 다시 계산한 값과 다릅니다: %5</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="759"/>
        <location filename="../src/core/tracefile.cpp" line="1016"/>
        <source>the final weights differ</source>
        <translation>최종 가중치가 다릅니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="763"/>
        <location filename="../src/core/tracefile.cpp" line="1021"/>
        <source>the header&apos;s &apos;firstNonFiniteStep&apos; is %1 with &apos;%2&apos;, but the run&apos;s first non-finite value is at step %3 (%4)</source>
        <translation>헤더의 &apos;firstNonFiniteStep&apos; 값은 %1(&apos;%2&apos;)인데, 실행에서 처음 유한하지 않은 값은 %3단계(%4)에 나옵니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="767"/>
        <location filename="../src/core/tracefile.cpp" line="1025"/>
        <source>the header&apos;s &apos;firstSaturatedStep&apos; is %1, but the run first saturates at step %2</source>
        <translation>헤더의 &apos;firstSaturatedStep&apos; 값은 %1인데, 실행은 %2단계에서 처음 포화됩니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1041"/>
        <source>an exercise record needs the embedded lesson, which is not a lesson with this experiment</source>
        <translation>연습 기록을 읽으려면 추적에 담긴 수업이 필요한데, 담긴 내용이 이 실험이 있는 수업이 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="467"/>
        <location filename="../src/core/tracefile.cpp" line="1062"/>
        <source>the file is empty, not a DeltaTrace trace file</source>
        <translation>파일이 비어 있습니다. DeltaTrace 추적 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="694"/>
        <location filename="../src/core/tracefile.cpp" line="1108"/>
        <source>corrupted: checksum mismatch (the file says %1, its bytes give %2)</source>
        <translation>파일이 손상되었습니다: 체크섬이 맞지 않습니다(파일에 적힌 값 %1, 실제 바이트로 계산한 값 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/networktracefile.cpp" line="751"/>
        <location filename="../src/core/tracefile.cpp" line="1127"/>
        <source>its digest differs, so it was recorded by a DeltaTrace whose arithmetic differs from this one&apos;s, and its numbers would not be the ones shown here</source>
        <translation>다이제스트가 다릅니다. 이 파일은 계산 방식이 이 DeltaTrace와 다른 DeltaTrace로 기록되었으므로, 파일의 숫자는 여기에서 보여 줄 숫자와 같지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1136"/>
        <source>internal error: block &apos;%1&apos; does not fit the trace</source>
        <translation>내부 오류: &apos;%1&apos; 블록이 추적과 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1146"/>
        <source>block &apos;%1&apos; is the first to differ</source>
        <translation>처음으로 다른 블록: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/tracefile.cpp" line="1202"/>
        <source>internal error: the run could not be recomputed</source>
        <translation>내부 오류: 실행을 다시 계산할 수 없었습니다</translation>
    </message>
</context>
<context>
    <name>deltatrace::ArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights (the forward pass does not change them)</source>
        <translation>가중치 (순전파는 가중치를 바꾸지 않습니다)</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="219"/>
        <source>Weights before this sample step</source>
        <translation>이번 샘플 단계 전의 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="222"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="223"/>
        <source>After this sample step&apos;s update</source>
        <translation>이번 샘플 단계의 갱신 후</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="242"/>
        <source>: not updated yet</source>
        <translation>: 아직 갱신 전</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="269"/>
        <source>Recording the run… Its arithmetic appears here, number by number, as soon as it is done.</source>
        <translation>실행을 기록하는 중입니다… 기록이 끝나면 바로 여기에 계산 과정이 숫자 하나하나까지 나타납니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="270"/>
        <source>No run yet: choose a lesson&apos;s experiment to see its arithmetic, number by number.</source>
        <translation>아직 실행이 없습니다. 수업의 실험을 고르면 계산을 숫자 하나하나까지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="187"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="281"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>에포크 %1, 샘플 k = %2 · 연산 %3 / %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="309"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="310"/>
        <source>Input x = %1,  target d = %2</source>
        <translation>입력 x = %1,  정답 d = %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="310"/>
        <location filename="../src/app/views/arithmeticpanel.cpp" line="311"/>
        <source>Input x = %1</source>
        <translation>입력 x = %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::BookmarkDialog</name>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="22"/>
        <source>Add Bookmark</source>
        <translation>책갈피 추가</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="28"/>
        <source>What to say at this stop (plain text)</source>
        <translation>이 지점에서 할 말(서식 없는 글)</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Input Plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Training Charts</source>
        <translation>학습 그래프</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="31"/>
        <source>Trace Table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="32"/>
        <source>(as it is)</source>
        <translation>(그대로)</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="37"/>
        <source>Note in Korean:</source>
        <translation>한국어 메모:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="38"/>
        <source>Note in English:</source>
        <translation>영어 메모:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="39"/>
        <source>Show:</source>
        <translation>보여 줄 화면:</translation>
    </message>
    <message>
        <location filename="../src/app/window/bookmarkdialog.cpp" line="41"/>
        <source>A tour stop at the position shown, with a note in one language or both.</source>
        <translation>지금 보이는 자리에 둘러보기 지점을 만듭니다. 메모는 한 언어로 써도 되고 두 언어로 써도 됩니다.</translation>
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
        <translation>다른 실행에는 %1 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="162"/>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="182"/>
        <source>Compared with: %1 (same initial weights)</source>
        <translation>비교 대상: %1 (같은 초기 가중치)</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="182"/>
        <source>No comparison</source>
        <translation>비교 없음</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="183"/>
        <source>Stop comparing</source>
        <translation>비교 끝내기</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="156"/>
        <source>this run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/comparisonview.cpp" line="159"/>
        <source>compared run</source>
        <translation>비교 실행</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExerciseMode</name>
    <message>
        <location filename="../src/app/window/exercisemode.cpp" line="66"/>
        <source>the lesson inside the trace has no exercises for this run</source>
        <translation>추적에 담긴 수업에는 이 실행의 연습 문제가 없습니다</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExercisePanel</name>
    <message numerus="yes">
        <location filename="../src/app/views/exercisepanel.cpp" line="183"/>
        <source>Work out %1 at epoch %2, sample k = %3, to %n significant digit(s).</source>
        <translation>
            <numerusform>에포크 %2, 샘플 k = %3의 %1 값을 유효숫자 %n자리까지 구하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="197"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="198"/>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="199"/>
        <source>Show Answer</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="200"/>
        <source>Your answer, e.g. 0.1234 or -1.5e-3</source>
        <translation>답을 입력하세요 (예: 0.1234, -1.5e-3)</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="201"/>
        <source>Your answer</source>
        <translation>답</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="202"/>
        <source>Check the answer (Enter)</source>
        <translation>답 확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="203"/>
        <source>Show the value and go on; it counts as revealed</source>
        <translation>값을 보여 주고 다음으로 넘어갑니다. 정답 보기로 기록됩니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="207"/>
        <source>Exercises</source>
        <translation>연습 문제</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="208"/>
        <source>This run has no exercises.</source>
        <translation>이 실행에는 연습 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="210"/>
        <source>Exercise %1 of %2</source>
        <translation>연습 문제 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="213"/>
        <source>Exercises done</source>
        <translation>연습 문제 끝</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="214"/>
        <source>All %1 exercises are done: %2 right, %3 revealed. Step on to see the rest of the run.</source>
        <translation>연습 문제 %1개를 모두 마쳤습니다. 맞힌 문제 %2개, 정답을 본 문제 %3개입니다. 계속 넘기며 나머지 실행을 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="224"/>
        <source>Right: %1 · Revealed: %2 · Left: %3</source>
        <translation>맞힘: %1 · 정답 보기: %2 · 남음: %3</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="235"/>
        <source>Right: %1.</source>
        <translation>맞았습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="238"/>
        <source>Not quite. Check the arithmetic and try again, or look at the hint.</source>
        <translation>조금 다릅니다. 계산을 다시 확인해 보거나 힌트를 보세요.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="241"/>
        <source>&quot;%1&quot; is not a number. Type a decimal number such as 0.1234 or -1.5e-3.</source>
        <translation>숫자로 읽을 수 없습니다: &quot;%1&quot;. 0.1234나 -1.5e-3 같은 소수로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/app/views/exercisepanel.cpp" line="244"/>
        <source>The answer is %1 (counted as revealed).</source>
        <translation>정답은 %1입니다 (정답 보기로 기록됨).</translation>
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
        <location filename="../src/app/window/experimentlauncher.cpp" line="105"/>
        <source>The experiment %1 is a forward pass only: --epochs must be 1, not %2.</source>
        <translation>순전파만 하는 실험(%1)에서는 --epochs가 1이어야 합니다. 입력한 값: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="176"/>
        <source>There is no lesson to compare in.</source>
        <translation>비교할 수업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/experimentlauncher.cpp" line="181"/>
        <source>The experiment &quot;%1&quot; cannot be compared with &quot;%2&quot;: compare two different experiments of the same lesson with the same network.</source>
        <translation>&quot;%1&quot; 실험은 &quot;%2&quot; 실험과 비교할 수 없습니다. 같은 수업에서 신경망 구조가 같은 서로 다른 두 실험을 비교하세요.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ExploreDialog</name>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="228"/>
        <source>Explore Seeds</source>
        <translation>시드 탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="229"/>
        <source>Explore seeds</source>
        <translation>시드 탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="230"/>
        <source>First experiment</source>
        <translation>첫 번째 실험</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="231"/>
        <source>Second experiment</source>
        <translation>두 번째 실험</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="232"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="236"/>
        <source>First seed</source>
        <translation>첫 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="237"/>
        <source>Last seed</source>
        <translation>마지막 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="238"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="239"/>
        <source>&amp;Explore</source>
        <translation>탐색(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="240"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="241"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="242"/>
        <source>Cancel the exploration</source>
        <translation>탐색 취소</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="243"/>
        <source>Seeds explored</source>
        <translation>탐색한 시드</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="244"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="266"/>
        <source>Choose one or two experiments and a range of seeds, then Explore: each seed is a different random start.</source>
        <translation>실험을 하나나 둘 고르고 시드 범위를 정한 뒤 탐색을 누르세요. 시드마다 무작위 시작점이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="245"/>
        <source>Outcomes by experiment</source>
        <translation>실험별 결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="246"/>
        <source>Outcome of every seed</source>
        <translation>시드별 결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="247"/>
        <source>Double-click a seed, or press Enter, to open that run</source>
        <translation>시드를 두 번 클릭하거나 Enter를 누르면 그 실행을 엽니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="248"/>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="249"/>
        <source>Epochs to Solve</source>
        <translation>풀기까지 걸린 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="250"/>
        <source>Seed by Seed</source>
        <translation>시드별</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="251"/>
        <source>&amp;First experiment:</source>
        <translation>첫 번째 실험(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="252"/>
        <source>&amp;Compare with:</source>
        <translation>비교 대상(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="253"/>
        <source>&amp;to</source>
        <translation>~(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="254"/>
        <source>&amp;Seeds from:</source>
        <translation>시드 범위(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="255"/>
        <source>E&amp;pochs:</source>
        <translation>에포크(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="269"/>
        <source>Exploring…</source>
        <translation>탐색하는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="270"/>
        <source>The exploration was cancelled.</source>
        <translation>탐색을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="451"/>
        <source>Seeds %1 to %2, %3 epochs each:</source>
        <translation>시드 %1~%2, 시드마다 에포크 %3개:</translation>
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
        <translation>둘 다 풂: %1. %2 실험만 풂: %3. %4 실험만 풂: %5. 둘 다 못 풂: %6.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="480"/>
        <source>Each experiment fails from some starts where the other succeeds: whether a run solves the task depends on its start, not only on the method.</source>
        <translation>두 실험 모두, 다른 쪽은 성공하는 시작점 가운데 몇 곳에서 실패합니다. 문제를 푸는지는 방법만이 아니라 시작점에도 달려 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="483"/>
        <source>Where only one solved, the start was the same: the method made the difference there.</source>
        <translation>한쪽만 푼 시드는 시작점이 같았으므로, 그 경우에는 방법이 차이를 만든 것입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/exploredialog.cpp" line="539"/>
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
        <location filename="../src/app/window/fileactions.cpp" line="77"/>
        <location filename="../src/app/window/fileactions.cpp" line="92"/>
        <source>there is not enough memory to read it</source>
        <translation>읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="80"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>%1 추적 파일을 열지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="100"/>
        <source>The lesson text inside this trace file could not be read (%1); the run replays without it.</source>
        <translation>이 추적 파일 안의 수업 설명을 읽지 못했습니다(%1). 설명 없이 실행을 다시 봅니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="110"/>
        <source>Opened %1.</source>
        <translation>%1 파일을 열었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="123"/>
        <source>Could not save the trace to %1: %2</source>
        <translation>%1 파일에 추적을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="127"/>
        <source>Saved %1.</source>
        <translation>%1 파일을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="141"/>
        <source>Could not export to %1: %2</source>
        <translation>%1 파일로 내보내지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="147"/>
        <source>Exported %1.</source>
        <translation>%1 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="159"/>
        <source>Exporting %1…</source>
        <translation>%1 파일로 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="175"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="176"/>
        <source>DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)</source>
        <translation>DeltaTrace 추적 파일 (*.dtrace);;수업 파일 (*.lesson.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="195"/>
        <source>Save Trace</source>
        <translation>추적 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="195"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace 추적 파일 (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="209"/>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="209"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="241"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>%1 파일이 더 이상 없어 목록에서 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/fileactions.cpp" line="248"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
</context>
<context>
    <name>deltatrace::FormulaView</name>
    <message>
        <location filename="../src/app/views/formulaview.cpp" line="493"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralArithmeticPanel</name>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="201"/>
        <source>No general network run yet: record one to see its arithmetic, number by number.</source>
        <translation>아직 일반 신경망 실행이 없습니다. 실행을 기록하면 그 계산을 숫자 하나하나까지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="202"/>
        <source>Column j:</source>
        <translation>열 j:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="203"/>
        <source>The unit whose arithmetic is shown (the row of a matrix)</source>
        <translation>계산을 보여 줄 뉴런 (행렬에서는 행)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="204"/>
        <source>The column of the matrix element shown</source>
        <translation>보여 줄 행렬 원소의 열</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="231"/>
        <source>Epoch %1, sample k = %2 · operation %3 of %4: %5</source>
        <translation>에포크 %1, 샘플 k = %2 · 연산 %3 / %4: %5</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="264"/>
        <source>Row i:</source>
        <translation>행 i:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalarithmeticpanel.cpp" line="264"/>
        <source>Unit i:</source>
        <translation>뉴런 i:</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralInputPlaneView</name>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="336"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="347"/>
        <source>%1–%2 plane</source>
        <translation>%1–%2 평면</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="348"/>
        <source>%1–%2 plane (%3 held)</source>
        <translation>%1–%2 평면 (%3 고정)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="351"/>
        <source>Outputs per sample: the data has one input</source>
        <translation>샘플별 출력: 데이터의 입력이 하나뿐입니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="353"/>
        <source>Outputs per sample: the data has one varying input</source>
        <translation>샘플별 출력: 데이터에서 값이 바뀌는 입력이 하나뿐입니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="355"/>
        <source>Outputs per sample: no input varies in the data</source>
        <translation>샘플별 출력: 데이터에서 값이 바뀌는 입력이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="356"/>
        <source>Outputs per sample: the data has %1 varying inputs</source>
        <translation>샘플별 출력: 데이터에서 값이 바뀌는 입력이 %1개입니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="375"/>
        <source>Epoch %1, sample %2: the weights before this step.</source>
        <translation>에포크 %1, 샘플 %2: 이 단계 전의 가중치입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="377"/>
        <source>Epoch %1, sample %2: the weights after this step&apos;s update.</source>
        <translation>에포크 %1, 샘플 %2: 이 단계에서 갱신한 뒤의 가중치입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="379"/>
        <source>Epoch %1, sample %2: W1 to W%3 updated, the later layers not yet.</source>
        <translation>에포크 %1, 샘플 %2: W1부터 W%3까지 갱신되었고, 뒤쪽 층은 아직 갱신되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="382"/>
        <source>The weights are not finite (inf or NaN): the network has no output to draw.</source>
        <translation>가중치가 유한한 값이 아닙니다(inf 또는 NaN). 그릴 수 있는 신경망 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="384"/>
        <source>Some outputs are not finite (inf or NaN).</source>
        <translation>일부 출력이 유한한 값이 아닙니다(inf 또는 NaN).</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="461"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="482"/>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="537"/>
        <source>largest output</source>
        <translation>가장 큰 출력</translation>
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
        <translation>클래스 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="574"/>
        <source>● output   ▲ target</source>
        <translation>● 출력   ▲ 목표값</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="588"/>
        <source>▲ target class</source>
        <translation>▲ 목표 클래스</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="790"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>실행의 이 시점에서 가중치가 유한한 값이 아니어서(inf 또는 NaN) 그릴 수 있는 신경망 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="836"/>
        <source>Updating the plane…</source>
        <translation>평면을 갱신하는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalinputplaneview.cpp" line="836"/>
        <source>Computing the plane…</source>
        <translation>평면을 계산하는 중…</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralNetworkDiagram</name>
    <message>
        <location filename="../src/app/views/generalnetworkdiagram.cpp" line="164"/>
        <source>after this step&apos;s update</source>
        <translation>이번 단계의 갱신 후</translation>
    </message>
    <message>
        <location filename="../src/app/views/generalnetworkdiagram.cpp" line="164"/>
        <source>before this step&apos;s update</source>
        <translation>이번 단계의 갱신 전</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="40"/>
        <source>Epoch %1, sample k = %2</source>
        <translation>에포크 %1, 샘플 k = %2</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="47"/>
        <source>weighted sums</source>
        <translation>가중합</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="48"/>
        <source>the layer&apos;s outputs</source>
        <translation>층의 출력</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="49"/>
        <source>errors</source>
        <translation>오차</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="50"/>
        <source>deltas</source>
        <translation>델타</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="51"/>
        <source>this sample&apos;s weight changes</source>
        <translation>이 샘플의 가중치 변화량</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="52"/>
        <source>the batch&apos;s sum of weight changes</source>
        <translation>배치의 가중치 변화량 합</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="53"/>
        <source>the batch&apos;s average weight change</source>
        <translation>배치의 평균 가중치 변화량</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="54"/>
        <source>momentum term</source>
        <translation>모멘텀 항</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="55"/>
        <source>new weights</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="62"/>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="131"/>
        <source>now: %1</source>
        <translation>지금: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="66"/>
        <source>… %1 more</source>
        <translation>… %1개 더</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="108"/>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="552"/>
        <source>target</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="288"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="290"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="291"/>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="297"/>
        <source>forward pass ▶</source>
        <translation>순전파 ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="298"/>
        <source>◀ backward pass</source>
        <translation>◀ 역전파</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="299"/>
        <source>weight update</source>
        <translation>가중치 갱신</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/generalnetworkpicture.cpp" line="677"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralRunWindow</name>
    <message>
        <source>Recording cancelled.</source>
        <translation type="vanished">기록을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="90"/>
        <source>Cancelled; the run shown before stays.</source>
        <translation>취소했습니다. 전에 보이던 실행은 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="95"/>
        <source>Could not open the trace file %1: %2</source>
        <translation>추적 파일을 열 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="171"/>
        <source>First</source>
        <translation>처음</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="172"/>
        <source>Start of epoch</source>
        <translation>에포크의 처음</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="173"/>
        <source>Previous epoch</source>
        <translation>이전 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="174"/>
        <source>Previous sample</source>
        <translation>이전 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="176"/>
        <source>Previous operation</source>
        <translation>이전 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="177"/>
        <location filename="../src/app/window/generalrunwindow.cpp" line="705"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="178"/>
        <source>Next operation</source>
        <translation>다음 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="179"/>
        <source>Next sample</source>
        <translation>다음 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="181"/>
        <source>Next epoch</source>
        <translation>다음 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="182"/>
        <source>End of epoch</source>
        <translation>에포크의 끝</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="183"/>
        <source>Last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="189"/>
        <source>Go to…</source>
        <translation>이동…</translation>
    </message>
    <message>
        <source>%1 · epoch %2, sample %3</source>
        <translation type="vanished">%1 · 에포크 %2, 샘플 %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="378"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="379"/>
        <source>Stepping</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="380"/>
        <source>Place in the run</source>
        <translation>실행 안의 위치</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="381"/>
        <source>&amp;Experiment:</source>
        <translation>실험(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="382"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="383"/>
        <source>&amp;Alpha:</source>
        <translation>알파(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="384"/>
        <source>E&amp;pochs:</source>
        <translation>에포크 수(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="385"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="386"/>
        <source>Save Trace…</source>
        <translation>추적 저장…</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="387"/>
        <source>Save this run as a trace file that replays without the lesson (%1)</source>
        <translation>이 실행을 수업 파일 없이도 다시 볼 수 있는 추적 파일로 저장합니다 (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="389"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="390"/>
        <source>&amp;Presenter Mode</source>
        <translation>발표자 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="391"/>
        <source>Large type for a projector, without the toolbars (%1; Esc leaves)</source>
        <translation>프로젝터용 큰 글씨로 보여 주고 도구 모음은 숨깁니다 (%1, Esc로 나가기)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="393"/>
        <source>Leave Presenter Mode</source>
        <translation>발표자 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="394"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>다음 그림 (발표자 모드)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="395"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="396"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="397"/>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="398"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="406"/>
        <source>Narrative</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="407"/>
        <source>Input plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="408"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="409"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="410"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="412"/>
        <source>%1 · %2 — DeltaTrace</source>
        <translation>%1 · %2 — DeltaTrace</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="477"/>
        <source>Alpha must be a decimal number above 0, like 0.5 or 1e-3.</source>
        <translation>알파는 0.5나 1e-3처럼 0보다 큰 소수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="487"/>
        <source>%1 epochs of %2 samples are %3 sample steps; a run may have at most %4. Choose fewer epochs.</source>
        <translation>샘플 %2개로 에포크 %1번이면 샘플 단계가 %3번인데, 한 실행은 %4번까지만 할 수 있습니다. 에포크 수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="501"/>
        <source>Opening %1…</source>
        <translation>여는 중: %1…</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="549"/>
        <source>Save Trace</source>
        <translation>추적 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="549"/>
        <source>DeltaTrace traces (*.dtrace)</source>
        <translation>DeltaTrace 추적 (*.dtrace)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="554"/>
        <source>Saved %1.</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="568"/>
        <source>Could not save the trace: %1</source>
        <translation>추적을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="576"/>
        <source>Opened %1.</source>
        <translation>열었습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="596"/>
        <source>Values stopped being finite at epoch %1, sample %2 (%3): the learning rate is too large for this network.</source>
        <translation>에포크 %1, 샘플 %2에서 값이 유한하지 않게 되었습니다(%3). 이 신경망에는 학습률이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="647"/>
        <source>Epoch %1 of %2 · sample %3 of %4 · operation %5 of %6: %7</source>
        <translation>에포크 %1/%2 · 샘플 %3/%4 · 연산 %5/%6: %7</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="685"/>
        <source>Go to</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="685"/>
        <source>Epoch:sample[:operation], for example 120:3:delta1</source>
        <translation>에포크:샘플[:연산], 예: 120:3:delta1</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="696"/>
        <source>There is no place %1 in this run.</source>
        <translation>이 실행에는 %1 위치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generalrunwindow.cpp" line="708"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTour</name>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="52"/>
        <source>&amp;Start Tour</source>
        <translation>둘러보기 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="53"/>
        <source>&amp;Next Tour Stop</source>
        <translation>다음 지점(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="54"/>
        <source>&amp;Previous Tour Stop</source>
        <translation>이전 지점(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="55"/>
        <source>&amp;End Tour</source>
        <translation>둘러보기 끝내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="169"/>
        <source>Stop %1 was passed over: its place (epoch %2, sample %3) is not in this run.</source>
        <translation>%1번 지점은 건너뛰었습니다. 이 실행에는 그 자리(에포크 %2, 샘플 %3)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="185"/>
        <source>No stop of this tour is in this run.</source>
        <translation>이 실행에는 이 둘러보기의 지점이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/generaltour.cpp" line="201"/>
        <source>epoch %1, sample %2, %3</source>
        <translation>에포크 %1, 샘플 %2, %3</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTraceTable</name>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="95"/>
        <source>%1: %2 × %3 values</source>
        <translation>%1: 값 %2 × %3개</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="168"/>
        <source>&amp;Quantity:</source>
        <translation>표시할 값(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="169"/>
        <source>The quantity whose values the table lists, one column per element (numpy&apos;s 0-based indices)</source>
        <translation>표에 나열할 값입니다. 원소마다 한 열이고, 번호는 numpy처럼 0부터 셉니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="170"/>
        <location filename="../src/app/views/generaltracetable.cpp" line="172"/>
        <source>Trace table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetable.cpp" line="174"/>
        <source>The table lists the first %L1 of the run&apos;s %L2 sample steps.</source>
        <translation>표에는 이 실행의 샘플 단계 %L2개 가운데 처음 %L1개만 나옵니다.</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTraceTableModel</name>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="244"/>
        <source>%1 is computed only at a batch&apos;s last sample, where the weights are updated.</source>
        <translation>%1 값은 가중치를 갱신하는 배치의 마지막 샘플에서만 계산합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="255"/>
        <source>%1 = ?: not computed yet at this operation.</source>
        <translation>%1 = ?: 이 연산까지는 아직 계산되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="277"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>유한하지 않음: 숫자가 넘쳤습니다(double로 담기에 너무 큼).</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="279"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="280"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="324"/>
        <source>Sample step %1: epoch × %2 + sample</source>
        <translation>샘플 단계 %1: 에포크 × %2 + 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="333"/>
        <source>Epoch (one pass over the %1 samples)</source>
        <translation>에포크 (샘플 %1개를 한 번 도는 것)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="334"/>
        <source>Sample k (row of X)</source>
        <translation>샘플 k (X의 행)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="340"/>
        <source>%1: the weight after the update, at a batch&apos;s last sample; bold when the update changed it</source>
        <translation>%1: 배치의 마지막 샘플에서 갱신한 뒤의 가중치. 갱신으로 바뀌었으면 굵게 표시합니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="343"/>
        <source>%1: computed at a batch&apos;s last sample, where the weights are updated</source>
        <translation>%1: 가중치를 갱신하는 배치의 마지막 샘플에서 계산한 값</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltracetablemodel.cpp" line="344"/>
        <source>%1: computed in this step</source>
        <translation>%1: 이번 단계에서 계산한 값</translation>
    </message>
</context>
<context>
    <name>deltatrace::GeneralTrainingCharts</name>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="341"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="387"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="399"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="718"/>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="401"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="720"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="408"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="415"/>
        <source>Outputs per epoch</source>
        <translation>에포크별 출력</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="419"/>
        <source>Outputs %1 of the current sample per epoch, with their targets d</source>
        <translation>현재 샘플의 에포크별 출력 %1과 정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="422"/>
        <source>Output %1 per epoch of %2 of the %3 samples, with their targets d</source>
        <translation>샘플 %3개 가운데 %2개의 에포크별 출력 %1과 정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="423"/>
        <source>Output %1 per epoch for every sample, with its target d</source>
        <translation>모든 샘플의 에포크별 출력 %1과 정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="471"/>
        <source>%1 of the %2 samples, spread over the data:</source>
        <translation>데이터 전체에서 고르게 뽑은 샘플 %2개 중 %1개:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="476"/>
        <source>sample %1 (d = %2)</source>
        <translation>샘플 %1 (d = %2)</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="479"/>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="504"/>
        <source>target d</source>
        <translation>정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="500"/>
        <source>target d[%1]</source>
        <translation>정답 d[%1]</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="512"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="543"/>
        <source>sample %1:</source>
        <translation>샘플 %1:</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="699"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="737"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>에포크 %1부터 유한하지 않습니다(inf 또는 NaN): %2. 그 값은 빼고 그리므로 선이 끊깁니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="741"/>
        <source>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</source>
        <translation>어느 에포크에서도 유한하지 않아(inf 또는 NaN) 그리지 않았습니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="750"/>
        <source>Outputs are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</source>
        <translation>에포크 %1부터 출력이 유한하지 않습니다(inf 또는 NaN). 그 값은 빼고 그리므로 선이 끊기거나 아예 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="804"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/generaltrainingcharts.cpp" line="805"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>deltatrace::HandoutDialog</name>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="34"/>
        <source>The formula with its numbers</source>
        <translation>수식과 그 숫자</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="35"/>
        <source>The network diagram</source>
        <translation>신경망 그림</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="36"/>
        <source>The input plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="40"/>
        <location filename="../src/app/window/handoutdialog.cpp" line="116"/>
        <location filename="../src/app/window/handoutdialog.cpp" line="132"/>
        <source>Export Handout</source>
        <translation>유인물 내보내기</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="43"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="44"/>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="53"/>
        <source>No chart</source>
        <translation>그래프 없음</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="60"/>
        <source>What to say at this point (optional)</source>
        <translation>이 자리에서 할 말(선택)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/handoutdialog.cpp" line="72"/>
        <source>The tour: %n stop(s), each with its note</source>
        <translation>
            <numerusform>둘러보기: 지점 %n개, 지점마다 메모 포함</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="77"/>
        <source>Position:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="78"/>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="79"/>
        <source>Pictures:</source>
        <translation>그림:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="80"/>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="82"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="122"/>
        <source>Writing the handout…</source>
        <translation>유인물을 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>deltatrace::HandoutWriter</name>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="200"/>
        <source>Could not write the handout %1: %2</source>
        <translation>유인물 파일 %1 쓰기에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="205"/>
        <source>there is no recorded run to print.</source>
        <translation>인쇄할 기록된 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="207"/>
        <source>it has no section to print.</source>
        <translation>인쇄할 부분이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="211"/>
        <source>there is no folder %1.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="286"/>
        <source>the PDF could not be started.</source>
        <translation>PDF 파일을 만들기 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="315"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="378"/>
        <source>the export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="382"/>
        <source>%1 · %2 · seed %3</source>
        <translation>%1 · %2 · 시드 %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutwriter.cpp" line="395"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
</context>
<context>
    <name>deltatrace::InputPlaneView</name>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="194"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="193"/>
        <source>Output y over the input plane (x3 = 1)</source>
        <translation>입력 평면 위의 출력 y (x3 = 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="203"/>
        <location filename="../src/app/views/inputplaneview.cpp" line="221"/>
        <source>The weights do not change in this experiment.</source>
        <translation>이 실험에서는 가중치가 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="31"/>
        <source>Epoch %1, k = %2: W1 already updated, W2 not yet.</source>
        <translation>에포크 %1, k = %2: W1은 이미 갱신했고 W2는 아직입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="32"/>
        <source>Epoch %1, k = %2: weights after this sample&apos;s update.</source>
        <translation>에포크 %1, k = %2: 이 샘플로 갱신한 뒤의 가중치.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="33"/>
        <source>Epoch %1, k = %2: weights before this sample&apos;s update.</source>
        <translation>에포크 %1, k = %2: 이 샘플로 갱신하기 전의 가중치.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="195"/>
        <source>The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw.</source>
        <translation>이 시점에서 가중치가 유한하지 않아(inf 또는 NaN) 그릴 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="198"/>
        <source>W x = 0</source>
        <translation>W x = 0</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="199"/>
        <source>y &gt; 0.5 this side</source>
        <translation>이쪽이 y &gt; 0.5</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="196"/>
        <source>d = %1, y = %2</source>
        <translation>d = %1, y = %2</translation>
    </message>
    <message>
        <location filename="../src/app/views/inputplaneview.cpp" line="197"/>
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
    <name>deltatrace::LessonDataEditor</name>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="187"/>
        <source>Saved the lesson as %1. Open it later with File ▸ Open.</source>
        <translation>수업을 %1 파일로 저장했습니다. 나중에 파일 ▸ 열기로 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="210"/>
        <source>Save as Lesson</source>
        <translation>수업으로 저장</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="210"/>
        <source>DeltaTrace lessons (*.lesson.json)</source>
        <translation>DeltaTrace 수업 (*.lesson.json)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="237"/>
        <source>These are the lesson&apos;s own targets.</source>
        <translation>수업에 원래 있던 정답입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="237"/>
        <source>These are the lesson&apos;s own targets (%1).</source>
        <translation>수업에 원래 있던 정답입니다(%1).</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="239"/>
        <source>Edited targets: the run will use your data, and the lesson&apos;s explanations will not apply.</source>
        <translation>정답을 고쳤습니다. 실행은 내 데이터로 하며, 수업의 설명은 이 데이터에 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="240"/>
        <source>Edited targets (%1): the run will use your data, and the lesson&apos;s explanations will not apply.</source>
        <translation>정답을 고쳤습니다(%1). 실행은 내 데이터로 하며, 수업의 설명은 이 데이터에 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="246"/>
        <source>Edit Data</source>
        <translation>데이터 고치기</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="247"/>
        <source>%1: the four samples and their targets d. Choose a preset or type a target from 0 to 1, then run the experiment on your data or save it as a new lesson.</source>
        <translation>%1: 샘플 네 개와 각 정답 d입니다. 논리 게이트를 고르거나 0부터 1 사이의 정답을 직접 적은 뒤, 내 데이터로 실험을 실행하거나 새 수업으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="250"/>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="251"/>
        <source>Target d</source>
        <translation>정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="252"/>
        <source>Presets:</source>
        <translation>논리 게이트:</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="253"/>
        <source>&amp;Lesson&apos;s Own</source>
        <translation>수업 원래 값(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="254"/>
        <source>Put back the lesson&apos;s own targets</source>
        <translation>수업에 원래 있던 정답으로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="256"/>
        <source>Target d of sample %1</source>
        <translation>샘플 %1의 정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="257"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="258"/>
        <source>Record the current experiment on these targets</source>
        <translation>이 정답으로 지금 실험을 기록합니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="259"/>
        <source>&amp;Save as Lesson…</source>
        <translation>수업으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/lessondataeditor.cpp" line="260"/>
        <source>Write the lesson with these targets to a new lesson file</source>
        <translation>이 정답을 담은 수업을 새 수업 파일로 씁니다</translation>
    </message>
</context>
<context>
    <name>deltatrace::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="114"/>
        <source>Recording cancelled; the run shown before stays.</source>
        <translation>기록을 취소했습니다. 앞서 보이던 실행이 그대로 남습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="119"/>
        <source>Recording %n epoch(s)…</source>
        <translation>
            <numerusform>에포크 %n개를 기록하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="237"/>
        <source>The exercises saved in this trace could not be restored: %1</source>
        <translation>이 추적에 저장된 연습 기록을 되살릴 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="257"/>
        <source>About DeltaTrace</source>
        <translation>DeltaTrace 정보</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="258"/>
        <source>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;Step through every number a sigmoid network computes while it learns: the forward pass, the delta rule and backpropagation.&lt;/p&gt;&lt;p&gt;With seed N the numbers are exactly those of the lesson&apos;s numpy code after &lt;code&gt;np.random.seed(N)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace %1&lt;/h3&gt;&lt;p&gt;시그모이드 신경망이 학습하면서 계산하는 모든 숫자를 한 단계씩 따라갑니다: 순전파, 델타 규칙, 역전파.&lt;/p&gt;&lt;p&gt;시드 N으로 기록한 숫자는 &lt;code&gt;np.random.seed(N)&lt;/code&gt; 뒤에 수업의 numpy 코드가 내놓는 숫자와 정확히 같습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="337"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="338"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="339"/>
        <source>&amp;Lesson</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="340"/>
        <source>&amp;Tour</source>
        <translation>둘러보기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="342"/>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="343"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="345"/>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="346"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="348"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="349"/>
        <source>Open a trace file or a lesson file</source>
        <translation>추적 파일이나 수업 파일 열기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="350"/>
        <source>&amp;Save Trace…</source>
        <translation>추적 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="351"/>
        <source>&amp;Export as CSV…</source>
        <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="352"/>
        <source>Export &amp;Handout…</source>
        <translation>유인물 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="353"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="354"/>
        <source>&amp;Run Again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="355"/>
        <source>Edit &amp;Data…</source>
        <translation>데이터 고치기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="356"/>
        <source>&amp;Compare with…</source>
        <translation>비교하기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="357"/>
        <source>Run another experiment of this lesson from the same initial weights, side by side</source>
        <translation>이 수업의 다른 실험을 같은 초기 가중치에서 실행해 나란히 보기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="358"/>
        <source>&amp;Stop Comparing</source>
        <translation>비교 끝내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="359"/>
        <source>&amp;Explore Seeds…</source>
        <translation>시드 탐색(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="360"/>
        <source>Train this lesson&apos;s experiments from many random starts and see how often each solves the task</source>
        <translation>이 수업의 실험을 여러 무작위 시작점에서 학습시켜 각각 얼마나 자주 문제를 푸는지 봅니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="361"/>
        <source>E&amp;xercises</source>
        <translation>연습 문제(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="362"/>
        <source>Start as &amp;Student…</source>
        <translation>학생으로 시작(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="363"/>
        <source>Your own starting weights from your name, then the exercises</source>
        <translation>이름에서 나온 나만의 초기 가중치로 연습 문제를 시작합니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="364"/>
        <source>&amp;Presenter Mode</source>
        <translation>발표자 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="365"/>
        <source>Leave Presenter Mode</source>
        <translation>발표자 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="366"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="367"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="368"/>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="369"/>
        <source>&amp;About DeltaTrace</source>
        <translation>DeltaTrace 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="371"/>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
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
            <numerusform>에포크 %n개(샘플 단계 %1개)를 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="578"/>
        <source>There is no place %1:%2:%3 in this run.</source>
        <translation>이 실행에는 %1:%2:%3 위치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="380"/>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="381"/>
        <source>Next Picture (Presenter Mode)</source>
        <translation>다음 그림 (발표자 모드)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="382"/>
        <source>Presenter mode: show the network, the input plane or the charts</source>
        <translation>발표자 모드: 신경망, 입력 평면, 그래프 가운데 하나를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="383"/>
        <source>Arrange the panels as DeltaTrace does by default for this window size</source>
        <translation>이 창 크기에 맞는 기본 배치로 패널을 되돌립니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="370"/>
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
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="344"/>
        <source>its tables have %1 cells, and at most %2 can be shown</source>
        <translation>표의 칸이 %1개인데, 보여 줄 수 있는 것은 %2개까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="354"/>
        <source>a paragraph has %1 characters, and at most %2 can be shown</source>
        <translation>한 문단이 %1자인데, 보여 줄 수 있는 것은 %2자까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="359"/>
        <source>a paragraph changes its format, script or direction %1 times, and at most %2 changes can be shown</source>
        <translation>한 문단에서 서식, 문자 또는 쓰는 방향이 %1번 바뀌는데, 보여 줄 수 있는 것은 %2번까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="364"/>
        <source>a letter carries %1 combining marks, and at most %2 can be shown</source>
        <translation>한 글자에 결합 부호가 %1개 붙어 있는데, 보여 줄 수 있는 것은 %2개까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="408"/>
        <source>it has %1 characters, and at most %2 can be shown</source>
        <translation>글이 %1자인데, 보여 줄 수 있는 것은 %2자까지입니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="427"/>
        <source>there is not enough memory to show it</source>
        <translation>보여 줄 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/narrativebrowser.cpp" line="431"/>
        <source>This lesson text is not shown: %1.</source>
        <translation>이 수업 글은 보여 주지 않습니다. %1.</translation>
    </message>
</context>
<context>
    <name>deltatrace::NetworkDiagram</name>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="121"/>
        <source>after this step&apos;s update</source>
        <translation>이번 단계의 갱신 후</translation>
    </message>
    <message>
        <location filename="../src/app/views/networkdiagram.cpp" line="121"/>
        <source>before this step&apos;s update</source>
        <translation>이번 단계의 갱신 전</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="1006"/>
        <source>No run recorded yet.</source>
        <translation>아직 기록한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="207"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="320"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="777"/>
        <source>bias</source>
        <translation>바이어스</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>positive weight</source>
        <translation>양수 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>negative weight (dashed)</source>
        <translation>음수 가중치 (점선)</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>thicker = larger |weight|</source>
        <translation>굵을수록 |가중치|가 큼</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="904"/>
        <source>? = not computed yet</source>
        <translation>? = 아직 계산 전</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="905"/>
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
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="70"/>
        <source>◀ backward pass</source>
        <translation>◀ 역전파</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="70"/>
        <source>forward pass ▶</source>
        <translation>순전파 ▶</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="59"/>
        <source>now: %1</source>
        <translation>지금: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="216"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="801"/>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="216"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="236"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="815"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="217"/>
        <location filename="../src/app/pictures/networkdiagrampicture.cpp" line="830"/>
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
        <location filename="../src/app/lessons/parameterspanel.cpp" line="204"/>
        <source>Recording: epoch %1 of %2</source>
        <translation>기록 중: 에포크 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="209"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="211"/>
        <source>&amp;Learning rate (alpha):</source>
        <translation>학습률 알파(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="213"/>
        <source>&amp;Epochs:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="215"/>
        <source>np.random.seed(seed): the same seed gives the same initial weights.</source>
        <translation>np.random.seed(seed): 시드가 같으면 초기 가중치도 같습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="216"/>
        <source>How far each update moves the weights. Try a huge value such as 1e6: the sigmoids saturate (outputs of exactly 0 or 1) and a banner says what that stops.</source>
        <translation>한 번의 갱신이 가중치를 얼마나 움직일지 정합니다. 1e6처럼 아주 큰 값을 넣어 보세요. 시그모이드가 포화되어 출력이 정확히 0이나 1이 되고, 그 때문에 무엇이 멈추는지 배너가 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="217"/>
        <source>How many times the four samples are visited.</source>
        <translation>네 샘플을 몇 번 돌아볼지 정합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="218"/>
        <source>Alpha must be a number greater than 0.</source>
        <translation>알파는 0보다 큰 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="219"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="220"/>
        <source>Record the run with these parameters</source>
        <translation>이 매개변수로 실행을 기록</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="221"/>
        <source>Rese&amp;t</source>
        <translation>초기화(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="222"/>
        <source>Put back the lesson&apos;s parameters and record again</source>
        <translation>수업의 매개변수로 되돌리고 다시 기록</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="223"/>
        <source>Edit &amp;Data…</source>
        <translation>데이터 고치기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="224"/>
        <source>Change the lesson&apos;s targets d (AND, OR, NAND, XOR or your own) before a run</source>
        <translation>실행하기 전에 수업의 정답 d를 바꿉니다(AND, OR, NAND, XOR 또는 직접 입력)</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="225"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/parameterspanel.cpp" line="226"/>
        <source>Stop recording; the run shown before stays</source>
        <translation>기록 멈추기 (앞서 보이던 실행은 그대로 남음)</translation>
    </message>
</context>
<context>
    <name>deltatrace::PictureExporter</name>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="85"/>
        <source>Saved by DeltaTrace</source>
        <translation>DeltaTrace에서 저장함</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="115"/>
        <source>Could not save the picture as %1: %2</source>
        <translation>그림을 저장하지 못했습니다(%1): %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="119"/>
        <source>there is no picture to save.</source>
        <translation>저장할 그림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="152"/>
        <source>Save Picture as SVG</source>
        <translation>SVG 그림으로 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="152"/>
        <source>Save Picture as PNG</source>
        <translation>PNG 그림으로 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="153"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="153"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="161"/>
        <source>Save Picture</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="166"/>
        <source>Save Picture as SVG…</source>
        <translation>SVG 그림으로 저장…</translation>
    </message>
    <message>
        <location filename="../src/app/window/pictureexporter.cpp" line="167"/>
        <source>Save Picture as PNG…</source>
        <translation>PNG 그림으로 저장…</translation>
    </message>
</context>
<context>
    <name>deltatrace::PictureSizeDialog</name>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="19"/>
        <source>Picture Size</source>
        <translation>그림 크기</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="29"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="30"/>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="31"/>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="36"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../src/app/window/picturesizedialog.cpp" line="38"/>
        <source>%1 times the size on screen</source>
        <translation>화면 크기의 %1배</translation>
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
        <location filename="../src/app/window/recordingjob.cpp" line="156"/>
        <source>There is not enough memory to record %1 epochs. Try fewer epochs.</source>
        <translation>에포크 %1개를 기록할 메모리가 부족합니다. 에포크 수를 줄여 보세요.</translation>
    </message>
</context>
<context>
    <name>deltatrace::RunDisplay</name>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="147"/>
        <source>Trace table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="157"/>
        <location filename="../src/app/window/rundisplay.cpp" line="384"/>
        <source>This run: %1</source>
        <translation>이 실행: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="157"/>
        <location filename="../src/app/window/rundisplay.cpp" line="384"/>
        <source>Compared run: %1</source>
        <translation>비교 실행: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="216"/>
        <source>This trace file carries no lesson text. Its numbers replay all the same: step through them with the keys shown on the toolbar.</source>
        <translation>이 추적 파일에는 수업 설명이 들어 있지 않습니다. 숫자는 그대로 다시 볼 수 있습니다. 도구 모음에 표시된 키로 한 단계씩 따라가 보세요.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="244"/>
        <source>%1 · seed %2</source>
        <translation>%1 · 시드 %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="251"/>
        <source>%1 · seed %2 · alpha %3 · %4 epochs</source>
        <translation>%1 · 시드 %2 · 알파 %3 · 에포크 %4개</translation>
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
        <translation>에포크 %1, 샘플 %2, %3 연산에서 값이 유한하지 않게 되었습니다. 알파가 너무 큽니다. 그래도 모든 값을 한 단계씩 볼 수 있으며, NaN과 inf는 빨간색으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="301"/>
        <location filename="../src/app/window/rundisplay.cpp" line="327"/>
        <source>Go There</source>
        <translation>그곳으로 이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="312"/>
        <source>A sigmoid saturated at epoch %1, sample %2: %3 became exactly 0 or 1.</source>
        <translation>에포크 %1, 샘플 %2에서 시그모이드가 포화되었습니다. %3 값이 정확히 0 또는 1이 되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="320"/>
        <source>Through a saturated hidden unit the slope y1(1 - y1) is 0, so its row of W1 stops learning; but the cross-entropy delta is just e = d - y, with no slope, so W2 keeps changing by alpha·delta·y1 at every step. Alpha is probably too large.</source>
        <translation>포화된 은닉 뉴런에서는 기울기 y1(1 - y1)이 0이므로, 그 뉴런으로 들어가는 W1의 행은 더 이상 학습하지 않습니다. 하지만 교차 엔트로피 델타는 기울기 없이 e = d - y 그대로이므로, W2는 매 단계 alpha·delta·y1만큼 계속 바뀝니다. 학습률이 너무 큰 것 같습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="324"/>
        <source>Its slope is then 0, so the deltas through it are 0 and the weights before it stop learning. Alpha is probably too large.</source>
        <translation>그러면 기울기가 0이 되어 이 시그모이드를 거쳐 가는 델타가 0이 되고, 그 앞의 가중치는 학습을 멈춥니다. 학습률이 너무 큰 것 같습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="345"/>
        <source>This run stalled: from epoch %1 on, the loss has barely changed, and the output for sample k = %2 is still on the wrong side of 0.5 (or too close to it).</source>
        <translation>
            <numerusform>이 실행은 정체되었습니다. 에포크 %1부터 손실이 거의 변하지 않았고, 샘플 k = %2의 출력은 아직 0.5의 반대편에 있거나 0.5에 너무 가깝습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="353"/>
        <source>One neuron&apos;s boundary is a straight line: where no line separates the samples, as for XOR, no number of epochs and no seed solves the task.</source>
        <translation>뉴런 하나의 경계는 직선입니다. XOR처럼 어떤 직선으로도 샘플을 나눌 수 없으면, 에포크를 아무리 늘려도, 어떤 시드를 써도 문제를 풀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="355"/>
        <source>More epochs or another seed may still get it off this plateau.</source>
        <translation>에포크를 늘리거나 다른 시드를 쓰면 이 평탄한 구간을 벗어날 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="357"/>
        <source>Go to Where It Stalled</source>
        <translation>정체가 시작된 곳으로</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/rundisplay.cpp" line="362"/>
        <source>Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), but the loss is still falling. More epochs would help.</source>
        <translation>
            <numerusform>아직 풀지 못했습니다. 샘플 k = %1의 출력이 아직 0.5의 반대편에 있거나 0.5에 너무 가깝지만, 손실은 계속 줄고 있습니다. 에포크를 늘리면 도움이 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="437"/>
        <source>There is no run to move in.</source>
        <translation>이동할 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="439"/>
        <source>Epoch %1 is outside the run, which has epochs 0 to %2.</source>
        <translation>에포크 %1: 이 실행의 범위 밖입니다. 에포크는 0부터 %2까지입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="441"/>
        <source>Sample %1 does not exist; the samples are 0 to 3.</source>
        <translation>샘플 %1: 없는 샘플입니다. 샘플은 0부터 3까지입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/rundisplay.cpp" line="447"/>
        <source>&quot;%1&quot; is not an operation of this run; its operations are %2 (or their index 0 to %3).</source>
        <translation>&quot;%1&quot;: 이 실행의 연산이 아닙니다. 연산은 %2입니다(또는 번호 0부터 %3까지).</translation>
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
    <name>deltatrace::SolvedEpochsHistogram</name>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="91"/>
        <source>Epochs until solved, by experiment</source>
        <translation>실험별로 풀기까지 걸린 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="93"/>
        <source>No start solved the task in this exploration.</source>
        <translation>이번 탐색에서는 문제를 푼 시작점이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="112"/>
        <source>Solved from epoch</source>
        <translation>푼 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/solvedepochshistogram.cpp" line="124"/>
        <source>Seeds</source>
        <translation>시드 수</translation>
    </message>
</context>
<context>
    <name>deltatrace::SteppingToolbar</name>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="408"/>
        <source>Previous epoch</source>
        <translation>이전 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="409"/>
        <source>Previous sample</source>
        <translation>이전 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="410"/>
        <source>Previous operation</source>
        <translation>이전 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="411"/>
        <source>Next operation</source>
        <translation>다음 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="412"/>
        <source>Next sample</source>
        <translation>다음 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Next epoch</source>
        <translation>다음 에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="406"/>
        <source>Start of the run</source>
        <translation>실행의 처음</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>Start of epoch</source>
        <translation>에포크의 처음</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="407"/>
        <source>Start of epoch: sample 0, first operation</source>
        <translation>에포크의 처음: 샘플 0, 첫 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="408"/>
        <source>Previous epoch: the same sample and operation</source>
        <translation>이전 에포크: 같은 샘플, 같은 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="413"/>
        <source>Next epoch: the same sample and operation</source>
        <translation>다음 에포크: 같은 샘플, 같은 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>End of epoch</source>
        <translation>에포크의 끝</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="414"/>
        <source>End of epoch: sample 3, last operation</source>
        <translation>에포크의 끝: 샘플 3, 마지막 연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="415"/>
        <source>End of the run</source>
        <translation>실행의 끝</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="416"/>
        <source>Play/Pause</source>
        <translation>재생/일시정지</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="417"/>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="418"/>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="419"/>
        <source>Go to epoch…</source>
        <translation>에포크로 이동…</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="425"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="427"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="428"/>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="429"/>
        <source>Operation</source>
        <translation>연산</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="430"/>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="431"/>
        <source>Go to epoch:</source>
        <translation>이동할 에포크:</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="432"/>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="433"/>
        <source>Go to the start of this epoch (%1 to type one)</source>
        <translation>이 에포크의 처음으로 이동 (%1: 번호 입력)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="436"/>
        <source>The whole run: drag to move anywhere</source>
        <translation>실행 전체: 끌어서 아무 곳으로나 이동</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="437"/>
        <source>Position in the run</source>
        <translation>실행 안의 위치</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="444"/>
        <source>%1 operations/s</source>
        <translation>초당 연산 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="447"/>
        <source>%1 samples/s</source>
        <translation>초당 샘플 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="450"/>
        <source>%1 epochs/s</source>
        <translation>초당 에포크 %1개</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="450"/>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="455"/>
        <source>Playing speed (%1 slower, %2 faster)</source>
        <translation>재생 속도 (%1 느리게, %2 빠르게)</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="559"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="626"/>
        <source>No run</source>
        <translation>실행 없음</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="565"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="628"/>
        <source>Sample step %1 of %2 · operation %3 of %4</source>
        <translation>샘플 단계 %1 / %2 · 연산 %3 / %4</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="567"/>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="640"/>
        <source>epoch %1, sample %2</source>
        <translation>에포크 %1, 샘플 %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/steppingtoolbar.cpp" line="653"/>
        <source>The quantity just computed (operation %1 of %2)</source>
        <translation>방금 계산한 값 (연산 %1 / %2)</translation>
    </message>
</context>
<context>
    <name>deltatrace::StudentNameDialog</name>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="18"/>
        <source>Start as Student</source>
        <translation>학생으로 시작</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="20"/>
        <source>Type your name. Your starting weights come from it, so your numbers are your own; your teacher can record the same run from your name to check your answers.</source>
        <translation>이름을 입력하세요. 초기 가중치가 이름에서 정해지므로 숫자도 나만의 것이 됩니다. 선생님은 이름만으로 같은 실행을 기록해 답을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="28"/>
        <location filename="../src/app/window/studentnamedialog.cpp" line="29"/>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="35"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../src/app/window/studentnamedialog.cpp" line="53"/>
        <source>Your seed: %1</source>
        <translation>내 시드: %1</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourMode</name>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="100"/>
        <source>&amp;Start Tour</source>
        <translation>둘러보기 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="101"/>
        <source>&amp;Next Tour Stop</source>
        <translation>다음 지점(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="102"/>
        <source>&amp;Previous Tour Stop</source>
        <translation>이전 지점(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="103"/>
        <source>&amp;End Tour</source>
        <translation>둘러보기 끝내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="104"/>
        <source>Add &amp;Bookmark…</source>
        <translation>책갈피 추가(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="105"/>
        <source>Tour S&amp;tops…</source>
        <translation>지점 목록(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="106"/>
        <source>&amp;Open Tour…</source>
        <translation>둘러보기 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="107"/>
        <source>Sa&amp;ve Tour…</source>
        <translation>둘러보기 저장(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="108"/>
        <source>The tour&apos;s next stop (Page Down in presenter mode)</source>
        <translation>둘러보기의 다음 지점(발표자 모드에서는 Page Down)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="109"/>
        <source>The tour&apos;s previous stop (Page Up in presenter mode)</source>
        <translation>둘러보기의 이전 지점(발표자 모드에서는 Page Up)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="289"/>
        <source>No stop of this tour is in this run.</source>
        <translation>이 실행에는 이 둘러보기의 지점이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="303"/>
        <source>epoch %1, sample %2, %3</source>
        <translation>에포크 %1, 샘플 %2, %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="311"/>
        <source>the first saturated sigmoid</source>
        <translation>처음으로 포화된 시그모이드</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="312"/>
        <source>every output first on its target&apos;s side</source>
        <translation>모든 출력이 처음으로 정답 쪽에 온 때</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="313"/>
        <source>the start of the stall</source>
        <translation>정체가 시작된 곳</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="314"/>
        <source>the first value that is not finite</source>
        <translation>처음 나온 유한하지 않은 값</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="316"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="321"/>
        <source>its place is not in this run</source>
        <translation>그 자리가 이 실행에 없습니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="324"/>
        <source>no sigmoid saturates in this run</source>
        <translation>이 실행에서는 포화되는 시그모이드가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="325"/>
        <source>the outputs are never all on their target&apos;s side of 0.5 in this run</source>
        <translation>이 실행에서는 출력이 한 번도 모두 0.5를 기준으로 정답 쪽에 오지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="326"/>
        <source>this run does not stall</source>
        <translation>이 실행은 정체되지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="327"/>
        <source>every value of this run is finite</source>
        <translation>이 실행의 값은 모두 유한합니다</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="330"/>
        <source>Stop %1 skipped: %2.</source>
        <translation>지점 %1 건너뜀: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="428"/>
        <source>Open Tour</source>
        <translation>둘러보기 열기</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="428"/>
        <location filename="../src/app/window/tourmode.cpp" line="440"/>
        <source>DeltaTrace tours (*.dtour.json)</source>
        <translation>DeltaTrace 둘러보기 (*.dtour.json)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourmode.cpp" line="439"/>
        <source>Save Tour</source>
        <translation>둘러보기 저장</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourNote</name>
    <message numerus="yes">
        <location filename="../src/app/views/tournote.cpp" line="108"/>
        <source>A tour of %n stop(s). Page Down goes to the first.</source>
        <translation>
            <numerusform>지점 %n개로 된 둘러보기입니다. Page Down을 누르면 첫 지점으로 갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="130"/>
        <source>Tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="133"/>
        <source>Stop %1 of %2 · %3</source>
        <translation>지점 %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="135"/>
        <source> · moved on from it: Page Down goes to the next stop, Page Up back to this one</source>
        <translation> · 이 지점을 벗어났습니다. Page Down은 다음 지점으로, Page Up은 이 지점으로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/tournote.cpp" line="142"/>
        <source>PgDn: next · PgUp: back</source>
        <translation>PgDn: 다음 · PgUp: 이전</translation>
    </message>
</context>
<context>
    <name>deltatrace::TourStopsDialog</name>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="17"/>
        <source>&amp;Go To</source>
        <translation>가기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="18"/>
        <source>De&amp;lete</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="21"/>
        <source>Tour Stops</source>
        <translation>둘러보기 지점</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="71"/>
        <source>epoch %1, sample %2</source>
        <translation>에포크 %1, 샘플 %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/tourstopsdialog.cpp" line="78"/>
        <source> (not in this run)</source>
        <translation> (이 실행에는 없음)</translation>
    </message>
</context>
<context>
    <name>deltatrace::TraceTableModel</name>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="238"/>
        <source>%1 = ?: this sample step&apos;s update comes later. Until then %1 = %2.</source>
        <translation>%1 = ?: 이번 샘플 단계의 갱신은 아직입니다. 그전까지는 %1 = %2입니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="240"/>
        <source>%1 = ?: not computed yet at this operation.</source>
        <translation>%1 = ?: 이 연산까지는 아직 계산되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="264"/>
        <source>Not finite: the number overflowed (too large for a double).</source>
        <translation>유한하지 않음: 숫자가 넘쳤습니다(double로 담기에 너무 큼).</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="266"/>
        <source>Changed in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="267"/>
        <source>Unchanged in this step&apos;s update.</source>
        <translation>이번 단계의 갱신에서 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="324"/>
        <source>Sample step: epoch × 4 + sample</source>
        <translation>샘플 단계: 에포크 × 4 + 샘플</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="325"/>
        <source>Epoch (one pass over the 4 samples)</source>
        <translation>에포크 (샘플 4개를 한 번 도는 것)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="326"/>
        <source>Sample k (row of X)</source>
        <translation>샘플 k (X의 행)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="329"/>
        <source>Input x = X[k] (the third input is the constant 1)</source>
        <translation>입력 x = X[k] (세 번째 입력은 상수 1)</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="330"/>
        <source>Target d = D[k]</source>
        <translation>정답 d = D[k]</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="335"/>
        <source>%1: the weight after this step&apos;s update; bold when the update changed it</source>
        <translation>%1: 이번 단계의 갱신 후 가중치. 갱신으로 바뀌었으면 굵게 표시합니다</translation>
    </message>
    <message>
        <location filename="../src/app/views/tracetablemodel.cpp" line="336"/>
        <source>%1: computed in this step</source>
        <translation>%1: 이번 단계에서 계산한 값</translation>
    </message>
</context>
<context>
    <name>deltatrace::TrainingCharts</name>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="333"/>
        <source>compared run</source>
        <translation>비교 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="333"/>
        <source>this run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="359"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="853"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="862"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="880"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1065"/>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="881"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="897"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="902"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="906"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1067"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="324"/>
        <source>forward-pass run</source>
        <translation>순전파만 한 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="326"/>
        <source>delta-rule run</source>
        <translation>델타 규칙 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="328"/>
        <source>squared-error delta run</source>
        <translation>제곱 오차 델타 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="330"/>
        <source>cross-entropy delta run</source>
        <translation>교차 엔트로피 델타 실행</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="454"/>
        <source>%1: flat from epoch %2</source>
        <translation>%1: 에포크 %2부터 평탄</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="455"/>
        <source>flat from epoch %1</source>
        <translation>에포크 %1부터 평탄</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="895"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="900"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="904"/>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="950"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="956"/>
        <source>Outputs y per epoch, with their targets d</source>
        <translation>에포크별 출력 y와 정답 d</translation>
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
        <translation>정답 d</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="994"/>
        <source>output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1000"/>
        <source>Weights at the end of each epoch</source>
        <translation>각 에포크가 끝날 때의 가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1019"/>
        <source>hidden %1</source>
        <translation>은닉 %1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1021"/>
        <source>W1 from x1</source>
        <translation>x1에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1022"/>
        <source>W1 from x2</source>
        <translation>x2에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1023"/>
        <source>W1 from the bias</source>
        <translation>바이어스에서 오는 W1</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1024"/>
        <source>W2 to the output</source>
        <translation>출력으로 가는 W2</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1031"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1074"/>
        <source>y for x = (%1,%2)</source>
        <translation>x = (%1,%2)일 때의 y</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1097"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.</source>
        <translation>에포크 %1부터 가중치가 유한하지 않습니다(inf 또는 NaN). 그 값은 빼고 그리므로 선이 끊기거나 아예 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1100"/>
        <source>Weights are not finite (inf or NaN) at any epoch, so their lines are missing.</source>
        <translation>가중치가 어느 에포크에서도 유한하지 않습니다(inf 또는 NaN). 그래서 선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1103"/>
        <source>Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.</source>
        <translation>에포크 %1부터 유한하지 않습니다(inf 또는 NaN): %2. 그 값은 빼고 그리므로 선이 끊깁니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1096"/>
        <source>Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.</source>
        <translation>에포크 %1부터 가중치가 유한하지 않습니다(inf 또는 NaN). 그 값은 빼고 그리므로 선이 끊깁니다.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1107"/>
        <source>Not finite (inf or NaN) at any epoch, so not drawn at all: %1.</source>
        <translation>어느 에포크에서도 유한하지 않아(inf 또는 NaN) 그리지 않았습니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1115"/>
        <source>Compared run %1: not finite from epoch %2: %3.</source>
        <translation>비교 실행 %1: 에포크 %2부터 유한하지 않음: %3.</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="54"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1177"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="55"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1178"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../src/app/window/handoutdialog.cpp" line="56"/>
        <location filename="../src/app/views/trainingcharts.cpp" line="1179"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1180"/>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../src/app/views/trainingcharts.cpp" line="1181"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다. 뒤늦은 작은 개선도 보입니다.</translation>
    </message>
</context>
<context>
    <name>deltatrace::ViewDocks</name>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Narrative</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="243"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Training Charts</source>
        <translation>학습 그래프</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Input Plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="244"/>
        <source>Trace Table</source>
        <translation>추적 표</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="248"/>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <location filename="../src/app/window/viewdocks.cpp" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
