// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editing/schemewriter.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace opcc {

// One step of the undo history: a scheme going from one state to another (either may be absent,
// for a creation or a deletion). The change has already been written when the step is pushed,
// so the first redo() does nothing. A step that cannot be undone or redone because the register
// changed underneath (another copy of the app) writes nothing, reports why and drops itself
// from the history.
class SchemeChangeCommand final : public QUndoCommand
{
public:
    struct Listener
    {
        std::function<void(qint64 schemeId, bool exists)> stepped;
        std::function<void(const QString &message)> failed;
        // After each undo or redo: whether the step is now done, and the journal of the
        // write (ChangeRecorder), for the history kept in the database.
        std::function<void(bool done, const QByteArray &changes)> recorded;
        std::function<void()> dropped; // the step left the history
    };

    SchemeChangeCommand(SchemeWriter &writer, std::optional<SchemeRecord> before,
        std::optional<SchemeRecord> after, const SchemeWriter::Result &applied, const QString &text,
        Listener listener);

    void undo() override;
    void redo() override;

    // The scheme the step changes (its id stays the same through undo and redo).
    qint64 schemeId() const;

private:
    bool step(const std::optional<SchemeRecord> &from, const std::optional<SchemeRecord> &to,
        bool undoing);

    SchemeWriter &m_writer;
    std::optional<SchemeRecord> m_before;
    std::optional<SchemeRecord> m_after;
    QStringList m_createdOrganisations;
    QStringList m_createdSources;
    QList<FoiSchemeLink> m_foiLinks; // the FOI requests a deleted scheme was taken out of
    Listener m_listener;
    bool m_skipRedo = true;
};

} // namespace opcc
