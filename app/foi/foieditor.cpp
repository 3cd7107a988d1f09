// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foieditor.h"

#include "foi/foichangecommand.h"
#include "foi/foivalidator.h"
#include "storage/auditstore.h"
#include "storage/database.h"

#include <QUndoStack>

namespace opcc {

FoiEditor::FoiEditor(Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_stack(stack)
{ }

bool FoiEditor::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    return false;
}

FoiRequest FoiEditor::normalised(FoiRequest request)
{
    request.reference = request.reference.trimmed();
    if (!request.dueExtended)
        request.due = foi::computedDue(request);
    if (request.subject.trimmed().isEmpty()) {
        const QString first = request.questions.trimmed().section(QLatin1Char('\n'), 0, 0);
        request.subject = first.size() > 120 ? first.left(119) + QChar(0x2026) : first;
    }
    return request;
}

QString FoiEditor::describe(
    const std::optional<FoiRequest> &before, const std::optional<FoiRequest> &after)
{
    if (!before && after)
        return tr("New request %1").arg(after->reference);
    if (before && !after)
        return tr("Delete request %1").arg(before->reference);
    if (before && after && before->status != after->status)
        return tr("%1: %2").arg(after->reference, foi::statusLabel(after->status));
    return after ? tr("Edit request %1").arg(after->reference) : QString();
}

bool FoiEditor::holdsStart(const std::optional<FoiRequest> &from, Check check)
{
    const std::optional<FoiRequest> current
        = from ? m_store.request(from->id) : std::optional<FoiRequest>();
    if (m_db.lastFailure() != Database::Failure::None && !current && from)
        return fail(Problem::Failed, m_db.errorString());
    if (!from)
        return true;
    if (!current)
        return fail(Problem::Conflict,
            tr("%1 was deleted in another copy of OPCC Schemes since "
               "you opened it.")
                .arg(from->reference));
    const bool same = check == Check::Content ? sameContent(*current, *from)
                                              : current->rowVersion == from->rowVersion;
    if (!same)
        return fail(Problem::Conflict,
            tr("%1 was changed in another copy of OPCC Schemes since "
               "you opened it.")
                .arg(from->reference));
    return true;
}

bool FoiEditor::validate(const FoiRequest &request)
{
    m_issues = foi::checkRequest(request);
    if (const auto taken
        = foi::checkReferenceFree(request, m_store.idOfReference(request.reference)))
        m_issues.append(*taken);
    if (m_issues.isEmpty())
        return true;
    return fail(Problem::Invalid, m_issues.constFirst().message);
}

std::optional<FoiRequest> FoiEditor::write(const std::optional<FoiRequest> &from,
    const std::optional<FoiRequest> &to, const QString &summary)
{
    const QString before = from ? foi::toJson(*from) : QString();
    qint64 id = to ? to->id : from->id;
    bool ok = true;
    if (!to) {
        ok = m_store.remove(from->id);
    } else if (!from) {
        const auto inserted = m_store.insert(*to);
        ok = inserted.has_value();
        id = inserted.value_or(0);
    } else {
        ok = m_store.update(*to);
    }
    std::optional<FoiRequest> stored = ok && to ? m_store.request(id) : std::nullopt;
    ok = ok && (!to || stored);
    const QString action = !from ? QStringLiteral("create")
        : !to                    ? QStringLiteral("delete")
                                 : QStringLiteral("update");
    ok = ok
        && AuditStore(m_db).write(action, QStringLiteral("foi_request"), id, summary, before,
            stored ? foi::toJson(*stored) : QString());
    if (!ok) {
        fail(Problem::Failed, m_db.errorString());
        return std::nullopt;
    }
    return stored ? stored : from;
}

std::optional<FoiRequest> FoiEditor::apply(const std::optional<FoiRequest> &from,
    const std::optional<FoiRequest> &to, Check check, const QString &summary)
{
    m_problem = Problem::None;
    m_error.clear();
    m_issues.clear();
    std::optional<FoiRequest> target = to ? std::optional(normalised(*to)) : std::nullopt;
    if (target && !validate(*target))
        return std::nullopt;
    Database::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(Problem::Failed, m_db.errorString());
        return std::nullopt;
    }
    if (!holdsStart(from, check))
        return std::nullopt;
    const auto stored = write(from, target, summary);
    if (!stored || !transaction.commit()) {
        if (m_problem == Problem::None)
            fail(Problem::Failed, m_db.errorString());
        return std::nullopt;
    }
    return stored;
}

std::optional<FoiRequest> FoiEditor::change(
    const std::optional<FoiRequest> &before, const std::optional<FoiRequest> &after)
{
    const QString text = describe(before, after);
    const auto stored = apply(before, after, Check::RowVersion, text);
    if (!stored)
        return std::nullopt;
    const bool exists = after.has_value();
    const std::optional<FoiRequest> now = exists ? stored : std::nullopt;
    if (m_stack) {
        FoiChangeCommand::Listener listener;
        listener.stepped = [this](qint64 id, bool there) { emit requestChanged(id, there); };
        listener.failed = [this](const QString &message) { emit stepFailed(message); };
        m_stack->push(new FoiChangeCommand(*this, before, now, text, std::move(listener)));
    }
    emit requestChanged(stored->id, exists);
    return stored;
}

std::optional<FoiRequest> FoiEditor::create(const FoiRequest &request)
{
    FoiRequest fresh = request;
    fresh.id = 0;
    return change(std::nullopt, fresh);
}

std::optional<FoiRequest> FoiEditor::save(const FoiRequest &before, const FoiRequest &after)
{
    FoiRequest edited = after;
    edited.id = before.id;
    if (sameContent(normalised(edited), before))
        return before;
    return change(before, edited);
}

bool FoiEditor::remove(const FoiRequest &request)
{
    return change(request, std::nullopt).has_value();
}

} // namespace opcc
