// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdecimator.h"
#include "chartlegend.h"
#include "pictureexporter.h"
#include "trace.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QCheckBox;
class QLabel;
class QLineSeries;
class QTabWidget;
class QAbstractAxis;
class QValueAxis;

namespace deltatrace {

class RunOutcome;
class TrainingChartView;

// How training went, epoch by epoch: the loss, the four outputs against their targets, and every
// weight. Everything a chart shows is thinned once per run (ChartDecimator), so moving through
// the run only moves the vertical marker at the current epoch. A second run can be overlaid
// (dashed) to compare, e.g., the sigmoid and the cross-entropy output delta from one start.
// Epochs are the trace's 0-based epoch indices; the values at epoch e are measured with the
// weights at the end of epoch e.
class TrainingCharts : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Loss, Outputs, Weights };
    Q_ENUM(Chart)
    static constexpr int ChartCount = 3;
    static constexpr int MaxPointsPerSeries = 2000;

    explicit TrainingCharts(QWidget *parent = nullptr);
    ~TrainingCharts() override;

    void setTrace(std::shared_ptr<const Trace> trace);
    // Overlays another run's loss and outputs, dashed; nullptr removes it. `label` names it in
    // the legend (its experiment id when empty).
    void setComparison(std::shared_ptr<const Trace> other, const QString &label = {});
    // How this run (or the compared one) ended, as RunDisplay judged it: a stalled run's plateau
    // is marked on the loss and outputs charts, a dashed line at RunOutcome::flatFromEpoch()
    // labelled "flat from epoch N". setTrace() forgets this run's; setComparison() with another
    // run forgets the compared one's.
    void setOutcome(const RunOutcome &outcome);
    void setComparisonOutcome(const RunOutcome &outcome);
    // The epoch a run's plateau is marked at (nullopt: none), for tests.
    std::optional<int> flatFromEpoch() const { return m_run.flatFrom; }
    std::optional<int> comparisonFlatFromEpoch() const { return m_other.flatFrom; }
    // Only moves the marker: cheap enough to call on every step.
    void setCurrentEpoch(int epoch);
    int currentEpoch() const { return m_currentEpoch; }

    void showChart(Chart chart);
    Chart currentChart() const;
    void setLogScale(bool on); // for the loss chart
    bool logScale() const { return m_logScale; }

    // Every piece of text the chart shown puts on screen (its title, axis labels and titles, its
    // legend's names), where it is painted, in this widget's coordinates, and what it reads: for
    // layout tests (nothing cut short, nothing overlapping) of this view and of the window.
    QList<QRectF> paintedTextRects() const;
    QStringList paintedTexts() const; // in the same order
    // Whether any of them is cut short with an ellipsis (QtCharts' "..." or "…").
    bool hasElidedText() const;
    // The chart shown, with its legend, to save (its context menu) or print: painted as vectors.
    PictureExporter::Picture picture() const;

