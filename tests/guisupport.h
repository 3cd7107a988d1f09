// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers for the widget tests: typing into whatever has the focus, answering the message box
// that an action is about to show, and saving screenshots when OPCC_SCREENSHOT_DIR is set.

#include "application.h"
#include "domain/language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace guisupport {

// How every window test starts: the app's identity, English with UK dates, and settings kept in
// a file under the test's own folder. False if the English catalogue cannot be installed.
inline bool startInEnglish(const QString &settingsPath)
{
    opcc::ui::setApplicationIdentity();
    if (!opcc::installLanguage(QStringLiteral("en")))
        return false;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsPath);
    return true;
}

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// Each key is followed by the events it caused (an item view commits an edit on Enter one
// event later), as when a person types.
inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
    QCoreApplication::processEvents();
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    QCoreApplication::processEvents();
}

// Replaces the whole text of the focused line edit.
inline void retype(const QString &text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

// When the next modal message box opens, `answer` is given it (and it is closed by clicking
// the button whose text contains `buttonText`). `seen` receives its text.
inline void answerNextMessageBox(const QString &buttonText, QString *seen = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seen)
            *seen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPCC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace guisupport
