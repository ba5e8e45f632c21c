// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingchartview.h"

#include "chartlegend.h"

#include "shapedtextcache.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace deltatrace {

namespace {

const QColor MarkerInk(0x30, 0x30, 0x30);
constexpr qreal MarkerWidth = 1.5;

} // namespace

TrainingChartView::TrainingChartView(QChart *chart, Activate activate, QWidget *parent)
    : QChartView(chart, parent), m_activate(std::move(activate))
{
    setRenderHint(QPainter::Antialiasing);
    setCursor(Qt::CrossCursor);
    // Any change to the scene (a new chart, new data, axes, fonts, a hovered legend) makes the
    // picture stale. The view itself asks for the repaint of what changed.
    connect(scene(), &QGraphicsScene::changed, this, [this] {
        m_sceneChanged = true;
        viewport()->update();
    });
}

void TrainingChartView::setMarker(std::optional<Marker> marker)
{
    if (marker == m_marker)
        return;
    // One rectangle around the old and the new marker, even when they are far apart: a paint
    // clipped to a region of two rectangles goes through the raster engine's slow path, and
    // copying the picture into it costs many times more than copying the one rectangle around
    // both, the width of the plot at most.
    QRect changed;
    if (m_marker)
        changed = markerRect(*m_marker);
    m_marker = std::move(marker);
    if (m_marker)
        changed |= markerRect(*m_marker);
    viewport()->update(changed);
}

QRect TrainingChartView::markerRect(const Marker &marker) const
{
    const QTransform toViewport = viewportTransform();
    const QLineF onViewport = toViewport.map(marker.line);
    const QRectF line = QRectF(onViewport.p1(), onViewport.p2()).normalized();
    const QSizeF text = ShapedTextCache::lineSize(marker.font, viewport(), marker.label);
    const QRectF label = toViewport.mapRect(QRectF(marker.labelTopLeft, text));
    // Antialiasing reaches a pixel beyond the stroke.
    return line.adjusted(-MarkerWidth - 1, -MarkerWidth - 1, MarkerWidth + 1, MarkerWidth + 1).united(label.adjusted(-1, -1, 1, 1)).toAlignedRect();
}

void TrainingChartView::paintMarker(QPainter &p, const Marker &marker) const
{
    const QTransform toViewport = viewportTransform();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(MarkerInk, MarkerWidth));
    p.drawLine(toViewport.map(marker.line));
    p.setFont(marker.font);
    p.setPen(MarkerInk);
    // The label is measured and drawn from text shaped once (a jump shows a new one each time).
    const QSizeF text = ShapedTextCache::lineSize(marker.font, viewport(), marker.label);
    ShapedTextCache::drawLine(p, QRectF(toViewport.map(marker.labelTopLeft), text), Qt::AlignLeft | Qt::AlignTop, marker.label);
}

void TrainingChartView::paintEvent(QPaintEvent *event)
{
    // The scene tells of its changes from the event loop, and the chart lays itself out from
    // there too, its text fitted to the new layout in a pass or two more (TrainingCharts). A
    // paint before that (a grab right after a change) must not show the chart as it was, or
    // half fitted: deliver those first.
    for (int pass = 0; pass < 4 && chart(); ++pass) {
        QCoreApplication::sendPostedEvents(chart(), QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(chart(), QEvent::MetaCall);
    }
    QCoreApplication::sendPostedEvents(scene(), QEvent::MetaCall);
    const qreal ratio = viewport()->devicePixelRatioF();
    const QSize pixels = (QSizeF(viewport()->size()) * ratio).toSize();
    if (m_sceneChanged || m_scenePicture.size() != pixels) {
        m_scenePicture = QPixmap(pixels);
        m_scenePicture.setDevicePixelRatio(ratio);
        m_scenePicture.fill(viewport()->palette().color(viewport()->backgroundRole()));
        QPainter picture(&m_scenePicture);
        picture.setRenderHints(renderHints());
        render(&picture, QRectF(QPointF(0, 0), QSizeF(viewport()->size())), viewport()->rect(), Qt::IgnoreAspectRatio);
        m_sceneChanged = false;
    }
    QPainter p(viewport());
    for (const QRect &exposed : event->region())
        p.drawPixmap(exposed, m_scenePicture, QRectF(QPointF(exposed.topLeft()) * ratio, QSizeF(exposed.size()) * ratio));
    if (m_marker)
        paintMarker(p, *m_marker);
}

void TrainingChartView::resizeEvent(QResizeEvent *event)
{
    m_sceneChanged = true;
    QChartView::resizeEvent(event);
}

void TrainingChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_activate(event->position());
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TrainingChartView::mouseMoveEvent(QMouseEvent *event)
{
    // Dragging scrubs through the run.
    if (event->buttons() & Qt::LeftButton) {
        m_activate(event->position());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TrainingChartView::collectText(const QWidget *relativeTo, const ChartLegend *legend, QList<QRectF> *rects,
                                    QStringList *texts) const
{
    if (!isVisible())
        return;
    const QTransform toViewport = viewportTransform();
    const QPointF viewportOrigin = viewport()->mapTo(relativeTo, QPoint(0, 0));
    for (const QGraphicsItem *item : scene()->items(Qt::AscendingOrder)) {
        if (!item->isVisible())
            continue;
        QString text;
        QRectF box;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item)) {
            text = rich->toPlainText();
            // Without the document's margin: the text itself.
            const qreal margin = rich->document()->documentMargin();
            box = rich->boundingRect().adjusted(margin, margin, -margin, -margin);
        } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
            text = simple->text();
            box = simple->boundingRect();
        }
        if (text.trimmed().isEmpty())
            continue;
        rects->append(toViewport.map(item->mapToScene(box)).boundingRect().translated(viewportOrigin));
        texts->append(text);
    }
    if (legend && legend->isVisible()) {
        const QPointF legendOrigin = legend->mapTo(relativeTo, QPoint(0, 0));
        const QList<QRectF> legendRects = legend->textRects();
        for (qsizetype i = 0; i < legendRects.size(); ++i) {
            rects->append(legendRects[i].translated(legendOrigin));
            texts->append(legend->entries()[i].text);
        }
    }
}

} // namespace deltatrace
