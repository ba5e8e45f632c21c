// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text shaped once and drawn from its glyphs: the same advances QFontMetricsF measures and the
// same pixels QPainter::drawText paints (at most a pixel up or down), for numbers, symbols and
// words (Korean fallback fonts included), shaped and then from the cache.
#include "shapedtextcache.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace deltatrace;

namespace {

QImage drawn(const QFont &font, const QString &text, bool cached, const QRectF &rect = QRectF(10, 5, 400, 50),
             int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    QImage image(420, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.setPen(Qt::black);
    if (cached)
        ShapedTextCache::drawLine(p, rect, flags, text);
    else
        p.drawText(rect, flags, text);
    return image;
}

// The bounding box of the pixels a text darkened.
QRect inked(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 250)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestShapedTextCache : public QObject
{
    Q_OBJECT
private slots:
    void measuresAndDrawsAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a negative number") << QStringLiteral("\u22120.04479");
        QTest::newRow("a number with an exponent") << QStringLiteral("1.25e+08");
        QTest::newRow("digits") << QStringLiteral("0123456789");
        QTest::newRow("a symbol and a subscript") << QStringLiteral("W\u2081 = W\u2081 + \u0394W\u2081");
        QTest::newRow("Korean") << QStringLiteral("\uc5d0\ud3ec\ud06c 3, \uc0d8\ud50c 2");
    }
    void measuresAndDrawsAsQtDoes()
    {
        QFETCH(QString, text);
        for (const qreal points : {9.0, 14.0, 21.5}) {
            QFont font;
            font.setPointSizeF(points);
            ShapedTextCache cache;
            cache.setFonts({font});
            QCOMPARE(cache.shaped(0, text).advance, QFontMetricsF(font).horizontalAdvance(text));
            const QImage image = drawn(font, text, false);
            QCOMPARE(ShapedTextCache::lineSize(font, &image, text).width(), QFontMetricsF(font, &image).horizontalAdvance(text));
            // Twice: shaped, then from the cache. The same ink in the same place, give or take a
            // pixel up or down: where the centred line's baseline falls between two pixels,
            // drawText and a glyph run round it differently at some sizes.
            const QRect expected = inked(image);
            for (int pass = 0; pass < 2; ++pass) {
                const QImage ours = drawn(font, text, true);
                const QRect got = inked(ours);
                QVERIFY(!got.isEmpty());
                QCOMPARE(got.left(), expected.left());
                QCOMPARE(got.size(), expected.size());
                QVERIFY2(std::abs(got.top() - expected.top()) <= 1, qPrintable(QStringLiteral("%1 pt").arg(points)));
                QCOMPARE(ours.copy(got), image.copy(expected));
            }
        }
    }

    void aLineLargerThanItsRectangleIsPlacedAndClippedAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("flags");
        QTest::addColumn<qreal>("width");  // of the rectangle, in line advances
        QTest::addColumn<qreal>("height"); // of the rectangle, in line heights
        const int centred = Qt::AlignCenter;
        // A row sized to the Latin font, with a Korean fallback font in it: taller than the row.
        QTest::newRow("a little taller, centred") << QStringLiteral("d = 0, y = 0.5477 (\uc798\ubabb\ub41c \ucabd)") << centred << 1.2 << 0.8;
        QTest::newRow("narrower, centred") << QStringLiteral("W\u2081 = \u22120.04479") << centred << 0.6 << 1.5;
        QTest::newRow("narrower, to the right") << QStringLiteral("1.25e+08") << int(Qt::AlignRight | Qt::AlignVCenter) << 0.5 << 1.0;
    }
    void aLineLargerThanItsRectangleIsPlacedAndClippedAsQtDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, flags);
        QFETCH(qreal, width);
        QFETCH(qreal, height);
        QFont font;
        font.setPointSizeF(14);
        const QImage probe(1, 1, QImage::Format_RGB32);
        const QSizeF line = ShapedTextCache::lineSize(font, &probe, text);
        const QRectF rect(20, 8, std::round(line.width() * width), std::round(line.height() * height));
        const QImage expected = drawn(font, text, false, rect, flags);
        const QImage ours = drawn(font, text, true, rect, flags);
        const QRect want = inked(expected);
        const QRect got = inked(ours);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.left(), want.left());
        QCOMPARE(got.width(), want.width());
        // Within the rectangle, whatever was clipped (a pixel up or down: see above).
        QVERIFY(rect.toAlignedRect().contains(got));
        QVERIFY2(std::abs(got.top() - want.top()) <= 1 && std::abs(got.bottom() - want.bottom()) <= 1,
                 qPrintable(QStringLiteral("ink %1..%2, Qt's %3..%4").arg(got.top()).arg(got.bottom()).arg(want.top()).arg(want.bottom())));
    }
};

QTEST_MAIN(TestShapedTextCache)
#include "tst_shapedtextcache.moc"
