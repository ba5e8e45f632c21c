// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GeneralInputPlaneView: what a general network (lesson format 2) does with its inputs at the
// place shown. The plane of two varying inputs, shaded by the output or coloured by the class of
// the largest output, with every colour checked against NetworkEngine::outputs at that point; or
// each sample's outputs against its targets when the data has another number of varying inputs.
#include "generalinputplaneview.h"
#include "networktrainer.h"
#include "numberformat.h"
#include "picturepainting.h"
#include "valuecolors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTest>

#include <cmath>
#include <random>

using namespace deltatrace;
using Mode = GeneralInputPlaneView::Mode;

Q_DECLARE_METATYPE(deltatrace::NetworkRun)

namespace {

std::vector<double> flatten(const QJsonValue &value)
{
    std::vector<double> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const auto inner = flatten(v);
            out.insert(out.end(), inner.begin(), inner.end());
        }
    } else {
        out.push_back(value.toDouble());
    }
    return out;
}

// A golden spec's run (as tst_networkgolden builds it), with at most `epochs` epochs.
NetworkRun goldenRun(const QString &name, int epochs)
{
    QFile file(QStringLiteral(DELTATRACE_TEST_DATA "/golden/general/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden %s", qPrintable(name));
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object().value(u"spec").toObject();
    NetworkRun run;
    const QJsonArray X = spec.value(u"X").toArray();
    const QJsonArray D = spec.value(u"D").toArray();
    run.data.sampleCount = static_cast<int>(X.size());
    run.data.inputCount = static_cast<int>(X.first().toArray().size());
    run.data.outputCount = D.first().isArray() ? static_cast<int>(D.first().toArray().size()) : 1;
    run.data.x = flatten(X);
    run.data.d = flatten(D);
    for (const QJsonValue &size : spec.value(u"layers").toArray())
        run.architecture.sizes.push_back(size.toInt());
    for (const QJsonValue &a : spec.value(u"activations").toArray())
        run.architecture.activations.push_back(*activationFromName(a.toString().toStdString()));
    run.architecture.delta = *outputDeltaFromName(spec.value(u"delta").toString(u"sse"_qs).toStdString());
    run.architecture.batch = spec.value(u"batch").toInt(1);
    run.architecture.momentum = spec.value(u"momentum").toDouble(0.0);
    run.alpha = spec.value(u"alpha").toDouble();
    run.epochs = std::min(epochs, spec.value(u"epochs").toInt());
    run.seed = static_cast<std::uint32_t>(spec.value(u"seed").toInteger());
    return run;
}

// A run of `sizes` with `activations` on N samples: inputs from `input(k, column)`, one-hot
// targets of `classOf(k)` (K > 1) or 0/1 targets (K = 1).
template<typename Input, typename Class>
NetworkRun makeRun(std::vector<int> sizes, std::vector<Activation> activations, int N, Input input, Class classOf, double alpha = 0.5,
                   int epochs = 20)
{
    NetworkRun run;
    run.architecture.sizes = std::move(sizes);
    run.architecture.activations = std::move(activations);
    const int M = run.architecture.inputCount();
    const int K = run.architecture.outputCount();
    run.architecture.delta = run.architecture.activations.back() == Activation::Softmax ? OutputDelta::CrossEntropy : OutputDelta::SquaredError;
    run.data.sampleCount = N;
    run.data.inputCount = M;
    run.data.outputCount = K;
    for (int k = 0; k < N; ++k) {
        for (int c = 0; c < M; ++c)
            run.data.x.push_back(input(k, c));
        const int cls = classOf(k);
        if (K == 1)
            run.data.d.push_back(double(cls));
        else
            for (int i = 0; i < K; ++i)
                run.data.d.push_back(i == cls ? 1.0 : 0.0);
    }
    run.alpha = alpha;
    run.epochs = epochs;
    run.seed = 3;
    return run;
}

double uniform(int k, int c, double scale = 1.0)
{
    // Deterministic scatter in [-scale, scale].
    std::mt19937 random(static_cast<std::uint32_t>(k * 131 + c * 7 + 1));
    return std::uniform_real_distribution<double>(-scale, scale)(random);
}

// Three classes in three corners of a plane (x, y) with a bias column of ones.
NetworkRun threeBlobs(int N = 30, std::vector<int> sizes = {3, 8, 3}, std::vector<Activation> a = {Activation::Tanh, Activation::Softmax})
{
    const double centres[3][2] = {{-1, -1}, {1, -0.5}, {0, 1}};
    return makeRun(
        std::move(sizes), std::move(a), N,
        [&](int k, int c) { return c == 2 ? 1.0 : centres[k % 3][c] + uniform(k, c, 0.35); }, [](int k) { return k % 3; }, 0.3, 60);
}

// The 3-32-32-32-8 softmax network on 256 samples of a plane.
NetworkRun largeNet()
{
    return makeRun({3, 32, 32, 32, 8}, {Activation::Tanh, Activation::Tanh, Activation::Tanh, Activation::Softmax}, 256,
                   [](int k, int c) { return c == 2 ? 1.0 : uniform(k, c); },
                   [](int k) { return (uniform(k, 0) > 0 ? 4 : 0) + (uniform(k, 1) > 0 ? 2 : 0) + (k % 2); }, 0.05, 3);
}

std::shared_ptr<const NetworkTrace> recordOf(const NetworkRun &run)
{
    auto trace = NetworkTrainer::record(run);
    if (!trace)
        qFatal("recording failed");
    return std::make_shared<const NetworkTrace>(std::move(*trace));
}

NetworkPosition lastPosition(const NetworkTrace &trace)
{
    const NetworkStep step = trace.step(trace.stepCount() - 1);
    return {trace.stepCount() - 1, int(step.operations().size()) - 1};
}

// The view shown at a window's proportions, laid out and painted.
void show(GeneralInputPlaneView &view, QSize size = QSize(560, 620))
{
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

QImage shot(GeneralInputPlaneView &view)
{
    // Grabbed at one device pixel per logical pixel's worth of coordinates.
    QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    return image;
}

QColor pixelAt(const QImage &image, QPointF point)
{
    const qreal ratio = image.devicePixelRatio();
    return QColor(image.pixel(int(std::floor(point.x() * ratio)), int(std::floor(point.y() * ratio))));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Pixels of exactly `colour` within `radius` of `centre`.
int countColour(const QImage &image, QPointF centre, qreal radius, const QColor &colour)
{
    const qreal ratio = image.devicePixelRatio();
    int n = 0;
    for (int y = int((centre.y() - radius) * ratio); y <= int((centre.y() + radius) * ratio); ++y)
        for (int x = int((centre.x() - radius) * ratio); x <= int((centre.x() + radius) * ratio); ++x)
            if (x >= 0 && y >= 0 && x < image.width() && y < image.height() && std::hypot(x / ratio - centre.x(), y / ratio - centre.y()) <= radius
                && QColor(image.pixel(x, y)) == colour)
                ++n;
    return n;
}

std::vector<double> engineOutputs(const NetworkTrace &trace, const std::vector<double> &weights, const std::vector<double> &input)
{
    std::vector<double> y(static_cast<std::size_t>(trace.architecture().outputCount()));
    trace.engine().outputs(weights, input, y.data());
    return y;
}

} // namespace

class TestGeneralInputPlaneView : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheModeFromTheData_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("title");
        QTest::newRow("delta batch: x0, x1 and a bias") << goldenRun(u"delta_batch-seed0"_qs, 10) << int(Mode::Plane) << u"x[0]–x[1] plane (x[2] = 1 held)"_qs;
        QTest::newRow("3-4-1 momentum") << goldenRun(u"backprop_momentum-seed0"_qs, 10) << int(Mode::Plane) << u"x[0]–x[1] plane (x[2] = 1 held)"_qs;
        QTest::newRow("rings, 3-5-3-1 tanh") << goldenRun(u"rings_tanh_minibatch-seed2"_qs, 10) << int(Mode::Plane) << u"x[0]–x[1] plane (x[2] = 1 held)"_qs;
        QTest::newRow("three classes one-hot: 3 varying inputs") << goldenRun(u"three_class_softmax-seed5"_qs, 10) << int(Mode::PerSample)
                                                                << u"Outputs per sample: the data has 3 varying inputs"_qs;
        QTest::newRow("one input, linear") << makeRun({1, 1}, {Activation::Linear}, 12, [](int k, int) { return k * 0.25; }, [](int k) { return k % 2; })
                                           << int(Mode::PerSample) << u"Outputs per sample: the data has one input"_qs;
        QTest::newRow("two inputs, no bias") << makeRun({2, 3, 1}, {Activation::Sigmoid, Activation::Sigmoid}, 4, [](int k, int c) { return double((k >> c) & 1); },
                                                        [](int k) { return (k & 1) ^ (k >> 1); })
                                             << int(Mode::Plane) << u"x[0]–x[1] plane"_qs;
        QTest::newRow("bias first, then two inputs") << makeRun({3, 1}, {Activation::Sigmoid}, 6, [](int k, int c) { return c == 0 ? 1.0 : uniform(k, c); },
                                                                [](int k) { return k % 2; })
                                                     << int(Mode::Plane) << u"x[1]–x[2] plane (x[0] = 1 held)"_qs;
        QTest::newRow("five varying inputs and a bias") << makeRun({6, 4, 2}, {Activation::Relu, Activation::Softmax}, 20,
                                                                   [](int k, int c) { return c == 5 ? 1.0 : uniform(k, c); }, [](int k) { return k % 2; })
                                                        << int(Mode::PerSample) << u"Outputs per sample: the data has 5 varying inputs"_qs;
        QTest::newRow("one varying input of two") << makeRun({2, 1}, {Activation::Sigmoid}, 5, [](int k, int c) { return c == 1 ? 1.0 : k * 0.5; },
                                                             [](int k) { return k > 2; })
                                                  << int(Mode::PerSample) << u"Outputs per sample: the data has one varying input"_qs;
    }
    void choosesTheModeFromTheData()
    {
        QFETCH(NetworkRun, run);
        QFETCH(int, mode);
        QFETCH(QString, title);
        GeneralInputPlaneView view;
        QCOMPARE(int(view.mode()), int(Mode::NoRun));
        const auto trace = recordOf(run);
        view.setTrace(trace);
        show(view);
        QCOMPARE(int(view.mode()), mode);
        QCOMPARE(view.titleText(), title);
        view.setPosition(lastPosition(*trace));
        QVERIFY(view.stateText().startsWith(u"Epoch %1, sample %2"_qs.arg(run.epochs - 1).arg(run.sampleCount() - 1)));
        // Every text inside the view and apart from the others.
        const QList<QRectF> texts = view.paintedTextRects();
        const QRectF inside = QRectF(view.viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(inside.contains(texts[i]), qPrintable(u"text %1 outside"_qs.arg(i)));
            for (qsizetype j = i + 1; j < texts.size(); ++j)
                QVERIFY2(!texts[i].intersects(texts[j]), qPrintable(u"texts %1 and %2 overlap"_qs.arg(i).arg(j)));
        }
        view.setTrace(nullptr);
        QCOMPARE(int(view.mode()), int(Mode::NoRun));
    }

    // The weights shown: before the step, and each layer's updated ones once its W is computed.
    void showsTheWeightsOfThePosition()
    {
        const auto trace = recordOf(goldenRun(u"rings_tanh_minibatch-seed2"_qs, 5));
        GeneralInputPlaneView view;
        view.setTrace(trace);
        const long long stepIndex = 3; // the first batch's last sample (batch 4)
        const NetworkStep step = trace->step(stepIndex);
        QVERIFY(step.update);
        const auto &ops = step.operations();
        auto indexOf = [&](int layer) {
            return int(std::find(ops.begin(), ops.end(), LayerQuantity{LayerQuantity::Kind::W, layer}) - ops.begin());
        };
        view.setPosition({stepIndex, indexOf(1) - 1});
        QCOMPARE(view.weights(), step.weightsBefore);
        QVERIFY(view.stateText().contains(u"before"_qs));
        view.setPosition({stepIndex, indexOf(1)});
        std::vector<double> partly = step.weightsBefore;
        const auto w1 = step.values(LayerQuantity{LayerQuantity::Kind::W, 1});
        std::copy(w1.begin(), w1.end(), partly.begin());
        QCOMPARE(view.weights(), partly);
        QVERIFY(view.stateText().contains(u"W1 to W1 updated"_qs));
        view.setPosition({stepIndex, int(ops.size()) - 1});
        QCOMPARE(view.weights(), trace->step(stepIndex + 1).weightsBefore);
        QVERIFY(view.stateText().contains(u"after"_qs));
        // The samples' outputs are the engine's with those weights.
        for (int k = 0; k < trace->run().sampleCount(); ++k) {
            const auto x = trace->run().data.input(k);
            QCOMPARE(view.sampleOutputs()[static_cast<std::size_t>(k)],
                     engineOutputs(*trace, view.weights(), std::vector<double>(x.begin(), x.end()))[0]);
        }
    }

    // The field is computed once per set of weights: not again while the step's operations
    // before its update are stepped through, once after the update's W, and not again going back.
    void computesTheFieldOncePerWeights()
    {
        const auto trace = recordOf(goldenRun(u"backprop_momentum-seed0"_qs, 20));
        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view);
        const long long stepIndex = 41;
        const NetworkStep step = trace->step(stepIndex);
        const auto &ops = step.operations();
        const int firstW = int(std::find(ops.begin(), ops.end(), LayerQuantity{LayerQuantity::Kind::W, 1}) - ops.begin());
        QVERIFY(firstW > 0 && firstW < int(ops.size()));
        view.setPosition({stepIndex, 0});
        QVERIFY(view.fieldIsCurrent());
        const int before = view.fieldComputationsForTesting();
        for (int op = 1; op < firstW; ++op)
            view.setPosition({stepIndex, op});
        QCOMPARE(view.fieldComputationsForTesting(), before);
        view.setPosition({stepIndex, int(ops.size()) - 1});
        QCOMPARE(view.fieldComputationsForTesting(), before + 1);
        view.setPosition({stepIndex, 0});
        view.setPosition({stepIndex, int(ops.size()) - 1});
        QCOMPARE(view.fieldComputationsForTesting(), before + 1);
        QVERIFY(view.fieldIsCurrent());
    }

    // Every cell of the field is the engine's output at its point (the held input at its value),
    // and its pixel the colour of that output: viridis for one output, the class of the largest
    // for several.
    void colorsThePlaneByTheEnginesOutputs_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::newRow("delta batch 3-1") << goldenRun(u"delta_batch-seed0"_qs, 300);
        QTest::newRow("3-4-1 momentum") << goldenRun(u"backprop_momentum-seed0"_qs, 300);
        QTest::newRow("rings 3-5-3-1") << goldenRun(u"rings_tanh_minibatch-seed2"_qs, 300);
        QTest::newRow("three blobs 3-8-3 softmax") << threeBlobs();
        QTest::newRow("eight classes 3-16-8 softmax")
            << makeRun({3, 16, 8}, {Activation::Tanh, Activation::Softmax}, 64, [](int k, int c) { return c == 2 ? 1.0 : std::cos(k * 0.7 + c * 1.3) * (1 + k % 3); },
                       [](int k) { return k % 8; }, 0.2, 40);
    }
    void colorsThePlaneByTheEnginesOutputs()
    {
        QFETCH(NetworkRun, run);
        const auto trace = recordOf(run);
        const int K = run.data.outputCount;
        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view);
        for (const NetworkPosition position : {NetworkPosition{0, 0}, NetworkPosition{trace->stepCount() / 2, 1}, lastPosition(*trace)}) {
            view.setPosition(position);
            QCOMPARE(int(view.mode()), int(Mode::Plane));
            QTRY_VERIFY(view.fieldIsCurrent());
            const QImage image = shot(view);
            const GeneralPlaneField *field = view.field();
            QVERIFY(field);
            const GeneralPlaneField::Plane &plane = view.plane();
            const int n = plane.cells;
            std::vector<double> input = plane.input;
            const qreal clearance = view.fontMetrics().height() * 0.45 + 12; // a sample's marker and rings
            int probed = 0;
            for (int r = 2; r + 2 < n; r += 7) {
                for (int c = 2; c + 2 < n; c += 7) {
                    input[static_cast<std::size_t>(plane.across)] = GeneralPlaneField::acrossAt(plane, c);
                    input[static_cast<std::size_t>(plane.up)] = GeneralPlaneField::upAt(plane, r);
                    const std::vector<double> y = engineOutputs(*trace, view.weights(), input);
                    for (int i = 0; i < K; ++i)
                        QCOMPARE(field->values[(static_cast<std::size_t>(r) * n + c) * K + i], y[static_cast<std::size_t>(i)]);
                    // Pixels away from the samples and the boundaries (none within two cells).
                    const QPointF at = view.planePoint(input[static_cast<std::size_t>(plane.across)], input[static_cast<std::size_t>(plane.up)]);
                    bool nearSample = false;
                    for (int k = 0; k < run.sampleCount(); ++k)
                        nearSample = nearSample || QLineF(at, view.sampleCentre(k)).length() < clearance;
                    if (nearSample)
                        continue;
                    const QColor shown = pixelAt(image, at);
                    bool uniform = true;
                    int spread = 0; // how far the neighbouring cells' colours are from this one's
                    for (int rr = r - 2; rr <= r + 2; ++rr) {
                        for (int cc = c - 2; cc <= c + 2; ++cc) {
                            if (K == 1) {
                                const double v = field->values[static_cast<std::size_t>(rr) * n + cc];
                                uniform = uniform && (v >= plane.threshold) == (y[0] >= plane.threshold);
                                if (std::abs(rr - r) <= 1 && std::abs(cc - c) <= 1)
                                    spread = std::max(spread, colourDistance(QColor::fromRgb(GeneralPlaneField::shade(plane, v)),
                                                                             QColor::fromRgb(GeneralPlaneField::shade(plane, y[0]))));
                            } else {
                                uniform = uniform && field->classes[static_cast<std::size_t>(rr) * n + cc] == field->classes[static_cast<std::size_t>(r) * n + c];
                            }
                        }
                    }
                    if (!uniform)
                        continue;
                    if (K == 1) {
                        const QColor expected = QColor::fromRgb(GeneralPlaneField::shade(plane, y[0]));
                        QVERIFY2(colourDistance(shown, expected) <= std::max(12, spread),
                                 qPrintable(u"cell %1,%2: %3 shown, %4 expected"_qs.arg(r).arg(c).arg(shown.name(), expected.name())));
                    } else {
                        const int expectedClass = int(std::max_element(y.begin(), y.end()) - y.begin());
                        QCOMPARE(field->classes[static_cast<std::size_t>(r) * n + c], expectedClass);
                        QCOMPARE(shown, GeneralPlaneField::regionColour(expectedClass));
                    }
                    ++probed;
                }
            }
            QVERIFY2(probed >= 10, qPrintable(u"only %1 cells probed"_qs.arg(probed)));
        }
    }

    // The samples with their targets: one output filled (target 1) or hollow (0); several the
    // colour of the target's class. The current sample is ringed.
    void drawsTheSamplesAndRingsTheCurrentOne_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::newRow("3-4-1") << goldenRun(u"backprop_momentum-seed0"_qs, 50);
        QTest::newRow("rings") << goldenRun(u"rings_tanh_minibatch-seed2"_qs, 50);
        QTest::newRow("three blobs") << threeBlobs(12);
    }
    void drawsTheSamplesAndRingsTheCurrentOne()
    {
        QFETCH(NetworkRun, run);
        const auto trace = recordOf(run);
        const int K = run.data.outputCount;
        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view);
        const int N = run.sampleCount();
        for (int current : {0, N - 1}) {
            view.setPosition({current, 0});
            QTRY_VERIFY(view.fieldIsCurrent());
            const QImage image = shot(view);
            const qreal r = view.fontMetrics().height() * 0.45;
            for (int k = 0; k < N; ++k) {
                const QPointF c = view.sampleCentre(k);
                QVERIFY(view.plotRect().contains(c));
                if (K == 1) {
                    const bool filled = run.data.target(k)[0] >= 0.5;
                    QCOMPARE(pixelAt(image, c), filled ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
                } else {
                    // A sample under another one's marker shows less of its own colour.
                    bool covered = false;
                    for (int other = 0; other < N; ++other)
                        covered = covered || (other != k && QLineF(c, view.sampleCentre(other)).length() < 2 * r + 12);
                    if (covered)
                        continue;
                    const int target = int(std::max_element(run.data.target(k).begin(), run.data.target(k).end()) - run.data.target(k).begin());
                    QVERIFY2(countColour(image, c, r * 0.8, GeneralPlaneField::classColour(target)) >= 20, qPrintable(u"sample %1"_qs.arg(k)));
                }
            }
            // The ring of the current sample, and of no other (unless it lies at the same place).
            for (int k = 0; k < N; ++k) {
                const int ring = countColour(image, view.sampleCentre(k), r + 9, ValueColors::highlight());
                if (k == current)
                    QVERIFY2(ring > 20, qPrintable(u"current %1: %2 ring pixels"_qs.arg(k).arg(ring)));
                else if (QLineF(view.sampleCentre(k), view.sampleCentre(current)).length() > 2 * (r + 9))
                    QVERIFY2(ring == 0, qPrintable(u"sample %1 ringed"_qs.arg(k)));
            }
        }
    }

    // Per-sample mode: a row per sample, the current one highlighted and scrolled into view.
    void highlightsTheCurrentSamplesRow_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::newRow("three classes, one-hot") << goldenRun(u"three_class_softmax-seed5"_qs, 20);
        QTest::newRow("one input, linear") << makeRun({1, 1}, {Activation::Linear}, 40, [](int k, int) { return k * 0.05; }, [](int k) { return k % 2; }, 0.1);
        QTest::newRow("256 samples, 8 inputs, 8 classes")
            << makeRun({9, 16, 8}, {Activation::Relu, Activation::Softmax}, 256, [](int k, int c) { return c == 8 ? 1.0 : uniform(k, c); },
                       [](int k) { return k % 8; }, 0.05, 2);
    }
    void highlightsTheCurrentSamplesRow()
    {
        QFETCH(NetworkRun, run);
        const auto trace = recordOf(run);
        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view, QSize(420, 480));
        QCOMPARE(int(view.mode()), int(Mode::PerSample));
        const QColor rowColour = blendedOver(ValueColors::highlight(), 70, view.palette().color(QPalette::Base));
        const int N = run.sampleCount();
        for (int current : {0, N / 2, N - 1}) {
            view.setPosition({static_cast<long long>(run.epochs - 1) * N + current, 0});
            const QRectF row = view.sampleRow(current);
            const QRectF visible = QRectF(view.viewport()->rect());
            QVERIFY2(visible.contains(row), qPrintable(u"row %1 (%2,%3 %4x%5) not in view %6x%7, scrolled %8 of %9"_qs.arg(current).arg(row.x()).arg(row.y()).arg(row.width()).arg(row.height()).arg(visible.width()).arg(visible.height()).arg(view.verticalScrollBar()->value()).arg(view.verticalScrollBar()->maximum())));
            const QImage image = shot(view);
            QVERIFY(countColour(image, row.center(), row.height() * 0.45, rowColour) > 0);
            for (int k : {0, 1, N - 2, N - 1}) {
                const QRectF other = view.sampleRow(k);
                if (k != current && visible.contains(other))
                    QCOMPARE(countColour(image, other.center(), other.height() * 0.45, rowColour), 0);
            }
        }
        if (N == 256)
            QVERIFY(view.verticalScrollBar()->maximum() > 0); // 256 rows scroll
    }

    // A 3-32-32-32-8 network on 256 samples: the field (9216 forward passes) is computed on the
    // worker thread, so stepping only reads the step and the samples' outputs.
    void computesALargeFieldOffTheWindowsThread()
    {
        const auto trace = recordOf(largeNet());
        QElapsedTimer timer;
        timer.start();
        const GeneralPlaneField direct = GeneralPlaneField::compute(trace->engine(), trace->finalWeights(), [] {
            GeneralPlaneField::Plane plane;
            plane.input = {0, 0, 1};
            plane.acrossMin = plane.upMin = -1.2;
            plane.acrossMax = plane.upMax = 1.2;
            return plane;
        }());
        qInfo("3-32-32-32-8 field of %d x %d cells: %lld ms", direct.cells, direct.cells, static_cast<long long>(timer.elapsed()));

        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view);
        QCOMPARE(int(view.mode()), int(Mode::Plane));
        QVERIFY(view.computesFieldOffThread());
        QTRY_VERIFY_WITH_TIMEOUT(view.fieldIsCurrent(), 20000);
        timer.restart();
        int positions = 0;
        for (long long s = 200; s < 260; ++s) {
            view.setPosition({s, 0});
            view.setPosition({s, 40});
            positions += 2;
        }
        qInfo("setPosition: %.2f ms on average over %d positions", double(timer.elapsed()) / positions, positions);
        QTRY_VERIFY_WITH_TIMEOUT(view.fieldIsCurrent(), 20000);
        const QImage image = shot(view);
        // The eight classes' region colours are apart from each other.
        for (int a = 0; a < 8; ++a)
            for (int b = a + 1; b < 8; ++b)
                QVERIFY(colourDistance(GeneralPlaneField::regionColour(a), GeneralPlaneField::regionColour(b)) > 40);
        // Each cell probed holds the engine's arg-max there, and shows its region's colour away
        // from the samples and the boundaries.
        const GeneralPlaneField &field = *view.field();
        const GeneralPlaneField::Plane &plane = view.plane();
        const int n = plane.cells;
        const qreal clearance = view.fontMetrics().height() * 0.45 + 12;
        std::vector<double> input = plane.input;
        int probed = 0;
        for (int r = 2; r + 2 < n; r += 5) {
            for (int c = 2; c + 2 < n; c += 5) {
                input[0] = GeneralPlaneField::acrossAt(plane, c);
                input[1] = GeneralPlaneField::upAt(plane, r);
                const auto y = engineOutputs(*trace, view.weights(), input);
                const int expected = int(std::max_element(y.begin(), y.end()) - y.begin());
                QCOMPARE(field.classes[static_cast<std::size_t>(r) * n + c], expected);
                const QPointF at = view.planePoint(input[0], input[1]);
                bool clear = true;
                for (int k = 0; k < trace->run().sampleCount() && clear; ++k)
                    clear = QLineF(at, view.sampleCentre(k)).length() >= clearance;
                for (int rr = r - 2; rr <= r + 2; ++rr)
                    for (int cc = c - 2; cc <= c + 2; ++cc)
                        clear = clear && field.classes[static_cast<std::size_t>(rr) * n + cc] == expected;
                if (!clear)
                    continue;
                QCOMPARE(pixelAt(image, at), GeneralPlaneField::regionColour(expected));
                ++probed;
            }
        }
        qInfo("%d region pixels probed", probed);
        QVERIFY(probed >= 3);
        // A new run while the worker computes: no stale field, no crash.
        view.setPosition({0, 0});
        view.setTrace(recordOf(threeBlobs()));
        QTRY_VERIFY_WITH_TIMEOUT(view.fieldIsCurrent(), 20000);
    }

    // A blow-up (alpha 1e300): inf and NaN outputs are flagged, never a crash.
    void flagsNonFiniteValues_data()
    {
        QTest::addColumn<NetworkRun>("run");
        // Whether the weights or outputs shown become inf or NaN: a sigmoid output saturates to
        // 0 or 1 at an infinite sum, so its outputs stay finite (nothing to flag, nothing to crash).
        QTest::addColumn<bool>("mustFlag");
        NetworkRun relu = makeRun({3, 4, 1}, {Activation::Relu, Activation::Sigmoid}, 4, [](int k, int c) { return c == 2 ? 1.0 : double((k >> c) & 1); },
                                  [](int k) { return (k & 1) ^ (k >> 1); }, 1e300, 5);
        QTest::newRow("XOR 3-4-1 relu-sigmoid, alpha 1e300") << relu << false;
        NetworkRun linear = makeRun({3, 4, 1}, {Activation::Linear, Activation::Linear}, 8, [](int k, int c) { return c == 2 ? 1.0 : uniform(k, c, 3); },
                                    [](int k) { return k % 2; }, 1e300, 5);
        QTest::newRow("linear 3-4-1, alpha 1e300") << linear << true;
        NetworkRun classes = goldenRun(u"three_class_softmax-seed5"_qs, 5);
        classes.alpha = 1e300;
        QTest::newRow("softmax per sample, alpha 1e300") << classes << true;
        NetworkRun blobs = threeBlobs(30, {3, 8, 3}, {Activation::Relu, Activation::Softmax});
        blobs.alpha = 1e300;
        blobs.epochs = 4;
        QTest::newRow("three blobs relu-softmax, alpha 1e300") << blobs << true;
    }
    void flagsNonFiniteValues()
    {
        QFETCH(NetworkRun, run);
        QFETCH(bool, mustFlag);
        const auto trace = recordOf(run);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        GeneralInputPlaneView view;
        view.setTrace(trace);
        show(view);
        bool flagged = false;
        const long long bad = trace->firstNonFiniteStep();
        std::vector<long long> steps = {0LL, std::max(0LL, bad - 1), bad, std::min(trace->stepCount() - 1, bad + 1), trace->stepCount() - 1};
        if (trace->stepCount() <= 40) {
            steps.clear();
            for (long long s = 0; s < trace->stepCount(); ++s)
                steps.push_back(s);
        }
        qInfo("first non-finite value: step %lld, %s", bad, trace->firstNonFiniteQuantity() ? trace->firstNonFiniteQuantity()->name().c_str() : "-");
        for (long long s : steps) {
            const int ops = int(trace->step(s).operations().size());
            for (int op : {0, ops - 1}) {
                view.setPosition({s, op});
                const QImage image = shot(view);
                QVERIFY(!image.isNull());
                if (!view.weightsFinite() || std::any_of(view.sampleOutputs().begin(), view.sampleOutputs().end(), [](double y) { return !std::isfinite(y); })) {
                    QVERIFY2(view.stateText().contains(u"not finite"_qs), qPrintable(view.stateText()));
                    int magenta = 0;
                    for (int y = 0; y < image.height() && magenta == 0; ++y)
                        for (int x = 0; x < image.width(); ++x)
                            magenta += QColor(image.pixel(x, y)) == ValueColors::notFinite();
                    QVERIFY(magenta > 0);
                    flagged = true;
                } else {
                    QVERIFY(!view.stateText().contains(u"not finite"_qs));
                }
            }
        }
        QCOMPARE(flagged, mustFlag);
    }

    // Screenshots at a 1366x768 window's dock and at a 1024x768 one's, and in presenter mode's
    // larger font, for a person to look at: every text stays inside and apart.
    void fitsAtTheWindowsSizes_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("fontScale");
        QTest::addColumn<QString>("name");
        const NetworkRun rings = goldenRun(u"rings_tanh_minibatch-seed2"_qs, 3000);
        const NetworkRun blobs = threeBlobs();
        const NetworkRun classes = goldenRun(u"three_class_softmax-seed5"_qs, 2000);
        const NetworkRun wide = makeRun({9, 16, 8}, {Activation::Relu, Activation::Softmax}, 256, [](int k, int c) { return c == 8 ? 1.0 : uniform(k, c); },
                                        [](int k) { return k % 8; }, 0.05, 2);
        const NetworkRun linear = makeRun({1, 1}, {Activation::Linear}, 40, [](int k, int) { return k * 0.05; }, [](int k) { return k % 2; }, 0.1);
        for (const auto &[size, label] : {std::pair{QSize(600, 660), u"1366"_qs}, std::pair{QSize(430, 520), u"1024"_qs}}) {
            for (qreal scale : {1.0, 1.6}) {
                const QString suffix = u"%1%2"_qs.arg(label, scale > 1 ? u"-presenting"_qs : QString());
                QTest::newRow(qPrintable(QStringLiteral("rings ") + suffix)) << rings << size << scale << QStringLiteral("rings-") + suffix;
                QTest::newRow(qPrintable(QStringLiteral("blobs ") + suffix)) << blobs << size << scale << QStringLiteral("blobs-") + suffix;
                QTest::newRow(qPrintable(QStringLiteral("classes ") + suffix)) << classes << size << scale << QStringLiteral("classes-") + suffix;
                QTest::newRow(qPrintable(QStringLiteral("wide ") + suffix)) << wide << size << scale << QStringLiteral("wide-") + suffix;
                QTest::newRow(qPrintable(QStringLiteral("linear ") + suffix)) << linear << size << scale << QStringLiteral("linear-") + suffix;
            }
        }
    }
    void fitsAtTheWindowsSizes()
    {
        QFETCH(NetworkRun, run);
        QFETCH(QSize, size);
        QFETCH(qreal, fontScale);
        QFETCH(QString, name);
        const auto trace = recordOf(run);
        GeneralInputPlaneView view;
        view.setFont(scaledFont(view.font(), fontScale));
        view.setTrace(trace);
        show(view, size);
        view.setPosition({trace->stepCount() - 3, 2});
        QTRY_VERIFY_WITH_TIMEOUT(view.fieldIsCurrent(), 20000);
        if (qEnvironmentVariableIsSet("DELTATRACE_SHOTS"))
            view.grab().save(u"/tmp/general-plane-%1.png"_qs.arg(name));
        QVERIFY(view.minimumSizeHint().width() <= size.width() || fontScale > 1);
        const QList<QRectF> texts = view.paintedTextRects();
        const QRectF inside = QRectF(view.viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(inside.contains(texts[i]), qPrintable(u"text %1 outside"_qs.arg(i)));
            for (qsizetype j = i + 1; j < texts.size(); ++j)
                QVERIFY2(!texts[i].intersects(texts[j]), qPrintable(u"texts %1 and %2 overlap"_qs.arg(i).arg(j)));
        }
    }
};

QTEST_MAIN(TestGeneralInputPlaneView)
#include "tst_generalinputplaneview.moc"
