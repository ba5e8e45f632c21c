// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplayout.h"

namespace deltatrace {

StepLayout::StepLayout(const Architecture &architecture)
    : m_architecture(architecture)
{
    using Kind = LayerQuantity::Kind;
    const int layers = architecture.layerCount();
    std::array<int, LayerQuantity::KindCount> none;
    none.fill(-1);
    m_offsets.assign(static_cast<size_t>(layers), none);

    auto place = [this](LayerQuantity q) {
        int &width = q.atUpdateOnly() ? m_updateWidth : m_sampleWidth;
        slot(q) = width;
        width += size(q);
    };
    // Storage order: layer by layer, the vectors then the matrices.
    for (int l = 1; l <= layers; ++l) {
        for (Kind k : {Kind::V, Kind::Y, Kind::E, Kind::Delta, Kind::DW})
            place({k, l});
        if (architecture.batched())
            place({Kind::DWSum, l});
        if (architecture.batched())
            place({Kind::DWAvg, l});
        if (architecture.hasMomentum())
            place({Kind::Momentum, l});
        place({Kind::W, l});
    }

    // Operation order.
    std::vector<LayerQuantity> forward, backward;
    for (int l = 1; l <= layers; ++l) {
        forward.push_back({Kind::V, l});
        forward.push_back({Kind::Y, l});
    }
    for (int l = layers; l >= 1; --l) {
        backward.push_back({Kind::E, l});
        backward.push_back({Kind::Delta, l});
    }
    m_sampleOps = forward;
    m_sampleOps.insert(m_sampleOps.end(), backward.begin(), backward.end());
    m_updateOps = m_sampleOps;
    for (int l = 1; l <= layers; ++l) {
        m_sampleOps.push_back({Kind::DW, l});
        m_updateOps.push_back({Kind::DW, l});
        if (architecture.batched()) {
            m_sampleOps.push_back({Kind::DWSum, l});
            m_updateOps.push_back({Kind::DWSum, l});
            m_updateOps.push_back({Kind::DWAvg, l});
        }
        if (architecture.hasMomentum())
            m_updateOps.push_back({Kind::Momentum, l});
        m_updateOps.push_back({Kind::W, l});
    }
}

bool StepLayout::has(LayerQuantity q) const { return offset(q) >= 0; }

int StepLayout::offset(LayerQuantity q) const
{
    if (q.layer < 1 || q.layer > m_architecture.layerCount())
        return -1;
    return m_offsets[static_cast<size_t>(q.layer - 1)][static_cast<size_t>(q.kind)];
}

} // namespace deltatrace
