// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkDiagram: shows the values of the current position (and "?" for those to come), draws
// each weight as it is at that moment, and highlights what the current operation computes.
#include "coursefixtures.h"
#include "networkdiagram.h"
#include "networkdiagrampicture.h"
#include "numberformat.h"
#include "paintcounter.h"
#include "trainer.h"
#include "valuecolors.h"

#include <QDir>
#include <QImage>
#include <QTest>

#include <set>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::SampleVector)

namespace {

std::shared_ptr<const Trace> record(Rule rule, SampleVector D, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    return fixtures::recordShared(fixtures::courseSpec(rule, D, epochs, alpha, seed));
}

QImage render(QWidget &w)
{
    QImage image(w.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    w.render(&image);
    return image;
}

// Pixels of the highlight's hue (the halo and the row tint are blends of it with white).
int highlightPixels(const QImage &image)
{
    const int hue = ValueColors::highlight().hsvHue();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 60 && std::abs(c.hsvHue() - hue) <= 6)
                ++n;
        }
    return n;
}

QString name(Quantity q) { return QString::fromLatin1(quantityName(q).data()); }

// What the current operation highlights, e.g. "hidden.v1 W1", "output.y", "target.e", "W2.dW2":
// the node and value row, then the weight edges; "" without a trace.
QString highlightedElement(const NetworkDiagram &diagram)
{
    if (!diagram.scene().trace())
        return QString();
    const NetworkDiagramScene::Highlight h = diagram.scene().highlight();
    QStringList parts;
    if (!h.node.isEmpty())
        parts << h.node + QLatin1Char('.') + name(*h.row);
    if (h.edges)
        parts << (h.change ? name(*h.edges) + QLatin1Char('.') + name(*h.change) : name(*h.edges));
    return parts.join(QLatin1Char(' '));
}

// The text a value row shows: "v1[2]" (hidden unit 3), "y", "e", "x[0]", ...; "?" before it is
// computed.
QString shownValue(const NetworkDiagram &diagram, const QString &row)
{
    const NetworkDiagramScene &scene = diagram.scene();
    const qsizetype bracket = row.indexOf(QLatin1Char('['));
    const QString quantity = bracket < 0 ? row : row.left(bracket);
    const int index = bracket < 0 ? 0 : row.mid(bracket + 1).chopped(1).toInt();
    if (quantity == QLatin1String("x"))
        return NumberFormat::value(scene.record().x(index));
    if (quantity == QLatin1String("d"))
        return NumberFormat::value(scene.record().d);
    const auto q = quantityFromName(quantity.toStdString());
    return q ? scene.valueText(*q, index) : QString();
}

// The diagram's layout at its size and font, as its next paint makes it.
NetworkDiagramPicture::Layout layoutOf(const NetworkDiagram &diagram)
{
    NetworkDiagramScene scene = diagram.scene();
    scene.setCanvas(diagram.size(), 1.0, diagram.logicalDpiX(), diagram.logicalDpiY(), diagram.font(), diagram.palette());
    return NetworkDiagramPicture::layout(scene);
}

// The weight the edge of weights[index] is drawn with.
double edgeWeight(const NetworkDiagram &diagram, Quantity weights, int index)
{
    for (const NetworkDiagramPicture::Edge &e : layoutOf(diagram).edges)
        if (e.layer == weights && e.index == index)
            return e.weight;
    qFatal("no edge for this weight");
}


