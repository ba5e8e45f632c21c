// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerquantity.h"
#include "networkposition.h"
#include "networktrace.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace deltatrace {

class GeneralTraceTableModel;

// The general run's table (GeneralTraceTableModel): a choice of the quantity to list, over a
// table of one row per sample step that keeps the current step's row selected and in sight.
class GeneralTraceTable : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralTraceTable(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    // Selects the step's row and scrolls to it; cheap (two rows repaint).
    void setPosition(NetworkPosition position);

    // The quantity listed (the combo box's choice); the run's output yL by default.
    void setQuantity(LayerQuantity quantity);
    LayerQuantity quantity() const;

    GeneralTraceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *quantityBox() const { return m_quantityBox; }

signals:
    // A click on a row: that sample step.
    void stepActivated(long long step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillQuantities();
    void updateSizes();
    void retranslate();

    GeneralTraceTableModel *m_model = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QComboBox *m_quantityBox = nullptr;
    QLabel *m_limitNote = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace deltatrace
