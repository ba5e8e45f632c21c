// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steppingtoolbar.h"

#include "quantity.h"
#include "rule.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace deltatrace {

namespace {

using Granularity = StepController::Granularity;

struct Speed
{
    Granularity granularity;
    int intervalMs;
    int perSecond; // 0: as fast as the window can draw
};

// Slow speeds step operations (to read each number), fast ones whole samples or epochs (to
// watch the learning). Full speed steps one epoch per timer tick with a zero interval: the
// timer only fires when the event queue is empty, so steps never pile up behind the painting.
constexpr std::array<Speed, 8> Speeds{{
    {Granularity::Operation, 1000, 1},
    {Granularity::Operation, 500, 2},
    {Granularity::Operation, 200, 5},
    {Granularity::Operation, 100, 10},
    {Granularity::Operation, 40, 25},
    {Granularity::Sample, 40, 25},
    {Granularity::Epoch, 40, 25},
    {Granularity::Epoch, 0, 0},
}};

// Icons drawn rather than shipped: `count` triangles side by side (1 operation, 2 sample,
// 3 epoch), with a bar for the ends of the run. Drawn in the palette's text colour so they
// follow the theme and stay crisp at presenter sizes.
QIcon stepIcon(int count, bool forward, bool bar, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal s = size;
        const qreal h = s * 0.6;
        const qreal top = (s - h) / 2;
        const qreal triangle = s * (count == 1 ? 0.42 : count == 2 ? 0.36 : 0.30);
        const qreal advance = triangle * 0.8;
        const qreal barWidth = s * 0.11;
        const qreal gap = s * 0.03;
        const qreal total = triangle + (count - 1) * advance + (bar ? barWidth + gap : 0);
        // Drawn left to right as if forward, then mirrored for back.
        if (!forward) {
            painter.translate(s, 0);
            painter.scale(-1, 1);
        }
        qreal x = (s - total) / 2;
        for (int i = 0; i < count; ++i) {
            QPainterPath path;
            path.moveTo(x, top);
            path.lineTo(x + triangle, top + h / 2);
            path.lineTo(x, top + h);
            path.closeSubpath();
            painter.drawPath(path);
            x += advance;
        }
        if (bar)
            painter.drawRect(QRectF(x - advance + triangle + gap, top, barWidth, h));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// Lays the toolbar's groups out left to right and wraps them onto more lines when the window is
// narrow (a small laptop, or presenter mode's large type), instead of forcing a minimum width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int spacing) { setSpacing(spacing); }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override
    {
        // One line when there is room.
        int width = 0, height = 0;
        for (const QLayoutItem *item : m_items) {
            width += item->sizeHint().width() + spacing();
            height = std::max(height, item->sizeHint().height());
        }
        const QMargins m = contentsMargins();
        return QSize(width, height) + QSize(m.left() + m.right(), m.top() + m.bottom());
    }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.marginsRemoved(m);
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + spacing();
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + spacing() * 3;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
};

// A plus or a minus, for the speed buttons.
QIcon signIcon(bool plus, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const qreal bar = s * 0.14;
        painter.fillRect(QRectF(s * 0.2, (s - bar) / 2, s * 0.6, bar), color);
        if (plus)
            painter.fillRect(QRectF((s - bar) / 2, s * 0.2, bar, s * 0.6), color);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString shortcutList(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

SteppingToolbar::SteppingToolbar(StepController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_speedBox(new QComboBox(this)),
      m_epochBox(new QSpinBox(this)),
      m_goButton(new QPushButton(this)),
      m_epochGroup(new QLabel(this)),
      m_sampleGroup(new QLabel(this)),
      m_operationGroup(new QLabel(this)),
      m_speedLabel(new QLabel(this)),
      m_goLabel(new QLabel(this)),
      m_stepLabel(new QLabel(this)),
      m_placeLabel(new QLabel(this)),
      m_operationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("steppingToolbar"));
    m_slider->setObjectName(QStringLiteral("positionSlider"));
    m_epochBox->setObjectName(QStringLiteral("goToEpoch"));
    m_speedBox->setObjectName(QStringLiteral("speed"));
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_placeLabel->setObjectName(QStringLiteral("placeLabel"));
    m_operationLabel->setObjectName(QStringLiteral("operationLabel"));
    createActions();

    auto button = [this](Action which) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action(which));
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // the keys belong to the shortcuts, not the buttons
        m_buttons.append(b);
        return b;
    };

