// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/changesetcommand.h"

#include "editing/schemewriter.h"
#include "storage/auditstore.h"
#include "storage/changerecorder.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/undostore.h"

#include <QCoreApplication>

namespace opcc {

namespace {

bool restoringStack = false;

} // namespace

ChangesetCommand::ChangesetCommand(Database &db, UndoStore *store, Step step, Listener listener)
    : QUndoCommand(step.text)
    , m_db(db)
    , m_store(store)
    , m_step(std::move(step))
    , m_listener(std::move(listener))
    , m_skipRedo(m_step.done)
{ }

void ChangesetCommand::setRestoring(bool restoring)
{
    restoringStack = restoring;
}

void ChangesetCommand::undo()
{
    if (restoringStack)
        return; // read back undone: its journal already goes forward
    step(true);
}

void ChangesetCommand::redo()
{
    if (m_skipRedo || restoringStack) {
        m_skipRedo = false;
        return;
    }
    step(false);
}

QString ChangesetCommand::recordJson() const
{
    if (m_step.entity == QLatin1String("source_document")) {
        const auto entry = SourceStore::reader(m_db).entry(m_step.entityId);
        return entry ? SourceStore::jsonOf(entry->document) : QString();
    }
    if (m_step.entity != QLatin1String("scheme") || m_step.entityId == 0)
        return {};
    SchemeWriter reader(m_db);
    const auto record = reader.read(m_step.entityId);
    return record ? toJsonText(*record) : QString();
}

bool ChangesetCommand::writeAudit(bool undoing, const ChangeSet &touched, const QString &before)
{
    const QString summary = undoing
        ? QCoreApplication::translate("SchemeChangeCommand", "Undo: %1").arg(text())
        : QCoreApplication::translate("SchemeChangeCommand", "Redo: %1").arg(text());
    QString action = QStringLiteral("import");
    if (m_step.entity == QLatin1String("scheme")) {
        action = touched.schemesInserted.contains(m_step.entityId) ? QStringLiteral("create")
            : touched.schemesRemoved.contains(m_step.entityId)     ? QStringLiteral("delete")
                                                                   : QStringLiteral("update");
    }
    const QString after = recordJson();
    if (m_step.entity == QLatin1String("source_document")) // there before, there after, or both
        action = after.isEmpty() ? QStringLiteral("delete")
            : before.isEmpty()   ? QStringLiteral("create")
                                 : QStringLiteral("update");
    if (!AuditStore(m_db).write(action, m_step.entity, m_step.entityId, summary, before, after))
        return false;
    if (m_step.entity != QLatin1String("import"))
        return true;
    // As the import itself did: each scheme's history says what happened to it.
    for (const qint64 id : touched.touchedSchemes()) {
        if (!AuditStore(m_db).write(action, QStringLiteral("scheme"), id, summary))
            return false;
    }
    return true;
}

bool ChangesetCommand::step(bool undoing)
{
    const QByteArray change = ChangeRecorder::inverted(m_step.changes);
    QString error;
    bool ok = !change.isEmpty();
    if (!ok)
        error = QCoreApplication::translate("ChangeRecorder", "the step's record is unreadable");
    Database::Transaction transaction(m_db);
    ok = ok && transaction.isActive();
    const QString before = ok ? recordJson() : QString();
    ok = ok && ChangeRecorder::apply(m_db, change, &error);
    const ChangeSet touched = ok ? ChangeRecorder::touched(m_db, change) : ChangeSet();
    // The records the journal wrote are announced with the commit, as any write's are (to the
    // other users of a server too), so that every view updates its rows.
    if (ok)
        m_db.noteWritten(touched);
    ok = ok && writeAudit(undoing, touched, before) && transaction.commit();
    if (!ok) {
        if (error.isEmpty())
            error = m_db.errorString();
        transaction.rollback();
        setObsolete(true);
        if (m_store && m_step.storedId != 0)
            m_store->remove(m_step.storedId);
        if (m_listener.failed)
            m_listener.failed(error);
        return false;
    }
    m_step.changes = change;
    m_step.done = !undoing;
    if (m_store && m_step.storedId != 0)
        m_store->update(m_step.storedId, m_step.done, m_step.changes);
    if (m_listener.stepped)
        m_listener.stepped(touched);
    return true;
}

} // namespace opcc
