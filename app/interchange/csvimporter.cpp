#include "interchange/csvimporter.h"

#include "domain/measurecatalogue.h"
#include "domain/validator.h"
#include "interchange/csvreader.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

namespace opcc {

using interchange::FileKind;

struct CsvImporter::Input
{
    QString name;
    QFile file;
    std::unique_ptr<CsvReader> reader;
    std::optional<FileKind> kind;
    QHash<QString, int> columns; // column name -> field index
    int width = 0;               // fields up to the last named column
    bool usable = false;
};

// One record seen through its file's header.
class CsvImporter::Row
{
public:
    Row(const Input &input, const CsvRecord &record)
        : m_input(input)
        , m_record(record)
    { }
    const QString &file() const { return m_input.name; }
    int line() const { return m_record.line; }
    bool has(const char *column) const
    {
        return m_input.columns.contains(QLatin1String(column));
    }
    // Trimmed; for text columns with the export's formula guard removed.
    QString value(const char *column) const
    {
        const int index = m_input.columns.value(QLatin1String(column), -1);
        if (index < 0 || index >= m_record.fields.size())
            return {};
        QString text = m_record.fields.at(index).trimmed();
        for (const auto &spec : interchange::columns(*m_input.kind)) {
            if (qstrcmp(spec.name, column) == 0 && spec.text) {
                text = interchange::restoreFormula(m_record.fields.at(index));
                if (!text.startsWith(QLatin1Char('\t')) && !text.startsWith(QLatin1Char('\r')))
                    text = text.trimmed();
                break;
            }
        }
        return text;
    }

private:
    const Input &m_input;
    const CsvRecord &m_record;
};

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{ }

CsvImporter::~CsvImporter() = default;

bool CsvImporter::addError(const QString &file, int line, const QString &column,
                           const QString &message)
{
    if (m_summary.errors.size() >= maxErrors) {
        m_summary.errorsTruncated = true;
        m_stopped = true;
        return false;
    }
    m_summary.errors.append({file, line, column, message});
    return false;
}

bool CsvImporter::databaseError(const Row &row)
{
    addError(row.file(), row.line(), QStringLiteral("-"),
             tr("the database refused the row: %1").arg(m_db.errorString()));
    m_stopped = true; // the transaction may be unusable now
    return false;
}

bool CsvImporter::reportProgress()
{
    if (!m_progress || ++m_rowsSinceProgress < 500)
        return true;
    m_rowsSinceProgress = 0;
    const qint64 done = m_bytesBefore + (m_current ? m_current->reader->bytesRead() : 0);
    if (!m_progress(done, m_totalBytes)) {
        m_summary.cancelled = true;
        m_stopped = true;
        return false;
    }
    return true;
}

void CsvImporter::loadLookups()
{
    m_schemeIds = m_db.schemeIndex();
    for (const Area &area : m_db.areas())
        m_areaNames.insert(area.name.toCaseFolded(), area.name);
    for (const QString &name : m_db.organisationNames())
        m_organisationNames.insert(name.toCaseFolded(), name);
    for (const Measure &measure : m_db.measures())
        m_measures.insert(measure.key, measure);
    for (const SourceDocument &source : m_db.sources())
        m_sources.insert(source.title, source);
}

QString CsvImporter::canonicalArea(const QString &name)
{
    const QString folded = name.toCaseFolded();
    const auto it = m_areaNames.constFind(folded);
    if (it != m_areaNames.cend())
        return *it;
    m_areaNames.insert(folded, name);
    m_summary.areasCreated.append(name);
    return name;
}

QString CsvImporter::canonicalOrganisation(const QString &name)
{
    const QString folded = name.toCaseFolded();
    const auto it = m_organisationNames.constFind(folded);
    if (it != m_organisationNames.cend())
        return *it;
    m_organisationNames.insert(folded, name);
    return name;
}

bool CsvImporter::openInputs(const QStringList &paths, std::vector<std::unique_ptr<Input>> &inputs)
{
    bool ok = true;
    for (const QString &path : paths) {
        auto input = std::make_unique<Input>();
        input->name = path;
        input->file.setFileName(path);
        if (!input->file.open(QIODevice::ReadOnly)) {
            ok = addError(path, 0, QStringLiteral("-"),
                          tr("cannot be read: %1").arg(input->file.errorString()));
            continue;
        }
        m_totalBytes += input->file.size();
        input->reader = std::make_unique<CsvReader>(&input->file);
        inputs.push_back(std::move(input));
    }
    return ok;
}

bool CsvImporter::readHeader(Input &input)
{
    CsvRecord header;
    if (!input.reader->next(header)) {
        if (input.reader->hasError())
            return addError(input.name, input.reader->errorLine(), QStringLiteral("-"),
                            input.reader->errorString());
        return addError(input.name, 1, QStringLiteral("-"),
                        tr("the file is empty; it needs a header row"));
    }
    QStringList names;
    for (const QString &field : header.fields)
        names.append(field.trimmed().toLower());
    // Spreadsheets write empty columns after the last one: no name, no values.
    while (!names.isEmpty() && names.last().isEmpty())
        names.removeLast();
    input.width = int(names.size());
    input.kind = interchange::kindFromHeader(names);
    if (!input.kind) {
        return addError(input.name, header.line, QStringLiteral("-"),
                        tr("cannot tell what the file holds: a schemes file needs the columns "
                           "%1; an outcomes file needs %2")
                            .arg(QStringLiteral("name, area, strand"),
                                 QStringLiteral("scheme, area, measure, value")));
    }
    const QStringList known = interchange::columnNames(*input.kind);
    bool ok = true;
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name.isEmpty()) {
            ok = addError(input.name, header.line, tr("column %1").arg(i + 1),
                          tr("the column has no name"));
        } else if (!known.contains(name)) {
            ok = addError(input.name, header.line, name,
                          tr("unknown column for %1; its columns are: %2")
                              .arg(interchange::kindName(*input.kind),
                                   known.join(QStringLiteral(", "))));
        } else if (input.columns.contains(name)) {
            ok = addError(input.name, header.line, name, tr("the column appears twice"));
        } else {
            input.columns.insert(name, i);
        }
    }
    for (const auto &column : interchange::columns(*input.kind)) {
        if (column.required && !input.columns.contains(QLatin1String(column.name)))
            ok = addError(input.name, header.line, QString::fromLatin1(column.name),
                          tr("required column is missing from the header"));
    }
    input.usable = ok;
    return ok;
}

