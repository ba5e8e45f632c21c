// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QMenu;
class QPainter;
class QWidget;

namespace deltatrace {

// Saves a view's picture as an SVG (vectors: every line and text the view draws stays a line or
// a glyph outline, only a heat map is an image) or a PNG of any size, from the view's context
// menu. A file is written whole or not at all (QSaveFile): a failed save leaves no half-written
// picture and no trace of the attempt.
class PictureExporter
{
    Q_DECLARE_TR_FUNCTIONS(deltatrace::PictureExporter)

public:
    enum class Format { Svg, Png };

    // A picture as a view shows it: its size on screen and a function that paints it into any
    // painter (an image, an SVG or PDF generator) in those device-independent pixels, from (0, 0).
    // The painter's device should have `dpiX` by `dpiY` logical dots per inch, the view's: the
    // fonts' point sizes are turned into pixels by it, as on screen. A later caller (a PDF
    // handout) scales the painter to place the picture on a page. `resolution` is how many
    // device pixels a picture pixel becomes, for what a picture paints as an image (the input
    // plane's heat map): it makes that image sharp at the size saved.
    struct Picture
    {
        QSize size;
        qreal dpiX = 96.0;
        qreal dpiY = 96.0;
        qreal devicePixelRatio = 1.0;  // the screen's: the size first offered for a PNG is what it shows
        QColor background = Qt::white; // painted under the picture
        QString name;                  // the file name first offered, without its suffix
        std::function<void(QPainter &painter, qreal resolution)> paint;

        bool isValid() const { return !size.isEmpty() && paint; }
        // A picture of `widget` as it stands: its size, DPI, pixel ratio and background; the
        // caller adds what paints it.
        static Picture of(const QWidget *widget, const QString &name);
    };

    // Paints `picture` scaled to `size` (in the painter's coordinates) into `painter`, over its
    // background.
    static void paint(QPainter &painter, const Picture &picture, QSizeF size);
    // The picture as an SVG document `size` pixels large (its view box is the picture's own size).
    static QByteArray svg(const Picture &picture, QSize size);
    // The picture as an image of `size` pixels, painted at a device pixel ratio of `size` over the
    // picture's size, so that everything is drawn at that resolution rather than enlarged.
    static QImage image(const Picture &picture, QSize size);
    // Writes the picture to `path` in `format`, atomically. On failure returns false and says why
    // in `error` (plain words, with the file's name).
    static bool write(const Picture &picture, Format format, const QString &path, QSize size, QString *error = nullptr);

    // Asks for a size and a file, then writes it; a failure is shown in a message box.
    static void save(QWidget *parent, const Picture &picture, Format format);
    // Adds "Save Picture as SVG…" and "Save Picture as PNG…" to `menu`; `picture` is asked for
    // when one is chosen. `parent` is the dialogs' parent.
    static void addActions(QMenu &menu, QWidget *parent, std::function<Picture()> picture);
};

} // namespace deltatrace
