// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GeneralNetworkDiagram: a general run's network layer by layer, with the values of the current
// position on its units and its weights on the edges, the current quantity lit and named, wide
// layers shortened to their first, largest and last units, at any size without overlaps.
#include "generalnetworkdiagram.h"
#include "markingtranslator.h"
#include "networktrainer.h"
#include "numberformat.h"
#include "pixelprobe.h"
#include "valuecolors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace deltatrace;
using Picture = GeneralNetworkPicture;

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

// A golden spec's run (tests/data/golden/general), as tst_networkgolden builds it.
NetworkRun goldenRun(const QString &name, int epochs = 3)
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
    for (const QJsonValue &activation : spec.value(u"activations").toArray())
        run.architecture.activations.push_back(*activationFromName(activation.toString().toStdString()));
    run.architecture.delta = *outputDeltaFromName(spec.value(u"delta").toString(u"sse"_qs).toStdString());
    run.architecture.batch = spec.value(u"batch").toInt(1);
    run.architecture.momentum = spec.value(u"momentum").toDouble(0.0);
    run.alpha = spec.value(u"alpha").toDouble();
    run.epochs = epochs;
    run.seed = static_cast<std::uint32_t>(spec.value(u"seed").toInteger());
    return run;
}

// The largest network of lesson format 2 but for the input count: 3-32-32-32-8, softmax, on 256
// samples in batches of 16 with momentum.
NetworkRun wideRun(int epochs = 2)
{
    NetworkRun run;
    run.architecture.sizes = {3, 32, 32, 32, 8};
    run.architecture.activations = {Activation::Relu, Activation::Tanh, Activation::Sigmoid, Activation::Softmax};
    run.architecture.delta = OutputDelta::CrossEntropy;
    run.architecture.batch = 16;
    run.architecture.momentum = 0.9;
    run.data.sampleCount = 256;
    run.data.inputCount = 3;
    run.data.outputCount = 8;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(-1.0, 1.0);
    for (int k = 0; k < 256; ++k) {
        run.data.x.insert(run.data.x.end(), {value(random), value(random), 1.0});
        for (int j = 0; j < 8; ++j)
            run.data.d.push_back(j == k % 8 ? 1.0 : 0.0);
    }
    run.alpha = 0.05;
    run.epochs = epochs;
    run.seed = 3;
    return run;
}

// One input, one linear output: the smallest network there is.
NetworkRun linearRun()
{
    NetworkRun run;
    run.architecture.sizes = {1, 1};
    run.architecture.activations = {Activation::Linear};
    run.data.sampleCount = 3;
    run.data.inputCount = 1;
    run.data.outputCount = 1;
    run.data.x = {0.5, -1.0, 2.0};
    run.data.d = {1.0, -2.0, 4.0};
    run.alpha = 0.1;
    run.epochs = 4;
    return run;
}

// Alpha 1e300 through linear layers: the values overflow to inf, then nan.
NetworkRun blowUpRun()
{
    NetworkRun run = goldenRun(u"rings_tanh_minibatch-seed2"_qs, 20);
    run.architecture.activations = {Activation::Linear, Activation::Linear, Activation::Sigmoid};
    run.alpha = 1e300;
    return run;
}

std::shared_ptr<const NetworkTrace> record(const NetworkRun &run, bool full = true)
{
    NetworkTrainer::Options options;
    if (!full)
        options.fullRecordBudget = 0; // checkpoints only: each step is recomputed from one
    std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
    if (!trace)
        qFatal("recording failed");
    return std::make_shared<const NetworkTrace>(std::move(*trace));
}

NetworkRun runNamed(const QString &name)
{
    if (name == u"wide")
        return wideRun();
    if (name == u"linear")
        return linearRun();
    if (name == u"blow-up")
        return blowUpRun();
    return goldenRun(name);
}

const QStringList RunNames = {u"delta_batch-seed0"_qs, u"backprop_momentum-seed0"_qs, u"rings_tanh_minibatch-seed2"_qs,
                              u"three_class_softmax-seed5"_qs, u"wide"_qs, u"linear"_qs, u"blow-up"_qs};

