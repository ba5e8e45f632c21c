// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "arithmeticpanel.h"

#include "formulabuilder.h"
#include "formulaview.h"
#include "notesview.h"
#include "numberformat.h"
#include "valuecolors.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace deltatrace {

namespace {

QLabel *textLabel(QWidget *parent, const QString &objectName, Qt::TextFormat format)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

std::span<const double> weightValues(Quantity q, const Weights &w)
{
    const auto n = static_cast<size_t>(quantityShape(q).size());
    const double *values = q == Quantity::W ? w.W.data() : q == Quantity::W1 ? w.W1.data() : w.W2.data();
    return {values, n};
}

} // namespace

ArithmeticPanel::ArithmeticPanel(QWidget *parent)
    : QWidget(parent),
      m_scroll(new QScrollArea(this)),
      m_header(new FormulaView(this)),
      m_formula(new FormulaView(this)),
      m_notes(new NotesView(this)),
      m_sample(textLabel(this, QStringLiteral("sample"), Qt::PlainText)),
      m_weights(new QWidget(this)),
      m_beforeHeading(textLabel(this, QStringLiteral("beforeHeading"), Qt::PlainText)),
      m_afterHeading(textLabel(this, QStringLiteral("afterHeading"), Qt::PlainText)),
      m_empty(textLabel(this, QStringLiteral("empty"), Qt::PlainText))
{
    m_header->setObjectName(QStringLiteral("header"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_formula->setObjectName(QStringLiteral("formula"));
    // Headings stay on one line; the scroll area takes care of narrow panels.
    m_beforeHeading->setWordWrap(false);
    // The sample line is a single line (wrapped, measuring it would cost more than drawing it); a
    // narrow panel scrolls sideways, as it does for the wide matrices.
    m_sample->setWordWrap(false);
    // Nor selectable: it changes at every step, and a selectable label lays out a whole text
    // document for each new text. (The header, formula and weights copy from their context menu.)
    m_sample->setTextInteractionFlags(Qt::NoTextInteraction);
    m_afterHeading->setWordWrap(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_weights->setObjectName(QStringLiteral("weights"));

    m_weightsGrid = new QGridLayout(m_weights);
    m_weightsGrid->setContentsMargins(0, 0, 0, 0);
    for (size_t i = 0; i < m_before.size(); ++i) {
        m_before[i] = new FormulaView(m_weights);
        m_before[i]->setObjectName(QStringLiteral("weightsBefore%1").arg(i));
        m_after[i] = new FormulaView(m_weights);
        m_after[i]->setObjectName(QStringLiteral("weightsAfter%1").arg(i));
    }
    for (FormulaView *view : formulaViews())
        view->setGrowOnly(true);

    // Everything scrolls together, but only up and down: the content is as wide as the viewport.
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("arithmeticContent"));
    auto *column = new QVBoxLayout(content);
    m_column = column;
    auto *middle = new QWidget(content);
    m_middle = new QBoxLayout(QBoxLayout::TopToBottom, middle);
    m_middle->setContentsMargins(0, 0, 0, 0);
    m_middle->addWidget(m_formula, 0, Qt::AlignLeft | Qt::AlignTop);
    m_middle->addWidget(m_weights, 0, Qt::AlignLeft | Qt::AlignTop);
    m_middle->addStretch(1);
    // Where we are and the sample first, then the arithmetic and the weights it changes, then
    // the notes: what must be seen without scrolling comes first.
    column->addWidget(m_header, 0, Qt::AlignLeft);
    column->addWidget(m_sample);
    column->addWidget(middle);
    column->addWidget(m_notes);
    column->addWidget(m_empty);
    column->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Dark numbers on the base colour (white in light themes): the most contrast a projector keeps.
    m_scroll->setBackgroundRole(QPalette::Base);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->viewport()->installEventFilter(this);
    m_defaultMargins = column->contentsMargins();

    applyFonts();
    refresh();
}

void ArithmeticPanel::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_recordStep = -1;
    m_position = {};
    for (FormulaView *view : formulaViews())
        view->resetGrowth(); // a new run may have narrower numbers
    m_grownHeight = 0;
    m_besideWeightsWidth = -1;
    refresh();
}

std::vector<FormulaView *> ArithmeticPanel::formulaViews() const
{
    std::vector<FormulaView *> views = {m_header, m_formula};
    views.insert(views.end(), m_before.begin(), m_before.end());
    views.insert(views.end(), m_after.begin(), m_after.end());
    return views;
}

void ArithmeticPanel::setPosition(TracePosition position)
{
    if (position == m_position && m_recordStep >= 0)
        return;
    m_position = position;
    refresh();
}

namespace {
// The fonts of the panel, as factors of the application's (the panel's) font.
constexpr qreal HeaderScale = 1.15;
constexpr qreal FormulaScale = 1.4;
constexpr qreal TextScale = 1.1;

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(base.pixelSize() * factor));
    f.setBold(bold);
    return f;
}
} // namespace

