// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputplaneview.h"

#include "cpustate.h"
#include "engine.h"
#include "inputplanepicture.h"
#include "picturepainting.h"
#include "shapedtextcache.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPainter>

#include <algorithm>

namespace deltatrace {

namespace {

bool allFinite(const Weights &w, Rule rule)
{
    auto finite = [](const auto &m) { return m.allFinite(); };
    return isTwoLayer(rule) ? finite(w.W1) && finite(w.W2) : finite(w.W);
}

// The state line's forms, by what is updated: W1 only, everything, nothing yet.
const char *const StateForms[] = {
    QT_TRANSLATE_NOOP("deltatrace::InputPlaneView", "Epoch %1, k = %2: W1 already updated, W2 not yet."),
    QT_TRANSLATE_NOOP("deltatrace::InputPlaneView", "Epoch %1, k = %2: weights after this sample's update."),
    QT_TRANSLATE_NOOP("deltatrace::InputPlaneView", "Epoch %1, k = %2: weights before this sample's update."),
};

} // namespace

InputPlaneView::InputPlaneView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent); // the picture covers every pixel
}

InputPlaneView::~InputPlaneView() = default;

QSize InputPlaneView::sizeHint() const
{
    const int lh = fontMetrics().height();
    return QSize(lh * 34, lh * 30).expandedTo(minimumSizeHint());
}

QSize InputPlaneView::minimumSizeHint() const
{
    if (!m_minimumSize)
        m_minimumSize = InputPlanePicture::minimumSize(scene());
    return *m_minimumSize;
}

QPoint InputPlaneView::heatMapCellFor(double x1, double x2) { return InputPlaneField::cellFor(x1, x2); }

void InputPlaneView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_haveRecord = false;
    m_minimumSize.reset(); // the room for the state line follows the run's length
    updateGeometry();
    m_cachedWeights.reset();
    m_position = TracePosition{};
    setPosition(TracePosition{});
}

void InputPlaneView::setPosition(TracePosition position)
{
    if (m_trace && m_trace->stepCount() > 0) {
        position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
        const int ops = static_cast<int>(operationsOf(m_trace->rule()).size());
        position.operation = std::clamp(position.operation, 0, ops - 1);
        if (!m_haveRecord || m_record.index != position.step) {
            m_record = m_trace->step(position.step);
            m_haveRecord = true;
        }
    }
    m_position = position;
    // New weights mean a new picture; otherwise only the line saying where in the step we are
    // changes. Either way the view repaints.
    recompute();
    update();
}

Weights InputPlaneView::currentWeights() const
{
    if (!m_trace || !m_haveRecord)
        return m_trace ? m_trace->initialWeights() : Weights();
    const Rule rule = m_trace->rule();
    // Each layer's weights are the updated ones once this step's update of that layer is done.
    auto done = [&](Quantity q) {
        const int i = operationIndex(rule, q);
        return i >= 0 && i <= m_position.operation;
    };
    Weights w = m_record.before;
    if (done(Quantity::W))
        w.W = m_record.after.W;
    if (done(Quantity::W1))
        w.W1 = m_record.after.W1;
    if (done(Quantity::W2))
        w.W2 = m_record.after.W2;
    return w;
}

void InputPlaneView::recompute()
{
    if (!m_trace) {
        m_cachedWeights.reset();
        m_finite = false;
        m_picture.invalidate();
        return;
    }
    const Weights w = currentWeights();
    if (m_cachedWeights && *m_cachedWeights == w)
        return; // the picture depends on nothing else
    m_cachedWeights = w;
    clearUpperVectorState(); // painting code may have left AVX state dirty; see cpustate.h
    const Rule rule = m_trace->rule();
    const TraceSpec &spec = m_trace->spec();
    for (int k = 0; k < SampleCount; ++k)
        m_sampleOutputs[static_cast<std::size_t>(k)] = Engine::output(rule, w, spec.X.row(k).transpose());
    m_finite = allFinite(w, rule);
    if (m_finite)
        ++m_computations;
    // The field is computed in the picture's render, at the next paint.
    m_picture.invalidate();
}


void InputPlaneView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_picture.invalidate(); // painted afresh, here, at the next paint
        m_minimumSize.reset();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void InputPlaneView::paintEvent(QPaintEvent *)
{
    const InputPlanePicture::Rendered &picture = m_picture.current([shown = scene()] { return InputPlanePicture::render(shown); });
    QPainter p(this);
    p.drawImage(QPointF(0, 0), picture.image);
    paintState(p, picture.layout);
}

QList<QRectF> InputPlaneView::paintedTextRects() const
{
    // The picture at hand is the one painted, unless the view was resized since (a resize of a
    // hidden view arrives when it is next shown).
    const InputPlanePicture::Rendered *shown = m_picture.ifCurrent();
    const InputPlanePicture::Layout layout = shown && shown->layout.canvas == QSizeF(size()) ? shown->layout : InputPlanePicture::layout(scene());
    const std::vector<QRectF> placed = layout.textRects();
    QList<QRectF> rects(placed.begin(), placed.end());
    for (const auto &line : stateLines(layout))
        rects << line.second;
    return rects;
}

