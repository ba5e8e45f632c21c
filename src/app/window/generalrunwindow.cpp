// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalrunwindow.h"

#include "generalarithmeticpanel.h"
#include "generaltour.h"
#include "generalinputplaneview.h"
#include "generalnetworkdiagram.h"
#include "generaltracetable.h"
#include "generaltrainingcharts.h"
#include "inputlimits.h"
#include "lessonloader.h"
#include "narrativebrowser.h"
#include "networkscript.h"
#include "networktracefile.h"
#include "numberargument.h"
#include "numberformat.h"
#include "presenterbar.h"
#include "presentermode.h"
#include "pythonhighlighter.h"
#include "recordingjob.h"
#include "runlimits.h"
#include "shortcutsdialog.h"
#include "tournote.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace deltatrace {

namespace {
using Granularity = NetworkStepController::Granularity;
// Auto-play: one operation per tick.
constexpr int PlayIntervalMs = 250;
// The QMainWindow::saveState version of the window's toolbars (restored on leaving presenter mode).
constexpr int StateVersion = 1;
} // namespace

GeneralRunWindow::GeneralRunWindow(PresentationFont *font, QWidget *parent)
    : QMainWindow(parent)
    , m_job(new RecordingJob(this))
    , m_presenter(new PresenterMode(this, StateVersion, font))
{
    setObjectName(QStringLiteral("generalRunWindow"));
    buildToolBars();
    buildViews();
    buildWindowActions();
    m_tour = new GeneralTour(this, &m_controller, m_tourNote, m_nextEpochAction, m_previousEpochAction,
                             [this](const QString &view) { showTourView(view); }, [this] { return m_language; });
    connect(m_presenter, &PresenterMode::activeChanged, this, &GeneralRunWindow::onPresentingChanged);
    connect(&m_controller, &NetworkStepController::positionChanged, this, &GeneralRunWindow::onPosition);
    // A click in the table goes to that sample step's end, in a chart to that epoch's end.
    connect(m_table, &GeneralTraceTable::stepActivated, this, [this](long long step) { m_controller.setPosition({step, -1}); });
    connect(m_charts, &GeneralTrainingCharts::epochActivated, this, [this](int epoch) {
        m_controller.goTo(epoch, m_controller.trace() ? m_controller.trace()->run().sampleCount() - 1 : 0);
    });
    connect(m_job, &RecordingJob::networkFinished, this, &GeneralRunWindow::onRecorded);
    connect(m_job, &RecordingJob::progressChanged, this, [this](long long done, long long total) {
        m_progress->setMaximum(static_cast<int>(std::min<long long>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(static_cast<int>(std::min<long long>(done, std::numeric_limits<int>::max())));
    });
    connect(m_job, &RecordingJob::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        m_run->setEnabled(!running);
    });
    connect(m_job, &RecordingJob::cancelled, this, [this] {
        m_openingPath.clear();
        m_message->setText(tr("Cancelled; the run shown before stays."));
    });
    connect(m_job, &RecordingJob::failed, this, [this](const QString &reason) {
        const QString message = m_openingPath.isEmpty()
                                    ? reason
                                    : tr("Could not open the trace file %1: %2").arg(QFileInfo(m_openingPath).fileName(), reason);
        m_openingPath.clear();
        m_message->setText(message);
        emit failed(message);
    });
    m_playTimer.setInterval(PlayIntervalMs);
    connect(&m_playTimer, &QTimer::timeout, this, [this] {
        if (m_controller.atEnd())
            togglePlay();
        else
            m_controller.forward(Granularity::Operation);
    });
    retranslate();
    resize(1280, 800);
}

GeneralRunWindow::~GeneralRunWindow() = default;

void GeneralRunWindow::buildToolBars()
{
    m_runBar = addToolBar(QString());
    m_runBar->setObjectName(QStringLiteral("generalRunBar"));
    m_runBar->setMovable(false);
    m_experimentLabel = new QLabel(this);
    m_experiments = new QComboBox(this);
    m_experiments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_alphaLabel = new QLabel(this);
    m_alpha = new QLineEdit(this);
    m_alpha->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000001")) * 2);
    m_epochsLabel = new QLabel(this);
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, RunLimits::MaxEpochs);
    m_run = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    m_saveAction = m_runBar->addAction(QString());
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &GeneralRunWindow::askToSave);
    for (QWidget *w : std::initializer_list<QWidget *>{m_experimentLabel, m_experiments, m_seedLabel, m_seed, m_alphaLabel, m_alpha,
                                                      m_epochsLabel, m_epochs, m_run, m_progress, m_cancel})
        m_runBar->addWidget(w);
    m_experimentLabel->setBuddy(m_experiments);
    m_seedLabel->setBuddy(m_seed);
    m_alphaLabel->setBuddy(m_alpha);
    m_epochsLabel->setBuddy(m_epochs);
    connect(m_experiments, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_lesson.experiments.size())
            start(m_lesson, m_lesson.experiments[index].id);
    });
    connect(m_run, &QPushButton::clicked, this, &GeneralRunWindow::record);
    connect(m_alpha, &QLineEdit::returnPressed, this, &GeneralRunWindow::record);
    connect(m_cancel, &QPushButton::clicked, m_job, &RecordingJob::cancel);

    addToolBarBreak();
    m_stepBar = addToolBar(QString());
    m_stepBar->setObjectName(QStringLiteral("generalStepBar"));
    m_stepBar->setMovable(false);
    // The same keys as lessons 1-3's stepping toolbar, so a learner's hands already know them.
    auto add = [this](const char *text, QList<QKeySequence> keys, auto slot) {
        QAction *action = m_stepBar->addAction(QString());
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        // Also on the window itself: presenting hides the toolbar, and a hidden toolbar's
        // buttons take no keys.
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        m_stepActions.push_back({action, text});
        return action;
    };
    add(QT_TR_NOOP("First"), {QKeySequence(Qt::Key_Home)}, [this] { m_controller.first(); });
    add(QT_TR_NOOP("Start of epoch"), {QKeySequence(Qt::SHIFT | Qt::Key_PageUp)}, [this] { m_controller.toStartOfEpoch(); });
    m_previousEpochAction = add(QT_TR_NOOP("Previous epoch"), {QKeySequence(Qt::Key_PageUp)}, [this] { m_controller.moveByEpochs(-1); });
    add(QT_TR_NOOP("Previous sample"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Left)},
        [this] { m_controller.back(Granularity::Sample); });
    add(QT_TR_NOOP("Previous operation"), {QKeySequence(Qt::Key_Left)}, [this] { m_controller.back(Granularity::Operation); });
    m_playAction = add(QT_TR_NOOP("Play"), {QKeySequence(Qt::Key_Space)}, [this] { togglePlay(); });
    add(QT_TR_NOOP("Next operation"), {QKeySequence(Qt::Key_Right)}, [this] { m_controller.forward(Granularity::Operation); });
    add(QT_TR_NOOP("Next sample"), {QKeySequence(Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Right)},
        [this] { m_controller.forward(Granularity::Sample); });
    m_nextEpochAction = add(QT_TR_NOOP("Next epoch"), {QKeySequence(Qt::Key_PageDown)}, [this] { m_controller.moveByEpochs(1); });
    add(QT_TR_NOOP("End of epoch"), {QKeySequence(Qt::SHIFT | Qt::Key_PageDown)}, [this] { m_controller.toEndOfEpoch(); });
    add(QT_TR_NOOP("Last"), {QKeySequence(Qt::Key_End)}, [this] { m_controller.last(); });
    // The slider and Go to on a row of their own, so the stepping buttons fit a 1024-pixel screen.
    addToolBarBreak();
    m_placeBar = addToolBar(QString());
    m_placeBar->setObjectName(QStringLiteral("generalPlaceBar"));
    m_placeBar->setMovable(false);
    QAction *goTo = add(QT_TR_NOOP("Go to…"), {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { goToPlace(); });
    m_stepBar->removeAction(goTo);
    m_placeBar->addAction(goTo);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setFocusPolicy(Qt::NoFocus); // the arrow keys step, whatever has the focus
    m_placeBar->addWidget(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        // The slider has at most INT_MAX positions: a longer run maps onto it proportionally.
        const long long count = m_controller.positionCount();
        if (count <= 0 || m_slider->maximum() <= 0)
            return;
        const long long index = count - 1 <= m_slider->maximum()
                                    ? value
                                    : static_cast<long long>(std::llround(double(value) / m_slider->maximum() * double(count - 1)));
        if (index != m_controller.linearIndex())
            m_controller.setLinearIndex(index);
    });

    m_position = new QLabel(this);
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    statusBar()->addWidget(m_position, 1);
    statusBar()->addPermanentWidget(m_message);
}

