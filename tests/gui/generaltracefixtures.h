// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs of general networks (lesson format 2) for the general views' tests, recorded in the test
// with NetworkTrainer::record: the four golden specs (tests/data/golden/general), a large softmax
// network, a one-input linear network and a blow-up.
#include "networktrainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>

namespace deltatrace::fixtures {

inline std::vector<double> flattenJson(const QJsonValue &value)
{
    std::vector<double> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const auto inner = flattenJson(v);
            out.insert(out.end(), inner.begin(), inner.end());
        }
    } else {
        out.push_back(value.toDouble());
    }
    return out;
}

inline const QStringList &goldenSpecs()
{
    static const QStringList names = {QStringLiteral("delta_batch-seed0"), QStringLiteral("backprop_momentum-seed0"),
                                      QStringLiteral("rings_tanh_minibatch-seed2"), QStringLiteral("three_class_softmax-seed5")};
    return names;
}

// The golden file's experiment (its "spec"), as tst_networkgolden builds it.
inline NetworkRun goldenRun(const QString &name)
{
    QFile file(QStringLiteral(DELTATRACE_TEST_DATA "/golden/general/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden %s", qPrintable(name));
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object().value(u"spec").toObject();
    NetworkRun run;
    const QJsonArray X = spec.value(u"X").toArray();
    const QJsonArray D = spec.value(u"D").toArray();
    run.experimentId = name;
    run.data.sampleCount = static_cast<int>(X.size());
    run.data.inputCount = static_cast<int>(X.first().toArray().size());
    run.data.outputCount = D.first().isArray() ? static_cast<int>(D.first().toArray().size()) : 1;
    run.data.x = flattenJson(X);
    run.data.d = flattenJson(D);
    for (const QJsonValue &size : spec.value(u"layers").toArray())
        run.architecture.sizes.push_back(size.toInt());
    for (const QJsonValue &a : spec.value(u"activations").toArray())
        run.architecture.activations.push_back(*activationFromName(a.toString().toStdString()));
    run.architecture.delta = *outputDeltaFromName(spec.value(u"delta").toString(u"sse"_qs).toStdString());
    run.architecture.batch = spec.value(u"batch").toInt(1);
    run.architecture.momentum = spec.value(u"momentum").toDouble(0.0);
    run.alpha = spec.value(u"alpha").toDouble();
    run.epochs = spec.value(u"epochs").toInt();
    run.seed = static_cast<std::uint32_t>(spec.value(u"seed").toInteger());
    return run;
}

// The largest network format 2 allows: 3-32-32-32-8, softmax over 8 classes of 256 points of
// the plane (the class of a point is its octant around the origin), mini-batches of 16.
inline NetworkRun largeSoftmaxRun(int epochs)
{
    NetworkRun run;
    run.experimentId = QStringLiteral("large-softmax");
    run.data.sampleCount = 256;
    run.data.inputCount = 3;
    run.data.outputCount = 8;
    for (int i = 0; i < 16; ++i)
        for (int j = 0; j < 16; ++j) {
            const double a = -1 + 2.0 * i / 15;
            const double b = -1 + 2.0 * j / 15;
            run.data.x.insert(run.data.x.end(), {a, b, 1.0});
            const double angle = std::atan2(b, a) + M_PI; // 0 .. 2 pi
            const int octant = std::min(7, static_cast<int>(angle / (M_PI / 4)));
            for (int c = 0; c < 8; ++c)
                run.data.d.push_back(c == octant ? 1.0 : 0.0);
        }
    run.architecture.sizes = {3, 32, 32, 32, 8};
    run.architecture.activations = {Activation::Tanh, Activation::Tanh, Activation::Relu, Activation::Softmax};
    run.architecture.delta = OutputDelta::CrossEntropy;
    run.architecture.batch = 16;
    run.alpha = 0.05;
    run.epochs = epochs;
    run.seed = 3;
    return run;
}

// One input, one linear output: y = w x, learning d = 2 x from three samples.
inline NetworkRun linearRun(int epochs, double alpha = 0.05)
{
    NetworkRun run;
    run.experimentId = QStringLiteral("linear");
    run.data.sampleCount = 3;
    run.data.inputCount = 1;
    run.data.outputCount = 1;
    run.data.x = {1.0, -0.5, 2.0};
    run.data.d = {2.0, -1.0, 4.0};
    run.architecture.sizes = {1, 1};
    run.architecture.activations = {Activation::Linear};
    run.alpha = alpha;
    run.epochs = epochs;
    run.seed = 1;
    return run;
}

// Lesson 3's data through a sigmoid hidden layer to a linear output, with alpha 1e300: the
// output weights overflow to inf within the first steps, and inf - inf turns values NaN.
inline NetworkRun blowUpRun(int epochs = 50)
{
    NetworkRun run = goldenRun(QStringLiteral("backprop_momentum-seed0"));
    run.experimentId = QStringLiteral("blow-up");
    run.architecture.activations = {Activation::Sigmoid, Activation::Linear};
    run.architecture.momentum = 0.0;
    run.alpha = 1e300;
    run.epochs = epochs;
    return run;
}

inline std::shared_ptr<const NetworkTrace> recordShared(const NetworkRun &run, const NetworkTrainer::Options &options = {})
{
    std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
    if (!trace)
        qFatal("recording %s failed", qPrintable(run.experimentId));
    return std::make_shared<const NetworkTrace>(std::move(*trace));
}

// Checkpoints every few epochs only: steps are recomputed, as in a long run.
inline NetworkTrainer::Options checkpointsOnly()
{
    NetworkTrainer::Options options;
    options.fullRecordBudget = 0;
    options.checkpointBudget = 4096;
    return options;
}

// Checkpoints only, at every epoch as far as the default budget allows: how a long run of a
// large network is kept.
inline NetworkTrainer::Options noFullRecord()
{
    NetworkTrainer::Options options;
    options.fullRecordBudget = 0;
    return options;
}

} // namespace deltatrace::fixtures
