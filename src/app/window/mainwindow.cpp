// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "arithmeticpanel.h"
#include "codelistingview.h"
#include "comparisonview.h"
#include "fileactions.h"
#include "inputlimits.h"
#include "inputplaneview.h"
#include "languagemanager.h"
#include "lessonbrowser.h"
#include "messagebar.h"
#include "narrativebrowser.h"
#include "networkdiagram.h"
#include "parameterspanel.h"
#include "presentermode.h"
#include "runsession.h"
#include "settings.h"
#include "steppingtoolbar.h"
#include "tracetablemodel.h"
#include "trainingcharts.h"
#include "untrustedtext.h"
#include "workarea.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

namespace deltatrace {

namespace {

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())); }

// A window title from file text: "[*]" is Qt's placeholder for the unsaved-changes mark, and
// "[*][*]" shows as "[*]".
QString windowTitleText(const QString &text)
{
    return UntrustedText::line(text).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

// How many of a folder's failed lesson files the message names, so that a folder of thousands
// of broken files still gives a message that fits in the window.
constexpr qsizetype MaxProblemsListed = 8;

} // namespace

MainWindow::MainWindow(LanguageManager *languages, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    m_run = new RunSession(this);
    m_presenter = new PresenterMode(this);

    createViews();
    createDocks();
    m_files = new FileActions(this, m_run, m_settings, m_errorBar, [this](const QString &path) { return openLessonAndStart(path); });
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
    connect(&m_controller, &StepController::positionChanged, this, &MainWindow::onPositionChanged);
    connect(m_run, &RunSession::runChanged, this, &MainWindow::showRun);
    connect(m_run, &RunSession::recorded, this, &MainWindow::onRecorded);
    connect(m_run, &RunSession::comparisonRecorded, this, &MainWindow::onComparisonRecorded);
    connect(m_run, &RunSession::comparisonStopped, this, &MainWindow::onComparisonStopped);
    connect(m_run, &RunSession::busyChanged, this, [this](bool busy) {
        m_parameters->setRecording(busy);
        updateActions();
        emit busyChanged(busy);
    });
    connect(m_run, &RunSession::recordingFailed, this, &MainWindow::showError);
    connect(m_run, &RunSession::progressChanged, m_parameters, &ParametersPanel::setProgress);
    connect(m_run, &RunSession::recordingCancelled, this,
            [this] { statusBar()->showMessage(tr("Recording cancelled; the run shown before stays."), 5000); });
    connect(m_files, &FileActions::failed, this, &MainWindow::reportError);
    connect(m_parameters, &ParametersPanel::runRequested, this, &MainWindow::runWithParameters);
    connect(m_parameters, &ParametersPanel::cancelRequested, m_run, &RunSession::cancel);
    connect(m_browser, &LessonBrowser::experimentChosen, this,
            [this](const QString &lessonId, const QString &experimentId) { startExperiment(lessonId, experimentId); });
    connect(m_browser, &LessonBrowser::experimentActivated, this, [this] { m_work->setFocus(Qt::OtherFocusReason); });
    connect(m_charts, &TrainingCharts::epochActivated, this, [this](int epoch) { m_controller.goTo(epoch); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // A row is a sample step: show it finished.
        if (index.isValid())
            m_controller.setPosition({index.row(), m_controller.operationsPerStep() - 1});
    });
    connect(m_comparisonView, &ComparisonView::closeRequested, this, &MainWindow::stopComparing);
    connect(m_warningBar, &MessageBar::actionTriggered, this, &MainWindow::goToFirstProblem);
    connect(m_presenter, &PresenterMode::activeChanged, this, &MainWindow::onPresenterModeChanged);
    connect(m_presenter, &PresenterMode::zoomChanged, this, [this](double zoom) { m_settings->setZoom(zoom); });
}

// ---------------------------------------------------------------------------------------------
// Building the window

