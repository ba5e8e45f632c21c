// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundisplay.h"

#include "arithmeticpanel.h"
#include "codelistingview.h"
#include "comparisonview.h"
#include "exercisepanel.h"
#include "inputplaneview.h"
#include "languagemanager.h"
#include "lessonbrowser.h"
#include "messagebar.h"
#include "narrativebrowser.h"
#include "networkdiagram.h"
#include "parameterspanel.h"
#include "runlisting.h"
#include "runsession.h"
#include "stepcontroller.h"
#include "steppingtoolbar.h"
#include "tracetablemodel.h"
#include "trainingcharts.h"
#include "untrustedtext.h"
#include "presenterbar.h"
#include "runoutcome.h"
#include "workarea.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QTableView>
#include <QTreeWidget>

#include <algorithm>

namespace deltatrace {

namespace {

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())); }

// A window title from file text: "[*]" is Qt's placeholder for the unsaved-changes mark, and
// "[*][*]" shows as "[*]".
QString windowTitleText(const QString &text)
{
    return UntrustedText::line(text).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

} // namespace

RunDisplay::RunDisplay(RunSession *run, StepController *controller, LanguageManager *languages, QMainWindow *window)
    : QObject(window), m_run(run), m_controller(controller), m_languages(languages), m_window(window)
{
    createViews(window);
    connectViews();
}

void RunDisplay::createViews(QMainWindow *window)
{
    // Made in the order they are tabbed through.
    m_stepping = new SteppingToolbar(m_controller, window);
    m_errorBar = new MessageBar(window);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_warningBar = new MessageBar(window);
    m_warningBar->setObjectName(QStringLiteral("warningBar"));
    m_arithmetic = new ArithmeticPanel(window);
    m_arithmetic->setObjectName(QStringLiteral("arithmeticPanel"));
    m_code = new CodeListingView(window);
    m_code->setObjectName(QStringLiteral("codeListing"));
    m_diagram = new NetworkDiagram(window);
    m_diagram->setObjectName(QStringLiteral("networkDiagram"));
    m_charts = new TrainingCharts(window);
    m_charts->setObjectName(QStringLiteral("trainingCharts"));
    m_inputPlane = new InputPlaneView(window);
    m_inputPlane->setObjectName(QStringLiteral("inputPlane"));
    m_narrative = new NarrativeBrowser(window);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_browser = new LessonBrowser(window);
    m_browser->setObjectName(QStringLiteral("lessonBrowser"));
    m_parameters = new ParametersPanel(window);
    m_parameters->setObjectName(QStringLiteral("parametersPanel"));
    m_comparisonView = new ComparisonView(window);
    m_comparisonView->setVisible(false);

    m_tableModel = new TraceTableModel(window);
    m_table = new QTableView(window);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_tableModel);
    // A fixed row height keeps a table of millions of rows instant (no per-row measuring).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    updateTableRowHeight();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // The corner button would select all rows, which a single-row selection cannot do.
    m_table->setCornerButtonEnabled(false);

    m_runLabel = new QLabel(window);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    QFont bold = m_runLabel->font();
    bold.setBold(true);
    m_runLabel->setFont(bold);
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // It shows titles and ids from lesson and trace files.
    UntrustedText::makePlainLabel(m_runLabel);

    m_presenterBar = new PresenterBar(window);
    m_presenterBar->setVisible(false);
    m_exercisePanel = new ExercisePanel(window);
    m_exercisePanel->setVisible(false);
    m_work = new WorkArea({m_errorBar, m_warningBar, m_runLabel, m_presenterBar, m_stepping, m_exercisePanel}, m_arithmetic, m_diagram,
                          m_comparisonView, window);
}

void RunDisplay::connectViews()
{
    connect(m_controller, &StepController::positionChanged, this, &RunDisplay::onPositionChanged);
    connect(m_browser, &LessonBrowser::experimentActivated, this, [this] { m_work->setFocus(Qt::OtherFocusReason); });
    connect(m_charts, &TrainingCharts::epochActivated, this, [this](int epoch) { m_controller->goTo(epoch); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // A row is a sample step: show it finished.
        if (index.isValid())
            m_controller->setPosition({index.row(), m_controller->operationsPerStep() - 1});
    });
    connect(m_warningBar, &MessageBar::actionTriggered, this, [this] {
        if (m_warningTarget)
            m_controller->setPosition(*m_warningTarget);
    });
}

void RunDisplay::updateTableRowHeight()
{
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
}

