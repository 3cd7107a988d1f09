<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one (created with the shipped dataset if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an interchange CSV file (repeatable); all files are imported in one transaction or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write DIR/schemes.csv and DIR/outcomes.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the printed comparison chart of MEASURE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --chart: only schemes of strand S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --chart: only schemes in area A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --chart: only the scheme(s) called NAME, or NAME@AREA for one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --chart: the file to write, .pdf, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each measure&apos;s key, unit and label, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window and printed pages: en or cy (Welsh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or cy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart needs --output FILE.pdf, FILE.png or FILE.svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must end in .pdf, .png or .svg, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  opcc-schemes [--database FILE]                      start the window
  opcc-schemes [--database FILE] --import-csv FILE [--import-csv FILE ...]
  opcc-schemes [--database FILE] --export-csv DIR
  opcc-schemes [--database FILE] --chart MEASURE [--strand S] [--area A]
               [--scheme NAME ...] --output FILE.pdf|FILE.png|FILE.svg
  opcc-schemes [--database FILE] --list-measures
  opcc-schemes --help | --version

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success; 1 unexpected failure; 2 usage error; 3 invalid input data (nothing was written); 4 the database cannot be used.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the database refused the row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell what the file holds: a schemes file needs the columns %1; an outcomes file needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column for %1; its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source document needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of document; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scheme &quot;%1&quot; in &quot;%2&quot;, neither in the database nor in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheme needs a strand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same scheme (name and area) is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure key: lower case letters, digits and underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is counted in %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new measure, so its unit is required (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (at most two decimal places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as money but the measure is counted in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as a percentage but the measure is counted in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a qualifier; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; use week, month or year, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same figure (scheme, measure, period, per and baseline) is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote in field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1; put the whole field in quotes and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the database already holds these %n scheme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n figure(s) exactly.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schemes: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documents: %1 added, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New areas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measures: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Created %1 with the shipped dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from database version %2; the old file is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot draw charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <comment>schemes, figures, folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Additional funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further grant on top of the first funding, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction in alcohol-related arrests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage fall in alcohol-related arrests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrests made by the operation or scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments as a percentage of referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments carried out with people referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average number of people attending a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average programme stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average length of stay in a programme, in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time a resident stays, in weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannabis plants seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannabis plants seized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study: crimes linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crimes linked to one participant described as a case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study: safeguarding reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding reports linked to one participant described as a case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study: sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended by one participant described as a case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash seized from criminals, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort aged over 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort aged over 35, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort with a disability, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort affected by domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort who were victims, perpetrators or grew up around domestic abuse, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort with family substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort who grew up with family members with substance misuse, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort who are male, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort with mental health issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort with self-reported mental health issues, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort not in employment or education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort not in employment or education, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort who are White British, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County line OCGs disrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County line organised crime groups disrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost of crimes to victims and the public purse, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage fall in crime or demand linked to the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected crimes committed by a group of participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug offence charges brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug disruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruptions of drug supply activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug lines dismantled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County lines or drug lines closed down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction in drug-related offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage fall in drug-related offences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of drugs seized, in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street value of drugs seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street value of drugs seized, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of drugs seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of drugs seized where the source does not call it street value, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a pilot or programme, in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in courses or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants on courses or training, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in life skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants engaging in life skills development, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants attending peer support sessions, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants engaging in sports activities, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in voluntary work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants doing voluntary work, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of an extension to a programme, in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred who did not attend their assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to attend rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who did not attend their assessment as a percentage of those referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money given to the scheme, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organisations or projects given a grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence reports received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support or intervention meetings held with clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left after custodial sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who left treatment because of a custodial sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who left the programme of their own accord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives saved, for example by naloxone given by officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest single grant an applicant can bid for, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reoffended rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who have not reoffended, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offending while on scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who committed offences while on the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers carrying naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officers carrying naloxone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times an operation has been run again after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In paid employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of participants in paid employment, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who took part in an activity of the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations working in partnership on the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at risk identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People identified as at risk from crime gangs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People charged with offences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People diverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People diverted from the criminal justice system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People eligible for the scheme, for example for a drug test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People enrolled on the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People receiving treatment at a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People safeguarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable adults and children safeguarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People seen more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred to the scheme on more than one occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People started treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People accepted who started treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People helped or supported by the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People given a drug test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with alcohol misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported who presented with problematic alcohol misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with drug misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported who presented with problematic drug or substance misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody centres in planned roll-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further custody centres a scheme is due to extend to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme length per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time each client spends on the programme or contract, in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People prosecuted after not complying with the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred into the scheme or on to support or treatment services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for drug and alcohol misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to drug and alcohol services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to mental health services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to physical health services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential rehab rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who went into residential rehab, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents moved to family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents who left the programme to live with family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings to retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated losses avoided by retailers, in pounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of custodial sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total years of prison sentences handed to offenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or support sessions held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-line staff trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped stealing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants surveyed who no longer steal to fund drugs, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested as a percentage of those eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment ended for medical reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose treatment ended after a medical episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment paused for mental health intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose treatment was paused for a mental health intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment paused for remand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose treatment was paused while on remand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment waiting time target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target time from referral to the start of treatment, in weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment started within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases where treatment began within the target time, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger offenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested people who were trigger offenders with intelligence of suspected drug use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare or vulnerability visits made to people at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth justice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth justice intervention cases worked with by substance misuse services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort who are male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort who are White British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the operation has run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OPCC Schemes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippedDataset</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill the new database with the shipped dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A scheme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheme needs at least one police force area (or &quot;National&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area name is empty or holds &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation name is empty or holds &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count must be a whole number (only a rate per week, month or year may have decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of money cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight or a length of time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper end of a range must be above its lower end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure with an upper value is a range: its qualifier must be &quot;range&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs its upper value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure key is lower case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a scheme called &quot;%1&quot; in %2; open that one to change it, or give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <comment>millions of pounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands of pounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>qualifier then value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value then rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds sterling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of Information response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OPCC Schemes database (it is not an SQLite file). It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an OPCC Schemes database. It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of OPCC Schemes (database version %2; this version reads up to %3). Update the application to open it. The file has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no OPCC Schemes tables. It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgraded database breaks a reference in table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from database version %1 to %2; backup in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 from version %2 failed: %3. The database was not changed; a copy is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened it. Reload it to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was changed or removed by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::DetailPanel</name>
    <message>
        <source>Select a scheme to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a figure to see the document and the words it comes from.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure recorded for the scheme, with its period and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures are recorded for this scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No source document is recorded for this figure.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::FigureTableModel</name>
    <message>
        <source>%1 (before)</source>
        <comment>the baseline figure of a before/after pair</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::MainWindow</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scheme(s) shown · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another OPCC Schemes database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected schemes as tab-separated text for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strand Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OPCC Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - OPCC Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPCC Schemes databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version and has been upgraded. The file as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scheme(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About OPCC Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OPCC Schemes %1&lt;/h3&gt;&lt;p&gt;A register of the drug and addiction schemes that Police and Crime Commissioners in England and Wales fund and oversee, with every figure cited to its source.&lt;/p&gt;&lt;p&gt;The shipped dataset comes from published Freedom of Information responses, police and crime panel minutes and the APCC report &lt;i&gt;Tackling Addictions In Focus&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;%3 schemes, %4 figures.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::SchemeBrowser</name>
    <message>
        <source>Name, area, provider or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only schemes whose name, area, providers or summary contain every word typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of schemes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schemes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scheme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The database holds no schemes yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No schemes match these filters:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear all filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::SchemeTableModel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>headline: measure then value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::StrandNavigator</name>
    <message>
        <source>Strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strand of the drug strategy, or an area within a strand, to narrow the scheme list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opcc::StrandTreeModel</name>
    <message>
        <source>All schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>navigator entry: name (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scheme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