    // Groups that wrap as units: moving, playing, going to an epoch.
    auto group = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        for (QWidget *w : widgets)
            row->addWidget(w);
        return box;
    };
    auto *flow = new FlowLayout(4);
    flow->addWidget(group({button(Action::First), m_epochGroup, button(Action::StartOfEpoch), button(Action::PreviousEpoch),
                           button(Action::NextEpoch), button(Action::EndOfEpoch), m_sampleGroup, button(Action::PreviousSample),
                           button(Action::NextSample), m_operationGroup, button(Action::PreviousOperation),
                           button(Action::NextOperation), button(Action::Last)}));
    flow->addWidget(group({button(Action::PlayPause), m_speedLabel, button(Action::Slower), m_speedBox, button(Action::Faster)}));
    flow->addWidget(group({m_goLabel, m_epochBox, m_goButton}));
    m_goLabel->setBuddy(m_epochBox); // names the box for screen readers
    for (QLabel *label : {m_epochGroup, m_sampleGroup, m_operationGroup})
        label->setContentsMargins(6, 0, 0, 0);

    QFont strong = font();
    strong.setBold(true);
    m_stepLabel->setFont(strong);
    m_placeLabel->setFont(strong);
    QFont mono = strong;
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_operationLabel->setFont(mono);
    // Not selectable: a selectable label keeps its text in a text document, and re-laying out
    // three documents at every step was a tenth of a step's work (the position can be copied from
    // the trace table).

    auto *readouts = new QHBoxLayout;
    readouts->setSpacing(8);
    readouts->addWidget(m_stepLabel);
    readouts->addWidget(m_placeLabel);
    readouts->addWidget(m_operationLabel);
    readouts->addStretch(); // left-aligned when on a line of their own
    m_positionRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_positionRow->setSpacing(8);
    m_positionRow->addWidget(m_slider, 1);
    m_positionRow->addLayout(readouts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(flow);
    layout->addLayout(m_positionRow);

    m_slider->setRange(0, 0);
    m_slider->setFocusPolicy(Qt::ClickFocus);
    m_epochBox->setRange(0, 0);
    m_epochBox->installEventFilter(this);
    // Clicking Go leaves the focus in the box: taking it would put the current epoch back into
    // the box (see eventFilter) before the click reads the epoch typed there.
    m_goButton->setFocusPolicy(Qt::NoFocus);
    m_speedBox->setFocusPolicy(Qt::ClickFocus);
    m_speedBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updatingSlider)
            m_controller->setLinearIndex(static_cast<long long>(value) * m_divisor);
    });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setSpeed(index);
    });
    connect(m_goButton, &QPushButton::clicked, this, &SteppingToolbar::goToEpochInBox);
    connect(m_controller, &StepController::traceChanged, this, &SteppingToolbar::onTraceChanged);
    connect(m_controller, &StepController::positionChanged, this, &SteppingToolbar::onPositionChanged);
    // Lifting an exercise's hold enables the forward keys again, without a move.
    connect(m_controller, &StepController::limitChanged, this, [this] { onPositionChanged(m_controller->position()); });
    connect(&m_playTimer, &QTimer::timeout, this, &SteppingToolbar::onTick);

    retranslate();
    setSpeed(m_speed);
    updateIconSize();
    onTraceChanged();
}

void SteppingToolbar::updateIconSize()
{
    // Icons grow with the type (presenter mode, zoom), so the buttons stay easy to hit and see.
    const int size = std::max(16, fontMetrics().height());
    for (QToolButton *b : std::as_const(m_buttons))
        b->setIconSize(QSize(size, size));
}

