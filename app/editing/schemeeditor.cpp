// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemeeditor.h"

#include "editing/changesetcommand.h"
#include "editing/schemechangecommand.h"
#include "storage/changerecorder.h"
#include "storage/database.h"

#include <QUndoStack>

namespace opcc {

SchemeEditor::SchemeEditor(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(db)
    , m_stack(new QUndoStack(this))
    , m_store(db)
{
    // Whatever is pushed (an FOI request's step too) ends the steps that could be redone.
    connect(m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (!m_restoring && index == m_stack->count())
            m_store.removeUndone();
    });
}

SchemeEditor::~SchemeEditor() = default;

QString SchemeEditor::describe(
    const std::optional<SchemeRecord> &before, const std::optional<SchemeRecord> &after)
{
    if (!before && after)
        return tr("New scheme \"%1\"").arg(after->scheme.name);
    if (before && !after)
        return tr("Delete \"%1\"").arg(before->scheme.name);
    if (!before)
        return {};
    const QStringList fields = changedFields(*before, *after);
    if (fields == QStringList { QStringLiteral("figures") }) {
        const qsizetype added = after->figures.size() - before->figures.size();
        if (added == 1)
            return tr("Add figure to \"%1\"").arg(after->scheme.name);
        if (added == -1)
            return tr("Remove figure from \"%1\"").arg(after->scheme.name);
        return tr("Edit figures of \"%1\"").arg(after->scheme.name);
    }
    return tr("Edit \"%1\"").arg(after->scheme.name);
}

std::optional<SchemeRecord> SchemeEditor::change(
    const std::optional<SchemeRecord> &before, const std::optional<SchemeRecord> &after)
{
    const QString text = describe(before, after);
    SchemeWriter::Change change;
    change.from = before;
    change.to = after;
    change.check = SchemeWriter::Check::RowVersions;
    change.summary = text;
    if (before && after) {
        const QStringList fields = changedFields(*before, *after);
        if (fields.isEmpty())
            return before; // nothing to write
        change.summary = tr("%1: %2").arg(text, fields.join(QStringLiteral(", ")));
    }
    ChangeRecorder recorder(m_db);
    const auto result = m_writer.apply(change);
    if (!result)
        return std::nullopt;
    const qint64 id = result->stored ? result->stored->scheme.id : before->scheme.id;
    UndoStore::Step stored;
    stored.text = text;
    stored.entity = QStringLiteral("scheme");
    stored.entityId = id;
    stored.changes = recorder.changes();
    const qint64 storedId = stored.changes.isEmpty() ? 0 : m_store.add(stored).value_or(0);
    SchemeChangeCommand::Listener listener;
    listener.stepped = [this](qint64 scheme, bool exists) { emit schemeChanged(scheme, exists); };
    listener.failed = [this](const QString &message) { emit stepFailed(message); };
    if (storedId != 0) {
        listener.recorded = [this, storedId](bool done, const QByteArray &changes) {
            m_store.update(storedId, done, changes);
        };
        listener.dropped = [this, storedId] { m_store.remove(storedId); };
    }
    auto *command
        = new SchemeChangeCommand(m_writer, before, after, *result, text, std::move(listener));
    m_stack->push(command);
    emit schemeChanged(id, result->stored.has_value());
    return result->stored ? result->stored : before;
}

std::optional<SchemeRecord> SchemeEditor::createScheme(const SchemeRecord &record)
{
    SchemeRecord fresh = record;
    fresh.scheme.id = 0;
    for (Figure &figure : fresh.figures)
        figure.id = 0;
    return change(std::nullopt, fresh);
}

std::optional<SchemeRecord> SchemeEditor::saveScheme(
    const SchemeRecord &before, const SchemeRecord &after)
{
    return change(before, after);
}

bool SchemeEditor::deleteScheme(const SchemeRecord &record)
{
    return change(record, std::nullopt).has_value();
}

void SchemeEditor::pushStored(const UndoStore::Step &step)
{
    ChangesetCommand::Step command;
    command.text = step.text;
    command.entity = step.entity;
    command.entityId = step.entityId;
    command.changes = step.changes;
    command.done = step.done;
    command.storedId = step.id;
    ChangesetCommand::Listener listener;
    const qint64 schemeId = step.entity == QLatin1String("scheme") ? step.entityId : 0;
    listener.stepped = [this, schemeId](const ChangeSet &touched) {
        emit recordsStepped(touched);
        if (schemeId != 0)
            emit schemeChanged(schemeId, !touched.schemesRemoved.contains(schemeId));
    };
    listener.failed = [this](const QString &message) { emit stepFailed(message); };
    m_stack->push(new ChangesetCommand(m_db, &m_store, command, std::move(listener)));
}

void SchemeEditor::recordImport(const QString &text, const QByteArray &changes)
{
    record(text, QStringLiteral("import"), 0, changes);
}

void SchemeEditor::recordSourceChange(
    const QString &text, qint64 sourceId, const QByteArray &changes)
{
    record(text, QStringLiteral("source_document"), sourceId, changes);
}

void SchemeEditor::record(
    const QString &text, const QString &entity, qint64 id, const QByteArray &changes)
{
    if (changes.isEmpty())
        return;
    UndoStore::Step step;
    step.text = text;
    step.entity = entity;
    step.entityId = id;
    step.changes = changes;
    step.id = m_store.add(step).value_or(0);
    pushStored(step);
}

void SchemeEditor::restoreHistory()
{
    m_restoring = true;
    m_stack->clear();
    const QList<UndoStore::Step> steps = m_store.steps();
    ChangesetCommand::setRestoring(true);
    int done = 0;
    for (const UndoStore::Step &step : steps) {
        pushStored(step);
        done += step.done ? 1 : 0;
    }
    m_stack->setIndex(done);
    ChangesetCommand::setRestoring(false);
    m_restoring = false;
}

} // namespace opcc
