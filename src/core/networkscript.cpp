// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkscript.h"

#include "numberformat.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

using Kind = LayerQuantity::Kind;

// Comments start at this column, as in the course's own listings (lesson 3's `code`).
constexpr qsizetype CommentColumn = 43;
// Above this width the data is written one sample per line, so a listing stays readable.
constexpr qsizetype OneLineDataWidth = 100;

// An id in a comment line: printable characters only, so that nothing can end the comment
// (the same rule as NumpyScript's: a lesson file is untrusted, and a learner runs what we write).
QString commentSafe(const QString &text)
{
    QString safe;
    for (const QChar c : text)
        safe.append(c.isPrint() && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph
                        ? c
                        : QChar(u'?'));
    return safe;
}

// A Python number that reads back as exactly this double. NumberFormat::exact's "-0", "NaN" and
// "+inf" are not Python's: -0 is the integer 0, the others are not numbers at all.
QString literal(double value)
{
    if (std::isnan(value))
        return QStringLiteral("float('nan')");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("float('inf')") : QStringLiteral("-float('inf')");
    if (value == 0.0 && std::signbit(value))
        return QStringLiteral("-0.0");
    return NumberFormat::exact(value);
}

QString name(Kind kind, int layer) { return QString::fromStdString(LayerQuantity{kind, layer}.name()); }

QString shapeText(const Architecture &architecture, int layer)
{
    return QStringLiteral("%1x%2").arg(architecture.units(layer)).arg(architecture.units(layer - 1));
}

// The layer's outputs from its sums, as numpy computes them.
QString activated(Activation a, const QString &v)
{
    switch (a) {
    case Activation::Sigmoid: return QStringLiteral("sigmoid(%1)").arg(v);
    case Activation::Tanh: return QStringLiteral("np.tanh(%1)").arg(v);
    case Activation::Relu: return QStringLiteral("relu(%1)").arg(v);
    case Activation::Linear: return v;
    case Activation::Softmax: return QStringLiteral("softmax(%1)").arg(v);
    }
    return v;
}

// f'(v) e with the derivative first, as NetworkEngine::derivativeTimes multiplies.
QString derivativeTimes(Activation a, const QString &v, const QString &y, const QString &e)
{
    switch (a) {
    case Activation::Sigmoid: return QStringLiteral("%1 * (1 - %1) * %2").arg(y, e);
    case Activation::Tanh: return QStringLiteral("(1 - %1 * %1) * %2").arg(y, e);
    case Activation::Relu: return QStringLiteral("(%1 > 0) * %2").arg(v, e);
    case Activation::Linear:
    case Activation::Softmax: // never with "sse" (the loader refuses it); the engine takes f' = 1
        return e;
    }
    return e;
}

QString unitsComment(int units, bool output)
{
    if (output)
        return units == 1 ? QStringLiteral("출력 뉴런 1개 / 1 output unit")
                          : QStringLiteral("출력 뉴런 %1개 / %1 output units").arg(units);
    return units == 1 ? QStringLiteral("은닉 뉴런 1개 / 1 hidden unit") : QStringLiteral("은닉 뉴런 %1개 / %1 hidden units").arg(units);
}

// Which layers layer l connects, for the comment beside its initial weights.
QString connectionComment(int layer, int layers)
{
    const auto side = [layers](int index, bool korean) {
        if (index == 0)
            return korean ? QStringLiteral("입력") : QStringLiteral("input");
        if (index == layers)
            return korean ? QStringLiteral("출력") : QStringLiteral("output");
        if (layers == 2)
            return korean ? QStringLiteral("은닉") : QStringLiteral("hidden");
        return (korean ? QStringLiteral("은닉 %1") : QStringLiteral("hidden %1")).arg(index);
    };
    return QStringLiteral("%1 -> %2 / %3 -> %4").arg(side(layer - 1, true), side(layer, true), side(layer - 1, false), side(layer, false));
}

QString trainingComment(const NetworkRun &run, bool korean)
{
    const Architecture &arch = run.architecture;
    QStringList sizes;
    for (int size : arch.sizes)
        sizes << QString::number(size);
    QStringList activations;
    for (Activation a : arch.activations)
        activations << QString::fromLatin1(activationName(a));
    const bool ce = arch.delta == OutputDelta::CrossEntropy;
    QString batch;
    if (!arch.batched())
        batch = korean ? QStringLiteral("샘플마다 갱신(SGD)") : QStringLiteral("an update after every sample (SGD)");
    else if (arch.batch >= run.sampleCount())
        batch = korean ? QStringLiteral("전체 배치: 에포크마다 한 번 갱신") : QStringLiteral("full batch: one update per epoch");
    else
        batch = korean ? QStringLiteral("미니배치 %1개씩 갱신").arg(arch.batch) : QStringLiteral("an update per mini-batch of %1").arg(arch.batch);
    QString text = korean ? QStringLiteral("# 신경망 %1 (%2), %3 델타, %4")
                          : QStringLiteral("# Network %1 (%2), %3 delta, %4");
    text = text.arg(sizes.join(QLatin1Char('-')), activations.join(QStringLiteral(", ")),
                    korean ? (ce ? QStringLiteral("교차 엔트로피") : QStringLiteral("제곱 오차"))
                           : (ce ? QStringLiteral("cross-entropy") : QStringLiteral("squared-error")),
                    batch);
    if (arch.hasMomentum())
        text += (korean ? QStringLiteral(", 모멘텀 %1") : QStringLiteral(", momentum %1")).arg(literal(arch.momentum));
    return text;
}

