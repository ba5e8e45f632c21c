// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingjob.h"

#include "networktracefile.h"
#include "networktrainer.h"
#include "trainer.h"

#include <QtConcurrent/QtConcurrentRun>

#include <new>

namespace deltatrace {

RecordingJob::RecordingJob(QObject *parent) : QObject(parent)
{
    m_progressTimer.setInterval(80);
    connect(&m_progressTimer, &QTimer::timeout, this, &RecordingJob::reportProgress);
}

RecordingJob::~RecordingJob()
{
    if (m_shared)
        m_shared->cancel = true;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

double RecordingJob::progress() const
{
    if (!m_shared)
        return 0.0;
    const long long total = m_shared->total.load();
    return total > 0 ? static_cast<double>(m_shared->done.load()) / static_cast<double>(total) : 0.0;
}

void RecordingJob::start(const TraceSpec &spec)
{
    m_spec = spec;
    startWork(spec.epochs, [spec](Shared &shared) -> Outcome {
        Trainer::Options options;
        options.progress = [&shared](long long done, long long total) {
            shared.done = done;
            shared.total = total;
            return !shared.cancel.load();
        };
        std::optional<Trace> trace = Trainer::record(spec, options);
        if (!trace || shared.cancel.load())
            return {};
        return {std::make_shared<const Trace>(std::move(*trace)), nullptr, false, {}};
    });
}

void RecordingJob::start(const NetworkRun &run)
{
    m_spec = TraceSpec();
    startWork(run.epochs, [run](Shared &shared) -> Outcome {
        NetworkTrainer::Options options;
        options.progress = [&shared](long long done, long long total) {
            shared.done = done;
            shared.total = total;
            return !shared.cancel.load();
        };
        std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
        if (!trace || shared.cancel.load())
            return {};
        return {nullptr, std::make_shared<const NetworkTrace>(std::move(*trace)), false, {}};
    });
}

void RecordingJob::openGeneral(const QString &path)
{
    m_spec = TraceSpec();
    startWork(1, [path](Shared &shared) -> Outcome {
        NetworkTraceFile::ReadResult read = NetworkTraceFile::read(path, [&shared](long long done, long long total) {
            shared.done = done;
            shared.total = total;
            return !shared.cancel.load();
        });
        if (shared.cancel.load())
            return {};
        if (!read.ok())
            return {nullptr, nullptr, false, read.error};
        return {nullptr, std::make_shared<const NetworkTrace>(std::move(*read.trace)), false, {}};
    });
}

void RecordingJob::startWork(int epochs, std::function<Outcome(Shared &)> record)
{
    if (m_watcher) {
        // The previous worker keeps running until it sees the flag; its watcher is detached so
        // its result never reaches the window, and it deletes itself when the worker is done.
        m_shared->cancel = true;
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_epochs = epochs;
    auto shared = std::make_shared<Shared>();
    shared->total = epochs;
    m_shared = shared;
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RecordingJob::onFinished);
    // The worker gets its own copy of the run and shares only the counters: nothing it touches
    // is touched by the GUI thread at the same time.
    m_watcher->setFuture(QtConcurrent::run([record = std::move(record), shared]() -> Outcome {
        // An exception must not escape a worker thread; the only one expected is a failed
        // allocation for a very long run.
        try {
            return record(*shared);
        } catch (const std::bad_alloc &) {
            return {nullptr, nullptr, true, {}};
        }
    }));
    const bool wasRunning = m_running;
    m_running = true;
    m_progressTimer.start();
    emit started();
    emit progressChanged(0, epochs);
    if (!wasRunning)
        emit runningChanged(true);
}

void RecordingJob::cancel()
{
    if (!m_running || !m_shared)
        return;
    m_shared->cancel = true;
    // The worker notices at its next progress call; onFinished reports the cancellation.
}

void RecordingJob::reportProgress()
{
    if (m_shared)
        emit progressChanged(m_shared->done.load(), m_shared->total.load());
}

void RecordingJob::onFinished()
{
    auto *watcher = m_watcher;
    m_watcher = nullptr;
    m_progressTimer.stop();
    m_running = false;
    const Outcome outcome = watcher ? watcher->result() : Outcome{};
    if (watcher)
        watcher->deleteLater();
    emit runningChanged(false);
    std::shared_ptr<const Trace> trace = outcome.trace;
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
    } else if (outcome.outOfMemory) {
        emit failed(tr("There is not enough memory to record %1 epochs. Try fewer epochs.").arg(m_epochs));
    } else if (trace) {
        emit progressChanged(trace->epochCount(), trace->epochCount());
        emit finished(std::move(trace));
    } else if (outcome.network) {
        emit progressChanged(outcome.network->epochCount(), outcome.network->epochCount());
        emit networkFinished(outcome.network);
    } else {
        emit cancelled();
    }
}

} // namespace deltatrace
