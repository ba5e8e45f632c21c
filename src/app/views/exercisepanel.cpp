// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisepanel.h"

#include "exerciserecord.h"
#include "formulabuilder.h"
#include "formulaview.h"
#include "numberformat.h"
#include "untrustedtext.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deltatrace {

ExercisePanel::ExercisePanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_prompt(new QLabel(this)), m_answer(new QLineEdit(this)),
      m_check(new QPushButton(this)), m_hint(new QPushButton(this)), m_reveal(new QPushButton(this)), m_feedback(new QLabel(this)),
      m_score(new QLabel(this)), m_hintFormula(new FormulaView(this))
{
    setObjectName(QStringLiteral("exercisePanel"));
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_prompt->setObjectName(QStringLiteral("exercisePrompt"));
    m_prompt->setWordWrap(true);
    // The prompt comes from a lesson file: shown as plain text, never as rich text or links.
    UntrustedText::makePlainLabel(m_prompt);
    m_answer->setObjectName(QStringLiteral("exerciseAnswer"));
    m_answer->setMaxLength(64);
    m_feedback->setObjectName(QStringLiteral("exerciseFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_score->setObjectName(QStringLiteral("exerciseScore"));
    m_hintFormula->setObjectName(QStringLiteral("exerciseHint"));
    m_hintFormula->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_answer, 1);
    row->addWidget(m_check);
    row->addWidget(m_hint);
    row->addWidget(m_reveal);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_score);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(m_hintFormula);

    connect(m_answer, &QLineEdit::returnPressed, this, &ExercisePanel::check);
    connect(m_check, &QPushButton::clicked, this, &ExercisePanel::check);
    connect(m_hint, &QPushButton::clicked, this, &ExercisePanel::showHint);
    connect(m_reveal, &QPushButton::clicked, this, &ExercisePanel::reveal);
    refresh();
}

ExercisePanel::~ExercisePanel() = default;

void ExercisePanel::start(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises)
{
    m_session = std::make_unique<ExerciseSession>(std::move(trace), exercises);
    m_clockOffset = 0;
    begin();
}

void ExercisePanel::resume(std::unique_ptr<ExerciseSession> session, qint64 sessionMsecs)
{
    m_session = std::move(session);
    m_clockOffset = sessionMsecs;
    begin();
}

void ExercisePanel::begin()
{
    m_clock.start();
    m_said = Said::Nothing;
    m_answer->clear();
    m_hintFormula->setVisible(false);
    refresh();
    emit limitChanged(m_session->barrier());
    // The learner starts just before the first value to work out, with everything it needs on
    // screen.
    if (const auto barrier = m_session->barrier())
        emit showPlace(*barrier);
}

void ExercisePanel::stop()
{
    // The stepping keys work on the work area around the panel: the focus goes back there.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus) && parentWidget())
        parentWidget()->setFocus();
    m_session.reset();
    m_clock.invalidate();
    m_hintFormula->setVisible(false);
    emit limitChanged(std::nullopt);
}

void ExercisePanel::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void ExercisePanel::check()
{
    if (!m_session || !m_session->current())
        return;
    const int question = *m_session->current();
    // A saved session holds at most so many answers (ExerciseRecord): past them the answer is
    // shown, as if asked for, so that the trace can always be saved.
    int answers = 0;
    for (const ExerciseSession::Question &q : m_session->questions())
        answers += int(q.attempts.size());
    if (m_session->questions()[question].attempts.size() >= ExerciseRecord::MaxAttemptsPerQuestion || answers >= ExerciseRecord::MaxAttempts) {
        reveal();
        return;
    }
    const QString typed = m_answer->text();
    const AnswerCheck::Verdict verdict = m_session->answer(typed, now());
    m_saidAbout = typed.trimmed();
    m_said = verdict == AnswerCheck::Verdict::Correct ? Said::Right : verdict == AnswerCheck::Verdict::Wrong ? Said::Wrong : Said::Unreadable;
    if (verdict == AnswerCheck::Verdict::Correct)
        afterAnswer(question);
    else
        m_answer->selectAll();
    refresh();
}

void ExercisePanel::showHint()
{
    if (!m_session || !m_session->current())
        return;
    const ExerciseSession::Question &q = m_session->questions()[*m_session->current()];
    const Trace &trace = *m_session->trace();
    // The formula at the value's place without its last line, the result: the numbers the
    // learner knows there, put where they go.
    Formula formula = FormulaBuilder::formula(trace, q.position, trace.step(q.position.step));
    if (formula.lines.size() > 1)
        formula.lines.pop_back();
    formula.notes.clear();
    m_hintFormula->setFormula(formula);
    m_hintFormula->setVisible(true);
    m_session->noteHint(now());
}

