// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace opcc {

bool CommandLineOptions::hasJob() const
{
    return help || version || listMeasures || chart || report || !imports.isEmpty()
        || !exportDirectory.isEmpty() || !exportWorkbook.isEmpty() || foiDue.isValid() || check;
}

namespace {

struct Options
{
    QCommandLineOption database { QStringLiteral("database"),
        CommandLine::tr("Use the database FILE instead of the default one "
                        "(created with the shipped dataset if missing)."),
        QStringLiteral("FILE") };
    QCommandLineOption importCsv { QStringLiteral("import-csv"),
        CommandLine::tr("Import an interchange CSV file (repeatable); all "
                        "files are imported in one transaction or not "
                        "at all."),
        QStringLiteral("FILE") };
    QCommandLineOption import { QStringLiteral("import"),
        CommandLine::tr("Import a .csv, .xlsx or .ods file, told apart by "
                        "its content (repeatable); with --import-csv, "
                        "all in one transaction."),
        QStringLiteral("FILE") };
    QCommandLineOption exportCsv { QStringLiteral("export-csv"),
        CommandLine::tr("Write DIR/schemes.csv, DIR/outcomes.csv and the "
                        "files that hold the rest of the register."),
        QStringLiteral("DIR") };
    QCommandLineOption exportXlsx { QStringLiteral("export-xlsx"),
        CommandLine::tr("Write the same content as one .xlsx workbook, "
                        "one sheet per file."),
        QStringLiteral("FILE") };
    QCommandLineOption chart { QStringLiteral("chart"),
        CommandLine::tr("Render the printed comparison chart of MEASURE."),
        QStringLiteral("MEASURE") };
    QCommandLineOption strand { QStringLiteral("strand"),
        CommandLine::tr("With --chart: only schemes of strand S."), QStringLiteral("S") };
    QCommandLineOption area { QStringLiteral("area"),
        CommandLine::tr("With --chart: only schemes in area A."), QStringLiteral("A") };
    QCommandLineOption scheme { QStringLiteral("scheme"),
        CommandLine::tr("With --chart: only the scheme(s) called NAME, or "
                        "NAME@AREA for one (repeatable)."),
        QStringLiteral("NAME") };
    QCommandLineOption output { QStringLiteral("output"),
        CommandLine::tr("With --chart: the file to write, .pdf, .png or "
                        ".svg."),
        QStringLiteral("FILE") };
    QCommandLineOption type { QStringLiteral("type"),
        CommandLine::tr("With --chart: comparison (the default), "
                        "before-after, trend or strand-summary."),
        QStringLiteral("TYPE") };
    QCommandLineOption size { QStringLiteral("size"),
        CommandLine::tr("With --chart: the chart alone, for a slide, at "
                        "WIDTHxHEIGHT pixels (.png or .svg), e.g. 1600x900."),
        QStringLiteral("WxH") };
    QCommandLineOption report { QStringLiteral("report"),
        CommandLine::tr("Write a report of the selected schemes, .pdf, "
                        ".odt or .html; --strand, --area and --scheme "
                        "select as for --chart."),
        QStringLiteral("FILE") };
    QCommandLineOption title { QStringLiteral("title"),
        CommandLine::tr("With --report: the title on its cover and pages."),
        QStringLiteral("TEXT") };
    QCommandLineOption search { QStringLiteral("search"),
        CommandLine::tr("With --report: only schemes whose name, areas, "
                        "providers or summary hold every word of TEXT."),
        QStringLiteral("TEXT") };
    QCommandLineOption financialYear { QStringLiteral("financial-year"),
        CommandLine::tr("With --report: figures of the financial "
                        "year YYYY/YY (1 April to 31 March)."),
        QStringLiteral("YYYY/YY") };
    QCommandLineOption from { QStringLiteral("from"),
        CommandLine::tr("With --report and --to: figures from the date D "
                        "(YYYY-MM-DD, YYYY-MM or YYYY)."),
        QStringLiteral("D") };
    QCommandLineOption to { QStringLiteral("to"),
        CommandLine::tr("With --report and --from: figures to the date D."), QStringLiteral("D") };
    QCommandLineOption forRelease { QStringLiteral("public"),
        CommandLine::tr("With --report or --chart: fit for release, counts of 1 "
                        "to 4 people shown as \"fewer than 5\" (a chart leaves their bars out).") };
    QCommandLineOption listMeasures { QStringLiteral("list-measures"),
        CommandLine::tr("Print each measure's key, unit and label, "
                        "one a line.") };
    QCommandLineOption check { QStringLiteral("check"),
        CommandLine::tr("Check every page of the database for damage; exit "
                        "code 4 if any is found.") };
    QCommandLineOption lang { QStringLiteral("lang"),
        CommandLine::tr("Language of the window and printed pages: en or "
                        "cy (Welsh)."),
        QStringLiteral("LANGUAGE") };
    QCommandLineOption foiDue { QStringLiteral("foi-due"),
        CommandLine::tr("Print the date a Freedom of Information reply is "
                        "due for a request received on DATE (YYYY-MM-DD)."),
        QStringLiteral("DATE") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        CommandLine::tr("Show this help and exit.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        CommandLine::tr("Show the version and exit.") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ database, importCsv, import, exportCsv, exportXlsx, chart, strand, area,
            scheme, output, type, size, report, title, search, financialYear, from, to, forRelease,
            listMeasures, check, lang, foiDue, help, version });
    }
};