void SteppingToolbar::createActions()
{
    struct Spec
    {
        Action which;
        const char *name;
        QList<QKeySequence> keys;
    };
    const QList<Spec> specs = {
        {Action::First, "first", {QKeySequence(Qt::Key_Home)}},
        {Action::StartOfEpoch, "startOfEpoch", {QKeySequence(Qt::SHIFT | Qt::Key_PageUp)}},
        {Action::PreviousEpoch, "previousEpoch", {QKeySequence(Qt::Key_PageUp)}},
        {Action::PreviousSample, "previousSample", {QKeySequence(Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Left)}},
        {Action::PreviousOperation, "previousOperation", {QKeySequence(Qt::Key_Left)}},
        {Action::NextOperation, "nextOperation", {QKeySequence(Qt::Key_Right)}},
        {Action::NextSample, "nextSample", {QKeySequence(Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Right)}},
        {Action::NextEpoch, "nextEpoch", {QKeySequence(Qt::Key_PageDown)}},
        {Action::EndOfEpoch, "endOfEpoch", {QKeySequence(Qt::SHIFT | Qt::Key_PageDown)}},
        {Action::Last, "last", {QKeySequence(Qt::Key_End)}},
        {Action::PlayPause, "playPause", {QKeySequence(Qt::Key_Space)}},
        {Action::Slower, "slower", {QKeySequence(Qt::Key_Minus)}},
        {Action::Faster, "faster", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}},
        {Action::GoToEpoch, "goToEpoch", {QKeySequence(Qt::CTRL | Qt::Key_G)}},
    };
    for (const Spec &spec : specs) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(spec.name));
        a->setShortcuts(spec.keys);
        // The window owns the shortcut scope: the keys work wherever the focus is in it.
        a->setShortcutContext(Qt::WindowShortcut);
        // Holding a key down steps repeatedly; that is what a learner wants when scanning.
        a->setAutoRepeat(spec.which != Action::PlayPause && spec.which != Action::GoToEpoch);
        m_actions[static_cast<size_t>(spec.which)] = a;
    }
    connect(action(Action::First), &QAction::triggered, m_controller, &StepController::first);
    connect(action(Action::Last), &QAction::triggered, m_controller, &StepController::last);
    connect(action(Action::StartOfEpoch), &QAction::triggered, m_controller, &StepController::toStartOfEpoch);
    connect(action(Action::EndOfEpoch), &QAction::triggered, m_controller, &StepController::toEndOfEpoch);
    connect(action(Action::PreviousEpoch), &QAction::triggered, this, [this] { m_controller->moveByEpochs(-1); });
    connect(action(Action::NextEpoch), &QAction::triggered, this, [this] { m_controller->moveByEpochs(1); });
    connect(action(Action::PreviousSample), &QAction::triggered, this, [this] { m_controller->back(Granularity::Sample); });
    connect(action(Action::NextSample), &QAction::triggered, this, [this] { m_controller->forward(Granularity::Sample); });
    connect(action(Action::PreviousOperation), &QAction::triggered, this, [this] { m_controller->back(Granularity::Operation); });
    connect(action(Action::NextOperation), &QAction::triggered, this, [this] { m_controller->forward(Granularity::Operation); });
    connect(action(Action::PlayPause), &QAction::triggered, this, &SteppingToolbar::togglePlay);
    connect(action(Action::Slower), &QAction::triggered, this, &SteppingToolbar::slower);
    connect(action(Action::Faster), &QAction::triggered, this, &SteppingToolbar::faster);
    connect(action(Action::GoToEpoch), &QAction::triggered, this, &SteppingToolbar::focusGoToEpoch);
    updateIcons();
}

QList<QAction *> SteppingToolbar::allActions() const { return {m_actions.begin(), m_actions.end()}; }

void SteppingToolbar::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    action(Action::First)->setIcon(stepIcon(1, false, true, color));
    action(Action::Last)->setIcon(stepIcon(1, true, true, color));
    action(Action::StartOfEpoch)->setIcon(stepIcon(3, false, true, color));
    action(Action::EndOfEpoch)->setIcon(stepIcon(3, true, true, color));
    action(Action::PreviousEpoch)->setIcon(stepIcon(3, false, false, color));
    action(Action::NextEpoch)->setIcon(stepIcon(3, true, false, color));
    action(Action::PreviousSample)->setIcon(stepIcon(2, false, false, color));
    action(Action::NextSample)->setIcon(stepIcon(2, true, false, color));
    action(Action::PreviousOperation)->setIcon(stepIcon(1, false, false, color));
    action(Action::NextOperation)->setIcon(stepIcon(1, true, false, color));
    action(Action::PlayPause)->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    action(Action::Slower)->setIcon(signIcon(false, color));
    action(Action::Faster)->setIcon(signIcon(true, color));
}

