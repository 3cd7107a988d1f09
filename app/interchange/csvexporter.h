#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSaveFile;

namespace opcc {

class Database;

// Writes the interchange files, sorted so that two exports can be compared with diff. Each file is
// written to a temporary file first and moved into place only when complete.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    explicit CsvExporter(const Database &db);

    // Writes DIR/schemes.csv and DIR/outcomes.csv, creating DIR if needed.
    bool exportTo(const QString &directory);
    QString errorString() const { return m_error; }
    int schemesWritten() const { return m_schemes; }
    int figuresWritten() const { return m_figures; }

    // The rows of each file as they would be written (header first), for other writers such as
    // the spreadsheet export. Outcome rows come one at a time (there may be millions); visiting
    // stops, returning false, when visit returns false or the database fails.
    using RowVisitor = std::function<bool(const QStringList &row)>;
    QList<QStringList> schemeRows() const;
    bool forEachOutcomeRow(const RowVisitor &visit) const;

private:
    // Writes the rows to *pending, a QSaveFile for path that is left uncommitted.
    bool writeFile(const QString &path, const std::function<bool(const RowVisitor &)> &rows,
                   int *written, std::unique_ptr<QSaveFile> *pending);

    const Database &m_db;
    QString m_error;
    int m_schemes = 0;
    int m_figures = 0;
};

} // namespace opcc
