// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/attachmentfiles.h"

#include "interchange/interchangeformat.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace opcc {

using interchange::neutraliseFormula;

AttachmentFiles::AttachmentFiles(const Database &db, const QString &folder)
    : m_db(db)
    , m_folder(folder)
{ }

QString AttachmentFiles::exportName(const QString &fileName, QStringList *used)
{
    // Characters that one of the file systems refuses become "_"; Windows drops trailing dots
    // and spaces, and a leading dot would hide the file.
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    QString safe;
    for (const QChar c : fileName)
        safe.append(c.unicode() < 0x20 || refused.contains(c) ? QLatin1Char('_') : c);
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    if (safe.isEmpty())
        safe = QStringLiteral("attachment");
    const QString suffix = QFileInfo(safe).suffix();
    const QString base = suffix.isEmpty() ? safe : safe.chopped(suffix.size() + 1);
    QString name = safe;
    const auto taken = [used](const QString &candidate) {
        return used->contains(candidate, Qt::CaseInsensitive);
    };
    for (int n = 2; taken(name); ++n) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(n)
            + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    used->append(name);
    return name;
}

bool AttachmentFiles::load()
{
    if (m_loaded)
        return true;
    const auto attachments = AttachmentStore(m_db).list();
    if (!attachments) {
        m_error = tr("Cannot read the database: %1").arg(AttachmentStore(m_db).errorString());
        return false;
    }
    m_attachments = *attachments;
    QStringList used;
    for (const AttachmentStore::Attachment &a : std::as_const(m_attachments))
        m_names.append(exportName(a.fileName, &used));
    m_loaded = true;
    return true;
}

bool AttachmentFiles::forEachRow(const RowVisitor &visit)
{
    if (!load() || !visit(interchange::columnNames(interchange::FileKind::Attachments)))
        return false;
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        const AttachmentStore::Attachment &a = m_attachments.at(i);
        if (!visit({ neutraliseFormula(a.title), neutraliseFormula(a.fileName),
                neutraliseFormula(m_folder + QLatin1Char('/') + m_names.at(i)), a.mediaType,
                a.attached }))
            return false;
    }
    return true;
}

bool AttachmentFiles::writeTemporary(const QString &directory)
{
    m_final = QDir(directory).filePath(m_folder);
    if (!load())
        return false;
    if (m_attachments.isEmpty())
        return true;
    QTemporaryDir temporary(
        QDir(directory).filePath(QStringLiteral(".%1.XXXXXX.part").arg(m_folder)));
    if (!temporary.isValid()) {
        m_error = tr("Cannot write in the folder %1: %2")
                      .arg(QDir::toNativeSeparators(directory), temporary.errorString());
        return false;
    }
    temporary.setAutoRemove(false);
    m_temporary = temporary.path();
    const AttachmentStore store(m_db);
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        const auto copy = store.find(m_attachments.at(i).sourceId);
        if (!copy) {
            m_error = tr("Cannot read the database: %1").arg(store.errorString());
            return false;
        }
        QFile file(QDir(m_temporary).filePath(m_names.at(i)));
        const bool written = file.open(QIODevice::WriteOnly)
            && file.write(copy->content) == copy->content.size() && file.flush();
        if (!written) {
            m_error = tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(m_final + QLatin1Char('/') + m_names.at(i)),
                              file.errorString());
            return false;
        }
    }
    return true;
}

bool AttachmentFiles::moveIntoPlace()
{
    m_aside = m_final + QStringLiteral(".old");
    if (QFileInfo::exists(m_aside))
        QDir(m_aside).removeRecursively();
    if (QFileInfo::exists(m_final) && !QDir().rename(m_final, m_aside)) {
        m_error = tr("Cannot replace the folder %1; the earlier files are kept.")
                      .arg(QDir::toNativeSeparators(m_final));
        return false;
    }
    if (!m_temporary.isEmpty() && !QDir().rename(m_temporary, m_final)) {
        m_error = tr("Cannot replace the folder %1; the earlier files are kept.")
                      .arg(QDir::toNativeSeparators(m_final));
        if (QFileInfo::exists(m_aside))
            QDir().rename(m_aside, m_final);
        return false;
    }
    m_placed = true;
    return true;
}

void AttachmentFiles::restore()
{
    if (!m_placed)
        return;
    if (!m_temporary.isEmpty())
        QDir().rename(m_final, m_temporary);
    if (QFileInfo::exists(m_aside))
        QDir().rename(m_aside, m_final);
    m_placed = false;
}

void AttachmentFiles::finish()
{
    if (!m_aside.isEmpty() && QFileInfo::exists(m_aside))
        QDir(m_aside).removeRecursively();
}

void AttachmentFiles::discard()
{
    if (!m_placed && !m_temporary.isEmpty())
        QDir(m_temporary).removeRecursively();
}

} // namespace opcc
