// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "foi/foirequest.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace opcc {

class FoiEditor;

// One step of the undo history: an FOI request going from one state to another (an absent state
// is a request that does not exist). The change is already written when the step is pushed, so
// the first redo() does nothing. A step the register no longer allows (another copy of the app
// changed the request) writes nothing, says why and leaves the history.
class FoiChangeCommand final : public QUndoCommand
{
public:
    struct Listener
    {
        std::function<void(qint64 id, bool exists)> stepped;
        std::function<void(const QString &message)> failed;
    };

    FoiChangeCommand(FoiEditor &editor, std::optional<FoiRequest> before,
        std::optional<FoiRequest> after, const QString &text, Listener listener);

    void undo() override;
    void redo() override;

private:
    void step(
        const std::optional<FoiRequest> &from, const std::optional<FoiRequest> &to, bool undoing);

    FoiEditor &m_editor;
    std::optional<FoiRequest> m_before;
    std::optional<FoiRequest> m_after;
    Listener m_listener;
    bool m_skipRedo = true;
};

} // namespace opcc