void SteppingToolbar::retranslate()
{
    struct Text
    {
        Action which;
        QString text;
        QString tip = {}; // what the text alone leaves open
    };
    const QList<Text> texts = {
        {Action::First, tr("Start of the run")},
        {Action::StartOfEpoch, tr("Start of epoch"), tr("Start of epoch: sample 0, first operation")},
        {Action::PreviousEpoch, tr("Previous epoch"), tr("Previous epoch: the same sample and operation")},
        {Action::PreviousSample, tr("Previous sample")},
        {Action::PreviousOperation, tr("Previous operation")},
        {Action::NextOperation, tr("Next operation")},
        {Action::NextSample, tr("Next sample")},
        {Action::NextEpoch, tr("Next epoch"), tr("Next epoch: the same sample and operation")},
        {Action::EndOfEpoch, tr("End of epoch"), tr("End of epoch: sample 3, last operation")},
        {Action::Last, tr("End of the run")},
        {Action::PlayPause, tr("Play/Pause")},
        {Action::Slower, tr("Slower")},
        {Action::Faster, tr("Faster")},
        {Action::GoToEpoch, tr("Go to epoch…")},
    };
    for (const Text &t : texts) {
        QAction *a = action(t.which);
        a->setText(t.text);
        // The tooltip names the keys, so a learner discovers them by hovering.
        a->setToolTip(tr("%1 (%2)").arg(t.tip.isEmpty() ? t.text : t.tip, shortcutList(a)));
    }
    m_epochGroup->setText(tr("Epoch"));
    m_sampleGroup->setText(tr("Sample"));
    m_operationGroup->setText(tr("Operation"));
    m_speedLabel->setText(tr("Speed:"));
    m_goLabel->setText(tr("Go to epoch:"));
    m_goButton->setText(tr("Go"));
    m_goButton->setToolTip(tr("Go to the start of this epoch (%1 to type one)")
                               .arg(action(Action::GoToEpoch)->shortcut().toString(QKeySequence::NativeText)));
    m_epochBox->setToolTip(m_goButton->toolTip());
    m_slider->setToolTip(tr("The whole run: drag to move anywhere"));
    m_slider->setAccessibleName(tr("Position in the run"));

    const QSignalBlocker blocker(m_speedBox);
    m_speedBox->clear();
    for (const Speed &speed : Speeds) {
        switch (speed.granularity) {
        case Granularity::Operation:
            m_speedBox->addItem(tr("%1 operations/s").arg(speed.perSecond));
            break;
        case Granularity::Sample:
            m_speedBox->addItem(tr("%1 samples/s").arg(speed.perSecond));
            break;
        case Granularity::Epoch:
            m_speedBox->addItem(speed.perSecond > 0 ? tr("%1 epochs/s").arg(speed.perSecond) : tr("Full speed"));
            break;
        }
    }
    m_speedBox->setCurrentIndex(m_speed);
    m_speedBox->setToolTip(tr("Playing speed (%1 slower, %2 faster)")
                               .arg(shortcutList(action(Action::Slower)), shortcutList(action(Action::Faster))));
    onPositionChanged(m_controller->position());
}

int SteppingToolbar::speedCount() { return static_cast<int>(Speeds.size()); }

void SteppingToolbar::setSpeed(int speed)
{
    m_speed = std::clamp(speed, 0, speedCount() - 1);
    if (m_speedBox->currentIndex() != m_speed) {
        const QSignalBlocker blocker(m_speedBox);
        m_speedBox->setCurrentIndex(m_speed);
    }
    m_playTimer.setInterval(Speeds[static_cast<size_t>(m_speed)].intervalMs);
    action(Action::Slower)->setEnabled(m_speed > 0);
    action(Action::Faster)->setEnabled(m_speed < speedCount() - 1);
}

void SteppingToolbar::faster() { setSpeed(m_speed + 1); }
void SteppingToolbar::slower() { setSpeed(m_speed - 1); }

