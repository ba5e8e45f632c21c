// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exploredialog.h"

#include "exploreresultsmodel.h"
#include "solvedepochshistogram.h"
#include "runlimits.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace deltatrace {

namespace {

// The outcomes a trained run can have, in the order the summary and the chart give them: the
// good news first, then the ways a run fails.
constexpr std::array<RunOutcome::Kind, 5> ShownOutcomes = {RunOutcome::Kind::Solved, RunOutcome::Kind::Stalled,
                                                           RunOutcome::Kind::Learning, RunOutcome::Kind::Saturated,
                                                           RunOutcome::Kind::NotFinite};

// Longer runs only make a cancel wait longer: a seed is cancelled between seeds, so one seed's
// run is how long Cancel can take.
constexpr int MaxExploredEpochs = 100'000;

long long countOf(const std::vector<SeedExplorer::Result> &results, RunOutcome::Kind kind)
{
    return std::count_if(results.begin(), results.end(), [kind](const SeedExplorer::Result &r) { return r.outcome == kind; });
}

QString percent(long long part, long long whole)
{
    return whole > 0 ? QString::number(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 0) : QStringLiteral("0");
}

} // namespace

ExploreDialog::ExploreDialog(const Lesson &lesson, const QString &experimentId, const TraceSpec &spec, const QString &language,
                             QWidget *parent)
    : QDialog(parent), m_lesson(lesson), m_currentId(experimentId), m_currentSpec(spec), m_language(language)
{
    setObjectName(QStringLiteral("exploreDialog"));

    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("exploreFirstExperiment"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("exploreSecondExperiment"));
    m_second->addItem(QString(), QString()); // "None"
    for (const Experiment &e : m_lesson.experiments) {
        if (!updatesWeights(e.rule))
            continue; // a forward pass has no outcome to explore
        m_first->addItem(QString(), e.id); // the title, set by retranslate()
        m_second->addItem(QString(), e.id);
        m_first->setItemData(m_first->count() - 1, e.id, Qt::ToolTipRole);
        m_second->setItemData(m_second->count() - 1, e.id, Qt::ToolTipRole);
    }
    // Titles are sentences; the combo boxes may elide them rather than widen the dialog.
    for (QComboBox *combo : {m_first, m_second}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }

    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("exploreFromSeed"));
    m_from->setRange(0, std::numeric_limits<int>::max());
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("exploreToSeed"));
    m_to->setRange(0, std::numeric_limits<int>::max());
    m_from->setValue(0);
    m_to->setValue(199);
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("exploreEpochs"));
    m_epochs->setRange(1, std::max(MaxExploredEpochs, spec.epochs));
    m_epochs->setValue(std::max(1, spec.epochs));
    m_epochs->setGroupSeparatorShown(true);
    m_epochs->setMinimumWidth(m_epochs->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")) * 2);

    m_exploreButton = new QPushButton(this);
    m_exploreButton->setObjectName(QStringLiteral("exploreButton"));
    m_exploreButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("exploreCancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exploreProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exploreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("exploreChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    m_model = new ExploreResultsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exploreTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The experiments' columns share the width; the seed column is as wide as its numbers.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        if (m_model->columnCount() > 0)
            m_table->horizontalHeader()->setSectionResizeMode(ExploreResultsModel::SeedColumn, QHeaderView::ResizeToContents);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exploreTabs"));
    m_histogram = new SolvedEpochsHistogram(this);
    m_histogram->setObjectName(QStringLiteral("exploreHistogram"));
    m_tabs->addTab(m_chartView, QString());
    m_tabs->addTab(m_histogram, QString());
    m_tabs->addTab(m_table, QString());

    auto *form = new QFormLayout;
    m_firstLabel = new QLabel(this);
    m_firstLabel->setBuddy(m_first);
    form->addRow(m_firstLabel, m_first);
    m_secondLabel = new QLabel(this);
    m_secondLabel->setBuddy(m_second);
    form->addRow(m_secondLabel, m_second);
    auto *seeds = new QHBoxLayout;
    seeds->addWidget(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    seeds->addWidget(m_toLabel);
    seeds->addWidget(m_to);
    seeds->addStretch();
    m_seedsLabel = new QLabel(this);
    m_seedsLabel->setBuddy(m_from);
    form->addRow(m_seedsLabel, seeds);
    auto *epochs = new QHBoxLayout;
    epochs->addWidget(m_epochs);
    epochs->addStretch();
    m_epochsLabel = new QLabel(this);
    m_epochsLabel->setBuddy(m_epochs);
    form->addRow(m_epochsLabel, epochs);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_exploreButton);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslate();

    // The other experiment by default: the lesson's point is the comparison.
    const int current = std::max(0, m_first->findData(experimentId));
    m_first->setCurrentIndex(current);
    for (int i = 1; i < m_second->count(); ++i) {
        if (m_second->itemData(i).toString() != m_first->currentData().toString()) {
            m_second->setCurrentIndex(i);
            break;
        }
    }

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(static_cast<int>(std::min<long long>(m_done.load(), m_progress->maximum()))); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExploreDialog::onFinished);
    connect(m_exploreButton, &QPushButton::clicked, this, &ExploreDialog::explore);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExploreDialog::cancel);
    connect(m_from, &QSpinBox::valueChanged, this, &ExploreDialog::keepRangeWithinLimit);
    connect(m_to, &QSpinBox::valueChanged, this, &ExploreDialog::keepRangeWithinLimit);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit runRequested(m_model->experimentIdForColumn(index.column()), m_model->seedAt(index.row()));
    });

    updateControls();
    resize(760, 620);
}

void ExploreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The lesson's titles follow the language too: LanguageManager sets the default locale
        // with the translators, before this (posted) event arrives.
        m_language = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
        retranslate();
    }
    QDialog::changeEvent(event);
}

// Every text of the dialog in the current language, the experiments' titles and the results
// included; the settings, the results and the selection stay as they are.
void ExploreDialog::retranslate()
{
    setWindowTitle(tr("Explore Seeds"));
    setAccessibleName(tr("Explore seeds"));
    m_first->setAccessibleName(tr("First experiment"));
    m_second->setAccessibleName(tr("Second experiment"));
    m_second->setItemText(0, tr("None"));
    for (QComboBox *combo : {m_first, m_second})
        for (int i = combo == m_second ? 1 : 0; i < combo->count(); ++i)
            combo->setItemText(i, titleOf(combo->itemData(i).toString()));
    m_from->setAccessibleName(tr("First seed"));
    m_to->setAccessibleName(tr("Last seed"));
    m_epochs->setAccessibleName(tr("Epochs"));
    m_exploreButton->setText(tr("&Explore"));
    m_exploreButton->setAccessibleName(tr("Explore"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the exploration"));
    m_progress->setAccessibleName(tr("Seeds explored"));
    m_summary->setAccessibleName(tr("Summary"));
    m_chartView->setAccessibleName(tr("Outcomes by experiment"));
    m_table->setAccessibleName(tr("Outcome of every seed"));
    m_table->setToolTip(tr("Double-click a seed, or press Enter, to open that run"));
    m_tabs->setTabText(0, tr("Outcomes"));
    m_tabs->setTabText(1, tr("Epochs to Solve"));
    m_tabs->setTabText(2, tr("Seed by Seed"));
    m_firstLabel->setText(tr("&First experiment:"));
    m_secondLabel->setText(tr("&Compare with:"));
    m_toLabel->setText(tr("&to"));
    m_seedsLabel->setText(tr("&Seeds from:"));
    m_epochsLabel->setText(tr("E&pochs:"));
    if (m_summaryState == SummaryState::Results)
        showResults(Outcome(m_shown)); // the model's titles, the chart and the summary
    else
        showSummary();
}

void ExploreDialog::showSummary()
{
    switch (m_summaryState) {
    case SummaryState::Invitation:
        m_summary->setText(tr("Choose one or two experiments and a range of seeds, then Explore: each seed is a "
                              "different random start."));
        break;
    case SummaryState::Exploring: m_summary->setText(tr("Exploring…")); break;
    case SummaryState::Cancelled: m_summary->setText(tr("The exploration was cancelled.")); break;
    case SummaryState::Results: break; // showResults writes it
    }
}

ExploreDialog::~ExploreDialog()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    stopAndWait();
}

void ExploreDialog::setExperiments(const QString &firstId, const QString &secondId)
{
    const int first = m_first->findData(firstId);
    if (first >= 0)
        m_first->setCurrentIndex(first);
    m_second->setCurrentIndex(std::max(0, m_second->findData(secondId)));
}

void ExploreDialog::setSeedRange(std::uint32_t firstSeed, std::uint32_t lastSeed)
{
    const auto clamp = [](std::uint32_t seed) { return static_cast<int>(std::min<std::uint32_t>(seed, std::numeric_limits<int>::max())); };
    m_from->setValue(clamp(firstSeed));
    m_to->setValue(clamp(lastSeed));
}

void ExploreDialog::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

// At most MaxSeeds seeds, and the last not before the first: the field the user did not just
// change follows.
void ExploreDialog::keepRangeWithinLimit()
{
    const bool fromChanged = sender() == m_from;
    const long long from = m_from->value();
    const long long to = m_to->value();
    if (fromChanged) {
        if (to < from || to - from + 1 > MaxSeeds)
            m_to->setValue(static_cast<int>(std::min<long long>(from + MaxSeeds - 1, std::numeric_limits<int>::max())));
    } else if (to < from || to - from + 1 > MaxSeeds) {
        m_from->setValue(static_cast<int>(std::max<long long>(0, to < from ? to : to - MaxSeeds + 1)));
    }
}

TraceSpec ExploreDialog::specFor(const QString &experimentId) const
{
    const Experiment *experiment = m_lesson.experiment(experimentId);
    TraceSpec spec;
    spec.lessonId = m_lesson.id;
    spec.experimentId = experimentId;
    spec.lessonSource = m_lesson.source;
    if (experiment) {
        spec.rule = experiment->rule;
        spec.alpha = experiment->alpha;
    }
    // The window's run may have a changed learning rate: the current experiment keeps it.
    if (experimentId == m_currentId)
        spec.alpha = m_currentSpec.alpha;
    spec.epochs = m_epochs->value();
    spec.X = m_lesson.X;
    spec.D = m_lesson.D;
    return spec;
}

QString ExploreDialog::titleOf(const QString &experimentId) const
{
    const Experiment *experiment = m_lesson.experiment(experimentId);
    return experiment ? experiment->title.in(m_language) : experimentId;
}

void ExploreDialog::explore()
{
    if (m_exploring || m_first->currentIndex() < 0)
        return;
    m_runFirstId = m_first->currentData().toString();
    m_runSecondId = m_second->currentData().toString();
    if (m_runSecondId == m_runFirstId)
        m_runSecondId.clear(); // the same experiment twice would only repeat its row
    const TraceSpec first = specFor(m_runFirstId);
    const std::optional<TraceSpec> second = m_runSecondId.isEmpty() ? std::nullopt : std::optional(specFor(m_runSecondId));
    const auto firstSeed = static_cast<std::uint32_t>(m_from->value());
    const auto lastSeed = static_cast<std::uint32_t>(std::max(m_from->value(), m_to->value()));
    const long long seedCount = static_cast<long long>(lastSeed) - firstSeed + 1;

    m_stop = false;
    m_done = 0;
    m_exploring = true;
    m_cancelledLast = false;
    m_progress->setRange(0, static_cast<int>(seedCount * (second ? 2 : 1)));
    m_progress->setValue(0);
    m_runEpochs = m_epochs->value();
    m_summaryState = SummaryState::Exploring;
    showSummary();
    updateControls();
    m_progressTimer->start();

    // The worker reads nothing of the dialog but the two atomics; the destructor waits for the
    // worker, so they outlive it.
    m_future = QtConcurrent::run([this, first, second, firstSeed, lastSeed]() {
        Outcome outcome;
        long long before = 0;
        SeedExplorer::Options options;
        options.progress = [this, &before](long long done, long long) {
            m_done = before + done;
            return !m_stop.load();
        };
        const auto runOne = [&](const TraceSpec &spec, std::vector<SeedExplorer::Result> &into) {
            if (m_stop)
                return false;
            auto results = SeedExplorer::explore(spec, firstSeed, lastSeed, options);
            if (!results)
                return false;
            into = std::move(*results);
            before += static_cast<long long>(into.size());
            return true;
        };
        outcome.cancelled = !runOne(first, outcome.first) || (second && !runOne(*second, outcome.second));
        if (outcome.cancelled) {
            outcome.first.clear();
            outcome.second.clear();
        }
        return outcome;
    });
    m_watcher.setFuture(m_future);
}

void ExploreDialog::cancel()
{
    m_stop = true;
}

void ExploreDialog::stopAndWait()
{
    m_stop = true;
    if (m_future.isValid())
        m_future.waitForFinished();
}

void ExploreDialog::reject()
{
    // Closing stops the work first: no thread outlives what the user sees.
    stopAndWait();
    QDialog::reject();
}

void ExploreDialog::onFinished()
{
    m_progressTimer->stop();
    m_exploring = false;
    const Outcome outcome = m_future.result();
    m_cancelledLast = outcome.cancelled;
    if (outcome.cancelled) {
        m_model->clear();
        updateChart(outcome);
        m_summaryState = SummaryState::Cancelled;
        showSummary();
        m_progress->setValue(0);
    } else {
        m_progress->setValue(m_progress->maximum());
        showResults(outcome);
    }
    updateControls();
    emit explorationFinished();
}

void ExploreDialog::showResults(const Outcome &outcome)
{
    m_summaryState = SummaryState::Results;
    m_shown = outcome;
    ExploreResultsModel::Run first{m_runFirstId, titleOf(m_runFirstId), outcome.first};
    ExploreResultsModel::Run second;
    if (!m_runSecondId.isEmpty())
        second = ExploreResultsModel::Run{m_runSecondId, titleOf(m_runSecondId), outcome.second};
    m_model->setRuns(std::move(first), std::move(second));
    updateChart(outcome);

    const long long total = static_cast<long long>(outcome.first.size());
    QStringList lines;
    if (total > 0)
        lines << tr("Seeds %1 to %2, %3 epochs each:")
                     .arg(outcome.first.front().seed)
                     .arg(outcome.first.back().seed)
                     .arg(QLocale().toString(m_runEpochs));
    const auto describe = [&](const QString &id, const std::vector<SeedExplorer::Result> &results) {
        QStringList parts;
        for (const RunOutcome::Kind kind : ShownOutcomes) {
            const long long n = countOf(results, kind);
            parts << tr("%1 %2 (%3%)").arg(ExploreResultsModel::outcomeName(kind)).arg(n).arg(percent(n, total));
        }
        lines << tr("%1 (%2): %3.").arg(titleOf(id), id, parts.join(tr(", ")));
    };
    describe(m_runFirstId, outcome.first);
    if (!m_runSecondId.isEmpty() && outcome.second.size() == outcome.first.size()) {
        describe(m_runSecondId, outcome.second);
        long long both = 0, onlyFirst = 0, onlySecond = 0, neither = 0;
        for (std::size_t i = 0; i < outcome.first.size(); ++i) {
            const bool a = outcome.first[i].outcome == RunOutcome::Kind::Solved;
            const bool b = outcome.second[i].outcome == RunOutcome::Kind::Solved;
            (a && b ? both : a ? onlyFirst : b ? onlySecond : neither) += 1;
        }
        lines << tr("Both solved: %1. Only %2 solved: %3. Only %4 solved: %5. Neither solved: %6.")
                     .arg(both)
                     .arg(m_runFirstId)
                     .arg(onlyFirst)
                     .arg(m_runSecondId)
                     .arg(onlySecond)
                     .arg(neither);
        if (onlyFirst > 0 && onlySecond > 0)
            lines << tr("Each experiment fails from some starts where the other succeeds: whether a run solves the task "
                        "depends on its start, not only on the method.");
        else if (onlyFirst > 0 || onlySecond > 0)
            lines << tr("Where only one solved, the start was the same: the method made the difference there.");
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ExploreDialog::updateChart(const Outcome &outcome)
{
    QList<SolvedEpochsHistogram::Run> runs;
    if (!outcome.first.empty())
        runs.append({titleOf(m_runFirstId), outcome.first});
    if (!m_runSecondId.isEmpty() && !outcome.second.empty())
        runs.append({titleOf(m_runSecondId), outcome.second});
    m_histogram->setRuns(runs);

    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (outcome.first.empty())
        return;
    auto *series = new QBarSeries;
    long long highest = 1;
    const auto addSet = [&](const QString &id, const std::vector<SeedExplorer::Result> &results) {
        auto *set = new QBarSet(titleOf(id));
        for (const RunOutcome::Kind kind : ShownOutcomes) {
            const long long n = countOf(results, kind);
            highest = std::max(highest, n);
            *set << static_cast<qreal>(n);
        }
        series->append(set);
    };
    addSet(m_runFirstId, outcome.first);
    if (!m_runSecondId.isEmpty() && !outcome.second.empty())
        addSet(m_runSecondId, outcome.second);
    m_chart->addSeries(series);
    // The count on every bar: the learner reads "14 stalled" without measuring it on the axis.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    series->setLabelsVisible(true);

    auto *categories = new QBarCategoryAxis;
    for (const RunOutcome::Kind kind : ShownOutcomes)
        categories->append(ExploreResultsModel::outcomeName(kind));
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    // Round steps (1, 2 or 5 times a power of ten) and room above the highest bar for its count.
    double step = 1.0;
    while (static_cast<double>(highest) / step > 5.0)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2.0);
    const double top = std::ceil(static_cast<double>(highest) * 1.12 / step) * step;
    counts->setRange(0, top);
    counts->setTickCount(static_cast<int>(top / step) + 1);
    counts->setTitleText(tr("Seeds"));
    m_chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    // The counts in the axis labels' colour: the default would be white on the white plot.
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets)
        set->setLabelColor(categories->labelsColor());
}

void ExploreDialog::updateControls()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_first, m_second, m_from, m_to, m_epochs, m_exploreButton})
        w->setEnabled(!m_exploring);
    m_cancelButton->setEnabled(m_exploring);
}

QString ExploreDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace deltatrace