bool CsvImporter::importRows(Input &input)
{
    m_current = &input;
    CsvRecord record;
    while (!m_stopped && input.reader->next(record)) {
        if (!reportProgress())
            break;
        if (record.fields.size() < input.width) {
            addError(input.name, record.line, QStringLiteral("-"),
                     tr("the row has %1 fields but the header has %2 columns")
                         .arg(record.fields.size())
                         .arg(input.width));
            continue;
        }
        bool ragged = false;
        for (qsizetype i = input.width; i < record.fields.size(); ++i)
            ragged = ragged || !record.fields.at(i).trimmed().isEmpty();
        if (ragged) {
            addError(input.name, record.line, QStringLiteral("-"),
                     tr("the row has %1 fields but the header has %2 columns")
                         .arg(record.fields.size())
                         .arg(input.width));
            continue;
        }
        const Row row(input, record);
        switch (*input.kind) {
        case FileKind::Sources:
            importSource(row);
            break;
        case FileKind::Schemes:
            importScheme(row);
            break;
        case FileKind::Details:
            importDetails(row);
            break;
        case FileKind::Outcomes:
            importFigure(row);
            break;
        }
    }
    if (input.reader->hasError())
        addError(input.name, input.reader->errorLine(), QStringLiteral("-"),
                 input.reader->errorString());
    m_bytesBefore += input.file.size();
    m_current = nullptr;
    return !m_stopped;
}

ImportSummary CsvImporter::run(const QStringList &paths, Mode mode)
{
    m_summary = ImportSummary();
    m_stopped = false;
    std::vector<std::unique_ptr<Input>> inputs;
    openInputs(paths, inputs);

    Database::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        addError(paths.value(0), 0, QStringLiteral("-"),
                 tr("cannot start writing to the database: %1").arg(m_db.errorString()));
        return m_summary;
    }
    loadLookups();
    for (auto &input : inputs)
        readHeader(*input);

    // Schemes before the figures that refer to them, whatever the order of the files.
    for (FileKind kind : {FileKind::Sources, FileKind::Schemes, FileKind::Details,
                          FileKind::Outcomes}) {
        for (auto &input : inputs) {
            if (!m_stopped && input->usable && input->kind == kind)
                importRows(*input);
        }
    }

    countSchemes();
    const bool commit = mode == Mode::Write && !m_summary.hasErrors() && !m_summary.cancelled
        && m_summary.changesSomething();
    if (commit) {
        const bool audited = m_db.writeAudit(QStringLiteral("import"), QStringLiteral("import"),
                                             0, m_summary.describe());
        m_summary.written = audited && transaction.commit();
        if (!m_summary.written)
            addError(paths.value(0), 0, QStringLiteral("-"),
                     tr("the database could not save the import: %1").arg(m_db.errorString()));
    } else {
        transaction.rollback();
    }
    return m_summary;
}

