// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen: lessons, keyboard, files, comparing, presenting, settings.
#include "arithmeticpanel.h"
#include "formulaview.h"
#include "codelistingview.h"
#include "comparisonview.h"
#include "fileactions.h"
#include "languagemanager.h"
#include "lessonbrowser.h"
#include "lessonlibrary.h"
#include "exercisemode.h"
#include "exercisepanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "numberformat.h"
#include "narrativebrowser.h"
#include "parameterspanel.h"
#include "presentationfont.h"
#include "presentermode.h"
#include "runoutcome.h"
#include "settings.h"
#include "viewdocks.h"
#include "steppingtoolbar.h"
#include "tracefile.h"
#include "trainer.h"
#include "trainingcharts.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace deltatrace;
using A = SteppingToolbar::Action;

Q_DECLARE_METATYPE(deltatrace::TracePosition)

namespace QTest {
template <>
char *toString(const TracePosition &p)
{
    return qstrdup(QByteArray("{step ") + QByteArray::number(p.step) + ", op " + QByteArray::number(p.operation) + "}");
}
} // namespace QTest

namespace {

const Lesson *lessonWithRule(const QList<Lesson> &lessons, Rule rule, const Experiment **experiment)
{
    for (const Lesson &lesson : lessons)
        for (const Experiment &e : lesson.experiments)
            if (!e.network && e.rule == rule) { // a general network's experiment has no rule to speak of
                *experiment = &e;
                return &lesson;
            }
    return nullptr;
}

// The start of a Markdown text as the narrative view shows it.
QString opening(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().simplified().left(40);
}

bool shows(const NarrativeBrowser *narrative, const QString &markdown)
{
    return narrative->toPlainText().simplified().contains(opening(markdown));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QString m_lessonId;     // lesson 1
    QString m_experimentId; // its delta-rule experiment
    int m_epochs = 0;

    MainWindow &window() { return *m_window; }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }

