// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour.h"

#include "inputlimits.h"
#include "jsonlocator.h"
#include "lessonloader.h"
#include "regularfile.h"
#include "runlimits.h"
#include "steplayout.h"
#include "trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

// The formats are specified in lessons/README.md ("tour" and tour files); the messages use the
// same words where they can.

namespace deltatrace {

namespace {

constexpr char FormatName[] = "deltatrace-tour";
constexpr qint64 FormatVersion = 1;

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), qsizetype(s.size())); }

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return Tour::tr("the number %1").arg(v.toDouble());
    case QJsonValue::String: return Tour::tr("the string %1").arg(InputLimits::quoted(v.toString()));
    case QJsonValue::Array: return Tour::tr("an array");
    case QJsonValue::Object: return Tour::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tour::tr("nothing");
}

// Collects problems with their JSON paths, as the lesson loader's validator does.
class Reader
{
public:
    explicit Reader(QList<TourProblem> *problems) : m_problems(problems) {}

    void problem(const QString &path, const QString &message, bool atKey = false) { m_problems->append({path, message, atKey}); }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path, const QStringList &allowed)
    {
        if (!value.isObject()) {
            problem(path, Tour::tr("%1 must be an object ({ ... }), not %2").arg(path, describe(value)));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        const QString shownPath = path.isEmpty() ? Tour::tr("the top-level object") : path;
        bool ok = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                problem(JsonLocator::childPath(path, it.key()),
                        Tour::tr("unknown key %1 in %2 (allowed keys: %3)").arg(InputLimits::quoted(it.key()), shownPath, allowed.join(QLatin1String(", "))),
                        true);
                ok = false;
            }
        }
        return ok ? std::optional(object) : std::nullopt;
    }

    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
    {
        const double v = value.toDouble();
        if (!value.isDouble() || !std::isfinite(v) || v != std::trunc(v) || v < double(min) || v > double(max)) {
            problem(path, Tour::tr("%1 must be an integer from %2 to %3, not %4").arg(path).arg(min).arg(max).arg(describe(value)));
            return std::nullopt;
        }
        return static_cast<qint64>(v);
    }

    std::optional<QString> string(const QJsonValue &value, const QString &path)
    {
        if (!value.isString()) {
            problem(path, Tour::tr("%1 must be a string, not %2").arg(path, describe(value)));
            return std::nullopt;
        }
        return value.toString();
    }

    // {"ko": text, "en": text}, at least one; a text is a string or an array of lines.
    std::optional<LocalizedText> note(const QJsonValue &value, const QString &path)
    {
        const auto object = this->object(value, path, {QStringLiteral("ko"), QStringLiteral("en")});
        if (!object)
            return std::nullopt;
        if (object->isEmpty()) {
            problem(path, Tour::tr("%1 must have a note in \"ko\", in \"en\" or in both").arg(path));
            return std::nullopt;
        }
        LocalizedText text;
        bool ok = true;
        for (auto [language, target] : {std::pair{"ko", &text.ko}, std::pair{"en", &text.en}}) {
            const QJsonValue v = object->value(QLatin1String(language));
            if (v.isUndefined())
                continue;
            const QString languagePath = JsonLocator::childPath(path, QLatin1String(language));
            if (v.isArray()) {
                QStringList lines;
                const QJsonArray array = v.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isString()) {
                        problem(JsonLocator::elementPath(languagePath, i),
                                Tour::tr("%1 must be a string (one line), not %2").arg(JsonLocator::elementPath(languagePath, i), describe(array.at(i))));
                        ok = false;
                        break;
                    }
                    lines << array.at(i).toString();
                }
                *target = lines.join(QLatin1Char('\n'));
            } else if (v.isString()) {
                *target = v.toString();
            } else {
                problem(languagePath, Tour::tr("%1 must be a string or an array of lines, not %2").arg(languagePath, describe(v)));
                ok = false;
                continue;
            }
            if (target->trimmed().isEmpty()) {
                problem(languagePath, Tour::tr("%1 must not be empty (leave the language out instead)").arg(languagePath));
                ok = false;
            } else if (target->size() > Tour::MaxNoteChars) {
                problem(languagePath, Tour::tr("%1 is %2 characters long; a note may have at most %3")
                                          .arg(languagePath).arg(target->size()).arg(Tour::MaxNoteChars));
                ok = false;
            } else if (std::any_of(target->cbegin(), target->cend(), [](QChar c) {
                           return (c.category() == QChar::Other_Control && c != QLatin1Char('\n')) || c == QChar::LineSeparator
                                  || c == QChar::ParagraphSeparator;
                       })) {
                // A note is shown as plain text: an escape sequence has no business there.
                problem(languagePath, Tour::tr("%1 must not contain control characters such as \\u001b (line breaks are \\n)").arg(languagePath));
                ok = false;
            }
        }
        return ok ? std::optional(text) : std::nullopt;
    }

    // A stop's "note" (required) and "view" (optional), in lessons 1-3's tours and general ones.
    bool noteAndView(const QJsonObject &object, const QString &path, LocalizedText *note, QString *view)
    {
        const QString notePath = JsonLocator::childPath(path, QStringLiteral("note"));
        const QString viewPath = JsonLocator::childPath(path, QStringLiteral("view"));
        bool ok = true;
        if (!object.contains(QLatin1String("note"))) {
            problem(path, Tour::tr("missing key \"note\" in %1 (what to say at this stop)").arg(path));
            ok = false;
        } else if (const auto text = this->note(object.value(QLatin1String("note")), notePath)) {
            *note = *text;
        } else {
            ok = false;
        }
        if (object.contains(QLatin1String("view"))) {
            const auto name = string(object.value(QLatin1String("view")), viewPath);
            if (name && !Tour::viewNames().contains(*name)) {
                problem(viewPath, Tour::tr("unknown view %1 in %2 (known views: %3)")
                                      .arg(InputLimits::quoted(*name), viewPath, Tour::viewNames().join(QLatin1String(", "))));
                ok = false;
            } else if (name) {
                *view = *name;
            } else {
                ok = false;
            }
        }
        return ok;
    }

    std::optional<TourStop> stop(const QJsonValue &value, const QString &path, std::optional<Rule> rule, std::optional<qint64> epochs)
    {
        const auto object = this->object(value, path,
                                         {QStringLiteral("event"), QStringLiteral("epoch"), QStringLiteral("sample"), QStringLiteral("operation"),
                                          QStringLiteral("note"), QStringLiteral("view")});
        if (!object)
            return std::nullopt;
        const auto has = [&](const char *key) { return object->contains(QLatin1String(key)); };
        const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
        const auto pathOf = [&](const char *key) { return JsonLocator::childPath(path, QLatin1String(key)); };
        TourStop stop;
        bool ok = true;
        if (has("event")) {
            if (has("epoch") || has("sample") || has("operation")) {
                problem(pathOf("event"), Tour::tr("%1 names an event and a place; a stop is one or the other (leave out \"epoch\", \"sample\" and \"operation\", or \"event\")")
                                             .arg(path), true);
                ok = false;
            }
            if (const auto name = string(at("event"), pathOf("event"))) {
                stop.event = TraceEvents::fromName(*name);
                if (!stop.event) {
                    QStringList known;
                    for (TraceEvents::Event e : TraceEvents::AllEvents)
                        known << TraceEvents::name(e);
                    problem(pathOf("event"), Tour::tr("unknown event %1 in %2 (known events: %3)").arg(InputLimits::quoted(*name), pathOf("event"), known.join(QLatin1String(", "))));
                    ok = false;
                }
            } else {
                ok = false;
            }
        } else if (!has("epoch") || !has("sample")) {
            problem(path, Tour::tr("%1 needs \"epoch\" and \"sample\" (a place in the run) or \"event\"").arg(path));
            ok = false;
        } else {
            const qint64 lastEpoch = (epochs ? *epochs : qint64(RunLimits::MaxEpochs)) - 1;
            if (const auto epoch = integer(at("epoch"), pathOf("epoch"), 0, lastEpoch))
                stop.epoch = int(*epoch);
            else
                ok = false;
            if (const auto sample = integer(at("sample"), pathOf("sample"), 0, SampleCount - 1))
                stop.sample = int(*sample);
            else
                ok = false;
            if (has("operation")) {
                if (const auto name = string(at("operation"), pathOf("operation"))) {
                    stop.operation = quantityFromName(name->toStdString());
                    const auto ops = rule ? operationsOf(*rule) : std::span<const Quantity>{};
                    if (!stop.operation) {
                        QStringList known;
                        for (int i = 0; i < QuantityCount; ++i)
                            known << latin1(quantityName(static_cast<Quantity>(i)));
                        problem(pathOf("operation"), Tour::tr("unknown quantity %1 in %2 (known quantities: %3)")
                                                         .arg(InputLimits::quoted(*name), pathOf("operation"), known.join(QLatin1String(", "))));
                        ok = false;
                    } else if (rule && std::find(ops.begin(), ops.end(), *stop.operation) == ops.end()) {
                        QStringList names;
                        for (const Quantity q : ops)
                            names << latin1(quantityName(q));
                        problem(pathOf("operation"), Tour::tr("%1 is %2, which rule \"%3\" does not compute (its quantities: %4)")
                                                         .arg(pathOf("operation"), InputLimits::quoted(*name), latin1(ruleName(*rule)), names.join(QLatin1String(", "))));
                        ok = false;
                    }
                } else {
                    ok = false;
                }
            }
        }
        if (!noteAndView(*object, path, &stop.note, &stop.view))
            ok = false;
        return ok ? std::optional(stop) : std::nullopt;
    }

    // A general experiment's stop: "epoch", "sample", "operation" (optional), "note", "view".
    std::optional<NetworkTourStop> networkStop(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture,
                                               std::optional<int> sampleCount, qint64 epochs)
    {
        const auto object = this->object(value, path,
                                         {QStringLiteral("epoch"), QStringLiteral("sample"), QStringLiteral("operation"), QStringLiteral("note"),
                                          QStringLiteral("view")});
        if (!object)
            return std::nullopt;
        const auto has = [&](const char *key) { return object->contains(QLatin1String(key)); };
        const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
        const auto pathOf = [&](const char *key) { return JsonLocator::childPath(path, QLatin1String(key)); };
        NetworkTourStop stop;
        bool ok = true;
        if (!has("epoch") || !has("sample")) {
            problem(path, Tour::tr("%1 needs \"epoch\" and \"sample\" (a place in the run)").arg(path));
            ok = false;
        } else {
            if (const auto epoch = integer(at("epoch"), pathOf("epoch"), 0, epochs - 1))
                stop.epoch = int(*epoch);
            else
                ok = false;
            if (const auto sample = integer(at("sample"), pathOf("sample"), 0, sampleCount.value_or(Architecture::MaxSamples) - 1))
                stop.sample = int(*sample);
            else
                ok = false;
        }
        if (has("operation")) {
            const auto name = string(at("operation"), pathOf("operation"));
            if (name)
                stop.operation = LayerQuantity::fromName(name->toStdString());
            if (!name) {
                ok = false;
            } else if (!stop.operation) {
                problem(pathOf("operation"), Tour::tr("unknown quantity %1 in %2 (a layer's quantity such as v1, y2, e2, delta1, dW1, dW1_sum, dW1_avg, m1 or W1)")
                                                 .arg(InputLimits::quoted(*name), pathOf("operation")));
                ok = false;
            } else if (architecture && sampleCount && ok) {
                // What this sample step computes: a batch's update only at its last sample.
                const int B = architecture->batch;
                const bool update = stop.sample == std::min(*sampleCount, (stop.sample / B + 1) * B) - 1;
                const StepLayout layout(*architecture);
                const std::vector<LayerQuantity> &ops = layout.operations(update);
                if (std::find(ops.begin(), ops.end(), *stop.operation) == ops.end()) {
                    QStringList names;
                    for (const LayerQuantity &q : ops)
                        names << QString::fromStdString(q.name());
                    problem(pathOf("operation"), Tour::tr("%1 is %2, which this network does not compute at sample %3 (it computes %4)")
                                                     .arg(pathOf("operation"), InputLimits::quoted(*name))
                                                     .arg(stop.sample)
                                                     .arg(names.join(QLatin1String(", "))));
                    ok = false;
                }
            }
        }
        if (!noteAndView(*object, path, &stop.note, &stop.view))
            ok = false;
        return ok ? std::optional(stop) : std::nullopt;
    }

