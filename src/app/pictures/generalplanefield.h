// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPolygonF>
#include <QRgb>

#include <memory>
#include <vector>

namespace deltatrace {

class NetworkEngine;

// A general network's outputs over the plane of two of its inputs (the others held at their
// value, e.g. a bias column of ones), for one set of weights: a grid of forward passes through
// NetworkEngine::outputs, so every cell is the number the engine gives for that input. With one
// output, a shade of y and the contour where y crosses the threshold; with K > 1 outputs, the
// arg-max class of every cell as a colour region and the boundaries between regions.
// A function of its arguments alone, so it runs on any thread.
struct GeneralPlaneField
{
    // Which plane, and how the output is shaded.
    struct Plane
    {
        int across = 0;              // the input column on the horizontal axis
        int up = 1;                  // the input column on the vertical axis
        std::vector<double> input;   // a full input row: the held columns' values (the two axes' are ignored)
        double acrossMin = 0, acrossMax = 1;
        double upMin = 0, upMax = 1;
        // One output: the colour scale's ends and the level of the boundary.
        double low = 0, high = 1, threshold = 0.5;
        int cells = 96;
    };

    int cells = 0;
    int outputCount = 0;            // K
    std::vector<double> values;     // cells x cells x K, row 0 at the top (up = upMax)
    std::vector<int> classes;       // K > 1: the arg-max per cell, -1 where an output is not finite
    bool allFinite = true;          // every cell's outputs are finite
    QImage image;                   // cells x cells, row 0 at the top
    std::vector<QPolygonF> contour; // K = 1: y = threshold, in (across, up) coordinates
    std::vector<QLineF> boundaries; // K > 1: cell edges between different classes, in (across, up)

    // The cost of compute() in multiply-adds, to decide whether it may run on the window's thread.
    static double cost(const NetworkEngine &engine, int cells);
    static GeneralPlaneField compute(const NetworkEngine &engine, const std::vector<double> &weights, const Plane &plane);

    // The centre of cell (column, row) in (across, up).
    static double acrossAt(const Plane &plane, int column);
    static double upAt(const Plane &plane, int row);

    // The class colours: Okabe-Ito's eight, apart for colour-blind readers. Regions show them
    // paler, so that the samples (full colour) stand out on them.
    static QColor classColour(int k);
    static QColor regionColour(int k);
    // The shade of a single output: viridis over [low, high], notFinite() for inf or NaN.
    static QRgb shade(const Plane &plane, double y);
};

} // namespace deltatrace
