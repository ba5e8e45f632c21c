// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "trace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace deltatrace {

class RecordingJob;

// The runs the window shows: the current run (recorded, or read from a trace file) with its
// lesson and experiment, the recording that will replace it, and lesson 3's second run recorded
// beside it. Recordings run on worker threads; a new run replaces the shown one only once it has
// arrived whole, so there is always a complete run to step through.
class RunSession : public QObject
{
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    // The run shown, and where it came from: its lesson (from the list or the trace file, none
    // for a trace file without one), its experiment and the trace file ("" when recorded).
    const std::shared_ptr<const Trace> &trace() const { return m_trace; }
    const std::optional<Lesson> &lesson() const { return m_lesson; }
    QString experimentId() const { return m_experimentId; }
    QString filePath() const { return m_filePath; }
    const Experiment *experiment() const;

    // The run shown beside it, while comparing.
    const std::shared_ptr<const Trace> &comparison() const { return m_comparison; }
    QString comparisonExperimentId() const { return m_comparisonExperimentId; }
    bool isComparing() const { return m_comparison != nullptr; }
    bool isComparisonPending() const { return m_pendingComparison.has_value(); }

    bool isBusy() const;

    // Records an experiment; the run is shown when it arrives (runChanged, then recorded). A
    // recording still in flight is dropped.
    void record(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec);
    // The run a comparison starts from: the one being recorded, or else the one shown. No lesson
    // when there is neither; latestSpec() only while there is one.
    const Lesson *latestLesson() const;
    QString latestExperimentId() const;
    const TraceSpec &latestSpec() const;
    // Records another experiment to show beside the run (comparisonRecorded when it arrives).
    void compare(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec);
    void stopComparing();
    // Shows a run read from a trace file: it replaces any recording in flight and the comparison.
    void showOpened(std::shared_ptr<const Trace> trace, std::optional<Lesson> lesson, const QString &filePath);
    // Stops both recordings; the runs shown stay.
    void cancel();

signals:
    // A new run is the one shown (recorded or opened).
    void runChanged();
    // After runChanged, when the new run was recorded rather than opened.
    void recorded();
    void comparisonRecorded();
    void comparisonStopped();
    void busyChanged(bool busy);
    void progressChanged(long long epochsDone, long long epochsTotal);
    void recordingCancelled();
    // `reason` is in plain words.
    void recordingFailed(const QString &reason);

private:
    struct PendingRun
    {
        Lesson lesson;
        QString experimentId;
    };

    void onRecorded(std::shared_ptr<const Trace> trace);
    void onComparisonRecorded(std::shared_ptr<const Trace> trace);
    void show(std::shared_ptr<const Trace> trace, std::optional<Lesson> lesson, const QString &experimentId,
              const QString &filePath);

    RecordingJob *m_job = nullptr;
    RecordingJob *m_compareJob = nullptr;

    std::shared_ptr<const Trace> m_trace;
    std::optional<Lesson> m_lesson;
    QString m_experimentId;
    QString m_filePath;
    std::optional<PendingRun> m_pending;
    std::optional<PendingRun> m_pendingComparison;
    std::shared_ptr<const Trace> m_comparison;
    QString m_comparisonExperimentId;
};

} // namespace deltatrace
