// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"

#include <QObject>
#include <QString>

#include <optional>

class QLabel;
class QMainWindow;
class QTableView;

namespace deltatrace {

class ArithmeticPanel;
class CodeListingView;
class ComparisonView;
class ExercisePanel;
class InputPlaneView;
class LanguageManager;
class LessonBrowser;
class MessageBar;
class NarrativeBrowser;
class NetworkDiagram;
class ParametersPanel;
class RunSession;
class StepController;
class SteppingToolbar;
class TraceTableModel;
class TrainingCharts;
class PresenterBar;
class ExercisePanel;
class WorkArea;

// The views of the window and what they show of the current run of a RunSession: the run's
// title line and the window title, the narrative, the warning bar, and every view following the
// StepController's one position. The window places the views (the work area in the centre, the
// rest in docks) and connects the session's signals to the slots here.
class RunDisplay : public QObject
{
    Q_OBJECT
public:
    // The views are made as children of `window`, whose title follows the run. `languages` may
    // be null (English).
    RunDisplay(RunSession *run, StepController *controller, LanguageManager *languages, QMainWindow *window);

    SteppingToolbar *stepping() const { return m_stepping; }
    MessageBar *errorBar() const { return m_errorBar; }
    MessageBar *warningBar() const { return m_warningBar; }
    TrainingCharts *charts() const { return m_charts; }
    QTableView *traceTable() const { return m_table; }
    InputPlaneView *inputPlane() const { return m_inputPlane; }
    NarrativeBrowser *narrative() const { return m_narrative; }
    LessonBrowser *lessonBrowser() const { return m_browser; }
    ParametersPanel *parametersPanel() const { return m_parameters; }
    ComparisonView *comparisonView() const { return m_comparisonView; }
    CodeListingView *codeListing() const { return m_code; }
    NetworkDiagram *networkDiagram() const { return m_diagram; }
    QLabel *runLabel() const { return m_runLabel; }
    PresenterBar *presenterBar() const { return m_presenterBar; }
    ExercisePanel *exercisePanel() const { return m_exercisePanel; }
    // The centre of the window: the bars, the stepping toolbar, the arithmetic and the network.
    WorkArea *workArea() const { return m_work; }

    // The language lesson texts are shown in.
    QString language() const;
    // An experiment's title in that language, as plain text (the id when the lesson has none).
    QString experimentTitle(const QString &experimentId) const;

    // Moves to epoch:sample[:operation] of the run shown; operation is a quantity name, an index
    // or empty (the sample's last operation). Returns a plain message when it does not fit.
    QString goTo(int epoch, int sample, const QString &operation);

    // Presenting: the position bar instead of the run's title and the stepping toolbar (the keys
    // still work), and the work area in its default proportions.
    void setPresenting(bool presenting);

    // A recording starts or ends. Before the first run is shown, the views say that one is on
    // its way and the parameters show the run being recorded (not the spin boxes' minimums).
    void setRecording(bool recording, const TraceSpec *spec = nullptr);

    // The texts that depend on the language.
    void retranslate();
    // Row heights follow the table's font.
    void updateTableRowHeight();

    // The session's signals.
    void showRun();
    void onRecorded();
    void showComparison();
    void hideComparison();

private:
    void createViews(QMainWindow *window);
    void connectViews();
    void updateNarrative();
    void updateTitle();
    void updateWarning();
    void onPositionChanged(TracePosition position);

    RunSession *m_run;
    StepController *m_controller;
    LanguageManager *m_languages;
    QMainWindow *m_window;

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
    WorkArea *m_work = nullptr;
    QLabel *m_runLabel = nullptr;
    PresenterBar *m_presenterBar = nullptr;
    ExercisePanel *m_exercisePanel = nullptr;
    bool m_presenting = false;
    // Where the warning bar's action goes: the first problem, or where a stalled run went flat.
    std::optional<TracePosition> m_warningTarget;
};

} // namespace deltatrace
