// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPen>

namespace deltatrace {

// The colours every view uses for numbers, so that "blue" means the same thing in the diagram,
// the input plane and the charts. Chosen to stay apart for colour-blind readers (ColorBrewer's
// RdBu ends, viridis, the Okabe-Ito palette) and on a washed-out projector; the sign is never
// carried by colour alone (negative weights are also dashed).
class ValueColors
{
public:
    static QColor positive();   // blue
    static QColor negative();   // red
    static QColor notFinite();  // for NaN / inf
    static QColor highlight();  // the element the current operation touches
    static QColor pending();    // values not computed yet

    // Blue for > 0, red for < 0, grey for 0, notFinite() for NaN / inf.
    static QColor signColor(double value);
    // A pen for a weight: sign colour, dashed when negative, width growing with |value|.
    static QPen weightPen(double value, qreal unit);
    static qreal weightWidth(double value, qreal unit);

    // Perceptually uniform 0..1 scale (viridis): 0 dark purple, 1 bright yellow. Values outside
    // are clamped; NaN gives notFinite().
    static QColor sequential(double t);
    static QRgb sequentialRgb(double t);

    // Text that stays readable on top of `background`.
    static QColor textOn(const QColor &background);

    // Distinct, colour-blind-safe line colours (Okabe-Ito), cycled.
    static QColor series(int index);
};

} // namespace deltatrace
