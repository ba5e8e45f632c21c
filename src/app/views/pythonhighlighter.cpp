// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonhighlighter.h"

namespace deltatrace {

PythonHighlighter::PythonHighlighter(QTextDocument *parent) : QSyntaxHighlighter(parent)
{
    QTextCharFormat keyword;
    keyword.setForeground(QColor(0x7a, 0x1f, 0xa2)); // purple
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat builtin;
    builtin.setForeground(QColor(0x00, 0x5c, 0x99)); // dark blue
    QTextCharFormat number;
    number.setForeground(QColor(0x0b, 0x6e, 0x4f)); // dark green
    m_string.setForeground(QColor(0x9a, 0x4a, 0x00)); // brown
    m_comment.setForeground(QColor(0x5f, 0x6b, 0x73)); // slate grey
    m_comment.setFontItalic(true);

    const QString keywords = QStringLiteral(
        "and|as|assert|break|class|continue|def|del|elif|else|except|False|finally|for|from|global|if|import|in|is|"
        "lambda|None|nonlocal|not|or|pass|raise|return|True|try|while|with|yield");
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(keywords)), keyword});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b(?:np|numpy|range|len|print|abs|zip|enumerate)\\b")), builtin});
    m_rules.push_back({QRegularExpression(QStringLiteral("(?<![\\w.])\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?\\b|(?<![\\w.])\\.\\d+\\b")), number});
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), rule.format);
        }
    }
    // Strings and comments last, scanning left to right so that a '#' inside a string stays
    // part of the string and a quote inside a comment stays part of the comment.
    QChar quote;
    qsizetype stringStart = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (stringStart >= 0) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote) {
                setFormat(static_cast<int>(stringStart), static_cast<int>(i - stringStart + 1), m_string);
                stringStart = -1;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            stringStart = i;
        } else if (c == QLatin1Char('#')) {
            setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), m_comment);
            return;
        }
    }
    if (stringStart >= 0)
        setFormat(static_cast<int>(stringStart), static_cast<int>(text.size() - stringStart), m_string);
}

} // namespace deltatrace
