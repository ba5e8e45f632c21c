// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;

namespace deltatrace {

class ComparisonView;

// The centre of the window, the view of the current operation: the widgets above the work
// (message bars, the run's title, the stepping toolbar, presenter mode's position bar), then the
// arithmetic (the formula with its numbers) over the network diagram. Every other view is a dock
// around it. A compared run shows its arithmetic beside the first one's and its network under
// the first one's. It takes the focus after a lesson is chosen, so the stepping keys act at once.
class WorkArea : public QWidget
{
    Q_OBJECT
public:
    WorkArea(const QList<QWidget *> &above, QWidget *arithmetic, QWidget *diagram, ComparisonView *comparison,
             QWidget *parent = nullptr);

    // Shows the compared run, half and half: the point is to look across (and down). Each
    // arithmetic and each network is then titled with its run.
    void showComparison(const QString &firstRunTitle, const QString &comparedRunTitle);
    void setRunTitles(const QString &firstRunTitle, const QString &comparedRunTitle);
    void hideComparison();

    // Presenter mode starts from the default proportions; leaving brings back the sizes from
    // before.
    void setPresenting(bool presenting);
    // The arithmetic and the network share the height in their default proportions.
    void resetProportions();
    // Presenting on a narrow screen shows the arithmetic alone beside a picture.
    void setNetworkVisible(bool visible);

private:
    QSplitter *createCentre(QWidget *arithmetic);
    QWidget *titled(QWidget *content, QLabel *&title, const char *name);

    ComparisonView *m_comparison;
    QLabel *m_firstRunTitle = nullptr;
    QLabel *m_firstDiagramTitle = nullptr;    // over the network, while comparing
    QLabel *m_comparedDiagramTitle = nullptr; // over the compared run's network
    QWidget *m_comparedDiagram = nullptr;     // it and its title
    QSplitter *m_centreSplitter = nullptr; // the arithmetic, and the compared run's beside it
    QSplitter *m_diagrams = nullptr;       // the network, and the compared run's under it
    QScrollArea *m_diagramScroll = nullptr; // around them
    QSplitter *m_workSplitter = nullptr;   // the arithmetic over the network
    QByteArray m_workSplitterState;        // its sizes before presenting
};

} // namespace deltatrace
