// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonloader.h"

#include "answercheck.h"
#include "inputlimits.h"
#include "jsonlocator.h"
#include "regularfile.h"
#include "runlimits.h"
#include "steplayout.h"
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
// same words where possible, so an author can go from a message straight to the spec.

namespace deltatrace {

namespace {

constexpr char FormatName[] = "deltatrace-lesson";
// Version 1: lessons 1-3's shapes (X 4 x 3, rules and their networks). Version 2: general
// networks (any X and D within Architecture's limits, layers and activations).
constexpr qint64 FirstFormatVersion = 1;
constexpr qint64 GeneralFormatVersion = 2;
constexpr qint64 NewestFormatVersion = GeneralFormatVersion;
constexpr qsizetype MaxExperiments = 8;
constexpr qsizetype MaxCodeLines = 200;
constexpr qsizetype MaxExercises = 100;
// The lesson format is stricter than RunLimits::MaxAlpha: a lesson is written by a teacher,
// and a rate above a million there is a typo, not an experiment.
constexpr double MaxAlpha = RunLimits::LessonMaxAlpha;

// A message is placed at the key naming a value (unknown and repeated keys) or at the value
// itself (everything that is wrong with the value).
enum class Place { Value, Key };

struct KeySpec
{
    const char *name;
    bool required = true;
};

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), qsizetype(s.size())); }

QString formatNumber(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// "a string", "a number", ... for "must be X, not Y" messages.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return LessonLoader::tr("the number %1").arg(formatNumber(v.toDouble()));
    case QJsonValue::String: return LessonLoader::tr("the string %1").arg(InputLimits::quoted(v.toString()));
    case QJsonValue::Array: return LessonLoader::tr("an array");
    case QJsonValue::Object: return LessonLoader::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return LessonLoader::tr("nothing");
}

QString objectName(const QString &path) { return path.isEmpty() ? LessonLoader::tr("the top-level object") : path; }

// A value as the "not ..." part of a message: numbers bare, anything else described.
QString shown(const QJsonValue &v) { return v.isDouble() ? formatNumber(v.toDouble()) : describe(v); }

QString listOf(std::span<const Quantity> quantities)
{
    QStringList names;
    for (const Quantity q : quantities)
        names << latin1(quantityName(q));
    return names.join(QLatin1String(", "));
}

