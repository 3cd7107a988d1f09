// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window at 200% (QT_SCALE_FACTOR=2, set by CTest for this test) on a 1600 x 1000
// screen, which then holds 800 x 500 of the window's pixels: the window opens inside the screen
// and can be made small enough to fit it, in English and in Welsh.

#include "application.h"
#include "domain/language.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>

class tst_TextScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_TextScale::initTestCase()
{
    opcc::ui::setApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    opcc::Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, m_path).ok());
    // Run outside CTest without the scale, the test would prove nothing: it fails instead.
    QCOMPARE(qEnvironmentVariable("QT_SCALE_FACTOR"), QStringLiteral("2"));
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
}

void tst_TextScale::windowFitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Welsh") << QStringLiteral("cy");
}

void tst_TextScale::windowFitsTheScreen()
{
    QFETCH(QString, language);
    QSettings().clear(); // the default size, not one remembered
    QVERIFY(opcc::installLanguage(language));
    auto db = std::make_unique<opcc::Database>();
    QVERIFY(db->open(m_path).ok());
    opcc::MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(screen.width() <= 800, qPrintable(QString::number(screen.width())));
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
        qPrintable(QStringLiteral("%1 x %2 on %3 x %4")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(screen.width())
                       .arg(screen.height())));
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
        qPrintable(QStringLiteral("minimum %1 x %2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
}

QTEST_MAIN(tst_TextScale)
#include "tst_textscale.moc"
