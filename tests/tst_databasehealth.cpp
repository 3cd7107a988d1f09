// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window and the database itself: a read-only database is browsed but not edited, a read
// that fails says so in a message, and Tools > Check Database reports what SQLite's check found.

#include "application.h"
#include "databasehealth.h"
#include "domain/language.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "storage/browsestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace testsupport;
using opcc::Database;
using opcc::MainWindow;

namespace {

// Inverts the header of the figure table's first page, as a failing disk would.
bool damageFigurePage(const QString &path)
{
    int root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open()
            && q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                     "WHERE name = 'figure'"))
            && q.next())
            root = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    QByteArray bytes = fileBytes(path);
    const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    if (root < 2 || qsizetype(root) * pageSize > bytes.size())
        return false;
    for (int i = 0; i < 8; ++i)
        bytes[qsizetype(root - 1) * pageSize + i]
            = char(~bytes.at(qsizetype(root - 1) * pageSize + i));
    return writeFile(path, bytes);
}

} // namespace

class tst_DatabaseHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyWindowBrowsesButDoesNotEdit();
    void failedReadIsAMessage();
    void checkDatabaseMenu_data();
    void checkDatabaseMenu();
    void damageFoundAfterTheFirstScreen();

private:
    // A window on a new database with the shipped dataset, after damage done to it by sql.
    std::unique_ptr<MainWindow> makeWindow(Database::Access access, const QStringList &sql = {});

    QTemporaryDir m_settings;
    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_DatabaseHealth::initTestCase()
{
    opcc::ui::setApplicationIdentity();
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
        m_settings.filePath(QStringLiteral("settings")));
}

std::unique_ptr<MainWindow> tst_DatabaseHealth::makeWindow(
    Database::Access access, const QStringList &sql)
{
    m_data = std::make_unique<ShippedDatabase>();
    if (!m_data->open())
        return {};
    m_data->db.close();
    if (!sql.isEmpty() && !runRawSql(m_data->path, sql))
        return {};
    auto db = std::make_unique<Database>();
    if (!db->open(m_data->path, access).ok())
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    return window;
}

void tst_DatabaseHealth::readOnlyWindowBrowsesButDoesNotEdit()
{
    const auto window = makeWindow(Database::Access::ReadOnly);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->database().isReadOnly());
    QVERIFY2(window->windowTitle().contains(QStringLiteral("read-only")),
        qPrintable(window->windowTitle()));
    QVERIFY(window->browser()->proxy()->rowCount() > 0); // browsing works
    for (const char *name : { "newScheme", "editScheme", "addFigure", "deleteScheme" }) {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        action->trigger(); // a shortcut that slipped through changes nothing either
    }
    QCOMPARE(opcc::BrowseStore(window->database()).schemeCount(), 47);
    QVERIFY(!window->database().hasReadError());
}

void tst_DatabaseHealth::failedReadIsAMessage()
{
    const auto window = makeWindow(Database::Access::ReadWrite);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!window->health()->readWarning());
    QVERIFY(runRawSql(m_data->path,
        { QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("DROP TABLE scheme_organisation") }));
    auto *model = qobject_cast<opcc::SchemeTableModel *>(window->browser()->proxy()->sourceModel());
    QVERIFY(model);
    model->reload();
    QTRY_VERIFY(window->health()->readWarning());
    QMessageBox *box = window->health()->readWarning();
    QVERIFY2(box->text().contains(QStringLiteral("scheme_organisation")), qPrintable(box->text()));
    QVERIFY(box->isVisible());
    // A second failure while it is open adds no second box.
    model->reload();
    QCoreApplication::processEvents();
    QCOMPARE(window->findChildren<QMessageBox *>(QStringLiteral("readFailure")).size(), 1);
    box->close();
}

void tst_DatabaseHealth::checkDatabaseMenu_data()
{
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QString>("said");
    QTest::newRow("sound") << QStringList() << QStringLiteral("no damage found");
    // An index that no longer matches its table: the full check finds what opening does not.
    QTest::newRow("indexOutOfStep") << QStringList { QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                       "'figure (measure_id)', 'figure (scheme_id)') "
                       "WHERE type = 'index' AND name = 'figure_measure'"),
        QStringLiteral("PRAGMA writable_schema = OFF") }
                                    << QStringLiteral("is damaged");
}

void tst_DatabaseHealth::checkDatabaseMenu()
{
    QFETCH(QStringList, damage);
    QFETCH(QString, said);
    const auto window = makeWindow(Database::Access::ReadWrite, damage);
    QVERIFY(window);
    opcc::DatabaseHealth *health = window->health();
    QVERIFY(health->checkAction()->isEnabled());
    health->checkAction()->trigger();
    QMessageBox *box = window->findChild<QMessageBox *>(QStringLiteral("checkResult"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(said), qPrintable(box->text()));
    QCOMPARE(box->detailedText().isEmpty(), damage.isEmpty());
    box->close();
}

void tst_DatabaseHealth::damageFoundAfterTheFirstScreen()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_data->db.close();
    QVERIFY(damageFigurePage(m_data->path));
    // As the window opens its database: the quick check waits for the first screen.
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_data->path, Database::Access::ReadWrite, Database::Check::Deferred).ok());
    QVERIFY(db->quickCheckPending());
    MainWindow window(std::move(db));
    QSignalSpy damage(window.health(), &opcc::DatabaseHealth::damageFound);
    QVERIFY(damage.isValid());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(damage.count(), 1);
    QVERIFY(window.database().isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newScheme"))->isEnabled());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("damageFound"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
    // Writes are refused with the reason, not attempted.
    opcc::Scheme scheme;
    scheme.name = QStringLiteral("Keyworker pilot");
    scheme.areas = { QStringLiteral("Gwent") };
    QVERIFY(!opcc::SchemeStore(window.database()).insert(scheme));
    QCOMPARE(window.database().lastFailure(), Database::Failure::Damaged);
    box->close();
    const auto boxes = window.findChildren<QMessageBox *>();
    for (QMessageBox *other : boxes)
        other->close();
}

QTEST_MAIN(tst_DatabaseHealth)
#include "tst_databasehealth.moc"
