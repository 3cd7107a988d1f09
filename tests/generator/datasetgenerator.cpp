// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datasetgenerator.h"

#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/interchangeformat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace opcc::generator {

namespace {

// SplitMix64: small, fast and the same on every platform and Qt version, so that a seed names
// one dataset for good.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < bound
    int below(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

const QStringList strands { QStringLiteral("supply"), QStringLiteral("treatment"),
    QStringLiteral("demand"), QStringLiteral("other_addictions"), QStringLiteral("partnership") };
// Weights of the strands, out of 100 (treatment is the largest, as in the shipped dataset).
const QList<int> strandWeights { 22, 38, 18, 7, 15 };

struct MeasureSpec
{
    QString key;
    QString unit;
    int low; // monthly value range, in whole units
    int high;
};

QList<MeasureSpec> measuresFor(const QString &strand)
{
    const auto m = [](const char *key, const char *unit, int low, int high) {
        return MeasureSpec { QString::fromLatin1(key), QString::fromLatin1(unit), low, high };
    };
    if (strand == QLatin1String("supply"))
        return { m("arrests", "count", 0, 60), m("drug_disruptions", "count", 0, 180),
            m("cash_seized", "gbp", 0, 90000), m("drugs_seized", "kg", 0, 40),
            m("county_line_ocgs_disrupted", "count", 0, 6),
            m("drug_lines_dismantled", "count", 0, 12), m("people_safeguarded", "count", 0, 45),
            m("drug_charges", "count", 0, 50), m("intelligence_reports", "count", 5, 300),
            m("cannabis_plants_seized", "count", 0, 900) };
    if (strand == QLatin1String("treatment"))
        return { m("referrals", "count", 5, 240), m("assessments", "count", 2, 200),
            m("people_in_treatment", "count", 10, 600),
            m("people_started_treatment", "count", 1, 90), m("lives_saved", "count", 0, 4),
            m("treatment_within_target_rate", "percent", 40, 100),
            m("residential_rehab_rate", "percent", 0, 25), m("people_tested", "count", 5, 300),
            m("naloxone_kits_issued", "count", 0, 120) };
    if (strand == QLatin1String("demand"))
        return { m("referrals", "count", 2, 120), m("people_diverted", "count", 1, 80),
            m("not_reoffended_rate", "percent", 50, 100), m("sessions", "count", 1, 60),
            m("participants", "count", 3, 150), m("youth_justice_cases", "count", 0, 30) };
    if (strand == QLatin1String("other_addictions"))
        return { m("referrals", "count", 0, 60), m("people_supported", "count", 1, 90),
            m("sessions", "count", 1, 40), m("participants", "count", 1, 70) };
    return { m("partner_organisations", "count", 3, 40), m("intervention_meetings", "count", 1, 25),
        m("staff_trained", "count", 0, 80), m("people_supported", "count", 5, 400) };
}

const QStringList codewords {
    QStringLiteral("Scorpion"),
    QStringLiteral("Hypernova"),
    QStringLiteral("Kestrel"),
    QStringLiteral("Falcon"),
    QStringLiteral("Orochi"),
    QStringLiteral("Venice"),
    QStringLiteral("Tarn"),
    QStringLiteral("Viper"),
    QStringLiteral("Raptor"),
    QStringLiteral("Grafton"),
    QStringLiteral("Mercury"),
    QStringLiteral("Sceptre"),
    QStringLiteral("Clearway"),
    QStringLiteral("Dovetail"),
    QStringLiteral("Harrier"),
    QStringLiteral("Lantern"),
    QStringLiteral("Meridian"),
    QStringLiteral("Nightjar"),
    QStringLiteral("Osprey"),
    QStringLiteral("Pelican"),
    QStringLiteral("Quarry"),
    QStringLiteral("Redstart"),
    QStringLiteral("Sandpiper"),
    QStringLiteral("Tern"),
    QStringLiteral("Umbra"),
    QStringLiteral("Wagtail"),
    QStringLiteral("Yellowhammer"),
    QStringLiteral("Avocet"),
    QStringLiteral("Bittern"),
    QStringLiteral("Curlew"),
    QStringLiteral("Dunlin"),
    QStringLiteral("Eider"),
    QStringLiteral("Fulmar"),
    QStringLiteral("Gannet"),
    QStringLiteral("Heron"),
    QStringLiteral("Ibis"),
    QStringLiteral("Jackdaw"),
    QStringLiteral("Kittiwake"),
    QStringLiteral("Linnet"),
    QStringLiteral("Merlin"),
};
const QStringList schemeKinds {
    QStringLiteral("Operation %1"),
    QStringLiteral("Project %1"),
    QStringLiteral("%1 Recovery Hub"),
    QStringLiteral("%1 Diversion Scheme"),
    QStringLiteral("%1 Drug Intervention Programme"),
    QStringLiteral("%1 Outreach"),
    QStringLiteral("%1 Custody Navigators"),
    QStringLiteral("%1 Peer Mentoring"),
    QStringLiteral("%1 Gambling Harm Service"),
    QStringLiteral("%1 Combating Drugs Partnership"),
    QStringLiteral("Checkpoint %1"),
    QStringLiteral("%1 Naloxone Programme"),
};
const QStringList providers {
    QStringLiteral("Change Grow Live"),
    QStringLiteral("Turning Point"),
    QStringLiteral("We Are With You"),
    QStringLiteral("Humankind"),
    QStringLiteral("Forward Trust"),
    QStringLiteral("Cranstoun"),
    QStringLiteral("Nacro"),
    QStringLiteral("St Giles Trust"),
    QStringLiteral("Catch22"),
    QStringLiteral("Phoenix Futures"),
    QStringLiteral("The Nelson Trust"),
    QStringLiteral("Red Rose Recovery"),
    QStringLiteral("GamCare"),
    QStringLiteral("Aquarius"),
    QStringLiteral("Kaleidoscope Plus Group"),
    QStringLiteral("Barnardo's"),
    QStringLiteral("Addaction, Cornwall"),
    QStringLiteral("Developing Initiatives Supporting Communities"),
};
const QStringList funders {
    QStringLiteral("PCC Community Safety Fund"),
    QStringLiteral("Home Office"),
    QStringLiteral("PCC Police Property Act Fund"),
    QStringLiteral("Office for Health Improvement and Disparities"),
    QStringLiteral("Local authority public health grant"),
    QStringLiteral("Ministry of Justice"),
    QStringLiteral("PCC Violence Reduction Unit"),
    QStringLiteral("National Lottery Community Fund"),
};
const QStringList months {
    QStringLiteral("January"),
    QStringLiteral("February"),
    QStringLiteral("March"),
    QStringLiteral("April"),
    QStringLiteral("May"),
    QStringLiteral("June"),
    QStringLiteral("July"),
    QStringLiteral("August"),
    QStringLiteral("September"),
    QStringLiteral("October"),
    QStringLiteral("November"),
    QStringLiteral("December"),
};

QString yearMonth(int monthIndex) // months since January 2010
{
    return QStringLiteral("%1-%2")
        .arg(2010 + monthIndex / 12)
        .arg(monthIndex % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString monthLabel(int monthIndex)
{
    return QStringLiteral("%1 %2").arg(months.at(monthIndex % 12)).arg(2010 + monthIndex / 12);
}

QString grouped(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

// hundredths as "1234.5", "0.05", "12"
QString plain(qint64 hundredths)
{
    QString text = QString::number(hundredths / 100);
    const qint64 cents = hundredths % 100;
    if (cents != 0) {
        text += QLatin1Char('.') + QString::number(cents / 10);
        if (cents % 10 != 0)
            text += QString::number(cents % 10);
    }
    return text;
}

QStringList loadAreas()
{
    QStringList areas;
    QFile file(QStringLiteral(":/dataset/areas.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return areas;
    CsvReader reader(&file);
    CsvRecord record;
    reader.next(record); // header
    while (reader.next(record))
        areas.append(record.fields.value(0));
    return areas;
}

QString text(const QString &value)
{
    return interchange::neutraliseFormula(value);
}

class Writer
{
public:
    Writer(Size size, quint64 seed, QIODevice *schemes, QIODevice *outcomes)
        : m_size(size)
        , m_random(seed)
        , m_schemes(schemes)
        , m_outcomes(outcomes)
        , m_areas(loadAreas())
    { }

    bool run(int *schemesWritten, qint64 *figuresWritten);

private:
    QString areaFor();
    QString nameFor(const QString &area);
    QString summaryFor(const QString &strand, const QString &name, const QString &providerList);
    QString sourceFor(const QString &area, int year);
    bool writeFigures(const QString &name, const QString &area, const QString &strand,
        int startMonth, int length, qint64 quota, const QString &source);

    Size m_size;
    Random m_random;
    CsvWriter m_schemes;
    CsvWriter m_outcomes;
    QStringList m_areas;
    QSet<QString> m_names; // name + area, to keep schemes unique
    qint64 m_figures = 0;
};

QString Writer::areaFor()
{
    const double roll = m_random.unit();
    if (roll < 0.02)
        return QStringLiteral("National");
    if (roll < 0.05) {
        // A regional collaboration of two to five neighbouring forces (neighbours in file order).
        const int count = m_random.between(2, 5);
        const int first = m_random.below(int(m_areas.size()) - count);
        QStringList group = m_areas.mid(first, count);
        std::sort(group.begin(), group.end(), [](const QString &a, const QString &b) {
            const int folded = QString::compare(a, b, Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : a < b;
        });
        return group.join(QStringLiteral("; "));
    }
    return m_random.pick(m_areas);
}

QString Writer::nameFor(const QString &area)
{
    QString base = m_random.pick(schemeKinds).arg(m_random.pick(codewords));
    if (m_random.chance(0.1))
        base = base.toUpper();
    QString name = base;
    for (int phase = 2; m_names.contains(name + QLatin1Char('\x1f') + area); ++phase)
        name = QStringLiteral("%1 (phase %2)").arg(base).arg(phase);
    m_names.insert(name + QLatin1Char('\x1f') + area);
    return name;
}

QString Writer::summaryFor(const QString &strand, const QString &name, const QString &providerList)
{
    static const QStringList openings {
        QStringLiteral("Works with people arrested for possession to steer them into treatment"),
        QStringLiteral("Targets county lines supply into the area"),
        QStringLiteral("Offers one-to-one support, \"no wrong door\" referrals and group work"),
        QStringLiteral("Brings police, health, probation and the council together"),
        QStringLiteral("Helps people affected by gambling harm, and their families"),
        QStringLiteral("Supports young people at risk of exploitation"),
    };
    QString summary
        = QStringLiteral("%1; %2 (%3 strand).").arg(m_random.pick(openings), name, strand);
    if (!providerList.isEmpty())
        summary += QStringLiteral(" Delivered by %1.").arg(providerList);
    const double roll = m_random.unit();
    if (roll < 0.01)
        summary = QStringLiteral("- ") + summary; // a bullet point: neutralised on export
    else if (roll < 0.02)
        summary += QStringLiteral("\nSecond paragraph: figures are reported monthly to the panel.");
    return summary;
}

QString Writer::sourceFor(const QString &area, int year)
{
    const QString where = area.contains(QLatin1Char(';')) ? QStringLiteral("Regional") : area;
    switch (m_random.below(3)) {
    case 0:
        return QStringLiteral("%1 OPCC, FOI %2-%3 response")
            .arg(where)
            .arg(year)
            .arg(m_random.between(1, 999));
    case 1:
        return QStringLiteral("%1 Police and Crime Panel minutes, %2 %3")
            .arg(where, m_random.pick(months))
            .arg(year);
    default:
        return QStringLiteral("%1 OPCC annual report %2").arg(where).arg(year);
    }
}

bool Writer::run(int *schemesWritten, qint64 *figuresWritten)
{
    if (m_areas.size() < 10)
        return false;
    if (!m_schemes.writeRow(interchange::columnNames(interchange::FileKind::Schemes))
        || !m_outcomes.writeRow(interchange::columnNames(interchange::FileKind::Outcomes)))
        return false;

    // Figures per scheme vary (weights 1 to 9); the totals come out exact.
    std::vector<double> weights(size_t(m_size.schemes));
    double total = 0;
    for (double &w : weights) {
        w = 1.0 + m_random.below(9);
        total += w;
    }
    double cumulative = 0;
    qint64 allotted = 0;
    for (int i = 0; i < m_size.schemes; ++i) {
        cumulative += weights[size_t(i)];
        const qint64 upTo = i + 1 == m_size.schemes
            ? m_size.figures
            : qint64(std::floor(double(m_size.figures) * cumulative / total));
        const qint64 quota = std::max<qint64>(0, upTo - allotted);
        allotted += quota;

        int pick = m_random.below(100);
        int strandIndex = 0;
        while (pick >= strandWeights.at(strandIndex)) {
            pick -= strandWeights.at(strandIndex);
            ++strandIndex;
        }
        const QString strand = strands.at(strandIndex);
        const QString area = areaFor();
        const QString name = nameFor(area);

        // Runs of up to ten years between 2014 and 2024, long enough for the quota.
        const int measureCount = int(measuresFor(strand).size());
        int length = m_random.between(12, 120);
        const qint64 needed = (quota + measureCount - 1) / measureCount + 1;
        length = int(std::min<qint64>(120, std::max<qint64>(length, needed)));
        const int startMonth = m_random.between(48, 48 + 130 - length);
        QString status = QStringLiteral("active");
        QString end;
        const double roll = m_random.unit();
        if (roll < 0.25) {
            status = QStringLiteral("ended");
            end = yearMonth(startMonth + length - 1);
        } else if (roll < 0.33) {
            status = QStringLiteral("pilot");
        } else if (roll < 0.35 && quota == 0) {
            status = QStringLiteral("planned");
        }
        QStringList providerNames;
        for (int k = m_random.below(3); k > 0; --k) {
            const QString provider = m_random.pick(providers);
            if (!providerNames.contains(provider))
                providerNames.append(provider);
        }
        QStringList funderNames { m_random.pick(funders) };
        if (m_random.chance(0.3) && !funderNames.contains(funders.first()))
            funderNames.append(funders.first());
        const QString providerList = providerNames.join(QStringLiteral("; "));
        const QString source = sourceFor(area, 2010 + startMonth / 12 + 1);
        // Start dates as sources give them: mostly a month, sometimes a day or only the year.
        QString start = yearMonth(startMonth);
        const double precision = m_random.unit();
        if (precision < 0.1)
            start = start.left(4);
        else if (precision < 0.2)
            start += QStringLiteral("-%1").arg(m_random.between(1, 28), 2, 10, QLatin1Char('0'));

        if (!m_schemes.writeRow({ text(name), text(area), strand, status, start, end,
                text(providerList), text(funderNames.join(QStringLiteral("; "))),
                text(summaryFor(strand, name, providerList)), text(source) }))
            return false;
        if (!writeFigures(name, area, strand, startMonth, length, quota, source))
            return false;
    }
    *schemesWritten = m_size.schemes;
    *figuresWritten = m_figures;
    return true;
}

bool Writer::writeFigures(const QString &name, const QString &area, const QString &strand,
    int startMonth, int length, qint64 quota, const QString &source)
{
    const QList<MeasureSpec> specs = measuresFor(strand);
    qint64 written = 0;
    const auto add = [&](const QStringList &row) {
        ++written;
        ++m_figures;
        return m_outcomes.writeRow(row);
    };
    // Yearly funding first (one per year of the run), then a baseline, then monthly figures.
    const int years = std::max(1, length / 12);
    for (int y = 0; y < years && written < quota; ++y) {
        const int from = startMonth + y * 12;
        const qint64 pounds = qint64(m_random.between(20, 500)) * 1000;
        QString value = plain(pounds * 100);
        const double style = m_random.unit();
        if (style < 0.1)
            value = QChar(0x00A3) + grouped(pounds);
        else if (style < 0.15)
            value = QChar(0x00A3) + QString::number(pounds / 1000) + QLatin1Char('k');
        if (!add({ text(name), text(area), QStringLiteral("funding"), value, {},
                QStringLiteral("gbp"), QStringLiteral("exact"), {}, {},
                y == 0 ? QStringLiteral("first year of the grant") : QString(), yearMonth(from),
                yearMonth(from + 11),
                QStringLiteral("%1 to %2").arg(monthLabel(from), monthLabel(from + 11)),
                text(source), {} }))
            return false;
    }
    if (written < quota && m_random.chance(0.2)) {
        const MeasureSpec &spec = specs.first();
        const int from = std::max(0, startMonth - 12);
        if (!add({ text(name), text(area), spec.key,
                QString::number(m_random.between(spec.low, spec.high) * 12), {}, spec.unit,
                QStringLiteral("approx"), {}, QStringLiteral("yes"),
                QStringLiteral("the year before the scheme began"), yearMonth(from),
                yearMonth(from + 11), QStringLiteral("the year before"), text(source), {} }))
            return false;
    }
    for (int index = 0; written < quota; ++index) {
        const MeasureSpec &spec = specs.at(index / length % specs.size());
        const int month = startMonth + index % length;
        if (index >= length * int(specs.size()))
            return false; // cannot happen: length was chosen for the quota
        QString value;
        QString valueHigh;
        QString qualifier = QStringLiteral("exact");
        QString per;
        QString note;
        QString quote;
        const double roll = m_random.unit();
        if (spec.unit == QLatin1String("percent")) {
            const int tenths = m_random.between(spec.low * 10, spec.high * 10);
            value = plain(tenths * 10);
            if (roll < 0.1)
                value += QLatin1Char('%');
        } else if (spec.unit == QLatin1String("gbp")) {
            const qint64 pence = qint64(m_random.between(spec.low, spec.high)) * 100
                + (m_random.chance(0.3) ? m_random.below(100) : 0);
            value = plain(pence);
            if (roll < 0.1 && pence % 100 == 0)
                value = QChar(0x00A3) + grouped(pence / 100);
        } else if (spec.unit == QLatin1String("kg")) {
            value = plain(qint64(m_random.between(spec.low * 100, spec.high * 100)));
        } else {
            const int count = m_random.between(spec.low, spec.high);
            value = count >= 1000 && roll < 0.5 ? grouped(count) : QString::number(count);
        }
        if (roll > 0.97 && spec.unit == QLatin1String("count")) {
            qualifier = QStringLiteral("range");
            const qint64 low = QString(value).remove(QLatin1Char(',')).toLongLong();
            valueHigh = QString::number(low + m_random.between(1, 20));
        } else if (roll > 0.93) {
            qualifier = QStringLiteral("approx");
        } else if (roll > 0.91) {
            qualifier = QStringLiteral("at_least");
        }
        if (m_random.chance(0.03))
            note = QStringLiteral("provisional, to be confirmed at the next panel meeting");
        else if (m_random.chance(0.005))
            note = QStringLiteral("=figures from the provider's own return, not yet audited");
        if (m_random.chance(0.05))
            quote = QStringLiteral("%1 %2 in %3").arg(value, spec.key, monthLabel(month));
        if (!add({ text(name), text(area), spec.key, value, valueHigh, spec.unit, qualifier, per,
                {}, text(note), yearMonth(month), yearMonth(month), monthLabel(month), text(source),
                text(quote) }))
            return false;
    }
    return true;
}

} // namespace

std::optional<Size> Size::named(const QString &name)
{
    if (name == QLatin1String("small"))
        return small();
    if (name == QLatin1String("large"))
        return large();
    if (name == QLatin1String("huge"))
        return huge();
    return std::nullopt;
}

DatasetGenerator::DatasetGenerator(Size size, quint64 seed)
    : m_size(size)
    , m_seed(seed)
{ }

bool DatasetGenerator::writeTo(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    const QDir dir(directory);
    QSaveFile schemes(dir.filePath(QStringLiteral("schemes.csv")));
    QSaveFile outcomes(dir.filePath(QStringLiteral("outcomes.csv")));
    if (!schemes.open(QIODevice::WriteOnly) || !outcomes.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write to %1").arg(directory);
        return false;
    }
    Writer writer(m_size, m_seed, &schemes, &outcomes);
    if (!writer.run(&m_schemesWritten, &m_figuresWritten)) {
        *error = QStringLiteral("writing failed: %1 %2")
                     .arg(schemes.errorString(), outcomes.errorString());
        schemes.cancelWriting();
        outcomes.cancelWriting();
        return false;
    }
    if (!schemes.commit() || !outcomes.commit()) {
        *error = QStringLiteral("cannot save the files in %1").arg(directory);
        return false;
    }
    return true;
}

} // namespace opcc::generator
