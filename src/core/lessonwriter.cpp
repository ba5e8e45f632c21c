// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonwriter.h"

#include "inputlimits.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

const QString IdSuffix = QStringLiteral("-your-data");
const QString TitleSuffixEn = QStringLiteral(" (your data)");
const QString TitleSuffixKo = QStringLiteral(" (내 데이터)");

// A JSON value as QJsonDocument writes it (numbers in their shortest exact form, strings escaped).
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString targetsText(const SampleVector &D)
{
    QStringList numbers;
    for (int k = 0; k < SampleCount; ++k)
        numbers << QString::fromUtf8(jsonText(QJsonValue(D(k))));
    return QLatin1Char('[') + numbers.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// "[0, 0, 0, 1] (AND)" or just the numbers.
QString describedTargets(const SampleVector &D, const InputMatrix &X)
{
    QString text = QLatin1Char('`') + targetsText(D) + QLatin1Char('`');
    if (const auto preset = LessonWriter::presetOf(D, X))
        text += QStringLiteral(" (%1)").arg(LessonWriter::presetName(*preset));
    return text;
}

// --- A lesson file laid out the way the lessons of lessons/ are written --------------------

// The keys in the order lessons/README.md lists them; others (none today) follow sorted.
const QStringList KeyOrder = {
    QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"), QStringLiteral("title"),
    QStringLiteral("narrative"), QStringLiteral("data"), QStringLiteral("X"), QStringLiteral("D"),
    QStringLiteral("experiments"), QStringLiteral("rule"), QStringLiteral("network"), QStringLiteral("alpha"),
    QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("code"), QStringLiteral("exercises"),
    QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("text"), QStringLiteral("computes"),
    QStringLiteral("epoch"), QStringLiteral("sample"), QStringLiteral("operation"), QStringLiteral("element"),
    QStringLiteral("digits"), QStringLiteral("prompt"),
};

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = KeyOrder.indexOf(a), ib = KeyOrder.indexOf(b);
        return (ia < 0 ? KeyOrder.size() : ia) < (ib < 0 ? KeyOrder.size() : ib);
    });
    return keys;
}

bool isScalar(const QJsonValue &v) { return !v.isArray() && !v.isObject(); }

bool allNumbers(const QJsonArray &array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isDouble(); });
}

// Numbers, or rows of numbers (X): one line. Lists of strings (narratives) get a line each.
bool isFlatArray(const QJsonArray &array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isDouble() || (v.isArray() && allNumbers(v.toArray())); });
}

// Objects of plain values ({"ko", "en"} titles, code lines, exercises): one line.
bool isFlat(const QJsonValue &value)
{
    if (value.isArray())
        return isFlatArray(value.toArray());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(), [](const QJsonValue &v) { return isScalar(v) || (v.isArray() && allNumbers(v.toArray())); });
    }
    return true;
}

void writeValue(const QJsonValue &value, int indent, QByteArray *out)
{
    const QByteArray inner(2 * (indent + 1), ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QStringList keys = orderedKeys(object);
        if (isFlat(value)) {
            QByteArrayList parts;
            for (const QString &key : keys) {
                QByteArray part = jsonText(key) + ": ";
                writeValue(object.value(key), indent + 1, &part);
                parts << part;
            }
            *out += '{' + parts.join(", ") + '}';
            return;
        }
        *out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            *out += inner + jsonText(keys[i]) + ": ";
            writeValue(object.value(keys[i]), indent + 1, out);
            *out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        *out += QByteArray(2 * indent, ' ') + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty() || isFlatArray(array)) {
            QByteArrayList parts;
            for (const QJsonValue &v : array) {
                QByteArray part;
                writeValue(v, indent + 1, &part);
                parts << part;
            }
            *out += '[' + parts.join(", ") + ']';
            return;
        }
        *out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            *out += inner;
            writeValue(array.at(i), indent + 1, out);
            *out += i + 1 < array.size() ? ",\n" : "\n";
        }
        *out += QByteArray(2 * indent, ' ') + ']';
    } else {
        *out += jsonText(value);
    }
}

