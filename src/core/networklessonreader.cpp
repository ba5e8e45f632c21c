// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklessonreader.h"

#include "inputlimits.h"
#include "jsonlocator.h"
#include "lessonloader.h"
#include "lessonvalidator.h"
#include "runlimits.h"
#include "steplayout.h"
#include "tour.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace deltatrace {

// X is N x M (a list of N rows of M numbers, every row as long as the first), D is N numbers
// (one output) or N rows of K numbers. Stored in `out` only when all of it is sound.
bool NetworkLessonReader::data(const QJsonValue &value, NetworkData *out)
{
    const QString path = QStringLiteral("data");
    const auto object = m_check.object(value, path, {{"X"}, {"D"}});
    if (!object)
        return false;
    bool ok = object->size() == 2;
    NetworkData data;

    const QString xPath = JsonLocator::childPath(path, QStringLiteral("X"));
    if (const auto rows = m_check.array(object->value(QLatin1String("X")), xPath)) {
        if (rows->isEmpty() || rows->size() > Architecture::MaxSamples) {
            m_check.problem(xPath, LessonLoader::tr("%1 must have 1 to %2 rows (one per sample), not %3").arg(xPath).arg(Architecture::MaxSamples).arg(rows->size()));
            ok = false;
        } else {
            data.sampleCount = int(rows->size());
            for (qsizetype r = 0; r < rows->size(); ++r) {
                const QString rowPath = JsonLocator::elementPath(xPath, r);
                const auto row = m_check.array(rows->at(r), rowPath);
                if (!row) {
                    ok = false;
                    if (r == 0)
                        break; // the first row gives the width the others are held to
                    continue;
                }
                if (r == 0) {
                    if (row->isEmpty() || row->size() > Architecture::MaxUnits) {
                        m_check.problem(rowPath, LessonLoader::tr("%1 must have 1 to %2 numbers (one per input; a bias input is a column of ones), not %3")
                                                     .arg(rowPath).arg(Architecture::MaxUnits).arg(row->size()));
                        ok = false;
                        break;
                    }
                    data.inputCount = int(row->size());
                } else if (row->size() != data.inputCount) {
                    m_check.problem(rowPath, LessonLoader::tr("%1 must have %2 numbers like %3 (every row of X has one number per input), not %4")
                                                 .arg(rowPath).arg(data.inputCount).arg(JsonLocator::elementPath(xPath, 0)).arg(row->size()));
                    ok = false;
                    continue;
                }
                for (qsizetype c = 0; c < row->size(); ++c) {
                    if (const auto v = m_check.number(row->at(c), JsonLocator::elementPath(rowPath, c)))
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
    if (const auto targets = m_check.array(object->value(QLatin1String("D")), dPath)) {
        if (targets->isEmpty() || targets->size() > Architecture::MaxSamples) {
            m_check.problem(dPath, LessonLoader::tr("%1 must have 1 to %2 targets (one per sample), not %3").arg(dPath).arg(Architecture::MaxSamples).arg(targets->size()));
            ok = false;
        } else if (data.sampleCount > 0 && targets->size() != data.sampleCount) {
            m_check.problem(dPath, LessonLoader::tr("%1 must have %2 targets, one per row of %3, not %4").arg(dPath).arg(data.sampleCount).arg(xPath).arg(targets->size()));
            ok = false;
        } else if (!targets->at(0).isArray()) {
            // One output: a list of numbers.
            data.outputCount = 1;
            for (qsizetype k = 0; k < targets->size(); ++k) {
                const QString targetPath = JsonLocator::elementPath(dPath, k);
                if (targets->at(k).isArray()) {
                    m_check.problem(targetPath, LessonLoader::tr("%1 must be a number like %2 (D is a list of numbers, or a list of rows of numbers), not an array")
                                                    .arg(targetPath, JsonLocator::elementPath(dPath, 0)));
                    ok = false;
                } else if (const auto v = m_check.number(targets->at(k), targetPath)) {
                    data.d.push_back(*v);
                } else {
                    ok = false;
                }
            }
        } else {
            // K outputs: a list of rows of K numbers, every row as long as the first.
            for (qsizetype k = 0; k < targets->size(); ++k) {
                const QString rowPath = JsonLocator::elementPath(dPath, k);
                const auto row = m_check.array(targets->at(k), rowPath);
                if (!row) {
                    ok = false;
                    continue;
                }
                if (k == 0) {
                    if (row->isEmpty() || row->size() > Architecture::MaxOutputs) {
                        m_check.problem(rowPath, LessonLoader::tr("%1 must have 1 to %2 numbers (one target per output), not %3")
                                                     .arg(rowPath).arg(Architecture::MaxOutputs).arg(row->size()));
                        ok = false;
                        break;
                    }
                    data.outputCount = int(row->size());
                } else if (row->size() != data.outputCount) {
                    m_check.problem(rowPath, LessonLoader::tr("%1 must have %2 numbers like %3 (every row of D has one target per output), not %4")
                                                 .arg(rowPath).arg(data.outputCount).arg(JsonLocator::elementPath(dPath, 0)).arg(row->size()));
                    ok = false;
                    continue;
                }
                for (qsizetype c = 0; c < row->size(); ++c) {
                    if (const auto v = m_check.number(row->at(c), JsonLocator::elementPath(rowPath, c)))
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
std::optional<Experiment> NetworkLessonReader::experiment(const QJsonValue &value, const QString &path, const NetworkData *data)
{
    bool allKeysKnown = true;
    const auto object = m_check.object(value, path,
                                             {{"id"}, {"title"}, {"narrative"}, {"alpha"}, {"epochs"}, {"seed"}, {"layers", false},
                                              {"activations", false}, {"delta", false}, {"rule", false}, {"network", false}, {"batch", false},
                                              {"momentum", false}, {"code", false}, {"exercises", false}, {"tour", false}},
                                             &allKeysKnown);
    if (!object)
        return std::nullopt;
    const auto at = [&](const char *key) { return object->value(QLatin1String(key)); };
    const auto has = [&](const char *key) { return object->contains(QLatin1String(key)); };
    const auto pathOf = [&](const char *key) { return JsonLocator::childPath(path, QLatin1String(key)); };

    Experiment e;
    bool ok = true;
    const auto keep = [&ok](const auto &parsed, auto *target) {
        if (parsed)
            *target = static_cast<std::remove_pointer_t<decltype(target)>>(*parsed);
        else
            ok = false;
    };
    keep(m_check.id(at("id"), pathOf("id")), &e.id);
    keep(m_check.title(at("title"), pathOf("title")), &e.title);
    keep(m_check.narrative(at("narrative"), pathOf("narrative")), &e.narrative);
    keep(m_check.alpha(at("alpha"), pathOf("alpha")), &e.alpha);
    const auto epochs = m_check.integer(at("epochs"), pathOf("epochs"), 1, RunLimits::MaxEpochs);
    if (epochs && data && *epochs * data->sampleCount > RunLimits::MaxNetworkSteps) {
        m_check.problem(pathOf("epochs"), LessonLoader::tr("%1 is %2, which with the %3 samples of data.X makes %4 sample steps; a run may have at most %5 (epochs times samples)")
                                              .arg(pathOf("epochs"))
                                              .arg(*epochs)
                                              .arg(data->sampleCount)
                                              .arg(*epochs * data->sampleCount)
                                              .arg(RunLimits::MaxNetworkSteps));
        ok = false;
    } else {
        keep(epochs, &e.epochs);
    }
    keep(m_check.integer(at("seed"), pathOf("seed"), 0, qint64(RunLimits::MaxSeed)), &e.seed);

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
        m_check.problem(pathOf(generalKey),
                        LessonLoader::tr("%1 has both \"%2\" and \"%3\": a version 2 experiment gives its network either as \"layers\", \"activations\" and \"delta\", or as lessons 1-3's \"rule\" and \"network\"")
                            .arg(path, QLatin1String(ruleKey), QLatin1String(generalKey)),
                        LessonValidator::Place::Key);
        ok = false;
    } else if (ruleKey) {
        architecture = ruleNetwork(*object, path, data, allKeysKnown, &e.rule);
    } else if (generalKey) {
        architecture = generalNetwork(*object, path, data, allKeysKnown);
    } else if (allKeysKnown) {
        m_check.problem(path, LessonLoader::tr("missing key \"layers\" in %1 (a version 2 experiment gives its network as \"layers\" and \"activations\", or as \"rule\" and \"network\")")
                                  .arg(path));
    }

    // Training: samples per update (at most the data's) and the momentum beta in [0, 1).
    int batch = 1;
    bool trainingOk = true;
    if (has("batch")) {
        if (const auto given = m_check.integer(at("batch"), pathOf("batch"), 1, data ? data->sampleCount : Architecture::MaxSamples))
            batch = int(*given);
        else
            trainingOk = false;
    }
    double beta = 0.0;
    if (has("momentum")) {
        if (const auto given = m_check.number(at("momentum"), pathOf("momentum")); !given) {
            trainingOk = false;
        } else if (!(*given >= 0.0 && *given < 1.0)) {
            m_check.problem(pathOf("momentum"), LessonLoader::tr("%1 must be at least 0 and below 1 (the momentum beta), not %2").arg(pathOf("momentum"), LessonValidator::formatNumber(*given)));
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
    if (has("exercises")) {
        m_check.problem(pathOf("exercises"), LessonLoader::tr("\"%1\" is not yet supported in version 2 lessons: remove it from %2").arg(QLatin1String("exercises"), path), LessonValidator::Place::Key);
        ok = false;
    }

    NetworkExperiment network;
    if (has("tour")) {
        // Tour reads the stops and says what is wrong where, as for lessons 1-3.
        QList<TourProblem> problems;
        network.tour = Tour::parseNetworkStops(at("tour"), pathOf("tour"), architecture,
                                               data ? std::optional<int>(data->sampleCount) : std::nullopt,
                                               epochs.value_or(RunLimits::MaxEpochs), &problems);
        for (const TourProblem &p : std::as_const(problems))
            m_check.problem(p.path, p.message, p.atKey ? LessonValidator::Place::Key : LessonValidator::Place::Value);
        if (!problems.isEmpty())
            ok = false;
    }
    if (has("code")) {
        // The listing's tags are checked against the operations of the network as trained
        // (batch and momentum decide whether dW_sum, dW_avg and m are computed at all).
        if (!code(at("code"), pathOf("code"), architecture, &network.code))
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
// network's sizes any within the limits. The rule goes to `ruleOut` too (Experiment::rule,
// for the record; the network is what runs).
std::optional<Architecture> NetworkLessonReader::ruleNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, bool allKeysKnown, Rule *ruleOut)
{
    const QString rulePath = JsonLocator::childPath(path, QStringLiteral("rule"));
    const QString networkPath = JsonLocator::childPath(path, QStringLiteral("network"));
    if (!object.contains(QLatin1String("rule")))
        missingKey(path, "rule", allKeysKnown);
    if (!object.contains(QLatin1String("network")))
        missingKey(path, "network", allKeysKnown);
    Rule rule = Rule::DeltaRule;
    bool ruleOk = false;
    if (const auto name = m_check.string(object.value(QLatin1String("rule")), rulePath)) {
        const auto parsed = ruleFromName(name->toStdString());
        if (parsed && *parsed == Rule::Forward) {
            m_check.problem(rulePath, LessonLoader::tr("%1 is \"forward\", which version 2 lessons do not have (their experiments train a network): use \"delta-rule\", \"backprop-sigmoid\" or \"backprop-ce\", or keep the forward pass in a version 1 lesson")
                                          .arg(rulePath));
        } else if (parsed) {
            rule = *parsed;
            ruleOk = true;
        } else {
            QStringList names;
            for (const Rule r : {Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
                names << LessonValidator::latin1(ruleName(r));
            m_check.problem(rulePath, LessonLoader::tr("unknown rule %1 in %2 (known rules: %3)").arg(InputLimits::quoted(*name), rulePath, names.join(QLatin1String(", "))));
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
std::optional<Architecture> NetworkLessonReader::generalNetwork(const QJsonObject &object, const QString &path, const NetworkData *data, bool allKeysKnown)
{
    if (!object.contains(QLatin1String("layers")))
        missingKey(path, "layers", allKeysKnown);
    if (!object.contains(QLatin1String("activations")))
        missingKey(path, "activations", allKeysKnown);
    const auto sizes = layerSizes(object.value(QLatin1String("layers")), JsonLocator::childPath(path, QStringLiteral("layers")), data);
    std::optional<OutputDelta> delta = OutputDelta::SquaredError;
    const bool deltaGiven = object.contains(QLatin1String("delta"));
    if (deltaGiven) {
        const QString deltaPath = JsonLocator::childPath(path, QStringLiteral("delta"));
        const auto name = m_check.string(object.value(QLatin1String("delta")), deltaPath);
        delta = name ? outputDeltaFromName(name->toStdString()) : std::nullopt;
        if (name && !delta)
            m_check.problem(deltaPath, LessonLoader::tr("%1 must be \"sse\" (squared error) or \"ce\" (cross-entropy), not %2").arg(deltaPath, InputLimits::quoted(*name)));
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
std::optional<std::vector<int>> NetworkLessonReader::layerSizes(const QJsonValue &value, const QString &path, const NetworkData *data)
{
    const auto list = m_check.array(value, path);
    if (!list)
        return std::nullopt;
    constexpr int MaxSizes = Architecture::MaxWeightLayers + 1;
    if (list->size() < 2 || list->size() > MaxSizes) {
        m_check.problem(path, LessonLoader::tr("%1 must have 2 to %2 sizes (the inputs, up to %3 hidden layers, the outputs), not %4")
                                  .arg(path).arg(MaxSizes).arg(MaxSizes - 2).arg(list->size()));
        return std::nullopt;
    }
    std::vector<int> sizes;
    bool ok = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const bool output = i == list->size() - 1;
        if (const auto n = m_check.integer(list->at(i), JsonLocator::elementPath(path, i), 1, output ? Architecture::MaxOutputs : Architecture::MaxUnits))
            sizes.push_back(int(*n));
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    if (data && sizes.front() != data->inputCount) {
        m_check.problem(JsonLocator::elementPath(path, 0), LessonLoader::tr("%1 must be %2, the number of columns of data.X (one input each), not %3")
                                                               .arg(JsonLocator::elementPath(path, 0)).arg(data->inputCount).arg(sizes.front()));
        ok = false;
    }
    if (data && sizes.back() != data->outputCount) {
        const QString lastPath = JsonLocator::elementPath(path, list->size() - 1);
        m_check.problem(lastPath, LessonLoader::tr("%1 must be %2, the number of targets per sample in data.D (one output each), not %3")
                                      .arg(lastPath).arg(data->outputCount).arg(sizes.back()));
        ok = false;
    }
    return ok ? std::optional(sizes) : std::nullopt;
}

// One activation per weight layer; softmax only on the output layer, with "ce" and at least
// two outputs. `sizes` and `delta` are null when they are wrong themselves (reported).
std::optional<std::vector<Activation>> NetworkLessonReader::activationList(const QJsonValue &value, const QString &path,
                                                                          const std::optional<std::vector<int>> &sizes,
                                                                          std::optional<OutputDelta> delta, bool deltaGiven)
{
    const auto list = m_check.array(value, path);
    if (!list)
        return std::nullopt;
    if (sizes && list->size() != qsizetype(sizes->size()) - 1) {
        QStringList shownSizes;
        for (const int n : *sizes)
            shownSizes << QString::number(n);
        m_check.problem(path, LessonLoader::tr("%1 must have %2 activations, one per weight layer of the layers [%3], not %4")
                                  .arg(path).arg(sizes->size() - 1).arg(shownSizes.join(QLatin1String(", "))).arg(list->size()));
        return std::nullopt;
    }
    if (list->isEmpty() || list->size() > Architecture::MaxWeightLayers) {
        m_check.problem(path, LessonLoader::tr("%1 must have 1 to %2 activations (one per weight layer), not %3").arg(path).arg(Architecture::MaxWeightLayers).arg(list->size()));
        return std::nullopt;
    }
    std::vector<Activation> activations;
    bool ok = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString itemPath = JsonLocator::elementPath(path, i);
        const auto name = m_check.string(list->at(i), itemPath);
        if (!name) {
            ok = false;
            continue;
        }
        const auto activation = activationFromName(name->toStdString());
        if (!activation) {
            m_check.problem(itemPath, LessonLoader::tr("unknown activation %1 in %2 (known activations: %3)").arg(InputLimits::quoted(*name), itemPath, LessonValidator::latin1(activationNames())));
            ok = false;
            continue;
        }
        if (*activation == Activation::Softmax) {
            if (i != list->size() - 1) {
                m_check.problem(itemPath, LessonLoader::tr("%1 is \"softmax\", which only the output layer may have (the last of %2)").arg(itemPath, path));
                ok = false;
            } else if (delta == OutputDelta::SquaredError) {
                m_check.problem(itemPath, deltaGiven ? LessonLoader::tr("%1 is \"softmax\", which needs \"delta\": \"ce\" (softmax outputs are trained with cross-entropy), not \"sse\"").arg(itemPath)
                                                     : LessonLoader::tr("%1 is \"softmax\", which needs \"delta\": \"ce\" (softmax outputs are trained with cross-entropy); without \"delta\" it is \"sse\"").arg(itemPath));
                ok = false;
            } else if (sizes && sizes->back() < 2) {
                m_check.problem(itemPath, LessonLoader::tr("%1 is \"softmax\", which needs at least 2 outputs (the softmax of one output is always 1), not %2").arg(itemPath).arg(sizes->back()));
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
bool NetworkLessonReader::code(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture, QList<NetworkCodeLine> *out)
{
    const auto lines = m_check.array(value, path);
    if (!lines)
        return false;
    if (lines->isEmpty() || lines->size() > LessonValidator::MaxCodeLines) {
        m_check.problem(path, LessonLoader::tr("%1 must have 1 to %2 lines, not %3").arg(path).arg(LessonValidator::MaxCodeLines).arg(lines->size()));
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
        const auto object = m_check.object(lines->at(i), linePath, {{"text"}, {"computes", false}});
        if (!object) {
            ok = false;
            continue;
        }
        NetworkCodeLine line;
        if (const auto text = m_check.codeText(object->value(QLatin1String("text")), JsonLocator::childPath(linePath, QStringLiteral("text"))))
            line.text = *text;
        else
            ok = false;
        const QString computesPath = JsonLocator::childPath(linePath, QStringLiteral("computes"));
        if (const auto name = m_check.string(object->value(QLatin1String("computes")), computesPath)) {
            const auto q = LayerQuantity::fromName(name->toStdString());
            if (!q) {
                m_check.problem(computesPath, LessonLoader::tr("unknown quantity %1 in %2 (a general network's quantities are vL, yL, eL, deltaL, dWL, dWL_sum, dWL_avg, mL and WL, with L the weight layer's number: v1, dW2_sum, ...)")
                                                  .arg(InputLimits::quoted(*name), computesPath));
                ok = computesOk = false;
            } else if (layout) {
                const auto found = std::find(operations.begin(), operations.end(), *q);
                if (q->layer > architecture->layerCount()) {
                    m_check.problem(computesPath, LessonLoader::tr("%1 is %2, but this network has no weight layer %3 (its operations: %4)")
                                                      .arg(computesPath, InputLimits::quoted(*name))
                                                      .arg(q->layer)
                                                      .arg(operationList));
                    ok = computesOk = false;
                } else if (found == operations.end()) {
                    // Every layer has v, y, e, delta, dW and W; the rest depend on the training.
                    const bool batchOnly = q->kind == LayerQuantity::Kind::DWSum || q->kind == LayerQuantity::Kind::DWAvg;
                    const QString why = batchOnly ? LessonLoader::tr("dW_sum and dW_avg exist only with a \"batch\" above 1")
                                                  : LessonLoader::tr("m exists only with a \"momentum\" above 0");
                    m_check.problem(computesPath, LessonLoader::tr("%1 is %2, which this network does not compute (%3; its operations: %4)")
                                                      .arg(computesPath, InputLimits::quoted(*name), why, operationList));
                    ok = computesOk = false;
                } else if (const auto index = static_cast<size_t>(found - operations.begin()); computedBy[index] >= 0) {
                    m_check.problem(computesPath, LessonLoader::tr("%1 is %2, but %3 computes it already (each operation is computed by exactly one line)")
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
            m_check.problem(path, LessonLoader::tr("no line of %1 computes %2 (this network needs exactly one line computing each of: %3)")
                                      .arg(path, missing.join(QLatin1String(", ")), operationList));
            ok = false;
        }
    }
    return ok;
}

void NetworkLessonReader::missingKey(const QString &path, const char *key, bool allKeysKnown)
{
    // As in LessonValidator::object(): a misspelt key is the complaint that helps, not the missing one.
    if (allKeysKnown)
        m_check.problem(path, LessonLoader::tr("missing key \"%1\" in %2").arg(QLatin1String(key), LessonValidator::objectName(path)));
}

} // namespace deltatrace
