// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "solvedepochshistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace deltatrace {

// The chart is given to the base's constructor: QChartView(parent) would make a default chart of
// its own, and setChart() releases that one without deleting it.
SolvedEpochsHistogram::SolvedEpochsHistogram(QWidget *parent) : QChartView(new QChart, parent), m_chart(chart())
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

SolvedEpochsHistogram::Bins SolvedEpochsHistogram::binsOf(const QList<Run> &runs)
{
    Bins bins;
    int last = -1;
    for (const Run &run : runs)
        for (const SeedExplorer::Result &r : run.results)
            last = std::max(last, r.solvedFromEpoch);
    if (last < 0)
        return bins; // nothing solved: no bins
    // The smallest round width that needs at most MaxBins bins to reach the last solved epoch.
    const long long span = static_cast<long long>(last) + 1;
    long long width = 1;
    for (long long decade = 1;; decade *= 10) {
        const long long candidates[] = {decade, 2 * decade, 5 * decade};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [span](long long w) { return (span + w - 1) / w <= MaxBins; });
        if (fits != std::end(candidates)) {
            width = *fits;
            break;
        }
    }
    bins.width = static_cast<int>(width);
    bins.count = static_cast<int>((span + width - 1) / width);
    for (const Run &run : runs) {
        std::vector<int> counts(static_cast<std::size_t>(bins.count), 0);
        for (const SeedExplorer::Result &r : run.results)
            if (r.solvedFromEpoch >= 0)
                ++counts[static_cast<std::size_t>(r.solvedFromEpoch / bins.width)];
        bins.counts.push_back(std::move(counts));
    }
    return bins;
}

QString SolvedEpochsHistogram::binLabel(const Bins &bins, int bin)
{
    const long long first = static_cast<long long>(bin) * bins.width;
    if (bins.width == 1)
        return QString::number(first);
    return QStringLiteral("%1–%2").arg(first).arg(first + bins.width - 1);
}

void SolvedEpochsHistogram::setRuns(const QList<Run> &runs)
{
    m_runs = runs;
    m_bins = binsOf(m_runs);
    rebuild();
}

void SolvedEpochsHistogram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // the axis titles
    QChartView::changeEvent(event);
}

void SolvedEpochsHistogram::rebuild()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    setAccessibleName(tr("Epochs until solved, by experiment"));
    if (m_bins.count == 0) {
        m_chart->setTitle(m_runs.isEmpty() ? QString() : tr("No start solved the task in this exploration."));
        return;
    }
    m_chart->setTitle(QString());
    auto *series = new QBarSeries;
    int highest = 1;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        auto *set = new QBarSet(m_runs[i].title);
        for (int n : m_bins.counts[static_cast<std::size_t>(i)]) {
            highest = std::max(highest, n);
            *set << n;
        }
        series->append(set);
    }
    m_chart->addSeries(series);

    auto *epochs = new QBarCategoryAxis;
    for (int b = 0; b < m_bins.count; ++b)
        epochs->append(binLabel(m_bins, b));
    epochs->setTitleText(tr("Solved from epoch"));
    m_chart->addAxis(epochs, Qt::AlignBottom);
    series->attachAxis(epochs);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers of seeds on round steps, as the outcome chart has them.
    int step = 1;
    while (highest / step > 5)
        step = QString::number(step).startsWith(QLatin1Char('2')) ? step * 5 / 2 : step * 2; // 1, 2, 5, 10, 20...
    const int top = (highest / step + 1) * step;
    counts->setRange(0, top);
    counts->setTickCount(top / step + 1);
    counts->setTitleText(tr("Seeds"));
    m_chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

} // namespace deltatrace