QJsonObject localized(const QStringList &ko, const QStringList &en)
{
    return {{QStringLiteral("ko"), QJsonArray::fromStringList(ko)}, {QStringLiteral("en"), QJsonArray::fromStringList(en)}};
}

// The listing's `D = np.array([...])` line with the new targets, so that the code a learner
// copies into Python trains on the data on screen. The line's comment (often "# XOR") goes.
QJsonArray codeWithTargets(const QJsonArray &code, const SampleVector &D, const InputMatrix &X)
{
    static const QRegularExpression targetsLine(QStringLiteral(R"(^(\s*D\s*=\s*np\.array\(\s*)\[[^\[\]]*\](\s*\)).*$)"));
    QString comment;
    if (const auto preset = LessonWriter::presetOf(D, X))
        comment = QStringLiteral("  # ") + LessonWriter::presetName(*preset);
    QJsonArray rewritten;
    for (const QJsonValue &line : code) {
        QJsonObject object = line.toObject();
        const QRegularExpressionMatch match = targetsLine.match(object.value(QLatin1String("text")).toString());
        if (match.hasMatch())
            object.insert(QStringLiteral("text"), match.captured(1) + targetsText(D) + match.captured(2) + comment);
        rewritten.append(object);
    }
    return rewritten;
}

} // namespace

QString LessonWriter::presetName(Preset preset)
{
    switch (preset) {
    case Preset::And: return QStringLiteral("AND");
    case Preset::Or: return QStringLiteral("OR");
    case Preset::Nand: return QStringLiteral("NAND");
    case Preset::Xor: return QStringLiteral("XOR");
    }
    return {};
}

std::optional<SampleVector> LessonWriter::presetTargets(Preset preset, const InputMatrix &X)
{
    SampleVector D;
    for (int k = 0; k < SampleCount; ++k) {
        const double x0 = X(k, 0), x1 = X(k, 1);
        if ((x0 != 0.0 && x0 != 1.0) || (x1 != 0.0 && x1 != 1.0))
            return std::nullopt;
        const bool a = x0 == 1.0, b = x1 == 1.0;
        bool d = false;
        switch (preset) {
        case Preset::And: d = a && b; break;
        case Preset::Or: d = a || b; break;
        case Preset::Nand: d = !(a && b); break;
        case Preset::Xor: d = a != b; break;
        }
        D(k) = d ? 1.0 : 0.0;
    }
    return D;
}

std::optional<LessonWriter::Preset> LessonWriter::presetOf(const SampleVector &D, const InputMatrix &X)
{
    for (Preset preset : Presets) {
        if (const auto targets = presetTargets(preset, X); targets && *targets == D)
            return preset;
    }
    return std::nullopt;
}

QString LessonWriter::targetProblem(int sample, double value)
{
    if (std::isfinite(value) && value >= 0.0 && value <= 1.0)
        return {};
    return tr("The target of sample %1 must be a number from 0 to 1 (a sigmoid's output never leaves that range), not %2.")
        .arg(sample)
        .arg(std::isfinite(value) ? QString::fromUtf8(jsonText(QJsonValue(value))) : QString::number(value));
}

QString LessonWriter::editedId(const QString &id)
{
    if (id.endsWith(IdSuffix))
        return id;
    return id.left(InputLimits::MaxIdChars - IdSuffix.size()) + IdSuffix;
}

LocalizedText LessonWriter::editedTitle(const LocalizedText &title)
{
    auto edited = [](const QString &text, const QString &suffix) {
        return text.endsWith(suffix) ? text : text.left(InputLimits::MaxTitleChars - suffix.size()) + suffix;
    };
    return {edited(title.ko, TitleSuffixKo), edited(title.en, TitleSuffixEn)};
}

