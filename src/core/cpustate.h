// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deltatrace {

// Clears the upper halves of the AVX registers before a hot loop of scalar SSE arithmetic.
//
// Why: when code elsewhere in the process (Qt, zlib, libc's string functions) leaves the upper
// AVX state dirty, every following non-VEX SSE instruction -- our arithmetic and glibc's exp()
// wrapper -- pays a state-transition penalty on many Intel CPUs, which makes recording several
// times slower. It changes no result: it only clears register halves that the scalar code never
// reads.
inline void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx"))
        asm volatile("vzeroupper" ::: "memory");
#endif
}

} // namespace deltatrace
