// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalplanefield.h"

#include "cpustate.h"
#include "inputplanefield.h"
#include "networkengine.h"
#include "picturepainting.h"
#include "valuecolors.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace deltatrace {

namespace {

// Okabe-Ito, in the order of ValueColors::series (blue, orange, green, pink, vermillion, sky
// blue), then yellow and black: eight classes at most (lesson format 2's K <= 8).
constexpr std::array<QRgb, 8> ClassColours = {0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7,
                                              0xffd55e00, 0xff56b4e9, 0xfff0e442, 0xff000000};

} // namespace

QColor GeneralPlaneField::classColour(int k)
{
    const auto n = static_cast<int>(ClassColours.size());
    return QColor::fromRgb(ClassColours[static_cast<std::size_t>(((k % n) + n) % n)]);
}

QColor GeneralPlaneField::regionColour(int k)
{
    if (k < 0)
        return ValueColors::notFinite();
    // Strong enough that orange and vermillion (the closest pair) stay apart; light enough that
    // the samples' full colours and dark outlines stand out.
    return blendedOver(classColour(k), 150, Qt::white);
}

QRgb GeneralPlaneField::shade(const Plane &plane, double y)
{
    if (!std::isfinite(y))
        return ValueColors::notFinite().rgb();
    const double span = plane.high - plane.low;
    return ValueColors::sequentialRgb(span > 0 ? (y - plane.low) / span : 0.5);
}

double GeneralPlaneField::acrossAt(const Plane &plane, int column)
{
    return plane.acrossMin + (column + 0.5) * (plane.acrossMax - plane.acrossMin) / plane.cells;
}

double GeneralPlaneField::upAt(const Plane &plane, int row)
{
    return plane.upMax - (row + 0.5) * (plane.upMax - plane.upMin) / plane.cells;
}

double GeneralPlaneField::cost(const NetworkEngine &engine, int cells)
{
    return double(engine.totalWeightCount()) * cells * cells;
}

GeneralPlaneField GeneralPlaneField::compute(const NetworkEngine &engine, const std::vector<double> &weights, const Plane &plane)
{
    clearUpperVectorState(); // painting code may have left AVX state dirty; see cpustate.h
    GeneralPlaneField field;
    const int n = plane.cells;
    const int K = engine.run().architecture.outputCount();
    field.cells = n;
    field.outputCount = K;
    field.values.resize(static_cast<std::size_t>(n) * n * K);
    std::vector<double> input = plane.input;
    for (int r = 0; r < n; ++r) {
        input[static_cast<std::size_t>(plane.up)] = upAt(plane, r);
        for (int c = 0; c < n; ++c) {
            input[static_cast<std::size_t>(plane.across)] = acrossAt(plane, c);
            engine.outputs(weights, input, field.values.data() + (static_cast<std::size_t>(r) * n + c) * K);
        }
    }
    field.allFinite = std::all_of(field.values.begin(), field.values.end(), [](double v) { return std::isfinite(v); });

    field.image = QImage(n, n, QImage::Format_RGB32);
    if (K == 1) {
        for (int r = 0; r < n; ++r) {
            auto *line = reinterpret_cast<QRgb *>(field.image.scanLine(r));
            for (int c = 0; c < n; ++c)
                line[c] = shade(plane, field.values[static_cast<std::size_t>(r) * n + c]);
        }
        // The boundary y = threshold by marching squares over the cell centres.
        std::vector<QLineF> segments;
        auto at = [&](int r, int c) { return field.values[static_cast<std::size_t>(r * n + c)] - plane.threshold; };
        auto point = [&](double r, double c) {
            const double across = plane.acrossMin + (c + 0.5) * (plane.acrossMax - plane.acrossMin) / n;
            const double up = plane.upMax - (r + 0.5) * (plane.upMax - plane.upMin) / n;
            return QPointF(across, up);
        };
        for (int r = 0; r + 1 < n; ++r) {
            for (int c = 0; c + 1 < n; ++c) {
                const std::array<std::pair<int, int>, 4> corner = {{{r, c}, {r, c + 1}, {r + 1, c + 1}, {r + 1, c}}};
                std::array<double, 4> v{};
                for (std::size_t i = 0; i < 4; ++i)
                    v[i] = at(corner[i].first, corner[i].second);
                if (std::any_of(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }))
                    continue;
                std::vector<QPointF> cross;
                for (std::size_t e = 0; e < 4; ++e) {
                    auto from = corner[e];
                    auto to = corner[(e + 1) % 4];
                    // Interpolated from the same end in both cells that share the edge, so the
                    // crossings match exactly and the segments join (InputPlaneField does the same).
                    if (to < from)
                        std::swap(from, to);
                    const double a = at(from.first, from.second);
                    const double b = at(to.first, to.second);
                    if ((a < 0) == (b < 0))
                        continue;
                    const double t = a / (a - b);
                    cross.push_back(point(from.first + (to.first - from.first) * t, from.second + (to.second - from.second) * t));
                }
                if (cross.size() == 2) {
                    segments.emplace_back(cross[0], cross[1]);
                } else if (cross.size() == 4) {
                    const double centre = (v[0] + v[1] + v[2] + v[3]) / 4;
                    if ((centre < 0) == (v[0] < 0)) {
                        segments.emplace_back(cross[0], cross[1]);
                        segments.emplace_back(cross[2], cross[3]);
                    } else {
                        segments.emplace_back(cross[0], cross[3]);
                        segments.emplace_back(cross[1], cross[2]);
                    }
                }
            }
        }
        field.contour = InputPlaneField::joinSegments(segments);
        return field;
    }

    field.classes.resize(static_cast<std::size_t>(n) * n);
    std::array<QRgb, 8> regions{};
    for (int k = 0; k < K && k < 8; ++k)
        regions[static_cast<std::size_t>(k)] = regionColour(k).rgb();
    for (int r = 0; r < n; ++r) {
        auto *line = reinterpret_cast<QRgb *>(field.image.scanLine(r));
        for (int c = 0; c < n; ++c) {
            const double *y = field.values.data() + (static_cast<std::size_t>(r) * n + c) * K;
            int best = std::all_of(y, y + K, [](double v) { return std::isfinite(v); }) ? 0 : -1;
            if (best == 0)
                for (int k = 1; k < K; ++k)
                    if (y[k] > y[best])
                        best = k; // the first of equal outputs, as numpy's argmax
            field.classes[static_cast<std::size_t>(r) * n + c] = best;
            line[c] = best < 0 ? ValueColors::notFinite().rgb() : regions[static_cast<std::size_t>(best)];
        }
    }
    // The edges between cells of different classes, in the plane's coordinates.
    const double w = (plane.acrossMax - plane.acrossMin) / n;
    const double h = (plane.upMax - plane.upMin) / n;
    auto classAt = [&](int r, int c) { return field.classes[static_cast<std::size_t>(r) * n + c]; };
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const double left = plane.acrossMin + c * w;
            const double top = plane.upMax - r * h;
            if (c + 1 < n && classAt(r, c) != classAt(r, c + 1))
                field.boundaries.emplace_back(QPointF(left + w, top), QPointF(left + w, top - h));
            if (r + 1 < n && classAt(r, c) != classAt(r + 1, c))
                field.boundaries.emplace_back(QPointF(left, top - h), QPointF(left + w, top - h));
        }
    }
    return field;
}

} // namespace deltatrace
