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

} // namespace

class tst_SchemeRebase : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheirsWhereUntouched_data();
    void keepsTheirsWhereUntouched();
    void figures();
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

QTEST_GUILESS_MAIN(tst_SchemeRebase)
#include "tst_schemerebase.moc"
