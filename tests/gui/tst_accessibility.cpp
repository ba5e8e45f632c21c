// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the real window can be named by a screen reader, in both languages, and the
// colours that carry meaning stay apart for readers with red-green colour blindness.
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "valuecolors.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

using namespace deltatrace;

namespace {

// A control is something a user operates: buttons, sliders, spin boxes, combo boxes, line edits
// and tab bars. Labels and views that only show are not controls, and scroll bars are announced
// by their role and orientation.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTabBar *>(widget);
}

// What a screen reader would say for the control: its accessible name as Qt's accessibility
// bridge computes it (explicit name, button text, action text, or a label's buddy).
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// The visible controls of the window that have no spoken name, as "class objectName" lines.
QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || !isControl(widget))
            continue;
        // A line edit inside a spin box or combo box is named through its owner.
        if (qobject_cast<QLineEdit *>(widget) && widget->parentWidget() && isControl(widget->parentWidget()))
            continue;
        // A tab bar is read tab by tab: each tab needs a text.
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->tabText(i).trimmed().isEmpty())
                    unnamed << QStringLiteral("tab %1 of a tab bar under '%2'").arg(i).arg(widget->parentWidget()->objectName());
            continue;
        }
        if (spokenName(widget).isEmpty())
            unnamed << QStringLiteral("%1 '%2' under '%3'")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
    }
    return unnamed;
}

// sRGB <-> linear light.
double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double gammaEncoded(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

enum class Vision { Normal, Protanopia, Deuteranopia };

// How a colour looks with full protanopia or deuteranopia, by Machado, Oliveira and Fernandes
// (2009), whose matrices act on linear RGB.
QColor simulated(const QColor &colour, Vision vision)
{
    using Matrix = std::array<std::array<double, 3>, 3>;
    static constexpr Matrix protanopia{{{0.152286, 1.052583, -0.204868},
                                        {0.114503, 0.786281, 0.099216},
                                        {-0.003882, -0.048116, 1.051998}}};
    static constexpr Matrix deuteranopia{{{0.367322, 0.860646, -0.227968},
                                          {0.280085, 0.672501, 0.047413},
                                          {-0.011820, 0.042940, 0.968881}}};
    if (vision == Vision::Normal)
        return colour;
    const Matrix &m = vision == Vision::Protanopia ? protanopia : deuteranopia;
    const std::array<double, 3> rgb{linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    std::array<double, 3> out{};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
    return QColor::fromRgbF(float(gammaEncoded(out[0])), float(gammaEncoded(out[1])), float(gammaEncoded(out[2])));
}

// CIE L*a*b* of an sRGB colour (D65 white).
std::array<double, 3> lab(const QColor &colour)
{
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// Euclidean distance in L*a*b* (CIE76): about 2.3 is just noticeable, and 15 or more reads as
// two different colours at a glance, which is what a legend or a sign needs.
double difference(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 60000);
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

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lessonIndex");
        QTest::addColumn<bool>("comparing");
        QTest::addColumn<bool>("presenting");
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            const QByteArray tag = language.toLatin1();
            QTest::newRow(tag + " lesson 1") << language << QStringLiteral("0") << false << false;
            QTest::newRow(tag + " lesson 3") << language << QStringLiteral("2") << false << false;
            QTest::newRow(tag + " lesson 3 compared") << language << QStringLiteral("2") << true << false;
            QTest::newRow(tag + " lesson 3 presenting") << language << QStringLiteral("2") << false << true;
        }
    }

    void everyControlHasAName()
    {
        QFETCH(QString, language);
        QFETCH(QString, lessonIndex);
        QFETCH(bool, comparing);
        QFETCH(bool, presenting);
        m_languages->setLanguage(language);
        const Lesson &lesson = m_window->lessons().at(lessonIndex.toInt());
        QVERIFY(m_window->startExperiment(lesson.id, lesson.experiments.first().id));
        waitIdle();
        if (comparing) {
            const QStringList others = m_window->comparableExperiments();
            QVERIFY(!others.isEmpty());
            QVERIFY(m_window->compareWith(others.first()));
            waitIdle();
            QVERIFY(m_window->isComparing());
        }
        m_window->setPresenterMode(presenting);
        QCoreApplication::processEvents();

        const QStringList unnamed = unnamedControls(m_window.get());
        m_window->setPresenterMode(false);
        m_window->stopComparing();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // Pairs of colours whose difference carries meaning: the sign of a weight (also dashed), the
    // lines of one chart, the current element against the rest.
    void meaningfulColoursStayApartForColourBlindReaders_data()
    {
        QTest::addColumn<QColor>("first");
        QTest::addColumn<QColor>("second");
        QTest::newRow("positive / negative weight") << ValueColors::positive() << ValueColors::negative();
        QTest::newRow("positive / not finite") << ValueColors::positive() << ValueColors::notFinite();
        QTest::newRow("negative / not finite") << ValueColors::negative() << ValueColors::notFinite();
        // The outputs chart draws four lines, one per sample, and the weights chart one colour per
        // hidden unit; the loss chart draws lines 0 and 4.
        for (int i = 0; i < 4; ++i)
            for (int j = i + 1; j < 4; ++j)
                QTest::addRow("chart lines %d / %d", i, j) << ValueColors::series(i) << ValueColors::series(j);
        QTest::newRow("loss chart lines") << ValueColors::series(0) << ValueColors::series(4);
        QTest::newRow("viridis ends") << ValueColors::sequential(0) << ValueColors::sequential(1);
        // The input plane paints a non-finite output in its own colour on the viridis scale.
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
            QTest::addRow("not finite / viridis %.2f", t) << ValueColors::notFinite() << ValueColors::sequential(t);
    }

    void meaningfulColoursStayApartForColourBlindReaders()
    {
        QFETCH(QColor, first);
        QFETCH(QColor, second);
        for (Vision vision : {Vision::Normal, Vision::Protanopia, Vision::Deuteranopia}) {
            const double seen = difference(simulated(first, vision), simulated(second, vision));
            QVERIFY2(seen >= 15, qPrintable(QStringLiteral("%1 and %2 differ by only %3 (CIE76) with vision %4")
                                                .arg(first.name(), second.name())
                                                .arg(seen, 0, 'f', 1)
                                                .arg(int(vision))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
