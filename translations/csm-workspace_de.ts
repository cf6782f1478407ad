<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Csm::AboutDialog</name>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>About CSM Workspace</source>
        <translation>Über CSM Workspace</translation>
    </message>
    <message>
        <source>CSM Workspace</source>
        <translation>CSM Workspace</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The offline workspace for B2B customer onboardings: from the signed contract to the customer&apos;s first real value. Every customer&apos;s onboarding file stays on this computer until you share it.</source>
        <translation>Der Offline-Arbeitsbereich für B2B-Kunden-Onboardings: vom unterschriebenen Vertrag bis zum ersten echten Nutzen für den Kunden. Die Onboarding-Datei jedes Kunden bleibt auf diesem Computer, bis Sie sie teilen.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The CSM Workspace authors. Free software under the MIT License.</source>
        <translation>Copyright © 2026 Die Autoren von CSM Workspace. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keiner geöffnet</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Csm::ActionItem</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Csm::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Csm::Adoption</name>
    <message>
        <source>Up</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Gleichbleibend</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>Login rate %1 % two weeks after go-live, under %2 %</source>
        <translation>Anmelderate %1 % zwei Wochen nach dem Go-live, unter %2 %</translation>
    </message>
    <message>
        <source>Adoption %1 % of seats 30 days after go-live, under %2 %</source>
        <translation>Adoption %1 % der Lizenzen 30 Tage nach dem Go-live, unter %2 %</translation>
    </message>
    <message>
        <source>No usage for %1 days (last on %2)</source>
        <translation>Seit %1 Tagen keine Nutzung (zuletzt am %2)</translation>
    </message>
    <message>
        <source>No usage since go-live %1 days ago</source>
        <translation>Keine Nutzung seit dem Go-live vor %1 Tagen</translation>
    </message>
    <message>
        <source>Feature adoption: %1 (%)</source>
        <translation>Funktionsnutzung: %1 (%)</translation>
    </message>
    <message>
        <source>Login rate (%)</source>
        <translation>Anmelderate (%)</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Monatlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Active users of seats (%)</source>
        <translation>Aktive Nutzer / Lizenzen (%)</translation>
    </message>
    <message>
        <source>Activation rate (%)</source>
        <translation>Aktivierungsrate (%)</translation>
    </message>
    <message>
        <source>Training completion (%)</source>
        <translation>Schulungsabschluss (%)</translation>
    </message>
