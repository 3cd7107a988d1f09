// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemechangecommand.h"

#include "storage/changerecorder.h"

#include <QCoreApplication>

namespace opcc {

SchemeChangeCommand::SchemeChangeCommand(SchemeWriter &writer, std::optional<SchemeRecord> before,
    std::optional<SchemeRecord> after, const SchemeWriter::Result &applied, const QString &text,
    Listener listener)
    : QUndoCommand(text)
    , m_writer(writer)
    , m_before(std::move(before))
    , m_after(applied.stored ? applied.stored : std::move(after))
    , m_createdOrganisations(applied.createdOrganisations)
    , m_createdSources(applied.createdSources)
    , m_foiLinks(applied.removedFoiLinks)
    , m_listener(std::move(listener))
{ }

qint64 SchemeChangeCommand::schemeId() const
{
    return m_after ? m_after->scheme.id : m_before ? m_before->scheme.id : 0;
}

void SchemeChangeCommand::undo()
{
    step(m_after, m_before, true);
}

void SchemeChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    step(m_before, m_after, false);
}

bool SchemeChangeCommand::step(
    const std::optional<SchemeRecord> &from, const std::optional<SchemeRecord> &to, bool undoing)
{
    SchemeWriter::Change change;
    change.from = from;
    change.to = to;
    change.check = SchemeWriter::Check::Content;
    change.summary = undoing
        ? QCoreApplication::translate("SchemeChangeCommand", "Undo: %1").arg(text())
        : QCoreApplication::translate("SchemeChangeCommand", "Redo: %1").arg(text());
    if (undoing) {
        change.pruneOrganisations = m_createdOrganisations;
        change.pruneSources = m_createdSources;
    }
    if (!from && to)
        m_writer.setFoiLinksToRestore(m_foiLinks); // a deletion undone, or a creation redone
    ChangeRecorder recorder(m_writer.database());
    const auto result = m_writer.apply(change);
    if (!result) {
        setObsolete(true);
        if (m_listener.dropped)
            m_listener.dropped();
        if (m_listener.failed)
            m_listener.failed(m_writer.errorString());
        return false;
    }
    if (!undoing) {
        m_createdOrganisations = result->createdOrganisations;
        m_createdSources = result->createdSources;
    }
    if (!to)
        m_foiLinks = result->removedFoiLinks; // deleted again: the links as they are now
    if (m_listener.recorded)
        m_listener.recorded(!undoing, recorder.changes());
    if (m_listener.stepped)
        m_listener.stepped(schemeId(), to.has_value());
    return true;
}

} // namespace opcc
