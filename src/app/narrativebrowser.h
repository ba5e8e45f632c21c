#pragma once

#include <QDir>
#include <QTextBrowser>

namespace deltatrace {

// Shows a lesson's Markdown narrative. Lesson files are data, not code: the only thing a
// narrative can pull in is an image that sits beside its lesson file. Anything else (network
// URLs, absolute paths, "../" escapes, other resource kinds) loads nothing, so a hand-edited or
// hostile lesson cannot make the app fetch or read files elsewhere.
class NarrativeBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NarrativeBrowser(QWidget *parent = nullptr);

    // `lessonDirectory` is the folder of the lesson file; empty when the lesson came from a
    // trace file, in which case no image loads at all.
    void showMarkdown(const QString &markdown, const QString &lessonDirectory);

    // Images larger than this are not loaded (a narrative is not a photo album).
    static constexpr qint64 MaxImageBytes = 8 << 20;

    // The file an image reference may load, or an empty string when it is refused.
    static QString allowedImagePath(const QUrl &reference, const QString &lessonDirectory);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_lessonDirectory;
};

} // namespace deltatrace