void RunDisplay::retranslate()
{
    // Qt's corner button of the table has no text of its own; screen readers name it by this.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Trace table"));
    if (m_languages)
        m_browser->setLanguage(language());
    m_exercisePanel->setLanguage(language());
    updateNarrative();
    updateTitle();
    if (m_run->isComparing()) {
        const QString label = experimentTitle(m_run->comparisonExperimentId());
        m_comparisonView->setLabels(experimentTitle(m_run->experimentId()), label);
        m_charts->setComparison(m_run->comparison(), label);
        m_work->setRunTitles(tr("This run: %1").arg(experimentTitle(m_run->experimentId())), tr("Compared run: %1").arg(label));
    }
}

QString RunDisplay::language() const { return m_languages ? m_languages->language() : QStringLiteral("en"); }

QString RunDisplay::experimentTitle(const QString &experimentId) const
{
    if (const std::optional<Lesson> &lesson = m_run->lesson())
        if (const Experiment *e = lesson->experiment(experimentId))
            return UntrustedText::line(e->title.in(language()));
    return UntrustedText::line(experimentId);
}

// ---------------------------------------------------------------------------------------------
// The run shown

void RunDisplay::showRun()
{
    const std::shared_ptr<const Trace> &trace = m_run->trace();
    // A run from a file is none of the listed experiments.
    if (!m_run->filePath().isEmpty())
        m_browser->clearSelection();
    const Experiment *experiment = m_run->experiment();
    m_arithmetic->setTrace(trace);
    m_diagram->setTrace(trace);
    m_inputPlane->setTrace(trace);
    m_charts->setTrace(trace);
    m_tableModel->setTrace(trace);
    // The listing is the run's: its seed, alpha and epochs, also for a replayed trace.
    if (experiment && trace)
        m_code->setListing(RunListing::of(experiment->code, trace->spec()));
    else
        m_code->setCode(experiment ? experiment->code : QList<CodeLine>{});
    m_parameters->setExperiment(experiment);
    if (trace && experiment)
        m_parameters->setValues(trace->spec().seed, trace->spec().alpha, trace->spec().epochs);
    m_controller->setTrace(trace);

    updateNarrative();
    updateTitle();
    updateWarning();
}

void RunDisplay::onRecorded()
{
    if (m_run->isComparing())
        m_comparisonView->setRuns(m_run->trace(), m_run->comparison(), experimentTitle(m_run->experimentId()),
                                  experimentTitle(m_run->comparisonExperimentId()));
    // The stepping keys go to the new run, unless the user is typing or choosing elsewhere.
    if (!m_browser->tree()->hasFocus() && !m_work->hasFocus() && QApplication::focusWidget() == nullptr)
        m_work->setFocus(Qt::OtherFocusReason);
}

void RunDisplay::updateNarrative()
{
    const QString lang = language();
    if (!m_run->lesson()) {
        if (m_run->trace())
            m_narrative->showMarkdown(tr("This trace file carries no lesson text. Its numbers replay all the same: "
                                         "step through them with the keys shown on the toolbar."),
                                      QString());
        else
            m_narrative->showMarkdown(QString(), QString());
        return;
    }
    // The lesson's title as a heading, unless its narrative opens with one of its own.
    const QString narrative = m_run->lesson()->narrative.in(lang);
    // Titles are plain text: written into the Markdown as the literal text they are.
    QString markdown = narrative.trimmed().startsWith(QLatin1String("# "))
                           ? narrative
                           : QStringLiteral("# ") + UntrustedText::markdownLine(m_run->lesson()->title.in(lang)) + QStringLiteral("\n\n") + narrative;
    if (const Experiment *e = m_run->experiment())
        markdown += QStringLiteral("\n\n---\n\n## ") + UntrustedText::markdownLine(e->title.in(lang)) + QStringLiteral("\n\n")
                    + e->narrative.in(lang);
    // Images load only from beside a lesson file on disk, never for a lesson from a trace file.
    const QString directory = m_run->lesson()->filePath.isEmpty() ? QString() : QFileInfo(m_run->lesson()->filePath).absolutePath();
    m_narrative->showMarkdown(markdown, directory);
}

