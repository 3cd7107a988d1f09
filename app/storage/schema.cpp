// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/schema.h"

namespace opcc::schema {

namespace {

// Version 1: the register itself.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE area (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '' AND name NOT LIKE '%;%'),
    nation TEXT NOT NULL DEFAULT '' CHECK (nation IN ('', 'england', 'wales', 'england_and_wales')),
    region TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '' AND name NOT LIKE '%;%')
))"),
        QStringLiteral(R"(CREATE TABLE source_document (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE CHECK (title <> ''),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('other', 'foi_response', 'report', 'minutes')),
    publisher TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    issued TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
    label TEXT NOT NULL CHECK (label <> ''),
    unit TEXT NOT NULL CHECK (unit IN ('count', 'gbp', 'percent', 'kg', 'years', 'months', 'weeks')),
    higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
    description TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE scheme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    area_key TEXT NOT NULL CHECK (area_key <> ''),
    strand TEXT NOT NULL CHECK (strand IN ('supply', 'treatment', 'demand', 'other_addictions', 'partnership')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'pilot', 'active', 'ended')),
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL,
    UNIQUE (name, area_key)
))"),
        QStringLiteral(R"(CREATE TABLE scheme_area (
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    area_id INTEGER NOT NULL REFERENCES area(id),
    PRIMARY KEY (scheme_id, area_id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE scheme_organisation (
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL CHECK (role IN ('provider', 'commissioner', 'funder', 'partner')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scheme_id, role, organisation_id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE figure (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    value_x100 INTEGER NOT NULL,
    value_high_x100 INTEGER CHECK (value_high_x100 IS NULL OR value_high_x100 > value_x100),
    qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'almost', 'at_least', 'more_than', 'less_than', 'at_most', 'range')),
    per TEXT NOT NULL DEFAULT '' CHECK (per IN ('', 'week', 'month', 'year')),
    baseline INTEGER NOT NULL DEFAULT 0 CHECK (baseline IN (0, 1)),
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    period_label TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL,
    quote TEXT NOT NULL DEFAULT '',
    UNIQUE (scheme_id, measure_id, period_start, period_end, per, baseline)
))"),
        QStringLiteral("CREATE INDEX figure_measure ON figure (measure_id)"),
    };
}

// Version 2: row versions so that a second copy of the app cannot silently overwrite a change,
// an audit log of every write, and the indexes browsing needs.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE scheme ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE scheme ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE figure ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'migrate')),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    summary TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral("CREATE INDEX scheme_area_area ON scheme_area (area_id)"),
        QStringLiteral("CREATE INDEX scheme_organisation_organisation ON scheme_organisation "
                       "(organisation_id)"),
        QStringLiteral("CREATE INDEX scheme_strand ON scheme (strand)"),
    };
}

// Version 3: CHECK constraints without IN lists. SQLite checks `x IN (a, b, c)` inside a CHECK
// by building a temporary index on every row written, which made those constraints cost more than
// the rest of an import's inserts; the same rules as chains of `=` cost nothing. The tables are
// rebuilt with the same columns, rows and ids (foreign keys are off while migrations run, and
// checked after).
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE scheme_v3 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    area_key TEXT NOT NULL CHECK (area_key <> ''),
    strand TEXT NOT NULL CHECK (strand = 'supply' OR strand = 'treatment' OR strand = 'demand' OR strand = 'other_addictions' OR strand = 'partnership'),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status = 'planned' OR status = 'pilot' OR status = 'active' OR status = 'ended'),
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT '',
    UNIQUE (name, area_key)
))"),
        QStringLiteral(
            R"(INSERT INTO scheme_v3 (id, name, area_key, strand, status, start_date, end_date,
    summary, description, eligibility, source_id, row_version, updated_at)
