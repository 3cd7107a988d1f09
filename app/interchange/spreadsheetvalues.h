// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace opcc::spreadsheet {

// A date cell as Excel or LibreOffice may have written it back after a user opened and saved an
// export: the ISO forms, month dates as "Mar-22" or "Mar 2022", day dates day first as in the UK
// ("01/04/2022"; never month first). A spreadsheet turns a month ("2022-03") into the first day
// of that month ("01/03/2022"), so a first-of-month day date is ambiguous: it means the month
// when the value it replaces is that month.
struct DateCell
{
    PartialDate date;
    bool firstOfMonth = false; // written day first as the 1st: may stand for the month

    // The date, read against what is stored: the stored month when this is its first day.
    PartialDate resolved(const PartialDate &stored) const;
    // The month this first-of-month date may stand for.
    PartialDate asMonth() const;
};

std::optional<DateCell> parseDate(QStringView text);

// The error for a cell that is not a date, the same in every column and file.
QString dateError(const QString &text);

// A number as spreadsheets write it in scientific notation ("1.1E+06", "7.03E1") in plain form
// ("1100000", "70.3"); any other text comes back as it was.
QString plainNumber(const QString &text);

// A workbook's date serial (days since 1899-12-30, or since 1904-01-01 in the 1904 system) as the
// day-first text a spreadsheet would show: "01/03/2022".
QString serialToDayFirst(double serial, bool system1904);

} // namespace opcc::spreadsheet