// The widget's font times `factor` (presenter mode and zoom scale the application font).
QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Every text inside the picture, apart from every other, and off every node it does not belong
// to (a node's own texts lie inside it); none smaller than `font`. Empty when all hold.
QString textProblems(const NetworkDiagramPicture::Layout &layout, const std::vector<QRectF> &texts, QSizeF canvas, const QFont &font)
{
    const QRectF picture(QPointF(0, 0), canvas);
    const qreal fontHeight = QFontMetricsF(font).height();
    if (layout.textScale < 1.0)
        return QStringLiteral("text scaled by %1").arg(layout.textScale);
    std::vector<QRectF> nodes;
    for (const QRectF &node : layout.nodeRects())
        nodes.emplace_back(node.topLeft() * layout.scale, node.size() * layout.scale);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        // Rectangles that touch meet at sums of fractions: a rounding error is no overlap.
        const QRectF t = texts[i].adjusted(0.01, 0.01, -0.01, -0.01);
        if (!picture.contains(t))
            return QStringLiteral("text %1 leaves the picture").arg(rectText(t));
        if (t.height() < fontHeight * 0.99)
            return QStringLiteral("text %1 lower than the font's %2").arg(rectText(t)).arg(fontHeight);
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            if (t.intersects(texts[j]))
                return QStringLiteral("texts %1 and %2 overlap").arg(rectText(t), rectText(texts[j]));
        for (const QRectF &node : nodes)
            if (!node.contains(t) && node.intersects(t))
                return QStringLiteral("text %1 overlaps node %2").arg(rectText(t), rectText(node));
    }
    return QString();
}

} // namespace

