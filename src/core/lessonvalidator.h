// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

namespace deltatrace {

class JsonLocator;

// The checks every part of a lesson file shares (format versions 1 and 2): a value's type, ids,
// titles, narratives, learning rates and lines of code. Each problem is collected with its byte
// offset; the loader reports the first one in the file, so an author fixing problems top to
// bottom sees them in order. The messages are LessonLoader's (its translation context), as they
// were before this class was taken out of the loader.
class LessonValidator
{
public:
    // A message is placed at the key naming a value (unknown and repeated keys) or at the value
    // itself (everything that is wrong with the value).
    enum class Place { Value, Key };

    struct KeySpec
    {
        const char *name;
        bool required = true;
    };

    // The most lines a listing may have (version 1's code and version 2's).
    static constexpr qsizetype MaxCodeLines = 200;

    explicit LessonValidator(const JsonLocator &locator) : m_locator(locator) {}

    bool hasProblems() const { return !m_problems.isEmpty(); }

    // The problem earliest in the file (for equal offsets, the first found; one without a
    // known place, which should not happen, last).
    std::pair<qsizetype, QString> firstProblem() const;

    void problem(const QString &path, const QString &message, Place place = Place::Value);

    // Reports unknown and missing keys; returns the object when `value` is one (even with keys
    // missing, so the keys that are there still get checked). `allKeysKnown`, when given, says
    // whether no key was unknown (then a caller's own "missing key" complaints are worth making).
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path, std::initializer_list<KeySpec> keys,
                                      bool *allKeysKnown = nullptr);

    std::optional<QJsonArray> array(const QJsonValue &value, const QString &path);

    std::optional<QString> string(const QJsonValue &value, const QString &path);

    std::optional<QString> singleLineString(const QJsonValue &value, const QString &path);

    std::optional<double> number(const QJsonValue &value, const QString &path);

    // JSON has only one kind of number: 3 and 3.0 are the same integer, 3.5 is not one.
    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max);

    std::optional<QString> id(const QJsonValue &value, const QString &path);

    // {"ko": "...", "en": "..."}: both non-empty single lines.
    std::optional<LocalizedText> title(const QJsonValue &value, const QString &path);

    // {"ko": [lines] or "text", "en": ...}; an array is joined with "\n".
    std::optional<LocalizedText> narrative(const QJsonValue &value, const QString &path);

    // A learning rate: above 0 and at most MaxAlpha (versions 1 and 2).
    std::optional<double> alpha(const QJsonValue &value, const QString &path);

    // The text of a line of a listing: one line, no tabs (versions 1 and 2).
    std::optional<QString> codeText(const QJsonValue &value, const QString &path);

    // Parts of messages.
    static QString latin1(std::string_view s);
    static QString formatNumber(double v);
    // "a string", "a number", ... for "must be X, not Y" messages.
    static QString describe(const QJsonValue &v);
    static QString objectName(const QString &path);
    // A value as the "not ..." part of a message: numbers bare, anything else described.
    static QString shown(const QJsonValue &v);

private:
    struct Problem
    {
        qsizetype offset;
        QString message;
    };

    const JsonLocator &m_locator;
    QList<Problem> m_problems;
};

} // namespace deltatrace