void RunDisplay::updateTitle()
{
    QString run;
    QString presented;
    if (m_run->trace()) {
        const TraceSpec &spec = m_run->trace()->spec();
        // The class needs the experiment and the seed (the seed decides whether it stalls).
        presented = tr("%1 · seed %2")
                        .arg(m_run->lesson() ? experimentTitle(m_run->experimentId()) : UntrustedText::line(spec.experimentId))
                        .arg(spec.seed);
        // Titles and ids come from the lesson or trace file: plain, one line each, bounded.
        const QString what = m_run->lesson() ? QStringLiteral("%1 — %2").arg(UntrustedText::line(m_run->lesson()->title.in(language())),
                                                                      experimentTitle(m_run->experimentId()))
                                      : QStringLiteral("%1 / %2").arg(UntrustedText::line(spec.lessonId), UntrustedText::line(spec.experimentId));
        run = tr("%1 · seed %2 · alpha %3 · %4 epochs")
                  .arg(what)
                  .arg(spec.seed)
                  .arg(QString::number(spec.alpha, 'g', QLocale::FloatingPointShortest))
                  .arg(spec.epochs);
        if (!m_run->filePath().isEmpty())
            run += QStringLiteral(" · ") + UntrustedText::line(QFileInfo(m_run->filePath()).fileName());
    }
    m_runLabel->setText(run);
    m_runLabel->setVisible(!run.isEmpty() && !m_presenting);
    m_presenterBar->setTitle(presented);
    if (!m_run->filePath().isEmpty())
        m_window->setWindowTitle(tr("%1 — DeltaTrace").arg(windowTitleText(QFileInfo(m_run->filePath()).fileName())));
    else if (m_run->lesson())
        m_window->setWindowTitle(tr("%1 — DeltaTrace").arg(windowTitleText(m_run->lesson()->title.in(language()))));
    else
        m_window->setWindowTitle(QStringLiteral("DeltaTrace"));
}

void RunDisplay::setRecording(bool recording, const TraceSpec *spec)
{
    m_arithmetic->setRecording(recording);
    if (recording && spec && !m_run->trace())
        m_parameters->setValues(spec->seed, spec->alpha, spec->epochs);
}

void RunDisplay::updateWarning()
{
    m_warningTarget.reset();
    if (!m_run->trace()) {
        m_warningBar->hideMessage();
        return;
    }
    const std::shared_ptr<const Trace> trace = m_run->trace();
    const long long nonFinite = trace->firstNonFiniteStep();
    const long long saturated = trace->firstSaturatedStep();
    const int lastOperation = static_cast<int>(operationsOf(trace->rule()).size()) - 1;
    // The texts are functions so that they follow a change of language.
    if (nonFinite >= 0) {
        m_warningTarget = trace->firstProblemPosition();
        const QString quantity = latin1(quantityName(trace->firstNonFiniteQuantity()));
        m_warningBar->showMessage(
            MessageBar::Kind::Warning,
            [nonFinite, quantity] {
                return tr("Values stopped being finite at epoch %1, sample %2 (%3): alpha is too large. "
                          "You can still step through every value; NaN and inf are marked in red.")
                    .arg(nonFinite / SampleCount)
                    .arg(nonFinite % SampleCount)
                    .arg(quantity);
            },
            [] { return tr("Go There"); });
        return;
    }
    if (saturated >= 0) {
        m_warningTarget = trace->firstProblemPosition();
        const RunOutcome::SaturatedSigmoid sigmoid = RunOutcome::firstSaturatedSigmoid(*trace);
        const bool crossEntropy = trace->rule() == Rule::BackpropCrossEntropy;
        m_warningBar->showMessage(
            MessageBar::Kind::Warning,
            [saturated, sigmoid, crossEntropy] {
                const QString where = sigmoid.output ? QStringLiteral("y") : QStringLiteral("y1[%1]").arg(sigmoid.unit);
                const QString when = tr("A sigmoid saturated at epoch %1, sample %2: %3 became exactly 0 or 1.")
                                         .arg(saturated / SampleCount)
                                         .arg(saturated % SampleCount)
                                         .arg(where);
                // The cross-entropy delta has no slope factor: a saturated output still moves
                // W2, so "learning stopped" would be false there.
                if (crossEntropy)
                    return when + QLatin1Char(' ')
                           + tr("Through a saturated hidden unit the slope y1(1 - y1) is 0, so its row of W1 stops "
                                "learning; but the cross-entropy delta is just e = d - y, with no slope, so W2 keeps "
                                "changing by alpha·delta·y1 at every step. Alpha is probably too large.");
                return when + QLatin1Char(' ')
                       + tr("Its slope is then 0, so the deltas through it are 0 and the weights before it stop "
                            "learning. Alpha is probably too large.");
            },
            [] { return tr("Go There"); });
        return;
    }
    // How the run ended (RunOutcome, as the command line says it): a stalled or unfinished run
    // says so, with the samples still on the wrong side.
    const RunOutcome outcome = RunOutcome::of(*trace);
    m_charts->setOutcome(outcome); // the charts mark where a stalled run went flat
    QStringList samples;
    for (int k : outcome.unsettledSamples())
        samples << QString::number(k);
    const QString unsettled = samples.join(QStringLiteral(", "));
    switch (outcome.kind()) {
    case RunOutcome::Kind::Stalled: {
        const int from = outcome.flatFromEpoch();
        m_warningTarget = TracePosition{static_cast<long long>(from) * SampleCount, lastOperation};
        m_warningBar->showMessage(
            MessageBar::Kind::Warning,
            [from, unsettled, count = samples.size(), oneNeuron = !isTwoLayer(trace->rule())] {
                const QString stalled = tr("This run stalled: from epoch %1 on, the loss has barely changed, and the output for "
                                           "sample k = %2 is still on the wrong side of 0.5 (or too close to it).",
                                           nullptr, int(count))
                                            .arg(from)
                                            .arg(unsettled);
                // A plateau of the hidden-layer network can end; one neuron's cannot when no
                // line separates the samples (lesson 2), so "more epochs" would be false there.
                return stalled + QLatin1Char(' ')
                       + (oneNeuron ? tr("One neuron's boundary is a straight line: where no line separates the samples, "
                                         "as for XOR, no number of epochs and no seed solves the task.")
                                    : tr("More epochs or another seed may still get it off this plateau."));
            },
            [] { return tr("Go to Where It Stalled"); });
        return;
    }
    case RunOutcome::Kind::Learning:
        m_warningBar->showMessage(MessageBar::Kind::Information, [unsettled, count = samples.size()] {
            return tr("Not solved yet: the output for sample k = %1 is still on the wrong side of 0.5 (or too close to it), "
                      "but the loss is still falling. More epochs would help.", nullptr, int(count))
                .arg(unsettled);
        });
        return;
    default:
        m_warningBar->hideMessage();
    }
}

