// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TraceTableModel: a well-behaved model (QAbstractItemModelTester), one column per recorded
// scalar named as the CSV export and the network diagram name it (numpy's W1[2,0]), every cell
// showing exactly the trace's number, in the current step only what the diagram shows as
// computed, the current operation marked, the weights a step moved flagged, non-finite values
// coloured, and runs of millions of steps answered in constant time per cell.
#include "coursefixtures.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "networkdiagramscene.h"
#include "numberformat.h"
#include "settings.h"
#include "stepcontroller.h"
#include "traceexporter.h"
#include "tracetablemodel.h"
#include "trainer.h"
#include "valuecolors.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QBuffer>
#include <QFont>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)

namespace {

std::shared_ptr<const Trace> record(Rule rule, int epochs, double alpha = 0.9, std::size_t budget = Trainer::DefaultFullRecordBudget,
                                    SampleVector D = fixtures::andTargets())
{
    return fixtures::recordShared(fixtures::courseSpec(rule, D, epochs, alpha), budget);
}

// The scalars of a step in table order, read straight from the record (the test's own map of
// the columns, independent of the model's).
std::vector<double> rowValues(const StepRecord &r, Rule rule)
{
    std::vector<double> out = {static_cast<double>(r.index), double(r.epoch), double(r.sample), r.x(0), r.x(1), r.x(2), r.d};
    for (Quantity q : recordedQuantities(rule))
        for (double v : r.values(q))
            out.push_back(v);
    return out;
}

bool bitEqual(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// The header fields of a CSV export as RFC 4180 reads them: a quoted comma stays in its field.
QList<QString> csvHeader(const Trace &trace)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!TraceExporter::write(trace, TraceExporter::Format::Csv, buffer, &error))
        return {error};
    const QByteArray line = buffer.data().left(buffer.data().indexOf('\n'));
    QList<QString> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(QString());
        else
            fields.last().append(QLatin1Char(c));
    }
    return fields;
}

// The quantity and element of each recorded column, from the rule (the test's own map).
std::vector<std::pair<Quantity, int>> recordedScalars(Rule rule)
{
    std::vector<std::pair<Quantity, int>> out;
    for (Quantity q : recordedQuantities(rule))
        for (int i = 0; i < quantityShape(q).size(); ++i)
            out.emplace_back(q, i);
    return out;
}

bool isWeightQuantity(Quantity q) { return q == Quantity::W || q == Quantity::W1 || q == Quantity::W2; }

void addRules()
{
    QTest::addColumn<Rule>("rule");
    QTest::newRow("forward") << Rule::Forward;
    QTest::newRow("delta rule") << Rule::DeltaRule;
    QTest::newRow("backprop sigmoid") << Rule::BackpropSigmoid;
    QTest::newRow("backprop cross-entropy") << Rule::BackpropCrossEntropy;
}

} // namespace

class TestTraceTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester_data() { addRules(); }
    void passesTheModelTester()
    {
        QFETCH(Rule, rule);
        TraceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(record(rule, rule == Rule::Forward ? 1 : 3));
        // Moving checks every signal a move emits.
        model.setPosition({0, 0});
        model.setPosition({0, 1});
        model.setPosition({5, 0});
        model.setPosition({11, 1});
        model.setTrace(record(rule, rule == Rule::Forward ? 1 : 2));
        model.setPosition({7, 1});
        model.setTrace(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setTrace(record(rule, 1));
    }

    void rowsAndColumns_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<int>("columns");
        // step, epoch, sample, x[0..2], d, then the scalars of the recorded quantities.
        QTest::newRow("forward: v, y") << Rule::Forward << 1 << 7 + 2;
        QTest::newRow("delta rule: v y e delta dW[3] W[3]") << Rule::DeltaRule << 5 << 7 + 4 + 3 + 3;
        QTest::newRow("backprop sigmoid: 52 scalars") << Rule::BackpropSigmoid << 3 << 7 + 4 + 4 + 1 + 1 + 1 + 1 + 4 + 4 + 12 + 12 + 4 + 4;
        QTest::newRow("backprop ce: 52 scalars") << Rule::BackpropCrossEntropy << 2 << 7 + 52;
    }
    void rowsAndColumns()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        QFETCH(int, columns);
        TraceTableModel model;
        model.setTrace(record(rule, epochs));
        QCOMPARE(model.rowCount(), epochs * 4);
        QCOMPARE(model.columnCount(), columns);
    }

    void headersNameEveryScalar()
    {
        TraceTableModel model;
        model.setTrace(record(Rule::BackpropSigmoid, 2));
        auto header = [&](int c) { return model.headerData(c, Qt::Horizontal).toString(); };
        QCOMPARE(header(0), QStringLiteral("step"));
        QCOMPARE(header(1), QStringLiteral("epoch"));
        QCOMPARE(header(2), QStringLiteral("sample"));
        QCOMPARE(header(3), QStringLiteral("x[0]"));
        QCOMPARE(header(5), QStringLiteral("x[2]"));
        QCOMPARE(header(6), QStringLiteral("d"));
        QCOMPARE(header(7), QStringLiteral("v1[0]"));
        QCOMPARE(header(model.columnOf(Quantity::Y1, 2)), QStringLiteral("y1[2]"));
        QCOMPARE(header(model.columnOf(Quantity::V)), QStringLiteral("v"));
        QCOMPARE(header(model.columnOf(Quantity::Delta)), QStringLiteral("delta"));
        QCOMPARE(header(model.columnOf(Quantity::DW1, 7)), QStringLiteral("dW1[2,1]"));
        QCOMPARE(header(model.columnOf(Quantity::W1, 6)), QStringLiteral("W1[2,0]"));
        QCOMPARE(header(model.columnOf(Quantity::W1, 2)), QStringLiteral("W1[0,2]"));
        QCOMPARE(header(model.columnOf(Quantity::DW2, 3)), QStringLiteral("dW2[3]"));
        QCOMPARE(header(model.columnOf(Quantity::W2, 3)), QStringLiteral("W2[0,3]"));
        QCOMPARE(header(model.columnCount() - 1), QStringLiteral("W2[0,3]"));
        QCOMPARE(model.columnOf(Quantity::W), -1);
        // The recorded quantities follow in the rule's order, without gaps.
        int column = TraceTableModel::FixedColumnCount;
        for (Quantity q : recordedQuantities(Rule::BackpropSigmoid))
            for (int i = 0; i < quantityShape(q).size(); ++i)
                QCOMPARE(model.columnOf(q, i), column++);
        // The vertical header is the step number.
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("0"));
        QCOMPARE(model.headerData(7, Qt::Vertical).toString(), QStringLiteral("7"));

        model.setTrace(record(Rule::DeltaRule, 1));
        QCOMPARE(header(model.columnOf(Quantity::DW, 1)), QStringLiteral("dW[1]"));
        QCOMPARE(header(model.columnOf(Quantity::W, 2)), QStringLiteral("W[0,2]"));
    }

    // One name for a weight wherever the learner meets it: the table's header, the CSV export's
    // header and the network diagram (its tooltips and edge labels) all write numpy's W1[2,0].
    void weightsHaveOneNameEverywhere_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::newRow("delta rule: W") << Rule::DeltaRule;
        QTest::newRow("backprop sigmoid: W1, W2") << Rule::BackpropSigmoid;
        QTest::newRow("backprop cross-entropy: W1, W2") << Rule::BackpropCrossEntropy;
    }
    void weightsHaveOneNameEverywhere()
    {
        QFETCH(Rule, rule);
        const auto trace = record(rule, 1, 0.9, Trainer::DefaultFullRecordBudget, fixtures::xorTargets());
        TraceTableModel model;
        model.setTrace(trace);
        const QList<QString> csv = csvHeader(*trace);
        // The CSV has the table's columns without the step column.
        QCOMPARE(csv.size(), model.columnCount() - 1);
        for (int c = 1; c < model.columnCount(); ++c)
            QCOMPARE(csv[c - 1], model.headerData(c, Qt::Horizontal).toString());
        // The last step: the diagram shows the weights after the update, as the table's row does.
        NetworkDiagramScene scene;
        scene.setTrace(trace);
        scene.setPosition({trace->stepCount() - 1, static_cast<int>(operationsOf(rule).size()) - 1});
        int weights = 0;
        for (Quantity layer : weightQuantities(rule))
            for (int i = 0; i < quantityShape(layer).size(); ++i) {
                const int column = model.columnOf(layer, i);
                QVERIFY(column >= 0);
                const QString name = model.headerData(column, Qt::Horizontal).toString();
                QCOMPARE(name, NetworkDiagramScene::weightName(layer, i));
                QCOMPARE(csv[column - 1], name);
                QVERIFY2(QRegularExpression(QStringLiteral("^W[12]?\\[\\d,\\d\\]$")).match(name).hasMatch(), qPrintable(name));
                // The same name means the same number.
                QVERIFY(bitEqual(model.data(model.index(model.rowCount() - 1, column), TraceTableModel::ExactValueRole).toDouble(),
                                 scene.weightOf(layer, i)));
                ++weights;
            }
        QCOMPARE(weights, isTwoLayer(rule) ? 16 : 3);
    }

    void everyCellShowsTheTracesNumber_data() { addRules(); }
    void everyCellShowsTheTracesNumber()
    {
        QFETCH(Rule, rule);
        const auto trace = record(rule, rule == Rule::Forward ? 1 : 4);
        TraceTableModel model;
        model.setTrace(trace);
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::vector<double> expected = rowValues(trace->step(row), rule);
            QCOMPARE(static_cast<int>(expected.size()), model.columnCount());
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex index = model.index(row, c);
                const double v = expected[static_cast<size_t>(c)];
                const QString shown = model.data(index).toString();
                if (c <= TraceTableModel::SampleColumn)
                    QCOMPARE(shown, QString::number(static_cast<long long>(v)));
                else
                    QCOMPARE(shown, NumberFormat::value(v, 4));
                const double exact = model.data(index, TraceTableModel::ExactValueRole).toDouble();
                QVERIFY2(bitEqual(exact, v), qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(c)));
                if (c > TraceTableModel::SampleColumn)
                    QVERIFY(model.data(index, Qt::ToolTipRole).toString().contains(NumberFormat::exact(v)));
            }
        }
    }

    // In the current step's row the table shows what the network diagram shows: the values of
    // the operations done so far, "?" for the rest; the current operation's cells are marked.
    // The rows before and after keep every number.
    void currentRowShowsOnlyWhatIsComputed_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("operation");
        // Lesson 3 (XOR, 3-4-1), epoch 250, sample 1: the place of the lesson's screenshots.
        for (const char *op : {"v1", "y1", "v", "y", "e", "delta", "e1", "delta1", "dW1", "W1", "dW2", "W2"})
            QTest::addRow("backprop-ce %s", op) << Rule::BackpropCrossEntropy << QString::fromLatin1(op);
        for (const char *op : {"v1", "delta", "W1"})
            QTest::addRow("backprop-sigmoid %s", op) << Rule::BackpropSigmoid << QString::fromLatin1(op);
        for (const char *op : {"v", "e", "dW", "W"})
            QTest::addRow("delta rule %s", op) << Rule::DeltaRule << QString::fromLatin1(op);
    }
    void currentRowShowsOnlyWhatIsComputed()
    {
        QFETCH(Rule, rule);
        QFETCH(QString, operation);
        const auto trace = record(rule, 260, 0.9, Trainer::DefaultFullRecordBudget, fixtures::xorTargets());
        const std::optional<Quantity> current = quantityFromName(operation.toStdString());
        QVERIFY(current);
        const int op = operationIndex(rule, *current);
        QVERIFY(op >= 0);
        const TracePosition here{250 * 4 + 1, op};
        TraceTableModel model;
        model.setTrace(trace);
        model.setPosition(here);
        QCOMPARE(model.position(), here);
        NetworkDiagramScene diagram;
        diagram.setTrace(trace);
        diagram.setPosition(here);

        const int row = static_cast<int>(here.step);
        const StepRecord r = trace->step(here.step);
        const auto scalars = recordedScalars(rule);
        int shown = 0;
        int pending = 0;
        for (size_t k = 0; k < scalars.size(); ++k) {
            const auto [q, element] = scalars[k];
            const int column = TraceTableModel::FixedColumnCount + static_cast<int>(k);
            const QModelIndex index = model.index(row, column);
            const QString name = model.headerData(column, Qt::Horizontal).toString();
            const QString text = model.data(index).toString();
            const bool computed = operationIndex(rule, q) <= op;
            // The diagram decides alike, and where it writes "?" the table does too.
            QCOMPARE(diagram.computed(q), computed);
            if (!isWeightQuantity(q))
                QCOMPARE(diagram.valueText(q, element) == QStringLiteral("?"), !computed);
            QCOMPARE(model.data(index, TraceTableModel::ComputedRole).toBool(), computed);
            if (computed) {
                ++shown;
                const double v = r.values(q)[static_cast<size_t>(element)];
                QCOMPARE(text, NumberFormat::value(v, 4));
                QVERIFY2(bitEqual(model.data(index, TraceTableModel::ExactValueRole).toDouble(), v), qPrintable(name));
                QVERIFY(model.data(index, Qt::ToolTipRole).toString().contains(NumberFormat::exact(v)));
            } else {
                ++pending;
                QVERIFY2(text == QStringLiteral("?"), qPrintable(name + QStringLiteral(" shows ") + text));
                QVERIFY(!model.data(index, TraceTableModel::ExactValueRole).isValid());
                QVERIFY(!model.data(index, TraceTableModel::ChangedRole).toBool());
                QVERIFY(!model.data(index, Qt::BackgroundRole).isValid());
                const QString tip = model.data(index, Qt::ToolTipRole).toString();
                QVERIFY2(tip.startsWith(name + QStringLiteral(" = ?")), qPrintable(tip));
                // A weight not updated yet: the tooltip gives the weight before the update, the
                // number the diagram's edge shows, and never the recorded one after it.
                if (isWeightQuantity(q)) {
                    QCOMPARE(diagram.weightOf(q, element), r.weightsBefore(q)[static_cast<size_t>(element)]);
                    QVERIFY2(tip.contains(NumberFormat::exact(diagram.weightOf(q, element))), qPrintable(tip));
                }
            }
            // The current operation's cells are marked, no others; the headers stay as they are
            // (changing them repaints the whole table).
            const bool isCurrent = q == *current;
            QCOMPARE(model.data(index, TraceTableModel::CurrentOperationRole).toBool(), isCurrent);
            const QFont font = qvariant_cast<QFont>(model.data(index, Qt::FontRole));
            QCOMPARE(font.underline(), isCurrent);
            if (isCurrent)
                QVERIFY(font.bold() && model.data(index, Qt::BackgroundRole).isValid());
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::FontRole).isValid());
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::BackgroundRole).isValid());
        }
        QVERIFY(shown > 0);
        QCOMPARE(pending == 0, op == static_cast<int>(operationsOf(rule).size()) - 1);
        // The step's input and target are known from the start.
        for (int c = 0; c < TraceTableModel::FixedColumnCount; ++c) {
            QVERIFY(model.data(model.index(row, c), TraceTableModel::ComputedRole).toBool());
            QVERIFY(model.data(model.index(row, c)).toString() != QStringLiteral("?"));
        }
        // The step before is done, the one after is recorded: both show every number.
        for (int other : {row - 1, row + 1}) {
            const std::vector<double> expected = rowValues(trace->step(other), rule);
            for (int c = TraceTableModel::FixedColumnCount; c < model.columnCount(); ++c) {
                const QModelIndex index = model.index(other, c);
                QCOMPARE(model.data(index).toString(), NumberFormat::value(expected[static_cast<size_t>(c)], 4));
                QVERIFY(model.data(index, TraceTableModel::ComputedRole).toBool());
                QVERIFY(!model.data(index, TraceTableModel::CurrentOperationRole).toBool());
                QVERIFY(!qvariant_cast<QFont>(model.data(index, Qt::FontRole)).underline());
            }
        }
    }

    // A move repaints the row it leaves and the row it enters, nothing else: it never resets the
    // model (a reset would lose the view's scroll and selection and cost a full relayout per
    // step) and never changes the headers (QTableView then repaints its whole viewport).
    void movingUpdatesOnlyTheRowsItTouches()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, 5, 0.9, Trainer::DefaultFullRecordBudget, fixtures::xorTargets());
        TraceTableModel model;
        model.setTrace(trace);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        auto rowsChanged = [&] {
            QList<int> rows;
            for (const QList<QVariant> &args : std::as_const(cells)) {
                const auto from = args[0].value<QModelIndex>();
                const auto to = args[1].value<QModelIndex>();
                if (from.row() != to.row())
                    return QList<int>{-1};
                rows << from.row();
            }
            cells.clear();
            return rows;
        };
        const int w2 = model.columnOf(Quantity::W2, 0);

        model.setPosition({5, 0}); // the first place: row 5
        QCOMPARE(rowsChanged(), QList<int>{5});
        model.setPosition({5, 1}); // the next operation: the same row
        QCOMPARE(rowsChanged(), QList<int>{5});
        model.setPosition({6, 1}); // the same operation of the next step: rows 5 and 6
        QCOMPARE(rowsChanged(), (QList<int>{5, 6}));
        model.setPosition({6, 1}); // no move, no signal
        QCOMPARE(rowsChanged(), QList<int>{});
        model.setPosition({19, 11}); // a jump to the end
        QCOMPARE(rowsChanged(), (QList<int>{6, 19}));
        QCOMPARE(model.data(model.index(19, w2)).toString(), NumberFormat::value(trace->step(19).after.W2(0), 4));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(headers.size(), 0);
        // A new run starts with every row complete until the stepper places it.
        model.setTrace(trace);
        QCOMPARE(model.position().step, -1);
        QCOMPARE(model.data(model.index(0, w2)).toString(), NumberFormat::value(trace->step(0).after.W2(0), 4));
    }

    // The window hands the stepper's place to its table: at lesson 3's delta operation the table
    // shows delta but not yet e1, W1 or the update, as the diagram beside it.
    void theWindowsTableFollowsTheStepper()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages, &settings);
        QString error;
        const QString lesson = window.openLesson(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"), &error);
        QVERIFY2(!lesson.isEmpty(), qPrintable(error));
        QVERIFY(window.startExperiment(lesson, QStringLiteral("backprop-ce"), {std::nullopt, std::nullopt, 3}));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
        QCOMPARE(window.goTo(2, 1, QStringLiteral("delta")), QString());
        const QAbstractItemModel *table = window.traceTable()->model();
        auto shown = [&](int row, Quantity q) {
            const int column = qobject_cast<const TraceTableModel *>(table)->columnOf(q, 0);
            return table->data(table->index(row, column)).toString();
        };
        const int row = 2 * 4 + 1;
        QCOMPARE(shown(row, Quantity::Delta), NumberFormat::value(window.trace()->step(row).delta, 4));
        QCOMPARE(shown(row, Quantity::E1), QStringLiteral("?"));
        QCOMPARE(shown(row, Quantity::W1), QStringLiteral("?"));
        QCOMPARE(shown(row, Quantity::DW2), QStringLiteral("?"));
        QCOMPARE(shown(row - 1, Quantity::E1), NumberFormat::value(window.trace()->step(row - 1).e1(0), 4));
        // One operation on: e1 is computed.
        window.controller()->forward(StepController::Granularity::Operation);
        QCOMPARE(shown(row, Quantity::E1), NumberFormat::value(window.trace()->step(row).e1(0), 4));
        QCOMPARE(shown(row, Quantity::Delta1), QStringLiteral("?"));
    }

    void rowsAreReadInAnyOrder()
    {
        // The cache must never hand out another row's record: jump around and compare.
        const auto trace = record(Rule::BackpropSigmoid, 100, 0.9, 0);
        QVERIFY(!trace->hasFullRecord());
        TraceTableModel model;
        model.setTrace(trace);
        const int column = model.columnOf(Quantity::W1, 5);
        std::uint32_t state = 12345;
        for (int i = 0; i < 2000; ++i) {
            state = state * 1664525u + 1013904223u;
            const int row = static_cast<int>(state % static_cast<std::uint32_t>(model.rowCount()));
            QVERIFY(bitEqual(model.data(model.index(row, column), TraceTableModel::ExactValueRole).toDouble(),
                             trace->step(row).after.W1(1, 2)));
        }
    }

    void weightsTheStepMovedAreFlagged()
    {
        // Delta rule: dW = alpha delta x, so a weight whose input is 0 does not move.
        // X rows: (0,0,1), (0,1,1), (1,0,1), (1,1,1).
        const auto trace = record(Rule::DeltaRule, 2);
        TraceTableModel model;
        model.setTrace(trace);
        auto changed = [&](int row, Quantity q, int element) {
            return model.data(model.index(row, model.columnOf(q, element)), TraceTableModel::ChangedRole).toBool();
        };
        auto bold = [&](int row, Quantity q, int element) {
            return qvariant_cast<QFont>(model.data(model.index(row, model.columnOf(q, element)), Qt::FontRole)).bold();
        };
        auto tinted = [&](int row, Quantity q, int element) {
            return model.data(model.index(row, model.columnOf(q, element)), Qt::BackgroundRole).isValid();
        };
        for (int row : {0, 4}) { // x = (0, 0, 1): only the bias weight moves
            QVERIFY(!changed(row, Quantity::W, 0));
            QVERIFY(!changed(row, Quantity::W, 1));
            QVERIFY(changed(row, Quantity::W, 2));
            QVERIFY(!bold(row, Quantity::W, 0) && !tinted(row, Quantity::W, 0));
            QVERIFY(bold(row, Quantity::W, 2) && tinted(row, Quantity::W, 2));
        }
        QVERIFY(!changed(1, Quantity::W, 0) && changed(1, Quantity::W, 1) && changed(1, Quantity::W, 2));
        QVERIFY(changed(2, Quantity::W, 0) && !changed(2, Quantity::W, 1) && changed(2, Quantity::W, 2));
        QVERIFY(changed(3, Quantity::W, 0) && changed(3, Quantity::W, 1) && changed(3, Quantity::W, 2));
        // Other values compare with the previous row: dW[0] is 0 in rows 0 and 1 (x[0] = 0).
        QCOMPARE(trace->step(1).dW(0), 0.0);
        QVERIFY(!changed(1, Quantity::DW, 0));
        QVERIFY(changed(2, Quantity::DW, 0));
        QVERIFY(changed(1, Quantity::V, 0));
        QVERIFY(!changed(0, Quantity::V, 0)); // nothing before the first row
        // The fixed columns are never flagged.
        QVERIFY(!model.data(model.index(1, TraceTableModel::X1Column), TraceTableModel::ChangedRole).toBool());
    }

    void nonFiniteValuesAreColoured()
    {
        // Only the cross-entropy delta keeps pushing once the output saturates: at the top of the
        // double range the learning rate overflows the weights to inf, then the arithmetic to NaN.
        const auto trace = record(Rule::BackpropCrossEntropy, 2000, 1.7e308, Trainer::DefaultFullRecordBudget,
                                  SampleVector(0, 1, 1, 0));
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        TraceTableModel model;
        model.setTrace(trace);
        const int row = static_cast<int>(trace->firstNonFiniteStep());
        int nonFinite = 0;
        for (int r = row; r < std::min(row + 8, model.rowCount()); ++r)
            for (int c = TraceTableModel::FixedColumnCount; c < model.columnCount(); ++c) {
                const QModelIndex index = model.index(r, c);
                const double v = model.data(index, TraceTableModel::ExactValueRole).toDouble();
                const QVariant foreground = model.data(index, Qt::ForegroundRole);
                if (std::isfinite(v)) {
                    QVERIFY(!foreground.isValid());
                    continue;
                }
                ++nonFinite;
                QCOMPARE(qvariant_cast<QBrush>(foreground).color(), ValueColors::notFinite());
                const QString shown = model.data(index).toString();
                QVERIFY2(shown == QStringLiteral("NaN") || shown == QStringLiteral("+inf") || shown == QStringLiteral("-inf"),
                         qPrintable(shown));
                QVERIFY(model.data(index, Qt::ToolTipRole).toString().contains(QStringLiteral("overflow")));
            }
        QVERIFY(nonFinite > 0);
    }

    void millionEpochCheckpointTraceAnswersAtOnce()
    {
        const auto trace = record(Rule::DeltaRule, 1000000, 0.9, 0);
        QVERIFY(!trace->hasFullRecord());
        TraceTableModel model;
        model.setTrace(trace);
        QCOMPARE(model.rowCount(), 4000000);
        const int last = model.rowCount() - 1;
        const std::vector<double> expected = rowValues(trace->step(last), Rule::DeltaRule);
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(bitEqual(model.data(model.index(last, c), TraceTableModel::ExactValueRole).toDouble(),
                             expected[static_cast<size_t>(c)]));
            QCOMPARE(model.data(model.index(last, c)).toString(),
                     c <= TraceTableModel::SampleColumn ? QString::number(static_cast<long long>(expected[static_cast<size_t>(c)]))
                                                        : NumberFormat::value(expected[static_cast<size_t>(c)], 4));
        }
        QCOMPARE(model.data(model.index(last, 0)).toString(), QStringLiteral("3999999"));
        // The final weights are the last row's W.
        QVERIFY(bitEqual(model.data(model.index(last, model.columnOf(Quantity::W, 2)), TraceTableModel::ExactValueRole).toDouble(),
                         trace->finalWeights().W(0, 2)));

        // A whole row, every role a view asks for, costs at most two recomputed steps (the row
        // and the one before it), wherever the row is.
        const long long before = model.fetchCountForTesting();
        const int middle = 2345678;
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole), int(Qt::FontRole),
                             int(Qt::BackgroundRole), int(TraceTableModel::ChangedRole)})
                model.data(model.index(middle, c), role);
        QVERIFY(model.fetchCountForTesting() - before <= 2);
    }

    void tableViewOverFourMillionRowsReadsOnlyTheRowsShown()
    {
        const auto trace = record(Rule::BackpropSigmoid, 1000000, 0.9, 0);
        TraceTableModel model;
        model.setTrace(trace);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
        view.resize(1200, 700);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Showing the table reads the rows on screen, not the run: a few dozen steps at most.
        QVERIFY2(model.fetchCountForTesting() < 200, qPrintable(QString::number(model.fetchCountForTesting())));
        // Jumping to places far apart (as the stepper does) and painting them reads one screen
        // of rows (each row and the one before it), wherever the row is. (Speed: the guibench.)
        const int visibleRows = view.viewport()->height() / view.verticalHeader()->defaultSectionSize() + 2;
        for (int i = 0; i < 20; ++i) {
            const int row = (i * 197731) % model.rowCount();
            const long long before = model.fetchCountForTesting();
            view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
            view.viewport()->repaint();
            QVERIFY2(model.fetchCountForTesting() - before <= 2LL * visibleRows,
                     qPrintable(QStringLiteral("%1 fetches for %2 rows").arg(model.fetchCountForTesting() - before).arg(visibleRows)));
        }
    }
};

QTEST_MAIN(TestTraceTableModel)
#include "tst_tracetablemodel.moc"
