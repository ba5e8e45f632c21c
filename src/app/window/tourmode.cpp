// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourmode.h"

#include "bookmarkdialog.h"
#include "presentermode.h"
#include "runsession.h"
#include "stepcontroller.h"
#include "tournote.h"
#include "tourstopsdialog.h"
#include "trace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QtConcurrent>

namespace deltatrace {

namespace {
// Finding the events reads every epoch's summary at most once: on the development machine 1 ms
// for 200 000 epochs, 9 ms for a million and 50 ms for ten million (a run that never gets every
// output to its side, so the whole run is read). Long runs are searched off the GUI thread.
constexpr int BackgroundEpochs = 200000;

QString operationName(Rule rule, int operation)
{
    const auto ops = operationsOf(rule);
    if (operation < 0 || operation >= static_cast<int>(ops.size()))
        return {};
    const std::string_view name = quantityName(ops[static_cast<size_t>(operation)]);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}
} // namespace

TourMode::TourMode(QMainWindow *window, RunSession *run, StepController *controller, PresenterMode *presenter, QAction *nextEpoch,
                   QAction *previousEpoch, std::function<void(const QString &)> showView, std::function<QString()> language)
    : QObject(window), m_window(window), m_run(run), m_controller(controller), m_presenter(presenter), m_showView(std::move(showView)), m_language(std::move(language)),
      m_dock(new QDockWidget(window)), m_note(new TourNote(m_dock))
{
    m_dock->setObjectName(QStringLiteral("tourDock"));
    m_dock->setWidget(m_note);
    // A caption under the work, the width of the window; no title bar to take its room.
    m_dock->setTitleBarWidget(new QWidget(m_dock));
    m_dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    auto make = [this](QAction *&member, const char *name, QList<QKeySequence> keys) {
        member = new QAction(this);
        member->setObjectName(QString::fromLatin1(name));
        member->setShortcuts(keys);
        member->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(member);
    };
    make(m_nextAction, "nextTourStopAction", {}); // its keys: TourPageKeys
    make(m_previousAction, "previousTourStopAction", {});
    make(m_startAction, "startTourAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    make(m_endAction, "endTourAction", {});
    make(m_bookmarkAction, "addBookmarkAction", {QKeySequence(Qt::CTRL | Qt::Key_B)});
    make(m_stopsAction, "tourStopsAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    make(m_openAction, "openTourAction", {});
    make(m_saveAction, "saveTourAction", {});
    m_pageKeys.emplace(m_nextAction, m_previousAction, nextEpoch, previousEpoch);

    connect(m_nextAction, &QAction::triggered, this, &TourMode::next);
    connect(m_previousAction, &QAction::triggered, this, &TourMode::previous);
    connect(m_startAction, &QAction::triggered, this, &TourMode::start);
    connect(m_endAction, &QAction::triggered, this, &TourMode::end);
    connect(m_bookmarkAction, &QAction::triggered, this, &TourMode::addBookmarkDialog);
    connect(m_stopsAction, &QAction::triggered, this, &TourMode::stopsDialog);
    connect(m_openAction, &QAction::triggered, this, &TourMode::openDialog);
    connect(m_saveAction, &QAction::triggered, this, &TourMode::saveDialog);
    connect(m_run, &RunSession::runChanged, this, &TourMode::onRunChanged);
    connect(m_presenter, &PresenterMode::activeChanged, this, &TourMode::onPresentingChanged);
    connect(m_controller, &StepController::positionChanged, this, [this](TracePosition position) {
        if (m_on && m_current >= 0)
            m_note->setMovedAway(position != m_stopPosition);
    });
    connect(&m_watcher, &QFutureWatcher<TraceEvents>::finished, this, [this] {
        // A later run may have replaced the one these events are of; its own search follows.
        if (m_run->trace() == m_trace)
            onEventsFound(m_trace, m_watcher.result());
    });
    retranslate();
    updateActions();
}

TourMode::~TourMode() { m_watcher.waitForFinished(); }

QList<QAction *> TourMode::actions() const
{
    return {m_startAction, m_nextAction, m_previousAction, m_endAction, m_bookmarkAction, m_stopsAction, m_openAction, m_saveAction};
}

void TourMode::retranslate()
{
    m_startAction->setText(tr("&Start Tour"));
    m_nextAction->setText(tr("&Next Tour Stop"));
    m_previousAction->setText(tr("&Previous Tour Stop"));
    m_endAction->setText(tr("&End Tour"));
    m_bookmarkAction->setText(tr("Add &Bookmark…"));
    m_stopsAction->setText(tr("Tour S&tops…"));
    m_openAction->setText(tr("&Open Tour…"));
    m_saveAction->setText(tr("Sa&ve Tour…"));
    m_nextAction->setToolTip(tr("The tour's next stop (Page Down in presenter mode)"));
    m_previousAction->setToolTip(tr("The tour's previous stop (Page Up in presenter mode)"));
    if (m_on)
        showNote(QString());
}

void TourMode::setTour(const Tour &tour)
{
    m_tour = tour;
    m_current = -1;
    m_on = false;
    m_resolved = m_trace ? m_tour.resolve(*m_trace, m_events) : QList<ResolvedStop>{};
    m_dock->hide();
    updateKeys();
    updateActions();
    emit changed();
}

void TourMode::onRunChanged()
{
    const std::shared_ptr<const Trace> trace = m_run->trace();
    const Experiment *experiment = m_run->experiment();
    const QString lessonId = m_run->lesson() ? m_run->lesson()->id : QString();
    // Another experiment brings its own tour (from its lesson, or none); another run of the same
    // experiment (another seed) keeps the tour and its stop, now at this run's places.
    if (lessonId != m_tour.lessonId || m_run->experimentId() != m_tour.experimentId || m_tour.isEmpty()) {
        Tour tour;
        if (experiment && experiment->tour)
            tour = *experiment->tour;
        tour.lessonId = lessonId;
        tour.experimentId = m_run->experimentId();
        m_tour = tour;
        m_current = -1;
        m_on = m_on && !m_tour.isEmpty();
        if (!m_on)
            m_dock->hide();
    }
    m_trace = trace;
    m_events = TraceEvents();
    m_resolved.clear();
    if (!trace) {
        updateActions();
        return;
    }
    if (trace->epochCount() >= BackgroundEpochs) {
        m_watcher.setFuture(QtConcurrent::run([trace] { return TraceEvents::find(*trace); }));
    } else {
        onEventsFound(trace, TraceEvents::find(*trace));
    }
}

void TourMode::onEventsFound(std::shared_ptr<const Trace> trace, const TraceEvents &events)
{
    m_events = events;
    m_resolved = m_tour.resolve(*trace, m_events);
    if (m_presenter->isActive() && !m_tour.isEmpty())
        m_on = true;
    updateKeys();
    updateActions();
    if (!m_on)
        return;
    // The stop shown stays the stop shown, at its place in this run.
    if (m_current >= 0 && m_current < m_resolved.size() && m_resolved[m_current].position)
        goToStop(m_current);
    else
        showNote(QString());
    emit changed();
}

void TourMode::onPresentingChanged(bool presenting)
{
    // Presenting a run with a tour: Page Down starts it.
    if (presenting && !m_tour.isEmpty())
        m_on = true;
    updateKeys();
    // Leaving restores the docks as they were before presenting; the tour's note stays.
    if (m_on)
        showNote(QString());
    updateActions();
}

void TourMode::updateKeys() { m_pageKeys->setTaken(m_on && m_presenter->isActive()); }

void TourMode::updateActions()
{
    const bool hasStops = !m_tour.isEmpty() && m_trace;
    m_startAction->setEnabled(hasStops);
    m_nextAction->setEnabled(hasStops);
    m_previousAction->setEnabled(hasStops);
    m_endAction->setEnabled(m_on);
    m_bookmarkAction->setEnabled(m_trace != nullptr);
    m_stopsAction->setEnabled(!m_tour.isEmpty());
    m_saveAction->setEnabled(!m_tour.isEmpty());
}

void TourMode::start()
{
    if (m_tour.isEmpty() || !m_trace)
        return;
    m_on = true;
    m_current = -1;
    updateKeys();
    step(1);
}

void TourMode::end()
{
    m_on = false;
    m_current = -1;
    m_dock->hide();
    updateKeys();
    updateActions();
    emit changed();
}

void TourMode::next()
{
    if (!m_on) {
        start();
        return;
    }
    step(1);
}

void TourMode::previous()
{
    if (!m_on) {
        start();
        return;
    }
    step(-1);
}

void TourMode::step(int direction)
{
    if (m_resolved.isEmpty())
        return;
    QStringList skipped;
    for (int i = m_current + direction; i >= 0 && i < m_resolved.size(); i += direction) {
        if (m_resolved[i].position) {
            goToStop(i);
            if (!skipped.isEmpty())
                showNote(skipped.join(QLatin1Char(' ')));
            return;
        }
        skipped << skipText(m_resolved[i]);
    }
    // No stop further this way: back to the tour's own stop, wherever the stepping keys went.
    if (m_current >= 0 && m_resolved[m_current].position)
        goToStop(m_current);
    else
        showNote(skipped.join(QLatin1Char(' ')));
}

bool TourMode::goToStop(int index)
{
    if (index < 0 || index >= m_resolved.size() || !m_resolved[index].position)
        return false;
    m_on = true;
    m_current = index;
    m_stopPosition = *m_resolved[index].position;
    updateKeys();
    m_controller->setPosition(m_stopPosition);
    if (!m_resolved[index].stop.view.isEmpty() && m_showView)
        m_showView(m_resolved[index].stop.view);
    showNote(QString());
    updateActions();
    emit changed();
    return true;
}

void TourMode::showNote(const QString &skipped)
{
    if (m_current < 0 || m_current >= m_resolved.size()) {
        // Before the first stop the work keeps the whole window (a small projector has no room
        // to spare); Page Down brings the first note.
        m_note->showStart(int(m_tour.stops.size()));
        if (skipped.isEmpty()) {
            m_dock->hide();
            return;
        }
        m_note->showStop(0, int(m_tour.stops.size()), QString(), tr("No stop of this tour is in this run."), skipped);
    } else {
        const ResolvedStop &stop = m_resolved[m_current];
        m_note->showStop(m_current + 1, int(m_resolved.size()), placeText(stop), stop.stop.noteIn(m_language()), skipped);
        m_note->setMovedAway(m_controller->position() != m_stopPosition);
    }
    m_dock->show();
}

QString TourMode::placeText(const ResolvedStop &stop) const
{
    if (!stop.position || !m_trace)
        return {};
    const long long step = stop.position->step;
    const QString place = tr("epoch %1, sample %2, %3")
                              .arg(step / SampleCount)
                              .arg(step % SampleCount)
                              .arg(operationName(m_trace->rule(), stop.position->operation));
    if (!stop.stop.event)
        return place;
    QString event;
    switch (*stop.stop.event) {
    case TraceEvents::Event::FirstSaturation: event = tr("the first saturated sigmoid"); break;
    case TraceEvents::Event::AllRightSide: event = tr("every output first on its target's side"); break;
    case TraceEvents::Event::StallStart: event = tr("the start of the stall"); break;
    case TraceEvents::Event::FirstNonFinite: event = tr("the first value that is not finite"); break;
    }
    return tr("%1 (%2)").arg(event, place);
}

QString TourMode::skipText(const ResolvedStop &stop) const
{
    QString why = tr("its place is not in this run");
    if (stop.skip == ResolvedStop::Skip::EventDidNotHappen && stop.stop.event) {
        switch (*stop.stop.event) {
        case TraceEvents::Event::FirstSaturation: why = tr("no sigmoid saturates in this run"); break;
        case TraceEvents::Event::AllRightSide: why = tr("the outputs are never all on their target's side of 0.5 in this run"); break;
        case TraceEvents::Event::StallStart: why = tr("this run does not stall"); break;
        case TraceEvents::Event::FirstNonFinite: why = tr("every value of this run is finite"); break;
        }
    }
    return tr("Stop %1 skipped: %2.").arg(stop.index + 1).arg(why);
}

void TourMode::addBookmark(const LocalizedText &note, const QString &view)
{
    if (!m_trace)
        return;
    const TracePosition p = m_controller->position();
    TourStop stop;
    stop.epoch = static_cast<int>(p.step / SampleCount);
    stop.sample = static_cast<int>(p.step % SampleCount);
    const auto ops = operationsOf(m_trace->rule());
    if (p.operation >= 0 && p.operation < static_cast<int>(ops.size()))
        stop.operation = ops[static_cast<size_t>(p.operation)];
    stop.note = note;
    stop.view = view;
    const int at = m_current >= 0 ? m_current + 1 : int(m_tour.stops.size());
    m_tour.stops.insert(at, stop);
    m_resolved = m_tour.resolve(*m_trace, m_events);
    if (m_on && m_current >= 0) {
        m_current = at;
        m_stopPosition = p;
        showNote(QString());
    }
    updateActions();
    emit changed();
}

void TourMode::moveStop(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= m_tour.stops.size() || to < 0 || to >= m_tour.stops.size())
        return;
    m_tour.stops.move(index, to);
    if (m_current == index)
        m_current = to;
    else if (m_current == to)
        m_current = index;
    if (m_trace)
        m_resolved = m_tour.resolve(*m_trace, m_events);
    if (m_on)
        showNote(QString());
    emit changed();
}

void TourMode::removeStop(int index)
{
    if (index < 0 || index >= m_tour.stops.size())
        return;
    m_tour.stops.removeAt(index);
    if (m_current == index)
        m_current = -1;
    else if (m_current > index)
        --m_current;
    if (m_trace)
        m_resolved = m_tour.resolve(*m_trace, m_events);
    if (m_tour.isEmpty())
        end();
    else if (m_on)
        showNote(QString());
    updateActions();
    emit changed();
}

QString TourMode::openFile(const QString &path)
{
    const Tour::FileResult result = Tour::loadFile(path);
    if (!result.ok())
        return result.error;
    setTour(*result.tour);
    return {};
}

QString TourMode::saveFile(const QString &path)
{
    const QString problem = m_tour.save(path);
    return problem.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, problem);
}

void TourMode::addBookmarkDialog()
{
    if (!m_trace)
        return;
    BookmarkDialog dialog(Tour::viewNames(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addBookmark(dialog.note(), dialog.view());
}

void TourMode::stopsDialog()
{
    TourStopsDialog dialog(this, m_window);
    dialog.exec();
}

void TourMode::openDialog()
{
    const QString start = m_run->lesson() ? QFileInfo(m_run->lesson()->filePath).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Tour"), start, tr("DeltaTrace tours (*.dtour.json)"));
    if (path.isEmpty())
        return;
    if (const QString problem = openFile(path); !problem.isEmpty())
        emit failed(problem);
}

void TourMode::saveDialog()
{
    const QString lessonDir = m_run->lesson() ? QFileInfo(m_run->lesson()->filePath).absolutePath() : QString();
    const QString name = QStringLiteral("%1.%2%3").arg(m_tour.lessonId, m_tour.experimentId, QLatin1String(Tour::FileSuffix));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Tour"), lessonDir.isEmpty() ? name : lessonDir + QLatin1Char('/') + name,
                                                tr("DeltaTrace tours (*.dtour.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(Tour::FileSuffix)))
        path += QLatin1String(Tour::FileSuffix);
    if (const QString problem = saveFile(path); !problem.isEmpty())
        emit failed(problem);
}

} // namespace deltatrace