</context>
<context>
    <name>Csm::AdoptionChartView</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endnutzer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Ohne Rollenpfad</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Funktionsnutzung</translation>
    </message>
    <message>
        <source>Activation funnel</source>
        <translation>Aktivierungstrichter</translation>
    </message>
    <message>
        <source>Training completion by role track</source>
        <translation>Schulungsabschluss nach Rollenpfad</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n active users</source>
        <translation>
            <numerusform>Woche ab %1: %n aktiver Nutzer</numerusform>
            <numerusform>Woche ab %1: %n aktive Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the licensed seats</source>
        <translation>%1 der Lizenzen</translation>
    </message>
    <message>
        <source>%1 of the users provisioned</source>
        <translation>%1 der angelegten Nutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used by %2 (%3 of the active users), %n events</source>
        <translation>
            <numerusform>%1: genutzt von %2 (%3 der aktiven Nutzer), %n Ereignis</numerusform>
            <numerusform>%1: genutzt von %2 (%3 der aktiven Nutzer), %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n Nutzer</numerusform>
            <numerusform>%n Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Used the core feature</source>
        <translation>Kernfunktion genutzt</translation>
    </message>
    <message>
        <source>Activation event (none chosen)</source>
        <translation>Aktivierungsereignis (keines gewählt)</translation>
    </message>
    <message>
        <source>Did %1</source>
        <translation>%1 ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n users</source>
        <translation>
            <numerusform>%1: %n Nutzer</numerusform>
            <numerusform>%1: %n Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>%1 des vorherigen Schritts</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n users completed a course (%3)</source>
        <translation>
            <numerusform>%1: %2 von %n Nutzer mit abgeschlossenem Kurs (%3)</numerusform>
            <numerusform>%1: %2 von %n Nutzern mit abgeschlossenem Kurs (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>No active users in this range</source>
        <translation>Keine aktiven Nutzer in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Seats (%1)</source>
        <translation>Lizenzen (%1)</translation>
    </message>
    <message>
        <source>Users provisioned (%1)</source>
        <translation>Angelegte Nutzer (%1)</translation>
    </message>
    <message>
        <source>80 % target (%1)</source>
        <translation>Ziel 80 % (%1)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>No feature used in this range</source>
        <translation>Keine Funktion in diesem Zeitraum genutzt</translation>
    </message>
    <message>
        <source>Share of the active users who used the feature</source>
        <translation>Anteil der aktiven Nutzer, die die Funktion genutzt haben</translation>
    </message>
    <message>
        <source>Share of the active users</source>
        <translation>Anteil der aktiven Nutzer</translation>
    </message>
    <message>
        <source>No users provisioned yet</source>
        <translation>Noch keine Nutzer angelegt</translation>
    </message>
    <message>
        <source>Used core feature</source>
        <translation>Kernfunktion genutzt</translation>
    </message>
    <message>
        <source>Activation (none chosen)</source>
        <translation>Aktivierung (kein Ereignis gewählt)</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation>Keine Schulungsabschlüsse importiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Users who completed a course</source>
        <translation>Nutzer mit abgeschlossenem Kurs</translation>
    </message>
    <message>
        <source>weekly-active-users</source>
        <translation>aktive-nutzer-pro-woche</translation>
    </message>
    <message>
        <source>feature-adoption</source>
        <translation>funktionsnutzung</translation>
    </message>
    <message>
        <source>activation-funnel</source>
        <translation>aktivierungstrichter</translation>
    </message>
    <message>
        <source>training-completion</source>
        <translation>schulungsabschluss</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Csm::AdoptionPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Import usage data…</source>
        <translation>Nutzungsdaten importieren…</translation>
    </message>
    <message>
        <source>Import usage events, the user roster or training completions exported from the product</source>
        <translation>Aus dem Produkt exportierte Nutzungsereignisse, Nutzerliste oder Schulungsabschlüsse importieren</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The seats the customer bought; adoption is measured against them</source>
        <translation>Die vom Kunden gekauften Lizenzen; die Adoption wird an ihnen gemessen</translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation>Aktivierungsereignis</translation>
    </message>
    <message>
        <source>Choose the core action</source>
        <translation>Kernaktion wählen</translation>
    </message>
    <message>
        <source>The one core action that proves first value; a user who did it is activated</source>
        <translation>Die eine Kernaktion, die den ersten Nutzen belegt; wer sie ausgeführt hat, gilt als aktiviert</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <source>&amp;Activation event:</source>
        <translation>&amp;Aktivierungsereignis:</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Since go-live</source>
        <translation>Seit Go-live</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>The weeks the charts show; the figures are as of the last day</source>
        <translation>Die Wochen, die die Diagramme zeigen; die Kennzahlen gelten zum letzten Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image (also from each chart&apos;s context menu)</source>
        <translation>Ein Diagramm als PNG-Bild speichern (auch über das Kontextmenü jedes Diagramms)</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>Export the usage events (user, time, event or feature) from the product&apos;s analytics, and if you have them the user roster with roles and the training completions. CSV and TSV files in any common encoding are read; rows already imported are skipped.</source>
        <translation>Exportieren Sie die Nutzungsereignisse (Nutzer, Zeit, Ereignis oder Funktion) aus der Analyse des Produkts und, falls vorhanden, die Nutzerliste mit Rollen und die Schulungsabschlüsse. CSV- und TSV-Dateien in jeder gängigen Kodierung werden gelesen; bereits importierte Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation>Anmelderate</translation>
    </message>
    <message>
        <source>Users provisioned who have logged in at least once. Under 60 % two weeks after go-live is a red flag.</source>
        <translation>Angelegte Nutzer, die sich mindestens einmal angemeldet haben. Unter 60 % zwei Wochen nach dem Go-live ist ein Warnsignal.</translation>
    </message>
    <message>
        <source>Active users (DAU / WAU / MAU)</source>
        <translation>Aktive Nutzer (DAU / WAU / MAU)</translation>
    </message>
    <message>
        <source>Users active on the last day of the range, in its last 7 days and in its last 30 days</source>
        <translation>Nutzer, die am letzten Tag des Zeitraums, in seinen letzten 7 Tagen und in seinen letzten 30 Tagen aktiv waren</translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation>Adoptionsrate</translation>
    </message>
    <message>
        <source>Monthly active users against the licensed seats; the target is 80 % 30 days after go-live</source>
        <translation>Monatlich aktive Nutzer im Verhältnis zu den Lizenzen; das Ziel sind 80 % 30 Tage nach dem Go-live</translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation>Aktivierungsrate</translation>
    </message>
    <message>
        <source>Users provisioned who did the activation event. 25-40 % is average, over 50 % excellent.</source>
        <translation>Angelegte Nutzer, die das Aktivierungsereignis ausgeführt haben. 25-40 % ist durchschnittlich, über 50 % hervorragend.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Weekly active users over the last 4 weeks of the range</source>
        <translation>Wöchentlich aktive Nutzer in den letzten 4 Wochen des Zeitraums</translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation>Zeit im Produkt</translation>
    </message>
    <message>
        <source>Minutes a week per active user over the last 4 weeks, with how many days a week they come back and how many features they use</source>
        <translation>Minuten pro Woche je aktivem Nutzer in den letzten 4 Wochen, dazu an wie vielen Tagen pro Woche sie wiederkommen und wie viele Funktionen sie nutzen</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Schulungsabschluss</translation>
    </message>
    <message>
        <source>Users on a role track (admin, end user, manager) who passed at least one course</source>
        <translation>Nutzer auf einem Rollenpfad (Admin, Endnutzer, Manager), die mindestens einen Kurs bestanden haben</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>The last day anyone used the product</source>
        <translation>Der letzte Tag, an dem jemand das Produkt genutzt hat</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Import %1&apos;s usage data to see who logs in, which features they use, whether they reach the activation event and how adoption compares with the seats bought.</source>
        <translation>Importieren Sie die Nutzungsdaten für %1, um zu sehen, wer sich anmeldet, welche Funktionen genutzt werden, ob das Aktivierungsereignis erreicht wird und wie die Adoption im Vergleich zu den gekauften Lizenzen aussieht.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>The customer has no go-live date yet</source>
        <translation>Für den Kunden ist noch kein Go-live-Datum festgelegt</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n users provisioned have logged in</source>
        <translation>
            <numerusform>%1 von %n angelegten Nutzer angemeldet</numerusform>
            <numerusform>%1 von %n angelegten Nutzern angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Noch keine Nutzer</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Daily, weekly, monthly; stickiness %1</source>
        <translation>Täglich, wöchentlich, monatlich; Stickiness %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n seats; target 80 %</source>
        <translation>
            <numerusform>%1 aktiv bei %n Lizenz; Ziel 80 %</numerusform>
            <numerusform>%1 aktiv bei %n Lizenzen; Ziel 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n users provisioned (no seats set); target 80 %</source>
        <translation>
            <numerusform>%1 aktiv von %n angelegten Nutzer (keine Lizenzen festgelegt); Ziel 80 %</numerusform>
            <numerusform>%1 aktiv von %n angelegten Nutzern (keine Lizenzen festgelegt); Ziel 80 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the licensed seats</source>
        <translation>Lizenzen festlegen</translation>
    </message>
    <message>
        <source>Choose the activation event to count who reached first value</source>
        <translation>Wählen Sie das Aktivierungsereignis, um zu zählen, wer den ersten Nutzen erreicht hat</translation>
    </message>
    <message numerus="yes">
        <source>Excellent: %n users did %1</source>
        <translation>
            <numerusform>Hervorragend: %n Nutzer hat %1 ausgeführt</numerusform>
            <numerusform>Hervorragend: %n Nutzer haben %1 ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average (25-40 %): %n users did %1</source>
        <translation>
            <numerusform>Durchschnittlich (25-40 %): %n Nutzer hat %1 ausgeführt</numerusform>
            <numerusform>Durchschnittlich (25-40 %): %n Nutzer haben %1 ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the 25-40 % average: %n users did %1</source>
        <translation>
            <numerusform>Unter dem Durchschnitt von 25-40 %: %n Nutzer hat %1 ausgeführt</numerusform>
            <numerusform>Unter dem Durchschnitt von 25-40 %: %n Nutzer haben %1 ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active in the last 7 days, %2 a week in the 3 weeks before</source>
        <translation>%1 aktiv in den letzten 7 Tagen, %2 pro Woche in den 3 Wochen davor</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A week per active user; %1 days a week, %2 features each</source>
        <translation>Pro Woche je aktivem Nutzer; %1 Tage pro Woche, je %2 Funktionen</translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation>Keine Schulungsabschlüsse importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n users on a role track</source>
        <translation>
            <numerusform>%1 von %n Nutzer mit Rollenpfad</numerusform>
            <numerusform>%1 von %n Nutzern mit Rollenpfad</numerusform>
        </translation>
    </message>
    <message>
        <source>On the last day of the range</source>
        <translation>Am letzten Tag des Zeitraums</translation>
    </message>
    <message>
        <source>The day before the end of the range</source>
        <translation>Am Tag vor dem Ende des Zeitraums</translation>
    </message>
    <message numerus="yes">
        <source>%n days before the end of the range</source>
        <translation>
            <numerusform>%n Tag vor dem Ende des Zeitraums</numerusform>
            <numerusform>%n Tage vor dem Ende des Zeitraums</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message numerus="yes">
        <source>%n licensed seats</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats not set</source>
        <translation>Lizenzen nicht festgelegt</translation>
    </message>
    <message>
        <source>Go-live %1</source>
        <translation>Go-live %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users in the data</source>
        <translation>
            <numerusform>%n Nutzer in den Daten</numerusform>
            <numerusform>%n Nutzer in den Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Daten vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Csm::AlertSnooze</name>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
</context>
<context>
    <name>Csm::Answer</name>
    <message>
        <source>Not yet known</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Csm::ApplyPlaybookDialog</name>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Apply a playbook</source>
        <translation>Playbook anwenden</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>Playbook-Vorlagen</translation>
    </message>
    <message>
        <source>(unnamed template)</source>
        <translation>(unbenannte Vorlage)</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>Delete the selected saved template from this workspace</source>
        <translation>Die ausgewählte gespeicherte Vorlage aus diesem Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>A playbook lays out the workstreams, tasks, milestones and phase gates of an onboarding, dated from the signature.</source>
        <translation>Ein Playbook legt die Arbeitspakete, Aufgaben, Meilensteine und Phasen-Gates eines Onboardings fest, datiert ab der Vertragsunterzeichnung.</translation>
    </message>
    <message>
        <source>This customer has a plan already</source>
        <translation>Dieser Kunde hat bereits einen Plan</translation>
    </message>
    <message>
        <source>&amp;Replace the current plan</source>
        <translation>Aktuellen Plan &amp;ersetzen</translation>
    </message>
    <message>
        <source>Removes the current workstreams, tasks and gates first; undo brings them back</source>
        <translation>Entfernt zuerst die aktuellen Arbeitspakete, Aufgaben und Gates; mit Rückgängig werden sie wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Add the template to the current plan</source>
        <translation>Vorlage zum aktuellen Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n Arbeitspaket</numerusform>
            <numerusform>%n Arbeitspakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase gate(s)</source>
        <translation>
            <numerusform>%n Phasen-Gate</numerusform>
            <numerusform>%n Phasen-Gates</numerusform>
        </translation>
    </message>
    <message>
        <source>Made for %1 customers.</source>
        <translation>Für Kunden im Segment %1 gedacht.</translation>
    </message>
</context>
<context>
    <name>Csm::AttendeePickerDialog</name>
    <message>
        <source>Add kickoff attendees</source>
        <translation>Kickoff-Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Tick who attends the kickoff workshop. You can give each a role in the meeting afterwards.</source>
        <translation>Markieren Sie, wer am Kickoff-Workshop teilnimmt. Jedem können Sie anschließend eine Rolle im Meeting zuweisen.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Add attendees</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation>Niemand markiert</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 markiert</translation>
    </message>
</context>
<context>
    <name>Csm::Cli</name>
    <message>
        <source>Print the metrics as JSON.</source>
        <translation>Die Kennzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The metrics as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Die Kennzahlen zum Stichtag DATE (YYYY-MM-DD) statt zu heute.</translation>
    </message>
    <message>
        <source>The weekly series and feature use cover the N days up to the date. Default: 90.</source>
        <translation>Die Wochenreihe und die Funktionsnutzung umfassen die N Tage bis zum Stichtag. Standard: 90.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Adoption of &quot;%1&quot; as of %2 (the last %3 days)</source>
        <translation>Adoption von „%1“, Stand %2 (die letzten %3 Tage)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>%1 licensed, %2 users provisioned</source>
        <translation>%1 lizenziert, %2 Nutzer angelegt</translation>
    </message>
    <message>
        <source>%1 users provisioned (seats not known)</source>
        <translation>%1 Nutzer angelegt (Lizenzen unbekannt)</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>%1 on the day, %2 in 7 days, %3 in 30 days</source>
        <translation>%1 am Tag, %2 in 7 Tagen, %3 in 30 Tagen</translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation>Adoptionsrate</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>%1 (daily / monthly active)</source>
        <translation>%1 (täglich / monatlich aktiv)</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>no activation event chosen</source>
        <translation>kein Aktivierungsereignis gewählt</translation>
    </message>
    <message>
        <source>%1 users did &quot;%2&quot; (%3)</source>
        <translation>%1 Nutzer haben „%2“ ausgeführt (%3)</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>%1 provisioned, %2 logged in, %3 used the core feature, %4 activated</source>
        <translation>%1 angelegt, %2 angemeldet, %3 haben die Kernfunktion genutzt, %4 aktiviert</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>%1 active days per user per week</source>
        <translation>%1 aktive Tage je Nutzer und Woche</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Nutzungstiefe</translation>
    </message>
    <message>
        <source>%1 features per active user</source>
        <translation>%1 Funktionen je aktivem Nutzer</translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation>Zeit im Produkt</translation>
    </message>
    <message>
        <source>%1 minutes per user per week</source>
        <translation>%1 Minuten je Nutzer und Woche</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>%1 (%2 weekly active users in the last 7 days, %3 a week in the 3 weeks before)</source>
        <translation>%1 (%2 wöchentlich aktive Nutzer in den letzten 7 Tagen, %3 pro Woche in den 3 Wochen davor)</translation>
    </message>
    <message>
        <source>Login rate after 14 days</source>
        <translation>Anmelderate nach 14 Tagen</translation>
    </message>
    <message>
        <source>Adoption after 30 days</source>
        <translation>Adoption nach 30 Tagen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>no training data</source>
        <translation>keine Schulungsdaten</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Training by role track</source>
        <translation>Schulung nach Rollenpfad</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>adoption: --days expects a number of days from 1 to 3660, not &quot;%1&quot;</source>
        <translation>adoption: --days erwartet eine Anzahl von Tagen zwischen 1 und 3660, nicht „%1“</translation>
    </message>
    <message>
        <source>No usage data for &quot;%1&quot; yet; import a file with csmw import-usage.</source>
        <translation>Noch keine Nutzungsdaten für „%1“; importieren Sie eine Datei mit csmw import-usage.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>Print a customer&apos;s adoption metrics from the imported usage data.</source>
        <translation>Die Adoptionskennzahlen eines Kunden aus den importierten Nutzungsdaten ausgeben.</translation>
    </message>
    <message>
        <source>Prints the adoption metrics of CUSTOMER as of today (or the date given), computed from the usage, roster and training files imported with import-usage: seats and users provisioned, login rate, daily, weekly and monthly active users, adoption rate, stickiness, activation, the funnel, feature use, frequency, depth and time in product, training completion by role track, the trend of weekly active users and the flags raised. As a summary, or as JSON with --json.</source>
        <translation>Gibt die Adoptionskennzahlen von CUSTOMER zum heutigen Tag (oder zum angegebenen Datum) aus, berechnet aus den mit import-usage importierten Nutzungs-, Nutzerlisten- und Schulungsdateien: Lizenzen und angelegte Nutzer, Anmelderate, täglich, wöchentlich und monatlich aktive Nutzer, Adoptionsrate, Stickiness, Aktivierung, den Trichter, Funktionsnutzung, Häufigkeit, Nutzungstiefe und Zeit im Produkt, Schulungsabschluss nach Rollenpfad, den Trend der wöchentlich aktiven Nutzer und die ausgelösten Warnsignale. Als Zusammenfassung oder mit --json als JSON.</translation>
    </message>
    <message>
        <source>The playbook: high_touch, hybrid, digital, or the id or name of a saved one. Default: the one of the customer&apos;s tier.</source>
        <translation>Das Playbook: high_touch, hybrid, digital oder die ID bzw. der Name eines gespeicherten. Standard: das des Segments des Kunden.</translation>
    </message>
    <message>
        <source>PLAYBOOK</source>
        <translation>PLAYBOOK</translation>
    </message>
    <message>
        <source>Replace the customer&apos;s current plan.</source>
        <translation>Den aktuellen Plan des Kunden ersetzen.</translation>
    </message>
    <message>
        <source>%1 saved playbooks are named &quot;%2&quot;; give the id instead</source>
        <translation>%1 gespeicherte Playbooks heißen „%2“; geben Sie stattdessen die ID an</translation>
    </message>
    <message>
        <source>no playbook &quot;%1&quot; in %2; there are %3</source>
        <translation>kein Playbook „%1“ in %2; vorhanden sind %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a plan (tasks and milestones: %2); give --replace to replace it</source>
        <translation>„%1“ hat bereits einen Plan (Aufgaben und Meilensteine: %2); geben Sie --replace an, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>the plan could not be saved to %1</source>
        <translation>der Plan konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Applied the playbook &quot;%1&quot; to &quot;%2&quot;: %3 workstreams, %4 tasks and milestones, %5 gates.</source>
        <translation>Playbook „%1“ auf „%2“ angewendet: %3 Arbeitspakete, %4 Aufgaben und Meilensteine, %5 Gates.</translation>
    </message>
    <message>
        <source>Planned first value: %1 (%2).</source>
        <translation>Geplanter erster Nutzen: %1 (%2).</translation>
    </message>
    <message>
        <source>Make a customer&apos;s implementation plan from a playbook.</source>
        <translation>Den Implementierungsplan eines Kunden aus einem Playbook erstellen.</translation>
    </message>
    <message>
        <source>Makes the implementation plan of CUSTOMER from a playbook template: workstreams, tasks and milestones with their dependencies, and phase gates with their criteria, dated from the signature date (from today without one) on business days. The default playbook is the one of the customer&apos;s tier. A customer that already has a plan keeps it unless --replace is given; then the current plan is removed first.</source>
        <translation>Erstellt den Implementierungsplan von CUSTOMER aus einer Playbook-Vorlage: Arbeitspakete, Aufgaben und Meilensteine mit ihren Abhängigkeiten sowie Phasen-Gates mit ihren Kriterien, in Arbeitstagen datiert ab dem Unterzeichnungsdatum (ohne eines ab heute). Das Standard-Playbook ist das des Segments des Kunden. Ein Kunde, der bereits einen Plan hat, behält ihn, sofern nicht --replace angegeben ist; dann wird der aktuelle Plan zuerst entfernt.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>%1 (this version of csmw knows up to %2)</source>
        <translation>%1 (diese Version von csmw kennt bis zu %2)</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <source>Stakeholders:</source>
        <translation>Stakeholder:</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Integrität:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1 has integrity problems</source>
        <translation>%1 hat Integritätsprobleme</translation>
    </message>
    <message>
        <source>Check the workspace file and show what it holds.</source>
        <translation>Die Arbeitsbereichsdatei prüfen und ihren Inhalt anzeigen.</translation>
    </message>
    <message>
        <source>Shows the workspace file, its schema version and the latest this version knows, the number of customers and stakeholders, and runs SQLite&apos;s integrity and foreign key checks. Exits with 1 when a problem is found.</source>
        <translation>Zeigt die Arbeitsbereichsdatei, ihre Schemaversion und die neueste, die diese Version kennt, die Anzahl der Kunden und Stakeholder an und führt die Integritäts- und Fremdschlüsselprüfungen von SQLite aus. Endet mit 1, wenn ein Problem gefunden wird.</translation>
    </message>
    <message>
        <source>Usage: csmw [--workspace PATH] %1</source>
        <translation>Aufruf: csmw [--workspace PATH] %1</translation>
    </message>
    <message>
        <source>Try &quot;csmw help %1&quot; for more information.</source>
        <translation>Weitere Informationen mit „csmw help %1“.</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot; in %2</source>
        <translation>kein Kunde „%1“ in %2</translation>
    </message>
    <message>
        <source>%1 customers are named &quot;%2&quot;; give the id instead (see &quot;csmw list&quot;)</source>
        <translation>%1 Kunden heißen „%2“; geben Sie stattdessen die ID an (siehe „csmw list“)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>%1: --as-of expects a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1: --as-of erwartet ein Datum als YYYY-MM-DD, nicht „%2“</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s onboarding file as JSON.</source>
        <translation>Die Onboarding-Datei eines Kunden als JSON schreiben.</translation>
    </message>
    <message>
        <source>Writes the onboarding file of CUSTOMER (an id or an exact account name) as JSON: the customer, the stakeholders and the records of deletions. The same data always gives the same bytes. With -o, the file is replaced only once it has been written completely.</source>
        <translation>Schreibt die Onboarding-Datei von CUSTOMER (eine ID oder ein exakter Accountname) als JSON: den Kunden, die Stakeholder und die Löschvermerke. Dieselben Daten ergeben immer dieselben Bytes. Mit -o wird die Datei erst ersetzt, wenn sie vollständig geschrieben ist.</translation>
    </message>
    <message>
        <source>Wrote the calendar of &quot;%1&quot; to %2 (events: %3).</source>
        <translation>Kalender von „%1“ nach %2 geschrieben (Ereignisse: %3).</translation>
    </message>
    <message>
        <source>Write a customer&apos;s milestones, gates and meetings as an iCalendar file.</source>
        <translation>Die Meilensteine, Gates und Meetings eines Kunden als iCalendar-Datei schreiben.</translation>
    </message>
    <message>
        <source>Writes the dates of CUSTOMER&apos;s onboarding as an iCalendar (.ics) file for a calendar application: each milestone and phase gate, the kickoff workshop and the agreed check-ins, as all-day events. Each event keeps its identifier from one export to the next, so importing again updates the events instead of adding copies. With -o, the file is replaced only once it has been written completely.</source>
        <translation>Schreibt die Termine des Onboardings von CUSTOMER als iCalendar-Datei (.ics) für eine Kalenderanwendung: jeden Meilenstein und jedes Phasen-Gate, den Kickoff-Workshop und die vereinbarten Check-ins, als ganztägige Ereignisse. Jedes Ereignis behält seine Kennung von einem Export zum nächsten, sodass ein erneuter Import die Ereignisse aktualisiert, statt Kopien hinzuzufügen. Mit -o wird die Datei erst ersetzt, wenn sie vollständig geschrieben ist.</translation>
    </message>
    <message>
        <source>%1: %2 in %3; merging a file back into the workspace is not supported yet</source>
        <translation>%1: %2 in %3; das Zusammenführen einer Datei zurück in den Arbeitsbereich wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2 (stakeholders: %3).</source>
        <translation>„%1“ aus %2 importiert (Stakeholder: %3).</translation>
    </message>
    <message>
        <source>Add a customer from a JSON onboarding file.</source>
        <translation>Einen Kunden aus einer JSON-Onboarding-Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Reads an onboarding file written by export-json (or by the application), checks it, and adds the customer with its stakeholders to the workspace. A customer that is already in the workspace is refused: merging a file back comes later. Creates the workspace if there is none.</source>
        <translation>Liest eine von export-json (oder von der Anwendung) geschriebene Onboarding-Datei, prüft sie und fügt den Kunden mit seinen Stakeholdern dem Arbeitsbereich hinzu. Ein Kunde, der bereits im Arbeitsbereich ist, wird abgelehnt: Das Zusammenführen einer Datei folgt später. Legt den Arbeitsbereich an, falls keiner existiert.</translation>
    </message>
    <message>
        <source>What the file holds: usage (events, the default), roster (users and seats) or training (course completions).</source>
        <translation>Was die Datei enthält: usage (Ereignisse, der Standard), roster (Nutzer und Lizenzen) oder training (Kursabschlüsse).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Take FIELD (e.g. user_email) from the column named COLUMN, whatever was guessed or remembered. May be repeated.</source>
        <translation>FIELD (z. B. user_email) aus der Spalte COLUMN übernehmen, unabhängig davon, was erkannt oder gespeichert wurde. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Read times that do not state their offset in ZONE (an IANA name such as Europe/Berlin, or UTC) and count days there. Default: the zone last used for such a file, else UTC.</source>
        <translation>Zeiten ohne Angabe ihres Offsets in ZONE lesen (ein IANA-Name wie Europe/Berlin oder UTC) und dort die Tage zählen. Standard: die zuletzt für eine solche Datei verwendete Zone, sonst UTC.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>How dates like 03/04/2026 are read: dmy (day first) or mdy (month first). Default: as the file&apos;s first rows show.</source>
        <translation>Wie Datumsangaben wie 03/04/2026 gelesen werden: dmy (Tag zuerst) oder mdy (Monat zuerst). Standard: wie es die ersten Zeilen der Datei zeigen.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Write the rejected rows to FILE. Default: FILE.rejects.csv beside the imported file.</source>
        <translation>Die abgelehnten Zeilen in FILE schreiben. Standard: FILE.rejects.csv neben der importierten Datei.</translation>
    </message>
    <message>
        <source>Check every row and count what would be imported, without writing to the workspace.</source>
        <translation>Jede Zeile prüfen und zählen, was importiert würde, ohne in den Arbeitsbereich zu schreiben.</translation>
    </message>
    <message>
        <source>import-usage: --kind must be usage, roster or training, not &quot;%1&quot;</source>
        <translation>import-usage: --kind muss usage, roster oder training sein, nicht „%1“</translation>
    </message>
    <message>
        <source>import-usage: --map expects FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation>import-usage: --map erwartet FIELD=COLUMN, nicht „%1“</translation>
    </message>
    <message>
        <source>import-usage: a %1 file has no field &quot;%2&quot;; its fields are %3</source>
        <translation>import-usage: eine %1-Datei hat kein Feld „%2“; ihre Felder sind %3</translation>
    </message>
    <message>
        <source>import-usage: unknown time zone &quot;%1&quot;; give an IANA name such as Europe/Berlin, or UTC</source>
        <translation>import-usage: unbekannte Zeitzone „%1“; geben Sie einen IANA-Namen wie Europe/Berlin oder UTC an</translation>
    </message>
    <message>
        <source>import-usage: --date-order must be dmy or mdy, not &quot;%1&quot;</source>
        <translation>import-usage: --date-order muss dmy oder mdy sein, nicht „%1“</translation>
    </message>
    <message>
        <source>import-usage: --rejects needs a file name</source>
        <translation>import-usage: --rejects benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>import-usage: --map %1=%2: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>import-usage: --map %1=%2: die Datei hat keine Spalte „%2“; ihre Spalten sind %3</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>%1: no column found for %2 (%3 file); the file&apos;s columns are %4; name one with --map %5=COLUMN</source>
        <translation>%1: keine Spalte für %2 gefunden (%3-Datei); die Spalten der Datei sind %4; benennen Sie eine mit --map %5=COLUMN</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: nicht importiert</translation>
    </message>
    <message>
        <source>Checked %1 for &quot;%2&quot; in %3 s (%4 rows/s); nothing was written.</source>
        <translation>%1 für „%2“ in %3 s geprüft (%4 Zeilen/s); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 into &quot;%2&quot; in %3 s (%4 rows/s).</source>
        <translation>%1 in „%2“ importiert in %3 s (%4 Zeilen/s).</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>New rows:</source>
        <translation>Neue Zeilen:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: %1</source>
        <translation>Abgelehnte Zeilen, jeweils mit Grund: %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1: Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <source>Import a usage, roster or training file into a customer&apos;s usage data.</source>
        <translation>Eine Nutzungs-, Nutzerlisten- oder Schulungsdatei in die Nutzungsdaten eines Kunden importieren.</translation>
    </message>
    <message>
        <source>Reads a CSV or TSV file exported from the product&apos;s analytics (usage events), the customer&apos;s user list (roster) or their learning system (training), checks every row and adds the new ones to the usage data of CUSTOMER, all or nothing. Rows already imported are counted as duplicates and left out; rows that fail a check are rejected and written, with the line, column and reason, to a CSV file. Which column feeds which field is taken from the last import of a file with the same columns, else guessed from the header, and set with --map. The workspace must exist.</source>
        <translation>Liest eine CSV- oder TSV-Datei, exportiert aus der Analyse des Produkts (Nutzungsereignisse), der Nutzerliste des Kunden (roster) oder seinem Lernsystem (training), prüft jede Zeile und fügt die neuen den Nutzungsdaten von CUSTOMER hinzu, alle oder keine. Bereits importierte Zeilen werden als Duplikate gezählt und ausgelassen; Zeilen, die eine Prüfung nicht bestehen, werden abgelehnt und mit Zeile, Spalte und Grund in eine CSV-Datei geschrieben. Welche Spalte welches Feld speist, wird aus dem letzten Import einer Datei mit denselben Spalten übernommen, sonst aus der Kopfzeile erraten, und lässt sich mit --map festlegen. Der Arbeitsbereich muss existieren.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No customers in %1 yet.</source>
        <translation>Noch keine Kunden in %1.</translation>
    </message>
    <message>
        <source>List the customers: phase, status, tier, days since signature.</source>
        <translation>Die Kunden auflisten: Phase, Status, Segment, Tage seit Unterzeichnung.</translation>
    </message>
    <message>
        <source>Lists the customers of the workspace by account name, one a line: account name, phase, status, tier, days since the contract was signed, and id. With --json, prints a JSON array of objects with the keys id, account_name, phase, status, tier, arr, currency, signature_date and days_since_signature; phase, status and tier are given by their keys, as in the onboarding file format.</source>
        <translation>Listet die Kunden des Arbeitsbereichs nach Accountname auf, einen pro Zeile: Accountname, Phase, Status, Segment, Tage seit Vertragsunterzeichnung und ID. Mit --json wird ein JSON-Array von Objekten mit den Schlüsseln id, account_name, phase, status, tier, arr, currency, signature_date und days_since_signature ausgegeben; phase, status und tier werden durch ihre Schlüssel angegeben, wie im Format der Onboarding-Datei.</translation>
    </message>
    <message>
        <source>The workspace file. Default: %1</source>
        <translation>Die Arbeitsbereichsdatei. Standard: %1</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [COMMAND]</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Diese Hilfe oder die eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Works with a CSM Workspace file from the command line.</source>
        <translation>Arbeitet über die Befehlszeile mit einer CSM Workspace-Datei.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>CUSTOMER is a customer&apos;s id or exact account name.</source>
        <translation>CUSTOMER ist die ID oder der exakte Accountname eines Kunden.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command could not be done, 2 for bad usage.</source>
        <translation>Exit-Status: 0 bei Erfolg, 1, wenn der Befehl nicht ausgeführt werden konnte, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Try &quot;csmw --help&quot; for more information.</source>
        <translation>Weitere Informationen mit „csmw --help“.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help akzeptiert höchstens einen Befehl</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>--workspace needs a path</source>
        <translation>--workspace benötigt einen Pfad</translation>
    </message>
    <message>
        <source>Print the portfolio as JSON.</source>
        <translation>Das Portfolio als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The portfolio as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Das Portfolio zum Stichtag DATE (YYYY-MM-DD) statt zu heute.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>nicht im Ziel</translation>
    </message>
    <message>
        <source>Portfolio of 1 customer as of %1</source>
        <translation>Portfolio mit 1 Kunden, Stand %1</translation>
    </message>
    <message>
        <source>Portfolio of %1 customers as of %2</source>
        <translation>Portfolio mit %1 Kunden, Stand %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Zeit bis zum ersten Nutzen</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation>Kohorten nach Unterzeichnungsmonat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>With first value</source>
        <translation>Mit erstem Nutzen</translation>
    </message>
    <message>
        <source>Median TTFV</source>
        <translation>Median TTFV</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>health %1 (%2)</source>
        <translation>Health Score %1 (%2)</translation>
    </message>
    <message>
        <source>health not known</source>
        <translation>Health Score unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1 keine Daten</translation>
    </message>
    <message>
        <source>[snoozed]</source>
        <translation>[zurückgestellt]</translation>
    </message>
    <message>
        <source>[critical]</source>
        <translation>[kritisch]</translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation>[Warnung]</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Print the portfolio&apos;s metrics against their targets, and each customer&apos;s health and alerts.</source>
        <translation>Die Kennzahlen des Portfolios im Vergleich zu ihren Zielen sowie Health Score und Warnungen jedes Kunden ausgeben.</translation>
    </message>
    <message>
        <source>Prints, as of today (or the date given), the portfolio&apos;s metrics against the targets set in the workspace: time to kickoff, kickoff completion, time to first value, implementation on-time rate, user adoption 30 days after go-live, goal achievement by day 90, onboarding completion, satisfaction and NPS; the time to first value by range of days and the cohorts by signature month; each customer&apos;s health with its parts and its alerts with their reasons; and what needs doing today. As a summary, or as JSON with --json.</source>
        <translation>Gibt zum heutigen Tag (oder zum angegebenen Datum) die Kennzahlen des Portfolios im Vergleich zu den im Arbeitsbereich festgelegten Zielen aus: Zeit bis zum Kickoff, Kickoff-Abschlussrate, Zeit bis zum ersten Nutzen, pünktliche Implementierung, Nutzeradoption 30 Tage nach dem Go-live, Zielerreichung bis Tag 90, Onboarding-Abschluss, Zufriedenheit und NPS; die Zeit bis zum ersten Nutzen nach Tagesbereichen und die Kohorten nach Unterzeichnungsmonat; den Health Score jedes Kunden mit seinen Bestandteilen und seine Warnungen mit ihren Gründen; und was heute zu tun ist. Als Zusammenfassung oder mit --json als JSON.</translation>
    </message>
    <message>
        <source>The report: value-review (day 30), ebr (day 90) or graduation. Default: value-review.</source>
        <translation>Der Bericht: value-review (Tag 30), ebr (Tag 90) oder graduation. Standard: value-review.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE; with --all, one PDF per customer into the folder FOLDER.</source>
        <translation>Das PDF in FILE schreiben; mit --all ein PDF pro Kunde in den Ordner FOLDER.</translation>
    </message>
    <message>
        <source>A report for every customer of the workspace.</source>
        <translation>Ein Bericht für jeden Kunden des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The report as of DATE (YYYY-MM-DD), the meeting date, instead of today.</source>
        <translation>Der Bericht zum Stichtag DATE (YYYY-MM-DD), dem Meetingdatum, statt zu heute.</translation>
    </message>
    <message>
        <source>Leave out the sections listed, separated by commas: goals, first-value, adoption, value-delivered, survey, expansion, next-quarter, graduation-handover. The sections and commentary chosen in the app apply too.</source>
        <translation>Die aufgeführten Abschnitte auslassen, durch Kommas getrennt: goals, first-value, adoption, value-delivered, survey, expansion, next-quarter, graduation-handover. Die in der Anwendung gewählten Abschnitte und Kommentare gelten ebenfalls.</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>SECTIONS</translation>
    </message>
    <message>
        <source>report: --kind must be value-review, ebr or graduation, not &quot;%1&quot;</source>
        <translation>report: --kind muss value-review, ebr oder graduation sein, nicht „%1“</translation>
    </message>
    <message>
        <source>report: give either CUSTOMER or --all, not both</source>
        <translation>report: geben Sie entweder CUSTOMER oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>report: missing CUSTOMER (or --all)</source>
        <translation>report: CUSTOMER (oder --all) fehlt</translation>
    </message>
    <message>
        <source>report: --all needs -o FOLDER</source>
        <translation>report: --all benötigt -o FOLDER</translation>
    </message>
    <message>
        <source>report: missing -o FILE</source>
        <translation>report: -o FILE fehlt</translation>
    </message>
    <message>
        <source>report: no section &quot;%1&quot; to leave out</source>
        <translation>report: kein Abschnitt „%1“ zum Auslassen</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1</source>
        <translation>
            <numerusform>%n Bericht nach %1 geschrieben</numerusform>
            <numerusform>%n Berichte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a customer&apos;s value review, EBR or graduation summary as a PDF.</source>
        <translation>Value Review, EBR oder Graduation-Zusammenfassung eines Kunden als PDF schreiben.</translation>
    </message>
    <message>
        <source>Writes the report CUSTOMER&apos;s CSM takes into the meeting as a PDF: the day-30 value review, the day-90 executive business review or the graduation summary. It holds the cover (customer, meeting, CSM, executive sponsor), each objective&apos;s baseline, target, actual, status and trend with a chart, time to first value against the plan and the portfolio&apos;s median, the adoption summary, and the goals and open actions ahead. With --all instead of CUSTOMER, writes one PDF per customer into the folder given with -o. A4, or Letter where the locale measures in inches.</source>
        <translation>Schreibt den Bericht, den der CSM von CUSTOMER ins Meeting mitnimmt, als PDF: das Value Review an Tag 30, das Executive Business Review an Tag 90 oder die Graduation-Zusammenfassung. Er enthält das Deckblatt (Kunde, Meeting, CSM, Executive Sponsor), für jedes Ziel Ausgangswert, Zielwert, Istwert, Status und Trend mit einem Diagramm, die Zeit bis zum ersten Nutzen im Vergleich zum Plan und zum Median des Portfolios, die Adoptionsübersicht sowie die anstehenden Ziele und offenen Aufgaben. Mit --all statt CUSTOMER wird ein PDF pro Kunde in den mit -o angegebenen Ordner geschrieben. A4 oder Letter, wo das Gebietsschema in Zoll misst.</translation>
    </message>
    <message>
        <source>All sample customers are already in %1.</source>
        <translation>Alle Beispielkunden sind bereits in %1.</translation>
    </message>
    <message>
        <source>Sample customers added to %1: %2.</source>
        <translation>Beispielkunden zu %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Add the sample portfolio to the workspace.</source>
        <translation>Das Beispielportfolio zum Arbeitsbereich hinzufügen.</translation>
    </message>
    <message>
        <source>Adds seven sample customers across all phases and tiers, with dates relative to today. Sample customers already in the workspace (same account name) are left as they are. Creates the workspace if there is none.</source>
        <translation>Fügt sieben Beispielkunden über alle Phasen und Segmente hinzu, mit Daten relativ zu heute. Beispielkunden, die bereits im Arbeitsbereich sind (gleicher Accountname), bleiben unverändert. Legt den Arbeitsbereich an, falls keiner existiert.</translation>
    </message>
    <message>
        <source>Write the shared file to FILE (required).</source>
        <translation>Die geteilte Datei in FILE schreiben (erforderlich).</translation>
    </message>
    <message>
        <source>Protect (export) or open (import) the file with the passphrase on the first line of F.</source>
        <translation>Die Datei mit der Passphrase aus der ersten Zeile von F schützen (export) oder öffnen (import).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Carry the usage rollups only, not every raw event.</source>
        <translation>Nur die Nutzungszusammenfassungen übertragen, nicht jedes Rohereignis.</translation>
    </message>
    <message>
        <source>Resolve every conflict with the file&apos;s value.</source>
        <translation>Jeden Konflikt mit dem Wert der Datei auflösen.</translation>
    </message>
    <message>
        <source>Resolve every conflict with the workspace&apos;s value.</source>
        <translation>Jeden Konflikt mit dem Wert des Arbeitsbereichs auflösen.</translation>
    </message>
    <message>
        <source>Show what taking the file back would change, changing nothing.</source>
        <translation>Anzeigen, was das Zurücknehmen der Datei ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>%1: the first line is empty; it should hold the passphrase</source>
        <translation>%1: die erste Zeile ist leer; sie sollte die Passphrase enthalten</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Shared &quot;%1&quot; as %2 (%3%4).</source>
        <translation>„%1“ als %2 geteilt (%3%4).</translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation>, durch eine Passphrase geschützt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>  conflict: %1 [%2.%3]: here %4; there %5</source>
        <translation>  Konflikt: %1 [%2.%3]: hier %4; dort %5</translation>
    </message>
    <message>
        <source>--theirs and --ours exclude each other</source>
        <translation>--theirs und --ours schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file F.</source>
        <translation>Geben Sie sie mit --passphrase-file F an.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, written by %3 on %4.</source>
        <translation>%1: „%2“, geschrieben von %3 am %4.</translation>
    </message>
    <message>
        <source>A new customer: adding it (stakeholders: %1).</source>
        <translation>Ein neuer Kunde: wird hinzugefügt (Stakeholder: %1).</translation>
    </message>
    <message>
        <source>Merging against the exchange of %1.</source>
        <translation>Zusammenführung auf Basis des Austauschs vom %1.</translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is a conflict.</source>
        <translation>Von hier noch nie ausgetauscht: Jeder Unterschied ist ein Konflikt.</translation>
    </message>
    <message>
        <source>From the file: %1 added, %2 changed, %3 deleted; conflicts: %4.</source>
        <translation>Aus der Datei: %1 hinzugefügt, %2 geändert, %3 gelöscht; Konflikte: %4.</translation>
    </message>
    <message>
        <source>conflicts: %1; nothing was changed. Choose with --theirs or --ours, or take the file back in the application to choose field by field.</source>
        <translation>Konflikte: %1; nichts wurde geändert. Wählen Sie mit --theirs oder --ours, oder nehmen Sie die Datei in der Anwendung zurück, um Feld für Feld zu wählen.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Took back &quot;%1&quot;.</source>
        <translation>„%1“ zurückgenommen.</translation>
    </message>
    <message>
        <source>Share a customer&apos;s onboarding file (.onboarding) with a colleague.</source>
        <translation>Die Onboarding-Datei (.onboarding) eines Kunden mit einem Kollegen teilen.</translation>
    </message>
    <message>
        <source>Writes CUSTOMER (an id or an exact account name) as a shared onboarding file: an SQLite file with the customer, its records and its usage data, which another CSM Workspace takes in with import and can send back. The file is built in a temporary folder and replaces FILE only once complete. With --passphrase-file it is encrypted (XChaCha20-Poly1305, key from Argon2id).</source>
        <translation>Schreibt CUSTOMER (eine ID oder ein exakter Accountname) als geteilte Onboarding-Datei: eine SQLite-Datei mit dem Kunden, seinen Datensätzen und seinen Nutzungsdaten, die ein anderer CSM Workspace mit import übernimmt und zurücksenden kann. Die Datei wird in einem temporären Ordner erstellt und ersetzt FILE erst, wenn sie vollständig ist. Mit --passphrase-file wird sie verschlüsselt (XChaCha20-Poly1305, Schlüssel aus Argon2id).</translation>
    </message>
    <message>
        <source>Take a shared onboarding file in: add the customer or merge it.</source>
        <translation>Eine geteilte Onboarding-Datei übernehmen: den Kunden hinzufügen oder zusammenführen.</translation>
    </message>
    <message>
        <source>Copies FILE in, checks it (application, version, integrity, foreign keys, content checksum) and takes it in: a new customer is added; a customer already here is merged record by record against the last exchange both sides know, as one undo step. A field changed on both sides is a conflict: the import stops listing them unless --theirs or --ours says which side wins. Creates the workspace if there is none.</source>
        <translation>Kopiert FILE, prüft sie (Anwendung, Version, Integrität, Fremdschlüssel, Inhaltsprüfsumme) und übernimmt sie: Ein neuer Kunde wird hinzugefügt; ein bereits vorhandener Kunde wird Datensatz für Datensatz auf Basis des letzten Austauschs, den beide Seiten kennen, zusammengeführt, als ein Rückgängig-Schritt. Ein auf beiden Seiten geändertes Feld ist ein Konflikt: Der Import bricht ab und listet die Konflikte auf, sofern nicht --theirs oder --ours angibt, welche Seite gewinnt. Legt den Arbeitsbereich an, falls keiner existiert.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Print the HTML document instead of the plain text.</source>
        <translation>Das HTML-Dokument statt des reinen Texts ausgeben.</translation>
    </message>
    <message>
        <source>The update as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Das Update zum Stichtag DATE (YYYY-MM-DD) statt zu heute.</translation>
    </message>
    <message>
        <source>status-update: --as-of expects a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>status-update: --as-of erwartet ein Datum als YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Print a customer&apos;s weekly status update.</source>
        <translation>Das wöchentliche Status-Update eines Kunden ausgeben.</translation>
    </message>
    <message>
        <source>Prints the weekly status update of CUSTOMER as an e-mail in the customer&apos;s language (or the one given): the overall status and whether the plan slips, what shipped in the last 7 days, what is blocked or waits on the customer, what comes in the next 7 days, the milestones with their planned and expected dates, the first-value forecast, open risks with their mitigation and open action items. Plain text with the subject and recipients first, or the HTML document with --html.</source>
        <translation>Gibt das wöchentliche Status-Update von CUSTOMER als E-Mail in der Sprache des Kunden (oder der angegebenen) aus: den Gesamtstatus und ob sich der Plan verschiebt, was in den letzten 7 Tagen geliefert wurde, was blockiert ist oder auf den Kunden wartet, was in den nächsten 7 Tagen ansteht, die Meilensteine mit ihren geplanten und erwarteten Terminen, die Prognose zum ersten Nutzen, offene Risiken mit ihren Gegenmaßnahmen und offene Aufgaben. Reiner Text mit Betreff und Empfängern zuerst oder mit --html das HTML-Dokument.</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation>kein Arbeitsbereich unter %1</translation>
    </message>
    <message>
        <source>%1 was upgraded to schema %2; the file as it was is kept at %3</source>
        <translation>%1 wurde auf Schema %2 aktualisiert; die Datei im ursprünglichen Zustand liegt unter %3</translation>
    </message>
    <message>
        <source>Write the update in LANGUAGE: en, de or fr. Default: the customer&apos;s language.</source>
        <translation>Schreibt den Bericht in LANGUAGE: en, de oder fr. Standard: die Sprache des Kunden.</translation>
    </message>
    <message>
        <source>status-update: --language must be en, de or fr, not &quot;%1&quot;</source>
        <translation>status-update: --language muss en, de oder fr sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Csm::CollapsibleSection</name>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Ausgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
</context>
<context>
    <name>Csm::Commands</name>
    <message>
        <source>Add customer %1</source>
        <translation>Kunde %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Stakeholder hinzufügen</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Stakeholder %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Save playbook %1</source>
        <translation>Playbook %1 speichern</translation>
    </message>
    <message>
        <source>Remove playbook %1</source>
        <translation>Playbook %1 entfernen</translation>
    </message>
    <message>
        <source>Replace the plan with playbook %1</source>
        <translation>Plan durch Playbook %1 ersetzen</translation>
    </message>
    <message>
        <source>Apply playbook %1</source>
        <translation>Playbook %1 anwenden</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Ergebnis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Ziel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add measurement %1</source>
        <translation>Messwert %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add attendee %1</source>
        <translation>Teilnehmer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add decision %1</source>
        <translation>Entscheidung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Risiko %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add workstream %1</source>
        <translation>Arbeitspaket %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add dependency %1</source>
        <translation>Abhängigkeit %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add gate %1</source>
        <translation>Gate %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Kriterium %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add opportunity %1</source>
        <translation>Chance %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add survey response %1</source>
        <translation>Umfrageantwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add value item %1</source>
        <translation>Wertposten %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add report note %1</source>
        <translation>Berichtsnotiz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Snooze alert %1</source>
        <translation>Warnung %1 zurückstellen</translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation>Ergebnis %1 entfernen</translation>
    </message>
    <message>
        <source>Remove objective %1</source>
        <translation>Ziel %1 entfernen</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>Remove measurement %1</source>
        <translation>Messwert %1 entfernen</translation>
    </message>
    <message>
        <source>Remove attendee %1</source>
        <translation>Teilnehmer %1 entfernen</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation>Entscheidung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation>Risiko %1 entfernen</translation>
    </message>
    <message>
        <source>Remove workstream %1</source>
        <translation>Arbeitspaket %1 entfernen</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Aufgabe %1 entfernen</translation>
    </message>
    <message>
        <source>Remove dependency %1</source>
        <translation>Abhängigkeit %1 entfernen</translation>
    </message>
    <message>
        <source>Remove gate %1</source>
        <translation>Gate %1 entfernen</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Kriterium %1 entfernen</translation>
    </message>
    <message>
        <source>Remove opportunity %1</source>
        <translation>Chance %1 entfernen</translation>
    </message>
    <message>
        <source>Remove survey response %1</source>
        <translation>Umfrageantwort %1 entfernen</translation>
    </message>
    <message>
        <source>Remove value item %1</source>
        <translation>Wertposten %1 entfernen</translation>
    </message>
    <message>
        <source>Remove report note %1</source>
        <translation>Berichtsnotiz %1 entfernen</translation>
    </message>
    <message>
        <source>Bring back alert %1</source>
        <translation>Warnung %1 zurückholen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stakeholder(s)</source>
        <translation>
            <numerusform>%n Stakeholder entfernen</numerusform>
            <numerusform>%n Stakeholder entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Kunde %1 löschen</translation>
    </message>
    <message>
        <source>Remove stakeholder %1</source>
        <translation>Stakeholder %1 entfernen</translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation>Beispielportfolio hinzufügen</translation>
    </message>
    <message>
        <source>Take back shared file of %1</source>
        <translation>Geteilte Datei von %1 zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 and %n dependent task(s)</source>
        <translation>
            <numerusform>%1 und %n abhängige Aufgabe verschieben</numerusform>
            <numerusform>%1 und %n abhängige Aufgaben verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CountSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CsvReader</name>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation>dies ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>line %1: the text is not valid in its encoding (%2); save the file as UTF-8 and try again</source>
        <translation>Zeile %1: Der Text ist in seiner Kodierung (%2) nicht gültig; speichern Sie die Datei als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>Zeile %1, Feld %2: Text nach dem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Csm::Customer</name>
    <message>
        <source>Account name</source>
        <translation>Accountname</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Products and plan</source>
        <translation>Produkte und Tarif</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation>Verantwortlicher CSM</translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation>Verantwortlich für Implementierung</translation>
    </message>
    <message>
        <source>Support escalation owner</source>
        <translation>Verantwortlich für Support-Eskalationen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation>Primärer Anwendungsfall</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Competitor replaced</source>
        <translation>Abgelöster Wettbewerber</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Warum sie uns gewählt haben</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>Kommunikationsstil</translation>
    </message>
    <message>
        <source>Promises made during the sale</source>
        <translation>Zusagen im Vertrieb</translation>
    </message>
    <message>
        <source>Competitive concerns</source>
        <translation>Bedenken zum Wettbewerb</translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation>Übergabe-Meeting</translation>
    </message>
    <message>
        <source>Intro e-mail sent</source>
        <translation>Vorstellungs-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Nutzen</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Introductions and roles</source>
        <translation>Vorstellung und Rollen</translation>
    </message>
    <message>
        <source>Notes on introductions and roles</source>
        <translation>Notizen zu Vorstellung und Rollen</translation>
    </message>
    <message>
        <source>Success criteria confirmed</source>
        <translation>Erfolgskriterien bestätigt</translation>
    </message>
    <message>
        <source>Notes on success criteria</source>
        <translation>Notizen zu den Erfolgskriterien</translation>
    </message>
    <message>
        <source>Solution overview</source>
        <translation>Lösungsüberblick</translation>
    </message>
    <message>
        <source>Notes on the solution overview</source>
        <translation>Notizen zum Lösungsüberblick</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>Notes on the implementation plan</source>
        <translation>Notizen zum Implementierungsplan</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Notes on the communication plan</source>
        <translation>Notizen zum Kommunikationsplan</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <source>Notes on the quick win</source>
        <translation>Notizen zum Quick Win</translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation>Risikobesprechung</translation>
    </message>
    <message>
        <source>Notes on the risk discussion</source>
        <translation>Notizen zur Risikobesprechung</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Notes on next steps</source>
        <translation>Notizen zu den nächsten Schritten</translation>
    </message>
    <message>
        <source>Kickoff recap sent</source>
        <translation>Kickoff-Zusammenfassung gesendet</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Check-in-Rhythmus</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationsweg</translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation>Entscheider verfügbar</translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation>Kundenressourcen zugesagt</translation>
    </message>
    <message>
        <source>Committed role</source>
        <translation>Zugesagte Rolle</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation>Aktivierungsereignis</translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation>Ursprüngliche Ziele geprüft</translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation>Neue Ziele festgelegt</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>Check-in cadence after graduation</source>
        <translation>Check-in-Rhythmus nach dem Abschluss</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Erstes QBR</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerForm</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> Std./Woche</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListDelegate</name>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListModel</name>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Days since signature</source>
        <translation>Tage seit Unterzeichnung</translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation>Verantwortlicher CSM</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListPanel</name>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Search customers, industries, owners</source>
        <translation>Kunden, Branchen, Verantwortliche suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Nach Segment filtern</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>Nach Status sortieren</translation>
    </message>
    <message>
        <source>Sort by phase</source>
        <translation>Nach Phase sortieren</translation>
    </message>
    <message>
        <source>Sort customers</source>
        <translation>Kunden sortieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation>Kein Kunde entspricht der Suche und den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Nach Account</translation>
    </message>
    <message>
        <source>Sort by account name</source>
        <translation>Nach dem Namen des Accounts sortieren</translation>
    </message>
    <message>
        <source>By days</source>
        <translation>Nach Tagen</translation>
    </message>
    <message>
        <source>Sort by days since signature, longest first</source>
        <translation>Nach Tagen seit Unterzeichnung sortieren, die längsten zuerst</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation>Nach ARR</translation>
    </message>
    <message>
        <source>Sort by ARR, largest first</source>
        <translation>Nach ARR sortieren, die größten zuerst</translation>
    </message>
</context>
<context>
    <name>Csm::Database</name>
    <message>
        <source>customer %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is a folder, not a workspace file</source>
        <translation>es ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der Ordner dafür kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation>es ist keine Datei von CSM Workspace (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a CSM Workspace file</source>
        <translation>es ist die Datenbank einer anderen Anwendung, keine Datei von CSM Workspace</translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace (schema %1; this version reads up to schema %2). Please update the application.</source>
        <translation>die Datei wurde von einer neueren Version von CSM Workspace geschrieben (Schema %1; diese Version liest bis Schema %2). Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>a copy could not be kept before upgrading it to schema %1</source>
        <translation>vor der Aktualisierung auf Schema %1 konnte keine Kopie angelegt werden</translation>
    </message>
    <message>
        <source>creating it failed (%1)</source>
        <translation>das Anlegen ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>upgrading it failed (%1); the file as it was before is kept at &quot;%2&quot;</source>
        <translation>die Aktualisierung ist fehlgeschlagen (%1); die Datei im vorherigen Zustand liegt unter „%2“</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing record in %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf einen fehlenden Datensatz in %3</translation>
    </message>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation>Migration %1 (%2): %3</translation>
    </message>
    <message>
        <source>stakeholder %1: %2</source>
        <translation>Stakeholder %1: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is damaged (%2)</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist beschädigt (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::Decision</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>Csm::DependencyTableModel</name>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Holds up</source>
        <translation>Hält auf</translation>
    </message>
    <message>
        <source>This task waits for the other one.</source>
        <translation>Diese Aufgabe wartet auf die andere.</translation>
    </message>
    <message>
        <source>The other task waits for this one.</source>
        <translation>Die andere Aufgabe wartet auf diese.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::DependencyType</name>
    <message>
        <source>Finish to start</source>
        <translation>Ende zu Anfang</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Anfang zu Anfang</translation>
    </message>
    <message>
        <source>Finish to finish</source>
        <translation>Ende zu Ende</translation>
    </message>
</context>
<context>
    <name>Csm::EmailDialog</name>
    <message>
        <source>Introduction e-mail: %1</source>
        <translation>Vorstellungs-E-Mail: %1</translation>
    </message>
    <message>
        <source>Kickoff recap: %1</source>
        <translation>Kickoff-Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>No recipient yet: add the kickoff attendees, with e-mail addresses, on the kickoff page.</source>
        <translation>Noch kein Empfänger: Fügen Sie auf der Kickoff-Seite die Kickoff-Teilnehmer mit E-Mail-Adressen hinzu.</translation>
    </message>
    <message>
        <source>Written in %1, the customer&apos;s language.</source>
        <translation>Verfasst auf %1, der Sprache des Kunden.</translation>
    </message>
    <message>
        <source>There is no template in %1 yet, so it is written in %2.</source>
        <translation>Es gibt noch keine Vorlage auf %1, daher ist die E-Mail auf %2 verfasst.</translation>
    </message>
    <message>
        <source>Language of the e-mail</source>
        <translation>Sprache der E-Mail</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>No recipient yet: add the customer&apos;s contacts with their e-mail addresses on the handoff page.</source>
        <translation>Noch kein Empfänger: Fügen Sie auf der Übergabeseite die Kontakte des Kunden mit ihren E-Mail-Adressen hinzu.</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>E-mail body</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the plain-text body to paste into any mail program</source>
        <translation>Den unformatierten Text kopieren, um ihn in ein beliebiges Mailprogramm einzufügen</translation>
    </message>
    <message>
        <source>Copy as HTML</source>
        <translation>Als HTML kopieren</translation>
    </message>
    <message>
        <source>Copy the formatted body, with a plain-text alternative</source>
        <translation>Den formatierten Text kopieren, mit einer Nur-Text-Alternative</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>In Mail-App öffnen</translation>
    </message>
    <message>
        <source>Start a new message with the recipients, subject and plain-text body</source>
        <translation>Eine neue Nachricht mit Empfängern, Betreff und unformatiertem Text beginnen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Record today as the day this e-mail was sent</source>
        <translation>Heute als Tag festhalten, an dem diese E-Mail gesendet wurde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied as plain text.</source>
        <translation>Als reiner Text kopiert.</translation>
    </message>
    <message>
        <source>Copied as HTML, with a plain-text alternative.</source>
        <translation>Als HTML kopiert, mit einer Nur-Text-Alternative.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>In Ihrem Mailprogramm geöffnet.</translation>
    </message>
    <message>
        <source>No mail program answered; copy the e-mail instead.</source>
        <translation>Kein Mailprogramm hat reagiert; kopieren Sie die E-Mail stattdessen.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Gesendet am %1.</translation>
    </message>
    <message>
        <source>Not marked as sent yet.</source>
        <translation>Noch nicht als gesendet markiert.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
</context>
<context>
    <name>Csm::ExpansionPage</name>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Open potential ARR</source>
        <translation>Offenes ARR-Potenzial</translation>
    </message>
    <message>
        <source>Won ARR</source>
        <translation>Gewonnenes ARR</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>No expansion opportunities yet</source>
        <translation>Noch keine Expansionschancen</translation>
    </message>
    <message>
        <source>For each one, note its potential ARR, who speaks for it and who doubts it, and follow it from not started through exploring and proposed to won or lost. The value review report lists them.</source>
        <translation>Notieren Sie für jede Chance ihr ARR-Potenzial, wer sie unterstützt und wer sie bezweifelt, und verfolgen Sie sie von „Nicht begonnen“ über „In Prüfung“ und „Angeboten“ bis „Gewonnen“ oder „Verloren“. Der Value-Review-Bericht führt sie auf.</translation>
    </message>
    <message>
        <source>Add the first opportunity</source>
        <translation>Erste Chance hinzufügen</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Chance hinzufügen</translation>
    </message>
    <message>
        <source>Search opportunities, advocates, notes</source>
        <translation>Chancen, Fürsprecher, Notizen suchen</translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation>Expansionschancen</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Alle Chancen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Unbenannter Kunde</translation>
    </message>
    <message>
        <source>Expansion: where the product could go next, by division, geography and use case</source>
        <translation>Expansion: wo das Produkt als Nächstes eingesetzt werden könnte, nach Geschäftsbereich, Region und Anwendungsfall</translation>
    </message>
    <message>
        <source>Map where %1 could use the product next: other divisions, other geographies, other use cases.</source>
        <translation>Halten Sie fest, wo %1 das Produkt als Nächstes nutzen könnte: in anderen Geschäftsbereichen, anderen Regionen, anderen Anwendungsfällen.</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation>%1 offen, %2 gewonnen, %3 verloren</translation>
    </message>
    <message>
        <source>Not started, exploring or proposed</source>
        <translation>Nicht begonnen, in Prüfung oder angeboten</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 verloren</translation>
    </message>
    <message>
        <source>Open: %1 of %2</source>
        <translation>Offen: %1 von %2</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
    <message>
        <source>Add expansion opportunity</source>
        <translation>Expansionschance hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n expansion opportunity(s)</source>
        <translation>
            <numerusform>%n Expansionschance entfernen</numerusform>
            <numerusform>%n Expansionschancen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the opportunities</source>
        <translation>Chancen durchsuchen</translation>
    </message>
</context>
<context>
    <name>Csm::Field</name>
    <message>
        <source>expected one of %1</source>
        <translation>einer der Werte %1 erwartet</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null</source>
        <translation>Datum im Format YYYY-MM-DD oder null erwartet</translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation>UUID oder null erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
</context>
<context>
    <name>Csm::FirstValuePanel</name>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) behind its baseline</source>
        <translation>
            <numerusform>%n Arbeitstag hinter dem Basisplan</numerusform>
            <numerusform>%n Arbeitstage hinter dem Basisplan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done, behind where it should be</source>
        <translation>%1 % erledigt, hinter dem Soll</translation>
    </message>
    <message>
        <source>Tasks that push the first value out</source>
        <translation>Aufgaben, die den ersten Nutzen verzögern</translation>
    </message>
    <message>
        <source>No milestone</source>
        <translation>Kein Meilenstein</translation>
    </message>
    <message>
        <source>No first-value milestone yet</source>
        <translation>Noch kein Meilenstein für den ersten Nutzen</translation>
    </message>
    <message>
        <source>Select the milestone where the customer first gets real value (the activation event) and choose Mark as first value.</source>
        <translation>Wählen Sie den Meilenstein, an dem der Kunde erstmals echten Nutzen erhält (das Aktivierungsereignis), und wählen Sie „Als ersten Nutzen markieren“.</translation>
    </message>
    <message numerus="yes">
        <source>Target for %1: first value within %n day(s) of signature.</source>
        <translation>
            <numerusform>Ziel für %1: erster Nutzen innerhalb von %n Tag nach Unterzeichnung.</numerusform>
            <numerusform>Ziel für %1: erster Nutzen innerhalb von %n Tagen nach Unterzeichnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Meilenstein: %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>First value reached on %1</source>
        <translation>Erster Nutzen erreicht am %1</translation>
    </message>
    <message>
        <source>Day %1 after signature.</source>
        <translation>Tag %1 nach Unterzeichnung.</translation>
    </message>
    <message>
        <source>No signature date to count the days from.</source>
        <translation>Kein Unterzeichnungsdatum, ab dem die Tage gezählt werden.</translation>
    </message>
    <message>
        <source>Beyond target</source>
        <translation>Ziel überschritten</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>First value projected on %1</source>
        <translation>Erster Nutzen voraussichtlich am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from today</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>due today or past</source>
        <translation>heute fällig oder überschritten</translation>
    </message>
    <message>
        <source>Day %1 after signature, %2.</source>
        <translation>Tag %1 nach Unterzeichnung, %2.</translation>
    </message>
    <message>
        <source>%1. No signature date to count the days from.</source>
        <translation>%1. Kein Unterzeichnungsdatum, ab dem die Tage gezählt werden.</translation>
    </message>
    <message>
        <source>Target for %1: day %2.</source>
        <translation>Ziel für %1: Tag %2.</translation>
    </message>
    <message>
        <source>Planned for day %1 (%2)</source>
        <translation>Geplant für Tag %1 (%2)</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) late.</source>
        <translation>
            <numerusform>%1: %n Tag zu spät.</numerusform>
            <numerusform>%1: %n Tage zu spät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) early.</source>
        <translation>
            <numerusform>%1: %n Tag früher.</numerusform>
            <numerusform>%1: %n Tage früher.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on plan.</source>
        <translation>%1: im Plan.</translation>
    </message>
    <message>
        <source>Nothing pushes it out: the tasks before it are on plan.</source>
        <translation>Nichts verzögert ihn: Die Aufgaben davor liegen im Plan.</translation>
    </message>
    <message>
        <source>Pushed out by (select to show in the chart):</source>
        <translation>Verzögert durch (auswählen, um im Diagramm anzuzeigen):</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
