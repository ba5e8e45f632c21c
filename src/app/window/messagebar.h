// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace deltatrace {

// A message inside the window, above the work, in plain words: what went wrong with which
// file, or that the numbers blew up. Unlike a dialog it never blocks: the learner reads it and
// carries on. The text is given as a function so the message follows a language switch.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // `actionText` (a function too, for the language switch) adds a button emitting actionTriggered.
    void showMessage(Kind kind, std::function<QString()> text, std::function<QString()> actionText = {});
    void hideMessage();

    Kind kind() const { return m_kind; }
    // The whole message; the bar shows at most MaxLines lines and MaxChars characters of it.
    QString text() const;

    static constexpr int MaxLines = 12;
    static constexpr qsizetype MaxChars = 1200;
    // What the bar shows of `text`.
    static QString displayed(const QString &text);

signals:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    Kind m_kind = Kind::Information;
    QColor m_background;
    QColor m_border;
    std::function<QString()> m_text;
    std::function<QString()> m_actionText;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace deltatrace
