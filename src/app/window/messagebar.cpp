// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "untrustedtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace deltatrace {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_action(new QPushButton(this)), m_close(new QToolButton(this))
{
    m_label->setWordWrap(true);
    // Messages name files and quote what is wrong in them.
    UntrustedText::makePlainLabel(m_label);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_action->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit closed();
    });
    setVisible(false);
    refresh();
}

void MessageBar::showMessage(Kind kind, std::function<QString()> text, std::function<QString()> actionText)
{
    m_kind = kind;
    m_text = std::move(text);
    m_actionText = std::move(actionText);
    refresh();
    setVisible(true);
}

void MessageBar::hideMessage()
{
    m_text = {};
    m_actionText = {};
    setVisible(false);
}

QString MessageBar::text() const { return m_text ? m_text() : QString(); }

QString MessageBar::displayed(const QString &text)
{
    // Whole lines, up to a bound on lines and on characters; then "…".
    QString shown = text;
    bool cut = false;
    qsizetype end = -1;
    for (int line = 0; line < MaxLines; ++line) {
        end = shown.indexOf(QLatin1Char('\n'), end + 1);
        if (end < 0)
            break;
    }
    if (end >= 0) {
        shown.truncate(end);
        cut = true;
    }
    if (shown.size() > MaxChars) {
        shown.truncate(shown.at(MaxChars - 1).isHighSurrogate() ? MaxChars - 1 : MaxChars);
        cut = true;
    }
    if (cut)
        shown += QChar(0x2026);
    return UntrustedText::breakable(shown);
}

void MessageBar::refresh()
{
    // Soft backgrounds with a strong border: readable on a washed-out projector, and the kind is
    // also carried by the icon, not by colour alone.
    QColor background, border;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Information:
        background = QColor(0xde, 0xeb, 0xf7);
        border = QColor(0x21, 0x66, 0xac);
        break;
    case Kind::Warning:
        background = QColor(0xfe, 0xf0, 0xd9);
        border = QColor(0xd9, 0x5f, 0x0e);
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        background = QColor(0xfd, 0xe0, 0xdd);
        border = QColor(0xb2, 0x18, 0x2b);
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_background = background;
    m_border = border;
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_label->setPalette(p);
    update();
    const int iconSize = fontMetrics().height() * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
    m_label->setText(m_text ? displayed(m_text()) : QString());
    m_action->setVisible(static_cast<bool>(m_actionText));
    if (m_actionText)
        m_action->setText(m_actionText());
    m_close->setToolTip(tr("Close this message"));
}

void MessageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
    painter.setPen(QPen(m_border, 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
