// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deltatrace-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELTATRACE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    deltatrace::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