void GeneralRunWindow::buildViews()
{
    m_diagram = new GeneralNetworkDiagram(this);
    m_arithmetic = new GeneralArithmeticPanel(this);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_diagram);
    left->addWidget(m_arithmetic);
    // The arithmetic needs room for a formula of a few lines under the picture.
    left->setSizes({560, 440});

    m_tabs = new QTabWidget(this);
    m_plane = new GeneralInputPlaneView(this);
    m_charts = new GeneralTrainingCharts(this);
    m_table = new GeneralTraceTable(this);
    m_listing = new QPlainTextEdit(this);
    m_listing->setReadOnly(true);
    m_listing->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_listing->setFont(QFont(QStringLiteral("monospace")));
    new PythonHighlighter(m_listing->document());
    m_narrative = new NarrativeBrowser(this);
    for (QWidget *page : std::initializer_list<QWidget *>{m_narrative, m_plane, m_charts, m_listing, m_table})
        m_tabs->addTab(page, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_networkPane = left;

    // Presenter mode's line (the experiment and how to leave) above the views, in place of the
    // toolbars.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_presenterBar = new PresenterBar(central);
    m_presenterBar->hide();
    layout->addWidget(m_presenterBar);
    layout->addWidget(splitter, 1);
    // The tour's note under the views, in large type, while a tour is on.
    m_tourNote = new TourNote(central);
    layout->addWidget(m_tourNote);
    setCentralWidget(central);
}

