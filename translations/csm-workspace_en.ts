<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Csm::AboutDialog</name>
    <message>
        <source>&amp;Copy version information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline workspace for B2B customer onboardings: from the signed contract to the customer&apos;s first real value. Every customer&apos;s onboarding file stays on this computer until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 The CSM Workspace authors. Free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ActionItem</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Adoption</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate %1 % two weeks after go-live, under %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption %1 % of seats 30 days after go-live, under %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage for %1 days (last on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage since go-live %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature adoption: %1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users of seats (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completion (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completion by role track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the users provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the core feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation event (none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active users in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users provisioned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature used in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the active users who used the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users provisioned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used core feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation (none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who completed a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly-active-users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature-adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation-funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training-completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage events, the user roster or training completions exported from the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats the customer bought; adoption is measured against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the core action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one core action that proves first value; a user who did it is activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weeks the charts show; the figures are as of the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a chart as a PNG image (also from each chart&apos;s context menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the usage events (user, time, event or feature) from the product&apos;s analytics, and if you have them the user roster with roles and the training completions. CSV and TSV files in any common encoding are read; rows already imported are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users provisioned who have logged in at least once. Under 60 % two weeks after go-live is a red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users (DAU / WAU / MAU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users active on the last day of the range, in its last 7 days and in its last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly active users against the licensed seats; the target is 80 % 30 days after go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users provisioned who did the activation event. 25-40 % is average, over 50 % excellent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active users over the last 4 weeks of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a week per active user over the last 4 weeks, with how many days a week they come back and how many features they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users on a role track (admin, end user, manager) who passed at least one course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day anyone used the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1&apos;s usage data to see who logs in, which features they use, whether they reach the activation event and how adoption compares with the seats bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no go-live date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, weekly, monthly; stickiness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activation event to count who reached first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active in the last 7 days, %2 a week in the 3 weeks before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week per active user; %1 days a week, %2 features each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before the end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::AlertSnooze</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Answer</name>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved template from this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook lays out the workstreams, tasks, milestones and phase gates of an onboarding, dated from the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has a plan already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the current workstreams, tasks and gates first; undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the template to the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for %1 customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::AttendeePickerDialog</name>
    <message>
        <source>Add kickoff attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who attends the kickoff workshop. You can give each a role in the meeting afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Cli</name>
    <message>
        <source>Print the metrics as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly series and feature use cover the N days up to the date. Default: 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption of &quot;%1&quot; as of %2 (the last %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 licensed, %2 users provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users provisioned (seats not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the day, %2 in 7 days, %3 in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (daily / monthly active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activation event chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users did &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provisioned, %2 logged in, %3 used the core feature, %4 activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active days per user per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features per active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes per user per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 weekly active users in the last 7 days, %3 a week in the 3 weeks before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate after 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption after 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training by role track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption: --days expects a number of days from 1 to 3660, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data for &quot;%1&quot; yet; import a file with csmw import-usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a customer&apos;s adoption metrics from the imported usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the adoption metrics of CUSTOMER as of today (or the date given), computed from the usage, roster and training files imported with import-usage: seats and users provisioned, login rate, daily, weekly and monthly active users, adoption rate, stickiness, activation, the funnel, feature use, frequency, depth and time in product, training completion by role track, the trend of weekly active users and the flags raised. As a summary, or as JSON with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook: high_touch, hybrid, digital, or the id or name of a saved one. Default: the one of the customer&apos;s tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAYBOOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the customer&apos;s current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved playbooks are named &quot;%2&quot;; give the id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no playbook &quot;%1&quot; in %2; there are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a plan (tasks and milestones: %2); give --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan could not be saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the playbook &quot;%1&quot; to &quot;%2&quot;: %3 workstreams, %4 tasks and milestones, %5 gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned first value: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a customer&apos;s implementation plan from a playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the implementation plan of CUSTOMER from a playbook template: workstreams, tasks and milestones with their dependencies, and phase gates with their criteria, dated from the signature date (from today without one) on business days. The default playbook is the one of the customer&apos;s tier. A customer that already has a plan keeps it unless --replace is given; then the current plan is removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version of csmw knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has integrity problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace file and show what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the workspace file, its schema version and the latest this version knows, the number of customers and stakeholders, and runs SQLite&apos;s integrity and foreign key checks. Exits with 1 when a problem is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: csmw [--workspace PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;csmw help %1&quot; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers are named &quot;%2&quot;; give the id instead (see &quot;csmw list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --as-of expects a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a customer&apos;s onboarding file as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the onboarding file of CUSTOMER (an id or an exact account name) as JSON: the customer, the stakeholders and the records of deletions. The same data always gives the same bytes. With -o, the file is replaced only once it has been written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the calendar of &quot;%1&quot; to %2 (events: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a customer&apos;s milestones, gates and meetings as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the dates of CUSTOMER&apos;s onboarding as an iCalendar (.ics) file for a calendar application: each milestone and phase gate, the kickoff workshop and the agreed check-ins, as all-day events. Each event keeps its identifier from one export to the next, so importing again updates the events instead of adding copies. With -o, the file is replaced only once it has been written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3; merging a file back into the workspace is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2 (stakeholders: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer from a JSON onboarding file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads an onboarding file written by export-json (or by the application), checks it, and adds the customer with its stakeholders to the workspace. A customer that is already in the workspace is refused: merging a file back comes later. Creates the workspace if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: usage (events, the default), roster (users and seats) or training (course completions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take FIELD (e.g. user_email) from the column named COLUMN, whatever was guessed or remembered. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read times that do not state their offset in ZONE (an IANA name such as Europe/Berlin, or UTC) and count days there. Default: the zone last used for such a file, else UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates like 03/04/2026 are read: dmy (day first) or mdy (month first). Default: as the file&apos;s first rows show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows to FILE. Default: FILE.rejects.csv beside the imported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and count what would be imported, without writing to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: --kind must be usage, roster or training, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: --map expects FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: a %1 file has no field &quot;%2&quot;; its fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: unknown time zone &quot;%1&quot;; give an IANA name such as Europe/Berlin, or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: --date-order must be dmy or mdy, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: --rejects needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-usage: --map %1=%2: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column found for %2 (%3 file); the file&apos;s columns are %4; name one with --map %5=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 for &quot;%2&quot; in %3 s (%4 rows/s); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into &quot;%2&quot; in %3 s (%4 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a usage, roster or training file into a customer&apos;s usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a CSV or TSV file exported from the product&apos;s analytics (usage events), the customer&apos;s user list (roster) or their learning system (training), checks every row and adds the new ones to the usage data of CUSTOMER, all or nothing. Rows already imported are counted as duplicates and left out; rows that fail a check are rejected and written, with the line, column and reason, to a CSV file. Which column feeds which field is taken from the last import of a file with the same columns, else guessed from the header, and set with --map. The workspace must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customers: phase, status, tier, days since signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the customers of the workspace by account name, one a line: account name, phase, status, tier, days since the contract was signed, and id. With --json, prints a JSON array of objects with the keys id, account_name, phase, status, tier, arr, currency, signature_date and days_since_signature; phase, status and tier are given by their keys, as in the onboarding file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file. Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help [COMMAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with a CSM Workspace file from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER is a customer&apos;s id or exact account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command could not be done, 2 for bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;csmw --help&quot; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the portfolio as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio of 1 customer as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio of %1 customers as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median TTFV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[snoozed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[critical]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the portfolio&apos;s metrics against their targets, and each customer&apos;s health and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints, as of today (or the date given), the portfolio&apos;s metrics against the targets set in the workspace: time to kickoff, kickoff completion, time to first value, implementation on-time rate, user adoption 30 days after go-live, goal achievement by day 90, onboarding completion, satisfaction and NPS; the time to first value by range of days and the cohorts by signature month; each customer&apos;s health with its parts and its alerts with their reasons; and what needs doing today. As a summary, or as JSON with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: value-review (day 30), ebr (day 90) or graduation. Default: value-review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to FILE; with --all, one PDF per customer into the folder FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for every customer of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as of DATE (YYYY-MM-DD), the meeting date, instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the sections listed, separated by commas: goals, first-value, adoption, value-delivered, survey, expansion, next-quarter, graduation-handover. The sections and commentary chosen in the app apply too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --kind must be value-review, ebr or graduation, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give either CUSTOMER or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: missing CUSTOMER (or --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --all needs -o FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: missing -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no section &quot;%1&quot; to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1</source>
        <translation>
            <numerusform>Wrote %n report to %1</numerusform>
            <numerusform>Wrote %n reports to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a customer&apos;s value review, EBR or graduation summary as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report CUSTOMER&apos;s CSM takes into the meeting as a PDF: the day-30 value review, the day-90 executive business review or the graduation summary. It holds the cover (customer, meeting, CSM, executive sponsor), each objective&apos;s baseline, target, actual, status and trend with a chart, time to first value against the plan and the portfolio&apos;s median, the adoption summary, and the goals and open actions ahead. With --all instead of CUSTOMER, writes one PDF per customer into the folder given with -o. A4, or Letter where the locale measures in inches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sample customers are already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample customers added to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sample portfolio to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds seven sample customers across all phases and tiers, with dates relative to today. Sample customers already in the workspace (same account name) are left as they are. Creates the workspace if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shared file to FILE (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect (export) or open (import) the file with the passphrase on the first line of F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the usage rollups only, not every raw event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve every conflict with the file&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve every conflict with the workspace&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what taking the file back would change, changing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first line is empty; it should hold the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &quot;%1&quot; as %2 (%3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflict: %1 [%2.%3]: here %4; there %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theirs and --ours exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --passphrase-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, written by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer: adding it (stakeholders: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging against the exchange of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file: %1 added, %2 changed, %3 deleted; conflicts: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: %1; nothing was changed. Choose with --theirs or --ours, or take the file back in the application to choose field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a customer&apos;s onboarding file (.onboarding) with a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes CUSTOMER (an id or an exact account name) as a shared onboarding file: an SQLite file with the customer, its records and its usage data, which another CSM Workspace takes in with import and can send back. The file is built in a temporary folder and replaces FILE only once complete. With --passphrase-file it is encrypted (XChaCha20-Poly1305, key from Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a shared onboarding file in: add the customer or merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies FILE in, checks it (application, version, integrity, foreign keys, content checksum) and takes it in: a new customer is added; a customer already here is merged record by record against the last exchange both sides know, as one undo step. A field changed on both sides is a conflict: the import stops listing them unless --theirs or --ours says which side wins. Creates the workspace if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the HTML document instead of the plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status-update: --as-of expects a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a customer&apos;s weekly status update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the weekly status update of CUSTOMER as an e-mail in the customer&apos;s language (or the one given): the overall status and whether the plan slips, what shipped in the last 7 days, what is blocked or waits on the customer, what comes in the next 7 days, the milestones with their planned and expected dates, the first-value forecast, open risks with their mitigation and open action items. Plain text with the subject and recipients first, or the HTML document with --html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded to schema %2; the file as it was is kept at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the update in LANGUAGE: en, de or fr. Default: the customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status-update: --language must be en, de or fr, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::CollapsibleSection</name>
    <message>
        <source>Show or hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Add customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save playbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove playbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the plan with playbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply playbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add opportunity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add survey response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove opportunity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove survey response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove report note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stakeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back shared file of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::CountSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CsvReader</name>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid in its encoding (%2); save the file as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Customer</name>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support escalation owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises made during the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitive concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro e-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on introductions and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the solution overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the risk discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff recap sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence after graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::CustomerForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListDelegate</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListModel</name>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, industries, owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by days since signature, longest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by ARR, largest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Database</name>
    <message>
        <source>customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a CSM Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace (schema %1; this version reads up to schema %2). Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy could not be kept before upgrading it to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating it failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading it failed (%1); the file as it was before is kept at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing record in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Decision</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task waits for the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other task waits for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::DependencyType</name>
    <message>
        <source>Finish to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::EmailDialog</name>
    <message>
        <source>Introduction e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff recap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient yet: add the kickoff attendees, with e-mail addresses, on the kickoff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in %1, the customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template in %1 yet, so it is written in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient yet: add the customer&apos;s contacts with their e-mail addresses on the handoff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the plain-text body to paste into any mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the formatted body, with a plain-text alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new message with the recipients, subject and plain-text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record today as the day this e-mail was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as HTML, with a plain-text alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered; copy the e-mail instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open potential ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expansion opportunities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each one, note its potential ARR, who speaks for it and who doubts it, and follow it from not started through exploring and proposed to won or lost. The value review report lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search opportunities, advocates, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: where the product could go next, by division, geography and use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map where %1 could use the product next: other divisions, other geographies, other use cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started, exploring or proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expansion opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Field</name>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % done, behind where it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that push the first value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first-value milestone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the milestone where the customer first gets real value (the activation event) and choose Mark as first value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value reached on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 after signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature date to count the days from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value projected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today or past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 after signature, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. No signature date to count the days from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for %1: day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pushes it out: the tasks before it are on plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed out by (select to show in the chart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::FrictionPanel</name>
    <message>
        <source>Tasks that count towards the friction score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits on %1, %2 points (doubled: overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits on %1, %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: below %1. No open task waits on the customer&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: below %1. Open tasks waiting on the customer&apos;s side count, security reviews and legal most, and double once overdue:</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Drag onto another task to make it wait for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed: due %1 and not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GanttDelegate</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GanttGrid</name>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of the year</comment>
        <translation type="unfinished"></translation>
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
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(milestone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1, progress %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical path: any delay delays the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GanttPainter</name>
    <message>
        <source>%1 gate %2</source>
        <comment>gate kind and due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <comment>gate label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates of a dragged bar</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GanttPrintout</name>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <comment>customer name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GanttView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task a day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task a day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish task a day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish task a day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases and tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GateCriterion</name>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GateKind</name>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GateTableModel</name>
    <message>
        <source>Passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Phase gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase gates yet. A gate holds the customer at the end of a phase until its criteria are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phase gate the plan does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected gate with its criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the passed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet: add what must be true to pass, such as &quot;SSO verified&quot; or &quot;first dataset validated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion, e.g. SSO verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the criterion to this gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: it was due on %1 and is not passed. Agree a new date with the customer or get the open criteria met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record today as the day this gate was passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion must be met first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the %1 gate passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the %1 gate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GraduationChecklist</name>
    <message>
        <source>Original success plan goals reviewed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through each objective: reached, missed, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goals set for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what the customer wants to reach next, for the first QBR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to the ongoing CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who takes the account over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence after graduation agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how often to meet from now on, such as monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First QBR scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date of the first quarterly business review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the graduation on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has passed; the first QBR comes after graduation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding survey collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answers in the survey section below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurable objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success plan has no objectives to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achievement %1, target above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, day %2 after signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first value date on the handoff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No go-live date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the action log is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1. Close them or hand them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close them or hand them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk in the risk log is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1. Tell the ongoing CSM about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the ongoing CSM about them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::GraduationPage</name>
    <message>
        <source>Mark as graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the customer to the Graduated phase with today as the graduation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what was done with the customer; the hand-over items follow from the fields beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the account over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. monthly, first Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graduation date is set to today when you mark the customer as graduated; change it here if it was another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before graduating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the onboarding file says about the customer&apos;s readiness, worked out from the success plan, the key dates and the logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per respondent: satisfaction with the onboarding from 1 to 5, and how likely they are to recommend us from 0 to 10. Targets: satisfaction above %1, NPS above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the answers from 1 to 5; responses without one are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent promoters (9 or 10) minus per cent detractors (0 to 6) of the answers from 0 to 10; from -100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses yet. Send the onboarding survey once the customer has reached first value, and record each answer here with Add response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction below 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has graduated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to graduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graduated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a cadence first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not worked out for this cadence; put it in your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rated satisfaction · %2 answered the NPS question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No satisfaction answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters %1 · passives %2 · detractors %3 · target: above %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to the NPS question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything on the graduation checklist is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Mark %2 as graduated anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the survey responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Handoff</name>
    <message>
        <source>Decision maker named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-to-day admin named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM owner assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction e-mail sent</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Account and contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sales learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides of the relationship. Double-click a cell to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reason recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff complete: sales has handed over everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales still owes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysEditor</name>
    <message>
        <source>&amp;Add the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off besides weekends, for every customer of this workspace. Task lengths and links count business days without them; dates already planned stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays yet. Pick a day in the calendar and add it, or double-click the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ICalendar</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners: %1 (ours), %2 (customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (first value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kickoff workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onboarding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Import</name>
    <message>
        <source>User e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportFilePage</name>
    <message>
        <source>Who did what in the product, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s users, their roles and when their seats started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who completed which course, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or TSV export from the product&apos;s analytics, its user list or the learning platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV or TSV file here, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From its columns, this looks like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the file holds; its columns do not say clearly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that feeds each field. Columns that feed no field are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For times without an offset, such as 2026-01-05 09:12. Times with “Z” or “+01:00” keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day first (31/01/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns, time zone and date order you chose for the last file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column names were recognised. Choose the column for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns matched by their names. Check them against the rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As last time. The first rows&apos; dates read either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: the first rows&apos; dates read either way. Check one against the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for this file: its dates are written year first, as in 2026-01-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name to search, for example &quot;Berlin&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportPreviewModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” feeds %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one step: all of them, or none if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported, skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s adoption metrics now include these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows from %2 were added to the customer&apos;s usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was changed in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportValidatePage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, to be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported, to be skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejects as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked. %1
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows are listed. The saved file holds them all, with their columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them to correct them in a spreadsheet: the file holds each row&apos;s columns and why it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of this file is already imported. There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported. Go back to choose other columns, or correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 valid rows and skip the %2 rejected ones, or go back to choose other columns. To keep the rejected rows, save them, correct them and import that file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are valid. Import adds %1 rows to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejects.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ImportWizard</name>
    <message>
        <source>Import usage data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Interchange</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-03-01T09:30:00.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record with this id in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace onboarding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::KickoffAttendee</name>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::KickoffPage</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it within %1 business days of signature; about 60 minutes is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from this customer&apos;s file, in the customer&apos;s language, ready to copy or open in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff recap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides, each with a role in the meeting. Double-click a role to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (our team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2-3 relationship triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One executive sponsor, two primary contacts and three power users on the customer&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each item once it is covered and note what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-onboarding qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unmet item puts the onboarding at risk at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekly, Tuesdays at 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Teams calls, shared Slack channel, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call, by name and in order, e.g. Cara Success, then Dana Lee (VP Customer Success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could derail this? Risks raised here also appear in the risk log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks raised at the kickoff yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a cadence, such as weekly, every two weeks or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date from this cadence; weekly, every two weeks, monthly or daily give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named yet: add the customer&apos;s executive sponsor on the handoff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature date yet; it is set on the handoff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet. Hold it by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kickoff date, and the %1 business days after signature ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day of signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 after signature (business day %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not within %1 business days of signature: it should be held by %2. A slow start puts the onboarding at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. The account executive introduces the CSM within 24 hours of the handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholders yet: add both sides on the handoff page, then pick the attendees here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody picked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kickoff attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove kickoff attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks raised at the kickoff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::LinkTasksDialog</name>
    <message>
        <source>Link tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish to start: the second task starts after the first one finishes. Start to start: it starts once the first one starts. Finish to finish: it finishes once the first one finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to wait after the first task, in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task that waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waits for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second task waits for the first one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::LogTable</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1 open, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the risks</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer from an onboarding file a colleague shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export customer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected customer&apos;s onboarding file to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected customer as a shared file to send by e-mail or save to a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or merge a customer&apos;s shared file a colleague sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the selected customer&apos;s usage events, user roster or training completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer&apos;s health, alerts and what needs doing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the customer whose contract was just signed, import an onboarding file a colleague shared, or explore a sample portfolio to see how CSM Workspace works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample customers are already in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.

Taking back an edited file will merge it; until then, delete the customer first to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM Workspace speaks the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::MarkdownEditor</name>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the team should know about this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Measurement</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Merge</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted with the record it belonged to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name as on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM owner *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with this name is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the CSM who owns this onboarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Objective</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveDetailPanel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, e.g. weekly admin time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adoption metric its readings can be recorded from, once the customer&apos;s usage data is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One early result the customer sees 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress from baseline to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measurement dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record from usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (measured by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the usage data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data for this customer yet: import a usage file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the usage metric this objective is measured from first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage data has no value for %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reading dated today: %1 is %2 in the usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveStatus</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::OperationalStep</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityDelegate</name>
    <message>
        <source>Potential ARR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::OptionalDateEdit</name>
    <message>
        <source>Not set (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Outcome</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::OutcomeDetailPanel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business value, e.g. reduce reporting time by 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to the customer, in their words, and how they will tell it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives yet: add one that shows, in numbers, that this outcome is being reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PassphraseDialog</name>
    <message>
        <source>Protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. Enter it to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Enter it to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the e-mail or folder the file travels by: by phone or in a chat. Without it the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Phase</name>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value realization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PhaseGate</name>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PlanTask</name>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Playbook</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the key of another task already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot come after itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a milestone can be the first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the first value already; a plan has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tasks wait on each other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a milestone has no duration; leave it out or give 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 or more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the playbook has a %1 gate already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the plan of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Portfolio</name>
    <message>
        <source>Silent stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory declared too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed phase gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker past its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage for %1 (last on %2; alert after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage since go-live %1 ago (alert after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on the plan for %1 (last change on %2; alert after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer contact named (at least %1 wanted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customer contact and no executive sponsor (at least %2 contacts wanted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customer contacts and no executive sponsor (at least %2 contacts wanted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customer contact (at least %2 wanted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customer contacts (at least %2 wanted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive sponsor named among the customer&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSM owner named and no kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSM owner named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff scheduled %1 after signature (target: within %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kickoff %1 after signature (target: within %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff held on %1 but the success plan has no objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff held on %1 but no measurable objective is confirmed (%2 in the success plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live for %1 but adoption is %2 of seats (target: %3 after %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, the oldest &quot;%2&quot; due on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gate not passed, due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not passed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; was due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; blocked for %2 without an answer (SLA: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past their SLA of %2, the oldest &quot;%3&quot; for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate %1 %2 after go-live (red flag under %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 due by now are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, but no usage data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2), login rate %3 (red flag under %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives in the success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements of the objectives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 achieved, %2 on track, %3 at risk, %4 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor %1 of 1, primary contacts %2 of 2, power users %3 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the sponsor is a skeptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with the customer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1 ago, at the kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1 ago, with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact today, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the blocker &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the kickoff (within %1 of signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to kickoff (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1, %2 of %3 within %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 kickoffs due were held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 within their tier&apos;s target, %3 not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation on-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 milestones done by their baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User adoption %1 after go-live (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achievement by day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 graduated (signed %3 ago or more, or graduated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoters %1, detractors %2, of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent stall after days without usage or plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff within business days of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned without a kickoff date after hours from signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded with fewer customer contacts than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate red flag below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate checked days after go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers answered within business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of an SLA running out business days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff completion target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value target in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value target in days, digital-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation on-time rate target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User adoption target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User adoption measured days after go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achievement target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal achievement measured on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding completion target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding expected to finish in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding satisfaction target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding NPS target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health weight of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health weight of adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health weight of the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health weight of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health weight of engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health good from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health to watch from score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioDetailPanel</name>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see its health and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer&apos;s pages (Enter or double-click in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSM owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1 active, %2 snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert: nothing in this onboarding matches a failure pattern today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until the situation changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s %1 page, where this is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the alert aside with a note; it returns when the situation changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alert as active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: go to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with first value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to first value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median TTFV (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature dates yet</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No CSM owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan forecasts it for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone with a baseline finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurable objective in the success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding survey answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (weight %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snoozed): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the contract was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days from signature to the kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from signature to first value, or the days so far without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones finished by their baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users over licensed seats, 30 days after go-live once reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives of the success plan achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average onboarding satisfaction, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score 0-100 from schedule, adoption, goals, relationship and engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alerts (snoozed ones not counted)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when alerts fire, the targets of the metrics and how health is weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, owners, industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due actions, meetings in the next 7 days and SLAs running out, across every customer. Double-click or press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today: no overdue action, no meeting this week and no SLA running out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at risk, %2 to watch, %3 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsDialog</name>
    <message>
        <source>Portfolio thresholds and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change portfolio thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsEditor</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults come from the onboarding playbooks. Changes apply to this workspace and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All weights are zero, so no customer gets a health score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1; each part counts by its share of the weights of the parts with data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults and tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the thresholds and targets of the onboarding playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the author of what you create and change, so colleagues who receive a shared file see who did what, and used to sign the e-mails you write here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages, reports and e-mail templates, with dates and numbers written as in that language. Takes effect the next time CSM Workspace starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace that opens at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The one open now is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file holds your whole portfolio. Leave it empty for the default location; a file that does not exist yet is created with a sample portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers and value items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer starts in this currency (an ISO 4217 code). A customer&apos;s first value item values hours saved at this rate, in the customer&apos;s currency; later items take the rate of the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by annual recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-touch enterprise above this ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid mid-market from this ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-touch &amp;enterprise above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid &amp;mid-market from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below that: digital-first. The tier proposed for a new customer follows its ARR; customers keep the tier they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace That Opens at Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not complete: it needs a name, an @ and a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency needs a three-letter code, such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid mid-market starts above high-touch enterprise: lower it to %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Qualification</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision maker available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer resources committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer resources committed without a role or hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer resources committed without a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer resources committed without hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive sponsor named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no executive sponsor named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::QuickWin</name>
    <message>
        <source>Set the kickoff date: the quick win should be reached 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the quick win a target date between %1 and %2, 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick win is due on %1, before the kickoff; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick win is due on %1, too soon after the kickoff to be meaningful; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick win is due on %1, too late to be quick; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one objective is marked as quick win (%1): keep one, so that the customer sees a single early result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RaiseRiskDialog</name>
    <message>
        <source>Raise a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could derail this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who watches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do to keep it from happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it escalates, e.g. no IT admin by day 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also appears in the risk log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RecordDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RejectedRowsModel</name>
    <message>
        <source>Whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the file as a spreadsheet numbers it: the header is row 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangle</name>
    <message>
        <source>no customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangleWidget</name>
    <message>
        <source>Multi-threaded: %1 customer contacts and an executive sponsor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive sponsor: %1
Primary contacts: %2
Power users: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Report</name>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (day %2 today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurable objectives have been agreed yet. Agreeing two or three goals with a baseline and a target is the first step of the next period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 achieved so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature date is recorded, so time to first value cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value was reached on %1, %2 after signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value was reached on %1 with &quot;%2&quot;, %3 after signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value is not reached yet. At the pace so far, &quot;%1&quot; is expected on %2, %3 after signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value is not reached yet, and the plan has no first-value milestone to forecast it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for the tier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product usage has been imported for this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats were active in the last 30 days (%3); usage is %4 against the three weeks before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption (active users / seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation rate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goals and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals with a later target date and no open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 a year so far: %2 hours saved a month, revenue and cost impact included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours x rate a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open opportunities worth %1 in annual recurring revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: satisfaction %2 (target above 4.5), onboarding NPS %3 (target above 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over to ongoing success management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ongoing CSM (not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From here %1 looks after %2, with a first quarterly business review on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From here %1 looks after %2; the first quarterly business review is still to be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; there is no measurement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and have reached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the target date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; you are at %2 after %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; you are at %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1 in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 out of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the commentary on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ReportNote</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Risk</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RiskLevel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::RiskStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Schedule</name>
    <message>
        <source>(unnamed task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Sentiment</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeptic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ShareCrypto</name>
    <message>
        <source>&quot;%1&quot; cannot be protected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encryption library cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written over itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed or damaged after it was protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early, part of it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a passphrase-protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was protected by a newer version of CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was protected with settings this version does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to check the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its decrypted copy %1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the customer&apos;s onboarding file for a colleague. When it comes back, take it back to merge their changes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event, so your colleague can recompute anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rollups only (smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily totals the adoption metrics read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the file travels: by phone or in a chat, not in the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;Shared Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file to a folder you share with your colleague; the workspace remembers it to notice their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file to a new e-mail in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (%2), protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved, but the workspace could not remember it as the customer&apos;s shared file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onboarding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2) to a new e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (%2); attach it to an e-mail yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be started. The file is in the folder that was just opened: attach “%1” to an e-mail yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Shared File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding files (*.onboarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Shared Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since you last saved it there, perhaps by a colleague. Replace it? To keep their changes, take the file back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Shared File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SharedFile</name>
    <message>
        <source>&quot;%1&quot; cannot be taken in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a shared onboarding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a workspace, not one customer&apos;s shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace. Please update the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say which customer it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer it names is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its checksum: it was changed or damaged on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has newer usage imports but carries their rollups only; the raw events here are kept. Ask for the file with raw usage data to take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage data here already includes everything the file carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides imported usage data the other does not have; the data here is kept. Import the other side&apos;s usage files here to combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SharingController</name>
    <message>
        <source>Take back a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared onboarding files (*.onboarding);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open it. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared file of %1 changed on disk:
%2

Take it back now? You will see what changed before anything is merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Side</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SnoozeAlertDialog</name>
    <message>
        <source>Until the &amp;situation changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the end of &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (why it can wait):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The sponsor is on leave until the 20th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert comes back as soon as the facts behind it change, whichever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Stakeholder</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderRole</name>
    <message>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-to-day project lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Status</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanDelegate</name>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanPage</name>
    <message>
        <source>Add outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick win yet: mark the objective the customer can reach 7 to 14 days after the kickoff as the quick win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joint success plan (3xO) ties what the customer wants to what both teams do to get there. Agree it at the kickoff, then measure it along the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business value the customer wants, e.g. &quot;reduce reporting time by 50 %&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable proof of each outcome: a metric with baseline, target, target date and an owner on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks that move each objective, with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kickoff date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item with everything under it (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an objective to see where it stands and to record measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a step in the list above: double-click its task, owner or due date, and tick it when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet: add a reading to see progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target reached with %1 on %2, after the target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target reached with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date %1 has passed with %2 of the way done (latest %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value should hold at %1; the latest reading is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the way on %2, %3 expected by today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the way; no target date to project against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the baseline (%1); no target date to project against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome, objective or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit baseline and target in the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponse</name>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponseDelegate</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Customer from Shared File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rollups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged against the file exchanged on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is shown as a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer: %1 will be added with %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes taken from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s usage data is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage data here is replaced by the file&apos;s, which has newer imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to take: this workspace already has everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record changes here with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking it back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer changed in this workspace while this window was open. Open the file again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Take Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::TaskDependency</name>
    <message>
        <source>Predecessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag (business days)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Select a task or milestone in the chart to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done, e.g. Configure SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our o&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the task waits for on the customer&apos;s side; it counts towards the friction score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-value milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation event: where the customer first gets real value. One per plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the team should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to other tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this task wait for another one, or another one wait for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured once a baseline is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::TaskListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Press Enter or double-click to select it in the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::TaskType</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Tier</name>
    <message>
        <source>High-touch enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid mid-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital-first</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workstream to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to the current workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone to the current workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current task, or the current workstream with its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one task wait for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current dates as the baseline that slip is measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current milestone the activation event: the customer&apos;s first real value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plan from a playbook template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off besides weekends, skipped when counting business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this plan as a playbook template for other customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly status update e-mail, written from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the milestones and gates as an iCalendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the forecast, gates and task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time one column of the chart shows (%1, %2 in the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan has workstreams with an owner on each side, tasks and milestones linked to each other, phase gates with measurable criteria, and the milestone where the customer first gets real value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plan by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plan from the %1 playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from the signature on %3: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from today, as there is no signature date yet: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstreams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstream without a customer owner counts as not started. Double-click a name or an owner to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline saved: slip is now measured against today&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline already matches the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template, as it will be offered for other customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan as the template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly status update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, in the customer&apos;s language unless you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the calendar to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::UsageImportTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already there, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::UsageImporter</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column is chosen for the required field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field “%2” is mapped to column %3, but the header has %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a workspace of this version of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s usage data is damaged (%2); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace could not be written (%2); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role %1 (expected admin, end user or manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected e.g. 2026-01-05T09:12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative duration (%1 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (expected e.g. 2026-01-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role track %1 (expected admin, end user or manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rejected rows could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must be at least one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be before the signature date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role belongs to our own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role belongs to the customer&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend is a score from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::ValueItem</name>
    <message>
        <source>Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue impact per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs saved per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Value review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day-30 value review, the day-90 executive business review or the graduation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting date: the report&apos;s figures are as of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the customer sees. Your commentary is printed after the section it belongs to; it is kept with the customer for the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer gained, in their numbers: hours saved a month at an hourly rate, and revenue or costs a year. Agree the figures with the customer before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your commentary on this section (optional), printed after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is always part of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word of introduction (optional), printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · day %2 of the onboarding on the meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the report until a value is entered below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the report until the Expansion page has an opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the report until the Graduation page has a survey response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the report until the hand-over on the Graduation page is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 a year: %2 hours saved a month, worth %3 a year; revenue %4 and costs %5 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 %3.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the value items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WaitingOn</name>
    <message>
        <source>Not waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceDimension</name>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceMap</name>
    <message>
        <source>Whitespace map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion opportunities by division, geography and use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No geography mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 potential ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeptics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential ARR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeptics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceOpportunity</name>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Workspace</name>
    <message>
        <source>deleted customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer.id: &quot;%1&quot; (%2) is already in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholders[%1].id: %2 is already a stakeholder of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2].id: %3 already belongs to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tombstones[%1].id: %2 is already recorded as deleted from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be added to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::Workstream</name>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamKind</name>
    <message>
        <source>Data migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamTableModel</name>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person on the customer&apos;s side who owns this workstream; until then it counts as not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: no customer owner named yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task of this workstream is under way or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: none of its tasks has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <comment>owner of a workstream on our side, as a short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>owner of a workstream on the customer&apos;s side, as a short column header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CSM Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline workspace for B2B customer onboardings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace file at &lt;path&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up time and peak memory at the first paint, then quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared onboarding file (.onboarding) to take back, or a JSON onboarding file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
