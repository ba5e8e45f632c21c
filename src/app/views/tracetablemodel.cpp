// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracetablemodel.h"

#include "numberformat.h"
#include "rule.h"
#include "valuecolors.h"

#include <QBrush>
#include <QFont>

#include <climits>
#include <cmath>

namespace deltatrace {

namespace {

// Names exactly as the CSV export writes them and as the network diagram and the charts name the
// weights, so a learner finds the same number under the same name everywhere: numpy's 0-based
// indexing, a single value plainly, vectors with one index ("dW[1]", "y1[2]"), weight matrices
// (and 2-D matrices) with two, comma separated ("W[0,1]", "W1[2,0]", "dW1[1,2]").
QString scalarName(Quantity q, int element) { return QString::fromStdString(elementName(q, element)); }

bool isWeight(Quantity q) { return q == Quantity::W || q == Quantity::W1 || q == Quantity::W2; }

// NaN never equals itself; a value that stays NaN has not changed.
bool sameValue(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// A soft tint of the shared highlight colour: readable under black text and on a projector.
QColor changedBackground()
{
    const QColor h = ValueColors::highlight();
    auto mix = [](int c) { return (c + 3 * 255) / 4; };
    return QColor(mix(h.red()), mix(h.green()), mix(h.blue()));
}

// The current operation's cells: the diagram's colour for what this operation computes, stronger
// than the tint of the changed weights.
QColor currentBackground()
{
    const QColor h = ValueColors::highlight();
    auto mix = [](int c) { return (c + 255) / 2; };
    return QColor(mix(h.red()), mix(h.green()), mix(h.blue()));
}

// Bold and underlined: the current row is the selected one, and a selected cell shows the
// selection colour instead of its background, but keeps its font. (Bold alone marks the weights
// a step changed.)
QFont currentFont()
{
    QFont f;
    f.setBold(true);
    f.setUnderline(true);
    return f;
}

} // namespace

TraceTableModel::TraceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TraceTableModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_columns.clear();
    m_rows = 0;
    m_position = {-1, -1};
    for (CacheEntry &e : m_cache)
        e.row = -1;
    m_last = 0;
    if (m_trace) {
        // Views address rows with int; even 10 million epochs (40 million steps) fit.
        m_rows = static_cast<int>(std::min<long long>(m_trace->stepCount(), INT_MAX));
        for (Quantity q : recordedQuantities(m_trace->rule())) {
            const int n = quantityShape(q).size();
            for (int i = 0; i < n; ++i)
                m_columns.push_back({q, i, isWeight(q), operationIndex(m_trace->rule(), q), scalarName(q, i)});
        }
    }
    endResetModel();
}

void TraceTableModel::setPosition(TracePosition position)
{
    if (!m_trace || position == m_position)
        return;
    const TracePosition old = m_position;
    m_position = position;
    // Only these two rows depend on the position. The headers do not mark the operation: any
    // headerDataChanged makes QTableView repaint its whole viewport, 3 ms a move or more.
    if (old.step != position.step)
        rowChanged(old.step);
    rowChanged(position.step);
}

void TraceTableModel::rowChanged(long long row)
{
    // Only the recorded quantities' cells depend on the position.
    if (row >= 0 && row < m_rows && !m_columns.empty())
        emit dataChanged(index(static_cast<int>(row), FixedColumnCount), index(static_cast<int>(row), columnCount() - 1));
}

int TraceTableModel::operationOf(int column) const
{
    if (column < FixedColumnCount)
        return -1;
    return m_columns[static_cast<size_t>(column - FixedColumnCount)].operation;
}

// As the network diagram decides (NetworkDiagramScene::computed): in the current step, the
// operations up to and including the current one are done.
bool TraceTableModel::computedAt(long long row, int column) const
{
    return row != m_position.step || operationOf(column) <= m_position.operation;
}

bool TraceTableModel::currentAt(long long row, int column) const
{
    return row == m_position.step && column >= FixedColumnCount && operationOf(column) == m_position.operation;
}

int TraceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TraceTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_trace)
        return 0;
    return FixedColumnCount + static_cast<int>(m_columns.size());
}

Qt::ItemFlags TraceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int TraceTableModel::columnOf(Quantity q, int element) const
{
    for (size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].quantity == q && m_columns[c].element == element)
            return FixedColumnCount + static_cast<int>(c);
    return -1;
}

QString TraceTableModel::columnName(int column) const
{
    switch (column) {
    case StepColumn: return QStringLiteral("step");
    case EpochColumn: return QStringLiteral("epoch");
    case SampleColumn: return QStringLiteral("sample");
    case X0Column: return QStringLiteral("x[0]");
    case X1Column: return QStringLiteral("x[1]");
    case X2Column: return QStringLiteral("x[2]");
    case DColumn: return QStringLiteral("d");
    default: break;
    }
    const auto c = static_cast<size_t>(column - FixedColumnCount);
    return column >= FixedColumnCount && c < m_columns.size() ? m_columns[c].name : QString();
}

const StepRecord &TraceTableModel::record(long long row) const
{
    if (m_cache[static_cast<size_t>(m_last)].row == row)
        return m_cache[static_cast<size_t>(m_last)].record;
    // 64 integer compares: cheaper than any hashing, and the cost does not grow with the run.
    int victim = 0;
    for (int i = 0; i < CacheSize; ++i) {
        CacheEntry &e = m_cache[static_cast<size_t>(i)];
        if (e.row == row) {
            e.lastUse = ++m_clock;
            m_last = i;
            return e.record;
        }
        if (e.lastUse < m_cache[static_cast<size_t>(victim)].lastUse)
            victim = i;
    }
    CacheEntry &e = m_cache[static_cast<size_t>(victim)];
    e.record = m_trace->step(row);
    e.row = row;
    e.lastUse = ++m_clock;
    m_last = victim;
    ++m_fetches;
    return e.record;
}

