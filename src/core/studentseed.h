// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace deltatrace {

// Each student's own starting weights: the seed comes from the student's name, so that
// neighbours get other numbers (and cannot copy each other's answers) while the instructor,
// given the name, records the very same run again to grade it.
//
// The name is compared as a person would: spaces at the ends and runs of spaces inside do
// not count, nor does letter case; Hangul typed as separate jamo equals the composed
// syllables (Unicode normalisation NFKC).
class StudentSeed
{
public:
    static QString normalizedName(const QString &name);
    // A seed numpy accepts (0 to 2^32 - 1): the first four bytes of the SHA-256 of the
    // normalised name in UTF-8, little-endian. Stable across versions and machines.
    static std::uint32_t forName(const QString &name);
};

} // namespace deltatrace
