#pragma once

#include "trace.h"

#include <atomic>
#include <thread>

namespace deltatrace {

// Fills a recording's epoch summaries, on a second thread for long runs, while the recording
// loop goes on.
//
// Why: a summary is four forward passes with the weights at the end of an epoch, which costs as
// much arithmetic as the epoch's training itself. It needs nothing but the checkpoint that the
// recording loop has already written (the weights at the start of the next epoch), so it can run
// on the other core instead of doubling the recording time. Results do not depend on the thread:
// each summary is the same function of the same weights.
class EpochSummarizer
{
public:
    // Runs of at least this many epochs are summarized on a thread; shorter ones inline, since
    // starting a thread costs more than summarizing a few hundred epochs.
    static constexpr int ThreadFromEpochs = 1024;

    // checkpoints: weightCount(rule) numbers per epoch; summaries: SummaryWidth numbers per epoch.
    EpochSummarizer(const TraceSpec &spec, const double *checkpoints, double *summaries);
    ~EpochSummarizer(); // a cancelled recording: stops the thread and waits for it
    EpochSummarizer(const EpochSummarizer &) = delete;
    EpochSummarizer &operator=(const EpochSummarizer &) = delete;

    // The checkpoints of epochs 0 .. count-1 are written (and will not change): the summaries of
    // epochs 0 .. count-2 can be computed.
    void checkpointsWritten(int count);
    // The run is over and ended with these weights: computes the last summaries and returns when
    // every epoch's summary is written.
    void finish(const Weights &final);

private:
    static void write(const EpochSummary &summary, double *row);
    int summarize(int from, int end); // epochs [from, end); returns end
    void runThread();

    const TraceSpec &m_spec;
    const double *m_checkpoints;
    double *m_summaries;
    int m_weightCount;
    int m_next = 0; // inline mode only: the first epoch not yet summarized
    // Written by the recording loop, read by the thread: alone on their cache line, so that the
    // thread's own writes nearby never make the recording loop wait for the line.
    alignas(64) std::atomic<int> m_summarizable{0};
    std::atomic<bool> m_stop{false};
    alignas(64) std::thread m_thread;
};

} // namespace deltatrace
