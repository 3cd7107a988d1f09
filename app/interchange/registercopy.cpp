// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/registercopy.h"

#include "interchange/csvexporter.h"
#include "interchange/csvimporter.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QDir>
#include <QTemporaryDir>

namespace opcc {

RegisterCopy::RegisterCopy(Database &from)
    : m_from(from)
{ }

bool RegisterCopy::toServer(const QString &uri)
{
    m_schemes = m_figures = 0;
    if (m_from.isServer() || !ServerAddress::isServerUri(uri)) {
        m_error = tr("A register file is copied to a server only.");
        return false;
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        m_error = tr("Cannot make a temporary folder for the copy: %1").arg(folder.errorString());
        return false;
    }
    CsvExporter exporter(m_from);
    if (!exporter.exportTo(folder.path())) {
        m_error = tr("Cannot read the register to copy it: %1").arg(exporter.errorString());
        return false;
    }
    QStringList files;
    for (interchange::FileKind kind : CsvExporter::exportedKinds())
        files.append(QDir(folder.path()).filePath(interchange::fileName(kind)));

    // Run only when the server's database is empty, inside the transaction that sets it up.
    bool filled = false;
    const auto fill = [&files, &filled](Database &db, QString *error) {
        CsvImporter importer(db);
        const ImportSummary summary = importer.run(files, CsvImporter::Mode::Write);
        if (summary.hasErrors() || !summary.written) {
            *error = summary.hasErrors() ? summary.errorText() : db.errorString();
            return false;
        }
        filled = true;
        return true;
    };
    Database target;
    const Database::OpenResult opened = target.openServer(uri, Database::Access::ReadWrite, fill);
    if (!opened.ok()) {
        m_error = tr("The register was not copied: %1").arg(opened.message);
        return false;
    }
    target.close();
    if (!opened.created || !filled) {
        m_error = tr("The database on the server holds a register already; nothing was copied. "
                     "Ask for a new, empty database to copy the register into.");
        return false;
    }
    m_schemes = exporter.schemesWritten();
    m_figures = exporter.figuresWritten();
    return true;
}

} // namespace opcc
