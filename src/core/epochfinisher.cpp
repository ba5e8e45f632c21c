#include "epochfinisher.h"

#include "cpustate.h"
#include "engine.h"
#include "stepwriter.h"
#include "trainer.h"

#include <cstring>

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace deltatrace {

namespace {

// Waiting for the recording loop to write more epochs: spin briefly (it usually takes a
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

// Asks for the cache lines of [from, from + bytes): numbers the recording loop has just written
// on the other core, so each line is a miss that would otherwise stall the arithmetic.
void prefetch(const void *from, std::size_t bytes)
{
    const char *p = static_cast<const char *>(from);
    for (std::size_t offset = 0; offset < bytes; offset += 64)
        __builtin_prefetch(p + offset);
    __builtin_prefetch(p + bytes - 1);
}

#if defined(__linux__)
// The CPUs this thread may run on, or an empty set when that cannot be read.
cpu_set_t allowedCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        CPU_ZERO(&set);
    return set;
}
#endif

// Moves a thread just created off the caller's CPU, onto any other it may use.
//
// Why: Linux queues a new thread on its parent's CPU and leaves it to the load balancer to move
// it, and the recording loop never sleeps to let it run there. Measured on two cores: in about
// half of the recordings the finisher did not start until the loop had ended, 2.4 ms later,
// which made the recording take twice as long. The thread lets go of this restriction as soon
// as it runs (see runThread), so it never stays pinned.
void startElsewhere(std::thread &thread)
{
#if defined(__linux__)
    cpu_set_t others = allowedCpus();
    const int here = sched_getcpu();
    if (here < 0 || !CPU_ISSET(here, &others) || CPU_COUNT(&others) < 2)
        return;
    CPU_CLR(here, &others);
    pthread_setaffinity_np(thread.native_handle(), sizeof others, &others);
#else
    (void)thread;
#endif
}

} // namespace

EpochFinisher::EpochFinisher(const TraceSpec &spec, const double *checkpoints, double *summaries,
                             double *const *columns)
    : m_spec(spec), m_checkpoints(checkpoints), m_summaries(summaries), m_weightCount(Trace::weightCount(spec.rule))
{
    if (columns != nullptr && isTwoLayer(spec.rule)) {
        std::copy_n(columns, QuantityCount, m_columns.begin());
        m_completesSteps = true;
    }
#if defined(__linux__)
    m_allowedCpus = allowedCpus();
#endif
    if (spec.epochs >= ThreadFromEpochs) {
        m_thread = std::thread([this] { runThread(); });
        startElsewhere(m_thread);
    }
}

EpochFinisher::~EpochFinisher()
{
    if (m_thread.joinable()) {
        m_stop.store(true, std::memory_order_relaxed);
        m_thread.join();
    }
}

const double *EpochFinisher::checkpoint(int epoch) const
{
    return m_checkpoints + static_cast<std::size_t>(epoch) * static_cast<std::size_t>(m_weightCount);
}

void EpochFinisher::write(const EpochSummary &summary, double *row)
{
    row[0] = summary.meanSquaredError;
    row[1] = summary.crossEntropy;
    std::memcpy(row + 2, summary.outputs.data(), sizeof(double) * SampleCount);
}

int EpochFinisher::finishEpochs(int from, int end)
{
    if (m_completesSteps)
        completeSteps(from, end);
    summarize(from, end);
    return end;
}

void EpochFinisher::completeSteps(int from, int end)
{
    if (m_spec.rule == Rule::BackpropCrossEntropy)
        completeSteps<true>(from, end);
    else
        completeSteps<false>(from, end);
}

