// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Full-text search over every text of a scheme, kept in step with every write, on both engines
// (a file's FTS5 tables and their triggers; a server's GIN indexes of its folded text): a word in
// a scheme's details, an organisation, a figure's note, quote or period, or a cited document's
// title finds the scheme, whatever its case and accents, and what the user types is never read
// as the search's own syntax. A server's search connection that dropped (the server restarted)
// is made again by the next search, which answers as before.

#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/figurestore.h"
#include "storage/schema.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "storage/serverschema.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace opcc;
using namespace testsupport;

class tst_SearchStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void findsWordsInEveryText_data();
    void findsWordsInEveryText();
    void middlesbroughInDetails_data() { engines(); }
    void middlesbroughInDetails();
    void keptInStepWithWrites_data() { engines(); }
    void keptInStepWithWrites();
    void shortAndOddWords_data();
    void shortAndOddWords();
    void searchSyntaxIsText_data();
    void searchSyntaxIsText();
    void serverAnswersFromItsIndexes_data();
    void serverAnswersFromItsIndexes();
    void migrationFillsTheIndex();
    void searchAfterADroppedConnection_data();
    void searchAfterADroppedConnection();

private:
    void engines();
    // The shipped register on the engine, with one scheme of words found nowhere else: one made
    // for the tests that only read, on each engine, or a fresh one for a test that writes.
    bool open(const QString &engine, bool fresh = false);
    void addTestScheme();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_address;
    qint64 m_scheme = 0;
    QMap<QString, std::pair<QString, qint64>> m_shared; // by engine: address, the scheme's id
    int m_files = 0;
};

void tst_SearchStore::initTestCase()
{
    QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
}

void tst_SearchStore::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool tst_SearchStore::open(const QString &engine, bool fresh)
{
    m_db = std::make_unique<Database>();
    if (!fresh && m_shared.contains(engine)) {
        std::tie(m_address, m_scheme) = m_shared.value(engine);
        const auto opened = m_db->open(m_address);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.message));
        return opened.ok();
    }
    m_address = engine == QLatin1String("sqlite")
        ? m_dir.filePath(QStringLiteral("schemes-%1.sqlite").arg(++m_files))
        : PgServer::instance().createDatabase();
    const auto opened = shippeddataset::openOrCreate(*m_db, m_address);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message));
        return false;
    }
    addTestScheme();
    if (m_scheme == 0 || QTest::currentTestFailed())
        return false;
    if (!fresh)
        m_shared.insert(engine, { m_address, m_scheme });
    return true;
}

void tst_SearchStore::addTestScheme()
{
    m_scheme = 0;
    Scheme scheme;
    scheme.name = QStringLiteral("Test Scheme");
    scheme.areas = { QStringLiteral("Kent") };
    scheme.strand = Strand::Treatment;
    scheme.description = QStringLiteral("Runs from the Zanzibarish centre.");
    scheme.eligibility = QStringLiteral("Adults released from Quillhaven prison.");
    scheme.source = QStringLiteral("Umbervale Commissioning Report");
    scheme.organisations = { { QStringLiteral("Yarrowfield Trust"), Role::Funder } };
    scheme.summary = QStringLiteral("Meets at Tŵrfach chapel, the Café Zébrine and Windlefrost "
                                    "Hall (ref. QX-4471).");
    const auto id = SchemeStore(*m_db).insert(scheme);
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
    QVERIFY(FigureStore(*m_db).insert(figure));
}

void tst_SearchStore::cleanup()
{
    m_db.reset();
    // A test that stopped the server and failed before starting it again.
    QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
}

void tst_SearchStore::findsWordsInEveryText_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("word");
    const std::pair<const char *, const char *> words[] = {
        { "description", "zanzibarish" },
        { "eligibility", "quillhaven" },
        { "summary", "windlefrost" },
        { "funderNotProvider", "Yarrowfield" },
        { "schemeSourceTitle", "Umbervale" },
        { "figureNote", "narwhalnote" },
        { "figureQuote", "Quokkaword" },
        { "figurePeriodLabel", "plutoperiod" },
        { "figureSourceTitle", "Ravenmoor" },
        { "prefixOfAWord", "quokk" },
        { "prefixOfAWordInCapitals", "QUOKK" },
        { "caseAndAccents", "ZÁNZIBARISH" },
        // ŵ in the text, w typed, and the other way round; é, É and e likewise.
        { "circumflexWInTheText", "twrfach" },
        { "circumflexWTyped", "ŵindlefrost" },
        { "capitalCircumflexWTyped", "ŴINDLEFROST" },
        { "graveWTyped", "ẁindlef" },
        { "acuteEInTheText", "zebrine" },
        { "capitalAcuteETyped", "ZÉBRINE" },
        { "accentedWordTyped", "tŵrfa" },
        { "reference", "qx-4471" },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const auto &[name, word] : words)
            QTest::addRow("%s, %s", engine, name)
                << QString::fromLatin1(engine) << QString::fromUtf8(word);
    }
}

