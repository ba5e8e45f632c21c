// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether a widget shows a colour anywhere: how the image tests tell that a picture was (or was
// not) drawn, without relying on where a layout puts it.
#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace deltatrace::fixtures {

inline bool showsColour(QWidget *widget, const QColor &colour)
{
    const QImage shot = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            if (QColor(shot.pixel(x, y)) == colour)
                return true;
    return false;
}

} // namespace deltatrace::fixtures
