// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/sourceeditor.h"

#include "editing/schemeeditor.h"
#include "storage/changerecorder.h"
#include "storage/database.h"

namespace opcc {

SourceEditor::SourceEditor(Database &db, SchemeEditor *history)
    : m_db(db)
    , m_history(history)
{ }

bool SourceEditor::recorded(const QString &text, const std::function<qint64()> &write)
{
    std::optional<ChangeRecorder> recorder;
    if (m_history)
        recorder.emplace(m_db);
    const qint64 id = write();
    if (id == 0)
        return false;
    if (recorder)
        m_history->recordSourceChange(text, id, recorder->changes());
    return true;
}

QString SourceEditor::titleOf(qint64 id) const
{
    const std::optional<SourceEntry> entry = SourceStore::reader(m_db).entry(id);
    return entry ? entry->document.title : QString();
}

std::optional<qint64> SourceEditor::insert(const SourceDocument &document)
{
    std::optional<qint64> id;
    const bool ok = recorded(tr("New source \"%1\"").arg(document.title.trimmed()), [&] {
        id = SourceStore(m_db).insert(document);
        return id.value_or(0);
    });
    return ok ? id : std::nullopt;
}

bool SourceEditor::update(const SourceDocument &document)
{
    return recorded(tr("Edit of source \"%1\"").arg(titleOf(document.id)),
        [&] { return SourceStore(m_db).update(document) ? document.id : 0; });
}

bool SourceEditor::remove(qint64 id)
{
    return recorded(tr("Delete source \"%1\"").arg(titleOf(id)),
        [&] { return SourceStore(m_db).remove(id) ? id : 0; });
}

bool SourceEditor::attach(qint64 sourceId, const SourceAttachment &attachment)
{
    return recorded(
        tr("Attach \"%1\" to source \"%2\"").arg(attachment.fileName, titleOf(sourceId)),
        [&] { return SourceStore(m_db).attach(sourceId, attachment) ? sourceId : 0; });
}

bool SourceEditor::detach(qint64 sourceId)
{
    return recorded(tr("Remove the copy of source \"%1\"").arg(titleOf(sourceId)),
        [&] { return SourceStore(m_db).detach(sourceId) ? sourceId : 0; });
}

} // namespace opcc