void tst_SearchStore::findsWordsInEveryText()
{
    QFETCH(QString, engine);
    QFETCH(QString, word);
    QVERIFY(open(engine));
    const SearchStore search(*m_db);
    const auto found = search.schemesMatching(word);
    QVERIFY2(found, qPrintable(search.errorString()));
    QCOMPARE(*found, QSet<qint64> { m_scheme });
}

void tst_SearchStore::middlesbroughInDetails()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine));
    // The word a new user looked for: in Heroin Assisted Treatment's details only.
    const qint64 hat = *SchemeStore::reader(*m_db).idOf(
        QStringLiteral("Heroin Assisted Treatment"), QStringLiteral("Cleveland"));
    const auto found = SearchStore(*m_db).schemesMatching(QStringLiteral("Middlesbrough"));
    QVERIFY(found);
    QVERIFY(found->contains(hat));
}

void tst_SearchStore::keptInStepWithWrites()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, true));
    const SearchStore search(*m_db);
    Scheme scheme = *SchemeStore::reader(*m_db).scheme(m_scheme);
    scheme.description = QStringLiteral("Now at the Xylophonic hall.");
    scheme.organisations = { { QStringLiteral("Other Trust"), Role::Funder } };
    QVERIFY(SchemeStore(*m_db).update(scheme));
    QCOMPARE(*search.schemesMatching(QStringLiteral("xylophonic")), QSet<qint64> { m_scheme });
    QVERIFY(search.schemesMatching(QStringLiteral("zanzibarish"))->isEmpty());
    QVERIFY(search.schemesMatching(QStringLiteral("yarrowfield"))->isEmpty());

    const QList<Figure> figures = FigureStore::reader(*m_db).ofScheme(m_scheme);
    QCOMPARE(figures.size(), 1);
    Figure figure = figures.first();
    figure.quote = QStringLiteral("a Wombatish phrase");
    QVERIFY(FigureStore(*m_db).update(figure));
    QCOMPARE(*search.schemesMatching(QStringLiteral("wombatish")), QSet<qint64> { m_scheme });
    QVERIFY(search.schemesMatching(QStringLiteral("quokkaword"))->isEmpty());

    QVERIFY(SchemeStore(*m_db).remove(m_scheme));
    QVERIFY(search.schemesMatching(QStringLiteral("xylophonic"))->isEmpty());
    QVERIFY(search.schemesMatching(QStringLiteral("wombatish"))->isEmpty());
}

void tst_SearchStore::shortAndOddWords_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("asked");
    const std::tuple<const char *, const char *, bool> words[] = {
        { "oneLetter", "q", false },
        { "twoLetters", "qu", false },
        { "twoAccentedLetters", "ŵŷ", false },
        { "punctuationOnly", "\"*()", false },
        { "tsqueryAndOfTwoLetters", "a&b", false },
        { "tsqueryPrefixOfOneLetter", "x:*", false },
        { "quoteInside", "abc\"def", true },
        { "ftsSyntax", "NEAR(a", true },
        { "approxNumber", "c.187", true },
        { "tsquerySyntaxOnly", "!(a|b)&c", true },
        { "backslashes", "ab\\c\\", true },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const auto &[name, word, asked] : words)
            QTest::addRow("%s, %s", engine, name)
                << QString::fromLatin1(engine) << QString::fromUtf8(word) << asked;
    }
}

void tst_SearchStore::shortAndOddWords()
{
    QFETCH(QString, engine);
    QFETCH(QString, word);
    QFETCH(bool, asked);
    QVERIFY(open(engine));
    const SearchStore search(*m_db);
    const auto found = search.schemesMatching(word);
    QCOMPARE(found.has_value(), asked);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
}

