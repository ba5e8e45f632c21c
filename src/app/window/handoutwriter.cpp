// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutwriter.h"

#include "formulabuilder.h"
#include "formulaview.h"
#include "inputplaneview.h"
#include "lessonloader.h"
#include "networkdiagram.h"
#include "pictureexporter.h"
#include "rule.h"
#include "runoutcome.h"
#include "trace.h"
#include "trainingcharts.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace deltatrace {

namespace {

// The page's margins and the space between the parts of a section, in millimetres.
constexpr qreal MarginMm = 15.0;
constexpr qreal GapMm = 4.0;

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

// Paper is white and ink is black, whatever the window's theme: the views are given a light
// palette of their own.
QPalette printPalette()
{
    QPalette palette(QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

// The application's font; for Korean, a Korean font first. On screen Qt draws Korean text in
// the application's (Latin) font and takes each Hangul glyph from a Korean one; in a PDF those
// become runs in two fonts, and a reader extracting the text (copying, searching, a screen
// reader) loses the spaces between them. One font for both keeps the words apart.
QFont handoutFont(const QString &language)
{
    QFont font = QApplication::font();
    if (!language.startsWith(QLatin1String("ko")))
        return font;
    const QStringList korean = QFontDatabase::families(QFontDatabase::Korean);
    if (korean.isEmpty() || korean.contains(font.family()))
        return font;
    // Common sans-serif ones first, then any sans-serif one, as the application font is, then
    // any. Not NanumGothic: its space is also its glyph for U+0001, and the PDF's text then has
    // U+0001 between the words.
    QString chosen;
    for (const char *preferred : {"NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"}) {
        if (korean.contains(QLatin1String(preferred))) {
            chosen = QLatin1String(preferred);
            break;
        }
    }
    for (const QString &family : korean) {
        if (chosen.isEmpty() && family != QLatin1String("NanumGothic")
            && (family.contains(QLatin1String("Gothic"), Qt::CaseInsensitive) || family.contains(QLatin1String("Sans"), Qt::CaseInsensitive)))
            chosen = family;
    }
    if (chosen.isEmpty())
        chosen = korean.first();
    font.setFamilies(QStringList{chosen} + font.families());
    return font;
}

// One part of a page, laid out: its height and what paints it with its top left at (0, 0).
struct Block
{
    qreal height = 0;
    bool startsSection = false;
    // How small a picture may be drawn to stay on the page it would just miss (1: never smaller),
    // and the scale it is drawn at.
    qreal smallestScale = 1.0;
    qreal scale = 1.0;
    std::function<void(QPainter &)> paint;
};

// A word-wrapped text `width` wide in `font`, measured on the PDF itself.
Block textBlock(QPaintDevice *device, const QFont &font, const QColor &color, const QString &text, qreal width)
{
    const QFontMetricsF metrics(font, device);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
    Block block;
    block.height = bounds.height();
    block.paint = [font, color, text, width, height = bounds.height()](QPainter &p) {
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(0, 0, width, height + 1), Qt::TextWordWrap, text);
    };
    return block;
}

// A view's picture at its own size, scaled down only where it is wider or taller than `room`.
Block pictureBlock(const PictureExporter::Picture &picture, QSizeF room)
{
    Block block;
    if (!picture.isValid())
        return block;
    const QSizeF size = QSizeF(picture.size).scaled(room.boundedTo(QSizeF(picture.size)), Qt::KeepAspectRatio);
    block.height = size.height();
    block.smallestScale = 0.75; // vectors: three quarters still read well on paper
    block.paint = [picture, size](QPainter &p) {
        p.save();
        p.fillRect(QRectF(QPointF(0, 0), size), picture.background);
        const qreal scale = size.width() / picture.size.width();
        p.scale(scale, scale);
        // The one image (the plane's heat map) at three device pixels a picture pixel: print sharp.
        picture.paint(p, 3.0);
        p.restore();
    };
    return block;
}

} // namespace

HandoutWriter::Document HandoutWriter::of(std::shared_ptr<const Trace> trace, const QString &language)
{
    Document document;
    document.language = language.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en");
    if (trace) {
        const TraceSpec &spec = trace->spec();
        document.lessonTitle = spec.lessonId;
        document.experimentTitle = spec.experimentId;
        // The lesson the trace carries has the titles in both languages; it was checked when the
        // trace was read, but a trace recorded without one keeps the ids.
        const LessonLoader::Result lesson = LessonLoader::parse(spec.lessonSource, spec.lessonId);
        if (lesson.ok()) {
            if (!lesson.lesson->title.in(document.language).isEmpty())
                document.lessonTitle = lesson.lesson->title.in(document.language);
            if (const Experiment *experiment = lesson.lesson->experiment(spec.experimentId);
                experiment && !experiment->title.in(document.language).isEmpty())
                document.experimentTitle = experiment->title.in(document.language);
        }
    }
    document.trace = std::move(trace);
    return document;
}

HandoutWriter::Paper HandoutWriter::defaultPaper(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? Paper::Letter : Paper::A4;
}

std::vector<HandoutWriter::Section> HandoutWriter::tourSections(const QList<ResolvedStop> &stops, const QString &language)
{
    std::vector<Section> sections;
    for (const ResolvedStop &stop : stops)
        if (stop.position)
            sections.push_back({*stop.position, stop.stop.noteIn(language)});
    return sections;
}

QString HandoutWriter::sectionTitle(const Trace &trace, TracePosition position)
{
    const auto ops = operationsOf(trace.rule());
    const int operation = std::clamp(position.operation, 0, static_cast<int>(ops.size()) - 1);
    const Quantity q = ops[static_cast<std::size_t>(operation)];
    // The arithmetic panel's header, word for word (and translated with it).
    return QCoreApplication::translate("deltatrace::ArithmeticPanel", "Epoch %1, sample k = %2 · operation %3 of %4: %5")
        .arg(position.step / SampleCount)
        .arg(position.step % SampleCount)
        .arg(operation + 1)
        .arg(static_cast<int>(ops.size()))
        .arg(FormulaBuilder::formulaName(q));
}

bool HandoutWriter::write(const Document &document, const QString &path, QString *error, const Progress &progress)
{
    const QString fileName = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write the handout %1: %2").arg(fileName, why);
        return false;
    };
    const std::shared_ptr<const Trace> trace = document.trace;
    if (!trace || trace->stepCount() <= 0)
        return fail(tr("there is no recorded run to print."));
    if (document.sections.empty())
        return fail(tr("it has no section to print."));

    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(tr("there is no folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    // Written whole or not at all: a failure leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    // The PDF is measured in the views' own logical pixels: their text and pictures keep the
    // sizes they were laid out for, and a picture is placed at its own size.
    const FormulaView probe;
    const int dpi = std::max(1, probe.logicalDpiX());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(document.paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("DeltaTrace %1").arg(QStringLiteral(DELTATRACE_VERSION)));
    writer.setTitle(QStringLiteral("%1 · %2").arg(document.lessonTitle, document.experimentTitle));

    const qreal mm = dpi / 25.4;
    const QSizeF page = writer.pageLayout().fullRectPixels(dpi).size();
    const qreal margin = MarginMm * mm;
    const qreal gap = GapMm * mm;
    const qreal width = page.width() - 2 * margin;

    const QFont base = handoutFont(document.language);
    const QFont small = scaledFont(base, 0.9, false);
    const QFontMetricsF smallMetrics(small, &writer);
    const qreal headerHeight = smallMetrics.height() + gap;
    const qreal footerHeight = smallMetrics.height() + gap;
    const qreal top = margin + headerHeight;
    const qreal bottom = page.height() - margin - footerHeight;

    // The views, never shown, paint the pictures exactly as the window's do.
    const QPalette palette = printPalette();
    // The arithmetic panel's size, in the application's font as there: a formula has no Korean.
    const QFont formulaFont = scaledFont(QApplication::font(), 1.4, false);
    NetworkDiagram diagram;
    diagram.setPalette(palette);
    diagram.setFont(base);
    diagram.setTrace(trace);
    InputPlaneView plane;
    plane.setPalette(palette);
    plane.setFont(base);
    plane.setTrace(trace);

    const auto ops = operationsOf(trace->rule());
    const int sectionCount = static_cast<int>(document.sections.size());
    // The blocks of each page, and where each starts. Every header and footer names the page
    // count, known once everything is laid out: the pages are painted only then. A block keeps
    // what it paints (the diagram's and the plane's scenes are values; each formula keeps a view
    // of its own).
    std::vector<std::vector<Block>> pages(1);
    std::vector<std::vector<qreal>> tops(1);
    qreal y = top;
    auto place = [&](Block block) {
        if (block.height <= 0)
            return;
        // A picture that just misses the room left is drawn smaller rather than alone on a page.
        if (!block.startsSection && y + block.height > bottom && y > top && (bottom - y) / block.height >= block.smallestScale) {
            block.scale = (bottom - y) / block.height;
            block.height = bottom - y;
        }
        const bool newPage = (block.startsSection && !pages.back().empty()) || (y + block.height > bottom && y > top);
        if (newPage) {
            pages.emplace_back();
            tops.emplace_back();
            y = top;
        }
        tops.back().push_back(y);
        y += block.height + gap;
        pages.back().push_back(std::move(block));
    };

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(tr("the PDF could not be started."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    std::vector<std::unique_ptr<FormulaView>> formulas;
    std::vector<std::unique_ptr<TrainingCharts>> chartViews;
    for (int s = 0; s < sectionCount; ++s) {
        const Section &section = document.sections[static_cast<std::size_t>(s)];
        TracePosition position = section.position;
        position.step = std::clamp<long long>(position.step, 0, trace->stepCount() - 1);
        position.operation = std::clamp(position.operation, 0, static_cast<int>(ops.size()) - 1);
        const StepRecord record = trace->step(position.step);

        Block title = textBlock(&writer, scaledFont(base, 1.3, true), Qt::black, sectionTitle(*trace, position), width);
        title.startsSection = true;
        place(std::move(title));

        const QString x = QStringLiteral("(%1, %2, %3)")
                              .arg(FormulaBuilder::displayNumber(record.x(0)), FormulaBuilder::displayNumber(record.x(1)),
                                   FormulaBuilder::displayNumber(record.x(2)));
        const QString sample =
            updatesWeights(trace->rule())
                ? QCoreApplication::translate("deltatrace::ArithmeticPanel", "Input x = %1,  target d = %2").arg(x, FormulaBuilder::displayNumber(record.d))
                : QCoreApplication::translate("deltatrace::ArithmeticPanel", "Input x = %1").arg(x);
        place(textBlock(&writer, scaledFont(base, 1.1, false), Qt::black, sample, width));
        if (!section.note.trimmed().isEmpty()) {
            // The note first, under the title: what to say here is what the pictures are for. The
            // heading and the note are one block: a page never ends between them.
            const Block heading = textBlock(&writer, scaledFont(base, 1.0, true), Qt::black, tr("Note"), width);
            const Block text = textBlock(&writer, scaledFont(base, 1.1, false), Qt::black, section.note.trimmed(), width);
            Block note;
            note.height = heading.height + text.height;
            note.paint = [heading, text](QPainter &p) {
                heading.paint(p);
                p.translate(0, heading.height);
                text.paint(p);
            };
            place(std::move(note));
        }

        if (document.contents.formula) {
            const Quantity q = ops[static_cast<std::size_t>(position.operation)];
            Formula formula = FormulaBuilder::formula(trace->rule(), trace->spec().alpha, q, record);
            const QStringList notes = formula.notes;
            auto view = std::make_unique<FormulaView>();
            view->setPalette(palette);
            view->setFont(formulaFont);
            view->setNumberFloor(QApplication::font());
            view->setFitBox(static_cast<int>(width), 0);
            view->setFormula(std::move(formula));
            view->resize(view->sizeHint());
            place(pictureBlock(view->picture(), QSizeF(width, bottom - top)));
            formulas.push_back(std::move(view));
            for (const QString &note : notes)
                place(textBlock(&writer, base, QColor(0x50, 0x50, 0x50), note, width));
        }
        if (document.contents.diagram) {
            diagram.setPosition(position);
            const int height = std::max(diagram.minimumSizeHint().height(), qRound(width * 0.5));
            diagram.resize(static_cast<int>(width), height);
            place(pictureBlock(diagram.picture(), QSizeF(width, bottom - top)));
        }
        if (document.contents.inputPlane) {
            plane.setPosition(position);
            const QSize minimum = plane.minimumSizeHint();
            const int side = qRound(width * 0.75);
            plane.resize(QSize(side, qRound(side * 0.8)).expandedTo(minimum));
            place(pictureBlock(plane.picture(), QSizeF(width, bottom - top)));
        }
        if (document.contents.chart != Chart::None) {
            // A chart paints its widgets as they stand when it is painted: one of its own for each
            // section, laid out (shown, but never on screen) at the section's epoch.
            auto charts = std::make_unique<TrainingCharts>();
            charts->setAttribute(Qt::WA_DontShowOnScreen);
            charts->setPalette(palette);
            charts->setFont(base);
            charts->setTrace(trace);
            charts->setOutcome(RunOutcome::of(*trace));
            charts->showChart(document.contents.chart == Chart::Loss      ? TrainingCharts::Chart::Loss
                              : document.contents.chart == Chart::Outputs ? TrainingCharts::Chart::Outputs
                                                                          : TrainingCharts::Chart::Weights);
            charts->setCurrentEpoch(static_cast<int>(position.step / SampleCount));
            charts->resize(static_cast<int>(width), qRound(width * 0.6));
            charts->show();
            QCoreApplication::sendPostedEvents(); // the charts' layout, without handling input
            place(pictureBlock(charts->picture(), QSizeF(width, bottom - top)));
            chartViews.push_back(std::move(charts));
        }
        if (progress && !progress(s + 1, sectionCount)) {
            painter.end();
            file.cancelWriting();
            return fail(tr("the export was cancelled."));
        }
    }

    const QString header = tr("%1 · %2 · seed %3").arg(document.lessonTitle, document.experimentTitle).arg(trace->spec().seed);
    const int pageCount = static_cast<int>(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawText(QRectF(margin, margin, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(header, Qt::ElideRight, width));
        painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.5));
        painter.drawLine(QPointF(margin, margin + smallMetrics.height() + gap / 2), QPointF(margin + width, margin + smallMetrics.height() + gap / 2));
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawText(QRectF(margin, page.height() - margin - smallMetrics.height(), width, smallMetrics.height()), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pageCount));
        const auto &pageBlocks = pages[static_cast<std::size_t>(i)];
        for (std::size_t b = 0; b < pageBlocks.size(); ++b) {
            painter.save();
            painter.translate(margin, tops[static_cast<std::size_t>(i)][b]);
            painter.scale(pageBlocks[b].scale, pageBlocks[b].scale);
            pageBlocks[b].paint(painter);
            painter.restore();
        }
    }
    painter.end();
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace deltatrace
