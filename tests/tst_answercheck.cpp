// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a learner's typed answers, and each student's own seed.
#include "answercheck.h"
#include "studentseed.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace deltatrace;

namespace {
constexpr double Inf = std::numeric_limits<double>::infinity();
const double NaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

Q_DECLARE_METATYPE(deltatrace::AnswerCheck::Verdict)

class TestAnswerCheck : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        using V = AnswerCheck::Verdict;
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("truth");
        QTest::addColumn<int>("digits");
        QTest::addColumn<V>("verdict");
        // The number as the views show it, and as a learner computes it from shown numbers.
        QTest::newRow("as shown") << "0.07627" << 0.0762655 << 4 << V::Correct;
        QTest::newRow("spaces around") << "  0.07627 " << 0.0762655 << 4 << V::Correct;
        QTest::newRow("rounding of the inputs") << "0.07633" << 0.0762655 << 4 << V::Correct;
        QTest::newRow("a unit too far") << "0.07635" << 0.0762655 << 4 << V::Wrong;
        QTest::newRow("three digits asked") << "0.0763" << 0.0762655 << 3 << V::Correct;
        QTest::newRow("three digits, too few") << "0.08" << 0.0762655 << 3 << V::Wrong;
        QTest::newRow("exponent") << "5.354e-05" << 5.3541e-05 << 4 << V::Correct;
        QTest::newRow("exponent, wrong power") << "5.354e-06" << 5.3541e-05 << 4 << V::Wrong;
        QTest::newRow("negative") << "-0.2375" << -0.23754 << 4 << V::Correct;
        QTest::newRow("the formulas' minus sign") << QStringLiteral("\u22120.2375") << -0.23754 << 4 << V::Correct;
        QTest::newRow("sign forgotten") << "0.2375" << -0.23754 << 4 << V::Wrong;
        QTest::newRow("integer") << "1" << 1.0 << 4 << V::Correct;
        // numpy's round-off where the learner computes an exact zero (lesson 2's W = 5.551e-17).
        QTest::newRow("zero for round-off") << "0" << 5.551e-17 << 4 << V::Correct;
        QTest::newRow("exact zero") << "0" << 0.0 << 4 << V::Correct;
        QTest::newRow("not zero") << "0.001" << 0.0 << 4 << V::Wrong;
        // Blown-up values are answered as what they are.
        QTest::newRow("inf") << "inf" << Inf << 4 << V::Correct;
        QTest::newRow("-Infinity") << "-Infinity" << -Inf << 4 << V::Correct;
        QTest::newRow("wrong infinity") << "inf" << -Inf << 4 << V::Wrong;
        QTest::newRow("nan") << "NaN" << NaN << 4 << V::Correct;
        QTest::newRow("a number for nan") << "0.5" << NaN << 4 << V::Wrong;
        QTest::newRow("nan for a number") << "nan" << 0.5 << 4 << V::Wrong;
        QTest::newRow("huge for inf") << "1e308" << Inf << 4 << V::Wrong;
        // Not numbers: said so, not counted wrong.
        QTest::newRow("empty") << "" << 0.5 << 4 << V::Unreadable;
        QTest::newRow("decimal comma") << "0,5" << 0.5 << 4 << V::Unreadable;
        QTest::newRow("words") << "about a half" << 0.5 << 4 << V::Unreadable;
        QTest::newRow("a formula") << "1/2" << 0.5 << 4 << V::Unreadable;
        QTest::newRow("overflowing literal") << "1e999" << Inf << 4 << V::Unreadable;
    }
    void check()
    {
        QFETCH(QString, typed);
        QFETCH(double, truth);
        QFETCH(int, digits);
        QFETCH(AnswerCheck::Verdict, verdict);
        QCOMPARE(AnswerCheck::check(typed, truth, digits), verdict);
    }

    void studentSeedsAreStableAndPersonal()
    {
        // The same person however the name is typed.
        const std::uint32_t kim = StudentSeed::forName(QStringLiteral("김민준"));
        QCOMPARE(StudentSeed::forName(QStringLiteral("  김민준 ")), kim);
        // Hangul typed as separate jamo (NFD) is the same name.
        QCOMPARE(StudentSeed::forName(QStringLiteral("김민준").normalized(QString::NormalizationForm_D)), kim);
        QCOMPARE(StudentSeed::forName(QStringLiteral("Ada  Lovelace")), StudentSeed::forName(QStringLiteral("ada lovelace")));
        // Fixed for good: a grader on another machine or a later version gets the same run.
        QCOMPARE(StudentSeed::normalizedName(QStringLiteral(" Ada\tLOVELACE ")), QStringLiteral("ada lovelace"));
        QCOMPARE(StudentSeed::forName(QStringLiteral("ada lovelace")), StudentSeed::forName(QStringLiteral("Ada Lovelace")));
        // A class of sixty gets sixty different starts.
        QSet<std::uint32_t> seeds;
        for (int i = 1; i <= 60; ++i)
            seeds.insert(StudentSeed::forName(QStringLiteral("student %1").arg(i)));
        QCOMPARE(seeds.size(), 60);
        QVERIFY(StudentSeed::forName(QStringLiteral("김민준")) != StudentSeed::forName(QStringLiteral("김민지")));
    }
};

QTEST_GUILESS_MAIN(TestAnswerCheck)
#include "tst_answercheck.moc"
