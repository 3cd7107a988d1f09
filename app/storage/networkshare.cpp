// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "networkshare.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace opcc::networkshare {

bool isNetworkType(const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.toLower();
    // FUSE file systems are named "fuse.<program>"; those that reach another computer.
    static const QByteArrayList remote {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "gfs2",
        "ocfs2",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.cephfs",
        "fuse.smbnetfs",
    };
    return remote.contains(type);
}

QString fileSystemOf(const QString &path)
{
#ifdef Q_OS_WIN
    if (QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()).startsWith(u"//"))
        return QStringLiteral("UNC"); // \\server\share\register.sqlite
#endif
    // A file that does not exist yet is judged by the folder it will be made in.
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    const QStorageInfo storage(info.absoluteFilePath());
    if (!storage.isValid())
        return {};
#ifdef Q_OS_WIN
    const QString root = QDir::toNativeSeparators(storage.rootPath());
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return QString::fromLatin1(storage.fileSystemType());
#endif
    const QByteArray type = storage.fileSystemType();
    return isNetworkType(type) ? QString::fromLatin1(type) : QString();
}

QString warning(const QString &path, const QString &type)
{
    return QCoreApplication::translate("NetworkShare",
        "%1 is on a network share (%2). A register file kept there can be damaged when two "
        "computers change it at once, and people on other computers may not see each other's "
        "changes. For a register the whole team shares, use a shared register on a server: "
        "File > Connect to Shared Register.")
        .arg(QDir::toNativeSeparators(path), type);
}

} // namespace opcc::networkshare