// A matrix literal: one line when it is short, else one row per line under the first.
QStringList arrayLines(const QString &assignment, const QStringList &rows)
{
    const QString oneLine = QStringLiteral("%1np.array([%2])").arg(assignment, rows.join(QStringLiteral(", ")));
    if (oneLine.size() <= OneLineDataWidth || rows.size() == 1)
        return {oneLine};
    const QString opening = assignment + QStringLiteral("np.array([");
    const QString indent(opening.size(), QLatin1Char(' '));
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool last = r + 1 == rows.size();
        lines << (r == 0 ? opening : indent) + rows[r] + (last ? QStringLiteral("])") : QStringLiteral(","));
    }
    return lines;
}

// A vector literal: one line when it is short, else as many numbers per line as fit.
QStringList vectorLines(const QString &assignment, const QStringList &values)
{
    const QString opening = assignment + QStringLiteral("np.array([");
    const QString indent(opening.size(), QLatin1Char(' '));
    QStringList lines;
    QString line = opening;
    bool lineStarted = false; // holds a number already
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString item = values[i] + (i + 1 == values.size() ? QStringLiteral("])") : QStringLiteral(","));
        if (lineStarted && line.size() + 1 + item.size() > OneLineDataWidth) {
            lines << line;
            line = indent;
            lineStarted = false;
        }
        if (lineStarted)
            line += QLatin1Char(' ');
        line += item;
        lineStarted = true;
    }
    if (values.isEmpty())
        line += QStringLiteral("])");
    lines << line;
    return lines;
}

QStringList matrixRows(const std::vector<double> &values, int rows, int cols)
{
    QStringList result;
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        for (int c = 0; c < cols; ++c)
            row << literal(values[static_cast<size_t>(r) * static_cast<size_t>(cols) + static_cast<size_t>(c)]);
        result << QLatin1Char('[') + row.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return result;
}

class Listing
{
public:
    void add(const QString &code, const QString &comment = {}, std::optional<LayerQuantity> computes = std::nullopt)
    {
        QString text = code;
        if (!comment.isEmpty()) {
            text += code.size() + 2 <= CommentColumn ? QString(CommentColumn - code.size(), QLatin1Char(' ')) : QStringLiteral("  ");
            text += QStringLiteral("# ") + comment;
        }
        m_lines.append(NetworkCodeLine{text, computes});
    }
    void compute(const QString &indent, Kind kind, int layer, const QString &expression, const QString &comment = {})
    {
        add(indent + name(kind, layer) + QStringLiteral(" = ") + expression, comment, LayerQuantity{kind, layer});
    }
    QList<NetworkCodeLine> take() { return std::move(m_lines); }

private:
    QList<NetworkCodeLine> m_lines;
};

