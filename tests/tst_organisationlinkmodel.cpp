// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The partners of a scheme being edited: organisation and role.

#include "models/organisationlinkmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using opcc::OrganisationLinkModel;
using opcc::Role;

class tst_OrganisationLinkModel : public QObject
{
    Q_OBJECT

private slots:
    void addEditRemove();
    void emptyNamesAreLeftOut();
};

void tst_OrganisationLinkModel::addEditRemove()
{
    OrganisationLinkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({ { QStringLiteral("Cranstoun"), Role::Provider } });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, OrganisationLinkModel::Role).data().toString(), QStringLiteral("Provider"));

    const QModelIndex added = model.appendLink({ QString(), Role::Funder });
    QCOMPARE(added, model.index(1, OrganisationLinkModel::Name));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(added, QStringLiteral("PCC")));
    QVERIFY(model.setData(added.siblingAtColumn(OrganisationLinkModel::Role), 3)); // partner
    QVERIFY(!model.setData(added.siblingAtColumn(OrganisationLinkModel::Role), 9));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.links(),
        (QList<opcc::OrganisationLink> { { QStringLiteral("Cranstoun"), Role::Provider },
            { QStringLiteral("PCC"), Role::Partner } }));
    QVERIFY(model.insertRows(0, 1));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.removeRows(0, 2));
    QVERIFY(!model.removeRows(0, 5));
    QCOMPARE(model.links(),
        (QList<opcc::OrganisationLink> { { QStringLiteral("PCC"), Role::Partner } }));
}

void tst_OrganisationLinkModel::emptyNamesAreLeftOut()
{
    OrganisationLinkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendLink({ QStringLiteral("  Turning Point "), Role::Provider });
    model.appendLink({ QStringLiteral("   "), Role::Funder });
    QCOMPARE(model.links(),
        (QList<opcc::OrganisationLink> { { QStringLiteral("Turning Point"), Role::Provider } }));
}

QTEST_GUILESS_MAIN(tst_OrganisationLinkModel)
#include "tst_organisationlinkmodel.moc"