</context>
<context>
    <name>Csm::FrictionPanel</name>
    <message>
        <source>Tasks that count towards the friction score</source>
        <translation>Aufgaben, die in den Friction Score eingehen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Friction score %1</source>
        <translation>Friction Score %1</translation>
    </message>
    <message>
        <source>At or above %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>Unter %1</translation>
    </message>
    <message>
        <source>waits on %1, %2 points (doubled: overdue)</source>
        <translation>wartet auf %1, %2 Punkte (verdoppelt: überfällig)</translation>
    </message>
    <message>
        <source>waits on %1, %2 points</source>
        <translation>wartet auf %1, %2 Punkte</translation>
    </message>
    <message>
        <source>Target: below %1. No open task waits on the customer&apos;s side.</source>
        <translation>Ziel: unter %1. Keine offene Aufgabe wartet auf die Kundenseite.</translation>
    </message>
    <message>
        <source>Target: below %1. Open tasks waiting on the customer&apos;s side count, security reviews and legal most, and double once overdue:</source>
        <translation>Ziel: unter %1. Es zählen offene Aufgaben, die auf die Kundenseite warten, Sicherheitsprüfungen und Rechtliches am stärksten, und sie zählen doppelt, sobald sie überfällig sind:</translation>
    </message>
</context>
<context>
    <name>Csm::GanttChart</name>
    <message>
        <source>Drag onto another task to make it wait for this one.</source>
        <translation>Auf eine andere Aufgabe ziehen, damit sie auf diese wartet.</translation>
    </message>
    <message>
        <source>passed on %1</source>
        <translation>bestanden am %1</translation>
    </message>
    <message>
        <source>missed: due %1 and not passed</source>
        <translation>verpasst: fällig am %1 und nicht bestanden</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 gate&lt;/b&gt;, %2&lt;br&gt;%3 of %n criteria met</source>
        <translation>
            <numerusform>&lt;b&gt;Gate %1&lt;/b&gt;, %2&lt;br&gt;%3 von %n Kriterium erfüllt</numerusform>
            <numerusform>&lt;b&gt;Gate %1&lt;/b&gt;, %2&lt;br&gt;%3 von %n Kriterien erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation>Diese Aufgaben können nicht verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>Csm::GanttDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>Csm::GanttGrid</name>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of the year</comment>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>Csm::GanttModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Workstream or task</source>
        <translation>Arbeitspaket oder Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 bis %2, %n Arbeitstag</numerusform>
            <numerusform>%1 bis %2, %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Our owner: %1</source>
        <translation>Verantwortlich bei uns: %1</translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation>Verantwortlich beim Kunden: %1</translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation>(unbenanntes Arbeitspaket)</translation>
    </message>
    <message>
        <source>(milestone)</source>
        <translation>(Meilenstein)</translation>
    </message>
    <message>
        <source>(first value)</source>
        <translation>(erster Nutzen)</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>Baseline: %1 to %2</source>
        <translation>Basisplan: %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n working day(s) against the baseline</source>
        <translation>
            <numerusform>%n Arbeitstag später als im Basisplan</numerusform>
            <numerusform>%n Arbeitstage später als im Basisplan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead of the baseline by %n working day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag früher als im Basisplan</numerusform>
            <numerusform>%n Arbeitstage früher als im Basisplan</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1, progress %2</source>
        <translation>Status: %1, Fortschritt %2</translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation>Wartet auf: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>On the critical path: any delay delays the plan.</source>
        <translation>Auf dem kritischen Pfad: Jede Verzögerung verzögert den Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Can slip %n working day(s) without delaying the plan</source>
        <translation>
            <numerusform>Kann sich um %n Arbeitstag verschieben, ohne den Plan zu verzögern</numerusform>
            <numerusform>Kann sich um %n Arbeitstage verschieben, ohne den Plan zu verzögern</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed task)</source>
        <translation>(unbenannte Aufgabe)</translation>
    </message>
