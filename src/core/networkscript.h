// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "networkrun.h"

#include <QByteArray>
#include <QList>

namespace deltatrace {

// The numpy code of a general network's run (lesson format 2), written by DeltaTrace: the
// listing a format-2 experiment without `code` shows, and the script "export as numpy" writes.
// Run with python3, it computes exactly the run's numbers. Each line that computes an operation
// is tagged with its quantity, so the listing highlights the line of the current operation.
class NetworkScript
{
public:
    static QList<NetworkCodeLine> lines(const NetworkRun &run);
    // The lines joined into a script.
    static QByteArray of(const NetworkRun &run);
};

} // namespace deltatrace
