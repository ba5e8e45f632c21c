// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedexplorer.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace deltatrace {

// How fast the solved starts of an exploration got there: a histogram of each run's
// solvedFromEpoch, one bar set per experiment side by side, so that "cross-entropy is faster"
// can be read across many seeds instead of from one run. Starts that did not solve XOR are not
// in it (the outcome chart counts them).
class SolvedEpochsHistogram : public QChartView
{
    Q_OBJECT
public:
    // Equal bins [i * width, (i + 1) * width) from epoch 0 to the last solved epoch; the width
    // is 1, 2 or 5 times a power of ten, for at most MaxBins bins.
    struct Bins
    {
        int width = 1;
        int count = 0;
        std::vector<std::vector<int>> counts; // per run, per bin
    };
    static constexpr int MaxBins = 10;

    struct Run
    {
        QString title;
        std::vector<SeedExplorer::Result> results;
    };

    explicit SolvedEpochsHistogram(QWidget *parent = nullptr);

    void setRuns(const QList<Run> &runs);
    const Bins &bins() const { return m_bins; }
    // The bin's label, "500–999" (its first and last epoch).
    static QString binLabel(const Bins &bins, int bin);
    static Bins binsOf(const QList<Run> &runs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart;
    QList<Run> m_runs;
    Bins m_bins;
};

} // namespace deltatrace