</context>
<context>
    <name>Csm::GanttPainter</name>
    <message>
        <source>%1 gate %2</source>
        <comment>gate kind and due date</comment>
        <translation>Gate %1 %2</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <comment>gate label</comment>
        <translation>%1 (bestanden)</translation>
    </message>
    <message>
        <source>%1 (first value)</source>
        <translation>%1 (erster Nutzen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates of a dragged bar</comment>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>Csm::GanttPrintout</name>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <comment>customer name</comment>
        <translation>%1: Implementierungsplan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Csm::GanttView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Move task a day earlier</source>
        <translation>Aufgabe einen Tag nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move task a day later</source>
        <translation>Aufgabe einen Tag nach hinten verschieben</translation>
    </message>
    <message>
        <source>Finish task a day earlier</source>
        <translation>Aufgabe einen Tag früher beenden</translation>
    </message>
    <message>
        <source>Finish task a day later</source>
        <translation>Aufgabe einen Tag später beenden</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>CSM Workspace</source>
        <translation>CSM Workspace</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <translation>%1: Implementierungsplan</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be drawn.</source>
        <translation>%1 konnte nicht geschrieben werden: Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>%1 konnte nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Phases and tasks</source>
        <translation>Phasen und Aufgaben</translation>
    </message>
</context>
<context>
    <name>Csm::GateCriterion</name>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
</context>
<context>
    <name>Csm::GateKind</name>
    <message>
        <source>Implementation</source>
        <translation>Implementierung</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>Csm::GateTableModel</name>
    <message>
        <source>Passed on %1</source>
        <translation>Bestanden am %1</translation>
    </message>
    <message>
        <source>Missed: due %1</source>
        <translation>Verpasst: fällig am %1</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Noch keine Kriterien</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>%1 von %2 Kriterien erfüllt</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Csm::GatesPanel</name>
    <message>
        <source>Phase gates</source>
        <translation>Phasen-Gates</translation>
    </message>
    <message>
        <source>No phase gates yet. A gate holds the customer at the end of a phase until its criteria are met.</source>
        <translation>Noch keine Phasen-Gates. Ein Gate hält den Kunden am Ende einer Phase, bis seine Kriterien erfüllt sind.</translation>
    </message>
    <message>
        <source>Add gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <source>Add a phase gate the plan does not have yet</source>
        <translation>Ein Phasen-Gate hinzufügen, das der Plan noch nicht hat</translation>
    </message>
    <message>
        <source>Remove gate</source>
        <translation>Gate entfernen</translation>
    </message>
    <message>
        <source>Remove the selected gate with its criteria</source>
        <translation>Das ausgewählte Gate mit seinen Kriterien entfernen</translation>
    </message>
    <message>
        <source>Gate due date</source>
        <translation>Fälligkeitsdatum des Gates</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Mark passed</source>
        <translation>Als bestanden markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Clear the passed date</source>
        <translation>Das Datum „Bestanden“ löschen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Gate-Kriterien</translation>
    </message>
    <message>
        <source>No criteria yet: add what must be true to pass, such as &quot;SSO verified&quot; or &quot;first dataset validated&quot;.</source>
        <translation>Noch keine Kriterien: Fügen Sie hinzu, was zum Bestehen erfüllt sein muss, z. B. „SSO verifiziert“ oder „erster Datensatz validiert“.</translation>
    </message>
    <message>
        <source>New criterion, e.g. SSO verified</source>
        <translation>Neues Kriterium, z. B. SSO verifiziert</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the criterion to this gate</source>
        <translation>Das Kriterium diesem Gate hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Das ausgewählte Kriterium entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verpasst</numerusform>
            <numerusform>%n verpasst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Bestanden am %1</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message>
        <source>Missed: it was due on %1 and is not passed. Agree a new date with the customer or get the open criteria met.</source>
        <translation>Verpasst: Es war am %1 fällig und ist nicht bestanden. Vereinbaren Sie mit dem Kunden einen neuen Termin oder sorgen Sie dafür, dass die offenen Kriterien erfüllt werden.</translation>
    </message>
    <message>
        <source>Record today as the day this gate was passed</source>
        <translation>Heute als Tag festhalten, an dem dieses Gate bestanden wurde</translation>
    </message>
    <message>
        <source>Every criterion must be met first</source>
        <translation>Zuerst müssen alle Kriterien erfüllt sein</translation>
    </message>
    <message>
        <source>Remove criteria</source>
        <translation>Kriterien entfernen</translation>
    </message>
    <message>
        <source>Mark the %1 gate passed</source>
        <translation>Gate %1 als bestanden markieren</translation>
    </message>
    <message>
        <source>Reopen the %1 gate</source>
        <translation>Gate %1 wieder öffnen</translation>
    </message>
</context>
<context>
    <name>Csm::GraduationChecklist</name>
    <message>
        <source>Original success plan goals reviewed with the customer</source>
        <translation>Ursprüngliche Ziele des Erfolgsplans mit dem Kunden überprüft</translation>
    </message>
    <message>
        <source>Go through each objective: reached, missed, and why.</source>
        <translation>Gehen Sie jedes Ziel durch: erreicht, verfehlt und warum.</translation>
    </message>
    <message>
        <source>New goals set for the next stage</source>
        <translation>Neue Ziele für die nächste Stufe festgelegt</translation>
    </message>
    <message>
        <source>Agree what the customer wants to reach next, for the first QBR.</source>
        <translation>Vereinbaren Sie, was der Kunde als Nächstes erreichen will, für das erste QBR.</translation>
    </message>
    <message>
        <source>Handed over to the ongoing CSM</source>
        <translation>An den CSM der laufenden Betreuung übergeben</translation>
    </message>
    <message>
        <source>Name who takes the account over.</source>
        <translation>Nennen Sie, wer den Account übernimmt.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>An %1 übergeben.</translation>
    </message>
    <message>
        <source>Check-in cadence after graduation agreed</source>
        <translation>Check-in-Rhythmus nach dem Abschluss vereinbart</translation>
    </message>
    <message>
        <source>Agree how often to meet from now on, such as monthly.</source>
        <translation>Vereinbaren Sie, wie oft Sie sich künftig treffen, z. B. monatlich.</translation>
    </message>
    <message>
        <source>First QBR scheduled</source>
        <translation>Erstes QBR geplant</translation>
    </message>
    <message>
        <source>Set the date of the first quarterly business review.</source>
        <translation>Legen Sie das Datum des ersten Quarterly Business Review fest.</translation>
    </message>
    <message>
        <source>%1 is before the graduation on %2.</source>
        <translation>%1 liegt vor dem Abschluss am %2.</translation>
    </message>
    <message>
        <source>%1 has passed; the first QBR comes after graduation.</source>
        <translation>%1 ist vorbei; das erste QBR folgt nach dem Abschluss.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Am %1.</translation>
    </message>
    <message>
        <source>Onboarding survey collected</source>
        <translation>Onboarding-Umfrage eingeholt</translation>
    </message>
    <message>
        <source>Responses recorded: %1.</source>
        <translation>Erfasste Antworten: %1.</translation>
    </message>
    <message>
        <source>Record the answers in the survey section below.</source>
        <translation>Erfassen Sie die Antworten unten im Abschnitt zur Umfrage.</translation>
    </message>
    <message>
        <source>No measurable objectives</source>
        <translation>Keine messbaren Ziele</translation>
    </message>
    <message>
        <source>The success plan has no objectives to review.</source>
        <translation>Der Erfolgsplan enthält keine Ziele zum Überprüfen.</translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved</source>
        <translation>%1 von %2 Zielen erreicht</translation>
    </message>
    <message>
        <source>Goal achievement %1, target above %2</source>
        <translation>Zielerreichung %1, Vorgabe: über %2</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Verfehlt: %1</translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation>Erster Nutzen erreicht</translation>
    </message>
    <message>
        <source>On %1, day %2 after signature.</source>
        <translation>Am %1, Tag %2 nach Unterzeichnung.</translation>
    </message>
    <message>
        <source>First value not reached yet</source>
        <translation>Erster Nutzen noch nicht erreicht</translation>
    </message>
    <message>
        <source>Expected on %1.</source>
        <translation>Erwartet am %1.</translation>
    </message>
    <message>
        <source>No first value date on the handoff page.</source>
        <translation>Kein Datum für den ersten Nutzen auf der Übergabeseite.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Seit %1.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Noch nicht live</translation>
    </message>
    <message>
        <source>Go-live planned for %1.</source>
        <translation>Go-live geplant für %1.</translation>
    </message>
    <message>
        <source>No go-live date yet.</source>
        <translation>Noch kein Go-live-Datum.</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Keine offenen Maßnahmen</translation>
    </message>
    <message>
        <source>Everything in the action log is done.</source>
        <translation>Alles im Maßnahmenprotokoll ist erledigt.</translation>
    </message>
    <message>
        <source>Open actions: %1</source>
        <translation>Offene Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Overdue: %1. Close them or hand them over.</source>
        <translation>Überfällig: %1. Schließen Sie sie ab oder übergeben Sie sie.</translation>
    </message>
    <message>
        <source>Close them or hand them over.</source>
        <translation>Schließen Sie sie ab oder übergeben Sie sie.</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Keine offenen Risiken</translation>
    </message>
    <message>
        <source>Every risk in the risk log is closed.</source>
        <translation>Alle Risiken im Risikoprotokoll sind geschlossen.</translation>
    </message>
    <message>
        <source>Open risks: %1</source>
        <translation>Offene Risiken: %1</translation>
    </message>
    <message>
        <source>Escalated: %1. Tell the ongoing CSM about them.</source>
        <translation>Eskaliert: %1. Informieren Sie den CSM der laufenden Betreuung darüber.</translation>
    </message>
    <message>
        <source>Tell the ongoing CSM about them.</source>
        <translation>Informieren Sie den CSM der laufenden Betreuung darüber.</translation>
    </message>
</context>
<context>
    <name>Csm::GraduationPage</name>
    <message>
        <source>Mark as graduated</source>
        <translation>Als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Moves the customer to the Graduated phase with today as the graduation date.</source>
        <translation>Versetzt den Kunden in die Phase „Abgeschlossen“, mit heute als Abschlussdatum.</translation>
    </message>
    <message>
        <source>Graduation checklist</source>
        <translation>Abschluss-Checkliste</translation>
    </message>
    <message>
        <source>Tick what was done with the customer; the hand-over items follow from the fields beside.</source>
        <translation>Haken Sie ab, was mit dem Kunden erledigt wurde; die Übergabepunkte ergeben sich aus den Feldern daneben.</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Who takes the account over</source>
        <translation>Wer den Account übernimmt</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>e.g. monthly, first Tuesday</source>
        <translation>z. B. monatlich, erster Dienstag</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Check-in-Rhythmus</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>The graduation date is set to today when you mark the customer as graduated; change it here if it was another day.</source>
        <translation>Das Abschlussdatum wird auf heute gesetzt, wenn Sie den Kunden als abgeschlossen markieren; ändern Sie es hier, falls es ein anderer Tag war.</translation>
    </message>
    <message>
        <source>Before graduating</source>
        <translation>Vor dem Abschluss</translation>
    </message>
    <message>
        <source>What the onboarding file says about the customer&apos;s readiness, worked out from the success plan, the key dates and the logs.</source>
        <translation>Was die Onboarding-Datei über die Bereitschaft des Kunden aussagt, ermittelt aus dem Erfolgsplan, den wichtigen Terminen und den Protokollen.</translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation>Onboarding-Umfrage</translation>
    </message>
    <message>
        <source>One row per respondent: satisfaction with the onboarding from 1 to 5, and how likely they are to recommend us from 0 to 10. Targets: satisfaction above %1, NPS above %2.</source>
        <translation>Eine Zeile pro Befragtem: Zufriedenheit mit dem Onboarding von 1 bis 5 und wie wahrscheinlich eine Weiterempfehlung ist, von 0 bis 10. Ziele: Zufriedenheit über %1, NPS über %2.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Durchschnittliche Zufriedenheit</translation>
    </message>
    <message>
        <source>The average of the answers from 1 to 5; responses without one are left out.</source>
        <translation>Der Durchschnitt der Antworten von 1 bis 5; Antworten ohne Wert werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>Onboarding-NPS</translation>
    </message>
    <message>
        <source>Per cent promoters (9 or 10) minus per cent detractors (0 to 6) of the answers from 0 to 10; from -100 to 100.</source>
        <translation>Prozent Promotoren (9 oder 10) minus Prozent Detraktoren (0 bis 6) der Antworten von 0 bis 10; von -100 bis 100.</translation>
    </message>
    <message>
        <source>No responses yet. Send the onboarding survey once the customer has reached first value, and record each answer here with Add response.</source>
        <translation>Noch keine Antworten. Senden Sie die Onboarding-Umfrage, sobald der Kunde den ersten Nutzen erreicht hat, und erfassen Sie jede Antwort hier mit „Antwort hinzufügen“.</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotoren (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passive (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detraktoren (0-6)</translation>
    </message>
    <message>
        <source>Satisfaction below 4</source>
        <translation>Zufriedenheit unter 4</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Tag %1 seit Unterzeichnung</translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Graduated on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The customer has graduated already.</source>
        <translation>Das Onboarding des Kunden ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Ready to graduate</source>
        <translation>Bereit zum Abschluss</translation>
    </message>
    <message>
        <source>Not graduated yet</source>
        <translation>Noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Agree a cadence first.</source>
        <translation>Vereinbaren Sie zuerst einen Rhythmus.</translation>
    </message>
    <message>
        <source>Not worked out for this cadence; put it in your calendar.</source>
        <translation>Für diesen Rhythmus nicht berechnet; tragen Sie den Termin in Ihren Kalender ein.</translation>
    </message>
    <message>
        <source>%1 rated satisfaction · %2 answered the NPS question</source>
        <translation>Zufriedenheit bewertet: %1 · NPS-Frage beantwortet: %2</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Target: above %1</source>
        <translation>Ziel: über %1</translation>
    </message>
    <message>
        <source>No satisfaction answers yet.</source>
        <translation>Noch keine Antworten zur Zufriedenheit.</translation>
    </message>
    <message>
        <source>Promoters %1 · passives %2 · detractors %3 · target: above %4</source>
        <translation>Promotoren %1 · Passive %2 · Detraktoren %3 · Ziel: über %4</translation>
    </message>
    <message>
        <source>No answers to the NPS question yet.</source>
        <translation>Noch keine Antworten auf die NPS-Frage.</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not everything on the graduation checklist is done.</source>
        <translation>Nicht alles auf der Abschluss-Checkliste ist erledigt.</translation>
    </message>
    <message>
        <source>%1

Mark %2 as graduated anyway?</source>
        <translation>%1

%2 trotzdem als abgeschlossen markieren?</translation>
    </message>
    <message>
        <source>Mark %1 as graduated</source>
        <translation>%1 als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Add survey response</source>
        <translation>Umfrageantwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove survey response</source>
        <translation>Umfrageantwort entfernen</translation>
    </message>
    <message>
        <source>Remove survey responses</source>
        <translation>Umfrageantworten entfernen</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Search the survey responses</source>
        <translation>Umfrageantworten durchsuchen</translation>
    </message>
</context>
<context>
    <name>Csm::Handoff</name>
    <message>
        <source>Decision maker named</source>
        <translation>Entscheider benannt</translation>
    </message>
    <message>
        <source>Champion named</source>
        <translation>Champion benannt</translation>
    </message>
    <message>
        <source>Day-to-day admin named</source>
        <translation>Admin für das Tagesgeschäft benannt</translation>
    </message>
    <message>
        <source>CSM owner assigned</source>
        <translation>Verantwortlicher CSM zugewiesen</translation>
    </message>
    <message>
        <source>Handoff meeting held</source>
        <translation>Übergabemeeting abgehalten</translation>
    </message>
    <message>
        <source>Introduction e-mail sent</source>
        <translation>Vorstellungs-E-Mail gesendet</translation>
    </message>
</context>
<context>
    <name>Csm::HandoffPage</name>
    <message>
        <source>Account and contract</source>
        <translation>Account und Vertrag</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>What sales learned</source>
        <translation>Was der Vertrieb erfahren hat</translation>
    </message>
    <message>
        <source>Handoff completeness</source>
        <translation>Vollständigkeit der Übergabe</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Both sides of the relationship. Double-click a cell to edit.</source>
        <translation>Beide Seiten der Beziehung. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add customer contact</source>
        <translation>Kundenkontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Tag %1 seit Unterzeichnung</translation>
    </message>
    <message numerus="yes">
        <source>Signs in %n day(s)</source>
        <translation>
            <numerusform>Unterzeichnung in %n Tag</numerusform>
            <numerusform>Unterzeichnung in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no reason recorded yet.</source>
        <translation>%1: noch kein Grund erfasst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>Handoff complete: sales has handed over everything.</source>
        <translation>Übergabe vollständig: Der Vertrieb hat alles übergeben.</translation>
    </message>
    <message>
        <source>Sales still owes: %1.</source>
        <translation>Vom Vertrieb noch offen: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysEditor</name>
    <message>
        <source>&amp;Add the day</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Days off besides weekends, for every customer of this workspace. Task lengths and links count business days without them; dates already planned stay where they are.</source>
        <translation>Freie Tage neben den Wochenenden, für jeden Kunden dieses Arbeitsbereichs. Aufgabendauern und Verknüpfungen zählen Arbeitstage ohne sie; bereits geplante Termine bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation>Hinzuzufügender Tag</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>No holidays yet. Pick a day in the calendar and add it, or double-click the day.</source>
        <translation>Noch keine Feiertage. Wählen Sie einen Tag im Kalender und fügen Sie ihn hinzu, oder doppelklicken Sie auf den Tag.</translation>
    </message>
</context>
<context>
    <name>Csm::ICalendar</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation>Verantwortlich beim Kunden: %1</translation>
    </message>
    <message>
        <source>Owners: %1 (ours), %2 (customer)</source>
        <translation>Verantwortlich: %1 (wir), %2 (Kunde)</translation>
    </message>
    <message>
        <source>%1: %2 (first value)</source>
        <translation>%1: %2 (erster Nutzen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Workstream: %1</source>
        <translation>Arbeitspaket: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation>Wartet auf: %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>%1: %2 gate</source>
        <translation>%1: Gate %2</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Bestanden am %1</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <translation>Phasen-Gate</translation>
    </message>
    <message>
        <source>%1: kickoff workshop</source>
        <translation>%1: Kickoff-Workshop</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>%1: check-in</source>
        <translation>%1: Check-in</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>%1 onboarding</source>
        <translation>Onboarding %1</translation>
    </message>
</context>
<context>
    <name>Csm::Import</name>
    <message>
        <source>User e-mail</source>
        <translation>E-Mail des Nutzers</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <source>Seat start</source>
        <translation>Lizenzbeginn</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Role track</source>
        <translation>Rollenpfad</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Nutzungsereignisse</translation>
    </message>
    <message>
        <source>User roster</source>
        <translation>Nutzerliste</translation>
    </message>
    <message>
        <source>Training completions</source>
        <translation>Abgeschlossene Schulungen</translation>
    </message>
</context>
<context>
    <name>Csm::ImportFilePage</name>
    <message>
        <source>Who did what in the product, and when</source>
        <translation>Wer was im Produkt getan hat und wann</translation>
    </message>
    <message>
        <source>The customer&apos;s users, their roles and when their seats started</source>
        <translation>Die Nutzer des Kunden, ihre Rollen und wann ihre Lizenzen begonnen haben</translation>
    </message>
    <message>
        <source>Who completed which course, and when</source>
        <translation>Wer welchen Kurs wann abgeschlossen hat</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV or TSV export from the product&apos;s analytics, its user list or the learning platform.</source>
        <translation>Ein CSV- oder TSV-Export aus der Produktanalyse, der Nutzerliste oder der Lernplattform.</translation>
    </message>
    <message>
        <source>Drop a CSV or TSV file here, or</source>
        <translation>Ziehen Sie eine CSV- oder TSV-Datei hierher, oder</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Textdateien mit Trennzeichen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Andere Datei auswählen…</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 columns</source>
        <translation>%1 · %2, %3 · %4 Spalten</translation>
    </message>
    <message>
        <source>%1-separated</source>
        <translation>%1-getrennt</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Diese Datei kann nicht importiert werden. %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>From its columns, this looks like %1.</source>
        <translation>Nach den Spalten zu urteilen, enthält sie %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds; its columns do not say clearly.</source>
        <translation>Wählen Sie, was die Datei enthält; ihre Spalten lassen es nicht eindeutig erkennen.</translation>
    </message>
</context>
<context>
    <name>Csm::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the column that feeds each field. Columns that feed no field are not imported.</source>
        <translation>Wählen Sie für jedes Feld die Spalte, aus der es gefüllt wird. Spalten, die kein Feld füllen, werden nicht importiert.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation>Zeitzone für Zeiten ohne Offset</translation>
    </message>
    <message>
        <source>Type part of a name to search, for example &quot;Berlin&quot;</source>
        <translation>Geben Sie einen Teil eines Namens ein, um zu suchen, z. B. „Berlin“</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen suchen</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>For times without an offset, such as 2026-01-05 09:12. Times with “Z” or “+01:00” keep theirs.</source>
        <translation>Für Zeiten ohne Offset, z. B. 2026-01-05 09:12. Zeiten mit „Z“ oder „+01:00“ behalten ihre eigene.</translation>
    </message>
    <message>
        <source>&amp;Day first (31/01/2026)</source>
        <translation>&amp;Tag zuerst (31/01/2026)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2026)</source>
        <translation>&amp;Monat zuerst (01/31/2026)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <source>The columns, time zone and date order you chose for the last file with these columns.</source>
        <translation>Die Spalten, die Zeitzone und die Datumsreihenfolge, die Sie für die letzte Datei mit diesen Spalten gewählt haben.</translation>
    </message>
    <message>
        <source>No column names were recognised. Choose the column for each field.</source>
        <translation>Keine Spaltennamen erkannt. Wählen Sie die Spalte für jedes Feld.</translation>
    </message>
    <message>
        <source>Columns matched by their names. Check them against the rows below.</source>
        <translation>Spalten anhand ihrer Namen zugeordnet. Prüfen Sie sie anhand der Zeilen unten.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Spalte auswählen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the day first.</source>
        <translation>Sicher: Die Datumsangaben der Datei beginnen mit dem Tag.</translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the month first.</source>
        <translation>Sicher: Die Datumsangaben der Datei beginnen mit dem Monat.</translation>
    </message>
    <message>
        <source>As last time. The first rows&apos; dates read either way.</source>
        <translation>Wie beim letzten Mal. Die Datumsangaben der ersten Zeilen lassen sich auf beide Arten lesen.</translation>
    </message>
    <message>
        <source>Guessed: the first rows&apos; dates read either way. Check one against the source.</source>
        <translation>Geschätzt: Die Datumsangaben der ersten Zeilen lassen sich auf beide Arten lesen. Prüfen Sie eines anhand der Quelle.</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Wählen Sie eine Spalte für %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Not needed for this file: its dates are written year first, as in 2026-01-05.</source>
        <translation>Für diese Datei nicht nötig: Ihre Datumsangaben beginnen mit dem Jahr, wie in 2026-01-05.</translation>
    </message>
</context>
<context>
    <name>Csm::ImportPreviewModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Column “%1” is not imported</source>
        <translation>Spalte „%1“ wird nicht importiert</translation>
    </message>
    <message>
        <source>Column “%1” feeds %2</source>
        <translation>Spalte „%1“ füllt %2</translation>
    </message>
</context>
<context>
    <name>Csm::ImportProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 Zeilen gelesen, %2 Zeilen pro Sekunde</translation>
    </message>
</context>
<context>
    <name>Csm::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The rows are written in one step: all of them, or none if you cancel.</source>
        <translation>Die Zeilen werden in einem Schritt geschrieben: alle oder keine, wenn Sie abbrechen.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Importierte Zeilen:</translation>
    </message>
    <message>
        <source>Already imported, skipped:</source>
        <translation>Bereits importiert, übersprungen:</translation>
    </message>
    <message>
        <source>Rejected, skipped:</source>
        <translation>Abgelehnt, übersprungen:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>The customer&apos;s adoption metrics now include these rows.</source>
        <translation>Die Nutzungskennzahlen des Kunden enthalten jetzt diese Zeilen.</translation>
    </message>
    <message>
        <source>%1 rows from %2 were added to the customer&apos;s usage data.</source>
        <translation>%1 Zeilen aus %2 wurden den Nutzungsdaten des Kunden hinzugefügt.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation>Der Import wurde abgebrochen. Im Arbeitsbereich wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1
Nothing was changed in the workspace.</source>
        <translation>%1
Im Arbeitsbereich wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Csm::ImportValidatePage</name>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the workspace.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas in den Arbeitsbereich geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Zeilen in der Datei:</translation>
    </message>
    <message>
        <source>Valid, to be imported:</source>
        <translation>Gültig, werden importiert:</translation>
    </message>
    <message>
        <source>Already imported, to be skipped:</source>
        <translation>Bereits importiert, werden übersprungen:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save rejects as CSV…</source>
        <translation>Abgelehnte als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Die abgelehnten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file could not be checked. %1
Nothing was changed.</source>
        <translation>Die Datei konnte nicht geprüft werden. %1
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows are listed. The saved file holds them all, with their columns.</source>
        <translation>Die ersten %1 von %2 abgelehnten Zeilen sind aufgeführt. Die gespeicherte Datei enthält alle, mit ihren Spalten.</translation>
    </message>
    <message>
        <source>Save them to correct them in a spreadsheet: the file holds each row&apos;s columns and why it was rejected.</source>
        <translation>Speichern Sie sie, um sie in einer Tabellenkalkulation zu korrigieren: Die Datei enthält die Spalten jeder Zeile und den Grund für die Ablehnung.</translation>
    </message>
    <message>
        <source>Every row of this file is already imported. There is nothing to import.</source>
        <translation>Jede Zeile dieser Datei ist bereits importiert. Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>No row can be imported. Go back to choose other columns, or correct the file and choose it again.</source>
        <translation>Keine Zeile kann importiert werden. Gehen Sie zurück, um andere Spalten zu wählen, oder korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation>Gültige Zeilen &amp;importieren</translation>
    </message>
    <message>
        <source>Import the %1 valid rows and skip the %2 rejected ones, or go back to choose other columns. To keep the rejected rows, save them, correct them and import that file afterwards.</source>
        <translation>Importieren Sie die %1 gültigen Zeilen und überspringen Sie die %2 abgelehnten, oder gehen Sie zurück, um andere Spalten zu wählen. Um die abgelehnten Zeilen zu behalten, speichern Sie sie, korrigieren Sie sie und importieren Sie diese Datei anschließend.</translation>
    </message>
    <message>
        <source>All rows are valid. Import adds %1 rows to the workspace.</source>
        <translation>Alle Zeilen sind gültig. Der Import fügt dem Arbeitsbereich %1 Zeilen hinzu.</translation>
    </message>
    <message>
        <source>%1 rejects.csv</source>
        <translation>%1 abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Die abgelehnten Zeilen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>Es gibt keine abgelehnten Zeilen zum Speichern.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be read: %1</source>
        <translation>Die abgelehnten Zeilen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Csm::ImportWizard</name>
    <message>
        <source>Import usage data: %1</source>
        <translation>Nutzungsdaten importieren: %1</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>Nutzungsdaten importieren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>Csm::Interchange</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-03-01T09:30:00.000Z</source>
        <translation>UTC-Zeit erwartet, z. B. 2026-03-01T09:30:00.000Z</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID erwartet</translation>
    </message>
    <message>
        <source>no record with this id in the file</source>
        <translation>kein Datensatz mit dieser ID in der Datei</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace onboarding file</source>
        <translation>„%1“ erwartet; dies ist keine Onboarding-Datei von CSM Workspace</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation>Version %1 wurde von einer neueren Version von CSM Workspace geschrieben (diese liest bis %2)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>the same id appears twice</source>
        <translation>dieselbe ID kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer der Werte %1 erwartet</translation>
    </message>
</context>
<context>
    <name>Csm::KickoffAttendee</name>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rolle im Meeting</translation>
    </message>
</context>
<context>
    <name>Csm::KickoffPage</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Hold it within %1 business days of signature; about 60 minutes is enough.</source>
        <translation>Halten Sie ihn innerhalb von %1 Arbeitstagen nach Unterzeichnung ab; etwa 60 Minuten genügen.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Written from this customer&apos;s file, in the customer&apos;s language, ready to copy or open in your mail program.</source>
        <translation>Aus der Datei dieses Kunden erstellt, in der Sprache des Kunden, bereit zum Kopieren oder zum Öffnen in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>Introduction e-mail…</source>
        <translation>Vorstellungs-E-Mail…</translation>
    </message>
    <message>
        <source>Kickoff recap…</source>
        <translation>Kickoff-Zusammenfassung…</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Both sides, each with a role in the meeting. Double-click a role to edit it.</source>
        <translation>Beide Seiten, jeweils mit einer Rolle im Meeting. Doppelklicken Sie auf eine Rolle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add attendees…</source>
        <translation>Teilnehmer hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 · %2 (our team)</source>
        <translation>%1 · %2 (unser Team)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>1-2-3 relationship triangle</source>
        <translation>1-2-3-Beziehungsdreieck</translation>
    </message>
    <message>
        <source>One executive sponsor, two primary contacts and three power users on the customer&apos;s side.</source>
        <translation>Ein Executive Sponsor, zwei Hauptansprechpartner und drei Power-User auf Kundenseite.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Tick each item once it is covered and note what was agreed.</source>
        <translation>Haken Sie jeden Punkt ab, sobald er behandelt ist, und notieren Sie, was vereinbart wurde.</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Pre-onboarding qualification</source>
        <translation>Qualifizierung vor dem Onboarding</translation>
    </message>
    <message>
        <source>e.g. IT admin</source>
        <translation>z. B. IT-Admin</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>An unmet item puts the onboarding at risk at once.</source>
        <translation>Ein nicht erfüllter Punkt stuft das Onboarding sofort als gefährdet ein.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>e.g. weekly, Tuesdays at 10:00</source>
        <translation>z. B. wöchentlich, dienstags um 10:00</translation>
    </message>
    <message>
        <source>e.g. Teams calls, shared Slack channel, e-mail</source>
        <translation>z. B. Teams-Calls, gemeinsamer Slack-Kanal, E-Mail</translation>
    </message>
    <message>
        <source>Who to call, by name and in order, e.g. Cara Success, then Dana Lee (VP Customer Success)</source>
        <translation>Wen Sie anrufen, mit Namen und in Reihenfolge, z. B. Cara Success, dann Dana Lee (VP Customer Success)</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation>Risikobesprechung</translation>
    </message>
    <message>
        <source>What could derail this? Risks raised here also appear in the risk log.</source>
        <translation>Was könnte das Onboarding zum Scheitern bringen? Hier angesprochene Risiken erscheinen auch im Risikoprotokoll.</translation>
    </message>
    <message>
        <source>Raise a risk…</source>
        <translation>Risiko erfassen…</translation>
    </message>
    <message>
        <source>No risks raised at the kickoff yet.</source>
        <translation>Beim Kickoff wurden noch keine Risiken angesprochen.</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation>Kickoff-Workshop</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Tag %1 seit Unterzeichnung</translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 of %2 covered</source>
        <translation>%1 von %2 behandelt</translation>
    </message>
    <message>
        <source>Agree a cadence, such as weekly, every two weeks or monthly.</source>
        <translation>Vereinbaren Sie einen Rhythmus, z. B. wöchentlich, alle zwei Wochen oder monatlich.</translation>
    </message>
    <message>
        <source>No date from this cadence; weekly, every two weeks, monthly or daily give one.</source>
        <translation>Kein Datum aus diesem Rhythmus; wöchentlich, alle zwei Wochen, monatlich oder täglich ergeben eines.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None named yet: add the customer&apos;s executive sponsor on the handoff page.</source>
        <translation>Noch niemand benannt: Fügen Sie den Executive Sponsor des Kunden auf der Übergabeseite hinzu.</translation>
    </message>
    <message>
        <source>No signature date yet; it is set on the handoff page.</source>
        <translation>Noch kein Unterzeichnungsdatum; es wird auf der Übergabeseite festgelegt.</translation>
    </message>
    <message>
        <source>No date yet. Hold it by %1.</source>
        <translation>Noch kein Datum. Halten Sie ihn bis %1 ab.</translation>
    </message>
    <message>
        <source>No kickoff date, and the %1 business days after signature ended on %2.</source>
        <translation>Kein Kickoff-Datum, und die %1 Arbeitstage nach Unterzeichnung endeten am %2.</translation>
    </message>
    <message>
        <source>Before the signature.</source>
        <translation>Vor der Unterzeichnung.</translation>
    </message>
    <message>
        <source>On the day of signature.</source>
        <translation>Am Tag der Unterzeichnung.</translation>
    </message>
    <message>
        <source>Day %1 after signature (business day %2)</source>
        <translation>Tag %1 nach Unterzeichnung (Arbeitstag %2)</translation>
    </message>
    <message>
        <source>Not within %1 business days of signature: it should be held by %2. A slow start puts the onboarding at risk.</source>
        <translation>Nicht innerhalb von %1 Arbeitstagen nach Unterzeichnung: Er sollte bis %2 stattfinden. Ein langsamer Start gefährdet das Onboarding.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Gesendet am %1.</translation>
    </message>
    <message>
        <source>Not sent yet. The account executive introduces the CSM within 24 hours of the handoff.</source>
        <translation>Noch nicht gesendet. Der Account Executive stellt den CSM innerhalb von 24 Stunden nach der Übergabe vor.</translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff, by %1.</source>
        <translation>Noch nicht gesendet. Senden Sie sie innerhalb von 24 Stunden nach dem Kickoff, bis %1.</translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff.</source>
        <translation>Noch nicht gesendet. Senden Sie sie innerhalb von 24 Stunden nach dem Kickoff.</translation>
    </message>
    <message>
        <source>No stakeholders yet: add both sides on the handoff page, then pick the attendees here.</source>
        <translation>Noch keine Stakeholder: Fügen Sie beide Seiten auf der Übergabeseite hinzu und wählen Sie dann hier die Teilnehmer aus.</translation>
    </message>
    <message>
        <source>Nobody picked yet.</source>
        <translation>Noch niemand ausgewählt.</translation>
    </message>
    <message>
        <source>Add %1 to the kickoff</source>
        <translation>%1 zum Kickoff hinzufügen</translation>
    </message>
    <message>
        <source>Add kickoff attendees</source>
        <translation>Kickoff-Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Remove kickoff attendees</source>
        <translation>Kickoff-Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Raise risk %1</source>
        <translation>Risiko %1 erfassen</translation>
    </message>
    <message>
        <source>Kickoff attendees</source>
        <translation>Kickoff-Teilnehmer</translation>
    </message>
    <message>
        <source>Risks raised at the kickoff</source>
        <translation>Beim Kickoff erkannte Risiken</translation>
    </message>
</context>
<context>
    <name>Csm::LinkTasksDialog</name>
    <message>
        <source>Link tasks</source>
        <translation>Aufgaben verknüpfen</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Finish to start: the second task starts after the first one finishes. Start to start: it starts once the first one starts. Finish to finish: it finishes once the first one finishes.</source>
        <translation>Ende-Anfang: Die zweite Aufgabe beginnt, nachdem die erste endet. Anfang-Anfang: Sie beginnt, sobald die erste beginnt. Ende-Ende: Sie endet, sobald die erste endet.</translation>
    </message>
    <message>
        <source>Days to wait after the first task, in business days</source>
        <translation>Wartezeit nach der ersten Aufgabe, in Arbeitstagen</translation>
    </message>
    <message>
        <source>First task</source>
        <translation>Erste Aufgabe</translation>
    </message>
    <message>
        <source>Task that waits</source>
        <translation>Wartende Aufgabe</translation>
    </message>
    <message>
        <source>Type of link</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Lag in business days</source>
        <translation>Zeitabstand in Arbeitstagen</translation>
    </message>
    <message>
        <source>&amp;First task</source>
        <translation>&amp;Erste Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Waits for it</source>
        <translation>&amp;Wartet darauf</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Lag</source>
        <translation>&amp;Zeitabstand</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>The second task waits for the first one:</source>
        <translation>Die zweite Aufgabe wartet auf die erste:</translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation>Diese Aufgaben können nicht verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>Csm::LogTable</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nothing matches the search and filter.</source>
        <translation>Nichts entspricht der Suche und dem Filter.</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>Tabelle durchsuchen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>Csm::LogsPage</name>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht geschlossen</translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation>Beim Kickoff gemeldet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme entfernen</numerusform>
            <numerusform>%n Maßnahmen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung entfernen</numerusform>
            <numerusform>%n Entscheidungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk(s)</source>
        <translation>
            <numerusform>%n Risiko entfernen</numerusform>
            <numerusform>%n Risiken entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions (%1 open)</source>
        <translation>Maßnahmen (%1 offen)</translation>
    </message>
    <message>
        <source>Actions (%1 open, %2 overdue)</source>
        <translation>Maßnahmen (%1 offen, %2 überfällig)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation>Risiken (%1 offen)</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Aktionen durchsuchen</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Search the decisions</source>
        <translation>Entscheidungen durchsuchen</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Search the risks</source>
        <translation>Risiken durchsuchen</translation>
    </message>
</context>
<context>
    <name>Csm::MainWindow</name>
    <message>
        <source>CSM Workspace</source>
        <translation>CSM Workspace</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import customer file…</source>
        <translation>Kundendatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a customer from an onboarding file a colleague shared</source>
        <translation>Einen Kunden aus einer Onboarding-Datei hinzufügen, die ein Kollege geteilt hat</translation>
    </message>
    <message>
        <source>&amp;Export customer file…</source>
        <translation>Kundendatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the selected customer&apos;s onboarding file to share it</source>
        <translation>Die Onboarding-Datei des ausgewählten Kunden speichern, um sie zu teilen</translation>
    </message>
    <message>
        <source>S&amp;hare customer…</source>
        <translation>Kunden &amp;teilen…</translation>
    </message>
    <message>
        <source>Write the selected customer as a shared file to send by e-mail or save to a shared folder</source>
        <translation>Den ausgewählten Kunden als geteilte Datei schreiben, um sie per E-Mail zu senden oder in einem freigegebenen Ordner abzulegen</translation>
    </message>
    <message>
        <source>&amp;Take back shared file…</source>
        <translation>Geteilte Datei zu&amp;rücknehmen…</translation>
    </message>
    <message>
        <source>Add or merge a customer&apos;s shared file a colleague sent back</source>
        <translation>Die geteilte Datei eines Kunden, die ein Kollege zurückgeschickt hat, hinzufügen oder zusammenführen</translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation>&amp;Nutzungsdaten importieren…</translation>
    </message>
    <message>
        <source>Import the selected customer&apos;s usage events, user roster or training completions</source>
        <translation>Nutzungsereignisse, Nutzerliste oder Schulungsabschlüsse des ausgewählten Kunden importieren</translation>
    </message>
    <message>
        <source>Add &amp;sample portfolio</source>
        <translation>Bei&amp;spielportfolio hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>Every customer&apos;s health, alerts and what needs doing today</source>
        <translation>Zustand, Warnungen und heute Anstehendes für jeden Kunden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About CSM Workspace</source>
        <translation>&amp;Über CSM Workspace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation>&amp;Übergabe</translation>
    </message>
    <message>
        <source>&amp;Kickoff</source>
        <translation>&amp;Kickoff</translation>
    </message>
    <message>
        <source>&amp;Success plan</source>
        <translation>&amp;Erfolgsplan</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation>&amp;Adoption</translation>
    </message>
    <message>
        <source>&amp;Value review</source>
        <translation>&amp;Value Review</translation>
    </message>
    <message>
        <source>E&amp;xpansion</source>
        <translation>E&amp;xpansion</translation>
    </message>
    <message>
        <source>&amp;Graduation</source>
        <translation>A&amp;bschluss</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>Prot&amp;okolle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — CSM Workspace</source>
        <translation>%1 — CSM Workspace</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Your workspace is empty</source>
        <translation>Ihr Arbeitsbereich ist leer</translation>
    </message>
    <message>
        <source>Add the customer whose contract was just signed, import an onboarding file a colleague shared, or explore a sample portfolio to see how CSM Workspace works.</source>
        <translation>Fügen Sie den Kunden hinzu, dessen Vertrag gerade unterzeichnet wurde, importieren Sie eine Onboarding-Datei, die ein Kollege geteilt hat, oder erkunden Sie ein Beispielportfolio, um zu sehen, wie CSM Workspace funktioniert.</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Import customer file…</source>
        <translation>Kundendatei importieren…</translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation>Beispielportfolio hinzufügen</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Erfolgsplan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Value review</source>
        <translation>Value Review</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw);;All files (*)</source>
        <translation>CSM-Arbeitsbereiche (*.csmw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation>CSM-Arbeitsbereiche (*.csmw)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use and cannot be replaced.</source>
        <translation>„%1“ wird verwendet und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1 gelöscht. „Rückgängig“ stellt den Kunden wieder her.</translation>
    </message>
    <message>
        <source>The sample customers are already in this workspace.</source>
        <translation>Die Beispielkunden sind bereits in diesem Arbeitsbereich.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>%n Beispielkunde hinzugefügt.</numerusform>
            <numerusform>%n Beispielkunden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customer file</source>
        <translation>Kundendatei importieren</translation>
    </message>
    <message>
        <source>Onboarding files (*.json);;All files (*)</source>
        <translation>Onboarding-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>Bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: %2.

Taking back an edited file will merge it; until then, delete the customer first to replace it.</source>
        <translation>%1: %2.

Eine bearbeitete Datei wird beim Zurücknehmen zusammengeführt; bis dahin löschen Sie zuerst den Kunden, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export customer file</source>
        <translation>Kundendatei exportieren</translation>
    </message>
    <message>
        <source>Onboarding files (*.json)</source>
        <translation>Onboarding-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CSM Workspace speaks the new language the next time it starts.</source>
        <translation>CSM Workspace verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Csm::MarkdownEditor</name>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen, # Überschriften</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Anything the team should know about this customer.</source>
        <translation>Alles, was das Team über diesen Kunden wissen sollte.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>Csm::Measurement</name>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Csm::Merge</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>deleted with the record it belonged to</source>
        <translation>mit dem zugehörigen Datensatz gelöscht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Gate criterion</source>
        <translation>Gate-Kriterium</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Expansionsmöglichkeit</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>Value item</source>
        <translation>Wertposten</translation>
    </message>
    <message>
        <source>Report note</source>
        <translation>Berichtsnotiz</translation>
    </message>
    <message>
        <source>Snoozed alert</source>
        <translation>Zurückgestellte Warnung</translation>
    </message>
</context>
<context>
    <name>Csm::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Company name as on the contract</source>
        <translation>Firmenname wie im Vertrag</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>Account name *</source>
        <translation>Accountname *</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>CSM owner *</source>
        <translation>Verantwortlicher CSM *</translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation>Verantwortlich für Implementierung</translation>
    </message>
    <message>
        <source>Enter the account name.</source>
        <translation>Geben Sie den Accountnamen ein.</translation>
    </message>
    <message>
        <source>A customer with this name is already in the workspace.</source>
        <translation>Ein Kunde mit diesem Namen ist bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Name the CSM who owns this onboarding.</source>
        <translation>Nennen Sie den CSM, der für dieses Onboarding verantwortlich ist.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>Csm::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Geben Sie die Passphrase zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
</context>
<context>
    <name>Csm::Objective</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich (wir)</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich (Kunde)</translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation>Beim Kickoff bestätigt</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <source>Measured from usage</source>
        <translation>Aus der Nutzung gemessen</translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveDetailPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What is measured, e.g. weekly admin time</source>
        <translation>Was gemessen wird, z. B. wöchentliche Adminzeit</translation>
    </message>
    <message>
        <source>e.g. h/week</source>
        <translation>z. B. h/Woche</translation>
    </message>
    <message>
        <source>The adoption metric its readings can be recorded from, once the customer&apos;s usage data is imported</source>
        <translation>Die Adoption-Kennzahl, aus der sich Messwerte erfassen lassen, sobald die Nutzungsdaten des Kunden importiert sind</translation>
    </message>
    <message>
        <source>One early result the customer sees 7 to 14 days after the kickoff.</source>
        <translation>Ein frühes Ergebnis, das der Kunde 7 bis 14 Tage nach dem Kickoff sieht.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Progress from baseline to target</source>
        <translation>Fortschritt vom Ausgangswert zum Zielwert</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <source>Add a measurement dated today</source>
        <translation>Einen Messwert mit heutigem Datum hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Record from usage</source>
        <translation>Aus Nutzung erfassen</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(Ergebnis ohne Titel)</translation>
    </message>
    <message>
        <source>(no outcome)</source>
        <translation>(kein Ergebnis)</translation>
    </message>
    <message>
        <source>None (measured by hand)</source>
        <translation>Keine (manuell gemessen)</translation>
    </message>
    <message>
        <source>%1 (not in the usage data)</source>
        <translation>%1 (nicht in den Nutzungsdaten)</translation>
    </message>
    <message>
        <source>No usage data for this customer yet: import a usage file first</source>
        <translation>Noch keine Nutzungsdaten für diesen Kunden: Importieren Sie zuerst eine Nutzungsdatei</translation>
    </message>
    <message>
        <source>Choose the usage metric this objective is measured from first</source>
        <translation>Wählen Sie zuerst die Nutzungskennzahl, mit der dieses Ziel gemessen wird</translation>
    </message>
    <message>
        <source>The usage data has no value for %1 today</source>
        <translation>Die Nutzungsdaten enthalten heute keinen Wert für %1</translation>
    </message>
    <message>
        <source>Add a reading dated today: %1 is %2 in the usage data</source>
        <translation>Einen Messwert mit heutigem Datum hinzufügen: %1 beträgt laut Nutzungsdaten %2</translation>
    </message>
    <message>
        <source>%1 of the way</source>
        <translation>%1 des Wegs</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Noch kein Messwert</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>Zielwert %1 bis %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Zuletzt: %1 am %2</translation>
    </message>
    <message>
        <source>Readings counted: %1</source>
        <translation>Gezählte Messwerte: %1</translation>
    </message>
    <message>
        <source>Latest: none yet</source>
        <translation>Zuletzt: noch keiner</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <source>From usage data</source>
        <translation>Aus Nutzungsdaten</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Messwert entfernen</translation>
    </message>
    <message>
        <source>Remove measurements</source>
        <translation>Messwerte entfernen</translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveStatus</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Auf Kurs</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>Csm::OperationalStep</name>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityDelegate</name>
    <message>
        <source>Potential ARR</source>
        <translation>Potenzieller ARR</translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>Csm::OptionalDateEdit</name>
    <message>
        <source>Not set (YYYY-MM-DD)</source>
        <translation>Nicht festgelegt (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Ein Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, or clear the field.</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein oder leeren Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>Csm::Outcome</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Csm::OutcomeDetailPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The business value, e.g. reduce reporting time by 50 %</source>
        <translation>Der Geschäftswert, z. B. Berichtszeit um 50 % senken</translation>
    </message>
    <message>
        <source>Why it matters to the customer, in their words, and how they will tell it is done.</source>
        <translation>Warum es dem Kunden wichtig ist, in seinen eigenen Worten, und woran er erkennt, dass es erreicht ist.</translation>
    </message>
    <message>
        <source>No objectives yet: add one that shows, in numbers, that this outcome is being reached.</source>
        <translation>Noch keine Ziele: Fügen Sie eines hinzu, das in Zahlen zeigt, dass dieses Ergebnis erreicht wird.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and status</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Csm::PassphraseDialog</name>
    <message>
        <source>Protected file</source>
        <translation>Geschützte Datei</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. Enter it to open the file.</source>
        <translation>Diese Datei ist durch eine Passphrase geschützt. Geben Sie sie ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Enter it to open the file.</source>
        <translation>„%1“ ist durch eine Passphrase geschützt. Geben Sie sie ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation>Wählen Sie eine Passphrase, um die Datei zu schützen.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect “%1”.</source>
        <translation>Wählen Sie eine Passphrase, um „%1“ zu schützen.</translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the e-mail or folder the file travels by: by phone or in a chat. Without it the file cannot be opened.</source>
        <translation>Teilen Sie Ihrem Kollegen die Passphrase auf einem anderen Weg mit als über die E-Mail oder den Ordner, über den die Datei weitergegeben wird: per Telefon oder im Chat. Ohne sie lässt sich die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
</context>
<context>
    <name>Csm::Phase</name>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementierung</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Value realization</source>
        <translation>Wertrealisierung</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Csm::PhaseGate</name>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>Csm::PlanTask</name>
    <message>
        <source>Workstream</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich (wir)</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich (Kunde)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Nutzen</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Geplanter Beginn (Basisplan)</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Geplantes Ende (Basisplan)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Csm::Playbook</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number of days</source>
        <translation>ganze Zahl von Tagen erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer der Werte %1 erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>%1 is the key of another task already</source>
        <translation>%1 ist bereits der Schlüssel einer anderen Aufgabe</translation>
    </message>
    <message>
        <source>a task cannot come after itself</source>
        <translation>eine Aufgabe kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>keine Aufgabe %1</translation>
    </message>
    <message>
        <source>only a milestone can be the first value</source>
        <translation>nur ein Meilenstein kann der erste Nutzen sein</translation>
    </message>
    <message>
        <source>%1 is the first value already; a plan has one</source>
        <translation>%1 ist bereits der erste Nutzen; ein Plan hat nur einen</translation>
    </message>
    <message>
        <source>the tasks wait on each other: %1</source>
        <translation>die Aufgaben warten aufeinander: %1</translation>
    </message>
    <message>
        <source>a milestone has no duration; leave it out or give 0</source>
        <translation>ein Meilenstein hat keine Dauer; lassen Sie sie weg oder geben Sie 0 an</translation>
    </message>
    <message>
        <source>expected 1 or more days</source>
        <translation>1 oder mehr Tage erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace playbook</source>
        <translation>„%1“ erwartet; dies ist kein Playbook von CSM Workspace</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation>Version %1 wurde von einer neueren Version von CSM Workspace geschrieben (diese liest bis Version %2)</translation>
    </message>
    <message>
        <source>the playbook has a %1 gate already</source>
        <translation>das Playbook hat bereits ein Gate „%1“</translation>
    </message>
    <message>
        <source>Made from the plan of %1.</source>
        <translation>Aus dem Plan von %1 erstellt.</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>Weitere Aufgaben</translation>
    </message>
</context>
<context>
    <name>Csm::Portfolio</name>
    <message>
        <source>Silent stall</source>
        <translation>Unbemerkter Stillstand</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Single-Threaded</translation>
    </message>
    <message>
        <source>Orphaned account</source>
        <translation>Verwaister Account</translation>
    </message>
    <message>
        <source>Slow start</source>
        <translation>Langsamer Start</translation>
    </message>
    <message>
        <source>Goals undefined</source>
        <translation>Ziele nicht definiert</translation>
    </message>
    <message>
        <source>Victory declared too early</source>
        <translation>Zu früh als Erfolg erklärt</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Missed phase gates</source>
        <translation>Verpasste Phasen-Gates</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Blocker past its SLA</source>
        <translation>Blocker über SLA-Frist</translation>
    </message>
    <message>
        <source>Login rate red flag</source>
        <translation>Warnsignal Login-Rate</translation>
    </message>
    <message>
        <source>No usage for %1 (last on %2; alert after %3)</source>
        <translation>Seit %1 keine Nutzung (zuletzt am %2; Warnung nach %3)</translation>
    </message>
    <message>
        <source>No usage since go-live %1 ago (alert after %2)</source>
        <translation>Keine Nutzung seit dem Go-live vor %1 (Warnung nach %2)</translation>
    </message>
    <message>
        <source>No progress on the plan for %1 (last change on %2; alert after %3)</source>
        <translation>Seit %1 kein Fortschritt im Plan (letzte Änderung am %2; Warnung nach %3)</translation>
    </message>
    <message>
        <source>No customer contact named (at least %1 wanted)</source>
        <translation>Kein Kundenkontakt benannt (mindestens %1 gewünscht)</translation>
    </message>
    <message>
        <source>Only %1 customer contact and no executive sponsor (at least %2 contacts wanted)</source>
        <translation>Nur %1 Kundenkontakt und kein Executive Sponsor (mindestens %2 Kontakte gewünscht)</translation>
    </message>
    <message>
        <source>Only %1 customer contacts and no executive sponsor (at least %2 contacts wanted)</source>
        <translation>Nur %1 Kundenkontakte und kein Executive Sponsor (mindestens %2 Kontakte gewünscht)</translation>
    </message>
    <message>
        <source>Only %1 customer contact (at least %2 wanted)</source>
        <translation>Nur %1 Kundenkontakt (mindestens %2 gewünscht)</translation>
    </message>
    <message>
        <source>Only %1 customer contacts (at least %2 wanted)</source>
        <translation>Nur %1 Kundenkontakte (mindestens %2 gewünscht)</translation>
    </message>
    <message>
        <source>No executive sponsor named among the customer&apos;s contacts</source>
        <translation>Kein Executive Sponsor unter den Kontakten des Kunden benannt</translation>
    </message>
    <message>
        <source>No CSM owner named and no kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation>Kein verantwortlicher CSM benannt und kein Kickoff geplant, Unterzeichnung vor %1 (Ziel: innerhalb von %2 h)</translation>
    </message>
    <message>
        <source>No CSM owner named</source>
        <translation>Kein verantwortlicher CSM benannt</translation>
    </message>
    <message>
        <source>No kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation>Kein Kickoff geplant, Unterzeichnung vor %1 (Ziel: innerhalb von %2 h)</translation>
    </message>
    <message>
        <source>Kickoff scheduled %1 after signature (target: within %2)</source>
        <translation>Kickoff mit %1 Abstand zur Unterzeichnung geplant (Ziel: innerhalb von %2)</translation>
    </message>
    <message>
        <source>No kickoff %1 after signature (target: within %2)</source>
        <translation>Unterzeichnung vor %1, noch kein Kickoff (Ziel: innerhalb von %2)</translation>
    </message>
    <message>
        <source>Kickoff held on %1 but the success plan has no objective</source>
        <translation>Kickoff am %1 abgehalten, aber der Erfolgsplan hat kein Ziel</translation>
    </message>
    <message>
        <source>Kickoff held on %1 but no measurable objective is confirmed (%2 in the success plan)</source>
        <translation>Kickoff am %1 abgehalten, aber kein messbares Ziel bestätigt (%2 im Erfolgsplan)</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 Ziel</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <source>Live for %1 but adoption is %2 of seats (target: %3 after %4)</source>
        <translation>Seit %1 live, aber die Adoption liegt bei %2 der Lizenzen (Ziel: %3 nach %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was due on %2</source>
        <translation>„%1“ war am %2 fällig</translation>
    </message>
    <message>
        <source>%1 overdue, the oldest &quot;%2&quot; due on %3</source>
        <translation>%1 überfällig, die älteste („%2“) war am %3 fällig</translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation>%1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>%1 gate not passed, due on %2</source>
        <translation>Gate „%1“ nicht bestanden, fällig am %2</translation>
    </message>
    <message>
        <source>%1 not passed: %2</source>
        <translation>%1 nicht bestanden: %2</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>%1 Gate</translation>
    </message>
    <message>
        <source>%1 gates</source>
        <translation>%1 Gates</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; was due on %2</source>
        <translation>Maßnahme „%1“ war am %2 fällig</translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation>%1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; blocked for %2 without an answer (SLA: %3)</source>
        <translation>„%1“ seit %2 ohne Antwort blockiert (SLA: Antwort innerhalb von %3)</translation>
    </message>
    <message>
        <source>%1 past their SLA of %2, the oldest &quot;%3&quot; for %4</source>
        <translation>%1 über dem SLA von %2, der älteste („%3“) seit %4</translation>
    </message>
    <message>
        <source>%1 blocker</source>
        <translation>%1 Blocker</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 Blocker</translation>
    </message>
    <message>
        <source>Login rate %1 %2 after go-live (red flag under %3)</source>
        <translation>Login-Rate %1 nach %2 ab Go-live (Warnsignal unter %3)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation>Noch kein Implementierungsplan</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>Noch nichts fällig</translation>
    </message>
    <message>
        <source>%1 of %2 due by now are done</source>
        <translation>%1 von %2 bisher fälligen sind erledigt</translation>
    </message>
    <message>
        <source>%1; %2 missed</source>
        <translation>%1; %2 verpasst</translation>
    </message>
    <message>
        <source>Live, but no usage data imported</source>
        <translation>Live, aber keine Nutzungsdaten importiert</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Noch nicht live</translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2), login rate %3 (red flag under %4)</source>
        <translation>Adoption %1 der Lizenzen (Ziel %2), Login-Rate %3 (Warnsignal unter %4)</translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2)</source>
        <translation>Adoption %1 der Lizenzen (Ziel %2)</translation>
    </message>
    <message>
        <source>No objectives in the success plan</source>
        <translation>Keine Ziele im Erfolgsplan</translation>
    </message>
    <message>
        <source>No measurements of the objectives yet</source>
        <translation>Noch keine Messwerte zu den Zielen</translation>
    </message>
    <message>
        <source>%1 achieved, %2 on track, %3 at risk, %4 missed</source>
        <translation>%1 erreicht, %2 auf Kurs, %3 gefährdet, %4 verfehlt</translation>
    </message>
    <message>
        <source>Sponsor %1 of 1, primary contacts %2 of 2, power users %3 of 3</source>
        <translation>Sponsor %1 von 1, primäre Kontakte %2 von 2, Power-User %3 von 3</translation>
    </message>
    <message>
        <source>%1; the sponsor is a skeptic</source>
        <translation>%1; der Sponsor ist skeptisch</translation>
    </message>
    <message>
        <source>No contact with the customer recorded</source>
        <translation>Kein Kontakt mit dem Kunden erfasst</translation>
    </message>
    <message>
        <source>Last contact %1 ago, at the kickoff</source>
        <translation>Letzter Kontakt vor %1, beim Kickoff</translation>
    </message>
    <message>
        <source>Last contact %1 ago, with %2</source>
        <translation>Letzter Kontakt vor %1, mit %2</translation>
    </message>
    <message>
        <source>Kickoff today</source>
        <translation>Kickoff heute</translation>
    </message>
    <message>
        <source>Contact today, with %1</source>
        <translation>Kontakt heute, mit %1</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation>%1 Arbeitstag</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Arbeitstagen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation>Übergabe-Meeting</translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation>Kickoff-Workshop</translation>
    </message>
    <message>
        <source>Check-in (%1)</source>
        <translation>Check-in (%1)</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Erstes QBR</translation>
    </message>
    <message>
        <source>Answer the blocker &quot;%1&quot;</source>
        <translation>Blocker „%1“ beantworten</translation>
    </message>
    <message>
        <source>Hold the kickoff (within %1 of signature)</source>
        <translation>Kickoff abhalten (innerhalb von %1 nach Unterzeichnung)</translation>
    </message>
    <message>
        <source>0-7 days</source>
        <translation>0-7 Tage</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 Tage</translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation>15-30 Tage</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 Tage</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 Tage</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>über 90 Tage</translation>
    </message>
    <message>
        <source>Time to kickoff (median)</source>
        <translation>Zeit bis zum Kickoff (Median)</translation>
    </message>
    <message>
        <source>mean %1, %2 of %3 within %4</source>
        <translation>Mittelwert %1, %2 von %3 innerhalb von %4</translation>
    </message>
    <message>
        <source>Kickoff completion</source>
        <translation>Kickoff-Quote</translation>
    </message>
    <message>
        <source>%1 of %2 kickoffs due were held</source>
        <translation>%1 von %2 fälligen Kickoffs wurden abgehalten</translation>
    </message>
    <message>
        <source>Time to first value (median)</source>
        <translation>Zeit bis zum ersten Nutzen (Median)</translation>
    </message>
    <message>
        <source>%1 of %2 within their tier&apos;s target, %3 not reached yet</source>
        <translation>%1 von %2 innerhalb des Zielwerts ihres Segments, %3 noch nicht erreicht</translation>
    </message>
    <message>
        <source>Implementation on-time rate</source>
        <translation>Termintreue der Implementierung</translation>
    </message>
    <message>
        <source>%1 of %2 milestones done by their baseline date</source>
        <translation>%1 von %2 Meilensteinen bis zum Basisplan-Termin erledigt</translation>
    </message>
    <message>
        <source>User adoption %1 after go-live (mean)</source>
        <translation>Nutzer-Adoption nach %1 ab Go-live (Mittelwert)</translation>
    </message>
    <message>
        <source>%1 of %2 on target</source>
        <translation>%1 von %2 im Ziel</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Goal achievement by day %1</source>
        <translation>Zielerreichung bis Tag %1</translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved, %3</source>
        <translation>%1 von %2 Zielen erreicht, %3</translation>
    </message>
    <message>
        <source>Onboarding completion</source>
        <translation>Onboarding-Abschluss</translation>
    </message>
    <message>
        <source>%1 of %2 graduated (signed %3 ago or more, or graduated)</source>
        <translation>%1 von %2 abgeschlossen (vor %3 oder früher unterzeichnet oder abgeschlossen)</translation>
    </message>
    <message>
        <source>Onboarding satisfaction (1-5)</source>
        <translation>Onboarding-Zufriedenheit (1-5)</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>Onboarding-NPS</translation>
    </message>
    <message>
        <source>promoters %1, detractors %2, of %3</source>
        <translation>Promotoren %1, Detraktoren %2, von %3</translation>
    </message>
    <message>
        <source>Silent stall after days without usage or plan progress</source>
        <translation>Unbemerkter Stillstand nach Tagen ohne Nutzung oder Planfortschritt</translation>
    </message>
    <message>
        <source>Kickoff within business days of signature</source>
        <translation>Kickoff innerhalb von Arbeitstagen nach Unterzeichnung</translation>
    </message>
    <message>
        <source>Orphaned without a kickoff date after hours from signature</source>
        <translation>Verwaist ohne Kickoff-Termin nach Stunden ab Unterzeichnung</translation>
    </message>
    <message>
        <source>Single-threaded with fewer customer contacts than</source>
        <translation>Single-Threaded bei weniger Kundenkontakten als</translation>
    </message>
    <message>
        <source>Login rate red flag below</source>
        <translation>Warnsignal Login-Rate unter</translation>
    </message>
    <message>
        <source>Login rate checked days after go-live</source>
        <translation>Login-Rate geprüft Tage nach Go-live</translation>
    </message>
    <message>
        <source>Blockers answered within business days</source>
        <translation>Blocker beantwortet innerhalb von Arbeitstagen</translation>
    </message>
    <message>
        <source>Warn of an SLA running out business days before</source>
        <translation>Vor ablaufendem SLA warnen, Arbeitstage vorher</translation>
    </message>
    <message>
        <source>Kickoff completion target</source>
        <translation>Zielwert Kickoff-Quote</translation>
    </message>
    <message>
        <source>Time to first value target in days</source>
        <translation>Zielwert Zeit bis zum ersten Nutzen in Tagen</translation>
    </message>
    <message>
        <source>Time to first value target in days, digital-first</source>
        <translation>Zielwert Zeit bis zum ersten Nutzen in Tagen, Digital-First</translation>
    </message>
    <message>
        <source>Implementation on-time rate target</source>
        <translation>Zielwert Termintreue der Implementierung</translation>
    </message>
    <message>
        <source>User adoption target</source>
        <translation>Zielwert Nutzer-Adoption</translation>
    </message>
    <message>
        <source>User adoption measured days after go-live</source>
        <translation>Nutzer-Adoption gemessen Tage nach Go-live</translation>
    </message>
    <message>
        <source>Goal achievement target</source>
        <translation>Zielwert Zielerreichung</translation>
    </message>
    <message>
        <source>Goal achievement measured on day</source>
        <translation>Zielerreichung gemessen an Tag</translation>
    </message>
    <message>
        <source>Onboarding completion target</source>
        <translation>Zielwert Onboarding-Abschluss</translation>
    </message>
    <message>
        <source>Onboarding expected to finish in days</source>
        <translation>Onboarding-Abschluss erwartet in Tagen</translation>
    </message>
    <message>
        <source>Onboarding satisfaction target</source>
        <translation>Zielwert Onboarding-Zufriedenheit</translation>
    </message>
    <message>
        <source>Onboarding NPS target</source>
        <translation>Zielwert Onboarding-NPS</translation>
    </message>
    <message>
        <source>Health weight of the schedule</source>
        <translation>Health-Score-Gewichtung: Zeitplan</translation>
    </message>
    <message>
        <source>Health weight of adoption</source>
        <translation>Health-Score-Gewichtung: Adoption</translation>
    </message>
    <message>
        <source>Health weight of the goals</source>
        <translation>Health-Score-Gewichtung: Ziele</translation>
    </message>
    <message>
        <source>Health weight of the relationship</source>
        <translation>Health-Score-Gewichtung: Beziehung</translation>
    </message>
    <message>
        <source>Health weight of engagement</source>
        <translation>Health-Score-Gewichtung: Engagement</translation>
    </message>
    <message>
        <source>Health good from score</source>
        <translation>Zustand „gut“ ab Score</translation>
    </message>
    <message>
        <source>Health to watch from score</source>
        <translation>Zustand „beobachten“ ab Score</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioDetailPanel</name>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Select a customer to see its health and alerts.</source>
        <translation>Wählen Sie einen Kunden aus, um seinen Zustand und seine Warnungen zu sehen.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s pages (Enter or double-click in the table)</source>
        <translation>Die Seiten des Kunden anzeigen (Eingabetaste oder Doppelklick in der Tabelle)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Erfolgsplan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>no CSM owner</source>
        <translation>kein verantwortlicher CSM</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>noch kein Score</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewichtung %1</translation>
    </message>
    <message>
        <source>Alerts (%1 active, %2 snoozed)</source>
        <translation>Warnungen (%1 aktiv, %2 zurückgestellt)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>No alert: nothing in this onboarding matches a failure pattern today.</source>
        <translation>Keine Warnung: Nichts in diesem Onboarding entspricht heute einem bekannten Fehlermuster.</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (zurückgestellt)</translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until %3</source>
        <translation>Zurückgestellt von %1 am %2 bis %3</translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until the situation changes</source>
        <translation>Zurückgestellt von %1 am %2, bis sich die Lage ändert</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Open the customer&apos;s %1 page, where this is fixed</source>
        <translation>Die Seite „%1“ des Kunden öffnen, auf der sich das beheben lässt</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Put the alert aside with a note; it returns when the situation changes</source>
        <translation>Die Warnung mit einer Notiz zurückstellen; sie kehrt zurück, wenn sich die Lage ändert</translation>
    </message>
    <message>
        <source>Show the alert as active again</source>
        <translation>Die Warnung wieder als aktiv anzeigen</translation>
    </message>
    <message>
        <source>%1: go to %2</source>
        <translation>%1: zu %2 wechseln</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioMetricsView</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Target at most %1</source>
        <translation>Ziel: höchstens %1</translation>
    </message>
    <message>
        <source>Target at least %1</source>
        <translation>Ziel: mindestens %1</translation>
    </message>
    <message numerus="yes">
        <source>Business days from signature to the kickoff: the median over the %n customer(s) whose kickoff was held.</source>
        <translation>
            <numerusform>Arbeitstage von der Unterzeichnung bis zum Kickoff: der Median über %n Kunden, dessen Kickoff abgehalten wurde.</numerusform>
            <numerusform>Arbeitstage von der Unterzeichnung bis zum Kickoff: der Median über die %n Kunden, deren Kickoff abgehalten wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoffs held, of the %n customer(s) whose kickoff was held or whose kickoff deadline has passed.</source>
        <translation>
            <numerusform>Abgehaltene Kickoffs bei %n Kunden, dessen Kickoff abgehalten wurde oder dessen Kickoff-Frist verstrichen ist.</numerusform>
            <numerusform>Abgehaltene Kickoffs bei den %n Kunden, deren Kickoff abgehalten wurde oder deren Kickoff-Frist verstrichen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days from signature to first value: the median over the %n customer(s) who reached first value.</source>
        <translation>
            <numerusform>Tage von der Unterzeichnung bis zum ersten Nutzen: der Median über %n Kunden, der den ersten Nutzen erreicht hat.</numerusform>
            <numerusform>Tage von der Unterzeichnung bis zum ersten Nutzen: der Median über die %n Kunden, die den ersten Nutzen erreicht haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones done by their baseline finish, of the %n milestone(s) done that have a baseline.</source>
        <translation>
            <numerusform>Bis zum Basisplan-Ende erledigte Meilensteine, von %n erledigten Meilenstein mit Basisplan.</numerusform>
            <numerusform>Bis zum Basisplan-Ende erledigte Meilensteine, von den %n erledigten Meilensteinen mit Basisplan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active users over seats at the adoption checkpoint after go-live: the mean over the %n customer(s) past that checkpoint.</source>
        <translation>
            <numerusform>Aktive Nutzer im Verhältnis zu den Lizenzen am Adoption-Messpunkt nach dem Go-live: der Mittelwert über %n Kunden, der diesen Messpunkt überschritten hat.</numerusform>
            <numerusform>Aktive Nutzer im Verhältnis zu den Lizenzen am Adoption-Messpunkt nach dem Go-live: der Mittelwert über die %n Kunden, die diesen Messpunkt überschritten haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objectives achieved by the goal day, over the objectives of the %n customer(s) past that day.</source>
        <translation>
            <numerusform>Bis zum Stichtag erreichte Ziele, bezogen auf die Ziele von %n Kunden, der diesen Tag überschritten hat.</numerusform>
            <numerusform>Bis zum Stichtag erreichte Ziele, bezogen auf die Ziele der %n Kunden, die diesen Tag überschritten haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers who graduated, of the %n customer(s) who graduated or were signed the length of an onboarding ago or more.</source>
        <translation>
            <numerusform>Kunden mit abgeschlossenem Onboarding, von %n Kunden, der abgeschlossen hat oder vor mindestens einer Onboarding-Dauer unterzeichnet wurde.</numerusform>
            <numerusform>Kunden mit abgeschlossenem Onboarding, von den %n Kunden, die abgeschlossen haben oder vor mindestens einer Onboarding-Dauer unterzeichnet wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of %n survey answer(s), on a scale from 1 to 5.</source>
        <translation>
            <numerusform>Der Mittelwert von %n Umfrageantwort auf einer Skala von 1 bis 5.</numerusform>
            <numerusform>Der Mittelwert von %n Umfrageantworten auf einer Skala von 1 bis 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoters less detractors, in points of the %n survey answer(s).</source>
        <translation>
            <numerusform>Promotoren minus Detraktoren, in Punkten, aus %n Umfrageantwort.</numerusform>
            <numerusform>Promotoren minus Detraktoren, in Punkten, aus %n Umfrageantworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed over %n customer(s).</source>
        <translation>
            <numerusform>Berechnet über %n Kunden.</numerusform>
            <numerusform>Berechnet über %n Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) signed</source>
        <translation>
            <numerusform>%1: %n Kunde unterzeichnet</numerusform>
            <numerusform>%1: %n Kunden unterzeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with first value (%2)</source>
        <translation>%1 mit erstem Nutzen (%2)</translation>
    </message>
    <message>
        <source>Median time to first value: %1</source>
        <translation>Median der Zeit bis zum ersten Nutzen: %1</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Zeit bis zum ersten Nutzen</translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation>Kohorten nach Unterzeichnungsmonat</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No data yet. %1</source>
        <translation>Noch keine Daten. %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n Kunde</numerusform>
            <numerusform>%1: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation>Tage seit Unterzeichnung</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without first value yet</source>
        <translation>
            <numerusform>%n Kunde noch ohne ersten Nutzen</numerusform>
            <numerusform>%n Kunden noch ohne ersten Nutzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>With first value</source>
        <translation>Mit erstem Nutzen</translation>
    </message>
    <message>
        <source>Median TTFV (days)</source>
        <translation>Median TTFV (Tage)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>No signature dates yet</source>
        <translation>Noch keine Unterzeichnungsdaten</translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %n signature months</source>
        <translation>
            <numerusform>Die letzten %1 von %n Unterzeichnungsmonat</numerusform>
            <numerusform>Die letzten %1 von %n Unterzeichnungsmonaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioModel</name>
    <message>
        <source>No CSM owner</source>
        <translation>Kein verantwortlicher CSM</translation>
    </message>
    <message>
        <source>No health score</source>
        <translation>Kein Health Score</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n customer(s)</source>
        <translation>
            <numerusform>%1 · %n Kunde</numerusform>
            <numerusform>%1 · %n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk</source>
        <translation>
            <numerusform>, %n gefährdet</numerusform>
            <numerusform>, %n gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Unterzeichnet am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bd</source>
        <translation>
            <numerusform>%n AT</numerusform>
            <numerusform>%n AT</numerusform>
        </translation>
    </message>
    <message>
        <source>not held</source>
        <translation>ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Kickoff held %n business day(s) after signature (target: within %1)</source>
        <translation>
            <numerusform>Kickoff %n Arbeitstag nach Unterzeichnung abgehalten (Ziel: innerhalb von %1)</numerusform>
            <numerusform>Kickoff %n Arbeitstage nach Unterzeichnung abgehalten (Ziel: innerhalb von %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoff not held yet (due within %n business day(s) of signature)</source>
        <translation>
            <numerusform>Kickoff noch nicht abgehalten (fällig innerhalb von %n Arbeitstag nach Unterzeichnung)</numerusform>
            <numerusform>Kickoff noch nicht abgehalten (fällig innerhalb von %n Arbeitstagen nach Unterzeichnung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>none, day %1</source>
        <translation>keiner, Tag %1</translation>
    </message>
    <message numerus="yes">
        <source>First value on %1, %n day(s) after signature (target %2 days)</source>
        <translation>
            <numerusform>Erster Nutzen am %1, %n Tag nach Unterzeichnung (Ziel %2 Tage)</numerusform>
            <numerusform>Erster Nutzen am %1, %n Tage nach Unterzeichnung (Ziel %2 Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No first value yet (target %n day(s) after signature)</source>
        <translation>
            <numerusform>Noch kein erster Nutzen (Ziel %n Tag nach Unterzeichnung)</numerusform>
            <numerusform>Noch kein erster Nutzen (Ziel %n Tage nach Unterzeichnung)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan forecasts it for %1</source>
        <translation>Laut Plan erwartet am %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) finished by their baseline date (target %2)</source>
        <translation>
            <numerusform>%1 von %n Meilenstein bis zum Basisplan-Termin abgeschlossen (Ziel %2)</numerusform>
            <numerusform>%1 von %n Meilensteinen bis zum Basisplan-Termin abgeschlossen (Ziel %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone with a baseline finished yet</source>
        <translation>Noch kein Meilenstein mit Basisplan abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active %n day(s) after go-live (target %2)</source>
        <translation>
            <numerusform>%1 der Lizenzen %n Tag nach Go-live aktiv (Ziel %2)</numerusform>
            <numerusform>%1 der Lizenzen %n Tage nach Go-live aktiv (Ziel %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active now; measured against the target of %2 %n day(s) after go-live</source>
        <translation>
            <numerusform>%1 der Lizenzen derzeit aktiv; gemessen am Ziel von %2 %n Tag nach Go-live</numerusform>
            <numerusform>%1 der Lizenzen derzeit aktiv; gemessen am Ziel von %2 %n Tage nach Go-live</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage data imported</source>
        <translation>Keine Nutzungsdaten importiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n objective(s) achieved (target %2 by day %3)</source>
        <translation>
            <numerusform>%1 von %n Ziel erreicht (Zielwert %2 bis Tag %3)</numerusform>
            <numerusform>%1 von %n Zielen erreicht (Zielwert %2 bis Tag %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>No measurable objective in the success plan</source>
        <translation>Kein messbares Ziel im Erfolgsplan</translation>
    </message>
    <message numerus="yes">
        <source>Average of %n answer(s) on a scale of 1 to 5 (target %1)</source>
        <translation>
            <numerusform>Durchschnitt von %n Antwort auf einer Skala von 1 bis 5 (Ziel %1)</numerusform>
            <numerusform>Durchschnitt von %n Antworten auf einer Skala von 1 bis 5 (Ziel %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No onboarding survey answer yet</source>
        <translation>Noch keine Antwort auf die Onboarding-Umfrage</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 was due on %2</source>
        <translation>%1 war am %2 fällig</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Health %1: %2</source>
        <translation>Health Score %1: %2</translation>
    </message>
    <message>
        <source>No health score yet</source>
        <translation>Noch kein Health Score</translation>
    </message>
    <message>
        <source>%1 %2 (weight %3): %4</source>
        <translation>%1 %2 (Gewichtung %3): %4</translation>
    </message>
    <message>
        <source>%1 (snoozed): %2</source>
        <translation>%1 (zurückgestellt): %2</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Keine Warnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Nutzen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Days since the contract was signed</source>
        <translation>Tage seit der Vertragsunterzeichnung</translation>
    </message>
    <message>
        <source>Business days from signature to the kickoff</source>
        <translation>Arbeitstage von der Unterzeichnung bis zum Kickoff</translation>
    </message>
    <message>
        <source>Days from signature to first value, or the days so far without it</source>
        <translation>Tage von der Unterzeichnung bis zum ersten Nutzen oder bisherige Tage ohne ihn</translation>
    </message>
    <message>
        <source>Milestones finished by their baseline date</source>
        <translation>Bis zum Basisplan-Termin abgeschlossene Meilensteine</translation>
    </message>
    <message>
        <source>Active users over licensed seats, 30 days after go-live once reached</source>
        <translation>Aktive Nutzer im Verhältnis zu den Lizenzen, 30 Tage nach Go-live, sobald erreicht</translation>
    </message>
    <message>
        <source>Objectives of the success plan achieved</source>
        <translation>Erreichte Ziele des Erfolgsplans</translation>
    </message>
    <message>
        <source>Average onboarding satisfaction, 1 to 5</source>
        <translation>Durchschnittliche Onboarding-Zufriedenheit, 1 bis 5</translation>
    </message>
    <message>
        <source>Health score 0-100 from schedule, adoption, goals, relationship and engagement</source>
        <translation>Health Score 0-100 aus Zeitplan, Adoption, Zielen, Beziehung und Engagement</translation>
    </message>
    <message>
        <source>Active alerts (snoozed ones not counted)</source>
        <translation>Aktive Warnungen (zurückgestellte nicht mitgezählt)</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellenwerte…</translation>
    </message>
    <message>
        <source>Change when alerts fire, the targets of the metrics and how health is weighed</source>
        <translation>Festlegen, wann Warnungen ausgelöst werden, welche Zielwerte für die Kennzahlen gelten und wie der Zustand gewichtet wird</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Search customers, owners, industries</source>
        <translation>Kunden, Verantwortliche, Branchen suchen</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Portfolio durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Health at risk</source>
        <translation>Zustand gefährdet</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Im Onboarding</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation>Verantwortlicher CSM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Customers of the portfolio</source>
        <translation>Kunden des Portfolios</translation>
    </message>
    <message>
        <source>Overdue and due actions, meetings in the next 7 days and SLAs running out, across every customer. Double-click or press Enter to open one.</source>
        <translation>Überfällige und fällige Maßnahmen, Termine der nächsten 7 Tage und ablaufende SLAs über alle Kunden hinweg. Zum Öffnen doppelklicken oder die Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>Was heute zu tun ist</translation>
    </message>
    <message>
        <source>Nothing due today: no overdue action, no meeting this week and no SLA running out.</source>
        <translation>Heute ist nichts fällig: keine überfällige Maßnahme, kein Termin in dieser Woche und kein ablaufendes SLA.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n aktive Warnung</numerusform>
            <numerusform>%n aktive Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk, %2 to watch, %3 good</source>
        <translation>%1 gefährdet, %2 beobachten, %3 gut</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsDialog</name>
    <message>
        <source>Portfolio thresholds and targets</source>
        <translation>Schwellenwerte und Zielwerte des Portfolios</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Change portfolio thresholds</source>
        <translation>Schwellenwerte des Portfolios ändern</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsEditor</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health Score</translation>
    </message>
    <message>
        <source>Defaults come from the onboarding playbooks. Changes apply to this workspace and can be undone.</source>
        <translation>Die Standardwerte stammen aus den Onboarding-Playbooks. Änderungen gelten für diesen Arbeitsbereich und lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>All weights are zero, so no customer gets a health score.</source>
        <translation>Alle Gewichtungen sind null, daher erhält kein Kunde einen Health Score.</translation>
    </message>
    <message>
        <source>Weights add up to %1; each part counts by its share of the weights of the parts with data.</source>
        <translation>Die Gewichtungen ergeben zusammen %1; jeder Teil zählt mit seinem Anteil an den Gewichtungen der Teile, für die Daten vorliegen.</translation>
    </message>
</context>
<context>
    <name>Csm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Defaults and tiers</source>
        <translation>Vorgaben und Segmente</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Show the thresholds and targets of the onboarding playbooks</source>
        <translation>Die Schwellenwerte und Zielwerte der Onboarding-Playbooks anzeigen</translation>
    </message>
    <message>
        <source>Thresholds and targets</source>
        <translation>Schwellenwerte und Zielwerte</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Recorded as the author of what you create and change, so colleagues who receive a shared file see who did what, and used to sign the e-mails you write here.</source>
        <translation>Wird als Autor dessen gespeichert, was Sie anlegen und ändern, damit Kollegen in einer geteilten Datei sehen, wer was getan hat, und unterschreibt die E-Mails, die Sie hier schreiben.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Menus, pages, reports and e-mail templates, with dates and numbers written as in that language. Takes effect the next time CSM Workspace starts.</source>
        <translation>Menüs, Seiten, Berichte und E-Mail-Vorlagen, mit Datums- und Zahlenformaten dieser Sprache. Wirkt beim nächsten Start von CSM Workspace.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace that opens at start</source>
        <translation>Arbeitsbereich, der beim Start geöffnet wird</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Beim Start ö&amp;ffnen:</translation>
    </message>
    <message>
        <source> The one open now is %1.</source>
        <translation> Der jetzt geöffnete ist %1.</translation>
    </message>
    <message>
        <source>The workspace file holds your whole portfolio. Leave it empty for the default location; a file that does not exist yet is created with a sample portfolio.</source>
        <translation>Die Arbeitsbereichsdatei enthält Ihr ganzes Portfolio. Lassen Sie das Feld leer für den Standardort; eine Datei, die noch nicht existiert, wird mit einem Beispielportfolio angelegt.</translation>
    </message>
    <message>
        <source>New customers and value items</source>
        <translation>Neue Kunden und Wertposten</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Standard-Stundensatz</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation>&amp;Stundensatz:</translation>
    </message>
    <message>
        <source>A new customer starts in this currency (an ISO 4217 code). A customer&apos;s first value item values hours saved at this rate, in the customer&apos;s currency; later items take the rate of the one before.</source>
        <translation>Ein neuer Kunde beginnt in dieser Währung (ein ISO-4217-Code). Der erste Wertposten eines Kunden bewertet eingesparte Stunden mit diesem Satz in der Währung des Kunden; spätere Posten übernehmen den Satz des vorherigen.</translation>
    </message>
    <message>
        <source>Tiers by annual recurring revenue</source>
        <translation>Segmente nach jährlich wiederkehrendem Umsatz</translation>
    </message>
    <message>
        <source>High-touch enterprise above this ARR</source>
        <translation>High-Touch Enterprise über diesem ARR</translation>
    </message>
    <message>
        <source>Hybrid mid-market from this ARR</source>
        <translation>Hybrid Mid-Market ab diesem ARR</translation>
    </message>
    <message>
        <source>High-touch &amp;enterprise above:</source>
        <translation>High-Touch &amp;Enterprise über:</translation>
    </message>
    <message>
        <source>Hybrid &amp;mid-market from:</source>
        <translation>Hybrid &amp;Mid-Market ab:</translation>
    </message>
    <message>
        <source>Below that: digital-first. The tier proposed for a new customer follows its ARR; customers keep the tier they have.</source>
        <translation>Darunter: Digital First. Das für einen neuen Kunden vorgeschlagene Segment folgt seinem ARR; bestehende Kunden behalten ihr Segment.</translation>
    </message>
    <message>
        <source>Workspace That Opens at Start</source>
        <translation>Arbeitsbereich, der beim Start geöffnet wird</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation>CSM-Arbeitsbereiche (*.csmw)</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not complete: it needs a name, an @ and a domain.</source>
        <translation>Die E-Mail-Adresse „%1“ ist unvollständig: Sie braucht einen Namen, ein @ und eine Domain.</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code, such as EUR or USD.</source>
        <translation>Die Währung braucht einen dreibuchstabigen Code wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Hybrid mid-market starts above high-touch enterprise: lower it to %1 or less.</source>
        <translation>Hybrid Mid-Market beginnt über High-Touch Enterprise: Senken Sie den Wert auf %1 oder weniger.</translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>Csm::Qualification</name>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation>Entscheider verfügbar</translation>
    </message>
    <message>
        <source>no decision maker available</source>
        <translation>kein Entscheider verfügbar</translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation>Kundenressourcen zugesagt</translation>
    </message>
    <message>
        <source>no customer resources committed</source>
        <translation>keine Kundenressourcen zugesagt</translation>
    </message>
    <message>
        <source>customer resources committed without a role or hours per week</source>
        <translation>Kundenressourcen ohne Rolle oder Stunden pro Woche zugesagt</translation>
    </message>
    <message>
        <source>customer resources committed without a role</source>
        <translation>Kundenressourcen ohne Rolle zugesagt</translation>
    </message>
    <message>
        <source>customer resources committed without hours per week</source>
        <translation>Kundenressourcen ohne Stunden pro Woche zugesagt</translation>
    </message>
    <message>
        <source>Executive sponsor named</source>
        <translation>Executive Sponsor benannt</translation>
    </message>
    <message>
        <source>no executive sponsor named</source>
        <translation>kein Executive Sponsor benannt</translation>
    </message>
    <message>
        <source>Qualification: %1</source>
        <translation>Qualifizierung: %1</translation>
    </message>
</context>
<context>
    <name>Csm::QuickWin</name>
    <message>
        <source>Set the kickoff date: the quick win should be reached 7 to 14 days after the kickoff.</source>
        <translation>Legen Sie das Kickoff-Datum fest: Der Quick Win sollte 7 bis 14 Tage nach dem Kickoff erreicht werden.</translation>
    </message>
    <message>
        <source>Give the quick win a target date between %1 and %2, 7 to 14 days after the kickoff.</source>
        <translation>Geben Sie dem Quick Win ein Zieldatum zwischen %1 und %2, 7 bis 14 Tage nach dem Kickoff.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, before the kickoff; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Der Quick Win ist am %1 fällig, also vor dem Kickoff; peilen Sie %2 bis %3 an, 7 bis 14 Tage nach dem Kickoff.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, too soon after the kickoff to be meaningful; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Der Quick Win ist am %1 fällig, zu kurz nach dem Kickoff, um aussagekräftig zu sein; peilen Sie %2 bis %3 an, 7 bis 14 Tage nach dem Kickoff.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, too late to be quick; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Der Quick Win ist am %1 fällig, zu spät, um noch schnell zu sein; peilen Sie %2 bis %3 an, 7 bis 14 Tage nach dem Kickoff.</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(unbenanntes Ziel)</translation>
    </message>
    <message>
        <source>More than one objective is marked as quick win (%1): keep one, so that the customer sees a single early result.</source>
        <translation>Mehr als ein Ziel ist als Quick Win markiert (%1): Behalten Sie nur eines, damit der Kunde ein einzelnes frühes Ergebnis sieht.</translation>
    </message>
</context>
<context>
    <name>Csm::RaiseRiskDialog</name>
    <message>
        <source>Raise a risk</source>
        <translation>Risiko melden</translation>
    </message>
    <message>
        <source>What could derail this?</source>
        <translation>Was könnte das zum Scheitern bringen?</translation>
    </message>
    <message>
        <source>Who watches it</source>
        <translation>Wer es beobachtet</translation>
    </message>
    <message>
        <source>What we do to keep it from happening</source>
        <translation>Was wir tun, damit es nicht eintritt</translation>
    </message>
    <message>
        <source>When it escalates, e.g. no IT admin by day 10</source>
        <translation>Wann es eskaliert, z. B. kein IT-Admin bis Tag 10</translation>
    </message>
    <message>
        <source>Raise risk</source>
        <translation>Risiko melden</translation>
    </message>
    <message>
        <source>It also appears in the risk log.</source>
        <translation>Es erscheint auch im Risikoprotokoll.</translation>
    </message>
</context>
<context>
    <name>Csm::RecordDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Csm::RejectedRowsModel</name>
    <message>
        <source>Whole row</source>
        <translation>Ganze Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The row of the file as a spreadsheet numbers it: the header is row 1</source>
        <translation>Die Zeile der Datei, wie eine Tabellenkalkulation sie nummeriert: Die Kopfzeile ist Zeile 1</translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangle</name>
    <message>
        <source>no customer contact</source>
        <translation>kein Kundenkontakt</translation>
    </message>
    <message>
        <source>only one customer contact</source>
        <translation>nur ein Kundenkontakt</translation>
    </message>
    <message>
        <source>no executive sponsor</source>
        <translation>kein Executive Sponsor</translation>
    </message>
    <message>
        <source>Single-threaded: %1</source>
        <translation>Single-Threaded: %1</translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangleWidget</name>
    <message>
        <source>Multi-threaded: %1 customer contacts and an executive sponsor.</source>
        <translation>Multi-Threaded: %1 Kundenkontakte und ein Executive Sponsor.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Executive sponsor: %1
Primary contacts: %2
Power users: %3
%4</source>
        <translation>Executive Sponsor: %1
Primäre Kontakte: %2
Power-User: %3
%4</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Primary contacts</source>
        <translation>Primäre Kontakte</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primärer Kontakt</translation>
    </message>
    <message>
        <source>Power users</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 · %2, %3 wanted</source>
        <translation>%1 · %2, %3 gewünscht</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
</context>
<context>
    <name>Csm::Report</name>
    <message>
        <source>Not enough data</source>
        <translation>Nicht bewertbar</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Gleichbleibend</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Verbessert sich</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Verschlechtert sich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation>Customer Success Manager</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>%1 (day %2 today)</source>
        <translation>%1 (heute Tag %2)</translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation>Primärer Anwendungsfall</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Ziele und Fortschritt</translation>
    </message>
    <message>
        <source>No measurable objectives have been agreed yet. Agreeing two or three goals with a baseline and a target is the first step of the next period.</source>
        <translation>Es wurden noch keine messbaren Ziele vereinbart. Zwei oder drei Ziele mit Ausgangswert und Zielwert zu vereinbaren, ist der erste Schritt im nächsten Zeitraum.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 of %2 achieved so far.</source>
        <translation>%1 von %2 bisher erreicht.</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Zeit bis zum ersten Nutzen</translation>
    </message>
    <message>
        <source>No signature date is recorded, so time to first value cannot be counted.</source>
        <translation>Es ist kein Unterzeichnungsdatum erfasst, daher lässt sich die Zeit bis zum ersten Nutzen nicht berechnen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation>Tage seit Unterzeichnung</translation>
    </message>
    <message>
        <source>First value was reached on %1, %2 after signature.</source>
        <translation>Der erste Nutzen wurde am %1 erreicht, %2 nach Unterzeichnung.</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation>Erster Nutzen erreicht</translation>
    </message>
    <message>
        <source>First value was reached on %1 with &quot;%2&quot;, %3 after signature.</source>
        <translation>Der erste Nutzen wurde am %1 mit „%2“ erreicht, %3 nach Unterzeichnung.</translation>
    </message>
    <message>
        <source>First value is not reached yet. At the pace so far, &quot;%1&quot; is expected on %2, %3 after signature.</source>
        <translation>Der erste Nutzen ist noch nicht erreicht. Beim bisherigen Tempo wird „%1“ am %2 erwartet, %3 nach Unterzeichnung.</translation>
    </message>
    <message>
        <source>First value forecast</source>
        <translation>Prognose erster Nutzen</translation>
    </message>
    <message>
        <source>First value is not reached yet, and the plan has no first-value milestone to forecast it from.</source>
        <translation>Der erste Nutzen ist noch nicht erreicht, und der Plan hat keinen Meilenstein für den ersten Nutzen, aus dem sich eine Prognose ableiten ließe.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Target for the tier (%1)</source>
        <translation>Zielwert des Segments (%1)</translation>
    </message>
    <message>
        <source>Portfolio median (%1)</source>
        <translation>Portfolio-Median (%1)</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>No product usage has been imported for this customer yet.</source>
        <translation>Für diesen Kunden wurde noch keine Produktnutzung importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats were active in the last 30 days (%3); usage is %4 against the three weeks before.</source>
        <translation>%1 von %2 Lizenzen waren in den letzten 30 Tagen aktiv (%3); Trend der Nutzung gegenüber den drei Wochen davor: %4.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Active users, last 30 days</source>
        <translation>Aktive Nutzer, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Active users, last 7 days</source>
        <translation>Aktive Nutzer, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Adoption (active users / seats)</source>
        <translation>Adoption (aktive Nutzer / Lizenzen)</translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation>Login-Rate</translation>
    </message>
    <message>
        <source>Activation rate (%1)</source>
        <translation>Aktivierungsrate (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Schulungsabschluss</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Funktionsnutzung</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Share of active users</source>
        <translation>Anteil aktiver Nutzer</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>New goals and next steps</source>
        <translation>Neue Ziele und nächste Schritte</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No goals with a later target date and no open actions.</source>
        <translation>Keine Ziele mit späterem Zieldatum und keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Goals ahead</source>
        <translation>Anstehende Ziele</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Erzielter Wert</translation>
    </message>
    <message>
        <source>About %1 a year so far: %2 hours saved a month, revenue and cost impact included.</source>
        <translation>Bisher rund %1 pro Jahr: %2 eingesparte Stunden pro Monat, Umsatz- und Kostenwirkung eingerechnet.</translation>
    </message>
    <message>
        <source>Hours saved a month</source>
        <translation>Eingesparte Stunden pro Monat</translation>
    </message>
    <message>
        <source>Hours x rate a year</source>
        <translation>Stunden x Satz pro Jahr</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation>Expansionsmöglichkeiten</translation>
    </message>
    <message>
        <source>Open opportunities worth %1 in annual recurring revenue.</source>
        <translation>Offene Expansionsmöglichkeiten im Wert von %1 an jährlich wiederkehrendem Umsatz.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möglichkeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation>Potenzieller ARR</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Befürworter</translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation>Onboarding-Umfrage</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 Antwort</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>%1: satisfaction %2 (target above 4.5), onboarding NPS %3 (target above 50).</source>
        <translation>%1: Zufriedenheit %2 (Ziel über 4,5), Onboarding-NPS %3 (Ziel über 50).</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>Durchschnittliche Zufriedenheit (1-5)</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>Onboarding-NPS</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotoren (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passive (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detraktoren (0-6)</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Hand-over to ongoing success management</source>
        <translation>Übergabe an das laufende Success Management</translation>
    </message>
    <message>
        <source>the ongoing CSM (not named yet)</source>
        <translation>der betreuende CSM (noch nicht benannt)</translation>
    </message>
    <message>
        <source>From here %1 looks after %2, with a first quarterly business review on %3.</source>
        <translation>Ab jetzt betreut %1 %2, mit einem ersten Quarterly Business Review am %3.</translation>
    </message>
    <message>
        <source>From here %1 looks after %2; the first quarterly business review is still to be scheduled.</source>
        <translation>Ab jetzt betreut %1 %2; das erste Quarterly Business Review muss noch terminiert werden.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation>Ursprüngliche Ziele geprüft</translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation>Neue Ziele festgelegt</translation>
    </message>
    <message>
        <source>Ongoing CSM</source>
        <translation>Betreuender CSM</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Check-in-Rhythmus</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Erstes QBR</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Value review</source>
        <translation>Value Review</translation>
    </message>
    <message>
        <source>Executive business review</source>
        <translation>Executive Business Review</translation>
    </message>
    <message>
        <source>Graduation summary</source>
        <translation>Abschlusszusammenfassung</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>by week %1</source>
        <translation>bis Woche %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2</source>
        <translation>Ihr Ziel war, %1 bei %2 zu halten</translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2 %3</source>
        <translation>Ihr Ziel war, %1 %3 bei %2 zu halten</translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3</source>
        <translation>Ihr Ziel war, %1 von %2 auf %3 zu steigern</translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3 %4</source>
        <translation>Ihr Ziel war, %1 von %2 auf %3 %4 zu steigern</translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3</source>
        <translation>Ihr Ziel war, %1 von %2 auf %3 zu senken</translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3 %4</source>
        <translation>Ihr Ziel war, %1 von %2 auf %3 %4 zu senken</translation>
    </message>
    <message>
        <source>%1; there is no measurement yet.</source>
        <translation>%1; es gibt noch keinen Messwert.</translation>
    </message>
    <message>
        <source>and have reached it</source>
        <translation>und haben es erreicht</translation>
    </message>
    <message>
        <source>and the target date has passed</source>
        <translation>und das Zieldatum ist verstrichen</translation>
    </message>
    <message>
        <source>and at risk</source>
        <translation>und das Ziel ist gefährdet</translation>
    </message>
    <message>
        <source>and on track</source>
        <translation>und sind auf Kurs</translation>
    </message>
    <message>
        <source>%1; you are at %2 after %3 %4.</source>
        <translation>%1; Sie liegen nach %3 bei %2 %4.</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1; you are at %2 %3.</source>
        <translation>%1; Sie liegen bei %2 %3.</translation>
    </message>
    <message>
        <source>Include %1 in the report</source>
        <translation>%1 in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Leave %1 out of the report</source>
        <translation>%1 im Bericht weglassen</translation>
    </message>
    <message>
        <source>Edit the commentary on %1</source>
        <translation>Kommentar zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Das PDF-Dokument %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 Ziel</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 Zielen</translation>
    </message>
</context>
<context>
    <name>Csm::ReportNote</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Csm::Risk</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Escalation trigger</source>
        <translation>Eskalationsauslöser</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation>Beim Kickoff gemeldet</translation>
    </message>
</context>
<context>
    <name>Csm::RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>Csm::RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>In Minderung</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>Csm::Schedule</name>
    <message>
        <source>(unnamed task)</source>
        <translation>(unbenannte Aufgabe)</translation>
    </message>
</context>
<context>
    <name>Csm::Sentiment</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Befürworter</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Skeptic</source>
        <translation>Skeptiker</translation>
    </message>
</context>
<context>
    <name>Csm::ShareCrypto</name>
    <message>
        <source>&quot;%1&quot; cannot be protected: %2.</source>
        <translation>„%1“ kann nicht geschützt werden: %2.</translation>
    </message>
    <message>
        <source>the encryption library cannot be started</source>
        <translation>die Verschlüsselungsbibliothek kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>it cannot be written over itself</source>
        <translation>die Datei kann sich nicht selbst überschreiben</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>es ist nicht genügend Arbeitsspeicher vorhanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written (%2).</source>
        <translation>„%1“ kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>it was changed or damaged after it was protected</source>
        <translation>die Datei wurde nach dem Schützen verändert oder beschädigt</translation>
    </message>
    <message>
        <source>it ends too early, part of it is missing</source>
        <translation>die Datei endet zu früh, ein Teil fehlt</translation>
    </message>
    <message>
        <source>it is not a passphrase-protected file</source>
        <translation>die Datei ist keine mit einer Passphrase geschützte Datei</translation>
    </message>
    <message>
        <source>it was protected by a newer version of CSM Workspace</source>
        <translation>die Datei wurde mit einer neueren Version von CSM Workspace geschützt</translation>
    </message>
    <message>
        <source>it was protected with settings this version does not accept</source>
        <translation>die Datei wurde mit Einstellungen geschützt, die diese Version nicht akzeptiert</translation>
    </message>
    <message>
        <source>there is not enough memory to check the passphrase</source>
        <translation>es ist nicht genügend Arbeitsspeicher vorhanden, um die Passphrase zu prüfen</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>die Passphrase öffnet die Datei nicht</translation>
    </message>
    <message>
        <source>its decrypted copy %1 cannot be written (%2)</source>
        <translation>die entschlüsselte Kopie %1 kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::ShareDialog</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>Share customer %1</source>
        <translation>Kunden %1 teilen</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>%1 teilen</translation>
    </message>
    <message>
        <source>Saves the customer&apos;s onboarding file for a colleague. When it comes back, take it back to merge their changes with yours.</source>
        <translation>Speichert die Onboarding-Datei des Kunden für einen Kollegen. Wenn sie zurückkommt, nehmen Sie sie zurück, um seine Änderungen mit Ihren zusammenzuführen.</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Nutzungsdaten</translation>
    </message>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Rohe Nutzungsereignisse (%Ln Ereignis)</numerusform>
            <numerusform>Rohe Nutzungsereignisse (%Ln Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event, so your colleague can recompute anything</source>
        <translation>Jedes Ereignis, damit Ihr Kollege alles neu berechnen kann</translation>
    </message>
    <message>
        <source>Usage rollups only (smaller)</source>
        <translation>Nur Tagessummen der Nutzung (kleiner)</translation>
    </message>
    <message>
        <source>The daily totals the adoption metrics read</source>
        <translation>Die Tagessummen, auf denen die Nutzungskennzahlen beruhen</translation>
    </message>
    <message>
        <source>No usage data</source>
        <translation>Keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase</source>
        <translation>Mit einer &amp;Passphrase schützen</translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the file travels: by phone or in a chat, not in the same e-mail.</source>
        <translation>Teilen Sie Ihrem Kollegen die Passphrase auf einem anderen Weg mit als die Datei: per Telefon oder im Chat, nicht in derselben E-Mail.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the file anywhere</source>
        <translation>Die Datei an einem beliebigen Ort speichern</translation>
    </message>
    <message>
        <source>Save to &amp;Shared Folder…</source>
        <translation>Im &amp;geteilten Ordner speichern…</translation>
    </message>
    <message>
        <source>Save the file to a folder you share with your colleague; the workspace remembers it to notice their changes</source>
        <translation>Die Datei in einem Ordner speichern, den Sie mit Ihrem Kollegen teilen; der Arbeitsbereich merkt sich die Datei, um seine Änderungen zu bemerken</translation>
    </message>
    <message>
        <source>Send by &amp;E-mail…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <source>Attach the file to a new e-mail in your mail program</source>
        <translation>Die Datei an eine neue E-Mail in Ihrem Mailprogramm anhängen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Share</source>
        <translation>Teilen nicht möglich</translation>
    </message>
    <message>
        <source>Saved to %1 (%2), protected with a passphrase.</source>
        <translation>Gespeichert unter %1 (%2), mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Saved to %1 (%2).</source>
        <translation>Gespeichert unter %1 (%2).</translation>
    </message>
    <message>
        <source>The file was saved, but the workspace could not remember it as the customer&apos;s shared file: %1</source>
        <translation>Die Datei wurde gespeichert, aber der Arbeitsbereich konnte sie nicht als geteilte Datei des Kunden vermerken: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 onboarding file</source>
        <translation>Onboarding-Datei %1</translation>
    </message>
    <message>
        <source>Attached %1 (%2) to a new e-mail.</source>
        <translation>%1 (%2) an eine neue E-Mail angehängt.</translation>
    </message>
    <message>
        <source>Saved to %1 (%2); attach it to an e-mail yourself.</source>
        <translation>Gespeichert unter %1 (%2); hängen Sie die Datei selbst an eine E-Mail an.</translation>
    </message>
    <message>
        <source>Send by E-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>No mail program could be started. The file is in the folder that was just opened: attach “%1” to an e-mail yourself.</source>
        <translation>Es konnte kein Mailprogramm gestartet werden. Die Datei liegt in dem Ordner, der gerade geöffnet wurde: Hängen Sie „%1“ selbst an eine E-Mail an.</translation>
    </message>
    <message>
        <source>Save Shared File</source>
        <translation>Geteilte Datei speichern</translation>
    </message>
    <message>
        <source>Onboarding files (*.onboarding)</source>
        <translation>Onboarding-Dateien (*.onboarding)</translation>
    </message>
    <message>
        <source>Choose the Shared Folder</source>
        <translation>Geteilten Ordner wählen</translation>
    </message>
    <message>
        <source>%1 changed since you last saved it there, perhaps by a colleague. Replace it? To keep their changes, take the file back first.</source>
        <translation>%1 wurde geändert, seit Sie die Datei dort zuletzt gespeichert haben, vielleicht von einem Kollegen. Ersetzen? Um seine Änderungen zu behalten, nehmen Sie die Datei zuerst zurück.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace Shared File</source>
        <translation>Geteilte Datei ersetzen</translation>
    </message>
</context>
<context>
    <name>Csm::SharedFile</name>
    <message>
        <source>&quot;%1&quot; cannot be taken in: %2.</source>
        <translation>„%1“ kann nicht übernommen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the customer is not in the workspace</source>
        <translation>der Kunde ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>no temporary folder could be made</source>
        <translation>es konnte kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is protected by a passphrase</source>
        <translation>die Datei ist mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes)</source>
        <translation>die Datei ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation>es ist keine Datei von CSM Workspace (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a shared onboarding file</source>
        <translation>es ist die Datenbank einer anderen Anwendung, keine geteilte Onboarding-Datei</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is a workspace, not one customer&apos;s shared file</source>
        <translation>es ist ein Arbeitsbereich, nicht die geteilte Datei eines einzelnen Kunden</translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace. Please update the application</source>
        <translation>die Datei wurde von einer neueren Version von CSM Workspace geschrieben. Bitte aktualisieren Sie die Anwendung</translation>
    </message>
    <message>
        <source>it does not say which customer it holds</source>
        <translation>die Datei gibt nicht an, welchen Kunden sie enthält</translation>
    </message>
    <message>
        <source>it holds more than one customer</source>
        <translation>die Datei enthält mehr als einen Kunden</translation>
    </message>
    <message>
        <source>the customer it names is not in it</source>
        <translation>der Kunde, den sie nennt, ist nicht in der Datei enthalten</translation>
    </message>
    <message>
        <source>its content does not match its checksum: it was changed or damaged on the way</source>
        <translation>der Inhalt passt nicht zur Prüfsumme: Die Datei wurde unterwegs verändert oder beschädigt</translation>
    </message>
    <message>
        <source>The file has newer usage imports but carries their rollups only; the raw events here are kept. Ask for the file with raw usage data to take them.</source>
        <translation>Die Datei hat neuere Nutzungsimporte, enthält davon aber nur die Tagessummen; die Rohereignisse hier bleiben erhalten. Fordern Sie die Datei mit rohen Nutzungsdaten an, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>The usage data here already includes everything the file carries.</source>
        <translation>Die Nutzungsdaten hier enthalten bereits alles, was die Datei mitbringt.</translation>
    </message>
    <message>
        <source>Both sides imported usage data the other does not have; the data here is kept. Import the other side&apos;s usage files here to combine them.</source>
        <translation>Beide Seiten haben Nutzungsdaten importiert, die der anderen fehlen; die Daten hier bleiben erhalten. Importieren Sie die Nutzungsdateien der anderen Seite hier, um sie zusammenzuführen.</translation>
    </message>
    <message>
        <source>The file could not be taken back.</source>
        <translation>Die Datei konnte nicht zurückgenommen werden.</translation>
    </message>
</context>
<context>
    <name>Csm::SharingController</name>
    <message>
        <source>Take back a shared file</source>
        <translation>Geteilte Datei zurücknehmen</translation>
    </message>
    <message>
        <source>Shared onboarding files (*.onboarding);;All files (*)</source>
        <translation>Geteilte Onboarding-Dateien (*.onboarding);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The passphrase does not open it. Try again.</source>
        <translation>Die Passphrase öffnet die Datei nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot take the file back</source>
        <translation>Die Datei kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <source>Shared file changed</source>
        <translation>Geteilte Datei geändert</translation>
    </message>
    <message>
        <source>The shared file of %1 changed on disk:
%2

Take it back now? You will see what changed before anything is merged.</source>
        <translation>Die geteilte Datei von %1 wurde auf dem Datenträger geändert:
%2

Jetzt zurücknehmen? Sie sehen, was sich geändert hat, bevor etwas zusammengeführt wird.</translation>
    </message>
</context>
<context>
    <name>Csm::Side</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
</context>
<context>
    <name>Csm::SnoozeAlertDialog</name>
    <message>
        <source>Until the &amp;situation changes</source>
        <translation>Bis sich die &amp;Lage ändert</translation>
    </message>
    <message>
        <source>Until the end of &amp;day:</source>
        <translation>Bis zum Ende des &amp;Tages:</translation>
    </message>
    <message>
        <source>Snooze alert</source>
        <translation>Warnung zurückstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Note (why it can wait):</source>
        <translation>&amp;Notiz (warum es warten kann):</translation>
    </message>
    <message>
        <source>e.g. The sponsor is on leave until the 20th</source>
        <translation>z. B. Der Sponsor ist bis zum 20. im Urlaub</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>The alert comes back as soon as the facts behind it change, whichever you choose.</source>
        <translation>Die Warnung kehrt zurück, sobald sich die zugrunde liegenden Fakten ändern, ganz gleich, was Sie wählen.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>Csm::Stakeholder</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 zu „%2“ verschieben</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderRole</name>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Admin owner</source>
        <translation>Admin-Verantwortlicher</translation>
    </message>
    <message>
        <source>Day-to-day project lead</source>
        <translation>Projektleitung im Tagesgeschäft</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endnutzer</translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation>Customer Success Manager</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementierung</translation>
    </message>
    <message>
        <source>Support escalation</source>
        <translation>Support-Eskalation</translation>
    </message>
</context>
<context>
    <name>Csm::Status</name>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanDelegate</name>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanPage</name>
    <message>
        <source>Add outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Joint success plan</source>
        <translation>Gemeinsamer Erfolgsplan</translation>
    </message>
    <message>
        <source>No quick win yet: mark the objective the customer can reach 7 to 14 days after the kickoff as the quick win.</source>
        <translation>Noch kein Quick Win: Markieren Sie das Ziel, das der Kunde 7 bis 14 Tage nach dem Kickoff erreichen kann, als Quick Win.</translation>
    </message>
    <message>
        <source>No success plan yet</source>
        <translation>Noch kein Erfolgsplan</translation>
    </message>
    <message>
        <source>A joint success plan (3xO) ties what the customer wants to what both teams do to get there. Agree it at the kickoff, then measure it along the way.</source>
        <translation>Ein Gemeinsamer Erfolgsplan (3xO) verbindet, was der Kunde erreichen will, mit dem, was beide Teams dafür tun. Vereinbaren Sie ihn beim Kickoff und messen Sie ihn dann laufend.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The business value the customer wants, e.g. &quot;reduce reporting time by 50 %&quot;.</source>
        <translation>Der Geschäftswert, den der Kunde erreichen will, z. B. „Berichtszeit um 50 % senken“.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Measurable proof of each outcome: a metric with baseline, target, target date and an owner on both sides.</source>
        <translation>Messbarer Nachweis jedes Ergebnisses: eine Kennzahl mit Ausgangswert, Zielwert, Zieldatum und je einem Verantwortlichen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Operational steps</source>
        <translation>Operative Schritte</translation>
    </message>
    <message>
        <source>The tasks that move each objective, with an owner and a due date.</source>
        <translation>Die Aufgaben, die jedes Ziel voranbringen, mit einem Verantwortlichen und einem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Erfolgsplan</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Kickoff on %1</source>
        <translation>Kickoff am %1</translation>
    </message>
    <message>
        <source>No kickoff date yet</source>
        <translation>Noch kein Kickoff-Termin</translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation>Ziele erreicht oder im Plan: %1 von %2</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(unbenanntes Ziel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove outcome</source>
        <translation>Ergebnis entfernen</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Ausgewähltes Element entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove the selected item with everything under it (Del)</source>
        <translation>Ausgewähltes Element mit allem darunter entfernen (Entf)</translation>
    </message>
    <message>
        <source>Select an objective to see where it stands and to record measurements.</source>
        <translation>Wählen Sie ein Ziel aus, um seinen Stand zu sehen und Messwerte zu erfassen.</translation>
    </message>
    <message>
        <source>Edit a step in the list above: double-click its task, owner or due date, and tick it when it is done.</source>
        <translation>Bearbeiten Sie einen Schritt in der Liste oben: Doppelklicken Sie auf Aufgabe, Verantwortlichen oder Fälligkeitsdatum, und haken Sie ihn ab, wenn er erledigt ist.</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No measurement yet: add a reading to see progress.</source>
        <translation>Noch kein Messwert: Erfassen Sie einen Wert, um den Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>Target reached with %1 on %2, after the target date.</source>
        <translation>Zielwert mit %1 am %2 erreicht, nach dem Zieldatum.</translation>
    </message>
    <message>
        <source>Target reached with %1 on %2.</source>
        <translation>Zielwert mit %1 am %2 erreicht.</translation>
    </message>
    <message>
        <source>The target date %1 has passed with %2 of the way done (latest %3).</source>
        <translation>Das Zieldatum %1 ist verstrichen, %2 des Wegs sind geschafft (zuletzt %3).</translation>
    </message>
    <message>
        <source>The value should hold at %1; the latest reading is %2.</source>
        <translation>Der Wert soll bei %1 bleiben; der letzte Messwert ist %2.</translation>
    </message>
    <message>
        <source>%1 of the way on %2, %3 expected by today.</source>
        <translation>%1 des Wegs am %2, bis heute erwartet: %3.</translation>
    </message>
    <message>
        <source>%1 of the way; no target date to project against.</source>
        <translation>%1 des Wegs; kein Zieldatum für eine Hochrechnung.</translation>
    </message>
    <message>
        <source>Worse than the baseline (%1); no target date to project against.</source>
        <translation>Schlechter als der Ausgangswert (%1); kein Zieldatum für eine Hochrechnung.</translation>
    </message>
    <message>
        <source>Outcome, objective or step</source>
        <translation>Ergebnis, Ziel oder Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Ausgangswert → Ziel</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich (Kunde)</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(unbenanntes Ergebnis)</translation>
    </message>
    <message>
        <source>No objectives</source>
        <translation>Keine Ziele</translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation>Ziele erreicht oder im Plan: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 on track</source>
        <translation>%1 von %2 im Plan</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(unbenanntes Ziel)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Zieldatum: %1</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation>Beim Kickoff bestätigt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edit baseline and target in the details below.</source>
        <translation>Ausgangs- und Zielwert bearbeiten Sie in den Details unten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Gemessen am %1</translation>
    </message>
    <message>
        <source>Measured on %1: %2</source>
        <translation>Gemessen am %1: %2</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannter Schritt)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponse</name>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Likely to recommend (0-10)</source>
        <translation>Weiterempfehlung (0–10)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponseDelegate</name>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>Csm::TakeBackDialog</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n Datensatz hinzugefügt</numerusform>
            <numerusform>%n Datensätze hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n Datensatz geändert</numerusform>
            <numerusform>%n Datensätze geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n Datensatz gelöscht</numerusform>
            <numerusform>%n Datensätze gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Add Customer from Shared File</source>
        <translation>Kunden aus geteilter Datei hinzufügen</translation>
    </message>
    <message>
        <source>Take Back %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Protected with a passphrase</source>
        <translation>Mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Usage data:</source>
        <translation>Nutzungsdaten:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Rohe Nutzungsereignisse (%Ln Ereignis)</numerusform>
            <numerusform>Rohe Nutzungsereignisse (%Ln Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage rollups only</source>
        <translation>Nur Tagessummen der Nutzung</translation>
    </message>
    <message>
        <source>Merged against the file exchanged on %1</source>
        <translation>Abgeglichen mit der am %1 ausgetauschten Datei</translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is shown as a conflict</source>
        <translation>Von hier aus nie ausgetauscht: Jeder Unterschied wird als Konflikt angezeigt</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>A new customer: %1 will be added with %2 and %3.</source>
        <translation>Ein neuer Kunde: %1 wird mit %2 und %3 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n Stakeholder</numerusform>
            <numerusform>%n Stakeholdern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes taken from the file</source>
        <translation>Aus der Datei übernommene Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides changed these. Choose what to keep.</source>
        <translation>
            <numerusform>%n Konflikt: Beide Seiten haben dies geändert. Wählen Sie, was behalten werden soll.</numerusform>
            <numerusform>%n Konflikte: Beide Seiten haben diese geändert. Wählen Sie, was behalten werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation>Alles hier &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation>Alles von &amp;dort übernehmen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The file&apos;s usage data is added.</source>
        <translation>Die Nutzungsdaten der Datei werden hinzugefügt.</translation>
    </message>
    <message>
        <source>The usage data here is replaced by the file&apos;s, which has newer imports.</source>
        <translation>Die Nutzungsdaten hier werden durch die der Datei ersetzt, die neuere Importe enthält.</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Hier behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Von dort übernehmen</translation>
    </message>
    <message>
        <source>Keep here: %1</source>
        <translation>Hier behalten: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Von dort übernehmen: %1</translation>
    </message>
    <message>
        <source>Add Customer</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Nothing to take: this workspace already has everything in the file.</source>
        <translation>Nichts zu übernehmen: Dieser Arbeitsbereich enthält bereits alles aus der Datei.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>No record changes here with these choices.</source>
        <translation>Mit dieser Auswahl ändern sich hier keine Datensätze.</translation>
    </message>
    <message>
        <source>Taking it back: %1.</source>
        <translation>Beim Zurücknehmen: %1.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>The customer changed in this workspace while this window was open. Open the file again to take it back.</source>
        <translation>Der Kunde wurde in diesem Arbeitsbereich geändert, während dieses Fenster offen war. Öffnen Sie die Datei erneut, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <source>Cannot Take Back</source>
        <translation>Zurücknehmen nicht möglich</translation>
    </message>
</context>
<context>
    <name>Csm::TaskDependency</name>
    <message>
        <source>Predecessor</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lag (business days)</source>
        <translation>Verzögerung (Arbeitstage)</translation>
    </message>
</context>
<context>
    <name>Csm::TaskDetailsPanel</name>
    <message>
        <source>Select a task or milestone in the chart to see and edit it here.</source>
        <translation>Wählen Sie im Diagramm eine Aufgabe oder einen Meilenstein aus, um sie hier anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>What is done, e.g. Configure SSO</source>
        <translation>Was erledigt wird, z. B. SSO konfigurieren</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Workstream</source>
        <translation>Arbeits&amp;paket</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Our o&amp;wner</source>
        <translation>Verantwortlich bei &amp;uns</translation>
    </message>
    <message>
        <source>&amp;Customer owner</source>
        <translation>Verantwortlich beim &amp;Kunden</translation>
    </message>
    <message>
        <source>What the task waits for on the customer&apos;s side; it counts towards the friction score</source>
        <translation>Worauf die Aufgabe auf Kundenseite wartet; fließt in den Friction Score ein</translation>
    </message>
    <message>
        <source>Waiting &amp;on</source>
        <translation>&amp;Wartet auf</translation>
    </message>
    <message>
        <source>First-value milestone</source>
        <translation>Meilenstein „Erster Nutzen“</translation>
    </message>
    <message>
        <source>The activation event: where the customer first gets real value. One per plan.</source>
        <translation>Das Aktivierungsereignis: der Punkt, an dem der Kunde zum ersten Mal echten Nutzen hat. Einer pro Plan.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Anything the team should know</source>
        <translation>Alles, was das Team wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Links of the task</source>
        <translation>Verknüpfungen der Aufgabe</translation>
    </message>
    <message>
        <source>Not linked to other tasks.</source>
        <translation>Nicht mit anderen Aufgaben verknüpft.</translation>
    </message>
    <message>
        <source>Link to a task…</source>
        <translation>Mit Aufgabe verknüpfen…</translation>
    </message>
    <message>
        <source>Make this task wait for another one, or another one wait for it</source>
        <translation>Diese Aufgabe auf eine andere warten lassen oder eine andere auf diese</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Make %1 a milestone</source>
        <translation>%1 zu einem Meilenstein machen</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keiner gespeichert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Measured once a baseline is saved</source>
        <translation>Wird gemessen, sobald ein Basisplan gespeichert ist</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) late</source>
        <translation>
            <numerusform>%n Arbeitstag zu spät</numerusform>
            <numerusform>%n Arbeitstage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) early</source>
        <translation>
            <numerusform>%n Arbeitstag zu früh</numerusform>
            <numerusform>%n Arbeitstage zu früh</numerusform>
        </translation>
    </message>
    <message>
        <source>On its baseline</source>
        <translation>Entspricht dem Basisplan</translation>
    </message>
    <message>
        <source>%1; overdue</source>
        <translation>%1; überfällig</translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation>(unbenanntes Arbeitspaket)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation>Verknüpfungen entfernen</translation>
    </message>
</context>
<context>
    <name>Csm::TaskListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2
Press Enter or double-click to select it in the chart.</source>
        <translation>%1
%2
Drücken Sie die Eingabetaste oder doppelklicken Sie, um die Aufgabe im Diagramm auszuwählen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Csm::TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Csm::TaskType</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
</context>
<context>
    <name>Csm::Tier</name>
    <message>
        <source>High-touch enterprise</source>
        <translation>High-Touch Enterprise</translation>
    </message>
    <message>
        <source>Hybrid mid-market</source>
        <translation>Hybrid Mid-Market</translation>
    </message>
    <message>
        <source>Digital-first</source>
        <translation>Digital First</translation>
    </message>
</context>
<context>
    <name>Csm::TimelinePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add workstream</source>
        <translation>Arbeitspaket hinzufügen</translation>
    </message>
    <message>
        <source>Add a workstream to the plan</source>
        <translation>Dem Plan ein Arbeitspaket hinzufügen</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a task to the current workstream</source>
        <translation>Dem aktuellen Arbeitspaket eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Add a milestone to the current workstream</source>
        <translation>Dem aktuellen Arbeitspaket einen Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the current task, or the current workstream with its tasks</source>
        <translation>Die aktuelle Aufgabe entfernen oder das aktuelle Arbeitspaket mit seinen Aufgaben</translation>
    </message>
    <message>
        <source>Link tasks…</source>
        <translation>Aufgaben verknüpfen…</translation>
    </message>
    <message>
        <source>Make one task wait for another</source>
        <translation>Eine Aufgabe auf eine andere warten lassen</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <source>Keep the current dates as the baseline that slip is measured against</source>
        <translation>Die aktuellen Termine als Basisplan festhalten, an dem der Verzug gemessen wird</translation>
    </message>
    <message>
        <source>Mark as first value</source>
        <translation>Als ersten Nutzen markieren</translation>
    </message>
    <message>
        <source>Make the current milestone the activation event: the customer&apos;s first real value</source>
        <translation>Den aktuellen Meilenstein zum Aktivierungsereignis machen: dem ersten echten Nutzen des Kunden</translation>
    </message>
    <message>
        <source>Apply playbook…</source>
        <translation>Playbook anwenden…</translation>
    </message>
    <message>
        <source>Build the plan from a playbook template</source>
        <translation>Den Plan aus einer Playbook-Vorlage erstellen</translation>
    </message>
    <message>
        <source>Holidays…</source>
        <translation>Feiertage…</translation>
    </message>
    <message>
        <source>Days off besides weekends, skipped when counting business days</source>
        <translation>Freie Tage außer Wochenenden, die beim Zählen der Arbeitstage übersprungen werden</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Keep this plan as a playbook template for other customers</source>
        <translation>Diesen Plan als Playbook-Vorlage für andere Kunden speichern</translation>
    </message>
    <message>
        <source>Status update…</source>
        <translation>Status-Update…</translation>
    </message>
    <message>
        <source>The weekly status update e-mail, written from the plan</source>
        <translation>Die wöchentliche Status-Update-E-Mail, aus dem Plan erstellt</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the milestones and gates as an iCalendar file (.ics)</source>
        <translation>Meilensteine und Gates als iCalendar-Datei (.ics) speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Den Plan drucken</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation>Den Plan als PDF speichern</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the plan as a PNG image</source>
        <translation>Den Plan als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the forecast, gates and task details</source>
        <translation>Prognose, Gates und Aufgabendetails ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Nutzen</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Status-Update</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How much time one column of the chart shows (%1, %2 in the chart)</source>
        <translation>Wie viel Zeit eine Spalte des Diagramms zeigt (%1, %2 im Diagramm)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation>Noch kein Implementierungsplan</translation>
    </message>
    <message>
        <source>A plan has workstreams with an owner on each side, tasks and milestones linked to each other, phase gates with measurable criteria, and the milestone where the customer first gets real value.</source>
        <translation>Ein Plan umfasst Arbeitspakete mit je einem Verantwortlichen auf jeder Seite, miteinander verknüpfte Aufgaben und Meilensteine, Phasen-Gates mit messbaren Kriterien und den Meilenstein, an dem der Kunde zum ersten Mal echten Nutzen hat.</translation>
    </message>
    <message>
        <source>Choose another playbook…</source>
        <translation>Anderes Playbook wählen…</translation>
    </message>
    <message>
        <source>Start with a workstream</source>
        <translation>Mit einem Arbeitspaket beginnen</translation>
    </message>
    <message>
        <source>Build the plan by hand</source>
        <translation>Den Plan von Hand erstellen</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Oder:</translation>
    </message>
    <message>
        <source>Workstreams</source>
        <translation>Arbeitspakete</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>Phase gates</source>
        <translation>Phasen-Gates</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Plandetails</translation>
    </message>
    <message>
        <source>Create plan from the %1 playbook</source>
        <translation>Plan aus dem Playbook „%1“ erstellen</translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from the signature on %3: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation>%1 ist ein Kunde im Segment %2. Sein Playbook legt das Onboarding ab der Unterzeichnung am %3 an: Arbeitspakete, Aufgaben, Meilensteine und Phasen-Gates, bereit zum Anpassen.</translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from today, as there is no signature date yet: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation>%1 ist ein Kunde im Segment %2. Sein Playbook legt das Onboarding ab heute an, da es noch kein Unterzeichnungsdatum gibt: Arbeitspakete, Aufgaben, Meilensteine und Phasen-Gates, bereit zum Anpassen.</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(unbenannter Kunde)</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Tag %1 seit Unterzeichnung</translation>
    </message>
    <message>
        <source>Plan %1 to %2</source>
        <translation>Plan %1 bis %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message numerus="yes">
        <source>Missed phase gate: %1. The customer cannot move on until its criteria are met; agree a new date or unblock them.</source>
        <translation>
            <numerusform>Verpasstes Phasen-Gate: %1. Der Kunde kann erst weiter, wenn die Kriterien erfüllt sind; vereinbaren Sie einen neuen Termin oder räumen Sie die Hindernisse aus.</numerusform>
            <numerusform>Verpasste Phasen-Gates: %1. Der Kunde kann erst weiter, wenn deren Kriterien erfüllt sind; vereinbaren Sie einen neuen Termin oder räumen Sie die Hindernisse aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No workstreams yet.</source>
        <translation>Noch keine Arbeitspakete.</translation>
    </message>
    <message>
        <source>A workstream without a customer owner counts as not started. Double-click a name or an owner to edit it.</source>
        <translation>Ein Arbeitspaket ohne Verantwortlichen beim Kunden gilt als nicht begonnen. Doppelklicken Sie auf einen Namen oder Verantwortlichen, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 of %2 not started</source>
        <translation>%1 von %2 nicht begonnen</translation>
    </message>
    <message>
        <source>All %1 started</source>
        <translation>Alle %1 begonnen</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Remove workstream</source>
        <translation>Arbeitspaket entfernen</translation>
    </message>
    <message>
        <source>New workstream</source>
        <translation>Neues Arbeitspaket</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>%1 entfernt. Mit Rückgängig holen Sie es zurück.</translation>
    </message>
    <message>
        <source>Baseline saved: slip is now measured against today&apos;s plan.</source>
        <translation>Basisplan gespeichert: Der Verzug wird jetzt am heutigen Plan gemessen.</translation>
    </message>
    <message>
        <source>The baseline already matches the plan.</source>
        <translation>Der Basisplan entspricht bereits dem Plan.</translation>
    </message>
    <message>
        <source>Change holidays</source>
        <translation>Feiertage ändern</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template, as it will be offered for other customers:</source>
        <translation>Name der Vorlage, wie sie für andere Kunden angeboten wird:</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Saved the plan as the template &quot;%1&quot;.</source>
        <translation>Plan als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Weekly status update: %1</source>
        <translation>Wöchentliches Status-Update: %1</translation>
    </message>
    <message>
        <source>As of %1, in the customer&apos;s language unless you choose another.</source>
        <translation>Stand %1, in der Sprache des Kunden, sofern Sie keine andere wählen.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1-plan</source>
        <translation>%1-Plan</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Der Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved the calendar to %1.</source>
        <translation>Kalender unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Das PDF kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation>Das Bild kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Csm::TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>SLA running out</source>
        <translation>SLA läuft ab</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag)</numerusform>
            <numerusform>%1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (double-click to open)</source>
        <translation>%1: %2 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Csm::UsageImportTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already there, %4 rejected</source>
        <translation>%1 Zeilen gelesen: %2 importiert, %3 bereits vorhanden, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>New rows</source>
        <translation>Neue Zeilen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Csm::UsageImporter</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row naming the columns</source>
        <translation>%1: die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the required field “%2”</source>
        <translation>%1: für das Pflichtfeld „%2“ ist keine Spalte gewählt</translation>
    </message>
    <message>
        <source>%1: the field “%2” is mapped to column %3, but the header has %4 columns</source>
        <translation>%1: das Feld „%2“ ist Spalte %3 zugeordnet, aber die Kopfzeile hat %4 Spalten</translation>
    </message>
    <message>
        <source>%1: the workspace cannot be opened (%2)</source>
        <translation>%1: der Arbeitsbereich kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a workspace of this version of the application</source>
        <translation>%1: kein Arbeitsbereich dieser Version der Anwendung</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s usage data is damaged (%2); nothing was imported</source>
        <translation>%1: die Nutzungsdaten des Arbeitsbereichs sind beschädigt (%2); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: the workspace could not be written (%2); nothing was imported</source>
        <translation>%1: der Arbeitsbereich konnte nicht geschrieben werden (%2); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed</source>
        <translation>%1: der Import wurde abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2</source>
        <translation>die Zeile hat %1 Spalten, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the field is longer than 1 MiB</source>
        <translation>das Feld ist länger als 1 MiB</translation>
    </message>
    <message>
        <source>missing e-mail</source>
        <translation>E-Mail fehlt</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>unknown role %1 (expected admin, end user or manager)</source>
        <translation>unbekannte Rolle %1 (erwartet: admin, end user oder manager)</translation>
    </message>
    <message>
        <source>missing event</source>
        <translation>Ereignis fehlt</translation>
    </message>
    <message>
        <source>the event name is longer than 200 characters</source>
        <translation>der Ereignisname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the feature name is longer than 200 characters</source>
        <translation>der Funktionsname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>Zeit fehlt</translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected e.g. 2026-01-05T09:12:00)</source>
        <translation>%1 ist kein Datum mit Uhrzeit (erwartet z. B. 2026-01-05T09:12:00)</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>negative duration (%1 seconds)</source>
        <translation>negative Dauer (%1 Sekunden)</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>%1 is not a date (expected e.g. 2026-01-05)</source>
        <translation>%1 ist kein Datum (erwartet z. B. 2026-01-05)</translation>
    </message>
    <message>
        <source>missing course</source>
        <translation>Kurs fehlt</translation>
    </message>
    <message>
        <source>missing completion date</source>
        <translation>Abschlussdatum fehlt</translation>
    </message>
    <message>
        <source>unknown role track %1 (expected admin, end user or manager)</source>
        <translation>unbekannter Schulungspfad %1 (erwartet: admin, end user oder manager)</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 ist weder ja noch nein</translation>
    </message>
    <message>
        <source>%1: the rejected rows could not be written (%2)</source>
        <translation>%1: die abgelehnten Zeilen konnten nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation>Der ARR darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The term must be at least one month.</source>
        <translation>Die Laufzeit muss mindestens einen Monat betragen.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Verwenden Sie einen Währungscode aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>%1 cannot be before the signature date (%2).</source>
        <translation>%1 darf nicht vor dem Unterzeichnungsdatum (%2) liegen.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This role belongs to our own team.</source>
        <translation>Diese Rolle gehört zu unserem eigenen Team.</translation>
    </message>
    <message>
        <source>This role belongs to the customer&apos;s team.</source>
        <translation>Diese Rolle gehört zum Team des Kunden.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Die Zufriedenheit ist eine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Likelihood to recommend is a score from 0 to 10.</source>
        <translation>Die Weiterempfehlungsbereitschaft ist eine Bewertung von 0 bis 10.</translation>
    </message>
    <message>
        <source>The survey date is in the future.</source>
        <translation>Das Umfragedatum liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>Csm::ValueItem</name>
    <message>
        <source>Value delivered</source>
        <translation>Erzielter Wert</translation>
    </message>
    <message>
        <source>Hours saved per month</source>
        <translation>Eingesparte Stunden pro Monat</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Revenue impact per year</source>
        <translation>Umsatzwirkung pro Jahr</translation>
    </message>
    <message>
        <source>Costs saved per year</source>
        <translation>Eingesparte Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Csm::ValueReviewPage</name>
    <message>
        <source>Value review</source>
        <translation>Value Review</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The day-30 value review, the day-90 executive business review or the graduation summary</source>
        <translation>Das Value Review an Tag 30, das Executive Business Review an Tag 90 oder die Abschlusszusammenfassung</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Termindatum</translation>
    </message>
    <message>
        <source>The meeting date: the report&apos;s figures are as of this day</source>
        <translation>Das Datum des Termins: Die Zahlen im Bericht gelten zu diesem Tag</translation>
    </message>
    <message>
        <source>Save the report as a PDF for the meeting</source>
        <translation>Den Bericht als PDF für den Termin speichern</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>&amp;Meeting on:</source>
        <translation>&amp;Termin am:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Choose what the customer sees. Your commentary is printed after the section it belongs to; it is kept with the customer for the next meeting.</source>
        <translation>Wählen Sie, was der Kunde sieht. Ihr Kommentar wird nach dem zugehörigen Abschnitt gedruckt; er bleibt für den nächsten Termin beim Kunden gespeichert.</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Erzielter Wert</translation>
    </message>
    <message>
        <source>What the customer gained, in their numbers: hours saved a month at an hourly rate, and revenue or costs a year. Agree the figures with the customer before the meeting.</source>
        <translation>Was der Kunde gewonnen hat, in seinen Zahlen: eingesparte Stunden pro Monat zu einem Stundensatz sowie Umsatz oder Kosten pro Jahr. Stimmen Sie die Zahlen vor dem Termin mit dem Kunden ab.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Add value delivered</source>
        <translation>Erzielten Wert hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value item(s)</source>
        <translation>
            <numerusform>%n Wertposten entfernen</numerusform>
            <numerusform>%n Wertposten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your commentary on this section (optional), printed after it</source>
        <translation>Ihr Kommentar zu diesem Abschnitt (optional), wird danach gedruckt</translation>
    </message>
    <message>
        <source>Commentary on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>The cover is always part of the report</source>
        <translation>Das Deckblatt ist immer Teil des Berichts</translation>
    </message>
    <message>
        <source>A word of introduction (optional), printed on the cover</source>
        <translation>Ein paar einleitende Worte (optional), werden auf dem Deckblatt gedruckt</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 · day %2 of the onboarding on the meeting date</source>
        <translation>%1 · Tag %2 des Onboardings am Termindatum</translation>
    </message>
    <message>
        <source>Not in the report until a value is entered below.</source>
        <translation>Erst im Bericht, wenn unten ein Wert eingetragen ist.</translation>
    </message>
    <message>
        <source>Not in the report until the Expansion page has an opportunity.</source>
        <translation>Erst im Bericht, wenn die Seite „Expansion“ eine Opportunity enthält.</translation>
    </message>
    <message>
        <source>Not in the report until the Graduation page has a survey response.</source>
        <translation>Erst im Bericht, wenn die Seite „Abschluss“ eine Umfrageantwort enthält.</translation>
    </message>
    <message>
        <source>Not in the report until the hand-over on the Graduation page is started.</source>
        <translation>Erst im Bericht, wenn die Übergabe auf der Seite „Abschluss“ begonnen wurde.</translation>
    </message>
    <message>
        <source>No value entered yet.</source>
        <translation>Noch kein Wert eingetragen.</translation>
    </message>
    <message>
        <source>About %1 a year: %2 hours saved a month, worth %3 a year; revenue %4 and costs %5 a year.</source>
        <translation>Etwa %1 pro Jahr: %2 eingesparte Stunden pro Monat im Wert von %3 pro Jahr; Umsatz %4 und Kosten %5 pro Jahr.</translation>
    </message>
    <message>
        <source>%1 - %2 %3.pdf</source>
        <translation>%1 - %2 %3.pdf</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Drucken konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Search the value items</source>
        <translation>Wertposten durchsuchen</translation>
    </message>
</context>
<context>
    <name>Csm::WaitingOn</name>
    <message>
        <source>Not waiting</source>
        <translation>Wartet nicht</translation>
    </message>
    <message>
        <source>Customer IT</source>
        <translation>IT des Kunden</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceDimension</name>
    <message>
        <source>Division</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceMap</name>
    <message>
        <source>Whitespace map</source>
        <translation>Whitespace-Karte</translation>
    </message>
    <message>
        <source>Expansion opportunities by division, geography and use case</source>
        <translation>Expansionschancen nach Geschäftsbereich, Region und Anwendungsfall</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>No division mapped yet</source>
        <translation>Noch kein Geschäftsbereich erfasst</translation>
    </message>
    <message>
        <source>No geography mapped yet</source>
        <translation>Noch keine Region erfasst</translation>
    </message>
    <message>
        <source>No use case mapped yet</source>
        <translation>Noch kein Anwendungsfall erfasst</translation>
    </message>
    <message>
        <source>%1, %2 potential ARR</source>
        <translation>%1, %2 potenzieller ARR</translation>
    </message>
    <message>
        <source>Advocates: %1</source>
        <translation>Befürworter: %1</translation>
    </message>
    <message>
        <source>Skeptics: %1</source>
        <translation>Skeptiker: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 open · %2</source>
        <translation>%1 offen · %2</translation>
    </message>
    <message>
        <source>Unnamed opportunity</source>
        <translation>Unbenannte Opportunity</translation>
    </message>
    <message>
        <source>Potential ARR:</source>
        <translation>Potenzieller ARR:</translation>
    </message>
    <message>
        <source>Advocates:</source>
        <translation>Befürworter:</translation>
    </message>
    <message>
        <source>Skeptics:</source>
        <translation>Skeptiker:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceOpportunity</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Expansionsmöglichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation>Potenzieller ARR</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Befürworter</translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Csm::Workspace</name>
    <message>
        <source>deleted customer %1</source>
        <translation>gelöschter Kunde %1</translation>
    </message>
    <message>
        <source>customer.id: &quot;%1&quot; (%2) is already in this workspace</source>
        <translation>customer.id: „%1“ (%2) ist bereits in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>stakeholders[%1].id: %2 is already a stakeholder of %3</source>
        <translation>stakeholders[%1].id: %2 ist bereits ein Stakeholder von %3</translation>
    </message>
    <message>
        <source>%1[%2].id: %3 already belongs to %4</source>
        <translation>%1[%2].id: %3 gehört bereits zu %4</translation>
    </message>
    <message>
        <source>tombstones[%1].id: %2 is already recorded as deleted from %3</source>
        <translation>tombstones[%1].id: %2 ist bereits als aus %3 gelöscht vermerkt</translation>
    </message>
    <message>
        <source>The change could not be saved to &quot;%1&quot;: %2</source>
        <translation>Die Änderung konnte nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The customer could not be added to &quot;%1&quot;: %2</source>
        <translation>Der Kunde konnte nicht zu „%1“ hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>Csm::Workstream</name>
    <message>
        <source>Workstream</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich (wir)</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich (Kunde)</translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamKind</name>
    <message>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Security and compliance</source>
        <translation>Sicherheit und Compliance</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Internal rollout</source>
        <translation>Interner Rollout</translation>
    </message>
    <message>
        <source>KPI tracking</source>
        <translation>KPI-Tracking</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamTableModel</name>
    <message>
        <source>Workstream</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich (wir)</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich (Kunde)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>None: not started</source>
        <translation>Keiner: nicht begonnen</translation>
    </message>
    <message>
        <source>Name the person on the customer&apos;s side who owns this workstream; until then it counts as not started.</source>
        <translation>Nennen Sie die Person auf Kundenseite, die für dieses Arbeitspaket verantwortlich ist; bis dahin gilt es als nicht begonnen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Not started: no customer owner named yet.</source>
        <translation>Nicht begonnen: noch kein Verantwortlicher beim Kunden benannt.</translation>
    </message>
    <message>
        <source>A task of this workstream is under way or done.</source>
        <translation>Eine Aufgabe dieses Arbeitspakets ist in Arbeit oder erledigt.</translation>
    </message>
    <message>
        <source>Not started: none of its tasks has started.</source>
        <translation>Nicht begonnen: Keine seiner Aufgaben hat begonnen.</translation>
    </message>
    <message>
        <source>Ours</source>
        <comment>owner of a workstream on our side, as a short column header</comment>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>owner of a workstream on the customer&apos;s side, as a short column header</comment>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CSM Workspace</source>
        <translation>CSM Workspace</translation>
    </message>
    <message>
        <source>The offline workspace for B2B customer onboardings.</source>
        <translation>Der Offline-Arbeitsbereich für B2B-Kunden-Onboardings.</translation>
    </message>
    <message>
        <source>Open the workspace file at &lt;path&gt; instead of the default.</source>
        <translation>Die Arbeitsbereichsdatei unter &lt;path&gt; statt der Standarddatei öffnen.</translation>
    </message>
    <message>
        <source>Print start-up time and peak memory at the first paint, then quit (for benchmarks).</source>
        <translation>Startzeit und Spitzen-Speicherverbrauch beim ersten Zeichnen ausgeben, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>A shared onboarding file (.onboarding) to take back, or a JSON onboarding file to import.</source>
        <translation>Eine geteilte Onboarding-Datei (.onboarding) zum Zurücknehmen oder eine JSON-Onboarding-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
