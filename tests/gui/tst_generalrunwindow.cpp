// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window of a general network's lesson (format 2) as a learner uses it: chosen in the main
// window's list, recorded off the GUI thread, stepped with lessons 1-3's keys, the listing's
// current line following the operation, parameters changed and run again.
#include "generalarithmeticpanel.h"
#include "fileactions.h"
#include "generalrunwindow.h"
#include "languagemanager.h"
#include "lessonloader.h"
#include "mainwindow.h"
#include "presentationfont.h"
#include "presenterbar.h"
#include "presentermode.h"
#include "settings.h"
#include "generaltour.h"
#include "tournote.h"

#include <QApplication>
#include <QFontInfo>
#include <QToolBar>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace deltatrace;

namespace {

Lesson loadLesson(const char *file)
{
    const LessonLoader::Result result = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/") + QLatin1String(file));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return *result.lesson;
}

// The listing's line shown as current, as text.
QString currentLine(GeneralRunWindow &window)
{
    const int line = window.currentListingLine();
    if (line < 0)
        return {};
    return window.findChild<QPlainTextEdit *>()->document()->findBlockByNumber(line).text();
}

bool waitForRun(GeneralRunWindow &window)
{
    QSignalSpy shown(&window, &GeneralRunWindow::runShown);
    return shown.count() > 0 || shown.wait(120000);
}

} // namespace

class TestGeneralRunWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

private:
    PresentationFont m_font; // the application's zoom and presenting type