void SteppingToolbar::play()
{
    if (!m_controller->trace() || isPlaying())
        return;
    // Playing from the end starts over rather than doing nothing.
    if (m_controller->atEnd())
        m_controller->first();
    m_playTimer.start();
    updateIcons();
    emit playingChanged(true);
}

void SteppingToolbar::pause()
{
    if (!isPlaying())
        return;
    m_playTimer.stop();
    updateIcons();
    emit playingChanged(false);
}

void SteppingToolbar::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void SteppingToolbar::onTick()
{
    if (m_controller->atEnd()) {
        pause();
        return;
    }
    m_controller->forward(Speeds[static_cast<size_t>(m_speed)].granularity);
    if (m_controller->atEnd())
        pause();
}

void SteppingToolbar::focusGoToEpoch()
{
    m_epochBox->setFocus(Qt::ShortcutFocusReason);
    m_epochBox->selectAll();
}

void SteppingToolbar::goToEpochInBox()
{
    m_controller->goTo(m_epochBox->value(), 0, 0);
}

long long SteppingToolbar::sliderDivisor(long long positionCount)
{
    const long long maxIndex = std::max(0LL, positionCount - 1);
    return maxIndex <= INT_MAX ? 1 : maxIndex / INT_MAX + 1;
}

void SteppingToolbar::onTraceChanged()
{
    const long long count = m_controller->positionCount();
    m_divisor = sliderDivisor(count);
    {
        m_updatingSlider = true;
        m_slider->setRange(0, static_cast<int>(std::max(0LL, count - 1) / m_divisor));
        // Page Up/Down on the slider itself move about a fiftieth of the run.
        m_slider->setPageStep(std::max(1, m_slider->maximum() / 50));
        m_updatingSlider = false;
    }
    const auto &trace = m_controller->trace();
    m_epochBox->setRange(0, trace ? std::max(0, trace->epochCount() - 1) : 0);
    updateEnabled();
    reserveReadoutWidths();
    onPositionChanged(m_controller->position());
}

void SteppingToolbar::reserveReadoutWidths()
{
    // Each read-out gets the width of the widest text it can show for this run, once. Sized to
    // each new text, they made the slider beside them shrink and grow at every step (a jittery
    // target for the mouse) and relaid out the whole window each time. A fixed size also tells
    // Qt that a new text cannot change the layout.
    const auto &trace = m_controller->trace();
    QStringList steps = {tr("No run")};
    QStringList places = {QString()};
    QStringList operations = {QString()};
    if (trace) {
        const QString widestStep = QString::number(std::max(1LL, trace->stepCount())).fill(QLatin1Char('8'));
        const QString widestOperation = QString::number(std::max(1, m_controller->operationsPerStep())).fill(QLatin1Char('8'));
        steps << tr("Sample step %1 of %2 · operation %3 of %4").arg(widestStep, widestStep, widestOperation, widestOperation);
        const QString widestEpoch = QString::number(std::max(1, trace->epochCount())).fill(QLatin1Char('8'));
        places << tr("epoch %1, sample %2").arg(widestEpoch).arg(SampleCount - 1);
        for (Quantity q : operationsOf(trace->rule())) {
            const auto name = quantityName(q);
            operations << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
    }
    auto reserve = [](QLabel *label, const QStringList &texts) {
        const QFontMetrics metrics = label->fontMetrics();
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        const QMargins m = label->contentsMargins();
        label->setFixedSize(width + m.left() + m.right() + 2 * label->margin() + 2,
                            metrics.height() + m.top() + m.bottom() + 2 * label->margin());
    };
    reserve(m_stepLabel, steps);
    reserve(m_placeLabel, places);
    reserve(m_operationLabel, operations);
    placeReadouts();
}

void SteppingToolbar::placeReadouts()
{
    // The read-outs beside the slider while that leaves the slider room to aim at; under it in a
    // narrow window (the centre of a 1024 or 1366 px window), rather than squeezing the slider
    // to a few pixels. Decided by the width alone, so a new layout never asks for another.
    if (!m_positionRow || !layout())
        return;
    const int readouts = m_stepLabel->minimumWidth() + m_placeLabel->minimumWidth() + m_operationLabel->minimumWidth()
                       + 3 * m_positionRow->spacing();
    const int sliderRoom = contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right() - readouts;
    const auto direction = sliderRoom >= 12 * fontMetrics().height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_positionRow->direction() != direction)
        m_positionRow->setDirection(direction);
}

