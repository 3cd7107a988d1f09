// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editing/schemerecord.h"
#include "storage/foistore.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace opcc {

class Database;

// Writes one change to a scheme and its figures: one transaction, with one audit entry that
// keeps the record before and after. A change takes the register from one state of a scheme
// to another; an absent state is a scheme that does not exist (a creation or a deletion), so
// the same code creates, edits, deletes, undoes and redoes.
class SchemeWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SchemeWriter)

public:
    enum class Problem {
        None,
        Conflict, // the database no longer holds the state the change starts from
        Invalid, // the new state breaks a validation rule
        Failed, // the database refused (locked, disk full...)
    };

    // How to tell that the database still holds the starting state.
    enum class Check {
        RowVersions, // an edit someone made: nobody may have written the rows since it was read
        Content, // an undo or redo step: the rows must hold what the step left there
    };

    struct Change
    {
        std::optional<SchemeRecord> from;
        std::optional<SchemeRecord> to;
        Check check = Check::RowVersions;
        QString summary; // for the audit log: "Undo: Edit "DIVERT""
        // Organisations and source documents to remove afterwards if nothing uses them: the
        // ones the change being undone created.
        QStringList pruneOrganisations;
        QStringList pruneSources;
    };

    struct Result
    {
        std::optional<SchemeRecord> stored; // the new state as read back: ids, row versions
        QStringList createdOrganisations;
        QStringList createdSources;
        QList<FoiSchemeLink> removedFoiLinks; // of a deleted scheme, for its undo
    };

    explicit SchemeWriter(Database &db);

    std::optional<SchemeRecord> read(qint64 schemeId) const;
    std::optional<Result> apply(const Change &change);
    // The next apply() that puts a scheme back (an undone deletion) also puts it back in these
    // FOI requests, those still in the register.
    void setFoiLinksToRestore(QList<FoiSchemeLink> links) { m_restoreFoiLinks = std::move(links); }

    Database &database() const { return m_db; }
    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }

private:
    bool fail(Problem problem, const QString &message);
    bool holdsStart(const std::optional<SchemeRecord> &current, const Change &change);
    bool validate(const SchemeRecord &record);
    bool writeFigures(const SchemeRecord &current, SchemeRecord &to);
    bool insertNew(SchemeRecord &to);

    Database &m_db;
    QList<FoiSchemeLink> m_restoreFoiLinks;
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace opcc
