<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Methu darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Methu ysgrifennu yn y ffolder %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1; the earlier files are kept.</source>
        <translation>Methu disodli&apos;r ffolder %1; cedwir y ffeiliau cynharach.</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Sut mae&apos;n gweithio</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>Described in</source>
        <translation>Disgrifir yn</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Darparwyr</translation>
    </message>
    <message>
        <source>Commissioners</source>
        <translation>Comisiynwyr</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Cyllidwyr</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Goleddfydd</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Period as worded</source>
        <translation>Cyfnod fel y&apos;i geiriwyd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfyniad</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>a baseline figure</comment>
        <translation>ie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>measure then value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a figure then its period</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BeforeAfterChart</name>
    <message>
        <source>%1 (%2%3%)</source>
        <comment>change: amount (sign, percent)</comment>
        <translation>%1 (%2%3%)</translation>
    </message>
    <message>
        <source>%1 reduction, as stated</source>
        <translation>Gostyngiad o %1, fel y&apos;i nodwyd</translation>
    </message>
    <message>
        <source>No before (baseline) figure.</source>
        <translation>Dim ffigur cyn (llinell sylfaen).</translation>
    </message>
    <message>
        <source>No figure after the baseline.</source>
        <translation>Dim ffigur ar ôl y llinell sylfaen.</translation>
    </message>
    <message>
        <source>Before is the figure the source gives as the baseline; after is the latest figure since. The change is worked out from the two.</source>
        <translation>“Cyn” yw&apos;r ffigur y mae&apos;r ffynhonnell yn ei roi fel y llinell sylfaen; “ar ôl” yw&apos;r ffigur diweddaraf ers hynny. Cyfrifir y newid o&apos;r ddau ffigur.</translation>
    </message>
    <message>
        <source>The source states the reduction as a percentage, without the figures it was worked out from: it is shown as stated.</source>
        <translation>Mae&apos;r ffynhonnell yn nodi&apos;r gostyngiad fel canran, heb y ffigurau y&apos;i cyfrifwyd ohonynt: fe&apos;i dangosir fel y&apos;i nodwyd.</translation>
    </message>
    <message>
        <source>No selected scheme has both a before (baseline) figure and a later figure of this measure.</source>
        <translation>Nid oes gan yr un o&apos;r cynlluniau a ddewiswyd ffigur cyn (llinell sylfaen) a ffigur diweddarach ar gyfer y mesur hwn.</translation>
    </message>
    <message>
        <source>Before and after are stated as different rates (for example one a week, the other a month).</source>
        <translation>Mae&apos;r ffigurau cyn ac ar ôl wedi&apos;u nodi fel cyfraddau gwahanol (er enghraifft un yr wythnos, y llall y mis).</translation>
    </message>
    <message>
        <source>periods differ</source>
        <translation>cyfnodau’n wahanol</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>the step&apos;s record is unreadable</source>
        <translation>ni ellir darllen cofnod y cam</translation>
    </message>
    <message>
        <source>a scheme it concerns has been deleted</source>
        <translation>mae cynllun y mae&apos;n ymwneud ag ef wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been changed</source>
        <translation>mae &quot;%1&quot; wedi&apos;i newid</translation>
    </message>
    <message>
        <source>a figure it concerns has been changed</source>
        <translation>mae ffigur y mae&apos;n ymwneud ag ef wedi&apos;i newid</translation>
    </message>
    <message>
        <source>a figure of &quot;%1&quot; has been changed</source>
        <translation>mae un o ffigurau &quot;%1&quot; wedi&apos;i newid</translation>
    </message>
    <message>
        <source>the records it concerns have been changed</source>
        <translation>mae&apos;r cofnodion y mae&apos;n ymwneud â nhw wedi&apos;u newid</translation>
    </message>
    <message>
        <source>a record it concerns (%1) has been changed</source>
        <translation>mae cofnod y mae&apos;n ymwneud ag ef (%1) wedi&apos;i newid</translation>
    </message>
    <message>
        <source>the database does not record changes</source>
        <translation>nid yw&apos;r gronfa ddata yn cofnodi newidiadau</translation>
    </message>
    <message>
        <source>The register has changed since: %1 (here or in another copy of OPCC Schemes).</source>
        <translation>Mae&apos;r gofrestr wedi newid ers hynny: %1 (yma neu mewn copi arall o OPCC Schemes).</translation>
    </message>
    <message>
        <source>a figure of &quot;%1&quot; (%2) has been changed</source>
        <translation>mae ffigur o &quot;%1&quot; (%2) wedi newid</translation>
    </message>
</context>
<context>
    <name>ChartContext</name>
    <message>
        <source>period not stated</source>
        <translation>cyfnod heb ei nodi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scheme (area)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Periods differ: each figure covers the period shown with it, so the bars are not a like-for-like comparison.</source>
        <translation>Mae&apos;r cyfnodau&apos;n wahanol: mae pob ffigur yn cwmpasu&apos;r cyfnod a ddangosir gydag ef, felly nid yw&apos;r barrau&apos;n cymharu tebyg at ei debyg.</translation>
    </message>
    <message>
        <source>%1 by scheme</source>
        <translation>%1 fesul cynllun</translation>
    </message>
    <message>
        <source>%1, as stated</source>
        <translation>%1, fel y&apos;i nodwyd</translation>
    </message>
    <message>
        <source>%1 before and after</source>
        <translation>%1 cyn ac ar ôl</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 dros amser</translation>
    </message>
    <message>
        <source>%1 by strand</source>
        <translation>%1 fesul llinyn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>chart title: scope</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>periods differ: see each bar</source>
        <translation>cyfnodau gwahanol: gweler pob bar</translation>
    </message>
    <message>
        <source>periods not stated</source>
        <translation>cyfnodau heb eu nodi</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>cyfnod: %1</translation>
    </message>
    <message>
        <source>A total marked “approx.” or “at least” adds up figures that the sources state that way.</source>
        <translation>Mae cyfanswm a nodir “tua” neu “o leiaf” yn adio ffigurau y mae&apos;r ffynonellau&apos;n eu nodi felly.</translation>
    </message>
    <message>
        <source>Measure: %1; unit: %2</source>
        <translation>Mesur: %1; uned: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s) with a figure</source>
        <translation>
            <numerusform>%n cynllun â ffigur</numerusform>
            <numerusform>%n cynllun â ffigur</numerusform>
            <numerusform>%n cynllun â ffigur</numerusform>
            <numerusform>%n cynllun â ffigur</numerusform>
            <numerusform>%n cynllun â ffigur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
        </translation>
    </message>
    <message>
        <source>Periods differ: before and after cover spans of time of different or unstated length, so the change is not a like-for-like comparison.</source>
        <translation>Cyfnodau’n wahanol: mae’r cyn ac ar ôl yn rhychwantu cyfnodau o hyd gwahanol neu heb ei nodi, felly nid yw’r newid yn gymhariaeth debyg at ei debyg.</translation>
    </message>
    <message>
        <source>Figures stated as “over” or “at least” are drawn to the stated number with an open end (an arrow: the true figure is higher); “approx.” as a lighter bar; a range to its lower end with a line to the higher. The key names each.</source>
        <translation>Mae ffigurau a nodir fel “dros” neu “o leiaf” yn cael eu lluniadu hyd at y rhif a nodir gyda phen agored (saeth: mae’r gwir ffigur yn uwch); “tua” fel bar goleuach; ystod hyd at ei phen isaf gyda llinell i’r un uchaf. Mae’r allwedd yn enwi pob un.</translation>
    </message>
    <message>
        <source>%1, each scheme by its own measure</source>
        <translation>%1, pob cynllun yn ôl ei fesur ei hun</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 (%2)</source>
        <comment>scheme (area)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>source (reference)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>source: quote</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>citation [schemes]</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>cyhoeddwyd %1</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Ffynhonnell heb ei chofnodi</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>Unknown measure &quot;%1&quot;.</source>
        <translation>Mesur anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Named but not drawn (no figure of this measure that can be drawn): %1.</source>
        <translation>Wedi’u henwi ond heb eu lluniadu (dim ffigur o’r mesur hwn y gellir ei luniadu): %1.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot tell the format of %1: use .pdf, .png or .svg.</source>
        <translation>Methu pennu fformat %1: defnyddiwch .pdf, .png neu .svg.</translation>
    </message>
    <message>
        <source>OPCC Schemes chart</source>
        <comment>the name of a print job</comment>
        <translation>Siart OPCC Schemes</translation>
    </message>
    <message>
        <source>Cannot write %1: the chart could not be drawn.</source>
        <translation>Methu ysgrifennu %1: nid oedd modd lluniadu’r siart.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>A chart alone is written as .png or .svg, not %1.</source>
        <translation>Mae siart ar ei phen ei hun yn cael ei hysgrifennu fel .png neu .svg, nid %1.</translation>
    </message>
    <message>
        <source>A chart alone needs at least 200 × 150 pixels.</source>
        <translation>Mae angen o leiaf 200 × 150 picsel ar siart ar ei phen ei hun.</translation>
    </message>
</context>
<context>
    <name>ChartJob</name>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Ysgrifennwyd %1: %2.</translation>
    </message>
    <message>
        <source>Every figure of this chart counts fewer than 5 people: nothing can be drawn for release.</source>
        <translation>Mae pob ffigur yn y siart hon yn cyfrif llai na 5 o bobl: ni ellir tynnu dim i&apos;w ryddhau.</translation>
    </message>
</context>
<context>
    <name>ChartLines</name>
    <message>
        <source>period not stated</source>
        <translation>cyfnod heb ei nodi</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>area · period</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (funding%1)</source>
        <translation> (cyllid%1)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Cyn: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Ar ôl: %1</translation>
    </message>
    <message>
        <source>%1%2, change %3</source>
        <translation>%1%2, newid %3</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>%1 of %2 schemes with a figure</source>
        <translation>%1 o %2 cynllun â ffigur</translation>
    </message>
    <message>
        <source>Figure as stated</source>
        <translation>Ffigur fel y’i nodir</translation>
    </message>
    <message>
        <source>Before (baseline)</source>
        <translation>Cyn (llinell sylfaen)</translation>
    </message>
    <message>
        <source>Over or at least: the true figure is higher</source>
        <translation>Dros neu o leiaf: mae’r gwir ffigur yn uwch</translation>
    </message>
    <message>
        <source>Approximate or an upper limit: not exact</source>
        <translation>Bras neu derfyn uchaf: nid yn union</translation>
    </message>
    <message>
        <source>Range: bar to the lower figure, line to the higher</source>
        <translation>Ystod: bar i’r ffigur isaf, llinell i’r uchaf</translation>
    </message>
    <message>
        <source>%1 (period differs)</source>
        <translation>%1 (cyfnod gwahanol)</translation>
    </message>
    <message>
        <source>Over or at least: the true figure is higher (arrow)</source>
        <translation>Dros neu o leiaf: mae&apos;r gwir ffigur yn uwch (saeth)</translation>
    </message>
    <message>
        <source>Approximate or an upper limit: hollow point, not exact</source>
        <translation>Bras neu derfyn uchaf: pwynt gwag, nid union</translation>
    </message>
    <message>
        <source>Range: point at the lower figure, line to the higher</source>
        <translation>Amrediad: pwynt ar y ffigur isaf, llinell i&apos;r uchaf</translation>
    </message>
</context>
<context>
    <name>ChartPagePainter</name>
    <message>
        <source>Printed %1 from the OPCC Schemes register. Every figure is as its source states it; the sources are listed above.</source>
        <translation>Argraffwyd o gofrestr OPCC Schemes; dyddiad argraffu: %1. Mae pob ffigur fel y&apos;i nodir yn ei ffynhonnell; rhestrir y ffynonellau uchod.</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Heb eu dangos ar y siart</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
</context>
<context>
    <name>ChartScopeResolver</name>
    <message>
        <source>Unknown strand &quot;%1&quot;. Valid strands: %2.</source>
        <translation>Llinyn anhysbys &quot;%1&quot;. Llinynnau dilys: %2.</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;, or no scheme covers it. Valid areas: %2.</source>
        <translation>Ardal anhysbys &quot;%1&quot;, neu nid oes cynllun yn ei chwmpasu. Ardaloedd dilys: %2.</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot;. Valid schemes: %2. Write NAME@AREA for one of several schemes with the same name, e.g. &quot;DIVERT@West Mercia&quot;.</source>
        <translation>Cynllun anhysbys &quot;%1&quot;. Cynlluniau dilys: %2. Ysgrifennwch NAME@AREA i ddewis un o sawl cynllun sydd â&apos;r un enw, e.e. &quot;DIVERT@West Mercia&quot;.</translation>
    </message>
    <message>
        <source>selected schemes</source>
        <translation>cynlluniau a ddewiswyd</translation>
    </message>
    <message>
        <source>%1 strand</source>
        <translation>llinyn %1</translation>
    </message>
    <message>
        <source>all schemes</source>
        <translation>pob cynllun</translation>
    </message>
    <message>
        <source>No scheme has a figure for the measure &quot;%1&quot;. Measures with figures: %2.</source>
        <translation>Nid oes gan unrhyw gynllun ffigur ar gyfer y mesur &quot;%1&quot;. Mesurau sydd â ffigurau: %2.</translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot;. Valid measures (with figures to chart): %2.</source>
        <translation>Mesur anhysbys &quot;%1&quot;. Mesurau dilys (sydd â ffigurau i&apos;w siartio): %2.</translation>
    </message>
    <message>
        <source>None of the selected schemes has a figure for &quot;%1&quot;. Schemes that have one: %2.</source>
        <translation>Nid oes gan yr un o&apos;r cynlluniau a ddewiswyd ffigur ar gyfer &quot;%1&quot;. Cynlluniau sydd ag un: %2.</translation>
    </message>
    <message>
        <source>None of the selected schemes has a figure of any of: %1.</source>
        <translation>Nid oes gan yr un o’r cynlluniau a ddewiswyd ffigur o’r un o’r rhain: %1.</translation>
    </message>
</context>
<context>
    <name>ChartSlidePainter</name>
    <message>
        <source>Sources: %1</source>
        <translation>Ffynonellau: %1</translation>
    </message>
</context>
<context>
    <name>ChartTableBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <comment>value (period)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scheme (area)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3 %4. %5</source>
        <translation>%1: %2, %3 %4. %5</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Worked out from</source>
        <translation>Wedi&apos;i gyfrifo o</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Cyn: %1</translation>
    </message>
    <message>
        <source>Before: %1. After: %2</source>
        <translation>Cyn: %1. Ar ôl: %2</translation>
    </message>
    <message>
        <source>before (baseline): %1</source>
        <translation>cyn (llinell sylfaen): %1</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>With a figure</source>
        <translation>Â ffigur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Made up of</source>
        <translation>Yn cynnwys</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>change (what limits it)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Source: none recorded</source>
        <translation>Ffynhonnell: dim wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Ffynhonnell: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Import an interchange CSV file (repeatable); all files are imported in one transaction or not at all.</source>
        <translation>Mewnforio ffeil gyfnewid CSV (gellir ailadrodd); mewnforir yr holl ffeiliau mewn un trafodiad, neu ddim o gwbl.</translation>
    </message>
    <message>
        <source>Render the printed comparison chart of MEASURE.</source>
        <translation>Llunio&apos;r siart cymharu i&apos;w argraffu ar gyfer MEASURE.</translation>
    </message>
    <message>
        <source>With --chart: only schemes of strand S.</source>
        <translation>Gyda --chart: dim ond cynlluniau llinyn S.</translation>
    </message>
    <message>
        <source>With --chart: only schemes in area A.</source>
        <translation>Gyda --chart: dim ond cynlluniau yn ardal A.</translation>
    </message>
    <message>
        <source>With --chart: only the scheme(s) called NAME, or NAME@AREA for one (repeatable).</source>
        <translation>Gyda --chart: dim ond y cynllun(iau) o&apos;r enw NAME, neu NAME@AREA ar gyfer un cynllun (gellir ailadrodd).</translation>
    </message>
    <message>
        <source>With --chart: the file to write, .pdf, .png or .svg.</source>
        <translation>Gyda --chart: y ffeil i&apos;w hysgrifennu, .pdf, .png neu .svg.</translation>
    </message>
    <message>
        <source>Print each measure&apos;s key, unit and label, one a line.</source>
        <translation>Rhestru allwedd, uned a label pob mesur, un ar bob llinell.</translation>
    </message>
    <message>
        <source>Language of the window and printed pages: en or cy (Welsh).</source>
        <translation>Iaith y ffenestr a&apos;r tudalennau a argraffir: en neu cy (Cymraeg).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Dangos y cymorth hwn a gadael.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Dangos y fersiwn a gadael.</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Rhedwch gyda --help i weld yr opsiynau.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the options.</source>
        <translation>Arg annisgwyl &quot;%1&quot;. Rhedwch gyda --help i weld yr opsiynau.</translation>
    </message>
    <message>
        <source>--%1 may be given only once.</source>
        <translation>Dim ond unwaith y gellir rhoi --%1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or cy.</source>
        <translation>Iaith anhysbys &quot;%1&quot;; defnyddiwch en neu cy.</translation>
    </message>
    <message>
        <source>--chart needs --output FILE.pdf, FILE.png or FILE.svg.</source>
        <translation>Rhaid rhoi --output FILE.pdf, FILE.png neu FILE.svg gyda --chart.</translation>
    </message>
    <message>
        <source>--output must end in .pdf, .png or .svg, not &quot;%1&quot;.</source>
        <translation>Rhaid i --output orffen â .pdf, .png neu .svg, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 goes with --chart.</source>
        <translation>Dim ond gyda --chart y gellir defnyddio --%1.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success; 1 unexpected failure; 2 usage error; 3 invalid input data (nothing was written); 4 the database cannot be used.
</source>
        <translation>
