<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Csm::AdoptionChartView</name>
    <message numerus="yes">
        <source>Week of %1: %n active users</source>
        <translation>
            <numerusform>Week of %1: %n active user</numerusform>
            <numerusform>Week of %1: %n active users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used by %2 (%3 of the active users), %n events</source>
        <translation>
            <numerusform>%1: used by %2 (%3 of the active users), %n event</numerusform>
            <numerusform>%1: used by %2 (%3 of the active users), %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n users</source>
        <translation>
            <numerusform>%1: %n user</numerusform>
            <numerusform>%1: %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n users completed a course (%3)</source>
        <translation>
            <numerusform>%1: %2 of %n user completed a course (%3)</numerusform>
            <numerusform>%1: %2 of %n users completed a course (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::AdoptionPage</name>
    <message numerus="yes">
        <source>%1 of %n users provisioned have logged in</source>
        <translation>
            <numerusform>%1 of %n user provisioned has logged in</numerusform>
            <numerusform>%1 of %n users provisioned have logged in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n seats; target 80 %</source>
        <translation>
            <numerusform>%1 active of %n seat; target 80 %</numerusform>
            <numerusform>%1 active of %n seats; target 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n users provisioned (no seats set); target 80 %</source>
        <translation>
            <numerusform>%1 active of %n user provisioned (no seats set); target 80 %</numerusform>
            <numerusform>%1 active of %n users provisioned (no seats set); target 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excellent: %n users did %1</source>
        <translation>
            <numerusform>Excellent: %n user did %1</numerusform>
            <numerusform>Excellent: %n users did %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average (25-40 %): %n users did %1</source>
        <translation>
            <numerusform>Average (25-40 %): %n user did %1</numerusform>
            <numerusform>Average (25-40 %): %n users did %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the 25-40 % average: %n users did %1</source>
        <translation>
            <numerusform>Below the 25-40 % average: %n user did %1</numerusform>
            <numerusform>Below the 25-40 % average: %n users did %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n users on a role track</source>
        <translation>
            <numerusform>%1 of %n user on a role track</numerusform>
            <numerusform>%1 of %n users on a role track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days before the end of the range</source>
        <translation>
            <numerusform>%n day before the end of the range</numerusform>
            <numerusform>%n days before the end of the range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licensed seats</source>
        <translation>
            <numerusform>%n licensed seat</numerusform>
            <numerusform>%n licensed seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users in the data</source>
        <translation>
            <numerusform>%n user in the data</numerusform>
            <numerusform>%n users in the data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::ApplyPlaybookDialog</name>
    <message numerus="yes">
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n workstream</numerusform>
            <numerusform>%n workstreams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase gate(s)</source>
        <translation>
            <numerusform>%n phase gate</numerusform>
            <numerusform>%n phase gates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::Commands</name>
    <message numerus="yes">
        <source>Remove %n stakeholder(s)</source>
        <translation>
            <numerusform>Remove %n stakeholder</numerusform>
            <numerusform>Remove %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 and %n dependent task(s)</source>
        <translation>
            <numerusform>Move %1 and %n dependent task</numerusform>
            <numerusform>Move %1 and %n dependent tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListPanel</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::DependencyTableModel</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::ExpansionPage</name>
    <message numerus="yes">
        <source>Remove %n expansion opportunity(s)</source>
        <translation>
            <numerusform>Remove %n expansion opportunity</numerusform>
            <numerusform>Remove %n expansion opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::FirstValuePanel</name>
    <message numerus="yes">
        <source>%n business day(s) behind its baseline</source>
        <translation>
            <numerusform>%n business day behind its baseline</numerusform>
            <numerusform>%n business days behind its baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target for %1: first value within %n day(s) of signature.</source>
        <translation>
            <numerusform>Target for %1: first value within %n day of signature.</numerusform>
            <numerusform>Target for %1: first value within %n days of signature.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from today</source>
        <translation>
            <numerusform>%n day from today</numerusform>
            <numerusform>%n days from today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) late.</source>
        <translation>
            <numerusform>%1: %n day late.</numerusform>
            <numerusform>%1: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) early.</source>
        <translation>
            <numerusform>%1: %n day early.</numerusform>
            <numerusform>%1: %n days early.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::GanttChart</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 gate&lt;/b&gt;, %2&lt;br&gt;%3 of %n criteria met</source>
        <translation>
            <numerusform>&lt;b&gt;%1 gate&lt;/b&gt;, %2&lt;br&gt;%3 of %n criterion met</numerusform>
            <numerusform>&lt;b&gt;%1 gate&lt;/b&gt;, %2&lt;br&gt;%3 of %n criteria met</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::GanttModel</name>
    <message numerus="yes">
        <source>%1 to %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 to %2, %n working day</numerusform>
            <numerusform>%1 to %2, %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late by %n working day(s) against the baseline</source>
        <translation>
            <numerusform>Late by %n working day against the baseline</numerusform>
            <numerusform>Late by %n working days against the baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead of the baseline by %n working day(s)</source>
        <translation>
            <numerusform>Ahead of the baseline by %n working day</numerusform>
            <numerusform>Ahead of the baseline by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can slip %n working day(s) without delaying the plan</source>
        <translation>
            <numerusform>Can slip %n working day without delaying the plan</numerusform>
            <numerusform>Can slip %n working days without delaying the plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::GatesPanel</name>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::HandoffPage</name>
    <message numerus="yes">
        <source>Signs in %n day(s)</source>
        <translation>
            <numerusform>Signs in %n day</numerusform>
            <numerusform>Signs in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::LogsPage</name>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>Remove %n action</numerusform>
            <numerusform>Remove %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n decision(s)</source>
        <translation>
            <numerusform>Remove %n decision</numerusform>
            <numerusform>Remove %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk(s)</source>
        <translation>
            <numerusform>Remove %n risk</numerusform>
            <numerusform>Remove %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::MainWindow</name>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>Added %n sample customer.</numerusform>
            <numerusform>Added %n sample customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::NewPassphraseFields</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioMetricsView</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Business days from signature to the kickoff: the median over the %n customer(s) whose kickoff was held.</source>
        <translation>
            <numerusform>Business days from signature to the kickoff: the median over the %n customer whose kickoff was held.</numerusform>
            <numerusform>Business days from signature to the kickoff: the median over the %n customers whose kickoff was held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoffs held, of the %n customer(s) whose kickoff was held or whose kickoff deadline has passed.</source>
        <translation>
            <numerusform>Kickoffs held, of the %n customer whose kickoff was held or whose kickoff deadline has passed.</numerusform>
            <numerusform>Kickoffs held, of the %n customers whose kickoff was held or whose kickoff deadline has passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days from signature to first value: the median over the %n customer(s) who reached first value.</source>
        <translation>
            <numerusform>Days from signature to first value: the median over the %n customer who reached first value.</numerusform>
            <numerusform>Days from signature to first value: the median over the %n customers who reached first value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones done by their baseline finish, of the %n milestone(s) done that have a baseline.</source>
        <translation>
            <numerusform>Milestones done by their baseline finish, of the %n milestone done that have a baseline.</numerusform>
            <numerusform>Milestones done by their baseline finish, of the %n milestones done that have a baseline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active users over seats at the adoption checkpoint after go-live: the mean over the %n customer(s) past that checkpoint.</source>
        <translation>
            <numerusform>Active users over seats at the adoption checkpoint after go-live: the mean over the %n customer past that checkpoint.</numerusform>
            <numerusform>Active users over seats at the adoption checkpoint after go-live: the mean over the %n customers past that checkpoint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objectives achieved by the goal day, over the objectives of the %n customer(s) past that day.</source>
        <translation>
            <numerusform>Objectives achieved by the goal day, over the objectives of the %n customer past that day.</numerusform>
            <numerusform>Objectives achieved by the goal day, over the objectives of the %n customers past that day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers who graduated, of the %n customer(s) who graduated or were signed the length of an onboarding ago or more.</source>
        <translation>
            <numerusform>Customers who graduated, of the %n customer who graduated or were signed the length of an onboarding ago or more.</numerusform>
            <numerusform>Customers who graduated, of the %n customers who graduated or were signed the length of an onboarding ago or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of %n survey answer(s), on a scale from 1 to 5.</source>
        <translation>
            <numerusform>The mean of %n survey answer, on a scale from 1 to 5.</numerusform>
            <numerusform>The mean of %n survey answers, on a scale from 1 to 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoters less detractors, in points of the %n survey answer(s).</source>
        <translation>
            <numerusform>Promoters less detractors, in points of the %n survey answer.</numerusform>
            <numerusform>Promoters less detractors, in points of the %n survey answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed over %n customer(s).</source>
        <translation>
            <numerusform>Computed over %n customer.</numerusform>
            <numerusform>Computed over %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) signed</source>
        <translation>
            <numerusform>%1: %n customer signed</numerusform>
            <numerusform>%1: %n customers signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n customer</numerusform>
            <numerusform>%1: %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without first value yet</source>
        <translation>
            <numerusform>%n customer without first value yet</numerusform>
            <numerusform>%n customers without first value yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %n signature months</source>
        <translation>
            <numerusform>The last %1 of %n signature months</numerusform>
            <numerusform>The last %1 of %n signature months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioModel</name>
    <message numerus="yes">
        <source>%1 · %n customer(s)</source>
        <translation>
            <numerusform>%1 · %n customer</numerusform>
            <numerusform>%1 · %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk</source>
        <translation>
            <numerusform>, %n at risk</numerusform>
            <numerusform>, %n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bd</source>
        <translation>
            <numerusform>%n bd</numerusform>
            <numerusform>%n bd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoff held %n business day(s) after signature (target: within %1)</source>
        <translation>
            <numerusform>Kickoff held %n business day after signature (target: within %1)</numerusform>
            <numerusform>Kickoff held %n business days after signature (target: within %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoff not held yet (due within %n business day(s) of signature)</source>
        <translation>
            <numerusform>Kickoff not held yet (due within %n business day of signature)</numerusform>
            <numerusform>Kickoff not held yet (due within %n business days of signature)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First value on %1, %n day(s) after signature (target %2 days)</source>
        <translation>
            <numerusform>First value on %1, %n day after signature (target %2 days)</numerusform>
            <numerusform>First value on %1, %n days after signature (target %2 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No first value yet (target %n day(s) after signature)</source>
        <translation>
            <numerusform>No first value yet (target %n day after signature)</numerusform>
            <numerusform>No first value yet (target %n days after signature)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) finished by their baseline date (target %2)</source>
        <translation>
            <numerusform>%1 of %n milestone finished by their baseline date (target %2)</numerusform>
            <numerusform>%1 of %n milestones finished by their baseline date (target %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active %n day(s) after go-live (target %2)</source>
        <translation>
            <numerusform>%1 of the seats active %n day after go-live (target %2)</numerusform>
            <numerusform>%1 of the seats active %n days after go-live (target %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active now; measured against the target of %2 %n day(s) after go-live</source>
        <translation>
            <numerusform>%1 of the seats active now; measured against the target of %2 %n day after go-live</numerusform>
            <numerusform>%1 of the seats active now; measured against the target of %2 %n days after go-live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n objective(s) achieved (target %2 by day %3)</source>
        <translation>
            <numerusform>%1 of %n objective achieved (target %2 by day %3)</numerusform>
            <numerusform>%1 of %n objectives achieved (target %2 by day %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n answer(s) on a scale of 1 to 5 (target %1)</source>
        <translation>
            <numerusform>Average of %n answer on a scale of 1 to 5 (target %1)</numerusform>
            <numerusform>Average of %n answers on a scale of 1 to 5 (target %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n active alert</numerusform>
            <numerusform>%n active alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::ShareDialog</name>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Raw usage events (%Ln event)</numerusform>
            <numerusform>Raw usage events (%Ln events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::TakeBackDialog</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n record changed</numerusform>
            <numerusform>%n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Raw usage events (%Ln event)</numerusform>
            <numerusform>Raw usage events (%Ln events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides changed these. Choose what to keep.</source>
        <translation>
            <numerusform>%n conflict: both sides changed these. Choose what to keep.</numerusform>
            <numerusform>%n conflicts: both sides changed these. Choose what to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::TaskDetailsPanel</name>
    <message numerus="yes">
        <source>%n business day(s) late</source>
        <translation>
            <numerusform>%n business day late</numerusform>
            <numerusform>%n business days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) early</source>
        <translation>
            <numerusform>%n business day early</numerusform>
            <numerusform>%n business days early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::TimelinePage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed phase gate: %1. The customer cannot move on until its criteria are met; agree a new date or unblock them.</source>
        <translation>
            <numerusform>Missed phase gate: %1. The customer cannot move on until its criteria are met; agree a new date or unblock them.</numerusform>
            <numerusform>Missed phase gates: %1. The customer cannot move on until their criteria are met; agree new dates or unblock them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::TodayModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::ValueReviewPage</name>
    <message numerus="yes">
        <source>Remove %n value item(s)</source>
        <translation>
            <numerusform>Remove %n value item</numerusform>
            <numerusform>Remove %n value items</numerusform>
        </translation>
    </message>
</context>
</TS>
