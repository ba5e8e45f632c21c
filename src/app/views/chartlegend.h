// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace deltatrace {

// A training chart's legend, under the chart: each entry a short stroke of its line and its
// name, in rows that wrap at the widget's width, a long name wrapping at its spaces. QtCharts'
// own legend keeps its entries on one row (or column) and cuts their names short ("mean
// square...") when the dock is narrow or the type is large; this one grows in height instead,
// so every name is read whole at every width, font and zoom.
class ChartLegend : public QWidget
{
public:
    struct Entry
    {
        QString text; // plain text
        QPen pen;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Where each entry's name is painted now, in this widget's coordinates.
    QList<QRectF> textRects() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed
    {
        QRectF stroke;
        QRectF text;
    };
    // The entries laid out in `width`; `height` gets the height they need.
    QList<Placed> place(qreal width, qreal *height = nullptr) const;

    QList<Entry> m_entries;
};

} // namespace deltatrace
