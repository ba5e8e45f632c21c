// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSize>

#include <array>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace deltatrace {

// The views around the work area, each in a dock: where they go by default, how each is brought
// forward with one key, and how presenter mode keeps only one of them.
//
// The centre (the formula with its numbers over the network) always gets the most room. The
// docks share what is left, in one of three arrangements chosen from the window's width:
//  - Narrow (below 1200 px): one column on the right, the reading views as tabs over the others;
//  - Medium (below 1500 px): reading on the left (narrative, lessons, parameters as tabs), the
//    other views as tabs on the right;
//  - Wide: the lessons over the narrative over the parameters on the left; on the right the code
//    listing (with the trace table as a tab) over the charts (with the input plane as a tab).
// Docks stay movable and floatable; the arrangement a user makes is saved with the window.
class ViewDocks : public QObject
{
    Q_OBJECT
public:
    enum View { Lessons, Narrative, Parameters, Code, Charts, InputPlane, Table, ViewCount };
    enum class Arrangement { Narrow, Medium, Wide };

    // Puts each content widget in its dock (in View order); they are not placed yet.
    ViewDocks(QMainWindow *window, const std::array<QWidget *, ViewCount> &contents);

    static Arrangement arrangementFor(QSize windowSize);
    void arrange(Arrangement arrangement);

    // Presenting: the charts and the input plane as two tabs on the right, every other dock
    // hidden. Leaving restores the window state saved before (QMainWindow::restoreState), which
    // is PresenterMode's job.
    //
    // Large type leaves room beside the network for one more picture only on a wide screen.
    // Where there is room, the input plane or the charts stand beside the network; where there is
    // not (a 1024x768 projector), the picture beside the arithmetic is one of the network, the
    // input plane or the charts, and nextPicture() (V) goes round them.
    void arrangeForPresenting();
    void leavePresenting() { m_presenting = false; }
    // Once the hidden docks have left the layout: whether the network leaves room for a picture
    // beside it, and the docks' share of the width.
    void sizeForPresenting(int networkMinimumWidth);
    // Where a picture beside the network widened the window after all: it takes the network's
    // place instead.
    void presentWithoutRoomBesideNetwork()
    {
        m_roomBesideNetwork = false;
        presentPicture();
    }
    enum class Picture { Network, InputPlane, Charts };
    void nextPicture();
    // The choices as words for the settings ("network", "inputPlane", "charts"), and back: an
    // unknown word (a hand-edited file) leaves that choice as it is.
    QString pictureBesideNetworkName() const { return pictureName(m_besideNetwork); }
    QString pictureBesideArithmeticName() const { return pictureName(m_besideArithmetic); }
    void restorePresentedPictures(const QString &besideNetwork, const QString &besideArithmetic);
    // The picture beside the arithmetic's column (the network's, where there is room for it).
    Picture presentedPicture() const { return m_roomBesideNetwork ? m_besideNetwork : m_besideArithmetic; }
    // Whether presenting shows the network now (always, where there is room beside it).
    bool presentsNetwork() const { return m_roomBesideNetwork || m_besideArithmetic == Picture::Network; }

signals:
    // Presenting shows or hides the network (MainWindow passes it to the work area).
    void presentsNetworkChanged(bool shown);
    // The presenter chose another picture (V, or showing the input plane or the charts).
    void presentedPicturesChosen();

public:
    QDockWidget *dock(View view) const { return m_docks[view]; }
    QList<QDockWidget *> docks() const { return {m_docks.begin(), m_docks.end()}; }
    // "Show the code listing" and so on, Ctrl+1 to Ctrl+7: shows the dock, brings its tab forward
    // and gives it the focus. One key away whatever the arrangement.
    QList<QAction *> showActions() const { return {m_showActions.begin(), m_showActions.end()}; }
    void show(View view);

    void retranslate();

private:
    void place(View view, int area);
    void tabify(std::initializer_list<View> views);
    void keepTabTitlesWhole();
    static QString pictureName(Picture picture);
    void resizeWidths(View left, double leftShare, View right, double rightShare);

    QMainWindow *m_window;
    std::array<QDockWidget *, ViewCount> m_docks{};
    std::array<QAction *, ViewCount> m_showActions{};
    void presentPicture();
    // Presenting: what is chosen (V) on a narrow screen, and beside the network on a wide one.
    Picture m_besideArithmetic = Picture::Network;
    Picture m_besideNetwork = Picture::InputPlane;
    bool m_roomBesideNetwork = false;     // presenting: a wide screen shows a picture and the network
    bool m_presenting = false;
};

} // namespace deltatrace
