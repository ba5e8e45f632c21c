// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewdocks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTabBar>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
constexpr const char *DockNames[ViewDocks::ViewCount] = {"lessonsDock", "narrativeDock", "parametersDock", "codeDock",
                                                         "chartsDock",  "inputPlaneDock", "tableDock"};
constexpr const char *ShowActionNames[ViewDocks::ViewCount] = {"showLessonsAction",  "showNarrativeAction", "showParametersAction",
                                                               "showCodeAction",     "showChartsAction",    "showInputPlaneAction",
                                                               "showTableAction"};
} // namespace

ViewDocks::ViewDocks(QMainWindow *window, const std::array<QWidget *, ViewCount> &contents) : QObject(window), m_window(window)
{
    for (int v = 0; v < ViewCount; ++v) {
        auto *dock = new QDockWidget(window);
        dock->setObjectName(QString::fromLatin1(DockNames[v]));
        dock->setWidget(contents[static_cast<size_t>(v)]);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        // QDockWidget paints its title in the "QDockWidgetTitle" font it read once when it was
        // made, unless its own font differs from the application's: then it uses its own. A
        // font that only sets the (default-looking) style strategy differs, while every size
        // and family still follows the application font, so the title grows with presenter
        // mode's type and the zoom like everything else.
        QFont titleFollowsFont;
        titleFollowsFont.setStyleStrategy(QFont::PreferAntialias);
        dock->setFont(titleFollowsFont);
        m_docks[static_cast<size_t>(v)] = dock;

        auto *action = new QAction(window);
        action->setObjectName(QString::fromLatin1(ShowActionNames[v]));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + v)));
        connect(action, &QAction::triggered, this, [this, v] { show(static_cast<View>(v)); });
        window->addAction(action);
        m_showActions[static_cast<size_t>(v)] = action;
    }
}

ViewDocks::Arrangement ViewDocks::arrangementFor(QSize windowSize)
{
    if (windowSize.width() < 1200)
        return Arrangement::Narrow;
    if (windowSize.width() < 1500)
        return Arrangement::Medium;
    return Arrangement::Wide;
}

void ViewDocks::place(View view, int area)
{
    QDockWidget *dock = m_docks[view];
    dock->setFloating(false);
    m_window->addDockWidget(static_cast<Qt::DockWidgetArea>(area), dock);
    dock->show();
}

void ViewDocks::tabify(std::initializer_list<View> views)
{
    const View first = *views.begin();
    for (View v : views)
        if (v != first)
            m_window->tabifyDockWidget(m_docks[first], m_docks[v]);
}

void ViewDocks::resizeWidths(View left, double leftShare, View right, double rightShare)
{
    const int width = m_window->width();
    m_window->resizeDocks({m_docks[left], m_docks[right]},
                          {static_cast<int>(std::lround(width * leftShare)), static_cast<int>(std::lround(width * rightShare))},
                          Qt::Horizontal);
}

void ViewDocks::arrange(Arrangement arrangement)
{
    for (QDockWidget *dock : m_docks)
        m_window->removeDockWidget(dock);
    switch (arrangement) {
    case Arrangement::Narrow:
        for (View v : {Narrative, Lessons, Parameters, Code, Charts, InputPlane, Table})
            place(v, Qt::RightDockWidgetArea);
        m_window->splitDockWidget(m_docks[Narrative], m_docks[Code], Qt::Vertical);
        tabify({Narrative, Lessons, Parameters});
        tabify({Code, Charts, InputPlane, Table});
        m_docks[Narrative]->raise();
        m_docks[Code]->raise();
        m_window->resizeDocks({m_docks[Narrative]}, {std::max(320, m_window->width() * 38 / 100)}, Qt::Horizontal);
        break;
    case Arrangement::Medium:
        for (View v : {Narrative, Lessons, Parameters})
            place(v, Qt::LeftDockWidgetArea);
        tabify({Narrative, Lessons, Parameters});
        for (View v : {Code, Charts, InputPlane, Table})
            place(v, Qt::RightDockWidgetArea);
        tabify({Code, Charts, InputPlane, Table});
        m_docks[Narrative]->raise();
        m_docks[Code]->raise();
        resizeWidths(Narrative, 0.23, Code, 0.29);
        break;
    case Arrangement::Wide:
        place(Lessons, Qt::LeftDockWidgetArea);
        place(Narrative, Qt::LeftDockWidgetArea);
        place(Parameters, Qt::LeftDockWidgetArea);
        m_window->splitDockWidget(m_docks[Lessons], m_docks[Narrative], Qt::Vertical);
        m_window->splitDockWidget(m_docks[Narrative], m_docks[Parameters], Qt::Vertical);
        place(Code, Qt::RightDockWidgetArea);
        place(Charts, Qt::RightDockWidgetArea);
        m_window->splitDockWidget(m_docks[Code], m_docks[Charts], Qt::Vertical);
        place(Table, Qt::RightDockWidgetArea);
        place(InputPlane, Qt::RightDockWidgetArea);
        tabify({Code, Table});
        tabify({Charts, InputPlane});
        m_docks[Code]->raise();
        m_docks[Charts]->raise();
        resizeWidths(Lessons, 0.19, Code, 0.27);
        m_window->resizeDocks({m_docks[Lessons], m_docks[Narrative], m_docks[Parameters]}, {150, 520, 200}, Qt::Vertical);
        m_window->resizeDocks({m_docks[Code], m_docks[Charts]}, {1, 1}, Qt::Vertical);
        break;
    }
    keepTabTitlesWhole();
}

