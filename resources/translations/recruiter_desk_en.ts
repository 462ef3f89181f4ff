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
    <name>BoardSettingsDialog</name>
    <message numerus="yes">
        <source>%n card(s) have been in this stage: hide it (untick it) instead.</source>
        <translation>
            <numerusform>%n card has been in this stage: hide it (untick it) instead.</numerusform>
            <numerusform>%n cards have been in this stage: hide it (untick it) instead.</numerusform>
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
    <name>JourneyWording</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>%n more notice(s) below these</source>
        <translation>
            <numerusform>%n more notice below these</numerusform>
            <numerusform>%n more notices below these</numerusform>
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
    <name>ReminderNotices</name>
    <message numerus="yes">
        <source>%n reminder(s) became due while you were away</source>
        <translation>
            <numerusform>%n reminder became due while you were away</numerusform>
            <numerusform>%n reminders became due while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) became due while notifications were paused</source>
        <translation>
            <numerusform>%n reminder became due while notifications were paused</numerusform>
            <numerusform>%n reminders became due while notifications were paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due now</source>
        <translation>
            <numerusform>%n reminder due now</numerusform>
            <numerusform>%n reminders due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDelegate</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
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
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due later today</source>
        <translation>
            <numerusform>%n due later today</numerusform>
            <numerusform>%n due later today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacanciesController</name>
    <message numerus="yes">
        <source>%n candidate(s) of this vacancy are still open on the board. They stay there until you move them: to Placed for good, Rejected (with feedback) or Withdrawn.</source>
        <translation>
            <numerusform>%n candidate of this vacancy is still open on the board. It stays there until you move it: to Placed for good, Rejected (with feedback) or Withdrawn.</numerusform>
            <numerusform>%n candidates of this vacancy are still open on the board. They stay there until you move them: to Placed for good, Rejected (with feedback) or Withdrawn.</numerusform>
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
