#pragma once

#include "trace.h"

#include <QIODevice>
#include <QString>

namespace deltatrace {

// Writes a trace as text for other tools: JSON Lines (a header object, then one object per
// sample step) or CSV (one row per step, one column per scalar). Numbers are printed with 17
// significant digits so they read back as the same doubles.
class TraceExporter
{
public:
    enum class Format { JsonLines, Csv };

    struct Range
    {
        int firstEpoch = 0;
        int lastEpoch = -1; // inclusive; -1 means the last epoch
    };

    // Returns false and sets error when the device refuses a write.
    static bool write(const Trace &trace, Format format, QIODevice &out, QString *error,
                      Range range = {});
};

} // namespace deltatrace
