// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson loader against the format spec (lessons/README.md): the real lessons load, and every
// kind of bad file is refused with a message that names the file, the place (line:column) and
// what is wrong. The bad files under tests/data/lessons/bad are each derived by hand from
// good/minimal.lesson.json with one defect, so the place of the defect is known.
#include "jsonlocator.h"
#include "lessonloader.h"
#include "steplayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Architecture)
Q_DECLARE_METATYPE(deltatrace::NetworkData)

namespace {

const QString LessonData = QStringLiteral(DELTATRACE_TEST_DATA "/lessons");

QString goodFile(const char *name) { return LessonData + QStringLiteral("/good/") + QLatin1String(name); }

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList rulesOf(const Lesson &lesson)
{
    QStringList rules;
    for (const Experiment &e : lesson.experiments)
        rules << QString::fromLatin1(ruleName(e.rule).data());
    return rules;
}

NetworkData networkData(int samples, int inputs, int outputs, std::vector<double> x, std::vector<double> d)
{
    NetworkData data;
    data.sampleCount = samples;
    data.inputCount = inputs;
    data.outputCount = outputs;
    data.x = std::move(x);
    data.d = std::move(d);
    return data;
}

Architecture architecture(std::vector<int> sizes, std::vector<Activation> activations, OutputDelta delta, int batch, double momentum)
{
    Architecture a;
    a.sizes = std::move(sizes);
    a.activations = std::move(activations);
    a.delta = delta;
    a.batch = batch;
    a.momentum = momentum;
    return a;
}

// "[3, 4, 1] sigmoid sigmoid sse batch 1 momentum 0.9", for failure messages.
QString describe(const Architecture &a)
{
    QStringList parts;
    for (const int n : a.sizes)
        parts << QString::number(n);
    QString text = QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    for (const Activation f : a.activations)
        text += QLatin1Char(' ') + QLatin1String(activationName(f).data());
    return text + QStringLiteral(" %1 batch %2 momentum %3").arg(QLatin1String(outputDeltaName(a.delta).data())).arg(a.batch).arg(a.momentum);
}

bool bothLanguages(const LocalizedText &text) { return !text.ko.trimmed().isEmpty() && !text.en.trimmed().isEmpty(); }

// Bad files under tests/data/lessons/bad: the place of the defect ("line:column", or "" when no
// place applies) and the phrases the message must contain.
struct BadFile
{
    const char *name;
    const char *place;
    QStringList phrases;
};

QString phrase(const char *text) { return QString::fromUtf8(text); }

const QList<BadFile> &badFileTable()
{
    static const QList<BadFile> files = {
        {"empty", "", {phrase("the file is empty")}},
        {"invalid-utf8", "5:23", {phrase("invalid UTF-8 (byte 0xFF)")}},
        // JSON syntax, placed at the offending character.
        {"syntax-missing-comma", "4:3", {phrase("invalid JSON: expected ',' or '}' after an object member")}},
        {"syntax-trailing-comma", "13:3", {phrase("invalid JSON: expected a key (JSON allows no comma before a closing '}')")}},
        {"syntax-unquoted-key", "23:7", {phrase("invalid JSON: expected a key in double quotes")}},
        {"truncated", "20:22", {phrase("invalid JSON: the file ends where a value was expected (is it cut short?)")}},
        // QJsonDocument accepts these four and the repeated key; JSON's spec and Python's json
        // module do not.
        {"invalid-escape", "33:64", {phrase("invalid JSON: invalid escape sequence")}},
        {"control-character", "18:56", {phrase("invalid JSON: a control character")}},
        {"lone-surrogate", "18:57", {phrase("invalid JSON"), phrase("surrogate")}},
        {"number-without-fraction", "21:16", {phrase("invalid JSON: a number needs a digit after the decimal point")}},
        {"duplicate-key", "37:7", {phrase("duplicate key \"alpha\" in experiments[1]")}},
        // Format and version.
        {"not-object", "1:1", {phrase("the top level must be a JSON object ({ ... }), not an array")}},
        {"top-level-number", "1:1", {phrase("the top level must be a JSON object ({ ... }), not a number")}},
        {"wrong-format", "2:13", {phrase("\"format\" must be \"deltatrace-lesson\""), phrase("deltatrace-trace")}},
        {"missing-format", "1:1", {phrase("missing key \"format\""), phrase("this is not one")}},
        {"newer-version", "3:14", {phrase("written for a newer DeltaTrace"), phrase("version 3")}},
        {"version-string", "3:14", {phrase("\"version\" must be the integer 1 or 2, not the string \"1\"")}},
        // Keys and types.
        {"unknown-key", "10:3", {phrase("unknown key \"author\" in the top-level object"), phrase("allowed keys: format, version")}},
        {"unknown-key-nested", "24:7", {phrase("unknown key \"momentum\" in experiments[0]")}},
        {"missing-key", "30:5", {phrase("missing key \"seed\" in experiments[1]")}},
        // Unknown and missing at once: the misspelling is what to point at.
        {"misspelt-key", "38:7", {phrase("unknown key \"sed\" in experiments[1]")}},
        {"wrong-type", "36:16", {phrase("experiments[1].alpha must be a number, not the string \"0.9\"")}},
        {"non-string-title", "5:34", {phrase("title.en must be a string, not the number 5")}},
        {"empty-title", "32:38", {phrase("experiments[1].title.en must not be empty")}},
        {"multi-line-title", "5:34", {phrase("title.en must be a single line")}},
        // Text limits (InputLimits): a 256 K-character title once crashed the window.
        {"title-escape-sequence", "5:34", {phrase("title.en must not contain control characters such as \\u001b")}},
        {"title-too-long", "5:34", {phrase("title.en must be at most 200 characters (a title is one short line), not 262144")}},
        {"narrative-too-long", "8:11", {phrase("narrative.en is 65537 characters long; a narrative may have at most 65536")}},
        {"experiment-id-too-long", "16:13", {phrase("experiments[0].id must be 1 to 64 characters"), phrase("\"ffffffffffffffffffffffffffffffffffffffff...\"")}},
        {"narrative-line-break", "7:23", {phrase("narrative.ko[1] must be one line")}},
        {"narrative-wrong-type", "18:49", {phrase("experiments[0].narrative.en must be an array of lines or a string, not an object")}},
        {"bad-id", "4:9", {phrase("id must be 1 to 64 characters from a-z, 0-9 and '-', not \"00_Minimal\"")}},
        // Data.
        {"x-wrong-rows", "11:10", {phrase("data.X must have exactly 4 rows"), phrase("not 3")}},
        {"x-wrong-cols", "11:33", {phrase("data.X[2] must have exactly 3 numbers"), phrase("not 2")}},
        {"x-non-numeric", "11:29", {phrase("data.X[1][2] must be a number, not the string \"1\"")}},
        {"d-wrong-length", "12:10", {phrase("data.D must have exactly 4 numbers"), phrase("not 3")}},
        // Experiments.
        {"empty-experiments", "14:18", {phrase("experiments must have 1 to 8 experiments, not 0")}},
        {"too-many-experiments", "14:18", {phrase("experiments must have 1 to 8 experiments, not 9")}},
        {"duplicate-experiment-id", "31:13", {phrase("duplicate experiment id \"forward\": experiments[0] has it too")}},
        {"unknown-rule", "34:15", {phrase("unknown rule \"delta\" in experiments[1].rule"), phrase("forward, delta-rule, backprop-sigmoid, backprop-ce")}},
        {"network-mismatch", "35:18", {phrase("experiments[1].network must be [3, 1] for rule \"delta-rule\""), phrase("not [3, 4, 1]")}},
        {"network-not-integer", "35:22", {phrase("experiments[1].network[1] must be an integer")}},
        {"negative-alpha", "36:16", {phrase("experiments[1].alpha must be above 0 and at most 1000000"), phrase("not -0.5")}},
        {"zero-alpha", "36:16", {phrase("experiments[1].alpha must be above 0"), phrase("not 0")}},
        {"alpha-too-large", "36:16", {phrase("experiments[1].alpha must be above 0 and at most 1000000"), phrase("not 10000000")}},
        {"zero-epochs", "37:17", {phrase("experiments[1].epochs must be an integer from 1 to 10000000, not 0")}},
        {"fractional-epochs", "37:17", {phrase("experiments[1].epochs must be an integer from 1 to 10000000, not 100.5")}},
        {"epochs-over-limit", "37:17", {phrase("experiments[1].epochs must be an integer from 1 to 10000000, not 10000001")}},
        {"forward-epochs-2", "22:17", {phrase("experiments[0].epochs must be 1 for rule \"forward\""), phrase("not 2")}},
        {"negative-seed", "38:15", {phrase("experiments[1].seed must be an integer from 0 to 4294967295, not -1")}},
        {"seed-too-large", "38:15", {phrase("experiments[1].seed must be an integer from 0 to 4294967295, not 4294967296")}},
        {"windows-negative-alpha", "36:16", {phrase("experiments[1].alpha must be above 0")}},
        // Code listings.
        {"empty-code", "24:15", {phrase("experiments[0].code must have 1 to 200 lines, not 0")}},
        {"code-line-not-object", "25:9", {phrase("experiments[0].code[0] must be an object")}},
        {"code-tab", "41:18", {phrase("experiments[1].code[1].text must be one line without tabs")}},
        {"missing-computes", "39:15", {phrase("no line of experiments[1].code computes delta"), phrase("v, y, e, delta, dW, W")}},
        {"computes-twice", "45:56", {phrase("experiments[1].code[5].computes is \"y\", but experiments[1].code[3] computes it already")}},
        {"computes-unknown", "46:64", {phrase("unknown quantity \"dw\" in experiments[1].code[6].computes")}},
        {"computes-not-of-rule", "28:43", {phrase("experiments[0].code[3].computes is \"e\", which rule \"forward\" does not compute"), phrase("its quantities: v, y")}},
        // Exercises: at a place the run reaches, asking for a number the rule computes, in order.
        {"exercise-epoch-beyond-run", "50:19", {phrase("experiments[1].exercises[0].epoch must be an integer from 0 to 9999, not 10000")}},
        {"exercise-sample-out-of-range", "50:32", {phrase("experiments[1].exercises[0].sample must be an integer from 0 to 3, not 4")}},
        {"exercise-first-value", "50:48", {phrase("experiments[1].exercises[0] asks for the run's very first value")}},
        {"exercise-operation-not-of-rule", "50:48", {phrase("operation is \"delta1\", which rule \"delta-rule\" does not compute")}},
        {"exercise-element-out-of-range", "50:65", {phrase("experiments[1].exercises[0].element must be an integer from 0 to 2, not 3")}},
        {"exercise-digits-out-of-range", "50:63", {phrase("experiments[1].exercises[0].digits must be an integer from 1 to 8, not 12")}},
        {"exercise-out-of-order", "51:9", {phrase("experiments[1].exercises[1] comes before experiments[1].exercises[0] in the run")}},
        {"exercise-unknown-key", "50:53", {phrase("unknown key \"answer\" in experiments[1].exercises[0]")}},
        // Version 2 (general networks): each is good/general.lesson.json with one defect.
        {"v2-x-ragged", "8:33", {phrase("data.X[2] must have 3 numbers like data.X[0]"), phrase("not 2")}},
        {"v2-x-empty", "8:10", {phrase("data.X must have 1 to 256 rows (one per sample), not 0")}},
        {"v2-x-non-numeric", "8:40", {phrase("data.X[2][2] must be a number, not the string \"1\"")}},
        {"v2-d-wrong-length", "9:10", {phrase("data.D must have 4 targets, one per row of data.X, not 3")}},
        {"v2-d-ragged", "9:19", {phrase("data.D[1] must have 2 numbers like data.D[0]"), phrase("not 3")}},
        {"v2-d-mixed", "9:19", {phrase("data.D[1] must be an array ([ ... ]), not the number 1")}},
        {"v2-d-too-wide", "9:11", {phrase("data.D[0] must have 1 to 8 numbers (one target per output), not 9")}},
        {"v2-layer-not-x-columns", "16:18", {phrase("experiments[0].layers[0] must be 3, the number of columns of data.X"), phrase("not 4")}},
        {"v2-layer-not-d-width", "16:24", {phrase("experiments[0].layers[2] must be 2, the number of targets per sample in data.D"), phrase("not 3")}},
        {"v2-network-not-d-width", "78:25", {phrase("experiments[1].network[2] must be 2, the number of targets per sample in data.D"), phrase("not 1")}},
        {"v2-too-many-layers", "16:17", {phrase("experiments[0].layers must have 2 to 5 sizes (the inputs, up to 3 hidden layers, the outputs), not 6")}},
        {"v2-layer-too-wide", "16:21", {phrase("experiments[0].layers[1] must be an integer from 1 to 32, not 33")}},
        {"v2-activation-count", "17:22", {phrase("experiments[0].activations must have 2 activations, one per weight layer of the layers [3, 4, 2], not 1")}},
        {"v2-unknown-activation", "17:31", {phrase("unknown activation \"softplus\" in experiments[0].activations[1]"), phrase("sigmoid, tanh, relu, linear, softmax")}},
        {"v2-softmax-not-last", "17:23", {phrase("experiments[0].activations[0] is \"softmax\", which only the output layer may have")}},
        {"v2-softmax-sse", "17:31", {phrase("experiments[0].activations[1] is \"softmax\", which needs \"delta\": \"ce\""), phrase("not \"sse\"")}},
        {"v2-softmax-default-delta", "17:31", {phrase("experiments[0].activations[1] is \"softmax\", which needs \"delta\": \"ce\""), phrase("without \"delta\" it is \"sse\"")}},
        {"v2-softmax-one-output", "17:31", {phrase("experiments[0].activations[1] is \"softmax\", which needs at least 2 outputs"), phrase("not 1")}},
        {"v2-unknown-delta", "18:16", {phrase("experiments[0].delta must be \"sse\" (squared error) or \"ce\" (cross-entropy), not \"mse\"")}},
        {"v2-missing-activations", "12:5", {phrase("missing key \"activations\" in experiments[0]")}},
        {"v2-no-network", "73:5", {phrase("missing key \"layers\" in experiments[1] (a version 2 experiment gives its network as \"layers\" and \"activations\", or as \"rule\" and \"network\")")}},
        {"v2-rule-and-layers", "79:7", {phrase("experiments[1] has both \"rule\" and \"layers\"")}},
        {"v2-forward-rule", "77:15", {phrase("experiments[1].rule is \"forward\", which version 2 lessons do not have")}},
        {"v2-unknown-rule", "77:15", {phrase("unknown rule \"backprop\" in experiments[1].rule (known rules: delta-rule, backprop-sigmoid, backprop-ce)")}},
        {"v2-batch-zero", "19:16", {phrase("experiments[0].batch must be an integer from 1 to 4, not 0")}},
        {"v2-batch-over-samples", "19:16", {phrase("experiments[0].batch must be an integer from 1 to 4, not 5")}},
        {"v2-momentum-one", "20:19", {phrase("experiments[0].momentum must be at least 0 and below 1 (the momentum beta), not 1")}},
        {"v2-too-many-steps", "80:17", {phrase("experiments[1].epochs is 10000000, which with the 8 samples of data.X makes 80000000 sample steps; a run may have at most 50000000")}},
        {"v2-exercises", "82:7", {phrase("\"exercises\" is not yet supported in version 2 lessons")}},
        {"v2-tour-batch-update", "72:138", {phrase("experiments[0].tour[1].operation is \"m1\", which this network does not compute at sample 2 (it computes v1, y1, v2, y2, e2, delta2, e1, delta1, dW1, dW1_sum, dW2, dW2_sum)")}},
        {"v2-tour-epoch", "82:26", {phrase("experiments[1].tour[0].epoch must be an integer from 0 to 999")}},
        {"v2-tour-event", "82:17", {phrase("unknown key \"event\" in experiments[1].tour[0] (allowed keys: epoch, sample, operation, note, view)")}},
        {"v2-tour-sample", "82:39", {phrase("experiments[1].tour[0].sample must be an integer from 0 to 3")}},
        {"v2-tour-unknown-quantity", "82:55", {phrase("unknown quantity \"delta\" in experiments[1].tour[0].operation")}},
        {"v2-computes-no-layer", "53:62", {phrase("is \"y3\", but this network has no weight layer 3"), phrase("its operations: v1, y1, v2, y2, e2, delta2, e1, delta1, dW1, dW1_sum, dW1_avg, m1, W1, dW2")}},
        {"v2-computes-missing", "24:15", {phrase("no line of experiments[0].code computes delta1 (this network needs exactly one line computing each of: v1, y1")}},
        {"v2-computes-twice", "51:62", {phrase("experiments[0].code["), phrase(".computes is \"v1\", but experiments[0].code["), phrase("computes it already")}},
        {"v2-computes-not-computed", "58:69", {phrase("is \"dW1_sum\", which this network does not compute (dW_sum and dW_avg exist only with a \"batch\" above 1; its operations: v1, y1,")}},
        {"v2-computes-m-without-momentum", "63:66", {phrase("is \"m1\", which this network does not compute (m exists only with a \"momentum\" above 0; its operations:")}},
        {"v2-computes-unknown", "53:62", {phrase("unknown quantity \"h2\" in experiments[0].code["), phrase("vL, yL, eL, deltaL")}},
    };
    return files;
}

} // namespace

class TestLessonLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Oversized: a valid lesson padded past the limit, so only the size can be the reason.
        QByteArray big = readAll(goodFile("minimal.lesson.json"));
        QVERIFY(!big.isEmpty());
        big.append(QByteArray(LessonLoader::MaxFileBytes + 1 - big.size(), ' '));
        QFile out(m_tmp.filePath(QStringLiteral("oversized.lesson.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(big), LessonLoader::MaxFileBytes + 1);
    }

    // --- the real lessons -------------------------------------------------------------------

    void realLessons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("experiments"); // "id rule", in this order, maybe among others
        QTest::addColumn<SampleVector>("targets");
        const QStringList files = LessonLoader::lessonFilesIn(QStringLiteral(DELTATRACE_LESSONS));
        const SampleVector And = (SampleVector() << 0, 0, 1, 1).finished(); // d = x1 in lesson 1
        const SampleVector Xor = (SampleVector() << 0, 1, 1, 0).finished();
        // What each lesson of the course must contain (see docs/ARITHMETIC.md, "The course").
        // A lesson that is not there still gets its row, which then fails and says so.
        const QList<std::tuple<const char *, QStringList, SampleVector>> expected = {
            {"01-", {QStringLiteral("forward forward"), QStringLiteral("delta-rule delta-rule")}, And},
            {"02-", {QStringLiteral("delta-xor delta-rule")}, Xor},
            {"03-", {QStringLiteral("backprop-sigmoid backprop-sigmoid"), QStringLiteral("backprop-ce backprop-ce")}, Xor},
        };
        for (const auto &[prefix, experiments, targets] : expected) {
            // A plain variable for the lambda: clang 14 cannot capture a structured binding.
            const QLatin1String start(prefix);
            const auto it = std::find_if(files.cbegin(), files.cend(), [&](const QString &f) {
                return QFileInfo(f).fileName().startsWith(start);
            });
            const QString path = it == files.cend() ? QString() : *it;
            QTest::newRow(it == files.cend() ? prefix : qPrintable(QFileInfo(path).fileName())) << path << experiments << targets;
        }
    }

    void realLessons()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, experiments);
        QFETCH(SampleVector, targets);
        QVERIFY2(!path.isEmpty(), "this lesson file is missing from lessons/");
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        const Lesson &lesson = *result.lesson;

        QCOMPARE(lesson.filePath, path);
        QCOMPARE(lesson.source, readAll(path));
        // lessons/README.md: the id is the file name without ".lesson.json".
        QCOMPARE(lesson.id + QStringLiteral(".lesson.json"), QFileInfo(path).fileName());
        QVERIFY2(bothLanguages(lesson.title), "the lesson title needs Korean and English");
        QVERIFY2(bothLanguages(lesson.narrative), "the lesson narrative needs Korean and English");
        InputMatrix x;
        x << 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1;
        QCOMPARE(lesson.X, x);
        QCOMPARE(lesson.D, targets);

        QStringList actual;
        for (const Experiment &e : lesson.experiments)
            actual << e.id + QLatin1Char(' ') + QLatin1String(ruleName(e.rule).data());
        qsizetype from = 0;
        for (const QString &experiment : experiments) {
            from = actual.indexOf(experiment, from);
            QVERIFY2(from >= 0, qPrintable(QStringLiteral("no experiment \"%1\" (in this order) among: %2").arg(experiment, actual.join(QLatin1String(", ")))));
            ++from;
        }

        for (const Experiment &e : lesson.experiments) {
            QVERIFY2(bothLanguages(e.title), qPrintable(e.id));
            QVERIFY2(bothLanguages(e.narrative), qPrintable(e.id));
            for (const Quantity q : operationsOf(e.rule))
                QVERIFY2(e.codeLineFor(q) >= 0, qPrintable(e.id + QLatin1Char(' ') + QLatin1String(quantityName(q).data())));
            if (e.rule == Rule::Forward)
                QCOMPARE(e.epochs, 1);
        }
    }

    // --- good files ---------------------------------------------------------------------------

    void minimalLoadsEveryField()
    {
        const QString path = goodFile("minimal.lesson.json");
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Lesson &l = *result.lesson;
        QCOMPARE(l.filePath, path);
        QCOMPARE(l.source, readAll(path));
        QCOMPARE(l.id, QStringLiteral("00-minimal"));
        QCOMPARE(l.title.ko, QStringLiteral("최소 수업"));
        QCOMPARE(l.title.en, QStringLiteral("Minimal lesson"));
        // An array of lines is joined with "\n"; a string is taken as it is.
        QCOMPARE(l.narrative.ko, QStringLiteral("# 최소 수업\n\n시험용 *수업* 파일입니다."));
        QCOMPARE(l.narrative.en, QStringLiteral("# Minimal lesson\n\nA lesson file for the tests."));
        InputMatrix x;
        x << 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1;
        QCOMPARE(l.X, x);
        QCOMPARE(l.D, (SampleVector() << 0, 0, 1, 1).finished());

        QCOMPARE(l.experiments.size(), 2);
        const Experiment &f = l.experiments[0];
        QCOMPARE(f.id, QStringLiteral("forward"));
        QCOMPARE(f.title.ko, QStringLiteral("순전파"));
        QCOMPARE(f.narrative.en, QStringLiteral("Watch v and y."));
        QCOMPARE(f.rule, Rule::Forward);
        QCOMPARE(f.epochs, 1);
        QCOMPARE(f.code.size(), 3);
        QCOMPARE(f.code[0].text, QStringLiteral("import numpy as np"));
        QVERIFY(!f.code[0].computes.has_value());
        QCOMPARE(f.codeLineFor(Quantity::V), 1);
        QCOMPARE(f.codeLineFor(Quantity::Y), 2);

        const Experiment &d = l.experiments[1];
        QCOMPARE(d.id, QStringLiteral("delta-rule"));
        QCOMPARE(d.narrative.ko, QStringLiteral("오차가 줄어드는 것을 보세요."));
        QCOMPARE(d.rule, Rule::DeltaRule);
        QCOMPARE(d.alpha, 0.9);
        QCOMPARE(d.epochs, 10000);
        QCOMPARE(d.seed, 0u);
        QCOMPARE(d.code.size(), 8);
        QCOMPARE(d.code[6].text, QStringLiteral("        dW = alpha * delta * x"));
        QCOMPARE(d.codeLineFor(Quantity::W), 7);
        QCOMPARE(l.experiment(QStringLiteral("delta-rule")), &d);
    }

    void goodFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("minimal") << goodFile("minimal.lesson.json") << QStringLiteral("00-minimal")
                                 << QStringList{QStringLiteral("forward"), QStringLiteral("delta-rule")};
        // BOM and CRLF line ends, as a Windows editor may save it.
        QTest::newRow("windows") << goodFile("windows.lesson.json") << QStringLiteral("00-minimal")
                                 << QStringList{QStringLiteral("forward"), QStringLiteral("delta-rule")};
        // A 3-4-1 network; integers written as 1.0 and 1e3; the largest seed; empty narratives.
        QTest::newRow("two-layer") << goodFile("two-layer.lesson.json") << QStringLiteral("two-layer")
                                   << QStringList{QStringLiteral("backprop-ce")};
    }

    void goodFiles()
    {
        // A checkout that normalised line ends would quietly turn the Windows case into another.
        QVERIFY(readAll(goodFile("windows.lesson.json")).startsWith("\xEF\xBB\xBF{\r\n"));
        QFETCH(QString, path);
        QFETCH(QString, id);
        QFETCH(QStringList, rules);
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.lesson->id, id);
        QCOMPARE(rulesOf(*result.lesson), rules);
    }

    // Exercises are read whole: place, operation, the number asked for, digits and prompt.
    void exercisesLoad()
    {
        const LessonLoader::Result result = LessonLoader::loadFile(goodFile("exercises.lesson.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Experiment *forward = result.lesson->experiment(QStringLiteral("forward"));
        QVERIFY(forward->exercises.isEmpty());
        const QList<Exercise> exercises = result.lesson->experiment(QStringLiteral("delta-rule"))->exercises;
        QCOMPARE(exercises.size(), 3);
        QCOMPARE(exercises[0].operation, Quantity::Y);
        QCOMPARE(exercises[0].digits, 4); // the default
        QVERIFY(!exercises[0].element);
        QCOMPARE(exercises[0].elements(), QList<int>{0});
        QVERIFY(exercises[0].prompt.en.isEmpty());
        QCOMPARE(exercises[1].sample, 1);
        QCOMPARE(exercises[1].operation, Quantity::Delta);
        QCOMPARE(exercises[1].digits, 3);
        QCOMPARE(exercises[1].prompt.ko, QStringLiteral("델타를 구하세요."));
        QCOMPARE(exercises[1].prompt.en, QStringLiteral("Find delta."));
        QCOMPARE(exercises[2].epoch, 1);
        QCOMPARE(exercises[2].operation, Quantity::DW);
        QCOMPARE(exercises[2].element, std::optional<int>(2));
        QCOMPARE(exercises[2].elements(), QList<int>{2});
        // Without an element, every number of the quantity in turn.
        Exercise all;
        all.operation = Quantity::DW;
        QCOMPARE(all.elements(), (QList<int>{0, 1, 2}));
    }

    void twoLayerValues()
    {
        const LessonLoader::Result result = LessonLoader::loadFile(goodFile("two-layer.lesson.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Experiment &e = result.lesson->experiments.first();
        QCOMPARE(e.epochs, 1000);
        QCOMPARE(e.seed, 4294967295u);
        QCOMPARE(e.alpha, 0.5);
        QCOMPARE(e.narrative.ko, QString());
        QCOMPARE(e.code[8].text, QString());
        QCOMPARE(e.codeLineFor(Quantity::W2), 12);
    }

    // parse() names its source as told and leaves filePath empty (trace files embed lessons).
    void parseInMemory()
    {
        const QByteArray bytes = readAll(goodFile("minimal.lesson.json"));
        const LessonLoader::Result good = LessonLoader::parse(bytes, QStringLiteral("embedded"));
        QVERIFY2(good.ok(), qPrintable(good.error));
        QVERIFY(good.lesson->filePath.isEmpty());
        QCOMPARE(good.lesson->source, bytes);

        QByteArray broken = bytes;
        broken.replace("\"epochs\": 10000", "\"epochs\": 0");
        const LessonLoader::Result bad = LessonLoader::parse(broken, QStringLiteral("embedded"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.startsWith(QLatin1String("embedded:37:17: ")), qPrintable(bad.error));
    }

    // --- version 2: general networks ----------------------------------------------------------

    // Version 1 lessons say so, and have none of version 2's parts.
    void versionOneHasNoGeneralParts()
    {
        const LessonLoader::Result result = LessonLoader::loadFile(goodFile("minimal.lesson.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.lesson->version, 1);
        QCOMPARE(result.lesson->data, NetworkData());
        for (const Experiment &e : result.lesson->experiments)
            QVERIFY(!e.network.has_value());
    }

    // The data of the version-2 lessons, as numpy holds np.array(X) and np.array(D) (K = 1 when
    // D is a list of numbers). The four general-* lessons are the golden specs of
    // LESSONS.md's "General networks" written as lessons.
    void generalData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<NetworkData>("data");
        const std::vector<double> xorInputs = {0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1};
        QTest::newRow("delta-batch") << goodFile("general-delta-batch.lesson.json") << networkData(4, 3, 1, xorInputs, {0, 0, 1, 1});
        QTest::newRow("momentum") << goodFile("general-momentum.lesson.json") << networkData(4, 3, 1, xorInputs, {0, 1, 1, 0});
        QTest::newRow("rings") << goodFile("general-rings.lesson.json")
                               << networkData(8, 3, 1, {0.0, 0.9, 1, 0.9, 0.0, 1, 0.0, -0.9, 1, -0.9, 0.0, 1, 0.2, 0.3, 1, -0.3, 0.2, 1, 0.25, -0.2, 1, -0.1, -0.3, 1},
                                              {0, 0, 0, 0, 1, 1, 1, 1});
        QTest::newRow("softmax") << goodFile("general-softmax.lesson.json")
                                 << networkData(6, 4, 3, {1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1},
                                                {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1});
        QTest::newRow("base of the bad files") << goodFile("general.lesson.json") << networkData(4, 3, 2, xorInputs, {1, 0, 0, 1, 0, 1, 1, 0});
    }

    void generalData()
    {
        QFETCH(QString, path);
        QFETCH(NetworkData, data);
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.lesson->version, 2);
        QCOMPARE(result.lesson->source, readAll(path));
        QCOMPARE(result.lesson->data.sampleCount, data.sampleCount);
        QCOMPARE(result.lesson->data.inputCount, data.inputCount);
        QCOMPARE(result.lesson->data.outputCount, data.outputCount);
        QCOMPARE(result.lesson->data.x, data.x);
        QCOMPARE(result.lesson->data.d, data.d);
        // Version 1's fixed shapes are not used.
        QCOMPARE(result.lesson->X, InputMatrix(InputMatrix::Zero()));
        for (const Experiment &e : result.lesson->experiments) {
            QVERIFY2(e.network.has_value(), qPrintable(e.id)); // every version-2 experiment is a general one
            QVERIFY(e.code.isEmpty());
            QVERIFY(e.exercises.isEmpty());
            QVERIFY(!e.tour);
        }
    }

    // Each experiment's network and training, with the defaults (delta "sse", batch 1, no
    // momentum) where the lesson leaves them out; version 1's rule and network map to
    // all-sigmoid layers.
    void generalExperiments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<Architecture>("architecture");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<uint>("seed");
        QTest::addColumn<bool>("codeGenerated");
        using A = Activation;
        QTest::newRow("delta-batch") << goodFile("general-delta-batch.lesson.json") << QStringLiteral("delta-batch")
                                     << architecture({3, 1}, {A::Sigmoid}, OutputDelta::SquaredError, 4, 0.0) << 0.9 << 40000 << 0u << false;
        QTest::newRow("momentum by rule") << goodFile("general-momentum.lesson.json") << QStringLiteral("momentum-rule")
                                          << architecture({3, 4, 1}, {A::Sigmoid, A::Sigmoid}, OutputDelta::SquaredError, 1, 0.9) << 0.9 << 10000 << 0u << true;
        QTest::newRow("momentum by layers") << goodFile("general-momentum.lesson.json") << QStringLiteral("momentum-layers")
                                            << architecture({3, 4, 1}, {A::Sigmoid, A::Sigmoid}, OutputDelta::SquaredError, 1, 0.9) << 0.9 << 10000 << 0u << false;
        QTest::newRow("rings") << goodFile("general-rings.lesson.json") << QStringLiteral("tanh-minibatch")
                               << architecture({3, 5, 3, 1}, {A::Tanh, A::Tanh, A::Sigmoid}, OutputDelta::CrossEntropy, 4, 0.5) << 0.3 << 3000 << 2u << false;
        QTest::newRow("softmax, defaults") << goodFile("general-softmax.lesson.json") << QStringLiteral("relu-softmax")
                                           << architecture({4, 6, 3}, {A::Relu, A::Softmax}, OutputDelta::CrossEntropy, 1, 0.0) << 0.1 << 2000 << 5u << true;
        QTest::newRow("backprop-ce by rule") << goodFile("general-softmax.lesson.json") << QStringLiteral("sigmoid-ce")
                                             << architecture({4, 6, 3}, {A::Sigmoid, A::Sigmoid}, OutputDelta::CrossEntropy, 1, 0.0) << 0.1 << 2000 << 5u << true;
        QTest::newRow("base: softmax") << goodFile("general.lesson.json") << QStringLiteral("softmax")
                                       << architecture({3, 4, 2}, {A::Tanh, A::Softmax}, OutputDelta::CrossEntropy, 2, 0.5) << 0.5 << 100 << 1u << false;
        QTest::newRow("base: rule") << goodFile("general.lesson.json") << QStringLiteral("rule")
                                    << architecture({3, 4, 2}, {A::Sigmoid, A::Sigmoid}, OutputDelta::SquaredError, 1, 0.0) << 0.9 << 1000 << 0u << true;
    }

    void generalExperiments()
    {
        QFETCH(QString, path);
        QFETCH(QString, experiment);
        QFETCH(Architecture, architecture);
        QFETCH(double, alpha);
        QFETCH(int, epochs);
        QFETCH(uint, seed);
        QFETCH(bool, codeGenerated);
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Experiment *e = result.lesson->experiment(experiment);
        QVERIFY(e);
        QVERIFY(e->network.has_value());
        QVERIFY2(e->network->architecture == architecture,
                 qPrintable(QStringLiteral("got %1, expected %2").arg(describe(e->network->architecture), describe(architecture))));
        QCOMPARE(e->alpha, alpha);
        QCOMPARE(e->epochs, epochs);
        QCOMPARE(e->seed, seed);
        QCOMPARE(e->network->codeGenerated, codeGenerated);
        // Without `code` the listing is DeltaTrace's to write; with it, every operation of the
        // run has exactly one line, and the other lines are context.
        if (codeGenerated) {
            QVERIFY(e->network->code.isEmpty());
            return;
        }
        const QList<NetworkCodeLine> &code = e->network->code;
        int tagged = 0;
        for (const NetworkCodeLine &line : code)
            tagged += line.computes ? 1 : 0;
        const StepLayout layout(architecture);
        const std::vector<LayerQuantity> &operations = layout.quantities();
        QCOMPARE(tagged, int(operations.size()));
        for (const LayerQuantity &q : operations) {
            const auto line = std::find_if(code.cbegin(), code.cend(), [&](const NetworkCodeLine &l) { return l.computes == q; });
            QVERIFY2(line != code.cend(), q.name().c_str());
            // The line assigns the quantity it is tagged with (dW1_sum = dW1_sum + dW1, ...).
            QVERIFY2(line->text.trimmed().startsWith(QString::fromStdString(q.name()) + QStringLiteral(" = ")), qPrintable(line->text));
        }
    }

    // A rule experiment in version 2 keeps its rule on record (the network is what runs).
    void generalRuleIsKept()
    {
        const LessonLoader::Result result = LessonLoader::loadFile(goodFile("general-softmax.lesson.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.lesson->experiment(QStringLiteral("sigmoid-ce"))->rule, Rule::BackpropCrossEntropy);
    }

    // A general experiment's tour: places, their operations (a batch's update at its last
    // sample), notes in both languages and views, as lesson 4's batch experiment has them.
    void generalTourLoads()
    {
        const LessonLoader::Result result = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/04-sgd-vs-batch.lesson.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Experiment *batch = result.lesson->experiment(u"batch"_qs);
        QVERIFY(batch && batch->network);
        const QList<NetworkTourStop> &tour = batch->network->tour;
        QCOMPARE(tour.size(), 5);
        QCOMPARE(tour[0].operation, LayerQuantity::fromName("dW1_sum"));
        QCOMPARE(tour[0].view, u"network"_qs);
        QCOMPARE(tour[2].sample, 3);
        QCOMPARE(tour[2].operation, LayerQuantity::fromName("dW1_avg"));
        QCOMPARE(tour[4].epoch, 39999);
        QVERIFY(!tour[4].operation);
        QCOMPARE(tour[4].view, u"charts"_qs);
        for (const NetworkTourStop &stop : tour)
            QVERIFY(!stop.note.ko.isEmpty() && !stop.note.en.isEmpty());
        // Every general lesson's experiments have a tour.
        for (const char *file : {"04-sgd-vs-batch", "05-momentum", "06-beyond-xor"}) {
            const LessonLoader::Result lesson = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/%1.lesson.json").arg(QLatin1String(file)));
            QVERIFY2(lesson.ok(), qPrintable(lesson.error));
            for (const Experiment &e : lesson.lesson->experiments)
                QVERIFY2(e.network && !e.network->tour.isEmpty(), qPrintable(e.id));
        }
    }

    // Version 2's work limit: epochs times samples, at most RunLimits::MaxNetworkSteps.
    void generalWorkLimit_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("5 x 10 000 000 = the limit") << 5 << 10000000 << true;
        QTest::newRow("6 x 8 333 333 = 49 999 998") << 6 << 8333333 << true;
        QTest::newRow("6 x 8 333 334 = 50 000 004") << 6 << 8333334 << false;
        QTest::newRow("256 x 195 312 = 49 999 872") << 256 << 195312 << true;
        QTest::newRow("256 x 195 313 = 50 000 128") << 256 << 195313 << false;
    }

    void generalWorkLimit()
    {
        QFETCH(int, samples);
        QFETCH(int, epochs);
        QFETCH(bool, accepted);
        QStringList x, d;
        for (int k = 0; k < samples; ++k) {
            x << QStringLiteral("[%1, 1]").arg(k % 2);
            d << QString::number(k % 2);
        }
        const QString json = QStringLiteral(
            "{\"format\": \"deltatrace-lesson\", \"version\": 2, \"id\": \"limit\",\n"
            " \"title\": {\"ko\": \"한계\", \"en\": \"Limit\"}, \"narrative\": {\"ko\": \"\", \"en\": \"\"},\n"
            " \"data\": {\"X\": [%1], \"D\": [%2]},\n"
            " \"experiments\": [{\"id\": \"e\", \"title\": {\"ko\": \"실험\", \"en\": \"Run\"}, \"narrative\": {\"ko\": \"\", \"en\": \"\"},\n"
            "   \"layers\": [2, 1], \"activations\": [\"sigmoid\"], \"alpha\": 0.5, \"epochs\": %3, \"seed\": 0}]}\n")
                                 .arg(x.join(QLatin1String(", ")), d.join(QLatin1String(", ")))
                                 .arg(epochs);
        const LessonLoader::Result result = LessonLoader::parse(json.toUtf8(), QStringLiteral("limit.lesson.json"));
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            const QString expected = QStringLiteral("limit.lesson.json:5:74: experiments[0].epochs is %1, which with the %2 samples of data.X makes %3 sample steps; a run may have at most 50000000")
                                         .arg(epochs)
                                         .arg(samples)
                                         .arg(qint64(epochs) * samples);
            QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
        }
    }

    // The general lesson cut at every byte: each piece is refused whole, naming it.
    void everyTruncationOfAGeneralLessonIsRefused()
    {
        const QByteArray bytes = readAll(goodFile("general.lesson.json"));
        const qsizetype lastBrace = bytes.lastIndexOf('}');
        for (qsizetype n = 0; n <= lastBrace; ++n) {
            const LessonLoader::Result result = LessonLoader::parse(bytes.left(n), QStringLiteral("cut.lesson.json"));
            QVERIFY2(!result.ok(), qPrintable(QString::number(n)));
            QVERIFY2(result.error.startsWith(QLatin1String("cut.lesson.json")), qPrintable(result.error));
        }
    }

    // --- bad files ----------------------------------------------------------------------------

    void badFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("place"); // "line:column", or "" when no place applies
        QTest::addColumn<QStringList>("phrases");

        // The file itself.
        QTest::newRow("missing file") << LessonData + QStringLiteral("/bad/no-such.lesson.json") << QString() << QStringList{phrase("no such file")};
        QTest::newRow("folder") << LessonData + QStringLiteral("/bad") << QString() << QStringList{phrase("is a folder")};
        QTest::newRow("oversized") << m_tmp.filePath(QStringLiteral("oversized.lesson.json")) << QString()
                                   << QStringList{phrase("4194305 bytes"), phrase("at most 4194304 bytes")};
        for (const BadFile &bad : badFileTable()) {
            QTest::newRow(bad.name) << LessonData + QStringLiteral("/bad/") + QLatin1String(bad.name) + QStringLiteral(".lesson.json")
                                    << QString::fromLatin1(bad.place) << bad.phrases;
        }
    }

    void badFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, place);
        QFETCH(QStringList, phrases);
        const LessonLoader::Result result = LessonLoader::loadFile(path);
        QVERIFY2(!result.ok(), "a bad file was accepted");
        QVERIFY(!result.lesson.has_value()); // never half-loaded
        const QString prefix = place.isEmpty() ? path + QStringLiteral(": ") : path + QLatin1Char(':') + place + QStringLiteral(": ");
        QVERIFY2(result.error.startsWith(prefix), qPrintable(QStringLiteral("expected \"%1...\", got: %2").arg(prefix, result.error)));
        for (const QString &phrase : phrases)
            QVERIFY2(result.error.contains(phrase), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(phrase, result.error)));
        QVERIFY2(!result.error.contains(QLatin1Char('\n')), "a message is one line");
    }

    // Every file in bad/ has its row in badFileTable(), so none goes unchecked.
    void everyBadFileHasARow()
    {
        QStringList named;
        for (const BadFile &bad : badFileTable())
            named << QLatin1String(bad.name) + QStringLiteral(".lesson.json");
        QVERIFY(named.size() >= 25);
        const QStringList files = QDir(LessonData + QStringLiteral("/bad")).entryList({QStringLiteral("*")}, QDir::Files);
        for (const QString &f : files) {
            if (f != QLatin1String("README.md"))
                QVERIFY2(named.contains(f), qPrintable(f + QStringLiteral(" has no row in badFileTable()")));
        }
        for (const QString &f : std::as_const(named))
            QVERIFY2(files.contains(f), qPrintable(f + QStringLiteral(" is missing")));
    }

    // Cut the good file at every byte: each piece is refused whole, with a message that names it.
    void everyTruncationIsRefused()
    {
        const QByteArray bytes = readAll(goodFile("minimal.lesson.json"));
        const qsizetype lastBrace = bytes.lastIndexOf('}');
        for (qsizetype n = 0; n <= lastBrace; ++n) {
            const LessonLoader::Result result = LessonLoader::parse(bytes.left(n), QStringLiteral("cut.lesson.json"));
            QVERIFY2(!result.ok(), qPrintable(QString::number(n)));
            QVERIFY2(result.error.startsWith(QLatin1String("cut.lesson.json")), qPrintable(result.error));
        }
    }

    void oversizedBytesAreRefusedByParseToo()
    {
        const QByteArray big(LessonLoader::MaxFileBytes + 1, ' ');
        const LessonLoader::Result result = LessonLoader::parse(big, QStringLiteral("big"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QLatin1String("big: the file is 4194305 bytes")), qPrintable(result.error));
    }

    // --- lessonFilesIn ------------------------------------------------------------------------

    void lessonFilesInSortsByName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"10-b.lesson.json", "02-a.lesson.json", "notes.json", "01-c.lesson.json", "README.md"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("99-folder.lesson.json")));
        const QStringList files = LessonLoader::lessonFilesIn(dir.path());
        QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("01-c.lesson.json")), dir.filePath(QStringLiteral("02-a.lesson.json")),
                                     dir.filePath(QStringLiteral("10-b.lesson.json"))}));
        QVERIFY(LessonLoader::lessonFilesIn(dir.filePath(QStringLiteral("nowhere"))).isEmpty());
    }

    // A symlink named like a lesson but pointing at a FIFO (or a device) is no lesson: listing
    // skips it and loading refuses it at once, where reading it would wait forever.
    void nonRegularFilesAreSkippedAndRefused()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = dir.filePath(QStringLiteral("00-first.lesson.json"));
        QVERIFY(QFile::link(fifo, link));
        const QString device = dir.filePath(QStringLiteral("01-zero.lesson.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        QVERIFY(QFile::copy(goodFile("minimal.lesson.json"), dir.filePath(QStringLiteral("02-real.lesson.json"))));
        QCOMPARE(LessonLoader::lessonFilesIn(dir.path()), QStringList{dir.filePath(QStringLiteral("02-real.lesson.json"))});
        for (const QString &path : {link, device}) {
            const LessonLoader::Result result = LessonLoader::loadFile(path);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.startsWith(path + QStringLiteral(": is not a regular file")), qPrintable(result.error));
        }
#else
        QSKIP("FIFOs and device nodes are a Unix matter");
#endif
    }

    // --- JsonLocator --------------------------------------------------------------------------

    void locatorFindsValues()
    {
        const QByteArray bytes = readAll(goodFile("minimal.lesson.json"));
        const JsonLocator locator(bytes);
        QVERIFY(locator.isValid());
        QCOMPARE(locator.valueOffset(QString()), 0);
        QVERIFY(locator.duplicateKeys().isEmpty());
        const auto textAt = [&](qsizetype offset, qsizetype n) { return QString::fromUtf8(bytes.mid(offset, n)); };
        QCOMPARE(textAt(locator.valueOffset(QStringLiteral("experiments[1].alpha")), 4), QStringLiteral("0.9,"));
        QCOMPARE(locator.position(locator.valueOffset(QStringLiteral("experiments[1].alpha"))).toString(), QStringLiteral("36:16"));
        QCOMPARE(textAt(locator.valueOffset(QStringLiteral("data.X[2]")), 9), QStringLiteral("[1, 0, 1]"));
        QCOMPARE(locator.position(locator.valueOffset(QStringLiteral("data.X[2][0]"))).toString(), QStringLiteral("11:34"));
        QCOMPARE(textAt(locator.valueOffset(QStringLiteral("title.ko")), 7), QStringLiteral("\"최소"));
        QCOMPARE(textAt(locator.keyOffset(QStringLiteral("title.ko")), 4), QStringLiteral("\"ko\""));
        // Columns count characters: the two Korean words before "en" are 5 columns, not 13 bytes.
        QCOMPARE(locator.position(locator.keyOffset(QStringLiteral("title.en"))).toString(), QStringLiteral("5:28"));
        QCOMPARE(locator.offset(QStringLiteral("title.en")), locator.keyOffset(QStringLiteral("title.en")));
        QCOMPARE(locator.offset(QStringLiteral("data.D[3]")), locator.valueOffset(QStringLiteral("data.D[3]")));
        QCOMPARE(locator.keyOffset(QStringLiteral("data.D[3]")), -1);
        QCOMPARE(locator.valueOffset(QStringLiteral("data.D[4]")), -1);
        QCOMPARE(locator.valueOffset(QStringLiteral("nothing.here")), -1);
    }

    void locatorPositions_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("position");
        QTest::newRow("start") << QByteArray("{}") << qsizetype(0) << QStringLiteral("1:1");
        QTest::newRow("LF") << QByteArray("{\n  \"a\": 1}") << qsizetype(4) << QStringLiteral("2:3");
        QTest::newRow("CRLF") << QByteArray("{\r\n  \"a\": 1}") << qsizetype(5) << QStringLiteral("2:3");
        QTest::newRow("lone CR") << QByteArray("{\r\"a\": 1}") << qsizetype(2) << QStringLiteral("2:1");
        QTest::newRow("BOM is not a column") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << qsizetype(4) << QStringLiteral("1:2");
        QTest::newRow("Korean") << QByteArray("[\"\xED\x95\x9C\xEA\xB8\x80\", 1]") << qsizetype(11) << QStringLiteral("1:8");
        QTest::newRow("past the end") << QByteArray("{\n}") << qsizetype(99) << QStringLiteral("2:2");
    }

    void locatorPositions()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QFETCH(QString, position);
        QCOMPARE(JsonLocator::position(bytes, offset).toString(), position);
    }

    void locatorPaths()
    {
        QCOMPARE(JsonLocator::childPath(QString(), QStringLiteral("title")), QStringLiteral("title"));
        QCOMPARE(JsonLocator::childPath(QStringLiteral("title"), QStringLiteral("ko")), QStringLiteral("title.ko"));
        QCOMPARE(JsonLocator::elementPath(QStringLiteral("data.X"), 2), QStringLiteral("data.X[2]"));
        // Keys that would make a path ambiguous are quoted.
        QCOMPARE(JsonLocator::childPath(QStringLiteral("a"), QStringLiteral("b.c")), QStringLiteral("a[\"b.c\"]"));
        QCOMPARE(JsonLocator::childPath(QString(), QStringLiteral("say \"hi\"")), QStringLiteral("[\"say \\\"hi\\\"\"]"));

        const QByteArray bytes("{\"b.c\": [true, {\"\\u00e9\": null}], \"b\": {\"c\": 2}}");
        const JsonLocator locator(bytes);
        QVERIFY(locator.isValid());
        QCOMPARE(locator.valueOffset(QStringLiteral("[\"b.c\"][0]")), 9);
        QCOMPARE(locator.valueOffset(QStringLiteral("[\"b.c\"][1][\"\u00e9\"]")), bytes.indexOf("null"));
        QCOMPARE(locator.valueOffset(QStringLiteral("b.c")), bytes.indexOf('2'));
    }

    void locatorRefusesWhatStrictJsonRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("trailing comma") << QByteArray("[1,]") << qsizetype(3);
        QTest::newRow("leading zero") << QByteArray("[01]") << qsizetype(1);
        QTest::newRow("bare word") << QByteArray("{\"a\": yes}") << qsizetype(6);
        QTest::newRow("garbage after") << QByteArray("{} {}") << qsizetype(3);
        QTest::newRow("cut") << QByteArray("{\"a\": [1") << qsizetype(8);
        QTest::newRow("bad hex") << QByteArray("[\"\\u12G4\"]") << qsizetype(6);
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\x80\"]") << qsizetype(2);
        QTest::newRow("number too large") << QByteArray("[1, -1e309]") << qsizetype(4);
        QTest::newRow("number too small") << QByteArray("[1e-400]") << qsizetype(1);
    }

    void locatorRefusesWhatStrictJsonRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        const JsonLocator locator(bytes);
        QVERIFY(!locator.isValid());
        QCOMPARE(locator.errorOffset(), offset);
        QVERIFY(!locator.errorString().isEmpty());
        QCOMPARE(locator.valueOffset(QString()), -1); // no positions from a broken document
    }

    // The scanner and QJsonDocument agree at the edges of double's range.
    void locatorAcceptsEveryDouble()
    {
        const QByteArray bytes("[4.9e-324, 0e-999, -0, 1.7976931348623157e308, \"\\ud83d\\ude00\"]");
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const JsonLocator locator(bytes);
        QVERIFY2(locator.isValid(), qPrintable(locator.errorString()));
        QCOMPARE(locator.valueOffset(QStringLiteral("[4]")), bytes.indexOf('"'));
    }

    void locatorReportsRepeatedKeys()
    {
        const JsonLocator locator(QByteArray("{\"a\": 1, \"o\": {\"x\": 1, \"x\": 2}, \"a\": 3}"));
        QVERIFY(locator.isValid());
        QCOMPARE(locator.duplicateKeys().size(), 2);
        QCOMPARE(locator.duplicateKeys()[0].objectPath, QStringLiteral("o"));
        QCOMPARE(locator.duplicateKeys()[0].key, QStringLiteral("x"));
        QCOMPARE(locator.duplicateKeys()[0].keyOffset, 23);
        QCOMPARE(locator.duplicateKeys()[1].objectPath, QString());
        // As in QJsonDocument, the last occurrence is the value.
        QCOMPARE(locator.valueOffset(QStringLiteral("a")), 37);
    }

    void deepNestingIsRefusedWithoutCrashing()
    {
        QByteArray deep(100000, '[');
        deep.append(QByteArray(100000, ']'));
        const LessonLoader::Result result = LessonLoader::parse(deep, QStringLiteral("deep"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QLatin1String("deep:1:")), qPrintable(result.error));
        QVERIFY(!JsonLocator(deep).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLessonLoader)
#include "tst_lessonloader.moc"
