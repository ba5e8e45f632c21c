// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What an installed DeltaTrace is: the files `cmake --install` puts under a prefix, and the
// desktop, AppStream and file-type metadata as the validators that desktops run see them.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

Result run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAll();
    return r;
}

QString resource(const char *path) { return QStringLiteral(DELTATRACE_RESOURCES "/") + QLatin1String(path); }

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void metadataPassesTheValidators_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("desktop entry") << QStringLiteral("desktop-file-validate")
                                       << QStringList{resource("linux/org.deltatrace.DeltaTrace.desktop")};
        QTest::newRow("AppStream metainfo") << QStringLiteral("appstreamcli")
                                            << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                           resource("linux/org.deltatrace.DeltaTrace.metainfo.xml")};
        QTest::newRow("man page deltatrace") << QStringLiteral("groff")
                                             << QStringList{QStringLiteral("-man"), QStringLiteral("-z"), QStringLiteral("-ww"),
                                                            resource("man/deltatrace.1")};
        QTest::newRow("man page deltatrace-cli") << QStringLiteral("groff")
                                                 << QStringList{QStringLiteral("-man"), QStringLiteral("-z"), QStringLiteral("-ww"),
                                                                resource("man/deltatrace-cli.1")};
    }
    void metadataPassesTheValidators()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, args);
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed (scripts/install-deps.sh installs it)")));
        const Result r = run(program, args);
        QVERIFY2(r.exitCode == 0, r.output.constData());
        // groff reports problems on stderr but still exits 0.
        if (tool == QLatin1String("groff"))
            QVERIFY2(r.output.trimmed().isEmpty(), r.output.constData());
    }

    // The menu entry, the icon, the file types, the metadata, the manual pages, the lessons and
    // both executables, where desktops look for them under the prefix.
    void installPutsEveryFileInPlace()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Result r = run(QStringLiteral(DELTATRACE_CMAKE),
                             {QStringLiteral("--install"), QStringLiteral(DELTATRACE_BUILD_DIR), QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        const QStringList expected{
            QStringLiteral("bin/deltatrace"),
            QStringLiteral("bin/deltatrace-cli"),
            QStringLiteral("share/applications/org.deltatrace.DeltaTrace.desktop"),
            QStringLiteral("share/metainfo/org.deltatrace.DeltaTrace.metainfo.xml"),
            QStringLiteral("share/mime/packages/org.deltatrace.DeltaTrace.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/org.deltatrace.DeltaTrace.svg"),
            QStringLiteral("share/man/man1/deltatrace.1"),
            QStringLiteral("share/man/man1/deltatrace-cli.1"),
            QStringLiteral("share/deltatrace/lessons/01-delta-rule.lesson.json"),
            QStringLiteral("share/deltatrace/lessons/03-backprop-xor.lesson.json"),
            QStringLiteral("share/doc/deltatrace/LICENSE"),
        };
        for (const QString &file : expected)
            QVERIFY2(QFileInfo(prefix.filePath(file)).isFile(), qPrintable(file + QStringLiteral(" is not installed")));
        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/deltatrace-cli"))).isExecutable());

        // The installed command line finds and reads the installed lessons.
        const Result list = run(prefix.filePath(QStringLiteral("bin/deltatrace-cli")),
                                {QStringLiteral("list"), prefix.filePath(QStringLiteral("share/deltatrace/lessons"))});
        QVERIFY2(list.exitCode == 0, list.output.constData());
        QVERIFY2(list.output.contains("03-backprop-xor"), list.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
