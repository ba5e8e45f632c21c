// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace deltatrace {

// Thins long per-epoch series down to what a chart can draw, without losing what the eye would
// see: the rows are cut into equal buckets and every bucket keeps its smallest and largest value
// (in their original order), so spikes survive; the first and last point of every line are kept.
// A non-finite value (inf, NaN) breaks the line: the finite stretches around it come out as
// separate segments, so nothing non-finite ever reaches a chart axis.
//
// Several columns of row-major data are thinned in one pass (the trace stores its per-epoch
// summaries and checkpoints that way), and rows can arrive in several pieces (the weights at the
// end of epoch e are the checkpoint of e + 1, and the last ones are the final weights).
class ChartDecimator
{
public:
    using Segment = QList<QPointF>;

    struct Column
    {
        std::vector<Segment> segments; // finite stretches, in x order
        long long firstNonFiniteRow = -1;
        double minimum = 0.0;          // over the finite values (0 when there are none)
        double maximum = 0.0;
        long long pointCount() const;
    };

    // `rowCount` rows are expected in total (it fixes the buckets); row i is drawn at
    // x = x0 + i * dx. At most about `maxPoints` points per column and segment.
    ChartDecimator(int columns, long long rowCount, int maxPoints = 2000, double x0 = 0.0, double dx = 1.0);

    // Adds `count` rows; row r's value for column c is rows[r * stride + c].
    void addRows(const double *rows, long long count, int stride);
    void addRow(const double *row) { addRows(row, 1, 0); }

    // The thinned columns; the decimator is spent afterwards.
    std::vector<Column> finish();

    long long bucketSize() const { return m_bucketSize; }

    // One column, all at once.
    static Column decimate(const double *values, long long count, int maxPoints = 2000,
                           double x0 = 0.0, double dx = 1.0);

private:
    struct State
    {
        Column out;
        Segment current;
        bool open = false;        // inside a finite stretch
        bool bucketOpen = false;  // min/max pending for the current bucket
        bool any = false;         // any finite value seen (for minimum/maximum)
        long long minRow = 0, maxRow = 0, lastRow = -1, lastEmitted = -1;
        double minValue = 0.0, maxValue = 0.0, lastValue = 0.0;
    };

    void emitPoint(State &s, long long row, double value) const;
    void flushBucket(State &s) const;
    void closeSegment(State &s) const;
    void addSlow(State &s, const double *values, long long firstRow, long long count, int stride) const;

    std::vector<State> m_states;
    long long m_rowCount;
    long long m_bucketSize;
    long long m_nextRow = 0;
    double m_x0;
    double m_dx;
};

} // namespace deltatrace
