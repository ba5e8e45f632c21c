// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ArithmeticPanel and FormulaBuilder: for every operation of every rule, the formula shows exactly
// the trace's numbers (NumberFormat::value, in the order the formula uses them); the update
// shows the weights before, the change and after; overflow is flagged; the panel follows the
// position and the language.
#include "coursefixtures.h"
#include "markingtranslator.h"
#include "arithmeticpanel.h"
#include "formulabuilder.h"
#include "formulaview.h"
#include "notesview.h"
#include "numberformat.h"
#include "presentationfont.h"
#include "presentermode.h"
#include "trainer.h"
#include "valuecolors.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(std::shared_ptr<const deltatrace::Trace>)

namespace {

std::shared_ptr<const Trace> record(Rule rule, int epochs, double alpha = 0.9, SampleVector D = fixtures::xorTargets(),
                                    std::size_t budget = Trainer::DefaultFullRecordBudget)
{
    return fixtures::recordShared(fixtures::courseSpec(rule, D, epochs, alpha), budget);
}

// A learning rate at the top of the double range overflows the cross-entropy network.
std::shared_ptr<const Trace> overflowTrace() { return record(Rule::BackpropCrossEntropy, 2000, 1.7e308); }

QStringList formatted(std::span<const double> values)
{
    QStringList out;
    for (double v : values)
        out << NumberFormat::value(v, 4);
    return out;
}
QStringList formatted(std::initializer_list<double> values) { return formatted(std::span<const double>(values.begin(), values.size())); }

template<typename M>
std::span<const double> all(const M &m)
{
    return {m.data(), static_cast<size_t>(m.size())};
}

// The numbers a formula must show, in order: the spec of each operation's arithmetic.
QStringList expectedNumbers(Rule rule, double alpha, Quantity q, const StepRecord &r)
{
    QStringList n;
    switch (q) {
    case Quantity::V:
        if (isTwoLayer(rule)) {
            n << formatted(all(r.before.W2)) << formatted(all(r.y1));
            for (int i = 0; i < HiddenCount; ++i)
                n << formatted({r.before.W2(i), r.y1(i)});
        } else {
            n << formatted(all(r.before.W)) << formatted(all(r.x));
            for (int i = 0; i < InputCount; ++i)
                n << formatted({r.before.W(i), r.x(i)});
        }
        n << formatted({r.v});
        break;
    case Quantity::V1: n << formatted(all(r.before.W1)) << formatted(all(r.x)) << formatted(all(r.v1)); break;
    case Quantity::Y: n << formatted({1, 1, -r.v, 1, 1, std::exp(-r.v), r.y}); break;
    case Quantity::Y1: n << formatted(all(r.v1)) << formatted(all(r.y1)); break;
    case Quantity::E: n << formatted({r.d, r.y, r.e}); break;
    case Quantity::Delta:
        if (rule == Rule::BackpropCrossEntropy)
            n << formatted({r.delta});
        else
            n << formatted({r.y, 1, r.y, r.e, r.delta});
        break;
    case Quantity::E1: n << formatted(all(r.before.W2)) << formatted({r.delta}) << formatted(all(r.e1)); break;
    case Quantity::Delta1:
        n << formatted(all(r.y1)) << formatted({1}) << formatted(all(r.y1)) << formatted(all(r.e1)) << formatted(all(r.delta1));
        break;
    case Quantity::DW: n << formatted({alpha, r.delta}) << formatted(all(r.x)) << formatted(all(r.dW)); break;
    case Quantity::DW1: n << formatted({alpha}) << formatted(all(r.delta1)) << formatted(all(r.x)) << formatted(all(r.dW1)); break;
    case Quantity::DW2: n << formatted({alpha, r.delta}) << formatted(all(r.y1)) << formatted(all(r.dW2)); break;
    case Quantity::W: n << formatted(all(r.before.W)) << formatted(all(r.dW)) << formatted(all(r.after.W)); break;
    case Quantity::W1: n << formatted(all(r.before.W1)) << formatted(all(r.dW1)) << formatted(all(r.after.W1)); break;
    case Quantity::W2: n << formatted(all(r.before.W2)) << formatted(all(r.dW2)) << formatted(all(r.after.W2)); break;
    }
    return n;
}

// The numbers of the plain text's "= ..." lines (the first line is symbols, notes are words).
QStringList numbersIn(const QString &plain)
{
    static const QRegularExpression number(
        QStringLiteral("(?<![\\w.])(?:[-+]?(?:\\d+(?:\\.\\d+)?(?:e[-+]\\d+)?|inf)|NaN)(?![\\w.])"));
    QStringList out;
    const QStringList lines = plain.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().startsWith(QLatin1Char('=')))
            continue;
        auto it = number.globalMatch(lines[i]);
        while (it.hasNext())
            out << it.next().captured();
    }
    return out;
}