private:
    QList<TourProblem> *m_problems;
};

Tour::FileResult refused(const QString &sourceName, const QByteArray &bytes, qsizetype offset, const QString &message)
{
    Tour::FileResult result;
    if (offset >= 0)
        result.error = QStringLiteral("%1:%2: %3").arg(sourceName, JsonLocator::position(bytes, offset).toString(), message);
    else
        result.error = QStringLiteral("%1: %2").arg(sourceName, message);
    return result;
}

QString tooLarge(qint64 size)
{
    return Tour::tr("the file is %1 bytes; a tour file may have at most %2 bytes (1 MiB)").arg(size).arg(Tour::MaxFileBytes);
}

Tour::FileResult parseChecked(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > Tour::MaxFileBytes)
        return refused(sourceName, {}, -1, tooLarge(bytes.size()));
    if (const qsizetype bad = JsonLocator::invalidUtf8Offset(bytes); bad >= 0) {
        const QString hex = QString::number(static_cast<unsigned char>(bytes[bad]), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        return refused(sourceName, bytes, bad, Tour::tr("invalid UTF-8 (byte 0x%1); tour files must be saved as UTF-8").arg(hex));
    }
    if (bytes.trimmed().isEmpty())
        return refused(sourceName, {}, -1, Tour::tr("the file is empty (a tour file is a JSON object)"));
    const JsonLocator locator(bytes);
    if (!locator.isValid())
        return refused(sourceName, bytes, locator.errorOffset(), Tour::tr("invalid JSON: %1").arg(locator.errorString()));
    const qsizetype rootOffset = locator.valueOffset(QString());
    if (bytes.at(rootOffset) != '{')
        return refused(sourceName, bytes, rootOffset, Tour::tr("the top level must be a JSON object ({ ... })"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(sourceName, bytes, parseError.offset, Tour::tr("invalid JSON: %1").arg(parseError.errorString()));
    if (!locator.duplicateKeys().isEmpty()) {
        const JsonLocator::DuplicateKey &d = locator.duplicateKeys().first();
        return refused(sourceName, bytes, d.keyOffset, Tour::tr("duplicate key %1 (each key may appear only once)").arg(InputLimits::quoted(d.key)));
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(FormatName)) {
        if (format.isUndefined())
            return refused(sourceName, bytes, rootOffset, Tour::tr("missing key \"format\" (a DeltaTrace tour file has \"format\": \"%1\"; this is not one)").arg(QLatin1String(FormatName)));
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("format")),
                       Tour::tr("\"format\" must be \"%1\", not %2 (this is not a DeltaTrace tour file)").arg(QLatin1String(FormatName), describe(format)));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(FormatVersion)) {
        if (version.isUndefined())
            return refused(sourceName, bytes, rootOffset, Tour::tr("missing key \"version\" (this DeltaTrace reads version 1)"));
        if (version.isDouble() && version.toDouble() > double(FormatVersion))
            return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                           Tour::tr("this tour was written for a newer DeltaTrace (format version %1; this DeltaTrace reads version %2): update DeltaTrace")
                               .arg(version.toDouble()).arg(FormatVersion));
        return refused(sourceName, bytes, locator.valueOffset(QStringLiteral("version")),
                       Tour::tr("\"version\" must be the integer %1, not %2").arg(FormatVersion).arg(describe(version)));
    }

    QList<TourProblem> problems;
    Reader read(&problems);
    Tour tour;
    if (read.object(root, QString(),
                    {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("lesson"), QStringLiteral("experiment"), QStringLiteral("stops")})) {
        for (const char *key : {"lesson", "experiment", "stops"}) {
            if (!root.contains(QLatin1String(key)))
                read.problem(QString(), Tour::tr("missing key \"%1\" in the top-level object").arg(QLatin1String(key)));
        }
    }
    for (auto [key, target] : {std::pair{"lesson", &tour.lessonId}, std::pair{"experiment", &tour.experimentId}}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const QString path = QLatin1String(key);
        if (const auto id = read.string(v, path)) {
            if (!LessonLoader::isValidId(*id) || id->size() > InputLimits::MaxIdChars)
                read.problem(path, Tour::tr("%1 must be 1 to %2 characters from a-z, 0-9 and '-', not %3").arg(path).arg(InputLimits::MaxIdChars).arg(InputLimits::quoted(*id)));
            else
                *target = *id;
        }
    }
    if (root.contains(QLatin1String("stops")))
        tour.stops = Tour::parseStops(root.value(QLatin1String("stops")), QStringLiteral("stops"), std::nullopt, std::nullopt, &problems);

    if (!problems.isEmpty()) {
        // The problem earliest in the file, as for lesson files.
        qsizetype best = std::numeric_limits<qsizetype>::max();
        QString message;
        for (const TourProblem &p : std::as_const(problems)) {
            const qsizetype offset = p.atKey ? locator.offset(p.path) : locator.valueOffset(p.path);
            const qsizetype rank = offset < 0 ? std::numeric_limits<qsizetype>::max() - 1 : offset;
            if (rank < best) {
                best = rank;
                message = p.message;
            }
        }
        return refused(sourceName, bytes, best >= std::numeric_limits<qsizetype>::max() - 1 ? -1 : best, message);
    }
    Tour::FileResult result;
    result.tour = std::move(tour);
    return result;
}

} // namespace

