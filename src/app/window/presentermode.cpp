// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include <QCoreApplication>
#include <QLayout>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace deltatrace {

namespace {
// QMainWindow::statusBar() would create one where there is none.
QStatusBar *statusBarOf(QMainWindow *window) { return window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly); }
} // namespace

PresenterMode::PresenterMode(QMainWindow *window, int stateVersion, PresentationFont *font)
    : QObject(window), m_window(window), m_font(font), m_stateVersion(stateVersion)
{
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_savedState = m_window->saveState(m_stateVersion);
        m_savedGeometry = m_window->saveGeometry();
        m_savedSize = m_window->size();
        m_wasMaximized = m_window->isMaximized();
        m_zoomBefore = m_font->zoom();
        // A window without a menu or status bar is not given one.
        if (QWidget *menu = m_window->menuWidget())
            menu->hide();
        if (QStatusBar *status = statusBarOf(m_window))
            status->hide();
        m_font->setPresenting(true);
        if (m_fullScreenAllowed)
            m_window->showFullScreen();
    } else {
        if (QWidget *menu = m_window->menuWidget())
            menu->show();
        if (QStatusBar *status = statusBarOf(m_window))
            status->show();
        // A zoom chosen for the room does not follow the instructor back to the desk.
        m_font->setZoom(m_zoomBefore);
        m_font->setPresenting(false);
        if (m_fullScreenAllowed) {
            if (m_wasMaximized)
                m_window->showMaximized();
            else
                m_window->showNormal();
            m_window->restoreGeometry(m_savedGeometry);
        }
        // Brings back every dock the presentation hid, where it was.
        m_window->restoreState(m_savedState, m_stateVersion);
        // The large type may have widened the window past its old size; once the layout has
        // taken the usual type again (the next turn of the event loop), the old size fits again.
        const QSize before = m_savedSize;
        QTimer::singleShot(0, m_window, [window = m_window, before] {
            if (window->isFullScreen() || window->isMaximized() || window->size() == before)
                return;
            // The layouts take the smaller type's sizes first, or the old minimum still holds.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (QLayout *layout = window->layout())
                layout->activate();
            window->resize(before);
        });
    }
    emit activeChanged(active);
}

} // namespace deltatrace
