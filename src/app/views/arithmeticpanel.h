// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QMargins>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace deltatrace {

class FormulaView;
class NotesView;

// The arithmetic of the current operation, number by number: a header naming where we are
// ("Epoch 3, sample k = 2 · operation 6 of 12: output delta δ") and the sample (x, d); the
// formula with the actual numbers (built by FormulaBuilder, painted by FormulaView) in a large
// font; the weights before and after this step's update ("after" appears only once the update
// has been done); notes last.
//
// Everything is fitted to the panel's width (there is no sideways scrolling): the header and the
// formula wrap, and the formula is drawn smaller (never below the application font) until the
// header, the sample and the formula fit the panel's height. The weights stand beside the formula
// where there is room, else under it in a more compact form; what does not fit (notes, mostly)
// scrolls.
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
    // While the first run records, the empty panel says so instead of "No run yet".
    void setRecording(bool recording);

public slots:
    void setPositionSlot(deltatrace::TracePosition position) { setPosition(position); }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void applyFonts();
    void showWeights();
    // Fits the formula, the header and the weights to the viewport and sizes the content.
    void fitContent();
    // The weights in their full font or the compact one, before and after side by side or stacked.
    void arrangeWeights(bool compact, bool stacked);

    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    StepRecord m_record;
    long long m_recordStep = -1;
    bool m_recording = false;
    QString m_headerText;

    QScrollArea *m_scroll;
    int m_grownHeight = 0; // the tallest the scrolled content has been at this size and font
    QVBoxLayout *m_column = nullptr;
    QMargins m_defaultMargins; // the column's, where there is room
    QBoxLayout *m_middle = nullptr; // the formula and the weights, side by side or one under the other
    QGridLayout *m_weightsGrid = nullptr;
    int m_weightsArrangement = -1;
    int m_besideWeightsWidth = -1;  // the weights stacked in full size, as measured; -1: to measure
    int m_compactWeightsWidth = -1; // compact, before and after side by side
    // Painted like the formulas: a rich-text label would lay out a text document for every new
    // header, at every step, and again whenever the panel's layout asks its size.
    FormulaView *m_header;
    std::vector<FormulaView *> formulaViews() const;

    FormulaView *m_formula;
    std::optional<Quantity> m_formulaOperation; // the operation m_formula has grown with
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
