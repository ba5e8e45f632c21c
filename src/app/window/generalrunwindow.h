// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonlibrary.h"
#include "networkstepcontroller.h"
#include "networktrace.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QToolBar;

namespace deltatrace {

class GeneralArithmeticPanel;
class GeneralInputPlaneView;
class GeneralNetworkDiagram;
class GeneralTraceTable;
class GeneralTrainingCharts;
class NarrativeBrowser;
class RecordingJob;

// The window of a general network's lesson (format 2: any small network, batches, momentum):
// the run recorded off the GUI thread, stepped with the same keys as lessons 1-3 (one
// NetworkStepController), and shown in the general views: the network, the arithmetic of the
// operation just computed, the input plane or the outputs per sample, the charts, the table,
// the numpy code of the run with its current line, and the narrative.
class GeneralRunWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit GeneralRunWindow(QWidget *parent = nullptr);
    ~GeneralRunWindow() override;

    // Shows `lesson` and records `experimentId` (its first experiment for an empty id) with its
    // parameters or the overrides. False, with nothing changed, when the lesson is not a
    // format-2 lesson or has no such experiment.
    bool start(const Lesson &lesson, const QString &experimentId, const LessonLibrary::Overrides &overrides = {});

    // Opens a general network's trace file (format 3) off the GUI thread: reading it recomputes
    // its run. Its embedded lesson gives the narrative and the experiments.
    void openTrace(const QString &path);
    // Saves the run shown as a trace file, atomically; false with `error` in plain words.
    bool saveTrace(const QString &path, QString *error);

    // The language of the lesson's texts ("ko" or "en"); the window's own words follow the
    // installed translator.
    void setLanguage(const QString &language);

    NetworkStepController *controller() { return &m_controller; }
    const std::shared_ptr<const NetworkTrace> &trace() const { return m_controller.trace(); }
    bool isRecording() const;
    QString experimentId() const { return m_experimentId; }
    // What the status line says ("" when there is no run), for tests.
    QString positionText() const;
    // The listing's current line (0-based), -1 when no line computes the operation shown.
    int currentListingLine() const { return m_currentListingLine; }

signals:
    // A run has arrived and is shown (for tests and the command line's --screenshot).
    void runShown();
    // A recording or a trace file failed; `message` is in plain words.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBars();
    void buildViews();
    void retranslate();
    void record();
    void onRecorded(std::shared_ptr<const NetworkTrace> trace);
    void onPosition(NetworkPosition position);
    void showListing();
    void showNarrative();
    void showParameters(const Experiment &experiment, const LessonLibrary::Overrides &overrides);
    void goToPlace();
    void askToSave();
    // The lesson a trace file carries, or one made from its run when it has none that loads.
    void adoptLessonOf(const NetworkTrace &trace);
    void togglePlay();
    const Experiment *experiment() const;

    Lesson m_lesson;
    QString m_language = QStringLiteral("en");
    QString m_experimentId;
    NetworkStepController m_controller;
    RecordingJob *m_job = nullptr;
    QTimer m_playTimer;

    QToolBar *m_runBar = nullptr;
    QToolBar *m_stepBar = nullptr;
    QToolBar *m_placeBar = nullptr;
    QLabel *m_experimentLabel = nullptr;
    QComboBox *m_experiments = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_alphaLabel = nullptr;
    QLineEdit *m_alpha = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QSpinBox *m_epochs = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_message = nullptr;
    struct StepAction
    {
        QAction *action;
        const char *text;
    };
    std::vector<StepAction> m_stepActions;
    QAction *m_playAction = nullptr;
    QAction *m_saveAction = nullptr;
    QString m_openingPath; // the trace file being read, until it arrives

    GeneralNetworkDiagram *m_diagram = nullptr;
    GeneralArithmeticPanel *m_arithmetic = nullptr;
    QTabWidget *m_tabs = nullptr;
    GeneralInputPlaneView *m_plane = nullptr;
    GeneralTrainingCharts *m_charts = nullptr;
    GeneralTraceTable *m_table = nullptr;
    QPlainTextEdit *m_listing = nullptr;
    NarrativeBrowser *m_narrative = nullptr;
    std::vector<std::optional<LayerQuantity>> m_listingTags; // what each listing line computes
    int m_currentListingLine = -1;
};

} // namespace deltatrace
