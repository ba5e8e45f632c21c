// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QSize>

class QBrush;
class QPainter;
class QPointF;
class QRectF;

namespace deltatrace {

// Painting helpers shared by the pictures (input plane, network diagram): the canvas they paint
// on, opaque stand-ins for translucent colours, scaled fonts and outlined shapes.

// An opaque image to paint a widget's picture on, at the widget's pixel ratio and dots per inch
// (fonts measure and draw by the device's DPI), filled with `background`. Opaque, so that it is
// copied to the screen without blending.
QImage makeCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QColor &background);

// What `top` at `alpha` (0-255) looks like over the opaque `under`, as an opaque colour. The
// pictures paint only opaque pens and brushes: Qt's raster engine blends a translucent one an
// order of magnitude slower than it paints an opaque one, and the pictures are painted anew at
// most steps.
QColor blendedOver(const QColor &top, int alpha, const QColor &under);

// `base` scaled by `factor` (point or pixel size, whichever it has), bold or not.
QFont scaledFont(const QFont &base, qreal factor, bool bold = false);

// A rounded rectangle (radius in pixels) or a circle outlined with a pen of `width` and filled
// with `brush` (Qt::NoBrush: the outline alone).
void drawOutlinedRoundedRect(QPainter &p, const QRectF &rect, qreal radius, const QColor &pen, qreal width, const QBrush &brush);
void drawOutlinedCircle(QPainter &p, QPointF centre, qreal radius, const QColor &pen, qreal width, const QBrush &brush);

} // namespace deltatrace
