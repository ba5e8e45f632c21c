// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdecimator.h"
#include "chartlegend.h"
#include "networkposition.h"
#include "networktrace.h"
#include "pictureexporter.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QAbstractAxis;
class QChart;
class QLabel;
class QLineSeries;
class QTabWidget;
class QValueAxis;

namespace deltatrace {

class TrainingChartView;

// How a general network's run (lesson format 2) went, epoch by epoch, as TrainingCharts shows
// lessons 1-3: (a) the loss, the mean squared error and, for a sigmoid or softmax output, the
// cross-entropy (NetworkTrace::epochSummary); (b) the outputs: for one output, one line per
// sample (8 of them, spread over the data, when there are more); for several, the current
// sample's outputs, one line per output, with their targets dotted.
//
// Everything is prepared once per run: the loss thinned by ChartDecimator, the outputs at the
// epochs the recording kept them (NetworkTrace::keptOutputs: at most 400, spread evenly over the
// run; nothing is recomputed here, however long the run). Moving through the run moves the vertical marker at the current epoch; with several
// outputs, a move to another sample replaces the outputs chart's points. Values that are not
// finite (inf, NaN) are left out, the lines broken there, and a note above the chart says so.
// Epochs are the trace's 0-based indices; the values at epoch e are measured with the weights
// at the end of epoch e.
class GeneralTrainingCharts : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Loss, Outputs };
    Q_ENUM(Chart)
    static constexpr int ChartCount = 2;
    static constexpr int MaxPointsPerSeries = 2000;
    // Lines of the outputs chart with one output: more would be a tangle.
    static constexpr int MaxSampleLines = 8;

    explicit GeneralTrainingCharts(QWidget *parent = nullptr);
    ~GeneralTrainingCharts() override;

    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    // Cheap: moves the marker, and with several outputs shows the position's sample.
    void setPosition(NetworkPosition position);
    int currentEpoch() const { return m_currentEpoch; }
    int currentSample() const { return m_currentSample; }

    void showChart(Chart chart);
    Chart currentChart() const;

    // What the outputs chart draws (valid once it has been shown for the run): the epochs its
    // outputs were kept at, and for one output the samples it draws a line for.
    const std::vector<int> &outputEpochs() const { return m_outputEpochs; }
    const std::vector<int> &drawnSamples() const { return m_drawnSamples; }

    // Every piece of text the chart shown puts on screen, where, in this widget's coordinates,
    // and what it reads (for layout tests), as TrainingCharts has them.
    QList<QRectF> paintedTextRects() const;
    QStringList paintedTexts() const;
    bool hasElidedText() const;
    // The chart shown, with its legend, to save or print.
    PictureExporter::Picture picture() const;

signals:
    // A click on a chart: that epoch.
    void epochActivated(int epoch);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Page
    {
        QWidget *widget = nullptr;
        QLabel *note = nullptr;
        TrainingChartView *view = nullptr;
        QChart *chart = nullptr;
        QLineSeries *anchor = nullptr; // invisible: maps epochs to positions and back
        std::vector<QLineSeries *> data;
        ChartLegend *legend = nullptr;
        QList<ChartLegend::Entry> legendEntries;
        QString title;
        QValueAxis *xAxis = nullptr;
        QValueAxis *yAxis = nullptr;
        double xMax = 1.0;
        double dataLow = 0.0;
        double dataHigh = 1.0;
        double yLow = 0.0;
        double yHigh = 1.0;
        int fitPasses = 0;
        bool fitQueued = false;
        bool stale = false;
    };
    // A line of the outputs chart that follows the current sample: its series (one per finite
    // stretch it can have), refilled when the sample changes.
    struct SampleLine
    {
        int output = 0;
        bool target = false;
        std::vector<QLineSeries *> series;
    };

    void prepareLoss();
    void prepareOutputs();
    // The output `output` of `sample` at the epochs of m_outputEpochs, as finite stretches.
    std::vector<ChartDecimator::Segment> outputSegments(int sample, int output, long long *firstNonFinite = nullptr) const;
    void ensureBuilt(Chart chart);
    void rebuild(Chart chart);
    void rebuildAll();
    void buildLossChart(Page &page);
    void buildOutputsChart(Page &page);
    void fillSampleLines();
    QString outputsTitle() const;
    QLineSeries *addSeries(Page &page, const QList<QPointF> &points, const QString &name, const QPen &pen);
    void addLine(Page &page, const std::vector<ChartDecimator::Segment> &segments, const QString &name, const QPen &pen,
                 bool inLegend);
    void finishChart(Page &page, double yLow, double yHigh);
    void fitText(Page &page);
    void updateMarker(Page &page);
    void updateNotes();
    void applyFonts();
    void applyFonts(Chart chart);
    void retranslate();
    void collectText(QList<QRectF> *rects, QStringList *texts) const;
    void activateAt(Chart chart, const QPointF &viewportPos);
    int epochCount() const;
    Page &pageOf(Chart chart) { return m_pages[static_cast<std::size_t>(chart)]; }

    QTabWidget *m_tabs = nullptr;
    std::array<Page, ChartCount> m_pages;
    std::shared_ptr<const NetworkTrace> m_trace;
    int m_currentEpoch = 0;
    int m_currentSample = 0;
    QFont m_markerFont;

    std::vector<ChartDecimator::Column> m_loss; // mean squared error, cross-entropy
    bool m_hasCrossEntropy = false;
    bool m_outputsReady = false;
    std::vector<int> m_outputEpochs;
    std::vector<double> m_outputs; // per epoch of m_outputEpochs: N x K, as keptOutputs
    std::vector<int> m_drawnSamples;
    // Where outputs are not finite: the first epoch (-1: none) and which lines.
    long long m_outputsFirstNonFinite = -1;
    std::vector<SampleLine> m_sampleLines; // several outputs: the lines that follow the sample
    int m_linesSample = -1;                // the sample they show
};

} // namespace deltatrace
