// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The generator must give numpy's legacy draws exactly: a learner who runs
// np.random.seed(N); np.random.random(5) sees these numbers (printed by numpy 1.24).
#include "numpyrandom.h"

#include <QTest>

using deltatrace::NumpyRandom;

class TestNumpyRandom : public QObject
{
    Q_OBJECT
private slots:
    void firstDrawsMatchNumpy_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QList<double>>("draws");
        QTest::newRow("seed 0") << 0u << QList<double>{0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047};
        QTest::newRow("seed 1") << 1u << QList<double>{0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977, 0.14675589081711304};
        QTest::newRow("seed 42") << 42u << QList<double>{0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366, 0.15601864044243652};
        QTest::newRow("seed 1234") << 1234u << QList<double>{0.1915194503788923, 0.6221087710398319, 0.4377277390071145, 0.7853585837137692, 0.7799758081188035};
        QTest::newRow("largest seed 2^32-1") << 4294967295u << QList<double>{0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678, 0.01793967398674523};
    }
    void firstDrawsMatchNumpy()
    {
        QFETCH(quint32, seed);
        QFETCH(QList<double>, draws);
        NumpyRandom random(seed);
        for (double expected : draws)
            QCOMPARE(random.randomSample(), expected); // bit for bit
    }

    void signedWeightIsTwiceTheDrawMinusOne()
    {
        NumpyRandom a(7), b(7);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.signedWeight(), 2.0 * b.randomSample() - 1.0);
    }
};

QTEST_GUILESS_MAIN(TestNumpyRandom)
#include "tst_numpyrandom.moc"