// ---- rows

bool CsvImporter::importSource(const Row &row)
{
    SourceDocument source;
    source.title = row.value("source");
    if (source.title.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("source"),
                        tr("a source document needs a title"));
    bool ok = true;
    const QString kind = row.value("kind").toLower();
    if (!kind.isEmpty()) {
        const auto parsed = Vocabulary<SourceKind>::fromKey(kind);
        if (!parsed)
            ok = addError(row.file(), row.line(), QStringLiteral("kind"),
                          tr("\"%1\" is not a kind of document; use one of: %2")
                              .arg(kind, Vocabulary<SourceKind>::keys().join(QStringLiteral(", "))));
        else
            source.kind = *parsed;
    }
    source.publisher = row.value("publisher");
    source.reference = row.value("reference");
    source.file = row.value("file");
    const auto issued = PartialDate::parse(row.value("issued"));
    if (!issued)
        ok = addError(row.file(), row.line(), QStringLiteral("issued"),
                      tr("\"%1\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
                          .arg(row.value("issued")));
    else
        source.issued = *issued;
    if (!ok)
        return false;

    const auto existing = m_sources.constFind(source.title);
    if (existing != m_sources.cend() && existing->kind == source.kind
        && existing->publisher == source.publisher && existing->reference == source.reference
        && existing->issued == source.issued && existing->file == source.file) {
        ++m_summary.sourcesUnchanged;
        return true;
    }
    if (!m_db.saveSource(source))
        return databaseError(row);
    ++(existing == m_sources.cend() ? m_summary.sourcesAdded : m_summary.sourcesUpdated);
    m_sources.insert(source.title, source);
    return true;
}

void CsvImporter::noteScheme(qint64 id, const Scheme &scheme, Change change)
{
    const auto it = m_schemeChanges.find(id);
    if (it == m_schemeChanges.end()) {
        m_schemeChanges.insert(id, change);
        m_schemeLabels.append({id, tr("%1 (%2)").arg(scheme.name, scheme.areaKey())});
    } else if (*it == Change::Unchanged) {
        *it = change;
    }
}

void CsvImporter::countSchemes()
{
    for (const auto &[id, label] : std::as_const(m_schemeLabels)) {
        switch (m_schemeChanges.value(id)) {
        case Change::Added:
            ++m_summary.schemesAdded;
            m_summary.schemesAddedNames.append(label);
            break;
        case Change::Updated:
            ++m_summary.schemesUpdated;
            m_summary.schemesUpdatedNames.append(label);
            break;
        case Change::Unchanged:
            ++m_summary.schemesUnchanged;
            break;
        }
    }
}

void CsvImporter::noteSource(const QString &title)
{
    if (title.isEmpty() || m_sources.contains(title))
        return;
    SourceDocument source;
    source.title = title;
    m_sources.insert(title, source);
    ++m_summary.sourcesAdded;
}

std::optional<qint64> CsvImporter::schemeFor(const Row &row, const QString &nameColumn)
{
    const QString name = row.value(nameColumn.toLatin1().constData());
    QStringList areas;
    for (const QString &area : splitList(row.value("area")))
        areas.append(m_areaNames.value(area.toCaseFolded(), area));
    const QString key = Database::schemeIndexKey(name, joinAreas(areas));
    if (m_rejectedSchemes.contains(key))
        return std::nullopt; // its own row already has the error
    const auto it = m_schemeIds.constFind(key);
    if (it != m_schemeIds.cend())
        return *it;
    addError(row.file(), row.line(), nameColumn,
             tr("there is no scheme \"%1\" in \"%2\", neither in the database nor in this import")
                 .arg(name, joinAreas(areas)));
    return std::nullopt;
}

bool CsvImporter::importScheme(const Row &row)
{
    Scheme scheme;
    bool ok = true;
    scheme.name = row.value("name");
    for (const QString &area : splitList(row.value("area")))
        scheme.areas.append(area);
    const QString strand = row.value("strand").toLower();
    if (strand.isEmpty()) {
        ok = addError(row.file(), row.line(), QStringLiteral("strand"),
                      tr("a scheme needs a strand: %1")
                          .arg(Vocabulary<Strand>::keys().join(QStringLiteral(", "))));
    } else if (const auto parsed = Vocabulary<Strand>::fromKey(strand)) {
        scheme.strand = *parsed;
    } else {
        ok = addError(row.file(), row.line(), QStringLiteral("strand"),
                      tr("\"%1\" is not a strand; use one of: %2")
                          .arg(strand, Vocabulary<Strand>::keys().join(QStringLiteral(", "))));
    }
    const QString status = row.value("status").toLower();
    if (!status.isEmpty()) {
        if (const auto parsed = Vocabulary<Status>::fromKey(status))
            scheme.status = *parsed;
        else
            ok = addError(row.file(), row.line(), QStringLiteral("status"),
                          tr("\"%1\" is not a status; use one of: %2")
                              .arg(status, Vocabulary<Status>::keys().join(QStringLiteral(", "))));
    }
    for (const char *column : {"start", "end"}) {
        const QString text = row.value(column);
        const auto date = PartialDate::parse(text);
        if (!date)
            ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                          tr("\"%1\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY").arg(text));
        else
            (qstrcmp(column, "start") == 0 ? scheme.start : scheme.end) = *date;
    }
    scheme.summary = row.value("summary");
    scheme.source = row.value("source");
    for (const QString &name : splitList(row.value("providers")))
        scheme.organisations.append({name, Role::Provider});
    for (const QString &name : splitList(row.value("funders")))
        scheme.organisations.append({name, Role::Funder});
    for (const FieldIssue &issue : validation::checkScheme(scheme))
        ok = addError(row.file(), row.line(), issue.field, issue.message);

    // Identity uses the stored spelling of known areas.
    QStringList areas;
    for (const QString &area : scheme.areas)
        areas.append(m_areaNames.value(area.toCaseFolded(), area));
    const QString key = Database::schemeIndexKey(scheme.name, joinAreas(areas));
    if (const auto earlier = m_schemeLines.constFind(key); earlier != m_schemeLines.cend()) {
        return addError(row.file(), row.line(), QStringLiteral("name"),
                        tr("the same scheme (name and area) is already on line %1").arg(*earlier));
    }
    m_schemeLines.insert(key, row.line());
    if (!ok) {
        m_rejectedSchemes.insert(key);
        return false;
    }
    QStringList canonical;
    for (const QString &area : scheme.areas)
        canonical.append(canonicalArea(area));
    scheme.areas = QStringList(joinAreas(canonical).split(QStringLiteral("; ")));
    for (OrganisationLink &link : scheme.organisations)
        link.name = canonicalOrganisation(link.name);

    noteSource(scheme.source);
    const auto existingId = m_schemeIds.constFind(key);
    if (existingId == m_schemeIds.cend()) {
        const auto id = m_db.insertScheme(scheme);
        if (!id)
            return databaseError(row);
        m_schemeIds.insert(key, *id);
        noteScheme(*id, scheme, Change::Added);
        return true;
    }

    const auto stored = m_db.scheme(*existingId);
    if (!stored)
        return databaseError(row);
    Scheme merged = *stored;
    merged.strand = scheme.strand;
    if (row.has("status"))
        merged.status = scheme.status;
    if (row.has("start"))
        merged.start = scheme.start;
    if (row.has("end"))
        merged.end = scheme.end;
    if (row.has("summary"))
        merged.summary = scheme.summary;
    if (row.has("source"))
        merged.source = scheme.source;
    QList<OrganisationLink> links;
    for (Role role : Vocabulary<Role>::values()) {
        const bool replaced = (role == Role::Provider && row.has("providers"))
            || (role == Role::Funder && row.has("funders"));
        for (const OrganisationLink &link : replaced ? scheme.organisations : stored->organisations) {
            if (link.role == role)
                links.append(link);
        }
    }
    merged.organisations = links;
    const bool same = merged.strand == stored->strand && merged.status == stored->status
        && merged.start == stored->start && merged.end == stored->end
        && merged.summary == stored->summary && merged.source == stored->source
        && merged.organisations == stored->organisations;
    if (same) {
        noteScheme(merged.id, merged, Change::Unchanged);
        return true;
    }
    if (!m_db.updateScheme(merged))
        return databaseError(row);
    noteScheme(merged.id, merged, Change::Updated);
    return true;
}

