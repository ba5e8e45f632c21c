// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>

class QSpinBox;

namespace deltatrace {

// Asks for the size a picture is saved at, in pixels: a width and a height that keep the
// picture's proportions (changing one changes the other), and buttons for 1, 2 and 3 times its
// size on screen. The picture is drawn scaled, not laid out anew, so it looks as it does on
// screen at any size.
class PictureSizeDialog : public QDialog
{
    Q_OBJECT
public:
    // `onScreen`: the picture's size in device-independent pixels (the 1x button's);
    // `initial`: the size first offered.
    PictureSizeDialog(QSize onScreen, QSize initial, QWidget *parent = nullptr);

    QSize chosenSize() const;
    void setChosenSize(QSize size);

    // The largest width or height offered (an image that large is about 100 MB already).
    static constexpr int MaxSide = 5000;

private:
    void widthChanged(int width);
    void heightChanged(int height);

    QSize m_onScreen;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    bool m_syncing = false; // one spin box is following the other
};

} // namespace deltatrace
