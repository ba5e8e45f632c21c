// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace.h"

#include "cpustate.h"
#include "engine.h"

#include <algorithm>
#include <cstdint>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace deltatrace {

namespace {

// Recording again with another seed or alpha asks for arrays of the same sizes. glibc's malloc
// gives freed blocks of a few MB back to the system and maps fresh, zero-filled pages for the
// next recording: on the development machine that tripled the time of recording 10 000 epochs
// (page faults). Fixed thresholds keep up to 64 MB of freed memory for reuse; arrays above
// 32 MB (million-epoch runs) are still mapped and unmapped on their own.
void keepFreedArraysForReuse()
{
#if defined(__GLIBC__)
    static const bool once = [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
        return true;
    }();
    (void)once;
#endif
}

// Gets an array's pages from the kernel before the recording first writes it, the cheapest way
// for its size. A small array (the checkpoints and summaries of a 10 000-epoch run, 1.8 MB) is
// populated in one madvise call: taking its 430 pages one page fault at a time cost a fifth of
// a whole `deltatrace-cli record` on the development machine (a virtual machine, where each
// fault is expensive). A large array gets 2 MB pages: filling a million-epoch run's 176 MB in
// 4 KB pages takes 45 000 page faults, a fifth of recording or opening such a run; in 2 MB
// pages it takes a hundred, and populating it up front would only move the wait before the
// progress starts. Both are advice: on other systems, or without transparent huge pages or
// MADV_POPULATE_WRITE (Linux 5.14), nothing changes.
void prepareForFirstWrite(std::span<double> array)
{
#if defined(__linux__)
    constexpr std::uintptr_t Page = 4096;
    constexpr std::uintptr_t Huge = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(array.data());
    const auto end = begin + array.size_bytes();
    if (array.size_bytes() >= 4 * Huge) {
        const std::uintptr_t first = (begin + Huge - 1) & ~(Huge - 1);
        const std::uintptr_t last = end & ~(Huge - 1);
        if (last > first)
            madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
        return;
    }
#if defined(MADV_POPULATE_WRITE)
    const std::uintptr_t first = (begin + Page - 1) & ~(Page - 1);
    const std::uintptr_t last = end & ~(Page - 1);
    if (last > first + 16 * Page) // a few pages fault cheaper than a system call
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
#endif
#else
    (void)array;
#endif
}

} // namespace

Trace::Trace(TraceSpec spec, const Weights &initial, bool fullRecord)
    : m_spec(std::move(spec)), m_initial(initial), m_final(initial), m_fullRecord(fullRecord)
{
    keepFreedArraysForReuse();
    const auto steps = static_cast<std::size_t>(m_spec.stepCount());
    const auto epochs = static_cast<std::size_t>(m_spec.epochs);
    if (m_fullRecord) {
        for (Quantity q : recordedQuantities(m_spec.rule))
            m_columns[static_cast<size_t>(q)].resize(steps * static_cast<size_t>(quantityShape(q).size()));
    }
    m_checkpoints.resize(epochs * static_cast<size_t>(weightCount(m_spec.rule)));
    m_summaries.resize(epochs * SummaryWidth);
    for (Numbers &column : m_columns)
        prepareForFirstWrite(column);
    prepareForFirstWrite(m_checkpoints);
    prepareForFirstWrite(m_summaries);
}

void Trace::weightsToArray(Rule rule, const Weights &w, double *out)
{
    if (isTwoLayer(rule)) {
        std::copy_n(w.W1.data(), 12, out);
        std::copy_n(w.W2.data(), 4, out + 12);
    } else {
        std::copy_n(w.W.data(), 3, out);
    }
}

Weights Trace::weightsFromArray(Rule rule, const double *in)
{
    Weights w;
    if (isTwoLayer(rule)) {
        std::copy_n(in, 12, w.W1.data());
        std::copy_n(in + 12, 4, w.W2.data());
    } else {
        std::copy_n(in, 3, w.W.data());
    }
    return w;
}

std::optional<TracePosition> Trace::firstProblemPosition() const
{
    long long step = m_firstNonFiniteStep;
    Quantity quantity = m_firstNonFiniteQuantity;
    if (step < 0) {
        step = m_firstSaturatedStep;
        quantity = isTwoLayer(rule()) ? Quantity::Y1 : Quantity::Y;
    }
    if (step < 0)
        return std::nullopt;
    return TracePosition{step, std::max(0, operationIndex(rule(), quantity))};
}

Weights Trace::weightsAtEpochStart(int epoch) const
{
    const int n = weightCount(m_spec.rule);
    return weightsFromArray(m_spec.rule, m_checkpoints.data() + static_cast<size_t>(epoch) * static_cast<size_t>(n));
}

EpochSummary Trace::epochSummary(int epoch) const
{
    const double *row = m_summaries.data() + static_cast<size_t>(epoch) * SummaryWidth;
    EpochSummary s;
    s.meanSquaredError = row[0];
    s.crossEntropy = row[1];
    std::copy_n(row + 2, SampleCount, s.outputs.begin());
    return s;
}

StepRecord Trace::recompute(long long index) const
{
    clearUpperVectorState();
    const int epoch = static_cast<int>(index / SampleCount);
    const int sample = static_cast<int>(index % SampleCount);
    StepRecord r;
    Weights w = weightsAtEpochStart(epoch);
    for (int k = 0; k <= sample; ++k) {
        r.before = w;
        r.x = m_spec.X.row(k).transpose();
        r.d = m_spec.D(k);
        Engine::step(m_spec.rule, m_spec.alpha, r);
        w = r.after;
    }
    r.index = index;
    r.epoch = epoch;
    r.sample = sample;
    return r;
}

StepRecord Trace::step(long long index) const
{
    if (!m_fullRecord)
        return recompute(index);

    StepRecord r;
    r.index = index;
    r.epoch = static_cast<int>(index / SampleCount);
    r.sample = static_cast<int>(index % SampleCount);
    r.x = m_spec.X.row(r.sample).transpose();
    r.d = m_spec.D(r.sample);
    for (Quantity q : recordedQuantities(m_spec.rule)) {
        const auto n = static_cast<size_t>(quantityShape(q).size());
        const double *src = m_columns[static_cast<size_t>(q)].data() + static_cast<size_t>(index) * n;
        std::copy_n(src, n, r.values(q).data());
    }
    if (!updatesWeights(m_spec.rule)) {
        r.before = m_initial;
        r.after = m_initial;
    } else if (r.sample == 0) {
        r.before = weightsAtEpochStart(r.epoch);
    } else {
        for (Quantity q : weightQuantities(m_spec.rule)) {
            const auto n = static_cast<size_t>(quantityShape(q).size());
            const double *src = m_columns[static_cast<size_t>(q)].data() + static_cast<size_t>(index - 1) * n;
            double *dst = q == Quantity::W ? r.before.W.data() : q == Quantity::W1 ? r.before.W1.data() : r.before.W2.data();
            std::copy_n(src, n, dst);
        }
    }
    return r;
}

std::size_t Trace::storedNumbers() const
{
    std::size_t n = m_checkpoints.size() + m_summaries.size();
    for (const auto &c : m_columns)
        n += c.size();
    return n;
}

std::size_t Trace::storedBytes() const { return storedNumbers() * sizeof(double); }

} // namespace deltatrace
