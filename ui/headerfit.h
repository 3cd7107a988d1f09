// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QHeaderView;

namespace opcc {

// Widens every section whose title does not fit (a longer word in another language, a larger
// font); the one that stretches to the end then stretches from that width. Sections already wide
// enough keep their size.
void widenToTitles(QHeaderView *header);

} // namespace opcc
