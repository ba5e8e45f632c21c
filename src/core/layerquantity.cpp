// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerquantity.h"

#include <array>
#include <charconv>

namespace deltatrace {

namespace {
// Prefix and suffix around the layer number, per kind.
struct Spelling
{
    std::string_view prefix;
    std::string_view suffix;
};
constexpr std::array<Spelling, LayerQuantity::KindCount> kSpellings = {{
    {"v", ""}, {"y", ""}, {"e", ""}, {"delta", ""}, {"dW", ""}, {"dW", "_sum"}, {"dW", "_avg"}, {"m", ""}, {"W", ""},
}};
} // namespace

std::string LayerQuantity::name() const
{
    const Spelling &s = kSpellings[static_cast<size_t>(kind)];
    return std::string(s.prefix) + std::to_string(layer) + std::string(s.suffix);
}

std::optional<LayerQuantity> LayerQuantity::fromName(std::string_view name)
{
    for (size_t k = 0; k < kSpellings.size(); ++k) {
        const Spelling &s = kSpellings[k];
        if (!name.starts_with(s.prefix) || !name.ends_with(s.suffix) || name.size() <= s.prefix.size() + s.suffix.size())
            continue;
        const std::string_view digits = name.substr(s.prefix.size(), name.size() - s.prefix.size() - s.suffix.size());
        if (digits.size() > 1 || digits.front() < '1' || digits.front() > '9')
            continue; // one digit, 1..9: no leading zeros, no signs
        int layer = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), layer);
        return LayerQuantity{static_cast<Kind>(k), layer};
    }
    return std::nullopt;
}

Shape LayerQuantity::shape(const Architecture &architecture) const
{
    const int units = architecture.units(layer);
    return isMatrix() ? Shape{units, architecture.units(layer - 1)} : Shape{units, 1};
}

std::string LayerQuantity::elementName(const Architecture &architecture, int element) const
{
    const Shape s = shape(architecture);
    if (isMatrix())
        return name() + '[' + std::to_string(element / s.cols) + ',' + std::to_string(element % s.cols) + ']';
    return name() + '[' + std::to_string(element) + ']';
}

} // namespace deltatrace
