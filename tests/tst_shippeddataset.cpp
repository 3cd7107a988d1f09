// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/measurecatalogue.h"
#include "interchange/csvexporter.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schema.h"
#include "storage/schemestore.h"
#include "testsupport.h"

using namespace testsupport;
using opcc::Qualifier;
using opcc::Strand;
using opcc::Unit;

namespace {

const QString report = QStringLiteral("APCC, Tackling Addictions In Focus");
const QString clevelandFoi
    = QStringLiteral("Cleveland OPCC, FOI response on Heroin Assisted Treatment");
const QString wiltshireFoi = QStringLiteral("Wiltshire OPCC, FOI 2020-500 response");
const QString leicestershireMinutes
    = QStringLiteral("Leicestershire Police and Crime Panel minutes, Alcohol and Drugs");
const QString scorpionAreas
    = QStringLiteral("Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire");

} // namespace

class tst_ShippedDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemesPerStrand_data();
    void schemesPerStrand();
    void everyAreaOfEnglandAndWales();
    void spotChecks_data();
    void spotChecks();
    void everyFigureIsCited();
    void exportIsDeterministic();
    void exportMatchesShippedFiles();
    void sourceDocuments();
    void noSeedFileNames_data();
    void noSeedFileNames();

private:
    ShippedDatabase m_data;
};

void tst_ShippedDataset::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
}

void tst_ShippedDataset::schemesPerStrand_data()
{
    QTest::addColumn<int>("strand");
    QTest::addColumn<int>("count");
    QTest::newRow("supply") << int(Strand::Supply) << 9;
    QTest::newRow("treatment") << int(Strand::Treatment) << 23;
    QTest::newRow("demand") << int(Strand::Demand) << 6;
    QTest::newRow("otherAddictions") << int(Strand::OtherAddictions) << 3;
    QTest::newRow("partnership") << int(Strand::Partnership) << 6;
}

void tst_ShippedDataset::schemesPerStrand()
{
    QFETCH(int, strand);
    QFETCH(int, count);
    int found = 0;
    for (const opcc::Scheme &scheme : opcc::SchemeStore::reader(m_data.db).schemes())
        found += int(scheme.strand) == strand ? 1 : 0;
    QCOMPARE(found, count);
}

void tst_ShippedDataset::everyAreaOfEnglandAndWales()
{
    const auto areas = opcc::LookupStore::reader(m_data.db).areas();
    QCOMPARE(areas.size(), 44); // 43 forces and "National"
    int welsh = 0;
    for (const opcc::Area &area : areas)
        welsh += area.nation == opcc::Nation::Wales ? 1 : 0;
    QCOMPARE(welsh, 4);
}

