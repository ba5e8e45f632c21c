// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedpicture.h"
#include "inputplanefield.h"
#include "inputplanepicture.h"
#include "pictureexporter.h"
#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class QPainter;

namespace deltatrace {

// What the network does with every input, not just the four samples: its output y over the
// plane (x1, x2) with the bias input x3 = 1, as a heat map for the weights of the current
// position. The four samples sit on it, filled with their target's colour, so a learner sees
// at once which are on the wrong side. For the single neuron the boundary W x = 0 (y = 0.5) is a
// straight line, which is why XOR cannot be learned; for the 3-4-1 network the y = 0.5 contour
// bends, and each hidden unit's own line W1[i] x = 0 is drawn faintly.
class InputPlaneView : public QWidget
{
    Q_OBJECT
public:
    // The plane shown: a margin around the unit square keeps the samples off the edge.
    static constexpr double DomainMin = InputPlaneField::DomainMin;
    static constexpr double DomainMax = InputPlaneField::DomainMax;
    static constexpr int Cells = InputPlaneField::Cells;

    explicit InputPlaneView(QWidget *parent = nullptr);
    ~InputPlaneView() override;

    void setTrace(std::shared_ptr<const Trace> trace);
    void setPosition(TracePosition position);

    QSize sizeHint() const override;
    // Large enough for every text at the widget's font, apart from each other.
    QSize minimumSizeHint() const override;
    // Where every text is painted, in widget coordinates: the picture's (its layout's textRects)
    // and then the line saying where in the step we are. As last painted, or, when the view
    // changed since without a paint (it is behind another dock's tab), as the next paint will
    // place them: never the texts of an earlier size, run or position.
    QList<QRectF> paintedTextRects() const;

    // The cell of the heat map (InputPlaneField::heatMap) that the point (x1, x2) falls in.
    static QPoint heatMapCellFor(double x1, double x2);
    // What the picture shows, as plain values: the weights of the current position (the heat map
    // and the lines follow from them), the samples and the network's outputs for them.
    InputPlaneScene scene() const;
    // Work done, for tests that count it: fields computed for new finite weights, and pictures
    // (all but the where-in-the-step line) painted afresh.
    int imageComputationsForTesting() const { return m_computations; }
    int pictureRendersForTesting() const { return m_picture.renders(); }
    // The picture as shown now, to save (its context menu) or print: the heat map an image,
    // everything else vectors.
    PictureExporter::Picture picture() const;

public slots:
    void setPositionSlot(deltatrace::TracePosition position) { setPosition(position); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Weights currentWeights() const;
    // The line saying where in the step we are, word-wrapped in the room the layout keeps for it:
    // each line and its rectangle.
    QList<std::pair<QString, QRectF>> stateLines(const InputPlanePicture::Layout &layout) const;
    void paintState(QPainter &p, const InputPlanePicture::Layout &layout);
    QString stateText() const;
    // The outputs of the current weights; the picture is rendered afresh if they changed.
    void recompute();

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    StepRecord m_record;
    bool m_haveRecord = false;

    // Cache: the picture depends only on the weights.
    std::optional<Weights> m_cachedWeights;
    bool m_finite = false;
    std::array<double, SampleCount> m_sampleOutputs{};
    int m_computations = 0;
    // The picture of everything but the where-in-the-step line, rendered at the next paint.
    CachedPicture<InputPlanePicture::Rendered> m_picture;
    // minimumSizeHint, measured again after a change of font, language or run.
    mutable std::optional<QSize> m_minimumSize;
};

} // namespace deltatrace
