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
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

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
        // The longest lines the view may write under the title (where in the step we are), so
        // that the picture keeps room for them.
        QStringList stateSamples;
    } texts;
};

// Paints an InputPlaneScene in two steps: layout() places every text (title, axes, colour bar
// and the tags on the plot), and render() paints what the layout placed. The layout is a value of
// its own so that a test checks that texts stay inside the picture and apart without painting.
// Both are functions of values only, so a test can lay out or render a scene without the widget,
// on any thread. The render computes the field (heat map and lines) of the scene's weights too.
//
// The frame (title, axes and colour bar) depends on the size, font and language only, not on the
// weights: it is painted once and copied at later renders, which repaint only the content.
class InputPlanePicture
{
public:
    // One line of text: pieces drawn side by side (ShapedTextCache::drawPieces, so that a number
    // that changes at every step is shaped alone) in `rect`, which is its exact size.
    struct Text
    {
        QStringList pieces;
        QRectF rect;
        QString text() const { return pieces.join(QString()); }
    };
    // Text on a white pill: a sample's input, target and output, or the boundary's name.
    struct Tag
    {
        int sample = -1;          // -1: the single neuron's boundary
        bool wrong = false;       // the sample is on the wrong side: its output is red
        QRectF box;               // the pill
        std::vector<Text> lines;
        QLineF leader;            // from the sample's circle to the pill (none for the boundary's)
    };
    // How much a sample's tag says. Where the full tags find no room the picture shortens them
    // all alike, down to the output alone; a number is never cut.
    enum class TagDetail { Full, OneLine, NumberOnly };

    struct Layout
    {
        bool hasRun = false;  // without one the picture is a line of text saying so
        QSizeF canvas;
        qreal lineHeight = 0; // of the widget's font, the smallest any text here has
        std::vector<Text> title;  // word-wrapped
        // Room for the line (or lines, word-wrapped) the view writes under the title.
        QRectF state;
        qreal stateLineHeight = 0;
        QRectF plot;
        QRectF bar;
        std::vector<QLineF> ticks;
        std::vector<Text> tickLabels; // the axes' and the colour bar's
        std::vector<Text> axisNames;  // x1, x2 and y
        qreal sampleRadius = 0;
        qreal clearance = 0;      // around a sample's centre that no text covers

        // The content, with finite weights:
        TagDetail detail = TagDetail::Full;
        std::vector<Tag> sampleTags;  // one per sample, in sample order
        std::optional<Tag> boundaryTag; // the single neuron's, where it finds room
        std::vector<Text> hiddenTags;   // "h1".."h4" on their lines, those that find room
        std::vector<Text> message;      // the weights are not finite (word-wrapped)

        QPointF toPlot(double x1, double x2) const;
        // Every rectangle a text is drawn in (the view's state line is not here).
        std::vector<QRectF> textRects() const;
    };

    struct Rendered
    {
        QImage image;
        Layout layout;
    };

    // The layout as render() makes it, measured on a canvas of the scene's resolution.
    static Layout layout(const InputPlaneScene &scene);
    static Rendered render(const InputPlaneScene &scene);
    // The whole picture painted into `painter` from (0, 0), its background included, with nothing
    // cached: for a device that keeps vectors (an SVG or PDF generator), where the heat map is the
    // one image and the axes, lines, samples and tags stay vectors. The text is measured at the
    // scene's logical DPI, which the painter's device should have too. Returns the layout, for
    // what the caller adds (the view's line saying where in the step we are).
    static Layout paint(QPainter &painter, const InputPlaneScene &scene);
    // The smallest size at which every text of the picture fits the scene's font apart from the
    // others, whatever the outputs are (the tags shortened to the number if need be).
    static QSize minimumSize(const InputPlaneScene &scene);
    // `text` broken at spaces into lines at most `width` wide (a word longer than that stays whole
    // on a line of its own).
    static QStringList wrapped(const QFont &font, const QPaintDevice *device, const QString &text, qreal width);

private:
    enum Layer { Frame = 1, Content = 2, All = Frame | Content };
    static void paint(QPainter &p, const InputPlaneScene &scene, const Layout &layout, const InputPlaneField &field, int layers);
    // A canvas with the scene's frame painted on it.
    static QImage frame(const InputPlaneScene &scene);
};

} // namespace deltatrace
