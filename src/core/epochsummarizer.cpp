#include "epochsummarizer.h"

#include "cpustate.h"
#include "trainer.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace deltatrace {

namespace {

// Waiting for the recording loop to write more checkpoints: spin briefly (it usually takes a
// microsecond or two), then give the core away, since the machine may have only two of them.
void pauseBriefly(int &spins)
{
    if (++spins < 256) {
#if defined(__x86_64__) || defined(__i386__)
        _mm_pause();
#endif
        return;
    }
    spins = 0;
    std::this_thread::yield();
}

} // namespace

EpochSummarizer::EpochSummarizer(const TraceSpec &spec, const double *checkpoints, double *summaries)
    : m_spec(spec), m_checkpoints(checkpoints), m_summaries(summaries), m_weightCount(Trace::weightCount(spec.rule))
{
    if (spec.epochs >= ThreadFromEpochs)
        m_thread = std::thread([this] { runThread(); });
}

EpochSummarizer::~EpochSummarizer()
{
    if (m_thread.joinable()) {
        m_stop.store(true, std::memory_order_relaxed);
        m_thread.join();
    }
}

void EpochSummarizer::write(const EpochSummary &summary, double *row)
{
    row[0] = summary.meanSquaredError;
    row[1] = summary.crossEntropy;
    std::memcpy(row + 2, summary.outputs.data(), sizeof(double) * SampleCount);
}

int EpochSummarizer::summarize(int from, int end)
{
    // The checkpoints were just written by the recording loop on the other core, so each one is a
    // cache miss that takes as long as a third of a summary. Asking for them a few epochs ahead
    // lets those misses overlap the arithmetic instead of stalling it (measured: 1 ms of 3 saved
    // on 10 000 epochs). Only published checkpoints are touched, which the loop no longer writes.
    constexpr int ahead = 4;
    const auto rowBytes = static_cast<std::size_t>(m_weightCount) * sizeof(double);
    auto checkpoint = [this](int epoch) {
        return m_checkpoints + static_cast<std::size_t>(epoch) * static_cast<std::size_t>(m_weightCount);
    };
    for (int epoch = from; epoch < end; ++epoch) {
        if (epoch + 1 + ahead <= end) {
            const char *row = reinterpret_cast<const char *>(checkpoint(epoch + 1 + ahead));
            for (std::size_t offset = 0; offset < rowBytes; offset += 64)
                __builtin_prefetch(row + offset);
            __builtin_prefetch(row + rowBytes - 1);
        }
        const Weights w = Trace::weightsFromArray(m_spec.rule, checkpoint(epoch + 1));
        write(Trainer::summarize(m_spec, w), m_summaries + static_cast<std::size_t>(epoch) * Trace::SummaryWidth);
    }
    return end;
}

void EpochSummarizer::checkpointsWritten(int count)
{
    if (m_thread.joinable())
        m_summarizable.store(count - 1, std::memory_order_release);
    else
        m_next = summarize(m_next, count - 1);
}

void EpochSummarizer::runThread()
{
    clearUpperVectorState(); // a new thread's vector state is the OS's business; make it clean
    const int last = m_spec.epochs - 1; // the last epoch is summarized by finish(), with the final weights
    // Work in batches: fewer looks at the shared counter, and room to fetch checkpoints ahead.
    constexpr int batch = 32;
    int next = 0;
    int spins = 0;
    while (next < last && !m_stop.load(std::memory_order_relaxed)) {
        const int available = m_summarizable.load(std::memory_order_acquire);
        if (available - next >= batch || available == last) {
            next = summarize(next, available);
            spins = 0;
        } else {
            pauseBriefly(spins);
        }
    }
}

void EpochSummarizer::finish(const Weights &final)
{
    const int last = m_spec.epochs - 1;
    checkpointsWritten(m_spec.epochs);
    if (last >= 0)
        write(Trainer::summarize(m_spec, final), m_summaries + static_cast<std::size_t>(last) * Trace::SummaryWidth);
    if (m_thread.joinable())
        m_thread.join(); // it stops by itself after epoch last - 1
    else
        m_next = summarize(m_next, last);
}

} // namespace deltatrace