private slots:
    void recordsAndStepsWithTheCourseKeys()
    {
        GeneralRunWindow window(&m_font);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.start(loadLesson("06-beyond-xor.lesson.json"), QStringLiteral("deep")));
        QVERIFY(waitForRun(window));
        QVERIFY(window.trace());
        QCOMPARE(window.trace()->epochCount(), 1000);
        QCOMPARE(window.trace()->architecture().sizes, (std::vector<int>{3, 5, 3, 1}));
        QVERIFY2(window.positionText().startsWith(u"Epoch 0 of 1000 · sample 0 of 12 · operation 1 of"_qs), qPrintable(window.positionText()));
        QVERIFY(window.positionText().endsWith(u": v1"_qs));
        QVERIFY2(currentLine(window).trimmed().startsWith(u"v1 = np.matmul(W1, x)"_qs), qPrintable(currentLine(window)));

        // → one operation: y1 = tanh(v1), and the listing follows.
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.controller()->position(), (NetworkPosition{0, 1}));
        QVERIFY2(currentLine(window).trimmed().startsWith(u"y1 = np.tanh(v1)"_qs), qPrintable(currentLine(window)));
        // ↓ the end of the sample: sample 0 is not its mini-batch's last, so it ends with dW3_sum.
        QTest::keyClick(&window, Qt::Key_Down);
        QVERIFY(window.positionText().endsWith(u": dW3_sum"_qs));
        // ↓ twice more: sample 2 ends the first batch of 3, with the update of W3.
        QTest::keyClick(&window, Qt::Key_Down);
        QTest::keyClick(&window, Qt::Key_Down);
        QCOMPARE(window.controller()->position().step, 2);
        QVERIFY(window.positionText().endsWith(u": W3"_qs));
        QVERIFY2(currentLine(window).trimmed().startsWith(u"W3 = W3 + dW3_avg"_qs), qPrintable(currentLine(window)));
        // Page Down: the same place an epoch later; End: the run's last operation.
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.controller()->position().step, 12 + 2);
        QTest::keyClick(&window, Qt::Key_End);
        QVERIFY(window.controller()->atEnd());
        QTest::keyClick(&window, Qt::Key_Home);
        QVERIFY(window.controller()->atStart());
    }

    // Run again with another seed: the listing is the code of the new run (its seed).
    void runsAgainWithTheParameters()
    {
        GeneralRunWindow window(&m_font);
        window.show();
        QVERIFY(window.start(loadLesson("05-momentum.lesson.json"), QStringLiteral("momentum")));
        QVERIFY(waitForRun(window));
        QCOMPARE(window.trace()->run().seed, 0u);
        auto *listing = window.findChild<QPlainTextEdit *>();
        QVERIFY(listing->toPlainText().contains(u"np.random.seed(0)"_qs));
        QVERIFY(listing->toPlainText().contains(u"m1 = dW1 + beta * m1"_qs));

        auto *seed = window.findChild<QSpinBox *>();
        seed->setValue(3);
        const QList<QSpinBox *> spins = window.findChildren<QSpinBox *>();
        for (QSpinBox *spin : spins)
            if (spin != seed && spin->maximum() > 1000)
                spin->setValue(50); // epochs
        QSignalSpy shown(&window, &GeneralRunWindow::runShown);
        for (QPushButton *button : window.findChildren<QPushButton *>())
            if (button->text() == u"&Run"_qs)
                button->click();
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.trace()->run().seed, 3u);
        QCOMPARE(window.trace()->epochCount(), 50);
        QVERIFY(listing->toPlainText().contains(u"np.random.seed(3)"_qs));
        QVERIFY(listing->toPlainText().contains(u"for epoch in range(50):"_qs));

        // A learning rate that is not a number is said in plain words; nothing is recorded.
        window.findChild<QLineEdit *>()->setText(u"fast"_qs);
        for (QPushButton *button : window.findChildren<QPushButton *>())
            if (button->text() == u"&Run"_qs)
                button->click();
        QVERIFY(!window.isRecording());
        QCOMPARE(window.trace()->run().seed, 3u);
    }

    // Every tab at a laptop's and a projector's size, in both languages: the window fits the
    // screen (nothing wider than it) and every tab shows its view. With DELTATRACE_SCREENSHOTS
    // set to a folder, the pictures are saved there to be looked at.
    void everyTabAtClassroomSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize &size : {QSize(1024, 768), QSize(1366, 768)})
            for (const QString &language : {u"ko"_qs, u"en"_qs})
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }

    void everyTabAtClassroomSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        GeneralRunWindow window(&m_font);
        window.setLanguage(language);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.start(loadLesson("06-beyond-xor.lesson.json"), QStringLiteral("deep")));
        QVERIFY(waitForRun(window));
        QVERIFY(window.controller()->goToPlace(40, 5, u"delta2"_qs));
        QVERIFY(window.width() <= size.width());
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        const QString folder = qEnvironmentVariable("DELTATRACE_SCREENSHOTS");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(tabs->currentWidget()->isVisible());
            QVERIFY(tabs->currentWidget()->width() > 200);
            if (!folder.isEmpty())
                window.grab().save(QStringLiteral("%1/general-%2x%3-%4-tab%5.png").arg(folder).arg(size.width()).arg(size.height()).arg(language).arg(i));
        }
    }

    // Saved, then opened again (as a learner who hands in a run): the same run, its lesson's
    // texts from inside the file; a damaged file is refused with its name, in plain words.
    void savesAndOpensTraceFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"momentum.dtrace"_qs);
        {
            GeneralRunWindow window(&m_font);
            QVERIFY(window.start(loadLesson("05-momentum.lesson.json"), u"momentum"_qs, {7u, 0.5, 30}));
            QVERIFY(waitForRun(window));
            QString error;
            QVERIFY2(window.saveTrace(path, &error), qPrintable(error));
        }
        GeneralRunWindow window(&m_font);
        window.openTrace(path);
        QVERIFY(waitForRun(window));
        QCOMPARE(window.trace()->run().seed, 7u);
        QCOMPARE(window.trace()->run().alpha, 0.5);
        QCOMPARE(window.trace()->epochCount(), 30);
        QCOMPARE(window.experimentId(), u"momentum"_qs);
        QVERIFY(window.findChild<QPlainTextEdit *>()->toPlainText().contains(u"np.random.seed(7)"_qs));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage");
        file.close();
        QSignalSpy failed(&window, &GeneralRunWindow::failed);
        window.openTrace(path);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(u"momentum.dtrace"_qs), qPrintable(failed.first().first().toString()));
        QCOMPARE(window.trace()->epochCount(), 30); // the run shown before stays
    }

    // Presenter mode on a projector's, a laptop's and a large screen: large type, no toolbars,
    // nothing wider than the screen; the network beside the tabs where both fit, otherwise one
    // at a time with V going round them all. The stepping keys keep working, and Esc brings back
    // the window as it was.
    void presentsAtClassroomSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize &size : {QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080)})
            for (const QString &language : {u"ko"_qs, u"en"_qs})
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }

    void presentsAtClassroomSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setLanguage(language);
        GeneralRunWindow window(&m_font);
        window.presenter()->setFullScreenAllowed(false); // a projector's size, not this screen's
        window.setLanguage(language);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.start(loadLesson("06-beyond-xor.lesson.json"), QStringLiteral("deep")));
        QVERIFY(waitForRun(window));
        QVERIFY(window.controller()->goToPlace(40, 5, u"delta2"_qs));
        const double pointSize = QApplication::font().pointSizeF();

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.isPresenting());
        QTest::qWait(50); // the large type's layout
        QVERIFY(QFontInfo(QApplication::font()).pixelSize() >= 24);
        QTest::qWait(50); // the large type's layout
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            QVERIFY2(bar->isHidden(), qPrintable(bar->objectName()));
        auto *bar = window.findChild<PresenterBar *>();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->title(), loadLesson("06-beyond-xor.lesson.json").experiment(u"deep"_qs)->title.in(language));
        // Where both halves fit they are both shown; a 1024-pixel projector shows one at a time.
        if (size.width() == 1024)
            QVERIFY(window.showsNetwork() != window.showsTabs());
        if (size.width() >= 1920)
            QVERIFY(window.showsNetwork() && window.showsTabs());

        const QString folder = qEnvironmentVariable("DELTATRACE_SCREENSHOTS");
        const int pictures = window.showsNetwork() && window.showsTabs() ? window.tabs()->count() : window.tabs()->count() + 1;
        QSet<QWidget *> seen;
        for (int i = 0; i < pictures; ++i) {
            QTest::qWait(20);
            QVERIFY2(window.width() <= size.width(), qPrintable(u"%1 px wide at picture %2"_qs.arg(window.width()).arg(i)));
            QVERIFY(window.showsNetwork() || window.showsTabs());
            if (window.showsTabs()) {
                QVERIFY(window.tabs()->currentWidget()->isVisible());
                seen.insert(window.tabs()->currentWidget());
            }
            if (!folder.isEmpty())
                window.grab().save(u"%1/general-present-%2x%3-%4-%5.png"_qs.arg(folder).arg(size.width()).arg(size.height()).arg(language).arg(i));
            QTest::keyClick(&window, Qt::Key_V);
        }
        QCOMPARE(seen.size(), window.tabs()->count()); // V reached every tab

        // Stepping needs no toolbar.
        const NetworkPosition before = window.controller()->position();
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(window.controller()->position() != before);

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QTest::qWait(20);
        QCOMPARE(QApplication::font().pointSizeF(), pointSize);
        QVERIFY(!bar->isVisible());
        for (QToolBar *toolBar : window.findChildren<QToolBar *>())
            QVERIFY2(toolBar->isVisible(), qPrintable(toolBar->objectName()));
        QVERIFY(window.showsNetwork() && window.showsTabs());
    }

    // A lesson's tour, walked as a class sees it: presenting starts it, the clicker's Page Down
    // and Page Up go from stop to stop (and bring each stop's view forward), the stepping keys
    // wander off and Page Down goes on from the stop; a shorter run passes over the stops it has
    // not got, and says so; End Tour hides the note.
    void walksTheLessonsTour()
    {
        GeneralRunWindow window(&m_font);
        window.presenter()->setFullScreenAllowed(false);
        window.setLanguage(u"en"_qs);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.start(loadLesson("04-sgd-vs-batch.lesson.json"), u"batch"_qs));
        QVERIFY(waitForRun(window));
        TourNote *note = window.tourNote();
        QVERIFY(!note->isVisible()); // a tour is off until started
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.tour()->isOn());
        QVERIFY(QFontInfo(QApplication::font()).pixelSize() >= 24);
        QTest::qWait(50); // the large type's layout
        QVERIFY(note->isVisible());
        QCOMPARE(window.tour()->currentStop(), -1);

        const auto at = [&window](long long step, const char *operation) {
            const NetworkPosition p = window.controller()->position();
            const auto &trace = *window.trace();
            const bool update = window.controller()->operationsAt(p.step) == static_cast<int>(trace.layout().operations(true).size());
            return p.step == step && trace.layout().operations(update)[static_cast<std::size_t>(p.operation)].name() == operation;
        };
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.tour()->currentStop(), 0);
        QVERIFY(at(0, "dW1_sum"));
        QVERIFY2(note->headerText().contains(u"1"_qs) && note->noteText().contains(u"dW1_sum"_qs), qPrintable(note->noteText()));
        QTest::keyClick(&window, Qt::Key_PageDown);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.tour()->currentStop(), 2);
        QVERIFY(at(3, "dW1_avg"));
        QTest::qWait(20);
        if (const QString folder = qEnvironmentVariable("DELTATRACE_SCREENSHOTS"); !folder.isEmpty())
            window.grab().save(folder + u"/general-tour-1024x768.png"_qs);
        // The whole note under the views (fitHeight keeps two pixels to spare).
        QVERIFY2(note->height() + 2 >= note->maximumHeight(), qPrintable(u"%1 of %2"_qs.arg(note->height()).arg(note->maximumHeight())));
        QVERIFY(window.height() <= 768);
        // The stepping keys move within the run; Page Down goes on from the tour's stop.
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(!at(3, "dW1_avg"));
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.tour()->currentStop(), 3);
        QVERIFY(at(3, "W1"));
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.tour()->currentStop(), 4);
        QCOMPARE(window.controller()->position().step, 39999LL * 4 + 3);
        QVERIFY(window.showsTabs());
        QCOMPARE(window.tabs()->currentIndex(), 2); // the charts
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.tour()->currentStop(), 3);

        // Leaving presenter mode keeps the tour; the Page keys move epochs again.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.tour()->isOn());
        const long long before = window.controller()->position().step;
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.controller()->position().step, before + 4);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.tour()->currentStop(), 4);

        // A run of 100 epochs has not got the last stop.
        QVERIFY(window.start(loadLesson("04-sgd-vs-batch.lesson.json"), u"batch"_qs, {std::nullopt, std::nullopt, 100}));
        QVERIFY(waitForRun(window));
        QVERIFY(!window.tour()->positionOf(4));
        window.tour()->goToStop(3);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.tour()->currentStop(), 3); // stays at the last stop it has
        QVERIFY2(note->skippedText().contains(u"Stop 5"_qs), qPrintable(note->skippedText()));
        window.tour()->end();
        QVERIFY(!note->isVisible());
    }

    // F1 lists the window's keys, the presenter's among them.
    void listsItsShortcuts()
    {
        GeneralRunWindow window(&m_font);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString listed;
        QTimer::singleShot(0, &window, [&listed] {
            if (auto *dialog = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                listed = dialog->text();
                dialog->accept();
            }
        });
        QTest::keyClick(&window, Qt::Key_F1);
        for (const char *key : {"F5", "Esc", "PgDown", "Home", "Ctrl+G", "Ctrl+S", "V"})
            QVERIFY2(listed.contains(QLatin1String(key)), key);
        QVERIFY(listed.contains(u"Next epoch"_qs));
    }

    void refusesLessonsOfTheFirstFormat()
    {
        GeneralRunWindow window(&m_font);
        QVERIFY(!window.start(loadLesson("03-backprop-xor.lesson.json"), QString()));
        QVERIFY(!window.trace());
    }

    // From the main window: a general lesson chosen in the list opens this window, and the
    // command line's --goto reaches into it.
    void theMainWindowOpensIt()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_qs));
        LanguageManager languages;
        languages.setLanguage(u"en"_qs);
        MainWindow main(&languages, &settings);
        QVERIFY(main.loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 6);
        QCOMPARE(main.errorText(), QString());
        QVERIFY(main.startExperiment(u"04-sgd-vs-batch"_qs, u"batch"_qs));
        QVERIFY(main.showsGeneral());
        GeneralRunWindow *general = main.generalWindow();
        QVERIFY(general && general->isVisible());
        QVERIFY(waitForRun(*general));
        QTRY_VERIFY_WITH_TIMEOUT(!main.isBusy(), 60000);
        QCOMPARE(general->trace()->run().architecture.batch, 4);
        QCOMPARE(main.goTo(3, 3, u"dW1_avg"_qs), QString());
        QVERIFY(general->positionText().endsWith(u": dW1_avg"_qs));
        QVERIFY(!main.goTo(3, 2, u"dW1_avg"_qs).isEmpty()); // sample 2 does not end the batch
        // A general trace file opened in the main window goes to this window.
        const QString path = dir.filePath(u"batch.dtrace"_qs);
        QString error;
        QVERIFY2(general->saveTrace(path, &error), qPrintable(error));
        QVERIFY(main.startExperiment(u"03-backprop-xor"_qs, QString()));
        QVERIFY(!main.showsGeneral());
        QTRY_VERIFY_WITH_TIMEOUT(!main.isBusy(), 60000);
        QSignalSpy shown(general, &GeneralRunWindow::runShown);
        QVERIFY(main.fileActions()->openFile(path));
        QVERIFY(main.showsGeneral());
        QVERIFY(shown.wait(60000));
        QCOMPARE(general->experimentId(), u"batch"_qs);
        // Back to a lesson of the first format: the main window shows it again.
        QVERIFY(main.startExperiment(u"03-backprop-xor"_qs, QString()));
        QVERIFY(!main.showsGeneral());
    }
};

QTEST_MAIN(TestGeneralRunWindow)
#include "tst_generalrunwindow.moc"