// One sample's forward and backward pass and its dW (with the batch's sums, or, per sample
// without batches, the update itself), at `indent`: the engine's operations in its order.
void writeSample(Listing &out, const NetworkRun &run, const QString &indent)
{
    const Architecture &arch = run.architecture;
    const int L = arch.layerCount();
    const auto input = [](int layer) { return layer == 1 ? QStringLiteral("x") : name(Kind::Y, layer - 1); };

    out.add(indent + QStringLiteral("x = X[k, :].T"));
    out.add(indent + QStringLiteral("d = D[k]"));
    for (int l = 1; l <= L; ++l) {
        out.compute(indent, Kind::V, l, QStringLiteral("np.matmul(%1, %2)").arg(name(Kind::W, l), input(l)), unitsComment(arch.units(l), l == L));
        out.compute(indent, Kind::Y, l, activated(arch.activation(l), name(Kind::V, l)),
                    arch.activation(l) == Activation::Linear ? QStringLiteral("선형: 그대로 / linear: unchanged") : QString());
    }
    out.compute(indent, Kind::E, L, QStringLiteral("d - %1").arg(name(Kind::Y, L)), QStringLiteral("출력의 오차 / the output's error"));
    if (arch.delta == OutputDelta::CrossEntropy)
        out.compute(indent, Kind::Delta, L, name(Kind::E, L), QStringLiteral("교차 엔트로피 / cross-entropy"));
    else
        out.compute(indent, Kind::Delta, L, derivativeTimes(arch.activation(L), name(Kind::V, L), name(Kind::Y, L), name(Kind::E, L)),
                    arch.activation(L) == Activation::Linear ? QStringLiteral("제곱 오차, 선형이라 f'(v) = 1 / squared error; linear, f'(v) = 1")
                                                             : QStringLiteral("제곱 오차 / squared error"));
    for (int l = L - 1; l >= 1; --l) {
        const QString above = name(Kind::W, l + 1);
        out.compute(indent, Kind::E, l, QStringLiteral("np.matmul(%1.T, %2)").arg(above, name(Kind::Delta, l + 1)),
                    QStringLiteral("%1를 바꾸기 전 / before %1 changes").arg(above));
        out.compute(indent, Kind::Delta, l, derivativeTimes(arch.activation(l), name(Kind::V, l), name(Kind::Y, l), name(Kind::E, l)));
    }
    for (int l = 1; l <= L; ++l) {
        const QString dW = name(Kind::DW, l);
        out.compute(indent, Kind::DW, l, QStringLiteral("np.outer(alpha * %1, %2)").arg(name(Kind::Delta, l), input(l)),
                    QStringLiteral("alpha %1 %2^T, %3").arg(name(Kind::Delta, l), input(l), shapeText(arch, l)));
        if (arch.batched()) {
            out.compute(indent, Kind::DWSum, l, QStringLiteral("%1 + %2").arg(name(Kind::DWSum, l), dW),
                        l == 1 ? QStringLiteral("배치의 합 / the batch's sum") : QString());
            continue;
        }
        QString change = dW;
        if (arch.hasMomentum()) {
            out.compute(indent, Kind::Momentum, l, QStringLiteral("%1 + beta * %2").arg(dW, name(Kind::Momentum, l)),
                        l == 1 ? QStringLiteral("지난 변화의 beta배를 더함 / adds beta times the last change") : QString());
            change = name(Kind::Momentum, l);
        }
        out.compute(indent, Kind::W, l, QStringLiteral("%1 + %2").arg(name(Kind::W, l), change));
    }
}

// A batch's update, after its samples: the average of the sums, momentum, the new weights.
void writeBatchUpdate(Listing &out, const NetworkRun &run, const QString &indent)
{
    const Architecture &arch = run.architecture;
    out.add(indent + QStringLiteral("n = len(batch)"), QStringLiteral("이 배치의 크기 (마지막은 더 짧을 수 있음) / this batch's size (the last may be shorter)"));
    for (int l = 1; l <= arch.layerCount(); ++l) {
        out.compute(indent, Kind::DWAvg, l, QStringLiteral("%1 / n").arg(name(Kind::DWSum, l)),
                    l == 1 ? QStringLiteral("배치의 평균: 합 / 크기 / the batch's average: sum / size") : QString());
        QString change = name(Kind::DWAvg, l);
        if (arch.hasMomentum()) {
            out.compute(indent, Kind::Momentum, l, QStringLiteral("%1 + beta * %2").arg(change, name(Kind::Momentum, l)),
                        l == 1 ? QStringLiteral("지난 변화의 beta배를 더함 / adds beta times the last change") : QString());
            change = name(Kind::Momentum, l);
        }
        out.compute(indent, Kind::W, l, QStringLiteral("%1 + %2").arg(name(Kind::W, l), change));
    }
}

} // namespace

