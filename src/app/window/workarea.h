// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;

namespace deltatrace {

class ComparisonView;

// The centre of the window: the widgets above the work (message bars, the run's title, the
// stepping toolbar), then the arithmetic over the code listing beside the network diagram. A
// compared run shows its arithmetic beside the first one's and its network under the first
// one's. It takes the focus after a lesson is chosen, so the stepping keys act at once.
class WorkArea : public QWidget
{
    Q_OBJECT
public:
    WorkArea(const QList<QWidget *> &above, QWidget *arithmetic, QWidget *code, QWidget *diagram,
             ComparisonView *comparison, QWidget *parent = nullptr);

    // Shows the compared run, half and half: the point is to look across (and down). Each
    // arithmetic is then titled with its run; `firstRunTitle` is the first one's.
    void showComparison(const QString &firstRunTitle);
    void setFirstRunTitle(const QString &title);
    void hideComparison();

    // Presenter mode's proportions. Large type needs a taller arithmetic, and a wider network
    // (its text is read from the back of the room; the code listing scrolls to the current line
    // anyway). The network is widened once the hidden docks have left the layout.
    void growArithmeticForPresenting();
    void widenNetworkForPresenting();
    // The sizes from before presenting.
    void restoreSizesAfterPresenting();

private:
    QSplitter *createCentre(QWidget *arithmetic);

    ComparisonView *m_comparison;
    QLabel *m_firstRunTitle = nullptr;
    QSplitter *m_centreSplitter = nullptr; // the arithmetic, and the compared run's beside it
    QSplitter *m_diagrams = nullptr;       // the network, and the compared run's under it
    QSplitter *m_workSplitter = nullptr;   // the arithmetic over the code and the network
    QByteArray m_workSplitterState;        // its sizes before presenting
    QSplitter *m_lowerSplitter = nullptr;  // the code listing beside the network
    QByteArray m_lowerSplitterState;       // its sizes before presenting
};

} // namespace deltatrace
