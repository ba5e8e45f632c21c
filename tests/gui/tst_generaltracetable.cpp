// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GeneralTraceTableModel and GeneralTraceTable: one row per sample step of a general network's
// run, one chosen quantity's elements as columns named as numpy indexes them, every cell exactly
// the trace's number, update quantities only at updates, the current row marked as the lessons
// 1-3 table marks it, non-finite values flagged, and long runs answered without reading them.
#include "generaltracefixtures.h"
#include "generaltracetable.h"
#include "generaltracetablemodel.h"
#include "numberformat.h"
#include "valuecolors.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstring>

using namespace deltatrace;

namespace {

bool bitEqual(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// The runs every test is repeated for: the four golden specs, the largest network format 2
// allows, a one-input linear network and a blow-up; each also recorded with checkpoints only
// (steps recomputed), as a long run is.
void addRuns()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("checkpoints");
    const QStringList names = fixtures::goldenSpecs() + QStringList{QStringLiteral("large"), QStringLiteral("linear"), QStringLiteral("blow-up")};
    for (const QString &name : names)
        for (bool checkpoints : {false, true})
            QTest::addRow("%s%s", qPrintable(name), checkpoints ? " (checkpoints)" : "") << name << checkpoints;
}

NetworkRun runNamed(const QString &name)
{
    if (name == QLatin1String("large"))
        return fixtures::largeSoftmaxRun(3);
    if (name == QLatin1String("linear"))
        return fixtures::linearRun(20);
    if (name == QLatin1String("blow-up"))
        return fixtures::blowUpRun(5);
    NetworkRun run = fixtures::goldenRun(name);
    run.epochs = std::min(run.epochs, 30); // the first epochs are enough for a table
    return run;
}

std::shared_ptr<const NetworkTrace> traceNamed(const QString &name, bool checkpoints)
{
    return fixtures::recordShared(runNamed(name), checkpoints ? fixtures::checkpointsOnly() : NetworkTrainer::Options{});
}

// Steps worth looking at: the first, the first update after it, one that is not an update (if the
// run batches), the epoch's last, a middle one and the run's last.
std::vector<long long> stepsToCheck(const NetworkTrace &trace)
{
    const long long n = trace.run().sampleCount();
    const long long last = trace.stepCount() - 1;
    std::vector<long long> steps = {0, std::min(last, n - 1), last / 2, last};
    for (long long s = 0; s < std::min(last + 1, 2 * n); ++s)
        if (trace.step(s).update) {
            steps.push_back(s);
            break;
        }
    for (long long s = 0; s < std::min(last + 1, 2 * n); ++s)
        if (!trace.step(s).update) {
            steps.push_back(s);
            break;
        }
    return steps;
}

} // namespace

