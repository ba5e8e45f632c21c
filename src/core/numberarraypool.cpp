#include "numberarrayallocator.h"

#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define DELTATRACE_POOL_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DELTATRACE_POOL_ENABLED 0
#endif
#endif
#if !defined(DELTATRACE_POOL_ENABLED) && defined(__linux__)
#define DELTATRACE_POOL_ENABLED 1
#elif !defined(DELTATRACE_POOL_ENABLED)
#define DELTATRACE_POOL_ENABLED 0
#endif

namespace deltatrace {

namespace {

constexpr std::size_t Page = 4096;
constexpr std::size_t HugePage = std::size_t(2) << 20;
constexpr std::size_t MappedFrom = std::size_t(64) << 10; // smaller blocks: malloc
constexpr std::size_t HugeFrom = std::size_t(1) << 20;    // smaller mapped blocks: 4 KB pages
constexpr std::size_t KeptUpTo = std::size_t(32) << 20;   // larger blocks are never kept
// all kept blocks together; unused when the pool is off (under AddressSanitizer, as in the fuzz build)
[[maybe_unused]] constexpr std::size_t KeptAtMost = std::size_t(64) << 20;

[[maybe_unused]] std::size_t roundUp(std::size_t bytes, std::size_t unit) { return (bytes + unit - 1) / unit * unit; }

// Blocks of 1 MB and more that the pool may keep are whole, aligned 2 MB pages that the kernel
// may back with transparent huge pages (see the class comment); the others use 4 KB pages.
[[maybe_unused]] bool isHuge(std::size_t bytes) { return bytes >= HugeFrom && roundUp(bytes, HugePage) <= KeptUpTo; }
[[maybe_unused]] std::size_t mappedSize(std::size_t bytes) { return roundUp(bytes, isHuge(bytes) ? HugePage : Page); }

struct Block
{
    void *address;
    std::size_t size;
};

struct Pool
{
    std::mutex mutex;
    std::vector<Block> kept; // oldest first
    std::size_t keptBytes = 0;
};

Pool &pool()
{
    static Pool *instance = new Pool; // never destroyed: arrays may be freed during exit
    return *instance;
}

[[maybe_unused]] bool isMapped(std::size_t bytes) { return DELTATRACE_POOL_ENABLED && bytes >= MappedFrom; }

#if DELTATRACE_POOL_ENABLED
void unmap(const Block &b) { munmap(b.address, b.size); }

// size bytes (a multiple of HugePage) at a HugePage boundary: maps a page more than needed and
// gives back the unaligned ends.
void *mapHuge(std::size_t size)
{
    void *mapped = mmap(nullptr, size + HugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto begin = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (begin + HugePage - 1) / HugePage * HugePage;
    const std::uintptr_t end = begin + size + HugePage;
    if (aligned > begin)
        munmap(mapped, aligned - begin);
    if (end > aligned + size)
        munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
    void *address = reinterpret_cast<void *>(aligned);
#if defined(MADV_HUGEPAGE)
    madvise(address, size, MADV_HUGEPAGE); // a hint: without huge pages it is only slower
#endif
    return address;
}
#endif

} // namespace

void *NumberArrayPool::allocate(std::size_t bytes)
{
#if DELTATRACE_POOL_ENABLED
    if (isMapped(bytes)) {
        const std::size_t size = mappedSize(bytes);
        {
            Pool &p = pool();
            std::lock_guard lock(p.mutex);
            for (auto it = p.kept.rbegin(); it != p.kept.rend(); ++it) {
                if (it->size == size) {
                    void *address = it->address;
                    p.keptBytes -= size;
                    p.kept.erase(std::next(it).base());
                    return address;
                }
            }
        }
        if (isHuge(bytes))
            return mapHuge(size);
        void *address = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (address == MAP_FAILED)
            throw std::bad_alloc();
        return address;
    }
#endif
    if (void *address = std::malloc(bytes == 0 ? 1 : bytes))
        return address;
    throw std::bad_alloc();
}

void NumberArrayPool::release(void *address, std::size_t bytes) noexcept
{
    if (address == nullptr)
        return;
#if DELTATRACE_POOL_ENABLED
    if (isMapped(bytes)) {
        const Block block{address, mappedSize(bytes)};
        if (block.size > KeptUpTo) {
            unmap(block);
            return;
        }
        std::vector<Block> evicted;
        {
            Pool &p = pool();
            std::lock_guard lock(p.mutex);
            while (!p.kept.empty() && p.keptBytes + block.size > KeptAtMost) {
                evicted.push_back(p.kept.front());
                p.keptBytes -= p.kept.front().size;
                p.kept.erase(p.kept.begin());
            }
            p.kept.push_back(block);
            p.keptBytes += block.size;
        }
        for (const Block &b : evicted) // outside the lock: munmap can take a while
            unmap(b);
        return;
    }
#else
    (void)bytes;
#endif
    std::free(address);
}

std::size_t NumberArrayPool::keptBytes()
{
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    return p.keptBytes;
}

void NumberArrayPool::trim()
{
    std::vector<Block> blocks;
    {
        Pool &p = pool();
        std::lock_guard lock(p.mutex);
        blocks.swap(p.kept);
        p.keptBytes = 0;
    }
#if DELTATRACE_POOL_ENABLED
    for (const Block &b : blocks)
        unmap(b);
#endif
}

} // namespace deltatrace
