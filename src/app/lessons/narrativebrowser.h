// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputlimits.h"

#include <QImage>
#include <QTextBrowser>

namespace deltatrace {

// Shows a lesson's Markdown narrative. Lesson files are data, not code, and they are mailed and
// downloaded, so a narrative is treated as hostile:
//  - The only thing it can pull in is an image that sits beside its lesson file, read as a
//    regular file of bounded size. Every other reference (network URLs, absolute paths, "../"
//    escapes, links out of the folder, devices, FIFOs, other resource kinds) shows a placeholder;
//    nothing falls back to Qt opening the name itself.
//  - Qt's HTML importer never sees it: HTML in the Markdown stays literal text, except for a few
//    inline tags (sub, sup, b, strong, i, em, br) applied here.
//  - It is shown only if it can be laid out at once (under a second for the worst text within
//    the bounds below); otherwise the view says why instead.
class NarrativeBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NarrativeBrowser(QWidget *parent = nullptr);

    // `lessonDirectory` is the folder of the lesson file; empty when the lesson came from a
    // trace file, in which case no image loads at all.
    void showMarkdown(const QString &markdown, const QString &lessonDirectory);

    // Why the narrative shown last is not shown, in words ("" when it is).
    QString refusal() const { return m_refusal; }

    // The bounds on what one narrative may cost to show. Laying out a paragraph costs about its
    // characters times its runs (a run is text in one format, script and direction, or an
    // image), so both are bounded per paragraph; then the whole narrative takes time in
    // proportion to its length. The lessons' longest paragraph has about 400 characters and 30
    // runs; tst_narrativebrowser measures the worst cases at these bounds.
    // The window shows the lesson's and the experiment's narrative and titles together.
    static constexpr qsizetype MaxMarkdownChars = 2 * (InputLimits::MaxNarrativeChars + InputLimits::MaxTitleChars) + 1024;
    static constexpr qsizetype MaxParagraphChars = 4096;
    static constexpr int MaxParagraphRuns = 256;
    // A letter with k combining marks takes about k squared to shape; real text has a few.
    static constexpr int MaxCombiningMarks = 16;
    // Table cells, counted in the Markdown before it is parsed (Qt's importer is quadratic in
    // a table's rows). The lessons' largest table has 25.
    static constexpr qsizetype MaxTableCells = 1024;

    // Images larger than this are not loaded (a narrative is not a photo album).
    static constexpr qint64 MaxImageBytes = InputLimits::MaxImageBytes;
    // Nor images wider or taller than this, nor more pixels than this for one narrative, nor
    // more image references than this: decoding is bounded however many a narrative names.
    static constexpr int MaxImageSide = 4096;
    static constexpr qint64 MaxImagePixels = 16 * 1024 * 1024;
    static constexpr int MaxImageReferences = 64;

    // The file an image reference may load, or an empty string when it is refused.
    static QString allowedImagePath(const QUrl &reference, const QString &lessonDirectory);

    // What a refused image shows instead (Qt's own "missing image" picture).
    static QImage placeholderImage();

    // The image for an image reference (the placeholder when refused), or an empty string for
    // any other kind of resource. Never a null variant: Qt would then open the name itself.
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QImage loadImage(const QUrl &name);

    QString m_lessonDirectory;
    QString m_markdown; // the narrative shown, built again when the font changes
    bool m_shown = false;
    QString m_refusal;
    int m_imageReferences = 0;
    qint64 m_imagePixels = 0;
};

} // namespace deltatrace