Codau gadael: 0 llwyddiant; 1 methiant annisgwyl; 2 gwall defnydd; 3 data mewnbwn annilys (ni ysgrifennwyd dim); 4 nid oes modd defnyddio&apos;r gronfa ddata.
</translation>
    </message>
    <message>
        <source>With --chart: comparison (the default), before-after, trend or strand-summary.</source>
        <translation>Gyda --chart: comparison (y rhagosodiad), before-after, trend neu strand-summary.</translation>
    </message>
    <message>
        <source>With --chart: the chart alone, for a slide, at WIDTHxHEIGHT pixels (.png or .svg), e.g. 1600x900.</source>
        <translation>Gyda --chart: y siart ar ei phen ei hun, ar gyfer sleid, yn WIDTHxHEIGHT picsel (.png neu .svg), e.e. 1600x900.</translation>
    </message>
    <message>
        <source>Unknown chart type &quot;%1&quot;. Valid types: %2.</source>
        <translation>Math anhysbys o siart &quot;%1&quot;. Mathau dilys: %2.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 200x150 to 10000x10000, e.g. 1600x900; not &quot;%1&quot;.</source>
        <translation>Rhaid i --size fod yn WIDTHxHEIGHT mewn picseli, o 200x150 i 10000x10000, e.e. 1600x900; nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--size writes the chart alone as .png or .svg; a .pdf is the printed page.</source>
        <translation>Mae --size yn ysgrifennu’r siart ar ei phen ei hun fel .png neu .svg; y dudalen brintiedig yw .pdf.</translation>
    </message>
    <message>
        <source>Print the date a Freedom of Information reply is due for a request received on DATE (YYYY-MM-DD).</source>
        <translation>Argraffu&apos;r dyddiad y mae ateb Rhyddid Gwybodaeth yn ddyledus ar gyfer cais a dderbyniwyd ar DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--foi-due needs the date received as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Mae --foi-due angen y dyddiad derbyn ar ffurf YYYY-MM-DD, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write a report of the selected schemes, .pdf, .odt or .html; --strand, --area and --scheme select as for --chart.</source>
        <translation>Ysgrifennu adroddiad ar y cynlluniau a ddewiswyd, .pdf, .odt neu .html; mae --strand, --area a --scheme yn dewis fel gyda --chart.</translation>
    </message>
    <message>
        <source>With --report: the title on its cover and pages.</source>
        <translation>Gyda --report: y teitl ar ei glawr a&apos;i dudalennau.</translation>
    </message>
    <message>
        <source>With --report: only schemes whose name, areas, providers or summary hold every word of TEXT.</source>
        <translation>Gyda --report: dim ond cynlluniau y mae pob gair o TEXT yn eu henw, eu hardaloedd, eu darparwyr neu eu crynodeb.</translation>
    </message>
    <message>
        <source>With --report: figures of the financial year YYYY/YY (1 April to 31 March).</source>
        <translation>Gyda --report: ffigurau&apos;r flwyddyn ariannol YYYY/YY (1 Ebrill i 31 Mawrth).</translation>
    </message>
    <message>
        <source>With --report and --to: figures from the date D (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>Gyda --report a --to: ffigurau o&apos;r dyddiad D (YYYY-MM-DD, YYYY-MM neu YYYY).</translation>
    </message>
    <message>
        <source>With --report and --from: figures to the date D.</source>
        <translation>Gyda --report a --from: ffigurau hyd at y dyddiad D.</translation>
    </message>
    <message>
        <source>--%1 goes with --chart or --report.</source>
        <translation>Mae --%1 yn mynd gyda --chart neu --report.</translation>
    </message>
    <message>
        <source>--%1 goes with --report.</source>
        <translation>Mae --%1 yn mynd gyda --report.</translation>
    </message>
    <message>
        <source>--report must end in .pdf, .odt or .html, not &quot;%1&quot;.</source>
        <translation>Rhaid i --report orffen gyda .pdf, .odt neu .html, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --financial-year or --from and --to, not both.</source>
        <translation>Rhowch naill ai --financial-year neu --from a --to, nid y ddau.</translation>
    </message>
    <message>
        <source>--from and --to go together: give both dates.</source>
        <translation>Mae --from a --to yn mynd gyda&apos;i gilydd: rhowch y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>Import a .csv, .xlsx or .ods file, told apart by its content (repeatable); with --import-csv, all in one transaction.</source>
        <translation>Mewnforio ffeil .csv, .xlsx neu .ods, a adnabyddir wrth ei chynnwys (gellir ailadrodd); gyda --import-csv, y cyfan mewn un trafodiad.</translation>
    </message>
    <message>
        <source>Write DIR/schemes.csv, DIR/outcomes.csv and the files that hold the rest of the register.</source>
        <translation>Ysgrifennu DIR/schemes.csv, DIR/outcomes.csv a&apos;r ffeiliau sy&apos;n dal gweddill y gofrestr.</translation>
    </message>
    <message>
        <source>Write the same content as one .xlsx workbook, one sheet per file.</source>
        <translation>Ysgrifennu&apos;r un cynnwys fel un llyfr gwaith .xlsx, un ddalen i bob ffeil.</translation>
    </message>
    <message>
        <source>Check every page of the database for damage; exit code 4 if any is found.</source>
        <translation>Gwirio pob tudalen o&apos;r gronfa ddata am ddifrod; cod gadael 4 os oes difrod.</translation>
    </message>
    <message>
        <source>With --report or --chart: fit for release, counts of 1 to 4 people shown as &quot;fewer than 5&quot; (a chart leaves their bars out).</source>
        <translation>Gyda --report neu --chart: addas i&apos;w ryddhau, gyda chyfrifon o 1 i 4 o bobl yn cael eu dangos fel &quot;llai na 5&quot; (mae siart yn gadael eu barrau allan).</translation>
    </message>
    <message>
        <source>Usage:
  opcc-schemes [--database FILE]                      start the window
  opcc-schemes [--database FILE] --import-csv FILE [--import-csv FILE ...]
  opcc-schemes [--database FILE] --import FILE.csv|FILE.xlsx|FILE.ods [--import FILE ...]
  opcc-schemes [--database FILE] --export-csv DIR
  opcc-schemes [--database FILE] --export-xlsx FILE.xlsx
  opcc-schemes [--database FILE] --chart MEASURE [--strand S] [--area A]
               [--scheme NAME ...] [--type TYPE] [--size WxH] [--public]
               --output FILE.pdf|FILE.png|FILE.svg
  opcc-schemes [--database FILE] --report FILE.pdf|FILE.odt|FILE.html
               [--strand S] [--area A] [--scheme NAME ...] [--search TEXT]
               [--financial-year YYYY/YY | --from D --to D] [--public]
               [--title TEXT]
  opcc-schemes [--database FILE] --list-measures
  opcc-schemes [--database FILE] --check
  opcc-schemes --foi-due YYYY-MM-DD
  opcc-schemes --help | --version

</source>
        <translation>Defnydd:
  opcc-schemes [--database FILE]                      agor y ffenestr
  opcc-schemes [--database FILE] --import-csv FILE [--import-csv FILE ...]
  opcc-schemes [--database FILE] --import FILE.csv|FILE.xlsx|FILE.ods [--import FILE ...]
  opcc-schemes [--database FILE] --export-csv DIR
  opcc-schemes [--database FILE] --export-xlsx FILE.xlsx
  opcc-schemes [--database FILE] --chart MEASURE [--strand S] [--area A]
               [--scheme NAME ...] [--type TYPE] [--size WxH] [--public]
               --output FILE.pdf|FILE.png|FILE.svg
  opcc-schemes [--database FILE] --report FILE.pdf|FILE.odt|FILE.html
               [--strand S] [--area A] [--scheme NAME ...] [--search TEXT]
               [--financial-year YYYY/YY | --from D --to D] [--public]
               [--title TEXT]
  opcc-schemes [--database FILE] --list-measures
  opcc-schemes [--database FILE] --check
  opcc-schemes --foi-due YYYY-MM-DD
  opcc-schemes --help | --version

</translation>
    </message>
    <message>
        <source>Use the database FILE, or the shared register at postgresql://[user@]host[:port]/database, instead of the default one (created with the shipped dataset if missing or empty).</source>
        <translation>Defnyddio cronfa ddata FILE, neu’r gofrestr a rennir yn postgresql://[user@]host[:port]/database, yn lle’r un ddiofyn (caiff ei chreu gyda’r set ddata a ddaw gyda’r rhaglen os yw ar goll neu’n wag).</translation>
    </message>
    <message>
        <source>There is no display to open the window on. Start OPCC Schemes on a desktop, or give it a job such as --export-csv (see --help).</source>
        <translation>Does dim sgrin i agor y ffenestr arni. Dechreuwch OPCC Schemes ar bwrdd gwaith, neu rhowch dasg iddo fel --export-csv (gweler --help).</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>totals</source>
        <translation>cyfansymiau</translation>
    </message>
    <message>
        <source>weekly rates</source>
        <translation>cyfraddau wythnosol</translation>
    </message>
    <message>
        <source>monthly rates</source>
        <translation>cyfraddau misol</translation>
    </message>
    <message>
        <source>yearly rates</source>
        <translation>cyfraddau blynyddol</translation>
    </message>
    <message>
        <source>Stated as %1; the chart draws %2 only.</source>
        <translation>Wedi&apos;i nodi fel %1; dim ond %2 a ddangosir ar y siart.</translation>
    </message>
    <message>
        <source>the scheme has no funding figure</source>
        <translation>nid oes gan y cynllun ffigur cyllid</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>Heb ei ddangos: %1.</translation>
    </message>
    <message>
        <source>Figures stated as a rate (a week, a month, a year) are not drawn beside totals; they are listed under the chart.</source>
        <translation>Ni ddangosir ffigurau a nodwyd fel cyfradd (yr wythnos, y mis, y flwyddyn) ochr yn ochr â chyfansymiau; fe&apos;u rhestrir o dan y siart.</translation>
    </message>
    <message>
        <source>Only %1 are drawn; figures stated otherwise are listed under the chart.</source>
        <translation>Dim ond %1 a ddangosir; rhestrir ffigurau a nodwyd mewn ffordd arall o dan y siart.</translation>
    </message>
    <message>
        <source>One figure per scheme: the latest that is not a baseline, unless chosen. Schemes with more figures of this measure: %1.</source>
        <translation>Un ffigur fesul cynllun: y diweddaraf nad yw&apos;n llinell sylfaen, oni ddewiswyd ffigur arall. Cynlluniau â mwy nag un ffigur ar gyfer y mesur hwn: %1.</translation>
    </message>
    <message>
        <source>Figure chosen instead of the latest for: %1.</source>
        <translation>Dewiswyd ffigur yn lle&apos;r un diweddaraf ar gyfer: %1.</translation>
    </message>
    <message>
        <source>None of the selected schemes has a figure of this measure that can be drawn on this basis.</source>
        <translation>Nid oes gan yr un o&apos;r cynlluniau a ddewiswyd ffigur ar gyfer y mesur hwn y gellir ei ddangos ar y sail hon.</translation>
    </message>
    <message>
        <source>Funding per £1,000 of funding is always £1,000: choose another measure, or no normalisation.</source>
        <translation>Mae cyllid fesul £1,000 o gyllid bob amser yn £1,000: dewiswch fesur arall, neu&apos;r sail “Fel y&apos;u nodwyd”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s)</source>
        <translation>
            <numerusform>%1: %n ffigur</numerusform>
            <numerusform>%1: %n ffigur</numerusform>
            <numerusform>%1: %n ffigur</numerusform>
            <numerusform>%1: %n ffigur</numerusform>
            <numerusform>%1: %n ffigur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Methu darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Methu ysgrifennu yn y ffolder %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the export was stopped.</source>
        <translation>Methu ysgrifennu %1: ataliwyd yr allforio.</translation>
    </message>
    <message>
        <source>Cannot replace the files in %1; the earlier files are kept.</source>
        <translation>Methu disodli&apos;r ffeiliau yn %1; cedwir y ffeiliau blaenorol.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the database refused the row: %1</source>
        <translation>gwrthododd y gronfa ddata y rhes: %1</translation>
    </message>
    <message>
        <source>The database failed while line %1 of %2 was written: %3</source>
        <translation>Methodd y gronfa ddata wrth ysgrifennu llinell %1 o %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ni ellir ei darllen: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>mae&apos;r ffeil yn wag; mae angen rhes pennawd arni</translation>
    </message>
    <message>
        <source>cannot tell what the file holds: a schemes file needs the columns %1; an outcomes file needs %2</source>
        <translation>methu dweud beth sydd yn y ffeil: mae angen y colofnau %1 ar ffeil cynlluniau; mae angen %2 ar ffeil canlyniadau</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colofn %1</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>nid oes gan y golofn enw</translation>
    </message>
    <message>
        <source>unknown column for %1; its columns are: %2</source>
        <translation>colofn anhysbys ar gyfer %1; y colofnau dilys yw: %2</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>mae&apos;r golofn yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>mae colofn ofynnol ar goll o&apos;r pennawd</translation>
    </message>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>methu dechrau ysgrifennu i&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>the database could not save the import: %1</source>
        <translation>methodd y gronfa ddata â chadw&apos;r mewnforiad: %1</translation>
    </message>
    <message>
        <source>a source document needs a title</source>
        <translation>mae angen teitl ar ddogfen ffynhonnell</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of document; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn fath o ddogfen; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>there is no scheme &quot;%1&quot; in &quot;%2&quot;, neither in the database nor in this import</source>
        <translation>nid oes cynllun &quot;%1&quot; yn &quot;%2&quot;, nac yn y gronfa ddata nac yn y mewnforiad hwn</translation>
    </message>
    <message>
        <source>a scheme needs a strand: %1</source>
        <translation>mae angen llinyn ar gynllun: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn llinyn; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn statws; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>the same scheme (name and area) is already on line %1</source>
        <translation>mae&apos;r un cynllun (enw ac ardal) eisoes ar linell %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn uned; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure key: lower case letters, digits and underscores, starting with a letter</source>
        <translation>nid yw &quot;%1&quot; yn allwedd mesur: llythrennau bach, digidau a thanlinellau, gan ddechrau â llythyren</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is counted in %2, not %3</source>
        <translation>uned y mesur &quot;%1&quot; yw %2, nid %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new measure, so its unit is required (%2)</source>
        <translation>mae &quot;%1&quot; yn fesur newydd, felly mae angen ei uned (%2)</translation>
    </message>
    <message>
        <source>a figure needs a value</source>
        <translation>mae angen gwerth ar ffigur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (at most two decimal places)</source>
        <translation>nid yw &quot;%1&quot; yn rhif (dim mwy na dau le degol)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as money but the measure is counted in %2</source>
        <translation>mae &quot;%1&quot; wedi&apos;i ysgrifennu fel arian ond uned y mesur yw %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as a percentage but the measure is counted in %2</source>
        <translation>mae &quot;%1&quot; wedi&apos;i ysgrifennu fel canran ond uned y mesur yw %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a qualifier; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn oleddfydd; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; use week, month or year, or leave it empty</source>
        <translation>nid yw &quot;%1&quot; yn gyfradd; defnyddiwch week, month neu year, neu gadewch yn wag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>nid yw &quot;%1&quot; yn yes nac yn no</translation>
    </message>
    <message>
        <source>the same figure (scheme, measure, period, per and baseline) is already on line %1</source>
        <translation>mae&apos;r un ffigur (cynllun, mesur, cyfnod, cyfradd a llinell sylfaen) eisoes ar linell %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns; is a comma missing, or a quote?</source>
        <translation>mae gan y rhes %1 maes ond mae gan y pennawd %2 colofn; a oes coma neu ddyfynnod ar goll?</translation>
    </message>
    <message>
        <source>the row has text beyond the header&apos;s %1 columns; is a field with a comma missing its quotes?</source>
        <translation>mae testun yn y rhes y tu hwnt i %1 colofn y pennawd; a oes maes sy&apos;n cynnwys coma heb ei ddyfynodau?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a spreadsheet formula, not a number; save the sheet with its values</source>
        <translation>mae &quot;%1&quot; yn fformiwla taenlen, nid yn rhif; cadwch y ddalen gyda&apos;i gwerthoedd</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not one the import reads; name the sheets %2, or remove this one</source>
        <translation>nid yw&apos;r ddalen &quot;%1&quot; yn un y mae&apos;r mewnforio&apos;n ei darllen; enwch y dalennau %2, neu dynnwch hon</translation>
    </message>
    <message>
        <source>the file is separated by semicolons (;), not commas.</source>
        <translation>mae&apos;r ffeil wedi&apos;i gwahanu gan hanner colonau (;), nid atalnodau.</translation>
    </message>
    <message>
        <source>the file is separated by tabs, not commas.</source>
        <translation>mae&apos;r ffeil wedi&apos;i gwahanu gan dabiau, nid atalnodau.</translation>
    </message>
    <message>
        <source>an area needs a name without semicolons</source>
        <translation>mae angen enw heb hanner colonau ar ardal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nation; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn genedl; defnyddiwch un o: %2</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is counted in %2, not %3; a measure&apos;s unit cannot change</source>
        <translation>mae&apos;r mesur &quot;%1&quot; yn cael ei gyfrif mewn %2, nid %3; ni all uned mesur newid</translation>
    </message>
    <message>
        <source>an organisation needs a name without semicolons</source>
        <translation>mae angen enw heb hanner colonau ar sefydliad</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>nid oes modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: %2</source>
        <translation>nid yw &quot;%1&quot; yn rhif: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand: %2; use one of: %3</source>
        <translation>nid yw &quot;%1&quot; yn llinyn: %2; defnyddiwch un o&apos;r canlynol: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD, e.g. 2020-04-20</source>
        <translation>nid yw &quot;%1&quot; yn ddiwrnod: ysgrifennwch ef fel BBBB-MM-DD, e.e. 2020-04-20</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of requester; use one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn fath o geisydd; defnyddiwch un o&apos;r canlynol: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exemption; use keys joined by &quot;; &quot; from: %2</source>
        <translation>nid yw &quot;%1&quot; yn eithriad; defnyddiwch allweddi wedi&apos;u cysylltu gan &quot;; &quot; o blith: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a scheme as NAME@AREA, e.g. DIVERT@West Mercia</source>
        <translation>nid yw &quot;%1&quot; yn enwi cynllun fel ENW@ARDAL, e.e. DIVERT@West Mercia</translation>
    </message>
    <message>
        <source>the request %1 is also on line %2</source>
        <translation>mae&apos;r cais %1 hefyd ar linell %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or empty</source>
        <translation>nid yw &quot;%1&quot; yn &quot;yes&quot; nac yn wag</translation>
    </message>
    <message>
        <source>there is no request &quot;%1&quot;, neither in the database nor in this import</source>
        <translation>nid oes cais &quot;%1&quot;, nac yn y gronfa ddata nac yn y mewnforio hwn</translation>
    </message>
    <message>
        <source>a time entry needs the day the time was spent</source>
        <translation>mae angen y diwrnod y treuliwyd yr amser ar gofnod amser</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes above 0</source>
        <translation>nid yw &quot;%1&quot; yn nifer o funudau uwchben 0</translation>
    </message>
    <message>
        <source>the database refused the time log of %1: %2</source>
        <translation>gwrthododd y gronfa ddata log amser %1: %2</translation>
    </message>
    <message>
        <source>the path of the copy&apos;s file is missing</source>
        <translation>mae llwybr ffeil y copi ar goll</translation>
    </message>
    <message>
        <source>cannot read %1: %2; keep the folder of copies beside the file that names them</source>
        <translation>methu darllen %1: %2; cadwch ffolder y copïau wrth ymyl y ffeil sy&apos;n eu henwi</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a copy kept in the database may be</source>
        <translation>mae %1 yn fwy na %2 MB, y mwyaf y caiff copi a gedwir yn y gronfa ddata fod</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>methu darllen %1: %2</translation>
    </message>
    <message>
        <source>an attached copy needs the title of its source document</source>
        <translation>mae copi atodedig angen teitl ei ddogfen ffynhonnell</translation>
    </message>
    <message>
        <source>an attached copy needs the name of its file</source>
        <translation>mae copi atodedig angen enw ei ffeil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-03-01T09:30:00Z</source>
        <translation>nid yw &quot;%1&quot; yn ddyddiad ac amser fel 2026-03-01T09:30:00Z</translation>
    </message>
    <message>
        <source>no source document is titled &quot;%1&quot;; add it to sources.csv</source>
        <translation>nid oes dogfen ffynhonnell o&apos;r enw &quot;%1&quot;; ychwanegwch hi at sources.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new area; only a register administrator may add one</source>
        <translation>mae &quot;%1&quot; yn ardal newydd; dim ond gweinyddwr y gofrestr a all ychwanegu un</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new measure; only a register administrator may add one</source>
        <translation>mae &quot;%1&quot; yn fesur newydd; dim ond gweinyddwr y gofrestr a all ychwanegu un</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an area already in the register; only a register administrator may change its %2</source>
        <translation>mae &quot;%1&quot; yn ardal sydd eisoes yn y gofrestr; dim ond gweinyddwr y gofrestr a all newid ei %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a measure already in the register; only a register administrator may change its %2</source>
        <translation>mae &quot;%1&quot; yn fesur sydd eisoes yn y gofrestr; dim ond gweinyddwr y gofrestr a all newid ei %2</translation>
    </message>
    <message>
        <source>cannot prepare the indexes: %1</source>
        <translation>methu paratoi’r mynegeion: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>nid testun UTF-8 yw&apos;r ffeil (beit 0x%1); cadwch hi o&apos;r daenlen fel &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed</source>
        <translation>mae maes mewn dyfynodau yn dechrau yma ond nid yw&apos;r dyfynodau byth yn cau</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>testun annisgwyl ar ôl dyfynnod cau ym maes %1</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1; put the whole field in quotes and double the quote</source>
        <translation>dyfynnod y tu mewn i faes %1 heb ddyfynodau; rhowch y maes cyfan mewn dyfynodau a dyblwch y dyfynnod</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export CSV</source>
        <translation>Allforio CSV</translation>
    </message>
    <message>
        <source>Export CSV to a folder</source>
        <translation>Allforio CSV i ffolder</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>Mae %1 eisoes yn cynnwys %2. Ydych chi am ddisodli&apos;r hyn sydd yno?</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Allforio llyfr gwaith Excel</translation>
    </message>
    <message>
        <source>Wrote %1 schemes and %2 figures to %3.</source>
        <translation>Ysgrifennwyd %1 cynllun a %2 ffigur i %3.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 schemes and %2 figures, and every other field of the register, to %3.</source>
        <translation>Ysgrifennwyd %1 cynllun a %2 ffigur, a phob maes arall o&apos;r gofrestr, i %3.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>In Excel: File &gt; Save As, file type &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;. In LibreOffice Calc: File &gt; Save As, file type &quot;Text CSV (.csv)&quot;, tick &quot;Edit filter settings&quot;, then choose the character set &quot;Unicode (UTF-8)&quot; and the field delimiter &quot;,&quot; (comma). Workbooks (.xlsx, .ods) can be imported as they are.</source>
        <translation>Yn Excel: Ffeil &gt; Cadw Fel, math o ffeil &quot;CSV UTF-8 (Comma delimited) (*.csv)&quot;. Yn LibreOffice Calc: Ffeil &gt; Cadw Fel, math o ffeil &quot;Text CSV (.csv)&quot;, ticiwch &quot;Edit filter settings&quot;, yna dewiswch y set nodau &quot;Unicode (UTF-8)&quot; a&apos;r amffinydd maes &quot;,&quot; (atalnod). Gellir mewnforio llyfrau gwaith (.xlsx, .ods) fel y maent.</translation>
    </message>
    <message>
        <source>this is a zip file, not a CSV file or a workbook.</source>
        <translation>ffeil zip yw hon, nid ffeil CSV na llyfr gwaith.</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls), which cannot be read; save it as .xlsx or as CSV UTF-8.</source>
        <translation>llyfr gwaith Excel 97-2003 (.xls) yw hwn, ac ni ellir ei ddarllen; cadwch ef fel .xlsx neu fel CSV UTF-8.</translation>
    </message>
    <message>
        <source>this text is in UTF-16 (Excel&apos;s &quot;Unicode Text&quot;), not UTF-8.</source>
        <translation>mae&apos;r testun hwn mewn UTF-16 (&quot;Unicode Text&quot; Excel), nid UTF-8.</translation>
    </message>
</context>
<context>
    <name>Foi</name>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Clarification sought</source>
        <translation>Gofynnwyd am eglurhad</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Aelod o&apos;r cyhoedd</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Cyfryngau</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Ymchwilydd</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Busnes</translation>
    </message>
    <message>
        <source>MP or councillor</source>
        <translation>AS neu gynghorydd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Cost of compliance exceeds the appropriate limit</source>
        <translation>Mae cost cydymffurfio&apos;n uwch na&apos;r terfyn priodol</translation>
    </message>
    <message>
        <source>Vexatious or repeated request</source>
        <translation>Cais blinderus neu ailadroddus</translation>
    </message>
    <message>
        <source>Advice and assistance given</source>
        <translation>Rhoddwyd cyngor a chymorth</translation>
    </message>
    <message>
        <source>Information reasonably accessible by other means</source>
        <translation>Gwybodaeth sydd ar gael yn rhesymol drwy ddulliau eraill</translation>
    </message>
    <message>
        <source>Information intended for future publication</source>
        <translation>Gwybodaeth y bwriedir ei chyhoeddi yn y dyfodol</translation>
    </message>
    <message>
        <source>Information supplied by, or concerning, security bodies</source>
        <translation>Gwybodaeth a ddarparwyd gan gyrff diogelwch, neu sy&apos;n ymwneud â hwy</translation>
    </message>
    <message>
        <source>National security</source>
        <translation>Diogelwch gwladol</translation>
    </message>
    <message>
        <source>Investigations and proceedings</source>
        <translation>Ymchwiliadau ac achosion</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Gorfodi&apos;r gyfraith</translation>
    </message>
    <message>
        <source>Prejudice to the effective conduct of public affairs</source>
        <translation>Niwed i gynnal materion cyhoeddus yn effeithiol</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>Iechyd a diogelwch</translation>
    </message>
    <message>
        <source>Personal data of third parties</source>
        <translation>Data personol trydydd partïon</translation>
    </message>
    <message>
        <source>Information provided in confidence</source>
        <translation>Gwybodaeth a roddwyd yn gyfrinachol</translation>
    </message>
    <message>
        <source>Legal professional privilege</source>
        <translation>Braint broffesiynol gyfreithiol</translation>
    </message>
    <message>
        <source>Commercial interests</source>
        <translation>Buddiannau masnachol</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Yn aros am eglurhad</translation>
    </message>
    <message>
        <source>Provided in part</source>
        <translation>Darparwyd yn rhannol</translation>
    </message>
    <message>
        <source>Information provided</source>
        <translation>Darparwyd y wybodaeth</translation>
    </message>
    <message>
        <source>%1 h %2 min (%3 of the %4 limit)</source>
        <translation>%1 awr %2 mun (%3 o&apos;r terfyn o %4)</translation>
    </message>
    <message>
        <source>Clock stopped: awaiting clarification</source>
        <translation>Cloc wedi&apos;i atal: yn aros am eglurhad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dyledus heddiw</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>Dyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Dyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Dyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Dyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Dyledus ymhen %n diwrnod gwaith</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FoiDisclosureLog</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <source>Date replied</source>
        <translation>Dyddiad ateb</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Exemptions applied</source>
        <translation>Eithriadau a gymhwyswyd</translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation>Methu darllen y gofrestr: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Methu ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation>Log datgelu</translation>
    </message>
</context>
<context>
    <name>FoiReply</name>
    <message>
        <source>Freedom of Information request %1: reply</source>
        <translation>Cais Rhyddid Gwybodaeth %1: ateb</translation>
    </message>
    <message>
        <source>The schemes this request concerns</source>
        <translation>Y cynlluniau y mae&apos;r cais hwn yn ymwneud â hwy</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Eich cais</translation>
    </message>
    <message>
        <source>A reply is saved as .pdf, .odt or .html, not &quot;%1&quot;.</source>
        <translation>Caiff ateb ei gadw fel .pdf, .odt neu .html, nid &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>FoiRequestsCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>FoiValidator</name>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Rhowch y dyddiad y derbyniwyd y cais.</translation>
    </message>
    <message>
        <source>The due date (%1) is before the date received (%2).</source>
        <translation>Mae&apos;r dyddiad dyledus (%1) cyn y dyddiad derbyn (%2).</translation>
    </message>
    <message>
        <source>The reply date (%1) is before the date received (%2).</source>
        <translation>Mae dyddiad yr ateb (%1) cyn y dyddiad derbyn (%2).</translation>
    </message>
    <message>
        <source>Clarification cannot be sought (%1) before the request was received (%2).</source>
        <translation>Ni ellir gofyn am eglurhad (%1) cyn derbyn y cais (%2).</translation>
    </message>
    <message>
        <source>The clarification cannot arrive (%1) before it was sought (%2).</source>
        <translation>Ni all yr eglurhad gyrraedd (%1) cyn gofyn amdano (%2).</translation>
    </message>
    <message>
        <source>The reply date (%1) is before the clarification was received (%2).</source>
        <translation>Mae dyddiad yr ateb (%1) cyn derbyn yr eglurhad (%2).</translation>
    </message>
    <message>
        <source>Enter the date clarification was sought before the date it was received.</source>
        <translation>Rhowch y dyddiad y gofynnwyd am eglurhad cyn y dyddiad y&apos;i derbyniwyd.</translation>
    </message>
    <message>
        <source>Enter the extended due date, or untick the extension.</source>
        <translation>Rhowch y dyddiad dyledus estynedig, neu dad-diciwch yr estyniad.</translation>
    </message>
    <message>
        <source>A request that was replied to or refused needs the date of the reply.</source>
        <translation>Mae cais a atebwyd neu a wrthodwyd angen dyddiad yr ateb.</translation>
    </message>
    <message>
        <source>Enter the date clarification was sought.</source>
        <translation>Rhowch y dyddiad y gofynnwyd am eglurhad.</translation>
    </message>
    <message>
        <source>The clarification has been received: set the status back to Open.</source>
        <translation>Mae&apos;r eglurhad wedi dod i law: gosodwch y statws yn ôl i Agored.</translation>
    </message>
    <message>
        <source>An open request has no reply date: set the status to Replied or Refused, or clear the date.</source>
        <translation>Nid oes dyddiad ateb i gais agored: gosodwch y statws i Atebwyd neu Gwrthodwyd, neu cliriwch y dyddiad.</translation>
    </message>
    <message>
        <source>A refusal cites the exemption it relies on: tick at least one.</source>
        <translation>Mae gwrthodiad yn nodi&apos;r eithriad y mae&apos;n dibynnu arno: ticiwch o leiaf un.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD or DD/MM/YYYY, e.g. 2020-04-20 or 20/04/2020.</source>
        <translation>Ysgrifennwch y dyddiad fel BBBB-MM-DD neu DD/MM/BBBB, e.e. 2020-04-20 neu 20/04/2020.</translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference, e.g. FOI 2020-500.</source>
        <translation>Rhowch gyfeirnod y cais, e.e. FOI 2020-500.</translation>
    </message>
    <message>
        <source>The reference starts or ends with a space.</source>
        <translation>Mae&apos;r cyfeirnod yn dechrau neu&apos;n gorffen â bwlch.</translation>
    </message>
    <message>
        <source>Enter the questions the requester asked.</source>
        <translation>Rhowch y cwestiynau a ofynnodd y ceisydd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exemption the register knows.</source>
        <translation>Nid yw &quot;%1&quot; yn eithriad y mae&apos;r gofrestr yn ei adnabod.</translation>
    </message>
    <message>
        <source>Time spent is logged in whole minutes, more than none.</source>
        <translation>Cofnodir amser mewn munudau cyfan, mwy na dim.</translation>
    </message>
    <message>
        <source>Each time entry needs its date.</source>
        <translation>Mae angen dyddiad ar bob cofnod amser.</translation>
    </message>
    <message>
        <source>Time cannot be logged on %1, before the request was received (%2).</source>
        <translation>Ni ellir cofnodi amser ar %1, cyn derbyn y cais (%2).</translation>
    </message>
    <message>
        <source>%1 is already in the register: each request has its own reference.</source>
        <translation>Mae %1 eisoes yn y gofrestr: mae gan bob cais ei gyfeirnod ei hun.</translation>
    </message>
</context>
<context>
    <name>ImportHints</name>
    <message>
        <source>%1 schemes belong to %2</source>
        <translation>mae cynlluniau %1 yn perthyn i %2</translation>
    </message>
    <message>
        <source>write %1 with qualifier %2</source>
        <translation>ysgrifennwch %1 gyda&apos;r goleddfwr %2</translation>
    </message>
    <message>
        <source>write %1 in value and %2 in value_high, with qualifier range</source>
        <translation>ysgrifennwch %1 yn value a %2 yn value_high, gyda&apos;r goleddfwr range</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s) found.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim: cafwyd %n gwall.</numerusform>
            <numerusform>Ni fewnforiwyd dim: cafwyd %n gwall.</numerusform>
            <numerusform>Ni fewnforiwyd dim: cafwyd %n gwall.</numerusform>
            <numerusform>Ni fewnforiwyd dim: cafwyd %n gwall.</numerusform>
            <numerusform>Ni fewnforiwyd dim: cafwyd %n gwall.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Cafodd y mewnforio ei ganslo; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Schemes: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Cynlluniau: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru, %3 heb eu newid.</translation>
    </message>
    <message>
        <source>Figures: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Ffigurau: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru, %3 heb eu newid.</translation>
    </message>
    <message>
        <source>Source documents: %1 added, %2 updated.</source>
        <translation>Dogfennau ffynhonnell: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru.</translation>
    </message>
    <message>
        <source>New areas: %1.</source>
        <translation>Ardaloedd newydd: %1.</translation>
    </message>
    <message>
        <source>New measures: %1.</source>
        <translation>Mesurau newydd: %1.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds these schemes (%1) and figures (%2) exactly.</source>
        <translation>Dim byd i&apos;w newid: mae&apos;r gronfa ddata eisoes yn cynnwys y cynlluniau hyn (%1) a&apos;r ffigurau hyn (%2) yn union.</translation>
    </message>
    <message>
        <source>Areas updated: %1.</source>
        <translation>Ardaloedd a ddiweddarwyd: %1.</translation>
    </message>
    <message>
        <source>Measures updated: %1.</source>
        <translation>Mesurau a ddiweddarwyd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New organisations: %n.</source>
        <translation>
            <numerusform>Sefydliadau newydd: %n.</numerusform>
            <numerusform>Sefydliadau newydd: %n.</numerusform>
            <numerusform>Sefydliadau newydd: %n.</numerusform>
            <numerusform>Sefydliadau newydd: %n.</numerusform>
            <numerusform>Sefydliadau newydd: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Mewnforio %1</translation>
    </message>
    <message>
        <source>FOI requests: %1 added, %2 updated; time logs of %3 replaced.</source>
        <translation>Ceisiadau Rhyddid Gwybodaeth: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru; logiau amser %3 wedi&apos;u disodli.</translation>
    </message>
    <message>
        <source>Attached copies of source documents: %1 added, %2 updated.</source>
        <translation>Copïau atodedig o ddogfennau ffynhonnell: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Created %1 with the shipped dataset.</source>
        <translation>Crëwyd %1 gyda set ddata&apos;r rhaglen.</translation>
    </message>
    <message>
        <source>Upgraded %1 from database version %2; the old file is kept as %3.</source>
        <translation>Uwchraddiwyd %1 o fersiwn cronfa ddata %2; mae&apos;r hen ffeil wedi&apos;i chadw fel %3.</translation>
    </message>
    <message>
        <source>This build cannot draw charts.</source>
        <translation>Ni all y fersiwn hwn o&apos;r rhaglen lunio siartiau.</translation>
    </message>
    <message>
        <source>Stopped after %1 errors.</source>
        <translation>Stopiwyd ar ôl %1 gwall.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <comment>schemes, figures, folder</comment>
        <translation>Ysgrifennwyd %1 a %2 i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <comment>schemes, figures, file</comment>
        <translation>Ysgrifennwyd %1 a %2 i %3.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Nid oedd modd darllen y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1: ni chafwyd hyd i ddifrod.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>Mae %1 wedi&apos;i difrodi:</translation>
    </message>
    <message>
        <source>The import cannot be undone from the window: %1</source>
        <translation>Ni ellir dadwneud y mewnforio o&apos;r ffenestr: %1</translation>
    </message>
</context>
<context>
    <name>LastRegister</name>
    <message>
        <source>The register used last, %1, cannot be opened: %2

The register file %3 is open instead. File &gt; Connect to Shared Register tries the server again.</source>
        <translation>Ni ellir agor y gofrestr a ddefnyddiwyd ddiwethaf, %1: %2

