// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exerciserecord.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace deltatrace {

class MessageBar;
class RunSession;
class Settings;

// The window's files: opening a trace or lesson file (from the Open dialog, the recent files or
// a drop onto the window), saving the run as a trace file, and exporting it as CSV on a worker
// thread. Problems are reported with failed() in plain words; the window never goes down with a
// file.
class FileActions : public QObject
{
    Q_OBJECT
public:
    // Loads a lesson file and records its first experiment; false when it could not.
    using LessonOpener = std::function<bool(const QString &path)>;
    // The learner's exercise attempts to save with the trace, if any (ExerciseMode::record).
    using ExerciseRecorder = std::function<std::optional<ExerciseRecord>()>;

    // Watches `window` for dropped files; status messages go to its status bar, and notes about
    // a file that opened to `errorBar`.
    FileActions(QMainWindow *window, RunSession *run, Settings *settings, MessageBar *errorBar, LessonOpener openLesson);

    // Opens a lesson file (*.lesson.json) with the lesson opener, anything else as a trace file.
    bool openFile(const QString &path);
    bool saveTrace(const QString &path);
    bool exportCsv(const QString &path, QString *error = nullptr);
    // The same on a worker thread with progress in the window; emits exportFinished.
    void exportCsvInBackground(const QString &path);

    void setExerciseRecorder(ExerciseRecorder recorder) { m_exerciseRecorder = std::move(recorder); }

    // Fills `menu` with the recent files each time it opens; `clearAction` empties the list.
    void setRecentFilesMenu(QMenu *menu, QAction *clearAction);

public slots:
    void openDialog();
    void saveDialog();
    void exportCsvDialog();

signals:
    // A general network's trace file (format 3) was asked for: the main window opens it in
    // the general network's window, which reads it off the GUI thread.
    void generalTraceRequested(const QString &path);
    void exportFinished(bool ok);
    // A trace just opened (and shown) holds a learner's exercise session.
    void exercisesOpened(const deltatrace::ExerciseRecord &record);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openTrace(const QString &path);
    bool reportExport(const QString &path, const QString &problem, QString *error);
    void fillRecentFilesMenu();

    QMainWindow *m_window;
    RunSession *m_run;
    Settings *m_settings;
    MessageBar *m_errorBar;
    LessonOpener m_openLesson;
    ExerciseRecorder m_exerciseRecorder;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
};

} // namespace deltatrace
