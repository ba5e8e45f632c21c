// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The listing is the run: the lessons' listings with a run's seed, alpha and epochs written in.
#include "lessonloader.h"
#include "runlisting.h"

#include <QTest>

using namespace deltatrace;

namespace {

Lesson lesson(const char *file)
{
    const LessonLoader::Result r = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/") + QLatin1String(file));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error));
    return *r.lesson;
}

TraceSpec specOf(const Experiment &e)
{
    TraceSpec spec;
    spec.rule = e.rule;
    spec.seed = e.seed;
    spec.alpha = e.alpha;
    spec.epochs = e.epochs;
    return spec;
}

QStringList texts(const QList<CodeLine> &code)
{
    QStringList lines;
    for (const CodeLine &line : code)
        lines << line.text;
    return lines;
}

} // namespace

class TestRunListing : public QObject
{
    Q_OBJECT

private slots:
    // With the experiment's own parameters, every listing of the course is shown as written,
    // and each training experiment's listing sets all three parameters where the run can change them.
    void theLessonsOwnRunShowsTheListingAsWritten_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"01-delta-rule.lesson.json", "02-xor-single-neuron.lesson.json", "03-backprop-xor.lesson.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void theLessonsOwnRunShowsTheListingAsWritten()
    {
        QFETCH(QString, file);
        for (const Experiment &e : lesson(qPrintable(file)).experiments) {
            const RunListing listing = RunListing::of(e.code, specOf(e));
            QCOMPARE(texts(listing.code()), texts(e.code));
            QVERIFY(!listing.anyChanged());
            const auto count = [&](RunListing::Parameter p) {
                return std::count_if(listing.values().begin(), listing.values().end(),
                                     [p](const RunListing::Value &v) { return v.parameter == p; });
            };
            QCOMPARE(count(RunListing::Parameter::Seed), 1);
            const bool trains = e.rule != Rule::Forward;
            QCOMPARE(count(RunListing::Parameter::Alpha), trains ? 1 : 0);
            QCOMPARE(count(RunListing::Parameter::Epochs), trains ? 1 : 0);
        }
    }

    void aRunsParametersAreWrittenInAndMarked_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<QStringList>("expected"); // lines that must appear
        QTest::addColumn<int>("changedCount");
        QTest::newRow("seed 14") << quint32(14) << 0.9 << 10000 << QStringList{QStringLiteral("np.random.seed(14)"), QStringLiteral("alpha = 0.9"), QStringLiteral("for epoch in range(10000):")} << 1;
        QTest::newRow("alpha 50, 1 epoch") << quint32(0) << 50.0 << 1 << QStringList{QStringLiteral("np.random.seed(0)"), QStringLiteral("alpha = 50"), QStringLiteral("for epoch in range(1):")} << 2;
        QTest::newRow("alpha 1e6") << quint32(0) << 1e6 << 10000 << QStringList{QStringLiteral("alpha = 1e+06")} << 1;
        QTest::newRow("alpha 0.1 + 0.2 (exact)") << quint32(0) << 0.1 + 0.2 << 10000 << QStringList{QStringLiteral("alpha = 0.30000000000000004")} << 1;
        QTest::newRow("largest seed") << quint32(4294967295u) << 0.9 << 20000 << QStringList{QStringLiteral("np.random.seed(4294967295)"), QStringLiteral("for epoch in range(20000):")} << 2;
    }
    void aRunsParametersAreWrittenInAndMarked()
    {
        QFETCH(quint32, seed);
        QFETCH(double, alpha);
        QFETCH(int, epochs);
        QFETCH(QStringList, expected);
        QFETCH(int, changedCount);
        const Experiment e = lesson("03-backprop-xor.lesson.json").experiments.first();
        TraceSpec spec = specOf(e);
        spec.seed = seed;
        spec.alpha = alpha;
        spec.epochs = epochs;
        const RunListing listing = RunListing::of(e.code, spec);
        const QStringList lines = texts(listing.code());
        for (const QString &want : expected)
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.trimmed().startsWith(want); }),
                     qPrintable(want + QStringLiteral(" not in\n") + lines.join(QLatin1Char('\n'))));
        int changed = 0;
        for (const RunListing::Value &v : listing.values()) {
            // Each value's range holds exactly the number written in.
            const QString shown = lines[v.line].mid(v.start, v.length);
            bool ok = false;
            if (v.parameter == RunListing::Parameter::Alpha)
                QCOMPARE(shown.toDouble(&ok), alpha);
            else
                QCOMPARE(shown.toLongLong(&ok), v.parameter == RunListing::Parameter::Seed ? qlonglong(seed) : qlonglong(epochs));
            QVERIFY(ok);
            changed += v.changed;
        }
        QCOMPARE(changed, changedCount);
        // Only the three values change: comments, computations and other loops stay as written.
        QCOMPARE(lines.size(), e.code.size());
        for (int i = 0; i < lines.size(); ++i)
            if (std::none_of(listing.values().begin(), listing.values().end(), [i](const RunListing::Value &v) { return v.line == i; }))
                QCOMPARE(lines[i], e.code[i].text);
    }

    // Lines that look alike but set nothing (another loop, another name, a comment) are left
    // alone; an assignment to alpha is rewritten whatever follows it.
    void onlyTheConventionsMatch()
    {
        const QList<CodeLine> code{{QStringLiteral("    for k in range(4):"), {}},
                                   {QStringLiteral("alphabet = 3"), {}},
                                   {QStringLiteral("# np.random.seed(7) would be another start"), {}},
                                   {QStringLiteral("    alpha = 0.5  # halved"), {}}};
        TraceSpec spec;
        spec.seed = 3;
        spec.alpha = 0.25;
        spec.epochs = 9;
        const RunListing listing = RunListing::of(code, spec);
        QCOMPARE(texts(listing.code()), (QStringList{QStringLiteral("    for k in range(4):"), QStringLiteral("alphabet = 3"),
                                                    QStringLiteral("# np.random.seed(7) would be another start"),
                                                    QStringLiteral("    alpha = 0.25  # halved")}));
    }
};

QTEST_APPLESS_MAIN(TestRunListing)
#include "tst_runlisting.moc"
