#pragma once

#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace deltatrace {

// The network as a picture, at the current position: inputs x1, x2 and the bias input 1, the
// hidden units (lesson 3), the output and, beside it, the target d and the error e. Each node
// shows the values computed so far in this sample step ("?" for those still to come); each
// weight is an edge, blue when positive, red and dashed when negative, thicker when larger in
// size, drawn with the weights before the update until the update is done. The element the
// current operation computes is highlighted, and arrows show which way the numbers flow: forward
// for v and y, backward for the error and the weight changes.
class NetworkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void setPosition(TracePosition position);
    TracePosition position() const { return m_position; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What the current operation highlights, e.g. "hidden.v1 W1", "output.y", "target.e",
    // "W2.dW2": the node and value row, then the weight edges; "" without a trace.
    QString highlightedElementForTesting() const;
    bool backwardForTesting() const { return m_backward; }
    // The text a value row shows: "v1[2]" (hidden unit 3), "y", "e", "x[0]", ...; "?" before it is
    // computed.
    QString shownValueForTesting(const QString &row) const;
    // The weight an edge is drawn with (before or after the update, as the position says).
    double edgeWeightForTesting(Quantity weights, int index) const;

public slots:
    void setPositionSlot(deltatrace::TracePosition position) { setPosition(position); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
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

    bool computed(Quantity q) const;       // done at the current position
    double weightOf(Quantity layer, int index) const;
    std::optional<double> changeOf(Quantity layer, int index) const;
    QString valueText(Quantity q, int index) const;
    Highlight highlight() const;
    QString formulaFor(Quantity q) const;

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    StepRecord m_record;
    bool m_backward = false;
    // Edges as last painted, in widget coordinates, for tooltips.
    std::vector<Edge> m_edges;
    // The compact layout was painted last (its legend is a tooltip instead).
    bool m_compact = false;
};

} // namespace deltatrace
