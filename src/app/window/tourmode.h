// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tour.h"
#include "tourpagekeys.h"
#include "traceevents.h"
#include "traceposition.h"

#include <QFutureWatcher>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace deltatrace {

class PresenterMode;
class RunSession;
class StepController;
class TourNote;
class Trace;
class ViewDocks;

// An instructor's tour of the run shown: its stops, the one shown now, and the keys that walk
// it. The tour of the run's experiment comes from its lesson file, or from a tour file opened
// or written here (Add Bookmark at the position shown, Tour Stops to reorder, delete and jump).
//
// A tour is on from its first stop (Next Stop) or from presenting a run that has one, until End
// Tour: no other key leaves it. While presenting a tour, Page Down and Page Up (what a clicker
// sends) go to the next and previous stop instead of moving an epoch; the other stepping keys
// still move within the run, and Page Down goes on from the tour's stop. Leaving presenter mode
// (Esc) keeps the tour and its stop, so presenting again continues where it was.
//
// The events a tour names (TraceEvents) are found once per run, never per step: in the
// background for long runs, so a tour's event stops wait for them.
class TourMode : public QObject
{
    Q_OBJECT
public:
    // `showView` brings a stop's view forward ("network", "charts", ...; Tour::viewNames()).
    // `language` gives the language notes are shown in. The nextEpoch and previousEpoch actions
    // give up Page Down and Page Up while a tour is presented.
    TourMode(QMainWindow *window, RunSession *run, StepController *controller, PresenterMode *presenter, QAction *nextEpoch,
             QAction *previousEpoch, std::function<void(const QString &)> showView, std::function<QString()> language);
    ~TourMode() override;

    const Tour &tour() const { return m_tour; }
    // Replaces the tour (its stop is reset; the tour is off until started).
    void setTour(const Tour &tour);
    // The stops applied to the run shown (empty until its events are found).
    const QList<ResolvedStop> &resolvedStops() const { return m_resolved; }
    bool isOn() const { return m_on; }
    // The index in tour().stops of the stop shown, or -1 before the first.
    int currentStop() const { return m_current; }
    // Shows stop `index` (its place, its view and its note); false when the run has not got it.
    bool goToStop(int index);

    // Adds a stop at the position shown, after the current stop (or at the end).
    void addBookmark(const LocalizedText &note, const QString &view);
    // The tour's editing, as the Tour Stops dialog does it.
    void moveStop(int index, int delta);
    void removeStop(int index);

    // Reads a tour file; returns "" or the message (FILE:LINE:COLUMN: ...).
    QString openFile(const QString &path);
    // Writes the tour to a tour file atomically; returns "" or what went wrong.
    QString saveFile(const QString &path);

    TourNote *note() const { return m_note; }
    QDockWidget *dock() const { return m_dock; }
    QList<QAction *> actions() const;
    void retranslate();

public slots:
    void next();
    void previous();
    void start();
    void end();

signals:
    void failed(const QString &message);
    void changed();

private:
    void onRunChanged();
    void onEventsFound(std::shared_ptr<const Trace> trace, const TraceEvents &events);
    void onPresentingChanged(bool presenting);
    void updateKeys();
    void updateActions();
    void showNote(const QString &skipped);
    QString placeText(const ResolvedStop &stop) const;
    QString skipText(const ResolvedStop &stop) const;
    void addBookmarkDialog();
    void stopsDialog();
    void openDialog();
    void saveDialog();
    // Walks from the current stop by `direction` to the next stop the run has.
    void step(int direction);

    QMainWindow *m_window;
    RunSession *m_run;
    StepController *m_controller;
    PresenterMode *m_presenter;
    std::function<void(const QString &)> m_showView;
    std::function<QString()> m_language;

    Tour m_tour;
    QList<ResolvedStop> m_resolved;
    std::shared_ptr<const Trace> m_trace; // whose events m_resolved was made with
    TraceEvents m_events;
    QFutureWatcher<TraceEvents> m_watcher;
    int m_current = -1;
    bool m_on = false;
    std::optional<TourPageKeys> m_pageKeys; // made with the tour's actions
    TracePosition m_stopPosition;

    QDockWidget *m_dock;
    TourNote *m_note;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_startAction;
    QAction *m_endAction;
    QAction *m_bookmarkAction;
    QAction *m_stopsAction;
    QAction *m_openAction;
    QAction *m_saveAction;
};

} // namespace deltatrace
