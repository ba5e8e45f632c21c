// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentseed.h"

#include <QCryptographicHash>

namespace deltatrace {

QString StudentSeed::normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

std::uint32_t StudentSeed::forName(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(normalizedName(name).toUtf8(), QCryptographicHash::Sha256);
    std::uint32_t seed = 0;
    for (int i = 3; i >= 0; --i)
        seed = (seed << 8) | static_cast<unsigned char>(digest[i]);
    return seed;
}

} // namespace deltatrace