SELECT id, name, area_key, strand, status, start_date, end_date, summary, description,
    eligibility, source_id, row_version, updated_at FROM scheme)"),
        QStringLiteral("DROP TABLE scheme"),
        QStringLiteral("ALTER TABLE scheme_v3 RENAME TO scheme"),
        QStringLiteral("CREATE INDEX scheme_strand ON scheme (strand)"),
        QStringLiteral(R"(CREATE TABLE scheme_organisation_v3 (
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL CHECK (role = 'provider' OR role = 'commissioner' OR role = 'funder' OR role = 'partner'),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scheme_id, role, organisation_id)
) WITHOUT ROWID)"),
        QStringLiteral(
            R"(INSERT INTO scheme_organisation_v3 (scheme_id, organisation_id, role, position)
SELECT scheme_id, organisation_id, role, position FROM scheme_organisation)"),
        QStringLiteral("DROP TABLE scheme_organisation"),
        QStringLiteral("ALTER TABLE scheme_organisation_v3 RENAME TO scheme_organisation"),
        QStringLiteral("CREATE INDEX scheme_organisation_organisation ON scheme_organisation "
                       "(organisation_id)"),
        QStringLiteral(R"(CREATE TABLE figure_v3 (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    value_x100 INTEGER NOT NULL,
    value_high_x100 INTEGER CHECK (value_high_x100 IS NULL OR value_high_x100 > value_x100),
    qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier = 'exact' OR qualifier = 'approx' OR qualifier = 'almost' OR qualifier = 'at_least' OR qualifier = 'more_than' OR qualifier = 'less_than' OR qualifier = 'at_most' OR qualifier = 'range'),
    per TEXT NOT NULL DEFAULT '' CHECK (per = '' OR per = 'week' OR per = 'month' OR per = 'year'),
    baseline INTEGER NOT NULL DEFAULT 0 CHECK (baseline = 0 OR baseline = 1),
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    period_label TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL,
    quote TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (scheme_id, measure_id, period_start, period_end, per, baseline)
))"),
        QStringLiteral(
            R"(INSERT INTO figure_v3 (id, scheme_id, measure_id, value_x100, value_high_x100,
    qualifier, per, baseline, period_start, period_end, period_label, note, source_id, quote,
    row_version)
SELECT id, scheme_id, measure_id, value_x100, value_high_x100, qualifier, per, baseline,
    period_start, period_end, period_label, note, source_id, quote, row_version FROM figure)"),
        QStringLiteral("DROP TABLE figure"),
        QStringLiteral("ALTER TABLE figure_v3 RENAME TO figure"),
        QStringLiteral("CREATE INDEX figure_measure ON figure (measure_id)"),
    };
}

// The statements that make a scheme's row of scheme_fts again from its record and the names of
// its organisations; `id` is the SQL expression of the scheme's id inside a trigger.
QString refillSchemeSearch(const QString &id)
{
    return QStringLiteral(R"(DELETE FROM scheme_fts WHERE rowid = %1;
    INSERT INTO scheme_fts (rowid, name, areas, summary, description, eligibility, organisations)
    SELECT s.id, s.name, s.area_key, s.summary, s.description, s.eligibility,
        (SELECT group_concat(o.name, ' ') FROM scheme_organisation so
         JOIN organisation o ON o.id = so.organisation_id WHERE so.scheme_id = s.id)
    FROM scheme s WHERE s.id = %1;)")
        .arg(id);
}