// The first step that updates the weights (a batch's last sample).
long long firstUpdate(const NetworkTrace &trace)
{
    for (long long s = 0; s < trace.stepCount(); ++s)
        if (trace.step(s).update)
            return s;
    return 0;
}

QString rectText(const QRectF &r) { return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()); }

// Every text inside the canvas, no lower than the font's line, apart from every other, and off
// every unit it does not belong to. Empty when all hold.
QString textProblems(const Picture::Layout &layout, const QFont &font)
{
    const QRectF picture(QPointF(0, 0), layout.canvas);
    const qreal fontHeight = QFontMetricsF(font).height();
    if (layout.textScale < 1.0)
        return QStringLiteral("text scaled by %1").arg(layout.textScale);
    const auto &texts = layout.texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const QRectF t = texts[i].rect.adjusted(0.01, 0.01, -0.01, -0.01);
        if (!picture.contains(t))
            return QStringLiteral("text \"%1\" %2 leaves the picture").arg(texts[i].text, rectText(t));
        if (t.height() < fontHeight * 0.99)
            return QStringLiteral("text \"%1\" lower than the font").arg(texts[i].text);
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            if (t.intersects(texts[j].rect))
                return QStringLiteral("texts \"%1\" %2 and \"%3\" %4 overlap")
                    .arg(texts[i].text, rectText(t), texts[j].text, rectText(texts[j].rect));
        for (const Picture::Unit &u : layout.units) {
            if (u.index < 0 || u.rect.contains(t))
                continue;
            if (u.rect.intersects(t))
                return QStringLiteral("text \"%1\" overlaps unit %2 of column %3").arg(texts[i].text).arg(u.index).arg(u.column);
        }
    }
    return QString();
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

