// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window at the screen sizes people have, in both languages, for every experiment of
// every lesson and a sample of operations: no text is cut, clipped by its view or drawn over
// another, type is large enough to read, and the current operation's formula and value are in
// view without scrolling. Everything is read from the widgets' and pictures' own geometry (the
// rectangles each view says it painted its texts in), not guessed from pixels.
#include "formulaview.h"
#include "inputplaneview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "networkdiagram.h"
#include "presentermode.h"
#include "settings.h"
#include "trainingcharts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

using namespace deltatrace;

namespace {

struct Place
{
    int epoch;
    int sample;
    const char *operation; // a quantity name ("" = the sample's last operation)
};

// A widget's own rectangle, in window coordinates.
QRectF inWindow(const QWidget *widget, const QRectF &rect, const QWidget *window)
{
    return QRectF(widget->mapTo(window, rect.topLeft().toPoint()), rect.size());
}

// The part of the window a widget can be seen in: its rectangle, cut by every scroll area's
// viewport (and every other clipping ancestor) it is in.
QRectF visibleArea(const QWidget *widget, const QWidget *window)
{
    QRectF area = inWindow(widget, widget->rect(), window);
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget())
        area &= inWindow(w, w->rect(), window);
    return area;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The rectangles a custom-painted view drew its texts in, in its own coordinates.
std::optional<QList<QRectF>> paintedTexts(const QWidget *widget)
{
    if (auto *diagram = qobject_cast<const NetworkDiagram *>(widget))
        return diagram->paintedTextRects();
    if (auto *plane = qobject_cast<const InputPlaneView *>(widget))
        return plane->paintedTextRects();
    if (auto *formula = qobject_cast<const FormulaView *>(widget))
        return formula->paintedTextRects();
    if (auto *charts = qobject_cast<const TrainingCharts *>(widget))
        return charts->paintedTextRects();
    return std::nullopt;
}

// How far two rectangles overlap; touching edges and sub-pixel rounding are not an overlap.
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    return both.width() > 1.0 && both.height() > 1.0;
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return outer.adjusted(-1, -1, 1, 1).contains(inner);
}

// WCAG's relative luminance and contrast ratio.
double luminance(QRgb rgb)
{
    auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// How well a text stands out where it was painted: the contrast between the rectangle's most
// common colour (its background) and the pixel that differs from it most (the ink).
double inkContrast(const QImage &image, const QRect &rect)
{
    std::map<QRgb, int> counts;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    if (counts.empty())
        return 0;
    const QRgb background = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) { return a.second < b.second; })->first;
    double best = 1;
    for (const auto &[colour, count] : counts)
        best = std::max(best, contrast(colour, background));
    return best;
}