Mae&apos;r ffeil gofrestr %3 ar agor yn ei lle. Mae Ffeil &gt; Cysylltu â chofrestr a rennir yn rhoi cynnig ar y gweinydd eto.</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Additional funding</source>
        <translation>Cyllid ychwanegol</translation>
    </message>
    <message>
        <source>A further grant on top of the first funding, in pounds.</source>
        <translation>Grant pellach ar ben y cyllid cyntaf, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Reduction in alcohol-related arrests</source>
        <translation>Gostyngiad mewn arestiadau sy&apos;n gysylltiedig ag alcohol</translation>
    </message>
    <message>
        <source>Percentage fall in alcohol-related arrests.</source>
        <translation>Gostyngiad canrannol mewn arestiadau sy&apos;n gysylltiedig ag alcohol.</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arestiadau</translation>
    </message>
    <message>
        <source>Arrests made by the operation or scheme.</source>
        <translation>Arestiadau a wnaed gan yr ymgyrch neu&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Assessment rate</source>
        <translation>Cyfradd asesu</translation>
    </message>
    <message>
        <source>Assessments as a percentage of referrals.</source>
        <translation>Asesiadau fel canran o&apos;r atgyfeiriadau.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Assessments carried out with people referred.</source>
        <translation>Asesiadau a gynhaliwyd gyda phobl a atgyfeiriwyd.</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <translation>Presenoldeb cyfartalog</translation>
    </message>
    <message>
        <source>Average number of people attending a session.</source>
        <translation>Nifer cyfartalog y bobl sy&apos;n mynychu sesiwn.</translation>
    </message>
    <message>
        <source>Average programme stay</source>
        <translation>Arhosiad cyfartalog ar raglen</translation>
    </message>
    <message>
        <source>Average length of stay in a programme, in months.</source>
        <translation>Hyd cyfartalog yr arhosiad ar raglen, mewn misoedd.</translation>
    </message>
    <message>
        <source>Average stay</source>
        <translation>Arhosiad cyfartalog</translation>
    </message>
    <message>
        <source>Average time a resident stays, in weeks.</source>
        <translation>Yr amser cyfartalog y mae preswylydd yn aros, mewn wythnosau.</translation>
    </message>
    <message>
        <source>Cannabis plants seized</source>
        <translation>Planhigion canabis a atafaelwyd</translation>
    </message>
    <message>
        <source>Cannabis plants seized.</source>
        <translation>Planhigion canabis a atafaelwyd.</translation>
    </message>
    <message>
        <source>Case study: crimes linked</source>
        <translation>Astudiaeth achos: troseddau cysylltiedig</translation>
    </message>
    <message>
        <source>Crimes linked to one participant described as a case study.</source>
        <translation>Troseddau sy&apos;n gysylltiedig ag un cyfranogwr a ddisgrifir fel astudiaeth achos.</translation>
    </message>
    <message>
        <source>Case study: safeguarding reports</source>
        <translation>Astudiaeth achos: adroddiadau diogelu</translation>
    </message>
    <message>
        <source>Safeguarding reports linked to one participant described as a case study.</source>
        <translation>Adroddiadau diogelu sy&apos;n gysylltiedig ag un cyfranogwr a ddisgrifir fel astudiaeth achos.</translation>
    </message>
    <message>
        <source>Case study: sessions attended</source>
        <translation>Astudiaeth achos: sesiynau a fynychwyd</translation>
    </message>
    <message>
        <source>Sessions attended by one participant described as a case study.</source>
        <translation>Sesiynau a fynychwyd gan un cyfranogwr a ddisgrifir fel astudiaeth achos.</translation>
    </message>
    <message>
        <source>Cash seized</source>
        <translation>Arian parod a atafaelwyd</translation>
    </message>
    <message>
        <source>Cash seized from criminals, in pounds.</source>
        <translation>Arian parod a atafaelwyd oddi ar droseddwyr, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Cohort aged over 35</source>
        <translation>Carfan dros 35 oed</translation>
    </message>
    <message>
        <source>Share of the cohort aged over 35, as a percentage.</source>
        <translation>Cyfran y garfan sydd dros 35 oed, fel canran.</translation>
    </message>
    <message>
        <source>Cohort with a disability</source>
        <translation>Carfan ag anabledd</translation>
    </message>
    <message>
        <source>Share of the cohort with a disability, as a percentage.</source>
        <translation>Cyfran y garfan sydd ag anabledd, fel canran.</translation>
    </message>
    <message>
        <source>Cohort affected by domestic abuse</source>
        <translation>Carfan yr effeithiwyd arni gan gam-drin domestig</translation>
    </message>
    <message>
        <source>Share of the cohort who were victims, perpetrators or grew up around domestic abuse, as a percentage.</source>
        <translation>Cyfran y garfan a oedd yn ddioddefwyr neu&apos;n gyflawnwyr cam-drin domestig, neu a fagwyd yn ei ganol, fel canran.</translation>
    </message>
    <message>
        <source>Cohort with family substance misuse</source>
        <translation>Carfan â chamddefnyddio sylweddau yn y teulu</translation>
    </message>
    <message>
        <source>Share of the cohort who grew up with family members with substance misuse, as a percentage.</source>
        <translation>Cyfran y garfan a fagwyd gydag aelodau o&apos;r teulu a oedd yn camddefnyddio sylweddau, fel canran.</translation>
    </message>
    <message>
        <source>Share of the cohort who are male, as a percentage.</source>
        <translation>Cyfran y garfan sy&apos;n wrywod, fel canran.</translation>
    </message>
    <message>
        <source>Cohort with mental health issues</source>
        <translation>Carfan â phroblemau iechyd meddwl</translation>
    </message>
    <message>
        <source>Share of the cohort with self-reported mental health issues, as a percentage.</source>
        <translation>Cyfran y garfan sy&apos;n dweud bod ganddynt broblemau iechyd meddwl, fel canran.</translation>
    </message>
    <message>
        <source>Cohort not in employment or education</source>
        <translation>Carfan nad yw mewn cyflogaeth nac addysg</translation>
    </message>
    <message>
        <source>Share of the cohort not in employment or education, as a percentage.</source>
        <translation>Cyfran y garfan nad yw mewn cyflogaeth nac addysg, fel canran.</translation>
    </message>
    <message>
        <source>Share of the cohort who are White British, as a percentage.</source>
        <translation>Cyfran y garfan sy&apos;n Wyn Prydeinig, fel canran.</translation>
    </message>
    <message>
        <source>County line OCGs disrupted</source>
        <translation>Grwpiau troseddu cyfundrefnol llinellau sirol y tarfwyd arnynt</translation>
    </message>
    <message>
        <source>County line organised crime groups disrupted.</source>
        <translation>Grwpiau troseddu cyfundrefnol llinellau sirol y tarfwyd arnynt.</translation>
    </message>
    <message>
        <source>Cost of crime</source>
        <translation>Cost troseddu</translation>
    </message>
    <message>
        <source>Estimated cost of crimes to victims and the public purse, in pounds.</source>
        <translation>Amcangyfrif o gost troseddau i ddioddefwyr ac i&apos;r pwrs cyhoeddus, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Crime reduction</source>
        <translation>Gostyngiad mewn troseddu</translation>
    </message>
    <message>
        <source>Percentage fall in crime or demand linked to the scheme.</source>
        <translation>Gostyngiad canrannol mewn troseddu neu alw sy&apos;n gysylltiedig â&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Detected crimes</source>
        <translation>Troseddau a ddatryswyd</translation>
    </message>
    <message>
        <source>Detected crimes committed by a group of participants.</source>
        <translation>Troseddau wedi&apos;u datrys a gyflawnwyd gan grŵp o gyfranogwyr.</translation>
    </message>
    <message>
        <source>Drug charges</source>
        <translation>Cyhuddiadau cyffuriau</translation>
    </message>
    <message>
        <source>Drug offence charges brought.</source>
        <translation>Cyhuddiadau a ddygwyd am droseddau cyffuriau.</translation>
    </message>
    <message>
        <source>Drug disruptions</source>
        <translation>Achosion o darfu ar gyffuriau</translation>
    </message>
    <message>
        <source>Disruptions of drug supply activity.</source>
        <translation>Achosion o darfu ar weithgarwch cyflenwi cyffuriau.</translation>
    </message>
    <message>
        <source>Drug lines dismantled</source>
        <translation>Llinellau cyffuriau a ddatgymalwyd</translation>
    </message>
    <message>
        <source>County lines or drug lines closed down.</source>
        <translation>Llinellau sirol neu linellau cyffuriau a gaewyd.</translation>
    </message>
    <message>
        <source>Reduction in drug-related offences</source>
        <translation>Gostyngiad mewn troseddau sy&apos;n gysylltiedig â chyffuriau</translation>
    </message>
    <message>
        <source>Percentage fall in drug-related offences.</source>
        <translation>Gostyngiad canrannol mewn troseddau sy&apos;n gysylltiedig â chyffuriau.</translation>
    </message>
    <message>
        <source>Drugs seized</source>
        <translation>Cyffuriau a atafaelwyd</translation>
    </message>
    <message>
        <source>Weight of drugs seized, in kilograms.</source>
        <translation>Pwysau&apos;r cyffuriau a atafaelwyd, mewn cilogramau.</translation>
    </message>
    <message>
        <source>Street value of drugs seized</source>
        <translation>Gwerth stryd y cyffuriau a atafaelwyd</translation>
    </message>
    <message>
        <source>Street value of drugs seized, in pounds.</source>
        <translation>Gwerth stryd y cyffuriau a atafaelwyd, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Value of drugs seized</source>
        <translation>Gwerth y cyffuriau a atafaelwyd</translation>
    </message>
    <message>
        <source>Value of drugs seized where the source does not call it street value, in pounds.</source>
        <translation>Gwerth y cyffuriau a atafaelwyd lle nad yw&apos;r ffynhonnell yn ei alw&apos;n werth stryd, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Length of a pilot or programme, in months.</source>
        <translation>Hyd cynllun peilot neu raglen, mewn misoedd.</translation>
    </message>
    <message>
        <source>Engagement in courses or training</source>
        <translation>Ymgysylltu â chyrsiau neu hyfforddiant</translation>
    </message>
    <message>
        <source>Share of participants on courses or training, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr ar gyrsiau neu hyfforddiant, fel canran.</translation>
    </message>
    <message>
        <source>Engagement in life skills</source>
        <translation>Ymgysylltu â sgiliau bywyd</translation>
    </message>
    <message>
        <source>Share of participants engaging in life skills development, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr sy&apos;n ymgysylltu â datblygu sgiliau bywyd, fel canran.</translation>
    </message>
    <message>
        <source>Engagement in peer support</source>
        <translation>Ymgysylltu â chymorth gan gymheiriaid</translation>
    </message>
    <message>
        <source>Share of participants attending peer support sessions, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr sy&apos;n mynychu sesiynau cymorth gan gymheiriaid, fel canran.</translation>
    </message>
    <message>
        <source>Engagement in sports</source>
        <translation>Ymgysylltu â chwaraeon</translation>
    </message>
    <message>
        <source>Share of participants engaging in sports activities, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr sy&apos;n cymryd rhan mewn gweithgareddau chwaraeon, fel canran.</translation>
    </message>
    <message>
        <source>Engagement in voluntary work</source>
        <translation>Ymgysylltu â gwaith gwirfoddol</translation>
    </message>
    <message>
        <source>Share of participants doing voluntary work, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr sy&apos;n gwneud gwaith gwirfoddol, fel canran.</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Estyniad</translation>
    </message>
    <message>
        <source>Length of an extension to a programme, in months.</source>
        <translation>Hyd estyniad i raglen, mewn misoedd.</translation>
    </message>
    <message>
        <source>Failed to attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>People referred who did not attend their assessment.</source>
        <translation>Pobl a atgyfeiriwyd na fynychodd eu hasesiad.</translation>
    </message>
    <message>
        <source>Failed to attend rate</source>
        <translation>Cyfradd peidio â mynychu</translation>
    </message>
    <message>
        <source>People who did not attend their assessment as a percentage of those referred.</source>
        <translation>Pobl na fynychodd eu hasesiad fel canran o&apos;r rhai a atgyfeiriwyd.</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <source>Money given to the scheme, in pounds.</source>
        <translation>Arian a roddwyd i&apos;r cynllun, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Grantiau a ddyfarnwyd</translation>
    </message>
    <message>
        <source>Number of organisations or projects given a grant.</source>
        <translation>Nifer y sefydliadau neu&apos;r prosiectau a gafodd grant.</translation>
    </message>
    <message>
        <source>Intelligence reports</source>
        <translation>Adroddiadau cudd-wybodaeth</translation>
    </message>
    <message>
        <source>Intelligence reports received.</source>
        <translation>Adroddiadau cudd-wybodaeth a ddaeth i law.</translation>
    </message>
    <message>
        <source>Intervention meetings</source>
        <translation>Cyfarfodydd ymyrraeth</translation>
    </message>
    <message>
        <source>Support or intervention meetings held with clients.</source>
        <translation>Cyfarfodydd cymorth neu ymyrraeth a gynhaliwyd gyda chleientiaid.</translation>
    </message>
    <message>
        <source>Left after custodial sentence</source>
        <translation>Gadael oherwydd dedfryd o garchar</translation>
    </message>
    <message>
        <source>Clients who left treatment because of a custodial sentence.</source>
        <translation>Cleientiaid a adawodd driniaeth oherwydd dedfryd o garchar.</translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation>Gadael yn wirfoddol</translation>
    </message>
    <message>
        <source>Clients who left the programme of their own accord.</source>
        <translation>Cleientiaid a adawodd y rhaglen o&apos;u gwirfodd.</translation>
    </message>
    <message>
        <source>Lives saved</source>
        <translation>Bywydau a achubwyd</translation>
    </message>
    <message>
        <source>Lives saved, for example by naloxone given by officers.</source>
        <translation>Bywydau a achubwyd, er enghraifft drwy nalocson a roddwyd gan swyddogion.</translation>
    </message>
    <message>
        <source>Maximum grant</source>
        <translation>Grant uchaf</translation>
    </message>
    <message>
        <source>The largest single grant an applicant can bid for, in pounds.</source>
        <translation>Y grant unigol mwyaf y gall ymgeisydd wneud cais amdano, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Not reoffended rate</source>
        <translation>Cyfradd heb aildroseddu</translation>
    </message>
    <message>
        <source>Participants who have not reoffended, as a percentage.</source>
        <translation>Cyfranogwyr nad ydynt wedi aildroseddu, fel canran.</translation>
    </message>
    <message>
        <source>Offending while on scheme</source>
        <translation>Troseddu tra ar y cynllun</translation>
    </message>
    <message>
        <source>Participants who committed offences while on the scheme.</source>
        <translation>Cyfranogwyr a gyflawnodd droseddau tra oeddent ar y cynllun.</translation>
    </message>
    <message>
        <source>Officers carrying naloxone</source>
        <translation>Swyddogion sy&apos;n cario nalocson</translation>
    </message>
    <message>
        <source>Police officers carrying naloxone.</source>
        <translation>Swyddogion heddlu sy&apos;n cario nalocson.</translation>
    </message>
    <message>
        <source>Times an operation has been run again after the first.</source>
        <translation>Nifer y troeon y cynhaliwyd ymgyrch eto ar ôl y tro cyntaf.</translation>
    </message>
    <message>
        <source>In paid employment</source>
        <translation>Mewn cyflogaeth â thâl</translation>
    </message>
    <message>
        <source>Share of participants in paid employment, as a percentage.</source>
        <translation>Cyfran y cyfranogwyr mewn cyflogaeth â thâl, fel canran.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>People who took part in an activity of the scheme.</source>
        <translation>Pobl a gymerodd ran yn un o weithgareddau&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Sefydliadau partner</translation>
    </message>
    <message>
        <source>Organisations working in partnership on the scheme.</source>
        <translation>Sefydliadau sy&apos;n gweithio mewn partneriaeth ar y cynllun.</translation>
    </message>
    <message>
        <source>People at risk identified</source>
        <translation>Pobl mewn perygl a nodwyd</translation>
    </message>
    <message>
        <source>People identified as at risk from crime gangs.</source>
        <translation>Pobl y nodwyd eu bod mewn perygl gan gangiau troseddu.</translation>
    </message>
    <message>
        <source>People charged</source>
        <translation>Pobl a gyhuddwyd</translation>
    </message>
    <message>
        <source>People charged with offences.</source>
        <translation>Pobl a gyhuddwyd o droseddau.</translation>
    </message>
    <message>
        <source>People diverted</source>
        <translation>Pobl a ddargyfeiriwyd</translation>
    </message>
    <message>
        <source>People diverted from the criminal justice system.</source>
        <translation>Pobl a ddargyfeiriwyd o&apos;r system cyfiawnder troseddol.</translation>
    </message>
    <message>
        <source>People eligible</source>
        <translation>Pobl gymwys</translation>
    </message>
    <message>
        <source>People eligible for the scheme, for example for a drug test.</source>
        <translation>Pobl sy&apos;n gymwys ar gyfer y cynllun, er enghraifft ar gyfer prawf cyffuriau.</translation>
    </message>
    <message>
        <source>People enrolled</source>
        <translation>Pobl a gofrestrwyd</translation>
    </message>
    <message>
        <source>People enrolled on the scheme.</source>
        <translation>Pobl a gofrestrwyd ar y cynllun.</translation>
    </message>
    <message>
        <source>People in treatment</source>
        <translation>Pobl mewn triniaeth</translation>
    </message>
    <message>
        <source>People receiving treatment at a point in time.</source>
        <translation>Pobl sy&apos;n cael triniaeth ar adeg benodol.</translation>
    </message>
    <message>
        <source>People safeguarded</source>
        <translation>Pobl a ddiogelwyd</translation>
    </message>
    <message>
        <source>Vulnerable adults and children safeguarded.</source>
        <translation>Oedolion a phlant agored i niwed a ddiogelwyd.</translation>
    </message>
    <message>
        <source>People seen more than once</source>
        <translation>Pobl a welwyd fwy nag unwaith</translation>
    </message>
    <message>
        <source>People referred to the scheme on more than one occasion.</source>
        <translation>Pobl a atgyfeiriwyd i&apos;r cynllun ar fwy nag un achlysur.</translation>
    </message>
    <message>
        <source>People started treatment</source>
        <translation>Pobl a ddechreuodd driniaeth</translation>
    </message>
    <message>
        <source>People accepted who started treatment.</source>
        <translation>Pobl a dderbyniwyd ac a ddechreuodd driniaeth.</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Pobl a gefnogwyd</translation>
    </message>
    <message>
        <source>People helped or supported by the scheme.</source>
        <translation>Pobl a gafodd help neu gymorth gan y cynllun.</translation>
    </message>
    <message>
        <source>People tested</source>
        <translation>Pobl a brofwyd</translation>
    </message>
    <message>
        <source>People given a drug test.</source>
        <translation>Pobl a gafodd brawf cyffuriau.</translation>
    </message>
    <message>
        <source>People with alcohol misuse</source>
        <translation>Pobl sy&apos;n camddefnyddio alcohol</translation>
    </message>
    <message>
        <source>People supported who presented with problematic alcohol misuse.</source>
        <translation>Pobl a gefnogwyd a oedd yn dangos camddefnydd problemus o alcohol.</translation>
    </message>
    <message>
        <source>People with drug misuse</source>
        <translation>Pobl sy&apos;n camddefnyddio cyffuriau</translation>
    </message>
    <message>
        <source>People supported who presented with problematic drug or substance misuse.</source>
        <translation>Pobl a gefnogwyd a oedd yn dangos camddefnydd problemus o gyffuriau neu sylweddau.</translation>
    </message>
    <message>
        <source>Custody centres in planned roll-out</source>
        <translation>Dalfeydd yn y broses gyflwyno arfaethedig</translation>
    </message>
    <message>
        <source>Further custody centres a scheme is due to extend to.</source>
        <translation>Dalfeydd eraill y mae disgwyl i gynllun ymestyn iddynt.</translation>
    </message>
    <message>
        <source>Programme length per client</source>
        <translation>Hyd y rhaglen fesul cleient</translation>
    </message>
    <message>
        <source>Time each client spends on the programme or contract, in months.</source>
        <translation>Yr amser y mae pob cleient yn ei dreulio ar y rhaglen neu&apos;r contract, mewn misoedd.</translation>
    </message>
    <message>
        <source>People prosecuted after not complying with the scheme.</source>
        <translation>Pobl a erlynwyd ar ôl peidio â chydymffurfio â&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>People referred into the scheme or on to support or treatment services.</source>
        <translation>Pobl a atgyfeiriwyd i&apos;r cynllun neu ymlaen i wasanaethau cymorth neu driniaeth.</translation>
    </message>
    <message>
        <source>Referrals for drug and alcohol misuse</source>
        <translation>Atgyfeiriadau ar gyfer camddefnyddio cyffuriau ac alcohol</translation>
    </message>
    <message>
        <source>Referrals to drug and alcohol services.</source>
        <translation>Atgyfeiriadau i wasanaethau cyffuriau ac alcohol.</translation>
    </message>
    <message>
        <source>Referrals for mental health</source>
        <translation>Atgyfeiriadau ar gyfer iechyd meddwl</translation>
    </message>
    <message>
        <source>Referrals to mental health services.</source>
        <translation>Atgyfeiriadau i wasanaethau iechyd meddwl.</translation>
    </message>
    <message>
        <source>Referrals for physical health</source>
        <translation>Atgyfeiriadau ar gyfer iechyd corfforol</translation>
    </message>
    <message>
        <source>Referrals to physical health services.</source>
        <translation>Atgyfeiriadau i wasanaethau iechyd corfforol.</translation>
    </message>
    <message>
        <source>Residential rehab rate</source>
        <translation>Cyfradd adsefydlu preswyl</translation>
    </message>
    <message>
        <source>Participants who went into residential rehab, as a percentage.</source>
        <translation>Cyfranogwyr a aeth i adsefydlu preswyl, fel canran.</translation>
    </message>
    <message>
        <source>Residents moved to family</source>
        <translation>Preswylwyr a symudodd at eu teulu</translation>
    </message>
    <message>
        <source>Residents who left the programme to live with family.</source>
        <translation>Preswylwyr a adawodd y rhaglen i fyw gyda&apos;u teulu.</translation>
    </message>
    <message>
        <source>Savings to retailers</source>
        <translation>Arbedion i fanwerthwyr</translation>
    </message>
    <message>
        <source>Estimated losses avoided by retailers, in pounds.</source>
        <translation>Amcangyfrif o&apos;r colledion a osgowyd gan fanwerthwyr, mewn punnoedd.</translation>
    </message>
    <message>
        <source>Years of custodial sentences</source>
        <translation>Blynyddoedd o ddedfrydau o garchar</translation>
    </message>
    <message>
        <source>Total years of prison sentences handed to offenders.</source>
        <translation>Cyfanswm y blynyddoedd o ddedfrydau o garchar a roddwyd i droseddwyr.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Group or support sessions held.</source>
        <translation>Sesiynau grŵp neu gymorth a gynhaliwyd.</translation>
    </message>
    <message>
        <source>Staff trained</source>
        <translation>Staff a hyfforddwyd</translation>
    </message>
    <message>
        <source>Front-line staff trained.</source>
        <translation>Staff rheng flaen a hyfforddwyd.</translation>
    </message>
    <message>
        <source>Stopped stealing rate</source>
        <translation>Cyfradd rhoi&apos;r gorau i ddwyn</translation>
    </message>
    <message>
        <source>Participants surveyed who no longer steal to fund drugs, as a percentage.</source>
        <translation>Cyfranogwyr a holwyd nad ydynt bellach yn dwyn i dalu am gyffuriau, fel canran.</translation>
    </message>
    <message>
        <source>Testing rate</source>
        <translation>Cyfradd profi</translation>
    </message>
    <message>
        <source>People tested as a percentage of those eligible.</source>
        <translation>Pobl a brofwyd fel canran o&apos;r rhai cymwys.</translation>
    </message>
    <message>
        <source>Treatment ended for medical reasons</source>
        <translation>Triniaeth a ddaeth i ben am resymau meddygol</translation>
    </message>
    <message>
        <source>Clients whose treatment ended after a medical episode.</source>
        <translation>Cleientiaid y daeth eu triniaeth i ben ar ôl digwyddiad meddygol.</translation>
    </message>
    <message>
        <source>Treatment paused for mental health intervention</source>
        <translation>Triniaeth a oedwyd ar gyfer ymyrraeth iechyd meddwl</translation>
    </message>
    <message>
        <source>Clients whose treatment was paused for a mental health intervention.</source>
        <translation>Cleientiaid yr oedwyd eu triniaeth ar gyfer ymyrraeth iechyd meddwl.</translation>
    </message>
    <message>
        <source>Treatment paused for remand</source>
        <translation>Triniaeth a oedwyd yn ystod remánd</translation>
    </message>
    <message>
        <source>Clients whose treatment was paused while on remand.</source>
        <translation>Cleientiaid yr oedwyd eu triniaeth tra oeddent ar remánd.</translation>
    </message>
    <message>
        <source>Treatment waiting time target</source>
        <translation>Targed amser aros am driniaeth</translation>
    </message>
    <message>
        <source>Target time from referral to the start of treatment, in weeks.</source>
        <translation>Yr amser targed o&apos;r atgyfeiriad hyd at ddechrau&apos;r driniaeth, mewn wythnosau.</translation>
    </message>
    <message>
        <source>Treatment started within target</source>
        <translation>Triniaeth a ddechreuodd o fewn y targed</translation>
    </message>
    <message>
        <source>Cases where treatment began within the target time, as a percentage.</source>
        <translation>Achosion lle dechreuodd y driniaeth o fewn yr amser targed, fel canran.</translation>
    </message>
    <message>
        <source>Trigger offenders</source>
        <translation>Troseddwyr troseddau sbardun</translation>
    </message>
    <message>
        <source>Arrested people who were trigger offenders with intelligence of suspected drug use.</source>
        <translation>Pobl a arestiwyd am drosedd sbardun, gyda chudd-wybodaeth yn awgrymu eu bod yn defnyddio cyffuriau.</translation>
    </message>
    <message>
        <source>Vulnerability visits</source>
        <translation>Ymweliadau bregusrwydd</translation>
    </message>
    <message>
        <source>Welfare or vulnerability visits made to people at risk.</source>
        <translation>Ymweliadau lles neu fregusrwydd â phobl mewn perygl.</translation>
    </message>
    <message>
        <source>Youth justice cases</source>
        <translation>Achosion cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <source>Youth justice intervention cases worked with by substance misuse services.</source>
        <translation>Achosion ymyrraeth cyfiawnder ieuenctid y bu gwasanaethau camddefnyddio sylweddau yn gweithio gyda nhw.</translation>
    </message>
    <message>
        <source>Cohort who are male</source>
        <translation>Carfan: gwrywod</translation>
    </message>
    <message>
        <source>Cohort who are White British</source>
        <translation>Carfan: Gwyn Prydeinig</translation>
    </message>
    <message>
        <source>Times the operation has run</source>
        <translation>Nifer y troeon y cynhaliwyd yr ymgyrch</translation>
    </message>
    <message>
        <source>People prosecuted</source>
        <translation>Pobl a erlynwyd</translation>
    </message>
    <message>
        <source>People through the scheme</source>
        <translation>Pobl drwy&apos;r cynllun</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Gorfodi</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>About the scheme and its cohort</source>
        <translation>Am y cynllun a&apos;i garfan</translation>
    </message>
