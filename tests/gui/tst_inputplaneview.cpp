// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InputPlaneView: the network's output over the input plane for the weights of the current
// position, with the samples, the single neuron's straight boundary and XOR's lesson.
#include "coursefixtures.h"
#include "engine.h"
#include "inputplaneview.h"
#include "numberformat.h"
#include "paintcounter.h"
#include "trainer.h"
#include "valuecolors.h"

#include <QDir>
#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)

namespace {

std::shared_ptr<const Trace> record(Rule rule, SampleVector D, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    return fixtures::recordShared(fixtures::courseSpec(rule, D, epochs, alpha, seed));
}

using fixtures::andTargets;
using fixtures::xorTargets;

TracePosition lastPosition(const Trace &trace)
{
    return {trace.stepCount() - 1, int(operationsOf(trace.rule()).size()) - 1};
}

int brightness(const QImage &image, double x1, double x2)
{
    const QPoint cell = InputPlaneView::heatMapCellFor(x1, x2);
    return qGray(image.pixel(cell));
}

// What the picture shows for the view's current weights (null heat map without finite ones).
InputPlaneField fieldOf(const InputPlaneView &view)
{
    const InputPlaneScene scene = view.scene();
    return scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
}

// The samples the picture marks as on the wrong side of the boundary.
int misclassifiedCount(const InputPlaneView &view)
{
    const InputPlaneScene scene = view.scene();
    int n = 0;
    for (int k = 0; k < SampleCount; ++k)
        n += (scene.sampleOutputs[static_cast<std::size_t>(k)] >= 0.5) != (scene.D(k) >= 0.5);
    return n;
}

double sampleOutput(const InputPlaneView &view, int sample) { return view.scene().sampleOutputs[static_cast<std::size_t>(sample)]; }

// On screen at a size the window gives it.
void showOnScreen(InputPlaneView &view, std::shared_ptr<const Trace> trace)
{
    view.resize(700, 600);
    view.setTrace(std::move(trace));
    view.show();
}

// The lessons' runs, recorded once for all the rows that show them.
std::shared_ptr<const Trace> lessonRun(Rule rule, bool xorData, int epochs, quint32 seed)
{
    static std::map<std::tuple<Rule, bool, int, quint32>, std::shared_ptr<const Trace>> runs;
    auto &run = runs[{rule, xorData, epochs, seed}];
    if (!run)
        run = record(rule, xorData ? xorTargets() : andTargets(), epochs, 0.9, seed);
    return run;
}

QString describe(const QRectF &r) { return QStringLiteral("(%1, %2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()); }

// How far apart two rectangles are (0 if they touch or overlap).
qreal distance(const QRectF &a, const QRectF &b)
{
    const qreal dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const qreal dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::hypot(dx, dy);
}

// Every text inside the picture of `size`, none overlapping another.
void verifyInsideAndApart(const QList<QRectF> &rects, QSizeF size)
{
    const QRectF picture(QPointF(0, 0), size);
    for (const QRectF &r : rects)
        QVERIFY2(picture.contains(r), qPrintable(describe(r) + QStringLiteral(" outside ") + describe(picture)));
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(describe(rects[i]) + QStringLiteral(" overlaps ") + describe(rects[j])));
}

} // namespace

class TestInputPlaneView : public QObject
{
    Q_OBJECT
private slots:
    void trainedLessonOneIsBrightWhereTheTargetIsOne()
    {
        // D = x1: after training the output is near 1 at (1, 0) and near 0 at (0, 0).
        const auto trace = record(Rule::DeltaRule, andTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        const QImage map = fieldOf(view).heatMap;
        QCOMPARE(map.size(), QSize(InputPlaneView::Cells, InputPlaneView::Cells));
        QVERIFY2(brightness(map, 1.0, 0.0) > 200, qPrintable(QString::number(brightness(map, 1.0, 0.0))));
        QVERIFY2(brightness(map, 0.0, 0.0) < 80, qPrintable(QString::number(brightness(map, 0.0, 0.0))));
        // A pixel is exactly the colour of the network's output at its cell's centre.
        const QPoint cell = InputPlaneView::heatMapCellFor(0.8, 0.3);
        const double step = (InputPlaneView::DomainMax - InputPlaneView::DomainMin) / InputPlaneView::Cells;
        const InputVector x(InputPlaneView::DomainMin + (cell.x() + 0.5) * step, InputPlaneView::DomainMax - (cell.y() + 0.5) * step, 1);
        QCOMPARE(map.pixel(cell), ValueColors::sequentialRgb(Engine::output(Rule::DeltaRule, trace->finalWeights(), x)));
        QCOMPARE(misclassifiedCount(view), 0);
        for (int k = 0; k < 4; ++k)
            QCOMPARE(sampleOutput(view, k), trace->epochSummary(9999).outputs[static_cast<std::size_t>(k)]);
    }

    void theSingleNeuronsBoundaryIsTheLineWxEqualsZero()
    {
        const auto trace = record(Rule::DeltaRule, andTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        const auto line = fieldOf(view).boundary;
        QVERIFY(line.has_value());
        const SingleWeights W = trace->finalWeights().W;
        for (const QPointF &end : {line->p1(), line->p2()}) {
            QVERIFY(std::abs(W(0) * end.x() + W(1) * end.y() + W(2)) < 1e-9);
            QVERIFY(end.x() >= InputPlaneView::DomainMin - 1e-9 && end.x() <= InputPlaneView::DomainMax + 1e-9);
            QVERIFY(end.y() >= InputPlaneView::DomainMin - 1e-9 && end.y() <= InputPlaneView::DomainMax + 1e-9);
        }
        // D = x1 is learned with a nearly vertical line between x1 = 0 and x1 = 1.
        const double midX = (line->p1().x() + line->p2().x()) / 2;
        QVERIFY(midX > 0.2 && midX < 0.8);
        QCOMPARE(int(fieldOf(view).contourSegments.size()), 0);
    }

    void xorDefeatsTheSingleNeuron()
    {
        // Lesson 2: whatever the weights, one straight line leaves a sample on the wrong side.
        const auto trace = record(Rule::DeltaRule, xorTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        for (long long step : {0LL, 400LL, trace->stepCount() - 1}) {
            view.setPosition({step, 5});
            QVERIFY2(misclassifiedCount(view) >= 1, qPrintable(QString::number(step)));
        }
        QVERIFY(fieldOf(view).boundary.has_value());
    }

    void backpropSolvesXorWithACurvedBoundary()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        QCOMPARE(misclassifiedCount(view), 0);
        QVERIFY(!fieldOf(view).boundary.has_value());
        QVERIFY(int(fieldOf(view).contourSegments.size()) > 20);
        const QImage map = fieldOf(view).heatMap;
        QVERIFY(brightness(map, 0, 1) > 200 && brightness(map, 1, 0) > 200);
        QVERIFY(brightness(map, 0, 0) < 80 && brightness(map, 1, 1) < 80);
    }

    void recomputesOnlyWhenTheWeightsChange()
    {
        const auto trace = record(Rule::BackpropSigmoid, xorTargets(), 10);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition({5, 0});
        const int before = view.imageComputationsForTesting();
        // Operations up to dW1 (index 8) leave the weights alone.
        for (int op = 0; op <= 8; ++op)
            view.setPosition({5, op});
        QCOMPARE(view.imageComputationsForTesting(), before);
        const QImage beforeUpdate = fieldOf(view).heatMap;
        view.setPosition({5, 9}); // W1 = W1 + dW1
        QCOMPARE(view.imageComputationsForTesting(), before + 1);
        view.setPosition({5, 10});
        QCOMPARE(view.imageComputationsForTesting(), before + 1);
        view.setPosition({5, 11}); // W2 = W2 + dW2
        QCOMPARE(view.imageComputationsForTesting(), before + 2);
        QVERIFY(fieldOf(view).heatMap != beforeUpdate);
        // The end of a step and the start of the next have the same weights.
        view.setPosition({6, 0});
        QCOMPARE(view.imageComputationsForTesting(), before + 2);
    }

    void thePaintedPictureIsAlwaysTheCurrentPositions()
    {
        // Whatever is painted is the current position's, never the one before, and the same as
        // painting it in a fresh view.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 400);
        InputPlaneView view;
        showOnScreen(view, trace);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const std::vector<TracePosition> route = {{0, 0}, {1000, 11}, {1000, 3}, {1599, 11}, {7, 9}};
        for (const TracePosition &at : route) {
            view.setPosition(at);
            const QImage shown = view.grab().toImage();
            InputPlaneView fresh;
            fresh.resize(view.size());
            fresh.setTrace(trace);
            fresh.setPosition(at);
            QCOMPARE(shown, fresh.grab().toImage());
        }
        // Moves that leave the weights alone reuse the picture; a move that changes them renders
        // one new picture.
        view.setPosition({20, 0});
        view.grab();
        const int renders = view.pictureRendersForTesting();
        for (int op = 0; op <= 8; ++op) {
            view.setPosition({20, op});
            view.grab();
        }
        QCOMPARE(view.pictureRendersForTesting(), renders);
        view.setPosition({20, 9});
        view.grab();
        QCOMPARE(view.pictureRendersForTesting(), renders + 1);
    }

    void theTextsReportedAreWhereTheNextPaintPutsThem_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : {"narrowed", "narrowed while hidden", "another run", "another position"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }
    void theTextsReportedAreWhereTheNextPaintPutsThem()
    {
        // A view behind another dock's tab is not painted, but the window's layout test reads
        // where its texts are: never where an earlier size, run or position put them (lesson 3's
        // long state line, painted in a wider dock, seemed to leave lesson 1's narrow one).
        QFETCH(QString, change);
        const auto xorRun = lessonRun(Rule::BackpropCrossEntropy, true, 400, 0);
        InputPlaneView view;
        view.resize(356, 251);
        view.setTrace(xorRun);
        view.setPosition({1001, 11});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        // As narrow as a dock in a 1024 px window, not below the view's minimum.
        const QSize narrow = QSize(318, 251).expandedTo(view.minimumSizeHint());
        QVERIFY(narrow.width() < view.width());
        if (change == QLatin1String("narrowed")) {
            view.resize(narrow);
        } else if (change == QLatin1String("narrowed while hidden")) {
            view.hide();
            view.resize(narrow);
        } else if (change == QLatin1String("another run")) {
            view.setTrace(lessonRun(Rule::Forward, false, 1, 0));
            view.setPosition({3, 1});
        } else {
            view.setPosition({1001, 3}); // W1 updated, W2 not yet: another state line
        }
        const QList<QRectF> reported = view.paintedTextRects();
        view.show();
        view.grab();
        QCOMPARE(reported, view.paintedTextRects());
        verifyInsideAndApart(reported, QSizeF(view.size()));
    }

    void everyMoveRepaintsAndOnlyNewWeightsRender()
    {
        // A move repaints the view; only a move to new weights renders a new picture.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 400);
        InputPlaneView view;
        showOnScreen(view, trace);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        fixtures::PaintCounter counter(&view);
        for (const TracePosition at : {TracePosition{1000, 11}, TracePosition{1000, 3}}) { // 3: W1, W2 not yet updated
            const int paints = counter.paints;
            const int renders = view.pictureRendersForTesting();
            view.setPosition(at);
            fixtures::PaintCounter::paintRequestedUpdates();
            QCOMPARE(counter.paints, paints + 1);
            QCOMPARE(view.pictureRendersForTesting(), renders + 1);
        }
        const int renders = view.pictureRendersForTesting();
        const int paints = counter.paints;
        view.setPosition({1000, 4}); // the same weights
        fixtures::PaintCounter::paintRequestedUpdates();
        QCOMPARE(counter.paints, paints + 1);
        QCOMPARE(view.pictureRendersForTesting(), renders);
    }

    void nonFiniteWeightsShowAMessage()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, SampleVector(0, 1e308, 1, 0), 5);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        InputPlaneView view;
        view.resize(900, 600);
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        QVERIFY(fieldOf(view).heatMap.isNull());
        QVERIFY(!view.grab().isNull());
        view.setPosition({0, 0});
        QVERIFY(!fieldOf(view).heatMap.isNull());
    }

