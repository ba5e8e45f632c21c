// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace deltatrace {

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    setVisible(!m_entries.isEmpty());
    updateGeometry();
    update();
}

QList<ChartLegend::Placed> ChartLegend::place(qreal width, qreal *height) const
{
    // Everything in units of the font's line height, so the legend scales with the type.
    const QFontMetricsF fm(font());
    const qreal line = fm.height();
    const qreal margin = std::ceil(line * 0.3);
    const qreal strokeWidth = std::ceil(line * 1.1);
    const qreal strokeGap = std::ceil(line * 0.35);
    const qreal entryGap = std::ceil(line * 0.7);
    const qreal rowGap = std::ceil(line * 0.15);
    const qreal right = std::max(width - margin, margin + strokeWidth + strokeGap + line);
    QList<Placed> placed;
    qreal x = margin;
    qreal y = margin;
    qreal rowHeight = 0;
    for (const Entry &entry : m_entries) {
        const qreal textRoom = right - margin - strokeWidth - strokeGap;
        // A pixel to spare: the painter must not find the name a hair too wide and wrap it.
        QSizeF text(fm.horizontalAdvance(entry.text) + 1.0, line);
        if (text.width() > textRoom) // a name longer than the row: wrapped at its spaces
            text = fm.boundingRect(QRectF(0, 0, textRoom - 1.0, 1e6), Qt::TextWordWrap, entry.text).size() + QSizeF(1.0, 0.0);
        text = QSizeF(std::ceil(text.width()), std::ceil(text.height()));
        const qreal entryWidth = strokeWidth + strokeGap + text.width();
        if (x > margin && x + entryWidth > right) { // onto a new row
            x = margin;
            y += rowHeight + rowGap;
            rowHeight = 0;
        }
        Placed p;
        p.stroke = QRectF(x, y, strokeWidth, line);
        p.text = QRectF(QPointF(x + strokeWidth + strokeGap, y), text);
        placed << p;
        rowHeight = std::max(rowHeight, text.height());
        x += entryWidth + entryGap;
    }
    if (height)
        *height = placed.isEmpty() ? 0.0 : y + rowHeight + margin;
    return placed;
}

QList<QRectF> ChartLegend::textRects() const
{
    QList<QRectF> rects;
    if (!isVisible())
        return rects;
    for (const Placed &p : place(width()))
        rects << p.text;
    return rects;
}

int ChartLegend::heightForWidth(int width) const
{
    qreal height = 0;
    place(width, &height);
    return static_cast<int>(std::ceil(height));
}

QSize ChartLegend::sizeHint() const
{
    // All on one row when there is room; the layout asks heightForWidth() for the real width.
    qreal height = 0;
    const QList<Placed> one = place(1e6, &height);
    const qreal width = one.isEmpty() ? 0.0 : one.back().text.right() + QFontMetricsF(font()).height() * 0.3;
    return QSize(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
}

QSize ChartLegend::minimumSizeHint() const
{
    // Narrow is fine: names wrap. Its height comes from heightForWidth().
    const int line = static_cast<int>(std::ceil(QFontMetricsF(font()).height()));
    return QSize(line * 6, m_entries.isEmpty() ? 0 : line);
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Placed> placed = place(width());
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const Entry &entry = m_entries[i];
        const QRectF &stroke = placed[i].stroke;
        const qreal mid = stroke.center().y();
        p.setPen(entry.pen);
        p.drawLine(QPointF(stroke.left() + 1, mid), QPointF(stroke.right() - 1, mid));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(placed[i].text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, entry.text);
    }
}

void ChartLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
