// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace deltatrace {

// The allocator of a trace's number arrays (columns, checkpoints, summaries): std::allocator,
// except that growing a vector leaves the new numbers uninitialised. A recording writes every
// element exactly once, so zero-filling 18 MB of columns first would be a second pass over all
// of them. Whoever resizes such a vector must write every element it adds before reading it.
template<typename T>
class NumberArrayAllocator : public std::allocator<T>
{
    static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>,
                  "only for plain numbers");

public:
    using value_type = T;
    template<typename U>
    struct rebind
    {
        using other = NumberArrayAllocator<U>;
    };

    NumberArrayAllocator() = default;
    template<typename U>
    NumberArrayAllocator(const NumberArrayAllocator<U> &) noexcept {}

    template<typename U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U; // default-initialisation: no zeroing
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

} // namespace deltatrace
