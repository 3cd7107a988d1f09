// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foichangecommand.h"

#include "foi/foieditor.h"

#include <QCoreApplication>

namespace opcc {

FoiChangeCommand::FoiChangeCommand(FoiEditor &editor, std::optional<FoiRequest> before,
    std::optional<FoiRequest> after, const QString &text, Listener listener)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_listener(std::move(listener))
{ }

void FoiChangeCommand::undo()
{
    step(m_after, m_before, true);
}

void FoiChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    step(m_before, m_after, false);
}

void FoiChangeCommand::step(
    const std::optional<FoiRequest> &from, const std::optional<FoiRequest> &to, bool undoing)
{
    const QString summary = undoing
        ? QCoreApplication::translate("SchemeChangeCommand", "Undo: %1").arg(text())
        : QCoreApplication::translate("SchemeChangeCommand", "Redo: %1").arg(text());
    // The state left behind is the one written, id and due date included; what it is compared
    // with next time is what was read back.
    const auto stored = m_editor.apply(from, to, FoiEditor::Check::Content, summary);
    if (!stored) {
        setObsolete(true);
        if (m_listener.failed)
            m_listener.failed(m_editor.errorString());
        return;
    }
    if (to) {
        std::optional<FoiRequest> &kept = undoing ? m_before : m_after;
        kept = stored;
    }
    const qint64 id = to ? to->id : from->id;
    if (m_listener.stepped)
        m_listener.stepped(id, to.has_value());
}

} // namespace opcc
