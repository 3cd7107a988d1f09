// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "foi/foirequest.h"

#include <QList>
#include <optional>

namespace opcc {

class Database;

// A request's link to a scheme, as kept while the scheme is deleted, so that undoing the deletion
// puts the scheme back in the requests that named it, in the same place.
struct FoiSchemeLink
{
    qint64 requestId = 0;
    int position = 0;

    friend bool operator==(const FoiSchemeLink &a, const FoiSchemeLink &b)
    {
        return a.requestId == b.requestId && a.position == b.position;
    }
};

// The statements of the FOI requests register, on the Database's connection and inside its
// transactions: a request with its scheme links and time log is read and written whole. Failures
// are recorded on the Database (errorString()), as its own statements' are.
class FoiStore final
{
public:
    explicit FoiStore(Database &db);
    // A store for reading only, from a Database held const (exports, reports).
    static const FoiStore reader(const Database &db);

    // Every request, newest received first (then by reference).
    QList<FoiRequest> requests() const;
    std::optional<FoiRequest> request(qint64 id) const;
    std::optional<qint64> idOfReference(const QString &reference) const;
    // The requests other than `excludingId` that concern any of the schemes, newest first: for
    // answering a repeat request from the last reply.
    QList<FoiRequest> requestsAboutSchemes(
        const QList<qint64> &schemeIds, qint64 excludingId) const;
    int count() const;
    // The requests that name a scheme; nullopt when they cannot be read.
    std::optional<QList<FoiSchemeLink>> linksOfScheme(qint64 schemeId) const;

    // Writes (call inside a Database::Transaction). insert() with an id puts a removed request
    // back as it was (undo); without one it makes a new row. update() bumps the row version.
    std::optional<qint64> insert(const FoiRequest &request);
    bool update(const FoiRequest &request);
    bool remove(qint64 id);
    // Puts a scheme back in the requests that named it; a request deleted since is left out.
    bool restoreLinks(qint64 schemeId, const QList<FoiSchemeLink> &links);

private:
    QList<FoiRequest> read(const char *sql, const QVariantList &values) const;
    bool readLinks(QList<FoiRequest> &requests) const;
    bool writeLinks(const FoiRequest &request);

    Database &m_db;
};

} // namespace opcc
