// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpicture.h"

#include "chartlegend.h"
#include "shapedtextcache.h"
#include "trainingchartview.h"

#include <QPainter>
#include <QPointer>

#include <algorithm>

namespace deltatrace {

namespace {

// The marker as TrainingChartView paints it over its picture of the chart.
void paintMarker(QPainter &p, const TrainingChartView &view, const TrainingChartView::Marker &marker)
{
    const QTransform toViewport = view.viewportTransform();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
    p.drawLine(toViewport.map(marker.line));
    p.setFont(marker.font);
    const QSizeF text = ShapedTextCache::lineSize(marker.font, p.device(), marker.label);
    ShapedTextCache::drawLine(p, QRectF(toViewport.map(marker.labelTopLeft), text), Qt::AlignLeft | Qt::AlignTop, marker.label);
    p.restore();
}

} // namespace

PictureExporter::Picture ChartPicture::of(TrainingChartView *view, ChartLegend *legend, const QString &name)
{
    PictureExporter::Picture picture;
    if (!view)
        return picture;
    QWidget *viewport = view->viewport();
    // The chart's plot area (the viewport, without the view's frame) and the legend under it, as
    // they stand in their common parent.
    const QRect chartRect(QPoint(0, 0), viewport->size());
    QRect legendRect;
    if (legend && legend->isVisible() && !legend->entries().isEmpty())
        legendRect = QRect(legend->mapTo(view->window(), QPoint(0, 0)) - viewport->mapTo(view->window(), QPoint(0, 0)), legend->size());
    const QRect all = chartRect.united(legendRect);
    picture = PictureExporter::Picture::of(view, name);
    picture.size = all.size();
    picture.background = Qt::white; // the chart's and its legend's
    picture.paint = [view = QPointer<TrainingChartView>(view), legend = QPointer<ChartLegend>(legend), chartRect, legendRect,
                     origin = all.topLeft()](QPainter &p, qreal) {
        if (!view)
            return;
        p.save();
        p.translate(-origin);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        // Through the scene, item by item, rather than the view's own picture of it (an image).
        view->render(&p, QRectF(chartRect), QRect(QPoint(0, 0), chartRect.size()), Qt::IgnoreAspectRatio);
        p.restore();
        if (view->marker())
            paintMarker(p, *view, *view->marker());
        if (legend && !legendRect.isNull())
            legend->render(&p, legendRect.topLeft(), QRegion(), QWidget::DrawWindowBackground);
        p.restore();
    };
    return picture;
}

} // namespace deltatrace
