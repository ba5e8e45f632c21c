// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generaltracetablemodel.h"

#include "numberformat.h"
#include "valuecolors.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

// The same marks as TraceTableModel's, so both tables read alike.
QColor changedBackground()
{
    const QColor h = ValueColors::highlight();
    auto mix = [](int c) { return (c + 3 * 255) / 4; };
    return QColor(mix(h.red()), mix(h.green()), mix(h.blue()));
}

QColor currentBackground()
{
    const QColor h = ValueColors::highlight();
    auto mix = [](int c) { return (c + 255) / 2; };
    return QColor(mix(h.red()), mix(h.green()), mix(h.blue()));
}

// Bold and underlined: the current row is the selected one, and a selected cell shows the
// selection colour instead of its background, but keeps its font.
QFont currentFont()
{
    QFont f;
    f.setBold(true);
    f.setUnderline(true);
    return f;
}

bool sameValue(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

QVariant rightAligned() { return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)); }

} // namespace

GeneralTraceTableModel::GeneralTraceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GeneralTraceTableModel::clearCache()
{
    for (CacheEntry &e : m_cache) {
        e.row = -1;
        e.lastUse = 0;
        e.step = NetworkStep();
    }
    m_last = 0;
}

void GeneralTraceTableModel::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    beginResetModel();
    clearCache();
    m_trace = std::move(trace);
    m_position = {-1, -1};
    m_rows = 0;
    m_names.clear();
    if (m_trace) {
        m_rows = static_cast<int>(std::min(m_trace->stepCount(), MaxRows));
        // The output by default: what the network answers, a handful of columns.
        if (!m_chosen || !m_trace->layout().has(m_quantity))
            m_quantity = LayerQuantity{LayerQuantity::Kind::Y, m_trace->architecture().layerCount()};
        const int n = m_trace->layout().size(m_quantity);
        for (int i = 0; i < n; ++i)
            m_names.push_back(QString::fromStdString(m_quantity.elementName(m_trace->architecture(), i)));
    }
    endResetModel();
}

void GeneralTraceTableModel::setQuantity(LayerQuantity quantity)
{
    if (m_trace && !m_trace->layout().has(quantity))
        return;
    m_chosen = true;
    if (quantity == m_quantity)
        return;
    if (!m_trace) {
        m_quantity = quantity;
        return;
    }
    // The steps cached hold every quantity: they stay.
    beginResetModel();
    m_quantity = quantity;
    m_names.clear();
    const int n = m_trace->layout().size(m_quantity);
    for (int i = 0; i < n; ++i)
        m_names.push_back(QString::fromStdString(m_quantity.elementName(m_trace->architecture(), i)));
    endResetModel();
}

bool GeneralTraceTableModel::rowLimitReached() const { return m_trace && m_trace->stepCount() > MaxRows; }

void GeneralTraceTableModel::setPosition(NetworkPosition position)
{
    if (!m_trace || position == m_position)
        return;
    const NetworkPosition old = m_position;
    m_position = position;
    // Only these two rows depend on the position; no header changes (a headerDataChanged makes
    // the view repaint everything).
    if (old.step != position.step)
        rowChanged(old.step);
    rowChanged(position.step);
}

void GeneralTraceTableModel::rowChanged(long long row)
{
    if (row >= 0 && row < m_rows && !m_names.empty())
        emit dataChanged(index(static_cast<int>(row), FixedColumnCount), index(static_cast<int>(row), columnCount() - 1));
}

int GeneralTraceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows; }

int GeneralTraceTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_trace)
        return 0;
    return FixedColumnCount + static_cast<int>(m_names.size());
}

Qt::ItemFlags GeneralTraceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString GeneralTraceTableModel::columnName(int column) const
{
    switch (column) {
    case EpochColumn: return QStringLiteral("epoch");
    case SampleColumn: return QStringLiteral("sample");
    default: break;
    }
    const auto c = static_cast<std::size_t>(column - FixedColumnCount);
    return column >= FixedColumnCount && c < m_names.size() ? m_names[c] : QString();
}

const NetworkStep &GeneralTraceTableModel::stepAt(long long row) const
{
    if (m_cache[static_cast<std::size_t>(m_last)].row == row)
        return m_cache[static_cast<std::size_t>(m_last)].step;
    int victim = 0;
    for (int i = 0; i < CacheSize; ++i) {
        CacheEntry &e = m_cache[static_cast<std::size_t>(i)];
        if (e.row == row) {
            e.lastUse = ++m_clock;
            m_last = i;
            return e.step;
        }
        if (e.lastUse < m_cache[static_cast<std::size_t>(victim)].lastUse)
            victim = i;
    }
    CacheEntry &e = m_cache[static_cast<std::size_t>(victim)];
    e.step = m_trace->step(row);
    e.row = row;
    e.lastUse = ++m_clock;
    m_last = victim;
    ++m_fetches;
    return e.step;
}

// From the step's index alone, without reading it: a batch's last sample, or the epoch's last
// (the last batch may be shorter).
bool GeneralTraceTableModel::isUpdate(long long row) const
{
    const int n = m_trace->run().sampleCount();
    const int sample = static_cast<int>(row % n);
    return (sample + 1) % m_trace->architecture().batch == 0 || sample == n - 1;
}

bool GeneralTraceTableModel::hasValue(long long row) const { return !m_quantity.atUpdateOnly() || isUpdate(row); }