QList<NetworkCodeLine> NetworkScript::lines(const NetworkRun &run)
{
    const Architecture &arch = run.architecture;
    const NetworkData &data = run.data;
    const int L = arch.layerCount();
    const int N = run.sampleCount();
    Listing out;

    out.add(QStringLiteral("# DeltaTrace에서 내보낸 실행: 수업 %1, 실험 %2").arg(commentSafe(run.lessonId), commentSafe(run.experimentId)));
    out.add(QStringLiteral("# A run exported from DeltaTrace: lesson %1, experiment %2").arg(commentSafe(run.lessonId), commentSafe(run.experimentId)));
    out.add(trainingComment(run, true));
    out.add(trainingComment(run, false));
    out.add(QStringLiteral("# python3로 실행하면 numpy가 DeltaTrace와 똑같은 숫자를 계산합니다."));
    out.add(QStringLiteral("# Run it with python3: numpy computes exactly DeltaTrace's numbers."));
    out.add(QStringLiteral("import numpy as np"));

    // Only the functions this network uses; tanh is numpy's own and linear is no function.
    const auto uses = [&arch](Activation a) { return std::find(arch.activations.begin(), arch.activations.end(), a) != arch.activations.end(); };
    if (uses(Activation::Sigmoid)) {
        out.add({});
        out.add(QStringLiteral("def sigmoid(v):"));
        out.add(QStringLiteral("    return 1 / (1 + np.exp(-v))"));
    }
    if (uses(Activation::Relu)) {
        out.add({});
        out.add(QStringLiteral("def relu(v):"));
        out.add(QStringLiteral("    return np.maximum(v, 0.0)"), QStringLiteral("음수는 0으로 / negatives become 0"));
    }
    if (uses(Activation::Softmax)) {
        out.add({});
        out.add(QStringLiteral("def softmax(v):"));
        out.add(QStringLiteral("    ex = np.exp(v)"));
        out.add(QStringLiteral("    return ex / np.sum(ex)"), QStringLiteral("합이 1인 확률 / probabilities that sum to 1"));
    }

    out.add({});
    for (const QString &line : arrayLines(QStringLiteral("X = "), matrixRows(data.x, N, data.inputCount)))
        out.add(line);
    if (data.outputCount == 1) {
        QStringList targets;
        for (double d : data.d)
            targets << literal(d);
        for (const QString &line : vectorLines(QStringLiteral("D = "), targets))
            out.add(line);
    } else {
        for (const QString &line : arrayLines(QStringLiteral("D = "), matrixRows(data.d, N, data.outputCount)))
            out.add(line);
    }
    out.add(QStringLiteral("alpha = %1").arg(literal(run.alpha)));
    if (arch.hasMomentum())
        out.add(QStringLiteral("beta = %1").arg(literal(arch.momentum)), QStringLiteral("모멘텀 / momentum"));

    out.add({});
    out.add(QStringLiteral("np.random.seed(%1)").arg(run.seed));
    for (int l = 1; l <= L; ++l)
        out.add(QStringLiteral("%1 = 2 * np.random.random((%2, %3)) - 1").arg(name(Kind::W, l)).arg(arch.units(l)).arg(arch.units(l - 1)),
                connectionComment(l, L));
    if (arch.hasMomentum()) {
        for (int l = 1; l <= L; ++l)
            out.add(QStringLiteral("%1 = np.zeros_like(%2)").arg(name(Kind::Momentum, l), name(Kind::W, l)),
                    l == 1 ? QStringLiteral("모멘텀 항은 0에서 시작 / the momentum terms start at 0") : QString());
    }

    out.add({});
    out.add(QStringLiteral("for epoch in range(%1):").arg(run.epochs));
    if (!arch.batched()) {
        out.add(QStringLiteral("    for k in range(%1):").arg(N));
        writeSample(out, run, QStringLiteral("        "));
    } else {
        out.add(QStringLiteral("    for start in range(0, %1, %2):").arg(N).arg(arch.batch),
                QStringLiteral("%1개씩 / %1 samples at a time").arg(arch.batch));
        out.add(QStringLiteral("        batch = range(start, min(start + %1, %2))").arg(arch.batch).arg(N));
        for (int l = 1; l <= L; ++l)
            out.add(QStringLiteral("        %1 = np.zeros_like(%2)").arg(name(Kind::DWSum, l), name(Kind::W, l)),
                    l == 1 ? QStringLiteral("배치마다 0에서 시작 / zero at each batch's start") : QString());
        out.add(QStringLiteral("        for k in batch:"));
        writeSample(out, run, QStringLiteral("            "));
        writeBatchUpdate(out, run, QStringLiteral("        "));
    }

    // The outputs for every sample with the trained weights, as lessons 1-3 print them.
    QString network = QStringLiteral("x");
    for (int l = 1; l <= L; ++l)
        network = activated(arch.activation(l), QStringLiteral("np.matmul(%1, %2)").arg(name(Kind::W, l), network));
    out.add({});
    out.add(QStringLiteral("def outputs(x):"), QStringLiteral("학습한 가중치로 순전파 / forward pass, trained weights"));
    out.add(QStringLiteral("    return ") + network);
    out.add({});
    if (data.outputCount == 1)
        out.add(QStringLiteral("print(np.array([outputs(X[k, :].T) for k in range(%1)]).T)").arg(N),
                QStringLiteral("%1개 출력 / the %1 outputs").arg(N));
    else
        out.add(QStringLiteral("print(np.array([outputs(X[k, :].T) for k in range(%1)]))").arg(N),
                QStringLiteral("샘플마다 한 줄 / a row per sample"));
    return out.take();
}

QByteArray NetworkScript::of(const NetworkRun &run)
{
    QString script;
    for (const NetworkCodeLine &line : lines(run)) {
        script += line.text;
        script += QLatin1Char('\n');
    }
    return script.toUtf8();
}

} // namespace deltatrace
