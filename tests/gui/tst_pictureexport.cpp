// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a view's picture (its context menu): an SVG of vectors (the formula's and the diagram's
// numbers as glyph outlines, no picture of the view pasted in), a PNG of the size asked for,
// drawn at that resolution, and a failed save that says why and leaves no file behind.
#include "coursefixtures.h"
#include "formulabuilder.h"
#include "formulaview.h"
#include "inputplaneview.h"
#include "networkdiagram.h"
#include "pictureexporter.h"
#include "picturesizedialog.h"
#include "trainingcharts.h"
#include "trainingchartview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace deltatrace;

namespace {

enum class Subject { Formula, Diagram, InputPlane, NeuronPlane, Chart };

// The four picture views, showing lesson 3's cross-entropy run in the middle of a backward pass.
struct Views
{
    // Far enough into training that the plane shows the bent boundary and the hidden units'
    // lines, which run on past the plot.
    std::shared_ptr<const Trace> trace = fixtures::recordShared(fixtures::lesson3CrossEntropySpec(1500));
    TracePosition position{4 * 1200 + 2, 7};
    // The single neuron's plane: a straight boundary across the plot, with its arrow and tag.
    std::shared_ptr<const Trace> neuronTrace =
        fixtures::recordShared(fixtures::courseSpec(Rule::DeltaRule, fixtures::andTargets(), 300));
    FormulaView formula;
    NetworkDiagram diagram;
    InputPlaneView plane;
    InputPlaneView neuronPlane;
    TrainingCharts charts;

    Views()
    {
        formula.setFormula(FormulaBuilder::formula(*trace, position, trace->step(position.step)));
        // On the background the picture is saved on, so that the screen and the file compare.
        formula.setBackgroundRole(QPalette::Base);
        formula.setAutoFillBackground(true);
        formula.resize(formula.sizeHint());
        diagram.setTrace(trace);
        diagram.setPosition(position);
        diagram.resize(900, 620);
        plane.setTrace(trace);
        plane.setPosition(position);
        plane.resize(560, 520);
        neuronPlane.setTrace(neuronTrace);
        neuronPlane.setPosition({4 * 250, 0});
        neuronPlane.resize(560, 520);
        charts.setTrace(trace);
        charts.setCurrentEpoch(40);
        charts.resize(640, 480);
        for (QWidget *w : {static_cast<QWidget *>(&formula), static_cast<QWidget *>(&diagram), static_cast<QWidget *>(&plane),
                           static_cast<QWidget *>(&neuronPlane), static_cast<QWidget *>(&charts)})
            w->show();
        for (QWidget *w : {static_cast<QWidget *>(&formula), static_cast<QWidget *>(&diagram), static_cast<QWidget *>(&plane),
                           static_cast<QWidget *>(&neuronPlane), static_cast<QWidget *>(&charts)})
            QVERIFY(QTest::qWaitForWindowExposed(w));
        QCoreApplication::processEvents();
    }

    QWidget *widget(Subject s)
    {
        switch (s) {
        case Subject::Formula:
            return &formula;
        case Subject::Diagram:
            return &diagram;
        case Subject::InputPlane:
            return &plane;
        case Subject::NeuronPlane:
            return &neuronPlane;
        case Subject::Chart:
            break;
        }
        return &charts;
    }
    PictureExporter::Picture picture(Subject s) const
    {
        switch (s) {
        case Subject::Formula:
            return formula.picture();
        case Subject::Diagram:
            return diagram.picture();
        case Subject::InputPlane:
            return plane.picture();
        case Subject::NeuronPlane:
            return neuronPlane.picture();
        case Subject::Chart:
            break;
        }
        return charts.picture();
    }
    // Where a right-click goes: the chart's plot (a scroll area's viewport), else the view.
    QWidget *menuTarget(Subject s)
    {
        if (s != Subject::Chart)
            return widget(s);
        for (TrainingChartView *view : charts.findChildren<TrainingChartView *>())
            if (view->isVisible())
                return view->viewport();
        return nullptr;
    }
};

// The data row's name, as a file name.
QString tag() { return QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(',')).remove(QLatin1Char('\'')); }

// What an SVG document holds.
struct SvgContent
{
    QString error; // empty: well-formed
    int paths = 0; // with a drawing in them
    int texts = 0; // with text in them
    QList<QRectF> images;
    QRectF viewBox;
};

