// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
#include "rule.h"

#include <QImage>
#include <QLineF>
#include <QPoint>
#include <QPolygonF>

#include <array>
#include <optional>
#include <vector>

namespace deltatrace {

// The network's output over the input plane (x1, x2) with the bias input x3 = 1, for one set of
// weights: a heat map of y, and where y = 0.5 runs. For the single neuron that is the straight
// line W x = 0; for the 3-4-1 network a contour found by marching squares, with each hidden
// unit's own line W1[i] x = 0. A function of the weights alone, so it runs on any thread.
struct InputPlaneField
{
    // The plane shown: a margin around the unit square keeps the samples off the edge.
    static constexpr double DomainMin = -0.25;
    static constexpr double DomainMax = 1.25;
    static constexpr int Cells = 64;

    QImage heatMap;                          // Cells x Cells, row 0 at the top (x2 = DomainMax)
    std::vector<QLineF> contourSegments;     // y = 0.5, two-layer network, in (x1, x2)
    std::vector<QPolygonF> contour;          // the same segments joined into polylines
    std::optional<QLineF> boundary;          // W x = 0, single neuron
    std::array<std::optional<QLineF>, HiddenCount> hiddenLines; // W1[i] x = 0

    // For finite weights (64 x 64 outputs, at most 5 exp() each).
    static InputPlaneField compute(Rule rule, const Weights &w);

    static QPoint cellFor(double x1, double x2);
    static std::optional<QLineF> clippedLine(double a, double b, double c); // a x1 + b x2 + c = 0 in the plane
    // Joins segments that share end points into polylines: a few polylines stroke many times
    // faster than a hundred separate segments, each with two caps.
    static std::vector<QPolygonF> joinSegments(const std::vector<QLineF> &segments);
};

} // namespace deltatrace