void tst_SearchStore::searchSyntaxIsText_data()
{
    // The characters of a tsquery (& | ! ( ) : * ') and of FTS5 around or inside a word are
    // taken as the text's own punctuation: the word's words are found, each from its start and
    // all of them, never an error nor a query the user did not type.
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    const std::tuple<const char *, const char *, bool> words[] = {
        { "ampersandOfTwoWordsInTheText", "Quokkaword&service", true },
        { "ampersandOfAWordNotInTheText", "Quokkaword&zzyzx", false },
        { "barIsNotOr", "quokkaword|zzyzx", false },
        { "prefixSyntax", "quokk:*", true },
        { "quoteAfter", "quokkaword'", true },
        { "quoteBefore", "'quokk", true },
        { "quotesAround", "'quokkaword'", true },
        { "negationIsNotNot", "!quokk", true },
        { "openingBracket", "(quokk", true },
        { "closingBracket", "quokk)", true },
        { "phraseSyntax", "quokkaword<->service", true },
        { "backslash", "quokk\\", true },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const auto &[name, word, found] : words)
            QTest::addRow("%s, %s", engine, name)
                << QString::fromLatin1(engine) << QString::fromUtf8(word) << found;
    }
}

void tst_SearchStore::searchSyntaxIsText()
{
    QFETCH(QString, engine);
    QFETCH(QString, word);
    QFETCH(bool, found);
    QVERIFY(open(engine));
    const SearchStore search(*m_db);
    const auto schemes = search.schemesMatching(word);
    QVERIFY2(schemes, qPrintable(search.errorString()));
    QCOMPARE(*schemes, found ? QSet<qint64> { m_scheme } : QSet<qint64> {});
}

void tst_SearchStore::serverAnswersFromItsIndexes_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : schema::serverSearchTables)
        QTest::newRow(table) << QString::fromLatin1(table);
}

void tst_SearchStore::serverAnswersFromItsIndexes()
{
    // The search names each table's text as its index does (schema::serverSearchVector()), so
    // the planner can answer from the index; with sequential scans ruled out, it does.
    QFETCH(QString, table);
    QVERIFY(open(QStringLiteral("postgresql")));
    const QString database = m_address.section(QLatin1Char('/'), -1);
    const QByteArray name = table.toLatin1();
    QString error;
    QVERIFY2(PgServer::instance().runSql(
                 database, { QStringLiteral("SET enable_seqscan = off") }, &error),
        qPrintable(error));
    const QString plan = PgServer::instance().queryValue(database,
        QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %1 t WHERE %2 @@ "
                       "CAST('quokk:*' AS tsquery)")
            .arg(table, schema::serverSearchVector(name.constData(), QStringLiteral("t."))),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(plan.contains(QStringLiteral("\"%1_search\"").arg(table)), qPrintable(plan));
}

void tst_SearchStore::searchAfterADroppedConnection_data()
{
    QTest::addColumn<bool>("searchedWhileAway");
    QTest::newRow("server back") << false;
    QTest::newRow("searched while away, then back") << true;
}

void tst_SearchStore::searchAfterADroppedConnection()
{
    // A connection of its own, read-only, as the window's search thread has (SearchLoader),
    // kept open between searches: the server restarts between two of them.
    QFETCH(bool, searchedWhileAway);
    QVERIFY(open(QStringLiteral("postgresql")));
    Database reader;
    const auto opened = reader.openForReading(m_address);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const SearchStore search(reader);
    const QString word = QStringLiteral("Quillhaven");
    const auto before = search.schemesMatching(word);
    QVERIFY2(before, qPrintable(search.errorString()));
    QCOMPARE(*before, QSet<qint64> { m_scheme });

    QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
    if (searchedWhileAway) {
        // Tried again once, and the server still away: said so, not an empty answer.
        QVERIFY(!search.schemesMatching(word));
        QVERIFY2(search.errorString().contains(QLatin1String("cannot be reached")),
            qPrintable(search.errorString()));
    }
    QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
    // The same search, on the connection made again.
    const auto after = search.schemesMatching(word);
    QVERIFY2(after, qPrintable(search.errorString()));
    QCOMPARE(*after, QSet<qint64> { m_scheme });
    QVERIFY(search.errorString().isEmpty());
    QVERIFY(!reader.isServerAway());
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
