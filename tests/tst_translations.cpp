// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translations are complete and built in: lupdate run on the sources now finds exactly the
// messages of the committed catalogues, every message of the Welsh catalogue is translated (each
// plural form, the same placeholders, an accelerator where the source has one), and the .qm
// files embedded in the program load and translate.

#include "domain/language.h"
#include "testsupport.h"
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>

using namespace testsupport;

namespace {

// Runs lupdate on every source file the build gives it (app/ and ui/: .cpp, .h, .ui) into a new
// catalogue at `ts`.
bool runLupdate(const QString &ts, const QStringList &extraOptions, QString *error)
{
    QStringList files;
    for (const QString &folder : { QStringLiteral("app"), QStringLiteral("ui") }) {
        QDirIterator it(sourcePath(folder),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    QProcess lupdate;
    lupdate.start(testsupport::environmentPath("OPCC_LUPDATE"),
        QStringList { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"), QStringLiteral("none"),
            // Headers are found as the build finds them, so that each class
            // is known with its namespace.
            QStringLiteral("-I"), sourcePath(QStringLiteral("app")), QStringLiteral("-I"),
            sourcePath(QStringLiteral("ui")) }
            + extraOptions + files + QStringList { QStringLiteral("-ts"), ts });
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lupdate.readAllStandardError());
        return false;
    }
    return true;
}

QStringList describe(const QSet<tscatalogue::Key> &keys)
{
    QStringList lines;
    for (const tscatalogue::Key &key : keys)
        lines.append(key.context + QStringLiteral(": \"") + key.source + QLatin1Char('"'));
    lines.sort();
    return lines;
}

// %1..%99 and %n, each once however often it occurs.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// Whether a text has a keyboard accelerator: '&' before a letter or digit, not "&&" and not an
// HTML entity.
bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    text.remove(QRegularExpression(QStringLiteral("&[a-z]+;|&#\\d+;")));
    static const QRegularExpression accelerator(
        QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
    return accelerator.match(text).hasMatch();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void everyWelshMessageIsTranslated();
    void englishPluralsAreFilled();
    void embeddedCatalogueLoads_data();
    void embeddedCatalogueLoads();
};

void tst_Translations::catalogueMatchesSources_data()
{
    QTest::addColumn<QString>("committed");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("welsh") << "translations/opcc-schemes_cy.ts" << QStringList();
    QTest::newRow("englishPlurals")
        << "translations/opcc-schemes_en.ts" << QStringList { QStringLiteral("-pluralonly") };
}

void tst_Translations::catalogueMatchesSources()
{
    QFETCH(QString, committed);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // lupdate takes the language of a new catalogue from its name.
    const QString fresh = dir.filePath(QFileInfo(committed).fileName());
    QString error;
    QVERIFY2(runLupdate(fresh, options, &error), qPrintable(error));

    const tscatalogue::Catalogue now = tscatalogue::Catalogue::load(fresh);
    const tscatalogue::Catalogue saved = tscatalogue::Catalogue::load(sourcePath(committed));
    QVERIFY(!now.messages.isEmpty());
    const QSet<tscatalogue::Key> missing = now.keys() - saved.keys();
    const QSet<tscatalogue::Key> stale = saved.keys() - now.keys();
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("Not in %1 (run the refresh_translations target): %2")
                       .arg(committed, describe(missing).join(QStringLiteral("; ")))));
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("In %1 but gone from the sources: %2")
                       .arg(committed, describe(stale).join(QStringLiteral("; ")))));
}

void tst_Translations::everyWelshMessageIsTranslated()
{
    const auto welsh = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_cy.ts")));
    QCOMPARE(welsh.language, QStringLiteral("cy_GB"));
    QCOMPARE(welsh.sourceLanguage, QStringLiteral("en_GB"));
    QStringList problems;
    for (const tscatalogue::Message &message : welsh.messages) {
        const QString where
            = message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\": ");
        if (message.unfinished) {
            problems.append(where + QStringLiteral("unfinished"));
            continue;
        }
        // Welsh has five plural forms in Qt: 0, 1, 2-5, 6, others.
        const int forms = message.numerus ? 5 : 1;
        if (message.translations.size() != forms) {
            problems.append(where + QStringLiteral("%1 forms").arg(message.translations.size()));
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral("empty"));
                break;
            }
            QSet<QString> expected = placeholders(message.source);
            if (message.numerus)
                expected.insert(QStringLiteral("n"));
            if (placeholders(translation) != expected)
                problems.append(
                    where + QStringLiteral("placeholders differ in \"%1\"").arg(translation));
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                problems.append(
                    where + QStringLiteral("no accelerator in \"%1\"").arg(translation));
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
            + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::englishPluralsAreFilled()
{
    const auto english = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_en.ts")));
    QVERIFY(!english.messages.isEmpty());
    for (const tscatalogue::Message &message : english.messages) {
        QVERIFY2(message.numerus, qPrintable(message.source));
        QVERIFY2(!message.unfinished, qPrintable(message.source));
        QCOMPARE(message.translations.size(), 2);
        QVERIFY2(!message.translations.contains(QString()), qPrintable(message.source));
    }
}

void tst_Translations::embeddedCatalogueLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("welshStrand") << "cy"
                                 << "Vocabulary"
                                 << "Treatment" << -1 << "Triniaeth";
    QTest::newRow("welshPlural") << "cy"
                                 << "opcc::SchemeBrowser"
                                 << "%1 of %n scheme(s)" << 6 << "%1 o 6 cynllun";
    QTest::newRow("welshQtButton") << "cy"
                                   << "QPlatformTheme"
                                   << "Cancel" << -1 << "Canslo";
    QTest::newRow("englishSingular") << "en"
                                     << "opcc::SchemeBrowser"
                                     << "%1 of %n scheme(s)" << 1 << "%1 of 1 scheme";
    QTest::newRow("englishPlural") << "en"
                                   << "opcc::SchemeBrowser"
                                   << "%1 of %n scheme(s)" << 6 << "%1 of 6 schemes";
}

void tst_Translations::embeddedCatalogueLoads()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/opcc-schemes_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QVERIFY(opcc::installLanguage(language));
    QCOMPARE(opcc::currentLanguage(), language);
    QCOMPARE(QCoreApplication::translate(
                 context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count),
        expected);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
