// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pictureexporter.h"

#include <QString>

namespace deltatrace {

class ChartLegend;
class TrainingChartView;

// A training chart as a picture to save or print: the chart as its view shows it (curves, grid,
// axes, the current epoch's marker) with its legend under it, painted into any painter through
// the chart's scene, so that an SVG gets every curve as a path and every label as text.
class ChartPicture
{
public:
    // `legend` may be null (the chart alone). The picture paints the widgets as they are when it
    // is painted, and nothing once they are gone.
    static PictureExporter::Picture of(TrainingChartView *view, ChartLegend *legend, const QString &name);
};

} // namespace deltatrace
