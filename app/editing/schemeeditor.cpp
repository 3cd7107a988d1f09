// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemeeditor.h"

#include "editing/schemechangecommand.h"
#include "storage/database.h"

#include <QUndoStack>

namespace opcc {

SchemeEditor::SchemeEditor(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(db)
    , m_stack(new QUndoStack(this))
{ }

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
    const auto result = m_writer.apply(change);
    if (!result)
        return std::nullopt;
    SchemeChangeCommand::Listener listener;
    listener.stepped = [this](qint64 id, bool exists) { emit schemeChanged(id, exists); };
    listener.failed = [this](const QString &message) { emit stepFailed(message); };
    auto *command
        = new SchemeChangeCommand(m_writer, before, after, *result, text, std::move(listener));
    m_stack->push(command);
    const qint64 id = result->stored ? result->stored->scheme.id : before->scheme.id;
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

} // namespace opcc