    QString label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name))->text(); }

    void startLesson1()
    {
        QVERIFY(window().startExperiment(m_lessonId, m_experimentId));
        waitIdle();
        QVERIFY(window().trace());
        QCOMPARE(window().trace()->spec().experimentId, m_experimentId);
        window().controller()->first();
        window().activateWindow();
        window().findChild<QWidget *>(QStringLiteral("work"))->setFocus();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_languages.get(), m_settings.get());
        m_window->setFullScreenAllowed(false);
        QVERIFY(m_window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        QCOMPARE(m_window->errorText(), QString());
        const Experiment *experiment = nullptr;
        const Lesson *lesson = lessonWithRule(m_window->lessons(), Rule::DeltaRule, &experiment);
        QVERIFY(lesson);
        QCOMPARE(lesson->id, m_window->lessons().first().id); // lesson 1 teaches the delta rule
        m_lessonId = lesson->id;
        m_experimentId = experiment->id;
        m_epochs = experiment->epochs;
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void lessonOneLoads()
    {
        startLesson1();
        const auto &trace = window().trace();
        QCOMPARE(trace->epochCount(), m_epochs);
        QCOMPARE(label("stepLabel"), QStringLiteral("Sample step 0 of %1 · operation 1 of 6").arg(trace->stepCount()));
        QCOMPARE(label("placeLabel"), QStringLiteral("epoch 0, sample 0"));
        QCOMPARE(label("operationLabel"), QStringLiteral("v"));
        // The narrative shows the lesson's and the experiment's English text.
        const Lesson &lesson = *window().currentLesson();
        const QString narrative = window().narrative()->toPlainText();
        QVERIFY2(shows(window().narrative(), lesson.narrative.en), qPrintable(narrative.left(200)));
        QVERIFY(shows(window().narrative(), lesson.experiment(m_experimentId)->narrative.en));
        QVERIFY(narrative.contains(lesson.experiment(m_experimentId)->title.en));
        QCOMPARE(window().lessonBrowser()->currentExperimentId(), m_experimentId);
        QVERIFY(window().warningText().isEmpty());
        // The parameters are the experiment's.
        QCOMPARE(window().parametersPanel()->epochs(), m_epochs);
        QCOMPARE(window().parametersPanel()->seed(), lesson.experiment(m_experimentId)->seed);
    }

    void keyboardDrivesTheWindow_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<TracePosition>("from");
        QTest::addColumn<TracePosition>("to");
        const auto none = static_cast<int>(Qt::NoModifier);
        const auto ctrl = static_cast<int>(Qt::ControlModifier);
        QTest::newRow("Right: next operation") << int(Qt::Key_Right) << none << TracePosition{0, 0} << TracePosition{0, 1};
        QTest::newRow("Left: previous operation") << int(Qt::Key_Left) << none << TracePosition{1, 0} << TracePosition{0, 5};
        QTest::newRow("Down: next sample") << int(Qt::Key_Down) << none << TracePosition{0, 5} << TracePosition{1, 5};
        QTest::newRow("Ctrl+Right: next sample") << int(Qt::Key_Right) << ctrl << TracePosition{2, 1} << TracePosition{2, 5};
        QTest::newRow("Up: previous sample") << int(Qt::Key_Up) << none << TracePosition{2, 1} << TracePosition{1, 5};
        QTest::newRow("Ctrl+Left: previous sample") << int(Qt::Key_Left) << ctrl << TracePosition{1, 5} << TracePosition{0, 5};
        const auto shift = static_cast<int>(Qt::ShiftModifier);
        QTest::newRow("PgDown: next epoch, same sample and operation") << int(Qt::Key_PageDown) << none << TracePosition{0, 0} << TracePosition{4, 0};
        QTest::newRow("PgUp: previous epoch, same sample and operation") << int(Qt::Key_PageUp) << none << TracePosition{9, 2} << TracePosition{5, 2};
        QTest::newRow("Shift+PgDown: end of epoch") << int(Qt::Key_PageDown) << shift << TracePosition{0, 0} << TracePosition{3, 5};
        QTest::newRow("Shift+PgUp: start of epoch") << int(Qt::Key_PageUp) << shift << TracePosition{9, 2} << TracePosition{8, 0};
        QTest::newRow("Home: first") << int(Qt::Key_Home) << none << TracePosition{9, 2} << TracePosition{0, 0};
        QTest::newRow("Right at the start of epoch 1") << int(Qt::Key_Right) << none << TracePosition{3, 5} << TracePosition{4, 0};
    }
    void keyboardDrivesTheWindow()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(TracePosition, from);
        QFETCH(TracePosition, to);
        if (!window().trace())
            startLesson1();
        window().controller()->setPosition(from);
        QTest::keyClick(&window(), static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
        QCOMPARE(window().controller()->position(), to);
        QCOMPARE(label("stepLabel"), QStringLiteral("Sample step %1 of %2 · operation %3 of 6")
                                         .arg(to.step)
                                         .arg(window().trace()->stepCount())
                                         .arg(to.operation + 1));
        QCOMPARE(label("placeLabel"), QStringLiteral("epoch %1, sample %2").arg(to.step / 4).arg(to.step % 4));
    }

    void endAndGoToEpochKeys()
    {
        QTest::keyClick(&window(), Qt::Key_End);
        QVERIFY(window().controller()->atEnd());
        QCOMPARE(label("placeLabel"), QStringLiteral("epoch %1, sample 3").arg(m_epochs - 1));
        // Ctrl+G, type an epoch, Enter: the start of that epoch.
        QTest::keyClick(&window(), Qt::Key_G, Qt::ControlModifier);
        QSpinBox *box = window().steppingToolbar()->epochBox();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClicks(box, QStringLiteral("12"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(window().controller()->position(), (TracePosition{48, 0}));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(!box->hasFocus());
        QTest::keyClick(&window(), Qt::Key_Right);
        QCOMPARE(window().controller()->position(), (TracePosition{48, 1}));
    }

    void speedAndPlayKeys()
    {
        SteppingToolbar *toolbar = window().steppingToolbar();
        toolbar->setSpeed(2);
        QTest::keyClick(&window(), Qt::Key_Plus);
        QCOMPARE(toolbar->speed(), 3);
        QTest::keyClick(&window(), Qt::Key_Minus);
        QTest::keyClick(&window(), Qt::Key_Minus);
        QCOMPARE(toolbar->speed(), 1);
        toolbar->setSpeed(SteppingToolbar::speedCount() - 1);
        window().controller()->first();
        QTest::keyClick(&window(), Qt::Key_Space);
        QVERIFY(toolbar->isPlaying());
        QTRY_VERIFY(window().controller()->position().step >= 8);
        QTest::keyClick(&window(), Qt::Key_Space);
        QVERIFY(!toolbar->isPlaying());
        const TracePosition stopped = window().controller()->position();
        QTest::qWait(50);
        QCOMPARE(window().controller()->position(), stopped);
    }

    // Every view follows the one position.
    void viewsFollowThePosition()
    {
        window().controller()->goTo(3, 2, 3); // delta of epoch 3, sample 2
        const TracePosition p = window().controller()->position();
        QCOMPARE(p, (TracePosition{14, 3}));
        // The table selects and shows the step's row.
        QTableView *table = window().traceTable();
        QCOMPARE(table->selectionModel()->currentIndex().row(), 14);
        QVERIFY(table->selectionModel()->isRowSelected(14, QModelIndex()));
        // The code listing highlights the line computing delta.
        const Experiment *experiment = window().currentLesson()->experiment(m_experimentId);
        auto *code = window().findChild<CodeListingView *>();
        QCOMPARE(code->highlightedLine(), experiment->codeLineFor(Quantity::Delta));
        // The chart marks the epoch.
        QCOMPARE(window().charts()->currentEpoch(), 3);
        // The arithmetic shows this step's delta.
        auto *arithmetic = window().findChild<ArithmeticPanel *>(QStringLiteral("arithmeticPanel"));
        const QString formula = arithmetic->findChild<FormulaView *>(QStringLiteral("formula"))->plainText();
        QVERIFY2(formula.contains(QStringLiteral("delta")), qPrintable(formula));
        // The slider sits at the position.
        QCOMPARE(window().steppingToolbar()->slider()->value(), 14 * 6 + 3);
        // Moving the slider moves everything.
        window().steppingToolbar()->slider()->setValue(6 * 6 + 0);
        QCOMPARE(window().controller()->position(), (TracePosition{6, 0}));
        QCOMPARE(table->selectionModel()->currentIndex().row(), 6);
        QCOMPARE(code->highlightedLine(), experiment->codeLineFor(Quantity::V));
        // Clicking a row shows that step finished.
        const QModelIndex row = table->model()->index(9, 0);
        table->scrollTo(row);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QCOMPARE(window().controller()->position(), (TracePosition{9, 5}));
        // A click on the chart's epoch moves to the end of that epoch.
        emit window().charts()->epochActivated(5);
        QCOMPARE(window().controller()->position(), (TracePosition{23, 5}));
    }

    // Stepping with every view following and painting, as when playing: each press moves one
    // operation, however many in a row. (Speed: deltatrace-guibench.)
    void steppingMovesOneOperationAPress()
    {
        startLesson1();
        window().controller()->goTo(5000, 0, 0);
        QApplication::processEvents();
        const long long start = window().controller()->linearIndex();
        constexpr int Moves = 300;
        for (int i = 0; i < Moves; ++i) {
            window().steppingToolbar()->action(A::NextOperation)->trigger();
            QApplication::processEvents();
        }
        QCOMPARE(window().controller()->linearIndex(), start + Moves);
    }

    void goToFromTheCommandLineForm_data()
    {
        QTest::addColumn<int>("epoch");
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<TracePosition>("position");
        QTest::addColumn<bool>("ok");
        QTest::newRow("end of a sample") << 2 << 1 << QString() << TracePosition{9, 5} << true;
        QTest::newRow("by name") << 2 << 1 << QStringLiteral("delta") << TracePosition{9, 3} << true;
        QTest::newRow("by index") << 0 << 3 << QStringLiteral("1") << TracePosition{3, 1} << true;
        QTest::newRow("unknown name") << 0 << 0 << QStringLiteral("delta1") << TracePosition{} << false;
        QTest::newRow("index too large") << 0 << 0 << QStringLiteral("6") << TracePosition{} << false;
        QTest::newRow("epoch outside the run") << 1000000 << 0 << QString() << TracePosition{} << false;
    }
    void goToFromTheCommandLineForm()
    {
        QFETCH(int, epoch);
        QFETCH(int, sample);
        QFETCH(QString, operation);
        QFETCH(TracePosition, position);
        QFETCH(bool, ok);
        window().controller()->first();
        const QString problem = window().goTo(epoch, sample, operation);
        QCOMPARE(problem.isEmpty(), ok);
        if (ok)
            QCOMPARE(window().controller()->position(), position);
        else
            QCOMPARE(window().controller()->position(), (TracePosition{0, 0}));
    }

    void goodTraceFileReplays()
    {
        startLesson1();
        const auto recorded = window().trace();
        const QString path = m_dir.filePath(QStringLiteral("lesson1.dtrace"));
        QVERIFY(window().fileActions()->saveTrace(path));
        QVERIFY(QFile::exists(path));
        // Something else first, then the file.
        window().controller()->last();
        QVERIFY(window().fileActions()->openFile(path));
        QCOMPARE(window().errorText(), QString());
        QCOMPARE(window().currentFile(), QFileInfo(path).absoluteFilePath());
        const auto opened = window().trace();
        QVERIFY(opened != recorded);
        QCOMPARE(opened->stepCount(), recorded->stepCount());
        QCOMPARE(opened->finalWeights(), recorded->finalWeights());
        QCOMPARE(window().controller()->position(), (TracePosition{0, 0}));
        // The lesson came with the file: narrative and code are there.
        QVERIFY(shows(window().narrative(), window().currentLesson()->narrative.en));
        QCOMPARE(window().findChild<CodeListingView *>()->highlightedLine(),
                 window().currentLesson()->experiment(m_experimentId)->codeLineFor(Quantity::V));
        QVERIFY(window().windowTitle().contains(QStringLiteral("lesson1.dtrace")));
        QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        QTest::keyClick(&window(), Qt::Key_Down);
        QCOMPARE(window().controller()->position(), (TracePosition{0, 5}));
    }

    void traceWithoutLessonStillReplays()
    {
        TraceSpec spec = window().trace()->spec();
        spec.lessonSource.clear();
        spec.epochs = 5;
        std::optional<Trace> trace = Trainer::record(spec);
        QVERIFY(trace);
        const QString path = m_dir.filePath(QStringLiteral("bare.dtrace"));
        QString error;
        QVERIFY2(TraceFile::write(*trace, path, &error), qPrintable(error));
        QVERIFY(window().fileActions()->openFile(path));
        QVERIFY(!window().currentLesson());
        QVERIFY(window().narrative()->toPlainText().contains(QStringLiteral("no lesson text")));
        QCOMPARE(window().findChild<CodeListingView *>()->highlightedLine(), -1);
        QVERIFY(!window().parametersPanel()->runButton()->isEnabled());
        QTest::keyClick(&window(), Qt::Key_End);
        QCOMPARE(window().controller()->position(), (TracePosition{19, 5}));
    }

    void badTraceFileShowsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("this is not a trace file at all \x01\x02\x03", 35);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic, then nothing") << QByteArray("DTRACE\r\n");
        QByteArray random(4096, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = static_cast<char>((i * 7919) % 251);
        QTest::newRow("random bytes") << random;
    }
    void badTraceFileShowsAnError()
    {
        QFETCH(QByteArray, bytes);
        startLesson1();
        const auto before = window().trace();
        const QString path = m_dir.filePath(QStringLiteral("broken.dtrace"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QVERIFY(!window().fileActions()->openFile(path));
        const QString error = window().errorText();
        QVERIFY2(error.contains(QStringLiteral("broken.dtrace")), qPrintable(error));
        QVERIFY(window().findChild<MessageBar *>(QStringLiteral("errorBar"))->isVisible());
        // The run shown before stays, and the window keeps working.
        QCOMPARE(window().trace(), before);
        window().controller()->first();
        QTest::keyClick(&window(), Qt::Key_Right);
        QCOMPARE(window().controller()->position(), (TracePosition{0, 1}));
        QVERIFY(!window().fileActions()->openFile(m_dir.filePath(QStringLiteral("does-not-exist.dtrace"))));
        QVERIFY(window().errorText().contains(QStringLiteral("does-not-exist.dtrace")));
    }

    void csvExport()
    {
        startLesson1();
        const QString path = m_dir.filePath(QStringLiteral("lesson1.csv"));
        QString error;
        QVERIFY2(window().fileActions()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        // A header and one row per step (and a final newline).
        QCOMPARE(lines.size() - (lines.last().isEmpty() ? 1 : 0), window().trace()->stepCount() + 1);
        QVERIFY(lines.first().contains("epoch"));
        // A folder that does not exist: a message, no crash.
        QVERIFY(!window().fileActions()->exportCsv(m_dir.filePath(QStringLiteral("missing/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }

    // The export runs off the GUI thread: the learner steps while its rows are written, and the
    // file is the same as a foreground export's.
    void csvExportRunsInTheBackgroundWhileTheLearnerSteps()
    {
        startLesson1();
        const QString path = m_dir.filePath(QStringLiteral("background.csv"));
        const QString reference = m_dir.filePath(QStringLiteral("reference.csv"));
        QVERIFY(window().fileActions()->exportCsv(reference));
        QSignalSpy finished(window().fileActions(), &FileActions::exportFinished);
        window().fileActions()->exportCsvInBackground(path);
        // exportFinished is delivered on the window's thread, so it cannot come before the event
        // loop runs again: the step below happens while the export is still under way.
        QCOMPARE(finished.count(), 0);
        const long long before = window().controller()->linearIndex();
        window().controller()->forward(StepController::Granularity::Sample);
        QVERIFY(window().controller()->linearIndex() > before);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QFile written(path), expected(reference);
        QVERIFY(written.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), expected.readAll());

        window().fileActions()->exportCsvInBackground(m_dir.filePath(QStringLiteral("missing/y.csv")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(window().errorText().contains(QStringLiteral("y.csv")));
    }

    // The listing is the run: another seed and epochs are written into it and marked, and a
    // replayed trace shows the listing of its own run.
    void theListingShowsTheRunsParameters()
    {
        LessonLibrary::Overrides overrides;
        overrides.seed = 14;
        overrides.epochs = 300;
        QVERIFY(window().startExperiment(m_lessonId, m_experimentId, overrides));
        waitIdle();
        auto *code = window().findChild<CodeListingView *>();
        const QString text = code->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("np.random.seed(14)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("for epoch in range(300):")), qPrintable(text));
        QCOMPARE(int(code->changedValues().size()), 2);

        const QString path = m_dir.filePath(QStringLiteral("seed14.dtrace"));
        QVERIFY(window().fileActions()->saveTrace(path));
        startLesson1();
        QVERIFY(code->changedValues().empty());
        QVERIFY(window().fileActions()->openFile(path));
        QTRY_VERIFY(code->toPlainText().contains(QStringLiteral("np.random.seed(14)")));
        QCOMPARE(int(code->changedValues().size()), 2);
    }

    void droppedFileOpens()
    {
        startLesson1();
        const QString path = m_dir.filePath(QStringLiteral("dropped.dtrace"));
        QVERIFY(window().fileActions()->saveTrace(path));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window(), &drop);
        QTRY_COMPARE(window().currentFile(), QFileInfo(path).absoluteFilePath());
        delete mime;
    }

    void parametersRecordAgainAndReset()
    {
        startLesson1();
        ParametersPanel *panel = window().parametersPanel();
        panel->setValues(7, 0.5, 3);
        QSignalSpy shown(&window(), &MainWindow::traceShown);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        waitIdle();
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(window().trace()->spec().seed, 7u);
        QCOMPARE(window().trace()->spec().alpha, 0.5);
        QCOMPARE(window().trace()->epochCount(), 3);
        QCOMPARE(label("stepLabel"), QStringLiteral("Sample step 0 of 12 · operation 1 of 6"));
        // The status bar counts epochs and sample steps, one epoch in the singular.
        const QString three = window().statusBar()->currentMessage();
        QCOMPARE(three, QStringLiteral("Recorded 3 epochs (12 sample steps)."));
        panel->setValues(7, 0.5, 1);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        waitIdle();
        QTRY_COMPARE(shown.count(), 2);
        const QString one = window().statusBar()->currentMessage();
        QCOMPARE(one, QStringLiteral("Recorded 1 epoch (4 sample steps)."));
        // An alpha that is not a number cannot be run.
        panel->alphaEdit()->setText(QStringLiteral("fast"));
        QVERIFY(!panel->runButton()->isEnabled());
        QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
        waitIdle();
        QTRY_COMPARE(shown.count(), 3);
        QCOMPARE(window().trace()->epochCount(), m_epochs);
        QVERIFY(panel->runButton()->isEnabled());
    }

    void longRecordingCanBeCancelled()
    {
        startLesson1();
        const auto before = window().trace();
        ParametersPanel *panel = window().parametersPanel();
        panel->setValues(0, 0.9, 10000000);
        window().runWithParameters();
        QVERIFY(window().isBusy());
        QTRY_VERIFY(panel->cancelButton()->isVisible());
        // The window answers while recording: keys still step the run shown.
        window().controller()->first();
        QTest::keyClick(&window(), Qt::Key_Right);
        QCOMPARE(window().controller()->position(), (TracePosition{0, 1}));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        waitIdle();
        QCOMPARE(window().trace(), before);
        QVERIFY(!panel->cancelButton()->isVisible());
    }

    // Before the first run is shown, the window says that one is recording and which one.
    void theFirstRecordingIsShownAsRecording()
    {
        MainWindow fresh(m_languages.get(), m_settings.get());
        fresh.setFullScreenAllowed(false);
        QVERIFY(fresh.loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        QVERIFY(!fresh.trace());
        auto emptyText = [&fresh] {
            for (QLabel *l : fresh.findChild<QWidget *>(QStringLiteral("arithmeticPanel"))->findChildren<QLabel *>())
                if (l->isVisibleTo(l->parentWidget()) && (l->text().startsWith(QLatin1String("No run yet")) || l->text().startsWith(QLatin1String("Recording"))))
                    return l->text();
            return QString();
        };
        QVERIFY2(emptyText().startsWith(QLatin1String("No run yet")), qPrintable(emptyText()));
        LessonLibrary::Overrides overrides;
        overrides.epochs = 4000000;
        overrides.seed = 7;
        QVERIFY(fresh.startExperiment(QStringLiteral("03-backprop-xor"), QStringLiteral("backprop-ce"), overrides));
        QVERIFY(fresh.isBusy());
        QVERIFY2(emptyText().startsWith(QLatin1String("Recording the run")), qPrintable(emptyText()));
        QCOMPARE(fresh.parametersPanel()->epochs(), 4000000);
        QCOMPARE(fresh.parametersPanel()->seed(), 7u);
        QTest::mouseClick(fresh.parametersPanel()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!fresh.isBusy(), 30000);
        if (!fresh.trace()) // cancelled before it finished: back to waiting for a run
            QVERIFY2(emptyText().startsWith(QLatin1String("No run yet")), qPrintable(emptyText()));
    }

    void blowUpIsFlaggedAndSteppable()
    {
        startLesson1();
        ParametersPanel *panel = window().parametersPanel();
        panel->alphaEdit()->setText(QStringLiteral("1e308"));
        window().runWithParameters();
        waitIdle();
        QCOMPARE(window().trace()->spec().alpha, 1e308);
        const long long bad = window().trace()->firstNonFiniteStep();
        QVERIFY(bad >= 0 || window().trace()->firstSaturatedStep() >= 0);
        const QString warning = window().warningText();
        QVERIFY2(!warning.isEmpty(), "a blow-up must be visible");
        if (bad >= 0)
            QVERIFY2(warning.contains(QStringLiteral("epoch %1, sample %2").arg(bad / 4).arg(bad % 4)), qPrintable(warning));
        // "Go there" moves to the step; stepping on works.
        emit window().findChild<MessageBar *>(QStringLiteral("warningBar"))->actionTriggered();
        const long long step = bad >= 0 ? bad : window().trace()->firstSaturatedStep();
        QCOMPARE(window().controller()->position().step, step);
        QTest::keyClick(&window(), Qt::Key_End);
        QVERIFY(window().controller()->atEnd());
        QTest::keyClick(&window(), Qt::Key_Left);
        QVERIFY(!window().controller()->atEnd());
        // A sane run clears the warning.
        QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
        waitIdle();
        QTRY_VERIFY(window().warningText().isEmpty());
    }

    // Issue 12: a run that ends on a plateau says so, names the samples on the wrong side, and
    // takes the learner to where the loss went flat; a solved run says nothing.
    void aStalledRunIsExplained_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("stalled");
        QTest::newRow("squared error, seed 14") << QStringLiteral("backprop-sigmoid") << 14 << true;
        QTest::newRow("cross-entropy, seed 1") << QStringLiteral("backprop-ce") << 1 << true;
        QTest::newRow("squared error, seed 0") << QStringLiteral("backprop-sigmoid") << 0 << false;
        QTest::newRow("cross-entropy, seed 0") << QStringLiteral("backprop-ce") << 0 << false;
    }

    void aStalledRunIsExplained()
    {
        QFETCH(QString, experiment);
        QFETCH(int, seed);
        QFETCH(bool, stalled);
        LessonLibrary::Overrides overrides;
        overrides.seed = static_cast<std::uint32_t>(seed);
        QVERIFY(window().startExperiment(QStringLiteral("03-backprop-xor"), experiment, overrides));
        waitIdle();
        const RunOutcome outcome = RunOutcome::of(*window().trace());
        QCOMPARE(outcome.kind() == RunOutcome::Kind::Stalled, stalled);
        const QString warning = window().warningText();
        if (!stalled) {
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
            return;
        }
        QVERIFY2(warning.contains(QStringLiteral("stalled")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("epoch %1").arg(outcome.flatFromEpoch())), qPrintable(warning));
        for (int k : outcome.unsettledSamples())
            QVERIFY2(warning.contains(QString::number(k)), qPrintable(warning));
        emit window().findChild<MessageBar *>(QStringLiteral("warningBar"))->actionTriggered();
        QCOMPARE(window().controller()->position().step / 4, outcome.flatFromEpoch());
    }

    // Lesson 2's single neuron stalls for good on XOR: its banner must not promise that more
    // epochs may help, as the hidden-layer network's does.
    void oneNeuronOnXorIsNotPromisedMoreEpochs()
    {
        QVERIFY(window().startExperiment(QStringLiteral("02-xor-single-neuron"), QString()));
        waitIdle();
        QCOMPARE(RunOutcome::of(*window().trace()).kind(), RunOutcome::Kind::Stalled);
        const QString warning = window().warningText();
        QVERIFY2(warning.contains(QStringLiteral("no number of epochs and no seed solves the task")), qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("More epochs")), qPrintable(warning));
    }

    // The saturation banner names the sigmoid and says what stops: not W2 under the
    // cross-entropy delta, which has no slope factor.
    void aSaturatedRunSaysWhatStops_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QString>("says");
        QTest::newRow("squared error") << QStringLiteral("backprop-sigmoid") << QStringLiteral("the weights before it stop learning");
        QTest::newRow("cross-entropy") << QStringLiteral("backprop-ce") << QStringLiteral("so W2 keeps changing");
    }
    void aSaturatedRunSaysWhatStops()
    {
        QFETCH(QString, experiment);
        QFETCH(QString, says);
        LessonLibrary::Overrides overrides;
        overrides.alpha = 1e6;
        QVERIFY(window().startExperiment(QStringLiteral("03-backprop-xor"), experiment, overrides));
        waitIdle();
        const RunOutcome::SaturatedSigmoid sigmoid = RunOutcome::firstSaturatedSigmoid(*window().trace());
        QVERIFY(sigmoid.step >= 0);
        const QString warning = window().warningText();
        QVERIFY2(warning.contains(says), qPrintable(warning));
        QVERIFY2(warning.contains(sigmoid.output ? QStringLiteral(": y became") : QStringLiteral(": y1[%1] became").arg(sigmoid.unit)),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("epoch %1, sample %2").arg(sigmoid.step / 4).arg(sigmoid.step % 4)), qPrintable(warning));
    }

    void comparingTwoExperimentsFromTheSameStart()
    {
        const Experiment *sigmoid = nullptr;
        const Experiment *ce = nullptr;
        const Lesson *lesson = lessonWithRule(window().lessons(), Rule::BackpropSigmoid, &sigmoid);
        QVERIFY(lesson);
        QVERIFY(lessonWithRule(window().lessons(), Rule::BackpropCrossEntropy, &ce) == lesson);
        QVERIFY(window().startExperiment(lesson->id, sigmoid->id));
        waitIdle();
        QVERIFY(window().comparableExperiments().contains(ce->id));
        QVERIFY(window().findChild<QAction *>(QStringLiteral("compareAction"))->isEnabled());
        QVERIFY(window().compareWith(ce->id));
        waitIdle();
        QTRY_VERIFY(window().isComparing());
        const auto first = window().trace();
        const auto second = window().comparisonTrace();
        QCOMPARE(second->rule(), Rule::BackpropCrossEntropy);
        QCOMPARE(second->initialWeights(), first->initialWeights());
        QCOMPARE(second->spec().seed, first->spec().seed);
        ComparisonView *view = window().comparisonView();
        QVERIFY(view->isVisible());
        // Stepped together: the second run is at the same place.
        window().controller()->goTo(0, 0, 5); // delta of the first sample
        QCOMPARE(view->secondPosition(), window().controller()->position());
        // The strip shows both deltas; they differ (y(1-y)e against e).
        const StepRecord a = first->step(0);
        const StepRecord b = second->step(0);
        QVERIFY(a.delta != b.delta);
        const QString strip = view->differenceText();
        QVERIFY2(strip.contains(QStringLiteral("delta")), qPrintable(strip));
        QVERIFY2(strip.contains(NumberFormat::value(a.delta)) && strip.contains(NumberFormat::value(b.delta)), qPrintable(strip));
        QTest::keyClick(&window(), Qt::Key_PageDown);
        QCOMPARE(view->secondPosition(), window().controller()->position());
        // Recording again with another seed re-records both from the new start.
        window().parametersPanel()->setValues(3, 0.9, 50);
        window().runWithParameters();
        waitIdle();
        QTRY_VERIFY(window().isComparing() && window().comparisonTrace()->spec().seed == 3u);
        QCOMPARE(window().trace()->spec().seed, 3u);
        QCOMPARE(window().comparisonTrace()->initialWeights(), window().trace()->initialWeights());
        // Another lesson ends the comparison.
        startLesson1();
        QVERIFY(!window().isComparing());
        QVERIFY(!view->isVisible());
    }

    // Exercise mode on lesson 1's delta rule: the learner cannot step onto a value still to be
    // worked out, answers it (wrong, then right), takes a hint, reveals one, and leaves.
    void exerciseMode()
    {
        startLesson1();
        auto *panel = window().findChild<ExercisePanel *>(QStringLiteral("exercisePanel"));
        auto *action = window().findChild<QAction *>(QStringLiteral("exercisesAction"));
        QVERIFY(panel && action);
        QVERIFY(!panel->isVisible());
        QVERIFY(action->isEnabled());
        QTest::keyClick(&window(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window().exerciseMode()->isActive());
        QVERIFY(panel->isVisible());
        const ExerciseSession *session = panel->session();
        QVERIFY(session && session->questions().size() == 4);
        // The first asks for e of sample 0 (operation 3): the keys stop at y.
        QCOMPARE(session->questions()[0].exercise.operation, Quantity::E);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(&window(), Qt::Key_Right);
        QTest::keyClick(&window(), Qt::Key_End);
        QCOMPARE(window().controller()->position(), (TracePosition{0, 1}));
        // The table does not show e yet.
        const double e = session->questions()[0].truth;
        QCOMPARE(e, window().trace()->step(0).e);
        // Wrong, then not a number, then right.
        QTest::keyClicks(panel->answerEdit(), NumberFormat::value(e + 0.5));
        QTest::keyClick(panel->answerEdit(), Qt::Key_Return);
        QVERIFY2(panel->feedback().startsWith(QLatin1String("Not quite")), qPrintable(panel->feedback()));
        QCOMPARE(window().controller()->position(), (TracePosition{0, 1}));
        panel->answerEdit()->setText(QStringLiteral("half"));
        panel->check();
        QVERIFY2(panel->feedback().contains(QLatin1String("is not a number")), qPrintable(panel->feedback()));
        // The hint puts the known numbers in the formula, but not the answer.
        panel->showHint();
        const QString hint = panel->hintText();
        QVERIFY2(hint.contains(NumberFormat::value(window().trace()->step(0).y)), qPrintable(hint));
        QVERIFY2(!hint.contains(NumberFormat::value(e)), qPrintable(hint));
        panel->answerEdit()->setText(NumberFormat::value(e));
        panel->check();
        QVERIFY2(panel->feedback().startsWith(QLatin1String("Right")), qPrintable(panel->feedback()));
        // The value now shows where it is computed; the next question (delta) holds at e.
        QCOMPARE(window().controller()->position(), (TracePosition{0, 2}));
        QCOMPARE(session->questions()[0].attempts.size(), 3);
        QVERIFY(session->questions()[0].hintedAt.has_value());
        panel->reveal();
        QVERIFY2(panel->feedback().contains(NumberFormat::value(session->questions()[1].truth)), qPrintable(panel->feedback()));
        QCOMPARE(window().controller()->position(), (TracePosition{0, 3}));
        QCOMPARE(panel->scoreText(), QStringLiteral("Right: 1 · Revealed: 1 · Left: 2"));
        // The prompts follow the language; leaving lifts the hold.
        window().findChild<QAction *>(QStringLiteral("language-ko"))->trigger();
        QTRY_VERIFY(panel->scoreText().startsWith(QStringLiteral("맞힘")));
        const QString prompt = panel->findChild<QLabel *>(QStringLiteral("exercisePrompt"))->text();
        QVERIFY2(prompt.contains(QStringLiteral("바이어스")), qPrintable(prompt));
        window().findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QTest::keyClick(&window(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window().exerciseMode()->isActive());
        QVERIFY(!panel->isVisible());
        QTest::keyClick(&window(), Qt::Key_End);
        QCOMPARE(window().controller()->position().step, window().trace()->stepCount() - 1);
    }

    void presenterMode()
    {
        startLesson1();
        const QFont before = QApplication::font();
        auto *table = window().findChild<QDockWidget *>(QStringLiteral("tableDock"));
        auto *parameters = window().findChild<QDockWidget *>(QStringLiteral("parametersDock"));
        auto *code = window().findChild<QDockWidget *>(QStringLiteral("codeDock"));
        auto *charts = window().findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        auto *plane = window().findChild<QDockWidget *>(QStringLiteral("inputPlaneDock"));
        auto *hint = window().findChild<QLabel *>(QStringLiteral("presenterHint"));
        QVERIFY(table->isVisible() || !table->isHidden());
        QVERIFY(!hint->isVisibleTo(&window()));
        QTest::keyClick(&window(), Qt::Key_F5);
        QVERIFY(window().isPresenterMode());
        QVERIFY(table->isHidden());
        QVERIFY(parameters->isHidden());
        QVERIFY(code->isHidden());
        QVERIFY(window().steppingToolbar()->isHidden());
        // A choice of the network, the input plane or the charts (V goes round them), and a
        // visible way out.
        QTRY_VERIFY(!plane->isHidden() || !window().docks()->presentsNetwork() || charts->isHidden());
        bool sawPlane = !plane->isHidden(), sawCharts = false;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(&window(), Qt::Key_V);
            sawPlane = sawPlane || (!plane->isHidden() && !plane->visibleRegion().isEmpty());
            sawCharts = sawCharts || (!charts->isHidden() && !charts->visibleRegion().isEmpty());
        }
        QVERIFY(sawPlane);
        QVERIFY(sawCharts);
        // The choice is kept for the next class: a new window presents the same picture.
        const ViewDocks::Picture chosen = window().docks()->presentedPicture();
        QCOMPARE(m_settings->pictureBesideArithmetic(), window().docks()->pictureBesideArithmeticName());
        {
            MainWindow next(m_languages.get(), m_settings.get());
            next.setFullScreenAllowed(false);
            next.docks()->arrangeForPresenting();
            QCOMPARE(next.docks()->pictureBesideArithmeticName(), window().docks()->pictureBesideArithmeticName());
            QCOMPARE(next.docks()->pictureBesideNetworkName(), window().docks()->pictureBesideNetworkName());
        }
        QCOMPARE(window().docks()->presentedPicture(), chosen);
        QVERIFY(hint->isVisibleTo(&window()));
        QVERIFY(hint->text().contains(QStringLiteral("V")));
        QVERIFY(hint->text().contains(QStringLiteral("Esc")));
        // Large type: at least 24 px, at least 1.6 times the usual.
        const double scale = window().presenter()->presentingScale();
        QVERIFY(scale >= PresentationFont::MinFontScale);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF() * scale);
        QVERIFY(QFontInfo(QApplication::font()).pixelSize() >= 24);
        // Keyboard only: stepping, zoom and leaving.
        QTest::keyClick(&window(), Qt::Key_Right);
        QCOMPARE(window().controller()->position(), (TracePosition{0, 1}));
        QTest::keyClick(&window(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(QApplication::font().pointSizeF() > before.pointSizeF() * scale);
        QTest::keyClick(&window(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF() * scale);
        // The zoom chosen for the room is not kept on leaving.
        QTest::keyClick(&window(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window(), Qt::Key_Escape);
        QVERIFY(!window().isPresenterMode());
        QVERIFY(!table->isHidden());
        QVERIFY(!parameters->isHidden());
        QVERIFY(!code->isHidden());
        QVERIFY(!window().steppingToolbar()->isHidden());
        QVERIFY(!hint->isVisibleTo(&window()));
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
        QCOMPARE(window().presenter()->zoom(), 1.0);
        // Ctrl+Shift+P too.
        QTest::keyClick(&window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window().isPresenterMode());
        QTest::keyClick(&window(), Qt::Key_Escape);
        QVERIFY(!window().isPresenterMode());
        // Zoom in normal mode is remembered.
        QTest::keyClick(&window(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(QApplication::font().pointSizeF() < before.pointSizeF());
        QVERIFY(m_settings->zoom() < 1.0);
        QTest::keyClick(&window(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_settings->zoom(), 1.0);
    }

    void languageSwitchRetranslates()
    {
        startLesson1();
        QAction *next = window().steppingToolbar()->action(A::NextOperation);
        QCOMPARE(next->text(), QStringLiteral("Next operation"));
        window().findChild<QAction *>(QStringLiteral("language-ko"))->trigger();
        QTRY_COMPARE(next->text(), QStringLiteral("다음 연산"));
        QCOMPARE(m_settings->language(), QStringLiteral("ko"));
        QVERIFY(next->toolTip().startsWith(QStringLiteral("다음 연산")));
        // The lesson text follows: the narrative is Korean now.
        const Lesson &lesson = *window().currentLesson();
        QTRY_VERIFY(shows(window().narrative(), lesson.narrative.ko));
        QVERIFY(!label("placeLabel").startsWith(QStringLiteral("epoch")));
        auto *tree = window().lessonBrowser()->findChild<QTreeWidget *>();
        QVERIFY(tree->topLevelItem(0)->text(0).contains(lesson.title.ko));
        window().findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QTRY_COMPARE(next->text(), QStringLiteral("Next operation"));
        QTRY_VERIFY(shows(window().narrative(), lesson.narrative.en));
        QVERIFY(label("placeLabel").startsWith(QStringLiteral("epoch")));
    }

    // Layout, language, zoom and the last experiment come back in a new window.
    void settingsAreRemembered()
    {
        // The last lesson of the first format (lessons 4-6 open in a window of their own).
        const Lesson *lastOfFormat1 = nullptr;
        for (const Lesson &l : window().lessons())
            if (l.version == 1)
                lastOfFormat1 = &l;
        QVERIFY(lastOfFormat1);
        const Lesson &last = *lastOfFormat1;
        QVERIFY(window().startExperiment(last.id, last.experiments.last().id));
        waitIdle();
        window().findChild<QDockWidget *>(QStringLiteral("inputPlaneDock"))->hide();
        window().close();
        QCOMPARE(m_settings->lastLesson(), last.id);
        QCOMPARE(m_settings->lastExperiment(), last.experiments.last().id);

        MainWindow second(m_languages.get(), m_settings.get());
        second.loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS));
        QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("inputPlaneDock"))->isHidden());
        second.startDefault();
        QTRY_VERIFY_WITH_TIMEOUT(!second.isBusy(), 30000);
        QCOMPARE(second.currentLesson()->id, last.id);
        QCOMPARE(second.currentExperimentId(), last.experiments.last().id);
        m_window->show();
        m_window->findChild<QDockWidget *>(QStringLiteral("inputPlaneDock"))->show();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
