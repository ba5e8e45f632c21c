// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercisesession.h"
#include "traceposition.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace deltatrace {

class FormulaView;

// Exercise mode's questions, above the work: what to work out, a box for the answer, a hint
// (the formula with the numbers known at that point, without its result), the answer on
// request, and the score. The value asked for stays hidden in every view because the learner
// cannot step onto it (limitChanged, which the window hands to the StepController) until it is
// answered right or revealed; then showPlace moves to where it is computed.
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget *parent = nullptr);
    ~ExercisePanel() override;

    // Starts afresh on `trace` with the experiment's exercises.
    void start(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises);
    // Goes on with a session read back from a trace file; its clock goes on from `sessionMsecs`
    // (the record's latest time), so that times never go backwards when it is saved again.
    void resume(std::unique_ptr<ExerciseSession> session, qint64 sessionMsecs);
    void stop();
    const ExerciseSession *session() const { return m_session.get(); }
    // "ko" or "en": the language of the lesson's prompts (the rest follows tr()).
    void setLanguage(const QString &language);

    // Checks the answer typed (Enter does it), shows the hint, reveals the answer.
    void check();
    void showHint();
    void reveal();

    QLineEdit *answerEdit() const { return m_answer; }
    QString feedback() const;
    QString scoreText() const;
    QString hintText() const; // the hint's formula as plain text ("" while hidden)

signals:
    void limitChanged(std::optional<deltatrace::TracePosition> limit);
    void showPlace(deltatrace::TracePosition position);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Said { Nothing, Right, Wrong, Unreadable, Revealed, Done };
    void begin();
    void refresh();
    void afterAnswer(int question);
    QString promptOf(const ExerciseSession::Question &q) const;
    qint64 now() const { return m_clockOffset + (m_clock.isValid() ? m_clock.elapsed() : 0); }

    std::unique_ptr<ExerciseSession> m_session;
    QElapsedTimer m_clock;
    qint64 m_clockOffset = 0;
    QString m_language = QStringLiteral("en");
    Said m_said = Said::Nothing;
    QString m_saidAbout; // the typed text or the value named by the feedback
    QLabel *m_title;
    QLabel *m_prompt;
    QLineEdit *m_answer;
    QPushButton *m_check;
    QPushButton *m_hint;
    QPushButton *m_reveal;
    QLabel *m_feedback;
    QLabel *m_score;
    FormulaView *m_hintFormula;
};

} // namespace deltatrace
