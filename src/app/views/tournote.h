// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace deltatrace {

// The note of the tour stop shown, in large type: a line saying which stop of how many and where
// in the run it is, the instructor's note, the stops this run has not got, and the keys that walk
// the tour. The note comes from a lesson or tour file, so it is shown as plain text only.
class TourNote : public QWidget
{
    Q_OBJECT
public:
    explicit TourNote(QWidget *parent = nullptr);

    // Stop `number` (1-based) of `count`; `place` says where it is ("epoch 3, sample 1, delta");
    // `skipped` names stops passed over because this run has not got them ("" for none).
    void showStop(int number, int count, const QString &place, const QString &note, const QString &skipped);
    // Before the first stop: how many stops there are and which key starts.
    void showStart(int count);
    // Whether the learner has stepped away from the stop's place (the next key goes on from it).
    void setMovedAway(bool away);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QString headerText() const;
    QString noteText() const;
    QString skippedText() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateFonts();
    void updateHeader();
    // The note takes the height its text needs at the width it has, and no more: the work above
    // it keeps the rest of the window.
    void fitHeight();

    QLabel *m_header;
    QLabel *m_note;
    QLabel *m_skipped;
    QLabel *m_keys;
    int m_number = 0;
    int m_count = 0;
    QString m_place;
    bool m_movedAway = false;
    bool m_updatingFonts = false;
};

} // namespace deltatrace