// The options that only a report takes, and the selection it shares with --chart, when neither
// job is asked for: the usage error, or empty.
QString reportOnly(const QCommandLineParser &parser, const Options &o)
{
    for (const QCommandLineOption *option : { &o.strand, &o.area, &o.scheme }) {
        if (parser.isSet(*option))
            return CommandLine::tr("--%1 goes with --chart or --report.")
                .arg(option->names().constFirst());
    }
    for (const QCommandLineOption *option :
        { &o.title, &o.search, &o.financialYear, &o.from, &o.to, &o.forRelease }) {
        if (parser.isSet(*option))
            return CommandLine::tr("--%1 goes with --report.").arg(option->names().constFirst());
    }
    return {};
}

QString parseReport(const QCommandLineParser &parser, const Options &o, CommandLineOptions *options)
{
    ReportOptions report;
    report.output = parser.value(o.report);
    report.title = parser.value(o.title);
    report.strand = parser.value(o.strand);
    report.area = parser.value(o.area);
    report.schemes = parser.values(o.scheme);
    report.search = parser.value(o.search);
    report.financialYear = parser.value(o.financialYear);
    report.from = parser.value(o.from);
    report.to = parser.value(o.to);
    report.forRelease = parser.isSet(o.forRelease);
    const QString suffix = report.output.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")
        && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return CommandLine::tr("--report must end in .pdf, .odt or .html, not \"%1\".")
            .arg(report.output);
    if (parser.isSet(o.financialYear) && (parser.isSet(o.from) || parser.isSet(o.to)))
        return CommandLine::tr("Give either --financial-year or --from and --to, not both.");
    if (parser.isSet(o.from) != parser.isSet(o.to))
        return CommandLine::tr("--from and --to go together: give both dates.");
    options->report = report;
    return {};
}

} // namespace

bool CommandLine::chartType(ChartRequest &chart, const QString &size, QString &error)
{
    const QStringList types { QStringLiteral("comparison"), QStringLiteral("before-after"),
        QStringLiteral("trend"), QStringLiteral("strand-summary") };
    if (!chart.type.isEmpty() && !types.contains(chart.type)) {
        error = tr("Unknown chart type \"%1\". Valid types: %2.")
                    .arg(chart.type, types.join(QStringLiteral(", ")));
        return false;
    }
    if (size.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX\u00D7](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(size);
    chart.size
        = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!chart.size.isValid() || chart.size.width() < 200 || chart.size.height() < 150
        || chart.size.width() > 10000 || chart.size.height() > 10000) {
        error = tr("--size must be WIDTHxHEIGHT in pixels, from 200x150 to 10000x10000, "
                   "e.g. 1600x900; not \"%1\".")
                    .arg(size);
        return false;
    }
    if (chart.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        error = tr("--size writes the chart alone as .png or .svg; a .pdf is the printed "
                   "page.");
        return false;
    }
    return true;
}

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    Parsed parsed;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options o;
    o.addTo(parser);
    if (!parser.parse(arguments)) {
        parsed.error
            = parser.errorText() + QLatin1Char('\n') + tr("Run with --help for the options.");
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = tr("Unexpected argument \"%1\". Run with --help for the options.")
                           .arg(parser.positionalArguments().constFirst());
        return parsed;
    }
    CommandLineOptions &options = parsed.options;
    options.help = parser.isSet(o.help);
    options.version = parser.isSet(o.version);
    for (const QCommandLineOption *single : { &o.database, &o.exportCsv, &o.exportXlsx, &o.chart,
             &o.strand, &o.area, &o.output, &o.lang, &o.type, &o.size, &o.report, &o.title,
             &o.search, &o.financialYear, &o.from, &o.to, &o.foiDue }) {
        if (parser.values(*single).size() > 1) {
            parsed.error = tr("--%1 may be given only once.").arg(single->names().constFirst());
            return parsed;
        }
    }
    options.database = parser.value(o.database);
    options.imports = parser.values(o.importCsv) + parser.values(o.import);
    options.exportDirectory = parser.value(o.exportCsv);
    options.exportWorkbook = parser.value(o.exportXlsx);
    options.listMeasures = parser.isSet(o.listMeasures);
    options.check = parser.isSet(o.check);
    options.language = parser.value(o.lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("en")
        && options.language != QLatin1String("cy")) {
        parsed.error = tr("Unknown language \"%1\"; use en or cy.").arg(options.language);
        return parsed;
    }
    if (parser.isSet(o.foiDue)) {
        const QString text = parser.value(o.foiDue);
        static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        options.foiDue = QDate::fromString(text, Qt::ISODate);
        if (!isoDay.match(text).hasMatch() || !options.foiDue.isValid()) {
            parsed.error
                = tr("--foi-due needs the date received as YYYY-MM-DD, not \"%1\".").arg(text);
            return parsed;
        }
    }
    if (parser.isSet(o.chart)) {
        ChartRequest chart;
        chart.measure = parser.value(o.chart);
        chart.strand = parser.value(o.strand);
        chart.area = parser.value(o.area);
        chart.schemes = parser.values(o.scheme);
        chart.output = parser.value(o.output);
        if (chart.output.isEmpty()) {
            parsed.error = tr("--chart needs --output FILE.pdf, FILE.png or FILE.svg.");
            return parsed;
        }
        const QString suffix = chart.output.section(QLatin1Char('.'), -1).toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png")
            && suffix != QLatin1String("svg")) {
            parsed.error
                = tr("--output must end in .pdf, .png or .svg, not \"%1\".").arg(chart.output);
            return parsed;
        }
        chart.type = parser.value(o.type);
        chart.forRelease = parser.isSet(o.forRelease);
        if (!chartType(chart, parser.value(o.size), parsed.error))
            return parsed;
        options.chart = chart;
    } else {
        for (const QCommandLineOption *chartOnly : { &o.output, &o.type, &o.size }) {
            if (parser.isSet(*chartOnly)) {
                parsed.error = tr("--%1 goes with --chart.").arg(chartOnly->names().constFirst());
                return parsed;
            }
        }
    }
    if (parser.isSet(o.report))
        parsed.error = parseReport(parser, o, &options);
    else if (!parser.isSet(o.chart))
        parsed.error = reportOnly(parser, o);
    return parsed;
}

