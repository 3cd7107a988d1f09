// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dataset generator: deterministic, and its output passes the importer.

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "storage/browsestore.h"
#include "testsupport.h"

using namespace testsupport;
using opcc::generator::DatasetGenerator;
using opcc::generator::Size;

class tst_Generator : public QObject
{
    Q_OBJECT

private slots:
    void namedSizes_data();
    void namedSizes();
    void sameSeedSameBytes();
    void smallSizeImports();
};

void tst_Generator::namedSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("schemes");
    QTest::addColumn<qint64>("figures");
    QTest::newRow("small") << "small" << 1'000 << qint64(50'000);
    QTest::newRow("large") << "large" << 10'000 << qint64(500'000);
    QTest::newRow("huge") << "huge" << 50'000 << qint64(2'500'000);
}

void tst_Generator::namedSizes()
{
    QFETCH(QString, name);
    QFETCH(int, schemes);
    QFETCH(qint64, figures);
    const auto size = Size::named(name);
    QVERIFY(size);
    QCOMPARE(size->schemes, schemes);
    QCOMPARE(size->figures, figures);
    QVERIFY(!Size::named(QStringLiteral("medium")));
}

void tst_Generator::sameSeedSameBytes()
{
    QTemporaryDir dir;
    const Size size { 200, 6'000 };
    for (const char *run : { "a", "b" }) {
        DatasetGenerator generator(size, 42);
        QString error;
        QVERIFY2(generator.writeTo(dir.filePath(QLatin1String(run)), &error), qPrintable(error));
        QCOMPARE(generator.schemesWritten(), 200);
        QCOMPARE(generator.figuresWritten(), qint64(6'000));
    }
    DatasetGenerator other(size, 43);
    QString error;
    QVERIFY(other.writeTo(dir.filePath(QStringLiteral("c")), &error));
    for (const QString &file : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv") }) {
        const QByteArray a = fileBytes(QDir(dir.filePath(QStringLiteral("a"))).filePath(file));
        QVERIFY(!a.isEmpty());
        QCOMPARE(fileBytes(QDir(dir.filePath(QStringLiteral("b"))).filePath(file)), a);
        QVERIFY(fileBytes(QDir(dir.filePath(QStringLiteral("c"))).filePath(file)) != a);
    }
}

void tst_Generator::smallSizeImports()
{
    QTemporaryDir dir;
    DatasetGenerator generator(Size::small(), 1);
    QString error;
    QVERIFY2(generator.writeTo(dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
    const QDir data(dir.filePath(QStringLiteral("data")));
    const QByteArray schemes = fileBytes(data.filePath(QStringLiteral("schemes.csv")));
    const QByteArray outcomes = fileBytes(data.filePath(QStringLiteral("outcomes.csv")));
    // Realistic spreadsheet forms are mixed in.
    QVERIFY(outcomes.contains("\"\xC2\xA3"));
    QVERIFY(outcomes.contains("%,"));
    QVERIFY(outcomes.contains(",range,"));
    QVERIFY(outcomes.contains(",yes,"));
    QVERIFY(schemes.contains("; "));
    QVERIFY(schemes.contains(",National,"));

    ShippedDatabase db;
    QVERIFY(db.open());
    const int before = opcc::BrowseStore(db.db).schemeCount();
    opcc::CsvImporter importer(db.db);
    const opcc::ImportSummary summary
        = importer.run({ data.filePath(QStringLiteral("schemes.csv")),
                           data.filePath(QStringLiteral("outcomes.csv")) },
            opcc::CsvImporter::Mode::Write);
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(summary.written);
    QCOMPARE(summary.schemesAdded, 1'000);
    QCOMPARE(summary.figuresAdded, 50'000);
    QCOMPARE(opcc::BrowseStore(db.db).schemeCount(), before + 1'000);
}

QTEST_GUILESS_MAIN(tst_Generator)
#include "tst_generator.moc"
