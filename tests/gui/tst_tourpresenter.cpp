// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presenting lesson 3's tour as an instructor does, with the keys a clicker sends: the real
// window offscreen, Page Down and Page Up through the stops, the note on screen, and the keys
// that must not lose the tour (Esc, letters, the stepping keys).
#include "bookmarkdialog.h"
#include "languagemanager.h"
#include "lessonloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "tour.h"
#include "tourmode.h"
#include "tournote.h"
#include "viewdocks.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace deltatrace;

namespace {
const QString LessonId = QStringLiteral("03-backprop-xor");
const QString ExperimentId = QStringLiteral("backprop-ce");

// The shipped tour, read from the lesson file itself.
Tour lessonTour()
{
    const LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"));
    return loaded.ok() && loaded.lesson->experiment(ExperimentId)->tour ? *loaded.lesson->experiment(ExperimentId)->tour : Tour();
}

TracePosition place(int epoch, int sample, int operation) { return TracePosition{static_cast<long long>(epoch) * 4 + sample, operation}; }
} // namespace

class TestTourPresenter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    Tour m_tour;

    MainWindow &window() { return *m_window; }
    TourMode *tour() { return m_window->tourMode(); }
    TourNote *note() { return m_window->tourMode()->note(); }
    TracePosition position() { return m_window->controller()->position(); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(m_window.get(), k, modifiers); }

    void start(quint32 seed)
    {
        if (window().isPresenterMode())
            window().setPresenterMode(false);
        LessonLibrary::Overrides overrides;
        overrides.seed = seed;
        QVERIFY(window().startExperiment(LessonId, ExperimentId, overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!window().isBusy(), 30000);
        QCOMPARE(window().trace()->spec().seed, seed);
        tour()->end();
        window().controller()->first();
        window().activateWindow();
        window().findChild<QWidget *>(QStringLiteral("work"))->setFocus();
    }

    // The position of the shipped tour's stop `index` in the run shown.
    TracePosition stopPlace(int index) { return *tour()->resolvedStops().at(index).position; }
    int stopWithEvent(TraceEvents::Event event)
    {
        for (qsizetype i = 0; i < m_tour.stops.size(); ++i)
            if (m_tour.stops[i].event == event)
                return int(i);
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_tour = lessonTour();
        QVERIFY(m_tour.stops.size() >= 8);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_languages.get(), m_settings.get());
        m_window->setFullScreenAllowed(false);
        QVERIFY(m_window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The lesson's tour is the run's tour, and presenting makes Page Down start it.
    void pageDownWalksTheTour()
    {
        start(0);
        QCOMPARE(tour()->tour().stops, m_tour.stops);
        key(Qt::Key_F5);
        QVERIFY(window().isPresenterMode());
        QVERIFY(tour()->isOn());
        // The work keeps the whole screen until the first stop.
        QVERIFY(tour()->dock()->isHidden());
        QTest::qWait(50);
        const int heightBefore = window().height();

        key(Qt::Key_PageDown);
        QCOMPARE(tour()->currentStop(), 0);
        QVERIFY(tour()->dock()->isVisible());
        QCOMPARE(position(), place(0, 0, 0)); // epoch 0, sample 0, v1
        QCOMPARE(note()->noteText(), m_tour.stops[0].note.en);
        QVERIFY(note()->headerText().startsWith(QStringLiteral("Stop 1 of %1").arg(m_tour.stops.size())));
        for (int i = 1; i < 5; ++i)
            key(Qt::Key_PageDown);
        // Stop 5: the cross-entropy delta, operation 6 of 12.
        QCOMPARE(tour()->currentStop(), 4);
        QCOMPARE(position(), place(0, 0, 5));
        QCOMPARE(note()->noteText(), m_tour.stops[4].note.en);
        QVERIFY(note()->headerText().contains(QStringLiteral("epoch 0, sample 0, delta")));
        key(Qt::Key_PageUp);
        QCOMPARE(tour()->currentStop(), 3);
        QCOMPARE(position(), place(0, 0, 4));
        QCOMPARE(note()->noteText(), m_tour.stops[3].note.en);
        // Large enough for the back of the room: at least presenting's 24 px.
        const QLabel *text = note()->findChild<QLabel *>(QStringLiteral("tourNoteText"));
        QTRY_VERIFY(QFontInfo(text->font()).pixelSize() >= 24);
        QVERIFY(QFontInfo(text->font()).pixelSize() > QFontInfo(QApplication::font()).pixelSize());
        // The whole note is on screen at 1024x768, not cut to its first line.
        QTRY_VERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(QStringLiteral("%1 < %2 at width %3; note %4x%5 max %6 min %7 window %8").arg(text->height()).arg(text->heightForWidth(text->width())).arg(text->width()).arg(note()->width()).arg(note()->height()).arg(note()->maximumHeight()).arg(note()->minimumSizeHint().height()).arg(window().height())));
        QVERIFY(text->heightForWidth(text->width()) >= 2 * QFontMetrics(text->font()).height());
        QVERIFY(tour()->dock()->geometry().bottom() <= window().height());
        // The note does not make the window taller.
        QVERIFY2(window().height() <= heightBefore, qPrintable(QStringLiteral("%1 > %2").arg(window().height()).arg(heightBefore)));
    }

    // A stray key never loses the tour: Esc leaves presenting but not the tour, letters and the
    // stepping keys move within the run, and Page Down goes on from the tour's stop.
    void strayKeysKeepTheTour()
    {
        start(0);
        key(Qt::Key_F5);
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_PageDown);
        QCOMPARE(tour()->currentStop(), 4);
        for (Qt::Key k : {Qt::Key_A, Qt::Key_Z, Qt::Key_K, Qt::Key_Q, Qt::Key_1})
            key(k);
        QVERIFY(tour()->isOn());
        QCOMPARE(tour()->currentStop(), 4);
        QCOMPARE(position(), place(0, 0, 5));
        // Stepping away: the note says so and stays.
        key(Qt::Key_Right);
        key(Qt::Key_Down);
        QVERIFY(position() != place(0, 0, 5));
        QVERIFY(note()->headerText().contains(QStringLiteral("moved on")));
        QCOMPARE(note()->noteText(), m_tour.stops[4].note.en);
        // Esc: out of presenter mode, the tour and its note stay.
        key(Qt::Key_Escape);
        QVERIFY(!window().isPresenterMode());
        QVERIFY(tour()->isOn());
        QCOMPARE(tour()->currentStop(), 4);
        QVERIFY(tour()->dock()->isVisible());
        QCOMPARE(note()->noteText(), m_tour.stops[4].note.en);
        // Outside presenter mode Page Down is the stepping key (an epoch later) ...
        const TracePosition before = position();
        key(Qt::Key_PageDown);
        QCOMPARE(position().step, before.step + 4);
        QCOMPARE(tour()->currentStop(), 4);
        // ... and presenting again, Page Down goes on from stop 5 to stop 6.
        key(Qt::Key_F5);
        QVERIFY(window().isPresenterMode());
        key(Qt::Key_PageDown);
        QCOMPARE(tour()->currentStop(), 5);
        QCOMPARE(position(), place(0, 0, 6)); // e1
        QVERIFY(!note()->headerText().contains(QStringLiteral("moved on")));
        key(Qt::Key_Escape);
        QVERIFY(tour()->isOn());
        // Ctrl+Page Down walks it outside presenter mode.
        key(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tour()->currentStop(), 6);
        // Only End Tour ends it.
        tour()->end();
        QVERIFY(!tour()->isOn());
        QVERIFY(tour()->dock()->isHidden());
    }

    // The seed-dependent stops: a solved run has the right-side epoch and no stall, a stalled
    // run the other way round, and the note says which stop was skipped.
    void eventStops_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("stalls");
        QTest::newRow("seed 0 is solved") << 0u << false;
        QTest::newRow("seed 1 stalls") << 1u << true;
    }

    void eventStops()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, stalls);
        start(seed);
        const int rightSide = stopWithEvent(TraceEvents::Event::AllRightSide);
        const int stall = stopWithEvent(TraceEvents::Event::StallStart);
        QVERIFY(rightSide >= 0 && stall == rightSide + 1);
        key(Qt::Key_F5);
        QVERIFY(tour()->goToStop(rightSide - 1));
        key(Qt::Key_PageDown);
        const int shown = stalls ? stall : rightSide;
        QCOMPARE(tour()->currentStop(), shown);
        QCOMPARE(position(), stopPlace(shown));
        QCOMPARE(note()->noteText(), m_tour.stops[shown].note.en);
        if (stalls) {
            QCOMPARE(note()->skippedText(), QStringLiteral("Stop %1 skipped: the outputs are never all on their target's side of 0.5 in this run.").arg(rightSide + 1));
        } else {
            // At the end of the epoch shown every output is on its target's side of 0.5.
            QVERIFY(window().docks()->dock(ViewDocks::InputPlane)->isVisible());
            const EpochSummary s = window().trace()->epochSummary(int(position().step / 4));
            for (int k = 0; k < 4; ++k)
                QVERIFY(std::abs(window().trace()->spec().D(k) - s.outputs[size_t(k)]) < 0.5);
            key(Qt::Key_PageDown);
            QCOMPARE(tour()->currentStop(), stall + 1);
            QCOMPARE(note()->skippedText(), QStringLiteral("Stop %1 skipped: this run does not stall.").arg(stall + 1));
        }
        key(Qt::Key_Escape);
    }

    // The note is in the window's language.
    void koreanNote()
    {
        start(0);
        QVERIFY(tour()->goToStop(2));
        QCOMPARE(note()->noteText(), m_tour.stops[2].note.en);
        m_languages->setLanguage(QStringLiteral("ko"));
        QTRY_COMPARE(note()->noteText(), m_tour.stops[2].note.ko);
        m_languages->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(note()->noteText(), m_tour.stops[2].note.en);
    }

    // An instructor's own tour: bookmarks at two places, reordered, saved and read back.
    void bookmarksSaveAndOpen()
    {
        start(0);
        tour()->setTour(Tour{LessonId, ExperimentId, {}});
        window().controller()->setPosition(place(2, 1, 3));
        tour()->addBookmark(LocalizedText{QStringLiteral("셋째"), QString()}, QStringLiteral("charts"));
        window().controller()->setPosition(place(0, 3, 11));
        tour()->addBookmark(LocalizedText{QString(), QStringLiteral("first")}, QString());
        tour()->moveStop(1, -1);
        QCOMPARE(tour()->tour().stops.size(), 2);
        QCOMPARE(tour()->tour().stops[0].note.en, QStringLiteral("first"));
        QCOMPARE(tour()->tour().stops[1].operation, Quantity::Y);
        const QString path = m_dir.filePath(QStringLiteral("mine.dtour.json"));
        QCOMPARE(tour()->saveFile(path), QString());
        const Tour saved = tour()->tour();
        tour()->removeStop(0);
        QCOMPARE(tour()->tour().stops.size(), 1);
        QCOMPARE(tour()->openFile(path), QString());
        QCOMPARE(tour()->tour(), saved);
        tour()->start();
        QCOMPARE(position(), place(0, 3, 11));
        key(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(position(), place(2, 1, 3));
        QVERIFY(window().docks()->dock(ViewDocks::Charts)->isVisible());
        // A bad tour file is refused whole, with its place; the tour shown stays.
        QFile bad(m_dir.filePath(QStringLiteral("bad.dtour.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "deltatrace-tour", "version": 1, "lesson": "a", "experiment": "b", "stops": [{"epoch": 0}]})");
        bad.close();
        const QString problem = tour()->openFile(bad.fileName());
        QVERIFY2(problem.startsWith(bad.fileName() + QStringLiteral(":1:")), qPrintable(problem));
        QCOMPARE(tour()->tour(), saved);
        tour()->end();
    }

    // Another experiment brings its own tour: the squared-error experiment has none, so the
    // note goes and Page Down is the stepping key again, presenting or not.
    void anotherExperimentLeavesTheTour()
    {
        start(0);
        key(Qt::Key_F5);
        key(Qt::Key_PageDown);
        QVERIFY(tour()->dock()->isVisible());
        QVERIFY(window().startExperiment(LessonId, QStringLiteral("backprop-sigmoid")));
        QTRY_VERIFY_WITH_TIMEOUT(!window().isBusy(), 30000);
        QVERIFY(tour()->tour().isEmpty());
        QVERIFY(!tour()->isOn());
        QVERIFY(tour()->dock()->isHidden());
        window().controller()->first();
        key(Qt::Key_PageDown);
        QCOMPARE(position().step, 4);
        key(Qt::Key_Escape);
    }

    // A long run's events are found in the background; the tour waits for them, then has them
    // where the core finds them.
    void longRunEventsInTheBackground()
    {
        LessonLibrary::Overrides overrides;
        overrides.seed = 0;
        overrides.epochs = 250000;
        QVERIFY(window().startExperiment(LessonId, ExperimentId, overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!window().isBusy(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(tour()->resolvedStops().size(), m_tour.stops.size(), 10000);
        const int rightSide = stopWithEvent(TraceEvents::Event::AllRightSide);
        QCOMPARE(tour()->resolvedStops().at(rightSide).position, TraceEvents::find(*window().trace()).position(TraceEvents::Event::AllRightSide));
        QVERIFY(tour()->goToStop(rightSide));
        QCOMPARE(position(), stopPlace(rightSide));
        tour()->end();
    }

    void bookmarkDialog()
    {
        BookmarkDialog dialog(Tour::viewNames());
        dialog.koreanEdit()->setPlainText(QStringLiteral("  델타\u001b  "));
        QCOMPARE(dialog.note().ko, QStringLiteral("델타"));
        QCOMPARE(dialog.note().en, QString());
        QCOMPARE(dialog.view(), QString());
    }
};

QTEST_MAIN(TestTourPresenter)
#include "tst_tourpresenter.moc"
