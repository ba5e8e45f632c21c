// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "architecture.h"
#include "networkdata.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace deltatrace {

// What a run of a general network is (lesson format 2): where it came from, the network, the
// data and the training parameters. The lesson's bytes travel with it, as with TraceSpec.
struct NetworkRun
{
    QString lessonId;
    QString experimentId;
    QByteArray lessonSource;
    Architecture architecture;
    NetworkData data;
    double alpha = 0.1;
    int epochs = 1;
    std::uint32_t seed = 0;

    int sampleCount() const { return data.sampleCount; }
    long long stepCount() const { return static_cast<long long>(epochs) * data.sampleCount; }
    // Batches per epoch: the last one may be shorter.
    int batchesPerEpoch() const { return (data.sampleCount + architecture.batch - 1) / architecture.batch; }
    long long updateCount() const { return static_cast<long long>(epochs) * batchesPerEpoch(); }
};

} // namespace deltatrace
