// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc::importhints {

// The likely fix for what a file wrote where the interchange format wants a key or a number,
// for the import's messages: so that an officer reads what to write, not only what is wrong.
// Each returns an empty string when it has no good guess.

// A strand that is not one: "diversion" -> "diversion schemes belong to demand".
QString strand(const QString &typed);
// A value that is not a number: "c. 187" -> "write 187 with qualifier approx"; "17-20" ->
// "write 17 in value and 20 in value_high, with qualifier range".
QString value(const QString &typed);

} // namespace opcc::importhints
