// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonloader.h"

#include "answercheck.h"
#include "inputlimits.h"
#include "jsonlocator.h"
#include "lessonvalidator.h"
#include "networklessonreader.h"
#include "regularfile.h"
#include "runlimits.h"
#include "tour.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <new>
#include <tuple>

// The format is specified in lessons/README.md; every rule there is checked here, in the
// same words where possible, so an author can go from a message straight to the spec. Version 2's
// parts are read by NetworkLessonReader, the checks both versions share are LessonValidator's.

namespace deltatrace {

namespace {

constexpr char FormatName[] = "deltatrace-lesson";
// Version 1: lessons 1-3's shapes (X 4 x 3, rules and their networks). Version 2: general
// networks (any X and D within Architecture's limits, layers and activations).
constexpr qint64 FirstFormatVersion = 1;
constexpr qint64 GeneralFormatVersion = 2;
constexpr qint64 NewestFormatVersion = GeneralFormatVersion;
constexpr qsizetype MaxExperiments = 8;
constexpr qsizetype MaxExercises = 100;

QString listOf(std::span<const Quantity> quantities)
{
    QStringList names;
    for (const Quantity q : quantities)
        names << LessonValidator::latin1(quantityName(q));
    return names.join(QLatin1String(", "));
}

QString knownRules()
{
    QStringList names;
    for (const Rule r : {Rule::Forward, Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
        names << LessonValidator::latin1(ruleName(r));
    return names.join(QLatin1String(", "));
}

QString knownQuantities()
{
    QStringList names;
    for (int i = 0; i < QuantityCount; ++i)
        names << LessonValidator::latin1(quantityName(static_cast<Quantity>(i)));
    return names.join(QLatin1String(", "));
}

QString syntaxErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError: break;
    case QJsonParseError::UnterminatedObject: return LessonLoader::tr("expected ',' or '}' after an object member (or the file is cut short)");
    case QJsonParseError::MissingNameSeparator: return LessonLoader::tr("expected ':' after the key");
    case QJsonParseError::UnterminatedArray: return LessonLoader::tr("expected ',' or ']' after an array element (or the file is cut short)");
    case QJsonParseError::MissingValueSeparator: return LessonLoader::tr("expected ',' between values");
    case QJsonParseError::IllegalValue: return LessonLoader::tr("not a JSON value (strings need double quotes, true/false/null are lower-case, no comments, no trailing commas)");
    case QJsonParseError::TerminationByNumber: return LessonLoader::tr("the file ends in the middle of a value (it is cut short)");
    case QJsonParseError::IllegalNumber: return LessonLoader::tr("not a valid JSON number (NaN and infinity are not allowed; strings need double quotes)");
    case QJsonParseError::IllegalEscapeSequence: return LessonLoader::tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String: return LessonLoader::tr("invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString: return LessonLoader::tr("a string is not closed (a '\"' is missing, or the file is cut short)");
    case QJsonParseError::MissingObject: return LessonLoader::tr("expected an object after the comma (no trailing commas in JSON)");
    case QJsonParseError::DeepNesting: return LessonLoader::tr("the document is nested too deeply");
    case QJsonParseError::DocumentTooLarge: return LessonLoader::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd: return LessonLoader::tr("unexpected text after the end of the JSON document");
    }
    return LessonLoader::tr("syntax error");
}

// What the top-level value is, from its first character (the document is valid JSON).
QString describeRoot(char first)
{
    switch (first) {
    case '[': return LessonLoader::tr("an array");
    case '"': return LessonLoader::tr("a string");
    case 't':
    case 'f': return LessonLoader::tr("true or false");
    case 'n': return QStringLiteral("null");
    default: return LessonLoader::tr("a number");
    }
}

// The checks of lesson format 1 (lessons 1-3's shapes and rules), on top of the shared ones.
class Validator : public LessonValidator
{
public:
    using LessonValidator::LessonValidator;

    // The X matrix and the D vector.
    bool data(const QJsonValue &value, Lesson *lesson)
    {
        const QString path = QStringLiteral("data");
        const auto object = this->object(value, path, {{"X"}, {"D"}});
        if (!object)
            return false;
        bool ok = object->size() == 2;

        const QString xPath = JsonLocator::childPath(path, QStringLiteral("X"));
        if (const auto rows = array(object->value(QLatin1String("X")), xPath)) {
            if (rows->size() != SampleCount) {
                problem(xPath, LessonLoader::tr("%1 must have exactly %2 rows (one per sample), not %3").arg(xPath).arg(SampleCount).arg(rows->size()));
                ok = false;
            } else {
                for (int r = 0; r < SampleCount; ++r) {
                    const QString rowPath = JsonLocator::elementPath(xPath, r);
                    const auto row = array(rows->at(r), rowPath);
                    if (!row) {
                        ok = false;
                        continue;
                    }
                    if (row->size() != InputCount) {
                        problem(rowPath, LessonLoader::tr("%1 must have exactly %2 numbers (x1, x2 and the bias input), not %3").arg(rowPath).arg(InputCount).arg(row->size()));
                        ok = false;
                        continue;
                    }
                    for (int c = 0; c < InputCount; ++c) {
                        if (const auto v = number(row->at(c), JsonLocator::elementPath(rowPath, c)))
                            lesson->X(r, c) = *v;
                        else
                            ok = false;
                    }
                }
            }
        } else {
            ok = false;
        }

        const QString dPath = JsonLocator::childPath(path, QStringLiteral("D"));
        if (const auto targets = array(object->value(QLatin1String("D")), dPath)) {
            if (targets->size() != SampleCount) {
                problem(dPath, LessonLoader::tr("%1 must have exactly %2 numbers (one target per sample), not %3").arg(dPath).arg(SampleCount).arg(targets->size()));
                ok = false;
            } else {
                for (int k = 0; k < SampleCount; ++k) {
                    if (const auto v = number(targets->at(k), JsonLocator::elementPath(dPath, k)))
                        lesson->D(k) = *v;
                    else
                        ok = false;
                }
            }
        } else {
            ok = false;
        }
        return ok;
    }

    std::optional<Experiment> experiment(const QJsonValue &value, const QString &path)
    {
        const auto object = this->object(value, path, {{"id"}, {"title"}, {"narrative"}, {"rule"}, {"network"}, {"alpha"}, {"epochs"}, {"seed"}, {"code"}, {"exercises", false}, {"tour", false}});
        if (!object)
            return std::nullopt;
        const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
        const auto pathOf = [&](const char *key) { return JsonLocator::childPath(path, QLatin1String(key)); };

        Experiment e;
        bool ok = true;
        const auto keep = [&ok](const auto &parsed, auto *target) {
            if (parsed)
                *target = static_cast<std::remove_pointer_t<decltype(target)>>(*parsed);
            else
                ok = false;
        };
        keep(id(at("id"), pathOf("id")), &e.id);
        keep(title(at("title"), pathOf("title")), &e.title);
        keep(narrative(at("narrative"), pathOf("narrative")), &e.narrative);

        std::optional<Rule> rule;
        if (const auto name = string(at("rule"), pathOf("rule"))) {
            rule = ruleFromName(name->toStdString());
            if (!rule)
                problem(pathOf("rule"), LessonLoader::tr("unknown rule %1 in %2 (known rules: %3)").arg(InputLimits::quoted(*name), pathOf("rule"), knownRules()));
        }
        keep(rule, &e.rule);

        if (!network(at("network"), pathOf("network"), rule))
            ok = false;

        keep(alpha(at("alpha"), pathOf("alpha")), &e.alpha);

        const auto epochs = integer(at("epochs"), pathOf("epochs"), 1, RunLimits::MaxEpochs);
        if (epochs && rule == Rule::Forward && *epochs != 1) {
            problem(pathOf("epochs"), LessonLoader::tr("%1 must be 1 for rule \"forward\" (it only runs the forward pass), not %2").arg(pathOf("epochs")).arg(*epochs));
            ok = false;
        } else {
            keep(epochs, &e.epochs);
        }
        keep(integer(at("seed"), pathOf("seed"), 0, qint64(RunLimits::MaxSeed)), &e.seed);

        if (!code(at("code"), pathOf("code"), rule, &e.code))
            ok = false;
        if (object->contains(QLatin1String("exercises")) && !exercises(at("exercises"), pathOf("exercises"), rule, epochs, &e.exercises))
            ok = false;
        if (object->contains(QLatin1String("tour")) && !tour(at("tour"), pathOf("tour"), rule, epochs, &e))
            ok = false;
        return ok ? std::optional(e) : std::nullopt;
    }

    // The stops of an instructor's tour; Tour reads them and says what is wrong where.
    bool tour(const QJsonValue &value, const QString &path, std::optional<Rule> rule, std::optional<qint64> epochs, Experiment *e)
    {
        QList<TourProblem> problems;
        auto tour = std::make_shared<Tour>();
        tour->stops = Tour::parseStops(value, path, rule, epochs, &problems);
        for (const TourProblem &p : std::as_const(problems))
            problem(p.path, p.message, p.atKey ? Place::Key : Place::Value);
        tour->experimentId = e->id;
        e->tour = std::move(tour);
        return problems.isEmpty();
    }

    // [{"epoch", "sample", "operation", "element"?, "digits"?, "prompt"?}, ...], each at a place
    // the run reaches, asking for a number the operation computes, in the order of the run.
    bool exercises(const QJsonValue &value, const QString &path, std::optional<Rule> rule, std::optional<qint64> epochs, QList<Exercise> *out)
    {
        const auto list = array(value, path);
        if (!list)
            return false;
        if (list->size() > MaxExercises) {
            problem(path, LessonLoader::tr("%1 may have at most %2 exercises, not %3").arg(path).arg(MaxExercises).arg(list->size()));
            return false;
        }
        bool ok = true;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = JsonLocator::elementPath(path, i);
            const auto object = this->object(list->at(i), itemPath, {{"epoch"}, {"sample"}, {"operation"}, {"element", false}, {"digits", false}, {"prompt", false}});
            if (!object) {
                ok = false;
                continue;
            }
            const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
            const auto pathOf = [&](const char *key) { return JsonLocator::childPath(itemPath, QLatin1String(key)); };
            Exercise exercise;
            bool itemOk = true;
            // The place: an epoch the run reaches and one of the samples.
            const qint64 lastEpoch = epochs ? *epochs - 1 : qint64(RunLimits::MaxEpochs) - 1;
            if (const auto epoch = integer(at("epoch"), pathOf("epoch"), 0, lastEpoch))
                exercise.epoch = int(*epoch);
            else
                itemOk = false;
            if (const auto sample = integer(at("sample"), pathOf("sample"), 0, SampleCount - 1))
                exercise.sample = int(*sample);
            else
                itemOk = false;
            // The operation: one the rule computes.
            if (const auto name = string(at("operation"), pathOf("operation"))) {
                const auto q = quantityFromName(name->toStdString());
                const auto ops = rule ? operationsOf(*rule) : std::span<const Quantity>{};
                if (!q) {
                    problem(pathOf("operation"), LessonLoader::tr("unknown quantity %1 in %2 (known quantities: %3)").arg(InputLimits::quoted(*name), pathOf("operation"), knownQuantities()));
                    itemOk = false;
                } else if (rule && std::find(ops.begin(), ops.end(), *q) == ops.end()) {
                    problem(pathOf("operation"), LessonLoader::tr("%1 is %2, which rule \"%3\" does not compute (its quantities: %4)")
                                                     .arg(pathOf("operation"), InputLimits::quoted(*name), latin1(ruleName(*rule)), listOf(ops)));
                    itemOk = false;
                } else {
                    exercise.operation = *q;
                }
            } else {
                itemOk = false;
            }
            // The window opens a run with its first operation done: that value cannot be hidden.
            if (itemOk && rule && exercise.epoch == 0 && exercise.sample == 0 && exercise.operation == operationsOf(*rule).front()) {
                problem(pathOf("operation"), LessonLoader::tr("%1 asks for the run's very first value, which is on screen as soon as the run opens; ask for a later one")
                                                 .arg(itemPath));
                itemOk = false;
            }
            if (itemOk && object->contains(QLatin1String("element"))) {
                const Shape shape = quantityShape(exercise.operation);
                if (const auto element = integer(at("element"), pathOf("element"), 0, shape.size() - 1))
                    exercise.element = int(*element);
                else
                    itemOk = false;
            }
            if (object->contains(QLatin1String("digits"))) {
                if (const auto digits = integer(at("digits"), pathOf("digits"), AnswerCheck::MinDigits, AnswerCheck::MaxDigits))
                    exercise.digits = int(*digits);
                else
                    itemOk = false;
            }
            if (object->contains(QLatin1String("prompt"))) {
                if (const auto prompt = narrative(at("prompt"), pathOf("prompt")))
                    exercise.prompt = *prompt;
                else
                    itemOk = false;
            }
            // In the order of the run: the learner steps forward through them.
            if (itemOk && rule && !out->isEmpty()) {
                const Exercise &before = out->last();
                const auto placeOf = [&](const Exercise &x) {
                    const auto opsOfRule = operationsOf(*rule);
                    const auto op = std::find(opsOfRule.begin(), opsOfRule.end(), x.operation) - opsOfRule.begin();
                    return std::tuple(x.epoch, x.sample, op);
                };
                if (placeOf(exercise) < placeOf(before)) {
                    problem(itemPath, LessonLoader::tr("%1 comes before %2 in the run; list the exercises in the order the run reaches them")
                                          .arg(itemPath, JsonLocator::elementPath(path, i - 1)));
                    itemOk = false;
                }
            }
            if (itemOk)
                out->append(exercise);
            else
                ok = false;
        }
        return ok;
    }

    bool network(const QJsonValue &value, const QString &path, std::optional<Rule> rule)
    {
        const auto layers = array(value, path);
        if (!layers)
            return false;
        QList<qint64> sizes;
        QStringList shown;
        for (qsizetype i = 0; i < layers->size(); ++i) {
            const auto size = integer(layers->at(i), JsonLocator::elementPath(path, i), 1, 1000000);
            if (!size)
                return false;
            sizes << *size;
            shown << QString::number(*size);
        }
        if (!rule)
            return false; // an unknown rule is reported already; nothing to agree with
        const QList<qint64> expected = isTwoLayer(*rule) ? QList<qint64>{InputCount, HiddenCount, 1} : QList<qint64>{InputCount, 1};
        if (sizes == expected)
            return true;
        QStringList expectedShown;
        for (const qint64 n : expected)
            expectedShown << QString::number(n);
        const QString why = isTwoLayer(*rule) ? LessonLoader::tr("3 inputs for the 3 columns of data.X, 4 hidden units, 1 output")
                                              : LessonLoader::tr("3 inputs for the 3 columns of data.X, 1 output");
        problem(path, LessonLoader::tr("%1 must be [%2] for rule \"%3\" (%4), not [%5]")
                          .arg(path, expectedShown.join(QLatin1String(", ")), latin1(ruleName(*rule)), why, shown.join(QLatin1String(", "))));
        return false;
    }

    bool code(const QJsonValue &value, const QString &path, std::optional<Rule> rule, QList<CodeLine> *out)
    {
        const auto lines = array(value, path);
        if (!lines)
            return false;
        if (lines->isEmpty() || lines->size() > MaxCodeLines) {
            problem(path, LessonLoader::tr("%1 must have 1 to %2 lines, not %3").arg(path).arg(MaxCodeLines).arg(lines->size()));
            return false;
        }
        bool ok = true;
        // A misspelt or misplaced "computes" also leaves an operation uncomputed; only the
        // precise complaint about the line is worth showing then.
        bool computesOk = true;
        // Which line computes each quantity, to find the missing and the repeated ones.
        std::array<qsizetype, QuantityCount> computedBy;
        computedBy.fill(-1);
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const QString linePath = JsonLocator::elementPath(path, i);
            const auto object = this->object(lines->at(i), linePath, {{"text"}, {"computes", false}});
            if (!object) {
                ok = false;
                continue;
            }
            CodeLine line;
            if (const auto text = codeText(object->value(QLatin1String("text")), JsonLocator::childPath(linePath, QStringLiteral("text"))))
                line.text = *text;
            else
                ok = false;
            const QString computesPath = JsonLocator::childPath(linePath, QStringLiteral("computes"));
            if (const auto name = string(object->value(QLatin1String("computes")), computesPath)) {
                const auto q = quantityFromName(name->toStdString());
                if (!q) {
                    problem(computesPath, LessonLoader::tr("unknown quantity %1 in %2 (known quantities: %3)").arg(InputLimits::quoted(*name), computesPath, knownQuantities()));
                    ok = computesOk = false;
                } else if (rule) {
                    const auto ops = operationsOf(*rule);
                    const auto index = static_cast<size_t>(*q);
                    if (std::find(ops.begin(), ops.end(), *q) == ops.end()) {
                        problem(computesPath, LessonLoader::tr("%1 is %2, which rule \"%3\" does not compute (its quantities: %4)")
                                                  .arg(computesPath, InputLimits::quoted(*name), latin1(ruleName(*rule)), listOf(ops)));
                        ok = computesOk = false;
                    } else if (computedBy[index] >= 0) {
                        problem(computesPath, LessonLoader::tr("%1 is %2, but %3 computes it already (each operation is computed by exactly one line)")
                                                  .arg(computesPath, InputLimits::quoted(*name), JsonLocator::elementPath(path, computedBy[index])));
                        ok = computesOk = false;
                    } else {
                        computedBy[index] = i;
                    }
                }
                line.computes = q;
            } else if (object->contains(QLatin1String("computes"))) {
                ok = computesOk = false;
            }
            out->append(line);
        }
        if (rule) {
            QStringList missing;
            for (const Quantity q : operationsOf(*rule))
                if (computedBy[static_cast<size_t>(q)] < 0)
                    missing << latin1(quantityName(q));
            if (!missing.isEmpty() && computesOk) {
                problem(path, LessonLoader::tr("no line of %1 computes %2 (rule \"%3\" needs exactly one line computing each of: %4)")
                                  .arg(path, missing.join(QLatin1String(", ")), latin1(ruleName(*rule)), listOf(operationsOf(*rule))));
                ok = false;
            }
        }
        return ok;
    }
};

LessonLoader::Result refused(const QString &sourceName, const QByteArray &bytes, qsizetype offset, const QString &message)
{
    LessonLoader::Result result;
    if (offset >= 0)
        result.error = QStringLiteral("%1:%2: %3").arg(sourceName, JsonLocator::position(bytes, offset).toString(), message);
    else
        result.error = QStringLiteral("%1: %2").arg(sourceName, message);
    return result;
}

QString tooLarge(qint64 size)
{
    return LessonLoader::tr("the file is %1 bytes; a lesson file may have at most %2 bytes (4 MiB)").arg(size).arg(LessonLoader::MaxFileBytes);
}

} // namespace

