// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exploreresultsmodel.h"

#include <QFont>

namespace deltatrace {

ExploreResultsModel::ExploreResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExploreResultsModel::setRuns(Run first, Run second)
{
    beginResetModel();
    m_first = std::move(first);
    m_second = std::move(second);
    if (m_second.results.size() != m_first.results.size())
        m_second = Run{}; // a second run must cover the same seeds to share the rows
    endResetModel();
}

void ExploreResultsModel::clear()
{
    setRuns(Run{}, Run{});
}

std::uint32_t ExploreResultsModel::seedAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_first.results[static_cast<std::size_t>(row)].seed;
}

QString ExploreResultsModel::experimentIdForColumn(int column) const
{
    if (hasSecond() && (column == SecondOutcomeColumn || column == SecondSolvedColumn))
        return m_second.experimentId;
    return m_first.experimentId;
}

QString ExploreResultsModel::outcomeName(RunOutcome::Kind kind)
{
    switch (kind) {
    case RunOutcome::Kind::NotTrained:
        return tr("not trained");
    case RunOutcome::Kind::NotFinite:
        return tr("not finite");
    case RunOutcome::Kind::Solved:
        return tr("solved");
    case RunOutcome::Kind::Saturated:
        return tr("saturated");
    case RunOutcome::Kind::Stalled:
        return tr("stalled");
    case RunOutcome::Kind::Learning:
        return tr("still learning");
    }
    return QString();
}

int ExploreResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_first.results.size());
}

int ExploreResultsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return hasSecond() ? 5 : 3;
}

const SeedExplorer::Result *ExploreResultsModel::resultAt(int row, int column) const
{
    const Run &run = column >= SecondOutcomeColumn ? m_second : m_first;
    if (row < 0 || static_cast<std::size_t>(row) >= run.results.size())
        return nullptr;
    return &run.results[static_cast<std::size_t>(row)];
}

QVariant ExploreResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return QVariant();
    const SeedExplorer::Result *r = resultAt(index.row(), index.column());
    if (!r)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() == FirstOutcomeColumn || index.column() == SecondOutcomeColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Runs that did not solve stand out in the column of outcomes, without a colour that a theme
    // or a colour-blind reader could lose.
    if (role == Qt::FontRole && r->outcome != RunOutcome::Kind::Solved
        && (index.column() == FirstOutcomeColumn || index.column() == SecondOutcomeColumn)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (index.column()) {
    case SeedColumn:
        return QString::number(r->seed);
    case FirstOutcomeColumn:
    case SecondOutcomeColumn:
        return outcomeName(r->outcome);
    case FirstSolvedColumn:
    case SecondSolvedColumn:
        // An unsolved run has no such epoch: a dash reads as "never" without a word to translate.
        return r->solvedFromEpoch >= 0 ? QString::number(r->solvedFromEpoch) : QStringLiteral("–");
    default:
        return QVariant();
    }
}

QVariant ExploreResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QVariant();
    const Run &run = section >= SecondOutcomeColumn ? m_second : m_first;
    // Titles are long sentences; the header names the experiment by its short id (as the
    // command line does) and its tooltip gives the title.
    if (role == Qt::ToolTipRole)
        return section == SeedColumn ? QVariant() : QVariant(run.title);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeedColumn:
        return tr("Seed");
    case FirstOutcomeColumn:
    case SecondOutcomeColumn:
        return tr("Outcome\n%1").arg(run.experimentId);
    case FirstSolvedColumn:
    case SecondSolvedColumn:
        return tr("Solved from epoch\n%1").arg(run.experimentId);
    default:
        return QVariant();
    }
}

} // namespace deltatrace