// The pictures, for a person to look at, when DELTATRACE_SAVE_PICTURES names a folder.
void savePicture(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DELTATRACE_SAVE_PICTURES");
    if (!folder.isEmpty())
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestGeneralNetworkDiagram : public QObject
{
    Q_OBJECT

private slots:
    void showsNothingWithoutARun()
    {
        GeneralNetworkDiagram diagram;
        diagram.resize(400, 300);
        QVERIFY(!diagram.currentLayout().hasRun);
        diagram.setPosition({5, 3});
        QVERIFY(!diagram.grab().isNull());
        diagram.setTrace(record(linearRun()));
        QVERIFY(diagram.currentLayout().hasRun);
        diagram.setTrace(nullptr);
        QVERIFY(!diagram.currentLayout().hasRun);
    }

    // At every operation of an update step of every kind of network: the lit quantity is the
    // operation's, its values are on its units, every known value shown is the step's, and the
    // edges carry the weights before the step until their layer's update is done.
    void showsEveryOperationOfAStep_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("compact");
        for (const QString &name : RunNames)
            QTest::newRow(qPrintable(name)) << name << QSize(1000, 560) << false;
        // Too narrow for the full form: three digits, no unit numbers or weight names.
        QTest::newRow("wide, compact") << u"wide"_qs << QSize(620, 420) << true;
    }
    void showsEveryOperationOfAStep()
    {
        QFETCH(QString, run);
        QFETCH(QSize, size);
        QFETCH(bool, compact);
        const auto trace = record(runNamed(run));
        const long long at = run == u"blow-up" ? std::max(trace->firstNonFiniteStep(), firstUpdate(*trace)) : firstUpdate(*trace);
        NetworkStep step = trace->step(at);
        while (!step.update)
            step = trace->step(step.index + 1);
        const Architecture &a = trace->architecture();
        GeneralNetworkDiagram diagram;
        diagram.resize(size);
        diagram.setTrace(trace);
        const auto &ops = step.operations();

        // The layers' names and activations over their columns, the target beside the outputs.
        diagram.setPosition({step.index, 0});
        QStringList titles;
        for (const Picture::Text *t : diagram.currentLayout().textsOf(Picture::Text::Title))
            titles << t->text;
        QStringList layerNames = {u"input"_qs};
        for (int l = 1; l < a.layerCount(); ++l)
            layerNames << u"hidden %1"_qs.arg(l);
        layerNames << u"output"_qs << u"target"_qs;
        QCOMPARE(titles, layerNames);
        for (int l = 1; l <= a.layerCount(); ++l)
            QCOMPARE(diagram.currentLayout().textsOf(Picture::Text::Activation, l).front()->text,
                     QString::fromLatin1(activationName(a.activation(l)).data()));
        // The first operation's layer is lit, in the highlight's colour.
        QVERIFY(fixtures::showsColour(&diagram, ValueColors::highlight()));

        for (int op = 0; op < int(ops.size()); ++op) {
            diagram.setPosition({step.index, op});
            const LayerQuantity q = ops[static_cast<std::size_t>(op)];
            const QString name = QString::fromStdString(q.name());
            const Picture::Layout &layout = diagram.currentLayout();
            QVERIFY2(textProblems(layout, diagram.font()).isEmpty(), qPrintable(name + u": "_qs + textProblems(layout, diagram.font())));
            QCOMPARE(layout.compact, compact);
            QCOMPARE(layout.digits, compact ? 3 : 4);
            QCOMPARE(layout.textsOf(Picture::Text::Index).empty(), compact || run != u"wide");

            // The one lit name is the operation's, over its column or between the columns.
            std::vector<const Picture::Text *> lit;
            for (const Picture::Text &t : layout.texts)
                if (t.lit && (t.role == Picture::Text::Quantity || t.role == Picture::Text::WeightName))
                    lit.push_back(&t);
            QVERIFY(layout.textsOf(Picture::Text::Now).front()->text.contains(name));
            if (layout.compact && q.isMatrix()) {
                QVERIFY(lit.empty()); // the compact form names weights in the header only
            } else {
                QCOMPARE(int(lit.size()), 1);
                QCOMPARE(lit.front()->text, name);
                QCOMPARE(lit.front()->role, q.isMatrix() ? Picture::Text::WeightName : Picture::Text::Quantity);
                QCOMPARE(lit.front()->column, q.layer);
            }

            // Every unit shown holds the step's value of its column's quantity (or "?").
            for (int c = 0; c <= a.layerCount(); ++c) {
                const QString quantity = layout.textsOf(Picture::Text::Quantity, c).front()->text;
                std::span<const double> values = step.input;
                bool known = true;
                if (c > 0) {
                    const auto shown = LayerQuantity::fromName(quantity.toStdString());
                    QVERIFY2(shown && shown->layer == c, qPrintable(quantity));
                    const auto done = std::find(ops.begin(), ops.end(), *shown);
                    known = done != ops.end() && done - ops.begin() <= op;
                    values = step.values(*shown);
                    if (!q.isMatrix() && q.layer == c)
                        QCOMPARE(*shown, q);
                }
                for (const Picture::Text *t : layout.textsOf(Picture::Text::Value, c))
                    QCOMPARE(t->text, known ? NumberFormat::value(values[static_cast<std::size_t>(t->unit)], c == 0 ? 4 : layout.digits) : u"?"_qs);
                // Shown units and the ellipses' counts add up to the layer.
                int units = 0;
                for (const Picture::Unit &u : layout.units)
                    if (u.column == c)
                        units += u.index >= 0 ? 1 : u.hidden;
                QCOMPARE(units, a.units(c));
            }
            // Targets beside the outputs.
            for (const Picture::Text *t : layout.textsOf(Picture::Text::Value, a.layerCount() + 1))
                QCOMPARE(t->text, NumberFormat::value(step.target[static_cast<std::size_t>(t->unit)]));

            // Edges: between shown units only, one per weight; the weights before the step until
            // their layer's W is done, then the new ones.
            std::size_t edges = 0;
            for (int l = 1; l <= a.layerCount(); ++l) {
                auto units = [&](int c) {
                    const std::vector<int> &shown = layout.shown[std::size_t(c)];
                    return std::count_if(shown.begin(), shown.end(), [](int u) { return u >= 0; });
                };
                edges += static_cast<std::size_t>(units(l - 1) * units(l));
            }
            QCOMPARE(layout.edges.size(), edges);
            for (const Picture::Edge &e : layout.edges) {
                const LayerQuantity w{LayerQuantity::Kind::W, e.layer};
                const auto done = std::find(ops.begin(), ops.end(), w);
                const bool updated = done - ops.begin() <= op;
                const int index = e.row * a.units(e.layer - 1) + e.col;
                const double expected = updated ? step.values(w)[static_cast<std::size_t>(index)]
                                                : step.weightsBefore[static_cast<std::size_t>(trace->engine().weightOffset(e.layer) + index)];
                QVERIFY(std::memcmp(&e.weight, &expected, sizeof(double)) == 0); // nan too
            }
        }
    }

    // Layers of more than MaxRows units: the first few, the largest in size (a non-finite value
    // before any) and the last, with an ellipsis wherever units are left out.
    void wideLayersShowFirstLargestAndLast_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("shown");
        auto ramp = [](int n, int peak, double peakValue) {
            QList<double> v;
            for (int i = 0; i < n; ++i)
                v.push_back(0.01 * i);
            if (peak >= 0)
                v[peak] = peakValue;
            return v;
        };
        QTest::newRow("fits") << ramp(8, -1, 0) << 10 << u"0 1 2 3 4 5 6 7"_qs;
        QTest::newRow("largest last") << ramp(32, -1, 0) << 10 << u"0 1 2 3 4 5 6 7 … 31"_qs;
        QTest::newRow("largest inside") << ramp(32, 17, -9.0) << 10 << u"0 1 2 3 4 5 … 17 … 31"_qs;
        QTest::newRow("largest among the first") << ramp(32, 2, 5.0) << 10 << u"0 1 2 3 4 5 6 7 … 31"_qs;
        QTest::newRow("nan beats size") << [&] { auto v = ramp(32, 17, 1e9); v[20] = std::nan(""); return v; }() << 10
                                        << u"0 1 2 3 4 5 … 20 … 31"_qs;
        QTest::newRow("few rows") << ramp(32, 17, -9.0) << 3 << u"0 … 17 … 31"_qs;
        QTest::newRow("next to the last") << ramp(12, 10, 9.0) << 6 << u"0 1 2 … 10 11"_qs;
    }
    void wideLayersShowFirstLargestAndLast()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, rows);
        QFETCH(QString, shown);
        QStringList got;
        for (int u : Picture::shownUnits(std::span<const double>(values.data(), static_cast<std::size_t>(values.size())), int(values.size()), rows))
            got << (u < 0 ? u"…"_qs : QString::number(u));
        QCOMPARE(got.join(QLatin1Char(' ')), shown);
    }

    // The widest network in the window's proportions, at a 1366x768 and a 1024x768 window, in
    // presenter mode's fonts and below its minimum size: nothing overlaps or leaves the picture,
    // the current layer's largest unit shows, and the ellipses say how many units they hide.
    void fitsEverySize_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("fontFactor");
        struct Size { const char *name; QSize size; qreal font; };
        const Size sizes[] = {{"1366x768 window", {880, 470}, 1.0}, {"1024x768 window", {620, 420}, 1.0},
                              {"presenter 1366x768", {880, 470}, 1.6}, {"presenter 1024x768", {620, 420}, 1.6},
                              {"small", {320, 200}, 1.0}, {"large", {1800, 1000}, 1.0}};
        for (const QString &run : {u"wide"_qs, u"three_class_softmax-seed5"_qs, u"linear"_qs, u"rings_tanh_minibatch-seed2"_qs})
            for (const Size &s : sizes)
                QTest::addRow("%s %s", qPrintable(run), s.name) << run << s.size << s.font;
    }
    void fitsEverySize()
    {
        QFETCH(QString, run);
        QFETCH(QSize, size);
        QFETCH(qreal, fontFactor);
        const auto trace = record(runNamed(run));
        GeneralNetworkDiagram diagram;
        diagram.setFont(scaled(diagram.font(), fontFactor));
        diagram.setTrace(trace);
        diagram.resize(size.expandedTo(diagram.minimumSizeHint()));
        const NetworkStep step = trace->step(firstUpdate(*trace));
        const auto &ops = step.operations();
        for (int op = 0; op < int(ops.size()); ++op) {
            diagram.setPosition({step.index, op});
            diagram.resize(size.expandedTo(diagram.minimumSizeHint()));
            const Picture::Layout &layout = diagram.currentLayout();
            QVERIFY2(textProblems(layout, diagram.font()).isEmpty(), qPrintable(textProblems(layout, diagram.font())));
            QVERIFY(layout.minimum.width() <= diagram.width() + 0.5 && layout.minimum.height() <= diagram.height() + 0.5);
            const LayerQuantity q = ops[static_cast<std::size_t>(op)];
            if (!q.isMatrix()) {
                // The largest value of the current quantity is on a unit.
                const auto values = step.values(q);
                const auto largest = std::max_element(values.begin(), values.end(), [](double x, double y) { return std::abs(x) < std::abs(y); });
                bool shown = false;
                for (const Picture::Text *t : layout.textsOf(Picture::Text::Value, q.layer))
                    shown |= t->unit == largest - values.begin();
                QVERIFY2(shown, q.name().c_str());
            }
            for (const Picture::Text *t : layout.textsOf(Picture::Text::Ellipsis))
                QVERIFY2(t->text.contains(QRegularExpression(u"^… [1-9][0-9]* "_qs)), qPrintable(t->text));
        }
        if (run == u"wide")
            QVERIFY(!diagram.currentLayout().textsOf(Picture::Text::Ellipsis).empty());
        savePicture(diagram, QStringLiteral("%1-%2x%3-font%4").arg(run).arg(diagram.width()).arg(diagram.height()).arg(fontFactor));
        diagram.setPosition({step.index, 7});
        savePicture(diagram, QStringLiteral("%1-%2x%3-font%4-op7").arg(run).arg(diagram.width()).arg(diagram.height()).arg(fontFactor));
    }

    // A blow-up: inf and nan on the units and edges, in the colour of non-finite values.
    void flagsNonFiniteValues()
    {
        const auto trace = record(blowUpRun());
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        GeneralNetworkDiagram diagram;
        diagram.resize(900, 520);
        diagram.setTrace(trace);
        const long long last = trace->stepCount() - 1;
        diagram.setPosition({last, int(trace->step(last).operations().size()) - 1});
        bool flagged = false;
        for (const Picture::Text &t : diagram.currentLayout().texts)
            if (t.role == Picture::Text::Value && t.notFinite) {
                QVERIFY2(t.text == u"NaN" || t.text == u"+inf" || t.text == u"-inf", qPrintable(t.text));
                flagged = true;
            }
        QVERIFY(flagged);
        QVERIFY(fixtures::showsColour(&diagram, ValueColors::notFinite()));
        savePicture(diagram, u"blow-up"_qs);
        // In a dark theme too: the flagged values keep their colour.
        QPalette dark = diagram.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        diagram.setPalette(dark);
        QVERIFY(fixtures::showsColour(&diagram, ValueColors::notFinite()));
        savePicture(diagram, u"blow-up-dark"_qs);
        diagram.setPalette(QPalette());
        // Every position of the blow-up's first non-finite step draws.
        const long long bad = trace->firstNonFiniteStep();
        for (int op = 0; op < int(trace->step(bad).operations().size()); ++op) {
            diagram.setPosition({bad, op});
            QVERIFY(!diagram.grab().isNull());
        }
    }

    // Moving is cheap on the widest network recomputed from checkpoints: the step is read once
    // and the picture laid out at the next paint. Each position shows its own step's numbers.
    void followsPositionsAcrossACheckpointedRun()
    {
        const auto trace = record(wideRun(40), false);
        QVERIFY(!trace->hasFullRecord());
        GeneralNetworkDiagram diagram;
        diagram.resize(880, 470);
        diagram.setTrace(trace);
        QElapsedTimer timer;
        timer.start();
        const int moves = 200;
        for (int i = 0; i < moves; ++i)
            diagram.setPosition({(i * 7919LL) % trace->stepCount(), i % 12});
        const double perMove = double(timer.nsecsElapsed()) / 1e6 / moves;
        // What reading the steps alone costs, for comparison: the view adds little to it.
        timer.restart();
        for (int i = 0; i < moves; ++i)
            QVERIFY(trace->step((i * 7919LL) % trace->stepCount()).layout);
        const double perRead = double(timer.nsecsElapsed()) / 1e6 / moves;
        qint64 layingOut = 0;
        for (int i = 0; i < 20; ++i) {
            diagram.setPosition({i, i % 12});
            timer.restart();
            QVERIFY(diagram.currentLayout().hasRun);
            layingOut += timer.nsecsElapsed();
        }
        const double perLayout = double(layingOut) / 1e6 / 20;
        qInfo("setPosition: %.3f ms per move (reading a step alone: %.3f ms); laying out at the next paint: %.3f ms (3-32-32-32-8, 256 samples, "
              "checkpoints every %d epochs)",
              perMove, perRead, perLayout, trace->checkpointInterval());
        for (long long s : {trace->stepCount() - 1, 5LL, 4321LL}) {
            diagram.setPosition({s, 1});
            const NetworkStep step = trace->step(s);
            QCOMPARE(diagram.scene().step, s);
            const auto y1 = step.values({LayerQuantity::Kind::Y, 1});
            for (const Picture::Text *t : diagram.currentLayout().textsOf(Picture::Text::Value, 1))
                QCOMPARE(t->text, NumberFormat::value(y1[static_cast<std::size_t>(t->unit)], diagram.currentLayout().digits));
            QVERIFY(!diagram.grab().isNull());
        }
    }

    // Every text comes from tr() when laid out: a language change shows at once.
    void retranslatesOnLanguageChange()
    {
        GeneralNetworkDiagram diagram;
        diagram.resize(900, 500);
        diagram.setTrace(record(goldenRun(u"three_class_softmax-seed5"_qs)));
        diagram.setPosition({3, 2});
        QCOMPARE(diagram.currentLayout().textsOf(Picture::Text::Title, 0).front()->text, u"input"_qs);
        fixtures::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        const Picture::Layout &layout = diagram.currentLayout();
        QCOMPARE(layout.textsOf(Picture::Text::Title, 0).front()->text, u"«input»"_qs);
        QCOMPARE(layout.textsOf(Picture::Text::Title, 1).front()->text, u"«hidden 1»"_qs);
        QVERIFY(layout.textsOf(Picture::Text::Badge).front()->text.startsWith(u"«"_qs));
        QVERIFY2(textProblems(layout, diagram.font()).isEmpty(), qPrintable(textProblems(layout, diagram.font())));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(diagram.currentLayout().textsOf(Picture::Text::Title, 0).front()->text, u"input"_qs);
    }

    void followsTheFont()
    {
        GeneralNetworkDiagram diagram;
        diagram.setTrace(record(wideRun(1)));
        const QSize small = diagram.minimumSizeHint();
        diagram.setFont(scaled(diagram.font(), 2.0));
        QVERIFY(diagram.minimumSizeHint().width() > small.width() * 3 / 2);
        QVERIFY(diagram.minimumSizeHint().height() > small.height() * 3 / 2);
    }
};

QTEST_MAIN(TestGeneralNetworkDiagram)
#include "tst_generalnetworkdiagram.moc"