class TestNetworkDiagram : public QObject
{
    Q_OBJECT
private slots:
    void rendersSomething_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::newRow("forward") << Rule::Forward;
        QTest::newRow("delta rule") << Rule::DeltaRule;
        QTest::newRow("backprop-ce") << Rule::BackpropCrossEntropy;
    }
    void rendersSomething()
    {
        QFETCH(Rule, rule);
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(record(rule, fixtures::xorTargets(), rule == Rule::Forward ? 1 : 3));
        diagram.setPosition({2, 1});
        const QImage image = render(diagram);
        std::set<QRgb> colours;
        int ink = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                colours.insert(image.pixel(x, y));
                ink += qGray(image.pixel(x, y)) < 128;
            }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY(ink > 500); // text and edges
    }

    void highlightsWhatEachOperationComputes_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("element");
        QTest::addColumn<bool>("backward");
        struct Row { Rule rule; Quantity q; const char *element; bool backward; };
        const Row rows[] = {
            {Rule::Forward, Quantity::V, "output.v W", false},
            {Rule::Forward, Quantity::Y, "output.y", false},
            {Rule::DeltaRule, Quantity::V, "output.v W", false},
            {Rule::DeltaRule, Quantity::Y, "output.y", false},
            {Rule::DeltaRule, Quantity::E, "target.e", true},
            {Rule::DeltaRule, Quantity::Delta, "output.delta", true},
            {Rule::DeltaRule, Quantity::DW, "W.dW", true},
            {Rule::DeltaRule, Quantity::W, "W.W", true},
            {Rule::BackpropSigmoid, Quantity::V1, "hidden.v1 W1", false},
            {Rule::BackpropSigmoid, Quantity::Y1, "hidden.y1", false},
            {Rule::BackpropSigmoid, Quantity::V, "output.v W2", false},
            {Rule::BackpropSigmoid, Quantity::Y, "output.y", false},
            {Rule::BackpropSigmoid, Quantity::E, "target.e", true},
            {Rule::BackpropSigmoid, Quantity::Delta, "output.delta", true},
            {Rule::BackpropSigmoid, Quantity::E1, "hidden.e1 W2", true},
            {Rule::BackpropSigmoid, Quantity::Delta1, "hidden.delta1", true},
            {Rule::BackpropSigmoid, Quantity::DW1, "W1.dW1", true},
            {Rule::BackpropSigmoid, Quantity::W1, "W1.W1", true},
            {Rule::BackpropSigmoid, Quantity::DW2, "W2.dW2", true},
            {Rule::BackpropSigmoid, Quantity::W2, "W2.W2", true},
            {Rule::BackpropCrossEntropy, Quantity::Delta, "output.delta", true},
            {Rule::BackpropCrossEntropy, Quantity::E1, "hidden.e1 W2", true},
        };
        for (const Row &r : rows) {
            const auto ops = operationsOf(r.rule);
            const int op = static_cast<int>(std::find(ops.begin(), ops.end(), r.q) - ops.begin());
            QTest::addRow("%s: %s", quantityName(r.q).data(), ruleName(r.rule).data())
                << r.rule << op << QString::fromLatin1(r.element) << r.backward;
        }
    }
    void highlightsWhatEachOperationComputes()
    {
        QFETCH(Rule, rule);
        QFETCH(int, operation);
        QFETCH(QString, element);
        QFETCH(bool, backward);
        QVERIFY(operation < int(operationsOf(rule).size()));
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(record(rule, fixtures::xorTargets(), rule == Rule::Forward ? 1 : 2));
        diagram.setPosition({1, operation});
        QCOMPARE(highlightedElement(diagram), element);
        QCOMPARE(diagram.scene().backward(), backward);
        QVERIFY2(highlightPixels(render(diagram)) > 100, "the highlight is not drawn");
    }

    void everyOperationIsCovered()
    {
        // The table above names every operation of every rule at least once.
        for (Rule rule : {Rule::Forward, Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy}) {
            NetworkDiagram diagram;
            diagram.setTrace(record(rule, fixtures::xorTargets(), 1));
            const auto ops = operationsOf(rule);
            std::set<QString> seen;
            for (int op = 0; op < int(ops.size()); ++op) {
                diagram.setPosition({0, op});
                const QString element = highlightedElement(diagram);
                QVERIFY2(element.contains(name(ops[static_cast<std::size_t>(op)])), qPrintable(element));
                seen.insert(element);
            }
            QCOMPARE(seen.size(), ops.size()); // no two operations look alike
        }
    }

    void showsTheTracesValuesWhenComputed()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 3);
        NetworkDiagram diagram;
        diagram.setTrace(trace);
        const long long step = 6;
        const StepRecord r = trace->step(step);
        const auto ops = operationsOf(Rule::BackpropCrossEntropy);
        for (int op = 0; op < int(ops.size()); ++op) {
            diagram.setPosition({step, op});
            auto done = [&](Quantity q) { return std::find(ops.begin(), ops.begin() + op + 1, q) != ops.begin() + op + 1; };
            auto expect = [&](Quantity q, int i) { return done(q) ? NumberFormat::value(r.values(q)[static_cast<std::size_t>(i)]) : QStringLiteral("?"); };
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(shownValue(diagram, QStringLiteral("v1[%1]").arg(i)), expect(Quantity::V1, i));
                QCOMPARE(shownValue(diagram, QStringLiteral("y1[%1]").arg(i)), expect(Quantity::Y1, i));
                QCOMPARE(shownValue(diagram, QStringLiteral("e1[%1]").arg(i)), expect(Quantity::E1, i));
                QCOMPARE(shownValue(diagram, QStringLiteral("delta1[%1]").arg(i)), expect(Quantity::Delta1, i));
            }
            QCOMPARE(shownValue(diagram, QStringLiteral("y")), expect(Quantity::Y, 0));
            QCOMPARE(shownValue(diagram, QStringLiteral("e")), expect(Quantity::E, 0));
            QCOMPARE(shownValue(diagram, QStringLiteral("delta")), expect(Quantity::Delta, 0));
            QCOMPARE(shownValue(diagram, QStringLiteral("x[1]")), NumberFormat::value(r.x(1)));
            QCOMPARE(shownValue(diagram, QStringLiteral("d")), NumberFormat::value(r.d));
            // Weights: before the update until the update of that layer is done.
            for (int i = 0; i < 12; ++i)
                QCOMPARE(edgeWeight(diagram, Quantity::W1, i), (done(Quantity::W1) ? r.after : r.before).W1.data()[i]);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(edgeWeight(diagram, Quantity::W2, i), (done(Quantity::W2) ? r.after : r.before).W2(i));
        }
    }

    void nonFiniteValuesDoNotBreakIt()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, SampleVector(0, 1e308, 1, 0), 4);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(trace);
        for (long long s = 0; s < trace->stepCount(); ++s)
            for (int op = 0; op < 12; ++op) {
                diagram.setPosition({s, op});
                QVERIFY(!render(diagram).isNull());
            }
        diagram.setPosition({trace->stepCount() - 1, 11});
        QCOMPARE(shownValue(diagram, QStringLiteral("y")), QStringLiteral("NaN"));
    }

    void followsPositionsAcrossALongCheckpointedRun()
    {
        // Each move recomputes its step from a checkpoint; the diagram must show that step's
        // numbers. (Speed: deltatrace-guibench.)
        const auto trace = record(Rule::BackpropSigmoid, fixtures::xorTargets(), 1'000'000);
        QVERIFY(!trace->hasFullRecord());
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(trace);
        for (long long step : {3'999'999LL, 17LL, 2'345'678LL}) {
            diagram.setPosition({step, 11});
            const StepRecord r = trace->step(step);
            QCOMPARE(shownValue(diagram, QStringLiteral("y")), NumberFormat::value(r.y));
            QCOMPARE(shownValue(diagram, QStringLiteral("delta1[2]")), NumberFormat::value(r.delta1(2)));
            QCOMPARE(edgeWeight(diagram, Quantity::W2, 3), r.after.W2(3));
            QVERIFY(!diagram.grab().isNull());
        }
    }

    void repaintsAtEveryMove()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 50);
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(trace);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        fixtures::PaintCounter counter(&diagram);
        for (const TracePosition at : {TracePosition{7, 2}, TracePosition{7, 3}, TracePosition{150, 11}}) {
            const int paints = counter.paints;
            diagram.setPosition(at);
            fixtures::PaintCounter::paintRequestedUpdates();
            QCOMPARE(counter.paints, paints + 1);
        }
        QCOMPARE(shownValue(diagram, QStringLiteral("y")), NumberFormat::value(trace->step(150).y));
    }

    void followsTheFont()
    {
        NetworkDiagram diagram;
        const QSize small = diagram.sizeHint();
        QFont big = diagram.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        diagram.setFont(big);
        QVERIFY(diagram.sizeHint().width() > small.width() * 3 / 2);
    }

    void layoutPlacesEveryLabelInsideThePicture_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("compact");
        QTest::addColumn<int>("edges");
        QTest::newRow("forward") << Rule::Forward << QSize(900, 600) << false << 3;
        QTest::newRow("delta rule") << Rule::DeltaRule << QSize(900, 600) << false << 3;
        QTest::newRow("backprop") << Rule::BackpropCrossEntropy << QSize(900, 600) << false << 16;
        QTest::newRow("backprop, large") << Rule::BackpropCrossEntropy << QSize(1800, 1000) << false << 16;
        // Smaller than the minimum: the widget takes its minimum (a scroll area's parent scrolls).
        QTest::newRow("backprop, compact") << Rule::BackpropCrossEntropy << QSize(420, 300) << true << 16;
        QTest::newRow("delta rule, compact") << Rule::DeltaRule << QSize(300, 220) << true << 3;
    }
    void layoutPlacesEveryLabelInsideThePicture()
    {
        QFETCH(Rule, rule);
        QFETCH(QSize, size);
        QFETCH(bool, compact);
        QFETCH(int, edges);
        NetworkDiagram diagram;
        diagram.setTrace(record(rule, fixtures::xorTargets(), 2));
        diagram.resize(size.expandedTo(diagram.minimumSizeHint()));
        diagram.setPosition({5, int(operationsOf(rule).size()) - 1});
        const NetworkDiagramPicture::Layout layout = layoutOf(diagram);
        QVERIFY(layout.hasRun);
        QCOMPARE(layout.compact, compact);
        QCOMPARE(int(layout.edges.size()), edges);
        QCOMPARE(layout.legend.empty(), compact);
        const QRectF picture(QPointF(0, 0), layout.canvas);
        const std::vector<QRectF> texts = layout.textRects();
        QVERIFY(texts.size() > 10);
        for (const QRectF &text : texts)
            QVERIFY2(picture.contains(text), qPrintable(rectText(text)));
    }

    // At the sizes the window gives the diagram (1366x768, presenter mode, 1600x1000,
    // 1920x1080, larger), for every operation of a step: the text is at least the widget's font,
    // stays inside the widget and apart, and the current operation's edge values show in full.
    void textIsReadableAndNeverOverlaps_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<SampleVector>("targets");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("fontFactor");
        QTest::addColumn<qreal>("pixelRatio");
        struct Size { const char *name; QSize size; qreal font; qreal ratio; };
        const Size sizes[] = {
            {"560x330", {560, 330}, 1.0, 1.0},      {"presenter 620x330", {620, 330}, 1.6, 1.0}, {"820x450", {820, 450}, 1.0, 1.0},
            {"1000x500", {1000, 500}, 1.0, 1.0},    {"1400x800", {1400, 800}, 1.0, 1.0},        {"820x450 @2x", {820, 450}, 1.0, 2.0},
            {"zoomed 1000x500", {1000, 500}, 1.3, 1.0},
        };
        struct Lesson { const char *name; Rule rule; SampleVector targets; };
        const Lesson lessons[] = {
            {"lesson 1 forward", Rule::Forward, fixtures::andTargets()},
            {"lesson 1 delta rule", Rule::DeltaRule, fixtures::andTargets()},
            {"lesson 2", Rule::DeltaRule, fixtures::xorTargets()},
            {"lesson 3 sigmoid", Rule::BackpropSigmoid, fixtures::xorTargets()},
            {"lesson 3 cross-entropy", Rule::BackpropCrossEntropy, fixtures::xorTargets()},
        };
        for (const Lesson &lesson : lessons)
            for (const Size &size : sizes)
                QTest::addRow("%s, %s", lesson.name, size.name) << lesson.rule << lesson.targets << size.size << size.font << size.ratio;
    }
    void textIsReadableAndNeverOverlaps()
    {
        QFETCH(Rule, rule);
        QFETCH(SampleVector, targets);
        QFETCH(QSize, size);
        QFETCH(qreal, fontFactor);
        QFETCH(qreal, pixelRatio);
        // Late in training, where the weight changes are tiny (e.g. dW2 = -6.642e-07).
        const auto trace = record(rule, targets, 300);
        NetworkDiagram diagram;
        diagram.setFont(scaled(diagram.font(), fontFactor));
        diagram.setTrace(trace);
        // A window too small for the diagram's minimum scrolls it instead.
        diagram.resize(size.expandedTo(diagram.minimumSizeHint()));
        const long long step = std::min(trace->stepCount() - 1, 4LL * 250 + 1);
        const auto ops = operationsOf(rule);
        for (int op = 0; op < int(ops.size()); ++op) {
            diagram.setPosition({step, op});
            NetworkDiagramScene scene = diagram.scene();
            scene.setCanvas(diagram.size(), pixelRatio, diagram.logicalDpiX(), diagram.logicalDpiY(), diagram.font(), diagram.palette());
            const NetworkDiagramPicture::Layout layout = NetworkDiagramPicture::layout(scene);
            std::vector<QRectF> texts;
            if (pixelRatio == 1.0) {
                (void)diagram.grab(); // paints
                const QList<QRectF> painted = diagram.paintedTextRects();
                texts.assign(painted.begin(), painted.end());
            } else {
                for (const QRectF &r : layout.textRects())
                    texts.emplace_back(r.topLeft() * layout.scale, r.size() * layout.scale);
            }
            QVERIFY(texts.size() > 12);
            const QString problem = textProblems(layout, texts, diagram.size(), diagram.font());
            QVERIFY2(problem.isEmpty(), qPrintable(name(ops[std::size_t(op)]) + QStringLiteral(": ") + problem));

            // The edge values this operation computes (dW2 at dW2, W2 at W2, ...) all show, in full.
            const NetworkDiagramScene::Highlight h = scene.highlight();
            if (h.change && (*h.edges == Quantity::W2 || *h.edges == Quantity::W)) {
                int shown = 0;
                for (const NetworkDiagramPicture::EdgeLabel &label : layout.edgeLabels) {
                    const NetworkDiagramPicture::Edge &e = layout.edges[label.edge];
                    if (e.layer != *h.edges)
                        continue;
                    ++shown;
                    QVERIFY(label.current);
                    const QString weight = NumberFormat::value(e.weight);
                    const QString change = NumberFormat::value(*scene.changeOf(e.layer, e.index));
                    if (layout.tight && label.lines.size() == 1) {
                        // Short of room, the tight form keeps the one value this operation computes.
                        const bool computesChange = scene.current() == Quantity::DW2 || scene.current() == Quantity::DW;
                        QCOMPARE(label.lines[0].pieces.last(), computesChange ? change : weight);
                        continue;
                    }
                    QCOMPARE(label.lines.size(), std::size_t(2));
                    QCOMPARE(label.lines[0].pieces.last(), weight);
                    QCOMPARE(label.lines[1].pieces.last(), change);
                }
                QCOMPARE(shown, *h.edges == Quantity::W2 ? HiddenCount : InputCount);
            }
        }
    }

    void minimumSizeIsWhatTheLayoutNeeds_data()
    {
        QTest::addColumn<qreal>("pointSize");
        QTest::newRow("9 pt") << 9.0;
        QTest::newRow("10 pt") << 10.0;
    }
    void minimumSizeIsWhatTheLayoutNeeds()
    {
        QFETCH(qreal, pointSize);
        NetworkDiagram diagram;
        QFont font = diagram.font();
        font.setPointSizeF(pointSize);
        diagram.setFont(font);
        diagram.setTrace(record(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 3));
        const QSize minimum = diagram.minimumSizeHint();
        // Lesson 3 fits a modest pane in the compact form ...
        QVERIFY2(minimum.width() <= 580 && minimum.height() <= 340, qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        // ... and at its minimum every text fits, at the font's size.
        diagram.resize(minimum);
        diagram.setPosition({5, 10});
        const NetworkDiagramPicture::Layout layout = layoutOf(diagram);
        QVERIFY(layout.compact);
        QCOMPARE(layout.textScale, 1.0);
        (void)diagram.grab();
        const QList<QRectF> painted = diagram.paintedTextRects();
        const QString problem = textProblems(layout, std::vector<QRectF>(painted.begin(), painted.end()), diagram.size(), diagram.font());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A larger font needs a larger minimum: the diagram scales with zoom instead of shrinking.
        diagram.setFont(scaled(font, 1.6));
        const QSize larger = diagram.minimumSizeHint();
        QVERIFY2(larger.width() * larger.height() > 2 * minimum.width() * minimum.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(larger.width()).arg(larger.height())));
    }

    void growsTheTextIntoSpareRoom()
    {
        NetworkDiagram diagram;
        diagram.setTrace(record(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 3));
        diagram.setPosition({5, 3});
        diagram.resize(diagram.minimumSizeHint());
        const NetworkDiagramPicture::Layout small = layoutOf(diagram);
        diagram.resize(2400, 1500);
        const NetworkDiagramPicture::Layout large = layoutOf(diagram);
        QCOMPARE(small.textScale, 1.0);
        QVERIFY(!large.compact);
        QVERIFY(large.textScale > 1.3 && large.textScale <= 1.5);
        // The columns spread across the width.
        QVERIFY2(large.outputBox.left() - large.inputs[0].centre.x() > 0.5 * 2400, qPrintable(QString::number(large.outputBox.left() - large.inputs[0].centre.x())));
    }

    void tooltipsFindTheEdgesWhereThePictureDrawsThem()
    {
        // The rendered picture carries the layout's edges, scaled to the widget.
        NetworkDiagram diagram;
        diagram.resize(900, 600);
        diagram.setTrace(record(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 2));
        diagram.setPosition({5, 3});
        NetworkDiagramScene scene = diagram.scene();
        scene.setCanvas(diagram.size(), 1.0, diagram.logicalDpiX(), diagram.logicalDpiY(), diagram.font(), diagram.palette());
        const NetworkDiagramPicture::Layout layout = NetworkDiagramPicture::layout(scene);
        const NetworkDiagramPicture::Rendered rendered = NetworkDiagramPicture::render(scene);
        QCOMPARE(rendered.image.size(), QSize(900, 600));
        QCOMPARE(rendered.compact, layout.compact);
        QCOMPARE(rendered.edges.size(), layout.edges.size());
        for (std::size_t i = 0; i < layout.edges.size(); ++i) {
            QCOMPARE(rendered.edges[i].from, layout.edges[i].from * layout.scale);
            QCOMPARE(rendered.edges[i].to, layout.edges[i].to * layout.scale);
            QCOMPARE(rendered.edges[i].weight, layout.edges[i].weight);
        }
        // What the widget paints is this picture.
        QCOMPARE(diagram.grab().toImage().convertToFormat(QImage::Format_RGB32), rendered.image.convertToFormat(QImage::Format_RGB32));
    }
};

QTEST_MAIN(TestNetworkDiagram)
#include "tst_networkdiagram.moc"
