// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
QString key(const char *name) { return QString::fromLatin1(name); }
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

QByteArray Settings::windowGeometry() const { return m_settings.value(key("window/geometry")).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(key("window/geometry"), geometry); }
QByteArray Settings::windowState() const { return m_settings.value(key("window/state")).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings.setValue(key("window/state"), state); }

QString Settings::language() const
{
    const QString language = m_settings.value(key("language")).toString();
    // Only the languages the app ships; anything else (a hand-edited file) means "system".
    return language == QLatin1String("ko") || language == QLatin1String("en") ? language : QString();
}
void Settings::setLanguage(const QString &language) { m_settings.setValue(key("language"), language); }

double Settings::zoom() const
{
    bool ok = false;
    const double zoom = m_settings.value(key("zoom"), 1.0).toDouble(&ok);
    // A corrupt value must not make the window unreadable.
    return ok && std::isfinite(zoom) ? std::clamp(zoom, 0.5, 4.0) : 1.0;
}
void Settings::setZoom(double zoom) { m_settings.setValue(key("zoom"), zoom); }

QString Settings::pictureBesideNetwork() const { return m_settings.value(key("presenter/besideNetwork")).toString(); }
QString Settings::pictureBesideArithmetic() const { return m_settings.value(key("presenter/besideArithmetic")).toString(); }
void Settings::setPresentedPictures(const QString &besideNetwork, const QString &besideArithmetic)
{
    m_settings.setValue(key("presenter/besideNetwork"), besideNetwork);
    m_settings.setValue(key("presenter/besideArithmetic"), besideArithmetic);
}

QString Settings::lastLesson() const { return m_settings.value(key("lesson/lesson")).toString(); }
QString Settings::lastExperiment() const { return m_settings.value(key("lesson/experiment")).toString(); }
void Settings::setLastExperiment(const QString &lessonId, const QString &experimentId)
{
    m_settings.setValue(key("lesson/lesson"), lessonId);
    m_settings.setValue(key("lesson/experiment"), experimentId);
}

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings.value(key("recentFiles")).toStringList();
    files.removeAll(QString());
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    return files;
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir().absoluteFilePath(path));
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(key("recentFiles"), files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(QDir().absoluteFilePath(path)));
    m_settings.setValue(key("recentFiles"), files);
}

void Settings::sync() { m_settings.sync(); }

} // namespace deltatrace
