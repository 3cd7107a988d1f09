// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace opcc {

// What one committed transaction changed, collected by the Database as it writes and announced
// once at commit (Database::recordsChanged), so that a view updates the rows concerned instead
// of reading everything again. The kinds are what the writes did; a listener that re-reads the
// ids it is told of needs no more than that (a change undone by a savepoint shows up as a row
// that reads as it was).
struct ChangeSet
{
    QSet<qint64> schemesInserted;
    QSet<qint64> schemesUpdated;
    QSet<qint64> schemesRemoved;
    // Schemes whose figures were added, changed or removed.
    QSet<qint64> figuresOfSchemes;
    // Figures of any scheme may have changed (a bulk write that does not list them).
    bool allFigures = false;
    // Areas, measures, source documents or organisations were added, changed or removed.
    bool lookups = false;
    bool audit = false; // an audit entry was written
    // A user was given or lost a role (ServerUsers): each connection asks its own access again.
    bool roles = false;

    bool isEmpty() const
    {
        return schemesInserted.isEmpty() && schemesUpdated.isEmpty() && schemesRemoved.isEmpty()
            && figuresOfSchemes.isEmpty() && !allFigures && !lookups && !audit && !roles;
    }
    // Every scheme whose own row, or whose figures, changed.
    QSet<qint64> touchedSchemes() const
    {
        return QSet<qint64>(schemesInserted) | schemesUpdated | schemesRemoved | figuresOfSchemes;
    }
    bool touchesScheme(qint64 id) const
    {
        return allFigures || schemesInserted.contains(id) || schemesUpdated.contains(id)
            || schemesRemoved.contains(id) || figuresOfSchemes.contains(id);
    }
    bool touchesFiguresOf(qint64 id) const
    {
        return allFigures || figuresOfSchemes.contains(id) || schemesRemoved.contains(id)
            || schemesInserted.contains(id);
    }

    // The change as another user's connection is told of it (PostgreSQL's NOTIFY, whose payload
    // holds at most 8,000 bytes): compact JSON, the schemes' own rows and their figures as two
    // id lists of at most maxNoticeIds each. A list that long stands for more: a listener reads
    // itself again whole past SchemeTableModel's 200 row updates anyway.
    static constexpr int maxNoticeIds = 201;
    QString notice() const;
    // What a notice says: inserted, updated or removed schemes all come as updated (a listener
    // reads each id again and finds which). Empty for a payload that is not a notice.
    static ChangeSet fromNotice(const QString &payload);
};

} // namespace opcc

Q_DECLARE_METATYPE(opcc::ChangeSet)