bool CommandLine::asksForJob(int argc, char **argv)
{
    static const char *const jobs[] = { "--import-csv", "--import", "--export-csv", "--export-xlsx",
        "--chart", "--report", "--list-measures", "--check", "--help", "-h", "--version", "-v",
        "-help", "-version", "--foi-due" };
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        for (const char *job : jobs) {
            if (argument == job || argument.startsWith(QByteArray(job) + '='))
                return true;
        }
    }
    return false;
}

bool CommandLine::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString CommandLine::noDisplayMessage()
{
    return tr("There is no display to open the window on. Start OPCC Schemes on a desktop, or "
              "give it a job such as --export-csv (see --help).");
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    QString text = tr("Usage:\n"
                      "  opcc-schemes [--database FILE]                      start the window\n"
                      "  opcc-schemes [--database FILE] --import-csv FILE [--import-csv FILE ...]\n"
                      "  opcc-schemes [--database FILE] --import FILE.csv|FILE.xlsx|FILE.ods "
                      "[--import FILE ...]\n"
                      "  opcc-schemes [--database FILE] --export-csv DIR\n"
                      "  opcc-schemes [--database FILE] --export-xlsx FILE.xlsx\n"
                      "  opcc-schemes [--database FILE] --chart MEASURE [--strand S] [--area A]\n"
                      "               [--scheme NAME ...] [--type TYPE] [--size WxH] [--public]\n"
                      "               --output FILE.pdf|FILE.png|FILE.svg\n"
                      "  opcc-schemes [--database FILE] --report FILE.pdf|FILE.odt|FILE.html\n"
                      "               [--strand S] [--area A] [--scheme NAME ...] [--search TEXT]\n"
                      "               [--financial-year YYYY/YY | --from D --to D] [--public]\n"
                      "               [--title TEXT]\n"
                      "  opcc-schemes [--database FILE] --list-measures\n"
                      "  opcc-schemes [--database FILE] --check\n"
                      "  opcc-schemes --foi-due YYYY-MM-DD\n"
                      "  opcc-schemes --help | --version\n\n");
    // The option list without QCommandLineParser's own usage line. Qt words its heading in the
    // current language (our catalogue has the Welsh: see ui/standardtexts.cpp).
    const QString options = parser.helpText();
    const qsizetype start
        = options.indexOf(QCoreApplication::translate("QCommandLineParser", "Options:"));
    text += start >= 0 ? options.mid(start) : options;
    text += tr("\nExit codes: 0 success; 1 unexpected failure; 2 usage error; 3 invalid input "
               "data (nothing was written); 4 the database cannot be used.\n");
    return text;
}

QString CommandLine::versionText()
{
    // The GNU form, which help2man turns into the manual page's COPYRIGHT section.
    return QStringLiteral("opcc-schemes %1\n"
                          "Copyright (C) 2026 The OPCC Schemes authors\n"
                          "License GPLv3+: GNU GPL version 3 or later "
                          "<https://www.gnu.org/licenses/gpl-3.0.html>.\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(QStringLiteral(OPCC_VERSION));
}

} // namespace opcc
