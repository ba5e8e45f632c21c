// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generalnetworkpicture.h"
#include "networkposition.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace deltatrace {

class NetworkTrace;

// The network of a general run (lesson format 2), layer by layer from the inputs x on the left to
// the outputs and their targets d on the right, at the current position. Each unit shows the
// value of its layer's quantity that matters to the current operation (v or y going forward, e or
// delta going back, x for the inputs; "?" for what is still to come); each weight is an edge,
// blue when positive, red and dashed when negative, thicker when larger, drawn as it is before
// the step until its layer's update is done. The quantity the operation computes is lit, named
// over its column (or, for a weight matrix, between the columns it joins). A layer wider than
// about ten units shows its first units, "… 12 more", the largest and the last.
class GeneralNetworkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralNetworkDiagram(QWidget *parent = nullptr);

    // A new run; nullptr shows nothing.
    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    // The place shown: reads its step once, lays out at the next paint.
    void setPosition(deltatrace::NetworkPosition position);
    NetworkPosition position() const { return m_position; }

    // What is shown, and where it is drawn at the widget's size and font (for tests and tooltips).
    const GeneralNetworkPicture::Scene &scene() const { return m_scene; }
    const GeneralNetworkPicture::Layout &currentLayout() const;

    QSize sizeHint() const override;
    // The smallest picture at this font: a smaller area gets a scroll bar from the parent rather
    // than smaller text.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void readScene();
    void invalidateLayout();

    std::shared_ptr<const NetworkTrace> m_trace;
    NetworkPosition m_position;
    GeneralNetworkPicture::Scene m_scene;
    std::pair<QString, QString> m_widestData; // the run's longest input and target (widestData)
    mutable std::optional<GeneralNetworkPicture::Layout> m_layout; // laid out at the next paint
};

} // namespace deltatrace