void MainWindow::createViews()
{
    m_stepping = new SteppingToolbar(&m_controller, this);
    m_errorBar = new MessageBar(this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_warningBar = new MessageBar(this);
    m_warningBar->setObjectName(QStringLiteral("warningBar"));
    m_arithmetic = new ArithmeticPanel(this);
    m_arithmetic->setObjectName(QStringLiteral("arithmeticPanel"));
    m_code = new CodeListingView(this);
    m_code->setObjectName(QStringLiteral("codeListing"));
    m_diagram = new NetworkDiagram(this);
    m_diagram->setObjectName(QStringLiteral("networkDiagram"));
    m_charts = new TrainingCharts(this);
    m_charts->setObjectName(QStringLiteral("trainingCharts"));
    m_inputPlane = new InputPlaneView(this);
    m_inputPlane->setObjectName(QStringLiteral("inputPlane"));
    m_narrative = new NarrativeBrowser(this);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_browser = new LessonBrowser(this);
    m_browser->setObjectName(QStringLiteral("lessonBrowser"));
    m_parameters = new ParametersPanel(this);
    m_parameters->setObjectName(QStringLiteral("parametersPanel"));
    m_comparisonView = new ComparisonView(this);
    m_comparisonView->setVisible(false);

    m_tableModel = new TraceTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_tableModel);
    // A fixed row height keeps a table of millions of rows instant (no per-row measuring).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // The corner button would select all rows, which a single-row selection cannot do.
    m_table->setCornerButtonEnabled(false);

    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    QFont bold = m_runLabel->font();
    bold.setBold(true);
    m_runLabel->setFont(bold);
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // It shows titles and ids from lesson and trace files.
    UntrustedText::makePlainLabel(m_runLabel);

    m_work = new WorkArea({m_errorBar, m_warningBar, m_runLabel, m_stepping}, m_arithmetic, m_code, m_diagram,
                          m_comparisonView, this);
    setCentralWidget(m_work);
}

