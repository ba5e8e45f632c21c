#pragma once

#include "trace.h"
#include "traceposition.h"

#include <QObject>

#include <memory>

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

    explicit StepController(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace); // moves to the first position
    const std::shared_ptr<const Trace> &trace() const { return m_trace; }

    TracePosition position() const { return m_position; }
    int operationsPerStep() const;
    long long positionCount() const;        // steps * operations per step; 0 without a trace
    long long linearIndex() const;
    bool atStart() const;
    bool atEnd() const;

public slots:
    void setPosition(deltatrace::TracePosition position);   // clamped into the run
    void setLinearIndex(long long index);                    // clamped
    // Forward: an operation moves to the next one; a sample finishes the current sample, or if
    // it is finished, the next one; an epoch likewise finishes the current epoch or the next.
    void forward(deltatrace::StepController::Granularity granularity);
    // Back: the mirror image; a sample or epoch goes to the end of the previous one.
    void back(deltatrace::StepController::Granularity granularity);
    void first();
    void last();
    // The end of sample `sample` of epoch `epoch` (operation -1 means the step's last operation).
    void goTo(int epoch, int sample = 3, int operation = -1);

signals:
    void positionChanged(deltatrace::TracePosition position);
    void traceChanged();

private:
    void moveTo(TracePosition position);

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
};

} // namespace deltatrace
