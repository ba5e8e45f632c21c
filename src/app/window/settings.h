// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace deltatrace {

// What the window remembers between sessions, behind one class so every key is spelled once.
// The storage is the ordinary QSettings of the application (organisation and application name
// are set in main); tests redirect it with QStandardPaths::setTestModeEnabled or QSettings::setPath.
class Settings
{
public:
    Settings();
    // A settings file of its own, for tests that must not touch the user's settings.
    explicit Settings(const QString &iniFile);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // "ko", "en", or empty for the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // Zoom factor of the application font (1.0 = the platform's size).
    double zoom() const;
    void setZoom(double zoom);

    // Presenting: the picture chosen (V) to stand beside the network where there is room, and
    // beside the arithmetic where there is not: "network", "inputPlane" or "charts" (empty:
    // none chosen yet).
    QString pictureBesideNetwork() const;
    QString pictureBesideArithmetic() const;
    void setPresentedPictures(const QString &besideNetwork, const QString &besideArithmetic);

    // The lesson last worked on: its id and the experiment's id.
    QString lastLesson() const;
    QString lastExperiment() const;
    void setLastExperiment(const QString &lessonId, const QString &experimentId);

    // Most recent first; at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;

    void sync();

private:
    QSettings m_settings;
};

} // namespace deltatrace
