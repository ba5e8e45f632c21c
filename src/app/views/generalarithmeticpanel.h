// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerquantity.h"
#include "networkposition.h"
#include "networkstep.h"
#include "networktrace.h"

#include <QMargins>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace deltatrace {

class FormulaView;
class NotesView;
struct Formula;

// The arithmetic of the operation just computed in a general network's run (lesson format 2),
// as ArithmeticPanel shows lessons 1-3's: a header naming where we are ("Epoch 3, sample k = 2 ·
// operation 6 of 14: deltas delta2"), the sample (x and d), the formula of one element in symbols,
// then with the numbers, then the result (built by GeneralFormulaBuilder, painted by
// FormulaView), the rest of the vector or of the element's row summarised (a few values, "…",
// the last, the count), and notes.
//
// The element is unit i of a vector quantity, element [i, j] of a matrix: unit 0 (and column 0)
// unless the learner picks another with the spin boxes or setUnit()/setColumn(). The choice is
// kept while stepping and clamped into each quantity's shape, so that unit 5 chosen in a 32-unit
// layer is unit 5 again after the 3-unit output layer.
//
// Everything is fitted to the panel's width (no sideways scrolling): the header and the formula
// wrap, and the formula is drawn smaller (never below the application font) where the panel is
// short; what does not fit scrolls up and down. Text is copied from each formula's context menu,
// as in ArithmeticPanel.
//
// A move reads the step once (NetworkTrace::step), plus the step holding the value a running
// sum or momentum adds to when that is the operation shown; within one step, none.
class GeneralArithmeticPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralArithmeticPanel(QWidget *parent = nullptr);
    ~GeneralArithmeticPanel() override;

    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    void setPosition(deltatrace::NetworkPosition position);
    NetworkPosition position() const { return m_position; }
    // Lesson texts are not shown here: kept for the interface the general views share.
    void setLanguage(const QString &language);

    // The element shown: unit (row) and, for matrices, column; as requested, before clamping.
    void setUnit(int unit);
    void setColumn(int column);
    int unit() const { return m_unit; }
    int column() const { return m_column; }
    // The formula, the summary and the header as shown now.
    const Formula &shownFormula() const;
    const Formula &shownSummary() const;
    QString headerText() const { return m_headerText; }

signals:
    void unitChanged(int unit);
    void columnChanged(int column);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    // Rebuilds the formula and summary for the current element from the steps read.
    void showElement();
    void applyFonts();
    void fitContent();
    void retranslate();
    // The step `index` from the trace, read once and kept.
    const NetworkStep *cachedStep(std::optional<NetworkStep> &cache, long long index) const;

    std::shared_ptr<const NetworkTrace> m_trace;
    NetworkPosition m_position;
    QString m_language;
    int m_unit = 0;
    int m_column = 0;
    std::optional<LayerQuantity> m_operation; // the quantity shown
    mutable std::optional<NetworkStep> m_step;
    mutable std::optional<NetworkStep> m_sumBefore;
    mutable std::optional<NetworkStep> m_momentumBefore;
    QString m_headerText;

    QScrollArea *m_scroll;
    QVBoxLayout *m_contentLayout = nullptr;
    QMargins m_defaultMargins;
    int m_grownHeight = 0;
    FormulaView *m_header;
    FormulaView *m_sample;
    QWidget *m_picker;
    QLabel *m_unitLabel;
    QSpinBox *m_unitSpin;
    QLabel *m_columnLabel;
    QSpinBox *m_columnSpin;
    FormulaView *m_formula;
    FormulaView *m_summary;
    NotesView *m_notes;
    QLabel *m_empty;
};

} // namespace deltatrace