SvgContent readSvg(const QString &path)
{
    SvgContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = file.errorString();
        return content;
    }
    QXmlStreamReader xml(&file);
    QString textElement;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                const QStringList box = a.value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (box.size() == 4)
                    content.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
            } else if (xml.name() == QLatin1String("path") && !a.value(QLatin1String("d")).trimmed().isEmpty()) {
                ++content.paths;
            } else if (xml.name() == QLatin1String("image")) {
                content.images << QRectF(a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble(),
                                         a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble());
            } else if (xml.name() == QLatin1String("text")) {
                inText = true;
                textElement.clear();
            }
        } else if (xml.isCharacters() && inText) {
            textElement += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            inText = false;
            if (!textElement.trimmed().isEmpty())
                ++content.texts;
        }
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

QImage rendered(const QString &svgPath, QSize size)
{
    QSvgRenderer renderer(svgPath);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    renderer.render(&p);
    return image;
}

// The share of pixels of `a` that no pixel of `b` at or next to the same place resembles: how
// much the two drawings differ, beyond antialiasing's shades and glyphs placed a pixel apart
// (hinted on screen, outlines in an SVG).
double oneWayDifference(const QImage &x, const QImage &y)
{
    auto close = [](QRgb p, QRgb q) { return std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q)) <= 120; };
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            bool found = false;
            for (int dy = -1; dy <= 1 && !found; ++dy)
                for (int dx = -1; dx <= 1 && !found; ++dx) {
                    const int r = row + dy, c = col + dx;
                    found = r >= 0 && c >= 0 && r < y.height() && c < y.width() && close(x.pixel(col, row), y.pixel(c, r));
                }
            if (!found)
                ++differing;
        }
    return double(differing) / (double(x.width()) * x.height());
}

double differingShare(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 1.0;
    return std::max(oneWayDifference(x, y), oneWayDifference(y, x));
}

// The pixels that are not the background: how much of the picture was drawn.
double inkedShare(const QImage &image)
{
    const QImage x = image.convertToFormat(QImage::Format_RGB32);
    qint64 inked = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            if (qGray(x.pixel(col, row)) < 200)
                ++inked;
    return double(inked) / (double(x.width()) * x.height());
}

// Answers the dialogs a save opens, as a user would: the context menu's entry, the size (2x),
// the file's name; and remembers a message box's text.
class DialogDriver : public QObject
{
public:
    DialogDriver(QString action, QString path) : m_action(std::move(action)), m_path(std::move(path))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::tick);
        m_timer.start();
    }
    QStringList steps;
    QString message;

private:
    // Each answer is given from the event loop, not from the timer: an answer may open the next
    // dialog, whose own event loop must see the timer fire again.
    void tick()
    {
        if (m_busy)
            return;
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            if (QAction *action = menu->findChild<QAction *>(m_action))
                later([this, menu, action] {
                    steps << QStringLiteral("menu");
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                });
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *size = qobject_cast<PictureSizeDialog *>(modal)) {
            later([this, size] {
                steps << QStringLiteral("size");
                for (QPushButton *button : size->findChildren<QPushButton *>())
                    if (button->text() == QStringLiteral("2×"))
                        button->click();
                size->accept();
            });
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            later([this, files] {
                steps << QStringLiteral("file");
                // Typed, as a user would: selectFile() waits for the folder to be read.
                if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(m_path);
                static_cast<QDialog *>(files)->accept();
            });
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            later([this, box] {
                steps << QStringLiteral("message");
                message = box->text();
                box->accept();
            });
        }
    }
    void later(std::function<void()> answer)
    {
        m_busy = true;
        QMetaObject::invokeMethod(
            this,
            [this, answer] {
                m_busy = false;
                answer();
            },
            Qt::QueuedConnection);
    }

    bool m_busy = false;
    QString m_action;
    QString m_path;
    QTimer m_timer;
};

} // namespace

Q_DECLARE_METATYPE(Subject)
Q_DECLARE_METATYPE(PictureExporter::Format)

class TestPictureExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_views = std::make_unique<Views>();
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { m_views.reset(); }

    void subjects_data()
    {
        QTest::addColumn<Subject>("subject");
        QTest::newRow("formula") << Subject::Formula;
        QTest::newRow("network diagram") << Subject::Diagram;
        QTest::newRow("input plane") << Subject::InputPlane;
        QTest::newRow("single neuron's input plane") << Subject::NeuronPlane;
        QTest::newRow("training chart") << Subject::Chart;
    }

    // The SVG is well-formed and made of vectors: the texts are glyph outlines or text, and no
    // image stands in for the picture (the input plane's heat map is the one image, the plot's).
    void svgIsVectors_data() { subjects_data(); }
    void svgIsVectors()
    {
        QFETCH(Subject, subject);
        const PictureExporter::Picture picture = m_views->picture(subject);
        QVERIFY(picture.isValid());
        if (subject != Subject::Chart) // the chart's is its plot and its legend
            QCOMPARE(picture.size, m_views->widget(subject)->size());
        const QString path = m_dir.filePath(QStringLiteral("%1.svg").arg(tag()));
        QString error;
        QVERIFY2(PictureExporter::write(picture, PictureExporter::Format::Svg, path, picture.size, &error), qPrintable(error));

        const SvgContent svg = readSvg(path);
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.viewBox, QRectF(QPointF(0, 0), QSizeF(picture.size)));
        const qreal area = qreal(picture.size.width()) * picture.size.height();
        qreal imageArea = 0;
        for (const QRectF &image : svg.images)
            imageArea += image.width() * image.height();
        switch (subject) {
        case Subject::Formula:
            // A glyph run (an outline) for every piece of text, the brackets as lines.
            QCOMPARE(svg.images.size(), 0);
            QVERIFY2(svg.paths >= m_views->formula.paintedTextRects().size(), qPrintable(QString::number(svg.paths)));
            break;
        case Subject::Diagram:
            QCOMPARE(svg.images.size(), 0);
            QVERIFY2(svg.paths >= m_views->diagram.paintedTextRects().size(), qPrintable(QString::number(svg.paths)));
            break;
        case Subject::InputPlane:
        case Subject::NeuronPlane:
            QCOMPARE(svg.images.size(), 1); // the heat map
            QVERIFY2(imageArea < 0.7 * area, qPrintable(QString::number(imageArea / area)));
            QVERIFY2(svg.paths + svg.texts >= m_views->plane.paintedTextRects().size(), qPrintable(QString::number(svg.paths)));
            break;
        case Subject::Chart:
            QCOMPARE(svg.images.size(), 0);
            QVERIFY2(svg.texts >= 8, qPrintable(QString::number(svg.texts))); // tick labels, titles, legend
            QVERIFY(svg.paths + svg.texts >= 20);
            break;
        }

        // Drawn back, it is the picture the PNG shows (the vectors are the same drawing).
        const QImage back = rendered(path, picture.size);
        const QImage png = PictureExporter::image(picture, picture.size);
        QVERIFY2(inkedShare(back) > 0.01, qPrintable(QString::number(inkedShare(back))));
        if (qEnvironmentVariableIsSet("PICTUREEXPORT_KEEP")) {
            back.save(QStringLiteral("%1/%2-svg.png").arg(qEnvironmentVariable("PICTUREEXPORT_KEEP"), tag()));
            png.save(QStringLiteral("%1/%2-1x.png").arg(qEnvironmentVariable("PICTUREEXPORT_KEEP"), tag()));
            QFile::copy(path, QStringLiteral("%1/%2.svg").arg(qEnvironmentVariable("PICTUREEXPORT_KEEP"), tag()));
        }
        const double differing = differingShare(back, png);
        QVERIFY2(differing < 0.02, qPrintable(QString::number(differing)));
    }

    // A PNG at twice the size on screen has twice the pixels, drawn at that resolution: it is the
    // view as on screen, not a blurred enlargement (scaled back down, it matches the screen).
    void pngAtTwiceTheSize_data() { subjects_data(); }
    void pngAtTwiceTheSize()
    {
        QFETCH(Subject, subject);
        const PictureExporter::Picture picture = m_views->picture(subject);
        const QString path = m_dir.filePath(QStringLiteral("%1.png").arg(tag()));
        QString error;
        QVERIFY2(PictureExporter::write(picture, PictureExporter::Format::Png, path, picture.size * 2, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), picture.size * 2);
        if (qEnvironmentVariableIsSet("PICTUREEXPORT_KEEP"))
            image.save(QStringLiteral("%1/%2-2x.png").arg(qEnvironmentVariable("PICTUREEXPORT_KEEP"), tag()));

        // At 1x the file is what the view shows on screen.
        if (subject != Subject::Chart) {
            QWidget *view = m_views->widget(subject);
            const QImage screen = view->grab().toImage();
            const double differing = differingShare(PictureExporter::image(picture, picture.size), screen);
            QVERIFY2(differing < 0.02, qPrintable(QString::number(differing)));
        }
        const QImage down = image.scaled(picture.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double differing = differingShare(down, PictureExporter::image(picture, picture.size));
        QVERIFY2(differing < 0.05, qPrintable(QString::number(differing)));
    }

    // A save that cannot be done says why, in words naming the file, and leaves nothing behind:
    // neither the file nor a temporary one beside it.
    void failedSaveLeavesNoFile_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<PictureExporter::Format>("format");
        QTest::newRow("missing folder, svg") << QStringLiteral("missing") << PictureExporter::Format::Svg;
        QTest::newRow("name taken by a folder, svg") << QStringLiteral("folder") << PictureExporter::Format::Svg;
        QTest::newRow("name taken by a folder, png") << QStringLiteral("folder") << PictureExporter::Format::Png;
        QTest::newRow("read-only folder, png") << QStringLiteral("read-only") << PictureExporter::Format::Png;
    }
    void failedSaveLeavesNoFile()
    {
        QFETCH(QString, where);
        QFETCH(PictureExporter::Format, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path;
        if (where == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("no/such/folder/diagram.svg"));
        } else if (where == QLatin1String("folder")) {
            path = dir.filePath(QStringLiteral("diagram.picture"));
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("diagram.picture")));
        } else {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            if (::geteuid() == 0) {
                QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
                QSKIP("Permissions do not bind the superuser.");
            }
            path = dir.filePath(QStringLiteral("diagram.png"));
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QString error;
        QVERIFY(!PictureExporter::write(m_views->diagram.picture(), format, path, m_views->diagram.size(), &error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QVERIFY(!QFileInfo(path).isFile());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // From the view's context menu, as a user saves it: the entry, the size (2x), the file.
    void contextMenuSaves_data()
    {
        QTest::addColumn<Subject>("subject");
        QTest::addColumn<QString>("action");
        QTest::newRow("formula, svg") << Subject::Formula << QStringLiteral("savePictureSvg");
        QTest::newRow("network diagram, svg") << Subject::Diagram << QStringLiteral("savePictureSvg");
        QTest::newRow("input plane, png") << Subject::InputPlane << QStringLiteral("savePicturePng");
        QTest::newRow("training chart, svg") << Subject::Chart << QStringLiteral("savePictureSvg");
        QTest::newRow("training chart, png") << Subject::Chart << QStringLiteral("savePicturePng");
    }
    void contextMenuSaves()
    {
        QFETCH(Subject, subject);
        QFETCH(QString, action);
        const bool svg = action.endsWith(QLatin1String("Svg"));
        const QString path = m_dir.filePath(QStringLiteral("menu-%1.%2").arg(int(subject)).arg(svg ? QStringLiteral("svg") : QStringLiteral("png")));
        QWidget *target = m_views->menuTarget(subject);
        QVERIFY(target);
        const QSize size = m_views->picture(subject).size;

        DialogDriver driver(action, path);
        const QPoint at(target->width() / 2, target->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
        QApplication::sendEvent(target, &event);
        QTRY_VERIFY2(QFileInfo::exists(path), qPrintable(driver.steps.join(QLatin1Char(32)) + driver.message));
        QCOMPARE(driver.steps, QStringList({QStringLiteral("menu"), QStringLiteral("size"), QStringLiteral("file")}));
        if (svg) {
            const SvgContent content = readSvg(path);
            QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
            QCOMPARE(content.viewBox.size(), QSizeF(size * 2));
        } else {
            QCOMPARE(QImage(path).size(), size * 2);
        }
    }

private:
    std::unique_ptr<Views> m_views;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPictureExport)
#include "tst_pictureexport.moc"
