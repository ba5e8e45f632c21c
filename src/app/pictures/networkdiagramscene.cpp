// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkdiagramscene.h"

#include "numberformat.h"

#include <algorithm>

namespace deltatrace {

QString NetworkDiagramScene::nameOf(Quantity q)
{
    const std::string_view n = quantityName(q);
    return QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
}

QString NetworkDiagramScene::weightName(Quantity layer, int index) { return QString::fromStdString(elementName(layer, index)); }

QString NetworkDiagramScene::changeName(Quantity layer, int index)
{
    return QString::fromStdString(elementName(changeQuantity(layer), index));
}

Quantity NetworkDiagramScene::changeQuantity(Quantity layer)
{
    return layer == Quantity::W1 ? Quantity::DW1 : layer == Quantity::W2 ? Quantity::DW2 : Quantity::DW;
}

void NetworkDiagramScene::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_position = TracePosition{-1, 0};
    setPosition(TracePosition{});
}

void NetworkDiagramScene::setCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QFont &font,
                                      const QPalette &palette)
{
    m_size = size;
    m_devicePixelRatio = devicePixelRatio;
    m_dpiX = dpiX;
    m_dpiY = dpiY;
    m_font = font;
    m_palette = palette;
}

bool NetworkDiagramScene::setPosition(TracePosition position)
{
    if (!m_trace || m_trace->stepCount() <= 0) {
        m_position = position;
        m_backward = false;
        return true;
    }
    position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
    const int ops = static_cast<int>(operationsOf(m_trace->rule()).size());
    position.operation = std::clamp(position.operation, 0, ops - 1);
    if (position.step != m_position.step || m_record.index != position.step)
        m_record = m_trace->step(position.step); // O(1), or a few steps from a checkpoint
    if (position == m_position && m_record.index == position.step)
        return false;
    m_position = position;
    m_backward = highlight().backward;
    return true;
}

bool NetworkDiagramScene::computed(Quantity q) const
{
    if (!m_trace)
        return false;
    const int index = operationIndex(m_trace->rule(), q);
    return index >= 0 && index <= m_position.operation;
}

double NetworkDiagramScene::weightOf(Quantity layer, int index) const
{
    // The weights before the update until this step's update of that layer is done.
    const Weights &w = computed(layer) ? m_record.after : m_record.before;
    switch (layer) {
    case Quantity::W1: return w.W1.data()[index];
    case Quantity::W2: return w.W2(index);
    default: return w.W(index);
    }
}

std::optional<double> NetworkDiagramScene::changeOf(Quantity layer, int index) const
{
    const Quantity change = changeQuantity(layer);
    if (!computed(change))
        return std::nullopt;
    return m_record.values(change)[static_cast<std::size_t>(index)];
}

QString NetworkDiagramScene::valueText(Quantity q, int index) const
{
    if (!computed(q))
        return QStringLiteral("?");
    return NumberFormat::value(m_record.values(q)[static_cast<std::size_t>(index)]);
}

NetworkDiagramScene::Highlight NetworkDiagramScene::highlight() const
{
    Highlight h;
    if (!m_trace)
        return h;
    const auto ops = operationsOf(m_trace->rule());
    const Quantity q = ops[static_cast<std::size_t>(m_position.operation)];
    const bool two = isTwoLayer(m_trace->rule());
    switch (q) {
    case Quantity::V1: h = {QStringLiteral("hidden"), q, Quantity::W1, std::nullopt, false}; break;
    case Quantity::Y1: h = {QStringLiteral("hidden"), q, std::nullopt, std::nullopt, false}; break;
    case Quantity::V: h = {QStringLiteral("output"), q, two ? Quantity::W2 : Quantity::W, std::nullopt, false}; break;
    case Quantity::Y: h = {QStringLiteral("output"), q, std::nullopt, std::nullopt, false}; break;
    case Quantity::E: h = {QStringLiteral("target"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::Delta: h = {QStringLiteral("output"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::E1: h = {QStringLiteral("hidden"), q, Quantity::W2, std::nullopt, true}; break;
    case Quantity::Delta1: h = {QStringLiteral("hidden"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::DW1: h = {QString(), std::nullopt, Quantity::W1, q, true}; break;
    case Quantity::W1: h = {QString(), std::nullopt, Quantity::W1, Quantity::W1, true}; break;
    case Quantity::DW2: h = {QString(), std::nullopt, Quantity::W2, q, true}; break;
    case Quantity::W2: h = {QString(), std::nullopt, Quantity::W2, Quantity::W2, true}; break;
    case Quantity::DW: h = {QString(), std::nullopt, Quantity::W, q, true}; break;
    case Quantity::W: h = {QString(), std::nullopt, Quantity::W, Quantity::W, true}; break;
    }
    return h;
}

Quantity NetworkDiagramScene::current() const
{
    return operationsOf(m_trace->rule())[static_cast<std::size_t>(m_position.operation)];
}

QString NetworkDiagramScene::formulaFor(Quantity q) const
{
    const bool two = m_trace && isTwoLayer(m_trace->rule());
    const QString alpha = m_trace ? NumberFormat::value(m_trace->spec().alpha) : QString();
    switch (q) {
    case Quantity::V1: return QStringLiteral("v1 = W1 · x");
    case Quantity::Y1: return QStringLiteral("y1 = σ(v1)");
    case Quantity::V: return two ? QStringLiteral("v = W2 · y1") : QStringLiteral("v = W · x");
    case Quantity::Y: return QStringLiteral("y = σ(v)");
    case Quantity::E: return QStringLiteral("e = d − y");
    case Quantity::Delta:
        return m_trace && m_trace->rule() == Rule::BackpropCrossEntropy ? QStringLiteral("delta = e")
                                                                        : QStringLiteral("delta = y · (1 − y) · e");
    case Quantity::E1: return QStringLiteral("e1 = W2ᵀ · delta");
    case Quantity::Delta1: return QStringLiteral("delta1 = y1 · (1 − y1) · e1");
    case Quantity::DW1: return QStringLiteral("dW1 = alpha · delta1 · xᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W1: return QStringLiteral("W1 = W1 + dW1");
    case Quantity::DW2: return QStringLiteral("dW2 = alpha · delta · y1ᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W2: return QStringLiteral("W2 = W2 + dW2");
    case Quantity::DW: return QStringLiteral("dW = alpha · delta · xᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W: return QStringLiteral("W = W + dW");
    }
    return QString();
}

} // namespace deltatrace
