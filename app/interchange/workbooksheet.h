// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The row readers of WorkbookReader, one per file type. Private to its sources.

#include "interchange/recordsource.h"
#include "interchange/xmlscanner.h"
#include "interchange/ziparchive.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

namespace opcc {

// What both sheet readers share: the zip entry, inflated as it is read, the columns that hold
// dates (known once the header row is read), and the error of a read that failed.
class WorkbookSheetBase : public RecordSource
{
public:
    WorkbookSheetBase(const QString &zipPath, const QString &entry, qint64 size);
    ~WorkbookSheetBase() override;

    bool hasError() const override { return !m_error.isEmpty(); }
    int errorLine() const override { return m_errorLine; }
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override;
    qint64 size() const override { return m_size; }
    // A sheet's XML takes five to seven times the bytes of the same rows in CSV (about 680 a
    // figure in the export's sheet of inline strings, 500 with shared strings): reserving by the
    // CSV figure reserved a hash table seven times too large, 100 MiB at 500,000 figures.
    qint64 bytesPerFigureRow() const override { return 500; }

protected:
    bool openEntry();
    bool setError(int line, const QString &message);
    // Called with the first row read: notes which columns hold dates.
    void noteHeader(const QStringList &fields);
    bool isDateColumn(qsizetype column) const;
    void padToHeader(QStringList &fields) const;
    // A number cell's text: plain, rounded to the 15 significant digits a spreadsheet keeps; in a
    // date column a serial becomes a day-first date (a whole number 1900-2200 is a year).
    QString numberText(const QString &raw, qsizetype column, bool system1904) const;
    // A percentage cell's text as the sheet shows it: the fraction it holds (0.703) as 70.3%.
    static QString percentText(double fraction);
    // Ends the read: false, with an error if the XML was broken (xmlError not empty).
    bool finishXml(int line, bool broken, const QString &xmlError);

    QString m_zipPath;
    QString m_entry;
    qint64 m_size = 0;
    std::unique_ptr<ZipEntryDevice> m_file;
    bool m_opened = false;
    bool m_headerSeen = false;
    QList<bool> m_dateColumns;
    QString m_error;
    int m_errorLine = 0;
};

class XlsxSheet final : public WorkbookSheetBase
{
public:
    XlsxSheet(const QString &zipPath, const QString &entry, qint64 size,
        std::shared_ptr<const QStringList> sharedStrings,
        std::shared_ptr<const QList<bool>> percentStyles, bool system1904);
    bool next(CsvRecord &record) override;

    // The text of a string item (<si> of the shared strings, <is> of a cell), read to its end:
    // its <t> elements, plain or in rich-text runs, without phonetic readings (<rPh>).
    static QString richText(XmlScanner &xml, QByteArray &scratch);

private:
    enum class CellType { Number, Shared, Inline, Boolean, Date, Text };

    bool readCell(QStringList &fields, int line);
    QString cellText(CellType type, qsizetype column, int style, int line, bool *ok);
    bool failXml(int line);

    std::unique_ptr<XmlScanner> m_xml;
    QByteArray m_value; // a cell's <v>, reused from cell to cell
    QByteArray m_scratch;
    std::shared_ptr<const QStringList> m_sharedStrings;
    std::shared_ptr<const QList<bool>> m_percentStyles;
    bool m_1904;
    int m_lastRow = 0;
};

class OdsSheet final : public WorkbookSheetBase
{
public:
    OdsSheet(const QString &zipPath, const QString &sheetName, qint64 size);
    bool next(CsvRecord &record) override;

private:
    bool findTable();
    bool readRow(QStringList &fields);
    QString cellText(qsizetype column);
    QString paragraphText();

    bool finishXml(int line)
    {
        return WorkbookSheetBase::finishXml(line, m_xml.hasError(), m_xml.errorString());
    }

    QXmlStreamReader m_xml;
    QString m_sheetName;
    bool m_inTable = false;
    int m_row = 0; // rows passed, repeated ones included
    QStringList m_repeat; // a row with content repeated by table:number-rows-repeated
    int m_repeatLeft = 0;
};

} // namespace opcc
