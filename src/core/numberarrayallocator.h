#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace deltatrace {

// Memory for large arrays of plain numbers, with freed blocks kept for the next request.
//
// Why: recording 10 000 epochs writes 18 MB of fresh columns. On Linux, fresh memory costs a page
// fault and a zero-filled page for every 4 KB, which measured here took longer than the whole
// recording (8.4 ms against 3.7 ms with memory that was written before). malloc sometimes hands
// back such memory and sometimes returns it to the system, depending on its heuristics. This pool
// makes it dependable: blocks of 64 KB to 32 MB are kept after they are freed (64 MB in all, the
// oldest given back first) and reused for a block of the same size, which is what recording
// again with another seed or alpha asks for. Smaller blocks go to malloc; larger ones (million-
// epoch runs) map and unmap their own memory, so the pool never holds on to hundreds of MB.
//
// The blocks of 1 MB and more that the pool may keep are mapped as whole, aligned 2 MB pages and
// offered to the kernel for transparent huge pages (madvise). A recording writes a dozen such
// columns side by side, and with 4 KB pages the TLB misses of those streams cost 0.3 ms of a
// 3.5 ms recording of 10 000 epochs. (The kept blocks of 64 KB to 1 MB, such as the 320 KB
// one-number columns of 10 000 epochs, used to come from malloc, fresh and faulting page by
// page at every recording: 0.4 ms.) Larger blocks stay on 4 KB pages: on this virtual machine the first touch of
// never-used memory in 2 MB pages once cost six times more than in 4 KB pages (0.42 s instead of
// 0.07 s for the 176 MB of a million-epoch run), a price that only reuse pays back.
//
// Under AddressSanitizer everything goes to malloc, so that every array stays checked.
class NumberArrayPool
{
public:
    static void *allocate(std::size_t bytes);
    static void release(void *p, std::size_t bytes) noexcept;
    // Bytes currently kept for reuse (for tests and benchmarks).
    static std::size_t keptBytes();
    // Gives every kept block back to the system.
    static void trim();
};

// The allocator of a trace's number arrays (columns, checkpoints, summaries): memory from
// NumberArrayPool, and growing a vector leaves the new numbers uninitialised. A recording or a
// trace file read writes every element exactly once, so zero-filling them first is a second pass
// over all of them (0.7 ms of a 10 000-epoch recording). Whoever resizes such a vector must
// write every element it adds before reading it.
template<typename T>
class NumberArrayAllocator
{
    static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>,
                  "only for plain numbers");

public:
    using value_type = T;

    NumberArrayAllocator() = default;
    template<typename U>
    NumberArrayAllocator(const NumberArrayAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        if (n > static_cast<std::size_t>(-1) / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T *>(NumberArrayPool::allocate(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n) noexcept { NumberArrayPool::release(p, n * sizeof(T)); }

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

    template<typename U>
    bool operator==(const NumberArrayAllocator<U> &) const noexcept { return true; }
};

} // namespace deltatrace
