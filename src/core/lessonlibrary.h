// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonloader.h"
#include "networkrun.h"
#include "trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace deltatrace {

// The lessons the app knows: found in the lesson folder, plus any lesson file opened on its own.
// Lesson ids are unique in it: a file with a listed lesson's id replaces that lesson, so an
// author can edit a lesson and open it again. It also turns an experiment into the TraceSpec
// that records it.
class LessonLibrary
{
    Q_DECLARE_TR_FUNCTIONS(LessonLibrary)
public:
    // Parameters that replace an experiment's own for one run.
    struct Overrides
    {
        std::optional<std::uint32_t> seed;
        std::optional<double> alpha;
        std::optional<int> epochs;
    };

    // Where the lessons are: beside the executable's source tree, the installed share folder, the
    // user's data folders, or the source tree the app was built from, in that order.
    static QStringList directoryCandidates();
    // The first candidate that holds lesson files, or "" when none does.
    static QString findDirectory();

    // Adds every lesson file of a folder. Returns how many loaded; each file that could not be
    // loaded adds one message naming it to `problems` and is left out.
    int loadDirectory(const QString &directory, QStringList *problems);
    // Adds one lesson file. Returns its lesson's id, or "" with `error` set to what is wrong.
    QString open(const QString &path, QString *error);

    // Adds a lesson already loaded (an edited one, LessonWriter), replacing a listed lesson with
    // the same id.
    void add(const Lesson &lesson);

    const QList<Lesson> &lessons() const { return m_lessons; }

    const Lesson *lesson(const QString &id) const;

    // What records `experiment` of `lesson`, with the overrides in place of its own parameters.
    // A forward pass is one epoch by definition, whatever `overrides.epochs` says.
    static TraceSpec specFor(const Lesson &lesson, const Experiment &experiment, const Overrides &overrides = {});
    // The same for a format-2 experiment (experiment.network set): its general network's run.
    static NetworkRun networkRunFor(const Lesson &lesson, const Experiment &experiment, const Overrides &overrides = {});
    // The other experiments of `lesson` that can run beside `experimentId` from the same initial
    // weights: those with the same network. Empty when the lesson has no such experiment.
    static QStringList comparableExperiments(const Lesson &lesson, const QString &experimentId);

private:
    // Reads a lesson file; running out of memory for one file is that file's error, not a crash.
    static LessonLoader::Result load(const QString &path);

    QList<Lesson> m_lessons;
};

} // namespace deltatrace
