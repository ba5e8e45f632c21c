// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkstepcontroller.h"

#include <algorithm>

namespace deltatrace {

NetworkStepController::NetworkStepController(QObject *parent) : QObject(parent) {}

void NetworkStepController::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_trace = std::move(trace);
    m_position = {};
    emit traceChanged();
    emit positionChanged(m_position);
}

int NetworkStepController::operationsAt(long long step) const
{
    if (!m_trace)
        return 0;
    const int N = sampleCount();
    const int B = m_trace->architecture().batch;
    const int k = static_cast<int>(step % N);
    const bool update = k == std::min(N, (k / B + 1) * B) - 1;
    return static_cast<int>(m_trace->layout().operations(update).size());
}

long long NetworkStepController::operationsPerEpoch() const
{
    const long long sampleOps = static_cast<long long>(m_trace->layout().operations(false).size());
    const long long updateOps = static_cast<long long>(m_trace->layout().operations(true).size());
    return sampleCount() * sampleOps + m_trace->run().batchesPerEpoch() * (updateOps - sampleOps);
}

long long NetworkStepController::positionCount() const
{
    return m_trace ? operationsPerEpoch() * m_trace->epochCount() : 0;
}

long long NetworkStepController::linearIndexOf(NetworkPosition position) const
{
    if (!m_trace)
        return 0;
    const int N = sampleCount();
    const int B = m_trace->architecture().batch;
    const long long sampleOps = static_cast<long long>(m_trace->layout().operations(false).size());
    const long long updateOps = static_cast<long long>(m_trace->layout().operations(true).size());
    const long long epoch = position.step / N;
    const int k = static_cast<int>(position.step % N);
    // Before sample k of its epoch: k samples' operations and the updates of the batches done.
    return epoch * operationsPerEpoch() + k * sampleOps + (k / B) * (updateOps - sampleOps) + position.operation;
}

NetworkPosition NetworkStepController::positionAt(long long index) const
{
    if (!m_trace)
        return {};
    index = std::clamp(index, 0LL, positionCount() - 1);
    const int N = sampleCount();
    const int B = m_trace->architecture().batch;
    const long long sampleOps = static_cast<long long>(m_trace->layout().operations(false).size());
    const long long updateOps = static_cast<long long>(m_trace->layout().operations(true).size());
    const long long perEpoch = operationsPerEpoch();
    const long long epoch = index / perEpoch;
    long long rest = index % perEpoch;
    // Whole batches first (B samples, one of them with the update's operations); the last
    // batch of an epoch may be shorter, but nothing follows it.
    const long long perBatch = B * sampleOps + (updateOps - sampleOps);
    const int batch = static_cast<int>(std::min<long long>(rest / perBatch, m_trace->run().batchesPerEpoch() - 1));
    rest -= batch * perBatch;
    const int batchSize = std::min(N, (batch + 1) * B) - batch * B;
    const int inBatch = static_cast<int>(std::min<long long>(rest / sampleOps, batchSize - 1));
    rest -= inBatch * sampleOps;
    return {epoch * N + batch * B + inBatch, static_cast<int>(rest)};
}

void NetworkStepController::moveTo(NetworkPosition position)
{
    if (!m_trace)
        return;
    position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
    const int ops = operationsAt(position.step);
    position.operation = std::clamp(position.operation < 0 ? ops - 1 : position.operation, 0, ops - 1);
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged(m_position);
}

void NetworkStepController::setPosition(NetworkPosition position) { moveTo(position); }

void NetworkStepController::setLinearIndex(long long index) { moveTo(positionAt(index)); }

void NetworkStepController::forward(Granularity granularity)
{
    if (!m_trace)
        return;
    NetworkPosition p = m_position;
    switch (granularity) {
    case Granularity::Operation:
        setLinearIndex(linearIndex() + 1);
        return;
    case Granularity::Sample:
        if (p.operation < operationsAt(p.step) - 1)
            p.operation = -1;
        else
            p = {p.step + 1, -1};
        break;
    case Granularity::Epoch:
        toEndOfEpoch();
        return;
    }
    moveTo(p);
}

void NetworkStepController::back(Granularity granularity)
{
    if (!m_trace)
        return;
    NetworkPosition p = m_position;
    switch (granularity) {
    case Granularity::Operation:
        setLinearIndex(linearIndex() - 1);
        return;
    case Granularity::Sample:
        p = p.step == 0 ? NetworkPosition{0, 0} : NetworkPosition{p.step - 1, -1};
        break;
    case Granularity::Epoch: {
        const long long startOfEpoch = (p.step / sampleCount()) * sampleCount();
        p = startOfEpoch == 0 ? NetworkPosition{0, 0} : NetworkPosition{startOfEpoch - 1, -1};
        break;
    }
    }
    moveTo(p);
}

void NetworkStepController::moveByEpochs(int epochs)
{
    if (!m_trace)
        return;
    const long long epoch = m_position.step / sampleCount() + epochs;
    if (epoch < 0)
        first();
    else if (epoch >= m_trace->epochCount())
        last();
    else
        moveTo({epoch * sampleCount() + m_position.step % sampleCount(), m_position.operation});
}

void NetworkStepController::toEndOfEpoch()
{
    if (!m_trace)
        return;
    const long long endOfEpoch = (m_position.step / sampleCount()) * sampleCount() + sampleCount() - 1;
    if (m_position.step < endOfEpoch || m_position.operation < operationsAt(endOfEpoch) - 1)
        moveTo({endOfEpoch, -1});
    else
        moveTo({endOfEpoch + sampleCount(), -1});
}

void NetworkStepController::toStartOfEpoch()
{
    if (!m_trace)
        return;
    const long long startOfEpoch = (m_position.step / sampleCount()) * sampleCount();
    if (m_position.step > startOfEpoch || m_position.operation > 0)
        moveTo({startOfEpoch, 0});
    else
        moveTo({startOfEpoch - sampleCount(), 0}); // clamped at the run's start
}

void NetworkStepController::first() { moveTo({0, 0}); }

void NetworkStepController::last()
{
    if (m_trace)
        moveTo({m_trace->stepCount() - 1, -1});
}

void NetworkStepController::goTo(int epoch, int sample, int operation)
{
    if (m_trace)
        moveTo({static_cast<long long>(epoch) * sampleCount() + sample, operation});
}

int NetworkStepController::parseOperation(long long step, const QString &operation) const
{
    if (!m_trace)
        return -2;
    if (operation.isEmpty())
        return -1;
    const int ops = operationsAt(step);
    bool isIndex = false;
    const int number = operation.toInt(&isIndex);
    if (isIndex)
        return number >= 0 && number < ops ? number : -2;
    const std::optional<LayerQuantity> q = LayerQuantity::fromName(operation.toStdString());
    if (!q)
        return -2;
    const int N = sampleCount();
    const int k = static_cast<int>(step % N);
    const int B = m_trace->architecture().batch;
    const std::vector<LayerQuantity> &list = m_trace->layout().operations(k == std::min(N, (k / B + 1) * B) - 1);
    const auto found = std::find(list.begin(), list.end(), *q);
    return found == list.end() ? -2 : static_cast<int>(found - list.begin());
}

bool NetworkStepController::goToPlace(int epoch, int sample, const QString &operation)
{
    if (!m_trace || epoch < 0 || epoch >= m_trace->epochCount() || sample < 0 || sample >= sampleCount())
        return false;
    const long long step = static_cast<long long>(epoch) * sampleCount() + sample;
    const int index = parseOperation(step, operation);
    if (index == -2)
        return false;
    moveTo({step, index});
    return true;
}

} // namespace deltatrace
