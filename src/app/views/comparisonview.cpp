// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "arithmeticpanel.h"
#include "networkdiagram.h"
#include "numberformat.h"
#include "quantity.h"
#include "rule.h"
#include "untrustedtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())); }

QString cell(double value)
{
    const QString text = NumberFormat::value(value).toHtmlEscaped();
    return NumberFormat::isFinite(value) ? text : QStringLiteral("<span style=\"color:#b2182b\"><b>%1</b></span>").arg(text);
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_close(new QToolButton(this)),
      m_difference(new QLabel(this)),
      m_arithmetic(new ArithmeticPanel(this)),
      m_diagram(new NetworkDiagram(nullptr))
{
    setObjectName(QStringLiteral("comparisonView"));
    m_difference->setObjectName(QStringLiteral("comparisonDifference"));
    m_arithmetic->setObjectName(QStringLiteral("comparisonArithmetic"));
    m_diagram->setObjectName(QStringLiteral("comparisonDiagram"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    // It shows an experiment's title from the lesson file.
    UntrustedText::makePlainLabel(m_title);
    m_difference->setTextFormat(Qt::RichText);
    m_difference->setWordWrap(true);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFocusPolicy(Qt::NoFocus);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_difference);
    layout->addWidget(m_arithmetic, 1);

    connect(m_close, &QToolButton::clicked, this, &ComparisonView::closeRequested);
    retranslate();
}

void ComparisonView::setRuns(std::shared_ptr<const Trace> first, std::shared_ptr<const Trace> second,
                             const QString &firstLabel, const QString &secondLabel)
{
    m_first = std::move(first);
    m_second = std::move(second);
    m_firstLabel = firstLabel;
    m_secondLabel = secondLabel;
    m_arithmetic->setTrace(m_second);
    m_diagram->setTrace(m_second);
    retranslate();
    setPosition(m_position);
}

void ComparisonView::setLabels(const QString &firstLabel, const QString &secondLabel)
{
    m_firstLabel = firstLabel;
    m_secondLabel = secondLabel;
    retranslate();
}

void ComparisonView::clear()
{
    m_first.reset();
    m_second.reset();
    m_arithmetic->setTrace(nullptr);
    m_diagram->setTrace(nullptr);
    m_difference->clear();
}

TracePosition ComparisonView::mapPosition(const Trace &first, const Trace &second, TracePosition position)
{
    const auto firstOps = operationsOf(first.rule());
    const auto secondOps = operationsOf(second.rule());
    TracePosition mapped{std::clamp(position.step, 0LL, std::max(0LL, second.stepCount() - 1)), position.operation};
    const int opIndex = std::clamp(position.operation, 0, static_cast<int>(firstOps.size()) - 1);
    const auto found = std::find(secondOps.begin(), secondOps.end(), firstOps[static_cast<size_t>(opIndex)]);
    mapped.operation = found != secondOps.end() ? static_cast<int>(found - secondOps.begin())
                                                : std::clamp(position.operation, 0, static_cast<int>(secondOps.size()) - 1);
    return mapped;
}

void ComparisonView::setPosition(TracePosition positionInFirst)
{
    m_position = positionInFirst;
    if (!m_first || !m_second)
        return;
    m_secondPosition = mapPosition(*m_first, *m_second, positionInFirst);
    m_arithmetic->setPosition(m_secondPosition);
    m_diagram->setPosition(m_secondPosition);
    updateDifference();
}

void ComparisonView::updateDifference()
{
    if (!m_first || !m_second)
        return;
    const auto ops = operationsOf(m_first->rule());
    const Quantity q = ops[static_cast<size_t>(std::clamp(m_position.operation, 0, static_cast<int>(ops.size()) - 1))];
    const auto secondOps = operationsOf(m_second->rule());
    if (std::find(secondOps.begin(), secondOps.end(), q) == secondOps.end()) {
        m_difference->setText(tr("The other run has no %1.").arg(latin1(quantityName(q))));
        return;
    }
    // Two records per move: O(1) each, no allocation beyond the text.
    const StepRecord a = m_first->step(std::clamp(m_position.step, 0LL, m_first->stepCount() - 1));
    const StepRecord b = m_second->step(m_secondPosition.step);
    const auto va = a.values(q);
    const auto vb = b.values(q);
    const size_t n = std::min(va.size(), vb.size());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td><b>%1</b></td>")
                       .arg(latin1(quantityName(q)).toHtmlEscaped());
    // Elements named as numpy indexes them (W1[1,2], not its flat position 5), like every view.
    const int columns = quantityShape(q).cols;
    for (size_t i = 0; i < n && n > 1; ++i) {
        const int k = static_cast<int>(i);
        const bool matrix = q == Quantity::W || q == Quantity::W1 || q == Quantity::W2 || quantityShape(q).rows > 1;
        const QString index = matrix ? QStringLiteral("%1,%2").arg(k / columns).arg(k % columns) : QString::number(k);
        html += QStringLiteral("<td align=\"right\"><i>[%1]</i></td>").arg(index);
    }
    // Short row names: the titles above the two arithmetic panels say which run is which.
    html += QStringLiteral("</tr><tr><td>%1</td>").arg(tr("this run").toHtmlEscaped());
    for (size_t i = 0; i < n; ++i)
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell(va[i]));
    html += QStringLiteral("</tr><tr><td>%1</td>").arg(tr("compared run").toHtmlEscaped());
    for (size_t i = 0; i < n; ++i)
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell(vb[i]));
    html += QStringLiteral("</tr><tr><td>%1</td>").arg(tr("difference").toHtmlEscaped());
    for (size_t i = 0; i < n; ++i)
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell(vb[i] - va[i]));
    html += QStringLiteral("</tr></table>");
    m_difference->setText(html);
}

QString ComparisonView::differenceText() const
{
    // The strip without its markup.
    QString text = m_difference->text();
    text.replace(QStringLiteral("</td>"), QStringLiteral(" "));
    text.replace(QStringLiteral("</tr>"), QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    return text.trimmed();
}

void ComparisonView::retranslate()
{
    m_title->setText(m_second ? tr("Compared with: %1 (same initial weights)").arg(m_secondLabel) : tr("No comparison"));
    m_close->setToolTip(tr("Stop comparing"));
    m_close->setAccessibleName(m_close->toolTip()); // an icon-only button
    updateDifference();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