void ViewDocks::keepTabTitlesWhole()
{
    // QMainWindow makes a tab bar for each group of tabbed docks. Its titles would be cut to
    // "Tr…" when narrow; scrolling the tabs keeps every title whole.
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

void ViewDocks::arrangeForPresenting()
{
    for (View v : {Lessons, Narrative, Parameters, Code, Table})
        m_docks[v]->hide();
    for (View v : {Charts, InputPlane}) {
        m_window->removeDockWidget(m_docks[v]);
        place(v, Qt::RightDockWidgetArea);
    }
    tabify({Charts, InputPlane});
    keepTabTitlesWhole();
    // Until sizeForPresenting() knows better: the arithmetic and the network.
    m_presenting = true;
    m_roomBesideNetwork = false;
    presentPicture();
}

void ViewDocks::sizeForPresenting(int networkMinimumWidth)
{
    // What the input plane and the charts need at presenting's type.
    const int pictureWidth = std::max(m_docks[InputPlane]->minimumSizeHint().width(), m_docks[Charts]->minimumSizeHint().width());
    m_roomBesideNetwork = m_window->width() - networkMinimumWidth - 16 >= pictureWidth;
    presentPicture();
}

void ViewDocks::nextPicture()
{
    if (m_roomBesideNetwork) {
        // Beside the network, the input plane and the charts take turns.
        m_besideNetwork = m_besideNetwork == Picture::InputPlane ? Picture::Charts : Picture::InputPlane;
    } else {
        m_besideArithmetic = m_besideArithmetic == Picture::Network  ? Picture::InputPlane
                           : m_besideArithmetic == Picture::InputPlane ? Picture::Charts
                                                                       : Picture::Network;
    }
    presentPicture();
    emit presentedPicturesChosen();
}

QString ViewDocks::pictureName(Picture picture)
{
    switch (picture) {
    case Picture::Network:
        return QStringLiteral("network");
    case Picture::InputPlane:
        return QStringLiteral("inputPlane");
    case Picture::Charts:
        break;
    }
    return QStringLiteral("charts");
}

void ViewDocks::restorePresentedPictures(const QString &besideNetwork, const QString &besideArithmetic)
{
    for (Picture picture : {Picture::Network, Picture::InputPlane, Picture::Charts}) {
        // Beside the network stands one of the other two.
        if (besideNetwork == pictureName(picture) && picture != Picture::Network)
            m_besideNetwork = picture;
        if (besideArithmetic == pictureName(picture))
            m_besideArithmetic = picture;
    }
    if (m_presenting)
        presentPicture();
}

void ViewDocks::presentPicture()
{
    // The work area first: without the network it needs less width, which the dock may take.
    emit presentsNetworkChanged(presentsNetwork());
    const Picture picture = presentedPicture();
    if (picture == Picture::Network) {
        m_docks[Charts]->hide();
        m_docks[InputPlane]->hide();
        return;
    }
    m_docks[Charts]->show();
    m_docks[InputPlane]->show();
    m_docks[picture == Picture::Charts ? Charts : InputPlane]->raise();
    // Beside the network a third of the width; alone beside the arithmetic, half of it.
    const int width = m_window->width();
    const QWidget *work = m_window->centralWidget();
    const int spare = width - (work ? work->minimumSizeHint().width() : 0) - 16;
    const int share = std::min(m_roomBesideNetwork ? width * 36 / 100 : width / 2, spare);
    if (share > 0)
        m_window->resizeDocks({m_docks[Charts]}, {share}, Qt::Horizontal);
}

void ViewDocks::show(View view)
{
    QDockWidget *dock = m_docks[view];
    // The focus stays where it is, so that the stepping keys keep working.
    dock->show();
    dock->raise();
    // While presenting, the picture beside the work is one of these.
    if (m_presenting && (view == Charts || view == InputPlane)) {
        (m_roomBesideNetwork ? m_besideNetwork : m_besideArithmetic) = view == Charts ? Picture::Charts : Picture::InputPlane;
        presentPicture();
        emit presentedPicturesChosen();
    }
}

void ViewDocks::retranslate()
{
    const QString titles[ViewCount] = {tr("Lessons"), tr("Narrative"), tr("Parameters"), tr("Code"),
                                       tr("Training Charts"), tr("Input Plane"), tr("Trace Table")};
    for (int v = 0; v < ViewCount; ++v) {
        m_docks[static_cast<size_t>(v)]->setWindowTitle(titles[v]);
        QAction *action = m_showActions[static_cast<size_t>(v)];
        action->setText(tr("Show %1").arg(titles[v]));
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace deltatrace
