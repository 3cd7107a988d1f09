// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV export holds every field of the database: exported, imported into an empty database and
// exported again it gives the same bytes, and the two databases agree table by table, column by
// column. An export is one snapshot while another connection writes, and it replaces all the
// files or none.

#include "importfixture.h"
#include "interchange/csvimporter.h"
#include "interchange/csvwriter.h"
#include "interchange/xlsxexporter.h"
#include "storage/lookupstore.h"

#include <QBuffer>
#include <QSqlRecord>

using namespace testsupport;
using opcc::CsvExporter;
using opcc::CsvImporter;
using opcc::Database;
using opcc::interchange::FileKind;

namespace {

QStringList exportFiles()
{
    return CsvExporter::exportedFileNames();
}

// Every row of every register table, with ids replaced by what they stand for (ids and row
// versions are the database's own bookkeeping, and the audit log is history, not register), as
// sorted lines "table: column=value|...".
QStringList tableContents(const QString &path)
{
    const QString name = QStringLiteral("compare-") + path;
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return { QStringLiteral("cannot open %1").arg(path) };
        const QStringList queries {
            QStringLiteral("SELECT 'area', name, nation, region FROM area"),
            QStringLiteral("SELECT 'organisation', name FROM organisation"),
            QStringLiteral("SELECT 'source_document', title, kind, publisher, reference, issued, "
                           "file FROM source_document"),
            QStringLiteral("SELECT 'source_attachment', d.title, a.file_name, a.media_type, "
                           "hex(a.content), a.added_at FROM source_attachment a JOIN "
                           "source_document d ON d.id = a.source_id"),
            QStringLiteral("SELECT 'measure', key, label, unit, higher_is_better, description FROM "
                           "measure"),
            QStringLiteral("SELECT 'scheme', s.name, s.area_key, s.strand, s.status, s.start_date, "
                           "s.end_date, s.summary, s.description, s.eligibility, d.title FROM "
                           "scheme s LEFT JOIN source_document d ON d.id = s.source_id"),
            QStringLiteral("SELECT 'scheme_area', s.name, s.area_key, a.name FROM scheme_area x "
                           "JOIN scheme s ON s.id = x.scheme_id JOIN area a ON a.id = x.area_id"),
            QStringLiteral("SELECT 'scheme_organisation', s.name, s.area_key, o.name, x.role, "
                           "x.position FROM scheme_organisation x JOIN scheme s ON s.id = "
                           "x.scheme_id JOIN organisation o ON o.id = x.organisation_id"),
            QStringLiteral("SELECT 'figure', s.name, s.area_key, m.key, f.value_x100, "
                           "f.value_high_x100, f.qualifier, f.per, f.baseline, f.period_start, "
                           "f.period_end, f.period_label, f.note, d.title, f.quote FROM figure f "
                           "JOIN scheme s ON s.id = f.scheme_id JOIN measure m ON m.id = "
                           "f.measure_id LEFT JOIN source_document d ON d.id = f.source_id"),
        };
        QSqlQuery q(db);
        for (const QString &sql : queries) {
            if (!q.exec(sql)) {
                lines.append(q.lastError().text());
                continue;
            }
            while (q.next()) {
                QStringList values;
                const QSqlRecord record = q.record();
                for (int i = 1; i < record.count(); ++i)
                    values.append(record.fieldName(i) + QLatin1Char('=')
                        + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
                lines.append(
                    q.value(0).toString() + QStringLiteral(": ") + values.join(QLatin1Char('|')));
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    lines.sort();
    return lines;
}

} // namespace

class tst_FullExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void filesStartWithAByteOrderMark();
    void roundTripThroughAnEmptyDatabase();
    void snapshotUnderAConcurrentWriter();
    void outcomesAsTheirRowsGive_data();
    void outcomesAsTheirRowsGive();
    void failureBeforeRenameKeepsOldFiles_data();
    void failureBeforeRenameKeepsOldFiles();
    void unwritableFolderSaysWhy();
    void attachmentsTravel_data();
    void attachmentsTravel();
    void attachmentFolderIsReplaced();
    void attachmentErrors_data();
    void attachmentErrors();

private:
    // Puts into the database what the shipped dataset does not exercise: an organisation no
    // scheme names, an area's region changed, a measure's description, partners in order.
    void enrich(const QString &database)
    {
        QVERIFY(runRawSql(database,
            { QStringLiteral("INSERT INTO organisation (name) VALUES ('Unlinked Trust')"),
                QStringLiteral("UPDATE area SET region = 'Wales, South' WHERE name = 'Gwent'"),
                QStringLiteral("UPDATE measure SET description = 'people \"referred\", "
                               "=not a formula' WHERE key = 'referrals'"),
                QStringLiteral("UPDATE scheme SET eligibility = 'Adults, 18+' WHERE name "
                               "= 'DIVERT' AND area_key = 'West Mercia'"),
                QStringLiteral("UPDATE source_document SET issued = '2023-03', "
                               "reference = '-ref' WHERE title LIKE 'Wiltshire%'") }));
        QVERIFY(runRawSql(database, attachmentStatements()));
    }
    // Copies attached to four documents: a PDF with bytes no text holds, and names that collide
    // (ignoring case), that no file system takes as they are, and that look like formulas.
    static QStringList attachmentStatements()
    {
        const auto attach = [](int offset, const char *name, const char *type, const char *hex) {
            return QStringLiteral("INSERT INTO source_attachment (source_id, file_name, "
                                  "media_type, content, added_at) SELECT id, '%1', '%2', X'%3', "
                                  "'2026-11-%4T10:00:00Z' FROM source_document ORDER BY title "
                                  "LIMIT 1 OFFSET %5")
                .arg(QLatin1String(name), QLatin1String(type), QLatin1String(hex))
                .arg(10 + offset)
                .arg(offset);
        };
        return { attach(0, "reply.pdf", "application/pdf", "255044462D312E340A00FF0D0A"),
            attach(1, "Reply.PDF", "application/pdf", "25504446"),
            attach(2, "minutes: 3/4?.txt", "text/plain", "C2A3353030206B0A"),
            attach(3, "=cmd.txt", "", "") };
    }
    ImportFixture m_files;
};

void tst_FullExport::filesStartWithAByteOrderMark()
{
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    const QString dir = m_files.filePath(QStringLiteral("out"));
    QVERIFY(CsvExporter(db).exportTo(dir));
    for (const QString &name : exportFiles()) {
        const QByteArray bytes = fileBytes(QDir(dir).filePath(name));
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name));
        QVERIFY2(!bytes.contains("\r\n"), qPrintable(name));
    }
    // Nothing else is left in the folder: no temporary or set-aside files.
    QStringList expected = exportFiles();
    expected.sort();
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

void tst_FullExport::roundTripThroughAnEmptyDatabase()
{
    const QString first = m_files.freshDatabase();
    enrich(first);
    const QString dirA = m_files.filePath(QStringLiteral("a"));
    const QString dirB = m_files.filePath(QStringLiteral("b"));
    {
        Database db;
        QVERIFY(db.open(first).ok());
        QVERIFY(CsvExporter(db).exportTo(dirA));
    }
    const QString second = m_files.filePath(QStringLiteral("empty.sqlite"));
    {
        Database db;
        QVERIFY(db.create(second).ok());
        // The FOI register's files are written but not read back by the import yet.
        QStringList files;
        for (FileKind kind : CsvExporter::exportedKinds())
            files.append(QDir(dirA).filePath(opcc::interchange::fileName(kind)));
        CsvImporter importer(db);
        const auto summary = importer.run(files, CsvImporter::Mode::Write);
        QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
        QVERIFY(summary.written);
        QVERIFY(CsvExporter(db).exportTo(dirB));
    }
    for (const QString &name : exportFiles())
        QCOMPARE(fileBytes(QDir(dirB).filePath(name)), fileBytes(QDir(dirA).filePath(name)));
    // The copies' own files, byte for byte, under the names attachments.csv gives them.
    const QStringList copies = QDir(dirA + QStringLiteral("/attachments")).entryList(QDir::Files);
    QCOMPARE(copies,
        QStringList({ QStringLiteral("=cmd.txt"), QStringLiteral("minutes_ 3_4_.txt"),
            QStringLiteral("Reply (2).PDF"), QStringLiteral("reply.pdf") }));
    QCOMPARE(QDir(dirB + QStringLiteral("/attachments")).entryList(QDir::Files), copies);
    for (const QString &name : copies) {
        const QString path = QStringLiteral("/attachments/") + name;
        QCOMPARE(fileBytes(dirB + path), fileBytes(dirA + path));
    }
    QCOMPARE(fileBytes(dirA + QStringLiteral("/attachments/reply.pdf")),
        QByteArray("%PDF-1.4\n\0\xFF\r\n", 13));
    const QStringList a = tableContents(first);
    const QStringList b = tableContents(second);
    QVERIFY(a.size() > 500);
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        QCOMPARE(b.at(i), a.at(i));
    QCOMPARE(b.size(), a.size());
}

void tst_FullExport::snapshotUnderAConcurrentWriter()
{
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    const QString dir = m_files.filePath(QStringLiteral("out"));
    CsvExporter exporter(db);
    int writes = 0;
    // After schemes.csv is written another connection deletes a scheme with figures and adds a
    // figure; after outcomes.csv it renames an area. None of it may show up in this export.
    exporter.setStageHook([&](std::optional<FileKind> kind) {
        if (kind == FileKind::Schemes) {
            QString error;
            const bool ok = runRawSql(database,
                { QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral(
                        "DELETE FROM scheme WHERE name = 'DIVERT' AND area_key = 'West Mercia'"),
                    QStringLiteral("INSERT INTO figure (scheme_id, measure_id, value_x100) SELECT "
                                   "s.id, m.id, 4200 FROM scheme s, measure m WHERE s.name = "
                                   "'Operation Scorpion' AND m.key = 'referrals'") },
                &error);
            writes += ok ? 1 : 0;
            if (!ok)
                qWarning("%s", qPrintable(error));
        } else if (kind == FileKind::Outcomes) {
            writes += runRawSql(database, { QStringLiteral("UPDATE area SET region = 'Changed'") })
                ? 1
                : 0;
        }
        return true;
    });
    QVERIFY2(exporter.exportTo(dir), qPrintable(exporter.errorString()));
    QCOMPARE(writes, 2); // the other connection did commit, between the reads
    const QByteArray schemes = fileBytes(QDir(dir).filePath(QStringLiteral("schemes.csv")));
    const QByteArray outcomes = fileBytes(QDir(dir).filePath(QStringLiteral("outcomes.csv")));
    QVERIFY(schemes.contains("\nDIVERT,West Mercia,"));
    QVERIFY(outcomes.contains("\nDIVERT,West Mercia,referrals,943,"));
    QVERIFY(!outcomes.contains(",referrals,42,"));
    QCOMPARE(exporter.figuresWritten(), 129);
    QVERIFY(!fileBytes(QDir(dir).filePath(QStringLiteral("areas.csv"))).contains("Changed"));
    // The next export sees the writes.
    QVERIFY(CsvExporter(db).exportTo(dir));
    QVERIFY(!fileBytes(QDir(dir).filePath(QStringLiteral("schemes.csv")))
                 .contains("\nDIVERT,West Mercia,"));
}

void tst_FullExport::outcomesAsTheirRowsGive_data()
{
    QTest::addColumn<QString>("update"); // SQL run on the first figure (%1: its id) or its scheme
    QTest::addColumn<QByteArray>("expected"); // in outcomes.csv
    QTest::addColumn<QByteArray>("absent"); // not in it
    const auto figure = [](const QString &set) {
        return QStringLiteral("UPDATE figure SET %1 WHERE id = %2").arg(set, QStringLiteral("%1"));
    };
    QTest::newRow("formulaNote") << figure(QStringLiteral("note = '=SUM(A1)'"))
                                 << QByteArray(",'=SUM(A1),") << QByteArray();
    QTest::newRow("apostrophesThenPlus")
        << figure(QStringLiteral("note = '''''+1'")) << QByteArray(",'''+1,") << QByteArray();
    QTest::newRow("quotesCommaLineBreak")
        << figure(QStringLiteral("note = 'say \"hi\", then' || char(10) || 'leave'"))
        << QByteArray(",\"say \"\"hi\"\", then\nleave\",") << QByteArray();
    QTest::newRow("tab") << figure(QStringLiteral("note = char(9) || 'tabbed'"))
                         << QByteArray(",'\ttabbed,") << QByteArray();
    QTest::newRow("carriageReturn")
        << figure(QStringLiteral("quote = char(13)")) << QByteArray(",\"'\r\"\n") << QByteArray();
    QTest::newRow("notAscii") << figure(QStringLiteral("quote = '£5 a head, ŵ'"))
                              << QByteArray(",\"£5 a head, ŵ\"\n") << QByteArray();
    QTest::newRow("minusLabel") << figure(QStringLiteral("period_label = '-3 months'"))
                                << QByteArray(",'-3 months,") << QByteArray();
    QTest::newRow("negative") << figure(
        QStringLiteral("value_x100 = -1250, value_high_x100 = NULL"))
                              << QByteArray(",-12.5,,") << QByteArray();
    QTest::newRow("negativeHundredths")
        << figure(QStringLiteral("value_x100 = -5, value_high_x100 = NULL"))
        << QByteArray(",-0.05,,") << QByteArray();
    QTest::newRow("whole") << figure(QStringLiteral("value_x100 = 100000, value_high_x100 = NULL"))
                           << QByteArray(",1000,,") << QByteArray();
    QTest::newRow("range") << figure(
        QStringLiteral("value_x100 = 150, value_high_x100 = 275, qualifier = 'range'"))
                           << QByteArray(",1.5,2.75,") << QByteArray();
    QTest::newRow("spacedYear") << figure(QStringLiteral("period_start = ' 2023 '"))
                                << QByteArray(",2023,") << QByteArray(" 2023 ");
    QTest::newRow("noSuchMonth") << figure(QStringLiteral("period_end = '2023-13'"))
                                 << QByteArray(",,") << QByteArray("2023-13");
    QTest::newRow("noSuchDay") << figure(QStringLiteral("period_end = '2023-02-30'"))
                               << QByteArray(",,") << QByteArray("2023-02-30");
    QTest::newRow("noSource") << figure(QStringLiteral("source_id = NULL, note = 'unsourced'"))
                              << QByteArray(",unsourced,") << QByteArray();
    QTest::newRow("sourceTitleFormula")
        << QStringLiteral("UPDATE source_document SET title = '=HYPERLINK(\"x\")' WHERE id = "
                          "(SELECT min(source_id) FROM figure WHERE id >= %1)")
        << QByteArray(",\"'=HYPERLINK(\"\"x\"\")\",") << QByteArray();
    QTest::newRow("schemeNameFormula")
        << QStringLiteral("UPDATE scheme SET name = '=Bad, name' WHERE id = "
                          "(SELECT scheme_id FROM figure WHERE id = %1)")
        << QByteArray("\n\"'=Bad, name\",") << QByteArray();
}

// A file's outcomes.csv is written byte by byte from the stored rows: it must hold the bytes that
// forEachOutcomeRow's rows (what the workbook and a server's export write) give through
// CsvWriter, whatever the fields hold.
void tst_FullExport::outcomesAsTheirRowsGive()
{
    QFETCH(QString, update);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, absent);
    const QString database = m_files.freshDatabase();
    QString error;
    QVERIFY2(
        runRawSql(database, { update.arg(QStringLiteral("(SELECT min(id) FROM figure)")) }, &error),
        qPrintable(error));
    Database db;
    QVERIFY(db.open(database).ok());
    const QString dir = m_files.filePath(QStringLiteral("out"));
    CsvExporter exporter(db);
    QVERIFY2(exporter.exportTo(dir), qPrintable(exporter.errorString()));
    const QByteArray written = fileBytes(QDir(dir).filePath(QStringLiteral("outcomes.csv")));
    QVERIFY2(written.contains(expected), written.left(2000).constData());
    QVERIFY(absent.isEmpty() || !written.contains(absent));

