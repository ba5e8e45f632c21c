// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisemode.h"

#include "exercisepanel.h"
#include "runsession.h"
#include "stepcontroller.h"
#include "studentseed.h"

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

void ExerciseMode::setStudent(const QString &name)
{
    m_student = name;
}

void ExerciseMode::startWithNextRun(const QString &student)
{
    m_student = student;
    m_startWithNextRun = true;
}

std::optional<ExerciseRecord> ExerciseMode::record() const
{
    if (!m_active || !m_panel->session())
        return std::nullopt;
    const std::uint32_t seed = m_panel->session()->trace()->spec().seed;
    const QString student = !m_student.isEmpty() && StudentSeed::forName(m_student) == seed ? m_student : QString();
    return ExerciseRecord::of(*m_panel->session(), student);
}

bool ExerciseMode::restore(const ExerciseRecord &record, QString *problem)
{
    if (!isAvailable()) {
        if (problem)
            *problem = tr("the lesson inside the trace has no exercises for this run");
        return false;
    }
    ExerciseRecord::Restored restored = record.restore(m_run->trace(), m_run->experiment()->exercises);
    if (!restored.session) {
        if (problem)
            *problem = restored.problem.message();
        return false;
    }
    m_student = record.student;
    const bool wasActive = m_active;
    m_active = true;
    m_panel->setVisible(true);
    m_panel->resume(std::move(restored.session), record.lastMsecs());
    if (!wasActive)
        emit activeChanged(true);
    return true;
}

void ExerciseMode::onRunChanged()
{
    // A name goes only with its own seed.
    if (!m_student.isEmpty() && m_run->trace() && StudentSeed::forName(m_student) != m_run->trace()->spec().seed)
        m_student.clear();
    if (m_startWithNextRun && m_run->trace()) {
        m_startWithNextRun = false;
        setActive(true);
    }
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
