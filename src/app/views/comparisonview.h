// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"
#include "traceposition.h"

#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;

namespace deltatrace {

class ArithmeticPanel;
class NetworkDiagram;

// Lesson 3's second run, beside the first: its arithmetic and its network at the same place
// in the run, and a strip that puts the current quantity of both runs side by side with their
// difference, so the learner sees where the two output deltas part ways. Both runs start from
// the same initial weights (same seed, same network). The window's one StepController drives
// the first run; this view maps each position onto the second run.
//
// The view itself holds the title, the strip and the second arithmetic, and sits beside the
// first run's arithmetic. Its network diagram is a separate widget that the window places under
// the first run's diagram (networkDiagram(); the window's layout takes ownership of it), so each
// pair of views lines up.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setRuns(std::shared_ptr<const Trace> first, std::shared_ptr<const Trace> second,
                 const QString &firstLabel, const QString &secondLabel);
    void clear();
    // The runs' names follow the language: the window renames them after a switch.
    void setLabels(const QString &firstLabel, const QString &secondLabel);
    bool isActive() const { return m_second != nullptr; }
    const std::shared_ptr<const Trace> &second() const { return m_second; }
    QString secondLabel() const { return m_secondLabel; }

    void setPosition(TracePosition positionInFirst);
    TracePosition secondPosition() const { return m_secondPosition; }

    // The same step; the operation computing the same quantity when the second rule has it,
    // otherwise the same index, clamped into the second run.
    static TracePosition mapPosition(const Trace &first, const Trace &second, TracePosition position);

    QString differenceText() const; // the strip's text, for tests
    ArithmeticPanel *arithmeticPanel() const { return m_arithmetic; }
    NetworkDiagram *networkDiagram() const { return m_diagram; }

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDifference();

    std::shared_ptr<const Trace> m_first;
    std::shared_ptr<const Trace> m_second;
    QString m_firstLabel;
    QString m_secondLabel;
    TracePosition m_position;
    TracePosition m_secondPosition;
    QLabel *m_title;
    QToolButton *m_close;
    QLabel *m_difference;
    ArithmeticPanel *m_arithmetic;
    NetworkDiagram *m_diagram;
};

} // namespace deltatrace