QStringList Tour::viewNames()
{
    // ViewDocks' and the presented pictures' names.
    return {QStringLiteral("network"), QStringLiteral("inputPlane"), QStringLiteral("charts"), QStringLiteral("code"), QStringLiteral("table")};
}

namespace {
// A "tour" array of 1 to MaxStops stops, each read by `readStop(value, path)` (lessons 1-3's or a
// general experiment's).
template <typename Stop, typename ReadStop>
QList<Stop> readStops(const QJsonValue &value, const QString &path, Reader &read, ReadStop readStop)
{
    QList<Stop> stops;
    if (!value.isArray()) {
        read.problem(path, Tour::tr("%1 must be an array of stops ([ ... ]), not %2").arg(path, describe(value)));
        return stops;
    }
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > Tour::MaxStops) {
        read.problem(path, Tour::tr("%1 must have 1 to %2 stops, not %3").arg(path).arg(Tour::MaxStops).arg(list.size()));
        return stops;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (const auto stop = readStop(list.at(i), JsonLocator::elementPath(path, i)))
            stops.append(*stop);
    }
    return stops;
}
} // namespace

QList<TourStop> Tour::parseStops(const QJsonValue &value, const QString &path, std::optional<Rule> rule, std::optional<qint64> epochs,
                                 QList<TourProblem> *problems)
{
    Reader read(problems);
    return readStops<TourStop>(value, path, read, [&](const QJsonValue &stop, const QString &stopPath) { return read.stop(stop, stopPath, rule, epochs); });
}

