// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/accountname.h"

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <qt_windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace opcc {

namespace {

QString fromSystem()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size - 1)); // size counts the terminating zero
    return {};
#else
    // getpwuid_r, not getpwuid: the statistics thread may write at the same time.
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    QByteArray buffer(int(bufferSize), Qt::Uninitialized);
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found
        && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return {};
#endif
}

} // namespace

QString accountName()
{
    const QString system = fromSystem();
    if (!system.isEmpty())
        return system;
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return {};
}

} // namespace opcc
