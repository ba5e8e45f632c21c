#pragma once

#include "trace.h"

#include <array>
#include <atomic>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

namespace deltatrace {

// Finishes each epoch that a recording loop has written, on a second thread for long runs,
// while the loop goes on:
// - the epoch's summary (the four outputs with the weights at the end of the epoch);
// - for a full record of the 3-4-1 network, every number of its steps but y1 and y: v1, v, e,
//   delta, e1, delta1, dW1, W1, dW2 and W2, from the y1 and y that the loop has written and the
//   checkpoint at the start of the epoch.
//
// Why: the loop is one long chain of dependent exp() calls and divisions, and on a two-core
// machine the other core is free. A summary costs as much arithmetic as the epoch's training,
// and storing all 52 numbers of a step cost the loop almost half as much again as computing
// them. Only the exp() calls need the loop: given their outputs, the rest of a step is a few
// dozen multiplications and additions that the finisher redoes (Engine::hiddenSums,
// outputSum, backwardPass: the loop's own functions, so the same operations on the same
// numbers give the same bits). Measured on 10 000 epochs: the loop went from 3.2 to 2.3 ms.
class EpochFinisher
{
public:
    // Runs of at least this many epochs are finished on a thread; shorter ones inline, since
    // starting a thread costs more than finishing a few hundred epochs.
    static constexpr int ThreadFromEpochs = 1024;

    // checkpoints: weightCount(rule) numbers per epoch; summaries: SummaryWidth numbers per epoch.
    // columns: the trace's columns by Quantity when the finisher is to complete the steps (a
    // full record of a two-layer rule, whose loop writes only y1 and y), otherwise null.
    EpochFinisher(const TraceSpec &spec, const double *checkpoints, double *summaries,
                  double *const *columns = nullptr);
    ~EpochFinisher(); // a cancelled recording: stops the thread and waits for it
    EpochFinisher(const EpochFinisher &) = delete;
    EpochFinisher &operator=(const EpochFinisher &) = delete;

    // The checkpoints of epochs 0 .. count-1 are written, and so is every step of epochs
    // 0 .. count-2 (none of it will change): those epochs can be finished.
    void epochsStarted(int count);
    // The run is over and ended with these weights: finishes the last epochs and returns when
    // every epoch is finished.
    void finish(const Weights &final);

    // After finish(): the first step in which the finisher wrote an inf or nan, or -1.
    long long firstNonFiniteStep() const { return m_firstNonFiniteStep; }

private:
    static void write(const EpochSummary &summary, double *row);
    int finishEpochs(int from, int end); // epochs [from, end); returns end
    void summarize(int from, int end);
    void completeSteps(int from, int end); // for the rule's delta
    template<bool CrossEntropy>
    void completeSteps(int from, int end);
    void runThread();
    const double *checkpoint(int epoch) const;

    const TraceSpec &m_spec;
    const double *m_checkpoints;
    double *m_summaries;
    std::array<double *, QuantityCount> m_columns{};
    bool m_completesSteps = false;
    int m_weightCount;
    int m_next = 0; // inline mode only: the first epoch not yet finished
    long long m_firstNonFiniteStep = -1;
    // Written by the recording loop, read by the thread: alone on their cache line, so that the
    // thread's own writes nearby never make the recording loop wait for the line.
    alignas(64) std::atomic<int> m_finishable{0};
    std::atomic<bool> m_stop{false};
#if defined(__linux__)
    cpu_set_t m_allowedCpus; // the creator's, for the thread to return to once it runs
#endif
    alignas(64) std::thread m_thread;
};

} // namespace deltatrace
