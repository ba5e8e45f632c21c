// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace deltatrace {

// Presenter mode's line above the work, in place of the run's long title and the stepping
// toolbar: which experiment the class is looking at, and how to leave (the only visible hint
// that Esc or F5 does it). Where the run is, the arithmetic's header says in large type.
class PresenterBar : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterBar(QWidget *parent = nullptr);

    // Plain text (an experiment's title from a lesson or trace file).
    void setTitle(const QString &title);
    QString title() const;
    QString hintText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace deltatrace
