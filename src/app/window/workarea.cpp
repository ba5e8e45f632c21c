// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workarea.h"

#include "comparisonview.h"
#include "networkdiagram.h"
#include "untrustedtext.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace deltatrace {

namespace {
// The arithmetic's share of the height: the network needs a little more (its boxes stack four
// hidden units), the formula wraps into the width it gets.
constexpr int ArithmeticShare = 45;
} // namespace

WorkArea::WorkArea(const QList<QWidget *> &above, QWidget *arithmetic, QWidget *diagram, ComparisonView *comparison,
                   QWidget *parent)
    : QWidget(parent), m_comparison(comparison)
{
    setObjectName(QStringLiteral("work"));
    setFocusPolicy(Qt::StrongFocus);

    m_diagrams = new QSplitter(Qt::Vertical, this);
    m_diagrams->setObjectName(QStringLiteral("diagramSplitter"));
    m_diagrams->addWidget(titled(diagram, m_firstDiagramTitle, "firstDiagramTitle"));
    m_comparedDiagram = titled(m_comparison->networkDiagram(), m_comparedDiagramTitle, "comparedDiagramTitle");
    m_diagrams->addWidget(m_comparedDiagram);
    m_diagrams->setChildrenCollapsible(false);
    m_comparedDiagram->setVisible(false);
    // The network never shrinks its text: where the window is smaller than its smallest form
    // (large type on a small screen), it scrolls instead of widening the window.
    m_diagramScroll = new QScrollArea(this);
    m_diagramScroll->setObjectName(QStringLiteral("diagramScroll"));
    m_diagramScroll->setWidget(m_diagrams);
    m_diagramScroll->setWidgetResizable(true);
    m_diagramScroll->setFrameShape(QFrame::NoFrame);
    auto *column = m_workSplitter = new QSplitter(Qt::Vertical, this);
    column->setObjectName(QStringLiteral("workSplitter"));
    column->addWidget(createCentre(arithmetic));
    column->addWidget(m_diagramScroll);
    column->setStretchFactor(0, ArithmeticShare);
    column->setStretchFactor(1, 100 - ArithmeticShare);
    column->setChildrenCollapsible(false);
    column->setSizes({ArithmeticShare, 100 - ArithmeticShare});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    for (QWidget *widget : above)
        layout->addWidget(widget);
    layout->addWidget(column, 1);
}

QWidget *WorkArea::titled(QWidget *content, QLabel *&title, const char *name)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title = new QLabel(box);
    title->setObjectName(QString::fromLatin1(name));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    // It shows an experiment's title from a lesson or trace file.
    UntrustedText::makePlainLabel(title);
    title->setVisible(false);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

QSplitter *WorkArea::createCentre(QWidget *arithmetic)
{
    m_centreSplitter = new QSplitter(Qt::Horizontal, this);
    m_centreSplitter->setObjectName(QStringLiteral("arithmeticSplitter"));
    auto *firstRun = new QWidget(this);
    auto *firstLayout = new QVBoxLayout(firstRun);
    firstLayout->setContentsMargins(0, 0, 0, 0);
    m_firstRunTitle = new QLabel(firstRun);
    m_firstRunTitle->setObjectName(QStringLiteral("firstRunTitle"));
    QFont bold = m_firstRunTitle->font();
    bold.setBold(true);
    m_firstRunTitle->setFont(bold);
    m_firstRunTitle->setWordWrap(true);
    // It shows an experiment's title from a lesson or trace file.
    UntrustedText::makePlainLabel(m_firstRunTitle);
    m_firstRunTitle->setVisible(false);
    firstLayout->addWidget(m_firstRunTitle);
    firstLayout->addWidget(arithmetic, 1);
    m_centreSplitter->addWidget(firstRun);
    m_centreSplitter->addWidget(m_comparison);
    m_centreSplitter->setChildrenCollapsible(false);
    return m_centreSplitter;
}

void WorkArea::showComparison(const QString &firstRunTitle, const QString &comparedRunTitle)
{
    m_comparison->setVisible(true);
    m_comparedDiagram->setVisible(true);
    setRunTitles(firstRunTitle, comparedRunTitle);
    m_firstRunTitle->setVisible(true);
    m_firstDiagramTitle->setVisible(true);
    m_comparedDiagramTitle->setVisible(true);
    const int total = m_centreSplitter->width();
    m_centreSplitter->setSizes({total / 2, total - total / 2});
    const int height = m_diagrams->height();
    m_diagrams->setSizes({height / 2, height - height / 2});
}

void WorkArea::setRunTitles(const QString &firstRunTitle, const QString &comparedRunTitle)
{
    m_firstRunTitle->setText(firstRunTitle);
    m_firstDiagramTitle->setText(firstRunTitle);
    m_comparedDiagramTitle->setText(comparedRunTitle);
}

void WorkArea::hideComparison()
{
    m_comparison->setVisible(false);
    m_comparedDiagram->setVisible(false);
    m_firstRunTitle->setVisible(false);
    m_firstDiagramTitle->setVisible(false);
    m_comparedDiagramTitle->setVisible(false);
}

void WorkArea::resetProportions()
{
    const int height = std::max(m_workSplitter->height(), 100);
    m_workSplitter->setSizes({height * ArithmeticShare / 100, height - height * ArithmeticShare / 100});
}

void WorkArea::setNetworkVisible(bool visible) { m_diagramScroll->setVisible(visible); }

void WorkArea::setPresenting(bool presenting)
{
    if (presenting) {
        if (m_workSplitterState.isEmpty())
            m_workSplitterState = m_workSplitter->saveState();
        resetProportions();
    } else {
        setNetworkVisible(true);
        if (!m_workSplitterState.isEmpty())
            m_workSplitter->restoreState(m_workSplitterState);
        m_workSplitterState.clear();
    }
}

} // namespace deltatrace
