// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Re-applying an edit on top of a change another copy of the app saved first.

#include "editing/schemerebase.h"
#include "editsupport.h"

#include <QTest>

using namespace opcc;

namespace {

SchemeRecord opened()
{
    SchemeRecord record = editsupport::offenderToRehab();
    record.scheme.id = 9;
    record.scheme.rowVersion = 3;
    for (int i = 0; i < record.figures.size(); ++i) {
        record.figures[i].id = 100 + i;
        record.figures[i].schemeId = 9;
        record.figures[i].rowVersion = 1;
    }
    return record;
}

// One person's change to one field (or, for "range", the amount) of a figure.
void changeFigure(Figure &figure, const QString &field, bool mine)
{
    const QString who = mine ? QStringLiteral("mine") : QStringLiteral("theirs");
    if (field == QLatin1String("value")) {
        figure.value = Decimal::fromInteger(mine ? 28 : 26);
    } else if (field == QLatin1String("range")) {
        figure.qualifier = Qualifier::Range;
        figure.value = Decimal::fromInteger(mine ? 25 : 20);
        figure.valueHigh = Decimal::fromInteger(mine ? 35 : 40);
    } else if (field == QLatin1String("note")) {
        figure.note = who;
    } else if (field == QLatin1String("periodLabel")) {
        figure.periodLabel = who;
    } else if (field == QLatin1String("quote")) {
        figure.quote = who;
    } else if (field == QLatin1String("source")) {
        figure.source = who;
    } else if (field == QLatin1String("measure")) {
        figure.measure = mine ? QStringLiteral("referrals") : QStringLiteral("arrests");
    } else if (field == QLatin1String("periodStart")) {
        figure.periodStart = *PartialDate::parse(mine ? u"2022" : u"2020");
    }
}

} // namespace

class tst_SchemeRebase : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheirsWhereUntouched_data();
    void keepsTheirsWhereUntouched();
    void figures();
    void figureFields_data();
    void figureFields();
};

void tst_SchemeRebase::keepsTheirsWhereUntouched_data()
{
    QTest::addColumn<bool>("iChangeSummary");
    QTest::addColumn<bool>("theyChangeSummary");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<Status>("status");
    QTest::newRow("differentFields") << true << false << "mine" << Status::Ended;
    QTest::newRow("sameFieldMineWins") << true << true << "mine" << Status::Ended;
    QTest::newRow("onlyTheirs") << false << true << "theirs" << Status::Ended;
}

void tst_SchemeRebase::keepsTheirsWhereUntouched()
{
    QFETCH(bool, iChangeSummary);
    QFETCH(bool, theyChangeSummary);
    QFETCH(QString, summary);
    QFETCH(Status, status);
    const SchemeRecord original = opened();
    SchemeRecord mine = original;
    if (iChangeSummary)
        mine.scheme.summary = QStringLiteral("mine");
    SchemeRecord theirs = original;
    theirs.scheme.rowVersion = 4;
    theirs.scheme.status = Status::Ended;
    if (theyChangeSummary)
        theirs.scheme.summary = QStringLiteral("theirs");
    const SchemeRecord merged = reapplyChanges(original, mine, theirs);
    QCOMPARE(merged.scheme.summary, summary);
    QCOMPARE(merged.scheme.status, status);
    QCOMPARE(merged.scheme.rowVersion, 4); // saving it again checks against theirs
}

void tst_SchemeRebase::figures()
{
    const SchemeRecord original = opened();
    SchemeRecord mine = original;
    mine.figures[0].value = Decimal::fromInteger(28); // I correct one
    mine.figures.removeAt(1); // and remove the other
    mine.figures.append(editsupport::figure(QStringLiteral("referrals"), 40)); // and add one
    SchemeRecord theirs = original;
    theirs.figures[0].note = QStringLiteral("their note");
    theirs.figures[0].rowVersion = 2;
    theirs.figures.append(editsupport::figure(QStringLiteral("arrests"), 3));
    theirs.figures.last().id = 200;

    const SchemeRecord merged = reapplyChanges(original, mine, theirs);
    QCOMPARE(merged.figures.size(), 3);
    QCOMPARE(merged.figures.at(0).id, qint64(100));
    QCOMPARE(merged.figures.at(0).value, Decimal::fromInteger(28));
    QCOMPARE(merged.figures.at(0).rowVersion, 2);
    QCOMPARE(merged.figures.at(1).id, qint64(200)); // theirs stays
    QCOMPARE(merged.figures.at(2).measure, QStringLiteral("referrals"));
    QCOMPARE(merged.figures.at(2).id, qint64(0));

    // A figure they removed that I changed comes back as a new one.
    SchemeRecord removed = original;
    removed.figures.removeAt(0);
    const SchemeRecord back = reapplyChanges(original, mine, removed);
    QCOMPARE(back.figures.size(), 2);
    QCOMPARE(back.figures.at(0).measure, QStringLiteral("people_enrolled"));
    QCOMPARE(back.figures.at(0).id, qint64(0));
}

