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

    // Presenting: the charts and the input plane as two tabs on the right (the one shown last
    // while presenting comes forward), every other dock hidden. Leaving restores the window state
    // saved before (QMainWindow::restoreState), which is PresenterMode's job.
    void arrangeForPresenting();
    // Their share of the width, once the hidden docks have left the layout.
    void sizeForPresenting();

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
    void resizeWidths(View left, double leftShare, View right, double rightShare);

    QMainWindow *m_window;
    std::array<QDockWidget *, ViewCount> m_docks{};
    std::array<QAction *, ViewCount> m_showActions{};
    View m_presentedView = InputPlane; // what presenting shows beside the work
};

} // namespace deltatrace
