// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// The schema of a shared register on PostgreSQL, at schema::currentVersion().
//
// Kept beside the SQLite migrations (schema.cpp) rather than generated from them: those are
// written in SQLite's DDL (COLLATE NOCASE, GLOB checks, WITHOUT ROWID, table rebuilds, FTS5
// virtual tables and their triggers) and a file only ever moves forward through them, whereas a
// server register is made at the current version in one step. tst_serverschema checks that both
// engines hold the same tables with the same columns, so a migration that adds a column to one
// and not the other fails the build's tests. A later migration adds its PostgreSQL statements
// here and to serverMigrations(), which upgrades a server register made by an earlier release.
namespace opcc::schema {

// Every statement that makes the tables, indexes and functions of a new server register.
QStringList serverStatements();
// The statements that take a server register from each version to the next, by the version it
// is at: a server register was first made at version firstServerVersion.
constexpr int firstServerVersion = 9;
QList<QStringList> serverMigrations();
// The roles, made with the register when missing (they are the server's, shared by its
// databases) and granted their rights on its tables: a viewer reads (and so exports), an editor
// also changes schemes, figures, documents and FOI requests and imports, an administrator also
// changes measures and areas and gives the roles to users. Each role holds the one below it.
QStringList roleStatements();
constexpr const char *viewerRole = "opcc_viewer";
constexpr const char *editorRole = "opcc_editor";
constexpr const char *adminRole = "opcc_admin";
// The register's tables on the server (not the version table): what --check reads.
QStringList serverTables();
// The tables whose text the word search reads, each with a GIN index (named TABLE_search) of
// serverSearchVector(TABLE): scheme, organisation, figure and source_document.
constexpr const char *serverSearchTables[]
    = { "scheme", "organisation", "figure", "source_document" };
// The tsvector of a row of one of those tables, as its index's expression (every word folded to
// plain small letters by opcc_fold()); `alias` prefixes its columns ("s.") in a query, which
// must name the same expression for the planner to use the index.
QString serverSearchVector(const char *table, const QString &alias = QString());
// The table holding the schema's version and the application id on the server.
constexpr const char *serverVersionTable = "opcc_schema";

} // namespace opcc::schema