double TraceTableModel::valueAt(const StepRecord &r, int column) const
{
    switch (column) {
    case StepColumn: return static_cast<double>(r.index);
    case EpochColumn: return r.epoch;
    case SampleColumn: return r.sample;
    case X0Column: return r.x(0);
    case X1Column: return r.x(1);
    case X2Column: return r.x(2);
    case DColumn: return r.d;
    default: break;
    }
    const Column &c = m_columns[static_cast<size_t>(column - FixedColumnCount)];
    return r.values(c.quantity)[static_cast<size_t>(c.element)];
}

bool TraceTableModel::changedAt(long long row, int column) const
{
    if (column < FixedColumnCount)
        return false;
    const Column &c = m_columns[static_cast<size_t>(column - FixedColumnCount)];
    const StepRecord &r = record(row);
    const double now = r.values(c.quantity)[static_cast<size_t>(c.element)];
    // A weight's value in the previous row is exactly this row's weight before the update, so
    // the record alone answers (and row 0 compares with the initial weights).
    if (c.isWeight)
        return !sameValue(now, r.weightsBefore(c.quantity)[static_cast<size_t>(c.element)]);
    if (row == 0)
        return false;
    const double previous = record(row - 1).values(c.quantity)[static_cast<size_t>(c.element)];
    return !sameValue(now, previous);
}

QVariant TraceTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_trace || !index.isValid() || index.row() >= m_rows || index.column() >= columnCount())
        return {};
    const int column = index.column();
    const long long row = index.row();
    if (!computedAt(row, column)) {
        // Not computed yet where the learner is: "?" as in the diagram, and no number in any role.
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("?");
        case Qt::ToolTipRole: {
            const Column &c = m_columns[static_cast<size_t>(column - FixedColumnCount)];
            if (c.isWeight)
                // The diagram shows the weight before the update until it is done.
                return tr("%1 = ?: this sample step's update comes later. Until then %1 = %2.")
                    .arg(c.name, NumberFormat::exact(record(row).weightsBefore(c.quantity)[static_cast<size_t>(c.element)]));
            return tr("%1 = ?: not computed yet at this operation.").arg(c.name);
        }
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::ForegroundRole: return QBrush(ValueColors::pending());
        case ChangedRole:
        case ComputedRole:
        case CurrentOperationRole: return false;
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        const StepRecord &r = record(row);
        if (column <= SampleColumn)
            return QString::number(static_cast<long long>(valueAt(r, column)));
        return NumberFormat::value(valueAt(r, column), 4);
    }
    case Qt::ToolTipRole: {
        const StepRecord &r = record(row);
        const double v = valueAt(r, column);
        if (column <= SampleColumn)
            return QString::number(static_cast<long long>(v));
        QString tip = QStringLiteral("%1 = %2").arg(columnName(column), NumberFormat::exact(v));
        if (!NumberFormat::isFinite(v))
            tip += QLatin1Char('\n') + tr("Not finite: the number overflowed (too large for a double).");
        else if (column >= FixedColumnCount && m_columns[static_cast<size_t>(column - FixedColumnCount)].isWeight)
            tip += QLatin1Char('\n') + (changedAt(row, column) ? tr("Changed in this step's update.")
                                                              : tr("Unchanged in this step's update."));
        return tip;
    }
    case ExactValueRole: return valueAt(record(row), column);
    case ChangedRole: return changedAt(row, column);
    case ComputedRole: return true;
    case CurrentOperationRole: return currentAt(row, column);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (column > SampleColumn && !NumberFormat::isFinite(valueAt(record(row), column)))
            return QBrush(ValueColors::notFinite());
        return {};
    case Qt::FontRole:
        // Only the set properties (bold, underline) are merged into the view's font, so presenter
        // zoom still applies.
        if (currentAt(row, column))
            return currentFont();
        if (column >= FixedColumnCount && m_columns[static_cast<size_t>(column - FixedColumnCount)].isWeight
            && changedAt(row, column)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // Marked for the weights only: which weights this step moved is the lesson (x = 0 leaves
        // its weights alone). Flagging v or y would mark nearly every cell, since the samples
        // differ from row to row.
        if (currentAt(row, column))
            return QBrush(currentBackground());
        if (column >= FixedColumnCount && m_columns[static_cast<size_t>(column - FixedColumnCount)].isWeight
            && changedAt(row, column))
            return QBrush(changedBackground());
        return {};
    default: return {};
    }
}

QVariant TraceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_trace)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows)
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(section);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StepColumn: return tr("Sample step: epoch × 4 + sample");
        case EpochColumn: return tr("Epoch (one pass over the 4 samples)");
        case SampleColumn: return tr("Sample k (row of X)");
        case X0Column:
        case X1Column:
        case X2Column: return tr("Input x = X[k] (the third input is the constant 1)");
        case DColumn: return tr("Target d = D[k]");
        default: break;
        }
        const Column &c = m_columns[static_cast<size_t>(section - FixedColumnCount)];
        if (c.isWeight)
            return tr("%1: the weight after this step's update; bold when the update changed it").arg(c.name);
        return tr("%1: computed in this step").arg(c.name);
    }
    return {};
}

} // namespace deltatrace
