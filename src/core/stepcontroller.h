// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"
#include "traceposition.h"

#include <QObject>

#include <QString>

#include <memory>
#include <optional>

namespace deltatrace {

// Where the learner is in a run, and every way of moving: one operation, one sample or one
// epoch at a time, back and forth, to either end, or straight to a place. All views follow its
// positionChanged signal. A position is also a single linear index (step * operations + op),
// which is what the slider shows.
class StepController : public QObject
{
    Q_OBJECT
public:
    enum class Granularity { Operation, Sample, Epoch };
    Q_ENUM(Granularity)
    // Why goToPlace did not move: the caller words it for whoever asked.
    enum class PlaceProblem { None, NoRun, EpochOutsideRun, SampleOutsideRun, UnknownOperation };

    explicit StepController(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace); // moves to the first position
    const std::shared_ptr<const Trace> &trace() const { return m_trace; }

    TracePosition position() const { return m_position; }
    int operationsPerStep() const;
    long long positionCount() const;        // steps * operations per step; 0 without a trace
    long long linearIndex() const;
    bool atStart() const;
    // At the run's last position, or at the limit.
    bool atEnd() const;
    // The furthest position any move may reach (none: the run's end). Exercises set it to keep
    // the learner before a value still to be worked out; a position past a new limit moves back
    // to it.
    void setLimit(std::optional<TracePosition> limit);
    std::optional<TracePosition> limit() const { return m_limit; }

    // An operation of a step of `rule` as a person writes it: a quantity name ("delta"), an
    // index ("3"), or empty for the step's last operation (-1). None when it is neither.
    static std::optional<int> parseOperation(Rule rule, const QString &operation);
    // Moves to epoch:sample[:operation] as typed on the command line; the operation is read by
    // parseOperation. When the place is not in the run, nothing moves and the problem is returned.
    PlaceProblem goToPlace(int epoch, int sample, const QString &operation);

public slots:
    void setPosition(deltatrace::TracePosition position);   // clamped into the run
    void setLinearIndex(long long index);                    // clamped
    // Forward: an operation moves to the next one; a sample finishes the current sample, or if
    // it is finished, the next one; an epoch likewise finishes the current epoch or the next
    // (toEndOfEpoch). Playing moves this way, so it shows each sample or epoch finished.
    void forward(deltatrace::StepController::Granularity granularity);
    // Back: the mirror image; a sample or epoch goes to the end of the previous one.
    void back(deltatrace::StepController::Granularity granularity);
    // Page Down / Page Up: the same sample and operation `epochs` epochs later (earlier when
    // negative), to compare one place across epochs. Past the run's last epoch it goes to the
    // run's last position, before its first epoch to the first, so the key always ends there.
    void moveByEpochs(int epochs);
    // The last operation of the epoch's last sample (sample 3); when already there, of the next
    // epoch's, so holding the key walks from one epoch's end to the next.
    void toEndOfEpoch();
    // The first operation of the epoch's first sample (sample 0); when already there, of the
    // previous epoch's.
    void toStartOfEpoch();
    void first();
    void last();
    // The end of sample `sample` of epoch `epoch` (operation -1 means the step's last operation).
    void goTo(int epoch, int sample = 3, int operation = -1);

signals:
    void positionChanged(deltatrace::TracePosition position);
    // The limit moved: what atEnd() says may have changed without a move.
    void limitChanged();
    void traceChanged();

private:
    void moveTo(TracePosition position);

    long long lastIndex() const; // of the last position a move may reach

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    std::optional<TracePosition> m_limit;
};

} // namespace deltatrace