bool CsvImporter::importDetails(const Row &row)
{
    const auto id = schemeFor(row, QStringLiteral("name"));
    if (!id)
        return false;
    const auto stored = m_db.scheme(*id);
    if (!stored)
        return databaseError(row);
    Scheme merged = *stored;
    if (row.has("description"))
        merged.description = row.value("description");
    if (row.has("eligibility"))
        merged.eligibility = row.value("eligibility");
    QList<OrganisationLink> links;
    for (Role role : Vocabulary<Role>::values()) {
        const char *column = role == Role::Commissioner ? "commissioners"
            : role == Role::Partner                     ? "partners"
                                                        : nullptr;
        if (column && row.has(column)) {
            for (const QString &name : splitList(row.value(column)))
                links.append({canonicalOrganisation(name), role});
        } else {
            for (const OrganisationLink &link : stored->organisations) {
                if (link.role == role)
                    links.append(link);
            }
        }
    }
    merged.organisations = links;
    bool ok = true;
    for (const FieldIssue &issue : validation::checkScheme(merged))
        ok = addError(row.file(), row.line(),
                      issue.field == QLatin1String("providers") ? QStringLiteral("partners")
                                                                : issue.field,
                      issue.message);
    if (!ok)
        return false;
    if (merged.description == stored->description && merged.eligibility == stored->eligibility
        && merged.organisations == stored->organisations) {
        noteScheme(merged.id, merged, Change::Unchanged);
        return true;
    }
    if (!m_db.updateScheme(merged))
        return databaseError(row);
    noteScheme(merged.id, merged, Change::Updated);
    return true;
}

