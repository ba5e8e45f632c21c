// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LessonWriter: a lesson with the learner's own targets. The presets, the rewritten source
// loaded back through LessonLoader, a run of it saved as a trace file and reopened, the lesson
// saved as a file and opened again, and targets outside what a sigmoid can reach refused.
// Real files only: the repository's lessons and a temporary folder.
#include "lessonlibrary.h"
#include "lessonloader.h"
#include "lessonwriter.h"
#include "trace.h"
#include "tracefile.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace deltatrace;

namespace {

const QString Lessons = QStringLiteral(DELTATRACE_LESSONS);

Lesson repositoryLesson(const QString &fileName)
{
    LessonLoader::Result result = LessonLoader::loadFile(Lessons + QLatin1Char('/') + fileName);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return *result.lesson;
}

SampleVector targets(double d0, double d1, double d2, double d3)
{
    SampleVector D;
    D << d0, d1, d2, d3;
    return D;
}

} // namespace

class TestLessonWriter : public QObject
{
    Q_OBJECT
private slots:
    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("name");
        QTest::addColumn<SampleVector>("expected");
        // The samples are (0,0), (0,1), (1,0), (1,1) in every lesson.
        QTest::newRow("AND") << int(LessonWriter::Preset::And) << "AND" << targets(0, 0, 0, 1);
        QTest::newRow("OR") << int(LessonWriter::Preset::Or) << "OR" << targets(0, 1, 1, 1);
        QTest::newRow("NAND") << int(LessonWriter::Preset::Nand) << "NAND" << targets(1, 1, 1, 0);
        QTest::newRow("XOR") << int(LessonWriter::Preset::Xor) << "XOR" << targets(0, 1, 1, 0);
    }
    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QString, name);
        QFETCH(SampleVector, expected);
        const auto p = LessonWriter::Preset(preset);
        const Lesson lesson = repositoryLesson(QStringLiteral("03-backprop-xor.lesson.json"));
        QCOMPARE(LessonWriter::presetName(p), name);
        const auto D = LessonWriter::presetTargets(p, lesson.X);
        QVERIFY(D);
        QCOMPARE(*D, expected);
        QCOMPARE(LessonWriter::presetOf(expected, lesson.X), std::optional(p));
    }

    void presetsNeedBinaryInputs()
    {
        InputMatrix X;
        X << 0, 0, 1, 0, 0.5, 1, 1, 0, 1, 1, 1, 1;
        QVERIFY(!LessonWriter::presetTargets(LessonWriter::Preset::And, X));
        QVERIFY(!LessonWriter::presetOf(targets(0, 0, 0, 1), X));
    }

    // Every preset on every lesson: the edited source loads, with the new targets, its own id
    // and title, the same experiments and code (the D line rewritten), and narratives that no
    // longer describe the original data.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("preset");
        for (const QString &file : {QStringLiteral("01-delta-rule.lesson.json"), QStringLiteral("02-xor-single-neuron.lesson.json"),
                                   QStringLiteral("03-backprop-xor.lesson.json")}) {
            for (LessonWriter::Preset p : LessonWriter::Presets)
                QTest::addRow("%s %s", qPrintable(file.left(2)), qPrintable(LessonWriter::presetName(p))) << file << int(p);
        }
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, preset);
        const Lesson original = repositoryLesson(file);
        const SampleVector D = *LessonWriter::presetTargets(LessonWriter::Preset(preset), original.X);
        const LessonLoader::Result edited = LessonWriter::withTargets(original, D);
        QVERIFY2(edited.ok(), qPrintable(edited.error));
        const Lesson &lesson = *edited.lesson;

        QCOMPARE(lesson.D, D);
        QCOMPARE(lesson.X, original.X);
        QCOMPARE(lesson.id, original.id + QStringLiteral("-your-data"));
        QCOMPARE(lesson.title.en, original.title.en + QStringLiteral(" (your data)"));
        QCOMPARE(lesson.title.ko, original.title.ko + QStringLiteral(" (내 데이터)"));
        QVERIFY(lesson.filePath.isEmpty());
        // The lesson is exactly what the loader read: a trace embeds these bytes.
        QCOMPARE(lesson.source, LessonWriter::editedSource(original, D, nullptr));

        const QString name = LessonWriter::presetName(LessonWriter::Preset(preset));
        for (const QString &narrative : {lesson.narrative.en, lesson.narrative.ko}) {
            QVERIFY2(narrative.contains(name), qPrintable(narrative));
            QVERIFY(narrative.size() < 600);
        }
        QVERIFY(lesson.narrative.en.contains(QStringLiteral("edited")));
        QVERIFY(lesson.narrative.ko.contains(QStringLiteral("고친")));

        QCOMPARE(lesson.experiments.size(), original.experiments.size());
        for (qsizetype i = 0; i < lesson.experiments.size(); ++i) {
            const Experiment &e = lesson.experiments[i];
            const Experiment &o = original.experiments[i];
            QCOMPARE(e.id, o.id);
            QCOMPARE(e.title.en, o.title.en);
            QCOMPARE(e.rule, o.rule);
            QCOMPARE(e.alpha, o.alpha);
            QCOMPARE(e.epochs, o.epochs);
            QCOMPARE(e.seed, o.seed);
            QCOMPARE(e.code.size(), o.code.size());
            QVERIFY(e.narrative.en != o.narrative.en);
            QCOMPARE(e.exercises.size(), o.exercises.size());
            for (qsizetype x = 0; x < e.exercises.size(); ++x) {
                QCOMPARE(e.exercises[x].epoch, o.exercises[x].epoch);
                QCOMPARE(e.exercises[x].operation, o.exercises[x].operation);
                QVERIFY(e.exercises[x].prompt.en.isEmpty());
                QVERIFY(e.exercises[x].prompt.ko.isEmpty());
            }
            for (qsizetype l = 0; l < e.code.size(); ++l) {
                QCOMPARE(e.code[l].computes, o.code[l].computes);
                if (o.code[l].text.trimmed().startsWith(QStringLiteral("D = np.array(")))
                    QVERIFY2(e.code[l].text.contains(QStringLiteral("D = np.array(%1)  # %2").arg(
                                 QStringLiteral("[%1, %2, %3, %4]").arg(D(0)).arg(D(1)).arg(D(2)).arg(D(3)), name)),
                             qPrintable(e.code[l].text));
                else
                    QCOMPARE(e.code[l].text, o.code[l].text);
            }
        }
    }

    // Targets between 0 and 1 that no preset gives are written as they are.
    void ownTargets()
    {
        const Lesson original = repositoryLesson(QStringLiteral("02-xor-single-neuron.lesson.json"));
        const SampleVector D = targets(0.25, 1, 0.9, 0);
        const LessonLoader::Result edited = LessonWriter::withTargets(original, D);
        QVERIFY2(edited.ok(), qPrintable(edited.error));
        QCOMPARE(edited.lesson->D, D);
        QVERIFY(edited.lesson->narrative.en.contains(QStringLiteral("`[0.25, 1, 0.9, 0]`")));
        QVERIFY(edited.lesson->source.contains("\"D\": [0.25, 1, 0.9, 0]"));
    }

    // Editing an edited lesson keeps its id and title instead of piling up suffixes.
    void editingAgain()
    {
        const Lesson original = repositoryLesson(QStringLiteral("03-backprop-xor.lesson.json"));
        const Lesson once = *LessonWriter::withTargets(original, targets(0, 0, 0, 1)).lesson;
        const LessonLoader::Result twice = LessonWriter::withTargets(once, targets(0, 1, 1, 1));
        QVERIFY2(twice.ok(), qPrintable(twice.error));
        QCOMPARE(twice.lesson->id, once.id);
        QCOMPARE(twice.lesson->title.en, once.title.en);
        QCOMPARE(twice.lesson->D, targets(0, 1, 1, 1));
    }

    void badTargetsRefused_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<double>("value");
        QTest::newRow("negative") << 0 << -0.5;
        QTest::newRow("above 1") << 2 << 1.5;
        QTest::newRow("nan") << 3 << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << 1 << std::numeric_limits<double>::infinity();
    }
    void badTargetsRefused()
    {
        QFETCH(int, sample);
        QFETCH(double, value);
        const Lesson original = repositoryLesson(QStringLiteral("03-backprop-xor.lesson.json"));
        SampleVector D = original.D;
        D(sample) = value;
        const LessonLoader::Result edited = LessonWriter::withTargets(original, D);
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error.contains(QStringLiteral("sample %1").arg(sample)), qPrintable(edited.error));
        QVERIFY2(edited.error.contains(QStringLiteral("from 0 to 1")), qPrintable(edited.error));
        QCOMPARE(edited.error, LessonWriter::targetProblem(sample, value));
        QVERIFY(LessonWriter::targetProblem(sample, 0.5).isEmpty());
    }

    // A lesson built in memory has no source to rewrite: a message, not a crash.
    void lessonWithoutSource()
    {
        Lesson lesson;
        lesson.id = QStringLiteral("no-file");
        const LessonLoader::Result edited = LessonWriter::withTargets(lesson, targets(0, 0, 0, 1));
        QVERIFY(!edited.ok());
        QVERIFY(edited.error.contains(QStringLiteral("no-file")));
    }

    // A run of the edited lesson saved as a trace file reopens with the edited data and
    // lesson, and its numbers are those of the edited targets, not the original's.
    void traceOfEditedRun()
    {
        const Lesson original = repositoryLesson(QStringLiteral("03-backprop-xor.lesson.json"));
        const Lesson lesson = *LessonWriter::withTargets(original, targets(0, 0, 0, 1)).lesson;
        const Experiment &experiment = *lesson.experiment(QStringLiteral("backprop-ce"));
        const TraceSpec spec = LessonLibrary::specFor(lesson, experiment, {std::nullopt, std::nullopt, 50});
        const auto trace = Trainer::record(spec);
        QVERIFY(trace);
        const auto originalTrace = Trainer::record(LessonLibrary::specFor(original, *original.experiment(experiment.id), {std::nullopt, std::nullopt, 50}));
        QVERIFY(originalTrace);
        QVERIFY(trace->finalWeights().W2 != originalTrace->finalWeights().W2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("and.dtrace"));
        QString error;
        QVERIFY2(TraceFile::write(*trace, path, &error), qPrintable(error));
        const TraceFile::ReadResult read = TraceFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.trace->spec().D, targets(0, 0, 0, 1));
        QCOMPARE(read.trace->spec().lessonId, lesson.id);
        QCOMPARE(read.trace->spec().lessonSource, lesson.source);
        QCOMPARE(read.trace->finalWeights().W2, trace->finalWeights().W2);
        const LessonLoader::Result embedded = LessonLoader::parse(read.trace->spec().lessonSource, path);
        QVERIFY2(embedded.ok(), qPrintable(embedded.error));
        QCOMPARE(embedded.lesson->D, targets(0, 0, 0, 1));
    }

    void saveAndOpen()
    {
        const Lesson original = repositoryLesson(QStringLiteral("01-delta-rule.lesson.json"));
        const Lesson lesson = *LessonWriter::withTargets(original, targets(1, 1, 1, 0)).lesson;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nand.lesson.json"));
        QString error;
        QVERIFY2(LessonWriter::save(lesson, path, &error), qPrintable(error));
        LessonLibrary library;
        QCOMPARE(library.open(path, &error), lesson.id);
        const Lesson *opened = library.lesson(lesson.id);
        QCOMPARE(opened->D, targets(1, 1, 1, 0));
        QCOMPARE(opened->source, lesson.source);
        QCOMPARE(opened->title.en, lesson.title.en);
    }

    // A path that cannot be written: a message naming it, and no file (QSaveFile).
    void saveUnwritable()
    {
        const Lesson original = repositoryLesson(QStringLiteral("01-delta-rule.lesson.json"));
        const Lesson lesson = *LessonWriter::withTargets(original, targets(1, 1, 1, 0)).lesson;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/nand.lesson.json"));
        QString error;
        QVERIFY(!LessonWriter::save(lesson, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLessonWriter)
#include "tst_lessonwriter.moc"
