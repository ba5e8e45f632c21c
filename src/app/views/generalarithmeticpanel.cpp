// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalarithmeticpanel.h"

#include "formulaview.h"
#include "generalformulabuilder.h"
#include "notesview.h"
#include "valuecolors.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace deltatrace {

namespace {

// The fonts of the panel, as factors of the application's (the panel's) font, as in
// ArithmeticPanel.
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

const Formula &emptyFormula()
{
    static const Formula empty;
    return empty;
}

} // namespace

GeneralArithmeticPanel::GeneralArithmeticPanel(QWidget *parent)
    : QWidget(parent),
      m_scroll(new QScrollArea(this)),
      m_header(new FormulaView(this)),
      m_sample(new FormulaView(this)),
      m_picker(new QWidget(this)),
      m_unitLabel(new QLabel(m_picker)),
      m_unitSpin(new QSpinBox(m_picker)),
      m_columnLabel(new QLabel(m_picker)),
      m_columnSpin(new QSpinBox(m_picker)),
      m_formula(new FormulaView(this)),
      m_summary(new FormulaView(this)),
      m_notes(new NotesView(this)),
      m_empty(new QLabel(this))
{
    m_header->setObjectName(QStringLiteral("header"));
    m_sample->setObjectName(QStringLiteral("sample"));
    m_formula->setObjectName(QStringLiteral("formula"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_empty->setObjectName(QStringLiteral("empty"));
    m_unitSpin->setObjectName(QStringLiteral("unit"));
    m_columnSpin->setObjectName(QStringLiteral("column"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (FormulaView *view : {m_header, m_formula, m_summary})
        view->setGrowOnly(true);

    // The spin boxes take focus only when clicked: the window's arrow keys step through the run.
    for (QSpinBox *spin : {m_unitSpin, m_columnSpin}) {
        spin->setFocusPolicy(Qt::ClickFocus);
        spin->setKeyboardTracking(true);
        spin->setAccelerated(true);
    }
    m_unitLabel->setBuddy(m_unitSpin);
    m_columnLabel->setBuddy(m_columnSpin);
    auto *pickerLayout = new QHBoxLayout(m_picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_unitLabel);
    pickerLayout->addWidget(m_unitSpin);
    pickerLayout->addSpacing(12);
    pickerLayout->addWidget(m_columnLabel);
    pickerLayout->addWidget(m_columnSpin);
    pickerLayout->addStretch(1);
    connect(m_unitSpin, &QSpinBox::valueChanged, this, &GeneralArithmeticPanel::setUnit);
    connect(m_columnSpin, &QSpinBox::valueChanged, this, &GeneralArithmeticPanel::setColumn);

    // Everything scrolls together, but only up and down: the content is as wide as the viewport.
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("generalArithmeticContent"));
    m_contentLayout = new QVBoxLayout(content);
    // Where we are and the sample first, then which element, its arithmetic and the rest of its
    // vector, then the notes: what must be seen without scrolling comes first.
    m_contentLayout->addWidget(m_header, 0, Qt::AlignLeft);
    m_contentLayout->addWidget(m_sample, 0, Qt::AlignLeft);
    m_contentLayout->addWidget(m_picker);
    m_contentLayout->addWidget(m_formula, 0, Qt::AlignLeft);
    m_contentLayout->addWidget(m_summary, 0, Qt::AlignLeft);
    m_contentLayout->addWidget(m_notes);
    m_contentLayout->addWidget(m_empty);
    m_contentLayout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_header, m_sample, m_picker, m_formula, m_summary, m_notes, m_empty})
        w->setParent(content);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Dark numbers on the base colour: the most contrast a projector keeps.
    m_scroll->setBackgroundRole(QPalette::Base);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->viewport()->installEventFilter(this);
    m_defaultMargins = m_contentLayout->contentsMargins();

    retranslate();
    applyFonts();
    refresh();
}

GeneralArithmeticPanel::~GeneralArithmeticPanel() = default;

void GeneralArithmeticPanel::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_trace = std::move(trace);
    m_step.reset();
    m_sumBefore.reset();
    m_momentumBefore.reset();
    m_position = {};
    m_operation.reset();
    for (FormulaView *view : {m_header, m_formula, m_summary})
        view->resetGrowth(); // a new run may have narrower numbers
    m_grownHeight = 0;
    refresh();
}

void GeneralArithmeticPanel::setPosition(NetworkPosition position)
{
    if (position == m_position && m_step)
        return;
    m_position = position;
    refresh();
}

void GeneralArithmeticPanel::setLanguage(const QString &language)
{
    m_language = language;
}

