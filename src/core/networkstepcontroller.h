// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networkposition.h"
#include "networktrace.h"

#include <QObject>
#include <QString>

#include <memory>

namespace deltatrace {

// Where the learner is in a general network's run, and every way of moving, with the same
// rules as StepController for lessons 1-3: one operation, one sample or one epoch at a time,
// back and forth, the same place in another epoch, to an epoch's ends or the run's, or
// straight to a place. The one difference: a batch's last sample has more operations (its
// update) than the others, so positions are counted through StepLayout rather than as a fixed
// number per step. Every general view follows positionChanged.
class NetworkStepController : public QObject
{
    Q_OBJECT

public:
    enum class Granularity { Operation, Sample, Epoch };
    Q_ENUM(Granularity)

    explicit NetworkStepController(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const NetworkTrace> trace); // moves to the first position
    const std::shared_ptr<const NetworkTrace> &trace() const { return m_trace; }
    NetworkPosition position() const { return m_position; }

    // The operations of sample step `step` (more at a batch's last sample).
    int operationsAt(long long step) const;
    long long positionCount() const; // every operation of the run; 0 without a trace
    long long linearIndex() const { return linearIndexOf(m_position); }
    long long linearIndexOf(NetworkPosition position) const;
    NetworkPosition positionAt(long long linearIndex) const; // clamped
    bool atStart() const { return linearIndex() == 0; }
    bool atEnd() const { return m_trace && linearIndex() == positionCount() - 1; }

    // An operation of `step` as a person writes it: a quantity name ("delta2"), an index ("3"),
    // or empty for the step's last operation. -2 when it is neither.
    int parseOperation(long long step, const QString &operation) const;
    // Moves to epoch:sample[:operation] as typed; false (and no move) when it is not in the run.
    bool goToPlace(int epoch, int sample, const QString &operation);

public slots:
    void setPosition(deltatrace::NetworkPosition position); // clamped into the run
    void setLinearIndex(long long index);                   // clamped
    // As StepController: a sample finishes the current sample or, when it is finished, the
    // next one; an epoch likewise (toEndOfEpoch). Back is the mirror image.
    void forward(deltatrace::NetworkStepController::Granularity granularity);
    void back(deltatrace::NetworkStepController::Granularity granularity);
    // The same sample and operation `epochs` epochs later (earlier when negative), clamped to the
    // run's ends.
    void moveByEpochs(int epochs);
    void toEndOfEpoch();
    void toStartOfEpoch();
    void first();
    void last();
    // The end (operation -1: the last) of sample `sample` of epoch `epoch`.
    void goTo(int epoch, int sample, int operation = -1);

signals:
    void positionChanged(deltatrace::NetworkPosition position);
    void traceChanged();

private:
    void moveTo(NetworkPosition position);
    int sampleCount() const { return m_trace->run().sampleCount(); }
    long long operationsPerEpoch() const;

    std::shared_ptr<const NetworkTrace> m_trace;
    NetworkPosition m_position;
};

} // namespace deltatrace
