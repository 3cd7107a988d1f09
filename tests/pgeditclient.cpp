// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One client of tst_serverconcurrency: an officer's window reduced to what saving needs. It opens
// the server register, keeps its own view of some schemes (read once, then refreshed only when
// the server tells it another user changed one: Database::recordsChanged, as the window's list
// and detail are), and saves edits through SchemeEditor, the way EditController does, starting
// each edit from its view. A save that another user overtook is refused as a conflict; the
// client then reloads the scheme (what "Reload and Re-apply" starts with) and goes on.
//
//   pgeditclient ADDRESS CLIENT EDITS SCHEME,SCHEME,... GO_FILE
//
// Each edit appends the token "cCLIENTeEDIT;" to the scheme's description, so that the test can
// tell from the final rows which edits are in the register. It prints one line per edit,
// "applied SCHEME TOKEN" or "conflict SCHEME TOKEN", then "edits done", and keeps its view up to
// date until GO_FILE exists (every client has finished). It then waits (bounded) until its view
// equals what a fresh connection reads, and prints "view SCHEME ROW_VERSION DESCRIPTION" lines (the
// description in base64) and "converged" or "diverged". Exit code 0, or 1 when the register failed
// (not a conflict).

#include "editing/schemeeditor.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace opcc;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool sameView(const QHash<qint64, SchemeRecord> &view, Database &fresh)
{
    SchemeWriter reader(fresh);
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        const auto now = reader.read(it.key());
        if (!now || now->scheme.rowVersion != it->scheme.rowVersion
            || now->scheme.description != it->scheme.description)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 6) {
        std::fputs("usage: pgeditclient ADDRESS CLIENT EDITS SCHEME,SCHEME,... GO_FILE\n", stderr);
        return 2;
    }
    const QString address = arguments.at(1);
    const int client = arguments.at(2).toInt();
    const int edits = arguments.at(3).toInt();
    QList<qint64> ids;
    for (const QString &id : arguments.at(4).split(QLatin1Char(',')))
        ids.append(id.toLongLong());
    const QString goFile = arguments.at(5);

    Database db;
    const auto opened = db.open(address);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open the register: %s\n", qPrintable(opened.message));
        return 1;
    }
    SchemeEditor editor(db);
    QHash<qint64, SchemeRecord> view;
    for (qint64 id : ids) {
        const auto record = editor.load(id);
        if (!record) {
            std::fprintf(stderr, "cannot read scheme %lld\n", static_cast<long long>(id));
            return 1;
        }
        view.insert(id, *record);
    }
    // Another user's change arrives as the window's does: the schemes it names are read again.
    // This client's own saves are announced too; reading again then changes nothing.
    QObject::connect(&db, &Database::recordsChanged, &db, [&](const ChangeSet &changes) {
        for (auto it = view.begin(); it != view.end(); ++it) {
            if (changes.touchesScheme(it.key())) {
                if (const auto record = editor.load(it.key()))
                    *it = *record;
            }
        }
    });

    // Each client its own sequence, the same from one run to the next.
    QRandomGenerator random(static_cast<quint32>(1000 + client));
    for (int edit = 0; edit < edits; ++edit) {
        QCoreApplication::processEvents();
        const qint64 id
            = ids.at(static_cast<int>(random.bounded(static_cast<quint32>(ids.size()))));
        const SchemeRecord before = view.value(id);
        SchemeRecord after = before;
        const QString token = QStringLiteral("c%1e%2;").arg(client).arg(edit);
        after.scheme.description += token;
        const auto saved = editor.saveScheme(before, after);
        if (saved) {
            view.insert(id, *saved);
            out() << "applied " << id << ' ' << token << '\n';
        } else if (editor.problem() == SchemeWriter::Problem::Conflict) {
            out() << "conflict " << id << ' ' << token << '\n';
            if (const auto record = editor.load(id))
                view.insert(id, *record);
        } else {
            out() << "failed " << id << ' ' << token << ' ' << editor.errorString() << '\n';
            out().flush();
            return 1;
        }
    }
    out() << "edits done\n";
    out().flush();

    while (!QFile::exists(goFile))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    // Every client has finished: the notifications of the last edits may still be on their way.
    Database fresh;
    if (!fresh.open(address).ok()) {
        std::fputs("cannot open a second connection\n", stderr);
        return 1;
    }
    QDeadlineTimer patience(20000);
    bool converged = sameView(view, fresh);
    while (!converged && !patience.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
        converged = sameView(view, fresh);
    }
    for (auto it = view.cbegin(); it != view.cend(); ++it)
        out() << "view " << it.key() << ' ' << it->scheme.rowVersion << ' '
              << it->scheme.description.toUtf8().toBase64() << '\n';
    out() << (converged ? "converged\n" : "diverged\n");
    out().flush();
    return 0;
}
