// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QFont>
#include <QLineF>
#include <QPixmap>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace deltatrace {

class ChartLegend;

// One of the training charts on screen: a click (or a drag) on the plot picks an epoch, and the
// current epoch is a vertical marker painted over a picture of the chart.
//
// Why a picture: the marker moves at almost every step. As a series in the chart, each move would
// make the view repaint the strips it left and entered from every item there (grid, curves,
// labels, legend), which costs more than all the rest of a move. So the chart is rendered into a
// pixmap whenever the scene changes (a new run, a resize, a new font), and a move copies the
// strips back from it and draws the marker over them.
class TrainingChartView : public QChartView
{
public:
    using Activate = std::function<void(const QPointF &viewportPos)>;

    // The marker, in scene coordinates.
    // The texts painted in the chart and in `legend` (when visible), with their rectangles in
    // `relativeTo`'s coordinates: what the layout tests check for clipping and overlap.
    void collectText(const QWidget *relativeTo, const ChartLegend *legend, QList<QRectF> *rects, QStringList *texts) const;

    struct Marker
    {
        double epoch = 0.0;
        QLineF line;          // from the top of the plot to its bottom
        QString label;        // "epoch N"
        QPointF labelTopLeft;
        QFont font;
        friend bool operator==(const Marker &, const Marker &) = default;
    };

    TrainingChartView(QChart *chart, Activate activate, QWidget *parent);

    void setMarker(std::optional<Marker> marker);
    const std::optional<Marker> &marker() const { return m_marker; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect markerRect(const Marker &marker) const; // in viewport coordinates, with a margin
    void paintMarker(QPainter &p, const Marker &marker) const;

    Activate m_activate;
    std::optional<Marker> m_marker;
    QPixmap m_scenePicture; // the chart without the marker, as the viewport shows it
    bool m_sceneChanged = true;
};

} // namespace deltatrace
