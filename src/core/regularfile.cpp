// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace deltatrace {

QString RegularFile::openForReading(QFile &file, const QString &path, const QString &what)
{
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return RegularFile::tr("no such file");
        return RegularFile::tr("cannot be opened: %1").arg(systemError(error));
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        ::close(fd);
        return RegularFile::tr("cannot be opened: %1").arg(systemError(error));
    }
    if (S_ISDIR(status.st_mode)) {
        ::close(fd);
        return RegularFile::tr("is a folder, not %1").arg(what);
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return RegularFile::tr("is not a regular file (a device, a FIFO or a socket), so it cannot be %1").arg(what);
    }
    // A regular file ignores O_NONBLOCK, but clear it so that reads behave as documented.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return RegularFile::tr("cannot be opened: %1").arg(file.errorString());
    }
    return {};
#else
    const QFileInfo info(path);
    if (!info.exists())
        return RegularFile::tr("no such file");
    if (info.isDir())
        return RegularFile::tr("is a folder, not %1").arg(what);
    if (!info.isFile())
        return RegularFile::tr("is not a regular file, so it cannot be %1").arg(what);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return RegularFile::tr("cannot be opened: %1").arg(file.errorString());
    return {};
#endif
}

QString RegularFile::refusalToWrite(const QString &path, const QStringList &inputs)
{
    if (path.isEmpty())
        return RegularFile::tr("no file name given");
    const QFileInfo target(path);
    // exists() follows symlinks; a dangling link is refused too, since QSaveFile would replace
    // the link itself with a file where the user meant its target.
    if (target.isSymLink() && !target.exists())
        return RegularFile::tr("is a symbolic link to nothing; refusing to replace it");
    if (!target.exists())
        return {};
    if (target.isDir())
        return RegularFile::tr("is a folder; give a file name");
    if (!target.isFile())
        return RegularFile::tr("is not a regular file (a device, a FIFO or a socket); refusing to replace it");
    const QString canonicalTarget = target.canonicalFilePath();
    for (const QString &input : inputs) {
        const QString canonicalInput = QFileInfo(input).canonicalFilePath();
        if (!canonicalInput.isEmpty() && canonicalInput == canonicalTarget)
            return RegularFile::tr("is the file being read; refusing to overwrite it (choose another name)");
    }
    return {};
}

QString RegularFile::systemError(int errorNumber)
{
    const QString system = QString::fromLocal8Bit(std::strerror(errorNumber));
    // The system speaks English here (the C locale). The errors a learner can meet are said in
    // the window's language when a translator has them; otherwise, and on the command line, the
    // system's own words stay, exactly.
    const char *known = nullptr;
    switch (errorNumber) {
    case EACCES: known = QT_TR_NOOP("Permission denied"); break;
    case ENOSPC: known = QT_TR_NOOP("No space left on device"); break;
    case EROFS: known = QT_TR_NOOP("Read-only file system"); break;
    case EISDIR: known = QT_TR_NOOP("Is a directory"); break;
    case ENOTDIR: known = QT_TR_NOOP("Not a directory"); break;
    case ENAMETOOLONG: known = QT_TR_NOOP("File name too long"); break;
    case EIO: known = QT_TR_NOOP("Input/output error"); break;
    default: break;
    }
    if (known) {
        const QString translated = tr(known);
        if (translated != QLatin1String(known))
            return translated;
    }
    return system;
}

} // namespace deltatrace