// Full-text search (SQLite FTS5) over every text field, so that the filter finds a word in a
// scheme's details, a figure's note or quote or a source document's title at once on a large
// register. Three indexes, each kept in step by triggers (so that every writer, the import's C
// API path included, keeps them): scheme_fts holds each scheme's own text and its
// organisations' names; figure_fts and source_fts index the figure and source_document tables
// in place (external content, nothing stored twice). figure_source lets a source title find
// the schemes whose figures cite it.
QStringList fullTextSearch()
{
    const QString tokenize = QStringLiteral("tokenize = 'unicode61 remove_diacritics 2', "
                                            "prefix = '2 3'");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE scheme_fts USING fts5(name, areas, summary, "
                       "description, eligibility, organisations, %1)")
            .arg(tokenize),
        QStringLiteral("CREATE VIRTUAL TABLE figure_fts USING fts5(note, quote, period_label, "
                       "content = 'figure', content_rowid = 'id', %1)")
            .arg(tokenize),
        QStringLiteral("CREATE VIRTUAL TABLE source_fts USING fts5(title, publisher, reference, "
                       "content = 'source_document', content_rowid = 'id', %1)")
            .arg(tokenize),
        QStringLiteral("CREATE INDEX figure_source ON figure (source_id)"),
        QStringLiteral(R"(INSERT INTO scheme_fts (rowid, name, areas, summary, description,
    eligibility, organisations)
SELECT s.id, s.name, s.area_key, s.summary, s.description, s.eligibility,
    (SELECT group_concat(o.name, ' ') FROM scheme_organisation so
     JOIN organisation o ON o.id = so.organisation_id WHERE so.scheme_id = s.id)
FROM scheme s)"),
        QStringLiteral("INSERT INTO figure_fts (figure_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO source_fts (source_fts) VALUES ('rebuild')"),
        QStringLiteral("CREATE TRIGGER scheme_fts_insert AFTER INSERT ON scheme BEGIN %1 END")
            .arg(refillSchemeSearch(QStringLiteral("new.id"))),
        QStringLiteral("CREATE TRIGGER scheme_fts_update AFTER UPDATE OF name, area_key, summary, "
                       "description, eligibility ON scheme BEGIN %1 END")
            .arg(refillSchemeSearch(QStringLiteral("new.id"))),
        QStringLiteral("CREATE TRIGGER scheme_fts_delete AFTER DELETE ON scheme BEGIN "
                       "DELETE FROM scheme_fts WHERE rowid = old.id; END"),
        QStringLiteral("CREATE TRIGGER scheme_fts_link_insert AFTER INSERT ON scheme_organisation "
                       "BEGIN %1 END")
            .arg(refillSchemeSearch(QStringLiteral("new.scheme_id"))),
        QStringLiteral("CREATE TRIGGER scheme_fts_link_delete AFTER DELETE ON scheme_organisation "
                       "BEGIN %1 END")
            .arg(refillSchemeSearch(QStringLiteral("old.scheme_id"))),
        QStringLiteral(R"(CREATE TRIGGER figure_fts_insert AFTER INSERT ON figure BEGIN
    INSERT INTO figure_fts (rowid, note, quote, period_label)
    VALUES (new.id, new.note, new.quote, new.period_label);
END)"),
        QStringLiteral(R"(CREATE TRIGGER figure_fts_delete AFTER DELETE ON figure BEGIN
    INSERT INTO figure_fts (figure_fts, rowid, note, quote, period_label)
    VALUES ('delete', old.id, old.note, old.quote, old.period_label);
END)"),
        QStringLiteral(R"(CREATE TRIGGER figure_fts_update AFTER UPDATE OF note, quote, period_label
    ON figure BEGIN
    INSERT INTO figure_fts (figure_fts, rowid, note, quote, period_label)
    VALUES ('delete', old.id, old.note, old.quote, old.period_label);
    INSERT INTO figure_fts (rowid, note, quote, period_label)
    VALUES (new.id, new.note, new.quote, new.period_label);
END)"),
        QStringLiteral(R"(CREATE TRIGGER source_fts_insert AFTER INSERT ON source_document BEGIN
    INSERT INTO source_fts (rowid, title, publisher, reference)
    VALUES (new.id, new.title, new.publisher, new.reference);
END)"),
        QStringLiteral(R"(CREATE TRIGGER source_fts_delete AFTER DELETE ON source_document BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, publisher, reference)
    VALUES ('delete', old.id, old.title, old.publisher, old.reference);
END)"),
        QStringLiteral(R"(CREATE TRIGGER source_fts_update AFTER UPDATE OF title, publisher,
    reference ON source_document BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, publisher, reference)
    VALUES ('delete', old.id, old.title, old.publisher, old.reference);
    INSERT INTO source_fts (rowid, title, publisher, reference)
    VALUES (new.id, new.title, new.publisher, new.reference);
END)"),
    };
}

