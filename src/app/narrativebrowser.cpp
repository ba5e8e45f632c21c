#include "narrativebrowser.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTextDocument>

namespace deltatrace {

NarrativeBrowser::NarrativeBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Links are shown, never followed: following one would load a document into the view.
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void NarrativeBrowser::showMarkdown(const QString &markdown, const QString &lessonDirectory)
{
    m_lessonDirectory = lessonDirectory;
    // A fresh document drops images cached for the previous lesson.
    document()->clear();
    setMarkdown(markdown);
}

QString NarrativeBrowser::allowedImagePath(const QUrl &reference, const QString &lessonDirectory)
{
    if (lessonDirectory.isEmpty() || !reference.isRelative() || reference.hasQuery()
        || !reference.host().isEmpty())
        return {};
    const QString relative = reference.path();
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QDir dir(lessonDirectory);
    const QString canonicalDir = QFileInfo(dir.absolutePath()).canonicalFilePath();
    const QFileInfo file(dir.filePath(relative));
    const QString canonicalFile = file.canonicalFilePath(); // resolves "..", symlinks; empty if missing
    if (canonicalDir.isEmpty() || canonicalFile.isEmpty())
        return {};
    // Beside the lesson file means in its folder, not in a subfolder reached through a link out.
    if (QFileInfo(canonicalFile).absolutePath() != canonicalDir)
        return {};
    if (!file.isFile() || file.size() > MaxImageBytes)
        return {};
    return canonicalFile;
}

QVariant NarrativeBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    const QString path = allowedImagePath(name, m_lessonDirectory);
    if (path.isEmpty())
        return {};
    QImage image(path);
    if (image.isNull())
        return {};
    return image;
}

} // namespace deltatrace
