// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "networkposition.h"
#include "tourpagekeys.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace deltatrace {

class NetworkStepController;
class NetworkTrace;
class TourNote;

// An instructor's tour of a general run (lesson format 2, the experiment's "tour"): its stops at
// their places in the run shown, the stop shown now, and the keys that walk it, as lessons 1-3's
// TourMode walks theirs: Ctrl+Page Down and Ctrl+Page Up, and while presenting the clicker's
// Page Down and Page Up, which then leave moving an epoch to the keyboard's other keys. A tour is
// on from its first stop, or from presenting a run that has one, until End Tour. A stop whose
// place a shorter run has not got is passed over, and the note says so.
class GeneralTour : public QObject
{
    Q_OBJECT
public:
    // `note` shows the stop (the window places it); `nextEpoch` and `previousEpoch` give up their
    // Page keys while a tour is presented; `showView` brings a stop's view forward
    // (Tour::viewNames()); `language` gives the language of the notes.
    GeneralTour(QWidget *window, NetworkStepController *controller, TourNote *note, QAction *nextEpoch, QAction *previousEpoch,
                std::function<void(const QString &)> showView, std::function<QString()> language);

    // A new run or lesson: the stops of `stops` at their places in the controller's run. The
    // tour goes off unless presenting.
    void setStops(const QList<NetworkTourStop> &stops);
    const QList<NetworkTourStop> &stops() const { return m_stops; }
    // Where stop `index` is in the run shown; none when the run has not got it.
    std::optional<NetworkPosition> positionOf(int index) const;

    bool isOn() const { return m_on; }
    int currentStop() const { return m_current; } // -1 before the first
    bool goToStop(int index);
    void setPresenting(bool presenting);

    QList<QAction *> actions() const;
    void retranslate();

public slots:
    void start();
    void next();
    void previous();
    void end();

private:
    void step(int direction);
    void showNote(const QString &skipped);
    void updateKeys();
    void updateActions();
    QString placeText(const NetworkPosition &position) const;

    NetworkStepController *m_controller;
    TourNote *m_note;
    std::function<void(const QString &)> m_showView;
    std::function<QString()> m_language;

    QList<NetworkTourStop> m_stops;
    int m_current = -1;
    bool m_on = false;
    bool m_presenting = false;
    std::optional<TourPageKeys> m_pageKeys; // made with the tour's actions
    NetworkPosition m_stopPosition;

    QAction *m_startAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_endAction;
};

} // namespace deltatrace