bool CsvImporter::importFigure(const Row &row)
{
    bool ok = true;
    Figure figure;
    const auto schemeId = schemeFor(row, QStringLiteral("scheme"));
    ok = schemeId.has_value();

    figure.measure = row.value("measure");
    const QString unitText = row.value("unit").toLower();
    std::optional<Unit> unit;
    if (!unitText.isEmpty()) {
        unit = Vocabulary<Unit>::fromKey(unitText);
        if (!unit)
            ok = addError(row.file(), row.line(), QStringLiteral("unit"),
                          tr("\"%1\" is not a unit; use one of: %2")
                              .arg(unitText, Vocabulary<Unit>::keys().join(QStringLiteral(", "))));
    }
    const auto known = m_measures.constFind(figure.measure);
    if (!validation::isValidMeasureKey(figure.measure)) {
        ok = addError(row.file(), row.line(), QStringLiteral("measure"),
                      tr("\"%1\" is not a measure key: lower case letters, digits and underscores, "
                         "starting with a letter")
                          .arg(figure.measure));
    } else if (known != m_measures.cend()) {
        if (unit && *unit != known->unit)
            ok = addError(row.file(), row.line(), QStringLiteral("unit"),
                          tr("measure \"%1\" is counted in %2, not %3")
                              .arg(figure.measure, Vocabulary<Unit>::key(known->unit), unitText));
        unit = known->unit;
    } else if (!unit && unitText.isEmpty()) {
        ok = addError(row.file(), row.line(), QStringLiteral("unit"),
                      tr("\"%1\" is a new measure, so its unit is required (%2)")
                          .arg(figure.measure, Vocabulary<Unit>::keys().join(QStringLiteral(", "))));
    }

    const auto parseAmount = [&](const char *column, bool required) -> std::optional<Decimal> {
        const QString text = row.value(column);
        if (text.isEmpty()) {
            if (required)
                ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                              tr("a figure needs a value"));
            return std::nullopt;
        }
        Decimal::Syntax syntax;
        const auto amount = Decimal::parse(text, &syntax);
        if (!amount) {
            ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                          tr("\"%1\" is not a number (at most two decimal places)").arg(text));
            return std::nullopt;
        }
        if (unit && ((syntax.pound || syntax.multiplier) && *unit != Unit::Gbp)) {
            ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                          tr("\"%1\" is written as money but the measure is counted in %2")
                              .arg(text, Vocabulary<Unit>::key(*unit)));
        } else if (unit && syntax.percent && *unit != Unit::Percent) {
            ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                          tr("\"%1\" is written as a percentage but the measure is counted in %2")
                              .arg(text, Vocabulary<Unit>::key(*unit)));
        }
        return amount;
    };
    if (const auto value = parseAmount("value", true))
        figure.value = *value;
    figure.valueHigh = parseAmount("value_high", false);

    const QString qualifier = row.value("qualifier").toLower();
    if (qualifier.isEmpty()) {
        figure.qualifier = figure.valueHigh ? Qualifier::Range : Qualifier::Exact;
    } else if (const auto parsed = Vocabulary<Qualifier>::fromKey(qualifier)) {
        figure.qualifier = *parsed;
    } else {
        ok = addError(row.file(), row.line(), QStringLiteral("qualifier"),
                      tr("\"%1\" is not a qualifier; use one of: %2")
                          .arg(qualifier, Vocabulary<Qualifier>::keys().join(QStringLiteral(", "))));
    }
    const QString per = row.value("per").toLower();
    if (const auto parsed = Vocabulary<Per>::fromKey(per))
        figure.per = *parsed;
    else
        ok = addError(row.file(), row.line(), QStringLiteral("per"),
                      tr("\"%1\" is not a rate; use week, month or year, or leave it empty").arg(per));
    const QString baseline = row.value("baseline").toLower();
    if (baseline == QLatin1String("yes") || baseline == QLatin1String("true")
        || baseline == QLatin1String("1")) {
        figure.baseline = true;
    } else if (!baseline.isEmpty() && baseline != QLatin1String("no")
               && baseline != QLatin1String("false") && baseline != QLatin1String("0")) {
        ok = addError(row.file(), row.line(), QStringLiteral("baseline"),
                      tr("\"%1\" is not yes or no").arg(baseline));
    }
    for (const char *column : {"period_start", "period_end"}) {
        const QString text = row.value(column);
        const auto date = PartialDate::parse(text);
        if (!date)
            ok = addError(row.file(), row.line(), QString::fromLatin1(column),
                          tr("\"%1\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY").arg(text));
        else
            (qstrcmp(column, "period_start") == 0 ? figure.periodStart : figure.periodEnd) = *date;
    }
    figure.periodLabel = row.value("period_label");
    figure.note = row.value("note");
    figure.source = row.value("source");
    figure.quote = row.value("quote");
    if (unit) {
        for (const FieldIssue &issue : validation::checkFigure(figure, *unit)) {
            if (issue.field != QLatin1String("measure")) // reported above
                ok = addError(row.file(), row.line(), issue.field, issue.message);
        }
    }
    if (!ok)
        return false;

    if (known == m_measures.cend()) {
        Measure measure;
        measure.key = figure.measure;
        measure.unit = *unit;
        measure.label = labelFromKey(figure.measure);
        const auto id = m_db.insertMeasure(measure);
        if (!id)
            return databaseError(row);
        measure.id = *id;
        m_measures.insert(measure.key, measure);
        m_summary.measuresCreated.append(measure.key);
    }
    const Measure &measure = m_measures[figure.measure];

    figure.schemeId = *schemeId;
    const FigureIdentity identity{*schemeId,
                                  measure.id,
                                  figure.periodStart.toIsoString(),
                                  figure.periodEnd.toIsoString(),
                                  int(figure.per),
                                  figure.baseline};
    if (const auto earlier = m_figureLines.constFind(identity); earlier != m_figureLines.cend()) {
        return addError(row.file(), row.line(), QStringLiteral("measure"),
                        tr("the same figure (scheme, measure, period, per and baseline) is "
                           "already on line %1")
                            .arg(*earlier));
    }
    m_figureLines.insert(identity, row.line());

    noteSource(figure.source);
    const auto outcome = m_db.upsertFigure(figure);
    if (!outcome)
        return databaseError(row);
    switch (*outcome) {
    case Database::Upsert::Inserted:
        ++m_summary.figuresAdded;
        break;
    case Database::Upsert::Updated:
        ++m_summary.figuresUpdated;
        break;
    case Database::Upsert::Unchanged:
        ++m_summary.figuresUnchanged;
        break;
    }
    return true;
}

} // namespace opcc