    QBuffer rows;
    QVERIFY(rows.open(QIODevice::WriteOnly));
    opcc::CsvWriter writer(&rows);
    QVERIFY(writer.writeByteOrderMark());
    int count = -1;
    QVERIFY(exporter.forEachOutcomeRow([&](const QStringList &row) {
        ++count;
        return writer.writeRow(row);
    }));
    QCOMPARE(count, exporter.figuresWritten());
    QCOMPARE(written, rows.data());
}

void tst_FullExport::failureBeforeRenameKeepsOldFiles_data()
{
    QTest::addColumn<int>("failAfter"); // a FileKind, or -1 for just before the renames
    QTest::newRow("afterSchemes") << int(FileKind::Schemes);
    QTest::newRow("afterOutcomes") << int(FileKind::Outcomes);
    QTest::newRow("beforeRename") << -1;
}

void tst_FullExport::failureBeforeRenameKeepsOldFiles()
{
    QFETCH(int, failAfter);
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    const QString dir = m_files.filePath(QStringLiteral("out"));
    QVERIFY(CsvExporter(db).exportTo(dir));
    // Older files in the folder, as a previous export of another register left them.
    QHash<QString, QByteArray> before;
    for (const QString &name : exportFiles()) {
        const QByteArray old = "older " + name.toUtf8() + "\n";
        QVERIFY(writeFile(QDir(dir).filePath(name), old));
        before.insert(name, old);
    }
    CsvExporter exporter(db);
    exporter.setStageHook([failAfter](std::optional<FileKind> kind) {
        return failAfter == -1 ? kind.has_value() : kind != FileKind(failAfter);
    });
    QVERIFY(!exporter.exportTo(dir));
    QVERIFY(!exporter.errorString().isEmpty());
    QVERIFY(!exporter.errorString().contains(QLatin1String("Unknown error")));
    for (const QString &name : exportFiles())
        QCOMPARE(fileBytes(QDir(dir).filePath(name)), before.value(name));
    QStringList expected = exportFiles();
    expected.sort();
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

void tst_FullExport::unwritableFolderSaysWhy()
{
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    // /dev/full accepts the open and fails every write with "No space left on device"; a folder
    // cannot be made there, which must be said as well.
    CsvExporter exporter(db);
    QVERIFY(!exporter.exportTo(QStringLiteral("/dev/full/out")));
    QVERIFY2(exporter.errorString().contains(QLatin1String("/dev/full/out")),
        qPrintable(exporter.errorString()));
}

void tst_FullExport::attachmentsTravel_data()
{
    QTest::addColumn<bool>("workbook");
    QTest::newRow("csv") << false;
    QTest::newRow("xlsx") << true;
}

// Exported as CSV files or as a workbook, with the folder of copies beside it, and imported
// into an empty database: the copies are the same, to the byte and the time of attaching, and
// importing the same export again changes nothing.
void tst_FullExport::attachmentsTravel()
{
    QFETCH(bool, workbook);
    const QString first = m_files.freshDatabase();
    QVERIFY(runRawSql(first, attachmentStatements()));
    const QString dir = m_files.filePath(QStringLiteral("out"));
    QStringList files;
    {
        Database db;
        QVERIFY(db.open(first).ok());
        if (workbook) {
            files.append(dir + QStringLiteral("/register.xlsx"));
            opcc::XlsxExporter exporter(db);
            QVERIFY2(exporter.exportTo(files.first()), qPrintable(exporter.errorString()));
            QVERIFY(QFile::exists(dir + QStringLiteral("/register-attachments/reply.pdf")));
        } else {
            QVERIFY(CsvExporter(db).exportTo(dir));
            for (FileKind kind : CsvExporter::exportedKinds())
                files.append(QDir(dir).filePath(opcc::interchange::fileName(kind)));
        }
    }
    const QString second = m_files.filePath(QStringLiteral("empty.sqlite"));
    Database db;
    QVERIFY(db.create(second).ok());
    for (int run = 0; run < 2; ++run) {
        CsvImporter importer(db);
        const auto summary = importer.run(files, CsvImporter::Mode::Write);
        QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
        QCOMPARE(summary.attachmentsAdded, run == 0 ? 4 : 0);
        QCOMPARE(summary.attachmentsUnchanged, run == 0 ? 0 : 4);
        QCOMPARE(summary.changesSomething(), run == 0);
    }
    const auto isCopy
        = [](const QString &line) { return line.startsWith(QLatin1String("source_attachment: ")); };
    const QStringList before = tableContents(first).filter(QStringLiteral("source_attachment: "));
    QCOMPARE(before.size(), 4);
    QStringList after = tableContents(second);
    after.erase(std::remove_if(after.begin(), after.end(),
                    [&isCopy](const QString &line) { return !isCopy(line); }),
        after.end());
    QCOMPARE(after, before);
}

// The folder of copies is replaced with the files: an export without copies leaves none, and
// a failure before the renames leaves the earlier folder as it was.
void tst_FullExport::attachmentFolderIsReplaced()
{
    const QString database = m_files.freshDatabase();
    QVERIFY(runRawSql(database, attachmentStatements()));
    Database db;
    QVERIFY(db.open(database).ok());
    const QString dir = m_files.filePath(QStringLiteral("out"));
    const QString copies = dir + QStringLiteral("/attachments");
    QVERIFY(CsvExporter(db).exportTo(dir));
    QVERIFY(writeFile(copies + QStringLiteral("/older.txt"), "older"));
    CsvExporter failing(db);
    failing.setStageHook([](std::optional<FileKind> kind) { return kind.has_value(); });
    QVERIFY(!failing.exportTo(dir));
    QCOMPARE(fileBytes(copies + QStringLiteral("/older.txt")), QByteArray("older"));
    QCOMPARE(QDir(copies).entryList(QDir::Files).size(), 5);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("attachments") });

    QVERIFY(CsvExporter(db).exportTo(dir));
    QVERIFY(!QFile::exists(copies + QStringLiteral("/older.txt")));
    QVERIFY(runRawSql(database, { QStringLiteral("DELETE FROM source_attachment") }));
    QVERIFY(CsvExporter(db).exportTo(dir));
    QVERIFY(!QFileInfo::exists(copies));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void tst_FullExport::attachmentErrors_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("error");
    QTest::newRow("missingFile") << QByteArray("%TITLE%,a.pdf,copies/gone.pdf,,")
                                 << QStringLiteral("attachments.csv:2: path: cannot read ");
    QTest::newRow("unknownSource")
        << QByteArray("No such document,a.pdf,copies/a.pdf,,")
        << QStringLiteral("attachments.csv:2: source: no source document is titled \"No such "
                          "document\"; add it to sources.csv");
    QTest::newRow("noFileName") << QByteArray("%TITLE%,,copies/a.pdf,,")
                                << QStringLiteral("attachments.csv:2: file: an attached copy needs "
                                                  "the name of its file");
    QTest::newRow("badTime") << QByteArray("%TITLE%,a.pdf,copies/a.pdf,,yesterday")
                             << QStringLiteral("attachments.csv:2: attached: \"yesterday\" is not "
                                               "a date and time such as 2026-03-01T09:30:00Z");
}

void tst_FullExport::attachmentErrors()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, error);
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    const QString title = opcc::LookupStore::reader(db).sources().value(0).title;
    QVERIFY(!title.isEmpty());
    row.replace("%TITLE%", "\"" + title.toUtf8() + "\"");
    QVERIFY(QDir().mkpath(m_files.filePath(QStringLiteral("copies"))));
    QVERIFY(writeFile(m_files.filePath(QStringLiteral("copies/a.pdf")), "%PDF-1.4\n"));
    const QString file = m_files.write(
        QStringLiteral("attachments.csv"), "source,file,path,media_type,attached\n" + row + "\n");
    CsvImporter importer(db);
    const auto summary = importer.run({ file }, CsvImporter::Mode::Write);
    QCOMPARE(summary.errors.size(), 1);
    const QString message = summary.errors.at(0).toString().remove(m_files.filePath({}));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!summary.written);
}

QTEST_GUILESS_MAIN(tst_FullExport)
#include "tst_fullexport.moc"