void MainWindow::createDocks()
{
    auto dock = [this](QDockWidget *&member, const char *name, QWidget *content) {
        member = new QDockWidget(this);
        member->setObjectName(QString::fromLatin1(name));
        member->setWidget(content);
        member->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        // QDockWidget paints its title in the "QDockWidgetTitle" font it read once when it was
        // made, unless its own font differs from the application's: then it uses its own. A
        // font that only sets the (default-looking) style strategy differs, while every size
        // and family still follows the application font, so the title grows with presenter
        // mode's type and the zoom like everything else.
        QFont titleFollowsFont;
        titleFollowsFont.setStyleStrategy(QFont::PreferAntialias);
        member->setFont(titleFollowsFont);
    };
    dock(m_lessonsDock, "lessonsDock", m_browser);
    dock(m_narrativeDock, "narrativeDock", m_narrative);
    dock(m_parametersDock, "parametersDock", m_parameters);
    dock(m_chartsDock, "chartsDock", m_charts);
    dock(m_tableDock, "tableDock", m_table);
    dock(m_inputPlaneDock, "inputPlaneDock", m_inputPlane);

    // The default arrangement: reading on the left, the work in the centre, the overview on the
    // right. An instructor rearranges freely; the layout is remembered.
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonsDock);
    splitDockWidget(m_lessonsDock, m_narrativeDock, Qt::Vertical);
    splitDockWidget(m_narrativeDock, m_parametersDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    splitDockWidget(m_chartsDock, m_inputPlaneDock, Qt::Vertical);
    tabifyDockWidget(m_inputPlaneDock, m_tableDock);
    m_inputPlaneDock->raise();
    resizeDocks({m_lessonsDock, m_narrativeDock, m_parametersDock}, {150, 520, 200}, Qt::Vertical);
    resizeDocks({m_lessonsDock, m_chartsDock}, {360, 460}, Qt::Horizontal);
    resizeDocks({m_chartsDock, m_inputPlaneDock}, {480, 400}, Qt::Vertical);

    m_presenter->setHiddenWidgets({m_lessonsDock, m_narrativeDock, m_parametersDock, m_tableDock, m_inputPlaneDock});
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
    make(m_quitAction, "quitAction", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    make(m_compareAction, "compareAction", {QKeySequence(Qt::CTRL | Qt::Key_K)});
    make(m_stopCompareAction, "stopCompareAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    make(m_runAction, "runAction", {QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(m_presenterAction, "presenterAction", {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    make(m_leavePresenterAction, "leavePresenterAction", {QKeySequence(Qt::Key_Escape)});
    make(m_zoomInAction, "zoomInAction", {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make(m_zoomOutAction, "zoomOutAction", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    make(m_zoomResetAction, "zoomResetAction", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    make(m_aboutAction, "aboutAction");
    make(m_shortcutsAction, "shortcutsAction", {QKeySequence(Qt::Key_F1)});
    make(m_clearRecentAction, "clearRecentAction");
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

    for (QAction *a : m_stepping->allActions())
        addAction(a);

    connect(m_openAction, &QAction::triggered, m_files, &FileActions::openDialog);
    connect(m_saveAction, &QAction::triggered, m_files, &FileActions::saveDialog);
    connect(m_exportAction, &QAction::triggered, m_files, &FileActions::exportCsvDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareDialog);
    connect(m_stopCompareAction, &QAction::triggered, this, &MainWindow::stopComparing);
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runWithParameters);
    connect(m_presenterAction, &QAction::triggered, this, [this] { setPresenterMode(!isPresenterMode()); });
    connect(m_leavePresenterAction, &QAction::triggered, this, [this] { setPresenterMode(false); });
    connect(m_zoomInAction, &QAction::triggered, m_presenter, &PresenterMode::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_presenter, &PresenterMode::zoomOut);
    connect(m_zoomResetAction, &QAction::triggered, m_presenter, &PresenterMode::resetZoom);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
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
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_lessonMenu = menuBar()->addMenu(QString());
    m_lessonMenu->addAction(m_runAction);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_compareAction);
    m_lessonMenu->addAction(m_stopCompareAction);

    m_navigateMenu = menuBar()->addMenu(QString());
    using A = SteppingToolbar::Action;
    for (A a : {A::NextOperation, A::PreviousOperation, A::NextSample, A::PreviousSample, A::NextEpoch, A::PreviousEpoch})
        m_navigateMenu->addAction(m_stepping->action(a));
    m_navigateMenu->addSeparator();
    m_navigateMenu->addAction(m_stepping->action(A::First));
    m_navigateMenu->addAction(m_stepping->action(A::Last));
    m_navigateMenu->addAction(m_stepping->action(A::GoToEpoch));
    m_navigateMenu->addSeparator();
    m_navigateMenu->addAction(m_stepping->action(A::PlayPause));
    m_navigateMenu->addAction(m_stepping->action(A::Faster));
    m_navigateMenu->addAction(m_stepping->action(A::Slower));

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setObjectName(QStringLiteral("language-system"));
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    QList<QAction *> languageActions{m_systemLanguageAction};
    for (const QString &code : LanguageManager::available()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setObjectName(QStringLiteral("language-%1").arg(code));
        a->setData(code);
        languageActions << a;
    }
    for (QAction *a : languageActions) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] {
            const QString code = a->data().toString();
            m_settings->setLanguage(code);
            m_languages->setLanguage(code);
        });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *d : {m_lessonsDock, m_narrativeDock, m_parametersDock, m_chartsDock, m_tableDock, m_inputPlaneDock})
        m_panelsMenu->addAction(d->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    // Qt's corner button of the table has no text of its own; screen readers name it by this.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Trace table"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_lessonMenu->setTitle(tr("&Lesson"));
    m_navigateMenu->setTitle(tr("&Navigate"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a trace file or a lesson file"));
    m_saveAction->setText(tr("&Save Trace…"));
    m_exportAction->setText(tr("&Export as CSV…"));
    m_quitAction->setText(tr("&Quit"));
    m_runAction->setText(tr("&Run Again"));
    m_compareAction->setText(tr("&Compare with…"));
    m_compareAction->setToolTip(tr("Run another experiment of this lesson from the same initial weights, side by side"));
    m_stopCompareAction->setText(tr("&Stop Comparing"));
    m_presenterAction->setText(tr("&Presenter Mode"));
    m_leavePresenterAction->setText(tr("Leave Presenter Mode"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_aboutAction->setText(tr("&About DeltaTrace"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_systemLanguageAction->setText(tr("System Language"));
    // Tooltips that name the shortcut, like the stepping actions.
    for (QAction *a : {m_openAction, m_saveAction, m_exportAction, m_runAction, m_compareAction, m_stopCompareAction,
                       m_presenterAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction}) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                             a->shortcut().toString(QKeySequence::NativeText)));
    }

    m_lessonsDock->setWindowTitle(tr("Lessons"));
    m_narrativeDock->setWindowTitle(tr("Narrative"));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_chartsDock->setWindowTitle(tr("Training Charts"));
    m_tableDock->setWindowTitle(tr("Trace Table"));
    m_inputPlaneDock->setWindowTitle(tr("Input Plane"));

    if (m_languages)
        m_browser->setLanguage(language());
    updateNarrative();
    updateTitle();
    updateLanguageMenu();
    if (m_run->isComparing()) {
        const QString label = experimentTitle(m_run->comparisonExperimentId());
        m_comparisonView->setLabels(experimentTitle(m_run->experimentId()), label);
        m_charts->setComparison(m_run->comparison(), label);
        m_work->setFirstRunTitle(tr("This run: %1").arg(experimentTitle(m_run->experimentId())));
    }
}

void MainWindow::updateLanguageMenu()
{
    const QString requested = m_languages ? m_languages->requested() : QString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == requested);
}

QString MainWindow::language() const { return m_languages ? m_languages->language() : QStringLiteral("en"); }

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_presenter->setZoom(m_settings->zoom());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    // While presenting, the layout worth keeping is the one from before.
    m_settings->setWindowState(isPresenterMode() ? m_presenter->normalState() : saveState());
    m_settings->setZoom(m_presenter->zoom());
    m_settings->sync();
}

// ---------------------------------------------------------------------------------------------
// Lessons

int MainWindow::loadLessonDirectory(const QString &directory)
{
    QStringList problems;
    const int loaded = m_library.loadDirectory(directory, &problems);
    m_browser->setLessons(m_library.lessons());
    if (directory.isEmpty() || (loaded == 0 && problems.isEmpty())) {
        const QString where = directory.isEmpty() ? LessonLibrary::directoryCandidates().join(QStringLiteral(", ")) : directory;
        showError(tr("No lessons were found (looked in %1). You can still open a trace file or a lesson file.").arg(where));
    } else if (!problems.isEmpty()) {
        const qsizetype count = problems.size();
        QStringList listed = problems.mid(0, MaxProblemsListed);
        if (count > MaxProblemsListed)
            listed << tr("… and %n more.", nullptr, static_cast<int>(count - MaxProblemsListed));
        const QString list = listed.join(QLatin1Char('\n'));
        m_errorBar->showMessage(MessageBar::Kind::Error, [list, count] {
            return tr("%n lesson file(s) could not be loaded and are left out:", nullptr, static_cast<int>(count))
                   + QLatin1Char('\n') + list;
        });
    }
    return loaded;
}

QString MainWindow::openLesson(const QString &path, QString *error)
{
    QString problem;
    const QString id = m_library.open(path, &problem);
    if (id.isEmpty()) {
        m_lastError = tr("Could not open the lesson file: %1").arg(problem);
        showError(m_lastError);
        if (error)
            *error = m_lastError;
        return {};
    }
    m_browser->setLessons(m_library.lessons());
    return id;
}

bool MainWindow::startExperiment(const QString &lessonId, const QString &experimentId, const LessonLibrary::Overrides &overrides)
{
    const Lesson *lesson = m_library.lesson(lessonId);
    if (!lesson) {
        m_lastError = tr("There is no lesson %1.").arg(InputLimits::quoted(lessonId));
        showError(m_lastError);
        return false;
    }
    const Experiment *experiment = experimentId.isEmpty() && !lesson->experiments.isEmpty()
                                       ? &lesson->experiments.first()
                                       : lesson->experiment(experimentId);
    if (!experiment) {
        QStringList ids;
        for (const Experiment &e : lesson->experiments)
            ids << e.id;
        m_lastError = tr("The lesson %1 has no experiment %2; its experiments are: %3.")
                          .arg(InputLimits::quoted(lessonId), InputLimits::quoted(experimentId), ids.join(QStringLiteral(", ")));
        showError(m_lastError);
        return false;
    }
    // A forward pass is one epoch by definition: another count is refused, as the command line does.
    if (overrides.epochs && experiment->rule == Rule::Forward && *overrides.epochs != 1) {
        m_lastError = tr("The experiment %1 is a forward pass only: --epochs must be 1, not %2.")
                          .arg(InputLimits::quoted(experiment->id)).arg(*overrides.epochs);
        showError(m_lastError);
        return false;
    }
    m_browser->selectExperiment(lesson->id, experiment->id);
    m_errorBar->hideMessage();
    record(*lesson, experiment->id, LessonLibrary::specFor(*lesson, *experiment, overrides));
    return true;
}

void MainWindow::startDefault()
{
    const QList<Lesson> &lessons = m_library.lessons();
    if (lessons.isEmpty())
        return;
    const QString lessonId = m_settings->lastLesson();
    const QString experimentId = m_settings->lastExperiment();
    if (const Lesson *lesson = m_library.lesson(lessonId); lesson && lesson->experiment(experimentId)) {
        startExperiment(lessonId, experimentId);
        return;
    }
    startExperiment(lessons.first().id, QString());
}

void MainWindow::runWithParameters()
{
    if (!m_run->lesson() || !m_parameters->isValid())
        return;
    const Experiment *experiment = m_run->lesson()->experiment(m_run->experimentId());
    if (!experiment)
        return;
    const LessonLibrary::Overrides parameters{m_parameters->seed(), *m_parameters->alpha(), m_parameters->epochs()};
    record(*m_run->lesson(), m_run->experimentId(), LessonLibrary::specFor(*m_run->lesson(), *experiment, parameters));
    // A comparison follows the new parameters, so both runs still start from the same weights.
    if (const QString compared = m_run->comparisonExperimentId(); !compared.isEmpty())
        compareWith(compared);
}

void MainWindow::record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec)
{
    statusBar()->showMessage(tr("Recording %1 epochs…").arg(spec.epochs));
    m_run->record(lesson, experimentId, spec);
}

bool MainWindow::openLessonAndStart(const QString &path)
{
    const QString id = openLesson(path);
    return !id.isEmpty() && startExperiment(id, QString());
}

void MainWindow::onRecorded()
{
    m_settings->setLastExperiment(m_run->lesson()->id, m_run->experimentId());
    const std::shared_ptr<const Trace> &trace = m_run->trace();
    statusBar()->showMessage(tr("Recorded %1 epochs (%2 steps).").arg(trace->epochCount()).arg(trace->stepCount()), 8000);
    if (m_run->isComparing())
        m_comparisonView->setRuns(trace, m_run->comparison(), experimentTitle(m_run->experimentId()),
                                  experimentTitle(m_run->comparisonExperimentId()));
    if (!m_browser->tree()->hasFocus() && !m_work->hasFocus() && QApplication::focusWidget() == nullptr)
        m_work->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showRun()
{
    const std::shared_ptr<const Trace> &trace = m_run->trace();
    // A run from a file is none of the listed experiments.
    if (!m_run->filePath().isEmpty())
        m_browser->clearSelection();
    const Experiment *experiment = m_run->experiment();
    m_arithmetic->setTrace(trace);
    m_diagram->setTrace(trace);
    m_inputPlane->setTrace(trace);
    m_charts->setTrace(trace);
    m_tableModel->setTrace(trace);
    m_code->setCode(experiment ? experiment->code : QList<CodeLine>{});
    m_parameters->setExperiment(experiment);
    if (trace && experiment)
        m_parameters->setValues(trace->spec().seed, trace->spec().alpha, trace->spec().epochs);
    m_controller.setTrace(trace);

    updateNarrative();
    updateTitle();
    updateWarning();
    updateActions();
    emit traceShown();
}

std::shared_ptr<const Trace> MainWindow::trace() const { return m_run->trace(); }
const std::optional<Lesson> &MainWindow::currentLesson() const { return m_run->lesson(); }
QString MainWindow::currentExperimentId() const { return m_run->experimentId(); }
QString MainWindow::currentFile() const { return m_run->filePath(); }
bool MainWindow::isBusy() const { return m_run->isBusy(); }

QString MainWindow::experimentTitle(const QString &experimentId) const
{
    if (const std::optional<Lesson> &lesson = m_run->lesson())
        if (const Experiment *e = lesson->experiment(experimentId))
            return UntrustedText::line(e->title.in(language()));
    return UntrustedText::line(experimentId);
}

void MainWindow::updateNarrative()
{
    if (!m_narrative)
        return;
    const QString lang = language();
    if (!m_run->lesson()) {
        if (m_run->trace())
            m_narrative->showMarkdown(tr("This trace file carries no lesson text. Its numbers replay all the same: "
                                         "step through them with the keys shown on the toolbar."),
                                      QString());
        else
            m_narrative->showMarkdown(QString(), QString());
        return;
    }
    // The lesson's title as a heading, unless its narrative opens with one of its own.
    const QString narrative = m_run->lesson()->narrative.in(lang);
    // Titles are plain text: written into the Markdown as the literal text they are.
    QString markdown = narrative.trimmed().startsWith(QLatin1String("# "))
                           ? narrative
                           : QStringLiteral("# ") + UntrustedText::markdownLine(m_run->lesson()->title.in(lang)) + QStringLiteral("\n\n") + narrative;
    if (const Experiment *e = m_run->experiment())
        markdown += QStringLiteral("\n\n---\n\n## ") + UntrustedText::markdownLine(e->title.in(lang)) + QStringLiteral("\n\n")
                    + e->narrative.in(lang);
    // Images load only from beside a lesson file on disk, never for a lesson from a trace file.
    const QString directory = m_run->lesson()->filePath.isEmpty() ? QString() : QFileInfo(m_run->lesson()->filePath).absolutePath();
    m_narrative->showMarkdown(markdown, directory);
}

void MainWindow::updateTitle()
{
    QString run;
    if (m_run->trace()) {
        const TraceSpec &spec = m_run->trace()->spec();
        // Titles and ids come from the lesson or trace file: plain, one line each, bounded.
        const QString what = m_run->lesson() ? QStringLiteral("%1 — %2").arg(UntrustedText::line(m_run->lesson()->title.in(language())),
                                                                      experimentTitle(m_run->experimentId()))
                                      : QStringLiteral("%1 / %2").arg(UntrustedText::line(spec.lessonId), UntrustedText::line(spec.experimentId));
        run = tr("%1 · seed %2 · alpha %3 · %4 epochs")
                  .arg(what)
                  .arg(spec.seed)
                  .arg(QString::number(spec.alpha, 'g', QLocale::FloatingPointShortest))
                  .arg(spec.epochs);
        if (!m_run->filePath().isEmpty())
            run += QStringLiteral(" · ") + UntrustedText::line(QFileInfo(m_run->filePath()).fileName());
    }
    m_runLabel->setText(run);
    m_runLabel->setVisible(!run.isEmpty());
    if (!m_run->filePath().isEmpty())
        setWindowTitle(tr("%1 — DeltaTrace").arg(windowTitleText(QFileInfo(m_run->filePath()).fileName())));
    else if (m_run->lesson())
        setWindowTitle(tr("%1 — DeltaTrace").arg(windowTitleText(m_run->lesson()->title.in(language()))));
    else
        setWindowTitle(QStringLiteral("DeltaTrace"));
}

void MainWindow::updateWarning()
{
    if (!m_run->trace()) {
        m_warningBar->hideMessage();
        return;
    }
    const std::shared_ptr<const Trace> trace = m_run->trace();
    const long long nonFinite = trace->firstNonFiniteStep();
    const long long saturated = trace->firstSaturatedStep();
    if (nonFinite >= 0) {
        const QString quantity = latin1(quantityName(trace->firstNonFiniteQuantity()));
        m_warningBar->showMessage(
            MessageBar::Kind::Warning,
            [nonFinite, quantity] {
                return tr("Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. "
                          "You can still step through every value; NaN and inf are marked in red.")
                    .arg(nonFinite / SampleCount)
                    .arg(nonFinite % SampleCount)
                    .arg(quantity);
            },
            [] { return tr("Go There"); });
    } else if (saturated >= 0) {
        m_warningBar->showMessage(
            MessageBar::Kind::Warning,
            [saturated] {
                return tr("The sigmoid saturated at epoch %1, sample %2: an output became exactly 0 or 1, so its slope "
                          "y(1 - y) is 0 and learning through it stopped. Alpha is probably too large.")
                    .arg(saturated / SampleCount)
                    .arg(saturated % SampleCount);
            },
            [] { return tr("Go There"); });
    } else {
        m_warningBar->hideMessage();
    }
}

void MainWindow::updateActions()
{
    const bool hasTrace = m_run->trace() != nullptr;
    m_saveAction->setEnabled(hasTrace);
    m_exportAction->setEnabled(hasTrace);
    m_runAction->setEnabled(m_run->experiment() != nullptr && !isBusy());
    m_compareAction->setEnabled(hasTrace && !comparableExperiments().isEmpty());
    m_stopCompareAction->setEnabled(isComparing() || m_run->isComparisonPending());
}

void MainWindow::goToFirstProblem()
{
    if (m_run->trace())
        if (const std::optional<TracePosition> problem = m_run->trace()->firstProblemPosition())
            m_controller.setPosition(*problem);
}

void MainWindow::onPositionChanged(TracePosition position)
{
    if (!m_run->trace())
        return;
    // Every view follows the one position. Each of these costs O(1) in the run's length.
    m_inputPlane->setPosition(position);
    m_diagram->setPosition(position);
    m_arithmetic->setPosition(position);
    const auto ops = operationsOf(m_run->trace()->rule());
    m_code->setCurrentQuantity(ops[static_cast<size_t>(std::clamp(position.operation, 0, static_cast<int>(ops.size()) - 1))]);
    m_charts->setCurrentEpoch(static_cast<int>(position.step / SampleCount));
    const QModelIndex row = m_tableModel->index(static_cast<int>(position.step), 0);
    if (row.isValid()) {
        m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(row, QAbstractItemView::EnsureVisible);
    }
    if (m_run->isComparing())
        m_comparisonView->setPosition(position);
}

// ---------------------------------------------------------------------------------------------
// Comparing

QStringList MainWindow::comparableExperiments() const
{
    const std::optional<Lesson> &lesson = m_run->lesson();
    return lesson ? LessonLibrary::comparableExperiments(*lesson, m_run->experimentId()) : QStringList();
}

bool MainWindow::compareWith(const QString &experimentId)
{
    const Lesson *lesson = m_run->latestLesson();
    if (!lesson) {
        m_lastError = tr("There is no lesson to compare in.");
        showError(m_lastError);
        return false;
    }
    const QString currentId = m_run->latestExperimentId();
    if (!LessonLibrary::comparableExperiments(*lesson, currentId).contains(experimentId)) {
        m_lastError = tr("The experiment \"%1\" cannot be compared with \"%2\": compare two different experiments of "
                         "the same lesson with the same network.")
                          .arg(experimentId, currentId);
        showError(m_lastError);
        return false;
    }
    // Same seed, alpha and epochs as the run shown (or being recorded): the same initial
    // weights, stepped in lockstep.
    const TraceSpec &base = m_run->latestSpec();
    const Experiment &other = *lesson->experiment(experimentId);
    m_run->compare(*lesson, other.id, LessonLibrary::specFor(*lesson, other, {base.seed, base.alpha, base.epochs}));
    updateActions();
    return true;
}

void MainWindow::onComparisonRecorded()
{
    const QString label = experimentTitle(m_run->comparisonExperimentId());
    m_charts->setComparison(m_run->comparison(), label);
    if (m_run->trace())
        m_comparisonView->setRuns(m_run->trace(), m_run->comparison(), experimentTitle(m_run->experimentId()), label);
    m_comparisonView->setPosition(m_controller.position());
    m_work->showComparison(tr("This run: %1").arg(experimentTitle(m_run->experimentId())));
    updateActions();
}

void MainWindow::stopComparing() { m_run->stopComparing(); }

void MainWindow::onComparisonStopped()
{
    m_charts->setComparison(nullptr);
    m_comparisonView->clear();
    m_work->hideComparison();
    updateActions();
}

bool MainWindow::isComparing() const { return m_run->isComparing(); }
std::shared_ptr<const Trace> MainWindow::comparisonTrace() const { return m_run->comparison(); }

void MainWindow::compareDialog()
{
    const QStringList ids = comparableExperiments();
    if (ids.isEmpty())
        return;
    QStringList titles;
    for (const QString &id : ids)
        titles << experimentTitle(id);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Compare with"),
                                                 tr("Run this experiment from the same initial weights (seed %1) beside the current one:")
                                                     .arg(m_run->trace() ? m_run->trace()->spec().seed : 0),
                                                 titles, 0, false, &ok);
    if (ok)
        compareWith(ids.value(titles.indexOf(chosen)));
}

// ---------------------------------------------------------------------------------------------
// Moving

QString MainWindow::goTo(int epoch, int sample, const QString &operation)
{
    using Problem = StepController::PlaceProblem;
    switch (m_controller.goToPlace(epoch, sample, operation)) {
    case Problem::None:
        return {};
    case Problem::NoRun:
        m_lastError = tr("There is no run to move in.");
        break;
    case Problem::EpochOutsideRun:
        m_lastError = tr("Epoch %1 is outside the run, which has epochs 0 to %2.").arg(epoch).arg(m_run->trace()->epochCount() - 1);
        break;
    case Problem::SampleOutsideRun:
        m_lastError = tr("Sample %1 does not exist; the samples are 0 to 3.").arg(sample);
        break;
    case Problem::UnknownOperation: {
        const auto ops = operationsOf(m_run->trace()->rule());
        QStringList names;
        for (Quantity q : ops)
            names << latin1(quantityName(q));
        m_lastError = tr("\"%1\" is not an operation of this run; its operations are %2 (or their index 0 to %3).")
                          .arg(operation, names.join(QStringLiteral(", ")))
                          .arg(ops.size() - 1);
        break;
    }
    }
    return m_lastError;
}

void MainWindow::showShortcuts()
{
    // Built from the actions themselves, so the list is never out of date.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QAction *a) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        if (keys.isEmpty())
            return;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")), QString(a->text()).remove(QLatin1Char('&')).toHtmlEscaped());
    };
    for (QAction *a : m_stepping->allActions())
        row(a);
    for (QAction *a : {m_presenterAction, m_leavePresenterAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction,
                       m_runAction, m_compareAction, m_openAction, m_saveAction, m_exportAction, m_shortcutsAction})
        row(a);
    html += QStringLiteral("</table>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(html);
    box.exec();
}

void MainWindow::showError(const QString &message)
{
    m_errorBar->showMessage(MessageBar::Kind::Error, [message] { return message; });
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    showError(message);
}

QString MainWindow::errorText() const { return m_errorBar->isHidden() ? QString() : m_errorBar->text(); }
QString MainWindow::warningText() const { return m_warningBar->isHidden() ? QString() : m_warningBar->text(); }

// ---------------------------------------------------------------------------------------------
// Presenting

void MainWindow::onPresenterModeChanged(bool active)
{
    // The docks come back with the window state PresenterMode restores; the work area keeps its
    // own sizes.
    if (active) {
        m_work->growArithmeticForPresenting();
        // After the hidden docks have left the layout (the next event loop turn), or the dock
        // area keeps its old width. The charts get a little narrower than usual.
        QTimer::singleShot(0, this, [this] {
            if (!isPresenterMode())
                return;
            if (m_chartsDock->isVisible() && !m_chartsDock->isFloating())
                resizeDocks({m_chartsDock}, {std::max(430, width() * 27 / 100)}, Qt::Horizontal);
            m_work->widenNetworkForPresenting();
        });
    } else {
        m_work->restoreSizesAfterPresenting();
    }
    m_presenterAction->setChecked(active);
    m_leavePresenterAction->setEnabled(active);
    m_work->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isPresenterMode() const { return m_presenter->isActive(); }
void MainWindow::setPresenterMode(bool on) { m_presenter->setActive(on); }
void MainWindow::setFullScreenAllowed(bool allowed) { m_presenter->setFullScreenAllowed(allowed); }

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange && m_table)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The stepping keys work from the first moment: the work area has the focus, not the list.
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_work->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_run->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace deltatrace
