// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The importer's view of one input file and of one record through that file's header. Private to
// the importer's sources.

#include "interchange/csvimporter.h"
#include "interchange/csvreader.h"

#include <QFile>
#include <cstring>
#include <vector>

namespace opcc {

struct CsvImporter::Input
{
    struct Column
    {
        const char *name; // as interchange::columns() spells it
        int index; // field index, or -1 when the header lacks it
        bool text; // free text: the export's formula guard is removed
        bool required;
    };

    QString name; // the file as given, or "FILE:SHEET" for a sheet of a workbook
    QString folder; // the file's (the workbook's) folder: paths in it are relative to this
    std::unique_ptr<QFile> file;
    std::unique_ptr<RecordSource> reader;
    std::optional<interchange::FileKind> kind;
    std::vector<Column> columns; // every column of the kind, in the format's order
    QStringList header; // names as read, lower case
    int width = 0; // fields up to the last named column
    bool usable = false;

private:
    mutable std::vector<std::pair<const char *, const Column *>> m_byAddress;

public:
    // Callers pass string literals: each is looked up by name once, then by its address.
    const Column *column(const char *columnName) const
    {
        for (const auto &[literal, found] : m_byAddress) {
            if (literal == columnName)
                return found;
        }
        const Column *found = nullptr;
        for (const Column &c : columns) {
            if (std::strcmp(c.name, columnName) == 0)
                found = &c;
        }
        m_byAddress.emplace_back(columnName, found);
        return found;
    }
    // For names read from a file: looked up by name every time.
    Column *columnNamed(const QString &columnName)
    {
        for (Column &c : columns) {
            if (columnName == QLatin1String(c.name))
                return &c;
        }
        return nullptr;
    }
};

class CsvImporter::Row
{
public:
    Row(const Input &input, const CsvRecord &record)
        : m_input(input)
        , m_record(record)
    { }
    const QString &file() const { return m_input.name; }
    const QString &folder() const { return m_input.folder; }
    int line() const { return m_record.line; }
    bool has(const char *column) const
    {
        const Input::Column *c = m_input.column(column);
        return c && c->index >= 0;
    }
    // Trimmed; for text columns the export's formula guard is removed first, and a leading tab
    // or carriage return that it protected is kept.
    QString value(const char *column) const
    {
        const Input::Column *c = m_input.column(column);
        if (!c || c->index < 0 || c->index >= m_record.fields.size())
            return {};
        const QString &field = m_record.fields.at(c->index);
        if (!c->text)
            return field.trimmed();
        QString text = interchange::restoreFormula(field);
        if (!text.startsWith(QLatin1Char('\t')) && !text.startsWith(QLatin1Char('\r')))
            text = text.trimmed();
        return text;
    }

private:
    const Input &m_input;
    const CsvRecord &m_record;
};

} // namespace opcc
