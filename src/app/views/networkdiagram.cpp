// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkdiagram.h"

#include "numberformat.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + ab * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

} // namespace

NetworkDiagram::NetworkDiagram(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent); // the picture covers every pixel
}

QSize NetworkDiagram::sizeHint() const
{
    const int lh = fontMetrics().height();
    return QSize(lh * 52, lh * 34).expandedTo(minimumSizeHint());
}

QSize NetworkDiagram::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    if (!m_scene.hasRun())
        return {lh * 20, lh * 6}; // the line saying there is no run
    const QSizeF minimum = NetworkDiagramPicture::layout(sceneToPaint()).minimum;
    return {static_cast<int>(std::ceil(minimum.width())), static_cast<int>(std::ceil(minimum.height()))};
}

void NetworkDiagram::setTrace(std::shared_ptr<const Trace> trace)
{
    m_scene.setTrace(std::move(trace));
    m_picture.invalidate();
    updateGeometry(); // the minimum size follows the network's shape
    update();
}

void NetworkDiagram::setPosition(TracePosition position)
{
    if (m_scene.setPosition(position)) {
        m_picture.invalidate();
        update();
    }
}

NetworkDiagramScene NetworkDiagram::sceneToPaint() const
{
    NetworkDiagramScene scene = m_scene;
    scene.setCanvas(size(), devicePixelRatioF(), logicalDpiX(), logicalDpiY(), font(), palette());
    return scene;
}

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    const NetworkDiagramPicture::Rendered &picture =
        m_picture.current([scene = sceneToPaint()] { return NetworkDiagramPicture::render(scene); });
    m_edges = picture.edges;
    m_compact = picture.compact;
    m_textRects = QList<QRectF>(picture.textRects.begin(), picture.textRects.end());
    QPainter p(this);
    p.drawImage(QPointF(0, 0), picture.image);
}

void NetworkDiagram::resizeEvent(QResizeEvent *event)
{
    m_picture.invalidate(); // painted afresh at the new size, at the next paint
    QWidget::resizeEvent(event);
}

void NetworkDiagram::changeEvent(QEvent *event)
{
    // Everything is drawn from tr() strings, font() and palette() at render time.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_picture.invalidate();
        if (event->type() != QEvent::PaletteChange)
            updateGeometry(); // the minimum size follows the font (and the words' widths)
        update();
    }
    QWidget::changeEvent(event);
}

bool NetworkDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_scene.trace()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        const NetworkDiagramPicture::Edge *best = nullptr;
        qreal bestDistance = fontMetrics().height() * 0.6;
        for (const NetworkDiagramPicture::Edge &e : m_edges) {
            const qreal d = distanceToSegment(at, e.from, e.to);
            if (d < bestDistance) {
                bestDistance = d;
                best = &e;
            }
        }
        if (best) {
            QString text = QStringLiteral("%1 = %2").arg(NetworkDiagramScene::weightName(best->layer, best->index), NumberFormat::value(best->weight, 6));
            text += QLatin1Char('\n') + (m_scene.computed(best->layer) ? tr("after this step's update") : tr("before this step's update"));
            if (const auto change = m_scene.changeOf(best->layer, best->index))
                text += QLatin1Char('\n') + QStringLiteral("%1 = %2").arg(NetworkDiagramScene::changeName(best->layer, best->index), NumberFormat::value(*change, 6));
            QToolTip::showText(help->globalPos(), text, this);
        } else if (m_compact) {
            // The compact layout has no room for the legend: it shows on hover instead.
            QToolTip::showText(help->globalPos(), NetworkDiagramPicture::legendTexts().join(QLatin1Char('\n')), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

PictureExporter::Picture NetworkDiagram::picture() const
{
    const NetworkDiagramScene scene = sceneToPaint();
    // Laid out as on screen, measured at the widget's DPI (which the exporter gives its devices).
    const NetworkDiagramPicture::Layout layout = NetworkDiagramPicture::layout(scene);
    PictureExporter::Picture picture = PictureExporter::Picture::of(this, QStringLiteral("network-diagram"));
    picture.paint = [scene, layout](QPainter &p, qreal) { NetworkDiagramPicture::paint(p, scene, layout); };
    return picture;
}

void NetworkDiagram::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    PictureExporter::addActions(menu, this, [this] { return picture(); });
    menu.exec(event->globalPos());
}

} // namespace deltatrace
