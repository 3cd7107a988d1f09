// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"
#include "foi/foirequest.h"

namespace opcc::foi {

// The rules a request must keep before it is saved: one wording for the form, the writer and any
// import. Each issue names the field ("reference", "received", "due", "replied"...).
QList<FieldIssue> checkRequest(const FoiRequest &request);
// A reference another request already has (existingId, when it is not this request).
std::optional<FieldIssue> checkReferenceFree(
    const FoiRequest &request, std::optional<qint64> existingId);
// A day typed in a form: YYYY-MM-DD or, as people in the UK write it, DD/MM/YYYY. An empty text is
// a null date; nullopt when the text is not a day.
std::optional<QDate> parseDay(const QString &text);
// The message for a date field whose text is not a day.
QString dayFormatMessage();
// A day as the register words it: "20 April 2020" (Welsh month names in Welsh).
QString dayText(QDate date);
// The same with the month cut short ("28 Sept 2026"), for the register's list.
QString shortDayText(QDate date);

} // namespace opcc::foi
