// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes given to the lesson loader end in a lesson or a message, never a crash,
// hang, leak or unbounded allocation.
#include "lessonloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = deltatrace::LessonLoader::parse(bytes, QStringLiteral("fuzz.lesson.json"));
    // Exactly one of the two outcomes, and a refusal always says where.
    if (result.ok() == !result.error.isEmpty())
        std::abort();
    if (!result.ok() && !result.error.startsWith(QLatin1String("fuzz.lesson.json")))
        std::abort();
    return 0;
}
