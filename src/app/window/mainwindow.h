// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonlibrary.h"
#include "stepcontroller.h"
#include "trace.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

class QDockWidget;
class QMenu;
class QTableView;

namespace deltatrace {

class ComparisonView;
class ExerciseMode;
class ExperimentLauncher;
class FileActions;
class GeneralRunWindow;
class LanguageManager;
class LanguageMenu;
class LessonBrowser;
class LessonDataEditor;
class NarrativeBrowser;
class ParametersPanel;
class PresenterMode;
class RunDisplay;
class RunSession;
class Settings;
class SteppingToolbar;
class TourMode;
class TrainingCharts;
class ViewDocks;

// The desktop shell: the lessons, the run being stepped through, and every view of it kept in
// step by one StepController. A run comes from recording an experiment (off the GUI thread) or
// from a trace file; either way the views receive one immutable trace. Errors are shown in the
// window in plain words and never take the rest of the app down.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LanguageManager *languages, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads every lesson of a folder into the list; files that fail are named in the window.
    int loadLessonDirectory(const QString &directory);
    // Loads one lesson file (replacing a listed lesson with the same id). Returns its id, or an
    // empty string with `error` set.
    QString openLesson(const QString &path, QString *error = nullptr);
    const QList<Lesson> &lessons() const;

    // Records an experiment of a listed lesson (the first one for an empty id) with its defaults
    // or the overrides. False with a message in the window when the lesson or the experiment
    // does not exist.
    bool startExperiment(const QString &lessonId, const QString &experimentId,
                         const LessonLibrary::Overrides &overrides = {});
    // Lesson 1, or the experiment worked on last time.
    void startDefault();
    // Records again with the parameters panel's values.
    void runWithParameters();
    // Opens the editor of the current lesson's targets (Lesson ▸ Edit Data); null when there is
    // no lesson to edit. Its Run records the current experiment on the edited data.
    LessonDataEditor *editData();

    // Open, save, export, recent files and dropped files.
    FileActions *fileActions() const { return m_files; }

    // Lesson 3: record another experiment of the current lesson from the same initial weights
    // and show it beside the current run, stepped together.
    bool compareWith(const QString &experimentId);
    void stopComparing();
    bool isComparing() const;
    std::shared_ptr<const Trace> comparisonTrace() const;
    // Experiments of the current lesson that can be compared with the current one (same network).
    QStringList comparableExperiments() const;

    // Moves to epoch:sample[:operation] of the current run; operation is a quantity name, an
    // index or empty (the sample's last operation). Returns a plain message when it does not fit.
    QString goTo(int epoch, int sample, const QString &operation);

    bool isBusy() const;
    RunSession *run() const { return m_run; }
    std::shared_ptr<const Trace> trace() const;
    StepController *controller() { return &m_controller; }
    SteppingToolbar *steppingToolbar() const;
    ParametersPanel *parametersPanel() const;
    LessonBrowser *lessonBrowser() const;
    NarrativeBrowser *narrative() const;
    QTableView *traceTable() const;
    TrainingCharts *charts() const;
    ComparisonView *comparisonView() const;
    const std::optional<Lesson> &currentLesson() const;
    QString currentExperimentId() const;
    QString currentFile() const;

    // The texts of the message bars ("" when hidden), for tests and the command line.
    QString errorText() const;
    QString warningText() const;

    // The version of the saved window layout: a layout saved with another set of docks is not
    // restored (2: the code listing became a dock).
    static constexpr int LayoutVersion = 2;
    ViewDocks *docks() const { return m_docks; }
    // The window of format-2 (general network) lessons; null until one is started.
    GeneralRunWindow *generalWindow() const { return m_general; }
    // Whether the experiment started last is a general network's (shown in generalWindow()).
    bool showsGeneral() const { return m_showsGeneral; }
    ExerciseMode *exerciseMode() const { return m_exercises; }
    // The instructor's tour of the run (Lesson > Tour, Page Down/Up while presenting).
    TourMode *tourMode() const { return m_tour; }

    PresenterMode *presenter() const { return m_presenter; }
    bool isPresenterMode() const;
    void setPresenterMode(bool on);
    // Screenshots keep their requested size instead of going full screen.
    void setFullScreenAllowed(bool allowed);

    // The last error of startExperiment/openLesson/goTo and the file actions, in words.
    QString lastError() const { return m_lastError; }

signals:
    // A new run is in the views (recorded or opened).
    void traceShown();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void retranslate();
    void restoreSettings();
    void saveSettings();

    void connectViews();
    void onRecorded();
    void onPresenterModeChanged(bool active);
    // Presenting: whether the network leaves room for a picture beside it.
    void fitPresentedPictures();
    void showGeneral(const Lesson &lesson, const QString &experimentId, const LessonLibrary::Overrides &overrides);
    GeneralRunWindow *generalRunWindow(); // made on first use
    void raiseGeneral();
    void updateActions();
    void showError(const QString &message);
    // A tour stop's view ("network", "charts", ...; Tour::viewNames()).
    void showTourView(const QString &view);
    void reportError(const QString &message);
    void showShortcuts();
    void compareDialog();
    void exploreSeeds();
    void startAsStudent();

    LanguageManager *m_languages;
    Settings *m_settings;
    StepController m_controller;
    RunSession *m_run = nullptr;
    FileActions *m_files = nullptr;
    RunDisplay *m_display = nullptr;
    PresenterMode *m_presenter = nullptr;
    ExperimentLauncher *m_launcher = nullptr;
    ExerciseMode *m_exercises = nullptr;
    TourMode *m_tour = nullptr;
    QString m_lastError;

    GeneralRunWindow *m_general = nullptr;
    bool m_showsGeneral = false;
    ViewDocks *m_docks = nullptr;
    // The docks are placed for the window's size once, unless a saved layout came back.
    bool m_docksArranged = false;
    void arrangeDocksOnce();
    void arrangeDocks(); // the default arrangement for the window's size

    // Menus and actions
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_navigateMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_lessonMenu = nullptr;
    QMenu *m_tourMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_handoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_stopCompareAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_leavePresenterAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    bool m_shownOnce = false;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_nextPictureAction = nullptr;
    QAction *m_exploreAction = nullptr;
    QAction *m_exercisesAction = nullptr;
    QAction *m_studentAction = nullptr;
    QAction *m_editDataAction = nullptr;
};

} // namespace deltatrace
