// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/ziparchive.h"

#include <QDir>
#include <QFile>
#include <minizip/unzip.h>
#ifdef Q_OS_WIN
#include <minizip/iowin32.h>
#endif

namespace opcc {

namespace {

// minizip's default file functions open the name with fopen(): on POSIX that takes the file
// system's 8-bit encoding (QFile::encodeName); on Windows fopen() takes the ANSI code page and
// would lose every character outside it, so there the Win32 functions (minizip's iowin32) open
// the UTF-16 name.
unzFile openZip(const QString &path)
{
#ifdef Q_OS_WIN
    zlib_filefunc64_def functions;
    fill_win32_filefunc64W(&functions);
    const QString native = QDir::toNativeSeparators(path);
    return unzOpen2_64(reinterpret_cast<const wchar_t *>(native.utf16()), &functions);
#else
    return unzOpen64(QFile::encodeName(path).constData());
#endif
}

unzFile openAt(const QString &path, const QString &entry, qint64 *size)
{
    unzFile zip = openZip(path);
    if (!zip)
        return nullptr;
    if (unzLocateFile(zip, entry.toUtf8().constData(), 1) != UNZ_OK
        || unzOpenCurrentFile(zip) != UNZ_OK) {
        unzClose(zip);
        return nullptr;
    }
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        unzCloseCurrentFile(zip);
        unzClose(zip);
        return nullptr;
    }
    *size = qint64(info.uncompressed_size);
    return zip;
}

} // namespace

ZipEntryDevice::ZipEntryDevice(void *zip, qint64 size)
    : m_zip(zip)
    , m_size(size)
{ }

ZipEntryDevice::~ZipEntryDevice()
{
    unzCloseCurrentFile(m_zip);
    unzClose(m_zip);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    const int chunk = int(qMin<qint64>(maxSize, 1 << 20));
    const int read = unzReadCurrentFile(m_zip, data, unsigned(chunk));
    if (read == 0 && m_inflated < m_size) {
        setErrorString(QStringLiteral("the zip entry ends early"));
        return -1;
    }
    if (read < 0) {
        // A damaged entry, or a checksum that does not match: never the end of the data.
        setErrorString(QStringLiteral("zip error %1").arg(read));
        return -1;
    }
    m_inflated += read;
    return read;
}

ZipArchive::ZipArchive(const QString &path)
    : m_path(path)
{ }

bool ZipArchive::open()
{
    unzFile zip = openZip(m_path);
    if (!zip)
        return false;
    int rc = unzGoToFirstFile(zip);
    while (rc == UNZ_OK) {
        unz_file_info64 info {};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK)
            break;
        const QString entry = QString::fromUtf8(name);
        m_names.append(entry);
        m_sizes.insert(entry, qint64(info.uncompressed_size));
        rc = unzGoToNextFile(zip);
    }
    unzClose(zip);
    return rc == UNZ_END_OF_LIST_OF_FILE;
}

bool ZipArchive::read(const QString &entry, QByteArray *data) const
{
    const auto device = openEntry(entry);
    if (!device)
        return false;
    *data = device->readAll();
    return device->bytesAvailable() == 0 && data->size() == device->inflated();
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const QString &entry) const
{
    qint64 size = 0;
    unzFile zip = openAt(m_path, entry, &size);
    if (!zip)
        return nullptr;
    auto device = std::make_unique<ZipEntryDevice>(zip, size);
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace opcc
