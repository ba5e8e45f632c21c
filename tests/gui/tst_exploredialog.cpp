// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The seed explorer in the window: lesson 3's two deltas from the same starts, counted, crossed,
// seed by seed, on a worker thread that can be cancelled and never outlives the dialog.
#include "exploredialog.h"
#include "exploreresultsmodel.h"
#include "solvedepochshistogram.h"
#include "languagemanager.h"
#include "lessonloader.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace deltatrace;

namespace {

const QString Sigmoid = QStringLiteral("backprop-sigmoid");
const QString CrossEntropy = QStringLiteral("backprop-ce");

// What the command line's explore trains: the lesson's experiment with its alpha and epochs.
TraceSpec lessonSpec(const Lesson &lesson, const QString &experimentId)
{
    const Experiment *e = lesson.experiment(experimentId);
    TraceSpec spec;
    spec.lessonId = lesson.id;
    spec.experimentId = e->id;
    spec.rule = e->rule;
    spec.alpha = e->alpha;
    spec.epochs = e->epochs;
    spec.X = lesson.X;
    spec.D = lesson.D;
    return spec;
}

// The sum of the numbers in `text` after each of `words` (e.g. "solved 25 (83%)" gives 25).
long long sumAfter(const QString &text, const QStringList &words)
{
    long long sum = 0;
    for (const QString &word : words) {
        const QRegularExpression re(QRegularExpression::escape(word) + QStringLiteral(":? (\\d+)"));
        auto it = re.globalMatch(text);
        while (it.hasNext())
            sum += it.next().captured(1).toLongLong();
    }
    return sum;
}

} // namespace

class TestExploreDialog : public QObject
{
    Q_OBJECT

private:
    Lesson m_lesson;

    std::unique_ptr<ExploreDialog> makeDialog()
    {
        const TraceSpec spec = lessonSpec(m_lesson, Sigmoid);
        auto dialog = std::make_unique<ExploreDialog>(m_lesson, Sigmoid, spec, QStringLiteral("en"));
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        const LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"));
        QVERIFY2(loaded.lesson.has_value(), qPrintable(loaded.error));
        m_lesson = *loaded.lesson;
        QVERIFY(m_lesson.experiment(Sigmoid));
        QVERIFY(m_lesson.experiment(CrossEntropy));
    }

    // Both deltas from seeds 0..29: every seed's outcome is the engine's, in seed order; the
    // counts in words and the cross counts each cover the 30 seeds.
    void exploresBothExperiments()
    {
        auto dialog = makeDialog();
        dialog->setExperiments(Sigmoid, CrossEntropy);
        dialog->setSeedRange(0, 29);
        QSignalSpy finished(dialog.get(), &ExploreDialog::explorationFinished);
        dialog->explore();
        QVERIFY(dialog->isExploring());
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog->isExploring());
        QVERIFY(!dialog->wasCancelled());