int GeneralTraceTableModel::operationOf(long long row) const
{
    const std::vector<LayerQuantity> &ops = m_trace->layout().operations(isUpdate(row));
    const auto it = std::find(ops.begin(), ops.end(), m_quantity);
    return it == ops.end() ? -1 : static_cast<int>(it - ops.begin());
}

// As the network diagram decides: in the current step, the operations up to and including the
// current one are done.
bool GeneralTraceTableModel::computedAt(long long row, int column) const
{
    if (column < FixedColumnCount)
        return true;
    if (!hasValue(row))
        return false;
    return row != m_position.step || operationOf(row) <= m_position.operation;
}

bool GeneralTraceTableModel::currentAt(long long row, int column) const
{
    return row == m_position.step && column >= FixedColumnCount && hasValue(row) && operationOf(row) == m_position.operation;
}

double GeneralTraceTableModel::valueAt(long long row, int column) const
{
    const NetworkStep &s = stepAt(row);
    switch (column) {
    case EpochColumn: return s.epoch;
    case SampleColumn: return s.sample;
    default: break;
    }
    const std::span<const double> values = s.values(m_quantity);
    const auto element = static_cast<std::size_t>(column - FixedColumnCount);
    return element < values.size() ? values[element] : std::nan("");
}

bool GeneralTraceTableModel::changedAt(long long row, int column) const
{
    if (column < FixedColumnCount || m_quantity.kind != LayerQuantity::Kind::W || !hasValue(row))
        return false;
    // The weight's value before this step is in the step itself.
    const NetworkStep &s = stepAt(row);
    const auto element = static_cast<std::size_t>(column - FixedColumnCount);
    const auto before = static_cast<std::size_t>(m_trace->engine().weightOffset(m_quantity.layer)) + element;
    return before < s.weightsBefore.size() && !sameValue(valueAt(row, column), s.weightsBefore[before]);
}

QVariant GeneralTraceTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_trace || !index.isValid() || index.row() >= m_rows || index.column() >= columnCount())
        return {};
    const int column = index.column();
    const long long row = index.row();
    const bool isQuantity = column >= FixedColumnCount;
    if (isQuantity && !hasValue(row)) {
        // dWl_avg, ml and Wl exist only where the weights are updated.
        switch (role) {
        case Qt::DisplayRole: return QString();
        case Qt::ToolTipRole:
            return tr("%1 is computed only at a batch's last sample, where the weights are updated.").arg(columnName(column));
        case ChangedRole:
        case ComputedRole:
        case CurrentOperationRole: return false;
        default: return {};
        }
    }
    if (!computedAt(row, column)) {
        // Not computed yet where the learner is: "?" as in the diagram, and no number in any role.
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("?");
        case Qt::ToolTipRole: return tr("%1 = ?: not computed yet at this operation.").arg(columnName(column));
        case Qt::TextAlignmentRole: return rightAligned();
        case Qt::ForegroundRole: return QBrush(ValueColors::pending());
        case ChangedRole:
        case ComputedRole:
        case CurrentOperationRole: return false;
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        const double v = valueAt(row, column);
        if (!isQuantity)
            return QString::number(static_cast<long long>(v));
        return NumberFormat::value(v, 4);
    }
    case Qt::ToolTipRole: {
        const double v = valueAt(row, column);
        if (!isQuantity)
            return QString::number(static_cast<long long>(v));
        QString tip = QStringLiteral("%1 = %2").arg(columnName(column), NumberFormat::exact(v));
        if (!NumberFormat::isFinite(v))
            tip += QLatin1Char('\n') + tr("Not finite: the number overflowed (too large for a double).");
        else if (m_quantity.kind == LayerQuantity::Kind::W)
            tip += QLatin1Char('\n') + (changedAt(row, column) ? tr("Changed in this step's update.")
                                                              : tr("Unchanged in this step's update."));
        return tip;
    }
    case ExactValueRole: return valueAt(row, column);
    case ChangedRole: return changedAt(row, column);
    case ComputedRole: return true;
    case CurrentOperationRole: return currentAt(row, column);
    case Qt::TextAlignmentRole: return rightAligned();
    case Qt::ForegroundRole:
        if (isQuantity && !NumberFormat::isFinite(valueAt(row, column)))
            return QBrush(ValueColors::notFinite());
        return {};
    case Qt::FontRole:
        // Only the set properties are merged into the view's font, so presenter zoom applies.
        if (currentAt(row, column))
            return currentFont();
        if (changedAt(row, column)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (currentAt(row, column))
            return QBrush(currentBackground());
        if (changedAt(row, column))
            return QBrush(changedBackground());
        return {};
    default: return {};
    }
}

QVariant GeneralTraceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_trace)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows)
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(section);
        if (role == Qt::TextAlignmentRole)
            return rightAligned();
        if (role == Qt::ToolTipRole)
            return tr("Sample step %1: epoch × %2 + sample").arg(section).arg(m_trace->run().sampleCount());
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EpochColumn: return tr("Epoch (one pass over the %1 samples)").arg(m_trace->run().sampleCount());
        case SampleColumn: return tr("Sample k (row of X)");
        default: break;
        }
        const QString name = columnName(section);
        switch (m_quantity.kind) {
        case LayerQuantity::Kind::W:
            return tr("%1: the weight after the update, at a batch's last sample; bold when the update changed it").arg(name);
        case LayerQuantity::Kind::DWAvg:
        case LayerQuantity::Kind::Momentum:
            return tr("%1: computed at a batch's last sample, where the weights are updated").arg(name);
        default: return tr("%1: computed in this step").arg(name);
        }
    }
    return {};
}

} // namespace deltatrace
