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
</TS>
