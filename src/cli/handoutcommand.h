// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

class QCoreApplication;

namespace deltatrace {

// deltatrace-cli handout TRACE_FILE --out FILE.pdf [--lang ko|en] [--at EPOCH:SAMPLE[:OPERATION]]
// [--paper a4|letter] [--note TEXT] [--chart loss|outputs|weights] [--no-plane]: the handout the window's File ▸ Export Handout… writes
// (HandoutWriter), with no display. It is the one command that paints, so it alone gets a
// QApplication, on the offscreen platform; the others keep a QCoreApplication.
class HandoutCommand
{
public:
    HandoutCommand(QTextStream &out, QTextStream &err);

    // The application main() creates: a QApplication on the offscreen platform for `handout`
    // (argv[1]), a QCoreApplication for every other command.
    static std::unique_ptr<QCoreApplication> application(int &argc, char **argv);

    int run(const QStringList &args); // the arguments after "handout"

private:
    int usageError(const QString &message);
    int runtimeError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace deltatrace
