// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "seedexplorer.h"
#include "trace.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include <atomic>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace deltatrace {

class ExploreResultsModel;
class SolvedEpochsHistogram;

// Trains one or two experiments of a lesson from a range of seeds and shows how each start
// ended: counts in words, the starts one method solves and the other does not, a bar chart of
// the outcomes, a histogram of how fast the solved ones got there, and the seeds one by one. Lesson 3's point is that backpropagation from a random
// start sometimes stalls, and that this depends on the start, not only on the delta. The
// training runs on a worker thread; the window stays live and the exploration can be cancelled.
class ExploreDialog : public QDialog
{
    Q_OBJECT
public:
    // `experimentId` and `spec` are the window's current run: its experiment is chosen first and
    // its alpha and epochs are kept. `language` ("ko" or "en") picks the experiments' titles.
    ExploreDialog(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec, const QString &language,
                  QWidget *parent = nullptr);
    // Cancels a running exploration and waits for its thread.
    ~ExploreDialog() override;

    // Starts exploring with the dialog's current settings (nothing when already exploring).
    void explore();
    // Asks a running exploration to stop; explorationFinished follows.
    void cancel();
    bool isExploring() const { return m_exploring; }
    // Whether the last exploration was cancelled (and so left no results).
    bool wasCancelled() const { return m_cancelledLast; }

    // The settings, for the window and the tests. `secondId` "" means none.
    void setExperiments(const QString &firstId, const QString &secondId);
    void setSeedRange(std::uint32_t firstSeed, std::uint32_t lastSeed);
    void setEpochs(int epochs);

    ExploreResultsModel *model() const { return m_model; }
    // The counts per experiment and, for two, the cross counts, in words.
    QString summaryText() const;

    static constexpr int MaxSeeds = 10'000;

signals:
    // A row was double-clicked or entered: open this run (the second experiment's when one of
    // its columns was chosen).
    void runRequested(const QString &experimentId, quint32 seed);
    // An exploration ended, finished or cancelled. (Not named finished(): QDialog::finished(int)
    // says the dialog closed.)
    void explorationFinished();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool cancelled = false;
        std::vector<SeedExplorer::Result> first;
        std::vector<SeedExplorer::Result> second;
    };

    // What the summary says when it shows no results.
    enum class SummaryState { Invitation, Exploring, Cancelled, Results };

    void retranslate();
    void showSummary();
    TraceSpec specFor(const QString &experimentId) const;
    QString titleOf(const QString &experimentId) const;
    void stopAndWait();
    void onFinished();
    void showResults(const Outcome &outcome);
    void updateChart(const Outcome &outcome);
    void updateControls();
    void keepRangeWithinLimit();

    Lesson m_lesson;
    QString m_currentId;
    TraceSpec m_currentSpec;
    QString m_language;

    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QSpinBox *m_epochs = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_seedsLabel = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_exploreButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    SolvedEpochsHistogram *m_histogram = nullptr;
    QTableView *m_table = nullptr;
    ExploreResultsModel *m_model = nullptr;
    QTimer *m_progressTimer = nullptr;

    // The worker's state. The worker only reads m_stop and adds to m_done; the dialog waits for
    // it before these go away.
    QFuture<Outcome> m_future;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_stop{false};
    std::atomic<long long> m_done{0};
    bool m_exploring = false;
    bool m_cancelledLast = false;
    QString m_runFirstId;
    QString m_runSecondId;
    int m_runEpochs = 0;
    // What the summary shows, kept to be said again in another language.
    SummaryState m_summaryState = SummaryState::Invitation;
    Outcome m_shown;
};

} // namespace deltatrace
