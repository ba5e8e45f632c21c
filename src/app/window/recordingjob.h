// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networktrace.h"
#include "trace.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace deltatrace {

// Records a run with Trainer::record (or a general network's with NetworkTrainer::record) on a worker thread, so the window never freezes, and hands
// the finished, immutable trace back on the GUI thread. Progress is not signalled from the
// worker (a long run would flood the event queue): the worker only stores two counters, and a
// GUI-side timer reads them a few times a second. Starting a new recording cancels the one in
// flight; its result, if it still arrives, is dropped.
class RecordingJob : public QObject
{
    Q_OBJECT
public:
    explicit RecordingJob(QObject *parent = nullptr);
    ~RecordingJob() override; // cancels and waits: the worker must not outlive the job

    bool isRunning() const { return m_running; }
    const TraceSpec &spec() const { return m_spec; }

    // Progress of the current recording, 0..1.
    double progress() const;

public slots:
    void start(const deltatrace::TraceSpec &spec);
    void start(const deltatrace::NetworkRun &run);
    // Reads a general network's trace file (NetworkTraceFile), which recomputes its run: as long
    // as recording it, so it runs here too, with progress and cancel. A refusal is `failed`.
    void openGeneral(const QString &path);
    void cancel();

signals:
    void started();
    void progressChanged(long long epochsDone, long long epochsTotal);
    void finished(std::shared_ptr<const deltatrace::Trace> trace);
    void networkFinished(std::shared_ptr<const deltatrace::NetworkTrace> trace);
    void cancelled();
    // The recording could not be done (so far only: not enough memory); `reason` is plain words.
    void failed(const QString &reason);
    void runningChanged(bool running);

private:
    struct Outcome
    {
        std::shared_ptr<const Trace> trace;           // a run of lessons 1-3
        std::shared_ptr<const NetworkTrace> network;  // or a general network's
        bool outOfMemory = false;
        QString error; // a trace file's refusal, in plain words
    };
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<long long> done{0};
        std::atomic<long long> total{1};
    };

    // Runs `record(shared)` on a worker thread for a run of `epochs` epochs.
    void startWork(int epochs, std::function<Outcome(Shared &)> record);
    void onFinished();
    void reportProgress();

    int m_epochs = 0;
    TraceSpec m_spec;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    QTimer m_progressTimer;
    bool m_running = false;
};

} // namespace deltatrace
