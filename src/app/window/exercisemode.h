// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exerciserecord.h"

#include <QObject>
#include <QString>

#include <optional>

namespace deltatrace {

class ExercisePanel;
class RunSession;
class StepController;

// Exercise mode: the window asks the learner for the values the experiment's exercises name
// instead of showing them. While on, the panel sits above the work and holds the stepping at
// the open question; every new run of the experiment (another seed, say) starts the questions
// afresh, since its numbers are other ones.
//
// The learner's attempts are saved with the trace (record()) and come back with it (restore()).
// A student's name goes with them when the run's seed is that name's (StudentSeed); a run of
// another seed drops the name, since a file with a name that does not give its seed is refused.
class ExerciseMode : public QObject
{
    Q_OBJECT
public:
    ExerciseMode(RunSession *run, StepController *controller, ExercisePanel *panel, QObject *parent = nullptr);

    // Whether the run shown is of an experiment with exercises.
    bool isAvailable() const;
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // The student working, "" for none.
    QString student() const { return m_student; }
    void setStudent(const QString &name);
    // Turns exercise mode on with the next run (the student's, being recorded).
    void startWithNextRun(const QString &student);

    // What Save Trace keeps: the attempts so far, while exercise mode is on.
    std::optional<ExerciseRecord> record() const;
    // Exercise mode on the run just opened, with the attempts and score of the saved session;
    // false (and a message) when the record does not fit the run shown.
    bool restore(const ExerciseRecord &record, QString *problem = nullptr);

signals:
    void availableChanged(bool available);
    void activeChanged(bool active);

private:
    void onRunChanged();

    RunSession *m_run;
    StepController *m_controller;
    ExercisePanel *m_panel;
    bool m_active = false;
    bool m_startWithNextRun = false;
    QString m_student;
};

} // namespace deltatrace