QList<NetworkTourStop> Tour::parseNetworkStops(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture,
                                                std::optional<int> sampleCount, qint64 epochs, QList<TourProblem> *problems)
{
    Reader read(problems);
    return readStops<NetworkTourStop>(value, path, read, [&](const QJsonValue &stop, const QString &stopPath) {
        return read.networkStop(stop, stopPath, architecture, sampleCount, epochs);
    });
}

QList<ResolvedStop> Tour::resolve(const Trace &trace) const { return resolve(trace, TraceEvents::find(trace)); }

QList<ResolvedStop> Tour::resolve(const Trace &trace, const TraceEvents &events) const
{
    QList<ResolvedStop> resolved;
    resolved.reserve(stops.size());
    for (qsizetype i = 0; i < stops.size(); ++i) {
        ResolvedStop r;
        r.index = int(i);
        r.stop = stops[i];
        const TourStop &s = stops[i];
        if (s.event) {
            r.position = events.position(*s.event);
            if (!r.position)
                r.skip = ResolvedStop::Skip::EventDidNotHappen;
        } else {
            const int operation = s.operation ? operationIndex(trace.rule(), *s.operation)
                                              : static_cast<int>(operationsOf(trace.rule()).size()) - 1;
            // A tour written for a longer run, or for another rule's operations.
            if (s.epoch >= trace.epochCount() || s.sample < 0 || s.sample >= SampleCount || operation < 0)
                r.skip = ResolvedStop::Skip::OutsideRun;
            else
                r.position = TracePosition{static_cast<long long>(s.epoch) * SampleCount + s.sample, operation};
        }
        resolved.append(r);
    }
    return resolved;
}

