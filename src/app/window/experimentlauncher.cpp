// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentlauncher.h"

#include "inputlimits.h"
#include "lessonbrowser.h"
#include "messagebar.h"
#include "parameterspanel.h"
#include "rundisplay.h"
#include "runsession.h"
#include "settings.h"

namespace deltatrace {

namespace {

// How many of a folder's failed lesson files the message names, so that a folder of thousands
// of broken files still gives a message that fits in the window.
constexpr qsizetype MaxProblemsListed = 8;

} // namespace

ExperimentLauncher::ExperimentLauncher(RunSession *run, RunDisplay *display, Settings *settings, QObject *parent)
    : QObject(parent), m_run(run), m_display(display), m_settings(settings)
{
}

// ---------------------------------------------------------------------------------------------
// The list of lessons

int ExperimentLauncher::loadLessonDirectory(const QString &directory)
{
    QStringList problems;
    const int loaded = m_library.loadDirectory(directory, &problems);
    m_display->lessonBrowser()->setLessons(m_library.lessons());
    if (directory.isEmpty() || (loaded == 0 && problems.isEmpty())) {
        const QString where = directory.isEmpty() ? LessonLibrary::directoryCandidates().join(QStringLiteral(", ")) : directory;
        const QString message = tr("No lessons were found (looked in %1). You can still open a trace file or a lesson file.").arg(where);
        m_display->errorBar()->showMessage(MessageBar::Kind::Error, [message] { return message; });
    } else if (!problems.isEmpty()) {
        const qsizetype count = problems.size();
        QStringList listed = problems.mid(0, MaxProblemsListed);
        if (count > MaxProblemsListed)
            listed << tr("… and %n more.", nullptr, static_cast<int>(count - MaxProblemsListed));
        const QString list = listed.join(QLatin1Char('\n'));
        m_display->errorBar()->showMessage(MessageBar::Kind::Error, [list, count] {
            return tr("%n lesson file(s) could not be loaded and are left out:", nullptr, static_cast<int>(count))
                   + QLatin1Char('\n') + list;
        });
    }
    return loaded;
}

QString ExperimentLauncher::openLesson(const QString &path, QString *error)
{
    QString problem;
    const QString id = m_library.open(path, &problem);
    if (id.isEmpty()) {
        const QString message = tr("Could not open the lesson file: %1").arg(problem);
        emit failed(message);
        if (error)
            *error = message;
        return {};
    }
    m_display->lessonBrowser()->setLessons(m_library.lessons());
    return id;
}

bool ExperimentLauncher::openLessonAndStart(const QString &path)
{
    const QString id = openLesson(path);
    return !id.isEmpty() && startExperiment(id, QString());
}

// ---------------------------------------------------------------------------------------------
// Recording

bool ExperimentLauncher::startExperiment(const QString &lessonId, const QString &experimentId,
                                         const LessonLibrary::Overrides &overrides)
{
    const Lesson *lesson = m_library.lesson(lessonId);
    if (!lesson) {
        emit failed(tr("There is no lesson %1.").arg(InputLimits::quoted(lessonId)));
        return false;
    }
    const Experiment *experiment = experimentId.isEmpty() && !lesson->experiments.isEmpty()
                                       ? &lesson->experiments.first()
                                       : lesson->experiment(experimentId);
    if (!experiment) {
        QStringList ids;
        for (const Experiment &e : lesson->experiments)
            ids << e.id;
        emit failed(tr("The lesson %1 has no experiment %2; its experiments are: %3.")
                        .arg(InputLimits::quoted(lessonId), InputLimits::quoted(experimentId), ids.join(QStringLiteral(", "))));
        return false;
    }
    if (experiment->network) {
        m_display->lessonBrowser()->selectExperiment(lesson->id, experiment->id);
        m_settings->setLastExperiment(lesson->id, experiment->id);
        emit generalRequested(*lesson, experiment->id, overrides);
        return true;
    }
    // A forward pass is one epoch by definition: another count is refused, as the command line does.
    if (overrides.epochs && experiment->rule == Rule::Forward && *overrides.epochs != 1) {
        emit failed(tr("The experiment %1 is a forward pass only: --epochs must be 1, not %2.")
                        .arg(InputLimits::quoted(experiment->id))
                        .arg(*overrides.epochs));
        return false;
    }
    m_display->lessonBrowser()->selectExperiment(lesson->id, experiment->id);
    m_display->errorBar()->hideMessage();
    record(*lesson, experiment->id, LessonLibrary::specFor(*lesson, *experiment, overrides));
    return true;
}

void ExperimentLauncher::startDefault()
{
    const QList<Lesson> &lessons = m_library.lessons();
    if (lessons.isEmpty())
        return;
    const QString lessonId = m_settings->lastLesson();
    const QString experimentId = m_settings->lastExperiment();
    if (const Lesson *lesson = m_library.lesson(lessonId); lesson && lesson->experiment(experimentId)) {
        startExperiment(lessonId, experimentId);
        return;
    }
    startExperiment(lessons.first().id, QString());
}

void ExperimentLauncher::runWithParameters()
{
    const ParametersPanel *panel = m_display->parametersPanel();
    if (!m_run->lesson() || !panel->isValid())
        return;
    const Experiment *experiment = m_run->lesson()->experiment(m_run->experimentId());
    if (!experiment)
        return;
    const LessonLibrary::Overrides parameters{panel->seed(), *panel->alpha(), panel->epochs()};
    record(*m_run->lesson(), m_run->experimentId(), LessonLibrary::specFor(*m_run->lesson(), *experiment, parameters));
    // A comparison follows the new parameters, so both runs still start from the same weights.
    if (const QString compared = m_run->comparisonExperimentId(); !compared.isEmpty())
        compareWith(compared);
}

bool ExperimentLauncher::runEditedLesson(const Lesson &lesson, const QString &experimentId)
{
    // Listed like any lesson, so the browser shows it (its title says the data are edited) and
    // Run Again and Compare find it.
    m_library.add(lesson);
    m_display->lessonBrowser()->setLessons(m_library.lessons());
    LessonLibrary::Overrides parameters;
    if (const ParametersPanel *panel = m_display->parametersPanel(); panel->isValid())
        parameters = {panel->seed(), *panel->alpha(), panel->epochs()};
    return startExperiment(lesson.id, experimentId, parameters);
}

void ExperimentLauncher::record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec)
{
    emit recordingStarted(spec);
    m_run->record(lesson, experimentId, spec);
}