QString knownRules()
{
    QStringList names;
    for (const Rule r : {Rule::Forward, Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
        names << latin1(ruleName(r));
    return names.join(QLatin1String(", "));
}

QString knownQuantities()
{
    QStringList names;
    for (int i = 0; i < QuantityCount; ++i)
        names << latin1(quantityName(static_cast<Quantity>(i)));
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

bool isSingleLine(const QString &s)
{
    return !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r'));
}

// Walks the parsed document, collecting every problem with its byte offset; the loader reports
// the first one in the file, so an author fixing problems top to bottom sees them in order.
class Validator
{
public:
    explicit Validator(const JsonLocator &locator) : m_locator(locator) {}

    bool hasProblems() const { return !m_problems.isEmpty(); }

    // The problem earliest in the file (for equal offsets, the first found; one without a
    // known place, which should not happen, last).
    std::pair<qsizetype, QString> firstProblem() const
    {
        const auto rank = [](qsizetype offset) { return offset < 0 ? std::numeric_limits<qsizetype>::max() : offset; };
        const auto earliest = std::min_element(m_problems.cbegin(), m_problems.cend(), [&](const Problem &a, const Problem &b) {
            return rank(a.offset) < rank(b.offset);
        });
        return {earliest->offset, earliest->message};
    }

    void problem(const QString &path, const QString &message, Place place = Place::Value)
    {
        const qsizetype offset = place == Place::Key ? m_locator.offset(path) : m_locator.valueOffset(path);
        m_problems.append(Problem{offset, message});
    }

    // Reports unknown and missing keys; returns the object when `value` is one (even with keys
    // missing, so the keys that are there still get checked). `allKeysKnown`, when given, says
    // whether no key was unknown (then a caller's own "missing key" complaints are worth making).
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path, std::initializer_list<KeySpec> keys,
                                      bool *allKeysKnown = nullptr)
    {
        if (value.isUndefined())
            return std::nullopt; // reported as a missing key by the parent
        if (!value.isObject()) {
            problem(path, LessonLoader::tr("%1 must be an object ({ ... }), not %2").arg(objectName(path), describe(value)));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        QStringList allowed;
        for (const KeySpec &k : keys)
            allowed << QLatin1String(k.name);
        bool hasUnknownKey = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                hasUnknownKey = true;
                problem(JsonLocator::childPath(path, it.key()),
                        LessonLoader::tr("unknown key %1 in %2 (allowed keys: %3)")
                            .arg(InputLimits::quoted(it.key()), objectName(path), allowed.join(QLatin1String(", "))),
                        Place::Key);
            }
        }
        if (allKeysKnown)
            *allKeysKnown = !hasUnknownKey;
        // A misspelt key ("sed") is both unknown and missing ("seed"); the complaint at the
        // misspelling is the one that helps, so missing keys wait until no key is unknown.
        if (hasUnknownKey)
            return object;
        for (const KeySpec &k : keys) {
            if (k.required && !object.contains(QLatin1String(k.name)))
                problem(path, LessonLoader::tr("missing key \"%1\" in %2").arg(QLatin1String(k.name), objectName(path)));
        }
        return object;
    }

    std::optional<QJsonArray> array(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            problem(path, LessonLoader::tr("%1 must be an array ([ ... ]), not %2").arg(path, describe(value)));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QString> string(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            problem(path, LessonLoader::tr("%1 must be a string, not %2").arg(path, describe(value)));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QString> singleLineString(const QJsonValue &value, const QString &path)
    {
        const auto s = string(value, path);
        if (s && !isSingleLine(*s)) {
            problem(path, LessonLoader::tr("%1 must be a single line (no \\n)").arg(path));
            return std::nullopt;
        }
        // Escaped control characters (\u001b starts a terminal escape; \u009b too) have no place
        // in a title or a line of code: a terminal that prints one obeys it.
        if (s && std::any_of(s->cbegin(), s->cend(), [](QChar c) { return c.category() == QChar::Other_Control && c != QLatin1Char('\t'); })) {
            problem(path, LessonLoader::tr("%1 must not contain control characters such as \\u001b").arg(path));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return std::nullopt;
        // QJsonDocument refuses NaN and infinities, and overflowing literals (1e400), so every
        // number it gives is finite; the check stays for documents built some other way.
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            problem(path, LessonLoader::tr("%1 must be a number, not %2").arg(path, describe(value)));
            return std::nullopt;
        }
        return value.toDouble();
    }

    // JSON has only one kind of number: 3 and 3.0 are the same integer, 3.5 is not one.
    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
    {
        if (value.isUndefined())
            return std::nullopt;
        const double v = value.toDouble();
        if (!value.isDouble() || !std::isfinite(v) || v != std::trunc(v) || v < double(min) || v > double(max)) {
            problem(path, LessonLoader::tr("%1 must be an integer from %2 to %3, not %4").arg(path).arg(min).arg(max).arg(shown(value)));
            return std::nullopt;
        }
        return static_cast<qint64>(v);
    }

    std::optional<QString> id(const QJsonValue &value, const QString &path)
    {
        const auto s = string(value, path);
        if (!s)
            return std::nullopt;
        if (!LessonLoader::isValidId(*s) || s->size() > InputLimits::MaxIdChars) {
            problem(path, LessonLoader::tr("%1 must be 1 to %2 characters from a-z, 0-9 and '-', not %3")
                              .arg(path).arg(InputLimits::MaxIdChars).arg(InputLimits::quoted(*s)));
            return std::nullopt;
        }
        return s;
    }

    // {"ko": "...", "en": "..."}: both non-empty single lines.
    std::optional<LocalizedText> title(const QJsonValue &value, const QString &path)
    {
        const auto object = this->object(value, path, {{"ko"}, {"en"}});
        if (!object)
            return std::nullopt;
        LocalizedText text;
        bool ok = true;
        for (auto [language, target] : {std::pair{"ko", &text.ko}, std::pair{"en", &text.en}}) {
            const QString languagePath = JsonLocator::childPath(path, QLatin1String(language));
            const auto s = singleLineString(object->value(QLatin1String(language)), languagePath);
            if (s && s->trimmed().isEmpty()) {
                problem(languagePath, LessonLoader::tr("%1 must not be empty").arg(languagePath));
                ok = false;
            } else if (s && s->size() > InputLimits::MaxTitleChars) {
                problem(languagePath, LessonLoader::tr("%1 must be at most %2 characters (a title is one short line), not %3")
                                          .arg(languagePath).arg(InputLimits::MaxTitleChars).arg(s->size()));
                ok = false;
            } else if (s) {
                *target = *s;
            } else {
                ok = false;
            }
        }
        return ok && object->size() == 2 ? std::optional(text) : std::nullopt;
    }

    // {"ko": [lines] or "text", "en": ...}; an array is joined with "\n".
    std::optional<LocalizedText> narrative(const QJsonValue &value, const QString &path)
    {
        const auto object = this->object(value, path, {{"ko"}, {"en"}});
        if (!object)
            return std::nullopt;
        LocalizedText text;
        bool ok = object->size() == 2;
        for (auto [language, target] : {std::pair{"ko", &text.ko}, std::pair{"en", &text.en}}) {
            const QString languagePath = JsonLocator::childPath(path, QLatin1String(language));
            const QJsonValue v = object->value(QLatin1String(language));
            if (v.isUndefined()) {
                ok = false;
            } else if (v.isString()) {
                *target = v.toString();
            } else if (v.isArray()) {
                const QJsonArray lines = v.toArray();
                QStringList parts;
                parts.reserve(lines.size());
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString linePath = JsonLocator::elementPath(languagePath, i);
                    const QJsonValue line = lines.at(i);
                    if (!line.isString()) {
                        problem(linePath, LessonLoader::tr("%1 must be a string (one line of Markdown), not %2").arg(linePath, describe(line)));
                        ok = false;
                        break;
                    }
                    if (!isSingleLine(line.toString())) {
                        problem(linePath, LessonLoader::tr("%1 must be one line without \\n (each element of the array is one line)").arg(linePath));
                        ok = false;
                        break;
                    }
                    parts << line.toString();
                }
                *target = parts.join(QLatin1Char('\n'));
            } else {
                problem(languagePath, LessonLoader::tr("%1 must be an array of lines or a string, not %2").arg(languagePath, describe(v)));
                ok = false;
            }
            // Markdown layout grows faster than linearly with the text: the bound keeps the
            // slowest narrative quick to show (InputLimits).
            if (target->size() > InputLimits::MaxNarrativeChars) {
                problem(languagePath, LessonLoader::tr("%1 is %2 characters long; a narrative may have at most %3")
                                          .arg(languagePath).arg(target->size()).arg(InputLimits::MaxNarrativeChars));
                ok = false;
            }
        }
        return ok ? std::optional(text) : std::nullopt;
    }

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

    // A learning rate: above 0 and at most MaxAlpha (versions 1 and 2).
    std::optional<double> alpha(const QJsonValue &value, const QString &path)
    {
        const auto rate = number(value, path);
        if (rate && !(*rate > 0.0 && *rate <= MaxAlpha)) {
            problem(path, LessonLoader::tr("%1 must be above 0 and at most 1000000 (1e6), not %2").arg(path, formatNumber(*rate)));
            return std::nullopt;
        }
        return rate;
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

    // The text of a line of a listing: one line, no tabs (versions 1 and 2).
    std::optional<QString> codeText(const QJsonValue &value, const QString &path)
    {
        const auto text = string(value, path);
        if (text && (!isSingleLine(*text) || text->contains(QLatin1Char('\t')))) {
            problem(path, LessonLoader::tr("%1 must be one line without tabs (indent with spaces)").arg(path));
            return std::nullopt;
        }
        return text;
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

    // --- version 2: general networks (LESSONS.md "General networks") -------------------------

    // X is N x M (a list of N rows of M numbers, every row as long as the first), D is N numbers
    // (one output) or N rows of K numbers. Stored in `out` only when all of it is sound.
    bool networkData(const QJsonValue &value, NetworkData *out)
    {
        const QString path = QStringLiteral("data");
        const auto object = this->object(value, path, {{"X"}, {"D"}});
        if (!object)
            return false;
        bool ok = object->size() == 2;
        NetworkData data;

        const QString xPath = JsonLocator::childPath(path, QStringLiteral("X"));
        if (const auto rows = array(object->value(QLatin1String("X")), xPath)) {
            if (rows->isEmpty() || rows->size() > Architecture::MaxSamples) {
                problem(xPath, LessonLoader::tr("%1 must have 1 to %2 rows (one per sample), not %3").arg(xPath).arg(Architecture::MaxSamples).arg(rows->size()));
                ok = false;
            } else {
                data.sampleCount = int(rows->size());
                for (qsizetype r = 0; r < rows->size(); ++r) {
                    const QString rowPath = JsonLocator::elementPath(xPath, r);
                    const auto row = array(rows->at(r), rowPath);
                    if (!row) {
                        ok = false;
                        if (r == 0)
                            break; // the first row gives the width the others are held to
                        continue;
                    }
                    if (r == 0) {
                        if (row->isEmpty() || row->size() > Architecture::MaxUnits) {
                            problem(rowPath, LessonLoader::tr("%1 must have 1 to %2 numbers (one per input; a bias input is a column of ones), not %3")
                                                 .arg(rowPath).arg(Architecture::MaxUnits).arg(row->size()));
                            ok = false;
                            break;
                        }
                        data.inputCount = int(row->size());
                    } else if (row->size() != data.inputCount) {
                        problem(rowPath, LessonLoader::tr("%1 must have %2 numbers like %3 (every row of X has one number per input), not %4")
                                             .arg(rowPath).arg(data.inputCount).arg(JsonLocator::elementPath(xPath, 0)).arg(row->size()));
                        ok = false;
                        continue;
                    }
                    for (qsizetype c = 0; c < row->size(); ++c) {
                        if (const auto v = number(row->at(c), JsonLocator::elementPath(rowPath, c)))
                            data.x.push_back(*v);
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
            if (targets->isEmpty() || targets->size() > Architecture::MaxSamples) {
                problem(dPath, LessonLoader::tr("%1 must have 1 to %2 targets (one per sample), not %3").arg(dPath).arg(Architecture::MaxSamples).arg(targets->size()));
                ok = false;
            } else if (data.sampleCount > 0 && targets->size() != data.sampleCount) {
                problem(dPath, LessonLoader::tr("%1 must have %2 targets, one per row of %3, not %4").arg(dPath).arg(data.sampleCount).arg(xPath).arg(targets->size()));
                ok = false;
            } else if (!targets->at(0).isArray()) {
                // One output: a list of numbers.
                data.outputCount = 1;
                for (qsizetype k = 0; k < targets->size(); ++k) {
                    const QString targetPath = JsonLocator::elementPath(dPath, k);
                    if (targets->at(k).isArray()) {
                        problem(targetPath, LessonLoader::tr("%1 must be a number like %2 (D is a list of numbers, or a list of rows of numbers), not an array")
                                                .arg(targetPath, JsonLocator::elementPath(dPath, 0)));
                        ok = false;
                    } else if (const auto v = number(targets->at(k), targetPath)) {
                        data.d.push_back(*v);
                    } else {
                        ok = false;
                    }
                }
            } else {
                // K outputs: a list of rows of K numbers, every row as long as the first.
                for (qsizetype k = 0; k < targets->size(); ++k) {
                    const QString rowPath = JsonLocator::elementPath(dPath, k);
                    const auto row = array(targets->at(k), rowPath);
                    if (!row) {
                        ok = false;
                        continue;
                    }
                    if (k == 0) {
                        if (row->isEmpty() || row->size() > Architecture::MaxOutputs) {
                            problem(rowPath, LessonLoader::tr("%1 must have 1 to %2 numbers (one target per output), not %3")
                                                 .arg(rowPath).arg(Architecture::MaxOutputs).arg(row->size()));
                            ok = false;
                            break;
                        }
                        data.outputCount = int(row->size());
                    } else if (row->size() != data.outputCount) {
                        problem(rowPath, LessonLoader::tr("%1 must have %2 numbers like %3 (every row of D has one target per output), not %4")
                                             .arg(rowPath).arg(data.outputCount).arg(JsonLocator::elementPath(dPath, 0)).arg(row->size()));
                        ok = false;
                        continue;
                    }
                    for (qsizetype c = 0; c < row->size(); ++c) {
                        if (const auto v = number(row->at(c), JsonLocator::elementPath(rowPath, c)))
                            data.d.push_back(*v);
                        else
                            ok = false;
                    }
                }
            }
        } else {
            ok = false;
        }

        if (ok)
            *out = std::move(data);
        return ok;
    }

    // A version-2 experiment: id, title, narrative, alpha, epochs and seed as in version 1; the
    // network as "layers", "activations" and "delta", or as version 1's "rule" and "network";
    // "batch", "momentum" and "code" optional. `data` is the lesson's data when it is sound
    // (the layers are then checked against its widths), else null.
    std::optional<Experiment> networkExperiment(const QJsonValue &value, const QString &path, const NetworkData *data)
    {
        bool allKeysKnown = true;
        const auto object = this->object(value, path,
                                         {{"id"}, {"title"}, {"narrative"}, {"alpha"}, {"epochs"}, {"seed"}, {"layers", false},
                                          {"activations", false}, {"delta", false}, {"rule", false}, {"network", false}, {"batch", false},
                                          {"momentum", false}, {"code", false}, {"exercises", false}, {"tour", false}},
                                         &allKeysKnown);
        if (!object)
            return std::nullopt;
        const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
        const auto has = [&](const char *key) { return object->contains(QLatin1String(key)); };
        const auto pathOf = [&](const char *key) { return JsonLocator::childPath(path, QLatin1String(key)); };
        const auto missing = [&](const char *key) {
            // As in object(): a misspelt key is the complaint that helps, not the missing one.
            if (allKeysKnown)
                problem(path, LessonLoader::tr("missing key \"%1\" in %2").arg(QLatin1String(key), objectName(path)));
        };

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
        keep(alpha(at("alpha"), pathOf("alpha")), &e.alpha);
        const auto epochs = integer(at("epochs"), pathOf("epochs"), 1, RunLimits::MaxEpochs);
        if (epochs && data && *epochs * data->sampleCount > RunLimits::MaxNetworkSteps) {
            problem(pathOf("epochs"), LessonLoader::tr("%1 is %2, which with the %3 samples of data.X makes %4 sample steps; a run may have at most %5 (epochs times samples)")
                                          .arg(pathOf("epochs"))
                                          .arg(*epochs)
                                          .arg(data->sampleCount)
                                          .arg(*epochs * data->sampleCount)
                                          .arg(RunLimits::MaxNetworkSteps));
            ok = false;
        } else {
            keep(epochs, &e.epochs);
        }
        keep(integer(at("seed"), pathOf("seed"), 0, qint64(RunLimits::MaxSeed)), &e.seed);

        // The network: the general keys, or lessons 1-3's rule and network, never both.
        std::optional<Architecture> architecture;
        const char *const ruleKeys[] = {"rule", "network"};
        const char *const generalKeys[] = {"layers", "activations", "delta"};
        const auto firstOf = [&](const auto &keys) -> const char * {
            for (const char *key : keys)
                if (has(key))
                    return key;
            return nullptr;
        };
        const char *ruleKey = firstOf(ruleKeys);
        const char *generalKey = firstOf(generalKeys);
        if (ruleKey && generalKey) {
            problem(pathOf(generalKey),
                    LessonLoader::tr("%1 has both \"%2\" and \"%3\": a version 2 experiment gives its network either as \"layers\", \"activations\" and \"delta\", or as lessons 1-3's \"rule\" and \"network\"")
                        .arg(path, QLatin1String(ruleKey), QLatin1String(generalKey)),
                    Place::Key);
            ok = false;
        } else if (ruleKey) {
            architecture = ruleNetwork(*object, path, data, missing, &e.rule);
        } else if (generalKey) {
            architecture = generalNetwork(*object, path, data, missing);
        } else if (allKeysKnown) {
            problem(path, LessonLoader::tr("missing key \"layers\" in %1 (a version 2 experiment gives its network as \"layers\" and \"activations\", or as \"rule\" and \"network\")")
                              .arg(path));
        }

        // Training: samples per update (at most the data's) and the momentum beta in [0, 1).
        int batch = 1;
        bool trainingOk = true;
        if (has("batch")) {
            if (const auto given = integer(at("batch"), pathOf("batch"), 1, data ? data->sampleCount : Architecture::MaxSamples))
                batch = int(*given);
            else
                trainingOk = false;
        }
        double beta = 0.0;
        if (has("momentum")) {
            if (const auto given = number(at("momentum"), pathOf("momentum")); !given) {
                trainingOk = false;
            } else if (!(*given >= 0.0 && *given < 1.0)) {
                problem(pathOf("momentum"), LessonLoader::tr("%1 must be at least 0 and below 1 (the momentum beta), not %2").arg(pathOf("momentum"), formatNumber(*given)));
                trainingOk = false;
            } else {
                beta = *given;
            }
        }
        if (architecture && trainingOk) {
            architecture->batch = batch;
            architecture->momentum = beta;
        } else {
            architecture.reset();
            ok = false;
        }

        // Not yet in version 2: refused rather than half-working.
        for (const char *key : {"exercises", "tour"}) {
            if (has(key)) {
                problem(pathOf(key), LessonLoader::tr("\"%1\" is not yet supported in version 2 lessons: remove it from %2").arg(QLatin1String(key), path), Place::Key);
                ok = false;
            }
        }

        NetworkExperiment network;
        if (has("code")) {
            // The listing's tags are checked against the operations of the network as trained
            // (batch and momentum decide whether dW_sum, dW_avg and m are computed at all).
            if (!networkCode(at("code"), pathOf("code"), architecture, &network.code))
                ok = false;
        } else {
            network.codeGenerated = true; // DeltaTrace writes the listing (NetworkScript)
        }
        if (!ok)
            return std::nullopt;
        network.architecture = *architecture;
        e.network = std::move(network);
        return e;
    }

    // Lessons 1-3's "rule" and "network" in a version-2 experiment: every layer sigmoid, the
    // output delta the rule's ("backprop-ce": cross-entropy; the others squared error), and the
    // network's sizes any within the limits.
    // The rule goes to `ruleOut` too (Experiment::rule, for the record; the network is what runs).
    template <typename Missing>
    std::optional<Architecture> ruleNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, const Missing &missing, Rule *ruleOut)
    {
        const QString rulePath = JsonLocator::childPath(path, QStringLiteral("rule"));
        const QString networkPath = JsonLocator::childPath(path, QStringLiteral("network"));
        if (!object.contains(QLatin1String("rule")))
            missing("rule");
        if (!object.contains(QLatin1String("network")))
            missing("network");
        Rule rule = Rule::DeltaRule;
        bool ruleOk = false;
        if (const auto name = string(object.value(QLatin1String("rule")), rulePath)) {
            const auto parsed = ruleFromName(name->toStdString());
            if (parsed && *parsed == Rule::Forward) {
                problem(rulePath, LessonLoader::tr("%1 is \"forward\", which version 2 lessons do not have (their experiments train a network): use \"delta-rule\", \"backprop-sigmoid\" or \"backprop-ce\", or keep the forward pass in a version 1 lesson")
                                      .arg(rulePath));
            } else if (parsed) {
                rule = *parsed;
                ruleOk = true;
            } else {
                QStringList names;
                for (const Rule r : {Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
                    names << latin1(ruleName(r));
                problem(rulePath, LessonLoader::tr("unknown rule %1 in %2 (known rules: %3)").arg(InputLimits::quoted(*name), rulePath, names.join(QLatin1String(", "))));
            }
        }
        const auto sizes = layerSizes(object.value(QLatin1String("network")), networkPath, data);
        if (!ruleOk || !sizes)
            return std::nullopt;
        *ruleOut = rule;
        Architecture architecture;
        architecture.sizes = *sizes;
        architecture.activations.assign(sizes->size() - 1, Activation::Sigmoid);
        architecture.delta = rule == Rule::BackpropCrossEntropy ? OutputDelta::CrossEntropy : OutputDelta::SquaredError;
        return architecture;
    }

    // "layers", "activations" and "delta" (default "sse").
    template <typename Missing>
    std::optional<Architecture> generalNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, const Missing &missing)
    {
        if (!object.contains(QLatin1String("layers")))
            missing("layers");
        if (!object.contains(QLatin1String("activations")))
            missing("activations");
        const auto sizes = layerSizes(object.value(QLatin1String("layers")), JsonLocator::childPath(path, QStringLiteral("layers")), data);
        std::optional<OutputDelta> delta = OutputDelta::SquaredError;
        const bool deltaGiven = object.contains(QLatin1String("delta"));
        if (deltaGiven) {
            const QString deltaPath = JsonLocator::childPath(path, QStringLiteral("delta"));
            const auto name = string(object.value(QLatin1String("delta")), deltaPath);
            delta = name ? outputDeltaFromName(name->toStdString()) : std::nullopt;
            if (name && !delta)
                problem(deltaPath, LessonLoader::tr("%1 must be \"sse\" (squared error) or \"ce\" (cross-entropy), not %2").arg(deltaPath, InputLimits::quoted(*name)));
        }
        const auto activations = activationList(object.value(QLatin1String("activations")), JsonLocator::childPath(path, QStringLiteral("activations")),
                                                sizes, delta, deltaGiven);
        if (!sizes || !delta || !activations)
            return std::nullopt;
        Architecture architecture;
        architecture.sizes = *sizes;
        architecture.activations = *activations;
        architecture.delta = *delta;
        return architecture;
    }

    // A network's sizes from inputs to outputs: 2 to MaxWeightLayers + 1 of them, the first the
    // columns of X, the last the width of D.
    std::optional<std::vector<int>> layerSizes(const QJsonValue &value, const QString &path, const NetworkData *data)
    {
        const auto list = array(value, path);
        if (!list)
            return std::nullopt;
        constexpr int MaxSizes = Architecture::MaxWeightLayers + 1;
        if (list->size() < 2 || list->size() > MaxSizes) {
            problem(path, LessonLoader::tr("%1 must have 2 to %2 sizes (the inputs, up to %3 hidden layers, the outputs), not %4")
                              .arg(path).arg(MaxSizes).arg(MaxSizes - 2).arg(list->size()));
            return std::nullopt;
        }
        std::vector<int> sizes;
        bool ok = true;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const bool output = i == list->size() - 1;
            if (const auto n = integer(list->at(i), JsonLocator::elementPath(path, i), 1, output ? Architecture::MaxOutputs : Architecture::MaxUnits))
                sizes.push_back(int(*n));
            else
                ok = false;
        }
        if (!ok)
            return std::nullopt;
        if (data && sizes.front() != data->inputCount) {
            problem(JsonLocator::elementPath(path, 0), LessonLoader::tr("%1 must be %2, the number of columns of data.X (one input each), not %3")
                                                           .arg(JsonLocator::elementPath(path, 0)).arg(data->inputCount).arg(sizes.front()));
            ok = false;
        }
        if (data && sizes.back() != data->outputCount) {
            const QString lastPath = JsonLocator::elementPath(path, list->size() - 1);
            problem(lastPath, LessonLoader::tr("%1 must be %2, the number of targets per sample in data.D (one output each), not %3")
                                  .arg(lastPath).arg(data->outputCount).arg(sizes.back()));
            ok = false;
        }
        return ok ? std::optional(sizes) : std::nullopt;
    }

    // One activation per weight layer; softmax only on the output layer, with "ce" and at least
    // two outputs. `sizes` and `delta` are null when they are wrong themselves (reported).
    std::optional<std::vector<Activation>> activationList(const QJsonValue &value, const QString &path, const std::optional<std::vector<int>> &sizes,
                                                          std::optional<OutputDelta> delta, bool deltaGiven)
    {
        const auto list = array(value, path);
        if (!list)
            return std::nullopt;
        if (sizes && list->size() != qsizetype(sizes->size()) - 1) {
            QStringList shownSizes;
            for (const int n : *sizes)
                shownSizes << QString::number(n);
            problem(path, LessonLoader::tr("%1 must have %2 activations, one per weight layer of the layers [%3], not %4")
                              .arg(path).arg(sizes->size() - 1).arg(shownSizes.join(QLatin1String(", "))).arg(list->size()));
            return std::nullopt;
        }
        if (list->isEmpty() || list->size() > Architecture::MaxWeightLayers) {
            problem(path, LessonLoader::tr("%1 must have 1 to %2 activations (one per weight layer), not %3").arg(path).arg(Architecture::MaxWeightLayers).arg(list->size()));
            return std::nullopt;
        }
        std::vector<Activation> activations;
        bool ok = true;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = JsonLocator::elementPath(path, i);
            const auto name = string(list->at(i), itemPath);
            if (!name) {
                ok = false;
                continue;
            }
            const auto activation = activationFromName(name->toStdString());
            if (!activation) {
                problem(itemPath, LessonLoader::tr("unknown activation %1 in %2 (known activations: %3)").arg(InputLimits::quoted(*name), itemPath, latin1(activationNames())));
                ok = false;
                continue;
            }
            if (*activation == Activation::Softmax) {
                if (i != list->size() - 1) {
                    problem(itemPath, LessonLoader::tr("%1 is \"softmax\", which only the output layer may have (the last of %2)").arg(itemPath, path));
                    ok = false;
                } else if (delta == OutputDelta::SquaredError) {
                    problem(itemPath, deltaGiven ? LessonLoader::tr("%1 is \"softmax\", which needs \"delta\": \"ce\" (softmax outputs are trained with cross-entropy), not \"sse\"").arg(itemPath)
                                                 : LessonLoader::tr("%1 is \"softmax\", which needs \"delta\": \"ce\" (softmax outputs are trained with cross-entropy); without \"delta\" it is \"sse\"").arg(itemPath));
                    ok = false;
                } else if (sizes && sizes->back() < 2) {
                    problem(itemPath, LessonLoader::tr("%1 is \"softmax\", which needs at least 2 outputs (the softmax of one output is always 1), not %2").arg(itemPath).arg(sizes->back()));
                    ok = false;
                }
            }
            activations.push_back(*activation);
        }
        return ok ? std::optional(activations) : std::nullopt;
    }

    // A version-2 listing: lines as in version 1, `computes` naming a LayerQuantity. With the
    // architecture known, every operation it computes has exactly one line; without it (the
    // network is wrong, and reported), only the names are checked.
    bool networkCode(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture, QList<NetworkCodeLine> *out)
    {
        const auto lines = array(value, path);
        if (!lines)
            return false;
        if (lines->isEmpty() || lines->size() > MaxCodeLines) {
            problem(path, LessonLoader::tr("%1 must have 1 to %2 lines, not %3").arg(path).arg(MaxCodeLines).arg(lines->size()));
            return false;
        }
        const std::optional<StepLayout> layout = architecture ? std::optional(StepLayout(*architecture)) : std::nullopt;
        const std::vector<LayerQuantity> noOperations;
        const std::vector<LayerQuantity> &operations = layout ? layout->quantities() : noOperations;
        QStringList operationNames;
        for (const LayerQuantity &q : operations)
            operationNames << QString::fromStdString(q.name());
        const QString operationList = operationNames.join(QLatin1String(", "));

        bool ok = true;
        bool computesOk = true; // as in version 1: a wrong tag explains the missing operation
        std::vector<qsizetype> computedBy(operations.size(), -1);
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const QString linePath = JsonLocator::elementPath(path, i);
            const auto object = this->object(lines->at(i), linePath, {{"text"}, {"computes", false}});
            if (!object) {
                ok = false;
                continue;
            }
            NetworkCodeLine line;
            if (const auto text = codeText(object->value(QLatin1String("text")), JsonLocator::childPath(linePath, QStringLiteral("text"))))
                line.text = *text;
            else
                ok = false;
            const QString computesPath = JsonLocator::childPath(linePath, QStringLiteral("computes"));
            if (const auto name = string(object->value(QLatin1String("computes")), computesPath)) {
                const auto q = LayerQuantity::fromName(name->toStdString());
                if (!q) {
                    problem(computesPath, LessonLoader::tr("unknown quantity %1 in %2 (a general network's quantities are vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL and WL, with L the weight layer's number: v1, dW2_sum, ...)")
                                              .arg(InputLimits::quoted(*name), computesPath));
                    ok = computesOk = false;
                } else if (layout) {
                    const auto found = std::find(operations.begin(), operations.end(), *q);
                    if (q->layer > architecture->layerCount()) {
                        problem(computesPath, LessonLoader::tr("%1 is %2, but this network has no weight layer %3 (its operations: %4)")
                                                  .arg(computesPath, InputLimits::quoted(*name))
                                                  .arg(q->layer)
                                                  .arg(operationList));
                        ok = computesOk = false;
                    } else if (found == operations.end()) {
                        // Every layer has v, y, e, delta, dW and W; the rest depend on the training.
                        const bool batchOnly = q->kind == LayerQuantity::Kind::DWSum || q->kind == LayerQuantity::Kind::DWAvg;
                        const QString why = batchOnly ? LessonLoader::tr("dW_sum and dW_avg exist only with a \"batch\" above 1")
                                                      : LessonLoader::tr("m exists only with a \"momentum\" above 0");
                        problem(computesPath, LessonLoader::tr("%1 is %2, which this network does not compute (%3; its operations: %4)")
                                                  .arg(computesPath, InputLimits::quoted(*name), why, operationList));
                        ok = computesOk = false;
                    } else if (const auto index = static_cast<size_t>(found - operations.begin()); computedBy[index] >= 0) {
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
        if (layout) {
            QStringList missing;
            for (size_t k = 0; k < operations.size(); ++k)
                if (computedBy[k] < 0)
                    missing << operationNames[qsizetype(k)];
            if (!missing.isEmpty() && computesOk) {
                problem(path, LessonLoader::tr("no line of %1 computes %2 (this network needs exactly one line computing each of: %3)")
                                  .arg(path, missing.join(QLatin1String(", ")), operationList));
                ok = false;
            }
        }
        return ok;
    }

private:
    struct Problem
    {
        qsizetype offset;
        QString message;
    };

    const JsonLocator &m_locator;
    QList<Problem> m_problems;
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
                       LessonLoader::tr("duplicate key %1 in %2 (each key may appear only once)").arg(InputLimits::quoted(d.key), objectName(d.objectPath)));
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
                       LessonLoader::tr("\"format\" must be \"%1\", not %2 (this is not a DeltaTrace lesson file)").arg(QLatin1String(FormatName), describe(format)));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return refused(sourceName, bytes, rootOffset, LessonLoader::tr("missing key \"version\" (this DeltaTrace reads versions 1 and 2)"));
    const double v = version.toDouble();
    if (version.isDouble() && std::isfinite(v) && v == std::trunc(v) && v > double(NewestFormatVersion)) {
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                       LessonLoader::tr("this lesson was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace")
                           .arg(formatNumber(v))
                           .arg(NewestFormatVersion));
    }
    if (!version.isDouble() || (v != double(FirstFormatVersion) && v != double(GeneralFormatVersion))) {
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                       LessonLoader::tr("\"version\" must be the integer %1 or %2, not %3").arg(FirstFormatVersion).arg(GeneralFormatVersion).arg(shown(version)));
    }
    const bool general = v == double(GeneralFormatVersion);

    Validator check(locator);
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
        dataOk = check.networkData(root.value(QLatin1String("data")), &lesson.data);
    else
        check.data(root.value(QLatin1String("data")), &lesson);

    const QString experimentsPath = QStringLiteral("experiments");
    if (const auto experiments = check.array(root.value(QLatin1String("experiments")), experimentsPath)) {
        if (experiments->isEmpty() || experiments->size() > MaxExperiments) {
            check.problem(experimentsPath, LessonLoader::tr("experiments must have 1 to %1 experiments, not %2").arg(MaxExperiments).arg(experiments->size()));
        } else {
            for (qsizetype i = 0; i < experiments->size(); ++i) {
                const QString path = JsonLocator::elementPath(experimentsPath, i);
                const auto e = general ? check.networkExperiment(experiments->at(i), path, dataOk ? &lesson.data : nullptr)
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