    void textsStayInsideThePictureAndApart_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<bool>("xorData");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<long long>("step"); // -1: the last
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<qreal>("devicePixelRatio"); // of the picture, laid out without the widget
        QTest::addColumn<bool>("mustFit");           // the size is at least the view's minimum

        struct Place
        {
            const char *name;
            Rule rule;
            bool xorData;
            int epochs;
            quint32 seed;
            long long step;
        };
        const Place places[] = {
            {"lesson 1 forward", Rule::Forward, false, 1, 0, 2},
            {"lesson 1 delta rule, start", Rule::DeltaRule, false, 10'000, 0, 0},
            {"lesson 1 delta rule, end", Rule::DeltaRule, false, 10'000, 0, -1},
            {"lesson 2 epoch 5000", Rule::DeltaRule, true, 10'000, 0, 5000LL * 4 + 3},
            {"lesson 2 end", Rule::DeltaRule, true, 10'000, 0, -1},
            {"lesson 3 sigmoid, epoch 250", Rule::BackpropSigmoid, true, 10'000, 0, 250LL * 4 + 1},
            {"lesson 3 sigmoid, end", Rule::BackpropSigmoid, true, 10'000, 0, -1},
            {"lesson 3 ce, epoch 300", Rule::BackpropCrossEntropy, true, 10'000, 0, 300LL * 4 + 2},
            {"lesson 3 ce, end", Rule::BackpropCrossEntropy, true, 10'000, 0, -1},
            {"lesson 3 ce seed 1, end", Rule::BackpropCrossEntropy, true, 10'000, 1, -1},
            {"lesson 3 ce seed 7, end", Rule::BackpropCrossEntropy, true, 10'000, 7, -1},
            {"lesson 3 ce seed 42, epoch 2000", Rule::BackpropCrossEntropy, true, 10'000, 42, 2000LL * 4},
        };
        struct Canvas
        {
            const char *name;
            QSize size;
            double fontScale;
            qreal dpr;
            bool mustFit;
        };
        // The dock at 1366x768 and 1600x1000, presenter mode's at 1024x768, a floating one, and a
        // screen of twice the pixels.
        const Canvas canvases[] = {
            {"380x300", QSize(380, 300), 1.0, 1.0, true},     {"460x420", QSize(460, 420), 1.0, 1.0, true},
            {"380x560 font x1.6", QSize(380, 560), 1.6, 1.0, false}, {"700x600", QSize(700, 600), 1.0, 1.0, true},
            {"460x420 DPR 2", QSize(460, 420), 1.0, 2.0, true},
        };
        for (const Place &place : places)
            for (const Canvas &canvas : canvases)
                QTest::addRow("%s, %s", place.name, canvas.name) << place.rule << place.xorData << place.epochs << place.seed << place.step
                                                                << canvas.size << canvas.fontScale << canvas.dpr << canvas.mustFit;
    }
    void textsStayInsideThePictureAndApart()
    {
        QFETCH(Rule, rule);
        QFETCH(bool, xorData);
        QFETCH(int, epochs);
        QFETCH(quint32, seed);
        QFETCH(long long, step);
        QFETCH(QSize, size);
        QFETCH(double, fontScale);
        QFETCH(qreal, devicePixelRatio);
        QFETCH(bool, mustFit);
        const auto trace = lessonRun(rule, xorData, epochs, seed);
        InputPlaneView view;
        QFont font = view.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        view.setFont(font);
        view.setTrace(trace);
        // Below its minimum size a dock does not go; the sizes the window gives it are above it.
        const QSize minimum = view.minimumSizeHint();
        if (mustFit)
            QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
                     qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        view.resize(size.expandedTo(minimum));
        view.setPosition(step < 0 ? lastPosition(*trace) : TracePosition{step, int(operationsOf(rule).size()) - 1});

        InputPlaneScene scene = view.scene();
        scene.devicePixelRatio = devicePixelRatio;
        const InputPlanePicture::Layout layout = InputPlanePicture::layout(scene);
        QList<QRectF> rects;
        if (devicePixelRatio == 1.0) {
            view.grab();
            rects = view.paintedTextRects();
            // The picture's texts as the layout placed them, and the line under the title.
            const std::vector<QRectF> placed = layout.textRects();
            QCOMPARE(rects.mid(0, qsizetype(placed.size())), QList<QRectF>(placed.begin(), placed.end()));
            QVERIFY(rects.size() > qsizetype(placed.size()));
        } else {
            const std::vector<QRectF> placed = layout.textRects();
            rects = QList<QRectF>(placed.begin(), placed.end());
            QCOMPARE(InputPlanePicture::render(scene).image.size(), view.size() * 2);
        }
        QVERIFY(rects.size() >= 1 + 9 + 3 + SampleCount);
        verifyInsideAndApart(rects, QSizeF(view.size()));
        if (QTest::currentTestFailed())
            return;

        // No text is smaller than the widget's font.
        const qreal lineHeight = QFontMetricsF(view.font(), &view).height();
        for (const QRectF &r : rects)
            QVERIFY2(r.height() >= lineHeight - 0.01, qPrintable(describe(r)));
        // Every tag carries its sample's whole output, never cut.
        QCOMPARE(int(layout.sampleTags.size()), SampleCount);
        for (const InputPlanePicture::Tag &tag : layout.sampleTags) {
            const QString output = NumberFormat::value(sampleOutput(view, tag.sample));
            QVERIFY2(tag.lines.back().text().contains(QStringLiteral("y = ") + output), qPrintable(tag.lines.back().text()));
            for (const InputPlanePicture::Text &line : tag.lines)
                QVERIFY(tag.box.contains(line.rect));
        }
        // The ticks stand clear of their labels.
        for (const QLineF &tick : layout.ticks)
            for (const InputPlanePicture::Text &label : layout.tickLabels)
                QVERIFY2(distance(QRectF(tick.p1(), tick.p2()).normalized(), label.rect) >= 3,
                         qPrintable(label.text() + describe(label.rect)));
    }

    void theTagsShortenOnlyWhereTheFullOnesFindNoRoom()
    {
        // The full tags (input, target and output) in a large view; in presenter mode's narrow
        // dock, the end of lesson 3 (outputs like 5.354e-05) shortens them, numbers whole.
        const auto trace = lessonRun(Rule::BackpropCrossEntropy, true, 10'000, 0);
        InputPlaneView view;
        QFont font = view.font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        view.setFont(font);
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        view.resize(1200, 1000);
        QCOMPARE(InputPlanePicture::layout(view.scene()).detail, InputPlanePicture::TagDetail::Full);
        view.resize(380, 560);
        const InputPlanePicture::Layout small = InputPlanePicture::layout(view.scene());
        QVERIFY(small.detail != InputPlanePicture::TagDetail::Full);
        QVERIFY(small.sampleTags[0].lines.back().text().contains(NumberFormat::value(sampleOutput(view, 0))));
        QVERIFY(NumberFormat::value(sampleOutput(view, 0)).contains(QStringLiteral("e-")));
    }

    void thePictureHasTheScreensPixelRatio()
    {
        // Sharp on a high-density screen: the picture has a pixel for each of the screen's, and
        // the view paints it as it is, not scaled. ctest runs this again with QT_SCALE_FACTOR=2.
        InputPlaneView view;
        showOnScreen(view, lessonRun(Rule::BackpropCrossEntropy, true, 400, 0));
        view.setPosition({1001, 11});
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qreal ratio = view.devicePixelRatioF();
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        const InputPlanePicture::Rendered picture = InputPlanePicture::render(view.scene());
        QCOMPARE(picture.image.devicePixelRatio(), ratio);
        QCOMPARE(picture.image.size(), view.size() * ratio);
        const QImage shown = view.grab().toImage().convertToFormat(picture.image.format());
        QCOMPARE(shown.size(), picture.image.size());
        // The plot, under the line the view writes over the picture, pixel for pixel.
        const QRect plot = QRectF(picture.layout.plot.topLeft() * ratio, picture.layout.plot.size() * ratio).toAlignedRect();
        QVERIFY(plot.top() > picture.layout.state.bottom() * ratio);
        QCOMPARE(shown.copy(plot), picture.image.copy(plot));
    }

    void theMinimumSizeFollowsTheFont()
    {
        const auto trace = lessonRun(Rule::BackpropCrossEntropy, true, 10'000, 0);
        InputPlaneView view;
        // Before a run as after it: what the window lays out first.
        const QSize before = view.minimumSizeHint();
        QVERIFY2(before.width() <= 380 && before.height() <= 300, qPrintable(QStringLiteral("%1x%2").arg(before.width()).arg(before.height())));
        view.setTrace(trace);
        const QSize normal = view.minimumSizeHint();
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        view.setFont(big);
        QVERIFY(view.minimumSizeHint().width() > normal.width() * 3 / 2);
        QVERIFY(view.minimumSizeHint().height() > normal.height() * 3 / 2);
    }

    void followsPositionsAcrossAMillionEpochRun()
    {
        // A checkpointed run: each move recomputes its step, and the picture's samples must say
        // what the network outputs with that position's weights. (Speed: deltatrace-guibench.)
        const auto trace = record(Rule::BackpropSigmoid, xorTargets(), 1'000'000);
        QVERIFY(!trace->hasFullRecord());
        InputPlaneView view;
        view.resize(900, 600);
        view.setTrace(trace);
        for (long long step : {0LL, 1'234'567LL, 3'999'999LL, 2'000'001LL}) {
            view.setPosition({step, 11}); // after both updates of the step
            const Weights w = trace->step(step).after;
            for (int k = 0; k < SampleCount; ++k)
                QCOMPARE(sampleOutput(view, k), Engine::output(trace->rule(), w, trace->spec().X.row(k).transpose()));
        }
    }
};

QTEST_MAIN(TestInputPlaneView)
#include "tst_inputplaneview.moc"
