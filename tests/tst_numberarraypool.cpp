// The number-array pool: blocks of 64 KB to 32 MB come back for a request of the same size, the
// pool never keeps more than 64 MB, bigger blocks are never kept, and the arrays behave as plain
// vectors whose new elements are left for their owner to write.
#include "numberarrayallocator.h"

#include <QTest>

#include <cstdint>
#include <cstring>
#include <vector>

using namespace deltatrace;

namespace {
constexpr std::size_t KB = std::size_t(1) << 10;
constexpr std::size_t MB = std::size_t(1) << 20;
}

class TestNumberArrayPool : public QObject
{
    Q_OBJECT

    bool poolEnabled()
    {
        NumberArrayPool::trim();
        void *p = NumberArrayPool::allocate(2 * MB);
        NumberArrayPool::release(p, 2 * MB);
        const bool kept = NumberArrayPool::keptBytes() > 0;
        NumberArrayPool::trim();
        return kept;
    }

private slots:
    void init() { NumberArrayPool::trim(); }
    void cleanup() { NumberArrayPool::trim(); }

    void smallBlocksAreNeverKept()
    {
        void *p = NumberArrayPool::allocate(64 * KB - 8);
        std::memset(p, 1, 64 * KB - 8);
        NumberArrayPool::release(p, 64 * KB - 8);
        QCOMPARE(NumberArrayPool::keptBytes(), std::size_t(0));
    }

    void blocksFrom64KBAreKept()
    {
        if (!poolEnabled())
            QSKIP("the pool is off in this build (AddressSanitizer): every block goes to malloc");
        // A 10 000-epoch recording's one-number-per-step columns are 320 KB: reusing them spares
        // the page faults of fresh memory at every recording.
        void *p = NumberArrayPool::allocate(320 * KB);
        std::memset(p, 1, 320 * KB);
        NumberArrayPool::release(p, 320 * KB);
        QVERIFY(NumberArrayPool::keptBytes() >= 320 * KB);
        QCOMPARE(NumberArrayPool::allocate(320 * KB), p);
        NumberArrayPool::release(p, 320 * KB);
    }

    void keptBlocksOfAMegabyteOrMoreStartOnAHugePageBoundary()
    {
        if (!poolEnabled())
            QSKIP("the pool is off in this build (AddressSanitizer): every block goes to malloc");
        // So that the kernel can back them with 2 MB pages (whether it does is its choice).
        for (std::size_t bytes : {MB, 3 * MB + 100, 32 * MB}) {
            void *p = NumberArrayPool::allocate(bytes);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % (2 * MB), std::uintptr_t(0));
            std::memset(p, 1, bytes);
            NumberArrayPool::release(p, bytes);
        }
    }

    void aFreedBlockServesTheNextRequestOfItsSize()
    {
        if (!poolEnabled())
            QSKIP("the pool is off in this build (AddressSanitizer): every block goes to malloc");
        const std::size_t bytes = 3 * MB + 100;
        void *first = NumberArrayPool::allocate(bytes);
        std::memset(first, 7, bytes); // the memory is really usable
        NumberArrayPool::release(first, bytes);
        QVERIFY(NumberArrayPool::keptBytes() >= bytes);
        void *other = NumberArrayPool::allocate(5 * MB); // another size: not that block
        QVERIFY(other != first);
        void *again = NumberArrayPool::allocate(bytes);
        QCOMPARE(again, first);
        QCOMPARE(NumberArrayPool::keptBytes(), std::size_t(0));
        NumberArrayPool::release(again, bytes);
        NumberArrayPool::release(other, 5 * MB);
    }

    void thePoolKeepsAtMost64MBAndNoBlockAbove32MB()
    {
        if (!poolEnabled())
            QSKIP("the pool is off in this build (AddressSanitizer): every block goes to malloc");
        void *big = NumberArrayPool::allocate(40 * MB);
        NumberArrayPool::release(big, 40 * MB);
        QCOMPARE(NumberArrayPool::keptBytes(), std::size_t(0));

        std::vector<void *> blocks;
        for (int i = 0; i < 5; ++i)
            blocks.push_back(NumberArrayPool::allocate(20 * MB));
        for (void *b : blocks)
            NumberArrayPool::release(b, 20 * MB);
        QVERIFY(NumberArrayPool::keptBytes() <= 64 * MB);
        QCOMPARE(NumberArrayPool::keptBytes(), 60 * MB); // the three most recent
        NumberArrayPool::trim();
        QCOMPARE(NumberArrayPool::keptBytes(), std::size_t(0));
    }

    void vectorsGrowCopyAndShrinkAsUsual()
    {
        using Numbers = std::vector<double, NumberArrayAllocator<double>>;
        Numbers a(300000); // 2.4 MB: a pooled block
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i] = double(i) * 0.5;
        Numbers b = a;
        QCOMPARE(b.size(), a.size());
        QVERIFY(std::equal(a.begin(), a.end(), b.begin()));
        a.resize(10); // shrinking keeps the first elements
        QCOMPARE(a[9], 4.5);
        a.shrink_to_fit();
        b.push_back(-1.0);
        QCOMPARE(b.back(), -1.0);
        QCOMPARE(b[299999], 299999 * 0.5);
    }
};

QTEST_GUILESS_MAIN(TestNumberArrayPool)
#include "tst_numberarraypool.moc"
