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
class QSplitter;
class QTabWidget;
class QToolBar;

namespace deltatrace {

class GeneralArithmeticPanel;
class GeneralInputPlaneView;
class GeneralNetworkDiagram;
class GeneralTour;
class GeneralTraceTable;
class GeneralTrainingCharts;
class NarrativeBrowser;
class PresentationFont;
class PresenterBar;
class PresenterMode;
class RecordingJob;
class TourNote;

// The window of a general network's lesson (format 2: any small network, batches, momentum):
// the run recorded off the GUI thread, stepped with the same keys as lessons 1-3 (one
// NetworkStepController), and shown in the general views: the network, the arithmetic of the
// operation just computed, the input plane or the outputs per sample, the charts, the table,
// the numpy code of the run with its current line, and the narrative.
// Presenter mode (F5) shows them in large type without the toolbars: the network with its
// arithmetic beside the chosen tab where the screen has room for both, otherwise one of them at
// a time, V going round them.
class GeneralRunWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `font` is the application's one PresentationFont (zoom and presenting type).
    explicit GeneralRunWindow(PresentationFont *font, QWidget *parent = nullptr);
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

    PresenterMode *presenter() const { return m_presenter; }
    bool isPresenting() const;
    void setPresenting(bool on);
    // Presenting: shows the next picture (the network and its arithmetic, then each tab).
    void nextPicture();
    // What presenting shows: the network and its arithmetic, the tabs, or both.
    bool showsNetwork() const;
    bool showsTabs() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The experiment's tour of the run shown.
    GeneralTour *tour() const { return m_tour; }
    TourNote *tourNote() const { return m_tourNote; }

signals:
    // A run has arrived and is shown (for tests and the command line's --screenshot).
    void runShown();
    // A recording or a trace file failed; `message` is in plain words.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildToolBars();
    void buildViews();
    void buildWindowActions();
    void onPresentingChanged(bool active);
    // Presenting: both halves where the window has room for them, else the chosen one.
    void arrangePresentedPictures();
    void showPresenterTitle();
    // A tour stop's view ("network", "inputPlane", "charts", "code", "table").
    void showTourView(const QString &view);
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
    QAction *m_nextEpochAction = nullptr;
    QAction *m_previousEpochAction = nullptr;
    GeneralTour *m_tour = nullptr;
    TourNote *m_tourNote = nullptr;
    QAction *m_saveAction = nullptr;
    PresenterMode *m_presenter = nullptr;
    PresenterBar *m_presenterBar = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_leavePresentingAction = nullptr;
    QAction *m_nextPictureAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    // Presenting one half at a time: 0 the network and its arithmetic, i > 0 the tabs at tab
    // i - 1.
    int m_presentedPicture = 0;
    QString m_openingPath; // the trace file being read, until it arrives

    QSplitter *m_networkPane = nullptr; // the network above its arithmetic
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
