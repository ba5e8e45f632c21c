// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace deltatrace {

class LessonValidator;

// Reads what lesson format 2 (general networks) adds to a lesson file: its data (X N x M, D N x K)
// and its experiments (a network of any layers, activations and output delta, trained in batches
// with momentum; the arithmetic of LESSONS.md "General networks"), within Architecture's limits.
// Problems go to the loader's LessonValidator, so they are reported like any other, earliest in
// the file first.
class NetworkLessonReader
{
public:
    explicit NetworkLessonReader(LessonValidator &check) : m_check(check) {}

    // X is N x M (a list of N rows of M numbers, every row as long as the first), D is N numbers
    // (one output) or N rows of K numbers. Stored in `out` only when all of it is sound.
    bool data(const QJsonValue &value, NetworkData *out);

    // A version-2 experiment: id, title, narrative, alpha, epochs and seed as in version 1; the
    // network as "layers", "activations" and "delta", or as version 1's "rule" and "network";
    // "batch", "momentum" and "code" optional. `data` is the lesson's data when it is sound
    // (the layers are then checked against its widths), else null.
    std::optional<Experiment> experiment(const QJsonValue &value, const QString &path, const NetworkData *data);

private:
    // Lessons 1-3's "rule" and "network" in a version-2 experiment: every layer sigmoid, the
    // output delta the rule's ("backprop-ce": cross-entropy; the others squared error), and the
    // network's sizes any within the limits. The rule goes to `ruleOut` too (Experiment::rule,
    // for the record; the network is what runs).
    std::optional<Architecture> ruleNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, bool allKeysKnown, Rule *ruleOut);

    // "layers", "activations" and "delta" (default "sse").
    std::optional<Architecture> generalNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, bool allKeysKnown);

    // A network's sizes from inputs to outputs: 2 to MaxWeightLayers + 1 of them, the first the
    // columns of X, the last the width of D.
    std::optional<std::vector<int>> layerSizes(const QJsonValue &value, const QString &path, const NetworkData *data);

    // One activation per weight layer; softmax only on the output layer, with "ce" and at least
    // two outputs. `sizes` and `delta` are null when they are wrong themselves (reported).
    std::optional<std::vector<Activation>> activationList(const QJsonValue &value, const QString &path, const std::optional<std::vector<int>> &sizes,
                                                          std::optional<OutputDelta> delta, bool deltaGiven);

    // A version-2 listing: lines as in version 1, `computes` naming a LayerQuantity. With the
    // architecture known, every operation it computes has exactly one line; without it (the
    // network is wrong, and reported), only the names are checked.
    bool code(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture, QList<NetworkCodeLine> *out);

    // "missing key" at `path`, unless one of its keys is unknown (then that is the complaint).
    void missingKey(const QString &path, const char *key, bool allKeysKnown);

    LessonValidator &m_check;
};

} // namespace deltatrace
