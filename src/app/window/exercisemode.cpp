// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisemode.h"

#include "exercisepanel.h"
#include "runsession.h"
#include "stepcontroller.h"

namespace deltatrace {

ExerciseMode::ExerciseMode(RunSession *run, StepController *controller, ExercisePanel *panel, QObject *parent)
    : QObject(parent), m_run(run), m_controller(controller), m_panel(panel)
{
    connect(m_panel, &ExercisePanel::limitChanged, m_controller, [this](std::optional<TracePosition> limit) { m_controller->setLimit(limit); });
    connect(m_panel, &ExercisePanel::showPlace, m_controller, &StepController::setPosition);
    // After the controller has taken the new run (it starts at the run's beginning).
    connect(m_run, &RunSession::runChanged, this, &ExerciseMode::onRunChanged, Qt::QueuedConnection);
}

bool ExerciseMode::isAvailable() const
{
    const Experiment *experiment = m_run->experiment();
    // A run read from a trace file has its lesson too; a comparison keeps the first run's.
    return m_run->trace() && experiment && !experiment->exercises.isEmpty();
}

void ExerciseMode::setActive(bool active)
{
    active = active && isAvailable();
    if (active == m_active)
        return;
    m_active = active;
    m_panel->setVisible(active);
    if (active)
        m_panel->start(m_run->trace(), m_run->experiment()->exercises);
    else
        m_panel->stop();
    emit activeChanged(active);
}

void ExerciseMode::onRunChanged()
{
    emit availableChanged(isAvailable());
    if (!m_active)
        return;
    if (!isAvailable()) {
        setActive(false);
        return;
    }
    // Queued: the run may have been started on already (setActive right after it arrived).
    if (m_panel->session() && m_panel->session()->trace() == m_run->trace())
        return;
    // The controller dropped the old run's limit with the old run.
    m_panel->start(m_run->trace(), m_run->experiment()->exercises);
}

} // namespace deltatrace
