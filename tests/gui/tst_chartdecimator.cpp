// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChartDecimator: long series are thinned for the charts without losing what the eye sees (each
// bucket's minimum and maximum, the first and last point) and are broken, never fed, at inf/NaN.
#include "chartdecimator.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

using deltatrace::ChartDecimator;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

std::vector<double> noise(long long n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::normal_distribution<double> dist;
    std::vector<double> v(static_cast<std::size_t>(n));
    double level = 0.0;
    for (double &x : v) {
        level += dist(gen);
        x = level;
    }
    return v;
}

// x -> y of every point, all segments together.
std::map<long long, double> pointsOf(const ChartDecimator::Column &c)
{
    std::map<long long, double> out;
    for (const auto &segment : c.segments)
        for (const QPointF &p : segment)
            out.emplace(std::llround(p.x()), p.y());
    return out;
}

bool strictlyIncreasing(const ChartDecimator::Column &c)
{
    double last = -Inf;
    for (const auto &segment : c.segments)
        for (const QPointF &p : segment) {
            if (!(p.x() > last))
                return false;
            last = p.x();
        }
    return true;
}

} // namespace

class TestChartDecimator : public QObject
{
    Q_OBJECT
private slots:
    void shortSeriesAreKeptWhole()
    {
        const auto values = noise(500, 1);
        const auto c = ChartDecimator::decimate(values.data(), 500, 2000);
        QCOMPARE(c.segments.size(), std::size_t(1));
        QCOMPARE(c.segments[0].size(), qsizetype(500));
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(c.segments[0][i].x(), double(i));
            QCOMPARE(c.segments[0][i].y(), values[static_cast<std::size_t>(i)]);
        }
        QCOMPARE(c.firstNonFiniteRow, -1LL);
    }

    void longSeriesAreBounded_data()
    {
        QTest::addColumn<long long>("count");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("just over the limit") << 2001LL << 2000;
        QTest::newRow("10 000 epochs") << 10'000LL << 2000;
        QTest::newRow("a million epochs") << 1'000'000LL << 2000;
        QTest::newRow("a small budget") << 100'000LL << 100;
    }
    void longSeriesAreBounded()
    {
        QFETCH(long long, count);
        QFETCH(int, maxPoints);
        const auto values = noise(count, 2);
        const auto c = ChartDecimator::decimate(values.data(), count, maxPoints);
        QCOMPARE(c.segments.size(), std::size_t(1));
        QVERIFY2(c.pointCount() <= maxPoints, qPrintable(QString::number(c.pointCount())));
        QVERIFY(c.pointCount() >= maxPoints / 2);
        QVERIFY(strictlyIncreasing(c));
    }

    void keepsEveryBucketsExtremesAndTheEnds()
    {
        const long long n = 100'003; // not a multiple of the bucket size
        const auto values = noise(n, 3);
        ChartDecimator d(1, n, 2000);
        d.addRows(values.data(), n, 1);
        const long long bucket = d.bucketSize();
        const auto c = d.finish().front();
        const auto points = pointsOf(c);
        for (long long start = 0; start < n; start += bucket) {
            const auto first = values.begin() + start;
            const auto last = values.begin() + std::min(n, start + bucket);
            const auto [lo, hi] = std::minmax_element(first, last);
            const long long loRow = lo - values.begin();
            const long long hiRow = hi - values.begin();
            QVERIFY2(points.count(loRow) && points.at(loRow) == *lo, qPrintable(QStringLiteral("bucket at %1 lost its minimum").arg(start)));
            QVERIFY2(points.count(hiRow) && points.at(hiRow) == *hi, qPrintable(QStringLiteral("bucket at %1 lost its maximum").arg(start)));
        }
        QCOMPARE(c.segments.front().front(), QPointF(0.0, values.front()));
        QCOMPARE(c.segments.back().back(), QPointF(double(n - 1), values.back()));
        QCOMPARE(c.minimum, *std::min_element(values.begin(), values.end()));
        QCOMPARE(c.maximum, *std::max_element(values.begin(), values.end()));
    }

    void aSingleSpikeSurvives()
    {
        std::vector<double> values(1'000'000, 0.25);
        values[543'210] = 7.0;
        const auto c = ChartDecimator::decimate(values.data(), static_cast<long long>(values.size()));
        const auto points = pointsOf(c);
        QVERIFY(points.count(543'210));
        QCOMPARE(points.at(543'210), 7.0);
        QCOMPARE(c.maximum, 7.0);
    }

    void xFollowsOriginAndStep()
    {
        const std::vector<double> values = {1, 2, 3};
        const auto c = ChartDecimator::decimate(values.data(), 3, 2000, 10.0, 0.5);
        QCOMPARE(c.segments[0][2], QPointF(11.0, 3.0));
    }

    void nonFiniteValuesBreakTheLine_data()
    {
        QTest::addColumn<long long>("count");
        QTest::addColumn<QList<long long>>("bad");
        QTest::addColumn<double>("badValue");
        QTest::addColumn<int>("segments");
        QTest::newRow("NaN in the middle, short") << 100LL << QList<long long>{50} << NaN << 2;
        QTest::newRow("+inf in the middle, long") << 100'000LL << QList<long long>{50'000} << Inf << 2;
        QTest::newRow("-inf in the middle, long") << 100'000LL << QList<long long>{50'001} << -Inf << 2;
        QTest::newRow("NaN from some epoch on") << 100'000LL << QList<long long>{60'000, -1} << NaN << 1;
        QTest::newRow("NaN at the start") << 1000LL << QList<long long>{0} << NaN << 1;
        QTest::newRow("two gaps") << 100'000LL << QList<long long>{10, 99'990} << NaN << 3;
        QTest::newRow("gap at a bucket edge") << 100'000LL << QList<long long>{49'950, 49'951} << NaN << 2;
    }
    void nonFiniteValuesBreakTheLine()
    {
        QFETCH(long long, count);
        QFETCH(QList<long long>, bad);
        QFETCH(double, badValue);
        QFETCH(int, segments);
        auto values = noise(count, 4);
        // -1 after an index means "and every row after it".
        for (qsizetype i = 0; i < bad.size(); ++i) {
            if (bad[i] < 0)
                std::fill(values.begin() + bad[i - 1], values.end(), badValue);
            else
                values[static_cast<std::size_t>(bad[i])] = badValue;
        }
        const auto c = ChartDecimator::decimate(values.data(), count);
        QCOMPARE(int(c.segments.size()), segments);
        QCOMPARE(c.firstNonFiniteRow, bad.front());
        QVERIFY(strictlyIncreasing(c));
        for (const auto &segment : c.segments) {
            QVERIFY(!segment.isEmpty());
            for (const QPointF &p : segment)
                QVERIFY(std::isfinite(p.y()));
            // No segment spans a bad row, and each ends exactly at the rows beside the gap.
            const auto from = std::llround(segment.front().x());
            const auto to = std::llround(segment.back().x());
            for (long long b : bad)
                QVERIFY(b < 0 || b < from || b > to);
            QVERIFY(from == 0 || !std::isfinite(values[static_cast<std::size_t>(from - 1)]));
            QVERIFY(to == count - 1 || !std::isfinite(values[static_cast<std::size_t>(to + 1)]));
        }
        QVERIFY(c.pointCount() <= 2000 + 2 * segments);
    }

    void nothingFinite()
    {
        const std::vector<double> values(5000, NaN);
        const auto c = ChartDecimator::decimate(values.data(), 5000);
        QVERIFY(c.segments.empty());
        QCOMPARE(c.firstNonFiniteRow, 0LL);
        QCOMPARE(c.pointCount(), 0LL);
    }

    void empty()
    {
        const auto c = ChartDecimator::decimate(nullptr, 0);
        QVERIFY(c.segments.empty());
    }

    void rowsInPiecesAndColumnsTogether()
    {
        // Three interleaved columns fed in uneven pieces give exactly what each column gives alone.
        const long long n = 54'321;
        const auto a = noise(n, 5), b = noise(n, 6);
        auto c = noise(n, 7);
        c[20'000] = NaN;
        std::vector<double> rows;
        for (long long i = 0; i < n; ++i) {
            const auto k = static_cast<std::size_t>(i);
            rows.insert(rows.end(), {a[k], b[k], c[k]});
        }
        ChartDecimator together(3, n, 2000);
        long long done = 0;
        for (long long piece : {1LL, 999LL, 17LL, 30'000LL}) {
            together.addRows(rows.data() + done * 3, piece, 3);
            done += piece;
        }
        together.addRows(rows.data() + done * 3, n - done - 1, 3);
        together.addRow(rows.data() + (n - 1) * 3);
        const auto columns = together.finish();
        const std::vector<const std::vector<double> *> alone = {&a, &b, &c};
        for (std::size_t i = 0; i < 3; ++i) {
            const auto expected = ChartDecimator::decimate(alone[i]->data(), n);
            QCOMPARE(columns[i].segments.size(), expected.segments.size());
            for (std::size_t s = 0; s < expected.segments.size(); ++s)
                QCOMPARE(columns[i].segments[s], expected.segments[s]);
            QCOMPARE(columns[i].firstNonFiniteRow, expected.firstNonFiniteRow);
        }
    }
};

QTEST_GUILESS_MAIN(TestChartDecimator)
#include "tst_chartdecimator.moc"