// What the panel shows, read from its parts as a user sees them: each formula view's plain text,
// and "" for a part that is hidden.
QString shownText(const ArithmeticPanel &panel, const QString &view)
{
    const auto *formula = panel.findChild<FormulaView *>(view);
    return formula && formula->isVisibleTo(&panel) ? formula->plainText() : QString();
}
QString shownFormula(const ArithmeticPanel &panel) { return shownText(panel, QStringLiteral("formula")); }
QString shownHeader(const ArithmeticPanel &panel) { return shownText(panel, QStringLiteral("header")); }
// A line of words as the header shows it (its subscript digits as plain digits).
QString asShown(const QString &line) { return FormulaBuilder::plainText(FormulaBuilder::textLine(line)); }

// The weights area as plain text: the headings, then the weights before and after.
QString shownWeights(const ArithmeticPanel &panel)
{
    const auto *before = panel.findChild<QLabel *>(QStringLiteral("beforeHeading"));
    const auto *after = panel.findChild<QLabel *>(QStringLiteral("afterHeading"));
    QStringList parts = {before->text()};
    if (after->isVisibleTo(&panel))
        parts << after->text();
    for (int i = 0; i < 2; ++i)
        for (const QString &name : {QStringLiteral("weightsBefore%1").arg(i), QStringLiteral("weightsAfter%1").arg(i)})
            if (const QString text = shownText(panel, name); !text.isEmpty())
                parts << text;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestArithmeticPanel : public QObject
{
    Q_OBJECT

    // A panel on screen at `size`, its font `fontFactor` times the default, showing `trace`.
    static void showPanel(ArithmeticPanel &panel, std::shared_ptr<const Trace> trace, QSize size, double fontFactor)
    {
        QFont font = panel.font();
        font.setPointSizeF(font.pointSizeF() * fontFactor);
        panel.setFont(font);
        panel.resize(size);
        panel.setTrace(std::move(trace));
        panel.show();
    }
private slots:
    void formulaShowsTheTracesNumbers_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<long long>("step");
        QTest::addColumn<int>("operation");
        struct Run
        {
            const char *name;
            Rule rule;
            double alpha;
            int epochs;
        };
        for (const Run &run : {Run{"forward", Rule::Forward, 0.9, 1}, Run{"delta rule", Rule::DeltaRule, 0.9, 30},
                               Run{"backprop sigmoid", Rule::BackpropSigmoid, 0.9, 30},
                               Run{"backprop ce", Rule::BackpropCrossEntropy, 0.9, 30},
                               Run{"delta rule alpha 1000", Rule::DeltaRule, 1000, 30}}) {
            const auto ops = operationsOf(run.rule);
            for (long long step : {0LL, std::min(5LL, run.epochs * 4LL - 2), run.epochs * 4LL - 1}) {
                for (int op = 0; op < static_cast<int>(ops.size()); ++op)
                    QTest::addRow("%s, step %lld, %s", run.name, step, quantityName(ops[static_cast<size_t>(op)]).data())
                        << run.rule << run.alpha << step << op;
            }
        }
    }
    void formulaShowsTheTracesNumbers()
    {
        QFETCH(Rule, rule);
        QFETCH(double, alpha);
        QFETCH(long long, step);
        QFETCH(int, operation);
        const auto trace = record(rule, rule == Rule::Forward ? 1 : 30, alpha);
        const StepRecord r = trace->step(step);
        const Quantity q = operationsOf(rule)[static_cast<size_t>(operation)];
        const QString plain = FormulaBuilder::plainText(*trace, {step, operation}, r);
        QCOMPARE(numbersIn(plain), expectedNumbers(rule, alpha, q, r));
        // The first line names the quantity as the code does.
        QVERIFY2(plain.startsWith(QString::fromLatin1(quantityName(q).data()) + QStringLiteral(" = ")), qPrintable(plain));
        // The panel shows this very formula.
        ArithmeticPanel panel;
        panel.setTrace(trace);
        panel.setPosition({step, operation});
        QCOMPARE(shownFormula(panel), plain);
        QVERIFY(shownHeader(panel).contains(asShown(FormulaBuilder::formulaName(q))));
    }

    void updateShowsBeforeChangeAndAfter_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("weights");
        QTest::newRow("W (delta rule)") << Rule::DeltaRule << int(Quantity::W);
        QTest::newRow("W1 (backprop)") << Rule::BackpropSigmoid << int(Quantity::W1);
        QTest::newRow("W2 (backprop)") << Rule::BackpropSigmoid << int(Quantity::W2);
    }
    void updateShowsBeforeChangeAndAfter()
    {
        QFETCH(Rule, rule);
        QFETCH(int, weights);
        const auto q = static_cast<Quantity>(weights);
        const auto trace = record(rule, 5);
        const long long step = 9;
        const StepRecord r = trace->step(step);
        const int op = operationIndex(rule, q);
        const QString plain = FormulaBuilder::plainText(*trace, {step, op}, r);
        const QStringList lines = plain.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        // W = W + dW / = before + change / = after
        const QString name = QString::fromLatin1(quantityName(q).data());
        QCOMPARE(lines[0], QStringLiteral("%1 = %1 + d%1").arg(name));
        const auto rowsOf = [&](std::span<const double> v) {
            return QStringLiteral("[[") + formatted(v).join(QStringLiteral(", ")) + QStringLiteral("]]");
        };
        if (q == Quantity::W1) {
            QVERIFY(lines[1].contains(QStringLiteral("[[%1, %2, %3], [").arg(NumberFormat::value(r.before.W1(0, 0)),
                                                                               NumberFormat::value(r.before.W1(0, 1)),
                                                                               NumberFormat::value(r.before.W1(0, 2)))));
            QVERIFY(lines[2].endsWith(QStringLiteral("[%1, %2, %3]]").arg(NumberFormat::value(r.after.W1(3, 0)),
                                                                            NumberFormat::value(r.after.W1(3, 1)),
                                                                            NumberFormat::value(r.after.W1(3, 2)))));
        } else {
            const auto before = q == Quantity::W ? all(r.before.W) : all(r.before.W2);
            const auto change = q == Quantity::W ? all(r.dW) : all(r.dW2);
            const auto after = q == Quantity::W ? all(r.after.W) : all(r.after.W2);
            QCOMPARE(lines[1].trimmed(), QStringLiteral("= %1 + %2").arg(rowsOf(before), rowsOf(change)));
            QCOMPARE(lines[2].trimmed(), QStringLiteral("= %1").arg(rowsOf(after)));
        }

        // The panel's weights: "not updated yet" until the update, then the new values.
        ArithmeticPanel panel;
        panel.setTrace(trace);
        const QString symbol = q == Quantity::W ? QStringLiteral("W") : q == Quantity::W1 ? QStringLiteral("W1") : QStringLiteral("W2");
        const auto after = q == Quantity::W ? all(r.after.W) : q == Quantity::W1 ? all(r.after.W1) : all(r.after.W2);
        const QString afterNumber = NumberFormat::value(after[after.size() - 1]);
        const QString notYet = symbol + QStringLiteral(": not updated yet");
        panel.setPosition({step, op - 1});
        QVERIFY2(shownWeights(panel).contains(notYet), qPrintable(shownWeights(panel)));
        panel.setPosition({step, op});
        QVERIFY2(!shownWeights(panel).contains(notYet), qPrintable(shownWeights(panel)));
        QVERIFY(shownWeights(panel).contains(afterNumber));
    }

    void forwardPassHasNoUpdate()
    {
        ArithmeticPanel panel;
        panel.setTrace(record(Rule::Forward, 1));
        panel.setPosition({2, 1});
        QVERIFY(shownWeights(panel).contains(QStringLiteral("does not change")));
        QVERIFY(!shownWeights(panel).contains(QStringLiteral("not updated yet")));
        QVERIFY(shownFormula(panel).startsWith(QStringLiteral("y = sigmoid(v)")));
    }

    void headerNamesThePlace()
    {
        ArithmeticPanel panel;
        panel.setTrace(record(Rule::BackpropSigmoid, 5));
        panel.setPosition({14, 5}); // epoch 3, sample 2, delta
        const QString header = shownHeader(panel);
        QVERIFY2(header.contains(QStringLiteral("Epoch 3, sample k = 2")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("6 of 12")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("output delta δ")), qPrintable(header));
        QVERIFY(shownFormula(panel).startsWith(QStringLiteral("delta = y (1 - y) e")));
    }

    void overflowIsFlagged()
    {
        const auto trace = overflowTrace();
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        const long long step = trace->firstNonFiniteStep();
        const Quantity q = trace->firstNonFiniteQuantity();
        const int op = operationIndex(trace->rule(), q);
        const StepRecord r = trace->step(step);
        const QString plain = FormulaBuilder::plainText(*trace, {step, op}, r);
        QCOMPARE(numbersIn(plain), expectedNumbers(trace->rule(), trace->spec().alpha, q, r));
        QVERIFY2(plain.contains(QStringLiteral("overflow")), qPrintable(plain));
        const Formula formula = FormulaBuilder::formula(*trace, {step, op}, r);
        QVERIFY(formula.overflow);
        QVERIFY(formula.notes.last().contains(QStringLiteral("overflow")));
        // A finite step has no such note.
        QVERIFY(!FormulaBuilder::plainText(*trace, {0, op}, trace->step(0)).contains(QStringLiteral("overflow")));
        // The panel shows the overflow note in the not-finite colour.
        ArithmeticPanel panel;
        panel.resize(900, 600);
        panel.setTrace(trace);
        panel.setPosition({step, op});
        const auto *notes = panel.findChild<NotesView *>(QStringLiteral("notes"));
        QVERIFY(notes && !notes->paragraphs().isEmpty());
        QVERIFY(notes->paragraphs().last().text.contains(QStringLiteral("overflow")));
        QCOMPARE(notes->paragraphs().last().color, ValueColors::notFinite());
        // Every operation of every later step renders without trouble.
        for (long long s = step; s < std::min(step + 8, trace->stepCount()); ++s)
            for (int o = 0; o < 12; ++o) {
                panel.setPosition({s, o});
                QVERIFY(!shownFormula(panel).isEmpty());
                QVERIFY(!panel.grab().isNull());
            }
    }

    // The panel sizes the window gives it (1366x768, 1600x1000, 1920x1080, presenter 1024x768),
    // in the application font and presenter mode's 1.6 times larger one, for every operation of
    // a sample step of each lesson's experiments: the header and the formula lie inside the
    // viewport (no sideways scrolling, and the value without scrolling down), and no two pieces
    // of text overlap.
    void headerAndFormulaFitThePanel_data()
    {
        QTest::addColumn<std::shared_ptr<const Trace>>("trace");
        QTest::addColumn<long long>("step");
        QTest::addColumn<int>("operation");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontFactor");
        struct Run
        {
            const char *name;
            std::shared_ptr<const Trace> trace;
            long long step;
        };
        const auto sigmoid = record(Rule::BackpropSigmoid, 300);
        const auto ce = record(Rule::BackpropCrossEntropy, 300);
        const Run runs[] = {
            {"lesson 1 forward", record(Rule::Forward, 1), 1},
            {"lesson 1-2 delta rule", record(Rule::DeltaRule, 300), 250 * 4 + 1},
            {"lesson 3 sigmoid epoch 250", sigmoid, 250 * 4 + 1},
            {"lesson 3 sigmoid last epoch", sigmoid, sigmoid->stepCount() - 3},
            {"lesson 3 ce epoch 250", ce, 250 * 4 + 1},
            {"lesson 3 ce last epoch", ce, ce->stepCount() - 3},
        };
        const QSize sizes[] = {{620, 300}, {820, 420}, {1000, 450}};
        for (const Run &run : runs) {
            const auto ops = operationsOf(run.trace->rule());
            for (int op = 0; op < static_cast<int>(ops.size()); ++op) {
                const char *name = quantityName(ops[static_cast<size_t>(op)]).data();
                for (const QSize &size : sizes)
                    QTest::addRow("%s, %s, %dx%d", run.name, name, size.width(), size.height())
                        << run.trace << run.step << op << size << 1.0;
                QTest::addRow("%s, %s, presenter 620x330", run.name, name) << run.trace << run.step << op << QSize(620, 330) << 1.6;
            }
        }
    }
    void headerAndFormulaFitThePanel()
    {
        QFETCH(std::shared_ptr<const Trace>, trace);
        QFETCH(long long, step);
        QFETCH(int, operation);
        QFETCH(QSize, size);
        QFETCH(double, fontFactor);
        ArithmeticPanel panel;
        showPanel(panel, trace, size, fontFactor);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Arrive from the operation before, as stepping does.
        panel.setPosition({step, std::max(0, operation - 1)});
        panel.setPosition({step, operation});
        QCoreApplication::processEvents();
        auto *scroll = panel.findChild<QScrollArea *>();
        QVERIFY(scroll);
        const QRectF viewport = scroll->viewport()->rect();
        QList<QRectF> all;
        for (const char *name : {"header", "formula"}) {
            auto *view = panel.findChild<FormulaView *>(QLatin1String(name));
            QVERIFY(view && view->isVisible());
            const QList<QRectF> rects = view->paintedTextRects();
            QVERIFY(!rects.isEmpty());
            for (const QRectF &r : rects) {
                const QRectF inViewport = r.translated(view->mapTo(scroll->viewport(), QPoint(0, 0)));
                QVERIFY2(inViewport.left() >= viewport.left() - 0.5 && inViewport.right() <= viewport.right() + 0.5,
                         qPrintable(QStringLiteral("%1: text at x %2..%3 outside the viewport 0..%4")
                                        .arg(QLatin1String(name)).arg(inViewport.left()).arg(inViewport.right()).arg(viewport.right())));
                QVERIFY2(inViewport.top() >= viewport.top() - 0.5 && inViewport.bottom() <= viewport.bottom() + 0.5,
                         qPrintable(QStringLiteral("%1: text at y %2..%3 outside the viewport 0..%4")
                                        .arg(QLatin1String(name)).arg(inViewport.top()).arg(inViewport.bottom()).arg(viewport.bottom())));
                all.append(inViewport);
            }
        }
        // Touching is fine (pieces follow each other); overlapping by more than a pixel is not.
        for (qsizetype i = 0; i < all.size(); ++i)
            for (qsizetype j = i + 1; j < all.size(); ++j)
                QVERIFY2(!all[i].adjusted(1, 1, -1, -1).intersects(all[j].adjusted(1, 1, -1, -1)),
                         qPrintable(QStringLiteral("text pieces %1 and %2 overlap").arg(i).arg(j)));
        // Nothing that carries a number is smaller than the application font.
        auto *formula = panel.findChild<FormulaView *>(QStringLiteral("formula"));
        QVERIFY(formula->font().pointSizeF() * formula->scale() >= panel.font().pointSizeF() - 0.01);
    }

    // Stepping through a sample step's operations one by one, as a person does, in the panel
    // sizes the window gives it (the weights beside the formula, or under it; presenter mode's
    // larger type in a wide, short panel): at every operation each formula view is as large as
    // what it paints (the formula's last line is not cut off when it is taller than the one
    // before, the weights are not clipped by their row, an earlier, taller formula leaves no gap
    // above the weights), and the header and the whole formula are in view without scrolling.
    void everyOperationIsWhollyShown_data()
    {
        QTest::addColumn<std::shared_ptr<const Trace>>("trace");
        QTest::addColumn<long long>("step");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontFactor");
        const auto delta = record(Rule::DeltaRule, 2);
        const auto sigmoid = record(Rule::BackpropSigmoid, 300);
        const auto ce = record(Rule::BackpropCrossEntropy, 300);
        const QSize sizes[] = {{844, 377}, {870, 377}, {1164, 432}, {1017, 432}, {1600, 560}};
        for (const QSize &size : sizes) {
            QTest::addRow("delta rule, %dx%d", size.width(), size.height()) << delta << 0LL << size << 1.0;
            QTest::addRow("sigmoid, %dx%d", size.width(), size.height()) << sigmoid << 250LL * 4 + 1 << size << 1.0;
            QTest::addRow("ce, %dx%d", size.width(), size.height()) << ce << 250LL * 4 + 1 << size << 1.0;
        }
        // Presenting at 1366x768 and 1024x768: a wide, short panel in type at least 24 px tall, as
        // PresenterMode makes it.
        const double presenting = std::max(PresentationFont::MinFontScale,
                                           PresentationFont::MinPresentingPixels / QFontInfo(QApplication::font()).pixelSize());
        for (const QSize &size : {QSize(1344, 325), QSize(1002, 325)}) {
            QTest::addRow("delta rule, presenter %dx%d", size.width(), size.height()) << delta << 0LL << size << presenting;
            QTest::addRow("sigmoid, presenter %dx%d", size.width(), size.height()) << sigmoid << 250LL * 4 + 1 << size << presenting;
            QTest::addRow("ce, presenter %dx%d", size.width(), size.height()) << ce << 250LL * 4 + 1 << size << presenting;
        }
    }
    void everyOperationIsWhollyShown()
    {
        QFETCH(std::shared_ptr<const Trace>, trace);
        QFETCH(long long, step);
        QFETCH(QSize, size);
        QFETCH(double, fontFactor);
        ArithmeticPanel panel;
        showPanel(panel, trace, size, fontFactor);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *scroll = panel.findChild<QScrollArea *>();
        QVERIFY(scroll);
        const auto ops = operationsOf(trace->rule());
        for (int op = 0; op < static_cast<int>(ops.size()); ++op) {
            panel.setPosition({step, op});
            QCoreApplication::processEvents();
            const QString where = QString::fromLatin1(quantityName(ops[static_cast<size_t>(op)]).data());
            for (const FormulaView *view : panel.findChildren<FormulaView *>()) {
                if (!view->isVisibleTo(&panel))
                    continue;
                const bool mustBeSeen = view->objectName() == QLatin1String("header") || view->objectName() == QLatin1String("formula");
                const QRectF viewport = QRectF(scroll->viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
                const QRectF own = QRectF(view->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
                const QList<QRectF> texts = view->paintedTextRects();
                // The current formula leaves no gap of a line or more under it (what follows it,
                // the weights, is not pushed away by an earlier, taller formula).
                if (view->objectName() == QLatin1String("formula")) {
                    qreal bottom = 0;
                    for (const QRectF &r : texts)
                        bottom = std::max(bottom, r.bottom());
                    QVERIFY2(view->height() - bottom < QFontMetricsF(view->font()).height(),
                             qPrintable(QStringLiteral("%1: the formula's view is %2 px tall, its text ends at %3")
                                            .arg(where).arg(view->height()).arg(bottom)));
                }
                for (const QRectF &r : texts) {
                    QVERIFY2(own.contains(r), qPrintable(QStringLiteral("%1, %2: text at (%3, %4, %5x%6) leaves the %7x%8 view")
                                                             .arg(where, view->objectName())
                                                             .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                                             .arg(view->width()).arg(view->height())));
                    const QRectF inViewport = r.translated(view->mapTo(scroll->viewport(), QPoint(0, 0)));
                    QVERIFY2(!mustBeSeen || viewport.contains(inViewport),
                             qPrintable(QStringLiteral("%1, %2: text at y %3..%4 is outside the viewport 0..%5")
                                            .arg(where, view->objectName())
                                            .arg(inViewport.top()).arg(inViewport.bottom()).arg(scroll->viewport()->height())));
                }
            }
        }
    }

    void withoutTraceShowsAHint()
    {
        ArithmeticPanel panel;
        QCOMPARE(shownFormula(panel), QString());
        auto *empty = panel.findChild<QLabel *>(QStringLiteral("empty"));
        QVERIFY(empty && !empty->text().isEmpty());
        panel.setTrace(record(Rule::DeltaRule, 1));
        panel.setPosition({3, 2});
        QVERIFY(shownFormula(panel).startsWith(QStringLiteral("e = d - y")));
        panel.setTrace(nullptr);
        QCOMPARE(shownFormula(panel), QString());
    }

    void positionsOutsideTheRunAreClamped()
    {
        ArithmeticPanel panel;
        panel.setTrace(record(Rule::DeltaRule, 2));
        panel.setPosition({1000, 99});
        QCOMPARE(panel.position(), (TracePosition{7, 5}));
        QVERIFY(shownFormula(panel).startsWith(QStringLiteral("W = W + dW")));
    }

    void followsTheLanguage()
    {
        ArithmeticPanel panel;
        panel.setTrace(record(Rule::DeltaRule, 2));
        panel.setPosition({5, 3});
        QVERIFY(!shownHeader(panel).contains(QStringLiteral("«")));
        fixtures::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        const QString marked = shownHeader(panel);
        const QString weights = shownWeights(panel);
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY2(marked.contains(QStringLiteral("«Epoch")), qPrintable(marked));
        QVERIFY2(marked.contains(QStringLiteral("«output delta δ»")), qPrintable(marked));
        QVERIFY2(weights.contains(QStringLiteral("«Weights before this sample step»")), qPrintable(weights));
        QVERIFY(!shownHeader(panel).contains(QStringLiteral("«")));
    }

    void followsTheFont()
    {
        ArithmeticPanel panel;
        panel.setTrace(record(Rule::DeltaRule, 2));
        auto *formula = panel.findChild<QWidget *>(QStringLiteral("formula"));
        QVERIFY(formula);
        const qreal before = formula->font().pointSizeF();
        QVERIFY(before > panel.font().pointSizeF()); // larger than the text around it
        QFont big = panel.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        panel.setFont(big);
        QCOMPARE(formula->font().pointSizeF(), before * 2);
    }

    void followsPositionsAcrossAMillionEpochs()
    {
        // Positions anywhere in a checkpointed run: the header names the step and the weights
        // shown are that step's. (Speed: deltatrace-guibench.)
        const auto trace = record(Rule::BackpropSigmoid, 1000000, 0.9, fixtures::xorTargets(), 0);
        QVERIFY(!trace->hasFullRecord());
        ArithmeticPanel panel;
        panel.resize(1000, 700);
        panel.setTrace(trace);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (long long step : {3'999'998LL, 5LL, 2'500'001LL}) {
            panel.setPosition({step, 0});
            QCoreApplication::processEvents();
            QVERIFY2(shownHeader(panel).contains(QString::number(step / 4)), qPrintable(shownHeader(panel)));
            QVERIFY2(shownWeights(panel).contains(FormulaBuilder::displayNumber(trace->step(step).before.W1(0, 0))),
                     qPrintable(shownWeights(panel)));
        }
    }
};

QTEST_MAIN(TestArithmeticPanel)
#include "tst_arithmeticpanel.moc"
