// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputplanefield.h"

#include "cpustate.h"
#include "engine.h"
#include "valuecolors.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace deltatrace {

namespace {
constexpr double Span = InputPlaneField::DomainMax - InputPlaneField::DomainMin;
constexpr double CellSize = Span / InputPlaneField::Cells;
} // namespace

QPoint InputPlaneField::cellFor(double x1, double x2)
{
    const int c = std::clamp(static_cast<int>(std::floor((x1 - DomainMin) / CellSize)), 0, Cells - 1);
    const int r = std::clamp(static_cast<int>(std::floor((DomainMax - x2) / CellSize)), 0, Cells - 1);
    return {c, r};
}

InputPlaneField InputPlaneField::compute(Rule rule, const Weights &w)
{
    clearUpperVectorState(); // painting code may have left AVX state dirty; see cpustate.h
    InputPlaneField field;
    std::vector<double> values(static_cast<std::size_t>(Cells) * Cells);
    field.heatMap = QImage(Cells, Cells, QImage::Format_RGB32);
    for (int r = 0; r < Cells; ++r) {
        const double x2 = DomainMax - (r + 0.5) * CellSize;
        double *y = values.data() + static_cast<std::size_t>(r) * Cells;
        if (isTwoLayer(rule)) {
            // A row's hidden units first, then its outputs: the 256 exp() calls of the first
            // loop are independent and overlap, where cell after cell would wait on each
            // output's exp().
            // The same operations as Engine::output, so the same doubles.
            double v1[Cells][HiddenCount];
            double y1[Cells][HiddenCount];
            for (int c = 0; c < Cells; ++c) {
                const double x[InputCount] = {DomainMin + (c + 0.5) * CellSize, x2, 1.0};
                Engine::hiddenLayer(w.W1.data(), x, v1[c], y1[c]);
            }
            for (int c = 0; c < Cells; ++c) {
                double v = 0.0;
                y[c] = Engine::outputLayer(w.W2.data(), y1[c], v);
            }
        } else {
            for (int c = 0; c < Cells; ++c)
                y[c] = Engine::output(rule, w, InputVector(DomainMin + (c + 0.5) * CellSize, x2, 1.0));
        }
        auto *line = reinterpret_cast<QRgb *>(field.heatMap.scanLine(r));
        for (int c = 0; c < Cells; ++c)
            line[c] = ValueColors::sequentialRgb(y[c]);
    }

    if (isTwoLayer(rule)) {
        for (int i = 0; i < HiddenCount; ++i)
            field.hiddenLines[static_cast<std::size_t>(i)] = clippedLine(w.W1(i, 0), w.W1(i, 1), w.W1(i, 2));
        // The y = 0.5 contour by marching squares over the cell centres.
        auto at = [&](int r, int c) { return values[static_cast<std::size_t>(r * Cells + c)] - 0.5; };
        auto point = [](double r, double c) { return QPointF(DomainMin + (c + 0.5) * CellSize, DomainMax - (r + 0.5) * CellSize); };
        for (int r = 0; r + 1 < Cells; ++r) {
            for (int c = 0; c + 1 < Cells; ++c) {
                // Corners in order around the square: top-left, top-right, bottom-right, bottom-left.
                const std::array<double, 4> v = {at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)};
                if (std::any_of(v.begin(), v.end(), [](double x) { return std::isnan(x); }))
                    continue;
                const std::array<std::pair<int, int>, 4> corner = {{{r, c}, {r, c + 1}, {r + 1, c + 1}, {r + 1, c}}};
                std::vector<QPointF> cross;
                for (int e = 0; e < 4; ++e) {
                    auto from = corner[static_cast<std::size_t>(e)];
                    auto to = corner[static_cast<std::size_t>((e + 1) % 4)];
                    // The cell next door meets this edge going the other way. Interpolating from
                    // the same end in both cells gives the crossing the very same coordinates, so
                    // the segments can be joined by exact comparison.
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
                    field.contourSegments.emplace_back(cross[0], cross[1]);
                } else if (cross.size() == 4) {
                    // A saddle: pair the crossings by the sign of the centre.
                    const double centre = (v[0] + v[1] + v[2] + v[3]) / 4;
                    if ((centre < 0) == (v[0] < 0)) {
                        field.contourSegments.emplace_back(cross[0], cross[1]);
                        field.contourSegments.emplace_back(cross[2], cross[3]);
                    } else {
                        field.contourSegments.emplace_back(cross[0], cross[3]);
                        field.contourSegments.emplace_back(cross[1], cross[2]);
                    }
                }
            }
        }
        field.contour = joinSegments(field.contourSegments);
    } else {
        field.boundary = clippedLine(w.W(0), w.W(1), w.W(2));
    }
    return field;
}

