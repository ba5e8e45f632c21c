#pragma once

#include "lesson.h"
#include "lessonlibrary.h"
#include "stepcontroller.h"
#include "trace.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace deltatrace {

class ArithmeticPanel;
class CodeListingView;
class ComparisonView;
class InputPlaneView;
class LanguageManager;
class LessonBrowser;
class MessageBar;
class NarrativeBrowser;
class NetworkDiagram;
class ParametersPanel;
class PresenterMode;
class RecordingJob;
class Settings;
class SteppingToolbar;
class TraceTableModel;
class TrainingCharts;

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
    const QList<Lesson> &lessons() const { return m_library.lessons(); }

    // Records an experiment of a listed lesson (the first one for an empty id) with its defaults
    // or the overrides. False with a message in the window when the lesson or the experiment
    // does not exist.
    bool startExperiment(const QString &lessonId, const QString &experimentId,
                         const LessonLibrary::Overrides &overrides = {});
    // Lesson 1, or the experiment worked on last time.
    void startDefault();
    // Records again with the parameters panel's values.
    void runWithParameters();

    bool openTraceFile(const QString &path);
    bool saveTraceFile(const QString &path);
    bool exportCsv(const QString &path, QString *error = nullptr);
    // The same on a worker thread with progress in the window; emits exportFinished.
    void exportCsvInBackground(const QString &path);

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
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    StepController *controller() { return &m_controller; }
    SteppingToolbar *steppingToolbar() const { return m_stepping; }
    ParametersPanel *parametersPanel() const { return m_parameters; }
    LessonBrowser *lessonBrowser() const { return m_browser; }
    NarrativeBrowser *narrative() const { return m_narrative; }
    QTableView *traceTable() const { return m_table; }
    TrainingCharts *charts() const { return m_charts; }
    ComparisonView *comparisonView() const { return m_comparisonView; }
    const std::optional<Lesson> &currentLesson() const { return m_lesson; }
    QString currentExperimentId() const { return m_experimentId; }
    QString currentFile() const { return m_filePath; }

    // The texts of the message bars ("" when hidden), for tests and the command line.
    QString errorText() const;
    QString warningText() const;

    PresenterMode *presenter() const { return m_presenter; }
    bool isPresenterMode() const;
    void setPresenterMode(bool on);
    // Screenshots keep their requested size instead of going full screen.
    void setFullScreenAllowed(bool allowed);

    // The last error of startExperiment/openLesson/openTraceFile/goTo, in words.
    QString lastError() const { return m_lastError; }

signals:
    // A new run is in the views (recorded or opened).
    void traceShown();
    void busyChanged(bool busy);
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingRun
    {
        Lesson lesson;
        QString experimentId;
    };

    void createViews();
    void createDocks();
    void createActions();
    void createMenus();
    void retranslate();
    void restoreSettings();
    void saveSettings();

    void record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec);
    void onRecorded(std::shared_ptr<const Trace> trace);
    void onComparisonRecorded(std::shared_ptr<const Trace> trace);
    void showRun(std::shared_ptr<const Trace> trace, std::optional<Lesson> lesson, const QString &experimentId,
                 const QString &filePath);
    void onPositionChanged(TracePosition position);
    void updateNarrative();
    void updateTitle();
    void updateWarning();
    void updateActions();
    void updateRecentFilesMenu();
    void updateLanguageMenu();
    QString experimentTitle(const QString &experimentId) const;
    const Experiment *currentExperiment() const;
    void showError(const QString &message);
    QString language() const;

    void showShortcuts();
    void openTraceDialog();
    void saveTraceDialog();
    void exportCsvDialog();
    bool reportExport(const QString &path, const QString &problem, QString *error);
    void compareDialog();
    void openDroppedFile(const QString &path);

    LanguageManager *m_languages;
    Settings *m_settings;
    StepController m_controller;
    RecordingJob *m_job = nullptr;
    RecordingJob *m_compareJob = nullptr;
    PresenterMode *m_presenter = nullptr;

    LessonLibrary m_library;
    std::shared_ptr<const Trace> m_trace;
    std::optional<Lesson> m_lesson; // the lesson of the run shown (from the list or the trace file)
    QString m_experimentId;
    QString m_filePath;             // the trace file shown, if it came from one
    std::optional<PendingRun> m_pending;
    std::optional<PendingRun> m_pendingComparison;
    std::shared_ptr<const Trace> m_comparison;
    QString m_comparisonExperimentId;
    QString m_lastError;

    // Views
    SteppingToolbar *m_stepping = nullptr;
    MessageBar *m_errorBar = nullptr;
    MessageBar *m_warningBar = nullptr;
    ArithmeticPanel *m_arithmetic = nullptr;
    CodeListingView *m_code = nullptr;
    NetworkDiagram *m_diagram = nullptr;
    TrainingCharts *m_charts = nullptr;
    QTableView *m_table = nullptr;
    TraceTableModel *m_tableModel = nullptr;
    InputPlaneView *m_inputPlane = nullptr;
    NarrativeBrowser *m_narrative = nullptr;
    LessonBrowser *m_browser = nullptr;
    ParametersPanel *m_parameters = nullptr;
    ComparisonView *m_comparisonView = nullptr;
    QWidget *m_work = nullptr;
    QSplitter *m_centreSplitter = nullptr; // the arithmetic, and the compared run's beside it
    QSplitter *m_diagrams = nullptr;       // the network, and the compared run's under it
    QSplitter *m_workSplitter = nullptr;   // the arithmetic over the code and the network
    QByteArray m_workSplitterState;        // its sizes before presenting
    QSplitter *m_lowerSplitter = nullptr;  // the code listing beside the network
    QByteArray m_lowerSplitterState;       // its sizes before presenting
    QLabel *m_runLabel = nullptr;
    QLabel *m_firstRunTitle = nullptr;

    QDockWidget *m_lessonsDock = nullptr;
    QDockWidget *m_narrativeDock = nullptr;
    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
    QDockWidget *m_inputPlaneDock = nullptr;

    // Menus and actions
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_navigateMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_lessonMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_stopCompareAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_leavePresenterAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    bool m_shownOnce = false;
    QAction *m_clearRecentAction = nullptr;
};

} // namespace deltatrace
