// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemedraft.h"

#include "models/areachoicemodel.h"
#include "models/figureeditmodel.h"
#include "models/organisationlinkmodel.h"
#include "models/schemeeditmodel.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

namespace opcc {

SchemeDraft::SchemeDraft(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_fields(new SchemeEditModel(this))
    , m_areas(new AreaChoiceModel(this))
    , m_organisations(new OrganisationLinkModel(this))
    , m_figures(new FigureEditModel(this))
{
    const auto notify = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_fields, &QAbstractItemModel::dataChanged, this, notify);
    connect(m_areas, &AreaChoiceModel::chosenChanged, this, notify);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_organisations),
             static_cast<QAbstractItemModel *>(m_figures) }) {
        connect(model, &QAbstractItemModel::dataChanged, this, notify);
        connect(model, &QAbstractItemModel::rowsInserted, this, notify);
        connect(model, &QAbstractItemModel::rowsRemoved, this, notify);
    }
    refreshLookups();
}

SchemeDraft::~SchemeDraft() = default;

void SchemeDraft::refreshLookups()
{
    m_areas->setAreas(LookupStore::reader(m_db).areas());
    m_figures->setMeasures(LookupStore::reader(m_db).measures());
}

void SchemeDraft::loadModels(const SchemeRecord &record, bool strandChosen)
{
    m_loading = true;
    m_fields->setScheme(record.scheme, strandChosen);
    m_areas->setChosen(record.scheme.areas);
    m_organisations->setLinks(record.scheme.organisations);
    m_figures->setFigures(record.figures);
    m_loading = false;
    m_baseline = this->record();
    emit changed();
}

void SchemeDraft::startNew()
{
    m_original.reset();
    loadModels(SchemeRecord {}, false);
}

void SchemeDraft::load(const SchemeRecord &record, const std::optional<SchemeRecord> &shown)
{
    m_original = record;
    loadModels(shown.value_or(record), true);
    if (shown) {
        m_baseline = record;
        emit changed();
    }
}

SchemeRecord SchemeDraft::record() const
{
    SchemeRecord record;
    record.scheme = m_fields->scheme();
    record.scheme.name = record.scheme.name.trimmed();
    record.scheme.areas = m_areas->chosen();
    record.scheme.organisations = m_organisations->links();
    record.figures = m_figures->figures();
    for (Figure &figure : record.figures)
        figure.schemeId = record.scheme.id;
    return record;
}

bool SchemeDraft::isModified() const
{
    const SchemeRecord now = record();
    // A new scheme starts without a strand; choosing one is a change.
    const bool strandChosen = isNew() && m_fields->strand().has_value();
    return !sameContent(now, m_baseline) || strandChosen
        || m_fields->startText() != m_baseline.scheme.start.toIsoString()
        || m_fields->endText() != m_baseline.scheme.end.toIsoString();
}

QList<FieldIssue> SchemeDraft::schemeIssues() const
{
    const Scheme scheme = record().scheme;
    QList<FieldIssue> issues;
    if (const auto strand = validation::checkStrandChosen(m_fields->strand()))
        issues.append(*strand);
    if (const auto start
        = validation::checkDateText(QStringLiteral("start"), m_fields->startText()))
        issues.append(*start);
    if (const auto end = validation::checkDateText(QStringLiteral("end"), m_fields->endText()))
        issues.append(*end);
    // The scheme's part of the record's rules; its figures are checked by the figure model.
    RecordContext context;
    if (!scheme.name.isEmpty() && !scheme.areas.isEmpty())
        context.existingId = SchemeStore::reader(m_db).idOf(scheme.name, scheme.areaKey());
    for (const RecordIssue &issue : validation::checkRecord(scheme, {}, context))
        issues.append(issue.issue);
    return issues;
}

bool SchemeDraft::isValid() const
{
    return schemeIssues().isEmpty() && m_figures->issues().isEmpty();
}

} // namespace opcc