Tour::FileResult Tour::loadFile(const QString &path)
{
    QFile file;
    if (const QString problem = RegularFile::openForReading(file, path, tr("a tour file")); !problem.isEmpty())
        return refused(path, {}, -1, problem);
    if (file.size() > MaxFileBytes)
        return refused(path, {}, -1, tooLarge(file.size()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refused(path, {}, -1, tr("cannot be read: %1").arg(file.errorString()));
    return parse(bytes, path);
}

Tour::FileResult Tour::parse(const QByteArray &bytes, const QString &sourceName)
{
    try {
        return parseChecked(bytes, sourceName);
    } catch (const std::bad_alloc &) {
        return refused(sourceName, {}, -1, tr("there is not enough memory to read this tour"));
    }
}

QByteArray Tour::toJson() const
{
    QJsonArray list;
    for (const TourStop &s : stops) {
        QJsonObject o;
        if (s.event) {
            o.insert(QStringLiteral("event"), TraceEvents::name(*s.event));
        } else {
            o.insert(QStringLiteral("epoch"), s.epoch);
            o.insert(QStringLiteral("sample"), s.sample);
            if (s.operation)
                o.insert(QStringLiteral("operation"), latin1(quantityName(*s.operation)));
        }
        QJsonObject note;
        if (!s.note.ko.isEmpty())
            note.insert(QStringLiteral("ko"), s.note.ko);
        if (!s.note.en.isEmpty())
            note.insert(QStringLiteral("en"), s.note.en);
        o.insert(QStringLiteral("note"), note);
        if (!s.view.isEmpty())
            o.insert(QStringLiteral("view"), s.view);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatName));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("lesson"), lessonId);
    root.insert(QStringLiteral("experiment"), experimentId);
    root.insert(QStringLiteral("stops"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Tour::save(const QString &path) const
{
    if (const QString refusal = RegularFile::refusalToWrite(path); !refusal.isEmpty())
        return refusal;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot be written: %1").arg(file.errorString());
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot be written: %1").arg(file.errorString());
    return {};
}

} // namespace deltatrace
