// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/database.h"

#include <optional>
#include <utility>
#include <vector>

namespace opcc {

// The rows an import writes for every figure and every new scheme, on prepared, reused
// statements of the Database's connection, on both engines (rowwriter.cpp says how they were
// measured): SchemeStore's new schemes and their links, FigureStore's figure by its identity
// and FigureWriter's bulk figures. Owned by the Database; failures are recorded there.
class RowWriter final
{
public:
    using Upsert = Database::Upsert;

    explicit RowWriter(Database &db);

    std::optional<qint64> insertSchemeRow(
        const Scheme &scheme, std::optional<qint64> source, const QString &updatedAt);
    // A scheme's area (no role) or organisation link.
    bool insertSchemeLink(qint64 scheme, qint64 other, std::optional<Role> role, int position);
    // On a server, while deferred, the links insertSchemeLink() is given are queued and written
    // a thousand to a statement (as an import's figures are) by flushSchemeLinks() and when the
    // queue is full: an import's schemes file, whose new schemes' links are otherwise a round
    // trip each. No effect on a file. The caller flushes before the deferral ends (which drops
    // what is queued) and before reading links it may have queued.
    void deferSchemeLinks(bool defer);
    bool flushSchemeLinks();

    // Inserts or updates with the measure and source ids resolved; nothing, with the failure
    // recorded, when it could not.
    std::optional<Upsert> upsertFigureRow(
        const Figure &figure, qint64 measure, std::optional<qint64> source);
    // FigureWriter's, on a file, upsertFigureRow in its steps: the new figure's id, or 0 when
    // its identity is stored already (nothing written then); the stored figure with the
    // identity (id 0 for none) and whether a field differs from the figure's, and a text the
    // full-text index holds; the stored figure of that id given the figure's fields (its texts
    // too when `texts`, otherwise left as they are).
    std::optional<qint64> insertNewFigure(
        const Figure &figure, qint64 measure, std::optional<qint64> source);
    struct StoredFigure
    {
        qint64 id = 0;
        bool differs = false;
        bool textsDiffer = false; // note, quote or period label
    };
    std::optional<StoredFigure> storedFigure(
        const Figure &figure, qint64 measure, std::optional<qint64> source);
    bool updateFigureFields(
        qint64 id, const Figure &figure, std::optional<qint64> source, bool texts);
    // A figure with its measure's and source document's ids.
    struct ResolvedFigure
    {
        const Figure *figure;
        qint64 measure;
        std::optional<qint64> source;
    };
    // FigureWriter's on a file: newFigureBatch figures in one statement, each inserted unless
    // its identity is stored (INSERT ... DO NOTHING), which costs a quarter less than a statement
    // each. A refused figure leaves the statement without effect (nothing is returned, the
    // failure recorded). Those inserted take consecutive ids in the order given (a new row's id
    // is one above the table's highest), ending at lastId.
    static constexpr std::size_t newFigureBatch = 64;
    struct NewFigures
    {
        int inserted = 0;
        qint64 lastId = 0;
    };
    std::optional<NewFigures> insertNewFigures(const std::vector<ResolvedFigure> &figures);
    // On a server: many figures in one statement, a round trip for all of them instead of one
    // each; the numbers inserted and updated (the rest were stored as they are), or nothing,
    // with the failure recorded.
    std::optional<std::pair<int, int>> upsertFiguresOnServer(
        const std::vector<ResolvedFigure> &figures);
    std::optional<qint64> lastFigureId();
    std::optional<qint64> insertMeasureRow(const Measure &measure);
    std::optional<qint64> insertSourceRow(const QString &title);
    // Prepares what FigureWriter runs, on the connection's own thread, before the writer's
    // thread uses them.
    void prepareUpsertStatements();

private:
    struct PendingLink
    {
        qint64 scheme;
        qint64 other;
        std::optional<Role> role;
        int position;
    };

    Database &m_db;
    std::vector<PendingLink> m_pendingLinks; // deferSchemeLinks()
    bool m_deferLinks = false;
};

} // namespace opcc
