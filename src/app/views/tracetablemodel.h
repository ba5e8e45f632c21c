// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quantity.h"
#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace deltatrace {

// Every recorded number of a run as a table: one row per sample step, one column per scalar.
// Columns: step, epoch, sample, x[0], x[1], x[2], d, then every scalar of every quantity the
// rule records, in recording order, named as the CSV export and the network diagram name them
// (numpy's 0-based indexing: "v", "y1[2]", "dW[1]", "W1[2,0]"); the weight columns hold the
// weights after the step's update.
//
// The stepper's place (setPosition) tells the row of the current sample step how far the story
// has come: there, the values of the operations after the current one show "?", as in the
// network diagram, and the current operation's cells are marked (bold, underlined and tinted).
// Rows before it are complete. Rows after it are recorded steps the learner has not reached, and
// they keep their numbers: the diagram shows only the current step, so a later row contradicts
// nothing it shows, the table is where a learner looks ahead (a click on a row goes there), and
// blanking them would repaint the whole table at every move.
//
// Rows are fetched on demand through Trace::step(). With a full record that is a copy; in
// checkpoint mode it recomputes up to 4 steps from the epoch's checkpoint. Views ask for every
// column of a row in turn (and for the previous row, to flag changes), so recently used rows are
// kept in a small cache: the cost of data() does not depend on the run's length.
//
// For the window: show it in a QTableView with a Fixed vertical header and
// setDefaultSectionSize(); a ResizeToContents vertical header (or resizeRowsToContents)
// measures every row, which freezes the window for a long run. Column widths from the font
// cost nothing; resizeColumnsToContents fetches up to resizeContentsPrecision() rows per column.
class TraceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // The value as a double, exactly as recorded (steps, epochs and samples too).
        ExactValueRole = Qt::UserRole + 1,
        // bool: the value differs from the previous row's (false in row 0 and for the step,
        // epoch, sample, x and d columns).
        ChangedRole,
        // bool: the cell holds a value computed at the current position (false only for the
        // operations after the current one, in the current row; there ExactValueRole is empty).
        ComputedRole,
        // bool: the cell is computed by the current operation, in the current row.
        CurrentOperationRole,
    };

    // The fixed columns before the recorded quantities.
    enum FixedColumn { StepColumn, EpochColumn, SampleColumn, X0Column, X1Column, X2Column, DColumn, FixedColumnCount };

    explicit TraceTableModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    const std::shared_ptr<const Trace> &trace() const { return m_trace; }

    // The stepper's place. Each move updates the old and the new row (dataChanged), never the
    // whole table.
    void setPosition(TracePosition position);
    // The place set, or none (-1) before one is set for the run: then every row is complete.
    TracePosition position() const { return m_position; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The column of element `element` (row-major) of quantity q, or -1 if the rule lacks it.
    int columnOf(Quantity q, int element = 0) const;
    // The column's name as in the header ("step", "x[1]", "W1[2,0]").
    QString columnName(int column) const;

    // How many Trace::step() calls the cache could not spare (for tests and benchmarks).
    long long fetchCountForTesting() const { return m_fetches; }

    static constexpr int CacheSize = 64;

private:
    struct Column
    {
        Quantity quantity = Quantity::V;
        int element = 0;
        bool isWeight = false; // W, W1, W2: the change flag is shown (which weights moved)
        int operation = 0;     // where the rule computes it: operationIndex()
        QString name;
    };
    struct CacheEntry
    {
        long long row = -1;
        unsigned long long lastUse = 0;
        StepRecord record;
    };

    const StepRecord &record(long long row) const;
    double valueAt(const StepRecord &r, int column) const;
    bool changedAt(long long row, int column) const;
    // The column's operation index, or -1 for the fixed columns (known before any operation).
    int operationOf(int column) const;
    bool computedAt(long long row, int column) const;
    bool currentAt(long long row, int column) const;
    void rowChanged(long long row);

    std::shared_ptr<const Trace> m_trace;
    std::vector<Column> m_columns; // the quantity columns only
    int m_rows = 0;
    TracePosition m_position{-1, -1};

    // A small LRU of StepRecords keyed by row; m_last remembers the most recent hit, which
    // answers most lookups (a view paints a row column by column).
    mutable std::array<CacheEntry, CacheSize> m_cache;
    mutable int m_last = 0;
    mutable unsigned long long m_clock = 0;
    mutable long long m_fetches = 0;
};

} // namespace deltatrace