        const ExploreResultsModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 30);
        QCOMPARE(model->columnCount(), 5);
        const auto sigmoid = SeedExplorer::explore(lessonSpec(m_lesson, Sigmoid), 0, 29, {});
        const auto ce = SeedExplorer::explore(lessonSpec(m_lesson, CrossEntropy), 0, 29, {});
        QVERIFY(sigmoid && ce);
        for (int row = 0; row < 30; ++row) {
            QCOMPARE(model->seedAt(row), std::uint32_t(row));
            QCOMPARE(model->first().results[row].outcome, (*sigmoid)[row].outcome);
            QCOMPARE(model->first().results[row].solvedFromEpoch, (*sigmoid)[row].solvedFromEpoch);
            QCOMPARE(model->second().results[row].outcome, (*ce)[row].outcome);
            QCOMPARE(model->index(row, ExploreResultsModel::SeedColumn).data().toString(), QString::number(row));
            QCOMPARE(model->index(row, ExploreResultsModel::FirstOutcomeColumn).data().toString(),
                     ExploreResultsModel::outcomeName((*sigmoid)[row].outcome));
            QCOMPARE(model->index(row, ExploreResultsModel::SecondOutcomeColumn).data().toString(),
                     ExploreResultsModel::outcomeName((*ce)[row].outcome));
        }
        // Lesson 3's stalled starts (docs/OUTCOMES.md): seed 14 with the squared-error delta,
        // seed 1 with the cross-entropy delta.
        QCOMPARE(model->first().results[14].outcome, RunOutcome::Kind::Stalled);
        QCOMPARE(model->index(14, ExploreResultsModel::FirstOutcomeColumn).data().toString(), QStringLiteral("stalled"));
        QCOMPARE(model->index(14, ExploreResultsModel::FirstSolvedColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(model->second().results[1].outcome, RunOutcome::Kind::Stalled);

        // How fast the solved starts got there: every solved seed in the bin of its epoch, per
        // experiment, and nothing else.
        const auto *histogram = dialog->findChild<SolvedEpochsHistogram *>(QStringLiteral("exploreHistogram"));
        QVERIFY(histogram);
        const SolvedEpochsHistogram::Bins &bins = histogram->bins();
        QCOMPARE(bins.counts.size(), std::size_t(2));
        QVERIFY(bins.count >= 1 && bins.count <= SolvedEpochsHistogram::MaxBins);
        const std::vector<SeedExplorer::Result> *runs[] = {&*sigmoid, &*ce};
        for (std::size_t run = 0; run < 2; ++run) {
            std::vector<int> expected(static_cast<std::size_t>(bins.count), 0);
            for (const SeedExplorer::Result &r : *runs[run])
                if (r.outcome == RunOutcome::Kind::Solved) {
                    QVERIFY(r.solvedFromEpoch >= 0 && r.solvedFromEpoch < bins.count * bins.width);
                    ++expected[static_cast<std::size_t>(r.solvedFromEpoch / bins.width)];
                }
            QCOMPARE(bins.counts[run], expected);
        }
        QVERIFY(bins.width == 1 || QString::number(bins.width).contains(QRegularExpression(QStringLiteral("^[125]0*$"))));
        QCOMPARE(SolvedEpochsHistogram::binLabel(bins, 1), QStringLiteral("%1–%2").arg(bins.width).arg(2 * bins.width - 1));

        const QString summary = dialog->summaryText();
        const QStringList lines = summary.split(QLatin1Char('\n'));
        const QStringList outcomeWords{QStringLiteral("solved"), QStringLiteral("stalled"), QStringLiteral("still learning"),
                                       QStringLiteral("saturated"), QStringLiteral("not finite")};
        const QString sigmoidLine = lines.filter(QStringLiteral("(backprop-sigmoid):")).value(0);
        const QString ceLine = lines.filter(QStringLiteral("(backprop-ce):")).value(0);
        QVERIFY2(!sigmoidLine.isEmpty() && !ceLine.isEmpty(), qPrintable(summary));
        QCOMPARE(sumAfter(sigmoidLine, outcomeWords), 30);
        QCOMPARE(sumAfter(ceLine, outcomeWords), 30);
        QVERIFY2(sigmoidLine.contains(QStringLiteral("stalled %1 (").arg(std::count_if(sigmoid->begin(), sigmoid->end(), [](const auto &r) {
                     return r.outcome == RunOutcome::Kind::Stalled;
                 }))),
                 qPrintable(sigmoidLine));
        const QString crossLine = lines.filter(QStringLiteral("Both solved")).value(0);
        QVERIFY2(!crossLine.isEmpty(), qPrintable(summary));
        QCOMPARE(sumAfter(crossLine, {QStringLiteral("Both solved"), QStringLiteral("backprop-sigmoid solved"),
                                      QStringLiteral("backprop-ce solved"), QStringLiteral("Neither solved")}),
                 30);
    }

    // Double-click (or Enter) on a row opens that seed's run: the first experiment's from the
    // seed and its own columns, the second's from its columns.
    void doubleClickRequestsTheRun_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("experimentId");
        QTest::newRow("seed") << int(ExploreResultsModel::SeedColumn) << Sigmoid;
        QTest::newRow("first outcome") << int(ExploreResultsModel::FirstOutcomeColumn) << Sigmoid;
        QTest::newRow("second outcome") << int(ExploreResultsModel::SecondOutcomeColumn) << CrossEntropy;
        QTest::newRow("second solved from") << int(ExploreResultsModel::SecondSolvedColumn) << CrossEntropy;
    }
    void doubleClickRequestsTheRun()
    {
        QFETCH(int, column);
        QFETCH(QString, experimentId);
        auto dialog = makeDialog();
        dialog->setExperiments(Sigmoid, CrossEntropy);
        dialog->setSeedRange(0, 29);
        QSignalSpy finished(dialog.get(), &ExploreDialog::explorationFinished);
        dialog->explore();
        QVERIFY(finished.wait(60000));

        auto *table = dialog->findChild<QTableView *>(QStringLiteral("exploreTable"));
        QVERIFY(table);
        table->window()->activateWindow();
        // The table is on the second tab: bring it forward as a user would.
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("exploreTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(table);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTRY_VERIFY(table->isVisible());
        const QModelIndex index = dialog->model()->index(14, column);
        table->scrollTo(index);
        QSignalSpy requested(dialog.get(), &ExploreDialog::runRequested);
        // A user's double-click is a click and then the double-click event (Qt 6.4's mouseDClick
        // sends only the latter).
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 0); // one click only selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), experimentId);
        QCOMPARE(requested.first().at(1).value<quint32>(), quint32(14));

        // Enter on the current row does the same.
        requested.clear();
        table->setFocus();
        table->setCurrentIndex(dialog->model()->index(3, column));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), experimentId);
        QCOMPARE(requested.first().at(1).value<quint32>(), quint32(3));
    }

    // Cancel after the first progress: the exploration ends without results, the dialog takes
    // new settings and explores again.
    void cancelLeavesAUsableDialog()
    {
        auto dialog = makeDialog();
        dialog->setExperiments(Sigmoid, CrossEntropy);
        dialog->setSeedRange(0, 9999);
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("exploreProgress"));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("exploreCancelButton"));
        auto *exploreButton = dialog->findChild<QPushButton *>(QStringLiteral("exploreButton"));
        QVERIFY(progress && cancel && exploreButton);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy finished(dialog.get(), &ExploreDialog::explorationFinished);
        QTest::mouseClick(exploreButton, Qt::LeftButton);
        QVERIFY(dialog->isExploring());
        QVERIFY(!exploreButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog->isExploring());
        QVERIFY(dialog->wasCancelled());
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(exploreButton->isEnabled());

        dialog->setExperiments(CrossEntropy, QString());
        dialog->setSeedRange(0, 4);
        QTest::mouseClick(exploreButton, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog->wasCancelled());
        QCOMPARE(dialog->model()->rowCount(), 5);
        QCOMPARE(dialog->model()->columnCount(), 3);
        QCOMPARE(dialog->model()->second().results.size(), std::size_t(0));
        QCOMPARE(dialog->model()->first().results[1].outcome, RunOutcome::Kind::Stalled);
    }

    // Closing or destroying the dialog mid-way stops its worker: no crash, no thread left.
    void closingWhileExploringIsSafe_data()
    {
        QTest::addColumn<bool>("close");
        QTest::newRow("destroyed") << false;
        QTest::newRow("closed with Esc, then destroyed") << true;
    }
    void closingWhileExploringIsSafe()
    {
        QFETCH(bool, close);
        auto dialog = makeDialog();
        dialog->setSeedRange(0, 9999);
        dialog->explore();
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("exploreProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
        if (close) {
            QTest::keyClick(dialog.get(), Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
        }
        QVERIFY(dialog->isExploring() || close); // still at work when it goes
        dialog.reset();
        QCoreApplication::processEvents(); // a late queued event must find nothing to run
    }

    // The range holds at most MaxSeeds seeds and never ends before it starts.
    void seedRangeStaysWithinLimit()
    {
        auto dialog = makeDialog();
        auto *from = dialog->findChild<QAbstractSpinBox *>(QStringLiteral("exploreFromSeed"));
        auto *to = dialog->findChild<QAbstractSpinBox *>(QStringLiteral("exploreToSeed"));
        QVERIFY(from && to);
        QCOMPARE(from->property("value").toInt(), 0);
        QCOMPARE(to->property("value").toInt(), 199);
        to->setProperty("value", 50'000);
        QCOMPARE(to->property("value").toInt() - from->property("value").toInt() + 1, ExploreDialog::MaxSeeds);
        from->setProperty("value", 60'000);
        QVERIFY(to->property("value").toInt() >= 60'000);
    }

    // Switching the language while the dialog is open retranslates it whole: its labels, the
    // experiments' titles and the summary of results already shown.
    void followsTheLanguageWhileOpen()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        auto dialog = makeDialog();
        dialog->setExperiments(Sigmoid, CrossEntropy);
        dialog->setSeedRange(0, 2);
        QSignalSpy finished(dialog.get(), &ExploreDialog::explorationFinished);
        dialog->explore();
        QVERIFY(finished.wait(60000));
        const auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("exploreTabs"));
        const auto *first = dialog->findChild<QComboBox *>(QStringLiteral("exploreFirstExperiment"));
        QVERIFY(tabs && first);
        const auto labelled = [&](QWidget *buddy) {
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->buddy() == buddy)
                    return label->text();
            return QString();
        };
        const Experiment *sigmoid = m_lesson.experiment(Sigmoid);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Explore Seeds"));
        QCOMPARE(first->currentText(), sigmoid->title.en);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Seeds 0 to 2")), qPrintable(dialog->summaryText()));

        languages.setLanguage(QStringLiteral("ko"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("시드 탐색"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("시드별"));
        QCOMPARE(labelled(dialog->findChild<QComboBox *>(QStringLiteral("exploreSecondExperiment"))), QStringLiteral("비교 대상(&C):"));
        QCOMPARE(first->currentText(), sigmoid->title.ko);
        QCOMPARE(first->currentData().toString(), Sigmoid);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("시드 0~2")), qPrintable(dialog->summaryText()));
        QCOMPARE(dialog->model()->rowCount(), 3);

        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Explore Seeds"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Seed by Seed"));
        QCOMPARE(first->currentText(), sigmoid->title.en);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Seeds 0 to 2")), qPrintable(dialog->summaryText()));
    }

    // Every control can be named by a screen reader.
    void everyControlHasAName()
    {
        auto dialog = makeDialog();
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QProgressBar *>(w) || qobject_cast<QTableView *>(w);
            if (!control || !w->isVisibleTo(dialog.get()))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(a && !a->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }
};

QTEST_MAIN(TestExploreDialog)
#include "tst_exploredialog.moc"