void tst_SchemeRebase::figureFields_data()
{
    QTest::addColumn<QStringList>("mine"); // the fields of the figure each changed
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("fromMine"); // what the merge takes from mine; the rest theirs
    QTest::newRow("myValueTheirNote")
        << QStringList { "value" } << QStringList { "note" } << QStringList { "value" };
    QTest::newRow("myNoteTheirValue")
        << QStringList { "note" } << QStringList { "value" } << QStringList { "note" };
    QTest::newRow("bothNoteMineWins")
        << QStringList { "note" } << QStringList { "note" } << QStringList { "note" };
    QTest::newRow("myQuoteTheirPeriod")
        << QStringList { "quote" } << QStringList { "periodLabel", "periodStart" }
        << QStringList { "quote" };
    QTest::newRow("mySourceTheirMeasure")
        << QStringList { "source" } << QStringList { "measure" } << QStringList { "source" };
    QTest::newRow("myMeasureAndNoteTheirQuote") << QStringList { "measure",
        "note" } << QStringList { "quote" } << QStringList { "measure", "note" };
    // The amount is one: my range over their value, my value over their range, whole.
    QTest::newRow("myRangeTheirValue")
        << QStringList { "range" } << QStringList { "value" } << QStringList { "amount" };
    QTest::newRow("myValueTheirRange")
        << QStringList { "value" } << QStringList { "range" } << QStringList { "amount" };
    QTest::newRow("onlyTheirs") << QStringList {} << QStringList { "note", "range" }
                                << QStringList {};
}

// A figure both changed: their changes to the fields I left stay, mine apply on top.
void tst_SchemeRebase::figureFields()
{
    QFETCH(QStringList, mine);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, fromMine);
    const SchemeRecord original = opened();
    SchemeRecord myRecord = original;
    SchemeRecord theirRecord = original;
    theirRecord.figures[0].rowVersion = 2;
    for (const QString &field : mine)
        changeFigure(myRecord.figures[0], field, true);
    for (const QString &field : theirs)
        changeFigure(theirRecord.figures[0], field, false);
    if (!mine.isEmpty())
        myRecord.scheme.summary = QStringLiteral("mine"); // and a field of the scheme

    Figure expected = theirRecord.figures.at(0);
    const Figure &my = myRecord.figures.at(0);
    for (const QString &field : fromMine) {
        if (field == QLatin1String("amount")) {
            expected.value = my.value;
            expected.valueHigh = my.valueHigh;
            expected.qualifier = my.qualifier;
        } else if (field == QLatin1String("value")) {
            expected.value = my.value;
        } else if (field == QLatin1String("note")) {
            expected.note = my.note;
        } else if (field == QLatin1String("quote")) {
            expected.quote = my.quote;
        } else if (field == QLatin1String("source")) {
            expected.source = my.source;
        } else if (field == QLatin1String("measure")) {
            expected.measure = my.measure;
        }
    }

    const SchemeRecord merged = reapplyChanges(original, myRecord, theirRecord);
    QCOMPARE(merged.figures.size(), original.figures.size());
    const Figure &figure = merged.figures.at(0);
    QCOMPARE(figure.id, original.figures.at(0).id);
    QCOMPARE(figure.rowVersion, 2); // saving it again checks against theirs
    QVERIFY(sameContent(figure, expected));
    QCOMPARE(figure.value, expected.value);
    QCOMPARE(figure.note, expected.note);
    QVERIFY(sameContent(merged.figures.at(1), original.figures.at(1)));
    QCOMPARE(
        merged.scheme.summary, mine.isEmpty() ? original.scheme.summary : QStringLiteral("mine"));
}

QTEST_GUILESS_MAIN(tst_SchemeRebase)
#include "tst_schemerebase.moc"
