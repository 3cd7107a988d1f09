// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// sqldialect: the SQLite spellings the stores use, as a PostgreSQL server reads them.

#include "storage/sqldialect.h"

#include <QTest>

class TestSqlDialect final : public QObject
{
    Q_OBJECT

private slots:
    void rewrites_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("id list, positional") << "WHERE s.id IN (SELECT value FROM json_each(?))"
                                             << "WHERE s.id IN (SELECT CAST(value AS BIGINT) FROM "
                                                "json_array_elements_text(CAST(? AS json)))";
        QTest::newRow("id list, named") << "f.scheme_id IN (SELECT value FROM json_each(:ids)) "
                                        << "f.scheme_id IN (SELECT CAST(value AS BIGINT) FROM "
                                           "json_array_elements_text(CAST(:ids AS json))) ";
        QTest::newRow("order ignoring case")
            << "ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, s.name"
            << "ORDER BY opcc_nocase(s.area_key), opcc_nocase(s.name), s.name";
        QTest::newRow("equal ignoring case") << "WHERE name = ? COLLATE NOCASE"
                                             << "WHERE opcc_nocase(name) = opcc_nocase(?)";
        QTest::newRow("left alone")
            << "INSERT INTO figure (a) VALUES (?) ON CONFLICT (a) DO NOTHING RETURNING id"
            << "INSERT INTO figure (a) VALUES (?) ON CONFLICT (a) DO NOTHING RETURNING id";
    }

    void rewrites()
    {
        QFETCH(QString, sqlite);
        QTEST(opcc::sqldialect::postgres(sqlite), "postgres");
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