// ---------------------------------------------------------------------------------------------
// Comparing

QStringList ExperimentLauncher::comparableExperiments() const
{
    const std::optional<Lesson> &lesson = m_run->lesson();
    return lesson ? LessonLibrary::comparableExperiments(*lesson, m_run->experimentId()) : QStringList();
}

bool ExperimentLauncher::compareWith(const QString &experimentId)
{
    const Lesson *lesson = m_run->latestLesson();
    if (!lesson) {
        emit failed(tr("There is no lesson to compare in."));
        return false;
    }
    const QString currentId = m_run->latestExperimentId();
    if (!LessonLibrary::comparableExperiments(*lesson, currentId).contains(experimentId)) {
        emit failed(tr("The experiment \"%1\" cannot be compared with \"%2\": compare two different experiments of "
                       "the same lesson with the same network.")
                        .arg(experimentId, currentId));
        return false;
    }
    // Same seed, alpha and epochs as the run shown (or being recorded): the same initial
    // weights, stepped in lockstep.
    const TraceSpec &base = m_run->latestSpec();
    const Experiment &other = *lesson->experiment(experimentId);
    m_run->compare(*lesson, other.id, LessonLibrary::specFor(*lesson, other, {base.seed, base.alpha, base.epochs}));
    emit comparisonStarted();
    return true;
}

} // namespace deltatrace
