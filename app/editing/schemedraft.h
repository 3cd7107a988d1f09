// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"
#include "editing/schemerecord.h"

#include <QObject>
#include <optional>

namespace opcc {

class AreaChoiceModel;
class Database;
class FigureEditModel;
class OrganisationLinkModel;
class SchemeEditModel;

// A scheme being entered or edited, before it is saved: the models a form shows (fields, areas,
// organisations, figures), the record they add up to, and everything wrong with it according to
// the shared validation rules. Knows whether anything was changed since it was loaded.
class SchemeDraft final : public QObject
{
    Q_OBJECT

public:
    explicit SchemeDraft(Database &db, QObject *parent = nullptr);
    ~SchemeDraft() override;

    SchemeEditModel *fields() const { return m_fields; }
    AreaChoiceModel *areas() const { return m_areas; }
    OrganisationLinkModel *organisations() const { return m_organisations; }
    FigureEditModel *figures() const { return m_figures; }

    // A new scheme: no strand, no area, no figures.
    void startNew();
    // Edits `record` as stored; `shown`, when given, is what the form starts with instead (the
    // person's changes re-applied after a conflict), so that it counts as modified.
    void load(const SchemeRecord &record, const std::optional<SchemeRecord> &shown = std::nullopt);
    bool isNew() const { return !m_original.has_value(); }
    // The record as it was loaded (nothing for a new scheme).
    const std::optional<SchemeRecord> &original() const { return m_original; }
    // The record as entered.
    SchemeRecord record() const;
    bool isModified() const;

    // What is wrong with the scheme's own fields (by interchange field name); figures report
    // theirs through figures()->issues().
    QList<FieldIssue> schemeIssues() const;
    bool isValid() const;
    // Reads the lists a form offers again (areas, measures).
    void refreshLookups();

signals:
    // After any edit, and after loading.
    void changed();

private:
    void loadModels(const SchemeRecord &record, bool strandChosen);

    Database &m_db;
    SchemeEditModel *m_fields;
    AreaChoiceModel *m_areas;
    OrganisationLinkModel *m_organisations;
    FigureEditModel *m_figures;
    std::optional<SchemeRecord> m_original;
    SchemeRecord m_baseline; // record() right after loading, to tell whether anything changed
    bool m_loading = false;
};

} // namespace opcc
