// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace deltatrace {

class TourMode;

// Tour Stops: the tour's stops in order, to go to one, move one up or down, or delete one.
class TourStopsDialog : public QDialog
{
    Q_OBJECT
public:
    TourStopsDialog(TourMode *tour, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void fill();
    void updateButtons();
    int selected() const;

    TourMode *m_tour;
    QListWidget *m_list;
    QPushButton *m_goTo;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
};

} // namespace deltatrace