QByteArray LessonWriter::editedSource(const Lesson &original, const SampleVector &D, QString *error)
{
    for (int k = 0; k < SampleCount; ++k) {
        if (const QString problem = targetProblem(k, D(k)); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
    }
    QByteArray bytes = original.source;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    // The lesson was loaded from these bytes, so this only fails for a lesson built in memory.
    if (!document.isObject()) {
        if (error)
            *error = tr("The lesson %1 has no lesson file to edit.").arg(InputLimits::quoted(original.id));
        return {};
    }
    QJsonObject root = document.object();
    root.remove(QStringLiteral("tour"));
    root.insert(QStringLiteral("id"), editedId(original.id));
    const LocalizedText title = editedTitle(original.title);
    root.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("ko"), title.ko}, {QStringLiteral("en"), title.en}});

    // Markdown: the ids are a-z, 0-9 and '-', the targets numbers; nothing here needs escaping.
    const QString was = describedTargets(original.D, original.X);
    const QString now = describedTargets(D, original.X);
    const QString id = QLatin1Char('`') + original.id + QLatin1Char('`');
    root.insert(QStringLiteral("narrative"),
                localized({QStringLiteral("이 수업은 DeltaTrace에서 데이터를 고친 것입니다."), QString(),
                           QStringLiteral("정답 `D`를 바꾸었습니다. 원래 수업 %1의 정답은 %2, 고친 정답은 %3입니다. "
                                          "입력 `X`, 실험과 코드는 원래 수업과 같습니다.").arg(id, was, now),
                           QString(),
                           QStringLiteral("원래 수업의 설명은 원래 데이터에 맞춰 쓴 것이라 이 데이터에는 맞지 않으므로 뺐습니다.")},
                          {QStringLiteral("The data of this lesson were edited in DeltaTrace."), QString(),
                           QStringLiteral("The targets `D` are now %3 instead of %2 in the original lesson %1. "
                                          "The inputs `X`, the experiments and their code are the original's.").arg(id, was, now),
                           QString(),
                           QStringLiteral("The original lesson's explanations were written for its own data and do not apply to "
                                          "these, so they are left out.")}));

    QJsonObject data = root.value(QLatin1String("data")).toObject();
    QJsonArray targets;
    for (int k = 0; k < SampleCount; ++k)
        targets.append(D(k));
    data.insert(QStringLiteral("D"), targets);
    root.insert(QStringLiteral("data"), data);

    QJsonArray experiments;
    for (const QJsonValue &value : root.value(QLatin1String("experiments")).toArray()) {
        QJsonObject experiment = value.toObject();
        experiment.remove(QStringLiteral("tour"));
        experiment.insert(QStringLiteral("narrative"),
                          localized({QStringLiteral("원래 실험 설명은 원래 데이터에 맞춰 쓴 것이라 뺐습니다. "
                                                    "같은 규칙과 코드로 학습할 정답은 %1입니다.").arg(now)},
                                    {QStringLiteral("The experiment's own explanation was written for the original data and is "
                                                    "left out. The same rule and code learn the edited targets %1.").arg(now)}));
        experiment.insert(QStringLiteral("code"), codeWithTargets(experiment.value(QLatin1String("code")).toArray(), D, original.X));
        if (experiment.contains(QLatin1String("exercises"))) {
            // The places and tolerances still hold; a prompt may speak of the old targets.
            QJsonArray exercises;
            for (const QJsonValue &exercise : experiment.value(QLatin1String("exercises")).toArray()) {
                QJsonObject object = exercise.toObject();
                object.remove(QStringLiteral("prompt"));
                exercises.append(object);
            }
            experiment.insert(QStringLiteral("exercises"), exercises);
        }
        experiments.append(experiment);
    }
    root.insert(QStringLiteral("experiments"), experiments);

    QByteArray source;
    writeValue(root, 0, &source);
    source += '\n';
    return source;
}

LessonLoader::Result LessonWriter::withTargets(const Lesson &original, const SampleVector &D)
{
    QString error;
    const QByteArray source = editedSource(original, D, &error);
    if (source.isEmpty()) {
        LessonLoader::Result refused;
        refused.error = error;
        return refused;
    }
    return LessonLoader::parse(source, editedId(original.id));
}

bool LessonWriter::save(const Lesson &lesson, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(lesson.source) == lesson.source.size() && file.commit())
        return true;
    if (error)
        *error = tr("Could not save the lesson to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.cancelWriting();
    return false;
}

} // namespace deltatrace
