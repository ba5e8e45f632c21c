// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputplanefield.h"
#include "network.h"
#include "rule.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QLineF>
#include <QPolygonF>
#include <QSize>
#include <QString>

#include <array>
#include <optional>
#include <vector>

class QPainter;

namespace deltatrace {

// Everything the input plane's picture shows, as plain values: the weights (the heat map and
// lines follow from them), the samples and the (already translated) texts. All of it but the
// line saying where in the step we are, which changes at every operation while this changes only
// with the weights.
struct InputPlaneScene
{
    QSize size;                    // device-independent pixels
    qreal devicePixelRatio = 1.0;
    qreal logicalDpiX = 96.0;      // the widget's, so that text has the widget's size
    qreal logicalDpiY = 96.0;
    QFont font;
    QColor base = Qt::white;
    QColor ink = Qt::black;

    bool hasRun = false;
    Rule rule = Rule::Forward;
    InputMatrix X = InputMatrix::Zero();
    SampleVector D = SampleVector::Zero();
    Weights weights;
    bool finite = false;      // all weights finite (otherwise the picture says so)
    std::array<double, SampleCount> sampleOutputs{};

    struct Texts
    {
        QString title;
        QString noRun;
        QString notFinite;
        QString sample;        // "d = %1, y = %2"
        QString wrongSide;     // appended for a misclassified sample
        QString boundary;      // "W x = 0"
        QString positiveSide;  // "y > 0.5 this side"
    } texts;
};

// Paints an InputPlaneScene. A function of values only, so that it renders without the widget
// (a test can render a scene) and on any thread. The render computes the field (heat map and
// lines) of the scene's weights too.
//
// The frame (title, axes and colour bar) depends on the size, font and language only, not on the
// weights: it is painted once and copied at later renders, which repaint only the content.
class InputPlanePicture
{
public:
    static QImage render(const InputPlaneScene &scene);

private:
    enum Layer { Frame = 1, Content = 2, All = Frame | Content };
    static void paint(QPainter &p, const InputPlaneScene &scene, const InputPlaneField &field, int layers);
    // A canvas with the scene's frame painted on it.
    static QImage frame(const InputPlaneScene &scene);
};

} // namespace deltatrace
