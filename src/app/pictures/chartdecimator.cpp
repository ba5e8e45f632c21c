// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdecimator.h"

#include <algorithm>
#include <cmath>

namespace deltatrace {

long long ChartDecimator::Column::pointCount() const
{
    long long n = 0;
    for (const Segment &s : segments)
        n += s.size();
    return n;
}

ChartDecimator::ChartDecimator(int columns, long long rowCount, int maxPoints, double x0, double dx)
    : m_states(static_cast<std::size_t>(std::max(columns, 0))), m_rowCount(std::max(rowCount, 0LL)), m_x0(x0), m_dx(dx)
{
    // Two points per bucket plus the first and last of the line.
    const long long buckets = std::max(1LL, (static_cast<long long>(std::max(maxPoints, 4)) - 2) / 2);
    m_bucketSize = m_rowCount <= std::max(maxPoints, 4) ? 1 : (m_rowCount + buckets - 1) / buckets;
}

void ChartDecimator::emitPoint(State &s, long long row, double value) const
{
    if (row == s.lastEmitted)
        return;
    s.current.append(QPointF(m_x0 + double(row) * m_dx, value));
    s.lastEmitted = row;
}

void ChartDecimator::flushBucket(State &s) const
{
    if (!s.bucketOpen)
        return;
    if (s.minRow <= s.maxRow) {
        emitPoint(s, s.minRow, s.minValue);
        emitPoint(s, s.maxRow, s.maxValue);
    } else {
        emitPoint(s, s.maxRow, s.maxValue);
        emitPoint(s, s.minRow, s.minValue);
    }
    s.bucketOpen = false;
}

void ChartDecimator::closeSegment(State &s) const
{
    if (!s.open)
        return;
    flushBucket(s);
    emitPoint(s, s.lastRow, s.lastValue);
    s.out.segments.push_back(std::move(s.current));
    s.current = Segment();
    s.open = false;
}

// Value by value: handles breaks, bucket changes and the first point of a stretch.
void ChartDecimator::addSlow(State &s, const double *values, long long firstRow, long long count, int stride) const
{
    for (long long k = 0; k < count; ++k) {
        const long long row = firstRow + k;
        const double v = values[k * stride];
        if (!std::isfinite(v)) {
            if (s.out.firstNonFiniteRow < 0)
                s.out.firstNonFiniteRow = row;
            closeSegment(s);
            continue;
        }
        if (!s.any) {
            s.out.minimum = s.out.maximum = v;
            s.any = true;
        } else {
            s.out.minimum = std::min(s.out.minimum, v);
            s.out.maximum = std::max(s.out.maximum, v);
        }
        if (!s.open) {
            s.open = true;
            s.current.reserve(64);
            emitPoint(s, row, v); // a line starts exactly where its data starts
        }
        const bool sameBucket = s.bucketOpen && row / m_bucketSize == s.lastRow / m_bucketSize;
        if (!sameBucket) {
            flushBucket(s);
            s.bucketOpen = true;
            s.minRow = s.maxRow = row;
            s.minValue = s.maxValue = v;
        } else {
            if (v < s.minValue) {
                s.minValue = v;
                s.minRow = row;
            }
            if (v > s.maxValue) {
                s.maxValue = v;
                s.maxRow = row;
            }
        }
        s.lastRow = row;
        s.lastValue = v;
    }
}

void ChartDecimator::addRows(const double *rows, long long count, int stride)
{
    const auto columns = static_cast<int>(m_states.size());
    long long done = 0;
    while (done < count) {
        // Work bucket by bucket so each column's scan of the block stays in cache, and the common
        // case (all finite, bucket open) is a tight loop: a 16-weight run of a million epochs is
        // 128 MB of checkpoints, and this loop runs near memory speed on it.
        const long long row = m_nextRow + done;
        const long long bucketEnd = (row / m_bucketSize + 1) * m_bucketSize;
        const long long n = std::min(count - done, bucketEnd - row);
        const double *block = rows + done * stride;
        for (int c = 0; c < columns; ++c) {
            State &s = m_states[static_cast<std::size_t>(c)];
            // The first value goes the slow way: it may open a stretch or a bucket.
            addSlow(s, block + c, row, 1, stride);
            if (n == 1)
                continue;
            if (!s.open) {
                addSlow(s, block + c + stride, row + 1, n - 1, stride);
                continue;
            }
            double lo = s.minValue, hi = s.maxValue;
            long long loRow = s.minRow, hiRow = s.maxRow;
            double check = 0.0;
            const double *p = block + c + stride;
            for (long long k = 1; k < n; ++k, p += stride) {
                const double v = *p;
                check += v - v; // stays 0 while finite; NaN once an inf or NaN went by
                if (v < lo) {
                    lo = v;
                    loRow = row + k;
                }
                if (v > hi) {
                    hi = v;
                    hiRow = row + k;
                }
            }
            if (check == 0.0) {
                s.minValue = lo;
                s.minRow = loRow;
                s.maxValue = hi;
                s.maxRow = hiRow;
                s.out.minimum = std::min(s.out.minimum, lo);
                s.out.maximum = std::max(s.out.maximum, hi);
                s.lastRow = row + n - 1;
                s.lastValue = block[(n - 1) * stride + c];
            } else {
                // A break somewhere in this bucket: redo it value by value.
                addSlow(s, block + c + stride, row + 1, n - 1, stride);
            }
        }
        done += n;
    }
    m_nextRow += count;
}

std::vector<ChartDecimator::Column> ChartDecimator::finish()
{
    std::vector<Column> out;
    out.reserve(m_states.size());
    for (State &s : m_states) {
        closeSegment(s);
        out.push_back(std::move(s.out));
    }
    m_states.clear();
    return out;
}

ChartDecimator::Column ChartDecimator::decimate(const double *values, long long count, int maxPoints, double x0, double dx)
{
    ChartDecimator d(1, count, maxPoints, x0, dx);
    d.addRows(values, count, 1);
    return std::move(d.finish().front());
}

} // namespace deltatrace
