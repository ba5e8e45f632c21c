// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networkdiagramscene.h"

#include <QCoreApplication>
#include <QImage>
#include <QLineF>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

class QPaintDevice;
class QPainter;

namespace deltatrace {

// Paints a NetworkDiagramScene in two steps: layout() places every node, edge and text label,
// and render() paints what the layout placed. The layout is a value of its own so that what
// depends on geometry (the widget's tooltips, and a test's checks that labels stay inside the
// picture and apart) reads it without painting.
class NetworkDiagramPicture
{
    // The diagram's texts keep the widget's translation context.
    Q_DECLARE_TR_FUNCTIONS(deltatrace::NetworkDiagram)

public:
    struct Edge
    {
        QPointF from;
        QPointF to;
        Quantity layer = Quantity::W;
        int index = 0;   // row-major in the weight matrix
        double weight = 0.0;
    };
    // The weight (and, once computed, its change) written on an edge.
    struct EdgeLabel
    {
        struct Line
        {
            QStringList pieces; // the words and the number, drawn as pieces (ShapedTextCache::drawPieces)
            double value = 0.0; // its colour follows the number's sign
            QRectF rect;
        };
        std::size_t edge = 0; // into Layout::edges
        bool current = false; // the current operation's values: always shown, in full
        QRectF box;
        std::vector<Line> lines;
    };
    struct InputNode
    {
        QPointF centre;
        QRectF name;  // "x[0]" in the top half of the circle
        QRectF value; // its value in the bottom half
    };
    struct LegendEntry
    {
        enum Kind { Line, Text, Pending, Swatch } kind = Text;
        QPen pen;      // Line: the weight pen it shows
        QString text;
        QLineF line;   // Line: the sample stroke
        QRectF swatch; // Swatch: the highlight colour
        QRectF textRect;
    };

    // Where everything goes, in widget pixels (`scale` stays 1: text is never scaled down; a
    // large area gets larger fonts instead, up to 1.5 times the widget's).
    //
    // The picture is columns of nodes computed from the layer sizes (inputs with the bias input,
    // hidden units, the output), spread across the area. Among the forms, from the full one
    // (where-line, legend, four rows per hidden unit) to the compact one with a single hidden row,
    // the first that fits the area at the widget's font is chosen; its text then grows while it
    // still fits. `minimum` is what the smallest form needs: the widget's minimum size.
    struct Layout
    {
        bool hasRun = false;  // without one the picture is a line of text saying so
        // The compact layout keeps the text readable where the full one would not fit: one
        // header line, the target under the output, shorter edge labels, the legend as a tooltip,
        // and fewer value rows per hidden unit.
        bool compact = false;
        // The tightest layout (large type on a small screen): the hidden units' quantity is
        // named once, in `hiddenTitle`, and their boxes and the target's have no header.
        bool tight = false;
        bool biasBelow = false; // the bias input's label under its circle (else beside it)
        qreal scale = 1.0;     // layout units to widget pixels
        qreal textScale = 1.0; // the fonts' size relative to the widget's font (>= 1)
        QSizeF canvas;        // the picture's size in layout units
        QSizeF natural;       // the smallest canvas the chosen form fits at the widget's font
        QSizeF minimum;       // the smallest canvas any form fits at the widget's font

        qreal lineHeight = 0; // of the base font; every distance is a multiple of it
        qreal pad = 0;
        qreal rowHeight = 0;  // a value row in a node box
        qreal headHeight = 0; // a node box's header
        qreal unit = 0;       // what weight pens are scaled by
        qreal radius = 0;     // of the input circles

        QRectF where;         // epoch, sample, input and target (empty in compact)
        QString passText;     // forward or backward pass, in `badge`
        QRectF badge;
        QRectF now;           // the formula of this operation

        std::vector<InputNode> inputs;
        QRectF biasLabel;
        std::vector<QRectF> hiddenBoxes; // empty for the single neuron
        QRectF hiddenTitle;              // tight only: above the hidden units' column
        int firstHiddenRow = 0;          // the hidden units show rows first..first+count-1 of
        int hiddenRowCount = 4;          // v1, y1, e1, delta1
        QRectF outputBox;
        QRectF targetBox;                // empty when the rule does not learn
        QLineF targetLink;               // from the output to the target
        std::vector<Edge> edges;
        std::vector<EdgeLabel> edgeLabels;
        std::vector<LegendEntry> legend; // empty in compact

        QRectF boxHeaderRect(const QRectF &box) const;
        // Value row `row` of a box, under its header if it has one.
        QRectF rowRect(const QRectF &box, int row, bool headed = true) const;
        // Every rectangle a text is drawn in, in layout units.
        std::vector<QRectF> textRects() const;
        // The node boxes and the input circles' bounding squares, in layout units.
        std::vector<QRectF> nodeRects() const;
    };

    // A painted picture and what the widget needs to know about it for tooltips.
    struct Rendered
    {
        QImage image;
        std::vector<Edge> edges; // in widget coordinates
        std::vector<QRectF> textRects; // Layout::textRects in widget coordinates
        bool compact = false;    // the compact layout (its legend is a tooltip instead)
    };

    // The layout as render() makes it, measured on a canvas of the scene's resolution.
    static Layout layout(const NetworkDiagramScene &scene);
    static Rendered render(const NetworkDiagramScene &scene);
    // Paints what `layout` placed for `scene` into `painter`, in layout units from (0, 0), over a
    // background the caller fills (the scene palette's Base). render() paints into an image; the
    // picture exporter paints into an SVG generator, where every line and text stays a vector. The
    // layout must be measured at the logical DPI of the painter's device (layout() measures at
    // the scene's), or the text would not fit the boxes made for it.
    static void paint(QPainter &painter, const NetworkDiagramScene &scene, const Layout &layout);

    // The legend's texts, also the compact layout's tooltip.
    static QStringList legendTexts();

private:
    static Layout layout(const NetworkDiagramScene &scene, const QPaintDevice *device);
};

} // namespace deltatrace
