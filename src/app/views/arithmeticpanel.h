// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QSet>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace deltatrace {

class FormulaView;
class NotesView;

// The arithmetic of the current operation, number by number: a header naming where we are
// ("Epoch 3, sample k = 2 · operation 6 of 12: output delta δ") and the sample (x, d); the
// formula with the actual numbers (built by FormulaBuilder, painted by FormulaView) in a large
// font, notes under it; and the weights before and after this step's update side by side
// ("after" appears only once the update has been done).
//
// A move costs one Trace::step() (none within the same sample step) and the measuring of a few
// formulas, whatever the run's length.
class ArithmeticPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArithmeticPanel(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void setPosition(TracePosition position);
    TracePosition position() const { return m_position; }

public slots:
    void setPositionSlot(deltatrace::TracePosition position) { setPosition(position); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void applyFonts();
    void showWeights();

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    StepRecord m_record;
    long long m_recordStep = -1;
    QString m_headerText;

    QScrollArea *m_scroll;
    QSize m_grownContent; // the largest the scrolled content has been for this run and font
    QSet<QString> m_measuredShapes; // what keepContentFromShrinking() has measured already
    QVBoxLayout *m_column = nullptr;
    // Painted like the formulas: a rich-text label would lay out a text document for every new
    // header, at every step, and again whenever the panel's layout asks its size.
    FormulaView *m_header;
    std::vector<FormulaView *> formulaViews() const;
    void keepContentFromShrinking();

    FormulaView *m_formula;
    NotesView *m_notes;
    QLabel *m_sample;
    QWidget *m_weights;
    QLabel *m_beforeHeading;
    QLabel *m_afterHeading;
    std::array<FormulaView *, 2> m_before{};
    std::array<FormulaView *, 2> m_after{};
    QLabel *m_empty;
};

} // namespace deltatrace
