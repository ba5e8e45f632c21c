// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace deltatrace {

// The lessons and their experiments as a two-level list, titled in the current language.
// Choosing an experiment (click, keyboard, or selectExperiment) emits experimentChosen; the
// window records it. While the list has focus it keeps the arrow keys for moving through the
// list rather than letting them step the run.
class LessonBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit LessonBrowser(QWidget *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons);
    void setLanguage(const QString &language);

    // Selects without emitting experimentChosen; an unknown pair clears the selection.
    void selectExperiment(const QString &lessonId, const QString &experimentId);
    void clearSelection();

    QString currentLessonId() const;
    QString currentExperimentId() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void experimentChosen(const QString &lessonId, const QString &experimentId);
    // The user clicked or pressed Enter on an experiment: the window moves focus to the work.
    void experimentActivated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void onCurrentItemChanged(QTreeWidgetItem *current);

    QTreeWidget *m_tree;
    QList<Lesson> m_lessons;
    QString m_language = QStringLiteral("en");
    bool m_quiet = false;
};

} // namespace deltatrace
