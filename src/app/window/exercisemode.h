// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace deltatrace {

class ExercisePanel;
class RunSession;
class StepController;

// Exercise mode: the window asks the learner for the values the experiment's exercises name
// instead of showing them. While on, the panel sits above the work and holds the stepping at
// the open question; every new run of the experiment (another seed, say) starts the questions
// afresh, since its numbers are other ones.
class ExerciseMode : public QObject
{
    Q_OBJECT
public:
    ExerciseMode(RunSession *run, StepController *controller, ExercisePanel *panel, QObject *parent = nullptr);

    // Whether the run shown is of an experiment with exercises.
    bool isAvailable() const;
    bool isActive() const { return m_active; }
    void setActive(bool active);

signals:
    void availableChanged(bool available);
    void activeChanged(bool active);

private:
    void onRunChanged();

    RunSession *m_run;
    StepController *m_controller;
    ExercisePanel *m_panel;
    bool m_active = false;
};

} // namespace deltatrace