void tst_ShippedDataset::spotChecks_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("valueHigh");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<int>("per");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("quotePart");

    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const int none = int(opcc::Per::None);
    row("scorpionDisruptions") << "Operation Scorpion" << scorpionAreas << "drug_disruptions"
                               << false << "1514"
                               << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                               << "March-December 2022" << report << "1,514 drug disruptions";
    row("scorpionCashApprox") << "Operation Scorpion" << scorpionAreas << "cash_seized" << false
                              << "363000"
                              << "" << int(Unit::Gbp) << int(Qualifier::Approx) << none
                              << "March-December 2022" << report << QString::fromUtf8("£363k");
    row("scorpionDrugsOverMillion")
        << "Operation Scorpion" << scorpionAreas << "drugs_seized_street_value" << false
        << "1100000"
        << "" << int(Unit::Gbp) << int(Qualifier::MoreThan) << none << "March-December 2022"
        << report << QString::fromUtf8("£1.1m");
    row("divertReferrals") << "DIVERT"
                           << "West Mercia"
                           << "referrals" << false << "943"
                           << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                           << "since the programme launched" << report << "943";
    row("divertAssessmentRate") << "DIVERT"
                                << "West Mercia"
                                << "assessment_rate" << false << "70.3"
                                << "" << int(Unit::Percent) << int(Qualifier::Exact) << none
                                << "since the programme launched" << report << "70.3%";
    row("divertWestMidlandsOver6000") << "DIVERT"
                                      << "West Midlands"
                                      << "referrals" << false << "6000"
                                      << "" << int(Unit::Count) << int(Qualifier::MoreThan) << none
                                      << "Since launching the scheme" << report << "6,000";
    row("hatStarted") << "Heroin Assisted Treatment"
                      << "Cleveland"
                      << "people_started_treatment" << false << "14"
                      << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                      << "Over the duration of the programme" << clevelandFoi << "14 people";
    row("hatInTreatment") << "Heroin Assisted Treatment"
                          << "Cleveland"
                          << "people_in_treatment" << false << "7"
                          << "" << int(Unit::Count) << int(Qualifier::Exact) << none << "currently"
                          << clevelandFoi << "seven people";
    row("hatCrimesBefore") << "Heroin Assisted Treatment"
                           << "Cleveland"
                           << "detected_crimes" << true << "541"
                           << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                           << "before the pilot" << clevelandFoi << "541 detected crimes";
    row("hatCrimesAfter") << "Heroin Assisted Treatment"
                          << "Cleveland"
                          << "detected_crimes" << false << "3"
                          << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                          << "Since starting treatment" << clevelandFoi << "three offences";
    row("wiltshireFundingPerYear")
        << "Turning Point substance misuse and alcohol treatment services"
        << "Wiltshire"
        << "funding" << false << "175372"
        << "" << int(Unit::Gbp) << int(Qualifier::Exact) << int(opcc::Per::Year) << "per annum"
        << wiltshireFoi << QString::fromUtf8("£175,372");
    row("leicestershireWithinTarget") << "Turning Point substance misuse service"
                                      << "Leicestershire"
                                      << "treatment_within_target_rate" << false << "100"
                                      << "" << int(Unit::Percent) << int(Qualifier::Exact) << none
                                      << "" << leicestershireMinutes << "100% of cases";
    row("lancashireArrestsPerWeek") << "Operation Warrior"
                                    << "Lancashire"
                                    << "arrests" << false << "17"
                                    << "" << int(Unit::Count) << int(Qualifier::Exact)
                                    << int(opcc::Per::Week) << "" << report << "arrest 17";
    row("hampshireEligible") << "Drug Testing on Arrest (DToA)"
                             << "Hampshire and Isle of Wight"
                             << "people_eligible" << false << "335"
                             << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                             << "October to December 2022" << report << "335";
    row("hampshireAlmost78") << "Drug Testing on Arrest (DToA)"
                             << "Hampshire and Isle of Wight"
                             << "testing_rate" << false << "78"
                             << "" << int(Unit::Percent) << int(Qualifier::Almost) << none
                             << "October to December 2022" << report << "almost 78%";
    row("durhamFreeRange") << "FREE Program"
                           << "Durham"
                           << "average_attendance" << false << "17"
                           << "20" << int(Unit::Count) << int(Qualifier::Range) << none << ""
                           << report << "17 to 20 women";
    row("dorsetFrom33") << "Youth justice substance misuse referral guidance"
                        << "Dorset"
                        << "youth_justice_cases" << true << "33"
                        << "" << int(Unit::Count) << int(Qualifier::Exact) << none << "" << report
                        << "33";
    row("dorsetTo135") << "Youth justice substance misuse referral guidance"
                       << "Dorset"
                       << "youth_justice_cases" << false << "135"
                       << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                       << "Since the guidance and procedures were put in place in 2021" << report
                       << "135";
    row("southWalesLives") << "Naloxone carried by police officers"
                           << "South Wales"
                           << "lives_saved" << false << "14"
                           << "" << int(Unit::Count) << int(Qualifier::Exact) << none
                           << "since then" << report << "fourteen lives";
    row("cambridgeshireAtLeastNine") << "Naloxone carried by police officers"
                                     << "Cambridgeshire"
                                     << "lives_saved" << false << "9"
                                     << "" << int(Unit::Count) << int(Qualifier::AtLeast) << none
                                     << "So far" << report << "at least nine";
    row("checkpointOver3000") << "Checkpoint"
                              << "Durham"
                              << "people_diverted" << false << "3000"
                              << "" << int(Unit::Count) << int(Qualifier::MoreThan) << none
                              << "To date" << report << "3,000";
    row("reconnectApprox40") << "Reconnect Hub"
                             << "Durham"
                             << "people_supported" << false << "40"
                             << "" << int(Unit::Count) << int(Qualifier::Approx) << none
                             << "Since opening in November" << report << "approximately 40";
    row("gamcareOver500") << "GamCare gambling harms screening pilot"
                          << "Hertfordshire"
                          << "staff_trained" << false << "500"
                          << "" << int(Unit::Count) << int(Qualifier::MoreThan) << none << ""
                          << report << "500";
    row("iomAverageStay") << "Integrated Offender Management Houses"
                          << "Hampshire and Isle of Wight"
                          << "average_stay" << false << "22.5"
                          << "" << int(Unit::Weeks) << int(Qualifier::Exact) << none << "" << report
                          << "22.5 weeks";
}

