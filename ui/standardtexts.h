// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace opcc::ui {

// The texts Qt itself shows in our windows: the standard buttons of message boxes and button
// boxes, the context menus of text fields, and the heading of the command line's options. Qt has no
// Welsh catalogue of its own, so these are translated in ours, in the contexts Qt looks them up in.
// Each as translated now.
QStringList qtStandardTexts();

} // namespace opcc::ui
