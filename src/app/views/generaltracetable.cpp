// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generaltracetable.h"

#include "generaltracetablemodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace deltatrace {

GeneralTraceTable::GeneralTraceTable(QWidget *parent) : QWidget(parent)
{
    m_model = new GeneralTraceTableModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    m_quantityLabel = new QLabel(this);
    m_quantityBox = new QComboBox(this);
    m_quantityBox->setObjectName(QStringLiteral("quantityBox"));
    m_quantityBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quantityLabel->setBuddy(m_quantityBox);
    top->addWidget(m_quantityLabel);
    top->addWidget(m_quantityBox);
    top->addStretch(1);
    layout->addLayout(top);
    m_limitNote = new QLabel(this);
    m_limitNote->setWordWrap(true);
    m_limitNote->setVisible(false);
    m_limitNote->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_limitNote);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("generalTraceTable"));
    m_view->setModel(m_model);
    // Fixed row heights and column widths from the font: nothing is measured per row, so a
    // table of millions of rows (or a thousand columns of a 32 x 32 matrix) opens at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // The corner button would select all rows, which a single-row selection cannot do.
    m_view->setCornerButtonEnabled(false);
    layout->addWidget(m_view, 1);

    connect(m_quantityBox, &QComboBox::activated, this, [this](int index) {
        if (!m_model->trace())
            return;
        const auto &quantities = m_model->trace()->layout().quantities();
        if (index >= 0 && index < static_cast<int>(quantities.size()))
            setQuantity(quantities[static_cast<std::size_t>(index)]);
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit stepActivated(index.row());
    });
    retranslate();
    updateSizes();
}

void GeneralTraceTable::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_model->setTrace(std::move(trace));
    fillQuantities();
    updateSizes();
    retranslate();
}

void GeneralTraceTable::fillQuantities()
{
    const QSignalBlocker block(m_quantityBox);
    m_quantityBox->clear();
    const auto &trace = m_model->trace();
    m_quantityBox->setEnabled(bool(trace));
    if (!trace)
        return;
    const auto &quantities = trace->layout().quantities();
    for (std::size_t i = 0; i < quantities.size(); ++i) {
        const Shape shape = quantities[i].shape(trace->architecture());
        m_quantityBox->addItem(QString::fromStdString(quantities[i].name()));
        m_quantityBox->setItemData(static_cast<int>(i), tr("%1: %2 × %3 values").arg(m_quantityBox->itemText(static_cast<int>(i))).arg(shape.rows).arg(shape.cols),
                                   Qt::ToolTipRole);
        if (quantities[i] == m_model->quantity())
            m_quantityBox->setCurrentIndex(static_cast<int>(i));
    }
}

void GeneralTraceTable::setQuantity(LayerQuantity quantity)
{
    m_model->setQuantity(quantity);
    if (const auto &trace = m_model->trace()) {
        const auto &quantities = trace->layout().quantities();
        const auto it = std::find(quantities.begin(), quantities.end(), m_model->quantity());
        if (it != quantities.end()) {
            const QSignalBlocker block(m_quantityBox);
            m_quantityBox->setCurrentIndex(static_cast<int>(it - quantities.begin()));
        }
    }
    updateSizes();
    // The current step's row stays selected and in sight in the new columns.
    const NetworkPosition p = m_model->position();
    if (p.step >= 0) {
        const QModelIndex row = m_model->index(static_cast<int>(p.step), 0);
        if (row.isValid()) {
            m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(row, QAbstractItemView::EnsureVisible);
        }
    }
}

LayerQuantity GeneralTraceTable::quantity() const { return m_model->quantity(); }

void GeneralTraceTable::setPosition(NetworkPosition position)
{
    m_model->setPosition(position);
    const QModelIndex row = position.step >= 0 && position.step < m_model->rowCount()
        ? m_model->index(static_cast<int>(position.step), 0)
        : QModelIndex();
    if (row.isValid()) {
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(row, QAbstractItemView::EnsureVisible);
    } else {
        m_view->clearSelection();
    }
}

void GeneralTraceTable::updateSizes()
{
    // From the font alone: a row a line and a bit high, a column wide enough for the widest
    // number NumberFormat::value prints with 4 digits and for the longest header name.
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    int width = metrics.horizontalAdvance(QStringLiteral("-0.0001234")) + 12;
    QFont bold = m_view->horizontalHeader()->font();
    bold.setBold(true); // the current operation's cells are bold
    width = std::max(width, QFontMetrics(bold).horizontalAdvance(QStringLiteral("-1.234e+300")) + 12);
    const QFontMetrics header(m_view->horizontalHeader()->font());
    int headerWidth = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        headerWidth = std::max(headerWidth, header.horizontalAdvance(m_model->columnName(c)) + 16);
    m_view->horizontalHeader()->setDefaultSectionSize(std::max(width, headerWidth));
    // Epoch and sample: as wide as their largest numbers.
    if (m_model->trace()) {
        const QString epochs = QString::number(m_model->trace()->epochCount());
        m_view->horizontalHeader()->resizeSection(GeneralTraceTableModel::EpochColumn,
                                                  std::max(metrics.horizontalAdvance(epochs), header.horizontalAdvance(QStringLiteral("epoch"))) + 16);
        m_view->horizontalHeader()->resizeSection(GeneralTraceTableModel::SampleColumn,
                                                  header.horizontalAdvance(QStringLiteral("sample")) + 16);
    }
}

void GeneralTraceTable::retranslate()
{
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantityBox->setToolTip(tr("The quantity whose values the table lists, one column per element (numpy's 0-based indices)"));
    m_view->setAccessibleName(tr("Trace table"));
    if (auto *corner = m_view->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Trace table"));
    if (m_model->rowLimitReached())
        m_limitNote->setText(tr("The table lists the first %L1 of the run's %L2 sample steps.")
                                 .arg(m_model->rowCount())
                                 .arg(m_model->trace()->stepCount()));
    m_limitNote->setVisible(m_model->rowLimitReached());
}

void GeneralTraceTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateSizes();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