</context>
<context>
    <name>MeasureSet</name>
    <message>
        <source>People through the scheme</source>
        <translation>Pobl drwy’r cynllun</translation>
    </message>
    <message>
        <source>People through the scheme: each bar is the scheme&apos;s own measure, named under it (participants, people supported, people diverted, referrals...). They count different steps, so the bars show scale, not like-for-like numbers; a scheme with several is drawn by the first in that order.</source>
        <translation>Pobl drwy’r cynllun: mesur y cynllun ei hun yw pob bar, wedi’i enwi oddi tano (cyfranogwyr, pobl a gefnogwyd, pobl a ddargyfeiriwyd, atgyfeiriadau...). Maent yn cyfrif camau gwahanol, felly mae’r barrau’n dangos maint, nid niferoedd tebyg at ei debyg; mae cynllun sydd â sawl un yn cael ei luniadu yn ôl y cyntaf yn y drefn honno.</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>%1 is on a network share (%2). A register file kept there can be damaged when two computers change it at once, and people on other computers may not see each other&apos;s changes. For a register the whole team shares, use a shared register on a server: File &gt; Connect to Shared Register.</source>
        <translation>Mae %1 ar gyfran rhwydwaith (%2). Gall ffeil gofrestr a gedwir yno gael ei difrodi pan fydd dau gyfrifiadur yn ei newid ar yr un pryd, ac efallai na fydd pobl ar gyfrifiaduron eraill yn gweld newidiadau ei gilydd. Ar gyfer cofrestr y mae&apos;r tîm cyfan yn ei rhannu, defnyddiwch gofrestr a rennir ar weinydd: Ffeil &gt; Cysylltu â chofrestr a rennir.</translation>
    </message>
</context>
<context>
    <name>Normaliser</name>
    <message>
        <source>stated a month</source>
        <translation>wedi&apos;i nodi fesul mis</translation>
    </message>
    <message>
        <source>%1 a week × 52 ÷ 12</source>
        <translation>%1 yr wythnos × 52 ÷ 12</translation>
    </message>
    <message>
        <source>%1 a year ÷ 12</source>
        <translation>%1 y flwyddyn ÷ 12</translation>
    </message>
    <message>
        <source>the period has no dates</source>
        <translation>nid oes dyddiadau i&apos;r cyfnod</translation>
    </message>
    <message>
        <source>the period has no end date</source>
        <translation>nid oes dyddiad gorffen i&apos;r cyfnod</translation>
    </message>
    <message>
        <source>%1 over %2 months</source>
        <translation>%1 dros %2 mis</translation>
    </message>
    <message>
        <source>the funding is not a single amount above zero</source>
        <translation>nid yw&apos;r cyllid yn un swm sy&apos;n fwy na sero</translation>
    </message>
    <message>
        <source>the funding is %1 but the figure is %2</source>
        <translation>%1 yw&apos;r cyllid ond %2 yw&apos;r ffigur</translation>
    </message>
    <message>
        <source>%1 for %2 of funding (%3 each)</source>
        <translation>%1 am %2 o gyllid (%3 yr un)</translation>
    </message>
    <message>
        <source>%1 for %2 of funding</source>
        <translation>%1 am %2 o gyllid</translation>
    </message>
    <message>
        <source>a total</source>
        <translation>cyfanswm</translation>
    </message>
    <message>
        <source>a weekly rate</source>
        <translation>cyfradd wythnosol</translation>
    </message>
    <message>
        <source>a monthly rate</source>
        <translation>cyfradd fisol</translation>
    </message>
    <message>
        <source>a yearly rate</source>
        <translation>cyfradd flynyddol</translation>
    </message>
    <message>
        <source>Per month: each total is divided by the months of its period; a weekly rate is multiplied by 52 and divided by 12, a yearly rate divided by 12. Figures without a dated period cannot be put per month and are listed apart.</source>
        <translation>Fesul mis: rhennir pob cyfanswm â nifer y misoedd yn ei gyfnod; lluosir cyfradd wythnosol â 52 a&apos;i rhannu â 12, a rhennir cyfradd flynyddol â 12. Ni ellir mynegi ffigurau heb gyfnod dyddiedig fesul mis, ac fe&apos;u rhestrir ar wahân.</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 y mis</translation>
    </message>
    <message>
        <source>Per £1,000 of funding: each figure is divided by the scheme&apos;s own funding figure in thousands of pounds; the table also gives the funding for each one. Schemes without a funding figure are listed apart.</source>
        <translation>Fesul £1,000 o gyllid: rhennir pob ffigur â ffigur cyllid y cynllun ei hun mewn miloedd o bunnoedd; mae&apos;r tabl hefyd yn rhoi&apos;r cyllid ar gyfer pob un. Rhestrir cynlluniau heb ffigur cyllid ar wahân.</translation>
    </message>
    <message>
        <source>%1 per £1,000 of funding</source>
        <translation>%1 fesul £1,000 o gyllid</translation>
    </message>
    <message>
        <source>a figure in this unit cannot be put per month (unit: %1)</source>
        <translation>ni ellir rhoi ffigur yn yr uned hon fesul mis (uned: %1)</translation>
    </message>
    <message>
        <source>a figure in this unit cannot be divided by funding (unit: %1)</source>
        <translation>ni ellir rhannu ffigur yn yr uned hon â&apos;r cyllid (uned: %1)</translation>
    </message>
    <message>
        <source>a figure in this unit cannot be put per year (unit: %1)</source>
        <translation>ni ellir rhoi ffigur yn yr uned hon fesul blwyddyn (uned: %1)</translation>
    </message>
    <message>
        <source>stated a year</source>
        <translation>wedi’i nodi y flwyddyn</translation>
    </message>
    <message>
        <source>%1 a week × 52</source>
        <translation>%1 yr wythnos × 52</translation>
    </message>
    <message>
        <source>%1 a month × 12</source>
        <translation>%1 y mis × 12</translation>
    </message>
    <message>
        <source>the period has no dates, so it cannot be put per year</source>
        <translation>nid oes dyddiadau i’r cyfnod, felly ni ellir ei roi fesul blwyddyn</translation>
    </message>
    <message>
        <source>the period has no end date, so it cannot be put per year</source>
        <translation>nid oes dyddiad gorffen i’r cyfnod, felly ni ellir ei roi fesul blwyddyn</translation>
    </message>
    <message>
        <source>%1 over %2 months × 12</source>
        <translation>%1 dros %2 mis × 12</translation>
    </message>
    <message>
        <source>Per year: each total is multiplied by 12 and divided by the months of its period; a weekly rate is multiplied by 52, a monthly rate by 12. Figures without a dated period cannot be put per year and are listed apart.</source>
        <translation>Fesul blwyddyn: mae pob cyfanswm yn cael ei luosi â 12 a’i rannu â misoedd ei gyfnod; mae cyfradd wythnosol yn cael ei lluosi â 52, cyfradd fisol â 12. Ni ellir rhoi ffigurau heb gyfnod dyddiedig fesul blwyddyn ac fe’u rhestrir ar wahân.</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 y flwyddyn</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OPCC Schemes</source>
        <translation>OPCC Schemes</translation>
    </message>
    <message>
        <source>Register Not Reached</source>
        <translation>Methu cyrraedd y gofrestr</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>A register file is copied to a server only.</source>
        <translation>Dim ond i weinydd y caiff ffeil gofrestr ei chopïo.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the copy: %1</source>
        <translation>Ni ellir gwneud ffolder dros dro ar gyfer y copi: %1</translation>
    </message>
    <message>
        <source>Cannot read the register to copy it: %1</source>
        <translation>Ni ellir darllen y gofrestr i&apos;w chopïo: %1</translation>
    </message>
    <message>
        <source>The register was not copied: %1</source>
        <translation>Ni chopïwyd y gofrestr: %1</translation>
    </message>
    <message>
        <source>The database on the server holds a register already; nothing was copied. Ask for a new, empty database to copy the register into.</source>
        <translation>Mae cofrestr yn y gronfa ddata ar y gweinydd yn barod; ni chopïwyd dim. Gofynnwch am gronfa ddata newydd, wag i gopïo&apos;r gofrestr iddi.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Date: %1</source>
        <translation>Dyddiad: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Cyfnod: %1</translation>
    </message>
    <message>
        <source>Schemes: %1</source>
        <translation>Cynlluniau: %1</translation>
    </message>
    <message>
        <source>Prepared for release: counts of 1 to 4 people are shown as &quot;fewer than 5&quot;, and what would reveal them is withheld.</source>
        <translation>Wedi&apos;i baratoi i&apos;w ryddhau: dangosir cyfrifon o 1 i 4 o bobl fel &quot;llai na 5&quot;, a dalier yn ôl yr hyn a fyddai&apos;n eu datgelu.</translation>
    </message>
    <message>
        <source>Internal: exact figures, including small numbers of people. Not for release as it stands.</source>
        <translation>Mewnol: ffigurau union, gan gynnwys niferoedd bach o bobl. Nid i&apos;w ryddhau fel y mae.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s) in this report</source>
        <translation>
            <numerusform>%n cynllun yn yr adroddiad hwn</numerusform>
            <numerusform>%n cynllun yn yr adroddiad hwn</numerusform>
            <numerusform>%n cynllun yn yr adroddiad hwn</numerusform>
            <numerusform>%n cynllun yn yr adroddiad hwn</numerusform>
            <numerusform>%n cynllun yn yr adroddiad hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Y cais</translation>
    </message>
    <message>
        <source>Comparison of the schemes</source>
        <translation>Cymharu&apos;r cynlluniau</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Sut mae&apos;n gweithio</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy y mae</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>scheme dates</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hyd %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Darparwyr</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Cyllidwyr</translation>
    </message>
    <message>
        <source>Commissioners</source>
        <translation>Comisiynwyr</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Described in</source>
        <translation>Disgrifir yn</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>Ffigurau ar gyfer %1</translation>
    </message>
    <message>
        <source>No figure held for this period.</source>
        <translation>Ni chedwir ffigur ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Source and quote</source>
        <translation>Ffynhonnell a dyfyniad</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) held for other periods not shown.</source>
        <translation>
            <numerusform>Ni ddangosir %n ffigur a gedwir ar gyfer cyfnodau eraill.</numerusform>
            <numerusform>Ni ddangosir %n ffigur a gedwir ar gyfer cyfnodau eraill.</numerusform>
            <numerusform>Ni ddangosir %n ffigur a gedwir ar gyfer cyfnodau eraill.</numerusform>
            <numerusform>Ni ddangosir %n ffigur a gedwir ar gyfer cyfnodau eraill.</numerusform>
            <numerusform>Ni ddangosir %n ffigur a gedwir ar gyfer cyfnodau eraill.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <comment>a baseline figure</comment>
        <translation>%1 (cyn)</translation>
    </message>
    <message>
        <source>only partly in this period: %1</source>
        <translation>yn rhannol yn unig yn y cyfnod hwn: %1</translation>
    </message>
    <message>
        <source>period not stated</source>
        <translation>cyfnod heb ei nodi</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Dogfennau ffynhonnell</translation>
    </message>
    <message>
        <source>None cited.</source>
        <translation>Dim wedi&apos;u dyfynnu.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Cyhoeddwr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
    <message>
        <source>Schemes report</source>
        <translation>Adroddiad ar gynlluniau</translation>
    </message>
</context>
<context>
    <name>ReportContentReader</name>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Nid oedd modd darllen y gofrestr: %1</translation>
    </message>
    <message>
        <source>Some of the schemes to report on are no longer in the register.</source>
        <translation>Nid yw rhai o&apos;r cynlluniau i adrodd arnynt yn y gofrestr mwyach.</translation>
    </message>
    <message>
        <source>The figures of &quot;%1&quot; could not be read: %2</source>
        <translation>Nid oedd modd darllen ffigurau &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>%1, matching &quot;%2&quot;</source>
        <translation>%1, yn cyfateb i &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No scheme matches the selection (%1): nothing to report.</source>
        <translation>Nid oes cynllun yn cyfateb i&apos;r dewis (%1): dim i adrodd arno.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <comment>file, number of schemes</comment>
        <translation>Ysgrifennwyd %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
        </translation>
    </message>
    <message>
        <source>schemes matching &quot;%1&quot;</source>
        <translation>cynlluniau sy&apos;n cyfateb i &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a financial year: write it as YYYY/YY with consecutive years, e.g. 2019/20 for 1 April 2019 to 31 March 2020.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn ariannol: ysgrifennwch hi fel YYYY/YY gyda blynyddoedd olynol, e.e. 2019/20 ar gyfer 1 Ebrill 2019 i 31 Mawrth 2020.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad: ysgrifennwch YYYY-MM-DD, YYYY-MM neu YYYY.</translation>
    </message>
    <message>
        <source>A period needs both a start and an end date.</source>
        <translation>Mae angen dyddiad dechrau a dyddiad gorffen ar gyfnod.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Mae&apos;r cyfnod yn gorffen (%1) cyn iddo ddechrau (%2).</translation>
    </message>
    <message>
        <source>all periods</source>
        <translation>pob cyfnod</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>financial year %1 (%2)</source>
        <translation>blwyddyn ariannol %1 (%2)</translation>
    </message>
    <message>
        <source>covers %1 - %2</source>
        <translation>yn cwmpasu %1 - %2</translation>
    </message>
    <message>
        <source>covers %1 onwards</source>
        <translation>yn cwmpasu %1 ymlaen</translation>
    </message>
    <message>
        <source>covers up to %1</source>
        <translation>yn cwmpasu hyd at %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Printed %1</source>
        <translation>Argraffwyd %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>A report is written as .pdf, .odt or .html, not &quot;%1&quot;.</source>
        <translation>Ysgrifennir adroddiad fel .pdf, .odt neu .html, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the document as OpenDocument text.</source>
        <translation>Methu ysgrifennu&apos;r ddogfen fel testun OpenDocument.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Cafodd yr adroddiad ei ganslo; ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>An ODT report is built whole in memory, so it holds at most %1 schemes; this one has %2. Save it as PDF or HTML, or choose fewer schemes.</source>
        <translation>Caiff adroddiad ODT ei adeiladu&apos;n gyfan yn y cof, felly mae&apos;n dal %1 cynllun ar y mwyaf; mae gan hwn %2. Cadwch ef fel PDF neu HTML, neu dewiswch lai o gynlluniau.</translation>
    </message>
</context>
<context>
    <name>SchemeChangeCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Dadwneud: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ailwneud: %1</translation>
    </message>
</context>
<context>
    <name>SchemeWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be put back: the register has changed since (another scheme has taken its place).</source>
        <translation>Ni ellir adfer &quot;%1&quot;: mae&apos;r gofrestr wedi newid ers hynny (mae cynllun arall wedi cymryd ei le).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted in another copy of OPCC Schemes since you opened it.</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i ddileu mewn copi arall o OPCC Schemes ers i chi ei agor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in another copy of OPCC Schemes since you opened it.</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i newid mewn copi arall o OPCC Schemes ers i chi ei agor.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address: write postgresql://[user@]host[:port]/database[?param=value].</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad PostgreSQL: ysgrifennwch postgresql://[user@]host[:port]/database[?param=value].</translation>
    </message>
    <message>
        <source>A password does not belong in the address: put it in ~/.pgpass, a service file or PGPASSWORD, where PostgreSQL&apos;s client library finds it.</source>
        <translation>Nid yw cyfrinair yn perthyn yn y cyfeiriad: rhowch ef yn ~/.pgpass, ffeil gwasanaeth neu PGPASSWORD, lle mae llyfrgell cleient PostgreSQL yn dod o hyd iddo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a database with a &quot;/&quot; in it: write postgresql://[user@]host[:port]/database.</source>
        <translation>Mae &quot;%1&quot; yn enwi cronfa ddata â &quot;/&quot; ynddi: ysgrifennwch postgresql://[user@]host[:port]/database.</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a connection parameter PostgreSQL reads (such as sslmode=require or connect_timeout=10).</source>
        <translation>Nid yw &quot;%1=%2&quot; yn baramedr cysylltu y mae PostgreSQL yn ei ddarllen (megis sslmode=require neu connect_timeout=10).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database: write postgresql://[user@]host[:port]/database.</source>
        <translation>Nid yw &quot;%1&quot; yn enwi cronfa ddata: ysgrifennwch postgresql://[user@]host[:port]/database.</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>y gweinydd lleol</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>A register file has no users: it is shared on a server only.</source>
        <translation>Nid oes defnyddwyr gan ffeil gofrestr: dim ond ar weinydd y caiff ei rhannu.</translation>
    </message>
    <message>
        <source>The server&apos;s users cannot be read: %1</source>
        <translation>Ni ellir darllen defnyddwyr y gweinydd: %1</translation>
    </message>
    <message>
        <source>You may not give the role %1.</source>
        <translation>Ni chewch roi&apos;r rôl %1.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>Nid oes gan y gweinydd ddefnyddiwr %1.</translation>
    </message>
    <message>
        <source>%1 is %2, a role you may not take away.</source>
        <translation>Mae %1 yn %2, rôl na chewch ei chymryd oddi arno.</translation>
    </message>
    <message>
        <source>The server refused to change the role of %1: %2</source>
        <translation>Gwrthododd y gweinydd newid rôl %1: %2</translation>
    </message>
    <message>
        <source>Role of %1: %2 (was %3)</source>
        <translation>Rôl %1: %2 (%3 cynt)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>golygydd</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>gwyliwr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
</context>
<context>
    <name>ShippedDataset</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Cannot fill the new database with the shipped dataset: %1</source>
        <translation>Methu llenwi&apos;r gronfa ddata newydd â set ddata&apos;r rhaglen: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Methu creu %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nid oes modd creu %1: %2</translation>
    </message>
    <message>
        <source>Another program is still creating %1. Try again later.</source>
        <translation>Mae rhaglen arall yn dal i greu %1. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder cannot be written.</source>
        <translation>Nid oes modd creu %1: nid oes modd ysgrifennu i&apos;w ffolder.</translation>
    </message>
