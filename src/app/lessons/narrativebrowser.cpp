// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativebrowser.h"

#include <QEvent>

#include "regularfile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <new>

namespace deltatrace {

namespace {

// The document of a narrative. QTextDocument::loadResource, when the view's loadResource returns
// nothing, opens the name itself: any path, relative to the working folder, a device or a FIFO
// (which blocks forever). This one asks the view, whose answer is never empty, and keeps it.
class NarrativeDocument final : public QTextDocument
{
public:
    explicit NarrativeDocument(NarrativeBrowser *browser) : QTextDocument(browser), m_browser(browser)
    {
        setUndoRedoEnabled(false);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const QVariant resource = m_browser->loadResource(type, name);
        // Kept, so that each reference is looked up once, not at every paint.
        addResource(type, name, resource);
        return resource;
    }

private:
    NarrativeBrowser *m_browser;
};

// ---------------------------------------------------------------------------------------------
// The inline HTML a narrative may use. Qt's HTML importer is never given file content (one table
// attribute, cellpadding=100000000, hangs it; a CSS line height overflows the layout). Instead,
// before the Markdown is parsed, each raw tag of this list becomes one private-use character,
// so the parser sees no HTML; after parsing, the marks outside code are applied as formats and
// every other one is written back as the tag's text.

constexpr std::array<QLatin1StringView, 6> TagNames = {QLatin1StringView("sub"), QLatin1StringView("sup"),
                                                       QLatin1StringView("b"), QLatin1StringView("strong"),
                                                       QLatin1StringView("i"), QLatin1StringView("em")};
// TagNames[k] opens as FirstMark + 2k and closes as FirstMark + 2k + 1; <br> is BreakMark.
constexpr char16_t FirstMark = 0xE000;
constexpr char16_t BreakMark = FirstMark + 2 * TagNames.size();

bool isMark(QChar c) { return c.unicode() >= FirstMark && c.unicode() <= BreakMark; }

QString tagText(char16_t mark)
{
    if (mark == BreakMark)
        return QStringLiteral("<br>");
    const qsizetype index = (mark - FirstMark) / 2;
    const bool closing = (mark - FirstMark) % 2 == 1;
    return (closing ? QStringLiteral("</") : QStringLiteral("<")) + TagNames[static_cast<std::size_t>(index)] + QLatin1Char('>');
}

QTextCharFormat tagFormat(char16_t mark)
{
    QTextCharFormat format;
    switch ((mark - FirstMark) / 2) {
    case 0:
        format.setVerticalAlignment(QTextCharFormat::AlignSubScript);
        break;
    case 1:
        format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        break;
    case 2:
    case 3:
        format.setFontWeight(QFont::Bold);
        break;
    default:
        format.setFontItalic(true);
        break;
    }
    return format;
}

// The Markdown with the allowed tags replaced by marks. A tag escaped with a backslash stays
// text, as Markdown says; marks already in the text become U+FFFD.
QString markTags(const QString &markdown)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)(sub|sup|b|strong|i|em)>|<br\\s*/?>"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString marked;
    marked.reserve(markdown.size());
    qsizetype copied = 0;
    auto copyTo = [&](qsizetype end) {
        for (; copied < end; ++copied) {
            const QChar c = markdown.at(copied);
            marked += isMark(c) ? QChar(QChar::ReplacementCharacter) : c;
        }
    };
    for (auto it = tag.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        qsizetype backslashes = 0;
        while (match.capturedStart() - backslashes > 0 && markdown.at(match.capturedStart() - backslashes - 1) == QLatin1Char('\\'))
            ++backslashes;
        if (backslashes % 2 == 1)
            continue;
        copyTo(match.capturedStart());
        if (match.capturedLength(2) == 0) {
            marked += QChar(BreakMark);
        } else {
            const QString name = match.captured(2).toLower();
            const auto index = std::find(TagNames.begin(), TagNames.end(), name) - TagNames.begin();
            marked += QChar(static_cast<char16_t>(FirstMark + 2 * index + (match.capturedLength(1) > 0 ? 1 : 0)));
        }
        copied = match.capturedEnd();
    }
    copyTo(markdown.size());
    return marked;
}

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeLanguage) || format.hasProperty(QTextFormat::BlockCodeFence);
}