void InputPlaneView::resizeEvent(QResizeEvent *event)
{
    m_picture.invalidate();
    QWidget::resizeEvent(event);
}

InputPlaneScene InputPlaneView::scene() const
{
    InputPlaneScene scene;
    scene.size = size();
    scene.devicePixelRatio = devicePixelRatioF();
    scene.logicalDpiX = logicalDpiX();
    scene.logicalDpiY = logicalDpiY();
    scene.font = font();
    scene.base = palette().color(QPalette::Base);
    scene.ink = palette().color(QPalette::Text);
    scene.hasRun = m_trace != nullptr;
    if (m_trace) {
        scene.rule = m_trace->rule();
        scene.X = m_trace->spec().X;
        scene.D = m_trace->spec().D;
    }
    if (m_cachedWeights)
        scene.weights = *m_cachedWeights;
    scene.finite = m_finite;
    scene.sampleOutputs = m_sampleOutputs;
    scene.texts = {tr("Output y over the input plane (x3 = 1)"),
                   tr("No run recorded yet."),
                   tr("The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw."),
                   tr("d = %1, y = %2"),
                   tr(" (wrong side)"),
                   tr("W x = 0"),
                   tr("y > 0.5 this side"),
                   {}};
    // The state line at the run's last epoch (the most digits), in each of its forms.
    if (m_trace && !updatesWeights(m_trace->rule())) {
        scene.texts.stateSamples = {tr("The weights do not change in this experiment.")};
    } else if (m_trace) {
        const long long lastEpoch = std::max(0LL, m_trace->stepCount() / SampleCount - 1);
        for (const char *form : {StateForms[0], StateForms[1], StateForms[2]})
            scene.texts.stateSamples << QCoreApplication::translate("deltatrace::InputPlaneView", form).arg(lastEpoch).arg(SampleCount - 1);
    }
    return scene;
}

QString InputPlaneView::stateText() const
{
    const Rule rule = m_trace->rule();
    const bool two = isTwoLayer(rule);
    auto done = [&](Quantity q) {
        const int i = operationIndex(rule, q);
        return i >= 0 && i <= m_position.operation;
    };
    if (!updatesWeights(rule))
        return tr("The weights do not change in this experiment.");
    const char *form = StateForms[2]; // before
    if (two && done(Quantity::W1) && !done(Quantity::W2))
        form = StateForms[0];
    else if (done(two ? Quantity::W2 : Quantity::W))
        form = StateForms[1];
    return QCoreApplication::translate("deltatrace::InputPlaneView", form).arg(m_record.epoch).arg(m_record.sample);
}

QList<std::pair<QString, QRectF>> InputPlaneView::stateLines(const InputPlanePicture::Layout &layout) const
{
    QList<std::pair<QString, QRectF>> placed;
    if (!m_trace || !layout.hasRun)
        return placed;
    const QStringList lines = InputPlanePicture::wrapped(font(), this, stateText(), layout.state.width());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qreal width = ShapedTextCache::lineSize(font(), this, lines[i]).width();
        placed.append({lines[i], QRectF(layout.state.left(), layout.state.top() + qreal(i) * layout.stateLineHeight, width, layout.stateLineHeight)});
    }
    return placed;
}

void InputPlaneView::paintState(QPainter &p, const InputPlanePicture::Layout &layout)
{
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font());
    p.setPen(QColor(0x60, 0x60, 0x60));
    // From the shaped-text cache: a new line at every sample, painted on the window's thread.
    for (const auto &[line, rect] : stateLines(layout))
        ShapedTextCache::drawLine(p, rect, Qt::AlignLeft | Qt::AlignVCenter, line);
}

PictureExporter::Picture InputPlaneView::picture() const
{
    PictureExporter::Picture picture = PictureExporter::Picture::of(this, QStringLiteral("input-plane"));
    const QString state = m_trace ? stateText() : QString();
    picture.paint = [shown = scene(), state](QPainter &p, qreal resolution) {
        InputPlaneScene scene = shown;
        scene.devicePixelRatio = resolution; // the heat map, the one image, at the resolution saved
        const InputPlanePicture::Layout layout = InputPlanePicture::paint(p, scene);
        if (state.isEmpty() || !layout.hasRun)
            return;
        // The line saying where in the step we are, as paintState() draws it.
        p.save();
        p.setFont(scene.font);
        p.setPen(QColor(0x60, 0x60, 0x60));
        const QStringList lines = InputPlanePicture::wrapped(scene.font, p.device(), state, layout.state.width());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRectF rect(layout.state.left(), layout.state.top() + qreal(i) * layout.stateLineHeight, layout.state.width(),
                              layout.stateLineHeight);
            ShapedTextCache::drawLine(p, rect, Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        }
        p.restore();
    };
    return picture;
}

void InputPlaneView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    PictureExporter::addActions(menu, this, [this] { return picture(); });
    menu.exec(event->globalPos());
}

} // namespace deltatrace
