// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>

namespace deltatrace {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QMessageBox(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setTextFormat(Qt::RichText);
    setText(table(actions));
}

QString ShortcutsDialog::table(const QList<QAction *> &actions)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        if (keys.isEmpty())
            continue;
        // Menu texts carry their mnemonic's "&", which is no part of the name.
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")), QString(a->text()).remove(QLatin1Char('&')).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace deltatrace
