// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QFont>
#include <QPalette>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace deltatrace {

// Everything the network diagram shows, as a value: the run, the position and what follows from
// them (which values are computed, which element is lit), plus the size, font and palette to
// paint at. NetworkDiagramPicture lays it out and paints it; being a copy of plain data, it
// paints without the widget, so a test can lay out, render and inspect it.
class NetworkDiagramScene
{
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

    void setTrace(std::shared_ptr<const Trace> trace);
    // Returns whether anything shown changed.
    bool setPosition(TracePosition position);
    // Where and how to paint: the widget's size, pixel ratio, dots per inch, font and palette.
    void setCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QFont &font, const QPalette &palette);

    const std::shared_ptr<const Trace> &trace() const { return m_trace; }
    TracePosition position() const { return m_position; }
    const StepRecord &record() const { return m_record; }
    bool backward() const { return m_backward; }
    // Whether there is a run with steps to show (otherwise the diagram says there is none).
    bool hasRun() const { return m_trace && m_trace->stepCount() > 0; }
    // The quantity the current operation computes (a run is needed).
    Quantity current() const;

    QSize size() const { return m_size; }
    qreal devicePixelRatio() const { return m_devicePixelRatio; }
    qreal dpiX() const { return m_dpiX; }
    qreal dpiY() const { return m_dpiY; }
    const QFont &font() const { return m_font; }
    const QPalette &palette() const { return m_palette; }

    bool computed(Quantity q) const;       // done at the current position
    double weightOf(Quantity layer, int index) const;
    std::optional<double> changeOf(Quantity layer, int index) const;
    // The text a value row shows: the value, or "?" before it is computed.
    QString valueText(Quantity q, int index) const;
    Highlight highlight() const;
    QString formulaFor(Quantity q) const;

    static QString nameOf(Quantity q);
    static QString weightName(Quantity layer, int index);
    // The name of that weight's change in this step, as numpy indexes it ("dW[1]", "dW1[2,0]").
    static QString changeName(Quantity layer, int index);
    static Quantity changeQuantity(Quantity layer);

private:
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