LessonLoader::Result LessonLoader::loadFile(const QString &path)
{
    QFile file;
    if (const QString problem = RegularFile::openForReading(file, path, LessonLoader::tr("a lesson file")); !problem.isEmpty())
        return refused(path, {}, -1, problem);
    // Refused before reading: a lesson is a few kilobytes, a huge file is a mistake.
    if (file.size() > MaxFileBytes)
        return refused(path, {}, -1, tooLarge(file.size()));
    // One byte more than allowed, in case the file grew since it was measured.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refused(path, {}, -1, LessonLoader::tr("cannot be read: %1").arg(file.errorString()));
    Result result = parse(bytes, path);
    if (result.lesson)
        result.lesson->filePath = path;
    return result;
}

LessonLoader::Result LessonLoader::parse(const QByteArray &bytes, const QString &sourceName)
{
    // The last line of defence: sizes are bounded, but a machine short of memory still gets a
    // refusal naming the file rather than a crash.
    try {
        return parseChecked(bytes, sourceName);
    } catch (const std::bad_alloc &) {
        return refused(sourceName, {}, -1, LessonLoader::tr("there is not enough memory to read this lesson"));
    }
}

LessonLoader::Result LessonLoader::parseChecked(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > MaxFileBytes)
        return refused(sourceName, {}, -1, tooLarge(bytes.size()));
    if (const qsizetype bad = JsonLocator::invalidUtf8Offset(bytes); bad >= 0) {
        const QString hex = QString::number(static_cast<unsigned char>(bytes[bad]), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        return refused(sourceName, bytes, bad, LessonLoader::tr("invalid UTF-8 (byte 0x%1); lesson files must be saved as UTF-8").arg(hex));
    }
    if (bytes.trimmed().isEmpty())
        return refused(sourceName, {}, -1, LessonLoader::tr("the file is empty (a lesson file is a JSON object)"));

    const JsonLocator locator(bytes);
    // The strict scanner describes a syntax error better than QJsonParseError does: its offset
    // is the offending character (QJsonDocument's is usually one past it) and its wording is
    // specific (QJsonDocument calls an unquoted key an "unterminated object"). It also refuses
    // what QJsonDocument lets through. QJsonParseError remains the word for what only
    // QJsonDocument refuses (its own size limits).
    if (!locator.isValid())
        return refused(sourceName, bytes, locator.errorOffset(), LessonLoader::tr("invalid JSON: %1").arg(locator.errorString()));
    // QJsonDocument refuses a scalar at the top level as an "illegal value"; say what it is.
    const qsizetype rootOffset = locator.valueOffset(QString());
    if (bytes.at(rootOffset) != '{') {
        return refused(sourceName, bytes, rootOffset,
                       LessonLoader::tr("the top level must be a JSON object ({ ... }), not %1").arg(describeRoot(bytes.at(rootOffset))));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(sourceName, bytes, parseError.offset, LessonLoader::tr("invalid JSON: %1").arg(syntaxErrorText(parseError.error)));
    if (!locator.duplicateKeys().isEmpty()) {
        const JsonLocator::DuplicateKey &d = locator.duplicateKeys().first();
        return refused(sourceName, bytes, d.keyOffset,
                       LessonLoader::tr("duplicate key %1 in %2 (each key may appear only once)").arg(InputLimits::quoted(d.key), LessonValidator::objectName(d.objectPath)));
    }
    const QJsonObject root = document.object();

    // The format and the version come first and alone: in a file of another kind or a newer
    // version, every other complaint would be noise.
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(FormatName)) {
        if (format.isUndefined()) {
            return refused(sourceName, bytes, rootOffset,
                           LessonLoader::tr("missing key \"format\" (a DeltaTrace lesson file has \"format\": \"%1\"; this is not one)").arg(QLatin1String(FormatName)));
        }
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("format")),
                       LessonLoader::tr("\"format\" must be \"%1\", not %2 (this is not a DeltaTrace lesson file)").arg(QLatin1String(FormatName), LessonValidator::describe(format)));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return refused(sourceName, bytes, rootOffset, LessonLoader::tr("missing key \"version\" (this DeltaTrace reads versions 1 and 2)"));
    const double v = version.toDouble();
    if (version.isDouble() && std::isfinite(v) && v == std::trunc(v) && v > double(NewestFormatVersion)) {
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                       LessonLoader::tr("this lesson was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace")
                           .arg(LessonValidator::formatNumber(v))
                           .arg(NewestFormatVersion));
    }
    if (!version.isDouble() || (v != double(FirstFormatVersion) && v != double(GeneralFormatVersion))) {
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                       LessonLoader::tr("\"version\" must be the integer %1 or %2, not %3").arg(FirstFormatVersion).arg(GeneralFormatVersion).arg(LessonValidator::shown(version)));
    }
    const bool general = v == double(GeneralFormatVersion);

    Validator check(locator);
    NetworkLessonReader networkReader(check);
    Lesson lesson;
    lesson.version = general ? int(GeneralFormatVersion) : int(FirstFormatVersion);
    check.object(root, QString(), {{"format"}, {"version"}, {"id"}, {"title"}, {"narrative"}, {"data"}, {"experiments"}});
    if (const auto id = check.id(root.value(QLatin1String("id")), QStringLiteral("id")))
        lesson.id = *id;
    if (const auto title = check.title(root.value(QLatin1String("title")), QStringLiteral("title")))
        lesson.title = *title;
    if (const auto narrative = check.narrative(root.value(QLatin1String("narrative")), QStringLiteral("narrative")))
        lesson.narrative = *narrative;
    // Version 2's experiments are checked against the data's shape, when the data is sound.
    bool dataOk = false;
    if (general)
        dataOk = networkReader.data(root.value(QLatin1String("data")), &lesson.data);
    else
        check.data(root.value(QLatin1String("data")), &lesson);

    const QString experimentsPath = QStringLiteral("experiments");
    if (const auto experiments = check.array(root.value(QLatin1String("experiments")), experimentsPath)) {
        if (experiments->isEmpty() || experiments->size() > MaxExperiments) {
            check.problem(experimentsPath, LessonLoader::tr("experiments must have 1 to %1 experiments, not %2").arg(MaxExperiments).arg(experiments->size()));
        } else {
            for (qsizetype i = 0; i < experiments->size(); ++i) {
                const QString path = JsonLocator::elementPath(experimentsPath, i);
                const auto e = general ? networkReader.experiment(experiments->at(i), path, dataOk ? &lesson.data : nullptr)
                                       : check.experiment(experiments->at(i), path);
                if (!e)
                    continue;
                if (const Experiment *earlier = lesson.experiment(e->id)) {
                    const qsizetype earlierIndex = earlier - lesson.experiments.constData();
                    check.problem(JsonLocator::childPath(path, QStringLiteral("id")),
                                  LessonLoader::tr("duplicate experiment id %1: %2 has it too (experiment ids must be unique)")
                                      .arg(InputLimits::quoted(e->id), JsonLocator::elementPath(experimentsPath, earlierIndex)));
                }
                lesson.experiments.append(*e);
            }
        }
    }

    if (check.hasProblems()) {
        const auto [offset, message] = check.firstProblem();
        return refused(sourceName, bytes, offset, message);
    }
    // A tour names its lesson, which is only known now.
    for (Experiment &e : lesson.experiments) {
        if (e.tour) {
            auto tour = std::make_shared<Tour>(*e.tour);
            tour->lessonId = lesson.id;
            e.tour = std::move(tour);
        }
    }
    lesson.source = bytes;
    Result result;
    result.lesson = std::move(lesson);
    return result;
}

bool LessonLoader::isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
    });
}

QStringList LessonLoader::lessonFilesIn(const QString &directory)
{
    const QDir dir(directory);
    QStringList names = dir.entryList({QStringLiteral("*.lesson.json")}, QDir::Files);
    // Plain code-point order, not the locale's: "01-..." < "02-..." everywhere.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseSensitive) < 0; });
    QStringList paths;
    paths.reserve(names.size());
    for (const QString &name : names) {
        // QDir::Files lets through a symlink to a FIFO or a device: only real files are lessons.
        const QString path = dir.filePath(name);
        if (QFileInfo(path).isFile())
            paths << path;
    }
    return paths;
}

} // namespace deltatrace
