// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numpyscript.h"

#include "numberformat.h"
#include "trace.h"

#include <QString>
#include <QStringList>

namespace deltatrace {

namespace {

// An id in a comment line: printable characters only, so that nothing can end the comment.
QString commentSafe(const QString &text)
{
    QString safe;
    for (const QChar c : text)
        safe.append(c.isPrint() && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph
                        ? c
                        : QChar(u'?'));
    return safe;
}

// A Python number literal that reads back as exactly this double.
QString literal(double value)
{
    return NumberFormat::exact(value);
}

QString inputs(const TraceSpec &spec)
{
    QStringList rows;
    for (int k = 0; k < SampleCount; ++k) {
        QStringList row;
        for (int i = 0; i < InputCount; ++i)
            row << literal(spec.X(k, i));
        rows << QLatin1Char('[') + row.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return QStringLiteral("np.array([%1])").arg(rows.join(QStringLiteral(", ")));
}

QString targets(const TraceSpec &spec)
{
    QStringList values;
    for (int k = 0; k < SampleCount; ++k)
        values << literal(spec.D(k));
    return QStringLiteral("np.array([%1])").arg(values.join(QStringLiteral(", ")));
}

const char *const ForwardBody = R"(W = 2 * np.random.random((1, 3)) - 1

# 학습 없이 순전파만 / forward pass only, nothing is learned
for k in range(4):
    x = X[k, :].T
    v = np.dot(W, x)
    y = sigmoid(v)
    print(k, v, y)
)";

const char *const DeltaRuleBody = R"(W = 2 * np.random.random((1, 3)) - 1

for epoch in range(%1):
    for k in range(4):
        x = X[k, :].T
        d = D[k]
        v = np.dot(W, x)
        y = sigmoid(v)
        e = d - y
        delta = y * (1 - y) * e
        dW = alpha * delta * x
        W = W + dW

print(sigmoid(np.dot(W, X.T)))  # 네 출력 / the four outputs
)";

const char *const BackpropBody = R"(W1 = 2 * np.random.random((4, 3)) - 1  # 입력 -> 은닉 / input -> hidden
W2 = 2 * np.random.random((1, 4)) - 1  # 은닉 -> 출력 / hidden -> output

for epoch in range(%1):
    for k in range(4):
        x = X[k, :].T
        d = D[k]
        v1 = np.dot(W1, x)
        y1 = sigmoid(v1)
        v = np.dot(W2, y1)
        y = sigmoid(v)
        e = d - y
        delta = %2
        e1 = np.dot(W2.T, delta)
        delta1 = y1 * (1 - y1) * e1
        dW1 = np.outer(alpha * delta1, x)
        W1 = W1 + dW1
        dW2 = alpha * delta * y1
        W2 = W2 + dW2

print(sigmoid(np.dot(W2, sigmoid(np.dot(W1, X.T)))))  # 네 출력 / the four outputs
)";

QString body(const TraceSpec &spec)
{
    switch (spec.rule) {
    case Rule::Forward: return QString::fromUtf8(ForwardBody);
    case Rule::DeltaRule: return QString::fromUtf8(DeltaRuleBody).arg(spec.epochs);
    case Rule::BackpropSigmoid:
        return QString::fromUtf8(BackpropBody).arg(spec.epochs).arg(QStringLiteral("y * (1 - y) * e  # 제곱 오차 / squared error"));
    case Rule::BackpropCrossEntropy:
        return QString::fromUtf8(BackpropBody).arg(spec.epochs).arg(QStringLiteral("e  # 교차 엔트로피 / cross-entropy"));
    }
    return {};
}

} // namespace

QByteArray NumpyScript::of(const Trace &trace)
{
    const TraceSpec &spec = trace.spec();
    QString script;
    script += QStringLiteral("# DeltaTrace에서 내보낸 실행: 수업 %1, 실험 %2\n").arg(commentSafe(spec.lessonId), commentSafe(spec.experimentId));
    script += QStringLiteral("# A run exported from DeltaTrace: lesson %1, experiment %2\n").arg(commentSafe(spec.lessonId), commentSafe(spec.experimentId));
    script += QStringLiteral("# python3로 실행하면 numpy가 DeltaTrace와 똑같은 숫자를 계산합니다.\n"
                             "# Run it with python3: numpy computes exactly DeltaTrace's numbers.\n"
                             "import numpy as np\n\n"
                             "def sigmoid(v):\n"
                             "    return 1 / (1 + np.exp(-v))\n\n");
    script += QStringLiteral("X = %1\n").arg(inputs(spec));
    if (spec.rule != Rule::Forward) {
        script += QStringLiteral("D = %1\n").arg(targets(spec));
        script += QStringLiteral("alpha = %1\n").arg(literal(spec.alpha));
    }
    script += QStringLiteral("\nnp.random.seed(%1)\n").arg(spec.seed);
    script += body(spec);
    return script.toUtf8();
}

} // namespace deltatrace
