// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourpagekeys.h"

#include <QAction>

namespace deltatrace {

TourPageKeys::TourPageKeys(QAction *nextStop, QAction *previousStop, QAction *nextEpoch, QAction *previousEpoch)
    : m_nextStop(nextStop)
    , m_previousStop(previousStop)
    , m_nextEpoch(nextEpoch)
    , m_previousEpoch(previousEpoch)
    , m_nextEpochKeys(nextEpoch->shortcuts())
    , m_previousEpochKeys(previousEpoch->shortcuts())
{
    m_nextStop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousStop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
}

void TourPageKeys::setTaken(bool taken)
{
    if (taken == m_taken)
        return;
    m_taken = taken;
    if (taken) {
        m_nextEpoch->setShortcuts({});
        m_previousEpoch->setShortcuts({});
        m_nextStop->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
        m_previousStop->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    } else {
        m_nextStop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
        m_previousStop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
        m_nextEpoch->setShortcuts(m_nextEpochKeys);
        m_previousEpoch->setShortcuts(m_previousEpochKeys);
    }
}

} // namespace deltatrace
