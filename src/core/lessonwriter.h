// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonloader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace deltatrace {

// A lesson with the learner's own targets D: the lesson file's source rewritten and loaded
// again through LessonLoader, so that the edited lesson is checked like any file and a trace
// recorded from it embeds exactly the bytes a saved lesson file holds.
//
// The edited lesson keeps the inputs X, the experiments and their code (the code's
// `D = np.array([...])` line is rewritten with the new targets). It gets its own id and a title
// that says the data are edited, in both languages. The lesson's and the experiments'
// narratives, written for the original data, are replaced by a short note saying what was
// changed; exercises stay but lose their prompts (which may speak of the old targets); a `tour`
// key is dropped.
class LessonWriter
{
    Q_DECLARE_TR_FUNCTIONS(LessonWriter)
public:
    // The logic gates a learner can give the targets with one click.
    enum class Preset { And, Or, Nand, Xor };
    static constexpr Preset Presets[] = {Preset::And, Preset::Or, Preset::Nand, Preset::Xor};
    static QString presetName(Preset preset); // "AND", ... (the same in every language)

    // The targets of `preset` for inputs whose x[0] and x[1] are each 0 or 1; nullopt for other
    // inputs, where a gate has no meaning.
    static std::optional<SampleVector> presetTargets(Preset preset, const InputMatrix &X);
    // The preset `D` equals for these inputs, if any.
    static std::optional<Preset> presetOf(const SampleVector &D, const InputMatrix &X);

    // A sigmoid's output lies between 0 and 1, so a target must too (the lesson format itself
    // accepts any finite number). "" when `value` is fine, else a message naming the sample.
    static QString targetProblem(int sample, double value);

    // The id and title an edited copy of a lesson gets ("03-backprop-xor-your-data",
    // "… (your data)"); editing an edited lesson again keeps them.
    static QString editedId(const QString &id);
    static LocalizedText editedTitle(const LocalizedText &title);

    // The edited lesson's source (pretty-printed JSON), or "" with `error` set.
    static QByteArray editedSource(const Lesson &original, const SampleVector &D, QString *error);
    // The edited lesson, loaded from editedSource() (filePath empty), or the reason it is refused.
    static LessonLoader::Result withTargets(const Lesson &original, const SampleVector &D);

    // Writes `lesson.source` to `path` atomically (QSaveFile): on failure nothing is left at
    // `path` but what was there before, and `error` says why in plain words.
    static bool save(const Lesson &lesson, const QString &path, QString *error);
};

} // namespace deltatrace
