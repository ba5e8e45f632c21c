// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalnetworkdiagram.h"

#include "networktrace.h"
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

GeneralNetworkDiagram::GeneralNetworkDiagram(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent); // the picture fills every pixel
}

void GeneralNetworkDiagram::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_trace = std::move(trace);
    m_position = {};
    m_widestData = m_trace ? GeneralNetworkPicture::widestData(*m_trace) : std::pair<QString, QString>();
    readScene();
    updateGeometry(); // the minimum size follows the network's shape
}

void GeneralNetworkDiagram::setPosition(NetworkPosition position)
{
    if (position == m_position && m_scene.hasRun)
        return;
    m_position = position;
    readScene();
}

void GeneralNetworkDiagram::readScene()
{
    m_scene = {};
    if (m_trace && m_trace->stepCount() > 0) {
        m_position.step = std::clamp(m_position.step, 0LL, m_trace->stepCount() - 1);
        // The step is read once per position: recomputing it from a checkpoint costs up to a
        // millisecond, and the layout and paints that follow read only the scene.
        m_scene = GeneralNetworkPicture::scene(*m_trace, m_trace->step(m_position.step), m_position.operation);
        m_scene.widestInput = m_widestData.first;
        m_scene.widestTarget = m_widestData.second;
    }
    invalidateLayout();
}

void GeneralNetworkDiagram::invalidateLayout()
{
    m_layout.reset();
    update();
}

const GeneralNetworkPicture::Layout &GeneralNetworkDiagram::currentLayout() const
{
    if (!m_layout)
        m_layout = GeneralNetworkPicture::layout(m_scene, QSizeF(size()), font(), this);
    return *m_layout;
}

QSize GeneralNetworkDiagram::sizeHint() const
{
    const int lh = fontMetrics().height();
    return QSize(lh * 52, lh * 30).expandedTo(minimumSizeHint());
}

QSize GeneralNetworkDiagram::minimumSizeHint() const
{
    // The minimum does not depend on the size laid out for: the current layout's serves.
    const QSizeF minimum = currentLayout().minimum;
    return {static_cast<int>(std::ceil(minimum.width())), static_cast<int>(std::ceil(minimum.height()))};
}

void GeneralNetworkDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    GeneralNetworkPicture::paint(p, m_scene, currentLayout(), font(), palette());
}

void GeneralNetworkDiagram::resizeEvent(QResizeEvent *event)
{
    m_layout.reset();
    QWidget::resizeEvent(event);
}

void GeneralNetworkDiagram::changeEvent(QEvent *event)
{
    // Every text is made from tr() strings and laid out in font() when the picture is laid out.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        if (event->type() == QEvent::LanguageChange)
            readScene(); // the layers' titles
        invalidateLayout();
        if (event->type() != QEvent::PaletteChange)
            updateGeometry();
    }
    QWidget::changeEvent(event);
}

bool GeneralNetworkDiagram::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_scene.hasRun)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPointF at = help->pos();
    const GeneralNetworkPicture::Layout &l = currentLayout();
    // A unit: its value as numpy names it, in full.
    for (const GeneralNetworkPicture::Unit &u : l.units) {
        if (u.index < 0 || !u.rect.contains(at))
            continue;
        const int columns = static_cast<int>(m_scene.columns.size());
        QString text;
        if (u.column == columns) {
            text = QStringLiteral("d[%1] = %2").arg(u.index).arg(NumberFormat::exact(m_scene.target[static_cast<std::size_t>(u.index)]));
        } else {
            const GeneralNetworkPicture::Column &c = m_scene.columns[static_cast<std::size_t>(u.column)];
            text = QStringLiteral("%1[%2] = %3")
                       .arg(c.quantity)
                       .arg(u.index)
                       .arg(c.known ? NumberFormat::exact(c.values[static_cast<std::size_t>(u.index)]) : QStringLiteral("?"));
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    // An edge: its weight and, for the current operation's matrix, that element.
    const GeneralNetworkPicture::Edge *best = nullptr;
    qreal bestDistance = fontMetrics().height() * 0.6;
    for (const GeneralNetworkPicture::Edge &e : l.edges) {
        const qreal d = distanceToSegment(at, e.from, e.to);
        if (d < bestDistance) {
            bestDistance = d;
            best = &e;
        }
    }
    if (!best) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Architecture &a = m_trace->architecture();
    const int element = best->row * a.units(best->layer - 1) + best->col;
    const LayerQuantity w{LayerQuantity::Kind::W, best->layer};
    QString text = QStringLiteral("%1 = %2").arg(QString::fromStdString(w.elementName(a, element)), NumberFormat::value(best->weight, 6));
    text += QLatin1Char('\n')
        + (m_scene.updated[static_cast<std::size_t>(best->layer - 1)] ? tr("after this step's update") : tr("before this step's update"));
    if (m_scene.current.isMatrix() && m_scene.current.layer == best->layer && element < static_cast<int>(m_scene.matrix.size()))
        text += QLatin1Char('\n')
            + QStringLiteral("%1 = %2").arg(QString::fromStdString(m_scene.current.elementName(a, element)),
                                            NumberFormat::value(m_scene.matrix[static_cast<std::size_t>(element)], 6));
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace deltatrace
