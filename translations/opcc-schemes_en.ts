<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ChartContext</name>
    <message numerus="yes">
        <source>%n scheme(s) with a figure</source>
        <translation>
            <numerusform>%n scheme with a figure</numerusform>
            <numerusform>%n schemes with a figure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n scheme</numerusform>
            <numerusform>%n schemes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message numerus="yes">
        <source>%1: %n figure(s)</source>
        <translation>
            <numerusform>%1: %n figure</numerusform>
            <numerusform>%1: %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Foi</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>Due in %n working day</numerusform>
            <numerusform>Due in %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n error found.</numerusform>
            <numerusform>Nothing was imported: %n errors found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New organisations: %n.</source>
        <translation>
            <numerusform>New organisations: %n.</numerusform>
            <numerusform>New organisations: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n scheme</numerusform>
            <numerusform>%n schemes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n scheme(s) in this report</source>
        <translation>
            <numerusform>%n scheme in this report</numerusform>
            <numerusform>%n schemes in this report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) held for other periods not shown.</source>
        <translation>
            <numerusform>%n figure held for other periods not shown.</numerusform>
            <numerusform>%n figures held for other periods not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n scheme</numerusform>
            <numerusform>%n schemes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message numerus="yes">
        <source>Suppressed for release: %n count(s) of 1 to 4 people shown as "fewer than 5", with the source's words that state them, so that no one can be identified (Freedom of Information Act 2000, section 40(2)).</source>
        <translation>
            <numerusform>Suppressed for release: %n count of 1 to 4 people shown as "fewer than 5", with the source's words that state it, so that no one can be identified (Freedom of Information Act 2000, section 40(2)).</numerusform>
            <numerusform>Suppressed for release: %n counts of 1 to 4 people shown as "fewer than 5", with the source's words that state them, so that no one can be identified (Freedom of Information Act 2000, section 40(2)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For release, %n bar(s) of fewer than 5 people are not drawn.</source>
        <translation>
            <numerusform>For release, %n bar of fewer than 5 people is not drawn.</numerusform>
            <numerusform>For release, %n bars of fewer than 5 people are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message numerus="yes">
        <source>"%1" is cited by %n scheme(s) or figure(s): cite another document there first.</source>
        <translation>
            <numerusform>"%1" is cited by %n scheme or figure: cite another document there first.</numerusform>
            <numerusform>"%1" is cited by %n schemes or figures: cite another document there first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::EditController</name>
    <message numerus="yes">
        <source>Delete "%1" (%2) and its %n figure(s)?</source>
        <translation>
            <numerusform>Delete "%1" (%2) and its %n figure?</numerusform>
            <numerusform>Delete "%1" (%2) and its %n figures?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::FoiWindow</name>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n due within a week</numerusform>
            <numerusform>%n due within a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n request to %1.</numerusform>
            <numerusform>Wrote %n requests to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::ImportDialog</name>
    <message numerus="yes">
        <source>%n error(s) found. Nothing can be imported until they are corrected in the files; nothing has been written.</source>
        <translation>
            <numerusform>%n error found. Nothing can be imported until it is corrected in the file; nothing has been written.</numerusform>
            <numerusform>%n errors found. Nothing can be imported until they are corrected in the files; nothing has been written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n scheme(s) shown · %2</source>
        <translation>
            <numerusform>%1 of %n scheme shown · %2</numerusform>
            <numerusform>%1 of %n schemes shown · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scheme(s).</source>
        <translation>
            <numerusform>Copied %n scheme.</numerusform>
            <numerusform>Copied %n schemes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n scheme</numerusform>
            <numerusform>%n schemes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::RegisterHistoryWindow</name>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 of %n change shown</numerusform>
            <numerusform>%1 of %n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SchemeBrowser</name>
    <message numerus="yes">
        <source>%1 of %n scheme(s)</source>
        <translation>
            <numerusform>%1 of %n scheme</numerusform>
            <numerusform>%1 of %n schemes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s) read so far…</source>
        <translation>
            <numerusform>%n scheme read so far…</numerusform>
            <numerusform>%n schemes read so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SchemeForm</name>
    <message numerus="yes">
        <source>... and %n more problem(s): the cells concerned are marked.</source>
        <translation>
            <numerusform>... and %n more problem: the cells concerned are marked.</numerusform>
            <numerusform>... and %n more problems: the cells concerned are marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SchemePicker</name>
    <message numerus="yes">
        <source>%n scheme(s) match.</source>
        <translation>
            <numerusform>%n scheme match.</numerusform>
            <numerusform>%n schemes match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SourceListModel</name>
    <message numerus="yes">
        <source>%n scheme(s), </source>
        <translation>
            <numerusform>%n scheme, </numerusform>
            <numerusform>%n schemes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SourceManager</name>
    <message numerus="yes">
        <source>%1 of %n document(s) shown</source>
        <translation>
            <numerusform>%1 of %n document shown</numerusform>
            <numerusform>%1 of %n documents shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>"%1" is cited by %n scheme(s) or figure(s): cite another document there first.</source>
        <translation>
            <numerusform>"%1" is cited by %n scheme or figure: cite another document there first.</numerusform>
            <numerusform>"%1" is cited by %n schemes or figures: cite another document there first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::StrandTreeModel</name>
    <message numerus="yes">
        <source>%1: %n scheme(s)</source>
        <translation>
            <numerusform>%1: %n scheme</numerusform>
            <numerusform>%1: %n schemes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::ui::ChartWindow</name>
    <message numerus="yes">
        <source>%1 (%n scheme(s))</source>
        <translation>
            <numerusform>%1 (%n scheme)</numerusform>
            <numerusform>%1 (%n schemes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::ui::ReportDialog</name>
    <message numerus="yes">
        <source>Sc&amp;hemes shown in the list (%n)</source>
        <translation>
            <numerusform>Sc&amp;hemes shown in the list (%n)</numerusform>
            <numerusform>Sc&amp;hemes shown in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schemes s&amp;elected in the list (%n)</source>
        <translation>
            <numerusform>Schemes s&amp;elected in the list (%n)</numerusform>
            <numerusform>Schemes s&amp;elected in the list (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