// Applies the marks of one paragraph (at most MaxParagraphRuns of them: the paragraph passed
// the complexity check, where each mark counts as a run).
void applyMarks(QTextDocument *document, const QTextBlock &block)
{
    struct Mark
    {
        int position;
        char16_t mark;
    };
    QList<Mark> marks;
    QList<Mark> literal;
    const bool codeBlock = isCodeBlock(block);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool code = codeBlock || fragment.charFormat().fontFixedPitch();
        const QString text = fragment.text();
        for (qsizetype i = 0; i < text.size(); ++i)
            if (isMark(text.at(i)))
                (code ? literal : marks) << Mark{fragment.position() + static_cast<int>(i), text.at(i).unicode()};
    }
    if (marks.isEmpty() && literal.isEmpty())
        return;
    // Pairs: a closing tag closes the latest open tag of its kind; unpaired ones stay text.
    QList<std::pair<Mark, Mark>> pairs;
    QList<Mark> open;
    QList<Mark> breaks;
    for (const Mark &m : std::as_const(marks)) {
        if (m.mark == BreakMark) {
            breaks << m;
        } else if ((m.mark - FirstMark) % 2 == 0) {
            open << m;
        } else {
            const auto opener = std::find_if(open.rbegin(), open.rend(), [&](const Mark &o) { return o.mark + 1 == m.mark; });
            if (opener == open.rend()) {
                literal << m;
            } else {
                pairs.append({*opener, m});
                open.erase(std::next(opener).base());
            }
        }
    }
    literal << open;
    // Outer pairs first, so that an inner one (sub inside sup) wins.
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first.position < b.first.position; });
    QTextCursor cursor(document);
    for (const auto &[opening, closing] : std::as_const(pairs)) {
        cursor.setPosition(opening.position + 1);
        cursor.setPosition(closing.position, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(tagFormat(opening.mark));
    }
    // Then the marks themselves, from the last, so that the positions before stay valid.
    struct Edit
    {
        int position;
        QString text;
    };
    QList<Edit> edits;
    for (const auto &[opening, closing] : std::as_const(pairs))
        edits << Edit{opening.position, QString()} << Edit{closing.position, QString()};
    for (const Mark &m : std::as_const(breaks))
        edits << Edit{m.position, QString(QChar(QChar::LineSeparator))};
    for (const Mark &m : std::as_const(literal))
        edits << Edit{m.position, tagText(m.mark)};
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.position > b.position; });
    for (const Edit &edit : std::as_const(edits)) {
        cursor.setPosition(edit.position);
        cursor.setPosition(edit.position + 1, QTextCursor::KeepAnchor);
        if (edit.text.isEmpty())
            cursor.removeSelectedText();
        else
            cursor.insertText(edit.text);
    }
}

// ---------------------------------------------------------------------------------------------
// What a paragraph costs to lay out. QTextLayout splits a paragraph into items at every change
// of format, script and direction, at tabs and at images, and for each item looks its format up
// from the start of the paragraph (QTextEngine::formatIndex) and breaks lines by scanning: the
// cost grows with characters times items. With Qt 6.4, one paragraph of 64 K characters that
// alternate Latin and Hebrew letters, or "*a" emphasis, takes many seconds (tst_narrativebrowser
// holds the worst cases).

struct ParagraphCost
{
    int runs = 0;
    int longestMarkRun = 0; // combining marks on one letter
};

ParagraphCost costOf(const QTextBlock &block)
{
    ParagraphCost cost;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        ++cost.runs;
    const QString text = block.text();
    int lastScript = -1;
    int lastDirection = -1; // 0 left to right, 1 right to left, 2 Arabic digits
    int marks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        // Shaping a letter with k combining marks costs about k squared.
        marks = QChar::isMark(c) ? marks + 1 : 0;
        cost.longestMarkRun = std::max(cost.longestMarkRun, marks);
        if (c == u'\t' || (c >= FirstMark && c <= BreakMark)) {
            cost.runs += 2;
            continue;
        }
        const int script = QChar::script(c);
        if (script > QChar::Script_Common) {
            cost.runs += lastScript >= 0 && script != lastScript;
            lastScript = script;
        }
        int direction = -1;
        switch (QChar::direction(c)) {
        case QChar::DirL:
            direction = 0;
            break;
        case QChar::DirR:
        case QChar::DirAL:
            direction = 1;
            break;
        case QChar::DirAN:
            direction = 2;
            break;
        default:
            break;
        }
        if (direction >= 0) {
            cost.runs += lastDirection >= 0 && direction != lastDirection;
            lastDirection = direction;
        }
    }
    return cost;
}