</context>
<context>
    <name>ShownSchemes</name>
    <message>
        <source>Headline period</source>
        <translation>Cyfnod y prif ffigur</translation>
    </message>
    <message>
        <source>Headline source</source>
        <translation>Ffynhonnell y prif ffigur</translation>
    </message>
    <message>
        <source>Shown schemes</source>
        <translation>Cynlluniau a ddangosir</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Shown Schemes (%1 shown of %2)</source>
        <translation>Allforio&apos;r cynlluniau a ddangosir (%1 a ddangosir o %2)</translation>
    </message>
    <message>
        <source>shown-schemes</source>
        <translation>cynlluniau-a-ddangosir</translation>
    </message>
    <message>
        <source>Export Shown Schemes</source>
        <translation>Allforio&apos;r cynlluniau a ddangosir</translation>
    </message>
    <message>
        <source>Wrote %1 shown of %2 schemes to %3.</source>
        <translation>Ysgrifennwyd %1 a ddangosir o %2 cynllun i %3.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message numerus="yes">
        <source>Suppressed for release: %n count(s) of 1 to 4 people shown as &quot;fewer than 5&quot;, with the source&apos;s words that state them, so that no one can be identified (Freedom of Information Act 2000, section 40(2)).</source>
        <translation>
            <numerusform>Wedi&apos;u hatal i&apos;w rhyddhau: dangosir %n cyfrif o 1 i 4 o bobl fel &quot;llai na 5&quot;, heb eiriau&apos;r ffynhonnell sy&apos;n eu nodi, fel na ellir adnabod neb (Deddf Rhyddid Gwybodaeth 2000, adran 40(2)).</numerusform>
            <numerusform>Wedi&apos;u hatal i&apos;w rhyddhau: dangosir %n cyfrif o 1 i 4 o bobl fel &quot;llai na 5&quot;, heb eiriau&apos;r ffynhonnell sy&apos;n eu nodi, fel na ellir adnabod neb (Deddf Rhyddid Gwybodaeth 2000, adran 40(2)).</numerusform>
            <numerusform>Wedi&apos;u hatal i&apos;w rhyddhau: dangosir %n cyfrif o 1 i 4 o bobl fel &quot;llai na 5&quot;, heb eiriau&apos;r ffynhonnell sy&apos;n eu nodi, fel na ellir adnabod neb (Deddf Rhyddid Gwybodaeth 2000, adran 40(2)).</numerusform>
            <numerusform>Wedi&apos;u hatal i&apos;w rhyddhau: dangosir %n cyfrif o 1 i 4 o bobl fel &quot;llai na 5&quot;, heb eiriau&apos;r ffynhonnell sy&apos;n eu nodi, fel na ellir adnabod neb (Deddf Rhyddid Gwybodaeth 2000, adran 40(2)).</numerusform>
            <numerusform>Wedi&apos;u hatal i&apos;w rhyddhau: dangosir %n cyfrif o 1 i 4 o bobl fel &quot;llai na 5&quot;, heb eiriau&apos;r ffynhonnell sy&apos;n eu nodi, fel na ellir adnabod neb (Deddf Rhyddid Gwybodaeth 2000, adran 40(2)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Withheld because the small counts could be worked out from them by subtraction: %1.</source>
        <translation>Wedi&apos;u dal yn ôl am y gellid cyfrifo&apos;r niferoedd bach ohonynt drwy dynnu: %1.</translation>
    </message>
    <message>
        <source>Withheld because they are computed from counts of people that include small numbers: %1.</source>
        <translation>Wedi&apos;u dal yn ôl am eu bod wedi&apos;u cyfrifo o gyfrifon o bobl sy&apos;n cynnwys niferoedd bach: %1.</translation>
    </message>
    <message>
        <source>not drawn for release: a count of 1 to 4 people</source>
        <translation>heb ei lunio i&apos;w ryddhau: cyfrif o 1 i 4 o bobl</translation>
    </message>
    <message numerus="yes">
        <source>For release, %n bar(s) of fewer than 5 people are not drawn.</source>
        <translation>
            <numerusform>I&apos;w ryddhau, ni luniwyd %n bar o lai na 5 o bobl.</numerusform>
            <numerusform>I&apos;w ryddhau, ni luniwyd %n bar o lai na 5 o bobl.</numerusform>
            <numerusform>I&apos;w ryddhau, ni luniwyd %n bar o lai na 5 o bobl.</numerusform>
            <numerusform>I&apos;w ryddhau, ni luniwyd %n bar o lai na 5 o bobl.</numerusform>
            <numerusform>I&apos;w ryddhau, ni luniwyd %n bar o lai na 5 o bobl.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>llai na 5</translation>
    </message>
    <message>
        <source>withheld (see note)</source>
        <translation>wedi&apos;i ddal yn ôl (gweler y nodyn)</translation>
    </message>
    <message>
        <source>[withheld: states a small number]</source>
        <translation>[wedi&apos;i ddal yn ôl: mae&apos;n nodi nifer fach]</translation>
    </message>
    <message>
        <source>Withheld because, as a share of the group counted beside them, they work out at 1 to 4 people: %1.</source>
        <translation>Wedi&apos;u dal yn ôl am eu bod, fel cyfran o&apos;r grŵp a gyfrifir wrth eu hymyl, yn cyfateb i 1 i 4 o bobl: %1.</translation>
    </message>
    <message>
        <source>[withheld with the figure]</source>
        <translation>[wedi&apos;i ddal yn ôl gyda&apos;r ffigur]</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>New source &quot;%1&quot;</source>
        <translation>Ffynhonnell newydd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit of source &quot;%1&quot;</source>
        <translation>Golygu’r ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>Dileu’r ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to source &quot;%2&quot;</source>
        <translation>Atodi &quot;%1&quot; i’r ffynhonnell &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Remove the copy of source &quot;%1&quot;</source>
        <translation>Tynnu copi’r ffynhonnell &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SourceOpener</name>
    <message>
        <source>Source Document</source>
        <translation>Dogfen ffynhonnell</translation>
    </message>
    <message>
        <source>No copy, file or web address is kept for this document: attach one in Tools &gt; Source Documents, or find it by its title and reference.</source>
        <translation>Ni chedwir copi, ffeil na chyfeiriad gwe ar gyfer y ddogfen hon: atodwch un yn Offer &gt; Dogfennau Ffynhonnell, neu dewch o hyd iddi wrth ei theitl a&apos;i chyfeirnod.</translation>
    </message>
    <message>
        <source>The file %1 kept for this document is not there: attach a copy in Tools &gt; Source Documents, or find it by its title and reference.</source>
        <translation>Nid yw&apos;r ffeil %1 a gedwir ar gyfer y ddogfen hon yno: atodwch gopi yn Offer &gt; Dogfennau Ffynhonnell, neu dewch o hyd iddi wrth ei theitl a&apos;i chyfeirnod.</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>A source document needs a title.</source>
        <translation>Mae angen teitl ar ddogfen ffynhonnell.</translation>
    </message>
    <message>
        <source>There is already a source document titled &quot;%1&quot;.</source>
        <translation>Mae dogfen ffynhonnell o&apos;r enw &quot;%1&quot; eisoes.</translation>
    </message>
    <message>
        <source>Source document &quot;%1&quot; added</source>
        <translation>Ychwanegwyd y ddogfen ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; is no longer in the register.</source>
        <translation>Nid yw&apos;r ddogfen ffynhonnell &quot;%1&quot; yn y gofrestr mwyach.</translation>
    </message>
    <message>
        <source>Source document &quot;%1&quot; changed</source>
        <translation>Newidiwyd y ddogfen ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <source>That source document is no longer in the register.</source>
        <translation>Nid yw&apos;r ddogfen ffynhonnell honno yn y gofrestr mwyach.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is cited by %n scheme(s) or figure(s): cite another document there first.</source>
        <translation>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source document &quot;%1&quot; removed</source>
        <translation>Tynnwyd y ddogfen ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB: keep its path or web address instead.</source>
        <translation>Mae &quot;%1&quot; yn fwy na %2 MB: cadwch ei llwybr neu ei chyfeiriad gwe yn lle hynny.</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; attached</source>
        <translation>Atodwyd y ffeil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Tynnwyd y ffeil ynghlwm</translation>
    </message>
</context>
<context>
    <name>SpreadsheetValues</name>
    <message>
        <source>A spreadsheet may have reformatted it: Mar-22, Mar 2022 and day-first dates such as 01/04/2022 are read too, month-first ones are not.</source>
        <translation>Efallai fod taenlen wedi ail-fformatio hwn: darllenir Mar-22, Mar 2022 a dyddiadau â&apos;r diwrnod yn gyntaf, fel 01/04/2022, hefyd, ond nid rhai â&apos;r mis yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>StrandSummaryChart</name>
    <message>
        <source>%1 %2 [%3]</source>
        <translation>%1 %2 [%3]</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>dim ffigurau</translation>
    </message>
    <message>
        <source>No scheme is selected.</source>
        <translation>Nid oes cynllun wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <source>Figures in this unit cannot be added up per strand (unit: %1).</source>
        <translation>Ni ellir adio ffigurau yn yr uned hon fesul llinyn (uned: %1).</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Heb ei adio: %1.</translation>
    </message>
    <message>
        <source>Each total adds the latest figure of every scheme in the strand that has one, as stated. Schemes without a figure add nothing: a total is what the register records, not a complete figure for the strand.</source>
        <translation>Mae pob cyfanswm yn adio ffigur diweddaraf pob cynllun yn y llinyn sydd ag un, fel y’i nodir. Nid yw cynlluniau heb ffigur yn ychwanegu dim: cyfanswm yw’r hyn y mae’r gofrestr yn ei gofnodi, nid ffigur cyflawn ar gyfer y llinyn.</translation>
    </message>
    <message>
        <source>Figures of different periods or rates are never added together: a strand with figures for different periods has one bar for each period.</source>
        <translation>Nid yw ffigurau o gyfnodau neu gyfraddau gwahanol byth yn cael eu hadio at ei gilydd: mae gan linyn sydd â ffigurau ar gyfer cyfnodau gwahanol un bar ar gyfer pob cyfnod.</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Methu ysgrifennu %1.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No selected scheme has a figure of this measure.</source>
        <translation>Nid oes gan yr un o&apos;r cynlluniau a ddewiswyd ffigur ar gyfer y mesur hwn.</translation>
    </message>
    <message>
        <source>A trend follows one scheme: %1, which has the most figures of this measure among the %2 selected schemes that have it.</source>
        <translation>Mae tuedd yn dilyn un cynllun: %1, sydd â&apos;r nifer mwyaf o ffigurau ar gyfer y mesur hwn o blith y %2 cynllun a ddewiswyd sydd â ffigur ar ei gyfer.</translation>
    </message>
    <message>
        <source>Stated as %1, unlike the other points.</source>
        <translation>Wedi&apos;i nodi fel %1, yn wahanol i&apos;r pwyntiau eraill.</translation>
    </message>
    <message>
        <source>%1 has only one figure of this measure; a trend needs two or more.</source>
        <translation>Dim ond un ffigur ar gyfer y mesur hwn sydd gan %1; mae angen dau neu fwy i ddangos tuedd.</translation>
    </message>
    <message>
        <source>Points are in time order. A figure with no end date is taken to be current when its source document was written, so it comes after the dated ones.</source>
        <translation>Mae&apos;r pwyntiau yn nhrefn amser. Ystyrir bod ffigur heb ddyddiad gorffen yn gyfredol pan ysgrifennwyd ei ddogfen ffynhonnell, felly daw ar ôl y rhai sydd â dyddiad.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A scheme needs a name.</source>
        <translation>Mae angen enw ar gynllun.</translation>
    </message>
    <message>
        <source>The name starts or ends with spaces.</source>
        <translation>Mae&apos;r enw&apos;n dechrau neu&apos;n gorffen â bylchau.</translation>
    </message>
    <message>
        <source>A scheme needs at least one police force area (or &quot;National&quot;).</source>
        <translation>Mae angen o leiaf un ardal heddlu ar gynllun (neu &quot;National&quot; ar gyfer cynllun cenedlaethol).</translation>
    </message>
    <message>
        <source>An area name is empty or holds &quot;;&quot;.</source>
        <translation>Mae enw ardal yn wag neu&apos;n cynnwys &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Mae&apos;r dyddiad gorffen cyn y dyddiad dechrau.</translation>
    </message>
    <message>
        <source>An organisation name is empty or holds &quot;;&quot;.</source>
        <translation>Mae enw sefydliad yn wag neu&apos;n cynnwys &quot;;&quot;.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Ni all nifer fod yn negatif.</translation>
    </message>
    <message>
        <source>A count must be a whole number (only a rate per week, month or year may have decimals).</source>
        <translation>Rhaid i nifer fod yn rhif cyfan (dim ond cyfradd fesul wythnos, mis neu flwyddyn a all gynnwys degolion).</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Rhaid i ganran fod rhwng 0 a 100.</translation>
    </message>
    <message>
        <source>An amount of money cannot be negative.</source>
        <translation>Ni all swm o arian fod yn negatif.</translation>
    </message>
    <message>
        <source>A weight or a length of time cannot be negative.</source>
        <translation>Ni all pwysau na hyd amser fod yn negatif.</translation>
    </message>
    <message>
        <source>The upper end of a range must be above its lower end.</source>
        <translation>Rhaid i ben uchaf ystod fod yn uwch na&apos;i phen isaf.</translation>
    </message>
    <message>
        <source>A figure with an upper value is a range: its qualifier must be &quot;range&quot;.</source>
        <translation>Mae ffigur â gwerth uchaf yn ystod: rhaid i&apos;w oleddfydd fod yn &quot;range&quot; (ystod).</translation>
    </message>
    <message>
        <source>A range needs its upper value.</source>
        <translation>Mae angen gwerth uchaf ar ystod.</translation>
    </message>
    <message>
        <source>A measure key is lower case letters, digits and underscores, starting with a letter.</source>
        <translation>Mae allwedd mesur yn cynnwys llythrennau bach, digidau a thanlinellau, gan ddechrau â llythyren.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Mae&apos;r cyfnod yn gorffen cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>There is already a scheme called &quot;%1&quot; in %2; open that one to change it, or give this one another name.</source>
        <translation>Mae cynllun o&apos;r enw &quot;%1&quot; eisoes yn ardal %2; agorwch hwnnw i&apos;w newid, neu rhowch enw arall i&apos;r un hwn.</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>nifer</translation>
    </message>
    <message>
        <source>an amount in pounds</source>
        <translation>swm mewn punnoedd</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>canran</translation>
    </message>
    <message>
        <source>a weight in kilograms</source>
        <translation>pwysau mewn cilogramau</translation>
    </message>
    <message>
        <source>a number of years</source>
        <translation>nifer o flynyddoedd</translation>
    </message>
    <message>
        <source>a number of months</source>
        <translation>nifer o fisoedd</translation>
    </message>
    <message>
        <source>a number of weeks</source>
        <translation>nifer o wythnosau</translation>
    </message>
    <message>
        <source>Choose the strand the scheme belongs to.</source>
        <translation>Dewiswch y llinyn y mae&apos;r cynllun yn perthyn iddo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad: ysgrifennwch YYYY, YYYY-MM neu YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A figure needs a value.</source>
        <translation>Mae angen gwerth ar ffigur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (at most two decimal places).</source>
        <translation>Nid yw &quot;%1&quot; yn rhif (dim mwy na dau le degol).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as money, but this measure is %2.</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i ysgrifennu fel arian, ond mae angen %2 ar gyfer y mesur hwn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as a percentage, but this measure is %2.</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i ysgrifennu fel canran, ond mae angen %2 ar gyfer y mesur hwn.</translation>
    </message>
    <message>
        <source>Choose what the figure measures.</source>
        <translation>Dewiswch beth mae&apos;r ffigur yn ei fesur.</translation>
    </message>
    <message>
        <source>There is no measure &quot;%1&quot;.</source>
        <translation>Nid oes mesur o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is %2, not %3.</source>
        <translation>Ar gyfer y mesur &quot;%1&quot;, mae angen %2, nid %3.</translation>
    </message>
    <message>
        <source>Figure %1 already has this measure, period, rate and baseline; change one of them or remove a figure.</source>
        <translation>Mae gan ffigur %1 yr un mesur, cyfnod, cyfradd a llinell sylfaen eisoes; newidiwch un ohonynt neu tynnwch un o&apos;r ffigurau.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 o flynyddoedd</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mis</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <source>m</source>
        <comment>millions of pounds</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands of pounds</comment>
        <translation>k</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of values</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>qualifier then value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value then rate</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hyd at %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Supply</source>
        <translation>Cyflenwad</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Galw</translation>
    </message>
    <message>
        <source>Other addictions</source>
        <translation>Dibyniaethau eraill</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partneriaethau</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Peilot</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Pounds sterling</source>
        <translation>Punnoedd sterling</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Canran</translation>
    </message>
    <message>
        <source>Kilograms</source>
        <translation>Cilogramau</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Blynyddoedd</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Misoedd</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wythnosau</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>Tua</translation>
    </message>
    <message>
        <source>Almost</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>O leiaf</translation>
    </message>
    <message>
        <source>More than</source>
        <translation>Mwy na</translation>
    </message>
    <message>
        <source>Less than</source>
        <translation>Llai na</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Ar y mwyaf</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Ystod</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Fesul wythnos</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Fesul mis</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Fesul blwyddyn</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>Comisiynydd</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Cyllidwr</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Dogfen arall</translation>
    </message>
    <message>
        <source>Freedom of Information response</source>
        <translation>Ymateb i gais Rhyddid Gwybodaeth</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>tua</translation>
    </message>
    <message>
        <source>almost</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>o leiaf</translation>
    </message>
    <message>
        <source>over</source>
        <translation>dros</translation>
    </message>
    <message>
        <source>under</source>
        <translation>llai na</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>yr wythnos</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>y mis</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>y flwyddyn</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>the workbook cannot be read: it is not a complete zip file</source>
        <translation>ni ellir darllen y llyfr gwaith: nid yw&apos;n ffeil zip gyflawn</translation>
    </message>
    <message>
        <source>the workbook cannot be read: its list of sheets is missing or damaged</source>
        <translation>ni ellir darllen y llyfr gwaith: mae ei restr o ddalennau ar goll neu wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation>ni ellir darllen y llyfr gwaith: %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings cannot be read</source>
        <translation>ni ellir darllen llinynnau cyffredin y llyfr gwaith</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings cannot be read: %1</source>
        <translation>ni ellir darllen llinynnau cyffredin y llyfr gwaith: %1</translation>
    </message>
    <message>
        <source>the workbook cannot be read: its content is missing or damaged</source>
        <translation>ni ellir darllen y llyfr gwaith: mae ei gynnwys ar goll neu wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>the sheet cannot be read from the file</source>
        <translation>ni ellir darllen y ddalen o&apos;r ffeil</translation>
    </message>
    <message>
        <source>the sheet is damaged: %1</source>
        <translation>mae&apos;r ddalen wedi&apos;i difrodi: %1</translation>
    </message>
    <message>
        <source>cell %1 refers to a missing shared string</source>
        <translation>mae cell %1 yn cyfeirio at linyn cyffredin sydd ar goll</translation>
    </message>
    <message>
        <source>the workbook&apos;s cell styles cannot be read</source>
        <translation>ni ellir darllen arddulliau celloedd y llyfr gwaith</translation>
    </message>
    <message>
        <source>the workbook&apos;s cell styles cannot be read: %1</source>
        <translation>ni ellir darllen arddulliau celloedd y llyfr gwaith: %1</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>cannot add the sheet %1</source>
        <translation>methu ychwanegu&apos;r ddalen %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Methu ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Methu darllen y gronfa ddata: %1</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>the XML ends before it is complete</source>
        <translation>mae&apos;r XML yn dod i ben cyn ei fod yn gyflawn</translation>
    </message>
    <message>
        <source>the XML is not in the encoding it declares</source>
        <translation>nid yw&apos;r XML yn yr amgodiad y mae&apos;n ei ddatgan</translation>
    </message>
    <message>
        <source>the XML&apos;s encoding %1 cannot be read</source>
        <translation>ni ellir darllen amgodiad %1 yr XML</translation>
    </message>
    <message>
        <source>the XML has no root element</source>
        <translation>nid oes gan yr XML elfen wraidd</translation>
    </message>
    <message>
        <source>the XML has text outside its root element</source>
        <translation>mae gan yr XML destun y tu allan i&apos;w elfen wraidd</translation>
    </message>
    <message>
        <source>the XML has a document type declaration, which no workbook has</source>
        <translation>mae gan yr XML ddatganiad math o ddogfen, nad oes gan unrhyw lyfr gwaith</translation>
    </message>
    <message>
        <source>the XML has a malformed tag %1</source>
        <translation>mae gan yr XML dag camffurfiedig %1</translation>
    </message>
    <message>
        <source>the XML closes the element %1, which is not open</source>
        <translation>mae&apos;r XML yn cau&apos;r elfen %1, nad yw ar agor</translation>
    </message>
    <message>
        <source>the XML closes the element %1 where %2 is open</source>
        <translation>mae&apos;r XML yn cau&apos;r elfen %1 lle mae %2 ar agor</translation>
    </message>
    <message>
        <source>the XML has more than one root element</source>
        <translation>mae gan yr XML fwy nag un elfen wraidd</translation>
    </message>
    <message>
        <source>the XML has an unknown reference &amp;%1;</source>
        <translation>mae gan yr XML gyfeiriad anhysbys &amp;%1;</translation>
    </message>
    <message>
        <source>the XML has an element where only text belongs</source>
        <translation>mae gan yr XML elfen lle na ddylai fod ond testun</translation>
    </message>
    <message>
        <source>the XML has text that is not UTF-8</source>
        <translation>mae gan yr XML destun nad yw&apos;n UTF-8</translation>
    </message>
</context>
<context>
    <name>opcc::AreaChoiceModel</name>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>wedi&apos;i dewis</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>heb ei dewis</translation>
    </message>
</context>
<context>
    <name>opcc::AuditLogModel</name>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation>%1: gynt %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>figure added: %1</source>
        <translation>ychwanegwyd ffigur: %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>figure %1 changed: %2</source>
        <translation>newidiwyd ffigur %1: %2</translation>
    </message>
    <message>
        <source>figure removed: %1</source>
        <translation>tynnwyd ffigur: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Uwchraddiwyd</translation>
    </message>
</context>
<context>
    <name>opcc::ColumnFitter</name>
    <message>
        <source>Reset Columns</source>
        <translation>Ailosod y colofnau</translation>
    </message>
</context>
<context>
    <name>opcc::ConnectDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Cofio&apos;r cyfrinair yng nghadwyn a&amp;llweddi&apos;r system</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Connect to Shared Register</source>
        <translation>Cysylltu â chofrestr a rennir</translation>
    </message>
    <message>
        <source>schemes</source>
        <translation>cynlluniau</translation>
    </message>
    <message>
        <source>empty: your account&apos;s name</source>
        <translation>gwag: enw eich cyfrif</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>gwag: o ~/.pgpass, PGPASSWORD neu ffeil gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>C&amp;ronfa ddata:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the password cannot be remembered: it is used for this session only.</source>
        <translation>Ni ellir defnyddio cadwyn allweddi&apos;r system (%1), felly ni ellir cofio&apos;r cyfrinair: fe&apos;i defnyddir ar gyfer y sesiwn hon yn unig.</translation>
    </message>
    <message>
        <source>Name the server: its host name or address (ask its administrator).</source>
        <translation>Enwch y gweinydd: ei enw gwesteiwr neu ei gyfeiriad (gofynnwch i&apos;w weinyddwr).</translation>
    </message>
    <message>
        <source>Name the database that holds the register (ask its administrator).</source>
        <translation>Enwch y gronfa ddata sy&apos;n dal y gofrestr (gofynnwch i&apos;w gweinyddwr).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Yn cysylltu â %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1): it will be asked for next time.</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair yng nghadwyn allweddi&apos;r system (%1): gofynnir amdano y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>opcc::ContextMenus</name>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Adroddiad...</translation>
    </message>
    <message>
        <source>Copy with &amp;Source</source>
        <translation>Copïo gyda&apos;r &amp;ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Open Source Document</source>
        <translation>Ag&amp;or y ddogfen ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Edit Figure</source>
        <translation>&amp;Golygu&apos;r ffigur</translation>
    </message>
</context>
<context>
    <name>opcc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Methu agor %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an OPCC Schemes database (it is not an SQLite file). It has been left as it was.</source>
        <translation>Nid yw %1 yn gronfa ddata OPCC Schemes (nid yw&apos;n ffeil SQLite). Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again.</source>
        <translation>Mae %1 wedi&apos;i chloi gan raglen arall. Caewch y rhaglen honno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It has been left as it was.</source>
        <translation>Nid oes modd darllen %1 fel cronfa ddata (%2). Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database.</source>
        <translation>Nid oes modd darllen %1 fel cronfa ddata.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an OPCC Schemes database. It has been left as it was.</source>
        <translation>Mae %1 yn gronfa ddata SQLite sy&apos;n perthyn i raglen arall, nid yn gronfa ddata OPCC Schemes. Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of OPCC Schemes (database version %2; this version reads up to %3). Update the application to open it. The file has been left as it was.</source>
        <translation>Cafodd %1 ei chreu gan fersiwn mwy diweddar o OPCC Schemes (fersiwn cronfa ddata %2; mae&apos;r fersiwn hwn yn darllen hyd at %3). Diweddarwch y rhaglen i&apos;w hagor. Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 has no OPCC Schemes tables. It has been left as it was.</source>
        <translation>Nid oes tablau OPCC Schemes yn %1. Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Mae %1 yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Methu creu %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it; nothing was changed.</source>
        <translation>Methu copïo %1 i %2 cyn ei huwchraddio; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The upgraded database breaks a reference in table %1.</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i huwchraddio yn torri cyfeiriad yn nhabl %1.</translation>
    </message>
    <message>
        <source>Upgraded from database version %1 to %2; backup in %3</source>
        <translation>Uwchraddiwyd o fersiwn cronfa ddata %1 i %2; copi wrth gefn yn %3</translation>
    </message>
    <message>
        <source>Upgrading %1 from version %2 failed: %3. The database was not changed; a copy is in %4.</source>
        <translation>Methodd uwchraddio %1 o fersiwn %2: %3. Ni newidiwyd y gronfa ddata; mae copi yn %4.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it and try again.</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i chloi gan raglen arall. Caewch y rhaglen honno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation>Nid yw&apos;r cynllun yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known.</source>
        <translation>Nid yw &quot;%1&quot; yn hysbys.</translation>
    </message>
    <message>
        <source>There is no measure &quot;%1&quot;.</source>
        <translation>Nid oes mesur o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened it. Reload it to see their change, then make yours again.</source>
        <translation>Mae rhywun arall wedi newid &quot;%1&quot; ers i chi ei agor. Ail-lwythwch ef i weld y newid, yna gwnewch eich newid chi eto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>Nid yw &quot;%1&quot; yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>The figure was changed or removed by someone else since you opened it.</source>
        <translation>Mae rhywun arall wedi newid neu ddileu&apos;r ffigur ers i chi ei agor.</translation>
    </message>
    <message>
        <source>The figure no longer exists.</source>
        <translation>Nid yw&apos;r ffigur yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Nid yw&apos;r gronfa ddata ar agor.</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the register.</source>
        <translation>Nid yw&apos;r cais %1 yn y gofrestr mwyach.</translation>
    </message>
    <message>
        <source>A snapshot cannot start inside a transaction.</source>
        <translation>Ni all ciplun ddechrau y tu mewn i drafodiad.</translation>
    </message>
    <message>
        <source>%1 was made by an older version and must be upgraded, but the file or its folder is read-only. Copy it to a folder you may write to and open the copy. The file has been left as it was.</source>
        <translation>Gwnaed %1 gan fersiwn hŷn ac mae angen ei huwchraddio, ond mae&apos;r ffeil neu ei ffolder yn ddarllen yn unig. Copïwch hi i ffolder y cewch ysgrifennu iddo ac agorwch y copi. Mae&apos;r ffeil wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It has been left as it was: restore it from a backup, or open a copy in DB Browser for SQLite to recover what it can.</source>
        <translation>Mae %1 wedi&apos;i difrodi (%2). Mae wedi&apos;i gadael fel yr oedd: adferwch hi o gopi wrth gefn, neu agorwch gopi yn DB Browser for SQLite i achub yr hyn a ellir.</translation>
    </message>
    <message>
        <source>The check of %1 gave no answer.</source>
        <translation>Ni roddodd y gwiriad o %1 ateb.</translation>
    </message>
    <message>
        <source>%1 is open for reading only (the file or its folder cannot be written): nothing can be changed in it.</source>
        <translation>Mae %1 ar agor i&apos;w darllen yn unig (nid oes modd ysgrifennu i&apos;r ffeil na&apos;i ffolder): nid oes modd newid dim ynddi.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Nothing was changed.</source>
        <translation>Nid oes modd ysgrifennu i&apos;r gronfa ddata (%1). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Restore it from a backup.</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i difrodi (%1). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn (%1). Ni newidiwyd dim; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (%1).</source>
        <translation>Nid oes modd darllen nac ysgrifennu ffeil y gronfa ddata (%1).</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; was not saved.</source>
        <translation>Ni chadwyd y ddogfen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The figure counts could not be read from the server.</source>
        <translation>Nid oedd modd darllen nifer y ffigurau o’r gweinydd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the user &quot;%2&quot;: the password is wrong or missing. Put it in ~/.pgpass, a service file or PGPASSWORD (%3).</source>
        <translation>Gwrthododd y gweinydd PostgreSQL yn %1 y defnyddiwr &quot;%2&quot;: mae’r cyfrinair yn anghywir neu ar goll. Rhowch ef yn ~/.pgpass, ffeil gwasanaeth neu PGPASSWORD (%3).</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(diofyn)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no database or user of that name (%2). Ask its administrator to create the database %3.</source>
        <translation>Nid oes gan y gweinydd PostgreSQL yn %1 gronfa ddata na defnyddiwr o’r enw hwnnw (%2). Gofynnwch i’w weinyddwr greu’r gronfa ddata %3.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation>Methu cyrraedd y gweinydd PostgreSQL yn %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Methu agor %1: nid yw gyrrwr PostgreSQL Qt (QPSQL) wedi’i osod.</translation>
    </message>
    <message>
        <source>%1 holds tables of another application, not an OPCC Schemes register. It has been left as it was: ask for an empty database.</source>
        <translation>Mae %1 yn dal tablau rhaglen arall, nid cofrestr OPCC Schemes. Mae wedi’i gadael fel yr oedd: gofynnwch am gronfa ddata wag.</translation>
    </message>
    <message>
        <source>%1 is empty and is opened for reading only: nothing can be set up in it.</source>
        <translation>Mae %1 yn wag ac wedi’i hagor i’w darllen yn unig: ni ellir sefydlu dim ynddi.</translation>
    </message>
    <message>
        <source>Cannot set up the register in %1: %2. Nothing was left in it.</source>
        <translation>Methu sefydlu’r gofrestr yn %1: %2. Ni adawyd dim ynddi.</translation>
    </message>
    <message>
        <source>%1 is not an OPCC Schemes register (its version table says otherwise). It has been left as it was.</source>
        <translation>Nid yw %1 yn gofrestr OPCC Schemes (mae ei thabl fersiwn yn dweud fel arall). Mae wedi’i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of OPCC Schemes (database version %2; this version reads up to %3). Update the application to open it. The register has been left as it was.</source>
        <translation>Sefydlwyd %1 gan fersiwn mwy newydd o OPCC Schemes (fersiwn cronfa ddata %2; mae’r fersiwn hon yn darllen hyd at %3). Diweddarwch y rhaglen i’w hagor. Mae’r gofrestr wedi’i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 is of database version %2, which this version cannot upgrade on a server (it reads version %3). It has been left as it was.</source>
        <translation>Mae %1 o fersiwn cronfa ddata %2, na all y fersiwn hon ei huwchraddio ar weinydd (mae’n darllen fersiwn %3). Mae wedi’i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>ni ellir darllen tabl %1: %2</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server of %1 failed (%2). Nothing more was changed.</source>
        <translation>Methodd y cysylltiad â gweinydd PostgreSQL %1 (%2). Ni newidiwyd dim mwy.</translation>
    </message>
    <message>
        <source>Another user is changing the same records (%1). Try again.</source>
        <translation>Mae defnyddiwr arall yn newid yr un cofnodion (%1). Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server does not let this user change the register (%1). Nothing was changed.</source>
        <translation>Nid yw’r gweinydd yn gadael i’r defnyddiwr hwn newid y gofrestr (%1). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full (%1). Nothing was changed.</source>
        <translation>Mae disg y gweinydd yn llawn (%1). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The server reports damage (%1). Ask its administrator.</source>
        <translation>Mae’r gweinydd yn adrodd am ddifrod (%1). Gofynnwch i’w weinyddwr.</translation>
    </message>
    <message>
        <source>The server does not let this user read the register %1: ask its administrator for one of the roles %2 (read and export), %3 (also edit) or %4.</source>
        <translation>Nid yw&apos;r gweinydd yn gadael i&apos;r defnyddiwr hwn ddarllen y gofrestr %1: gofynnwch i&apos;w gweinyddwr am un o&apos;r rolau %2 (darllen ac allforio), %3 (golygu hefyd) neu %4.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from database version %2 to %3: %4. It has been left as it was.</source>
        <translation>Nid oedd modd uwchraddio %1 o fersiwn %2 y gronfa ddata i fersiwn %3: %4. Mae wedi&apos;i adael fel yr oedd.</translation>
    </message>
    <message>
        <source>The new row&apos;s id could not be read.</source>
        <translation>Nid oedd modd darllen dynodydd y rhes newydd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached: the connection was lost and could not be made again (%2).</source>
        <translation>Ni ellir cyrraedd gweinydd PostgreSQL %1: collwyd y cysylltiad ac nid oedd modd ei wneud eto (%2).</translation>
    </message>
    <message>
        <source>A figure conflicted with one that could not be found.</source>
        <translation>Roedd ffigur yn gwrthdaro ag un na ellid dod o hyd iddo.</translation>
    </message>
    <message>
        <source>one of the figures of lines %1 to %2 (sent to the server %3 at a time): %4</source>
        <translation>un o ffigurau llinellau %1 i %2 (a anfonir i&apos;r gweinydd %3 ar y tro): %4</translation>
    </message>
</context>
<context>
    <name>opcc::DatabaseHealth</name>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Gwirio&apos;r Gronfa Ddata</translation>
    </message>
    <message>
        <source>Read every page of the database file and report any damage</source>
        <translation>Darllen pob tudalen o ffeil y gronfa ddata ac adrodd am unrhyw ddifrod</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Gwirio&apos;r Gronfa Ddata</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>Nid oedd modd gwirio %1: %2</translation>
    </message>
    <message>
        <source>%1 was checked page by page: no damage found.</source>
        <translation>Gwiriwyd %1 fesul tudalen: ni chafwyd hyd i ddifrod.</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup before making further changes; until then, what the window shows may be incomplete.</source>
        <translation>Mae %1 wedi&apos;i difrodi. Adferwch hi o gopi wrth gefn cyn gwneud rhagor o newidiadau; tan hynny, gall yr hyn a ddangosir yn y ffenestr fod yn anghyflawn.</translation>
    </message>
    <message>
        <source>Cannot Read the Database</source>
        <translation>Methu Darllen y Gronfa Ddata</translation>
    </message>
    <message>
        <source>Part of the database could not be read, so what the window shows may be incomplete.

%1

Tools &gt; Check Database looks for damage.</source>
        <translation>Nid oedd modd darllen rhan o&apos;r gronfa ddata, felly gall yr hyn a ddangosir yn y ffenestr fod yn anghyflawn.

%1

Mae Offer &gt; Gwirio&apos;r Gronfa Ddata yn chwilio am ddifrod.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more will be written to it: restore it from a backup. Until then the window shows what can still be read, and exports may be incomplete.</source>
        <translation>Mae %1 wedi&apos;i difrodi (%2). Ni fydd dim rhagor yn cael ei ysgrifennu iddi: adferwch hi o gopi wrth gefn. Tan hynny mae&apos;r ffenestr yn dangos yr hyn y gellir ei ddarllen o hyd, a gall allforion fod yn anghyflawn.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Cronfa Ddata wedi&apos;i Difrodi</translation>
    </message>
    <message>
        <source>Cannot Reach the Server</source>
        <translation>Methu Cyrraedd y Gweinydd</translation>
    </message>
    <message>
        <source>%1

What the window shows may be out of date or incomplete. Once the server is back, Retry reads the register again (View &gt; Refresh does the same). Edits in the form are kept and can be saved then.</source>
        <translation>%1

