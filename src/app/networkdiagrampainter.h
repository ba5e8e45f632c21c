#pragma once

#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QPointF>
#include <QSize>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace deltatrace {

// The network diagram's content and its painting, as a value: the run, the position and what
// follows from them (which values are computed, which element is lit), plus the size and font to
// paint at. A copy paints without the widget, so a test can render and inspect it.
class NetworkDiagramPainter
{
    // The diagram's texts keep the widget's translation context.
    Q_DECLARE_TR_FUNCTIONS(deltatrace::NetworkDiagram)

public:
    // The node and row a quantity belongs to, and the weight edges it involves.
    struct Highlight
    {
        QString node;               // "hidden", "output", "target", or "" for edges only
        std::optional<Quantity> row;
        std::optional<Quantity> edges; // W, W1 or W2
        std::optional<Quantity> change; // dW, dW1, dW2 (edge labels show it)
        bool backward = false;
    };
    struct Edge
    {
        QPointF from;
        QPointF to;
        Quantity layer = Quantity::W;
        int index = 0;   // row-major in the weight matrix
        double weight = 0.0;
    };
    // A painted picture and what the widget needs to know about it for tooltips.
    struct Picture
    {
        QImage image;
        std::vector<Edge> edges; // in widget coordinates
        bool compact = false;    // the compact layout (its legend is a tooltip instead)
    };

    void setTrace(std::shared_ptr<const Trace> trace);
    // Returns whether anything shown changed.
    bool setPosition(TracePosition position);
    // Where and how to paint: the widget's size, pixel ratio, dots per inch, font and palette.
    void setCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QFont &font, const QPalette &palette);

    const std::shared_ptr<const Trace> &trace() const { return m_trace; }
    TracePosition position() const { return m_position; }
    const StepRecord &record() const { return m_record; }
    bool backward() const { return m_backward; }

    bool computed(Quantity q) const;       // done at the current position
    double weightOf(Quantity layer, int index) const;
    std::optional<double> changeOf(Quantity layer, int index) const;
    QString valueText(Quantity q, int index) const;
    Highlight highlight() const;
    QString formulaFor(Quantity q) const;

    static QString nameOf(Quantity q);
    static QString weightName(Quantity layer, int index);

    Picture render() const;

private:
    void paint(QPainter &p, Picture &out) const;
    int width() const { return m_size.width(); }
    int height() const { return m_size.height(); }
    const QFont &font() const { return m_font; }
    const QPalette &palette() const { return m_palette; }
    qreal devicePixelRatioF() const { return m_devicePixelRatio; }

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    StepRecord m_record;
    bool m_backward = false;

    QSize m_size;
    qreal m_devicePixelRatio = 1.0;
    qreal m_dpiX = 96.0;
    qreal m_dpiY = 96.0;
    QFont m_font;
    QPalette m_palette;
};

} // namespace deltatrace
