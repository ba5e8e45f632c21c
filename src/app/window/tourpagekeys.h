// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

class QAction;

namespace deltatrace {

// The Page keys of a presented tour. A presentation clicker sends Page Down and Page Up: while a
// tour is presented they walk its stops instead of moving an epoch, and the epoch actions get
// them back afterwards. Ctrl+Page Down and Ctrl+Page Up walk the stops at all times. Shared by
// lessons 1-3's TourMode and the general window's GeneralTour.
class TourPageKeys
{
public:
    // Gives the stop actions their usual keys; the epoch actions keep theirs for now.
    TourPageKeys(QAction *nextStop, QAction *previousStop, QAction *nextEpoch, QAction *previousEpoch);

    bool taken() const { return m_taken; }
    // Hands Page Down and Page Up to the tour (true) or back to the epochs (false).
    void setTaken(bool taken);

private:
    QAction *m_nextStop;
    QAction *m_previousStop;
    QAction *m_nextEpoch;
    QAction *m_previousEpoch;
    QList<QKeySequence> m_nextEpochKeys;
    QList<QKeySequence> m_previousEpochKeys;
    bool m_taken = false;
};

} // namespace deltatrace
