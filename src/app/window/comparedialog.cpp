// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include <QInputDialog>

namespace deltatrace {

QString CompareDialog::chooseExperiment(QWidget *parent, const QStringList &ids, const QStringList &titles, std::uint32_t seed)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Compare with"),
                                                 tr("Run this experiment from the same initial weights (seed %1) beside the current one:")
                                                     .arg(seed),
                                                 titles, 0, false, &ok);
    return ok ? ids.value(titles.indexOf(chosen)) : QString();
}

} // namespace deltatrace
