// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generalplanefield.h"
#include "networkposition.h"
#include "networkstep.h"
#include "networktrace.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace deltatrace {

// What a general network (lesson format 2) does with its inputs, for the weights at the place
// shown, as the input plane of lessons 1-3 shows it for the 3-4-1 network. How depends on the data:
//  - Plane mode, when exactly two input columns vary (the others constant, a bias column of ones
//    say): the plane of those two inputs, shaded by the output (one output: y in viridis with the
//    boundary where y crosses the middle of the targets, 0.5 for 0/1 targets) or coloured by the
//    class of the largest output (K > 1: Okabe-Ito regions and their boundaries), the samples on
//    top with their targets and the current sample ringed.
//  - Per-sample mode otherwise: each sample's outputs against its targets, a row per sample
//    (scrolling for many), the current sample's row highlighted.
// A title line says which mode and why. The field (a grid of forward passes) changes only at an
// update's W operations: it is cached per weights, and for a large network computed on a worker
// thread so that stepping never waits for it (the last field stays up meanwhile, marked so).
class GeneralInputPlaneView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Mode { NoRun, Plane, PerSample };
    // Above this many multiply-adds the field is computed off the window's thread: about a
    // millisecond's work fits setPosition's budget; a 3-32-32-32-8 net's field is ~27 million.
    static constexpr double SynchronousFieldCost = 1.0e6;
    static constexpr int FieldCells = 96;

    explicit GeneralInputPlaneView(QWidget *parent = nullptr);
    ~GeneralInputPlaneView() override;

    void setTrace(std::shared_ptr<const NetworkTrace> trace);
    void setPosition(deltatrace::NetworkPosition position);
    void setLanguage(const QString &language);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What is shown, as plain values (for tests and the window).
    Mode mode() const { return m_mode; }
    QString titleText() const;
    QString stateText() const;
    NetworkPosition position() const { return m_position; }
    // Plane mode: the two input columns and the plane's ranges and held values.
    const GeneralPlaneField::Plane &plane() const { return m_plane; }
    // The weights at the place shown (all layers, as NetworkStep::weightsBefore).
    const std::vector<double> &weights() const { return m_weights; }
    bool weightsFinite() const { return m_weightsFinite; }
    // Every sample's outputs with those weights, N x K.
    const std::vector<double> &sampleOutputs() const { return m_sampleOutputs; }
    // Where the point (across, up) of the plane is drawn, in the viewport's coordinates.
    QPointF planePoint(double across, double up) const;
    // Plane mode: the centre of sample k's marker; per-sample mode: its row. Viewport coordinates.
    QPointF sampleCentre(int k) const;
    QRectF sampleRow(int k) const;
    QRectF plotRect() const;
    // The field painted (for the weights shown once fieldIsCurrent(); until a worker has computed
    // theirs, the last one); nullptr if none yet.
    const GeneralPlaneField *field() const { return m_field.get(); }
    bool fieldIsCurrent() const;
    bool computesFieldOffThread() const { return m_offThread; }
    int fieldComputationsForTesting() const { return m_computations; }
    // Every text drawn, in viewport coordinates, as last laid out.
    QList<QRectF> paintedTextRects() const;

signals:
    // A field computed on the worker thread has arrived.
    void fieldReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Layout;
    void chooseMode();
    void updateWeights();
    // The field for the weights shown: from the cache, computed here if cheap, or asked of the worker.
    void requestField();
    void startWorker(std::vector<double> weights);
    void fieldArrived(std::vector<double> weights, std::shared_ptr<const GeneralPlaneField> field);
    std::shared_ptr<const GeneralPlaneField> cachedField(const std::vector<double> &weights) const;
    void remember(std::vector<double> weights, std::shared_ptr<const GeneralPlaneField> field);

    const Layout &layout() const;
    void invalidateLayout();
    void updateScrollBar();
    void scrollToCurrentSample();

    void paintHeader(QPainter &p, const Layout &l) const;
    void paintPlane(QPainter &p, const Layout &l);
    void paintPerSample(QPainter &p, const Layout &l) const;
    bool sampleOutputFinite(int k) const;
    int sampleClass(int k) const;  // arg-max of the outputs, -1 if not finite
    int targetClass(int k) const;  // arg-max of the targets
    bool onWrongSide(int k) const; // the output is on the other side (K = 1) or of another class

    std::shared_ptr<const NetworkTrace> m_trace;
    Mode m_mode = Mode::NoRun;
    int m_varying = 0; // how many input columns vary
    GeneralPlaneField::Plane m_plane;
    NetworkPosition m_position;
    std::optional<NetworkStep> m_step;
    std::vector<double> m_weights;
    bool m_weightsFinite = true;
    std::vector<double> m_sampleOutputs;
    bool m_outputsFinite = true;

    // Fields by the weights they were computed for, most recent first: stepping back and forth
    // across an update shows two sets of weights over and over.
    std::deque<std::pair<std::vector<double>, std::shared_ptr<const GeneralPlaneField>>> m_fields;
    std::shared_ptr<const GeneralPlaneField> m_field;
    bool m_offThread = false;
    bool m_workerBusy = false;
    int m_computations = 0;
    QThreadPool m_worker; // one thread: the newest weights wait for the field in progress
    QImage m_scaledField; // the field scaled to the plot, for the painted field and plot size
    const GeneralPlaneField *m_scaledFor = nullptr;
    QSize m_scaledSize;

    mutable std::unique_ptr<Layout> m_layout;
};

} // namespace deltatrace