// The Freedom of Information requests register: requests, the schemes each concerns and the time
// logged against the section 12 cost limit. Dates are YYYY-MM-DD text, '' for none; exemptions
// are keys joined by "; ".
QStringList foiRegister()
{
    return {
        QStringLiteral(R"(CREATE TABLE foi_request (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (reference <> ''),
    received TEXT NOT NULL CHECK (received <> ''),
    due TEXT NOT NULL DEFAULT '' CHECK (due = '' OR due >= received),
    due_extended INTEGER NOT NULL DEFAULT 0 CHECK (due_extended = 0 OR due_extended = 1),
    requester_kind TEXT NOT NULL DEFAULT 'public' CHECK (requester_kind = 'public' OR requester_kind = 'media' OR requester_kind = 'researcher' OR requester_kind = 'business' OR requester_kind = 'elected_member' OR requester_kind = 'other'),
    subject TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'clarification' OR status = 'replied' OR status = 'refused' OR status = 'withdrawn'),
    clarification_sought TEXT NOT NULL DEFAULT '',
    clarification_received TEXT NOT NULL DEFAULT '',
    replied TEXT NOT NULL DEFAULT '' CHECK (replied = '' OR replied >= received),
    exemptions TEXT NOT NULL DEFAULT '',
    reply_document TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE foi_request_scheme (
    request_id INTEGER NOT NULL REFERENCES foi_request(id) ON DELETE CASCADE,
    scheme_id INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (request_id, scheme_id)
) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX foi_request_scheme_scheme ON foi_request_scheme (scheme_id)"),
        QStringLiteral(R"(CREATE TABLE foi_time (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES foi_request(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL CHECK (on_date <> ''),
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    note TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX foi_time_request ON foi_time (request_id)"),
    };
}

// The undo history, kept across restarts: each step's name, whose it is, the record it concerns
// and the SQLite change set of its last write (forward while the step is done, backward once it
// was undone), so that a later run can undo or redo it as it was (UndoStore).
QStringList undoHistory()
{
    return {
        QStringLiteral(R"(CREATE TABLE undo_step (
    id INTEGER PRIMARY KEY,
    os_user TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL DEFAULT '',
    entity_id INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 1 CHECK (done = 0 OR done = 1),
    changes BLOB NOT NULL
))"),
        QStringLiteral("CREATE INDEX undo_step_user ON undo_step (os_user, id)"),
    };
}

// The source-document manager: a copy of a document kept in the database (a PDF or text file,
// attached so that the register stays self-contained), one per document, removed with it.
QStringList sourceAttachments()
{
    return {
        QStringLiteral(R"(CREATE TABLE source_attachment (
    source_id INTEGER PRIMARY KEY REFERENCES source_document(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (file_name <> ''),
    media_type TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL,
    added_at TEXT NOT NULL DEFAULT ''
))"),
    };
}

// The shipped dataset once gave each source document the name of the file it was collected as
// ("002_9ada74c460f6a3a8.txt"), which resolves on no user's machine: Open then said a file was
// missing. Those five names are cleared (no web address of the documents themselves is known),
// so that Open shows the document's details and the words quoted, to find it by.
QStringList shippedSeedNamesCleared()
{
    return {
        QStringLiteral(R"(UPDATE source_document SET file = '' WHERE file IN (
    '000_a3946a66103ecd19.txt', '001_50a16f32a1cc7b8f.txt', '002_9ada74c460f6a3a8.txt',
    '003_f1d176b88125a052.txt', '004_d26f1a5a27509b7d.txt'))"),
    };
}

// The scheme list in its own order, read a screenful at a time: the first rows painted come from
// the head of this index instead of a sort of the whole register (978 ms on 50,000 schemes).
QStringList schemeListOrder()
{
    return {
        QStringLiteral("CREATE INDEX scheme_list_order ON scheme (name COLLATE NOCASE, area_key)"),
    };
}

// The undo journal: each recorded write's rows, as JSON images before and after, written in the
// write's own transaction (ChangeRecorder) instead of a change set of SQLite's session extension
// held in memory. A step names its journal; the change sets kept before cannot be read any more
// and their steps go (the register itself is untouched).
QStringList undoJournal()
{
    return {
        QStringLiteral("DELETE FROM undo_step"),
        QStringLiteral("ALTER TABLE undo_step ADD COLUMN journal INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE undo_journal (
    seq INTEGER PRIMARY KEY,
    journal INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op = 'I' OR op = 'U' OR op = 'D' OR op = 'R'),
    old_row TEXT,
    new_row TEXT
))"),
        QStringLiteral("CREATE INDEX undo_journal_journal ON undo_journal (journal, seq)"),
    };
}

// Version 11 changed a server register only (serverschema.cpp: undo recorded on the server); a
// file has nothing to do but take the number, which both engines share.
QStringList serverUndo()
{
    return {};
}

// Version 12 likewise (serverschema.cpp: the word search's indexes on a server); a file has its
// FTS5 tables since version 5.
QStringList serverWordSearch()
{
    return {};
}

// Version 13 likewise (serverschema.cpp: the word search's folding made quicker on a server).
QStringList serverQuickerFold()
{
    return {};
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps { version1(), version2(), version3(), foiRegister(),
        fullTextSearch(), undoHistory(), sourceAttachments(), shippedSeedNamesCleared(),
        schemeListOrder(), undoJournal(), serverUndo(), serverWordSearch(), serverQuickerFold() };
    return steps;
}

int currentVersion()
{
    return int(migrations().size());
}

} // namespace opcc::schema
