// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise round trip in the real window, offscreen: a student starts from their name,
// answers lesson 1's questions (one wrong then right, one revealed), saves the trace, opens it
// in a fresh window with the same score, and the teacher grades it with deltatrace-cli.
#include "exercisemode.h"
#include "exercisepanel.h"
#include "fileactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "numberformat.h"
#include "settings.h"
#include "studentnamedialog.h"
#include "studentseed.h"
#include "tracefile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace deltatrace;

namespace {

const QString Student = QStringLiteral("Park Seoyeon");

struct Window
{
    std::unique_ptr<Settings> settings;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<MainWindow> window;

    Window(const QString &settingsPath)
    {
        settings = std::make_unique<Settings>(settingsPath);
        languages = std::make_unique<LanguageManager>();
        languages->setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(languages.get(), settings.get());
        window->setFullScreenAllowed(false);
        window->resize(1400, 900);
        window->show();
    }
    ExercisePanel *panel() const { return window->findChild<ExercisePanel *>(QStringLiteral("exercisePanel")); }
};

// deltatrace-cli grade, run as a teacher would.
QStringList grade(const QStringList &files, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(DELTATRACE_CLI), QStringList{QStringLiteral("grade")} + files);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestExerciseRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void waitIdle(MainWindow &w) { QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000); }

    // Lesson 1's first experiment (the forward pass), whose exercises ask y of sample 0 and
    // then v of sample 1, started through Lesson > Start as Student… with `name`.
    void startAsStudent(MainWindow &w, const QString &name)
    {
        QVERIFY(w.loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        const Lesson &lesson = w.lessons().first();
        QVERIFY(w.startExperiment(lesson.id, lesson.experiments.first().id));
        waitIdle(w);
        auto *action = w.findChild<QAction *>(QStringLiteral("studentAction"));
        QVERIFY(action && action->isEnabled());
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<StudentNameDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->nameEdit(), name);
            answered = dialog->seedText().contains(QString::number(StudentSeed::forName(name)));
            dialog->accept();
        });
        action->trigger();
        QVERIFY(answered);
        waitIdle(w);
        QTRY_VERIFY(w.exerciseMode()->isActive());
        QCOMPARE(w.trace()->spec().seed, StudentSeed::forName(name));
        QCOMPARE(w.exerciseMode()->student(), name);
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void answerSaveReopenGrade()
    {
        Window first(path("first.ini"));
        startAsStudent(*first.window, Student);
        ExercisePanel *panel = first.panel();
        const ExerciseSession *session = panel->session();
        QVERIFY(session);
        QCOMPARE(session->questions().size(), 2);
        const double y = session->questions()[0].truth;
        QTest::keyClicks(panel->answerEdit(), NumberFormat::value(y + 0.25));
        QTest::keyClick(panel->answerEdit(), Qt::Key_Return);
        QTest::keyClicks(panel->answerEdit(), NumberFormat::value(y));
        QTest::keyClick(panel->answerEdit(), Qt::Key_Return);
        panel->showHint();
        panel->reveal();
        const QString score = panel->scoreText();
        QCOMPARE(score, QStringLiteral("Right: 1 · Revealed: 1 · Left: 0"));
        QVERIFY(first.window->fileActions()->saveTrace(path("park.dtrace")));

        // A fresh window opens it in exercise mode, with the same attempts and score.
        Window second(path("second.ini"));
        QVERIFY(second.window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        QVERIFY2(second.window->fileActions()->openFile(path("park.dtrace")), qPrintable(second.window->lastError()));
        QVERIFY(second.window->exerciseMode()->isActive());
        QVERIFY(second.panel()->isVisible());
        QCOMPARE(second.panel()->scoreText(), score);
        QCOMPARE(second.window->exerciseMode()->student(), Student);
        const ExerciseSession *reopened = second.panel()->session();
        QCOMPARE(reopened->questions()[0].attempts.size(), 2);
        QCOMPARE(reopened->questions()[0].attempts[0].verdict, AnswerCheck::Verdict::Wrong);
        QCOMPARE(reopened->questions()[1].revealedAt.has_value(), true);
        QCOMPARE(reopened->questions()[1].hintedAt.has_value(), true);
        QVERIFY(second.window->findChild<QAction *>(QStringLiteral("exercisesAction"))->isChecked());

        // The teacher's grades.
        int exitCode = 0;
        const QStringList rows = grade({path("park.dtrace")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(rows.size(), 3);
        const QString seed = QString::number(StudentSeed::forName(Student));
        QVERIFY2(rows[1].startsWith(QStringLiteral("Park Seoyeon,%1,#1 0:0:y,%2,yes,2,").arg(seed, NumberFormat::value(y))), qPrintable(rows[1]));
        QVERIFY2(rows[2].startsWith(QStringLiteral("Park Seoyeon,%1,#2 0:1:v,,no,0,").arg(seed)), qPrintable(rows[2]));
        QVERIFY2(rows[2].contains(QStringLiteral(",yes,yes,")), qPrintable(rows[2]));
    }

    // A learner saves halfway, reopens the file later and goes on; the file saved again holds
    // both sittings and still reads (times go on from the first sitting's).
    void aSavedSessionGoesOn()
    {
        Window first(path("first.ini"));
        startAsStudent(*first.window, Student);
        ExercisePanel *panel = first.panel();
        const double y = panel->session()->questions()[0].truth;
        panel->answerEdit()->setText(NumberFormat::value(y + 0.25));
        panel->check();
        QVERIFY(first.window->fileActions()->saveTrace(path("half.dtrace")));

        Window second(path("second.ini"));
        QVERIFY(second.window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        QVERIFY(second.window->fileActions()->openFile(path("half.dtrace")));
        QCOMPARE(second.panel()->scoreText(), QStringLiteral("Right: 0 · Revealed: 0 · Left: 2"));
        // Still held before the open question's value.
        QCOMPARE(second.window->controller()->limit(), second.panel()->session()->barrier());
        second.panel()->answerEdit()->setText(NumberFormat::value(y));
        second.panel()->check();
        second.panel()->reveal();
        QVERIFY(second.window->fileActions()->saveTrace(path("half.dtrace")));
        const TraceFile::ReadResult read = TraceFile::read(path("half.dtrace"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.exercises->answered[0].attempts.size(), 2);
        QVERIFY(read.exercises->answered[0].attempts[1].msecs >= read.exercises->answered[0].attempts[0].msecs);
    }

    // Past the answers a saved session may hold, the answer is shown instead: the trace can
    // always be saved.
    void endlessGuessesEndInAReveal()
    {
        Window w(path("fourth.ini"));
        startAsStudent(*w.window, Student);
        ExercisePanel *panel = w.panel();
        for (int i = 0; i < ExerciseRecord::MaxAttemptsPerQuestion; ++i) {
            panel->answerEdit()->setText(QStringLiteral("12345"));
            panel->check();
        }
        QCOMPARE(panel->session()->current(), std::optional<int>(0));
        panel->answerEdit()->setText(QStringLiteral("12345"));
        panel->check();
        QCOMPARE(panel->session()->questions()[0].attempts.size(), ExerciseRecord::MaxAttemptsPerQuestion);
        QVERIFY(panel->session()->questions()[0].revealedAt.has_value());
        QVERIFY2(w.window->fileActions()->saveTrace(path("guesses.dtrace")), qPrintable(w.window->lastError()));
        QVERIFY(TraceFile::read(path("guesses.dtrace")).ok());
    }

    // Save Trace offers a file name that starts with the student's, for a class's folder of
    // hand-ins; characters a file system might treat specially become '-'.
    void saveOffersTheStudentsName()
    {
        Window w(path("named.ini"));
        startAsStudent(*w.window, QStringLiteral("Kim / Min:jun"));
        auto *save = w.window->findChild<QAction *>(QStringLiteral("saveAction"));
        QVERIFY(save && save->isEnabled());
        QString offered;
        QTimer user;
        user.setInterval(50);
        connect(&user, &QTimer::timeout, &user, [&] {
            if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                if (const QStringList chosen = files->selectedFiles(); !chosen.isEmpty())
                    offered = QFileInfo(chosen.first()).fileName();
                files->reject();
            }
        });
        user.start();
        save->trigger();
        user.stop();
        QVERIFY2(offered.startsWith(QStringLiteral("Kim---Min-jun-")), qPrintable(offered));
        QVERIFY2(offered.endsWith(QStringLiteral(".dtrace")), qPrintable(offered));
    }

    // Another seed is another student's run: the name is not saved with it.
    void anotherSeedDropsTheName()
    {
        Window w(path("third.ini"));
        startAsStudent(*w.window, Student);
        const Lesson &lesson = w.window->lessons().first();
        QVERIFY(w.window->startExperiment(lesson.id, lesson.experiments.first().id, {StudentSeed::forName(Student) + 1, {}, {}}));
        waitIdle(*w.window);
        QTRY_COMPARE(w.window->exerciseMode()->student(), QString());
        QVERIFY(w.window->exerciseMode()->isActive());
        QVERIFY(w.window->fileActions()->saveTrace(path("other.dtrace")));
        const TraceFile::ReadResult read = TraceFile::read(path("other.dtrace"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.exercises->student, QString());
    }
};

QTEST_MAIN(TestExerciseRoundTrip)
#include "tst_exerciseroundtrip.moc"
