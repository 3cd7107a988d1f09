// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/measurecatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace opcc {

const QList<CatalogueMeasure> &measureCatalogue()
{
    static const QList<CatalogueMeasure> list {
        { "additional_funding", Unit::Gbp, true, QT_TRANSLATE_NOOP("Measure", "Additional funding"),
            QT_TRANSLATE_NOOP(
                "Measure", "A further grant on top of the first funding, in pounds.") },
        { "alcohol_arrests_reduction", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Reduction in alcohol-related arrests"),
            QT_TRANSLATE_NOOP("Measure", "Percentage fall in alcohol-related arrests.") },
        { "arrests", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Arrests"),
            QT_TRANSLATE_NOOP("Measure", "Arrests made by the operation or scheme.") },
        { "assessment_rate", Unit::Percent, true, QT_TRANSLATE_NOOP("Measure", "Assessment rate"),
            QT_TRANSLATE_NOOP("Measure", "Assessments as a percentage of referrals.") },
        { "assessments", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Assessments"),
            QT_TRANSLATE_NOOP("Measure", "Assessments carried out with people referred.") },
        { "average_attendance", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Average attendance"),
            QT_TRANSLATE_NOOP("Measure", "Average number of people attending a session.") },
        { "average_programme_stay", Unit::Months, true,
            QT_TRANSLATE_NOOP("Measure", "Average programme stay"),
            QT_TRANSLATE_NOOP("Measure", "Average length of stay in a programme, in months.") },
        { "average_stay", Unit::Weeks, true, QT_TRANSLATE_NOOP("Measure", "Average stay"),
            QT_TRANSLATE_NOOP("Measure", "Average time a resident stays, in weeks.") },
        { "cannabis_plants_seized", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Cannabis plants seized"),
            QT_TRANSLATE_NOOP("Measure", "Cannabis plants seized.") },
        { "case_study_linked_crimes", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Case study: crimes linked"),
            QT_TRANSLATE_NOOP(
                "Measure", "Crimes linked to one participant described as a case study.") },
        { "case_study_safeguarding_reports", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Case study: safeguarding reports"),
            QT_TRANSLATE_NOOP("Measure",
                "Safeguarding reports linked to one participant described as a case study.") },
        { "case_study_sessions_attended", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Case study: sessions attended"),
            QT_TRANSLATE_NOOP(
                "Measure", "Sessions attended by one participant described as a case study.") },
        { "cash_seized", Unit::Gbp, true, QT_TRANSLATE_NOOP("Measure", "Cash seized"),
            QT_TRANSLATE_NOOP("Measure", "Cash seized from criminals, in pounds.") },
        { "cohort_aged_over_35_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort aged over 35"),
            QT_TRANSLATE_NOOP("Measure", "Share of the cohort aged over 35, as a percentage.") },
        { "cohort_disability_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort with a disability"),
            QT_TRANSLATE_NOOP(
                "Measure", "Share of the cohort with a disability, as a percentage.") },
        { "cohort_domestic_abuse_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort affected by domestic abuse"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of the cohort who were victims, perpetrators or grew up around domestic "
                "abuse, as a percentage.") },
        { "cohort_family_substance_misuse_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort with family substance misuse"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of the cohort who grew up with family members with substance misuse, as a "
                "percentage.") },
        { "cohort_male_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort who are male"),
            QT_TRANSLATE_NOOP("Measure", "Share of the cohort who are male, as a percentage.") },
        { "cohort_mental_health_issues_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort with mental health issues"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of the cohort with self-reported mental health issues, as a percentage.") },
        { "cohort_not_in_employment_or_education_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort not in employment or education"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of the cohort not in employment or education, as a percentage.") },
        { "cohort_white_british_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Cohort who are White British"),
            QT_TRANSLATE_NOOP(
                "Measure", "Share of the cohort who are White British, as a percentage.") },
        { "county_line_ocgs_disrupted", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "County line OCGs disrupted"),
            QT_TRANSLATE_NOOP("Measure", "County line organised crime groups disrupted.") },
        { "crime_cost", Unit::Gbp, false, QT_TRANSLATE_NOOP("Measure", "Cost of crime"),
            QT_TRANSLATE_NOOP("Measure",
                "Estimated cost of crimes to victims and the public purse, in pounds.") },
        { "crime_reduction", Unit::Percent, true, QT_TRANSLATE_NOOP("Measure", "Crime reduction"),
            QT_TRANSLATE_NOOP(
                "Measure", "Percentage fall in crime or demand linked to the scheme.") },
        { "detected_crimes", Unit::Count, false, QT_TRANSLATE_NOOP("Measure", "Detected crimes"),
            QT_TRANSLATE_NOOP("Measure", "Detected crimes committed by a group of participants.") },
        { "drug_charges", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Drug charges"),
            QT_TRANSLATE_NOOP("Measure", "Drug offence charges brought.") },
        { "drug_disruptions", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Drug disruptions"),
            QT_TRANSLATE_NOOP("Measure", "Disruptions of drug supply activity.") },
        { "drug_lines_dismantled", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Drug lines dismantled"),
            QT_TRANSLATE_NOOP("Measure", "County lines or drug lines closed down.") },
        { "drug_offences_reduction", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Reduction in drug-related offences"),
            QT_TRANSLATE_NOOP("Measure", "Percentage fall in drug-related offences.") },
        { "drugs_seized", Unit::Kg, true, QT_TRANSLATE_NOOP("Measure", "Drugs seized"),
            QT_TRANSLATE_NOOP("Measure", "Weight of drugs seized, in kilograms.") },
        { "drugs_seized_street_value", Unit::Gbp, true,
            QT_TRANSLATE_NOOP("Measure", "Street value of drugs seized"),
            QT_TRANSLATE_NOOP("Measure", "Street value of drugs seized, in pounds.") },
        { "drugs_seized_value", Unit::Gbp, true,
            QT_TRANSLATE_NOOP("Measure", "Value of drugs seized"),
            QT_TRANSLATE_NOOP("Measure",
                "Value of drugs seized where the source does not call it street value, in "
                "pounds.") },
        { "duration", Unit::Months, true, QT_TRANSLATE_NOOP("Measure", "Duration"),
            QT_TRANSLATE_NOOP("Measure", "Length of a pilot or programme, in months.") },
        { "engagement_courses_training_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Engagement in courses or training"),
            QT_TRANSLATE_NOOP(
                "Measure", "Share of participants on courses or training, as a percentage.") },
        { "engagement_life_skills_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Engagement in life skills"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of participants engaging in life skills development, as a percentage.") },
        { "engagement_peer_support_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Engagement in peer support"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of participants attending peer support sessions, as a percentage.") },
        { "engagement_sports_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Engagement in sports"),
            QT_TRANSLATE_NOOP("Measure",
                "Share of participants engaging in sports activities, as a percentage.") },
        { "engagement_voluntary_work_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Engagement in voluntary work"),
            QT_TRANSLATE_NOOP(
                "Measure", "Share of participants doing voluntary work, as a percentage.") },
        { "extension_duration", Unit::Months, true, QT_TRANSLATE_NOOP("Measure", "Extension"),
            QT_TRANSLATE_NOOP("Measure", "Length of an extension to a programme, in months.") },
        { "failed_to_attend", Unit::Count, false, QT_TRANSLATE_NOOP("Measure", "Failed to attend"),
            QT_TRANSLATE_NOOP("Measure", "People referred who did not attend their assessment.") },
        { "failed_to_attend_rate", Unit::Percent, false,
            QT_TRANSLATE_NOOP("Measure", "Failed to attend rate"),
            QT_TRANSLATE_NOOP("Measure",
                "People who did not attend their assessment as a percentage of those referred.") },
        { "funding", Unit::Gbp, true, QT_TRANSLATE_NOOP("Measure", "Funding"),
            QT_TRANSLATE_NOOP("Measure", "Money given to the scheme, in pounds.") },
        { "grants_awarded", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Grants awarded"),
            QT_TRANSLATE_NOOP("Measure", "Number of organisations or projects given a grant.") },
        { "intelligence_reports", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Intelligence reports"),
            QT_TRANSLATE_NOOP("Measure", "Intelligence reports received.") },
        { "intervention_meetings", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Intervention meetings"),
            QT_TRANSLATE_NOOP("Measure", "Support or intervention meetings held with clients.") },
        { "left_custodial_sentence", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Left after custodial sentence"),
            QT_TRANSLATE_NOOP(
                "Measure", "Clients who left treatment because of a custodial sentence.") },
        { "left_voluntarily", Unit::Count, false, QT_TRANSLATE_NOOP("Measure", "Left voluntarily"),
            QT_TRANSLATE_NOOP("Measure", "Clients who left the programme of their own accord.") },
        { "lives_saved", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Lives saved"),
            QT_TRANSLATE_NOOP(
                "Measure", "Lives saved, for example by naloxone given by officers.") },
        { "maximum_grant", Unit::Gbp, true, QT_TRANSLATE_NOOP("Measure", "Maximum grant"),
            QT_TRANSLATE_NOOP(
                "Measure", "The largest single grant an applicant can bid for, in pounds.") },
        { "not_reoffended_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Not reoffended rate"),
            QT_TRANSLATE_NOOP(
                "Measure", "Participants who have not reoffended, as a percentage.") },
        { "offending_while_on_scheme", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Offending while on scheme"),
            QT_TRANSLATE_NOOP(
                "Measure", "Participants who committed offences while on the scheme.") },
        { "officers_carrying_naloxone", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Officers carrying naloxone"),
            QT_TRANSLATE_NOOP("Measure", "Police officers carrying naloxone.") },
        { "operation_iterations", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Times the operation has run"),
            QT_TRANSLATE_NOOP(
                "Measure", "Times an operation has been run again after the first.") },
        { "paid_employment_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "In paid employment"),
            QT_TRANSLATE_NOOP(
                "Measure", "Share of participants in paid employment, as a percentage.") },
        { "participants", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Participants"),
            QT_TRANSLATE_NOOP("Measure", "People who took part in an activity of the scheme.") },
        { "partner_organisations", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Partner organisations"),
            QT_TRANSLATE_NOOP("Measure", "Organisations working in partnership on the scheme.") },
        { "people_at_risk_identified", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People at risk identified"),
            QT_TRANSLATE_NOOP("Measure", "People identified as at risk from crime gangs.") },
        { "people_charged", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People charged"),
            QT_TRANSLATE_NOOP("Measure", "People charged with offences.") },
        { "people_diverted", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People diverted"),
            QT_TRANSLATE_NOOP("Measure", "People diverted from the criminal justice system.") },
        { "people_eligible", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People eligible"),
            QT_TRANSLATE_NOOP(
                "Measure", "People eligible for the scheme, for example for a drug test.") },
        { "people_enrolled", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People enrolled"),
            QT_TRANSLATE_NOOP("Measure", "People enrolled on the scheme.") },
        { "people_in_treatment", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People in treatment"),
            QT_TRANSLATE_NOOP("Measure", "People receiving treatment at a point in time.") },
        { "people_safeguarded", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People safeguarded"),
            QT_TRANSLATE_NOOP("Measure", "Vulnerable adults and children safeguarded.") },
        { "people_seen_more_than_once", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "People seen more than once"),
            QT_TRANSLATE_NOOP(
                "Measure", "People referred to the scheme on more than one occasion.") },
        { "people_started_treatment", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People started treatment"),
            QT_TRANSLATE_NOOP("Measure", "People accepted who started treatment.") },
        { "people_supported", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People supported"),
            QT_TRANSLATE_NOOP("Measure", "People helped or supported by the scheme.") },
        { "people_tested", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "People tested"),
            QT_TRANSLATE_NOOP("Measure", "People given a drug test.") },
        { "people_with_alcohol_misuse", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People with alcohol misuse"),
            QT_TRANSLATE_NOOP(
                "Measure", "People supported who presented with problematic alcohol misuse.") },
        { "people_with_drug_misuse", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "People with drug misuse"),
            QT_TRANSLATE_NOOP("Measure",
                "People supported who presented with problematic drug or substance misuse.") },
        { "planned_custody_centres", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Custody centres in planned roll-out"),
            QT_TRANSLATE_NOOP("Measure", "Further custody centres a scheme is due to extend to.") },
        { "programme_length", Unit::Months, true,
            QT_TRANSLATE_NOOP("Measure", "Programme length per client"),
            QT_TRANSLATE_NOOP(
                "Measure", "Time each client spends on the programme or contract, in months.") },
        { "prosecuted", Unit::Count, false, QT_TRANSLATE_NOOP("Measure", "People prosecuted"),
            QT_TRANSLATE_NOOP(
                "Measure", "People prosecuted after not complying with the scheme.") },
        { "referrals", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Referrals"),
            QT_TRANSLATE_NOOP("Measure",
                "People referred into the scheme or on to support or treatment services.") },
        { "referrals_drug_alcohol", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Referrals for drug and alcohol misuse"),
            QT_TRANSLATE_NOOP("Measure", "Referrals to drug and alcohol services.") },
        { "referrals_mental_health", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Referrals for mental health"),
            QT_TRANSLATE_NOOP("Measure", "Referrals to mental health services.") },
        { "referrals_physical_health", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Referrals for physical health"),
            QT_TRANSLATE_NOOP("Measure", "Referrals to physical health services.") },
        { "residential_rehab_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Residential rehab rate"),
            QT_TRANSLATE_NOOP(
                "Measure", "Participants who went into residential rehab, as a percentage.") },
        { "residents_moved_to_family", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Residents moved to family"),
            QT_TRANSLATE_NOOP("Measure", "Residents who left the programme to live with family.") },
        { "retailer_savings", Unit::Gbp, true, QT_TRANSLATE_NOOP("Measure", "Savings to retailers"),
            QT_TRANSLATE_NOOP("Measure", "Estimated losses avoided by retailers, in pounds.") },
        { "sentence_years", Unit::Years, true,
            QT_TRANSLATE_NOOP("Measure", "Years of custodial sentences"),
            QT_TRANSLATE_NOOP("Measure", "Total years of prison sentences handed to offenders.") },
        { "sessions", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Sessions"),
            QT_TRANSLATE_NOOP("Measure", "Group or support sessions held.") },
        { "staff_trained", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Staff trained"),
            QT_TRANSLATE_NOOP("Measure", "Front-line staff trained.") },
        { "stopped_stealing_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Stopped stealing rate"),
            QT_TRANSLATE_NOOP("Measure",
                "Participants surveyed who no longer steal to fund drugs, as a percentage.") },
        { "testing_rate", Unit::Percent, true, QT_TRANSLATE_NOOP("Measure", "Testing rate"),
            QT_TRANSLATE_NOOP("Measure", "People tested as a percentage of those eligible.") },
        { "treatment_ended_medical", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Treatment ended for medical reasons"),
            QT_TRANSLATE_NOOP(
                "Measure", "Clients whose treatment ended after a medical episode.") },
        { "treatment_paused_mental_health", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Treatment paused for mental health intervention"),
            QT_TRANSLATE_NOOP("Measure",
                "Clients whose treatment was paused for a mental health intervention.") },
        { "treatment_paused_remand", Unit::Count, false,
            QT_TRANSLATE_NOOP("Measure", "Treatment paused for remand"),
            QT_TRANSLATE_NOOP("Measure", "Clients whose treatment was paused while on remand.") },
        { "treatment_wait_target", Unit::Weeks, false,
            QT_TRANSLATE_NOOP("Measure", "Treatment waiting time target"),
            QT_TRANSLATE_NOOP(
                "Measure", "Target time from referral to the start of treatment, in weeks.") },
        { "treatment_within_target_rate", Unit::Percent, true,
            QT_TRANSLATE_NOOP("Measure", "Treatment started within target"),
            QT_TRANSLATE_NOOP("Measure",
                "Cases where treatment began within the target time, as a percentage.") },
        { "trigger_offenders", Unit::Count, true, QT_TRANSLATE_NOOP("Measure", "Trigger offenders"),
            QT_TRANSLATE_NOOP("Measure",
                "Arrested people who were trigger offenders with intelligence of suspected drug "
                "use.") },
        { "vulnerability_visits", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Vulnerability visits"),
            QT_TRANSLATE_NOOP(
                "Measure", "Welfare or vulnerability visits made to people at risk.") },
        { "youth_justice_cases", Unit::Count, true,
            QT_TRANSLATE_NOOP("Measure", "Youth justice cases"),
            QT_TRANSLATE_NOOP("Measure",
                "Youth justice intervention cases worked with by substance misuse services.") },
    };
    return list;
}

