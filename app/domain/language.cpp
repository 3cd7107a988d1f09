// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace opcc {

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Welsh ? QStringLiteral("cy")
                                                          : QStringLiteral("en");
}

bool installLanguage(const QString &requested)
{
    const QString language = requested.isEmpty() ? systemLanguage() : requested;
    for (auto *slot : { &appTranslator(), &qtTranslator() }) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    bool ok = true;
    if (language == QLatin1String("cy")) {
        QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
        auto translator = std::make_unique<QTranslator>();
        ok = translator->load(QStringLiteral(":/i18n/opcc-schemes_cy.qm"));
        if (ok) {
            QCoreApplication::installTranslator(translator.get());
            appTranslator() = std::move(translator);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(QLocale::Welsh), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        }
    } else {
        // English texts are the sources; the English catalogue only supplies plural forms.
        // Numbers and dates follow British conventions unless the system asks for another
        // English locale.
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English
                ? system
                : QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto translator = std::make_unique<QTranslator>();
        ok = translator->load(QStringLiteral(":/i18n/opcc-schemes_en.qm"));
        if (ok) {
            QCoreApplication::installTranslator(translator.get());
            appTranslator() = std::move(translator);
        }
    }
    current() = language;
    return ok;
}

QString currentLanguage()
{
    return current();
}

} // namespace opcc
