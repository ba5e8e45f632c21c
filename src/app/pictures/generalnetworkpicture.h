// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerquantity.h"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <span>
#include <utility>
#include <vector>

class QPaintDevice;
class QPainter;
class QPalette;

namespace deltatrace {

class NetworkTrace;
struct NetworkStep;

// The network of a general run (lesson format 2) drawn layer by layer, inputs on the left and
// outputs on the right, in three steps: scene() reads what a position shows from its step (once
// per position), layout() places every unit, edge and text for a size and font, and paint() draws
// what the layout placed. Each is a value, so a test lays out and inspects the picture without
// painting, and the widget re-lays it out only when the position, size or font change.
class GeneralNetworkPicture
{
    // The picture's texts keep the widget's translation context.
    Q_DECLARE_TR_FUNCTIONS(deltatrace::GeneralNetworkDiagram)

public:
    // Which way the numbers flow at the current operation.
    enum class Phase { Forward, Backward, Update };

    // A column of units: the inputs, or the units of one layer, and the quantity they show.
    struct Column
    {
        QString title;      // "input", "hidden 1", "output"
        QString activation; // "tanh", ...; empty for the inputs
        QString quantity;   // what the units show: "x", "y1", "delta2"
        std::vector<double> values;
        bool known = true;   // false: computed later in this step (the units show "?")
        bool current = false; // the current operation computes these values
    };

    // What a position shows, read from its step once.
    struct Scene
    {
        bool hasRun = false;
        long long step = 0;
        int epoch = 0;
        int sample = 0;
        std::vector<Column> columns; // inputs, then each layer's units
        std::vector<double> target;  // d, beside the outputs
        // Per weight layer (l - 1): its weights as drawn, row-major units(l) x units(l - 1), and
        // whether they are the weights after this step's update.
        std::vector<std::vector<double>> weights;
        std::vector<bool> updated;
        LayerQuantity current;        // what the current operation computes
        QString currentName;          // its name, "delta2"
        Phase phase = Phase::Forward;
        int litLayer = 0;             // the weight layer whose edges the operation uses (0: none)
        bool targetLit = false;       // the output error: the target feeds it
        std::vector<double> matrix;   // a matrix operation's values (dW2, m1, ...), row-major
        // The longest input and target of the run's data as shown: their columns' widths stay
        // the same from sample to sample (widestData).
        QString widestInput;
        QString widestTarget;
    };

    // A unit (index >= 0) or an ellipsis row standing for `hidden` units (index -1).
    struct Unit
    {
        int column = 0; // columns.size() is the target column
        int index = 0;
        int hidden = 0;
        QRectF rect;
    };
    struct Text
    {
        enum Role { Where, Badge, Now, Title, Activation, Quantity, WeightName, Value, Index, Ellipsis };
        Role role = Value;
        QRectF rect;
        QString text;
        int column = -1; // the column (or, for WeightName, the weight layer) it belongs to
        int unit = -1;   // Value and Index: the unit
        bool lit = false;
        bool notFinite = false;
        bool pending = false;
        bool alignRight = false; // a value beside its unit's index
    };
    struct Edge
    {
        QPointF from;
        QPointF to;
        int layer = 1; // the weight layer, 1-based
        int row = 0;   // the unit it goes to
        int col = 0;   // the unit it comes from
        double weight = 0.0;
    };

    // Where everything goes, in widget pixels. Text is never smaller than the widget's font: a
    // smaller area shows fewer units per layer (down to the first, the largest and the last,
    // with "…" rows between), and below that `minimum` asks the parent for room.
    struct Layout
    {
        bool hasRun = false;
        // The compact form, where the full one would not fit the width: numbers to three digits,
        // no unit numbers (their tooltips say) and no weight names between the columns.
        bool compact = false;
        int digits = 4;  // significant digits of the values computed (inputs and targets: 4)
        QSizeF canvas;
        QSizeF minimum;  // the smallest canvas that holds the picture at this font
        qreal lineHeight = 0;
        qreal pad = 0;
        qreal unit = 0;  // what weight pens are scaled by
        std::vector<qreal> edgeUnits; // per weight layer: `unit`, thinner where many edges meet
        qreal unitHeight = 0;
        qreal textScale = 1.0; // the fonts' size relative to the widget's font (>= 1)
        std::vector<std::vector<int>> shown; // per column: the units shown, -1 for an ellipsis row
        std::vector<Unit> units;
        std::vector<Edge> edges;
        std::vector<Text> texts;
        std::vector<QLineF> targetLinks; // from an output to its target
        QRectF badge;                    // the pass badge (also a Text)

        // Every text of `role` (and, given, of `column`), in order.
        std::vector<const Text *> textsOf(Text::Role role, int column = -1) const;
    };

    static Scene scene(const NetworkTrace &trace, const NetworkStep &step, int operation);
    // The longest input and target texts of the run's data (once per run: N x (M + K) numbers).
    static std::pair<QString, QString> widestData(const NetworkTrace &trace);
    static Layout layout(const Scene &scene, QSizeF canvas, const QFont &font, const QPaintDevice *device);
    static void paint(QPainter &painter, const Scene &scene, const Layout &layout, const QFont &font, const QPalette &palette);

    // The units of a layer of `count` shown in at most `rows` rows: all of them if they fit, else
    // the first few, the one with the largest |value| (a non-finite one first) and the last, with
    // -1 for an ellipsis row wherever units are left out. `rows` below 5 is taken as 5.
    static std::vector<int> shownUnits(std::span<const double> values, int count, int rows);
    // A layer wider than this is always shortened, however much room there is.
    static constexpr int MaxRows = 10;

    static QString layerTitle(int layer, int layerCount);
    static QString passText(Phase phase);
};

} // namespace deltatrace