void GeneralArithmeticPanel::setUnit(int unit)
{
    unit = std::max(0, unit);
    if (unit == m_unit)
        return;
    m_unit = unit;
    showElement();
    fitContent();
    emit unitChanged(unit);
}

void GeneralArithmeticPanel::setColumn(int column)
{
    column = std::max(0, column);
    if (column == m_column)
        return;
    m_column = column;
    showElement();
    fitContent();
    emit columnChanged(column);
}

const Formula &GeneralArithmeticPanel::shownFormula() const { return m_formula->isVisibleTo(this) ? m_formula->formula() : emptyFormula(); }
const Formula &GeneralArithmeticPanel::shownSummary() const { return m_summary->isVisibleTo(this) ? m_summary->formula() : emptyFormula(); }

const NetworkStep *GeneralArithmeticPanel::cachedStep(std::optional<NetworkStep> &cache, long long index) const
{
    if (index < 0)
        return nullptr;
    if (!cache || cache->index != index)
        cache = m_trace->step(index);
    return &*cache;
}

void GeneralArithmeticPanel::retranslate()
{
    m_empty->setText(tr("No general network run yet: record one to see its arithmetic, number by number."));
    m_columnLabel->setText(tr("Column j:"));
    m_unitSpin->setToolTip(tr("The unit whose arithmetic is shown (the row of a matrix)"));
    m_columnSpin->setToolTip(tr("The column of the matrix element shown"));
}

void GeneralArithmeticPanel::refresh()
{
    const bool has = m_trace && m_trace->stepCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_header, m_sample, m_picker, m_formula, m_summary, m_notes})
        w->setVisible(has);
    m_empty->setVisible(!has);
    if (!has) {
        m_step.reset();
        m_headerText.clear();
        fitContent();
        return;
    }
    m_position.step = std::clamp<long long>(m_position.step, 0, m_trace->stepCount() - 1);
    const NetworkStep *step = cachedStep(m_step, m_position.step);
    const auto &ops = step->operations();
    m_position.operation = std::clamp(m_position.operation, 0, static_cast<int>(ops.size()) - 1);
    const LayerQuantity q = ops[static_cast<size_t>(m_position.operation)];
    // Another operation's formula is measured afresh; the same one at other steps keeps its
    // size (their numbers differ in width only), so the panel stays still while stepping.
    const bool newOperation = q != m_operation;
    if (newOperation) {
        m_operation = q;
        m_grownHeight = 0;
    }
    m_headerText = tr("Epoch %1, sample k = %2 · operation %3 of %4: %5")
                       .arg(step->epoch)
                       .arg(step->sample)
                       .arg(m_position.operation + 1)
                       .arg(static_cast<int>(ops.size()))
                       .arg(GeneralFormulaBuilder::operationName(q));
    m_header->setFormula(FormulaBuilder::textLine(m_headerText));
    m_sample->setFormula(GeneralFormulaBuilder::sampleLine(m_trace->run(), *step));
    showElement();
    if (newOperation) {
        // After the new formula is set: the size it grows from is its own, not the last one's.
        m_formula->resetGrowth();
        m_summary->resetGrowth();
    }
    fitContent();
}

void GeneralArithmeticPanel::showElement()
{
    if (!m_trace || !m_step || !m_operation)
        return;
    const NetworkRun &run = m_trace->run();
    const LayerQuantity q = *m_operation;
    const Shape shape = q.shape(run.architecture);
    {
        // The spin boxes show the element shown, the request clamped; the request itself stays.
        const QSignalBlocker unitBlock(m_unitSpin);
        const QSignalBlocker columnBlock(m_columnSpin);
        m_unitSpin->setRange(0, shape.rows - 1);
        m_unitSpin->setValue(std::min(m_unit, shape.rows - 1));
        m_columnSpin->setRange(0, std::max(0, shape.cols - 1));
        m_columnSpin->setValue(std::min(m_column, shape.cols - 1));
    }
    const QString unitText = q.isMatrix() ? tr("Row i:") : tr("Unit i:");
    if (m_unitLabel->text() != unitText)
        m_unitLabel->setText(unitText);
    m_columnLabel->setVisible(q.isMatrix());
    m_columnSpin->setVisible(q.isMatrix());

    GeneralFormulaBuilder::Operands operands;
    operands.run = &run;
    operands.step = &*m_step;
    if (q.kind == LayerQuantity::Kind::DWSum)
        operands.sumBefore = cachedStep(m_sumBefore, GeneralFormulaBuilder::sumBeforeStep(run, *m_step));
    if (q.kind == LayerQuantity::Kind::Momentum)
        operands.momentumBefore = cachedStep(m_momentumBefore, GeneralFormulaBuilder::momentumBeforeStep(run, *m_step));
    Formula formula = GeneralFormulaBuilder::formula(operands, q, m_unit, m_column);
    Formula summary = GeneralFormulaBuilder::summary(operands, q, m_unit, m_column);
    QList<NotesView::Paragraph> notes;
    for (qsizetype i = 0; i < formula.notes.size(); ++i) {
        const bool warning = formula.overflow && i == formula.notes.size() - 1;
        notes.append({formula.notes[i], warning ? ValueColors::notFinite() : QColor(0x50, 0x50, 0x50)});
    }
    if (summary.overflow && !formula.overflow)
        notes.append({GeneralFormulaBuilder::notFiniteNote(), ValueColors::notFinite()});
    // The notes stand in their own view, under the summary; the formula paints only its lines.
    formula.notes.clear();
    summary.notes.clear();
    m_notes->setParagraphs(notes);
    m_formula->setFormula(std::move(formula));
    m_summary->setFormula(std::move(summary));
}