namespace {

const CatalogueMeasure *find(const QString &key)
{
    static const QHash<QString, const CatalogueMeasure *> index = [] {
        QHash<QString, const CatalogueMeasure *> map;
        for (const CatalogueMeasure &m : measureCatalogue())
            map.insert(QString::fromLatin1(m.key), &m);
        return map;
    }();
    return index.value(key, nullptr);
}

} // namespace

QList<Measure> catalogueMeasures()
{
    QList<Measure> result;
    for (const CatalogueMeasure &c : measureCatalogue()) {
        Measure m;
        m.key = QString::fromLatin1(c.key);
        m.unit = c.unit;
        m.higherIsBetter = c.higherIsBetter;
        m.label = QString::fromUtf8(c.label);
        m.description = QString::fromUtf8(c.description);
        result.append(m);
    }
    return result;
}

QString measureLabel(const Measure &measure)
{
    const CatalogueMeasure *known = find(measure.key);
    if (known && measure.label == QString::fromUtf8(known->label))
        return QCoreApplication::translate("Measure", known->label);
    return measure.label;
}

QString measureDescription(const Measure &measure)
{
    const CatalogueMeasure *known = find(measure.key);
    if (known && measure.description == QString::fromUtf8(known->description))
        return QCoreApplication::translate("Measure", known->description);
    return measure.description;
}