std::optional<QLineF> InputPlaneField::clippedLine(double a, double b, double c)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || (a == 0.0 && b == 0.0))
        return std::nullopt;
    std::vector<QPointF> hits;
    auto add = [&hits](double x1, double x2) {
        if (!std::isfinite(x1) || !std::isfinite(x2))
            return;
        constexpr double eps = 1e-12;
        if (x1 < DomainMin - eps || x1 > DomainMax + eps || x2 < DomainMin - eps || x2 > DomainMax + eps)
            return;
        for (const QPointF &h : hits)
            if (std::abs(h.x() - x1) < 1e-9 && std::abs(h.y() - x2) < 1e-9)
                return;
        hits.emplace_back(x1, x2);
    };
    if (b != 0.0) {
        add(DomainMin, -(a * DomainMin + c) / b);
        add(DomainMax, -(a * DomainMax + c) / b);
    }
    if (a != 0.0) {
        add(-(b * DomainMin + c) / a, DomainMin);
        add(-(b * DomainMax + c) / a, DomainMax);
    }
    if (hits.size() < 2)
        return std::nullopt;
    // The two hits farthest apart (a line through a corner can hit it twice).
    QLineF best(hits[0], hits[1]);
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t j = i + 1; j < hits.size(); ++j)
            if (QLineF(hits[i], hits[j]).length() > best.length())
                best = QLineF(hits[i], hits[j]);
    return best;
}

std::vector<QPolygonF> InputPlaneField::joinSegments(const std::vector<QLineF> &segments)
{
    // Each end point of the contour is shared by at most two segments (one per cell on either
    // side of the edge it lies on), so the segments form chains and loops.
    auto key = [](const QPointF &p) { return std::pair(p.x(), p.y()); };
    std::map<std::pair<double, double>, std::vector<std::size_t>> at;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        at[key(segments[i].p1())].push_back(i);
        at[key(segments[i].p2())].push_back(i);
    }
    std::vector<bool> used(segments.size(), false);
    auto nextFrom = [&](const QPointF &p) -> std::optional<std::size_t> {
        for (std::size_t j : at[key(p)])
            if (!used[j])
                return j;
        return std::nullopt;
    };
    auto otherEnd = [&](std::size_t j, const QPointF &p) { return segments[j].p1() == p ? segments[j].p2() : segments[j].p1(); };

    std::vector<QPolygonF> lines;
    // Open chains first, from their free ends (points with one segment); then the loops.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (at[key(segments[i].p1())].size() == 1 || at[key(segments[i].p2())].size() == 1)
            starts.push_back(i);
    for (std::size_t i = 0; i < segments.size(); ++i)
        starts.push_back(i);
    for (std::size_t first : starts) {
        if (used[first])
            continue;
        used[first] = true;
        const bool p1Free = at[key(segments[first].p1())].size() == 1;
        QPolygonF line;
        line << (p1Free ? segments[first].p1() : segments[first].p2()) << (p1Free ? segments[first].p2() : segments[first].p1());
        while (const auto next = nextFrom(line.back())) {
            used[*next] = true;
            line << otherEnd(*next, line.back());
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace deltatrace