void ExercisePanel::reveal()
{
    if (!m_session || !m_session->current())
        return;
    const int question = *m_session->current();
    const auto value = m_session->reveal(now());
    m_said = Said::Revealed;
    m_saidAbout = value ? NumberFormat::value(*value) : QString();
    afterAnswer(question);
    refresh();
}

void ExercisePanel::afterAnswer(int question)
{
    const ExerciseSession::Question &q = m_session->questions()[question];
    m_answer->clear();
    m_hintFormula->setVisible(false);
    if (m_said == Said::Right)
        m_saidAbout = NumberFormat::value(q.truth);
    emit limitChanged(m_session->barrier());
    // The value may now be shown where it is computed, once every number of it is settled.
    emit showPlace(q.position);
}

QString ExercisePanel::promptOf(const ExerciseSession::Question &q) const
{
    const QString name = QString::fromStdString(elementName(q.exercise.operation, q.element));
    const QString asked = tr("Work out %1 at epoch %2, sample k = %3, to %n significant digit(s).", nullptr, q.exercise.digits)
                              .arg(name)
                              .arg(q.exercise.epoch)
                              .arg(q.exercise.sample);
    const QString own = q.exercise.prompt.in(m_language).trimmed();
    return own.isEmpty() ? asked : UntrustedText::line(own, 2000) + QLatin1Char('\n') + asked;
}

QString ExercisePanel::feedback() const { return m_feedback->text(); }
QString ExercisePanel::scoreText() const { return m_score->text(); }
QString ExercisePanel::hintText() const { return m_hintFormula->isVisibleTo(this) ? m_hintFormula->plainText() : QString(); }

void ExercisePanel::refresh()
{
    m_check->setText(tr("Check"));
    m_hint->setText(tr("Hint"));
    m_reveal->setText(tr("Show Answer"));
    m_answer->setPlaceholderText(tr("Your answer, e.g. 0.1234 or -1.5e-3"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_check->setToolTip(tr("Check the answer (Enter)"));
    m_reveal->setToolTip(tr("Show the value and go on; it counts as revealed"));
    const std::optional<int> current = m_session ? m_session->current() : std::nullopt;
    const int total = m_session ? int(m_session->questions().size()) : 0;
    if (!m_session || total == 0) {
        m_title->setText(tr("Exercises"));
        m_prompt->setText(m_session ? tr("This run has no exercises.") : QString());
    } else if (current) {
        m_title->setText(tr("Exercise %1 of %2").arg(*current + 1).arg(total));
        m_prompt->setText(promptOf(m_session->questions()[*current]));
    } else {
        m_title->setText(tr("Exercises done"));
        m_prompt->setText(tr("All %1 exercises are done: %2 right, %3 revealed. Step on to see the rest of the run.")
                              .arg(total)
                              .arg(m_session->solvedCount())
                              .arg(m_session->revealedCount()));
    }
    const bool open = current.has_value();
    m_answer->setEnabled(open);
    m_check->setEnabled(open);
    m_hint->setEnabled(open);
    m_reveal->setEnabled(open);
    m_score->setText(m_session && total > 0 ? tr("Right: %1 · Revealed: %2 · Left: %3")
                                                  .arg(m_session->solvedCount())
                                                  .arg(m_session->revealedCount())
                                                  .arg(total - m_session->solvedCount() - m_session->revealedCount())
                                            : QString());
    switch (m_said) {
    case Said::Nothing:
    case Said::Done:
        m_feedback->clear();
        break;
    case Said::Right:
        m_feedback->setText(tr("Right: %1.").arg(m_saidAbout));
        break;
    case Said::Wrong:
        m_feedback->setText(tr("Not quite. Check the arithmetic and try again, or look at the hint."));
        break;
    case Said::Unreadable:
        m_feedback->setText(tr("\"%1\" is not a number. Type a decimal number such as 0.1234 or -1.5e-3.").arg(UntrustedText::line(m_saidAbout, 64)));
        break;
    case Said::Revealed:
        m_feedback->setText(tr("The answer is %1 (counted as revealed).").arg(m_saidAbout));
        break;
    }
}

void ExercisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
