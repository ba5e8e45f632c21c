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
        diagram.resize(size);
        diagram.setTrace(record(rule, fixtures::xorTargets(), 2));
        diagram.setPosition({5, int(operationsOf(rule).size()) - 1});
        const NetworkDiagramPicture::Layout layout = layoutOf(diagram);
        QVERIFY(layout.hasRun);
        QCOMPARE(layout.compact, compact);
        QCOMPARE(int(layout.edges.size()), edges);
        QCOMPARE(layout.legend.empty(), compact);
        const QRectF picture(QPointF(0, 0), layout.canvas);
        const std::vector<QRectF> texts = layout.textRects();
        QVERIFY(texts.size() > 10);
        for (const QRectF &text : texts) {
            // The compact bias label is centred under its circle in a box wider than the word,
            // which may reach past the edge; the word itself does not.
            const bool centredLabel = compact && text == layout.biasLabel;
            QVERIFY2(centredLabel ? picture.contains(text.center()) : picture.contains(text),
                     qPrintable(QStringLiteral("%1,%2 %3x%4").arg(text.x()).arg(text.y()).arg(text.width()).arg(text.height())));
        }
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
