// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"
#include "handoutcommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A QCoreApplication, or for `handout` (which paints) a QApplication on the offscreen platform.
    const std::unique_ptr<QCoreApplication> app = deltatrace::HandoutCommand::application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deltatrace-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELTATRACE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    deltatrace::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
