// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedpicture.h"
#include "networkdiagrampicture.h"
#include "networkdiagramscene.h"
#include "pictureexporter.h"
#include "traceposition.h"

#include <QList>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace deltatrace {

// The network as a picture, at the current position: inputs x1, x2 and the bias input 1, the
// hidden units (lesson 3), the output and, beside it, the target d and the error e. Each node
// shows the values computed so far in this sample step ("?" for those still to come); each
// weight is an edge, blue when positive, red and dashed when negative, thicker when larger in
// size, drawn with the weights before the update until the update is done. The element the
// current operation computes is highlighted, and arrows show which way the numbers flow: forward
// for v and y, backward for the error and the weight changes.
class NetworkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void setPosition(TracePosition position);
    TracePosition position() const { return m_scene.position(); }
    // What the diagram shows: the run, the position and the values and highlight that follow.
    const NetworkDiagramScene &scene() const { return m_scene; }

    QSize sizeHint() const override;
    // What the smallest layout needs at this widget's font: a smaller area gets a scroll bar
    // from the parent rather than smaller text.
    QSize minimumSizeHint() const override;

    // The rectangle of every text as last painted, in widget coordinates (for layout checks).
    QList<QRectF> paintedTextRects() const { return m_textRects; }
    // The diagram as shown now, to save (its context menu) or print: painted as vectors.
    PictureExporter::Picture picture() const;

public slots:
    void setPositionSlot(deltatrace::TracePosition position) { setPosition(position); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    NetworkDiagramScene sceneToPaint() const; // the scene, with this widget's size, font and palette

    NetworkDiagramScene m_scene; // the run and position shown (its canvas is set at render time)
    CachedPicture<NetworkDiagramPicture::Rendered> m_picture;
    // Edges as last painted, in widget coordinates, for tooltips.
    std::vector<NetworkDiagramPicture::Edge> m_edges;
    QList<QRectF> m_textRects; // texts as last painted, in widget coordinates
    // The compact layout was painted last (its legend is a tooltip instead).
    bool m_compact = false;
};

} // namespace deltatrace