signals:
    void epochActivated(int epoch);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RunData
    {
        std::shared_ptr<const Trace> trace;
        QString label;
        std::vector<ChartDecimator::Column> summary;  // mse, cross-entropy, y0..y3
        std::vector<ChartDecimator::Column> weights;  // W (3) or W1 row-major (12) then W2 (4)
        bool weightsReady = false;
        std::optional<int> flatFrom; // where a stalled run's plateau starts
    };
    // A plateau's mark on a chart: items of the chart's scene, so they are painted into the
    // view's picture with the chart (nothing to draw per step), and their label is one of the
    // chart's painted texts. Owned by the chart.
    struct FlatMark
    {
        QGraphicsLineItem *line = nullptr;
        QGraphicsRectItem *box = nullptr; // white under the label, over the lines it crosses
        QGraphicsSimpleTextItem *label = nullptr;
    };
    struct Page
    {
        QWidget *widget = nullptr;
        QLabel *note = nullptr;
        TrainingChartView *view = nullptr;
        QChart *chart = nullptr;
        // An invisible series on the chart's axes: maps epochs to positions and back (for the
        // marker and for clicks), with or without data series.
        QLineSeries *anchor = nullptr;
        std::vector<QLineSeries *> data;
        ChartLegend *legend = nullptr;
        QList<ChartLegend::Entry> legendEntries; // gathered while the chart is built
        QString title;                           // shown over the chart when it fits
        QValueAxis *xAxis = nullptr;
        QAbstractAxis *yAxis = nullptr;
        double xMax = 1.0;
        // The range the vertical axis must show; its ticks and ends are fitted to the plot's height.
        double dataLow = 0.0;
        double dataHigh = 1.0;
        // Fitting the text changes the layout, which may fit it again: bounded, in case two
        // fits kept undoing each other. Reset when the view is resized or the fonts change.
        int fitPasses = 0;
        bool fitQueued = false; // a fit for a new plot area waits in the event loop
        // Its chart shows an earlier run, language or scale: built afresh when it is next shown.
        bool stale = false;
        double yLow = 0.0;
        double yHigh = 1.0;
        std::array<FlatMark, 2> flatMarks; // this run's, the compared run's
    };

    static RunData prepare(std::shared_ptr<const Trace> trace, const QString &label);
    static void prepareWeights(RunData &run);
    void onTabChanged(int index);
    // A chart's content changed: it is built now if it is the one shown, else when it is shown.
    void invalidate(Chart chart);
    void ensureBuilt(Chart chart);
    void rebuild(Chart chart);
    void rebuildAll();
    // The last epoch the x axis shows (0: a run of one epoch, or none, in the middle of the axis),
    // and that axis; the chart builders fill a fresh chart.
    double epochAxisEnd(Chart which) const;
    QValueAxis *newEpochAxis(double xMax) const;
    void buildLossChart(Page &page, QAbstractAxis *xAxis);
    // Fitted to the loss lines (linear or logarithmic); yLow and yHigh get the range it shows.
    QAbstractAxis *newLossAxis(double highest, double lowestPositive, double &yLow, double &yHigh) const;
    void buildOutputsChart(Page &page, QAbstractAxis *xAxis, double xMax);
    void buildWeightsChart(Page &page, QAbstractAxis *xAxis);
    static QChart *newChart();
    void finishChart(Page &page, QAbstractAxis *xAxis, QAbstractAxis *yAxis, double yLow, double yHigh);
    QLineSeries *addLine(Page &page, const std::vector<ChartDecimator::Segment> &segments, const QString &name,
                         const QPen &pen, bool inLegend, bool positiveOnly = false);
    void addLegendEntry(Page &page, const QString &name, const QPen &pen);
    void updateMarker(Page &page);
    // Places (or hides) the plateau marks of the loss and outputs charts: when a chart is built,
    // laid out, its fonts change, or an outcome arrives; never on a step.
    void placeFlatMarks(Page &page);
    void placeFlatMarks();
    // Chooses the ticks, the axis titles and the chart title that fit the plot at the current
    // fonts, so that no label is cut short or overlaps another.
    void fitText(Page &page);
    void collectText(QList<QRectF> *rects, QStringList *texts) const;
    void updateNotes();
    void applyFonts();
    void applyFonts(Chart chart);
    void retranslate();
    QString runLabel(const RunData &run) const;
    // A few words telling the two compared runs apart in a legend (the rule when the rules
    // differ, else "this run" / "compared run"); runLabel() goes in the tooltip.
    QString shortRunLabel(const RunData &run) const;
    int epochCount() const;
    void activateAt(Chart chart, const QPointF &viewportPos);

    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_logCheck = nullptr;
    std::array<Page, ChartCount> m_pages;
    RunData m_run;
    RunData m_other;
    int m_currentEpoch = 0;
    QFont m_markerFont; // the marker label's, set with the other fonts
    bool m_logScale = false;
};

} // namespace deltatrace
