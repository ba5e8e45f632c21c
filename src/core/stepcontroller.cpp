// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepcontroller.h"

#include <algorithm>

namespace deltatrace {

StepController::StepController(QObject *parent) : QObject(parent) {}

void StepController::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_position = {};
    m_limit.reset(); // a limit belongs to the run it was set for
    emit traceChanged();
    emit positionChanged(m_position);
}

int StepController::operationsPerStep() const
{
    return m_trace ? static_cast<int>(operationsOf(m_trace->rule()).size()) : 0;
}

long long StepController::positionCount() const
{
    return m_trace ? m_trace->stepCount() * operationsPerStep() : 0;
}

long long StepController::linearIndex() const
{
    return m_position.step * operationsPerStep() + m_position.operation;
}

bool StepController::atStart() const { return linearIndex() == 0; }
bool StepController::atEnd() const { return !m_trace || linearIndex() >= lastIndex(); }

long long StepController::lastIndex() const
{
    const long long end = positionCount() - 1;
    if (!m_limit)
        return end;
    return std::clamp(m_limit->step * operationsPerStep() + m_limit->operation, 0LL, end);
}

void StepController::setLimit(std::optional<TracePosition> limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    if (m_trace && linearIndex() > lastIndex())
        setLinearIndex(lastIndex());
    emit limitChanged();
}

void StepController::moveTo(TracePosition position)
{
    if (!m_trace)
        return;
    const int ops = operationsPerStep();
    position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
    position.operation = std::clamp(position.operation, 0, ops - 1);
    if (const long long last = lastIndex(); position.step * ops + position.operation > last)
        position = {last / ops, static_cast<int>(last % ops)};
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged(m_position);
}

void StepController::setPosition(TracePosition position) { moveTo(position); }

void StepController::setLinearIndex(long long index)
{
    const int ops = operationsPerStep();
    if (ops == 0)
        return;
    index = std::clamp(index, 0LL, positionCount() - 1);
    moveTo({index / ops, static_cast<int>(index % ops)});
}

void StepController::forward(Granularity granularity)
{
    if (!m_trace)
        return;
    const int lastOp = operationsPerStep() - 1;
    TracePosition p = m_position;
    switch (granularity) {
    case Granularity::Operation:
        setLinearIndex(linearIndex() + 1);
        return;
    case Granularity::Sample:
        if (p.operation < lastOp)
            p.operation = lastOp;
        else
            p = {p.step + 1, lastOp};
        break;
    case Granularity::Epoch:
        toEndOfEpoch();
        return;
    }
    moveTo(p);
}

void StepController::moveByEpochs(int epochs)
{
    if (!m_trace)
        return;
    const long long epoch = m_position.step / SampleCount + epochs;
    if (epoch < 0)
        first();
    else if (epoch >= m_trace->epochCount())
        last();
    else
        moveTo({epoch * SampleCount + m_position.step % SampleCount, m_position.operation});
}

void StepController::toEndOfEpoch()
{
    if (!m_trace)
        return;
    const int lastOp = operationsPerStep() - 1;
    const long long endOfEpoch = (m_position.step / SampleCount) * SampleCount + SampleCount - 1;
    if (m_position.step < endOfEpoch || m_position.operation < lastOp)
        moveTo({endOfEpoch, lastOp});
    else
        moveTo({endOfEpoch + SampleCount, lastOp});
}

void StepController::toStartOfEpoch()
{
    if (!m_trace)
        return;
    const long long startOfEpoch = (m_position.step / SampleCount) * SampleCount;
    if (m_position.step > startOfEpoch || m_position.operation > 0)
        moveTo({startOfEpoch, 0});
    else
        moveTo({startOfEpoch - SampleCount, 0}); // clamped at the run's start
}

void StepController::back(Granularity granularity)
{
    if (!m_trace)
        return;
    const int lastOp = operationsPerStep() - 1;
    TracePosition p = m_position;
    switch (granularity) {
    case Granularity::Operation:
        setLinearIndex(linearIndex() - 1);
        return;
    case Granularity::Sample:
        if (p.step == 0)
            p.operation = 0;
        else
            p = {p.step - 1, lastOp};
        break;
    case Granularity::Epoch: {
        const long long startOfEpoch = (p.step / SampleCount) * SampleCount;
        if (startOfEpoch == 0)
            p = {0, 0};
        else
            p = {startOfEpoch - 1, lastOp};
        break;
    }
    }
    moveTo(p);
}

void StepController::first() { moveTo({0, 0}); }

void StepController::last()
{
    if (m_trace)
        moveTo({m_trace->stepCount() - 1, operationsPerStep() - 1});
}

void StepController::goTo(int epoch, int sample, int operation)
{
    if (!m_trace)
        return;
    const int ops = operationsPerStep();
    moveTo({static_cast<long long>(epoch) * SampleCount + sample, operation < 0 ? ops - 1 : operation});
}

std::optional<int> StepController::parseOperation(Rule rule, const QString &operation)
{
    if (operation.isEmpty())
        return -1;
    const auto ops = operationsOf(rule);
    int index = -1;
    bool isIndex = false;
    const int number = operation.toInt(&isIndex);
    if (isIndex)
        index = number;
    else if (const auto quantity = quantityFromName(operation.toStdString()))
        index = operationIndex(rule, *quantity);
    if (index < 0 || index >= static_cast<int>(ops.size()))
        return std::nullopt;
    return index;
}

StepController::PlaceProblem StepController::goToPlace(int epoch, int sample, const QString &operation)
{
    if (!m_trace)
        return PlaceProblem::NoRun;
    if (epoch < 0 || epoch >= m_trace->epochCount())
        return PlaceProblem::EpochOutsideRun;
    if (sample < 0 || sample >= SampleCount)
        return PlaceProblem::SampleOutsideRun;
    const std::optional<int> index = parseOperation(m_trace->rule(), operation);
    if (!index)
        return PlaceProblem::UnknownOperation;
    goTo(epoch, sample, *index);
    return PlaceProblem::None;
}

} // namespace deltatrace