void ArithmeticPanel::applyFonts()
{
    // Sizes follow font() so presenter mode and Ctrl +/- scale the whole panel.
    m_grownHeight = 0; // sizes measured in the old font say nothing now
    m_besideWeightsWidth = -1;
    m_header->setFont(scaledFont(font(), HeaderScale, true));
    m_formula->setFont(scaledFont(font(), FormulaScale, false));
    // Smaller where the panel is small, but no number smaller than the application font.
    m_formula->setScales({1.0, 1.2 / FormulaScale, 1.0 / FormulaScale});
    m_notes->setFont(scaledFont(font(), TextScale, false));
    for (QLabel *label : {m_sample, m_empty})
        label->setFont(scaledFont(font(), TextScale, false));
    for (FormulaView *view : formulaViews())
        view->setNumberFloor(font());
    m_weightsArrangement = -1;
    arrangeWeights(false, false);
    fitContent();
}

void ArithmeticPanel::arrangeWeights(bool compact, bool stacked)
{
    const int arrangement = (compact ? 1 : 0) + (stacked ? 2 : 0);
    if (arrangement == m_weightsArrangement)
        return;
    m_weightsArrangement = arrangement;
    // Compact: the application's font, the smallest a number is shown in.
    const qreal scale = compact ? 1.0 : TextScale;
    m_beforeHeading->setFont(scaledFont(font(), scale, true));
    m_afterHeading->setFont(scaledFont(font(), scale, true));
    for (size_t i = 0; i < m_before.size(); ++i) {
        m_before[i]->setFont(scaledFont(font(), scale, false));
        m_after[i]->setFont(scaledFont(font(), scale, false));
    }
    // Before and after side by side, or the after block under the before block.
    QGridLayout *grid = m_weightsGrid;
    while (grid->count() > 0)
        delete grid->takeAt(0); // the item only; the widgets are placed again below
    const int rows = static_cast<int>(m_before.size()) + 1;
    grid->addWidget(m_beforeHeading, 0, 0);
    grid->addWidget(m_afterHeading, stacked ? rows : 0, stacked ? 0 : 1);
    for (size_t i = 0; i < m_before.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        grid->addWidget(m_before[i], row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(m_after[i], stacked ? rows + row : row, stacked ? 0 : 1, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void ArithmeticPanel::showWeights()
{
    const Rule rule = m_trace->rule();
    const auto weights = weightQuantities(rule);
    const bool learns = updatesWeights(rule);
    const QString before = learns ? tr("Weights before this sample step") : tr("Weights (the forward pass does not change them)");
    if (m_beforeHeading->text() != before) // selectable labels lay out their text document again
        m_beforeHeading->setText(before);
    if (m_afterHeading->text() != tr("After this sample step's update"))
        m_afterHeading->setText(tr("After this sample step's update"));
    m_afterHeading->setVisible(learns);
    for (size_t i = 0; i < m_before.size(); ++i) {
        const bool used = i < weights.size();
        m_before[i]->setVisible(used);
        m_after[i]->setVisible(used && learns);
        if (!used)
            continue;
        const Quantity q = weights[i];
        m_before[i]->setFormula(FormulaBuilder::weightsFormula(q, weightValues(q, m_record.before)));
        if (!learns)
            continue;
        if (m_position.operation >= operationIndex(rule, q)) {
            m_after[i]->setFormula(FormulaBuilder::weightsFormula(q, weightValues(q, m_record.after)));
        } else {
            Formula pending;
            pending.aligned = false;
            std::vector<FormulaPiece> line = FormulaBuilder::symbol(q);
            FormulaPiece words;
            words.text = words.plain = tr(": not updated yet");
            line.push_back(words);
            for (FormulaPiece &p : line)
                p.muted = true;
            pending.lines.push_back(line);
            m_after[i]->setFormula(pending);
        }
    }
}

void ArithmeticPanel::setRecording(bool recording)
{
    if (recording == m_recording)
        return;
    m_recording = recording;
    if (!m_trace)
        refresh();
}

void ArithmeticPanel::refresh()
{
    const bool has = m_trace && m_trace->stepCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_header, m_formula, m_notes, m_sample, m_weights})
        w->setVisible(has);
    m_empty->setVisible(!has);
    if (!has) {
        m_recordStep = -1;
        m_empty->setText(m_recording ? tr("Recording the run… Its arithmetic appears here, number by number, as soon as it is done.")
                                     : tr("No run yet: choose a lesson's experiment to see its arithmetic, number by number."));
        return;
    }
    m_position.step = std::clamp<long long>(m_position.step, 0, m_trace->stepCount() - 1);
    const auto ops = operationsOf(m_trace->rule());
    m_position.operation = std::clamp(m_position.operation, 0, static_cast<int>(ops.size()) - 1);
    if (m_recordStep != m_position.step) {
        m_record = m_trace->step(m_position.step);
        m_recordStep = m_position.step;
    }
    const Quantity q = ops[static_cast<size_t>(m_position.operation)];
    m_headerText = tr("Epoch %1, sample k = %2 · operation %3 of %4: %5")
                       .arg(m_record.epoch)
                       .arg(m_record.sample)
                       .arg(m_position.operation + 1)
                       .arg(static_cast<int>(ops.size()))
                       .arg(FormulaBuilder::formulaName(q));
    m_header->setFormula(FormulaBuilder::textLine(m_headerText));
    Formula formula = FormulaBuilder::formula(m_trace->rule(), m_trace->spec().alpha, q, m_record);
    QList<NotesView::Paragraph> notes;
    for (qsizetype i = 0; i < formula.notes.size(); ++i) {
        const bool warning = formula.overflow && i == formula.notes.size() - 1;
        notes.append({formula.notes[i], warning ? ValueColors::notFinite() : QColor(0x50, 0x50, 0x50)});
    }
    // Shown even when empty: hiding and showing it at every other operation relaid out the panel.
    m_notes->setParagraphs(notes);
    m_formula->setFormula(std::move(formula));
    // The formula keeps its height while the same operation is shown at other steps (their
    // numbers differ in width only), so the panel stays still; another operation's formula is
    // measured afresh, so that the weights under it follow it rather than stay under the gap
    // the tallest formula so far would leave.
    if (q != m_formulaOperation) {
        m_formulaOperation = q;
        m_formula->resetGrowth();
    }

    const QString x = QStringLiteral("(%1, %2, %3)")
                          .arg(FormulaBuilder::displayNumber(m_record.x(0)), FormulaBuilder::displayNumber(m_record.x(1)),
                               FormulaBuilder::displayNumber(m_record.x(2)));
    // The header names the sample; this line shows what it is.
    m_sample->setText(updatesWeights(m_trace->rule()) ? tr("Input x = %1,  target d = %2").arg(x, FormulaBuilder::displayNumber(m_record.d))
                                                      : tr("Input x = %1").arg(x));
    showWeights();
    fitContent();
}

void ArithmeticPanel::fitContent()
{
    // The content is sized here and fixed at that size: as wide as the viewport, so nothing runs
    // off its right edge, and grown only in height, so that stepping does not rescale the scroll
    // bar at every move. A fixed size also tells Qt that new text cannot change the layout around
    // the panel, which would cost more than the arithmetic itself.
    QWidget *content = m_scroll->widget();
    if (!m_column || !content)
        return;
    // Room for a vertical scroll bar is kept whether it shows or not: its coming would otherwise
    // narrow the viewport under content already laid out for the wider one.
    const int bar = m_scroll->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int width = std::max(1, m_scroll->viewport()->width() - bar);
    // Where even the smallest formula does not fit under the header, the header is drawn in the
    // application font and the space between the parts shrinks (a presenter's small window).
    // Last, the sample line goes under the formula.
    for (int level = 0; level < 3; ++level) {
        const bool tight = level > 0;
        const bool sampleBelow = level > 1;
        if ((m_column->indexOf(m_sample) > m_column->indexOf(m_middle->parentWidget())) != sampleBelow) {
            m_column->removeWidget(m_sample);
            m_column->insertWidget(m_column->indexOf(m_middle->parentWidget()) + (sampleBelow ? 1 : 0), m_sample);
        }
        const qreal lineHeight = QFontMetricsF(font()).height();
        // Each of these invalidates the layout even when nothing changes: set only what differs.
        const int columnSpacing = qRound(lineHeight * (tight ? 0.15 : 0.45));
        if (m_column->spacing() != columnSpacing)
            m_column->setSpacing(columnSpacing);
        const QMargins columnMargins = tight ? QMargins(1, 1, 1, 1) * qRound(lineHeight * 0.2) : m_defaultMargins;
        if (m_column->contentsMargins() != columnMargins)
            m_column->setContentsMargins(columnMargins);
        const QFont headerFont = scaledFont(font(), tight ? 1.0 : HeaderScale, true);
        if (m_header->font() != headerFont)
            m_header->setFont(headerFont);
        const QMargins margins = m_column->contentsMargins();
        const int spacing = m_column->spacing();
        const int inner = std::max(1, width - margins.left() - margins.right());
        m_header->setFitBox(inner, 0);
        const int sampleHeight = m_sample->isVisibleTo(this) && !sampleBelow ? m_sample->sizeHint().height() + spacing : 0;
        const int above = margins.top() + m_header->sizeHint().height() + spacing + sampleHeight;
        const int budget = std::max(1, m_scroll->viewport()->height() - above - margins.bottom());

        // Beside the formula, the weights stacked at their full size, if the formula still fits
        // at its largest size, a line per step; else under it, compact: side by side where they
        // fit so, else stacked.
        bool beside = false;
        const int gap = 2 * spacing;
        if (m_weights->isVisibleTo(this)) {
            // Measured once per run, font and size: changing the weights' fonts to measure them
            // at every step would shape all their numbers anew. A tenth more for other numbers.
            if (m_besideWeightsWidth < 0) {
                arrangeWeights(false, true);
                m_besideWeightsWidth = m_weights->sizeHint().width() * 11 / 10;
                arrangeWeights(true, false);
                m_compactWeightsWidth = m_weights->sizeHint().width() * 11 / 10;
            }
            if (m_besideWeightsWidth + gap < inner / 2) {
                m_formula->setFitBox(inner - m_besideWeightsWidth - gap, budget);
                beside = m_formula->fits() && m_formula->scale() >= 1.0 && !m_formula->runsTogether();
            }
            arrangeWeights(!beside, beside || m_compactWeightsWidth > inner);
        }
        if (!beside)
            m_formula->setFitBox(inner, budget);
        const auto direction = beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (m_middle->direction() != direction)
            m_middle->setDirection(direction);
        if (m_middle->spacing() != (beside ? gap : spacing))
            m_middle->setSpacing(beside ? gap : spacing);
        if (m_formula->fits())
            break;
    }

    // The formula and the weights are laid out by layouts of their own widgets, which pass a new
    // size on to the column only when their own layout request is handled, after this: the
    // column would be measured with their old heights and the content fixed too short for them,
    // cutting off the formula's last line. Done now instead, innermost first (a layout that has
    // nothing new to do returns at once).
    m_weightsGrid->activate();
    m_middle->activate();
    QLayout *layout = content->layout();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    m_grownHeight = std::max(m_grownHeight, height);
    const QSize size(width, m_grownHeight);
    if (content->minimumSize() != size || content->maximumSize() != size)
        content->setFixedSize(size);
}

bool ArithmeticPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's size, not the panel's, is what the content fits: a new one wraps and fits
    // afresh.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        m_grownHeight = 0;
        m_besideWeightsWidth = -1;
        for (FormulaView *view : formulaViews())
            view->resetGrowth();
        fitContent();
    }
    return QWidget::eventFilter(watched, event);
}

void ArithmeticPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
