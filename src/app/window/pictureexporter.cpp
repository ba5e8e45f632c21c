// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureexporter.h"

#include "picturesizedialog.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QWidget>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

#include <algorithm>

namespace deltatrace {

namespace {

// Where the last picture went this session: the next is offered the same folder.
QString &lastFolder()
{
    static QString folder;
    return folder;
}

// Qt's SVG engine writes each glyph run the pictures draw as its outline (a path) and, beside
// it, an empty <text> element with an empty group around it: noise, left out.
QByteArray withoutEmptyText(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    static const QRegularExpression emptyText(QStringLiteral("<text[^>]*>\\s*</text>"));
    static const QRegularExpression emptyGroup(QStringLiteral("<g[^>]*>\\s*</g>\\s*"));
    text.remove(emptyText);
    text.remove(emptyGroup);
    return text.toUtf8();
}

} // namespace

PictureExporter::Picture PictureExporter::Picture::of(const QWidget *widget, const QString &name)
{
    Picture picture;
    picture.size = widget->size();
    picture.dpiX = widget->logicalDpiX();
    picture.dpiY = widget->logicalDpiY();
    picture.devicePixelRatio = widget->devicePixelRatioF();
    picture.background = widget->palette().color(QPalette::Base);
    picture.name = name;
    return picture;
}

void PictureExporter::paint(QPainter &painter, const Picture &picture, QSizeF size)
{
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), picture.background);
    const qreal sx = size.width() / picture.size.width();
    const qreal sy = size.height() / picture.size.height();
    painter.scale(sx, sy);
    const qreal deviceRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    picture.paint(painter, std::max(sx, sy) * deviceRatio);
    painter.restore();
}

QByteArray PictureExporter::svg(const Picture &picture, QSize size)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // Fonts turn points into pixels at the view's DPI here as on screen, so that every text keeps
    // the room the view's layout measured for it.
    generator.setResolution(qRound(picture.dpiX));
    generator.setTitle(picture.name);
    generator.setDescription(tr("Saved by DeltaTrace"));
    {
        QPainter painter(&generator);
        paint(painter, picture, QSizeF(size));
    }
    return withoutEmptyText(data);
}

QImage PictureExporter::image(const Picture &picture, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(picture.dpiX / 0.0254));
    image.setDotsPerMeterY(qRound(picture.dpiY / 0.0254));
    // At a pixel ratio, as on a high-density screen: the picture is drawn in its own pixels and
    // everything (text, lines, the heat map) is rendered at the image's resolution.
    const qreal ratio = qreal(size.width()) / picture.size.width();
    image.setDevicePixelRatio(ratio);
    image.fill(picture.background);
    QPainter painter(&image);
    paint(painter, picture, QSizeF(size) / ratio);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

bool PictureExporter::write(const Picture &picture, Format format, const QString &path, QSize size, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not save the picture as %1: %2").arg(fileName, why);
        return false;
    };
    if (!picture.isValid() || size.isEmpty())
        return fail(tr("there is no picture to save."));
    QByteArray data;
    if (format == Format::Svg) {
        data = svg(picture, size);
    } else {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(0); // lossless either way: the strongest compression
        if (!writer.write(image(picture, size)))
            return fail(writer.errorString());
    }
    // Written whole or not at all: a failure leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

void PictureExporter::save(QWidget *parent, const Picture &picture, Format format)
{
    if (!picture.isValid())
        return;
    const bool svgFormat = format == Format::Svg;
    // A PNG is first offered with the pixels the screen shows; an SVG at the view's size.
    const QSize initial = svgFormat ? picture.size : (QSizeF(picture.size) * picture.devicePixelRatio).toSize();
    PictureSizeDialog sizeDialog(picture.size, initial, parent);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = svgFormat ? QStringLiteral("svg") : QStringLiteral("png");
    if (lastFolder().isEmpty())
        lastFolder() = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(lastFolder()).filePath(picture.name + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(parent, svgFormat ? tr("Save Picture as SVG") : tr("Save Picture as PNG"), suggested,
                                                svgFormat ? tr("SVG pictures (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    lastFolder() = QFileInfo(path).absolutePath();
    QString error;
    if (!write(picture, format, path, sizeDialog.chosenSize(), &error))
        QMessageBox::warning(parent, tr("Save Picture"), error);
}

void PictureExporter::addActions(QMenu &menu, QWidget *parent, std::function<Picture()> picture)
{
    QAction *svgAction = menu.addAction(tr("Save Picture as SVG…"), parent, [parent, picture] { save(parent, picture(), Format::Svg); });
    QAction *pngAction = menu.addAction(tr("Save Picture as PNG…"), parent, [parent, picture] { save(parent, picture(), Format::Png); });
    svgAction->setObjectName(QStringLiteral("savePictureSvg"));
    pngAction->setObjectName(QStringLiteral("savePicturePng"));
}

} // namespace deltatrace
