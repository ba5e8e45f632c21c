// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerquantity.h"
#include "networkposition.h"
#include "networkstep.h"
#include "networktrace.h"

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace deltatrace {

// One quantity of a general network's run (lesson format 2) as a table: one row per sample step,
// the columns epoch, sample, then every element of the chosen LayerQuantity, named as the CSV
// export names them (numpy's 0-based indexing: "y2[3]", "W1[2,0]"). A general network records
// too many numbers for one table (a 3-32-32-32-8 network has thousands per step), so the table
// shows one quantity at a time (setQuantity; the output yL by default). The quantities computed
// only at a batch's last sample (dWl_avg, ml, Wl) are empty in the other rows.
//
// As TraceTableModel does for lessons 1-3: the stepper's place (setPosition) tells the current
// row how far the story has come. There, a quantity the current operation has not reached yet
// shows "?", and the current operation's cells are marked (bold, underlined and tinted) when it
// computes the chosen quantity. Other rows keep their numbers.
//
// Rows are fetched on demand through NetworkTrace::step(), which recomputes from a checkpoint
// for a long run (up to about a millisecond), so recently used steps are kept in a small LRU
// cache: a view asks for every cell of a row in turn, and the row is read once.
//
// For the window: a Fixed vertical header with setDefaultSectionSize() (GeneralTraceTable does
// this); measuring rows or columns to their contents reads every row.
class GeneralTraceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The roles of TraceTableModel, with the same meanings.
    enum Role {
        // The value as a double, exactly as recorded (epochs and samples too); empty where the
        // step does not compute the quantity or has not computed it yet.
        ExactValueRole = Qt::UserRole + 1,
        // bool: a weight the step's update changed (Wl columns only: which weights moved is the
        // lesson); false elsewhere.
        ChangedRole,
        // bool: the cell holds a value computed at the current position (false for the
        // operations after the current one in the current row, and for empty cells).
        ComputedRole,
        // bool: the cell is computed by the current operation, in the current row.
        CurrentOperationRole,
    };

    enum FixedColumn { EpochColumn, SampleColumn, FixedColumnCount };

    // Rows beyond this are not shown: a table view's height in pixels is an int, and at this
    // many rows of about 40 pixels (presenter mode) it nears the limit. A run of more steps
    // (10 000 000 epochs of 256 samples) shows its first 50 000 000 (rowLimitReached()).
    static constexpr long long MaxRows = 50'000'000;
    static constexpr int CacheSize = 64;

    explicit GeneralTraceTableModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    const std::shared_ptr<const NetworkTrace> &trace() const { return m_trace; }

    // The quantity shown; one the run does not record (StepLayout::has) is ignored. A new trace
    // shows its output yL, or the quantity chosen before if it records it.
    void setQuantity(LayerQuantity quantity);
    LayerQuantity quantity() const { return m_quantity; }

    // The stepper's place. A move updates the old and the new row only, never the whole table.
    void setPosition(NetworkPosition position);
    // The place set, or {-1, -1} before one is set for the run: then every row is complete.
    NetworkPosition position() const { return m_position; }

    // Whether the run has more steps than the table shows (MaxRows).
    bool rowLimitReached() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The column of element `element` (row-major) of the quantity shown.
    int columnOf(int element) const { return FixedColumnCount + element; }
    // The column's name as in the header ("epoch", "y2[3]", "W1[2,0]").
    QString columnName(int column) const;

    // How many NetworkTrace::step() calls the cache could not spare (for tests and benchmarks).
    long long fetchCountForTesting() const { return m_fetches; }

private:
    struct CacheEntry
    {
        long long row = -1;
        unsigned long long lastUse = 0;
        NetworkStep step;
    };

    const NetworkStep &stepAt(long long row) const;
    // Whether step `row` computes the quantity (update-only ones at a batch's last sample).
    bool hasValue(long long row) const;
    bool isUpdate(long long row) const;
    // Where the quantity is among step `row`'s operations, or -1 if the step lacks it.
    int operationOf(long long row) const;
    bool computedAt(long long row, int column) const;
    bool currentAt(long long row, int column) const;
    bool changedAt(long long row, int column) const;
    double valueAt(long long row, int column) const;
    void rowChanged(long long row);
    void clearCache();

    std::shared_ptr<const NetworkTrace> m_trace;
    LayerQuantity m_quantity{LayerQuantity::Kind::Y, 1};
    bool m_chosen = false; // by setQuantity: kept for the next run
    std::vector<QString> m_names; // of the quantity's elements
    int m_rows = 0;
    NetworkPosition m_position{-1, -1};

    // m_last remembers the most recent hit, which answers most lookups (a view paints a row
    // cell by cell).
    mutable std::array<CacheEntry, CacheSize> m_cache;
    mutable int m_last = 0;
    mutable unsigned long long m_clock = 0;
    mutable long long m_fetches = 0;
};

} // namespace deltatrace
