// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Full-text search over every text of a scheme (SQLite FTS5), kept in step with every write by
// triggers: a word in a scheme's details, an organisation, a figure's note, quote or period, or
// a cited document's title finds the scheme.

#include "storage/figurestore.h"
#include "storage/schema.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "testsupport.h"

using namespace opcc;
using namespace testsupport;

class tst_SearchStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsWordsInEveryText_data();
    void findsWordsInEveryText();
    void middlesbroughInDetails();
    void keptInStepWithWrites();
    void shortAndOddWords_data();
    void shortAndOddWords();
    void migrationFillsTheIndex();

private:
    std::unique_ptr<ShippedDatabase> m_data;
    qint64 m_scheme = 0;
};

void tst_SearchStore::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    Scheme scheme;
    scheme.name = QStringLiteral("Test Scheme");
    scheme.areas = { QStringLiteral("Kent") };
    scheme.strand = Strand::Treatment;
    scheme.description = QStringLiteral("Runs from the Zanzibarish centre.");
    scheme.eligibility = QStringLiteral("Adults released from Quillhaven prison.");
    scheme.source = QStringLiteral("Umbervale Commissioning Report");
    scheme.organisations = { { QStringLiteral("Yarrowfield Trust"), Role::Funder } };
    const auto id = SchemeStore(m_data->db).insert(scheme);
    QVERIFY(id);
    m_scheme = *id;
    Figure figure;
    figure.schemeId = m_scheme;
    figure.measure = QStringLiteral("referrals");
    figure.value = Decimal::fromInteger(12);
    figure.note = QStringLiteral("Narwhalnote counted twice");
    figure.quote = QStringLiteral("twelve people were referred to the Quokkaword service");
    figure.periodLabel = QStringLiteral("Plutoperiod year");
    figure.source = QStringLiteral("Ravenmoor FOI reply");
    QVERIFY(FigureStore(m_data->db).insert(figure));
}

void tst_SearchStore::cleanup()
{
    m_data.reset();
}

void tst_SearchStore::findsWordsInEveryText_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("description") << QStringLiteral("zanzibarish");
    QTest::newRow("eligibility") << QStringLiteral("quillhaven");
    QTest::newRow("funderNotProvider") << QStringLiteral("Yarrowfield");
    QTest::newRow("schemeSourceTitle") << QStringLiteral("Umbervale");
    QTest::newRow("figureNote") << QStringLiteral("narwhalnote");
    QTest::newRow("figureQuote") << QStringLiteral("Quokkaword");
    QTest::newRow("figurePeriodLabel") << QStringLiteral("plutoperiod");
    QTest::newRow("figureSourceTitle") << QStringLiteral("Ravenmoor");
    QTest::newRow("prefixOfAWord") << QStringLiteral("quokk");
    QTest::newRow("caseAndAccents") << QStringLiteral("ZÁNZIBARISH");
}

void tst_SearchStore::findsWordsInEveryText()
{
    QFETCH(QString, word);
    const SearchStore search(m_data->db);
    const auto found = search.schemesMatching(word);
    QVERIFY2(found, qPrintable(search.errorString()));
    QCOMPARE(*found, QSet<qint64> { m_scheme });
}

void tst_SearchStore::middlesbroughInDetails()
{
    // The word a new user looked for: in Heroin Assisted Treatment's details only.
    const qint64 hat
        = *SchemeStore::reader(m_data->db)
               .idOf(QStringLiteral("Heroin Assisted Treatment"), QStringLiteral("Cleveland"));
    const auto found = SearchStore(m_data->db).schemesMatching(QStringLiteral("Middlesbrough"));
    QVERIFY(found);
    QVERIFY(found->contains(hat));
}

void tst_SearchStore::keptInStepWithWrites()
{
    const SearchStore search(m_data->db);
    Scheme scheme = *SchemeStore::reader(m_data->db).scheme(m_scheme);
    scheme.description = QStringLiteral("Now at the Xylophonic hall.");
    scheme.organisations = { { QStringLiteral("Other Trust"), Role::Funder } };
    QVERIFY(SchemeStore(m_data->db).update(scheme));
    QCOMPARE(*search.schemesMatching(QStringLiteral("xylophonic")), QSet<qint64> { m_scheme });
    QVERIFY(search.schemesMatching(QStringLiteral("zanzibarish"))->isEmpty());
    QVERIFY(search.schemesMatching(QStringLiteral("yarrowfield"))->isEmpty());

    const QList<Figure> figures = FigureStore::reader(m_data->db).ofScheme(m_scheme);
    QCOMPARE(figures.size(), 1);
    Figure figure = figures.first();
    figure.quote = QStringLiteral("a Wombatish phrase");
    QVERIFY(FigureStore(m_data->db).update(figure));
    QCOMPARE(*search.schemesMatching(QStringLiteral("wombatish")), QSet<qint64> { m_scheme });
    QVERIFY(search.schemesMatching(QStringLiteral("quokkaword"))->isEmpty());

    QVERIFY(SchemeStore(m_data->db).remove(m_scheme));
    QVERIFY(search.schemesMatching(QStringLiteral("xylophonic"))->isEmpty());
    QVERIFY(search.schemesMatching(QStringLiteral("wombatish"))->isEmpty());
}

void tst_SearchStore::shortAndOddWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("asked");
    QTest::newRow("oneLetter") << QStringLiteral("q") << false;
    QTest::newRow("twoLetters") << QStringLiteral("qu") << false;
    QTest::newRow("punctuationOnly") << QStringLiteral("\"*()") << false;
    QTest::newRow("quoteInside") << QStringLiteral("abc\"def") << true;
    QTest::newRow("ftsSyntax") << QStringLiteral("NEAR(a") << true;
    QTest::newRow("approxNumber") << QStringLiteral("c.187") << true;
}

void tst_SearchStore::shortAndOddWords()
{
    QFETCH(QString, word);
    QFETCH(bool, asked);
    const SearchStore search(m_data->db);
    const auto found = search.schemesMatching(word);
    QCOMPARE(found.has_value(), asked);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
}

void tst_SearchStore::migrationFillsTheIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString fixture
        = QString::fromUtf8(fileBytes(sourcePath(QStringLiteral("tests/fixtures/schemes-v1.sql"))));
    QVERIFY(!fixture.isEmpty());
    QStringList statements;
    for (const QString &part : fixture.split(QStringLiteral(";\n"))) {
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines.append(line);
        }
        statements.append(lines.join(QLatin1Char('\n')));
    }
    QString error;
    QVERIFY2(runRawSql(path, statements, &error), qPrintable(error));
    Database db;
    const auto opened = db.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.fromVersion, 1);
    const QList<Scheme> schemes = SchemeStore::reader(db).schemes();
    QVERIFY(!schemes.isEmpty());
    const Scheme &first = schemes.first();
    const QString word = first.name.split(QLatin1Char(' ')).first();
    const auto found = SearchStore(db).schemesMatching(word);
    QVERIFY(found);
    QVERIFY2(found->contains(first.id), qPrintable(word));
}

QTEST_GUILESS_MAIN(tst_SearchStore)
#include "tst_searchstore.moc"
