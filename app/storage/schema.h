// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QStringList>

namespace opcc::schema {

// The schema kept as data: migration N takes a database from user_version N to N + 1. A new
// database runs them all, so the path from version 1 is exercised by every fresh install.
const QList<QStringList> &migrations();

// PRAGMA user_version this build writes and understands.
int currentVersion();

// PRAGMA application_id of an OPCC Schemes database ("OPCC").
constexpr int applicationId = 0x4F504343;

} // namespace opcc::schema