void GeneralRunWindow::buildWindowActions()
{
    // The keys of lessons 1-3's window, for the same hands in the same class.
    auto make = [this](QList<QKeySequence> keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_presentAction = make({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, [this] { setPresenting(!isPresenting()); });
    m_presentAction->setCheckable(true);
    m_leavePresentingAction = make({QKeySequence(Qt::Key_Escape)}, [this] { setPresenting(false); });
    m_leavePresentingAction->setEnabled(false);
    m_nextPictureAction = make({QKeySequence(Qt::Key_V)}, [this] { nextPicture(); });
    m_nextPictureAction->setEnabled(false);
    PresentationFont *font = m_presenter->font();
    m_zoomInAction = make({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [font] { font->zoomIn(); });
    m_zoomOutAction = make({QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [font] { font->zoomOut(); });
    m_zoomResetAction = make({QKeySequence(Qt::CTRL | Qt::Key_0)}, [font] { font->resetZoom(); });
    m_shortcutsAction = make({QKeySequence(Qt::Key_F1)}, [this] {
        QList<QAction *> actions;
        for (const StepAction &step : m_stepActions)
            actions << step.action;
        actions << QList<QAction *>{m_playAction, m_saveAction, m_presentAction, m_leavePresentingAction, m_nextPictureAction,
                                    m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_shortcutsAction};
        actions << m_tour->actions();
        ShortcutsDialog(actions, this).exec();
    });
    // Presenting, the toolbars are hidden; the presenter mode button stays reachable at the desk.
    m_runBar->addAction(m_presentAction);
}

bool GeneralRunWindow::isPresenting() const { return m_presenter->isActive(); }
void GeneralRunWindow::setPresenting(bool on) { m_presenter->setActive(on); }
bool GeneralRunWindow::showsNetwork() const { return !m_networkPane->isHidden(); }
bool GeneralRunWindow::showsTabs() const { return !m_tabs->isHidden(); }

void GeneralRunWindow::onPresentingChanged(bool active)
{
    // The toolbars come back with the window state PresenterMode restores on leaving.
    for (QToolBar *bar : {m_runBar, m_stepBar, m_placeBar})
        bar->setVisible(!active);
    m_presenterBar->setVisible(active);
    m_presentAction->setChecked(active);
    m_leavePresentingAction->setEnabled(active);
    m_nextPictureAction->setEnabled(active);
    m_presentedPicture = 0;
    m_tour->setPresenting(active);
    if (active) {
        showPresenterTitle();
        // The room for both halves is known once the large type has been laid out (the next
        // turn of the event loop).
        arrangePresentedPictures();
        QTimer::singleShot(0, this, [this] { arrangePresentedPictures(); });
    } else {
        m_networkPane->show();
        m_tabs->show();
    }
}

void GeneralRunWindow::arrangePresentedPictures()
{
    if (!isPresenting())
        return;
    const auto *splitter = static_cast<QSplitter *>(m_networkPane->parentWidget());
    const bool roomForBoth = width() >= m_networkPane->minimumSizeHint().width() + splitter->handleWidth() + m_tabs->minimumSizeHint().width();
    m_networkPane->setVisible(roomForBoth || m_presentedPicture == 0);
    m_tabs->setVisible(roomForBoth || m_presentedPicture > 0);
    if (m_presentedPicture > 0)
        m_tabs->setCurrentIndex(m_presentedPicture - 1);
}

void GeneralRunWindow::nextPicture()
{
    if (!isPresenting())
        return;
    // Side by side, V goes round the tabs; one at a time, round the network and then each tab.
    if (showsNetwork() && showsTabs())
        m_presentedPicture = 1 + (m_tabs->currentIndex() + 1) % m_tabs->count();
    else
        m_presentedPicture = (m_presentedPicture + 1) % (m_tabs->count() + 1);
    arrangePresentedPictures();
}

void GeneralRunWindow::showTourView(const QString &view)
{
    static const QStringList tabViews = {QString(), QStringLiteral("inputPlane"), QStringLiteral("charts"), QStringLiteral("code"),
                                         QStringLiteral("table")};
    const qsizetype tab = tabViews.indexOf(view);
    if (view == QLatin1String("network")) {
        // The network is always in sight, except when presenting shows one half at a time.
        m_presentedPicture = 0;
    } else if (tab > 0) {
        m_tabs->setCurrentIndex(static_cast<int>(tab));
        m_presentedPicture = static_cast<int>(tab) + 1;
    }
    arrangePresentedPictures();
}

void GeneralRunWindow::showPresenterTitle()
{
    // The experiment only, on one line: where the run is, the views say in large type (a second
    // line would take the room the tour's note needs on a projector).
    const Experiment *e = experiment();
    m_presenterBar->setTitle(e ? e->title.in(m_language) : QString());
}

void GeneralRunWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangePresentedPictures();
}

void GeneralRunWindow::retranslate()
{
    m_runBar->setWindowTitle(tr("Run"));
    m_stepBar->setWindowTitle(tr("Stepping"));
    m_placeBar->setWindowTitle(tr("Place in the run"));
    m_experimentLabel->setText(tr("&Experiment:"));
    m_seedLabel->setText(tr("&Seed:"));
    m_alphaLabel->setText(tr("&Alpha:"));
    m_epochsLabel->setText(tr("E&pochs:"));
    m_run->setText(tr("&Run"));
    m_saveAction->setText(tr("Save Trace…"));
    m_saveAction->setToolTip(tr("Save this run as a trace file that replays without the lesson (%1)")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setText(tr("Cancel"));
    m_presentAction->setText(tr("&Presenter Mode"));
    m_presentAction->setToolTip(tr("Large type for a projector, without the toolbars (%1; Esc leaves)")
                                    .arg(m_presentAction->shortcut().toString(QKeySequence::NativeText)));
    m_leavePresentingAction->setText(tr("Leave Presenter Mode"));
    m_nextPictureAction->setText(tr("Next Picture (Presenter Mode)"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    for (const StepAction &step : m_stepActions) {
        const QString text = tr(step.text);
        step.action->setText(text);
        step.action->setToolTip(QStringLiteral("%1 (%2)").arg(text, step.action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_tour->retranslate();
    showPresenterTitle();
    m_tabs->setTabText(0, tr("Narrative"));
    m_tabs->setTabText(1, tr("Input plane"));
    m_tabs->setTabText(2, tr("Charts"));
    m_tabs->setTabText(3, tr("Code"));
    m_tabs->setTabText(4, tr("Table"));
    if (const Experiment *e = experiment())
        setWindowTitle(tr("%1 · %2 — DeltaTrace").arg(m_lesson.title.in(m_language), e->title.in(m_language)));
    onPosition(m_controller.position());
}

void GeneralRunWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void GeneralRunWindow::setLanguage(const QString &language)
{
    m_language = language;
    for (int i = 0; i < m_experiments->count() && i < m_lesson.experiments.size(); ++i)
        m_experiments->setItemText(i, m_lesson.experiments[i].title.in(m_language));
    showNarrative();
    retranslate();
}

void GeneralRunWindow::showNarrative()
{
    if (const Experiment *e = experiment())
        m_narrative->showMarkdown(m_lesson.narrative.in(m_language) + QStringLiteral("\n\n") + e->narrative.in(m_language),
                                  QFileInfo(m_lesson.filePath).absolutePath());
}

const Experiment *GeneralRunWindow::experiment() const { return m_lesson.experiment(m_experimentId); }

bool GeneralRunWindow::start(const Lesson &lesson, const QString &experimentId, const LessonLibrary::Overrides &overrides)
{
    const Experiment *chosen = experimentId.isEmpty() && !lesson.experiments.isEmpty() ? &lesson.experiments.first()
                                                                                       : lesson.experiment(experimentId);
    if (!chosen || !chosen->network)
        return false;
    m_lesson = lesson;
    m_experimentId = chosen->id;
    m_experiments->clear();
    for (const Experiment &e : m_lesson.experiments)
        m_experiments->addItem(e.title.in(m_language), e.id);
    m_experiments->setCurrentIndex(m_experiments->findData(m_experimentId));
    showParameters(*chosen, overrides);
    showNarrative();
    retranslate();
    record();
    return true;
}

void GeneralRunWindow::showParameters(const Experiment &experiment, const LessonLibrary::Overrides &overrides)
{
    m_seed->setValue(static_cast<int>(std::min<std::uint32_t>(overrides.seed.value_or(experiment.seed),
                                                              static_cast<std::uint32_t>(std::numeric_limits<int>::max()))));
    m_alpha->setText(NumberFormat::exact(overrides.alpha.value_or(experiment.alpha)));
    m_epochs->setValue(overrides.epochs.value_or(experiment.epochs));
}

bool GeneralRunWindow::isRecording() const { return m_job->isRunning(); }

void GeneralRunWindow::record()
{
    const Experiment *e = experiment();
    if (!e)
        return;
    const std::optional<double> alpha = NumberArgument::decimal(m_alpha->text());
    if (!alpha || *alpha <= 0.0 || !std::isfinite(*alpha)) {
        m_message->setText(tr("Alpha must be a decimal number above 0, like 0.5 or 1e-3."));
        m_alpha->setFocus();
        return;
    }
    LessonLibrary::Overrides overrides;
    overrides.seed = static_cast<std::uint32_t>(m_seed->value());
    overrides.alpha = *alpha;
    overrides.epochs = m_epochs->value();
    const NetworkRun run = LessonLibrary::networkRunFor(m_lesson, *e, overrides);
    if (run.stepCount() > RunLimits::MaxNetworkSteps) {
        m_message->setText(tr("%1 epochs of %2 samples are %3 sample steps; a run may have at most %4. Choose fewer epochs.")
                               .arg(run.epochs).arg(run.sampleCount()).arg(run.stepCount()).arg(RunLimits::MaxNetworkSteps));
        return;
    }
    m_playTimer.stop();
    m_message->clear();
    m_openingPath.clear();
    m_job->start(run);
}

void GeneralRunWindow::openTrace(const QString &path)
{
    m_playTimer.stop();
    m_openingPath = path;
    m_message->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_job->openGeneral(path);
}

void GeneralRunWindow::adoptLessonOf(const NetworkTrace &trace)
{
    const NetworkRun &run = trace.run();
    LessonLoader::Result parsed = LessonLoader::parse(run.lessonSource, QFileInfo(m_openingPath).fileName());
    if (parsed.ok() && parsed.lesson->experiment(run.experimentId) && parsed.lesson->experiment(run.experimentId)->network) {
        m_lesson = std::move(*parsed.lesson);
    } else {
        // The numbers are the trace's own (recomputed and checked); only the texts are missing.
        m_lesson = Lesson();
        m_lesson.id = run.lessonId;
        m_lesson.version = 2;
        m_lesson.data = run.data;
        m_lesson.title = {run.lessonId, run.lessonId};
        Experiment e;
        e.id = run.experimentId;
        e.title = {run.experimentId, run.experimentId};
        e.alpha = run.alpha;
        e.epochs = run.epochs;
        e.seed = run.seed;
        e.network = NetworkExperiment{run.architecture, {}, true, {}};
        m_lesson.experiments = {e};
    }
    m_experimentId = run.experimentId;
    m_experiments->clear();
    for (const Experiment &e : m_lesson.experiments)
        m_experiments->addItem(e.title.in(m_language), e.id);
    m_experiments->setCurrentIndex(m_experiments->findData(m_experimentId));
    LessonLibrary::Overrides asRun;
    asRun.seed = run.seed;
    asRun.alpha = run.alpha;
    asRun.epochs = run.epochs;
    if (const Experiment *e = experiment())
        showParameters(*e, asRun);
    showNarrative();
    retranslate();
}

void GeneralRunWindow::askToSave()
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller.trace();
    if (!trace)
        return;
    const NetworkRun &run = trace->run();
    const QString suggested = QStringLiteral("%1-%2-seed%3.dtrace").arg(run.lessonId, run.experimentId).arg(run.seed);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Trace"), suggested, tr("DeltaTrace traces (*.dtrace)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTrace(path, &error))
        m_message->setText(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    else
        m_message->setText(error);
}

bool GeneralRunWindow::saveTrace(const QString &path, QString *error)
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller.trace();
    if (!trace)
        return false;
    QString problem;
    if (NetworkTraceFile::write(*trace, path, &problem))
        return true;
    if (error)
        *error = tr("Could not save the trace: %1").arg(problem);
    return false;
}

void GeneralRunWindow::onRecorded(std::shared_ptr<const NetworkTrace> trace)
{
    if (!m_openingPath.isEmpty()) {
        adoptLessonOf(*trace);
        m_message->setText(tr("Opened %1.").arg(QFileInfo(m_openingPath).fileName()));
        m_openingPath.clear();
    }
    m_saveAction->setEnabled(true);
    m_diagram->setTrace(trace);
    m_arithmetic->setTrace(trace);
    m_plane->setTrace(trace);
    m_charts->setTrace(trace);
    m_table->setTrace(trace);
    m_controller.setTrace(trace); // moves to the first position: every view follows
    // The experiment's tour, at its places in this run (a shorter run passes over the later ones).
    const Experiment *shown = experiment();
    m_tour->setStops(shown && shown->network ? shown->network->tour : QList<NetworkTourStop>{});
    const long long count = m_controller.positionCount();
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, static_cast<int>(std::min<long long>(count - 1, std::numeric_limits<int>::max())));
    showListing();
    if (trace->firstNonFiniteStep() >= 0) {
        const long long s = trace->firstNonFiniteStep();
        const std::optional<LayerQuantity> q = trace->firstNonFiniteQuantity();
        m_message->setText(tr("Values stopped being finite at epoch %1, sample %2 (%3): the learning rate is too large for this network.")
                               .arg(s / trace->run().sampleCount())
                               .arg(s % trace->run().sampleCount())
                               .arg(q ? QString::fromStdString(q->name()) : QString()));
    }
    onPosition(m_controller.position());
    emit runShown();
}

void GeneralRunWindow::showListing()
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller.trace();
    const Experiment *e = experiment();
    if (!trace || !e || !e->network)
        return;
    // The lesson's own listing when the run is the lesson's; otherwise (another seed, alpha or
    // epochs, or no listing in the lesson) DeltaTrace's listing of the run on screen, so the
    // code shown is always the code of the numbers shown.
    const NetworkRun &run = trace->run();
    const bool lessonsOwn = !e->network->codeGenerated && run.seed == e->seed && run.alpha == e->alpha && run.epochs == e->epochs;
    const QList<NetworkCodeLine> lines = lessonsOwn ? e->network->code : NetworkScript::lines(run);
    QStringList texts;
    for (const NetworkCodeLine &line : lines)
        texts << line.text;
    m_listing->setPlainText(texts.join(u'\n'));
    // Which line computes what, for the current-line highlight.
    m_listingTags.clear();
    for (const NetworkCodeLine &line : lines)
        m_listingTags.push_back(line.computes);
}

void GeneralRunWindow::onPosition(NetworkPosition position)
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller.trace();
    if (!trace) {
        m_position->setText(QString());
        return;
    }
    m_diagram->setPosition(position);
    m_arithmetic->setPosition(position);
    m_plane->setPosition(position);
    m_charts->setPosition(position);
    m_table->setPosition(position);
    const int N = trace->run().sampleCount();
    const int ops = m_controller.operationsAt(position.step);
    // The operation's name from the layout alone: the views read the step itself, and a long
    // run's step is recomputed from its checkpoint, so it is not read once more here. An update
    // step always has more operations (its new weights) than the others.
    const StepLayout &layout = trace->layout();
    const bool update = ops == static_cast<int>(layout.operations(true).size());
    const LayerQuantity q = layout.operations(update)[static_cast<std::size_t>(position.operation)];
    m_position->setText(tr("Epoch %1 of %2 · sample %3 of %4 · operation %5 of %6: %7")
                            .arg(position.step / N)
                            .arg(trace->epochCount())
                            .arg(position.step % N)
                            .arg(N)
                            .arg(position.operation + 1)
                            .arg(ops)
                            .arg(QString::fromStdString(q.name())));
    // The listing's line computing this operation.
    m_currentListingLine = -1;
    for (int i = 0; i < static_cast<int>(m_listingTags.size()); ++i)
        if (m_listingTags[static_cast<std::size_t>(i)] == q)
            m_currentListingLine = i;
    QList<QTextEdit::ExtraSelection> selections;
    if (m_currentListingLine >= 0) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = QTextCursor(m_listing->document()->findBlockByNumber(m_currentListingLine));
        selections << current;
        m_listing->setTextCursor(current.cursor);
        m_listing->ensureCursorVisible();
    }
    m_listing->setExtraSelections(selections);
    const long long count = m_controller.positionCount();
    const QSignalBlocker block(m_slider);
    const long long index = m_controller.linearIndex();
    m_slider->setValue(count - 1 <= m_slider->maximum() ? static_cast<int>(index)
                                                         : static_cast<int>(std::llround(double(index) / double(count - 1) * m_slider->maximum())));
}

QString GeneralRunWindow::positionText() const { return m_position->text(); }

void GeneralRunWindow::goToPlace()
{
    if (!m_controller.trace())
        return;
    bool ok = false;
    const QString place = QInputDialog::getText(this, tr("Go to"), tr("Epoch:sample[:operation], for example 120:3:delta1"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QStringList parts = place.trimmed().split(u':');
    bool epochOk = false, sampleOk = false;
    const int epoch = parts.value(0).toInt(&epochOk);
    const int sample = parts.size() > 1 ? parts.value(1).toInt(&sampleOk) : 0;
    if (parts.size() == 1)
        sampleOk = true;
    if (!epochOk || !sampleOk || parts.size() > 3 || !m_controller.goToPlace(epoch, sample, parts.value(2)))
        m_message->setText(tr("There is no place %1 in this run.").arg(InputLimits::quoted(place)));
    else
        m_message->clear();
}

void GeneralRunWindow::togglePlay()
{
    if (m_playTimer.isActive()) {
        m_playTimer.stop();
        m_playAction->setText(tr("Play"));
    } else if (m_controller.trace()) {
        m_playTimer.start();
        m_playAction->setText(tr("Pause"));
    }
}

} // namespace deltatrace
