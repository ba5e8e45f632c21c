// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LessonLibrary: finding the lesson folder, loading it with the errors per file, opening one
// lesson file over a listed one, and turning an experiment into the spec that records it. Real
// files only: the repository's lessons and edited copies of them in a temporary folder.
#include "lessonlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::LessonLibrary::Overrides)

namespace {

const QString Lessons = QStringLiteral(DELTATRACE_LESSONS);

QJsonObject repositoryLesson(const QString &fileName)
{
    QFile file(Lessons + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Lesson 1 with another id and English title, as an author's edited copy.
QJsonObject editedLesson(const QString &id, const QString &title)
{
    QJsonObject lesson = repositoryLesson(QStringLiteral("01-delta-rule.lesson.json"));
    lesson.insert(QStringLiteral("id"), id);
    QJsonObject titles = lesson.value(QStringLiteral("title")).toObject();
    titles.insert(QStringLiteral("en"), title);
    lesson.insert(QStringLiteral("title"), titles);
    return lesson;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool write(const QString &path, const QJsonObject &lesson) { return write(path, QJsonDocument(lesson).toJson()); }

QStringList ids(const LessonLibrary &library)
{
    QStringList result;
    for (const Lesson &lesson : library.lessons())
        result << lesson.id;
    return result;
}

} // namespace

class TestLessonLibrary : public QObject
{
    Q_OBJECT
private slots:
    void candidatesAreCleanAndIncludeTheSourceTree()
    {
        QStringList candidates = LessonLibrary::directoryCandidates();
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.removeDuplicates(), 0);
        for (const QString &candidate : candidates)
            QCOMPARE(candidate, QDir::cleanPath(candidate));
        // The source tree the library was built from is always among them.
        QVERIFY(candidates.contains(QDir::cleanPath(Lessons)));
    }

    void theFolderFoundHoldsLessons()
    {
        const QString found = LessonLibrary::findDirectory();
        QVERIFY(LessonLibrary::directoryCandidates().contains(found));
        QVERIFY(!LessonLoader::lessonFilesIn(found).isEmpty());
    }

    void loadsTheRepositoryLessons()
    {
        LessonLibrary library;
        QStringList problems;
        QCOMPARE(library.loadDirectory(Lessons, &problems), 6);
        QCOMPARE(problems, QStringList());
        QCOMPARE(ids(library), (QStringList{QStringLiteral("01-delta-rule"), QStringLiteral("02-xor-single-neuron"),
                                            QStringLiteral("03-backprop-xor"), QStringLiteral("04-sgd-vs-batch"),
                                            QStringLiteral("05-momentum"), QStringLiteral("06-beyond-xor")}));
        // Lessons 4-6 are general networks (format 2); the template in a subfolder is no lesson.
        for (const QString &id : {u"04-sgd-vs-batch"_qs, u"05-momentum"_qs, u"06-beyond-xor"_qs}) {
            QCOMPARE(library.lesson(id)->version, 2);
            for (const Experiment &e : library.lesson(id)->experiments)
                QVERIFY(e.network.has_value());
        }
        const Lesson *lesson = library.lesson(QStringLiteral("03-backprop-xor"));
        QVERIFY(lesson);
        QCOMPARE(QFileInfo(lesson->filePath).fileName(), QStringLiteral("03-backprop-xor.lesson.json"));
        QVERIFY(!lesson->source.isEmpty());
        QVERIFY(!library.lesson(QStringLiteral("07-missing")));
        // Loading the folder again replaces the lessons instead of listing them twice.
        QCOMPARE(library.loadDirectory(Lessons, &problems), 6);
        QCOMPARE(library.lessons().size(), 6);
    }

    void loadDirectoryNamesEachFileThatFails_data()
    {
        QTest::addColumn<QStringList>("broken"); // file names written with bytes no lesson has
        QTest::addColumn<int>("good");           // edited copies of lesson 1 with ids of their own
        QTest::newRow("an empty folder") << QStringList() << 0;
        QTest::newRow("good files only") << QStringList() << 2;
        QTest::newRow("a broken file among good ones") << QStringList{QStringLiteral("b.lesson.json")} << 2;
        QTest::newRow("broken files only")
            << QStringList{QStringLiteral("x.lesson.json"), QStringLiteral("y.lesson.json")} << 0;
    }
    void loadDirectoryNamesEachFileThatFails()
    {
        QFETCH(QStringList, broken);
        QFETCH(int, good);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : broken)
            QVERIFY(write(dir.filePath(name), QByteArray("{ not a lesson")));
        for (int i = 0; i < good; ++i)
            QVERIFY(write(dir.filePath(QStringLiteral("good-%1.lesson.json").arg(i)),
                          editedLesson(QStringLiteral("good-%1").arg(i), QStringLiteral("Good %1").arg(i))));
        // Files that are not lesson files are not looked at.
        QVERIFY(write(dir.filePath(QStringLiteral("notes.json")), QByteArray("{ not a lesson either")));

        LessonLibrary library;
        QStringList problems;
        QCOMPARE(library.loadDirectory(dir.path(), &problems), good);
        QCOMPARE(library.lessons().size(), good);
        QCOMPARE(problems.size(), broken.size());
        for (int i = 0; i < broken.size(); ++i)
            QVERIFY2(problems[i].contains(broken[i]), qPrintable(problems[i]));
    }

    void openReplacesAListedLessonWithTheSameId()
    {
        LessonLibrary library;
        QStringList problems;
        library.loadDirectory(Lessons, &problems);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.lesson.json"));
        QVERIFY(write(path, editedLesson(QStringLiteral("01-delta-rule"), QStringLiteral("Edited"))));

        QString error;
        QCOMPARE(library.open(path, &error), QStringLiteral("01-delta-rule"));
        QCOMPARE(error, QString());
        // Same place in the list, the new text and file.
        const qsizetype listed = library.lessons().size();
        QCOMPARE(listed, ids(library).size());
        QVERIFY(library.open(path, &error) == QStringLiteral("01-delta-rule") && library.lessons().size() == listed);
        QCOMPARE(library.lessons().first().title.en, QStringLiteral("Edited"));
        QCOMPARE(library.lessons().first().filePath, path);

        const QString other = dir.filePath(QStringLiteral("other.lesson.json"));
        QVERIFY(write(other, editedLesson(QStringLiteral("99-other"), QStringLiteral("Other"))));
        QCOMPARE(library.open(other, &error), QStringLiteral("99-other"));
        QCOMPARE(ids(library).last(), QStringLiteral("99-other"));
    }

    void openSaysWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("{ \"id\": ");
        QTest::newRow("JSON but no lesson") << QByteArray("{\"format\": \"something else\"}");
    }
    void openSaysWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wrong.lesson.json"));
        if (!bytes.isEmpty())
            QVERIFY(write(path, bytes));
        LessonLibrary library;
        QStringList problems;
        const int loaded = library.loadDirectory(Lessons, &problems);
        QString error;
        QCOMPARE(library.open(path, &error), QString());
        QVERIFY2(error.contains(QStringLiteral("wrong.lesson.json")), qPrintable(error));
        QCOMPARE(library.lessons().size(), loaded); // nothing added, nothing lost
    }

    void specFor_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::addColumn<LessonLibrary::Overrides>("overrides");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("epochs");
        const QString one = QStringLiteral("01-delta-rule");
        const QString three = QStringLiteral("03-backprop-xor");
        using O = LessonLibrary::Overrides;
        QTest::newRow("the experiment's own") << one << QStringLiteral("delta-rule") << O{} << 0u << 0.9 << 10000;
        QTest::newRow("another seed") << three << QStringLiteral("backprop-ce") << O{7u, {}, {}} << 7u << 0.9 << 10000;
        QTest::newRow("another alpha") << three << QStringLiteral("backprop-sigmoid") << O{{}, 2.5, {}} << 0u << 2.5 << 10000;
        QTest::newRow("fewer epochs") << one << QStringLiteral("delta-rule") << O{{}, {}, 50} << 0u << 0.9 << 50;
        QTest::newRow("all three") << three << QStringLiteral("backprop-ce") << O{3u, 0.5, 20} << 3u << 0.5 << 20;
        QTest::newRow("a forward pass stays one epoch") << one << QStringLiteral("forward") << O{1u, 0.1, 50} << 1u << 0.1 << 1;
    }
    void specFor()
    {
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        QFETCH(LessonLibrary::Overrides, overrides);
        QFETCH(quint32, seed);
        QFETCH(double, alpha);
        QFETCH(int, epochs);
        LessonLibrary library;
        QStringList problems;
        library.loadDirectory(Lessons, &problems);
        const Lesson *lesson = library.lesson(lessonId);
        QVERIFY(lesson);
        const Experiment *experiment = lesson->experiment(experimentId);
        QVERIFY(experiment);

        const TraceSpec spec = LessonLibrary::specFor(*lesson, *experiment, overrides);
        QCOMPARE(spec.lessonId, lessonId);
        QCOMPARE(spec.experimentId, experimentId);
        QCOMPARE(spec.rule, experiment->rule);
        QCOMPARE(spec.seed, seed);
        QCOMPARE(spec.alpha, alpha);
        QCOMPARE(spec.epochs, epochs);
        // The data and the lesson's text travel with the run.
        QVERIFY(spec.X == lesson->X);
        QVERIFY(spec.D == lesson->D);
        QCOMPARE(spec.lessonSource, lesson->source);
    }

    void comparableExperiments_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::addColumn<QStringList>("comparable");
        QTest::newRow("a forward pass and the delta rule share a neuron")
            << QStringLiteral("01-delta-rule") << QStringLiteral("forward") << QStringList{QStringLiteral("delta-rule")};
        QTest::newRow("and the other way round")
            << QStringLiteral("01-delta-rule") << QStringLiteral("delta-rule") << QStringList{QStringLiteral("forward")};
        QTest::newRow("the two backprop losses share a network")
            << QStringLiteral("03-backprop-xor") << QStringLiteral("backprop-ce") << QStringList{QStringLiteral("backprop-sigmoid")};
        QTest::newRow("a lesson of one experiment") << QStringLiteral("02-xor-single-neuron") << QStringLiteral("delta-xor")
                                                    << QStringList();
        QTest::newRow("an experiment the lesson lacks") << QStringLiteral("03-backprop-xor") << QStringLiteral("delta-rule")
                                                        << QStringList();
    }
    void comparableExperiments()
    {
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        QFETCH(QStringList, comparable);
        LessonLibrary library;
        QStringList problems;
        library.loadDirectory(Lessons, &problems);
        const Lesson *lesson = library.lesson(lessonId);
        QVERIFY(lesson);
        QCOMPARE(LessonLibrary::comparableExperiments(*lesson, experimentId), comparable);
    }

    void aNetworkOfAnotherSizeIsNotComparable()
    {
        // Lesson 3 with one experiment turned into a single neuron: different initial weights.
        LessonLibrary library;
        QStringList problems;
        library.loadDirectory(Lessons, &problems);
        Lesson lesson = *library.lesson(QStringLiteral("03-backprop-xor"));
        lesson.experiments[1].rule = Rule::DeltaRule;
        QCOMPARE(LessonLibrary::comparableExperiments(lesson, lesson.experiments[0].id), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLessonLibrary)
#include "tst_lessonlibrary.moc"