template<bool CrossEntropy>
void EpochFinisher::completeSteps(int from, int end)
{
    using Rest = step_writers::BackpropTheRest;
    constexpr int ahead = 4; // epochs; see summarize()
    const double *y1Column = m_columns[static_cast<std::size_t>(Quantity::Y1)];
    const double *yColumn = m_columns[static_cast<std::size_t>(Quantity::Y)];
    const auto weightBytes = static_cast<std::size_t>(m_weightCount) * sizeof(double);
    for (int epoch = from; epoch < end; ++epoch) {
        const auto first = static_cast<std::size_t>(epoch) * SampleCount;
        if (epoch + ahead < end) {
            const std::size_t later = first + ahead * SampleCount;
            prefetch(y1Column + later * HiddenCount, SampleCount * HiddenCount * sizeof(double));
            prefetch(yColumn + later, SampleCount * sizeof(double));
            prefetch(checkpoint(epoch + ahead), weightBytes);
        }
        // Two sets of values take turns, as in the recording loop: each step starts from the
        // weights the previous one left, and the first from the epoch's checkpoint.
        BackpropValues values[2];
        const double *W1 = checkpoint(epoch);
        const double *W2 = W1 + BackpropValues::WeightCount1;
        for (int k = 0; k < SampleCount; ++k) {
            const std::size_t step = first + static_cast<std::size_t>(k);
            const double *x = m_spec.X.row(k).data();
            const double *y1 = y1Column + step * HiddenCount;
            BackpropValues &s = values[k % 2];
            Engine::hiddenSums(W1, x, s.v1);
            s.v = Engine::outputSum(W2, y1);
            Engine::backwardPass<CrossEntropy>(W1, W2, x, m_spec.D(k), m_spec.alpha, y1, yColumn[step], s);
            // Probing V1, V and the updated weights is enough: an inf or nan anywhere in the
            // backward half reaches W1 or W2 within the step. e and delta are finite for finite
            // d and y; a non-finite e1 makes delta1 non-finite (y1 (1 - y1) e1 is inf, or nan when
            // y1 (1 - y1) = 0); a non-finite delta1 or alpha delta makes dW1 or dW2 non-finite,
            // even times an input of 0 (nan); and a finite weight plus a non-finite change is
            // not finite. The weights before the step are finite, or an earlier step was flagged.
            // Tests compare the flagged step with a recording that probes every value.
            if (Rest::write<true>(s, m_columns.data(), step) && m_firstNonFiniteStep < 0) [[unlikely]]
                m_firstNonFiniteStep = static_cast<long long>(step);
            W1 = s.W1;
            W2 = s.W2;
        }
    }
}

void EpochFinisher::summarize(int from, int end)
{
    // The checkpoints were just written by the recording loop on the other core, so each one is a
    // cache miss that takes as long as a third of a summary. Asking for them a few epochs ahead
    // lets those misses overlap the arithmetic instead of stalling it (measured: 1 ms of 3 saved
    // on 10 000 epochs). Only published checkpoints are touched, which the loop no longer writes.
    constexpr int ahead = 4;
    const auto rowBytes = static_cast<std::size_t>(m_weightCount) * sizeof(double);
    // With the forward halves at hand, the first output is already known: the first step of the
    // next epoch ran sample 0 through the same weights, with the same operations. Epoch end - 1
    // is the exception, since the loop may still be writing that step.
    const double *yColumn = m_completesSteps ? m_columns[static_cast<std::size_t>(Quantity::Y)] : nullptr;
    for (int epoch = from; epoch < end; ++epoch) {
        if (epoch + 1 + ahead <= end)
            prefetch(checkpoint(epoch + 1 + ahead), rowBytes);
        double *row = m_summaries + static_cast<std::size_t>(epoch) * Trace::SummaryWidth;
        if (yColumn != nullptr && epoch + 1 < end) {
            const double *w = checkpoint(epoch + 1);
            std::array<double, SampleCount> outputs;
            outputs[0] = yColumn[static_cast<std::size_t>(epoch + 1) * SampleCount];
            Trainer::twoLayerOutputs(m_spec, w, w + BackpropValues::WeightCount1, 1, outputs);
            write(Trainer::summaryOfOutputs(m_spec, outputs), row);
        } else {
            write(Trainer::summarize(m_spec, Trace::weightsFromArray(m_spec.rule, checkpoint(epoch + 1))), row);
        }
    }
}

void EpochFinisher::epochsStarted(int count)
{
    if (m_thread.joinable())
        m_finishable.store(count - 1, std::memory_order_release);
    else
        m_next = finishEpochs(m_next, count - 1);
}

void EpochFinisher::runThread()
{
    clearUpperVectorState(); // a new thread's vector state is the OS's business; make it clean
#if defined(__linux__)
    const cpu_set_t any = m_allowedCpus;
    if (CPU_COUNT(&any) > 0)
        pthread_setaffinity_np(pthread_self(), sizeof any, &any); // running now: undo startElsewhere
#endif
    const int last = m_spec.epochs - 1; // the last epoch is finished by finish(), with the final weights
    // Work in batches: fewer looks at the shared counter, and room to fetch numbers ahead.
    constexpr int batch = 32;
    int next = 0;
    int spins = 0;
    while (next < last && !m_stop.load(std::memory_order_relaxed)) {
        const int available = m_finishable.load(std::memory_order_acquire);
        if (available - next >= batch || available == last) {
            next = finishEpochs(next, available);
            spins = 0;
        } else {
            pauseBriefly(spins);
        }
    }
}

void EpochFinisher::finish(const Weights &final)
{
    const int last = m_spec.epochs - 1;
    epochsStarted(m_spec.epochs);
    if (m_thread.joinable())
        m_thread.join(); // it stops by itself after epoch last - 1
    if (last < 0)
        return;
    if (m_completesSteps)
        completeSteps(last, last + 1);
    write(Trainer::summarize(m_spec, final), m_summaries + static_cast<std::size_t>(last) * Trace::SummaryWidth);
}

} // namespace deltatrace