Gall yr hyn a ddangosir yn y ffenestr fod yn hen neu&apos;n anghyflawn. Pan fydd y gweinydd yn ôl, mae Ailgynnig yn darllen y gofrestr eto (mae Gweld &gt; Adnewyddu yn gwneud yr un peth). Cedwir y golygiadau yn y ffurflen, a gellir eu cadw bryd hynny.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
</context>
<context>
    <name>opcc::DetailPanel</name>
    <message>
        <source>Select a scheme to see its record.</source>
        <translation>Dewiswch gynllun i weld ei gofnod.</translation>
    </message>
    <message>
        <source>Scheme record</source>
        <translation>Cofnod y cynllun</translation>
    </message>
    <message>
        <source>Source of the selected figure</source>
        <translation>Ffynhonnell y ffigur a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a figure to see the document and the words it comes from.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch ffigur i weld y ddogfen a&apos;r geiriau y daw ohonynt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Every figure recorded for the scheme, with its period and source.</source>
        <translation>Pob ffigur a gofnodwyd ar gyfer y cynllun, gyda&apos;i gyfnod a&apos;i ffynhonnell.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Sut mae&apos;n gweithio</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <source>No figures are recorded for this scheme.</source>
        <translation>Nid oes ffigurau wedi&apos;u cofnodi ar gyfer y cynllun hwn.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ffeil %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No source document is recorded for this figure.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nid oes dogfen ffynhonnell wedi&apos;i chofnodi ar gyfer y ffigur hwn.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Dogfen ffynhonnell</translation>
    </message>
    <message>
        <source>What the scheme is, who runs and funds it, and the document that describes it. Double-click or press Ctrl+E to edit it.</source>
        <translation>Beth yw&apos;r cynllun, pwy sy&apos;n ei redeg a&apos;i ariannu, a&apos;r ddogfen sy&apos;n ei ddisgrifio. Cliciwch ddwywaith neu pwyswch Ctrl+E i&apos;w olygu.</translation>
    </message>
    <message>
        <source>The document the selected figure comes from, and the words that state it.</source>
        <translation>Y ddogfen y daw&apos;r ffigur a ddewiswyd ohoni, a&apos;r geiriau sy&apos;n ei nodi.</translation>
    </message>
    <message>
        <source>No scheme matches the filters, so no record is shown. Change or clear the filters to see one.</source>
        <translation>Nid oes cynllun yn cyfateb i&apos;r hidlwyr, felly ni ddangosir cofnod. Newidiwch neu cliriwch yr hidlwyr i weld un.</translation>
    </message>
    <message>
        <source>The record of the selected scheme could not be read, so none is shown. View &gt; Refresh reads it again.</source>
        <translation>Nid oedd modd darllen cofnod y cynllun a ddewiswyd, felly ni ddangosir un. Mae Gweld &gt; Adnewyddu yn ei ddarllen eto.</translation>
    </message>
</context>
<context>
    <name>opcc::EditController</name>
    <message>
        <source>Undo History</source>
        <translation>Hanes dadwneud</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;fel y&apos;i hagorwyd&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Hanes dadwneud</translation>
    </message>
    <message>
        <source>&amp;New Scheme...</source>
        <translation>Cynllun &amp;newydd...</translation>
    </message>
    <message>
        <source>Enter a scheme from a commissioning paper or FOI reply</source>
        <translation>Cofnodi cynllun o bapur comisiynu neu o ymateb i gais Rhyddid Gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Edit Scheme</source>
        <translation>&amp;Golygu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Edit the selected scheme in the detail panel (or double-click it)</source>
        <translation>Golygu&apos;r cynllun a ddewiswyd yn y panel manylion (neu cliciwch ddwywaith arno)</translation>
    </message>
    <message>
        <source>Add &amp;Figure</source>
        <translation>Ychwanegu &amp;ffigur</translation>
    </message>
    <message>
        <source>&amp;Delete Scheme...</source>
        <translation>&amp;Dileu&apos;r cynllun...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Hanes...</translation>
    </message>
    <message>
        <source>Every recorded change to the selected scheme: when, who and what</source>
        <translation>Pob newid a gofnodwyd i&apos;r cynllun a ddewiswyd: pryd, pwy a beth</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Methu dadwneud</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. That step has been taken out of the undo history.</source>
        <translation>%1

Ni newidiwyd dim. Mae&apos;r cam hwnnw wedi&apos;i dynnu o&apos;r hanes dadwneud.</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Hanes dadwneud</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>Cy&amp;nllun</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Dad&amp;wneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Newidiwyd mewn man arall</translation>
    </message>
    <message>
        <source>%1

Your changes have not been saved, and theirs have not been overwritten.</source>
        <translation>%1

Nid yw eich newidiadau wedi&apos;u cadw, ac nid yw eu newidiadau nhw wedi&apos;u trosysgrifo.</translation>
    </message>
    <message>
        <source>Reload the scheme as it is now and apply your changes to it again (you can check them before saving), or discard your changes.</source>
        <translation>Ail-lwythwch y cynllun fel y mae nawr ac ailgymhwyswch eich newidiadau iddo (gallwch eu gwirio cyn cadw), neu gwaredwch eich newidiadau.</translation>
    </message>
    <message>
        <source>&amp;Reload and Re-apply My Changes</source>
        <translation>&amp;Ail-lwytho ac ailgymhwyso fy newidiadau</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Gwaredu fy newidiadau</translation>
    </message>
    <message>
        <source>Reloaded with the other change; your changes are applied again. Check them and save.</source>
        <translation>Ail-lwythwyd gyda&apos;r newid arall; mae eich newidiadau wedi&apos;u hailgymhwyso. Gwiriwch nhw a&apos;u cadw.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>Mae newidiadau i &quot;%1&quot; nad ydynt wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to editing?</source>
        <translation>Eu cadw, eu gwaredu, neu fynd yn ôl i olygu?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2)? It has no figures.</source>
        <translation>Dileu &quot;%1&quot; (%2)? Nid oes ganddo ffigurau.</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; (%2) and its %n figure(s)?</source>
        <translation>
            <numerusform>Dileu &quot;%1&quot; (%2) a&apos;i %n ffigur?</numerusform>
            <numerusform>Dileu &quot;%1&quot; (%2) a&apos;i %n ffigur?</numerusform>
            <numerusform>Dileu &quot;%1&quot; (%2) a&apos;i %n ffigur?</numerusform>
            <numerusform>Dileu &quot;%1&quot; (%2) a&apos;i %n ffigur?</numerusform>
            <numerusform>Dileu &quot;%1&quot; (%2) a&apos;i %n ffigur?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scheme</source>
        <translation>Dileu cynllun</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Gallwch ei adfer drwy Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Methu dileu</translation>
    </message>
    <message>
        <source>Show or hide the list of changes that can be undone</source>
        <translation>Dangos neu guddio&apos;r rhestr o newidiadau y gellir eu dadwneud</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Gwneud y newid a ddadwnaed eto</translation>
    </message>
    <message>
        <source>Add a figure to the selected scheme</source>
        <translation>Ychwanegu ffigur at y cynllun a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected scheme and its figures (Undo brings it back)</source>
        <translation>Dileu&apos;r cynllun a ddewiswyd a&apos;i ffigurau (mae Dadwneud yn ei adfer)</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with a warning sign first.</source>
        <translation>Heb ei gadw: cywirwch y meysydd sydd ag arwydd rhybudd yn gyntaf.</translation>
    </message>
    <message>
        <source>The changes that can be undone, earlier sessions&apos; included, oldest first; choose one to go back to how the register was then.</source>
        <translation>Y newidiadau y gellir eu dadwneud, gan gynnwys rhai sesiynau cynharach, yr hynaf yn gyntaf; dewiswch un i fynd yn ôl i&apos;r gofrestr fel yr oedd bryd hynny.</translation>
    </message>
</context>
<context>
    <name>opcc::FigureDelegate</name>
    <message>
        <source>count</source>
        <translation>nifer</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>years</source>
        <translation>blynyddoedd</translation>
    </message>
    <message>
        <source>months</source>
        <translation>misoedd</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>wythnosau</translation>
    </message>
    <message>
        <source>Upper value of a range</source>
        <translation>Gwerth uchaf ystod</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>measure label and unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Goleddfydd</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Yes: the &quot;before&quot; figure</source>
        <translation>Ie: y ffigur &quot;cyn&quot;</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>A year (2022), a month (2022-03) or a day (2022-03-14)</source>
        <translation>Blwyddyn (2022), mis (2022-03) neu ddiwrnod (2022-03-14)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod tan</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Dogfen ffynhonnell</translation>
    </message>
    <message>
        <source>A number (%1)</source>
        <comment>placeholder of a figure&apos;s value; %1 is its unit</comment>
        <translation>Rhif (%1)</translation>
    </message>
    <message>
        <source>Only for a range: leave empty otherwise</source>
        <translation>Ar gyfer ystod yn unig: gadewch yn wag fel arall</translation>
    </message>
</context>
<context>
    <name>opcc::FigureEditModel</name>
    <message>
        <source>yes</source>
        <comment>a baseline figure</comment>
        <translation>ie</translation>
    </message>
    <message>
        <source>Yes for the &quot;before&quot; figure of a before/after pair</source>
        <translation>Ie ar gyfer y ffigur &quot;cyn&quot; mewn pâr cyn/ar ôl</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Goleddfydd</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Period as worded</source>
        <translation>Cyfnod fel y&apos;i geiriwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfyniad</translation>
    </message>
</context>
<context>
    <name>opcc::FigureTableModel</name>
    <message>
        <source>%1 (before)</source>
        <comment>the baseline figure of a before/after pair</comment>
        <translation>%1 (cyn)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
</context>
<context>
    <name>opcc::FoiEditor</name>
    <message>
        <source>New request %1</source>
        <translation>Cais newydd %1</translation>
    </message>
    <message>
        <source>Delete request %1</source>
        <translation>Dileu cais %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit request %1</source>
        <translation>Golygu cais %1</translation>
    </message>
    <message>
        <source>%1 was deleted in another copy of OPCC Schemes since you opened it.</source>
        <translation>Dilëwyd %1 mewn copi arall o Gynlluniau SCHTh ers i chi ei agor.</translation>
    </message>
    <message>
        <source>%1 was changed in another copy of OPCC Schemes since you opened it.</source>
        <translation>Newidiwyd %1 mewn copi arall o Gynlluniau SCHTh ers i chi ei agor.</translation>
    </message>