class TestGeneralTraceTable : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        GeneralTraceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(traceNamed(QStringLiteral("rings_tanh_minibatch-seed2"), false));
        model.setQuantity({LayerQuantity::Kind::W, 2});
        model.setPosition({5, 3});
        model.setPosition({9, 0});
        model.setQuantity({LayerQuantity::Kind::Momentum, 1});
        model.setTrace(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void showsTheOutputByDefault_data() { addRuns(); }
    void showsTheOutputByDefault()
    {
        QFETCH(QString, name);
        QFETCH(bool, checkpoints);
        const auto trace = traceNamed(name, checkpoints);
        GeneralTraceTableModel model;
        model.setTrace(trace);
        const Architecture &a = trace->architecture();
        const LayerQuantity output{LayerQuantity::Kind::Y, a.layerCount()};
        QCOMPARE(model.quantity(), output);
        QCOMPARE(model.rowCount(), static_cast<int>(trace->stepCount()));
        QCOMPARE(model.columnCount(), 2 + a.outputCount());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("epoch"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("sample"));
        for (int k = 0; k < a.outputCount(); ++k)
            QCOMPARE(model.headerData(2 + k, Qt::Horizontal).toString(), QStringLiteral("y%1[%2]").arg(a.layerCount()).arg(k));
        QCOMPARE(model.headerData(7, Qt::Vertical).toString(), QStringLiteral("7"));
    }

    // Every quantity the run records, at steps of every kind: exactly NetworkTrace::step's
    // numbers, under numpy's names; the update's quantities empty away from an update.
    void everyCellShowsTheTracesNumber_data() { addRuns(); }
    void everyCellShowsTheTracesNumber()
    {
        QFETCH(QString, name);
        QFETCH(bool, checkpoints);
        const auto trace = traceNamed(name, checkpoints);
        const Architecture &a = trace->architecture();
        GeneralTraceTableModel model;
        model.setTrace(trace);
        const std::vector<long long> steps = stepsToCheck(*trace);
        for (const LayerQuantity &q : trace->layout().quantities()) {
            model.setQuantity(q);
            QCOMPARE(model.quantity(), q);
            const Shape shape = q.shape(a);
            QCOMPARE(model.columnCount(), 2 + shape.size());
            // Numbered as numpy indexes: W1[2,0] is row 2 (the unit), column 0 (the input).
            for (int e = 0; e < shape.size(); ++e) {
                const QString expected = q.isMatrix() ? QStringLiteral("%1[%2,%3]").arg(QString::fromStdString(q.name())).arg(e / shape.cols).arg(e % shape.cols)
                                                      : QStringLiteral("%1[%2]").arg(QString::fromStdString(q.name())).arg(e);
                QCOMPARE(model.headerData(2 + e, Qt::Horizontal).toString(), expected);
                QCOMPARE(model.columnName(model.columnOf(e)), expected);
            }
            for (long long s : steps) {
                const NetworkStep step = trace->step(s);
                const int row = static_cast<int>(s);
                QCOMPARE(model.data(model.index(row, 0)).toString(), QString::number(step.epoch));
                QCOMPARE(model.data(model.index(row, 1)).toString(), QString::number(step.sample));
                const std::span<const double> values = step.values(q);
                if (values.empty()) {
                    // An update quantity at a step that does not update: an empty cell, no number.
                    QVERIFY(q.atUpdateOnly() && !step.update);
                    for (int e = 0; e < shape.size(); ++e) {
                        const QModelIndex cell = model.index(row, 2 + e);
                        QCOMPARE(model.data(cell).toString(), QString());
                        QVERIFY(!model.data(cell, GeneralTraceTableModel::ExactValueRole).isValid());
                        QCOMPARE(model.data(cell, GeneralTraceTableModel::ComputedRole).toBool(), false);
                        QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(QLatin1String("last sample")));
                    }
                    continue;
                }
                QCOMPARE(static_cast<int>(values.size()), shape.size());
                for (int e = 0; e < shape.size(); ++e) {
                    const QModelIndex cell = model.index(row, 2 + e);
                    const double v = values[static_cast<std::size_t>(e)];
                    QVERIFY2(bitEqual(model.data(cell, GeneralTraceTableModel::ExactValueRole).toDouble(), v),
                             qPrintable(QStringLiteral("%1 at step %2").arg(model.columnName(2 + e)).arg(s)));
                    QCOMPARE(model.data(cell).toString(), NumberFormat::value(v, 4));
                }
            }
        }
    }

    void weightsTheUpdateMovedAreFlagged()
    {
        const auto trace = traceNamed(QStringLiteral("delta_batch-seed0"), false);
        GeneralTraceTableModel model;
        model.setTrace(trace);
        model.setQuantity({LayerQuantity::Kind::W, 1});
        // Batch 4: the weights change at sample 3 only.
        for (int row = 0; row < 8; ++row) {
            const NetworkStep step = trace->step(row);
            for (int e = 0; e < 3; ++e) {
                const QModelIndex cell = model.index(row, 2 + e);
                if (!step.update) {
                    QCOMPARE(model.data(cell, GeneralTraceTableModel::ChangedRole).toBool(), false);
                    continue;
                }
                const bool moved = step.values({LayerQuantity::Kind::W, 1})[static_cast<std::size_t>(e)]
                    != step.weightsBefore[static_cast<std::size_t>(trace->engine().weightOffset(1) + e)];
                QCOMPARE(model.data(cell, GeneralTraceTableModel::ChangedRole).toBool(), moved);
                QCOMPARE(model.data(cell, Qt::FontRole).value<QFont>().bold(), moved);
            }
        }
    }

    // The current step shows only what its operations have computed so far ("?" after), and the
    // current operation's cells are marked, when it computes the quantity listed.
    void currentRowShowsOnlyWhatIsComputed()
    {
        const auto trace = traceNamed(QStringLiteral("rings_tanh_minibatch-seed2"), false);
        GeneralTraceTableModel model;
        model.setTrace(trace);
        const long long stepIndex = 11; // sample 3 of epoch 1: the first batch's update
        const NetworkStep step = trace->step(stepIndex);
        QVERIFY(step.update);
        const int row = static_cast<int>(stepIndex);
        for (const LayerQuantity &q : step.operations()) {
            model.setQuantity(q);
            const auto &ops = step.operations();
            const int at = static_cast<int>(std::find(ops.begin(), ops.end(), q) - ops.begin());
            for (int op = 0; op < static_cast<int>(ops.size()); ++op) {
                model.setPosition({stepIndex, op});
                const QModelIndex cell = model.index(row, 2);
                const bool computed = at <= op;
                QCOMPARE(model.data(cell, GeneralTraceTableModel::ComputedRole).toBool(), computed);
                QCOMPARE(model.data(cell, GeneralTraceTableModel::CurrentOperationRole).toBool(), at == op);
                if (computed) {
                    QVERIFY(bitEqual(model.data(cell, GeneralTraceTableModel::ExactValueRole).toDouble(), step.values(q)[0]));
                } else {
                    QCOMPARE(model.data(cell).toString(), QStringLiteral("?"));
                    QVERIFY(!model.data(cell, GeneralTraceTableModel::ExactValueRole).isValid());
                    QCOMPARE(model.data(cell, Qt::ForegroundRole).value<QBrush>().color(), ValueColors::pending());
                }
                if (at == op) {
                    QVERIFY(model.data(cell, Qt::FontRole).value<QFont>().underline());
                    QVERIFY(model.data(cell, Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
                }
                // The epoch and sample are known before any operation; other rows are complete.
                QCOMPARE(model.data(model.index(row, 0), GeneralTraceTableModel::ComputedRole).toBool(), true);
                QCOMPARE(model.data(model.index(row + 1, 2), GeneralTraceTableModel::ComputedRole).toBool(),
                         !q.atUpdateOnly() || trace->step(stepIndex + 1).update);
                QCOMPARE(model.data(model.index(row - 1, 2), GeneralTraceTableModel::CurrentOperationRole).toBool(), false);
            }
        }
    }

    void movingUpdatesOnlyTheRowsItTouches()
    {
        const auto trace = traceNamed(QStringLiteral("backprop_momentum-seed0"), false);
        GeneralTraceTableModel model;
        model.setTrace(trace);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPosition({10, 2});
        model.setPosition({10, 3});
        model.setPosition({100, 0});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(headers.count(), 0);
        QList<int> rows;
        for (const QList<QVariant> &args : changed) {
            const auto from = args[0].value<QModelIndex>();
            const auto to = args[1].value<QModelIndex>();
            QCOMPARE(from.row(), to.row());
            rows << from.row();
        }
        QCOMPARE(rows, (QList<int>{10, 10, 10, 100}));
        QCOMPARE(model.position(), (NetworkPosition{100, 0}));
    }

    void nonFiniteValuesAreFlagged()
    {
        const auto trace = traceNamed(QStringLiteral("blow-up"), false);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        GeneralTraceTableModel model;
        model.setTrace(trace);
        model.setQuantity({LayerQuantity::Kind::W, 1});
        const int row = static_cast<int>(trace->stepCount() - 1);
        int flagged = 0;
        for (int c = 2; c < model.columnCount(); ++c) {
            const QModelIndex cell = model.index(row, c);
            const double v = model.data(cell, GeneralTraceTableModel::ExactValueRole).toDouble();
            if (std::isfinite(v))
                continue;
            ++flagged;
            QCOMPARE(model.data(cell).toString(), NumberFormat::value(v, 4));
            QVERIFY(model.data(cell).toString().contains(QLatin1String("inf")) || model.data(cell).toString().contains(QLatin1String("NaN")));
            QCOMPARE(model.data(cell, Qt::ForegroundRole).value<QBrush>().color(), ValueColors::notFinite());
            QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(QLatin1String("Not finite")));
        }
        QVERIFY(flagged > 0);
    }

    // 30 million steps: the row count comes from the run's length, and a row (every role of
    // every cell) reads its step once, wherever it is.
    void longRunIsAnsweredWithoutReadingIt()
    {
        QElapsedTimer timer;
        timer.start();
        const auto trace = fixtures::recordShared(fixtures::linearRun(10'000'000, 0.01));
        qInfo("recorded 10 000 000 epochs in %lld ms", timer.elapsed());
        QVERIFY(!trace->hasFullRecord());
        GeneralTraceTableModel model;
        model.setTrace(trace);
        QCOMPARE(model.rowCount(), 30'000'000);
        QVERIFY(!model.rowLimitReached());
        QCOMPARE(model.fetchCountForTesting(), 0);
        for (const LayerQuantity &q : {LayerQuantity{LayerQuantity::Kind::Y, 1}, LayerQuantity{LayerQuantity::Kind::W, 1}}) {
            model.setQuantity(q);
            for (const int row : {29'999'999, 12'345'678, 0}) {
                const long long before = model.fetchCountForTesting();
                for (int c = 0; c < model.columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole), int(Qt::FontRole),
                                     int(Qt::BackgroundRole), int(GeneralTraceTableModel::ChangedRole),
                                     int(GeneralTraceTableModel::ExactValueRole)})
                        model.data(model.index(row, c), role);
                QVERIFY(model.fetchCountForTesting() - before <= 1);
                QVERIFY(bitEqual(model.data(model.index(row, 2), GeneralTraceTableModel::ExactValueRole).toDouble(), trace->step(row).values(q)[0]));
            }
        }
        QVERIFY(bitEqual(model.data(model.index(29'999'999, 2), GeneralTraceTableModel::ExactValueRole).toDouble(), trace->finalWeights()[0]));
    }

    // 54 million steps: more than a table view can lay out, so the table lists the first
    // 50 million and the widget says so.
    void runsBeyondTheRowLimitShowTheirStart()
    {
        NetworkRun run = fixtures::linearRun(9'000'000, 0.01);
        run.data.sampleCount = 6;
        run.data.x = {1.0, -0.5, 2.0, 0.5, -1.0, 1.5};
        run.data.d = {2.0, -1.0, 4.0, 1.0, -2.0, 3.0};
        const auto trace = fixtures::recordShared(run);
        QCOMPARE(trace->stepCount(), 54'000'000LL);
        GeneralTraceTable table;
        table.setTrace(trace);
        GeneralTraceTableModel *model = table.model();
        QVERIFY(model->rowLimitReached());
        QCOMPARE(model->rowCount(), 50'000'000);
        const int last = model->rowCount() - 1;
        QVERIFY(bitEqual(model->data(model->index(last, 2), GeneralTraceTableModel::ExactValueRole).toDouble(),
                         trace->step(last).values({LayerQuantity::Kind::Y, 1})[0]));
        const auto labels = table.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
            return !l->isHidden() && l->text().contains(QLatin1String("first")) && l->text().contains(QLatin1String("54"));
        }));
        // A position past the rows shown selects none, without reading anything.
        const long long before = model->fetchCountForTesting();
        table.setPosition({53'999'999, 0});
        QVERIFY(!table.view()->selectionModel()->hasSelection());
        QCOMPARE(model->fetchCountForTesting(), before);
    }

    void theWidgetListsTheRunsQuantities()
    {
        const auto trace = traceNamed(QStringLiteral("rings_tanh_minibatch-seed2"), false);
        GeneralTraceTable table;
        table.setTrace(trace);
        QComboBox *box = table.quantityBox();
        const auto &quantities = trace->layout().quantities();
        QCOMPARE(box->count(), static_cast<int>(quantities.size()));
        for (int i = 0; i < box->count(); ++i)
            QCOMPARE(box->itemText(i), QString::fromStdString(quantities[static_cast<std::size_t>(i)].name()));
        QCOMPARE(box->currentText(), QStringLiteral("y3"));
        // Choosing W2 in the box lists W2: 3 x 5 weights.
        const int w2 = box->findText(QStringLiteral("W2"));
        QVERIFY(w2 >= 0);
        box->setCurrentIndex(w2);
        emit box->activated(w2);
        QCOMPARE(table.quantity(), (LayerQuantity{LayerQuantity::Kind::W, 2}));
        QCOMPARE(table.model()->columnCount(), 2 + 15);
        QCOMPARE(table.model()->headerData(2 + 14, Qt::Horizontal).toString(), QStringLiteral("W2[2,4]"));
        // setQuantity moves the box too.
        table.setQuantity({LayerQuantity::Kind::Delta, 1});
        QCOMPARE(box->currentText(), QStringLiteral("delta1"));
        // A click on a row asks for that step.
        QSignalSpy activated(&table, &GeneralTraceTable::stepActivated);
        table.resize(800, 500);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTableView *view = table.view();
        const QRect third = view->visualRect(table.model()->index(3, 2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.front().front().toLongLong(), 3LL);
    }

    // The largest network: the position's row is selected and in sight, at once, wherever it is;
    // a move costs well under the 5 ms the window allows.
    void followsThePositionQuickly()
    {
        const auto trace = fixtures::recordShared(fixtures::largeSoftmaxRun(40), fixtures::noFullRecord());
        GeneralTraceTable table;
        table.setTrace(trace);
        table.setQuantity({LayerQuantity::Kind::W, 2}); // 32 x 32: 1024 columns
        QCOMPARE(table.model()->columnCount(), 2 + 1024);
        table.resize(900, 600);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTableView *view = table.view();
        qint64 worst = 0;
        for (int i = 0; i < 60; ++i) {
            const long long step = (i * 1777LL) % trace->stepCount();
            QElapsedTimer timer;
            timer.start();
            table.setPosition({step, i % 10});
            worst = std::max(worst, timer.nsecsElapsed());
            QCOMPARE(view->selectionModel()->currentIndex().row(), static_cast<int>(step));
            QVERIFY(view->selectionModel()->isRowSelected(static_cast<int>(step), {}));
            const QRect rect = view->visualRect(table.model()->index(static_cast<int>(step), 0));
            QVERIFY(view->viewport()->rect().intersects(rect));
            // Painting the rows in sight reads each once.
            const long long before = table.model()->fetchCountForTesting();
            view->viewport()->repaint();
            const int visibleRows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize() + 2;
            QVERIFY(table.model()->fetchCountForTesting() - before <= visibleRows);
        }
        qInfo("slowest setPosition: %.2f ms", double(worst) / 1e6);
        // The figure is printed, never asserted: the machines that run the tests are shared and
        // noisy (and sanitizers slow everything); deltatrace-networkbench measures speed.
    }

    void picturesAtWindowSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("1366x768 dock") << QSize(640, 330) << 1.0;
        QTest::newRow("1024x768 dock") << QSize(480, 330) << 1.0;
        QTest::newRow("1366x768 presenting") << QSize(640, 330) << 1.6;
    }
    // The table as a dock of the window shows it: a readable header, the box and its label
    // whole, the current row in sight. (Saved for a look: /tmp/generaltracetable-*.png.)
    void picturesAtWindowSizes()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, zoom);
        const auto trace = fixtures::recordShared(fixtures::largeSoftmaxRun(3));
        GeneralTraceTable table;
        QFont font = table.font();
        font.setPointSizeF(font.pointSizeF() * zoom);
        table.setFont(font);
        table.setTrace(trace);
        table.setPosition({300, 9});
        table.resize(size);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QComboBox *box = table.quantityBox();
        QVERIFY(box->width() >= box->sizeHint().width());
        const int first = table.view()->horizontalHeader()->sectionSize(2);
        QVERIFY(first >= table.view()->horizontalHeader()->fontMetrics().horizontalAdvance(QStringLiteral("y4[7]")));
        QVERIFY(first >= table.view()->fontMetrics().horizontalAdvance(NumberFormat::value(-0.000123456, 4)));
        table.grab().save(QStringLiteral("/tmp/generaltracetable-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }
};

QTEST_MAIN(TestGeneralTraceTable)
#include "tst_generaltracetable.moc"
