#include "networkdiagram.h"

#include "numberformat.h"

#include <QEvent>
#include <QHelpEvent>
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
    return {lh * 52, lh * 34};
}

QSize NetworkDiagram::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    return {lh * 20, lh * 14};
}

void NetworkDiagram::setTrace(std::shared_ptr<const Trace> trace)
{
    m_painter.setTrace(std::move(trace));
    m_picture.invalidate();
    update();
}

void NetworkDiagram::setPosition(TracePosition position)
{
    if (m_painter.setPosition(position)) {
        m_picture.invalidate();
        update();
    }
}

NetworkDiagramPainter NetworkDiagram::canvasPainter() const
{
    NetworkDiagramPainter painter = m_painter;
    painter.setCanvas(size(), devicePixelRatioF(), logicalDpiX(), logicalDpiY(), font(), palette());
    return painter;
}

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    const NetworkDiagramPainter::Picture &picture = m_picture.current([painter = canvasPainter()] { return painter.render(); });
    m_edges = picture.edges;
    m_compact = picture.compact;
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
        update();
    }
    QWidget::changeEvent(event);
}

QString NetworkDiagram::highlightedElementForTesting() const
{
    if (!m_painter.trace())
        return QString();
    const NetworkDiagramPainter::Highlight h = m_painter.highlight();
    QStringList parts;
    if (!h.node.isEmpty())
        parts << h.node + QLatin1Char('.') + NetworkDiagramPainter::nameOf(*h.row);
    if (h.edges) {
        if (h.change)
            parts << NetworkDiagramPainter::nameOf(*h.edges) + QLatin1Char('.') + NetworkDiagramPainter::nameOf(*h.change);
        else
            parts << NetworkDiagramPainter::nameOf(*h.edges);
    }
    return parts.join(QLatin1Char(' '));
}

QString NetworkDiagram::shownValueForTesting(const QString &row) const
{
    if (!m_painter.trace())
        return QString();
    const qsizetype bracket = row.indexOf(QLatin1Char('['));
    const QString name = bracket < 0 ? row : row.left(bracket);
    const int index = bracket < 0 ? 0 : row.mid(bracket + 1).chopped(1).toInt();
    if (name == QLatin1String("x"))
        return NumberFormat::value(m_painter.record().x(index));
    if (name == QLatin1String("d"))
        return NumberFormat::value(m_painter.record().d);
    const auto q = quantityFromName(name.toStdString());
    return q ? m_painter.valueText(*q, index) : QString();
}

double NetworkDiagram::edgeWeightForTesting(Quantity weights, int index) const { return m_painter.weightOf(weights, index); }

bool NetworkDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_painter.trace()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        const NetworkDiagramPainter::Edge *best = nullptr;
        qreal bestDistance = fontMetrics().height() * 0.6;
        for (const NetworkDiagramPainter::Edge &e : m_edges) {
            const qreal d = distanceToSegment(at, e.from, e.to);
            if (d < bestDistance) {
                bestDistance = d;
                best = &e;
            }
        }
        if (best) {
            QString text = QStringLiteral("%1 = %2").arg(NetworkDiagramPainter::weightName(best->layer, best->index), NumberFormat::value(best->weight, 6));
            text += QLatin1Char('\n') + (m_painter.computed(best->layer) ? tr("after this step's update") : tr("before this step's update"));
            if (const auto change = m_painter.changeOf(best->layer, best->index))
                text += QLatin1Char('\n') + QStringLiteral("d%1 = %2").arg(NetworkDiagramPainter::weightName(best->layer, best->index), NumberFormat::value(*change, 6));
            QToolTip::showText(help->globalPos(), text, this);
        } else if (m_compact) {
            // The compact layout has no room for the legend: it shows on hover instead.
            const QStringList legend = {tr("positive weight"), tr("negative weight (dashed)"), tr("thicker = larger |weight|"),
                                        tr("? = not computed yet"), tr("computed by this operation")};
            QToolTip::showText(help->globalPos(), legend.join(QLatin1Char('\n')), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace deltatrace