// A table costs its cells: Qt's Markdown importer appends a table's rows one by one, each time
// going through the cells so far (4 000 rows of two cells: 0.9 s), and each cell is laid out as
// a small document. So the cells are counted in the Markdown, before it is parsed: a GitHub
// table begins at a delimiter row (cells of dashes and colons between '|') and runs to the next
// blank line, every line a row (even without a '|'), with as many cells as the delimiter row.
// Quote markers and indentation are looked through. This counts at least the cells there are.
qsizetype tableCellsIn(const QString &markdown)
{
    qsizetype cells = 0;
    qsizetype columns = 0; // of the table being read, or 0 outside tables
    for (qsizetype start = 0; start <= markdown.size();) {
        qsizetype end = markdown.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = markdown.size();
        qsizetype first = start;
        while (first < end && (markdown.at(first) == QLatin1Char(' ') || markdown.at(first) == QLatin1Char('\t')
                               || markdown.at(first) == QLatin1Char('>') || markdown.at(first) == QLatin1Char('\r')))
            ++first;
        if (first == end) {
            columns = 0;
        } else if (columns > 0) {
            cells += columns;
        } else {
            // A delimiter row: only '|', '-', ':' and blanks, with a '|' and a '-'.
            qsizetype groups = 0;
            bool pipe = false;
            bool delimiter = true;
            bool inGroup = false;
            for (qsizetype i = first; i < end && delimiter; ++i) {
                const QChar c = markdown.at(i);
                if (c == QLatin1Char('-')) {
                    groups += !inGroup;
                    inGroup = true;
                } else if (c == QLatin1Char('|')) {
                    pipe = true;
                    inGroup = false;
                } else if (c != QLatin1Char(':') && !c.isSpace()) {
                    delimiter = false;
                }
            }
            if (delimiter && pipe && groups > 0) {
                columns = groups;
                cells += 2 * columns; // the header row and this one
            }
        }
        start = end + 1;
    }
    return cells;
}

qsizetype tableCellsIn(const QTextFrame *frame)
{
    qsizetype cells = 0;
    for (const QTextFrame *child : frame->childFrames()) {
        if (const auto *table = qobject_cast<const QTextTable *>(child))
            cells += qsizetype(table->rows()) * table->columns();
        cells += tableCellsIn(child);
    }
    return cells;
}

QString tooManyCells(qsizetype cells)
{
    return NarrativeBrowser::tr("its tables have %1 cells, and at most %2 can be shown").arg(cells).arg(NarrativeBrowser::MaxTableCells);
}

// Why the parsed narrative would take too long to lay out, or an empty string.
QString tooComplex(const QTextDocument &document)
{
    if (const qsizetype cells = tableCellsIn(document.rootFrame()); cells > NarrativeBrowser::MaxTableCells)
        return tooManyCells(cells);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() > NarrativeBrowser::MaxParagraphChars)
            return NarrativeBrowser::tr("a paragraph has %1 characters, and at most %2 can be shown")
                .arg(block.length())
                .arg(NarrativeBrowser::MaxParagraphChars);
        const ParagraphCost cost = costOf(block);
        if (cost.runs > NarrativeBrowser::MaxParagraphRuns)
            return NarrativeBrowser::tr("a paragraph changes its format, script or direction %1 times, and at most %2 "
                                        "changes can be shown")
                .arg(cost.runs)
                .arg(NarrativeBrowser::MaxParagraphRuns);
        if (cost.longestMarkRun > NarrativeBrowser::MaxCombiningMarks)
            return NarrativeBrowser::tr("a letter carries %1 combining marks, and at most %2 can be shown")
                .arg(cost.longestMarkRun)
                .arg(NarrativeBrowser::MaxCombiningMarks);
    }
    return {};
}

} // namespace

NarrativeBrowser::NarrativeBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Links are shown, never followed: following one would load a document into the view.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // From the start, the view's document is one that never opens files itself.
    showMarkdown(QString(), QString());
}

void NarrativeBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The parsed document fixes its code spans' size at the font of the time: after a zoom or
    // presenter mode, the text is built again at the new size.
    if (event->type() == QEvent::FontChange && m_shown)
        showMarkdown(m_markdown, m_lessonDirectory);
}

