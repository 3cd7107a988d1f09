// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace opcc {

class Database;
class SchemeEditor;

// The source-document manager's writes (SourceStore's, each with its audit entry), made steps
// of the undo history the schemes' edits use: Edit > Undo takes back "Edit of source "X"" as
// it takes back a scheme's edit, in the order they were made, and the step is kept for the
// next run as theirs are. Without a history (none given), the writes are made all the same.
class SourceEditor final
{
    Q_DECLARE_TR_FUNCTIONS(SourceEditor)

public:
    SourceEditor(Database &db, SchemeEditor *history);

    std::optional<qint64> insert(const SourceDocument &document);
    bool update(const SourceDocument &document);
    bool remove(qint64 id);
    bool attach(qint64 sourceId, const SourceAttachment &attachment);
    bool detach(qint64 sourceId);

    SchemeEditor *history() const { return m_history; }

private:
    // Runs write, recording what it changed as one undo step named text; false when it failed.
    bool recorded(const QString &text, const std::function<qint64()> &write);
    QString titleOf(qint64 id) const;

    Database &m_db;
    SchemeEditor *m_history;
};

} // namespace opcc
