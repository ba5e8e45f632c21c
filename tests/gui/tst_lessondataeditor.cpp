// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson ▸ Edit Data in the real window, offscreen: a preset or a typed target, a run on the
// edited data (its trace, its title, its lesson list entry), the edited lesson saved as a file
// and opened again, and a save that cannot be written.
#include "languagemanager.h"
#include "lessonbrowser.h"
#include "lessondataeditor.h"
#include "lessonwriter.h"
#include "mainwindow.h"
#include "narrativebrowser.h"
#include "parameterspanel.h"
#include "settings.h"
#include "tracefile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace deltatrace;

namespace {

const QString Lesson3 = QStringLiteral("03-backprop-xor");
const QString ExperimentId = QStringLiteral("backprop-ce");
constexpr int Epochs = 300; // enough for the runs to part ways, quick to record

SampleVector targets(double d0, double d1, double d2, double d3)
{
    SampleVector D;
    D << d0, d1, d2, d3;
    return D;
}

} // namespace

class TestLessonDataEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    Weights m_originalWeights; // lesson 3's own run, Epochs epochs

    MainWindow &window() { return *m_window; }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }

    void startLesson3()
    {
        QVERIFY(window().startExperiment(Lesson3, ExperimentId, {std::nullopt, std::nullopt, Epochs}));
        waitIdle();
        QVERIFY(window().trace());
        QCOMPARE(window().trace()->spec().lessonId, Lesson3);
    }

    // Lesson ▸ Edit Data, as a learner opens it.
    LessonDataEditor *openEditor()
    {
        QAction *action = window().findChild<QAction *>(QStringLiteral("editDataAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        const QList<LessonDataEditor *> editors = window().findChildren<LessonDataEditor *>();
        return editors.isEmpty() ? nullptr : editors.last();
    }

    QStringList browserTitles() const
    {
        QStringList titles;
        const auto *tree = m_window->lessonBrowser()->findChild<QTreeWidget *>();
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(0);
        return titles;
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
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        startLesson3();
        m_originalWeights = window().trace()->finalWeights();
    }

    void cleanupTestCase() { m_window.reset(); }

    void cleanup()
    {
        for (LessonDataEditor *editor : window().findChildren<LessonDataEditor *>())
            delete editor;
    }

    // From the Lesson menu or the parameters panel, the editor opens on the lesson's own
    // targets: XOR, nothing to save yet. It fits the smallest screen we support.
    void opensOnTheLessonsTargets_data()
    {
        QTest::addColumn<bool>("fromPanel");
        QTest::newRow("Lesson menu") << false;
        QTest::newRow("parameters panel") << true;
    }
    void opensOnTheLessonsTargets()
    {
        QFETCH(bool, fromPanel);
        startLesson3();
        LessonDataEditor *editor = nullptr;
        if (fromPanel) {
            QPushButton *button = window().parametersPanel()->editDataButton();
            QVERIFY(button->isEnabled());
            button->click();
            QCOMPARE(window().findChildren<LessonDataEditor *>().size(), 1);
            editor = window().findChild<LessonDataEditor *>();
        } else {
            editor = openEditor();
        }
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->isModal());
        QVERIFY(editor->sizeHint().width() <= 1024 * 2 / 3);
        QVERIFY(editor->sizeHint().height() <= 768 / 2);
        QCOMPARE(editor->targets(), targets(0, 1, 1, 0));
        QVERIFY(editor->presetButton(LessonWriter::Preset::Xor)->isChecked());
        QVERIFY(!editor->presetButton(LessonWriter::Preset::And)->isChecked());
        QVERIFY(!editor->isEdited());
        QVERIFY(!editor->saveButton()->isEnabled());
    }

    // AND, Run: the current experiment records on the edited data; the window, the lesson list
    // and the narrative say so, and the numbers are not lesson 3's.
    void presetAndRun()
    {
        startLesson3();
        LessonDataEditor *editor = openEditor();
        QVERIFY(editor);
        QTest::mouseClick(editor->presetButton(LessonWriter::Preset::And), Qt::LeftButton);
        QCOMPARE(editor->targets(), targets(0, 0, 0, 1));
        QVERIFY(editor->presetButton(LessonWriter::Preset::And)->isChecked());
        QVERIFY(!editor->presetButton(LessonWriter::Preset::Xor)->isChecked());
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->runButton(), Qt::LeftButton);
        waitIdle();

        const auto trace = window().trace();
        QVERIFY(trace);
        QCOMPARE(trace->spec().D, targets(0, 0, 0, 1));
        QCOMPARE(trace->spec().experimentId, ExperimentId);
        QCOMPARE(trace->spec().epochs, Epochs); // the parameters panel's values
        QCOMPARE(trace->spec().lessonId, Lesson3 + QStringLiteral("-your-data"));
        QVERIFY(trace->finalWeights().W2 != m_originalWeights.W2);
        QVERIFY2(window().windowTitle().contains(QStringLiteral("(your data)")), qPrintable(window().windowTitle()));
        QVERIFY2(browserTitles().filter(QStringLiteral("(your data)")).size() == 1, qPrintable(browserTitles().join(QLatin1Char('|'))));
        QVERIFY(window().narrative()->toPlainText().contains(QStringLiteral("edited")));
        QCOMPARE(window().lessonBrowser()->currentExperimentId(), ExperimentId);

        // The trace embeds the edited lesson: saved and reopened, it is the same run.
        const QString path = m_dir.filePath(QStringLiteral("and.dtrace"));
        QString error;
        QVERIFY2(TraceFile::write(*trace, path, &error), qPrintable(error));
        const TraceFile::ReadResult read = TraceFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.trace->spec().D, targets(0, 0, 0, 1));
        QCOMPARE(read.trace->spec().lessonSource, window().currentLesson()->source);
        QCOMPARE(read.trace->finalWeights().W2, trace->finalWeights().W2);
    }

    // With the keyboard: Tab to a target, arrow up flips it from 0 to 1. XOR with sample 0
    // set is NAND; Run records it.
    void editOneTargetWithTheKeyboard()
    {
        startLesson3();
        LessonDataEditor *editor = openEditor();
        QVERIFY(editor);
        QApplication::setActiveWindow(editor);
        editor->targetBox(0)->setFocus();
        QTest::keyClick(editor->targetBox(0), Qt::Key_Up);
        QCOMPARE(editor->targets(), targets(1, 1, 1, 0));
        QVERIFY(editor->presetButton(LessonWriter::Preset::Nand)->isChecked());
        QVERIFY(editor->isEdited());
        editor->targetBox(3)->setValue(0.25);
        QCOMPARE(editor->targets(), targets(1, 1, 1, 0.25));
        for (LessonWriter::Preset p : LessonWriter::Presets)
            QVERIFY(!editor->presetButton(p)->isChecked());
        // Back to the lesson's own targets and to this edit again.
        QTest::mouseClick(editor->originalButton(), Qt::LeftButton);
        QCOMPARE(editor->targets(), targets(0, 1, 1, 0));
        editor->targetBox(3)->setValue(0.25);
        QTest::keyClick(editor, Qt::Key_Return); // Run is the default button
        waitIdle();
        QCOMPARE(window().trace()->spec().D, targets(0, 1, 1, 0.25));
    }

    // Save as Lesson, then open the file as a lesson: it lists and runs with the saved targets.
    void saveAsLessonAndOpenIt()
    {
        startLesson3();
        LessonDataEditor *editor = openEditor();
        QVERIFY(editor);
        editor->applyPreset(LessonWriter::Preset::Or);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("or.lesson.json"));
        QVERIFY2(editor->saveAs(path), qPrintable(editor->message()));
        QVERIFY(editor->message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(QFile::exists(path));

        QString error;
        const QString id = window().openLesson(path, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(id, Lesson3 + QStringLiteral("-your-data"));
        QVERIFY(window().startExperiment(id, ExperimentId, {std::nullopt, std::nullopt, Epochs}));
        waitIdle();
        QCOMPARE(window().trace()->spec().D, targets(0, 1, 1, 1));
        QCOMPARE(window().currentLesson()->filePath, path);
        QVERIFY(window().windowTitle().contains(QStringLiteral("(your data)")));
    }

    // A folder that does not exist: a plain message naming the file, and nothing written.
    void unwritableSaveLeavesNothing()
    {
        startLesson3();
        LessonDataEditor *editor = openEditor();
        QVERIFY(editor);
        editor->applyPreset(LessonWriter::Preset::Nand);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/nand.lesson.json"));
        QVERIFY(!editor->saveAs(path));
        QVERIFY2(editor->message().startsWith(QStringLiteral("Could not save the lesson to %1").arg(QDir::toNativeSeparators(path))),
                 qPrintable(editor->message()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        // The editor stays open for another try, with the targets as they were.
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->targets(), targets(1, 1, 1, 0));
    }
};

QTEST_MAIN(TestLessonDataEditor)
#include "tst_lessondataeditor.moc"
