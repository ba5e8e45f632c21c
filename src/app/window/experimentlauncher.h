// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonlibrary.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace deltatrace {

class RunDisplay;
class RunSession;
class Settings;

// Decides what the RunSession records: the lessons of the list (loaded from a folder or a file),
// an experiment of one of them with its defaults or overrides, the current experiment again with
// the parameters panel's values, and another experiment to compare with. Ids and parameters are
// checked here, so a wrong one gives a message in plain words instead of a run.
class ExperimentLauncher : public QObject
{
    Q_OBJECT
public:
    ExperimentLauncher(RunSession *run, RunDisplay *display, Settings *settings, QObject *parent = nullptr);

    const QList<Lesson> &lessons() const { return m_library.lessons(); }

    // Loads every lesson of a folder into the list; files that fail are named in the error bar.
    int loadLessonDirectory(const QString &directory);
    // Loads one lesson file (replacing a listed lesson with the same id). Returns its id, or an
    // empty string with `error` set.
    QString openLesson(const QString &path, QString *error = nullptr);
    bool openLessonAndStart(const QString &path);

    // Records an experiment of a listed lesson (the first one for an empty id).
    bool startExperiment(const QString &lessonId, const QString &experimentId, const LessonLibrary::Overrides &overrides = {});
    // Lesson 1, or the experiment worked on last time.
    void startDefault();
    // Records again with the parameters panel's values.
    void runWithParameters();
    // Lists a lesson with the learner's own data (LessonWriter) and records its experiment
    // with the parameters panel's values.
    bool runEditedLesson(const Lesson &lesson, const QString &experimentId);

    // Records another experiment of the current lesson from the same initial weights.
    bool compareWith(const QString &experimentId);
    // Experiments of the current lesson that can be compared with the current one (same network).
    QStringList comparableExperiments() const;

signals:
    // `message` is in plain words; nothing was started.
    void failed(const QString &message);
    void recordingStarted(const deltatrace::TraceSpec &spec);
    void comparisonStarted();
    // A format-2 (general network) experiment was asked for: the main window shows it in its
    // own window (GeneralRunWindow).
    void generalRequested(const deltatrace::Lesson &lesson, const QString &experimentId,
                          const deltatrace::LessonLibrary::Overrides &overrides);

private:
    void record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec);

    RunSession *m_run;
    RunDisplay *m_display;
    Settings *m_settings;
    LessonLibrary m_library;
};

} // namespace deltatrace
