// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonlibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <new>

#ifndef DELTATRACE_LESSONS_DIR
#define DELTATRACE_LESSONS_DIR ""
#endif

namespace deltatrace {

QStringList LessonLibrary::directoryCandidates()
{
    const QString exe = QCoreApplication::applicationDirPath();
    QStringList candidates = {
        exe + QStringLiteral("/../../lessons"),               // build/src/app -> the source tree
        exe + QStringLiteral("/../share/deltatrace/lessons"), // installed under a prefix
        exe + QStringLiteral("/lessons"),
    };
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << data + QStringLiteral("/deltatrace/lessons");
    const QString builtIn = QStringLiteral(DELTATRACE_LESSONS_DIR);
    if (!builtIn.isEmpty())
        candidates << builtIn;
    for (QString &c : candidates)
        c = QDir::cleanPath(c);
    candidates.removeDuplicates();
    return candidates;
}

QString LessonLibrary::findDirectory()
{
    for (const QString &candidate : directoryCandidates())
        if (QFileInfo(candidate).isDir() && !LessonLoader::lessonFilesIn(candidate).isEmpty())
            return candidate;
    return {};
}

LessonLoader::Result LessonLibrary::load(const QString &path)
{
    LessonLoader::Result result;
    try {
        result = LessonLoader::loadFile(path);
    } catch (const std::bad_alloc &) {
        // The last line of defence: the app stays up and says which file it was.
        result.error = tr("%1: there is not enough memory to read it").arg(path);
    }
    return result;
}

int LessonLibrary::loadDirectory(const QString &directory, QStringList *problems)
{
    int loaded = 0;
    for (const QString &file : LessonLoader::lessonFilesIn(directory)) {
        const LessonLoader::Result result = load(file);
        if (!result.ok()) {
            if (problems)
                *problems << result.error;
            continue;
        }
        add(*result.lesson);
        ++loaded;
    }
    return loaded;
}

QString LessonLibrary::open(const QString &path, QString *error)
{
    const LessonLoader::Result result = load(path);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return {};
    }
    add(*result.lesson);
    return result.lesson->id;
}

void LessonLibrary::add(const Lesson &lesson)
{
    auto same = std::find_if(m_lessons.begin(), m_lessons.end(), [&](const Lesson &l) { return l.id == lesson.id; });
    if (same != m_lessons.end())
        *same = lesson;
    else
        m_lessons.append(lesson);
}

const Lesson *LessonLibrary::lesson(const QString &id) const
{
    auto found = std::find_if(m_lessons.cbegin(), m_lessons.cend(), [&](const Lesson &l) { return l.id == id; });
    return found == m_lessons.cend() ? nullptr : &*found;
}

NetworkRun LessonLibrary::networkRunFor(const Lesson &lesson, const Experiment &experiment, const Overrides &overrides)
{
    NetworkRun run;
    run.lessonId = lesson.id;
    run.experimentId = experiment.id;
    run.lessonSource = lesson.source;
    if (experiment.network)
        run.architecture = experiment.network->architecture;
    run.data = lesson.data;
    run.seed = overrides.seed.value_or(experiment.seed);
    run.alpha = overrides.alpha.value_or(experiment.alpha);
    run.epochs = overrides.epochs.value_or(experiment.epochs);
    return run;
}

TraceSpec LessonLibrary::specFor(const Lesson &lesson, const Experiment &experiment, const Overrides &overrides)
{
    TraceSpec spec;
    spec.lessonId = lesson.id;
    spec.experimentId = experiment.id;
    spec.lessonSource = lesson.source;
    spec.rule = experiment.rule;
    spec.seed = overrides.seed.value_or(experiment.seed);
    spec.alpha = overrides.alpha.value_or(experiment.alpha);
    spec.epochs = experiment.rule == Rule::Forward ? 1 : overrides.epochs.value_or(experiment.epochs);
    spec.X = lesson.X;
    spec.D = lesson.D;
    return spec;
}

QStringList LessonLibrary::comparableExperiments(const Lesson &lesson, const QString &experimentId)
{
    QStringList ids;
    const Experiment *current = lesson.experiment(experimentId);
    if (!current)
        return ids;
    // The same network means the same seed draws the same initial weights.
    for (const Experiment &e : lesson.experiments)
        if (e.id != current->id && isTwoLayer(e.rule) == isTwoLayer(current->rule))
            ids << e.id;
    return ids;
}

} // namespace deltatrace
