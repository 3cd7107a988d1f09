// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QCoreApplication;

namespace opcc {

// The interface languages: "en" (the source texts) and "cy" (Welsh).
QString systemLanguage();
// Installs the translators for the language (replacing earlier ones); also makes that language's
// locale the default for numbers and dates. An empty language means the system's.
bool installLanguage(const QString &language);
QString currentLanguage();

} // namespace opcc
