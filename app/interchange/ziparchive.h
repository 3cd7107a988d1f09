// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>

namespace opcc {

// One entry of a zip file, opened on a handle of its own and inflated as it is read. A damaged
// entry fails the read (with errorString()), never ends it early.
class ZipEntryDevice final : public QIODevice
{
public:
    // Takes an unzFile positioned on the opened entry, of size bytes inflated.
    ZipEntryDevice(void *zip, qint64 size);
    ~ZipEntryDevice() override;
    bool isSequential() const override { return true; }
    // What is left to read: readers such as QXmlStreamReader take a sequential device with
    // nothing available for one still waiting for data.
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + (m_size - m_inflated);
    }
    qint64 inflated() const { return m_inflated; } // bytes delivered so far

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void *m_zip;
    qint64 m_size;
    qint64 m_inflated = 0;
};

// Read access to the entries of a zip file (an .xlsx or .ods workbook), through minizip, the zip
// library libxlsxwriter already uses. (Debian's Qt zip wrapper library cannot be used beside
// libxlsxwriter: it exports
// its own, incompatible build of minizip's functions under the same names, and whichever library
// is loaded first then receives the other's calls; libxlsxwriter's export crashed in
// workbook_close that way.)
class ZipArchive final
{
public:
    explicit ZipArchive(const QString &path);

    // Reads the list of entries; false if the file is no zip file that can be read.
    bool open();
    QStringList entryNames() const { return m_names; }
    bool contains(const QString &entry) const { return m_sizes.contains(entry); }
    qint64 uncompressedSize(const QString &entry) const { return m_sizes.value(entry); }
    // A whole (small) entry; false if it is missing or cannot be read.
    bool read(const QString &entry, QByteArray *data) const;
    // An entry as a sequential device that inflates as it is read, for entries too big to hold;
    // nullptr if it cannot be opened. A read error shows as errorString() and a failed read.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &entry) const;

private:
    QString m_path;
    QStringList m_names;
    QHash<QString, qint64> m_sizes;
};

} // namespace opcc
