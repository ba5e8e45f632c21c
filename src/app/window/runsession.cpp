// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsession.h"

#include "recordingjob.h"

namespace deltatrace {

RunSession::RunSession(QObject *parent) : QObject(parent)
{
    m_job = new RecordingJob(this);
    m_compareJob = new RecordingJob(this);
    connect(m_job, &RecordingJob::finished, this, &RunSession::onRecorded);
    connect(m_compareJob, &RecordingJob::finished, this, &RunSession::onComparisonRecorded);
    for (RecordingJob *job : {m_job, m_compareJob}) {
        connect(job, &RecordingJob::runningChanged, this, [this] { emit busyChanged(isBusy()); });
        connect(job, &RecordingJob::failed, this, [this](const QString &reason) {
            m_pending.reset();
            emit recordingFailed(reason);
        });
    }
    connect(m_job, &RecordingJob::progressChanged, this, &RunSession::progressChanged);
    connect(m_job, &RecordingJob::cancelled, this, [this] {
        m_pending.reset();
        emit recordingCancelled();
    });
    connect(m_compareJob, &RecordingJob::cancelled, this, [this] { m_pendingComparison.reset(); });
}

RunSession::~RunSession() = default;

const Experiment *RunSession::experiment() const { return m_lesson ? m_lesson->experiment(m_experimentId) : nullptr; }

bool RunSession::isBusy() const { return m_job->isRunning() || m_compareJob->isRunning(); }

void RunSession::record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec)
{
    m_pending = PendingRun{lesson, experimentId};
    m_job->start(spec);
}

void RunSession::onRecorded(std::shared_ptr<const Trace> trace)
{
    if (!m_pending || !trace)
        return;
    PendingRun pending = std::move(*m_pending);
    m_pending.reset();
    // A comparison belongs to its experiment; recording that experiment again keeps it.
    const bool sameExperiment = m_lesson && m_lesson->id == pending.lesson.id && m_experimentId == pending.experimentId;
    if (!sameExperiment && !m_pendingComparison)
        stopComparing();
    show(std::move(trace), std::move(pending.lesson), pending.experimentId, QString());
    emit recorded();
}

const Lesson *RunSession::latestLesson() const
{
    if (m_pending)
        return &m_pending->lesson;
    return m_lesson ? &*m_lesson : nullptr;
}

QString RunSession::latestExperimentId() const { return m_pending ? m_pending->experimentId : m_experimentId; }

const TraceSpec &RunSession::latestSpec() const { return m_pending ? m_job->spec() : m_trace->spec(); }

void RunSession::compare(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec)
{
    m_pendingComparison = PendingRun{lesson, experimentId};
    m_compareJob->start(spec);
}

void RunSession::onComparisonRecorded(std::shared_ptr<const Trace> trace)
{
    if (!m_pendingComparison || !trace)
        return;
    m_comparisonExperimentId = m_pendingComparison->experimentId;
    m_pendingComparison.reset();
    m_comparison = std::move(trace);
    emit comparisonRecorded();
}

void RunSession::stopComparing()
{
    m_compareJob->cancel();
    m_pendingComparison.reset();
    m_comparison.reset();
    m_comparisonExperimentId.clear();
    emit comparisonStopped();
}

void RunSession::showOpened(std::shared_ptr<const Trace> trace, std::optional<Lesson> lesson, const QString &filePath)
{
    if (m_job->isRunning()) {
        m_pending.reset();
        m_job->cancel();
    }
    stopComparing();
    const QString experimentId = trace->spec().experimentId;
    show(std::move(trace), std::move(lesson), experimentId, filePath);
}

void RunSession::show(std::shared_ptr<const Trace> trace, std::optional<Lesson> lesson, const QString &experimentId,
                      const QString &filePath)
{
    m_trace = std::move(trace);
    m_lesson = std::move(lesson);
    m_experimentId = experimentId;
    m_filePath = filePath;
    emit runChanged();
}

void RunSession::cancel()
{
    m_job->cancel();
    m_compareJob->cancel();
}

} // namespace deltatrace
