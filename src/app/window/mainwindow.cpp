// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "codelistingview.h"
#include "comparedialog.h"
#include "comparisonview.h"
#include "exercisemode.h"
#include "exercisepanel.h"
#include "experimentlauncher.h"
#include "exploredialog.h"
#include "fileactions.h"
#include "generalrunwindow.h"
#include "handoutdialog.h"
#include "inputplaneview.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "lessonbrowser.h"
#include "lessondataeditor.h"
#include "messagebar.h"
#include "narrativebrowser.h"
#include "networkdiagram.h"
#include "parameterspanel.h"
#include "presenterbar.h"
#include "presentationfont.h"
#include "presentermode.h"
#include "rundisplay.h"
#include "runsession.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "steppingtoolbar.h"
#include "studentnamedialog.h"
#include "tourmode.h"
#include "trainingcharts.h"
#include "viewdocks.h"
#include "workarea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace deltatrace {

MainWindow::MainWindow(LanguageManager *languages, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    m_run = new RunSession(this);
    m_presenter = new PresenterMode(this, LayoutVersion, new PresentationFont(this));

    m_display = new RunDisplay(m_run, &m_controller, m_languages, this);
    setCentralWidget(m_display->workArea());
    createDocks();
    m_launcher = new ExperimentLauncher(m_run, m_display, m_settings, this);
    m_exercises = new ExerciseMode(m_run, &m_controller, m_display->exercisePanel(), this);
    m_tour = new TourMode(this, m_run, &m_controller, m_presenter, m_display->stepping()->action(SteppingToolbar::Action::NextEpoch),
                          m_display->stepping()->action(SteppingToolbar::Action::PreviousEpoch),
                          [this](const QString &view) { showTourView(view); }, [this] { return m_display->language(); });
    m_files = new FileActions(this, m_run, m_settings, m_display->errorBar(),
                              [this](const QString &path) { return m_launcher->openLessonAndStart(path); });
    m_files->setExerciseRecorder([this] { return m_exercises->record(); });
    createActions();
    createMenus();
    connectViews();

    retranslate();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectViews()
{
    ParametersPanel *parameters = m_display->parametersPanel();
    // The views show the run first; the actions and the window's signals follow them.
    connect(m_run, &RunSession::runChanged, m_display, &RunDisplay::showRun);
    connect(m_run, &RunSession::runChanged, this, [this] {
        updateActions();
        // Another network may need another width (once the views have taken the run).
        QTimer::singleShot(0, this, &MainWindow::fitPresentedPictures);
        emit traceShown();
    });
    connect(m_run, &RunSession::recorded, this, &MainWindow::onRecorded);
    connect(m_run, &RunSession::recorded, m_display, &RunDisplay::onRecorded);
    connect(m_run, &RunSession::comparisonRecorded, m_display, &RunDisplay::showComparison);
    connect(m_run, &RunSession::comparisonRecorded, this, &MainWindow::updateActions);
    connect(m_run, &RunSession::comparisonStopped, m_display, &RunDisplay::hideComparison);
    connect(m_run, &RunSession::comparisonStopped, this, &MainWindow::updateActions);
    connect(m_run, &RunSession::busyChanged, this, [this, parameters](bool busy) {
        parameters->setRecording(busy);
        if (!busy)
            m_display->setRecording(false);
        updateActions();
        emit busyChanged(busy);
    });
    connect(m_run, &RunSession::recordingFailed, this, &MainWindow::showError);
    connect(m_run, &RunSession::progressChanged, parameters, &ParametersPanel::setProgress);
    connect(m_run, &RunSession::recordingCancelled, this,
            [this] { statusBar()->showMessage(tr("Recording cancelled; the run shown before stays."), 5000); });
    connect(m_files, &FileActions::failed, this, &MainWindow::reportError);
    connect(m_tour, &TourMode::failed, this, &MainWindow::reportError);
    connect(m_launcher, &ExperimentLauncher::failed, this, &MainWindow::reportError);
    connect(m_launcher, &ExperimentLauncher::recordingStarted, this, [this](const TraceSpec &spec) {
        statusBar()->showMessage(tr("Recording %n epoch(s)…", nullptr, spec.epochs));
        m_display->setRecording(true, &spec);
    });
    connect(m_launcher, &ExperimentLauncher::comparisonStarted, this, &MainWindow::updateActions);
    connect(m_launcher, &ExperimentLauncher::generalRequested, this, &MainWindow::showGeneral);
    connect(m_files, &FileActions::generalTraceRequested, this, [this](const QString &path) {
        generalRunWindow()->openTrace(path);
        m_showsGeneral = true;
        raiseGeneral();
    });
    connect(m_launcher, &ExperimentLauncher::recordingStarted, this, [this] { m_showsGeneral = false; });
    connect(parameters, &ParametersPanel::runRequested, this, &MainWindow::runWithParameters);
    connect(parameters, &ParametersPanel::cancelRequested, m_run, &RunSession::cancel);
    connect(parameters, &ParametersPanel::editDataRequested, this, &MainWindow::editData);
    connect(m_display->lessonBrowser(), &LessonBrowser::experimentChosen, this,
            [this](const QString &lessonId, const QString &experimentId) { startExperiment(lessonId, experimentId); });
    connect(m_display->comparisonView(), &ComparisonView::closeRequested, this, &MainWindow::stopComparing);
    connect(m_presenter, &PresenterMode::activeChanged, this, &MainWindow::onPresenterModeChanged);
    connect(m_presenter->font(), &PresentationFont::zoomChanged, this, [this](double zoom) { m_settings->setZoom(zoom); });
}

// ---------------------------------------------------------------------------------------------
// Building the window

void MainWindow::createDocks()
{
    m_docks = new ViewDocks(this, std::array<QWidget *, ViewDocks::ViewCount>{m_display->lessonBrowser(), m_display->narrative(), m_display->parametersPanel(),
                                   m_display->codeListing(), m_display->charts(), m_display->inputPlane(),
                                   m_display->traceTable()});
    // In the window's layout from the start, so that a saved layout can be restored onto them;
    // placed for the window's size once that is known (the first show, or presenting before
    // it), unless the saved layout came back.
    m_docks->arrange(ViewDocks::Arrangement::Wide);
}

void MainWindow::arrangeDocksOnce()
{
    if (m_docksArranged)
        return;
    m_docksArranged = true;
    arrangeDocks();
}

void MainWindow::arrangeDocks()
{
    m_docks->arrange(ViewDocks::arrangementFor(size()));
    // Once the docks have taken their room (the next turn of the event loop).
    QTimer::singleShot(0, this, [this] {
        if (!isPresenterMode())
            m_display->workArea()->resetProportions();
    });
}

void MainWindow::createActions()
{
    auto make = [this](QAction *&member, const char *name, QList<QKeySequence> keys = {}) {
        member = new QAction(this);
        member->setObjectName(QString::fromLatin1(name));
        member->setShortcuts(keys);
        addAction(member);
    };
    make(m_openAction, "openAction", {QKeySequence::Open});
    make(m_saveAction, "saveAction", {QKeySequence::Save});
    make(m_exportAction, "exportCsvAction", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    make(m_handoutAction, "exportHandoutAction");
    make(m_quitAction, "quitAction", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    make(m_compareAction, "compareAction", {QKeySequence(Qt::CTRL | Qt::Key_K)});
    make(m_stopCompareAction, "stopCompareAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    make(m_exploreAction, "exploreAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    make(m_exercisesAction, "exercisesAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)});
    m_exercisesAction->setCheckable(true);
    make(m_studentAction, "studentAction");
    make(m_runAction, "runAction", {QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(m_editDataAction, "editDataAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    make(m_presenterAction, "presenterAction", {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    make(m_leavePresenterAction, "leavePresenterAction", {QKeySequence(Qt::Key_Escape)});
    make(m_zoomInAction, "zoomInAction", {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make(m_zoomOutAction, "zoomOutAction", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    make(m_zoomResetAction, "zoomResetAction", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    make(m_aboutAction, "aboutAction");
    make(m_shortcutsAction, "shortcutsAction", {QKeySequence(Qt::Key_F1)});
    make(m_clearRecentAction, "clearRecentAction");
    make(m_resetLayoutAction, "resetLayoutAction");
    make(m_nextPictureAction, "nextPictureAction", {QKeySequence(Qt::Key_V)});
    m_nextPictureAction->setEnabled(false);
    // QKeySequence::Quit is empty on some platforms; remove the duplicate where it is Ctrl+Q.
    {
        QList<QKeySequence> keys;
        for (const QKeySequence &k : m_quitAction->shortcuts())
            if (!k.isEmpty() && !keys.contains(k))
                keys << k;
        m_quitAction->setShortcuts(keys);
    }
    m_presenterAction->setCheckable(true);
    m_leavePresenterAction->setEnabled(false);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    for (QAction *a : m_display->stepping()->allActions())
        addAction(a);

    connect(m_openAction, &QAction::triggered, m_files, &FileActions::openDialog);
    connect(m_saveAction, &QAction::triggered, m_files, &FileActions::saveDialog);
    connect(m_exportAction, &QAction::triggered, m_files, &FileActions::exportCsvDialog);
    connect(m_handoutAction, &QAction::triggered, this,
            [this] {
                HandoutDialog::exportHandout(this, trace(), m_controller.position(), m_languages->language(), m_tour->resolvedStops());
            });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareDialog);
    connect(m_stopCompareAction, &QAction::triggered, this, &MainWindow::stopComparing);
    connect(m_exploreAction, &QAction::triggered, this, &MainWindow::exploreSeeds);
    connect(m_exercisesAction, &QAction::toggled, m_exercises, &ExerciseMode::setActive);
    connect(m_exercises, &ExerciseMode::activeChanged, m_exercisesAction, &QAction::setChecked);
    connect(m_exercises, &ExerciseMode::availableChanged, this, &MainWindow::updateActions);
    connect(m_studentAction, &QAction::triggered, this, &MainWindow::startAsStudent);
    connect(m_files, &FileActions::exercisesOpened, this, [this](const ExerciseRecord &record) {
        if (QString problem; !m_exercises->restore(record, &problem))
            reportError(tr("The exercises saved in this trace could not be restored: %1").arg(problem));
    });
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runWithParameters);
    connect(m_editDataAction, &QAction::triggered, this, &MainWindow::editData);
    connect(m_presenterAction, &QAction::triggered, this, [this] { setPresenterMode(!isPresenterMode()); });
    connect(m_leavePresenterAction, &QAction::triggered, this, [this] { setPresenterMode(false); });
    connect(m_zoomInAction, &QAction::triggered, m_presenter->font(), &PresentationFont::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_presenter->font(), &PresentationFont::zoomOut);
    connect(m_zoomResetAction, &QAction::triggered, m_presenter->font(), &PresentationFont::resetZoom);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_nextPictureAction, &QAction::triggered, m_docks, &ViewDocks::nextPicture);
    // The presenter's choice of picture is kept for the next class, as the zoom is.
    connect(m_docks, &ViewDocks::presentedPicturesChosen, this,
            [this] { m_settings->setPresentedPictures(m_docks->pictureBesideNetworkName(), m_docks->pictureBesideArithmeticName()); });
    connect(m_docks, &ViewDocks::presentsNetworkChanged, m_display->workArea(), &WorkArea::setNetworkVisible);
    connect(m_resetLayoutAction, &QAction::triggered, this, [this] {
        if (!isPresenterMode())
            arrangeDocks();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About DeltaTrace"),
                           tr("<h3>DeltaTrace %1</h3><p>Step through every number a sigmoid network computes while "
                              "it learns: the forward pass, the delta rule and backpropagation.</p>"
                              "<p>With seed N the numbers are exactly those of the lesson's numpy code after "
                              "<code>np.random.seed(N)</code>.</p>")
                               .arg(QStringLiteral(DELTATRACE_VERSION)));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_files->setRecentFilesMenu(m_recentMenu, m_clearRecentAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_handoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_lessonMenu = menuBar()->addMenu(QString());
    m_lessonMenu->addAction(m_runAction);
    m_lessonMenu->addAction(m_editDataAction);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_compareAction);
    m_lessonMenu->addAction(m_stopCompareAction);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_exploreAction);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_exercisesAction);
    m_lessonMenu->addAction(m_studentAction);
    m_tourMenu = m_lessonMenu->addMenu(QString());
    m_tourMenu->setObjectName(QStringLiteral("tourMenu"));
    const QList<QAction *> tourActions = m_tour->actions();
    m_tourMenu->addActions(tourActions.mid(0, 4));
    m_tourMenu->addSeparator();
    m_tourMenu->addActions(tourActions.mid(4));

    m_navigateMenu = menuBar()->addMenu(QString());
    const SteppingToolbar *stepping = m_display->stepping();
    using A = SteppingToolbar::Action;
    for (A a : {A::NextOperation, A::PreviousOperation, A::NextSample, A::PreviousSample, A::NextEpoch, A::PreviousEpoch})
        m_navigateMenu->addAction(stepping->action(a));
    m_navigateMenu->addSeparator();
    for (A a : {A::StartOfEpoch, A::EndOfEpoch, A::First, A::Last})
        m_navigateMenu->addAction(stepping->action(a));
    m_navigateMenu->addAction(stepping->action(A::GoToEpoch));
    m_navigateMenu->addSeparator();
    m_navigateMenu->addAction(stepping->action(A::PlayPause));
    m_navigateMenu->addAction(stepping->action(A::Faster));
    m_navigateMenu->addAction(stepping->action(A::Slower));

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = new LanguageMenu(m_languages, m_settings, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_docks->showActions());
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *d : m_docks->docks())
        m_panelsMenu->addAction(d->toggleViewAction());
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(m_resetLayoutAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_lessonMenu->setTitle(tr("&Lesson"));
    m_tourMenu->setTitle(tr("&Tour"));
    m_tour->retranslate();
    m_navigateMenu->setTitle(tr("&Navigate"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->retranslate();
    m_panelsMenu->setTitle(tr("&Panels"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a trace file or a lesson file"));
    m_saveAction->setText(tr("&Save Trace…"));
    m_exportAction->setText(tr("&Export as CSV…"));
    m_handoutAction->setText(tr("Export &Handout…"));
    m_quitAction->setText(tr("&Quit"));
    m_runAction->setText(tr("&Run Again"));
    m_editDataAction->setText(tr("Edit &Data…"));
    m_compareAction->setText(tr("&Compare with…"));
    m_compareAction->setToolTip(tr("Run another experiment of this lesson from the same initial weights, side by side"));
    m_stopCompareAction->setText(tr("&Stop Comparing"));
    m_exploreAction->setText(tr("&Explore Seeds…"));
    m_exploreAction->setToolTip(tr("Train this lesson's experiments from many random starts and see how often each solves the task"));
    m_exercisesAction->setText(tr("E&xercises"));
    m_studentAction->setText(tr("Start as &Student…"));
    m_studentAction->setToolTip(tr("Your own starting weights from your name, then the exercises"));
    m_presenterAction->setText(tr("&Presenter Mode"));
    m_leavePresenterAction->setText(tr("Leave Presenter Mode"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_aboutAction->setText(tr("&About DeltaTrace"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_clearRecentAction->setText(tr("&Clear List"));
    // Tooltips that name the shortcut, like the stepping actions.
    for (QAction *a : {m_openAction, m_saveAction, m_exportAction, m_runAction, m_editDataAction, m_compareAction, m_stopCompareAction, m_exploreAction,
                       m_exercisesAction, m_presenterAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction}) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                             a->shortcut().toString(QKeySequence::NativeText)));
    }

    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_nextPictureAction->setText(tr("Next Picture (Presenter Mode)"));
    m_nextPictureAction->setToolTip(tr("Presenter mode: show the network, the input plane or the charts"));
    m_resetLayoutAction->setToolTip(tr("Arrange the panels as DeltaTrace does by default for this window size"));
    m_docks->retranslate();

    m_display->retranslate();
    m_languageMenu->updateChecked();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->windowGeometry());
    // A layout saved by an older DeltaTrace (another set of docks) is not restored.
    m_docksArranged = restoreState(m_settings->windowState(), LayoutVersion);
    m_presenter->font()->setZoom(m_settings->zoom());
    m_docks->restorePresentedPictures(m_settings->pictureBesideNetwork(), m_settings->pictureBesideArithmetic());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    // While presenting, the layout worth keeping is the one from before.
    m_settings->setWindowState(isPresenterMode() ? m_presenter->normalState() : saveState(LayoutVersion));
    m_settings->setZoom(m_presenter->zoom());
    m_settings->sync();
}

// ---------------------------------------------------------------------------------------------
// Lessons and runs

int MainWindow::loadLessonDirectory(const QString &directory) { return m_launcher->loadLessonDirectory(directory); }
QString MainWindow::openLesson(const QString &path, QString *error) { return m_launcher->openLesson(path, error); }
const QList<Lesson> &MainWindow::lessons() const { return m_launcher->lessons(); }
void MainWindow::startDefault() { m_launcher->startDefault(); }
void MainWindow::runWithParameters() { m_launcher->runWithParameters(); }

bool MainWindow::startExperiment(const QString &lessonId, const QString &experimentId, const LessonLibrary::Overrides &overrides)
{
    return m_launcher->startExperiment(lessonId, experimentId, overrides);
}

GeneralRunWindow *MainWindow::generalRunWindow()
{
    if (!m_general) {
        // Its own top-level window, owned by this one: the views and keys of lessons 1-3 stay
        // as they are, and both windows can be open side by side.
        m_general = new GeneralRunWindow(m_presenter->font(), this);
        m_general->setWindowFlag(Qt::Window);
        m_general->presenter()->setFullScreenAllowed(m_presenter->isFullScreenAllowed());
        m_general->setLanguage(m_languages->language());
        connect(m_languages, &LanguageManager::languageChanged, m_general, &GeneralRunWindow::setLanguage);
        connect(m_general, &GeneralRunWindow::failed, this, [this](const QString &message) { m_lastError = message; });
    }
    return m_general;
}

void MainWindow::raiseGeneral()
{
    if (!m_general->isVisible())
        m_general->resize(size());
    m_general->show();
    m_general->raise();
    m_general->activateWindow();
}

void MainWindow::showGeneral(const Lesson &lesson, const QString &experimentId, const LessonLibrary::Overrides &overrides)
{
    m_showsGeneral = generalRunWindow()->start(lesson, experimentId, overrides);
    raiseGeneral();
    // The class keeps looking at a projector's picture: the presentation moves to the general
    // window.
    if (m_showsGeneral && isPresenterMode()) {
        setPresenterMode(false);
        m_general->setPresenting(true);
    }
}

void MainWindow::onRecorded()
{
    m_settings->setLastExperiment(m_run->lesson()->id, m_run->experimentId());
    const std::shared_ptr<const Trace> &trace = m_run->trace();
    // %n: "1 epoch", never "1 epochs"; the sample steps are always 4 or more.
    statusBar()->showMessage(tr("Recorded %n epoch(s) (%1 sample steps).", nullptr, trace->epochCount()).arg(trace->stepCount()),
                             8000);
}

std::shared_ptr<const Trace> MainWindow::trace() const { return m_run->trace(); }
SteppingToolbar *MainWindow::steppingToolbar() const { return m_display->stepping(); }
ParametersPanel *MainWindow::parametersPanel() const { return m_display->parametersPanel(); }
LessonBrowser *MainWindow::lessonBrowser() const { return m_display->lessonBrowser(); }
NarrativeBrowser *MainWindow::narrative() const { return m_display->narrative(); }
QTableView *MainWindow::traceTable() const { return m_display->traceTable(); }
TrainingCharts *MainWindow::charts() const { return m_display->charts(); }
ComparisonView *MainWindow::comparisonView() const { return m_display->comparisonView(); }
const std::optional<Lesson> &MainWindow::currentLesson() const { return m_run->lesson(); }
QString MainWindow::currentExperimentId() const { return m_run->experimentId(); }
QString MainWindow::currentFile() const { return m_run->filePath(); }
bool MainWindow::isBusy() const { return m_run->isBusy() || (m_general && m_general->isRecording()); }

void MainWindow::updateActions()
{
    const bool hasTrace = m_run->trace() != nullptr;
    m_saveAction->setEnabled(hasTrace);
    m_exportAction->setEnabled(hasTrace);
    m_handoutAction->setEnabled(hasTrace && !isBusy());
    m_runAction->setEnabled(m_run->experiment() != nullptr && !isBusy());
    m_editDataAction->setEnabled(m_run->lesson() && m_run->experiment() != nullptr && !isBusy());
    m_compareAction->setEnabled(hasTrace && !comparableExperiments().isEmpty());
    m_exploreAction->setEnabled(hasTrace && m_run->lesson() && m_run->experiment() && m_run->trace()->rule() != Rule::Forward);
    m_stopCompareAction->setEnabled(isComparing() || m_run->isComparisonPending());
    m_exercisesAction->setEnabled(m_exercises->isAvailable() || m_exercises->isActive());
    m_studentAction->setEnabled(m_exercises->isAvailable() && !isBusy());
}

void MainWindow::startAsStudent()
{
    if (!m_run->lesson() || !m_exercises->isAvailable())
        return;
    StudentNameDialog dialog(m_exercises->student(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // As --student NAME: the lesson's run from the name's seed, then its exercises.
    LessonLibrary::Overrides overrides;
    overrides.seed = dialog.seed();
    if (startExperiment(m_run->lesson()->id, m_run->experimentId(), overrides))
        m_exercises->startWithNextRun(dialog.name()); // the run arrives later, recorded
}

// ---------------------------------------------------------------------------------------------
// Comparing

QStringList MainWindow::comparableExperiments() const { return m_launcher->comparableExperiments(); }
bool MainWindow::compareWith(const QString &experimentId) { return m_launcher->compareWith(experimentId); }
void MainWindow::stopComparing() { m_run->stopComparing(); }

bool MainWindow::isComparing() const { return m_run->isComparing(); }
std::shared_ptr<const Trace> MainWindow::comparisonTrace() const { return m_run->comparison(); }

void MainWindow::exploreSeeds()
{
    if (!m_run->trace() || !m_run->lesson() || !m_run->experiment())
        return;
    // Not modal: a learner opens one seed's run after another from its table.
    auto *dialog = new ExploreDialog(*m_run->lesson(), m_run->experimentId(), m_run->trace()->spec(), m_display->language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString lessonId = m_run->lesson()->id;
    const QString shownId = m_run->experimentId();
    const TraceSpec shown = m_run->trace()->spec();
    connect(dialog, &ExploreDialog::runRequested, this, [this, lessonId, shownId, shown](const QString &experimentId, quint32 seed) {
        LessonLibrary::Overrides overrides;
        overrides.seed = seed;
        // The explorer trained the shown experiment with the run's alpha and epochs.
        if (experimentId == shownId) {
            overrides.alpha = shown.alpha;
            overrides.epochs = shown.epochs;
        }
        startExperiment(lessonId, experimentId, overrides);
    });
    dialog->show();
}

LessonDataEditor *MainWindow::editData()
{
    if (!m_run->lesson() || !m_run->experiment() || isBusy())
        return nullptr;
    // Window-modal but not blocking: the run shown stays visible behind it.
    auto *editor = new LessonDataEditor(*m_run->lesson(), m_display->language(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    const QString experimentId = m_run->experimentId();
    connect(editor, &LessonDataEditor::runRequested, this,
            [this, experimentId](const Lesson &lesson) { m_launcher->runEditedLesson(lesson, experimentId); });
    editor->show();
    return editor;
}

void MainWindow::compareDialog()
{
    const QStringList ids = comparableExperiments();
    if (ids.isEmpty())
        return;
    QStringList titles;
    for (const QString &id : ids)
        titles << m_display->experimentTitle(id);
    const QString chosen = CompareDialog::chooseExperiment(this, ids, titles, m_run->trace() ? m_run->trace()->spec().seed : 0);
    if (!chosen.isEmpty())
        compareWith(chosen);
}

// ---------------------------------------------------------------------------------------------
// Moving

QString MainWindow::goTo(int epoch, int sample, const QString &operation)
{
    if (m_showsGeneral && m_general) {
        if (m_general->controller()->goToPlace(epoch, sample, operation))
            return {};
        m_lastError = tr("There is no place %1:%2:%3 in this run.").arg(epoch).arg(sample).arg(InputLimits::quoted(operation));
        return m_lastError;
    }
    const QString problem = m_display->goTo(epoch, sample, operation);
    if (!problem.isEmpty())
        m_lastError = problem;
    return problem;
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions = m_display->stepping()->allActions();
    actions << QList<QAction *>{m_presenterAction, m_leavePresenterAction, m_nextPictureAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction,
                                m_runAction, m_editDataAction, m_compareAction, m_exercisesAction, m_openAction, m_saveAction, m_exportAction, m_shortcutsAction};
    actions << m_tour->actions();
    actions << m_docks->showActions();
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::showTourView(const QString &view)
{
    if (view == QLatin1String("network")) {
        // Presenting on a narrow screen, the network is one of the pictures V goes round.
        for (int i = 0; i < 3 && isPresenterMode() && !m_docks->presentsNetwork(); ++i)
            m_docks->nextPicture();
        return;
    }
    const QStringList names = {QStringLiteral("charts"), QStringLiteral("inputPlane"), QStringLiteral("code"), QStringLiteral("table")};
    const ViewDocks::View views[] = {ViewDocks::Charts, ViewDocks::InputPlane, ViewDocks::Code, ViewDocks::Table};
    if (const qsizetype i = names.indexOf(view); i >= 0)
        m_docks->show(views[i]);
}

void MainWindow::showError(const QString &message)
{
    m_display->errorBar()->showMessage(MessageBar::Kind::Error, [message] { return message; });
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    showError(message);
}

QString MainWindow::errorText() const
{
    const MessageBar *bar = m_display->errorBar();
    return bar->isHidden() ? QString() : bar->text();
}

QString MainWindow::warningText() const
{
    const MessageBar *bar = m_display->warningBar();
    return bar->isHidden() ? QString() : bar->text();
}

// ---------------------------------------------------------------------------------------------
// Presenting

void MainWindow::onPresenterModeChanged(bool active)
{
    // The docks come back with the window state PresenterMode restores; the work area keeps its
    // own sizes.
    m_display->setPresenting(active);
    if (active) {
        m_docks->arrangeForPresenting();
        // Sizes are shared out once the hidden docks and widgets have left the layout (the next
        // turn of the event loop); before, the old sizes would still count.
        QTimer::singleShot(0, this, [this] {
            if (!isPresenterMode())
                return;
            m_display->workArea()->setPresenting(true);
            fitPresentedPictures();
        });
    } else {
        m_docks->leavePresenting();
    }
    m_nextPictureAction->setEnabled(active);
    m_presenterAction->setChecked(active);
    m_leavePresenterAction->setEnabled(active);
    m_display->workArea()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::fitPresentedPictures()
{
    if (!isPresenterMode())
        return;
    const QSize before = size();
    m_docks->sizeForPresenting(m_display->networkDiagram()->minimumSizeHint().width());
    // The views' minimum sizes at the large type are only known once laid out: where the
    // picture beside the network widened the window after all, it takes the network's place.
    QTimer::singleShot(0, this, [this, before] {
        if (isPresenterMode() && width() > before.width()) {
            m_docks->presentWithoutRoomBesideNetwork();
            resize(before);
        }
    });
}

bool MainWindow::isPresenterMode() const { return m_presenter->isActive(); }
void MainWindow::setPresenterMode(bool on)
{
    // The layout to come back to must exist before presenting saves it.
    if (on)
        arrangeDocksOnce();
    m_presenter->setActive(on);
}
void MainWindow::setFullScreenAllowed(bool allowed)
{
    m_presenter->setFullScreenAllowed(allowed);
    if (m_general)
        m_general->presenter()->setFullScreenAllowed(allowed);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange && m_display)
        m_display->updateTableRowHeight();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The stepping keys work from the first moment: the work area has the focus, not the list.
    if (!m_shownOnce) {
        m_shownOnce = true;
        arrangeDocksOnce();
        m_display->workArea()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_run->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace deltatrace
