// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>

class QWidget;

namespace deltatrace {

// Asks which experiment of the lesson to run beside the current one.
class CompareDialog
{
    Q_DECLARE_TR_FUNCTIONS(CompareDialog)
public:
    // `titles` name `ids`, in the same order; `seed` is the current run's. Returns the chosen
    // id, or "" when the dialog is cancelled.
    static QString chooseExperiment(QWidget *parent, const QStringList &ids, const QStringList &titles, std::uint32_t seed);
};

} // namespace deltatrace