void NarrativeBrowser::showMarkdown(const QString &markdown, const QString &lessonDirectory)
{
    m_shown = true;
    m_markdown = markdown;
    m_lessonDirectory = lessonDirectory;
    m_refusal.clear();
    m_imageReferences = 0;
    m_imagePixels = 0;
    // A fresh document: no image kept for the previous lesson. It is built before it is shown:
    // QTextEdit would lay the text out again after every piece the Markdown parser inserts, and
    // the parser inserts without an edit block, which makes every insertion measure the
    // paragraph so far; both are quadratic in the length of a paragraph, which a hostile lesson
    // makes as long as the limit allows.
    auto *document = new NarrativeDocument(this);
    document->setDefaultFont(font());
    try {
        if (markdown.size() > MaxMarkdownChars) {
            m_refusal = tr("it has %1 characters, and at most %2 can be shown").arg(markdown.size()).arg(MaxMarkdownChars);
        } else if (const qsizetype cells = tableCellsIn(markdown); cells > MaxTableCells) {
            m_refusal = tooManyCells(cells);
        } else {
            QTextCursor cursor(document);
            cursor.beginEditBlock();
            document->setMarkdown(markTags(markdown), QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                                     | QTextDocument::MarkdownNoHTML));
            m_refusal = tooComplex(*document);
            if (m_refusal.isEmpty())
                for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
                    applyMarks(document, block);
            cursor.endEditBlock();
        }
    } catch (const std::bad_alloc &) {
        // The last line of defence: whatever got this far, the window stays up.
        delete document;
        document = new NarrativeDocument(this);
        document->setDefaultFont(font());
        m_refusal = tr("there is not enough memory to show it");
    }
    if (!m_refusal.isEmpty()) {
        // Said in the view, where the narrative would be.
        document->setPlainText(tr("This lesson text is not shown: %1.").arg(m_refusal));
    }
    // The first document belongs to QTextEdit, which deletes it when replaced; ours are ours.
    QTextDocument *previous = this->document();
    const bool ownPrevious = previous && previous->parent() == this;
    document->documentLayout()->setPaintDevice(viewport());
    setDocument(document);
    if (ownPrevious)
        delete previous;
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

QString NarrativeBrowser::allowedImagePath(const QUrl &reference, const QString &lessonDirectory)
{
    if (lessonDirectory.isEmpty() || !reference.isRelative() || reference.hasQuery() || reference.hasFragment()
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

QImage NarrativeBrowser::placeholderImage()
{
    static const QImage placeholder = [] {
        // What Qt itself shows for an image it cannot find; drawn if that is not available.
        QImage image(QStringLiteral(":/qt-project.org/styles/commonstyle/images/file-16.png"));
        if (image.isNull()) {
            image = QImage(16, 16, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setPen(QColor(0x80, 0x80, 0x80));
            painter.drawRect(QRect(2, 1, 11, 13));
        }
        return image;
    }();
    return placeholder;
}

QVariant NarrativeBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QString();
    return loadImage(name);
}

QImage NarrativeBrowser::loadImage(const QUrl &name)
{
    if (++m_imageReferences > MaxImageReferences)
        return placeholderImage();
    const QString path = allowedImagePath(name, m_lessonDirectory);
    if (path.isEmpty())
        return placeholderImage();
    // Read through the descriptor that was checked (a regular file, opened without blocking),
    // never by name again.
    QFile file;
    if (!RegularFile::openForReading(file, path, QStringLiteral("an image")).isEmpty() || file.size() > MaxImageBytes)
        return placeholderImage();
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    // Pictures only: an SVG image may name other files for Qt to read.
    static const QList<QByteArray> formats = {"png", "jpeg", "jpg", "gif", "bmp"};
    const QSize size = reader.size();
    if (!formats.contains(reader.format()) || !size.isValid() || size.width() > MaxImageSide || size.height() > MaxImageSide)
        return placeholderImage();
    const qint64 pixels = qint64(size.width()) * size.height();
    if (m_imagePixels + pixels > MaxImagePixels)
        return placeholderImage();
    const QImage image = reader.read();
    if (image.isNull())
        return placeholderImage();
    m_imagePixels += pixels;
    return image;
}

} // namespace deltatrace