QPalette highContrast(bool dark)
{
    const QColor back = dark ? Qt::black : Qt::white;
    const QColor ink = dark ? Qt::white : Qt::black;
    // A theme's shades between the two (button bevels, frames) are real greys.
    const QColor light = dark ? QColor(90, 90, 90) : QColor(255, 255, 255);
    const QColor shade = dark ? QColor(160, 160, 160) : QColor(100, 100, 100);
    QPalette p(ink, back, light, shade, shade, ink, ink, back, back);
    p.setColor(QPalette::Base, back);
    p.setColor(QPalette::AlternateBase, dark ? QColor(40, 40, 40) : QColor(230, 230, 230));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Highlight, dark ? QColor(0, 255, 255) : QColor(0, 0, 160));
    p.setColor(QPalette::HighlightedText, back);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(200, 200, 200) : QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipBase, back);
    p.setColor(QPalette::ToolTipText, ink);
    return p;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
    QString m_lessonExperiment;
    bool m_presenting = false;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 60000); }

    // Takes the window to a configuration, changing only what differs from the last row (a run
    // is recorded once per experiment, the language switched once per language).
    // `seed` -1: the lesson's.
    void show(QSize size, const QString &language, bool presenting, const QString &lessonId, const QString &experimentId, int seed = -1)
    {
        if (m_presenting && (!presenting || m_window->size() != size)) {
            m_window->setPresenterMode(false);
            m_presenting = false;
        }
        if (language != m_language) {
            m_languages->setLanguage(language);
            m_language = language;
        }
        const QString which = lessonId + QLatin1Char('/') + experimentId + QLatin1Char('/') + QString::number(seed);
        if (which != m_lessonExperiment) {
            LessonLibrary::Overrides overrides;
            if (seed >= 0)
                overrides.seed = static_cast<std::uint32_t>(seed);
            QVERIFY(m_window->startExperiment(lessonId, experimentId, overrides));
            waitIdle();
            m_lessonExperiment = which;
        }
        if (m_window->size() != size) {
            m_window->resize(size);
            QCoreApplication::processEvents();
            // The default arrangement for this size, as on a first start at it.
            m_window->findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
            QCoreApplication::processEvents();
            m_window->resize(size);
        }
        if (presenting && !m_presenting) {
            m_window->setPresenterMode(true);
            m_presenting = true;
        }
        settle();
    }

    // Layouts, posted resizes and the docks' deferred sizes land over a few turns of the loop,
    // as they do before the next frame a person sees.
    static void settle()
    {
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // Everything wrong with what the window shows now, one line each.
    QStringList problems(QSize size, int minimumPixels)
    {
        QStringList found;
        QWidget *window = m_window.get();
        // Painting makes the views lay out their pictures for the size they have now.
        window->grab();
        if (m_window->width() > size.width() || m_window->height() > size.height())
            found << QStringLiteral("the window grew to %1x%2").arg(m_window->width()).arg(m_window->height());

        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(window) || widget->width() <= 0 || widget->height() <= 0)
                continue;
            // A tab that is not in front, or a part scrolled out of its viewport, is not seen.
            const QRectF visible = visibleArea(widget, window);
            if (visible.isEmpty())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty() && label->pixmap().isNull()) {
                const bool rich = label->textFormat() == Qt::RichText
                               || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                QString text = rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
                // A buddy's mnemonic marker is drawn as an underline, not as a character.
                if (label->buddy())
                    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
                const QRect contents = label->contentsRect();
                if (label->wordWrap()) {
                    if (label->heightForWidth(label->width()) > label->height() + 1)
                        found << QStringLiteral("%1 needs %2 px of height, has %3: \"%4\"")
                                     .arg(describe(label))
                                     .arg(label->heightForWidth(label->width()))
                                     .arg(label->height())
                                     .arg(text.left(60));
                } else {
                    const int needed = label->fontMetrics().boundingRect(contents, int(label->alignment()), text).width();
                    if (needed > contents.width() + 1)
                        found << QStringLiteral("%1 is cut: needs %2 px, has %3: \"%4\"")
                                     .arg(describe(label))
                                     .arg(needed)
                                     .arg(contents.width())
                                     .arg(text.left(60));
                }
                if (QFontInfo(label->font()).pixelSize() < minimumPixels)
                    found << QStringLiteral("%1 has %2 px type: \"%3\"").arg(describe(label)).arg(QFontInfo(label->font()).pixelSize()).arg(text.left(60));
            }
            if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
                auto *tool = qobject_cast<QToolButton *>(button);
                const bool showsText = !tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly;
                if (showsText && button->sizeHint().width() > button->width() + 1)
                    found << QStringLiteral("%1 is cut: needs %2 px, has %3").arg(describe(button)).arg(button->sizeHint().width()).arg(button->width());
            }
            const std::optional<QList<QRectF>> texts = paintedTexts(widget);
            if (!texts)
                continue;
            // A formula view inside a scroll area may be scrolled away unless it is the current
            // operation's header or formula, which must be in view.
            const bool mustBeSeen = !qobject_cast<FormulaView *>(widget) || widget->objectName() == QLatin1String("header")
                                 || widget->objectName() == QLatin1String("formula");
            const QRectF own = inWindow(widget, widget->rect(), window);
            for (qsizetype i = 0; i < texts->size(); ++i) {
                const QRectF rect = inWindow(widget, texts->at(i), window);
                if (!inside(rect, own))
                    found << QStringLiteral("%1: text %2 at (%3, %4, %5x%6) leaves the view")
                                 .arg(describe(widget))
                                 .arg(i)
                                 .arg(texts->at(i).x())
                                 .arg(texts->at(i).y())
                                 .arg(texts->at(i).width())
                                 .arg(texts->at(i).height());
                else if (mustBeSeen && !inside(rect, visible))
                    found << QStringLiteral("%1: text %2 is not in view without scrolling").arg(describe(widget)).arg(i);
                for (qsizetype j = i + 1; j < texts->size(); ++j)
                    if (overlap(texts->at(i), texts->at(j)))
                        found << QStringLiteral("%1: texts %2 and %3 overlap").arg(describe(widget)).arg(i).arg(j);
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_languages = std::make_unique<LanguageManager>();
        m_window = std::make_unique<MainWindow>(m_languages.get(), m_settings.get());
        m_window->setFullScreenAllowed(false);
        QVERIFY(m_window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // A high-contrast system theme (white on black, or black on white) does not make the
    // pictures' texts disappear: every text they paint stands out from where it is painted.
    void textStaysVisibleWithAHighContrastTheme_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("operation");
        for (const char *op : {"v1", "delta", "dW1", "W2"}) {
            QTest::addRow("white on black, %s", op) << true << QString::fromLatin1(op);
            QTest::addRow("black on white, %s", op) << false << QString::fromLatin1(op);
        }
    }

    void textStaysVisibleWithAHighContrastTheme()
    {
        QFETCH(bool, dark);
        QFETCH(QString, operation);
        show(QSize(1366, 768), QStringLiteral("en"), false, QStringLiteral("03-backprop-xor"), QStringLiteral("backprop-ce"));
        QCOMPARE(m_window->goTo(250, 1, operation), QString());
        settle();
        // How well each painted text stands out, per view, in the palette given.
        auto measure = [this] {
            std::map<QString, std::vector<double>> seen;
            for (QWidget *widget : m_window->findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(m_window.get()) || visibleArea(widget, m_window.get()).isEmpty())
                    continue;
                const std::optional<QList<QRectF>> texts = paintedTexts(widget);
                if (!texts)
                    continue;
                const QImage image = widget->grab().toImage();
                const qreal ratio = image.devicePixelRatio();
                std::vector<double> &list = seen[describe(widget)];
                for (const QRectF &rect : *texts)
                    list.push_back(inkContrast(image, QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect()));
            }
            return seen;
        };
        const auto usual = measure();
        const QPalette before = QApplication::palette();
        QApplication::setPalette(highContrast(dark));
        settle();
        const auto themed = measure();
        QApplication::setPalette(before);
        settle();
        // A text that shows in the usual colours (a space does not) still shows in the theme's.
        QStringList faint;
        for (const auto &[view, contrasts] : usual) {
            const auto other = themed.find(view);
            QVERIFY2(other != themed.end(), qPrintable(view));
            // (The input plane's state line may be laid out again; the pictures' texts come first.)
            for (std::size_t i = 0; i < std::min(contrasts.size(), other->second.size()); ++i)
                if (contrasts[i] >= 3.0 && other->second[i] < 3.0)
                    faint << QStringLiteral("%1: text %2 has contrast %3 (%4 usually)")
                                 .arg(view)
                                 .arg(i)
                                 .arg(other->second[i], 0, 'f', 2)
                                 .arg(contrasts[i], 0, 'f', 2);
        }
        QVERIFY2(faint.isEmpty(), qPrintable(faint.mid(0, 12).join(QLatin1Char('\n'))));
    }

    void everyTextFitsAndIsReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenting");
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("seed");

        struct Experiment
        {
            const char *lesson;
            const char *experiment;
            std::vector<Place> places;
            int seed = -1; // the lesson's
        };
        // Lesson 3's twelve operations at one sample of epoch 250, then its last step; a first,
        // middle and last operation of the others.
        std::vector<Place> backprop;
        for (const char *op : {"v1", "y1", "v", "y", "e", "delta", "e1", "delta1", "dW1", "W1", "dW2", "W2"})
            backprop.push_back({250, 1, op});
        backprop.push_back({9999, 3, ""});
        const std::vector<Experiment> experiments = {
            {"01-delta-rule", "forward", {{0, 0, "v"}, {0, 3, ""}}},
            {"01-delta-rule", "delta-rule", {{0, 0, "v"}, {5, 1, "delta"}, {9999, 3, ""}}},
            {"02-xor-single-neuron", "delta-xor", {{0, 0, "v"}, {5000, 2, "dW"}, {9999, 3, ""}}},
            {"03-backprop-xor", "backprop-sigmoid", backprop},
            {"03-backprop-xor", "backprop-ce", backprop},
            // Stalled runs: the charts mark and label where the loss went flat.
            {"03-backprop-xor", "backprop-sigmoid", {{9999, 3, ""}}, 14},
            {"03-backprop-xor", "backprop-ce", {{9999, 3, ""}}, 1},
        };
        const std::vector<QSize> sizes = {{1024, 768}, {1280, 720}, {1366, 768}, {1600, 1000}, {1920, 1080}, {2560, 1440}};
        auto add = [](QSize size, const QString &language, bool presenting, const Experiment &e, const Place &p) {
            QTest::addRow("%dx%d %s%s %s %s%s %d:%d:%s", size.width(), size.height(), qPrintable(language),
                          presenting ? " presenting" : "", e.lesson, e.experiment,
                          e.seed >= 0 ? qPrintable(QStringLiteral(" seed %1").arg(e.seed)) : "", p.epoch, p.sample, p.operation)
                << size << language << presenting << QString::fromLatin1(e.lesson) << QString::fromLatin1(e.experiment)
                << p.epoch << p.sample << QString::fromLatin1(p.operation) << e.seed;
        };
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")})
            for (QSize size : sizes)
                for (const Experiment &e : experiments)
                    for (const Place &p : e.places)
                        add(size, language, false, e, p);
        // Presenting on a classroom projector and on a laptop.
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")})
            for (QSize size : {QSize(1024, 768), QSize(1366, 768)})
                for (const Experiment &e : experiments)
                    for (const Place &p : e.places)
                        add(size, language, true, e, p);
    }

    void everyTextFitsAndIsReadable()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, presenting);
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        QFETCH(int, epoch);
        QFETCH(int, sample);
        QFETCH(QString, operation);
        QFETCH(int, seed);

        show(size, language, presenting, lessonId, experimentId, seed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->goTo(epoch, sample, operation), QString());
        settle();
        // The window hands a stalled run's outcome to the charts, which mark it (and lay out
        // its label with their other texts, checked below).
        if (seed >= 0)
            QVERIFY(m_window->findChild<TrainingCharts *>()->flatFromEpoch().has_value());
        // In the normal window nothing is smaller than the application's font; on a projector
        // nothing is under 24 px.
        const int minimumPixels = presenting ? 24 : QFontInfo(m_window->presenter()->baseFont()).pixelSize();
        const QStringList found = problems(size, minimumPixels);
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 12).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