void SteppingToolbar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeReadouts();
}

void SteppingToolbar::updateEnabled()
{
    const bool hasTrace = m_controller->trace() != nullptr;
    for (QAction *a : m_actions)
        if (a != action(Action::Slower) && a != action(Action::Faster))
            a->setEnabled(hasTrace);
    m_slider->setEnabled(hasTrace);
    m_epochBox->setEnabled(hasTrace);
    m_goButton->setEnabled(hasTrace);
    if (!hasTrace)
        pause();
}

QString SteppingToolbar::stepText() const
{
    const auto &trace = m_controller->trace();
    if (!trace)
        return tr("No run");
    const TracePosition p = m_controller->position();
    return tr("Sample step %1 of %2 · operation %3 of %4")
        .arg(p.step)
        .arg(trace->stepCount())
        .arg(p.operation + 1)
        .arg(m_controller->operationsPerStep());
}

QString SteppingToolbar::placeText() const
{
    if (!m_controller->trace())
        return QString();
    const TracePosition p = m_controller->position();
    return tr("epoch %1, sample %2").arg(p.step / SampleCount).arg(p.step % SampleCount);
}

void SteppingToolbar::onPositionChanged(TracePosition position)
{
    // Cheap on purpose: this runs on every step while playing at full speed.
    m_stepLabel->setText(stepText());
    m_placeLabel->setText(placeText());
    const auto &trace = m_controller->trace();
    if (trace) {
        const auto operations = operationsOf(trace->rule());
        const auto name = quantityName(operations[static_cast<size_t>(position.operation)]);
        m_operationLabel->setText(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        m_operationLabel->setToolTip(tr("The quantity just computed (operation %1 of %2)")
                                         .arg(position.operation + 1).arg(operations.size()));
        m_updatingSlider = true;
        m_slider->setValue(static_cast<int>(m_controller->linearIndex() / m_divisor));
        m_updatingSlider = false;
    } else {
        m_operationLabel->clear();
    }
    action(Action::First)->setEnabled(trace && !m_controller->atStart());
    action(Action::StartOfEpoch)->setEnabled(trace && !m_controller->atStart());
    action(Action::PreviousEpoch)->setEnabled(trace && !m_controller->atStart());
    action(Action::PreviousSample)->setEnabled(trace && !m_controller->atStart());
    action(Action::PreviousOperation)->setEnabled(trace && !m_controller->atStart());
    action(Action::NextOperation)->setEnabled(trace && !m_controller->atEnd());
    action(Action::NextSample)->setEnabled(trace && !m_controller->atEnd());
    action(Action::NextEpoch)->setEnabled(trace && !m_controller->atEnd());
    action(Action::EndOfEpoch)->setEnabled(trace && !m_controller->atEnd());
    action(Action::Last)->setEnabled(trace && !m_controller->atEnd());
    if (!m_epochBox->hasFocus())
        showEpochInBox();
}

void SteppingToolbar::showEpochInBox()
{
    // "Go to epoch" starts from where the learner is; while the box has the focus the number
    // is the learner's own, being typed.
    const int epoch = static_cast<int>(m_controller->position().step / SampleCount);
    if (m_epochBox->value() != epoch)
        m_epochBox->setValue(epoch);
}

void SteppingToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
    else if (event->type() == QEvent::FontChange)
        updateIconSize();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        reserveReadoutWidths();
}

bool SteppingToolbar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_epochBox) {
        if (event->type() == QEvent::ShortcutOverride) {
            // While typing an epoch, the arrows and page keys change the number, as in any spin box.
            auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
            case Qt::Key_Return:
            case Qt::Key_Enter:
                event->accept();
                return true;
            default:
                break;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                goToEpochInBox();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                // Back to stepping: give the keys to the window again.
                if (window())
                    window()->setFocus(Qt::OtherFocusReason);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            // An epoch typed but not gone to is dropped: the box shows where the learner is
            // (but not for the box's own context menu).
            showEpochInBox();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace deltatrace
