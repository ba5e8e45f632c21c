// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "networktracefile.h"

#include "lessonloader.h"
#include "messagebar.h"
#include "runsession.h"
#include "settings.h"
#include "traceexporter.h"
#include "tracefile.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <new>

namespace deltatrace {

namespace {

bool isLessonFile(const QString &path) { return path.endsWith(QLatin1String(".lesson.json"), Qt::CaseInsensitive); }

// Writes the CSV export atomically; returns what went wrong, or an empty string. It reads only
// the immutable trace, so it may run on a worker thread.
QString writeCsvFile(const Trace &trace, const QString &path, const QString &tracePath)
{
    // The exporter refuses a target that is not a regular file, or the trace file itself.
    QString problem;
    const QStringList inputs = tracePath.isEmpty() ? QStringList() : QStringList{tracePath};
    if (!TraceExporter::writeFile(trace, TraceExporter::Format::Csv, path, inputs, &problem))
        return problem;
    return {};
}

} // namespace

FileActions::FileActions(QMainWindow *window, RunSession *run, Settings *settings, MessageBar *errorBar,
                         LessonOpener openLesson)
    : QObject(window), m_window(window), m_run(run), m_settings(settings), m_errorBar(errorBar),
      m_openLesson(std::move(openLesson))
{
    window->installEventFilter(this);
}

bool FileActions::openFile(const QString &path)
{
    if (isLessonFile(path))
        return m_openLesson(path);
    return openTrace(path);
}

bool FileActions::openTrace(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (NetworkTraceFile::isGeneral(path)) {
        m_settings->addRecentFile(path);
        emit generalTraceRequested(path);
        return true;
    }
    TraceFile::ReadResult result;
    try {
        result = TraceFile::read(path);
    } catch (const std::bad_alloc &) {
        // The last line of defence: the window stays up and says which file it was.
        result.error = tr("there is not enough memory to read it");
    }
    if (!result.ok()) {
        emit failed(tr("Could not open the trace file %1: %2").arg(name, result.error));
        return false;
    }
    auto trace = std::make_shared<const Trace>(std::move(*result.trace));
    std::optional<Lesson> lesson;
    const QByteArray &source = trace->spec().lessonSource;
    m_errorBar->hideMessage();
    if (!source.isEmpty()) {
        LessonLoader::Result parsed;
        try {
            parsed = LessonLoader::parse(source, name);
        } catch (const std::bad_alloc &) {
            parsed.error = tr("there is not enough memory to read it");
        }
        if (parsed.ok()) {
            lesson = std::move(parsed.lesson);
        } else {
            // The numbers are still good: replay them, and say why the lesson text is missing.
            const QString problem = parsed.error;
            m_errorBar->showMessage(MessageBar::Kind::Information, [problem] {
                return tr("The lesson text inside this trace file could not be read (%1); the run replays without it.")
                    .arg(problem);
            });
        }
    }
    const std::optional<ExerciseRecord> exercises = std::move(result.exercises);
    m_run->showOpened(std::move(trace), std::move(lesson), QFileInfo(path).absoluteFilePath());
    if (exercises)
        emit exercisesOpened(*exercises);
    m_settings->addRecentFile(path);
    m_window->statusBar()->showMessage(tr("Opened %1.").arg(name), 8000);
    return true;
}

bool FileActions::saveTrace(const QString &path)
{
    if (!m_run->trace())
        return false;
    QString error;
    // The learner's attempts go with the run while exercise mode is on.
    const std::optional<ExerciseRecord> exercises = m_exerciseRecorder ? m_exerciseRecorder() : std::nullopt;
    // Compact: the run's inputs and a digest, recomputed when opened (a few tens of kilobytes).
    if (!TraceFile::write(*m_run->trace(), path, &error, TraceFile::Storage::Compact, exercises ? &*exercises : nullptr)) {
        emit failed(tr("Could not save the trace to %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_settings->addRecentFile(path);
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool FileActions::exportCsv(const QString &path, QString *error)
{
    if (!m_run->trace())
        return false;
    return reportExport(path, writeCsvFile(*m_run->trace(), path, m_run->filePath()), error);
}

bool FileActions::reportExport(const QString &path, const QString &problem, QString *error)
{
    if (!problem.isEmpty()) {
        const QString message = tr("Could not export to %1: %2").arg(QFileInfo(path).fileName(), problem);
        emit failed(message);
        if (error)
            *error = message;
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void FileActions::exportCsvInBackground(const QString &path)
{
    const std::shared_ptr<const Trace> trace = m_run->trace();
    if (!trace)
        return;
    // A million-epoch run is millions of rows: write them off the GUI thread, with progress in
    // the window, so the window never freezes. The trace is immutable and shared, so reading it
    // from the worker is safe while the learner keeps stepping.
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setCancelButton(nullptr);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        emit exportFinished(reportExport(path, watcher->result(), nullptr));
    });
    watcher->setFuture(QtConcurrent::run([trace, path, source = m_run->filePath()] { return writeCsvFile(*trace, path, source); }));
}

void FileActions::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open"), QString(),
        tr("DeltaTrace traces (*.dtrace);;Lesson files (*.lesson.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::saveDialog()
{
    if (!m_run->trace())
        return;
    const TraceSpec &spec = m_run->trace()->spec();
    QString suggested = QStringLiteral("%1-%2-seed%3.%4").arg(spec.lessonId, spec.experimentId).arg(spec.seed).arg(QLatin1String(TraceFile::Extension));
    // A student's work is handed in as a file among the class's: the name leads, in letters and
    // digits only (whatever the script), so that no character of it is special to a file system.
    if (const std::optional<ExerciseRecord> record = m_exerciseRecorder ? m_exerciseRecorder() : std::nullopt; record && !record->student.isEmpty()) {
        QString name;
        for (const QChar c : record->student)
            name += c.isLetterOrNumber() ? c : QLatin1Char('-');
        suggested.prepend(name.left(40) + QLatin1Char('-'));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Trace"), suggested, tr("DeltaTrace traces (*.dtrace)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(TraceFile::Extension);
    saveTrace(path);
}

void FileActions::exportCsvDialog()
{
    if (!m_run->trace())
        return;
    const TraceSpec &spec = m_run->trace()->spec();
    const QString suggested = QStringLiteral("%1-%2-seed%3.csv").arg(spec.lessonId, spec.experimentId).arg(spec.seed);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsvInBackground(path);
}

void FileActions::setRecentFilesMenu(QMenu *menu, QAction *clearAction)
{
    m_recentMenu = menu;
    m_clearRecentAction = clearAction;
    connect(menu, &QMenu::aboutToShow, this, &FileActions::fillRecentFilesMenu);
    connect(clearAction, &QAction::triggered, this, [this] {
        for (const QString &file : m_settings->recentFiles())
            m_settings->removeRecentFile(file);
        fillRecentFilesMenu();
    });
}

void FileActions::fillRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()));
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file)) {
                m_settings->removeRecentFile(file);
                emit failed(tr("The file %1 no longer exists; it was removed from the list.").arg(file));
                return;
            }
            openFile(file);
        });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        const QMimeData *mime = enter->mimeData();
        if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.isEmpty() || !urls.first().isLocalFile())
            return true;
        drop->acceptProposedAction();
        // Opened after the drop returns, so a message box or a long read never stalls the drag.
        const QString path = urls.first().toLocalFile();
        QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

} // namespace deltatrace