</context>
<context>
    <name>opcc::FoiForm</name>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Dyddiad derbyn:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>C&amp;westiynau:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Clarification s&amp;ought:</source>
        <translation>Eglurhad wedi&apos;i geis&amp;io:</translation>
    </message>
    <message>
        <source>Clarification recei&amp;ved:</source>
        <translation>Eglurhad wedi&apos;i dder&amp;byn:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Dyledus:</translation>
    </message>
    <message>
        <source>Re&amp;plied:</source>
        <translation>&amp;Atebwyd:</translation>
    </message>
    <message>
        <source>E&amp;xemptions:</source>
        <translation>Eith&amp;riadau:</translation>
    </message>
    <message>
        <source>Sc&amp;hemes:</source>
        <translation>Cyn&amp;lluniau:</translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation>Amser a dreuliwyd:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Ateb:</translation>
    </message>
    <message>
        <source>Earlier requests:</source>
        <translation>Ceisiadau cynharach:</translation>
    </message>
    <message>
        <source>e.g. FOI 2020-500</source>
        <translation>e.e. FOI 2020-500</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>A line for the disclosure log (the first question if empty)</source>
        <translation>Llinell i&apos;r log datgelu (y cwestiwn cyntaf os yw&apos;n wag)</translation>
    </message>
    <message>
        <source>A public interest extension (section 10(3)): the due date is set by hand</source>
        <translation>Estyniad budd y cyhoedd (adran 10(3)): gosodir y dyddiad dyledus â llaw</translation>
    </message>
    <message>
        <source>&amp;Link Schemes...</source>
        <translation>Cysy&amp;lltu Cynlluniau...</translation>
    </message>
    <message>
        <source>Choose schemes from the register (Ctrl+L)</source>
        <translation>Dewis cynlluniau o&apos;r gofrestr (Ctrl+L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>What was done, e.g. searching records</source>
        <translation>Beth a wnaed, e.e. chwilio cofnodion</translation>
    </message>
    <message>
        <source>Lo&amp;g Time</source>
        <translation>Cofnodi A&amp;mser</translation>
    </message>
    <message>
        <source>Produce Repl&amp;y...</source>
        <translation>Llunio Ate&amp;b...</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>No earlier request concerns these schemes.</source>
        <translation>Nid oes cais cynharach yn ymwneud â&apos;r cynlluniau hyn.</translation>
    </message>
    <message>
        <source>Extended due date</source>
        <translation>Dyddiad dyledus estynedig</translation>
    </message>
    <message>
        <source>Date of the time entry</source>
        <translation>Dyddiad y cofnod amser</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Munudau a dreuliwyd</translation>
    </message>
    <message>
        <source>Time log</source>
        <translation>Log amser</translation>
    </message>
    <message>
        <source>Earlier requests about these schemes</source>
        <translation>Ceisiadau cynharach am y cynlluniau hyn</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Reply document</source>
        <translation>Dogfen ateb</translation>
    </message>
    <message>
        <source>No reply produced yet.</source>
        <translation>Nid oes ateb wedi&apos;i lunio eto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted scheme)</source>
        <translation>(cynllun wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>worked out from the date received</source>
        <translation>wedi&apos;i gyfrifo o&apos;r dyddiad derbyn</translation>
    </message>
    <message>
        <source>Clock stopped while clarification is awaited</source>
        <translation>Cloc wedi&apos;i atal tra&apos;n aros am eglurhad</translation>
    </message>
    <message>
        <source>%1, 20 working days after the clarification</source>
        <translation>%1, 20 diwrnod gwaith ar ôl yr eglurhad</translation>
    </message>
    <message>
        <source>%1, 20 working days after receipt</source>
        <translation>%1, 20 diwrnod gwaith ar ôl ei dderbyn</translation>
    </message>
    <message>
        <source>Extended by hand (the rules give: %1)</source>
        <translation>Estynnwyd â llaw (yn ôl y rheolau: %1)</translation>
    </message>
    <message>
        <source>Near the section 12 cost limit of 18 hours: consider whether the rest of the request can be answered within it.</source>
        <translation>Yn agos at derfyn cost adran 12 o 18 awr: ystyriwch a ellir ateb gweddill y cais o fewn y terfyn.</translation>
    </message>
    <message>
        <source>Over the section 12 cost limit of 18 hours: the request may be refused under section 12, with advice (section 16) on narrowing it.</source>
        <translation>Dros derfyn cost adran 12 o 18 awr: gellir gwrthod y cais dan adran 12, gyda chyngor (adran 16) ar ei gulhau.</translation>
    </message>
    <message>
        <source>Enter the minutes spent, more than none.</source>
        <translation>Rhowch y munudau a dreuliwyd, mwy na dim.</translation>
    </message>
    <message>
        <source>Referen&amp;ce:</source>
        <translation>C&amp;yfeirnod:</translation>
    </message>
    <message>
        <source>Req&amp;uester:</source>
        <translation>C&amp;eisydd:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nodiada&amp;u:</translation>
    </message>
    <message>
        <source>Exten&amp;ded to:</source>
        <translation>Estynnwyd &amp;hyd at:</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation>Tynnu &amp;o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Re&amp;move Entry</source>
        <translation>Dileu Co&amp;fnod</translation>
    </message>
    <message>
        <source>Period &amp;asked about:</source>
        <translation>Cyfnod y gof&amp;ynnwyd amdano:</translation>
    </message>
    <message>
        <source>e.g. 2019/20 (empty: every period)</source>
        <translation>e.e. 2019/20 (gwag: pob cyfnod)</translation>
    </message>
    <message>
        <source>The reply gives the figures of this year, and says which only overlap it</source>
        <translation>Mae&apos;r ateb yn rhoi ffigurau&apos;r flwyddyn hon, ac yn nodi pa rai sydd ond yn gorgyffwrdd â hi</translation>
    </message>
</context>
<context>
    <name>opcc::FoiRequestModel</name>
    <message>
        <source>on hold</source>
        <translation>wedi&apos;i atal</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyledus</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Ceisydd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Amser a dreuliwyd</translation>
    </message>
</context>
<context>
    <name>opcc::FoiWindow</name>
    <message>
        <source>Cannot Undo</source>
        <translation>Methu dadwneud</translation>
    </message>
    <message>
        <source>FOI Requests - OPCC Schemes</source>
        <translation>Ceisiadau Rhyddid Gwybodaeth - OPCC Schemes</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ca&amp;nfod:</translation>
    </message>
    <message>
        <source>Reference, subject, scheme, exemption...</source>
        <translation>Cyfeirnod, pwnc, cynllun, eithriad...</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Pob cais</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Ceisiadau agored</translation>
    </message>
    <message>
        <source>Overdue or due within a week</source>
        <translation>Hwyr neu&apos;n ddyledus o fewn wythnos</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Ceisiadau wedi&apos;u cau</translation>
    </message>
    <message>
        <source>FOI requests</source>
        <translation>Ceisiadau Rhyddid Gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Cais</translation>
    </message>
    <message>
        <source>&amp;New Request</source>
        <translation>Cais &amp;Newydd</translation>
    </message>
    <message>
        <source>File a Freedom of Information request received</source>
        <translation>Cofnodi cais Rhyddid Gwybodaeth a dderbyniwyd</translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation>Cadw&apos;r Cai&amp;s</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Ad&amp;fer y Newidiadau</translation>
    </message>
    <message>
        <source>&amp;Delete Request</source>
        <translation>&amp;Dileu&apos;r Cais</translation>
    </message>
    <message>
        <source>&amp;Link Schemes...</source>
        <translation>Cysy&amp;lltu Cynlluniau...</translation>
    </message>
    <message>
        <source>Log &amp;Time</source>
        <translation>Cofnodi A&amp;mser</translation>
    </message>
    <message>
        <source>Produce &amp;Reply...</source>
        <translation>Llunio &amp;Ateb...</translation>
    </message>
    <message>
        <source>A report with the request&apos;s questions first and its schemes, fit for release, saved and recorded on the request</source>
        <translation>Adroddiad â chwestiynau&apos;r cais yn gyntaf a&apos;i gynlluniau, yn addas i&apos;w ryddhau, wedi&apos;i gadw a&apos;i gofnodi ar y cais</translation>
    </message>
    <message>
        <source>Export Disclosure Log as E&amp;xcel...</source>
        <translation>Allforio&apos;r Log Datgelu fel E&amp;xcel...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Copy Reference</source>
        <translation>&amp;Copïo&apos;r Cyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Ca&amp;nfod...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>Yn dangos %1 o %n cais</numerusform>
            <numerusform>Yn dangos %1 o %n cais</numerusform>
            <numerusform>Yn dangos %1 o %n cais</numerusform>
            <numerusform>Yn dangos %1 o %n cais</numerusform>
            <numerusform>Yn dangos %1 o %n cais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n yn ddyledus o fewn wythnos</numerusform>
            <numerusform>%n yn ddyledus o fewn wythnos</numerusform>
            <numerusform>%n yn ddyledus o fewn wythnos</numerusform>
            <numerusform>%n yn ddyledus o fewn wythnos</numerusform>
            <numerusform>%n yn ddyledus o fewn wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save Request</source>
        <translation>Methu Cadw&apos;r Cais</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <source>Unsaved Request</source>
        <translation>Cais Heb ei Gadw</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Cadw&apos;r newidiadau i %1?</translation>
    </message>
    <message>
        <source>the new request</source>
        <translation>y cais newydd</translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation>Dileu&apos;r Cais</translation>
    </message>
    <message>
        <source>Delete %1 with its links and time log? Edit &gt; Undo puts it back.</source>
        <translation>Dileu %1 gyda&apos;i gysylltiadau a&apos;i log amser? Mae Golygu &gt; Dadwneud yn ei adfer.</translation>
    </message>
    <message>
        <source>Cannot Delete Request</source>
        <translation>Methu Dileu&apos;r Cais</translation>
    </message>
    <message>
        <source>Save Reply to %1</source>
        <translation>Cadw&apos;r Ateb i %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for Word (*.odt)</source>
        <translation>Testun OpenDocument, ar gyfer Word (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Tudalennau gwe (*.html)</translation>
    </message>
    <message>
        <source>%1 reply.pdf</source>
        <translation>%1 ateb.pdf</translation>
    </message>
    <message>
        <source>Cannot Produce Reply</source>
        <translation>Methu Llunio&apos;r Ateb</translation>
    </message>
    <message>
        <source>Reply saved as %1.</source>
        <translation>Cadwyd yr ateb fel %1.</translation>
    </message>
    <message>
        <source>disclosure log.xlsx</source>
        <translation>log datgelu.xlsx</translation>
    </message>
    <message>
        <source>disclosure log.csv</source>
        <translation>log datgelu.csv</translation>
    </message>
    <message>
        <source>Export Disclosure Log</source>
        <translation>Allforio&apos;r Log Datgelu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export Disclosure Log</source>
        <translation>Methu Allforio&apos;r Log Datgelu</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n cais i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n cais i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n cais i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n cais i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n cais i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Dango&amp;s:</translation>
    </message>
    <message>
        <source>Export Disclosure L&amp;og as CSV...</source>
        <translation>Allforio&apos;r Log Datgelu fel CS&amp;V...</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Dad&amp;wneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
    <message>
        <source>No requests yet. Choose New Request (%1) to log one.</source>
        <translation>Dim ceisiadau eto. Dewiswch Cais Newydd (%1) i gofnodi un.</translation>
    </message>
    <message>
        <source>No request shown: clear the Find box, or choose All requests under Show.</source>
        <translation>Dim cais yn cael ei ddangos: cliriwch y blwch Canfod, neu dewiswch Pob cais o dan Dangos.</translation>
    </message>
    <message>
        <source>FOI Requests (read-only) - OPCC Schemes</source>
        <translation>Ceisiadau Rhyddid Gwybodaeth (darllen yn unig) - OPCC Schemes</translation>
    </message>
    <message>
        <source>Reply saved as %1; the register is read-only, so the request does not record it.</source>
        <translation>Cadwyd yr ateb fel %1; mae&apos;r gofrestr yn ddarllen yn unig, felly nid yw&apos;r cais yn ei gofnodi.</translation>
    </message>
    <message>
        <source>No requests in this register.</source>
        <translation>Dim ceisiadau yn y gofrestr hon.</translation>
    </message>
</context>
<context>
    <name>opcc::HistoryDialog</name>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation>Hanes &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>What the change did</source>
        <translation>Beth wnaeth y newid</translation>
    </message>
    <message>
        <source>No change to this scheme has been recorded.</source>
        <translation>Nid oes newid i&apos;r cynllun hwn wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;Newidiadau, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <source>Every recorded change to the scheme, newest first: when, who and what.</source>
        <translation>Pob newid a gofnodwyd i&apos;r cynllun, y diweddaraf yn gyntaf: pryd, pwy a beth.</translation>
    </message>
    <message>
        <source>Each field of the selected change, before and after.</source>
        <translation>Pob maes yn y newid a ddewiswyd, cyn ac ar ôl.</translation>
    </message>
    <message>
        <source>Only the record&apos;s version number and time of change were updated.</source>
        <translation>Dim ond rhif fersiwn y cofnod ac amser y newid a ddiweddarwyd.</translation>
    </message>
</context>
<context>
    <name>opcc::ImportDialog</name>
    <message>
        <source>&amp;Add files...</source>
        <translation>&amp;Ychwanegu ffeiliau...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Files (schemes.csv, outcomes.csv; a file&apos;s kind is told by its header):</source>
        <translation>&amp;Ffeiliau (schemes.csv, outcomes.csv; caiff math pob ffeil ei bennu gan ei phennawd):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wrthi&apos;n mewnforio...</translation>
    </message>
    <message>
        <source>Checking the files...</source>
        <translation>Wrthi&apos;n gwirio&apos;r ffeiliau...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>a %1 arall</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Cafodd y mewnforio ei ganslo; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The check was cancelled. Add or remove a file to check again.</source>
        <translation>Cafodd y gwirio ei ganslo. Ychwanegwch neu tynnwch ffeil i wirio eto.</translation>
    </message>
    <message>
        <source>Stopped after %1 errors; there may be more.</source>
        <translation>Stopiwyd ar ôl %1 gwall; efallai fod rhagor.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Gwallau (%1)</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds everything in these files.</source>
        <translation>Dim i&apos;w fewnforio: mae popeth sydd yn y ffeiliau hyn eisoes yn y gronfa ddata.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Mewnforiwyd.</translation>
    </message>
    <message>
        <source>Ready to import. Nothing has been written yet; check the changes below, then choose Import.</source>
        <translation>Yn barod i fewnforio. Nid oes dim wedi&apos;i ysgrifennu eto; gwiriwch y newidiadau isod, yna dewiswch Mewnforio.</translation>
    </message>
    <message>
        <source>Schemes added (%1)</source>
        <translation>Cynlluniau a ychwanegwyd (%1)</translation>
    </message>
    <message>
        <source>Schemes to add (%1)</source>
        <translation>Cynlluniau i&apos;w hychwanegu (%1)</translation>
    </message>
    <message>
        <source>Schemes updated (%1)</source>
        <translation>Cynlluniau a ddiweddarwyd (%1)</translation>
    </message>
    <message>
        <source>Schemes to update (%1)</source>
        <translation>Cynlluniau i&apos;w diweddaru (%1)</translation>
    </message>
    <message>
        <source>Schemes unchanged (%1)</source>
        <translation>Cynlluniau heb eu newid (%1)</translation>
    </message>
    <message>
        <source>Figures: %1 added, %2 updated, %3 unchanged</source>
        <translation>Ffigurau: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru, %3 heb eu newid</translation>
    </message>
    <message>
        <source>Figures: %1 to add, %2 to update, %3 unchanged</source>
        <translation>Ffigurau: %1 i&apos;w hychwanegu, %2 i&apos;w diweddaru, %3 heb eu newid</translation>
    </message>
    <message>
        <source>New areas (%1)</source>
        <translation>Ardaloedd newydd (%1)</translation>
    </message>
    <message>
        <source>New measures (%1)</source>
        <translation>Mesurau newydd (%1)</translation>
    </message>
    <message>
        <source>Source documents: %1 new, %2 updated</source>
        <translation>Dogfennau ffynhonnell: %1 newydd, %2 wedi&apos;u diweddaru</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Ffeiliau i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>The CSV files whose schemes and figures would be imported; select some to remove them.</source>
        <translation>Y ffeiliau CSV y byddai eu cynlluniau a&apos;u ffigurau&apos;n cael eu mewnforio; dewiswch rai i&apos;w tynnu.</translation>
    </message>
    <message>
        <source>Take the selected files off the list.</source>
        <translation>Tynnu&apos;r ffeiliau a ddewiswyd o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Write what the preview lists to the database.</source>
        <translation>Ysgrifennu&apos;r hyn a restrir yn y rhagolwg i&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Rhagolwg o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>What the files would add, update and leave unchanged, and every error found in them.</source>
        <translation>Beth fyddai&apos;r ffeiliau&apos;n ei ychwanegu, yn ei ddiweddaru ac yn ei adael heb ei newid, a phob gwall a gafwyd ynddynt.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing can be imported until they are corrected in the files; nothing has been written.</source>
        <translation>
            <numerusform>Cafwyd %n gwall. Ni ellir mewnforio dim nes iddynt gael eu cywiro yn y ffeiliau; nid oes dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>Cafwyd %n gwall. Ni ellir mewnforio dim nes iddo gael ei gywiro yn y ffeil; nid oes dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>Cafwyd %n gwall. Ni ellir mewnforio dim nes iddynt gael eu cywiro yn y ffeiliau; nid oes dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>Cafwyd %n gwall. Ni ellir mewnforio dim nes iddynt gael eu cywiro yn y ffeiliau; nid oes dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>Cafwyd %n gwall. Ni ellir mewnforio dim nes iddynt gael eu cywiro yn y ffeiliau; nid oes dim wedi&apos;i ysgrifennu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Choose more CSV files or workbooks to import.</source>
        <translation>Dewiswch ragor o ffeiliau CSV neu lyfrau gwaith i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Add the CSV files or workbooks (.xlsx, .ods) to import.</source>
        <translation>Ychwanegwch y ffeiliau CSV neu&apos;r llyfrau gwaith (.xlsx, .ods) i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Import CSV files or workbooks</source>
        <translation>Mewnforio ffeiliau CSV neu lyfrau gwaith</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Ffeiliau CSV a llyfrau gwaith (*.csv *.xlsx *.ods);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Add CSV files or workbooks</source>
        <translation>Ychwanegu ffeiliau CSV neu lyfrau gwaith</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>&amp;Gwirio eto</translation>
    </message>
    <message>
        <source>Read the files again, after they were corrected, and preview the import anew.</source>
        <translation>Darllen y ffeiliau eto, ar ôl eu cywiro, a rhagweld y mewnforio o&apos;r newydd.</translation>
    </message>
</context>
<context>
    <name>opcc::MainWindow</name>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scheme(s) shown · %2</source>
        <translation>
            <numerusform>Yn dangos %1 o %n cynllun · %2</numerusform>
            <numerusform>Yn dangos %1 o %n cynllun · %2</numerusform>
            <numerusform>Yn dangos %1 o %n cynllun · %2</numerusform>
            <numerusform>Yn dangos %1 o %n cynllun · %2</numerusform>
            <numerusform>Yn dangos %1 o %n cynllun · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copïo rhesi</translation>
    </message>
    <message>
        <source>Copy the selected schemes as tab-separated text for a spreadsheet</source>
        <translation>Copïo&apos;r cynlluniau a ddewiswyd fel testun wedi&apos;i wahanu â thabiau ar gyfer taenlen</translation>
    </message>
    <message>
        <source>Select &amp;All Rows</source>
        <translation>&amp;Dewis pob rhes</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Ca&amp;nfod...</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>C&amp;lirio hidlyddion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Strand Navigator</source>
        <translation>&amp;Llywiwr llinynnau</translation>
    </message>
    <message>
        <source>Scheme &amp;Details</source>
        <translation>&amp;Manylion cynllun</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>&amp;Bar statws</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About OPCC Schemes</source>
        <translation>&amp;Ynghylch OPCC Schemes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - OPCC Schemes</source>
        <translation>%1 - OPCC Schemes</translation>
    </message>
    <message>
        <source>OPCC Schemes databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data OPCC Schemes (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Database Upgraded</source>
        <translation>Cronfa ddata wedi&apos;i huwchraddio</translation>
    </message>
    <message>
        <source>%1 was made by an older version and has been upgraded. The file as it was is kept as %2.</source>
        <translation>Cafodd %1 ei chreu gan fersiwn hŷn ac mae wedi&apos;i huwchraddio. Mae&apos;r ffeil fel yr oedd wedi&apos;i chadw fel %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scheme(s).</source>
        <translation>
            <numerusform>Copïwyd %n cynllun.</numerusform>
            <numerusform>Copïwyd %n cynllun.</numerusform>
            <numerusform>Copïwyd %n cynllun.</numerusform>
            <numerusform>Copïwyd %n cynllun.</numerusform>
            <numerusform>Copïwyd %n cynllun.</numerusform>
        </translation>
    </message>
    <message>
        <source>About OPCC Schemes</source>
        <translation>Ynghylch OPCC Schemes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OPCC Schemes %1&lt;/h3&gt;&lt;p&gt;A register of the drug and addiction schemes that Police and Crime Commissioners in England and Wales fund and oversee, with every figure cited to its source.&lt;/p&gt;&lt;p&gt;The shipped dataset comes from published Freedom of Information responses, police and crime panel minutes and the APCC report &lt;i&gt;Tackling Addictions In Focus&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;%3 schemes, %4 figures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OPCC Schemes %1&lt;/h3&gt;&lt;p&gt;Cofrestr o&apos;r cynlluniau cyffuriau a dibyniaeth y mae Comisiynwyr Heddlu a Throseddu yng Nghymru a Lloegr yn eu hariannu ac yn eu goruchwylio, gyda ffynhonnell pob ffigur wedi&apos;i nodi.&lt;/p&gt;&lt;p&gt;Daw set ddata&apos;r rhaglen o ymatebion cyhoeddedig i geisiadau Rhyddid Gwybodaeth, cofnodion paneli heddlu a throseddu ac adroddiad yr APCC &lt;i&gt;Tackling Addictions In Focus&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Cronfa ddata: %2&lt;br&gt;%3 cynllun, %4 ffigur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Siartiau</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Schemes...</source>
        <translation>&amp;Cymharu&apos;r cynlluniau a ddewiswyd...</translation>
    </message>
    <message>
        <source>Chart one measure across the schemes selected in the list</source>
        <translation>Llunio siart o un mesur ar draws y cynlluniau a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <source>Chart of the &amp;Strand Shown...</source>
        <translation>Siart o&apos;r &amp;llinyn a ddangosir...</translation>
    </message>
    <message>
        <source>Chart of &amp;All Schemes...</source>
        <translation>Siart o &amp;bob cynllun...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of a Chart...</source>
        <translation>&amp;Rhagolwg argraffu siart...</translation>
    </message>
    <message>
        <source>Open a comparison chart of the selected schemes and its print preview</source>
        <translation>Agor siart cymharu o&apos;r cynlluniau a ddewiswyd a&apos;i ragolwg argraffu</translation>
    </message>
    <message>
        <source>Write the register as an .xlsx workbook, one sheet per file</source>
        <translation>Ysgrifennu&apos;r gofrestr fel llyfr gwaith .xlsx, un ddalen ar gyfer pob ffeil</translation>
    </message>
    <message>
        <source>Close the window and leave OPCC Schemes</source>
        <translation>Cau&apos;r ffenestr a gadael OPCC Schemes</translation>
    </message>
    <message>
        <source>Select every scheme in the list</source>
        <translation>Dewis pob cynllun yn y rhestr</translation>
    </message>
    <message>
        <source>Show every scheme again</source>
        <translation>Dangos pob cynllun eto</translation>
    </message>
    <message>
        <source>Show or hide the list of strands and areas</source>
        <translation>Dangos neu guddio&apos;r rhestr o linynnau ac ardaloedd</translation>
    </message>
    <message>
        <source>Show or hide the record of the selected scheme</source>
        <translation>Dangos neu guddio cofnod y cynllun a ddewiswyd</translation>
    </message>
    <message>
        <source>Show or hide the line at the foot of the window</source>
        <translation>Dangos neu guddio&apos;r llinell ar waelod y ffenestr</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Show the window in Welsh</source>
        <translation>Dangos y ffenestr yn Gymraeg</translation>
    </message>
    <message>
        <source>Show the window in English</source>
        <translation>Dangos y ffenestr yn Saesneg</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Darllen y gronfa ddata eto</translation>
    </message>
    <message>
        <source>Chart one measure across the schemes of the strand chosen in the navigator</source>
        <translation>Llunio siart o un mesur ar draws cynlluniau&apos;r llinyn a ddewiswyd yn y llywiwr</translation>
    </message>
    <message>
        <source>Chart one measure across every scheme in the register</source>
        <translation>Llunio siart o un mesur ar draws pob cynllun yn y gofrestr</translation>
    </message>
    <message>
        <source>The version, the database and where the shipped figures come from</source>
        <translation>Y fersiwn, y gronfa ddata ac o ble y daw ffigurau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Fersiwn a thrwydded pecyn cymorth Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach: cewch ei rhannu a&apos;i newid dan ei hamodau. Nid oes gwarant gyda hi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copied %1 shown of %2 schemes.</source>
        <translation>Copïwyd %1 a ddangosir o %2 cynllun.</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Mewnforio...</translation>
    </message>
    <message>
        <source>Add or update schemes and figures from interchange CSV files or .xlsx and .ods workbooks, after a preview</source>
        <translation>Ychwanegu neu ddiweddaru cynlluniau a ffigurau o ffeiliau CSV cyfnewid neu lyfrau gwaith .xlsx ac .ods, ar ôl rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Export Whole Register as CSV...</source>
        <translation>A&amp;llforio&apos;r gofrestr gyfan fel CSV...</translation>
    </message>
    <message>
        <source>Write every field of the register to schemes.csv, outcomes.csv and the files beside them in a folder</source>
        <translation>Ysgrifennu pob maes o&apos;r gofrestr i schemes.csv, outcomes.csv a&apos;r ffeiliau wrth eu hochr mewn ffolder</translation>
    </message>
    <message>
        <source>Export Whole Register as E&amp;xcel Workbook...</source>
        <translation>Allforio&apos;r gofrestr gyfan fel llyfr gwaith E&amp;xcel...</translation>
    </message>
    <message>
        <source>Export S&amp;hown Schemes...</source>
        <translation>Allforio&apos;r cynlluniau a &amp;ddangosir...</translation>
    </message>
    <message>
        <source>Write the schemes the list shows, under its headings, with each headline figure&apos;s period and source, as CSV or .xlsx</source>
        <translation>Ysgrifennu&apos;r cynlluniau a ddangosir yn y rhestr, dan ei phenawdau, gyda chyfnod a ffynhonnell pob prif ffigur, fel CSV neu .xlsx</translation>
    </message>
    <message>
        <source>Copy Sho&amp;wn Schemes</source>
        <translation>C&amp;opïo&apos;r cynlluniau a ddangosir</translation>
    </message>
    <message>
        <source>Copy every scheme the list shows, under its headings, with each headline figure&apos;s period and source</source>
        <translation>Copïo pob cynllun a ddangosir yn y rhestr, dan ei phenawdau, gyda chyfnod a ffynhonnell pob prif ffigur</translation>
    </message>
    <message>
        <source>Type words to find schemes by any of their text</source>
        <translation>Teipiwch eiriau i ddod o hyd i gynlluniau yn ôl unrhyw ran o&apos;u testun</translation>
    </message>
    <message>
        <source>Reading the register… · %1</source>
        <translation>Yn darllen y gofrestr… · %1</translation>
    </message>
    <message>
        <source>&amp;Open Register File...</source>
        <translation>&amp;Agor ffeil gofrestr...</translation>
    </message>
    <message>
        <source>Open an OPCC Schemes register file, or go back to one from a shared register</source>
        <translation>Agor ffeil gofrestr OPCC Schemes, neu ddychwelyd at un o gofrestr a rennir</translation>
    </message>
    <message>
        <source>Open the register a team shares on a PostgreSQL server</source>
        <translation>Agor y gofrestr y mae tîm yn ei rhannu ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>darllen yn unig</translation>
    </message>
    <message>
        <source>%1 (%2) - OPCC Schemes</source>
        <translation>%1 (%2) - OPCC Schemes</translation>
    </message>
    <message>
        <source>Open Register File</source>
        <translation>Agor ffeil gofrestr</translation>
    </message>
    <message>
        <source>Connect to Shared Re&amp;gister...</source>
        <translation>&amp;Cysylltu â chofrestr a rennir...</translation>
    </message>
    <message>
        <source>Register on a Network Share</source>
        <translation>Cofrestr ar gyfran rhwydwaith</translation>
    </message>
    <message>
        <source>Connect to Shared Register...</source>
        <translation>Cysylltu â chofrestr a rennir...</translation>
    </message>
    <message>
        <source>Keep Using This File</source>
        <translation>Dal i ddefnyddio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Cop&amp;y Register to Server...</source>
        <translation>Cop&amp;ïo&apos;r gofrestr i weinydd...</translation>
    </message>
    <message>
        <source>Copy this register file, whole, into a new shared register on a PostgreSQL server, and open that</source>
        <translation>Copïo&apos;r ffeil gofrestr hon yn gyfan i gofrestr a rennir newydd ar weinydd PostgreSQL, a&apos;i hagor</translation>
    </message>
    <message>
        <source>Copy Register to Server</source>
        <translation>Copïo&apos;r gofrestr i weinydd</translation>
    </message>
    <message>
        <source>Copied %1 and %2 to the shared register; the file is kept as it was.</source>
        <comment>schemes, figures</comment>
        <translation>Copïwyd %1 a %2 i&apos;r gofrestr a rennir; mae&apos;r ffeil wedi&apos;i chadw fel yr oedd.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
            <numerusform>%n cynllun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::MeasureDialog</name>
    <message>
        <source>&amp;Higher is better (as for people treated, not for crimes)</source>
        <translation>Mae &amp;mwy yn well (fel ar gyfer pobl a gafodd driniaeth, nid troseddau)</translation>
    </message>
    <message>
        <source>New Measure</source>
        <translation>Mesur newydd</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Cyfradd cwblhau</translation>
    </message>
    <message>
        <source>What is counted, and how</source>
        <translation>Beth a gyfrifir, a sut</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>&amp;Ychwanegu mesur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Uned:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>A measure needs a name that starts with a letter.</source>
        <translation>Mae angen enw sy&apos;n dechrau gyda llythyren ar fesur.</translation>
    </message>
    <message>
        <source>There is a measure &quot;%1&quot; already: choose it from the list.</source>
        <translation>Mae mesur &quot;%1&quot; eisoes: dewiswch ef o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Cannot Add Measure</source>
        <translation>Methu ychwanegu&apos;r mesur</translation>
    </message>
</context>
<context>
    <name>opcc::OrganisationLinkModel</name>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>opcc::PartnerDelegate</name>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>opcc::RegisterHistoryModel</name>
    <message>
        <source>(the register)</source>
        <translation>(y gofrestr)</translation>
    </message>
    <message>
        <source>(the database)</source>
        <translation>(y gronfa ddata)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Scheme or Request</source>
        <translation>Cynllun neu Gais</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
</context>
<context>
    <name>opcc::RegisterHistoryWindow</name>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Any scheme</source>
        <translation>Unrhyw gynllun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>Yn dangos %1 o %n newid</numerusform>
            <numerusform>Yn dangos %1 o %n newid</numerusform>
            <numerusform>Yn dangos %1 o %n newid</numerusform>
            <numerusform>Yn dangos %1 o %n newid</numerusform>
            <numerusform>Yn dangos %1 o %n newid</numerusform>
        </translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Ni ellir darllen yr hanes: %1</translation>
    </message>
    <message>
        <source>History of the Register</source>
        <translation>Hanes y Gofrestr</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ca&amp;nfod:</translation>
    </message>
    <message>
        <source>Words in any column</source>
        <translation>Geiriau mewn unrhyw golofn</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Canfod yn yr hanes</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Gan &amp;bwy:</translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation>Newidiadau gan</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>Changes to the scheme</source>
        <translation>Newidiadau i&apos;r cynllun</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>Changes from the day</source>
        <translation>Newidiadau o&apos;r diwrnod</translation>
    </message>
    <message>
        <source>Changes up to the day</source>
        <translation>Newidiadau hyd at y diwrnod</translation>
    </message>
    <message>
        <source>Changes to the register</source>
        <translation>Newidiadau i&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Every recorded change: when, who, what, the scheme or request and the files of an import.</source>
        <translation>Pob newid a gofnodwyd: pryd, pwy, beth, y cynllun neu&apos;r cais a ffeiliau mewnforio.</translation>
    </message>
    <message>
        <source>What the change did</source>
        <translation>Beth wnaeth y newid</translation>
    </message>
    <message>
        <source>The selected change in full, with each field before and after.</source>
        <translation>Y newid a ddewiswyd yn llawn, gyda phob maes cyn ac ar ôl.</translation>
    </message>
</context>
<context>
    <name>opcc::SchemeBrowser</name>
    <message>
        <source>Filter schemes</source>
        <translation>Hidlo cynlluniau</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>Hidlydd ardal</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Hidlydd darparwr</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>Number of schemes shown</source>
        <translation>Nifer y cynlluniau a ddangosir</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Darparwr:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>No schemes match</source>
        <translation>Nid oes cynlluniau&apos;n cyfateb</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Pob ardal</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Pob darparwr</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scheme(s)</source>
        <translation>
            <numerusform>%1 o %n cynllun</numerusform>
            <numerusform>%1 o %n cynllun</numerusform>
            <numerusform>%1 o %n cynllun</numerusform>
            <numerusform>%1 o %n cynllun</numerusform>
            <numerusform>%1 o %n cynllun</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The database holds no schemes yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nid oes cynlluniau yn y gronfa ddata eto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation>Llinyn: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Ardal: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Darparwr: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Testun: “%1”</translation>
    </message>
    <message>
        <source>&lt;p&gt;No schemes match these filters:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear all filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nid oes cynlluniau&apos;n cyfateb i&apos;r hidlyddion hyn:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clirio pob hidlydd&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shows only the schemes of one nation or one police force area.</source>
        <translation>Yn dangos cynlluniau un wlad neu un ardal heddlu yn unig.</translation>
    </message>
    <message>
        <source>Shows only the schemes of one provider; type to find a provider in the list.</source>
        <translation>Yn dangos cynlluniau un darparwr yn unig; teipiwch i ganfod darparwr yn y rhestr.</translation>
    </message>
    <message>
        <source>Shows only planned, pilot, active or ended schemes.</source>
        <translation>Yn dangos cynlluniau arfaethedig, peilot, ar waith neu wedi dod i ben yn unig.</translation>
    </message>
    <message>
        <source>The schemes that match the filters, one a row. The selected scheme is shown in the detail panel.</source>
        <translation>Y cynlluniau sy&apos;n cyfateb i&apos;r hidlyddion, un ym mhob rhes. Dangosir y cynllun a ddewiswyd yn y panel manylion.</translation>
    </message>
    <message>
        <source>Shows only schemes with every word typed somewhere in their text: name, area, organisations, details, figures&apos; notes and quotes, and source documents. Down moves into the list.</source>
        <translation>Yn dangos dim ond cynlluniau sydd â phob gair a deipiwyd rywle yn eu testun: enw, ardal, sefydliadau, manylion, nodiadau a dyfyniadau&apos;r ffigurau, a dogfennau ffynhonnell. Mae Saeth i lawr yn symud i&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Words in any text of a scheme</source>
        <translation>Geiriau yn unrhyw destun cynllun</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s) read so far…</source>
        <translation>
            <numerusform>Wedi darllen %n cynllun hyd yma…</numerusform>
            <numerusform>Wedi darllen %n cynllun hyd yma…</numerusform>
            <numerusform>Wedi darllen %n cynllun hyd yma…</numerusform>
            <numerusform>Wedi darllen %n cynllun hyd yma…</numerusform>
            <numerusform>Wedi darllen %n cynllun hyd yma…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SchemeDialog</name>
    <message>
        <source>New Scheme</source>
        <translation>Cynllun newydd</translation>
    </message>
    <message>
        <source>Create Scheme</source>
        <translation>Creu cynllun</translation>
    </message>
    <message>
        <source>The scheme was not saved: %1</source>
        <translation>Ni chadwyd y cynllun: %1</translation>
    </message>
    <message>
        <source>Discard New Scheme</source>
        <translation>Gwaredu&apos;r cynllun newydd</translation>
    </message>
    <message>
        <source>Discard the scheme you have entered? It has not been saved.</source>
        <translation>Gwaredu&apos;r cynllun rydych wedi&apos;i gofnodi? Nid yw wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close without creating the scheme</source>
        <translation>Cau heb greu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Create the scheme with its figures (Enter)</source>
        <translation>Creu&apos;r cynllun gyda&apos;i ffigurau (Enter)</translation>
    </message>
    <message>
        <source>Fix the fields marked with a warning sign first.</source>
        <translation>Cywirwch y meysydd sydd ag arwydd rhybudd yn gyntaf.</translation>
    </message>
    <message>
        <source>Shows what the scheme still needs (Enter)</source>
        <translation>Yn dangos beth sydd ei angen ar y cynllun o hyd (Enter)</translation>
    </message>
    <message>
        <source>Enter the scheme as its commissioning paper or Freedom of Information reply describes it. Create Scheme saves it, or shows what it still needs.</source>
        <translation>Rhowch fanylion y cynllun fel y mae ei bapur comisiynu neu&apos;r ymateb i gais Rhyddid Gwybodaeth yn ei ddisgrifio. Mae “Creu cynllun” yn ei gadw, neu&apos;n dangos beth sydd ei angen arno o hyd.</translation>
    </message>
</context>
<context>
    <name>opcc::SchemeEditModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <source>Described in</source>
        <translation>Disgrifir yn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Sut mae&apos;n gweithio</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
</context>
<context>
    <name>opcc::SchemeEditPanel</name>
    <message>
        <source>Save Chan&amp;ges</source>
        <translation>Cadw&apos;r &amp;newidiadau</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Cadw&apos;r newidiadau (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Leave edit mode without saving (Esc)</source>
        <translation>Gadael y modd golygu heb gadw (Esc)</translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot; (not saved)</source>
        <translation>Yn golygu &quot;%1&quot; (heb ei gadw)</translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot;</source>
        <translation>Yn golygu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>opcc::SchemeEditor</name>
    <message>
        <source>New scheme &quot;%1&quot;</source>
        <translation>Cynllun newydd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Dileu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add figure to &quot;%1&quot;</source>
        <translation>Ychwanegu ffigur at &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove figure from &quot;%1&quot;</source>
        <translation>Tynnu ffigur o &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit figures of &quot;%1&quot;</source>
        <translation>Golygu ffigurau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Golygu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>opcc::SchemeForm</name>
    <message>
        <source>Sche&amp;me</source>
        <translation>&amp;Cynllun</translation>
    </message>
    <message>
        <source>&amp;Partners and Funding</source>
        <translation>&amp;Partneriaid a chyllid</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Ffigurau</translation>
    </message>
    <message>
        <source>None chosen: tick one or more with Space.</source>
        <translation>Dim wedi&apos;u dewis: ticiwch un neu fwy â&apos;r bylchwr (Space).</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Wedi&apos;u dewis: %1</translation>
    </message>
    <message>
        <source>As the commissioning paper names it</source>
        <translation>Fel y mae&apos;r papur comisiynu yn ei enwi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Choose a strand</source>
        <translation>Dewiswch linyn</translation>
    </message>
    <message>
        <source>S&amp;trand:</source>
        <translation>&amp;Llinyn:</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Type the start of a name to find an area; Space ticks it.</source>
        <translation>Teipiwch ddechrau enw i ddod o hyd i ardal; mae&apos;r bylchwr (Space) yn ei thicio.</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Ardaloedd:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Diwedd:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>A year (2022), a month (2022-03) or a day (2022-03-14); empty when not known.</source>
        <translation>Blwyddyn (2022), mis (2022-03) neu ddiwrnod (2022-03-14); gadewch yn wag os nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Dec&amp;hrau:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Descri&amp;bed in:</source>
        <translation>Disgr&amp;ifir yn:</translation>
    </message>
    <message>
        <source>Document the scheme is described in</source>
        <translation>Y ddogfen sy&apos;n disgrifio&apos;r cynllun</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>C&amp;rynodeb:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Ho&amp;w it works:</source>
        <translation>Sut mae&apos;n &amp;gweithio:</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Sut mae&apos;n gweithio</translation>
    </message>
    <message>
        <source>Who it is f&amp;or:</source>
        <translation>Ar gyfer p&amp;wy:</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>Or&amp;ganisations: who provides, commissions, funds or partners the scheme</source>
        <translation>&amp;Sefydliadau: pwy sy&apos;n darparu, yn comisiynu neu&apos;n ariannu&apos;r cynllun, neu&apos;n bartner iddo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <source>Add &amp;Organisation</source>
        <translation>Ychwanegu s&amp;efydliad</translation>
    </message>
    <message>
        <source>Remove O&amp;rganisation</source>
        <translation>Tynnu sef&amp;ydliad</translation>
    </message>
    <message>
        <source>F&amp;unding lines: amount, period and the document that states it</source>
        <translation>&amp;Llinellau cyllid: swm, cyfnod a&apos;r ddogfen sy&apos;n ei nodi</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Llinellau cyllid</translation>
    </message>
    <message>
        <source>Add Funding &amp;Line</source>
        <translation>Ychwanegu llinell &amp;gyllid</translation>
    </message>
    <message>
        <source>Remove Funding Li&amp;ne</source>
        <translation>Tynnu llinell gyll&amp;id</translation>
    </message>
    <message>
        <source>Each figure as its source states it, with the period, the document and the words it comes from:</source>
        <translation>Pob ffigur fel y&apos;i nodir yn ei ffynhonnell, gyda&apos;r cyfnod, y ddogfen a&apos;r geiriau y daw ohonynt:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>&amp;Add Figure</source>
        <translation>&amp;Ychwanegu ffigur</translation>
    </message>
    <message>
        <source>&amp;Remove Figure</source>
        <translation>&amp;Tynnu ffigur</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4: %5</source>
        <translation>%1 %2 (%3), %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s): the cells concerned are marked.</source>
        <translation>
            <numerusform>... a %n problem arall: mae&apos;r celloedd perthnasol wedi&apos;u marcio.</numerusform>
            <numerusform>... a %n problem arall: mae&apos;r celloedd perthnasol wedi&apos;u marcio.</numerusform>
            <numerusform>... a %n problem arall: mae&apos;r celloedd perthnasol wedi&apos;u marcio.</numerusform>
            <numerusform>... a %n problem arall: mae&apos;r celloedd perthnasol wedi&apos;u marcio.</numerusform>
            <numerusform>... a %n problem arall: mae&apos;r celloedd perthnasol wedi&apos;u marcio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the existing scheme</source>
        <translation>Dangos y cynllun presennol</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <comment>tab title</comment>
        <translation>%1 (%2 i&apos;w cywiro)</translation>
    </message>
    <message>
        <source>The scheme&apos;s name as its commissioning paper gives it.</source>
        <translation>Enw&apos;r cynllun fel y mae ei bapur comisiynu yn ei roi.</translation>
    </message>
    <message>
        <source>The strand of the drug strategy the scheme belongs to.</source>
        <translation>Y llinyn o&apos;r strategaeth gyffuriau y mae&apos;r cynllun yn perthyn iddo.</translation>
    </message>
    <message>
        <source>Whether the scheme is planned, a pilot, active or ended.</source>
        <translation>A yw&apos;r cynllun yn arfaethedig, yn beilot, ar waith neu wedi dod i ben.</translation>
    </message>
    <message>
        <source>The police force areas the scheme covers: type the start of a name to find one, and Space ticks it.</source>
        <translation>Yr ardaloedd heddlu y mae&apos;r cynllun yn eu cwmpasu: teipiwch ddechrau enw i ganfod un, ac mae&apos;r bylchwr (Space) yn ei dicio.</translation>
    </message>
    <message>
        <source>When the scheme started: a year, a month or a day, as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Pryd y dechreuodd y cynllun: blwyddyn, mis neu ddiwrnod, fel YYYY, YYYY-MM neu YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The document that describes the scheme: choose one, or type the title of a new one.</source>
        <translation>Y ddogfen sy&apos;n disgrifio&apos;r cynllun: dewiswch un, neu teipiwch deitl un newydd.</translation>
    </message>
    <message>
        <source>What the scheme does, in a sentence or two.</source>
        <translation>Beth mae&apos;r cynllun yn ei wneud, mewn brawddeg neu ddwy.</translation>
    </message>
    <message>
        <source>How the scheme works, as its documents describe it.</source>
        <translation>Sut mae&apos;r cynllun yn gweithio, fel y mae ei ddogfennau&apos;n ei ddisgrifio.</translation>
    </message>
    <message>
        <source>The people the scheme is for.</source>
        <translation>Y bobl y mae&apos;r cynllun ar eu cyfer.</translation>
    </message>
    <message>
        <source>When the scheme ended or is to end: a year, a month or a day, as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Pryd y daeth y cynllun i ben neu pryd y daw i ben: blwyddyn, mis neu ddiwrnod, fel YYYY, YYYY-MM neu YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Parts of the scheme</source>
        <translation>Rhannau&apos;r cynllun</translation>
    </message>
    <message>
        <source>The scheme&apos;s fields, its partners and funding, and its figures. Ctrl+Tab moves to the next part.</source>
        <translation>Meysydd y cynllun, ei bartneriaid a&apos;i gyllid, a&apos;i ffigurau. Mae Ctrl+Tab yn symud i&apos;r rhan nesaf.</translation>
    </message>
    <message>
        <source>The organisations of the scheme, one a row, each with its role.</source>
        <translation>Sefydliadau&apos;r cynllun, un ym mhob rhes, pob un gyda&apos;i rôl.</translation>
    </message>
    <message>
        <source>Adds an organisation and starts typing its name.</source>
        <translation>Yn ychwanegu sefydliad ac yn dechrau teipio ei enw.</translation>
    </message>
    <message>
        <source>Removes the organisation whose row has the focus.</source>
        <translation>Yn tynnu&apos;r sefydliad y mae ffocws ar ei res.</translation>
    </message>
    <message>
        <source>The scheme&apos;s funding, one amount a row, with its period and source.</source>
        <translation>Cyllid y cynllun, un swm ym mhob rhes, gyda&apos;i gyfnod a&apos;i ffynhonnell.</translation>
    </message>
    <message>
        <source>Adds a funding line and starts typing its amount.</source>
        <translation>Yn ychwanegu llinell gyllid ac yn dechrau teipio ei swm.</translation>
    </message>
    <message>
        <source>Removes the funding line that has the focus.</source>
        <translation>Yn tynnu&apos;r llinell gyllid y mae&apos;r ffocws arni.</translation>
    </message>
    <message>
        <source>The scheme&apos;s figures, one a row: measure, value, qualifier, rate, period, note, source and quote.</source>
        <translation>Ffigurau&apos;r cynllun, un ym mhob rhes: mesur, gwerth, goleddfydd, cyfradd, cyfnod, nodyn, ffynhonnell a dyfyniad.</translation>
    </message>
    <message>
        <source>Adds a figure and starts with its measure.</source>
        <translation>Yn ychwanegu ffigur ac yn dechrau gyda&apos;i fesur.</translation>
    </message>
    <message>
        <source>Removes the figure that has the focus.</source>
        <translation>Yn tynnu&apos;r ffigur y mae&apos;r ffocws arno.</translation>
    </message>
    <message>
        <source>The scheme&apos;s own fields</source>
        <translation>Meysydd y cynllun ei hun</translation>
    </message>
    <message>
        <source>The organisations of the scheme and its funding</source>
        <translation>Sefydliadau&apos;r cynllun a&apos;i gyllid</translation>
    </message>
    <message>
        <source>The figures of the scheme, each with its source</source>
        <translation>Ffigurau&apos;r cynllun, pob un gyda&apos;i ffynhonnell</translation>
    </message>
    <message>
        <source>What is wrong with the name; a link opens the scheme that has it already.</source>
        <translation>Beth sydd o&apos;i le ar yr enw; mae dolen yn agor y cynllun sydd â&apos;r enw eisoes.</translation>
    </message>
    <message>
        <source>New Mea&amp;sure...</source>
        <translation>Mesur &amp;newydd...</translation>
    </message>
    <message>
        <source>Adds a measure the list does not have, with its unit</source>
        <translation>Yn ychwanegu mesur nad yw yn y rhestr, gyda&apos;i uned</translation>
    </message>
    <message>
        <source>Docum&amp;ents...</source>
        <translation>Dogfenna&amp;u...</translation>
    </message>
    <message>
        <source>The document&apos;s publisher, date, web address or a copy of it, in Tools &gt; Source Documents</source>
        <translation>Cyhoeddwr y ddogfen, ei dyddiad, ei chyfeiriad gwe neu gopi ohoni, yn Offer &gt; Dogfennau Ffynhonnell</translation>
    </message>
</context>
<context>
    <name>opcc::SchemePicker</name>
    <message>
        <source>Link Schemes</source>
        <translation>Cysylltu Cynlluniau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type part of a scheme&apos;s name or area</source>
        <translation>Teipiwch ran o enw neu ardal cynllun</translation>
    </message>
    <message>
        <source>Find schemes</source>
        <translation>Canfod cynlluniau</translation>
    </message>
    <message>
        <source>Schemes in the register</source>
        <translation>Cynlluniau yn y gofrestr</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ca&amp;nfod:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>C&amp;ysylltu</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s) match.</source>
        <translation>
            <numerusform>Mae %n cynllun yn cyfateb.</numerusform>
            <numerusform>Mae %n cynllun yn cyfateb.</numerusform>
            <numerusform>Mae %n cynllun yn cyfateb.</numerusform>
            <numerusform>Mae %n cynllun yn cyfateb.</numerusform>
            <numerusform>Mae %n cynllun yn cyfateb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::SchemeTableModel</name>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>headline: measure then value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Darparwyr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Headline figure</source>
        <translation>Prif ffigur</translation>
    </message>
</context>
<context>
    <name>opcc::ServerUserModel</name>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>opcc::SourceForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>C&amp;yhoeddwr:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Cyf&amp;eirnod:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>Dydd&amp;iad cyhoeddi:</translation>
    </message>
    <message>
        <source>&amp;Web address or file:</source>
        <translation>Cyfeiriad &amp;gwe neu ffeil:</translation>
    </message>
    <message>
        <source>Attached &amp;copy:</source>
        <translation>Copi yng&amp;hlwm:</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Wedi&apos;i dyfynnu gan:</translation>
    </message>
    <message>
        <source>2022-03-15, 2022-03 or 2022</source>
        <translation>2022-03-15, 2022-03 neu 2022</translation>
    </message>
    <message>
        <source>https://... or the path of the file, kept as it is</source>
        <translation>https://... neu lwybr y ffeil, wedi&apos;i gadw fel y mae</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Pori...</translation>
    </message>
    <message>
        <source>&amp;Attach File...</source>
        <translation>&amp;Atodi Ffeil...</translation>
    </message>
    <message>
        <source>Re&amp;move Copy</source>
        <translation>Tynnu&apos;r C&amp;opi</translation>
    </message>
    <message>
        <source>Save Cop&amp;y As...</source>
        <translation>Cadw Copi Fe&amp;l...</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Dogfen newydd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Dim byd eto</translation>
    </message>
    <message>
        <source>Title: a source document needs a title.</source>
        <translation>Teitl: mae angen teitl ar ddogfen ffynhonnell.</translation>
    </message>
    <message>
        <source>Issued: &quot;%1&quot; is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Dyddiad cyhoeddi: nid yw &quot;%1&quot; yn ddyddiad: ysgrifennwch BBBB-MM-DD, BBBB-MM neu BBBB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>Attach a Copy of the Document</source>
        <translation>Atodi Copi o&apos;r Ddogfen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.txt);;All files (*)</source>
        <translation>Dogfennau (*.pdf *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>File of the Document</source>
        <translation>Ffeil y Ddogfen</translation>
    </message>
    <message>
        <source>Save a Copy of the Document</source>
        <translation>Cadw Copi o&apos;r Ddogfen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nid oes modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>opcc::SourceListModel</name>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Ynghlwm: %1 (%2)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Cyfeiriad gwe</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s), </source>
        <translation>
            <numerusform>%n cynllun, </numerusform>
            <numerusform>%n cynllun, </numerusform>
            <numerusform>%n cynllun, </numerusform>
            <numerusform>%n cynllun, </numerusform>
            <numerusform>%n cynllun, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
            <numerusform>%n ffigur</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Cyhoeddwr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Copy held</source>
        <translation>Copi a gedwir</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Dyfynnwyd gan</translation>
    </message>
