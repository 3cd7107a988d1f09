// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// A register file on a network share: SQLite's locking is not to be trusted over NFS or SMB, and
// the write-ahead log the app uses needs memory shared between the processes that open the file,
// which two computers do not have. Such a file is still opened, with a warning that points to a
// shared register on a server.
namespace opcc::networkshare {

// True for the file system types (as Linux names them in /proc/mounts) of network shares.
bool isNetworkType(const QByteArray &fileSystemType);

// The type of network file system the file or folder at path lies on ("cifs", "nfs4"; on
// Windows a UNC path or a mapped network drive), or an empty string when it is local or the
// type cannot be told.
QString fileSystemOf(const QString &path);

// What the window and the command line say about a register at path on a share of that type.
QString warning(const QString &path, const QString &type);

} // namespace opcc::networkshare
