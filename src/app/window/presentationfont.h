// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>

namespace deltatrace {

// The application font, which every window's text follows: the platform's font, times the zoom
// (Ctrl +/-, Ctrl+0), times the presenting scale while any window presents. One object for the
// whole application, because QApplication has one font: lessons 1-3's window and the general
// networks' window zoom together, and one window leaving presenter mode does not shrink the
// type of another still presenting.
class PresentationFont : public QObject
{
    Q_OBJECT
public:
    static constexpr double MinFontScale = 1.6;
    static constexpr double MinPresentingPixels = 24.0;
    static constexpr double MinZoom = 0.5;
    static constexpr double MaxZoom = 4.0;

    // Takes the application font as it is now as the platform's font.
    explicit PresentationFont(QObject *parent = nullptr);

    double zoom() const { return m_zoom; }
    // What presenting multiplies the application font by: 1.6, or more where that is under 24 px.
    double presentingScale() const;
    bool isPresenting() const { return m_presenters > 0; }
    // The factor applied to the application font now.
    double factor() const { return m_zoom * (isPresenting() ? presentingScale() : 1.0); }
    const QFont &baseFont() const { return m_baseFont; }

    // A window starts (true) or stops (false) presenting; the type is large while any does.
    void setPresenting(bool presenting);

public slots:
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom() { setZoom(1.0); }

signals:
    void zoomChanged(double zoom);

private:
    void apply();

    QFont m_baseFont;
    double m_zoom = 1.0;
    int m_presenters = 0;
};

} // namespace deltatrace