</context>
<context>
    <name>opcc::SourceManager</name>
    <message>
        <source>Source Documents</source>
        <translation>Dogfennau Ffynhonnell</translation>
    </message>
    <message>
        <source>Filter documents (Ctrl+F)</source>
        <translation>Hidlo dogfennau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Hidlo dogfennau</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Dogfennau ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Newydd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>Ago&amp;r y Ddogfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Copy Title</source>
        <translation>&amp;Copïo&apos;r Teitl</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) shown</source>
        <translation>
            <numerusform>Dangosir %1 o %n dogfen</numerusform>
            <numerusform>Dangosir %1 o %n dogfen</numerusform>
            <numerusform>Dangosir %1 o %n dogfen</numerusform>
            <numerusform>Dangosir %1 o %n dogfen</numerusform>
            <numerusform>Dangosir %1 o %n dogfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is cited by %n scheme(s) or figure(s): cite another document there first.</source>
        <translation>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
            <numerusform>Mae %n cynllun neu ffigur yn dyfynnu &quot;%1&quot;: dyfynnwch ddogfen arall yno yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Source Document</source>
        <translation>Dileu Dogfen Ffynhonnell</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and any copy attached to it?</source>
        <translation>Dileu &quot;%1&quot; ac unrhyw gopi sydd ynghlwm wrthi?</translation>
    </message>
</context>
<context>
    <name>opcc::SourceViewer</name>
    <message>
        <source>Source Document</source>
        <translation>Dogfen Ffynhonnell</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 cannot be written to show it: %2</source>
        <translation>Nid oes modd ysgrifennu copi o %1 i&apos;w dangos: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF that can be shown.</source>
        <translation>Nid yw %1 yn PDF y mae modd ei dangos.</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Tudalen:</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> o %1</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Tudalen y ddogfen</translation>
    </message>
    <message>
        <source>The document is neither a PDF nor UTF-8 text, so it cannot be shown here.</source>
        <translation>Nid yw&apos;r ddogfen yn PDF nac yn destun UTF-8, felly nid oes modd ei dangos yma.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Testun y ddogfen</translation>
    </message>
    <message>
        <source>The quoted words were not found in the document&apos;s text: %1</source>
        <translation>Ni chafwyd hyd i&apos;r geiriau a ddyfynnwyd yn nhestun y ddogfen: %1</translation>
    </message>
    <message>
        <source>On page %1: %2</source>
        <translation>Ar dudalen %1: %2</translation>
    </message>
    <message>
        <source>Selected below: %1</source>
        <translation>Wedi&apos;u dewis isod: %1</translation>
    </message>
</context>
<context>
    <name>opcc::StrandNavigator</name>
    <message>
        <source>Strands</source>
        <translation>Llinynnau</translation>
    </message>
    <message>
        <source>Choose a strand of the drug strategy, or an area within a strand, to narrow the scheme list.</source>
        <translation>Dewiswch un o linynnau&apos;r strategaeth gyffuriau, neu ardal o fewn llinyn, i gyfyngu ar y rhestr cynlluniau.</translation>
    </message>
</context>
<context>
    <name>opcc::StrandTreeModel</name>
    <message>
        <source>All schemes</source>
        <translation>Pob cynllun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>navigator entry: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scheme(s)</source>
        <translation>
            <numerusform>%1: %n cynllun</numerusform>
            <numerusform>%1: %n cynllun</numerusform>
            <numerusform>%1: %n cynllun</numerusform>
            <numerusform>%1: %n cynllun</numerusform>
            <numerusform>%1: %n cynllun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opcc::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;FOI Requests...</source>
        <translation>Ceisiadau &amp;Rhyddid Gwybodaeth...</translation>
    </message>
    <message>
        <source>The register of Freedom of Information requests: due dates, schemes, time spent, replies and the disclosure log</source>
        <translation>Cofrestr ceisiadau Rhyddid Gwybodaeth: dyddiadau dyledus, cynlluniau, amser a dreuliwyd, atebion a&apos;r log datgelu</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Hanes...</translation>
    </message>
    <message>
        <source>Every recorded change to the register: who, when, what, which scheme, and the files of each import</source>
        <translation>Pob newid a gofnodwyd i&apos;r gofrestr: pwy, pryd, beth, pa gynllun, a ffeiliau pob mewnforio</translation>
    </message>
    <message>
        <source>&amp;Source Documents...</source>
        <translation>&amp;Dogfennau Ffynhonnell...</translation>
    </message>
    <message>
        <source>The documents the figures are quoted from: details, web addresses, attached copies</source>
        <translation>Y dogfennau y dyfynnir y ffigurau ohonynt: manylion, cyfeiriadau gwe, copïau ynghlwm</translation>
    </message>
    <message>
        <source>&amp;Users and Roles...</source>
        <translation>&amp;Defnyddwyr a rolau...</translation>
    </message>
    <message>
        <source>Who may read, change or administer this shared register</source>
        <translation>Pwy gaiff ddarllen, newid neu weinyddu&apos;r gofrestr a rennir hon</translation>
    </message>
</context>
<context>
    <name>opcc::UsersDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Rhoi ar waith</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Defnyddwyr a rolau</translation>
    </message>
    <message>
        <source>Each login of the server and its role in this register. Logins are made by the server&apos;s administrator; a viewer may read and export, an editor also change schemes and import, an administrator also change measures, areas and roles.</source>
        <translation>Pob mewngofnod ar y gweinydd a&apos;i rôl yn y gofrestr hon. Gweinyddwr y gweinydd sy&apos;n creu mewngofnodion; caiff gwyliwr ddarllen ac allforio, golygydd hefyd newid cynlluniau a mewnforio, a gweinyddwr hefyd newid mesurau, ardaloedd a rolau.</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Dod o hyd i ddefnyddiwr</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Role of %1:</source>
        <translation>&amp;Rôl %1:</translation>
    </message>
    <message>
        <source>%1 is %2, a role you may not take away.</source>
        <translation>Mae %1 yn %2, rôl na chewch ei chymryd oddi arno.</translation>
    </message>
    <message>
        <source>%1 is now %2. The change applies from the next time %1 opens the register.</source>
        <translation>Mae %1 bellach yn %2. Daw&apos;r newid i rym y tro nesaf y bydd %1 yn agor y gofrestr.</translation>
    </message>
</context>
<context>
    <name>opcc::ui::ChartGraphic</name>
    <message>
        <source>Nothing to draw.</source>
        <translation>Dim i&apos;w ddangos.</translation>
    </message>
</context>
<context>
    <name>opcc::ui::ChartWindow</name>
    <message>
        <source>Chart</source>
        <translation>Siart</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Notes and sources</source>
        <translation>&amp;Nodiadau a ffynonellau</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesur:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Strand summary</source>
        <translation>Crynodeb llinynnau</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>S&amp;iart:</translation>
    </message>
    <message>
        <source>Selected schemes (%1)</source>
        <translation>Cynlluniau a ddewiswyd (%1)</translation>
    </message>
    <message>
        <source>One strand</source>
        <translation>Un llinyn</translation>
    </message>
    <message>
        <source>One area</source>
        <translation>Un ardal</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Pob cynllun</translation>
    </message>
    <message>
        <source>&amp;Schemes:</source>
        <translation>&amp;Cynlluniau:</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Fel y&apos;u nodwyd</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Fesul mis</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Sail:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Rha&amp;golwg argraffu...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Argraffu...</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>Allforio fel P&amp;DF...</translation>
    </message>
    <message>
        <source>Export as PNG, &amp;150 dpi...</source>
        <translation>Allforio fel PNG, &amp;150 dpi...</translation>
    </message>
    <message>
        <source>Export as PNG, &amp;300 dpi...</source>
        <translation>Allforio fel PNG, &amp;300 dpi...</translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation>Allforio fel &amp;SVG...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Si&amp;art</translation>
    </message>
    <message>
        <source>Use the &amp;Latest Figure of Every Scheme</source>
        <translation>Defnyddio ffigur &amp;diweddaraf pob cynllun</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scheme(s))</source>
        <translation>
            <numerusform>%1 (%n cynllun)</numerusform>
            <numerusform>%1 (%n cynllun)</numerusform>
            <numerusform>%1 (%n cynllun)</numerusform>
            <numerusform>%1 (%n cynllun)</numerusform>
            <numerusform>%1 (%n cynllun)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drawn: %1 (see Notes and sources).</source>
        <translation>Heb eu dangos ar y siart: %1 (gweler Nodiadau a ffynonellau).</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Siart: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Heb eu dangos ar y siart</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>period not stated</source>
        <translation>cyfnod heb ei nodi</translation>
    </message>
    <message>
        <source> (before)</source>
        <translation> (cyn)</translation>
    </message>
    <message>
        <source>This scheme has no other figure of this measure.</source>
        <translation>Nid oes gan y cynllun hwn ffigur arall ar gyfer y mesur hwn.</translation>
    </message>
    <message>
        <source>Choose a Figure</source>
        <translation>Dewis ffigur</translation>
    </message>
    <message>
        <source>Figure drawn for this scheme:</source>
        <translation>Y ffigur a ddangosir ar gyfer y cynllun hwn:</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Lluniadau SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Allforio&apos;r siart</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Argraffu&apos;r siart</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>The measure to chart, with the number of schemes that have a figure of it.</source>
        <translation>Y mesur i&apos;w ddangos ar y siart, gyda nifer y cynlluniau sydd â ffigur ohono.</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Math o siart</translation>
    </message>
    <message>
        <source>A comparison of schemes, before and after, a trend over time, or a summary of a strand.</source>
        <translation>Cymhariaeth o gynlluniau, cyn ac ar ôl, tuedd dros amser, neu grynodeb o linyn.</translation>
    </message>
    <message>
        <source>Schemes charted</source>
        <translation>Cynlluniau ar y siart</translation>
    </message>
    <message>
        <source>The schemes selected in the main window, one strand, one area or all schemes.</source>
        <translation>Y cynlluniau a ddewiswyd yn y brif ffenestr, un llinyn, un ardal neu bob cynllun.</translation>
    </message>
    <message>
        <source>Strand or area charted</source>
        <translation>Llinyn neu ardal ar y siart</translation>
    </message>
    <message>
        <source>The strand or the area whose schemes are charted.</source>
        <translation>Y llinyn neu&apos;r ardal y dangosir ei chynlluniau ar y siart.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>Double-click a scheme, or press Enter on it, to choose which of its figures is drawn.</source>
        <translation>Cliciwch ddwywaith ar gynllun, neu pwyswch Enter arno, i ddewis pa un o&apos;i ffigurau a ddangosir.</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Data&apos;r siart</translation>
    </message>
    <message>
        <source>The figures drawn, one a row, with their period and source.</source>
        <translation>Y ffigurau a ddangosir, un ym mhob rhes, gyda&apos;u cyfnod a&apos;u ffynhonnell.</translation>
    </message>
    <message>
        <source>Notes and sources</source>
        <translation>Nodiadau a ffynonellau</translation>
    </message>
    <message>
        <source>What the reader must know, the figures not drawn and the source of every figure.</source>
        <translation>Yr hyn y mae&apos;n rhaid i&apos;r darllenydd ei wybod, y ffigurau na ddangosir a ffynhonnell pob ffigur.</translation>
    </message>
    <message>
        <source>The chart drawn; the Data tab lists the same figures as text.</source>
        <translation>Y siart; mae&apos;r tab Data yn rhestru&apos;r un ffigurau fel testun.</translation>
    </message>
    <message>
        <source>Chart details</source>
        <translation>Manylion y siart</translation>
    </message>
    <message>
        <source>The data of the chart, or its notes and sources.</source>
        <translation>Data&apos;r siart, neu ei nodiadau a&apos;i ffynonellau.</translation>
    </message>
    <message>
        <source>See the printed page before printing it</source>
        <translation>Gweld y dudalen cyn ei hargraffu</translation>
    </message>
    <message>
        <source>Print the chart page</source>
        <translation>Argraffu tudalen y siart</translation>
    </message>
    <message>
        <source>Write the chart page as a PDF document</source>
        <translation>Ysgrifennu tudalen y siart fel dogfen PDF</translation>
    </message>
    <message>
        <source>Write the chart page as an image for the screen</source>
        <translation>Ysgrifennu tudalen y siart fel delwedd ar gyfer y sgrin</translation>
    </message>
    <message>
        <source>Write the chart page as an image for print</source>
        <translation>Ysgrifennu tudalen y siart fel delwedd ar gyfer argraffu</translation>
    </message>
    <message>
        <source>Write the chart page as a drawing that scales</source>
        <translation>Ysgrifennu tudalen y siart fel lluniad y gellir newid ei faint</translation>
    </message>
    <message>
        <source>Close the chart window</source>
        <translation>Cau ffenestr y siart</translation>
    </message>
    <message>
        <source>Draw each scheme&apos;s latest figure again, forgetting the figures chosen</source>
        <translation>Dangos ffigur diweddaraf pob cynllun eto, gan anghofio&apos;r ffigurau a ddewiswyd</translation>
    </message>
    <message>
        <source>Per £1,000 of funding</source>
        <translation>Fesul £1,000 o gyllid</translation>
    </message>
    <message>
        <source>The figures drawn, as a table</source>
        <translation>Y ffigurau a ddangosir, fel tabl</translation>
    </message>
    <message>
        <source>What the reader must know, and the source of every figure</source>
        <translation>Yr hyn y mae&apos;n rhaid i&apos;r darllenydd ei wybod, a ffynhonnell pob ffigur</translation>
    </message>
    <message>
        <source>%1-chart-%2dpi.%3</source>
        <comment>a file name</comment>
        <translation>%1-siart-%2dpi.%3</translation>
    </message>
    <message>
        <source>%1-chart.%2</source>
        <comment>a file name</comment>
        <translation>%1-siart.%2</translation>
    </message>
    <message>
        <source>Export Chart for Slides</source>
        <translation>Allforio siart ar gyfer sleidiau</translation>
    </message>
    <message>
        <source>Size in pixels, width x height (for example 1600x900 or 1280x720):</source>
        <translation>Maint mewn picseli, lled x uchder (er enghraifft 1600x900 neu 1280x720):</translation>
    </message>
    <message>
        <source>Give the size as width x height in pixels, from 200x150 to 10000x10000, for example 1600x900.</source>
        <translation>Rhowch y maint fel lled x uchder mewn picseli, o 200x150 i 10000x10000, er enghraifft 1600x900.</translation>
    </message>
    <message>
        <source>%1-chart-%2x%3.png</source>
        <comment>a file name</comment>
        <translation>%1-siart-%2x%3.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Delweddau PNG (*.png);;Lluniadau SVG (*.svg)</translation>
    </message>
    <message>
        <source>Figures as stated, or worked out per month, per £1,000 of funding or per year so that schemes compare; a strand summary can be per year.</source>
        <translation>Ffigurau fel y’u nodir, neu wedi’u cyfrifo fesul mis, fesul £1,000 o gyllid neu fesul blwyddyn fel bod modd cymharu cynlluniau; gall crynodeb llinyn fod fesul blwyddyn.</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Fesul blwyddyn</translation>
    </message>
    <message>
        <source>Export Chart &amp;Alone for Slides...</source>
        <translation>Allforio’r siart &amp;yn unig ar gyfer sleidiau...</translation>
    </message>
    <message>
        <source>Write the chart alone, without the page, as a PNG or SVG of a chosen size</source>
        <translation>Ysgrifennu’r siart yn unig, heb y dudalen, fel PNG neu SVG o faint a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>opcc::ui::ReportActions</name>
    <message>
        <source>&amp;Report of Shown Schemes...</source>
        <translation>Adroddiad ar &amp;y cynlluniau a ddangosir...</translation>
    </message>
    <message>
        <source>A document of the schemes the list shows, with their figures for a period: to preview, print or save as PDF, ODT or HTML</source>
        <translation>Dogfen o&apos;r cynlluniau a ddangosir yn y rhestr, gyda&apos;u ffigurau am gyfnod: i&apos;w rhagweld, ei hargraffu neu ei chadw fel PDF, ODT neu HTML</translation>
    </message>
    <message>
        <source>Report of Se&amp;lected Schemes...</source>
        <translation>Adroddiad ar y cynlluniau a dd&amp;ewiswyd...</translation>
    </message>
    <message>
        <source>The same report, of the schemes selected in the list</source>
        <translation>Yr un adroddiad, ar y cynlluniau a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <source>%1 strand</source>
        <translation>llinyn %1</translation>
    </message>
    <message>
        <source>provided by %1</source>
        <translation>a ddarperir gan %1</translation>
    </message>
    <message>
        <source>matching &quot;%1&quot;</source>
        <translation>yn cyfateb i &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all schemes</source>
        <translation>pob cynllun</translation>
    </message>
</context>
<context>
    <name>opcc::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Teitl yr adroddiad</translation>
    </message>
    <message>
        <source>Schemes:</source>
        <translation>Cynlluniau:</translation>
    </message>
    <message numerus="yes">
        <source>Sc&amp;hemes shown in the list (%n)</source>
        <translation>
            <numerusform>Cynlluniau a dd&amp;angosir yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a dd&amp;angosir yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a dd&amp;angosir yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a dd&amp;angosir yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a dd&amp;angosir yn y rhestr (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schemes s&amp;elected in the list (%n)</source>
        <translation>
            <numerusform>Cynlluniau a ddewis&amp;wyd yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a ddewis&amp;wyd yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a ddewis&amp;wyd yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a ddewis&amp;wyd yn y rhestr (%n)</numerusform>
            <numerusform>Cynlluniau a ddewis&amp;wyd yn y rhestr (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Cyf&amp;nod:</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Pob cyfnod</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>1 April to 31 March, written YYYY/YY</source>
        <translation>1 Ebrill i 31 Mawrth, wedi&apos;i hysgrifennu YYYY/YY</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>For &amp;release: show counts of 1 to 4 people as &quot;fewer than 5&quot;</source>
        <translation>I&apos;w &amp;ryddhau: dangos cyfrifon o 1 i 4 o bobl fel &quot;llai na 5&quot;</translation>
    </message>
    <message>
        <source>Suppresses small numbers, and what would reveal them, as published replies must (FOIA section 40(2))</source>
        <translation>Yn atal niferoedd bach, a&apos;r hyn a fyddai&apos;n eu datgelu, fel y mae&apos;n rhaid i atebion cyhoeddedig ei wneud (adran 40(2) y Ddeddf Rhyddid Gwybodaeth)</translation>
    </message>
    <message>
        <source>Include a &amp;chart of</source>
        <translation>Cynnwys &amp;siart o</translation>
    </message>
    <message>
        <source>Measure to chart</source>
        <translation>Mesur i&apos;w siartio</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Sef&amp;ydliad:</translation>
    </message>
    <message>
        <source>e.g. Office of the Police and Crime Commissioner for Cleveland</source>
        <translation>e.e. Swyddfa Comisiynydd yr Heddlu a Throseddu Cleveland</translation>
    </message>
    <message>
        <source>Protective &amp;marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>Rhagolw&amp;g...</translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation>Argra&amp;ffu...</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>Ca&amp;dw fel...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>There are no schemes to report on: show or select some in the list.</source>
        <translation>Nid oes cynlluniau i adrodd arnynt: dangoswch neu dewiswch rai yn y rhestr.</translation>
    </message>
    <message>
        <source>the schemes selected in the list</source>
        <translation>y cynlluniau a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testun OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>adroddiad</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Cannot Save Report</source>
        <translation>Methu cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Print Preview: %1 (the first %2 of %3 schemes; Print and Save As take them all)</source>
        <translation>Rhagolwg argraffu: %1 (y %2 cyntaf o %3 o gynlluniau; mae Argraffu a Cadw Fel yn eu cymryd i gyd)</translation>
    </message>
    <message>
        <source>Laying out the preview of %1 schemes...</source>
        <translation>Yn gosod rhagolwg %1 o gynlluniau...</translation>
    </message>
    <message>
        <source>Printing %1 schemes...</source>
        <translation>Yn argraffu %1 o gynlluniau...</translation>
    </message>
    <message>
        <source>Writing the report of %1 schemes...</source>
        <translation>Yn ysgrifennu adroddiad %1 o gynlluniau...</translation>
    </message>
</context>
</TS>