// ---------------------------------------------------------------------------------------------
// The compared run

void RunDisplay::showComparison()
{
    const QString label = experimentTitle(m_run->comparisonExperimentId());
    m_charts->setComparison(m_run->comparison(), label);
    if (m_run->comparison())
        m_charts->setComparisonOutcome(RunOutcome::of(*m_run->comparison()));
    if (m_run->trace())
        m_comparisonView->setRuns(m_run->trace(), m_run->comparison(), experimentTitle(m_run->experimentId()), label);
    m_comparisonView->setPosition(m_controller->position());
    m_work->showComparison(tr("This run: %1").arg(experimentTitle(m_run->experimentId())), tr("Compared run: %1").arg(label));
}

void RunDisplay::setPresenting(bool presenting)
{
    m_presenting = presenting;
    m_runLabel->setVisible(!presenting && !m_runLabel->text().isEmpty());
    m_stepping->setVisible(!presenting);
    m_presenterBar->setVisible(presenting);
    // Entering sizes the work area once the docks have moved (MainWindow does it).
    if (!presenting)
        m_work->setPresenting(false);
}

void RunDisplay::hideComparison()
{
    m_charts->setComparison(nullptr);
    m_comparisonView->clear();
    m_work->hideComparison();
}

// ---------------------------------------------------------------------------------------------
// Moving

void RunDisplay::onPositionChanged(TracePosition position)
{
    if (!m_run->trace())
        return;
    // Every view follows the one position. Each of these costs O(1) in the run's length.
    m_inputPlane->setPosition(position);
    m_diagram->setPosition(position);
    m_arithmetic->setPosition(position);
    const auto ops = operationsOf(m_run->trace()->rule());
    m_code->setCurrentQuantity(ops[static_cast<size_t>(std::clamp(position.operation, 0, static_cast<int>(ops.size()) - 1))]);
    m_charts->setCurrentEpoch(static_cast<int>(position.step / SampleCount));
    // The table hides what the current step has not computed yet, as the diagram does.
    m_tableModel->setPosition(position);
    const QModelIndex row = m_tableModel->index(static_cast<int>(position.step), 0);
    if (row.isValid()) {
        m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(row, QAbstractItemView::EnsureVisible);
    }
    if (m_run->isComparing())
        m_comparisonView->setPosition(position);
}

QString RunDisplay::goTo(int epoch, int sample, const QString &operation)
{
    using Problem = StepController::PlaceProblem;
    switch (m_controller->goToPlace(epoch, sample, operation)) {
    case Problem::None:
        return {};
    case Problem::NoRun:
        return tr("There is no run to move in.");
    case Problem::EpochOutsideRun:
        return tr("Epoch %1 is outside the run, which has epochs 0 to %2.").arg(epoch).arg(m_run->trace()->epochCount() - 1);
    case Problem::SampleOutsideRun:
        return tr("Sample %1 does not exist; the samples are 0 to 3.").arg(sample);
    case Problem::UnknownOperation: {
        const auto ops = operationsOf(m_run->trace()->rule());
        QStringList names;
        for (Quantity q : ops)
            names << latin1(quantityName(q));
        return tr("\"%1\" is not an operation of this run; its operations are %2 (or their index 0 to %3).")
            .arg(operation, names.join(QStringLiteral(", ")))
            .arg(ops.size() - 1);
    }
    }
    return {};
}

} // namespace deltatrace
