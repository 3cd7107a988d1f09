// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QHash>
#include <QList>
#include <optional>

namespace opcc {

class Database;

// Schemes with their links to areas and organisations (in their roles and order), read and
// written whole. Statements run on the Database's connection and inside its transactions;
// failures are recorded on the Database (errorString()), and writes name the schemes in the
// running transaction's ChangeSet. Areas, organisations and source documents a scheme names that
// do not exist yet are created on the way.
class SchemeStore final
{
public:
    explicit SchemeStore(Database &db);
    // A store for reading only, from a Database held const.
    static const SchemeStore reader(const Database &db);

    std::optional<qint64> idOf(const QString &name, const QString &areaKey) const;
    // Every scheme's id by indexKey(name, areaKey).
    QHash<QByteArray, qint64> index() const;
    // UTF-8 and sized exactly: an importer keeps one for each of up to 50,000 schemes.
    static QByteArray indexKey(const QString &name, const QString &areaKey);
    // Fails with Failure::NotFound when there is no such scheme.
    std::optional<Scheme> scheme(qint64 id) const;
    // Every scheme, sorted by area then name.
    QList<Scheme> schemes() const;
    // The schemes with these ids (those that exist), sorted the same way.
    QList<Scheme> schemes(const QList<qint64> &ids) const;

    std::optional<qint64> insert(const Scheme &scheme);
    // Writes every field of the scheme if its row_version still equals scheme.rowVersion;
    // otherwise fails with Failure::Conflict and changes nothing.
    bool update(const Scheme &scheme);
    // Removes the scheme with its links and figures.
    bool remove(qint64 id);
    // Puts back a removed scheme (with its areas and organisations) with the id, row version and
    // update time it had, so that undoing a deletion restores the database exactly.
    bool restore(const Scheme &scheme);

    // On a server, while deferred, the links of the new schemes written here are queued and
    // written a thousand to a statement (as an import's figures are) by flushLinks() and when
    // the queue is full: an import's schemes file, whose new schemes' links are otherwise a
    // round trip each. No effect on a file. The caller flushes before the deferral ends (which
    // drops what is queued) and before reading links it may have queued.
    void deferLinks(bool defer);
    bool flushLinks();

private:
    // The organisations of the schemes: of all of them, or of those whose ids are in idsJson.
    bool loadLinks(QList<Scheme> &schemes, const QString &idsJson = {}) const;
    // replace: the scheme may have links already (an update), which go first.
    bool writeLinks(qint64 schemeId, const Scheme &scheme, bool replace);

    Database &m_db;
};

} // namespace opcc