void tst_ShippedDataset::spotChecks()
{
    QFETCH(QString, scheme);
    QFETCH(QString, area);
    QFETCH(QString, measure);
    QFETCH(bool, baseline);
    QFETCH(QString, value);
    QFETCH(QString, valueHigh);
    QFETCH(int, unit);
    QFETCH(int, qualifier);
    QFETCH(int, per);
    QFETCH(QString, period);
    QFETCH(QString, source);
    QFETCH(QString, quotePart);

    const auto id = opcc::SchemeStore::reader(m_data.db).idOf(scheme, area);
    QVERIFY2(id, qPrintable(scheme + QStringLiteral(" in ") + area));
    const auto measureRecord = opcc::LookupStore::reader(m_data.db).measure(measure);
    QVERIFY(measureRecord);
    QCOMPARE(int(measureRecord->unit), unit);

    QList<opcc::Figure> matches;
    for (const opcc::Figure &figure : opcc::FigureStore::reader(m_data.db).ofScheme(*id)) {
        if (figure.measure == measure && figure.baseline == baseline
            && figure.value.toPlainString() == value)
            matches.append(figure);
    }
    QCOMPARE(matches.size(), 1);
    const opcc::Figure &figure = matches.first();
    QCOMPARE(figure.valueHigh ? figure.valueHigh->toPlainString() : QString(), valueHigh);
    QCOMPARE(int(figure.qualifier), qualifier);
    QCOMPARE(int(figure.per), per);
    if (!period.isEmpty())
        QVERIFY2(figure.periodLabel.startsWith(period, Qt::CaseInsensitive),
            qPrintable(figure.periodLabel));
    QCOMPARE(figure.source, source);
    QVERIFY2(figure.quote.contains(quotePart, Qt::CaseInsensitive), qPrintable(figure.quote));
}

void tst_ShippedDataset::everyFigureIsCited()
{
    const auto figures = opcc::FigureStore::reader(m_data.db).all();
    QVERIFY(figures.size() >= 120);
    QStringList titles;
    for (const opcc::SourceDocument &source : opcc::LookupStore::reader(m_data.db).sources())
        titles.append(source.title);
    for (const opcc::Figure &figure : figures) {
        QVERIFY2(titles.contains(figure.source), qPrintable(figure.measure));
        QVERIFY2(!figure.quote.isEmpty(), qPrintable(figure.measure));
    }
    for (const opcc::Scheme &scheme : opcc::SchemeStore::reader(m_data.db).schemes())
        QVERIFY2(titles.contains(scheme.source), qPrintable(scheme.name));
}

void tst_ShippedDataset::exportIsDeterministic()
{
    QTemporaryDir first;
    QTemporaryDir second;
    opcc::CsvExporter exporter(m_data.db);
    QVERIFY(exporter.exportTo(first.path()));
    QVERIFY(exporter.exportTo(second.path()));
    for (const QString &name : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv") }) {
        const QByteArray a = fileBytes(QDir(first.path()).filePath(name));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, fileBytes(QDir(second.path()).filePath(name)));
    }
}