QList<MeasureGroup> measureGroups()
{
    return { MeasureGroup::People, MeasureGroup::Enforcement, MeasureGroup::Money,
        MeasureGroup::Outcomes, MeasureGroup::About };
}

MeasureGroup measureGroup(const QString &key, Unit unit)
{
    // Listed by group rather than as a field of every catalogue entry, so that the headings can
    // be read (and argued about) in one place. About is what is left.
    static const QHash<QString, MeasureGroup> groups = [] {
        QHash<QString, MeasureGroup> map;
        const auto add = [&map](MeasureGroup group, std::initializer_list<const char *> keys) {
            for (const char *name : keys)
                map.insert(QString::fromLatin1(name), group);
        };
        add(MeasureGroup::People,
            { "assessments", "failed_to_attend", "left_custodial_sentence", "left_voluntarily",
                "participants", "people_at_risk_identified", "people_diverted", "people_eligible",
                "people_enrolled", "people_in_treatment", "people_safeguarded",
                "people_seen_more_than_once", "people_started_treatment", "people_supported",
                "people_tested", "people_with_alcohol_misuse", "people_with_drug_misuse",
                "referrals", "referrals_drug_alcohol", "referrals_mental_health",
                "referrals_physical_health", "residents_moved_to_family", "treatment_ended_medical",
                "treatment_paused_mental_health", "treatment_paused_remand", "trigger_offenders",
                "youth_justice_cases" });
        add(MeasureGroup::Enforcement,
            { "arrests", "cannabis_plants_seized", "cash_seized", "county_line_ocgs_disrupted",
                "detected_crimes", "drug_charges", "drug_disruptions", "drug_lines_dismantled",
                "drugs_seized", "drugs_seized_street_value", "drugs_seized_value",
                "intelligence_reports", "operation_iterations", "people_charged", "prosecuted",
                "sentence_years", "vulnerability_visits" });
        add(MeasureGroup::Money,
            { "additional_funding", "crime_cost", "funding", "grants_awarded", "maximum_grant",
                "retailer_savings" });
        add(MeasureGroup::Outcomes,
            { "alcohol_arrests_reduction", "assessment_rate", "crime_reduction",
                "drug_offences_reduction", "engagement_courses_training_rate",
                "engagement_life_skills_rate", "engagement_peer_support_rate",
                "engagement_sports_rate", "engagement_voluntary_work_rate", "failed_to_attend_rate",
                "lives_saved", "not_reoffended_rate", "offending_while_on_scheme",
                "paid_employment_rate", "residential_rehab_rate", "stopped_stealing_rate",
                "testing_rate", "treatment_within_target_rate" });
        return map;
    }();
    const auto it = groups.constFind(key);
    if (it != groups.cend())
        return *it;
    if (find(key))
        return MeasureGroup::About;
    if (unit == Unit::Gbp)
        return MeasureGroup::Money;
    return unit == Unit::Percent ? MeasureGroup::Outcomes : MeasureGroup::About;
}

