// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonvalidator.h"

#include "inputlimits.h"
#include "jsonlocator.h"
#include "lessonloader.h"
#include "runlimits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace deltatrace {

namespace {

// The lesson format is stricter than RunLimits::MaxAlpha: a lesson is written by a teacher,
// and a rate above a million there is a typo, not an experiment.
constexpr double MaxAlpha = RunLimits::LessonMaxAlpha;

bool isSingleLine(const QString &s)
{
    return !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r'));
}

} // namespace

QString LessonValidator::latin1(std::string_view s) { return QString::fromLatin1(s.data(), qsizetype(s.size())); }

QString LessonValidator::formatNumber(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString LessonValidator::describe(const QJsonValue &v)
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

QString LessonValidator::objectName(const QString &path) { return path.isEmpty() ? LessonLoader::tr("the top-level object") : path; }

QString LessonValidator::shown(const QJsonValue &v) { return v.isDouble() ? formatNumber(v.toDouble()) : describe(v); }

// The problem earliest in the file (for equal offsets, the first found; one without a
// known place, which should not happen, last).
std::pair<qsizetype, QString> LessonValidator::firstProblem() const
{
    const auto rank = [](qsizetype offset) { return offset < 0 ? std::numeric_limits<qsizetype>::max() : offset; };
    const auto earliest = std::min_element(m_problems.cbegin(), m_problems.cend(), [&](const Problem &a, const Problem &b) {
        return rank(a.offset) < rank(b.offset);
    });
    return {earliest->offset, earliest->message};
}

void LessonValidator::problem(const QString &path, const QString &message, Place place)
{
    const qsizetype offset = place == Place::Key ? m_locator.offset(path) : m_locator.valueOffset(path);
    m_problems.append(Problem{offset, message});
}

// Reports unknown and missing keys; returns the object when `value` is one (even with keys
// missing, so the keys that are there still get checked). `allKeysKnown`, when given, says
// whether no key was unknown (then a caller's own "missing key" complaints are worth making).
std::optional<QJsonObject> LessonValidator::object(const QJsonValue &value, const QString &path, std::initializer_list<KeySpec> keys,
                                                   bool *allKeysKnown)
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

std::optional<QJsonArray> LessonValidator::array(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        problem(path, LessonLoader::tr("%1 must be an array ([ ... ]), not %2").arg(path, describe(value)));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QString> LessonValidator::string(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        problem(path, LessonLoader::tr("%1 must be a string, not %2").arg(path, describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> LessonValidator::singleLineString(const QJsonValue &value, const QString &path)
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

std::optional<double> LessonValidator::number(const QJsonValue &value, const QString &path)
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
std::optional<qint64> LessonValidator::integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
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

std::optional<QString> LessonValidator::id(const QJsonValue &value, const QString &path)
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
std::optional<LocalizedText> LessonValidator::title(const QJsonValue &value, const QString &path)
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
std::optional<LocalizedText> LessonValidator::narrative(const QJsonValue &value, const QString &path)
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

// A learning rate: above 0 and at most MaxAlpha (versions 1 and 2).
std::optional<double> LessonValidator::alpha(const QJsonValue &value, const QString &path)
{
    const auto rate = number(value, path);
    if (rate && !(*rate > 0.0 && *rate <= MaxAlpha)) {
        problem(path, LessonLoader::tr("%1 must be above 0 and at most 1000000 (1e6), not %2").arg(path, formatNumber(*rate)));
        return std::nullopt;
    }
    return rate;
}

// The text of a line of a listing: one line, no tabs (versions 1 and 2).
std::optional<QString> LessonValidator::codeText(const QJsonValue &value, const QString &path)
{
    const auto text = string(value, path);
    if (text && (!isSingleLine(*text) || text->contains(QLatin1Char('\t')))) {
        problem(path, LessonLoader::tr("%1 must be one line without tabs (indent with spaces)").arg(path));
        return std::nullopt;
    }
    return text;
}

} // namespace deltatrace
