// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonbrowser.h"

#include "untrustedtext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deltatrace {

namespace {
constexpr int LessonIdRole = Qt::UserRole;
constexpr int ExperimentIdRole = Qt::UserRole + 1;
} // namespace

LessonBrowser::LessonBrowser(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("lessonTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    // Long titles are cut at the end ("..."); the tooltip shows them whole.
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            emit experimentActivated();
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            emit experimentActivated();
    });
}

void LessonBrowser::setLessons(const QList<Lesson> &lessons)
{
    m_lessons = lessons;
    rebuild();
}

void LessonBrowser::setLanguage(const QString &language)
{
    m_language = language;
    // Titles only: the structure and selection stay as they are. Titles come from lesson
    // files: one bounded line each, and tooltips that show them as written, never as HTML.
    for (int i = 0; i < m_tree->topLevelItemCount() && i < m_lessons.size(); ++i) {
        QTreeWidgetItem *lessonItem = m_tree->topLevelItem(i);
        const Lesson &lesson = m_lessons[i];
        lessonItem->setText(0, QStringLiteral("%1. %2").arg(i + 1).arg(UntrustedText::line(lesson.title.in(m_language))));
        lessonItem->setToolTip(0, UntrustedText::toolTip(lessonItem->text(0)));
        for (int j = 0; j < lessonItem->childCount() && j < lesson.experiments.size(); ++j) {
            const QString title = UntrustedText::line(lesson.experiments[j].title.in(m_language));
            lessonItem->child(j)->setText(0, title);
            lessonItem->child(j)->setToolTip(0, UntrustedText::toolTip(title));
        }
    }
}

void LessonBrowser::rebuild()
{
    m_quiet = true;
    m_tree->clear();
    for (const Lesson &lesson : m_lessons) {
        auto *lessonItem = new QTreeWidgetItem(m_tree);
        lessonItem->setData(0, LessonIdRole, lesson.id);
        // A lesson is a heading; only its experiments can be run.
        lessonItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = lessonItem->font(0);
        bold.setBold(true);
        lessonItem->setFont(0, bold);
        for (const Experiment &experiment : lesson.experiments) {
            auto *item = new QTreeWidgetItem(lessonItem);
            item->setData(0, LessonIdRole, lesson.id);
            item->setData(0, ExperimentIdRole, experiment.id);
        }
    }
    m_tree->expandAll();
    setLanguage(m_language);
    m_quiet = false;
}

void LessonBrowser::selectExperiment(const QString &lessonId, const QString &experimentId)
{
    m_quiet = true;
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem *lessonItem = m_tree->topLevelItem(i);
        if (lessonItem->data(0, LessonIdRole).toString() != lessonId)
            continue;
        for (int j = 0; j < lessonItem->childCount(); ++j)
            if (lessonItem->child(j)->data(0, ExperimentIdRole).toString() == experimentId)
                found = lessonItem->child(j);
    }
    if (found) {
        m_tree->setCurrentItem(found);
        m_tree->scrollToItem(found);
    } else {
        m_tree->setCurrentItem(nullptr);
        m_tree->clearSelection();
    }
    m_quiet = false;
}

void LessonBrowser::clearSelection() { selectExperiment(QString(), QString()); }

QString LessonBrowser::currentLessonId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, LessonIdRole).toString() : QString();
}

QString LessonBrowser::currentExperimentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, ExperimentIdRole).toString() : QString();
}

void LessonBrowser::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_quiet || !current || !current->parent())
        return;
    emit experimentChosen(current->data(0, LessonIdRole).toString(), current->data(0, ExperimentIdRole).toString());
}

bool LessonBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // The stepping shortcuts use the arrow keys everywhere else in the window; in the list they
    // keep their ordinary meaning, so the list stays usable without a mouse.
    if (watched == m_tree && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Home:
            case Qt::Key_End:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                event->accept();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace deltatrace
