#pragma once

#include "cachedpicture.h"
#include "networkdiagrampainter.h"
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
    TracePosition position() const { return m_painter.position(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What the current operation highlights, e.g. "hidden.v1 W1", "output.y", "target.e",
    // "W2.dW2": the node and value row, then the weight edges; "" without a trace.
    QString highlightedElementForTesting() const;
    bool backwardForTesting() const { return m_painter.backward(); }
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
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    NetworkDiagramPainter canvasPainter() const; // the content, with this widget's size and font

    NetworkDiagramPainter m_painter; // the run and position shown (its canvas is set at render time)
    CachedPicture<NetworkDiagramPainter::Picture> m_picture;
    // Edges as last painted, in widget coordinates, for tooltips.
    std::vector<NetworkDiagramPainter::Edge> m_edges;
    // The compact layout was painted last (its legend is a tooltip instead).
    bool m_compact = false;
};

} // namespace deltatrace