QString measureGroupLabel(MeasureGroup group)
{
    switch (group) {
    case MeasureGroup::People:
        return QCoreApplication::translate("Measure", "People through the scheme");
    case MeasureGroup::Enforcement:
        return QCoreApplication::translate("Measure", "Enforcement");
    case MeasureGroup::Money:
        return QCoreApplication::translate("Measure", "Money");
    case MeasureGroup::Outcomes:
        return QCoreApplication::translate("Measure", "Outcomes");
    case MeasureGroup::About:
        return QCoreApplication::translate("Measure", "About the scheme and its cohort");
    }
    return {};
}

namespace {

// The people counts of the catalogue. Staff (officers_carrying_naloxone, staff_trained), events
// (arrests, sessions, visits) and crimes are not people whom a small number could identify.
const QSet<QString> &peopleCounts()
{
    static const QSet<QString> keys {
        QStringLiteral("assessments"),
        QStringLiteral("average_attendance"),
        QStringLiteral("failed_to_attend"),
        QStringLiteral("left_custodial_sentence"),
        QStringLiteral("left_voluntarily"),
        QStringLiteral("lives_saved"),
        QStringLiteral("offending_while_on_scheme"),
        QStringLiteral("participants"),
        QStringLiteral("prosecuted"),
        QStringLiteral("referrals"),
        QStringLiteral("referrals_drug_alcohol"),
        QStringLiteral("referrals_mental_health"),
        QStringLiteral("referrals_physical_health"),
        QStringLiteral("residents_moved_to_family"),
        QStringLiteral("treatment_ended_medical"),
        QStringLiteral("treatment_paused_mental_health"),
        QStringLiteral("treatment_paused_remand"),
        QStringLiteral("trigger_offenders"),
        QStringLiteral("youth_justice_cases"),
    };
    return keys;
}

// Part -> the totals it is counted in.
const QHash<QString, QStringList> &totalsOfParts()
{
    const QString started = QStringLiteral("people_started_treatment");
    const QString referrals = QStringLiteral("referrals");
    static const QHash<QString, QStringList> parts {
        { QStringLiteral("people_in_treatment"), { started } },
        { QStringLiteral("left_custodial_sentence"), { started } },
        { QStringLiteral("left_voluntarily"), { started } },
        { QStringLiteral("treatment_ended_medical"), { started } },
        { QStringLiteral("treatment_paused_mental_health"), { started } },
        { QStringLiteral("treatment_paused_remand"), { started } },
        { QStringLiteral("assessments"), { referrals } },
        { QStringLiteral("failed_to_attend"), { referrals } },
        { QStringLiteral("referrals_drug_alcohol"), { referrals } },
        { QStringLiteral("referrals_mental_health"), { referrals } },
        { QStringLiteral("referrals_physical_health"), { referrals } },
        { QStringLiteral("people_started_treatment"), { referrals } },
        { QStringLiteral("people_tested"), { QStringLiteral("people_eligible") } },
        { QStringLiteral("people_with_alcohol_misuse"), { QStringLiteral("people_supported") } },
        { QStringLiteral("people_with_drug_misuse"), { QStringLiteral("people_supported") } },
        { QStringLiteral("prosecuted"), { QStringLiteral("people_diverted") } },
    };
    return parts;
}

} // namespace

