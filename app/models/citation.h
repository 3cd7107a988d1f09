// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <optional>

namespace opcc {

// Plain text to paste into an FOI reply or a panel paper: the thing itself and where it comes
// from, so that a figure never travels without its source.
namespace citation {

// "Referrals: 943 (2022 to 2023). DIVERT, West Mercia." then the source and the quoted words.
QString figure(const Figure &figure, const Measure &measure, const Scheme &scheme,
    const std::optional<SourceDocument> &source);
// The scheme's name, areas, strand and status, its summary, then its source document.
QString scheme(const Scheme &scheme, const std::optional<SourceDocument> &source);
// "Source: title (kind, publisher, reference, date issued)".
QString sourceLine(const QString &title, const std::optional<SourceDocument> &source);

} // namespace citation

} // namespace opcc
