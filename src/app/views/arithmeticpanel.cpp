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

    auto *grid = new QGridLayout(m_weights);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_beforeHeading, 0, 0);
    grid->addWidget(m_afterHeading, 0, 1);
    for (size_t i = 0; i < m_before.size(); ++i) {
        m_before[i] = new FormulaView(m_weights);
        m_before[i]->setObjectName(QStringLiteral("weightsBefore%1").arg(i));
        m_after[i] = new FormulaView(m_weights);
        m_after[i]->setObjectName(QStringLiteral("weightsAfter%1").arg(i));
        grid->addWidget(m_before[i], static_cast<int>(i) + 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(m_after[i], static_cast<int>(i) + 1, 1, Qt::AlignLeft | Qt::AlignVCenter);
    }
    grid->setColumnStretch(2, 1);
    for (FormulaView *view : formulaViews())
        view->setGrowOnly(true);

    // Everything scrolls together: at presenter sizes a 4x3 matrix sum is wider than the panel.
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("arithmeticContent"));
    auto *column = new QVBoxLayout(content);
    m_column = column;
    // Where we are and the sample first, then the arithmetic, then the weights it changes.
    column->addWidget(m_header, 0, Qt::AlignLeft);
    column->addWidget(m_sample);
    column->addWidget(m_formula, 0, Qt::AlignLeft);
    column->addWidget(m_notes);
    column->addWidget(m_weights);
    column->addWidget(m_empty);
    column->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Dark numbers on the base colour (white in light themes): the most contrast a projector keeps.
    m_scroll->setBackgroundRole(QPalette::Base);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

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
    m_grownContent = QSize();
    m_measuredShapes.clear();
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

void ArithmeticPanel::applyFonts()
{
    // Sizes follow font() so presenter mode and Ctrl +/- scale the whole panel.
    m_grownContent = QSize(); // sizes measured in the old font say nothing now
    m_measuredShapes.clear();
    const qreal size = font().pointSizeF();
    auto scaled = [&](qreal factor, bool bold) {
        QFont f = font();
        if (size > 0)
            f.setPointSizeF(size * factor);
        else
            f.setPixelSize(qRound(font().pixelSize() * factor));
        f.setBold(bold);
        return f;
    };
    m_header->setFont(scaled(1.15, true));
    if (m_column)
        m_column->setSpacing(qRound(QFontMetricsF(font()).height() * 0.45));
    m_formula->setFont(scaled(1.4, false));
    m_notes->setFont(scaled(1.1, false));
    for (QLabel *label : {m_sample, m_empty})
        label->setFont(scaled(1.1, false));
    m_beforeHeading->setFont(scaled(1.1, true));
    m_afterHeading->setFont(scaled(1.1, true));
    for (size_t i = 0; i < m_before.size(); ++i) {
        m_before[i]->setFont(scaled(1.1, false));
        m_after[i]->setFont(scaled(1.1, false));
    }
    keepContentFromShrinking();
}

void ArithmeticPanel::showWeights()
{
    const Rule rule = m_trace->rule();
    const auto weights = weightQuantities(rule);
    const bool learns = updatesWeights(rule);
    const QString before = learns ? tr("Weights before this step") : tr("Weights (the forward pass does not change them)");
    if (m_beforeHeading->text() != before) // selectable labels lay out their text document again
        m_beforeHeading->setText(before);
    if (m_afterHeading->text() != tr("After this step's update"))
        m_afterHeading->setText(tr("After this step's update"));
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

void ArithmeticPanel::refresh()
{
    const bool has = m_trace && m_trace->stepCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_header, m_formula, m_notes, m_sample, m_weights})
        w->setVisible(has);
    m_empty->setVisible(!has);
    if (!has) {
        m_recordStep = -1;
        m_empty->setText(tr("No run yet: choose a lesson's experiment to see its arithmetic, number by number."));
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

    const QString x = QStringLiteral("(%1, %2, %3)")
                          .arg(FormulaBuilder::displayNumber(m_record.x(0)), FormulaBuilder::displayNumber(m_record.x(1)),
                               FormulaBuilder::displayNumber(m_record.x(2)));
    // The header names the sample; this line shows what it is.
    m_sample->setText(updatesWeights(m_trace->rule()) ? tr("Input x = %1,  target d = %2").arg(x, FormulaBuilder::displayNumber(m_record.d))
                                                      : tr("Input x = %1").arg(x));
    showWeights();
    keepContentFromShrinking();
}

void ArithmeticPanel::keepContentFromShrinking()
{
    // The content is sized here, grow-only, and fixed at that size. Left to the scroll area, it
    // would shrink and grow back as the notes and weight rows come and go, rescaling both scroll
    // bars; and any new text in it would make Qt ask the scroll area for a new layout, repainting
    // both scroll bars and the panel around them, which costs more than the arithmetic itself. A
    // fixed size tells Qt that new text cannot change the layout, and grown only, the size settles
    // after a few steps and the content stops jumping about.
    //
    // Measuring is itself costly (the labels lay out their rich text), and what the content needs
    // depends on little: which operation (its formula, notes and weight rows) and how long the
    // header and sample lines are. Each such combination is measured once.
    QWidget *content = m_scroll->widget();
    const QString shape = QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(m_position.operation)
                              .arg(m_headerText.size())
                              .arg(m_sample->text().size())
                              .arg(m_notes->isVisibleTo(this) ? m_notes->plainText() : QString())
                              .arg(m_trace ? static_cast<int>(m_trace->rule()) : -1);
    if (m_measuredShapes.contains(shape) && m_grownContent.isValid())
        return;
    m_measuredShapes.insert(shape);
    QLayout *layout = content->layout();
    const int width = std::max(m_scroll->viewport()->width(), layout->totalMinimumSize().width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    m_grownContent = m_grownContent.expandedTo(QSize(width, height));
    if (content->minimumSize() != m_grownContent || content->maximumSize() != m_grownContent)
        content->setFixedSize(m_grownContent);
}

void ArithmeticPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A new width rewraps the text: measure afresh.
    m_grownContent = QSize();
    m_measuredShapes.clear();
    keepContentFromShrinking();
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
