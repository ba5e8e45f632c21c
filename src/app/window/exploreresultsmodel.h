// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedexplorer.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace deltatrace {

// The seeds of an exploration, one row each: seed | first experiment's outcome | solved from
// epoch | and the same for a second experiment when there is one. The rows come in seed order
// so that a learner can read "this start stalls with one delta and not with the other" along a row.
class ExploreResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeedColumn, FirstOutcomeColumn, FirstSolvedColumn, SecondOutcomeColumn, SecondSolvedColumn };

    struct Run
    {
        QString experimentId;
        QString title;
        std::vector<SeedExplorer::Result> results; // in seed order
    };

    explicit ExploreResultsModel(QObject *parent = nullptr);

    // `second` with an empty experimentId when only one experiment was explored. Both lists
    // cover the same seeds.
    void setRuns(Run first, Run second);
    void clear();

    bool hasSecond() const { return !m_second.experimentId.isEmpty(); }
    const Run &first() const { return m_first; }
    const Run &second() const { return m_second; }
    std::uint32_t seedAt(int row) const;
    // The experiment a click on `column` means: the second's for its columns, else the first's.
    QString experimentIdForColumn(int column) const;

    // The outcome in words, in the language of the window.
    static QString outcomeName(RunOutcome::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SeedExplorer::Result *resultAt(int row, int column) const;

    Run m_first;
    Run m_second;
};

} // namespace deltatrace