bool measureCountsPeople(const QString &key)
{
    if (peopleCounts().contains(key) || key.startsWith(QLatin1String("people_")))
        return true;
    if (find(key))
        return false;
    for (const char *word : { "participants", "referrals", "clients", "residents" }) {
        if (key.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool measureIsShareOfPeople(const QString &key)
{
    // Every percentage of the catalogue but the falls in crime, arrests or offences: take-up
    // rates, cohort shares and outcomes of participants, each a count of people over another.
    static const QSet<QString> changesOfCrime {
        QStringLiteral("alcohol_arrests_reduction"),
        QStringLiteral("crime_reduction"),
        QStringLiteral("drug_offences_reduction"),
    };
    const CatalogueMeasure *known = find(key);
    if (known)
        return known->unit == Unit::Percent && !changesOfCrime.contains(key);
    return key.endsWith(QLatin1String("_rate")) || key.startsWith(QLatin1String("cohort_"));
}

ShareBasis measureShareBasis(const QString &key)
{
    if (!measureIsShareOfPeople(key))
        return {};
    const QString referrals = QStringLiteral("referrals");
    static const QHash<QString, ShareBasis> known {
        { QStringLiteral("assessment_rate"), { { QStringLiteral("assessments") }, { referrals } } },
        { QStringLiteral("failed_to_attend_rate"),
            { { QStringLiteral("failed_to_attend") }, { referrals } } },
        { QStringLiteral("testing_rate"),
            { { QStringLiteral("people_tested") }, { QStringLiteral("people_eligible") } } },
    };
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    // Cohort shares and outcomes of participants: a share of whichever group the scheme counts.
    return { {},
        { QStringLiteral("participants"), QStringLiteral("people_supported"),
            QStringLiteral("people_enrolled"), QStringLiteral("people_in_treatment"),
            QStringLiteral("people_started_treatment"), QStringLiteral("people_diverted"),
            referrals } };
}

QStringList measureTotalsOf(const QString &key)
{
    return totalsOfParts().value(key);
}

QString labelFromKey(const QString &key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace opcc