void GeneralArithmeticPanel::applyFonts()
{
    // Sizes follow font() so presenter mode and Ctrl +/- scale the whole panel.
    m_grownHeight = 0;
    m_header->setFont(scaledFont(font(), HeaderScale, true));
    m_sample->setFont(scaledFont(font(), TextScale, false));
    m_formula->setFont(scaledFont(font(), FormulaScale, false));
    // Smaller where the panel is small, but no number smaller than the application font.
    m_formula->setScales({1.0, 1.2 / FormulaScale, 1.0 / FormulaScale});
    m_summary->setFont(scaledFont(font(), TextScale, false));
    m_notes->setFont(scaledFont(font(), TextScale, false));
    for (QWidget *w : std::initializer_list<QWidget *>{m_unitLabel, m_unitSpin, m_columnLabel, m_columnSpin, m_empty})
        w->setFont(scaledFont(font(), TextScale, false));
    for (FormulaView *view : {m_header, m_sample, m_formula, m_summary})
        view->setNumberFloor(font());
    fitContent();
}

void GeneralArithmeticPanel::fitContent()
{
    // As ArithmeticPanel: the content is as wide as the viewport (nothing runs off its right
    // edge) and only grows in height while the same operation is stepped through, so that the
    // scroll bar does not change at every move.
    QWidget *content = m_scroll->widget();
    if (!m_contentLayout || !content)
        return;
    // Room for a vertical scroll bar is kept whether it shows or not.
    const int bar = m_scroll->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int width = std::max(1, m_scroll->viewport()->width() - bar);
    for (int level = 0; level < 2; ++level) {
        // Where the formula does not fit even at its smallest, the header takes the application
        // font and the parts stand closer (a presenter's small window).
        const bool tight = level > 0;
        const qreal lineHeight = QFontMetricsF(font()).height();
        const int spacing = qRound(lineHeight * (tight ? 0.15 : 0.45));
        if (m_contentLayout->spacing() != spacing)
            m_contentLayout->setSpacing(spacing);
        const QMargins margins = tight ? QMargins(1, 1, 1, 1) * qRound(lineHeight * 0.2) : m_defaultMargins;
        if (m_contentLayout->contentsMargins() != margins)
            m_contentLayout->setContentsMargins(margins);
        const QFont headerFont = scaledFont(font(), tight ? 1.0 : HeaderScale, true);
        if (m_header->font() != headerFont)
            m_header->setFont(headerFont);
        const int inner = std::max(1, width - margins.left() - margins.right());
        m_header->setFitBox(inner, 0);
        m_sample->setFitBox(inner, 0);
        m_summary->setFitBox(inner, 0);
        int above = margins.top();
        if (m_header->isVisibleTo(this))
            above += m_header->sizeHint().height() + spacing + m_sample->sizeHint().height() + spacing
                     + m_picker->sizeHint().height() + spacing;
        const int budget = std::max(1, m_scroll->viewport()->height() - above - margins.bottom());
        m_formula->setFitBox(inner, budget);
        if (m_formula->fits())
            break;
    }
    QLayout *layout = content->layout();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    m_grownHeight = std::max(m_grownHeight, height);
    const QSize size(width, m_grownHeight);
    if (content->minimumSize() != size || content->maximumSize() != size)
        content->setFixedSize(size);
}

bool GeneralArithmeticPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's size is what the content fits: a new one wraps and fits afresh.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        m_grownHeight = 0;
        for (FormulaView *view : {m_header, m_formula, m_summary})
            view->resetGrowth();
        fitContent();
    }
    return QWidget::eventFilter(watched, event);
}

void GeneralArithmeticPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::FontChange) {
        applyFonts();
    }
    QWidget::changeEvent(event);
}

} // namespace deltatrace
