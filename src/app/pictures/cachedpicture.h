// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>

namespace deltatrace {

// A view's picture, rendered at the view's next paint after what it shows changed, and kept
// until it changes again. Rendering on the window's thread is simple and quick enough: a picture
// takes one or two milliseconds, well inside a frame. The pictures themselves are value classes
// (NetworkDiagramPicture, InputPlanePicture) that a test can render without a widget.
template<typename Picture>
class CachedPicture
{
public:
    using Render = std::function<Picture()>;

    // What the picture shows changed: the next paint renders it afresh.
    void invalidate() { m_current = false; }

    // The picture of what the view shows now, rendered here if it is not at hand.
    const Picture &current(const Render &render)
    {
        if (!m_current) {
            m_picture = render();
            m_current = true;
            ++m_renders;
        }
        return m_picture;
    }

    // Whether a paint would use the picture at hand without rendering.
    bool isCurrent() const { return m_current; }
    // The picture at hand if it is current, without rendering; nullptr otherwise.
    const Picture *ifCurrent() const { return m_current ? &m_picture : nullptr; }
    // How many times the picture was rendered (tests count work, never time).
    int renders() const { return m_renders; }

private:
    Picture m_picture{};
    bool m_current = false;
    int m_renders = 0;
};

} // namespace deltatrace