void tst_ShippedDataset::exportMatchesShippedFiles()
{
    // The shipped files are kept in export form, so an export of a new database reproduces them
    // byte for byte: every scheme and figure of the sources is in the database. The export starts
    // with a UTF-8 byte order mark, for spreadsheets; the shipped text files do without.
    QTemporaryDir dir;
    opcc::CsvExporter exporter(m_data.db);
    QVERIFY(exporter.exportTo(dir.path()));
    for (const QString &name : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv"),
             QStringLiteral("details.csv") }) {
        const QByteArray exported = fileBytes(QDir(dir.path()).filePath(name));
        const QByteArray shipped
            = fileBytes(sourcePath(QStringLiteral("resources/dataset/") + name));
        QVERIFY(!shipped.isEmpty());
        QCOMPARE(exported, "\xEF\xBB\xBF" + shipped);
    }
}

void tst_ShippedDataset::sourceDocuments()
{
    const auto sources = opcc::LookupStore::reader(m_data.db).sources();
    QCOMPARE(sources.size(), 5);
    const auto westMercia = opcc::LookupStore::reader(m_data.db).source(
        QStringLiteral("West Mercia PCC disclosure log, FOI 2020-202 / WE2296"));
    QVERIFY(westMercia);
    QCOMPARE(westMercia->kind, opcc::SourceKind::FoiResponse);
    QCOMPARE(westMercia->issued.toIsoString(), QStringLiteral("2020-02-26"));
    QCOMPARE(opcc::LookupStore::reader(m_data.db).source(report)->kind, opcc::SourceKind::Report);
}

// The documents were collected as files named like "002_9ada74c460f6a3a8.txt", which resolve on
// no user's machine: the shipped dataset keeps no file for them (no web address of the documents
// themselves is known), and a database made by an earlier version loses those names when it is
// opened (the migration), so that Open shows the details to find a document by.
void tst_ShippedDataset::noSeedFileNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("seedName");
    QTest::newRow("Wiltshire") << wiltshireFoi << QStringLiteral("000_a3946a66103ecd19.txt");
    QTest::newRow("Cleveland") << clevelandFoi << QStringLiteral("001_50a16f32a1cc7b8f.txt");
    QTest::newRow("APCC") << report << QStringLiteral("002_9ada74c460f6a3a8.txt");
    QTest::newRow("Leicestershire")
        << leicestershireMinutes << QStringLiteral("003_f1d176b88125a052.txt");
    QTest::newRow("West Mercia") << QStringLiteral(
        "West Mercia PCC disclosure log, FOI 2020-202 / WE2296")
                                 << QStringLiteral("004_d26f1a5a27509b7d.txt");
}

void tst_ShippedDataset::noSeedFileNames()
{
    QFETCH(QString, title);
    QFETCH(QString, seedName);
    QCOMPARE(opcc::LookupStore::reader(m_data.db).source(title)->file, QString());
    // An earlier version's database: the name put back, then the migration's statements run.
    ShippedDatabase old;
    QVERIFY(old.open());
    const qint64 id = opcc::LookupStore::reader(old.db).source(title)->id;
    old.db.close();
    QStringList clearing;
    for (const QStringList &migration : opcc::schema::migrations()) {
        if (migration.join(QLatin1Char('\n')).contains(seedName))
            clearing = migration;
    }
    QVERIFY2(!clearing.isEmpty(), "no migration clears the seed file names");
    QString error;
    QVERIFY2(
        runRawSql(old.path,
            QStringList { QStringLiteral("UPDATE source_document SET file = '%1' WHERE id = %2")
                              .arg(seedName)
                              .arg(id) }
                + clearing,
            &error),
        qPrintable(error));
    QVERIFY(old.db.open(old.path).ok());
    QCOMPARE(opcc::LookupStore::reader(old.db).source(title)->file, QString());
}

QTEST_GUILESS_MAIN(tst_ShippedDataset)
#include "tst_shippeddataset.moc"
