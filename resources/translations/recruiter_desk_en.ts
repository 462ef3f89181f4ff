<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BoardColumnModel</name>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in stage, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%1 (happened %n times)</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 (happened %n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier error(s)</source>
        <translation>
            <numerusform>…and %n earlier error</numerusform>
            <numerusform>…and %n earlier errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDelegate</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n day in this stage&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day in this stage&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days in this stage&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CardDelegate&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n d&lt;/source&gt;
        &lt;comment&gt;days in stage, short&lt;/comment&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n d&lt;/numerusform&gt;
            &lt;numerusform&gt;%n d&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CrashDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1 (happened %n times)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 (happened %n times)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;…and %n earlier error&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;…and %n earlier error&lt;/numerusform&gt;
            &lt;numerusform&gt;…and %n earlier errors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DirectoryPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n match&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n in total&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n in total&lt;/numerusform&gt;
            &lt;numerusform&gt;%n in total&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlacementDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n day&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TodayDelegate&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;No contact for %n day</numerusform>
            <numerusform>%n days in this stage&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day in this stage&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days in this stage&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CardDelegate&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n d&lt;/source&gt;
        &lt;comment&gt;days in stage, short&lt;/comment&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n d&lt;/numerusform&gt;
            &lt;numerusform&gt;%n d&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CrashDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1 (happened %n times)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 (happened %n times)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;…and %n earlier errors&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;…and %n earlier error&lt;/numerusform&gt;
            &lt;numerusform&gt;…and %n earlier errors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DirectoryPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n matches&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n in total&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n in total&lt;/numerusform&gt;
            &lt;numerusform&gt;%n in total&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlacementDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n days&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TodayDelegate&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyDetail</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
