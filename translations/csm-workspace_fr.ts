<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Csm::AboutDialog</name>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>About CSM Workspace</source>
        <translation>À propos de CSM Workspace</translation>
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
        <translation>L&apos;espace de travail hors ligne pour l&apos;onboarding des clients B2B&#xa0;: du contrat signé à la première vraie valeur pour le client. Le dossier d&apos;onboarding de chaque client reste sur cet ordinateur jusqu&apos;à ce que vous le partagiez.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The CSM Workspace authors. Free software under the MIT License.</source>
        <translation>Copyright © 2026 Les auteurs de CSM Workspace. Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Aucun ouvert</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Csm::ActionItem</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Csm::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>Csm::Adoption</name>
    <message>
        <source>Up</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Login rate %1 % two weeks after go-live, under %2 %</source>
        <translation>Taux de connexion de %1 % deux semaines après la mise en production, sous les %2 %</translation>
    </message>
    <message>
        <source>Adoption %1 % of seats 30 days after go-live, under %2 %</source>
        <translation>Adoption de %1 % des licences 30 jours après la mise en production, sous les %2 %</translation>
    </message>
    <message>
        <source>No usage for %1 days (last on %2)</source>
        <translation>Aucune utilisation depuis %1 jours (dernière le %2)</translation>
    </message>
    <message>
        <source>No usage since go-live %1 days ago</source>
        <translation>Aucune utilisation depuis la mise en production il y a %1 jours</translation>
    </message>
    <message>
        <source>Feature adoption: %1 (%)</source>
        <translation>Adoption des fonctionnalités&#xa0;: %1 (%)</translation>
    </message>
    <message>
        <source>Login rate (%)</source>
        <translation>Taux de connexion (%)</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Utilisateurs actifs quotidiens</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs hebdomadaires</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Active users of seats (%)</source>
        <translation>Utilisateurs actifs sur les licences (%)</translation>
    </message>
    <message>
        <source>Activation rate (%)</source>
        <translation>Taux d&apos;activation (%)</translation>
    </message>
    <message>
        <source>Training completion (%)</source>
        <translation>Formations terminées (%)</translation>
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
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sans parcours</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs hebdomadaires</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Adoption des fonctionnalités</translation>
    </message>
    <message>
        <source>Activation funnel</source>
        <translation>Entonnoir d&apos;activation</translation>
    </message>
    <message>
        <source>Training completion by role track</source>
        <translation>Formations terminées par parcours de rôle</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n active users</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %n utilisateur actif</numerusform>
            <numerusform>Semaine du %1&#xa0;: %n utilisateurs actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the licensed seats</source>
        <translation>%1 des licences souscrites</translation>
    </message>
    <message>
        <source>%1 of the users provisioned</source>
        <translation>%1 des utilisateurs provisionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used by %2 (%3 of the active users), %n events</source>
        <translation>
            <numerusform>%1&#xa0;: utilisé par %2 (%3 des utilisateurs actifs), %n événement</numerusform>
            <numerusform>%1&#xa0;: utilisé par %2 (%3 des utilisateurs actifs), %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionnés</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connectés</translation>
    </message>
    <message>
        <source>Used the core feature</source>
        <translation>Ont utilisé la fonctionnalité principale</translation>
    </message>
    <message>
        <source>Activation event (none chosen)</source>
        <translation>Événement d&apos;activation (aucun choisi)</translation>
    </message>
    <message>
        <source>Did %1</source>
        <translation>Ont effectué %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n users</source>
        <translation>
            <numerusform>%1&#xa0;: %n utilisateur</numerusform>
            <numerusform>%1&#xa0;: %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>%1 de l&apos;étape précédente</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n users completed a course (%3)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n utilisateur a terminé une formation (%3)</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n utilisateurs ont terminé une formation (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>No active users in this range</source>
        <translation>Aucun utilisateur actif sur cette période</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Seats (%1)</source>
        <translation>Licences (%1)</translation>
    </message>
    <message>
        <source>Users provisioned (%1)</source>
        <translation>Utilisateurs provisionnés (%1)</translation>
    </message>
    <message>
        <source>80 % target (%1)</source>
        <translation>Objectif de 80 % (%1)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>No feature used in this range</source>
        <translation>Aucune fonctionnalité utilisée sur cette période</translation>
    </message>
    <message>
        <source>Share of the active users who used the feature</source>
        <translation>Part des utilisateurs actifs ayant utilisé la fonctionnalité</translation>
    </message>
    <message>
        <source>Share of the active users</source>
        <translation>Part des utilisateurs actifs</translation>
    </message>
    <message>
        <source>No users provisioned yet</source>
        <translation>Aucun utilisateur provisionné pour l&apos;instant</translation>
    </message>
    <message>
        <source>Used core feature</source>
        <translation>Fonct. principale utilisée</translation>
    </message>
    <message>
        <source>Activation (none chosen)</source>
        <translation>Activation (aucun événement choisi)</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation>Aucune formation terminée importée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Users who completed a course</source>
        <translation>Utilisateurs ayant terminé une formation</translation>
    </message>
    <message>
        <source>weekly-active-users</source>
        <translation>utilisateurs-actifs-hebdomadaires</translation>
    </message>
    <message>
        <source>feature-adoption</source>
        <translation>adoption-fonctionnalités</translation>
    </message>
    <message>
        <source>activation-funnel</source>
        <translation>entonnoir-activation</translation>
    </message>
    <message>
        <source>training-completion</source>
        <translation>formations-terminées</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Importer les données d&apos;utilisation…</translation>
    </message>
    <message>
        <source>Import usage events, the user roster or training completions exported from the product</source>
        <translation>Importer les événements d&apos;utilisation, la liste des utilisateurs ou les formations terminées exportés depuis le produit</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Licences souscrites</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>The seats the customer bought; adoption is measured against them</source>
        <translation>Les licences achetées par le client&#xa0;; l&apos;adoption est mesurée par rapport à elles</translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation>Événement d&apos;activation</translation>
    </message>
    <message>
        <source>Choose the core action</source>
        <translation>Choisir l&apos;action clé</translation>
    </message>
    <message>
        <source>The one core action that proves first value; a user who did it is activated</source>
        <translation>L&apos;action clé qui prouve la première valeur&#xa0;; un utilisateur qui l&apos;a effectuée est activé</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Licences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activation event:</source>
        <translation>Événement d&apos;&amp;activation&#xa0;:</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Since go-live</source>
        <translation>Depuis la mise en production</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>The weeks the charts show; the figures are as of the last day</source>
        <translation>Les semaines affichées par les graphiques&#xa0;; les chiffres sont ceux du dernier jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image (also from each chart&apos;s context menu)</source>
        <translation>Enregistrer un graphique en image PNG (également depuis le menu contextuel de chaque graphique)</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Pas encore de données d&apos;utilisation</translation>
    </message>
    <message>
        <source>Export the usage events (user, time, event or feature) from the product&apos;s analytics, and if you have them the user roster with roles and the training completions. CSV and TSV files in any common encoding are read; rows already imported are skipped.</source>
        <translation>Exportez les événements d&apos;utilisation (utilisateur, heure, événement ou fonctionnalité) depuis l&apos;outil d&apos;analyse du produit et, si vous les avez, la liste des utilisateurs avec leurs rôles et les formations terminées. Les fichiers CSV et TSV sont lus dans tout encodage courant&#xa0;; les lignes déjà importées sont ignorées.</translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation>Taux de connexion</translation>
    </message>
    <message>
        <source>Users provisioned who have logged in at least once. Under 60 % two weeks after go-live is a red flag.</source>
        <translation>Utilisateurs provisionnés qui se sont connectés au moins une fois. Moins de 60 % deux semaines après la mise en production est un signal d&apos;alerte.</translation>
    </message>
    <message>
        <source>Active users (DAU / WAU / MAU)</source>
        <translation>Utilisateurs actifs (DAU / WAU / MAU)</translation>
    </message>
    <message>
        <source>Users active on the last day of the range, in its last 7 days and in its last 30 days</source>
        <translation>Utilisateurs actifs le dernier jour de la période, sur ses 7 derniers jours et sur ses 30 derniers jours</translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation>Taux d&apos;adoption</translation>
    </message>
    <message>
        <source>Monthly active users against the licensed seats; the target is 80 % 30 days after go-live</source>
        <translation>Utilisateurs actifs mensuels par rapport aux licences souscrites&#xa0;; l&apos;objectif est de 80 % 30 jours après la mise en production</translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation>Taux d&apos;activation</translation>
    </message>
    <message>
        <source>Users provisioned who did the activation event. 25-40 % is average, over 50 % excellent.</source>
        <translation>Utilisateurs provisionnés ayant effectué l&apos;événement d&apos;activation. 25-40 % correspond à la moyenne, plus de 50 % est excellent.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Weekly active users over the last 4 weeks of the range</source>
        <translation>Utilisateurs actifs hebdomadaires sur les 4 dernières semaines de la période</translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation>Temps dans le produit</translation>
    </message>
    <message>
        <source>Minutes a week per active user over the last 4 weeks, with how many days a week they come back and how many features they use</source>
        <translation>Minutes par semaine et par utilisateur actif sur les 4 dernières semaines, avec le nombre de jours par semaine où ils reviennent et le nombre de fonctionnalités qu&apos;ils utilisent</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Formations terminées</translation>
    </message>
    <message>
        <source>Users on a role track (admin, end user, manager) who passed at least one course</source>
        <translation>Utilisateurs d&apos;un parcours de rôle (admin, utilisateur final, manager) ayant réussi au moins une formation</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>The last day anyone used the product</source>
        <translation>Le dernier jour où quelqu&apos;un a utilisé le produit</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Import %1&apos;s usage data to see who logs in, which features they use, whether they reach the activation event and how adoption compares with the seats bought.</source>
        <translation>Importez les données d&apos;utilisation pour %1 afin de voir qui se connecte, quelles fonctionnalités sont utilisées, si l&apos;événement d&apos;activation est atteint et comment l&apos;adoption se compare aux licences achetées.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>The customer has no go-live date yet</source>
        <translation>Le client n&apos;a pas encore de date de mise en production</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n users provisioned have logged in</source>
        <translation>
            <numerusform>%1 sur %n utilisateur provisionné s&apos;est connecté</numerusform>
            <numerusform>%1 sur %n utilisateurs provisionnés se sont connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Daily, weekly, monthly; stickiness %1</source>
        <translation>Quotidiens, hebdomadaires, mensuels&#xa0;; adhérence %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n seats; target 80 %</source>
        <translation>
            <numerusform>Actifs&#xa0;: %1 sur %n licence&#xa0;; objectif 80 %</numerusform>
            <numerusform>Actifs&#xa0;: %1 sur %n licences&#xa0;; objectif 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %n users provisioned (no seats set); target 80 %</source>
        <translation>
            <numerusform>Actifs&#xa0;: %1 sur %n utilisateur provisionné (licences non renseignées)&#xa0;; objectif 80 %</numerusform>
            <numerusform>Actifs&#xa0;: %1 sur %n utilisateurs provisionnés (licences non renseignées)&#xa0;; objectif 80 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the licensed seats</source>
        <translation>Renseignez les licences souscrites</translation>
    </message>
    <message>
        <source>Choose the activation event to count who reached first value</source>
        <translation>Choisissez l&apos;événement d&apos;activation pour compter qui a atteint la première valeur</translation>
    </message>
    <message numerus="yes">
        <source>Excellent: %n users did %1</source>
        <translation>
            <numerusform>Excellent&#xa0;: %n utilisateur a effectué %1</numerusform>
            <numerusform>Excellent&#xa0;: %n utilisateurs ont effectué %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average (25-40 %): %n users did %1</source>
        <translation>
            <numerusform>Dans la moyenne (25-40 %)&#xa0;: %n utilisateur a effectué %1</numerusform>
            <numerusform>Dans la moyenne (25-40 %)&#xa0;: %n utilisateurs ont effectué %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the 25-40 % average: %n users did %1</source>
        <translation>
            <numerusform>Sous la moyenne de 25-40 %&#xa0;: %n utilisateur a effectué %1</numerusform>
            <numerusform>Sous la moyenne de 25-40 %&#xa0;: %n utilisateurs ont effectué %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active in the last 7 days, %2 a week in the 3 weeks before</source>
        <translation>%1 actifs sur les 7 derniers jours, %2 par semaine sur les 3 semaines précédentes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A week per active user; %1 days a week, %2 features each</source>
        <translation>Par semaine et par utilisateur actif&#xa0;; %1 jours par semaine, %2 fonctionnalités chacun</translation>
    </message>
    <message>
        <source>No training completions imported</source>
        <translation>Aucune formation terminée importée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n users on a role track</source>
        <translation>
            <numerusform>%1 sur %n utilisateur d&apos;un parcours de rôle</numerusform>
            <numerusform>%1 sur %n utilisateurs d&apos;un parcours de rôle</numerusform>
        </translation>
    </message>
    <message>
        <source>On the last day of the range</source>
        <translation>Le dernier jour de la période</translation>
    </message>
    <message>
        <source>The day before the end of the range</source>
        <translation>La veille de la fin de la période</translation>
    </message>
    <message numerus="yes">
        <source>%n days before the end of the range</source>
        <translation>
            <numerusform>%n jour avant la fin de la période</numerusform>
            <numerusform>%n jours avant la fin de la période</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aucune activité pour l&apos;instant</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n licensed seats</source>
        <translation>
            <numerusform>%n licence souscrite</numerusform>
            <numerusform>%n licences souscrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats not set</source>
        <translation>Licences non renseignées</translation>
    </message>
    <message>
        <source>Go-live %1</source>
        <translation>Mise en production le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users in the data</source>
        <translation>
            <numerusform>%n utilisateur dans les données</numerusform>
            <numerusform>%n utilisateurs dans les données</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Données du %1 au %2</translation>
    </message>
</context>
<context>
    <name>Csm::AlertSnooze</name>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Reportée jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>Csm::Answer</name>
    <message>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Csm::ApplyPlaybookDialog</name>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Apply a playbook</source>
        <translation>Appliquer un playbook</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>Modèles de playbook</translation>
    </message>
    <message>
        <source>(unnamed template)</source>
        <translation>(modèle sans nom)</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message>
        <source>Delete the selected saved template from this workspace</source>
        <translation>Supprimer de cet espace de travail le modèle enregistré sélectionné</translation>
    </message>
    <message>
        <source>A playbook lays out the workstreams, tasks, milestones and phase gates of an onboarding, dated from the signature.</source>
        <translation>Un playbook définit les chantiers, tâches, jalons et étapes de validation de phase d&apos;un onboarding, datés à partir de la signature.</translation>
    </message>
    <message>
        <source>This customer has a plan already</source>
        <translation>Ce client a déjà un plan</translation>
    </message>
    <message>
        <source>&amp;Replace the current plan</source>
        <translation>&amp;Remplacer le plan actuel</translation>
    </message>
    <message>
        <source>Removes the current workstreams, tasks and gates first; undo brings them back</source>
        <translation>Supprime d&apos;abord les chantiers, tâches et étapes de validation actuels&#xa0;; l&apos;annulation les rétablit</translation>
    </message>
    <message>
        <source>&amp;Add the template to the current plan</source>
        <translation>&amp;Ajouter le modèle au plan actuel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message numerus="yes">
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n chantier</numerusform>
            <numerusform>%n chantiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n jalon</numerusform>
            <numerusform>%n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase gate(s)</source>
        <translation>
            <numerusform>%n étape de validation</numerusform>
            <numerusform>%n étapes de validation</numerusform>
        </translation>
    </message>
    <message>
        <source>Made for %1 customers.</source>
        <translation>Conçu pour les clients %1.</translation>
    </message>
</context>
<context>
    <name>Csm::AttendeePickerDialog</name>
    <message>
        <source>Add kickoff attendees</source>
        <translation>Ajouter des participants au kick-off</translation>
    </message>
    <message>
        <source>Tick who attends the kickoff workshop. You can give each a role in the meeting afterwards.</source>
        <translation>Cochez les participants à l&apos;atelier de kick-off. Vous pourrez ensuite attribuer à chacun un rôle dans la réunion.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
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
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <source>Add attendees</source>
        <translation>Ajouter les participants</translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation>Personne n&apos;est coché</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>Cochés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Csm::Cli</name>
    <message>
        <source>Print the metrics as JSON.</source>
        <translation>Afficher les indicateurs au format JSON.</translation>
    </message>
    <message>
        <source>The metrics as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Les indicateurs à la date DATE (YYYY-MM-DD) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The weekly series and feature use cover the N days up to the date. Default: 90.</source>
        <translation>Les séries hebdomadaires et l&apos;utilisation des fonctionnalités couvrent les N jours jusqu&apos;à cette date. Par défaut&#xa0;: 90.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Adoption of &quot;%1&quot; as of %2 (the last %3 days)</source>
        <translation>Adoption de «&#xa0;%1&#xa0;» au %2 (les %3 derniers jours)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>%1 licensed, %2 users provisioned</source>
        <translation>%1 souscrites, %2 utilisateurs provisionnés</translation>
    </message>
    <message>
        <source>%1 users provisioned (seats not known)</source>
        <translation>%1 utilisateurs provisionnés (licences inconnues)</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connectés</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>%1 on the day, %2 in 7 days, %3 in 30 days</source>
        <translation>%1 le jour même, %2 sur 7 jours, %3 sur 30 jours</translation>
    </message>
    <message>
        <source>Adoption rate</source>
        <translation>Taux d&apos;adoption</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Adhérence</translation>
    </message>
    <message>
        <source>%1 (daily / monthly active)</source>
        <translation>%1 (actifs quotidiens / mensuels)</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>no activation event chosen</source>
        <translation>aucun événement d&apos;activation choisi</translation>
    </message>
    <message>
        <source>%1 users did &quot;%2&quot; (%3)</source>
        <translation>%1 utilisateurs ont effectué «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>%1 provisioned, %2 logged in, %3 used the core feature, %4 activated</source>
        <translation>%1 provisionnés, %2 connectés, %3 ont utilisé la fonctionnalité principale, %4 activés</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>%1 active days per user per week</source>
        <translation>%1 jours actifs par utilisateur et par semaine</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>%1 features per active user</source>
        <translation>%1 fonctionnalités par utilisateur actif</translation>
    </message>
    <message>
        <source>Time in product</source>
        <translation>Temps dans le produit</translation>
    </message>
    <message>
        <source>%1 minutes per user per week</source>
        <translation>%1 minutes par utilisateur et par semaine</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>%1 (%2 weekly active users in the last 7 days, %3 a week in the 3 weeks before)</source>
        <translation>%1 (%2 utilisateurs actifs hebdomadaires sur les 7 derniers jours, %3 par semaine sur les 3 semaines précédentes)</translation>
    </message>
    <message>
        <source>Login rate after 14 days</source>
        <translation>Taux de connexion après 14 jours</translation>
    </message>
    <message>
        <source>Adoption after 30 days</source>
        <translation>Adoption après 30 jours</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>no training data</source>
        <translation>aucune donnée de formation</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 ont terminé</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>Training by role track</source>
        <translation>Formation par parcours de rôle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>adoption: --days expects a number of days from 1 to 3660, not &quot;%1&quot;</source>
        <translation>adoption&#xa0;: --days attend un nombre de jours de 1 à 3660, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No usage data for &quot;%1&quot; yet; import a file with csmw import-usage.</source>
        <translation>Pas encore de données d&apos;utilisation pour «&#xa0;%1&#xa0;»&#xa0;; importez un fichier avec csmw import-usage.</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>Print a customer&apos;s adoption metrics from the imported usage data.</source>
        <translation>Afficher les indicateurs d&apos;adoption d&apos;un client à partir des données d&apos;utilisation importées.</translation>
    </message>
    <message>
        <source>Prints the adoption metrics of CUSTOMER as of today (or the date given), computed from the usage, roster and training files imported with import-usage: seats and users provisioned, login rate, daily, weekly and monthly active users, adoption rate, stickiness, activation, the funnel, feature use, frequency, depth and time in product, training completion by role track, the trend of weekly active users and the flags raised. As a summary, or as JSON with --json.</source>
        <translation>Affiche les indicateurs d&apos;adoption de CUSTOMER à la date du jour (ou à la date indiquée), calculés à partir des fichiers d&apos;utilisation, de liste des utilisateurs et de formation importés avec import-usage&#xa0;: licences et utilisateurs provisionnés, taux de connexion, utilisateurs actifs quotidiens, hebdomadaires et mensuels, taux d&apos;adoption, adhérence, activation, entonnoir, utilisation des fonctionnalités, fréquence, profondeur et temps dans le produit, formations terminées par parcours de rôle, tendance des utilisateurs actifs hebdomadaires et signaux d&apos;alerte levés. Sous forme de synthèse, ou en JSON avec --json.</translation>
    </message>
    <message>
        <source>The playbook: high_touch, hybrid, digital, or the id or name of a saved one. Default: the one of the customer&apos;s tier.</source>
        <translation>Le playbook&#xa0;: high_touch, hybrid, digital, ou l&apos;id ou le nom d&apos;un playbook enregistré. Par défaut&#xa0;: celui du segment du client.</translation>
    </message>
    <message>
        <source>PLAYBOOK</source>
        <translation>PLAYBOOK</translation>
    </message>
    <message>
        <source>Replace the customer&apos;s current plan.</source>
        <translation>Remplacer le plan actuel du client.</translation>
    </message>
    <message>
        <source>%1 saved playbooks are named &quot;%2&quot;; give the id instead</source>
        <translation>%1 playbooks enregistrés s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez plutôt l&apos;id</translation>
    </message>
    <message>
        <source>no playbook &quot;%1&quot; in %2; there are %3</source>
        <translation>aucun playbook «&#xa0;%1&#xa0;» dans %2&#xa0;; playbooks disponibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a plan (tasks and milestones: %2); give --replace to replace it</source>
        <translation>«&#xa0;%1&#xa0;» a déjà un plan (tâches et jalons&#xa0;: %2)&#xa0;; indiquez --replace pour le remplacer</translation>
    </message>
    <message>
        <source>the plan could not be saved to %1</source>
        <translation>le plan n&apos;a pas pu être enregistré dans %1</translation>
    </message>
    <message>
        <source>Applied the playbook &quot;%1&quot; to &quot;%2&quot;: %3 workstreams, %4 tasks and milestones, %5 gates.</source>
        <translation>Playbook «&#xa0;%1&#xa0;» appliqué à «&#xa0;%2&#xa0;»&#xa0;: %3 chantiers, %4 tâches et jalons, %5 étapes de validation.</translation>
    </message>
    <message>
        <source>Planned first value: %1 (%2).</source>
        <translation>Première valeur prévue&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Make a customer&apos;s implementation plan from a playbook.</source>
        <translation>Créer le plan de mise en œuvre d&apos;un client à partir d&apos;un playbook.</translation>
    </message>
    <message>
        <source>Makes the implementation plan of CUSTOMER from a playbook template: workstreams, tasks and milestones with their dependencies, and phase gates with their criteria, dated from the signature date (from today without one) on business days. The default playbook is the one of the customer&apos;s tier. A customer that already has a plan keeps it unless --replace is given; then the current plan is removed first.</source>
        <translation>Crée le plan de mise en œuvre de CUSTOMER à partir d&apos;un modèle de playbook&#xa0;: chantiers, tâches et jalons avec leurs dépendances, et étapes de validation de phase avec leurs critères, datés à partir de la date de signature (à partir d&apos;aujourd&apos;hui à défaut) en jours ouvrés. Le playbook par défaut est celui du segment du client. Un client qui a déjà un plan le conserve, sauf si --replace est indiqué&#xa0;; le plan actuel est alors d&apos;abord supprimé.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (this version of csmw knows up to %2)</source>
        <translation>%1 (cette version de csmw gère jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Clients&#xa0;:</translation>
    </message>
    <message>
        <source>Stakeholders:</source>
        <translation>Parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Intégrité&#xa0;:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>%1 has integrity problems</source>
        <translation>%1 présente des problèmes d&apos;intégrité</translation>
    </message>
    <message>
        <source>Check the workspace file and show what it holds.</source>
        <translation>Vérifier le fichier de l&apos;espace de travail et afficher son contenu.</translation>
    </message>
    <message>
        <source>Shows the workspace file, its schema version and the latest this version knows, the number of customers and stakeholders, and runs SQLite&apos;s integrity and foreign key checks. Exits with 1 when a problem is found.</source>
        <translation>Affiche le fichier de l&apos;espace de travail, sa version de schéma et la plus récente que cette version connaît, le nombre de clients et de parties prenantes, et exécute les contrôles d&apos;intégrité et de clés étrangères de SQLite. Se termine avec le code 1 si un problème est détecté.</translation>
    </message>
    <message>
        <source>Usage: csmw [--workspace PATH] %1</source>
        <translation>Utilisation&#xa0;: csmw [--workspace PATH] %1</translation>
    </message>
    <message>
        <source>Try &quot;csmw help %1&quot; for more information.</source>
        <translation>Essayez «&#xa0;csmw help %1&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot; in %2</source>
        <translation>aucun client «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>%1 customers are named &quot;%2&quot;; give the id instead (see &quot;csmw list&quot;)</source>
        <translation>%1 clients s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez plutôt l&apos;id (voir «&#xa0;csmw list&#xa0;»)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>%1: --as-of expects a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1&#xa0;: --as-of attend une date au format YYYY-MM-DD, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s onboarding file as JSON.</source>
        <translation>Écrire le fichier d&apos;onboarding d&apos;un client au format JSON.</translation>
    </message>
    <message>
        <source>Writes the onboarding file of CUSTOMER (an id or an exact account name) as JSON: the customer, the stakeholders and the records of deletions. The same data always gives the same bytes. With -o, the file is replaced only once it has been written completely.</source>
        <translation>Écrit le fichier d&apos;onboarding de CUSTOMER (un id ou un nom de compte exact) au format JSON&#xa0;: le client, les parties prenantes et les enregistrements des suppressions. Les mêmes données donnent toujours les mêmes octets. Avec -o, le fichier n&apos;est remplacé qu&apos;une fois entièrement écrit.</translation>
    </message>
    <message>
        <source>Wrote the calendar of &quot;%1&quot; to %2 (events: %3).</source>
        <translation>Calendrier de «&#xa0;%1&#xa0;» écrit dans %2 (événements&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Write a customer&apos;s milestones, gates and meetings as an iCalendar file.</source>
        <translation>Écrire les jalons, étapes de validation et réunions d&apos;un client dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>Writes the dates of CUSTOMER&apos;s onboarding as an iCalendar (.ics) file for a calendar application: each milestone and phase gate, the kickoff workshop and the agreed check-ins, as all-day events. Each event keeps its identifier from one export to the next, so importing again updates the events instead of adding copies. With -o, the file is replaced only once it has been written completely.</source>
        <translation>Écrit les dates de l&apos;onboarding de CUSTOMER dans un fichier iCalendar (.ics) pour une application d&apos;agenda&#xa0;: chaque jalon et chaque étape de validation de phase, l&apos;atelier de kick-off et les points de suivi convenus, sous forme d&apos;événements sur la journée entière. Chaque événement conserve son identifiant d&apos;un export à l&apos;autre&#xa0;: une nouvelle importation met donc à jour les événements au lieu d&apos;en ajouter des copies. Avec -o, le fichier n&apos;est remplacé qu&apos;une fois entièrement écrit.</translation>
    </message>
    <message>
        <source>%1: %2 in %3; merging a file back into the workspace is not supported yet</source>
        <translation>%1&#xa0;: %2 dans %3&#xa0;; la fusion d&apos;un fichier dans l&apos;espace de travail n&apos;est pas encore prise en charge</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2 (stakeholders: %3).</source>
        <translation>«&#xa0;%1&#xa0;» importé depuis %2 (parties prenantes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Add a customer from a JSON onboarding file.</source>
        <translation>Ajouter un client à partir d&apos;un fichier d&apos;onboarding JSON.</translation>
    </message>
    <message>
        <source>Reads an onboarding file written by export-json (or by the application), checks it, and adds the customer with its stakeholders to the workspace. A customer that is already in the workspace is refused: merging a file back comes later. Creates the workspace if there is none.</source>
        <translation>Lit un fichier d&apos;onboarding écrit par export-json (ou par l&apos;application), le vérifie et ajoute le client avec ses parties prenantes à l&apos;espace de travail. Un client déjà présent dans l&apos;espace de travail est refusé&#xa0;: la fusion d&apos;un fichier viendra plus tard. Crée l&apos;espace de travail s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>What the file holds: usage (events, the default), roster (users and seats) or training (course completions).</source>
        <translation>Contenu du fichier&#xa0;: usage (événements, par défaut), roster (utilisateurs et licences) ou training (formations terminées).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Take FIELD (e.g. user_email) from the column named COLUMN, whatever was guessed or remembered. May be repeated.</source>
        <translation>Prendre FIELD (p. ex. user_email) dans la colonne nommée COLUMN, quelle que soit la correspondance devinée ou mémorisée. Peut être répété.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Read times that do not state their offset in ZONE (an IANA name such as Europe/Berlin, or UTC) and count days there. Default: the zone last used for such a file, else UTC.</source>
        <translation>Lire les heures qui n&apos;indiquent pas leur décalage dans ZONE (un nom IANA comme Europe/Berlin, ou UTC) et y compter les jours. Par défaut&#xa0;: le fuseau utilisé la dernière fois pour un tel fichier, sinon UTC.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>How dates like 03/04/2026 are read: dmy (day first) or mdy (month first). Default: as the file&apos;s first rows show.</source>
        <translation>Comment lire les dates comme 03/04/2026&#xa0;: dmy (jour en premier) ou mdy (mois en premier). Par défaut&#xa0;: d&apos;après les premières lignes du fichier.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Write the rejected rows to FILE. Default: FILE.rejects.csv beside the imported file.</source>
        <translation>Écrire les lignes rejetées dans FILE. Par défaut&#xa0;: FILE.rejects.csv à côté du fichier importé.</translation>
    </message>
    <message>
        <source>Check every row and count what would be imported, without writing to the workspace.</source>
        <translation>Vérifier chaque ligne et compter ce qui serait importé, sans écrire dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>import-usage: --kind must be usage, roster or training, not &quot;%1&quot;</source>
        <translation>import-usage&#xa0;: --kind doit valoir usage, roster ou training, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import-usage: --map expects FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation>import-usage&#xa0;: --map attend FIELD=COLUMN, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import-usage: a %1 file has no field &quot;%2&quot;; its fields are %3</source>
        <translation>import-usage&#xa0;: un fichier %1 n&apos;a pas de champ «&#xa0;%2&#xa0;»&#xa0;; ses champs sont %3</translation>
    </message>
    <message>
        <source>import-usage: unknown time zone &quot;%1&quot;; give an IANA name such as Europe/Berlin, or UTC</source>
        <translation>import-usage&#xa0;: fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;; indiquez un nom IANA comme Europe/Berlin, ou UTC</translation>
    </message>
    <message>
        <source>import-usage: --date-order must be dmy or mdy, not &quot;%1&quot;</source>
        <translation>import-usage&#xa0;: --date-order doit valoir dmy ou mdy, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import-usage: --rejects needs a file name</source>
        <translation>import-usage&#xa0;: --rejects requiert un nom de fichier</translation>
    </message>
    <message>
        <source>import-usage: --map %1=%2: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>import-usage&#xa0;: --map %1=%2&#xa0;: le fichier n&apos;a pas de colonne «&#xa0;%2&#xa0;»&#xa0;; ses colonnes sont %3</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 lignes lues</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>%1: no column found for %2 (%3 file); the file&apos;s columns are %4; name one with --map %5=COLUMN</source>
        <translation>%1&#xa0;: aucune colonne trouvée pour %2 (fichier %3)&#xa0;; les colonnes du fichier sont %4&#xa0;; indiquez-en une avec --map %5=COLUMN</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1&#xa0;: non importé</translation>
    </message>
    <message>
        <source>Checked %1 for &quot;%2&quot; in %3 s (%4 rows/s); nothing was written.</source>
        <translation>%1 vérifié pour «&#xa0;%2&#xa0;» en %3 s (%4 lignes/s)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 into &quot;%2&quot; in %3 s (%4 rows/s).</source>
        <translation>%1 importé dans «&#xa0;%2&#xa0;» en %3 s (%4 lignes/s).</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues&#xa0;:</translation>
    </message>
    <message>
        <source>New rows:</source>
        <translation>Nouvelles lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importées&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: %1</source>
        <translation>Lignes rejetées, avec le motif de chacune&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1&#xa0;: ligne %2, colonne «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>Import a usage, roster or training file into a customer&apos;s usage data.</source>
        <translation>Importer un fichier d&apos;utilisation, de liste des utilisateurs ou de formation dans les données d&apos;utilisation d&apos;un client.</translation>
    </message>
    <message>
        <source>Reads a CSV or TSV file exported from the product&apos;s analytics (usage events), the customer&apos;s user list (roster) or their learning system (training), checks every row and adds the new ones to the usage data of CUSTOMER, all or nothing. Rows already imported are counted as duplicates and left out; rows that fail a check are rejected and written, with the line, column and reason, to a CSV file. Which column feeds which field is taken from the last import of a file with the same columns, else guessed from the header, and set with --map. The workspace must exist.</source>
        <translation>Lit un fichier CSV ou TSV exporté depuis l&apos;outil d&apos;analyse du produit (événements d&apos;utilisation), la liste des utilisateurs du client (roster) ou sa plateforme de formation (training), vérifie chaque ligne et ajoute les nouvelles aux données d&apos;utilisation de CUSTOMER, en tout ou rien. Les lignes déjà importées sont comptées comme doublons et écartées&#xa0;; les lignes qui échouent à une vérification sont rejetées et écrites, avec la ligne, la colonne et le motif, dans un fichier CSV. La correspondance entre colonnes et champs est reprise de la dernière importation d&apos;un fichier ayant les mêmes colonnes, sinon devinée d&apos;après l&apos;en-tête, et se définit avec --map. L&apos;espace de travail doit exister.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;une table.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>No customers in %1 yet.</source>
        <translation>Aucun client dans %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>List the customers: phase, status, tier, days since signature.</source>
        <translation>Lister les clients&#xa0;: phase, statut, segment, jours depuis la signature.</translation>
    </message>
    <message>
        <source>Lists the customers of the workspace by account name, one a line: account name, phase, status, tier, days since the contract was signed, and id. With --json, prints a JSON array of objects with the keys id, account_name, phase, status, tier, arr, currency, signature_date and days_since_signature; phase, status and tier are given by their keys, as in the onboarding file format.</source>
        <translation>Liste les clients de l&apos;espace de travail par nom de compte, un par ligne&#xa0;: nom de compte, phase, statut, segment, jours depuis la signature du contrat, et id. Avec --json, affiche un tableau JSON d&apos;objets avec les clés id, account_name, phase, status, tier, arr, currency, signature_date et days_since_signature&#xa0;; phase, status et tier sont donnés par leurs clés, comme dans le format du fichier d&apos;onboarding.</translation>
    </message>
    <message>
        <source>The workspace file. Default: %1</source>
        <translation>Le fichier de l&apos;espace de travail. Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
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
        <translation>Afficher cette aide, ou celle d&apos;une commande.</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Works with a CSM Workspace file from the command line.</source>
        <translation>Manipule un fichier CSM Workspace en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>CUSTOMER is a customer&apos;s id or exact account name.</source>
        <translation>CUSTOMER est l&apos;id d&apos;un client ou son nom de compte exact.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command could not be done, 2 for bad usage.</source>
        <translation>Code de sortie&#xa0;: 0 en cas de succès, 1 si la commande n&apos;a pas pu être exécutée, 2 en cas d&apos;utilisation incorrecte.</translation>
    </message>
    <message>
        <source>Try &quot;csmw --help&quot; for more information.</source>
        <translation>Essayez «&#xa0;csmw --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help accepte au plus une commande</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1&#xa0;: %2 manquant</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--workspace needs a path</source>
        <translation>--workspace requiert un chemin</translation>
    </message>
    <message>
        <source>Print the portfolio as JSON.</source>
        <translation>Afficher le portefeuille au format JSON.</translation>
    </message>
    <message>
        <source>The portfolio as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Le portefeuille à la date DATE (YYYY-MM-DD) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>dans la cible</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>hors cible</translation>
    </message>
    <message>
        <source>Portfolio of 1 customer as of %1</source>
        <translation>Portefeuille de 1 client au %1</translation>
    </message>
    <message>
        <source>Portfolio of %1 customers as of %2</source>
        <translation>Portefeuille de %1 clients au %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Délai avant première valeur</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>pas encore atteint</translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation>Cohortes par mois de signature</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>With first value</source>
        <translation>Avec première valeur</translation>
    </message>
    <message>
        <source>Median TTFV</source>
        <translation>TTFV médian</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>health %1 (%2)</source>
        <translation>santé %1 (%2)</translation>
    </message>
    <message>
        <source>health not known</source>
        <translation>santé inconnue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1 sans données</translation>
    </message>
    <message>
        <source>[snoozed]</source>
        <translation>[reportée]</translation>
    </message>
    <message>
        <source>[critical]</source>
        <translation>[critique]</translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation>[avertissement]</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Print the portfolio&apos;s metrics against their targets, and each customer&apos;s health and alerts.</source>
        <translation>Afficher les indicateurs du portefeuille par rapport à leurs objectifs, ainsi que la santé et les alertes de chaque client.</translation>
    </message>
    <message>
        <source>Prints, as of today (or the date given), the portfolio&apos;s metrics against the targets set in the workspace: time to kickoff, kickoff completion, time to first value, implementation on-time rate, user adoption 30 days after go-live, goal achievement by day 90, onboarding completion, satisfaction and NPS; the time to first value by range of days and the cohorts by signature month; each customer&apos;s health with its parts and its alerts with their reasons; and what needs doing today. As a summary, or as JSON with --json.</source>
        <translation>Affiche, à la date du jour (ou à la date indiquée), les indicateurs du portefeuille par rapport aux objectifs définis dans l&apos;espace de travail&#xa0;: délai avant kick-off, taux de réalisation du kick-off, délai avant première valeur, taux de respect des délais de mise en œuvre, adoption par les utilisateurs 30 jours après la mise en production, atteinte des objectifs au jour 90, achèvement de l&apos;onboarding, satisfaction et NPS&#xa0;; le délai avant première valeur par tranche de jours et les cohortes par mois de signature&#xa0;; la santé de chaque client avec ses composantes et ses alertes avec leurs motifs&#xa0;; et ce qu&apos;il faut faire aujourd&apos;hui. Sous forme de synthèse, ou en JSON avec --json.</translation>
    </message>
    <message>
        <source>The report: value-review (day 30), ebr (day 90) or graduation. Default: value-review.</source>
        <translation>Le rapport&#xa0;: value-review (jour 30), ebr (jour 90) ou graduation. Par défaut&#xa0;: value-review.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE; with --all, one PDF per customer into the folder FOLDER.</source>
        <translation>Écrire le PDF dans FILE&#xa0;; avec --all, un PDF par client dans le dossier FOLDER.</translation>
    </message>
    <message>
        <source>A report for every customer of the workspace.</source>
        <translation>Un rapport pour chaque client de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The report as of DATE (YYYY-MM-DD), the meeting date, instead of today.</source>
        <translation>Le rapport à la date DATE (YYYY-MM-DD), date de la réunion, au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Leave out the sections listed, separated by commas: goals, first-value, adoption, value-delivered, survey, expansion, next-quarter, graduation-handover. The sections and commentary chosen in the app apply too.</source>
        <translation>Omettre les sections indiquées, séparées par des virgules&#xa0;: goals, first-value, adoption, value-delivered, survey, expansion, next-quarter, graduation-handover. Les sections et commentaires choisis dans l&apos;application s&apos;appliquent aussi.</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>SECTIONS</translation>
    </message>
    <message>
        <source>report: --kind must be value-review, ebr or graduation, not &quot;%1&quot;</source>
        <translation>report&#xa0;: --kind doit valoir value-review, ebr ou graduation, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>report: give either CUSTOMER or --all, not both</source>
        <translation>report&#xa0;: indiquez CUSTOMER ou --all, pas les deux</translation>
    </message>
    <message>
        <source>report: missing CUSTOMER (or --all)</source>
        <translation>report&#xa0;: CUSTOMER manquant (ou --all)</translation>
    </message>
    <message>
        <source>report: --all needs -o FOLDER</source>
        <translation>report&#xa0;: --all requiert -o FOLDER</translation>
    </message>
    <message>
        <source>report: missing -o FILE</source>
        <translation>report&#xa0;: -o FILE manquant</translation>
    </message>
    <message>
        <source>report: no section &quot;%1&quot; to leave out</source>
        <translation>report&#xa0;: aucune section «&#xa0;%1&#xa0;» à omettre</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1</source>
        <translation>
            <numerusform>%n rapport écrit dans %1</numerusform>
            <numerusform>%n rapports écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a customer&apos;s value review, EBR or graduation summary as a PDF.</source>
        <translation>Écrire la revue de valeur, l&apos;EBR ou la synthèse de fin d&apos;onboarding d&apos;un client au format PDF.</translation>
    </message>
    <message>
        <source>Writes the report CUSTOMER&apos;s CSM takes into the meeting as a PDF: the day-30 value review, the day-90 executive business review or the graduation summary. It holds the cover (customer, meeting, CSM, executive sponsor), each objective&apos;s baseline, target, actual, status and trend with a chart, time to first value against the plan and the portfolio&apos;s median, the adoption summary, and the goals and open actions ahead. With --all instead of CUSTOMER, writes one PDF per customer into the folder given with -o. A4, or Letter where the locale measures in inches.</source>
        <translation>Écrit au format PDF le rapport que le CSM de CUSTOMER présente en réunion&#xa0;: la revue de valeur du jour 30, l&apos;executive business review (EBR) du jour 90 ou la synthèse de fin d&apos;onboarding. Il contient la page de garde (client, réunion, CSM, sponsor exécutif), pour chaque objectif la valeur de référence, la cible, la valeur réelle, le statut et la tendance avec un graphique, le délai avant première valeur par rapport au plan et à la médiane du portefeuille, la synthèse de l&apos;adoption, ainsi que les objectifs et les actions ouvertes à venir. Avec --all au lieu de CUSTOMER, écrit un PDF par client dans le dossier indiqué avec -o. Format A4, ou Letter lorsque les paramètres régionaux mesurent en pouces.</translation>
    </message>
    <message>
        <source>All sample customers are already in %1.</source>
        <translation>Tous les clients d&apos;exemple sont déjà dans %1.</translation>
    </message>
    <message>
        <source>Sample customers added to %1: %2.</source>
        <translation>Clients d&apos;exemple ajoutés à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Add the sample portfolio to the workspace.</source>
        <translation>Ajouter le portefeuille d&apos;exemple à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Adds seven sample customers across all phases and tiers, with dates relative to today. Sample customers already in the workspace (same account name) are left as they are. Creates the workspace if there is none.</source>
        <translation>Ajoute sept clients d&apos;exemple répartis sur toutes les phases et tous les segments, avec des dates relatives à aujourd&apos;hui. Les clients d&apos;exemple déjà présents dans l&apos;espace de travail (même nom de compte) sont laissés tels quels. Crée l&apos;espace de travail s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Write the shared file to FILE (required).</source>
        <translation>Écrire le fichier partagé dans FILE (obligatoire).</translation>
    </message>
    <message>
        <source>Protect (export) or open (import) the file with the passphrase on the first line of F.</source>
        <translation>Protéger (export) ou ouvrir (import) le fichier avec la phrase secrète figurant sur la première ligne de F.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Carry the usage rollups only, not every raw event.</source>
        <translation>Ne transmettre que les agrégats d&apos;utilisation, pas chaque événement brut.</translation>
    </message>
    <message>
        <source>Resolve every conflict with the file&apos;s value.</source>
        <translation>Résoudre chaque conflit avec la valeur du fichier.</translation>
    </message>
    <message>
        <source>Resolve every conflict with the workspace&apos;s value.</source>
        <translation>Résoudre chaque conflit avec la valeur de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Show what taking the file back would change, changing nothing.</source>
        <translation>Montrer ce que la reprise du fichier changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>%1: the first line is empty; it should hold the passphrase</source>
        <translation>%1&#xa0;: la première ligne est vide&#xa0;; elle doit contenir la phrase secrète</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE est obligatoire</translation>
    </message>
    <message>
        <source>Shared &quot;%1&quot; as %2 (%3%4).</source>
        <translation>«&#xa0;%1&#xa0;» partagé sous %2 (%3%4).</translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation>, protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>  conflict: %1 [%2.%3]: here %4; there %5</source>
        <translation>  conflit&#xa0;: %1 [%2.%3]&#xa0;: ici %4&#xa0;; là-bas %5</translation>
    </message>
    <message>
        <source>--theirs and --ours exclude each other</source>
        <translation>--theirs et --ours s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file F.</source>
        <translation>Indiquez-la avec --passphrase-file F.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, written by %3 on %4.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;», écrit par %3 le %4.</translation>
    </message>
    <message>
        <source>A new customer: adding it (stakeholders: %1).</source>
        <translation>Nouveau client&#xa0;: il est ajouté (parties prenantes&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Merging against the exchange of %1.</source>
        <translation>Fusion par rapport à l&apos;échange du %1.</translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is a conflict.</source>
        <translation>Jamais échangé depuis ici&#xa0;: chaque différence est un conflit.</translation>
    </message>
    <message>
        <source>From the file: %1 added, %2 changed, %3 deleted; conflicts: %4.</source>
        <translation>Depuis le fichier&#xa0;: %1 ajoutés, %2 modifiés, %3 supprimés&#xa0;; conflits&#xa0;: %4.</translation>
    </message>
    <message>
        <source>conflicts: %1; nothing was changed. Choose with --theirs or --ours, or take the file back in the application to choose field by field.</source>
        <translation>conflits&#xa0;: %1&#xa0;; rien n&apos;a été modifié. Choisissez avec --theirs ou --ours, ou reprenez le fichier dans l&apos;application pour choisir champ par champ.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Took back &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» repris.</translation>
    </message>
    <message>
        <source>Share a customer&apos;s onboarding file (.onboarding) with a colleague.</source>
        <translation>Partager le fichier d&apos;onboarding d&apos;un client (.onboarding) avec un collègue.</translation>
    </message>
    <message>
        <source>Writes CUSTOMER (an id or an exact account name) as a shared onboarding file: an SQLite file with the customer, its records and its usage data, which another CSM Workspace takes in with import and can send back. The file is built in a temporary folder and replaces FILE only once complete. With --passphrase-file it is encrypted (XChaCha20-Poly1305, key from Argon2id).</source>
        <translation>Écrit CUSTOMER (un id ou un nom de compte exact) dans un fichier d&apos;onboarding partagé&#xa0;: un fichier SQLite contenant le client, ses enregistrements et ses données d&apos;utilisation, qu&apos;un autre CSM Workspace reprend avec import et peut renvoyer. Le fichier est construit dans un dossier temporaire et ne remplace FILE qu&apos;une fois complet. Avec --passphrase-file, il est chiffré (XChaCha20-Poly1305, clé dérivée par Argon2id).</translation>
    </message>
    <message>
        <source>Take a shared onboarding file in: add the customer or merge it.</source>
        <translation>Reprendre un fichier d&apos;onboarding partagé&#xa0;: ajouter le client ou le fusionner.</translation>
    </message>
    <message>
        <source>Copies FILE in, checks it (application, version, integrity, foreign keys, content checksum) and takes it in: a new customer is added; a customer already here is merged record by record against the last exchange both sides know, as one undo step. A field changed on both sides is a conflict: the import stops listing them unless --theirs or --ours says which side wins. Creates the workspace if there is none.</source>
        <translation>Copie FILE, le vérifie (application, version, intégrité, clés étrangères, somme de contrôle du contenu) et le reprend&#xa0;: un nouveau client est ajouté&#xa0;; un client déjà présent est fusionné enregistrement par enregistrement par rapport au dernier échange connu des deux côtés, en une seule étape d&apos;annulation. Un champ modifié des deux côtés constitue un conflit&#xa0;: l&apos;importation s&apos;arrête en les listant, sauf si --theirs ou --ours indique quel côté l&apos;emporte. Crée l&apos;espace de travail s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Print the HTML document instead of the plain text.</source>
        <translation>Afficher le document HTML au lieu du texte brut.</translation>
    </message>
    <message>
        <source>The update as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Le point d&apos;avancement à la date DATE (YYYY-MM-DD) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>status-update: --as-of expects a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>status-update&#xa0;: --as-of attend une date au format YYYY-MM-DD, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print a customer&apos;s weekly status update.</source>
        <translation>Afficher le point d&apos;avancement hebdomadaire d&apos;un client.</translation>
    </message>
    <message>
        <source>Prints the weekly status update of CUSTOMER as an e-mail in the customer&apos;s language (or the one given): the overall status and whether the plan slips, what shipped in the last 7 days, what is blocked or waits on the customer, what comes in the next 7 days, the milestones with their planned and expected dates, the first-value forecast, open risks with their mitigation and open action items. Plain text with the subject and recipients first, or the HTML document with --html.</source>
        <translation>Affiche le point d&apos;avancement hebdomadaire de CUSTOMER sous forme d&apos;e-mail dans la langue du client (ou celle indiquée)&#xa0;: le statut global et si le plan glisse, ce qui a été livré au cours des 7 derniers jours, ce qui est bloqué ou attend le client, ce qui arrive dans les 7 prochains jours, les jalons avec leurs dates prévues et attendues, la prévision de première valeur, les risques ouverts avec leur atténuation et les actions ouvertes. En texte brut avec l&apos;objet et les destinataires en premier, ou en document HTML avec --html.</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation>aucun espace de travail dans %1</translation>
    </message>
    <message>
        <source>%1 was upgraded to schema %2; the file as it was is kept at %3</source>
        <translation>%1 a été mis à niveau vers le schéma %2&#xa0;; le fichier d&apos;origine est conservé dans %3</translation>
    </message>
    <message>
        <source>Write the update in LANGUAGE: en, de or fr. Default: the customer&apos;s language.</source>
        <translation>Rédige le point d&apos;avancement en LANGUAGE&#xa0;: en, de ou fr. Par défaut&#xa0;: la langue du client.</translation>
    </message>
    <message>
        <source>status-update: --language must be en, de or fr, not &quot;%1&quot;</source>
        <translation>status-update&#xa0;: --language doit valoir en, de ou fr, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Csm::CollapsibleSection</name>
    <message>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Déplié</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Replié</translation>
    </message>
</context>
<context>
    <name>Csm::Commands</name>
    <message>
        <source>Add customer %1</source>
        <translation>Ajouter le client %1</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Ajouter la partie prenante %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Save playbook %1</source>
        <translation>Enregistrer le playbook %1</translation>
    </message>
    <message>
        <source>Remove playbook %1</source>
        <translation>Supprimer le playbook %1</translation>
    </message>
    <message>
        <source>Replace the plan with playbook %1</source>
        <translation>Remplacer le plan par le playbook %1</translation>
    </message>
    <message>
        <source>Apply playbook %1</source>
        <translation>Appliquer le playbook %1</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Ajouter le résultat %1</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Ajouter l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Ajouter l&apos;étape %1</translation>
    </message>
    <message>
        <source>Add measurement %1</source>
        <translation>Ajouter la mesure %1</translation>
    </message>
    <message>
        <source>Add attendee %1</source>
        <translation>Ajouter le participant %1</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Ajouter l&apos;action %1</translation>
    </message>
    <message>
        <source>Add decision %1</source>
        <translation>Ajouter la décision %1</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Ajouter le risque %1</translation>
    </message>
    <message>
        <source>Add workstream %1</source>
        <translation>Ajouter le chantier %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Add dependency %1</source>
        <translation>Ajouter la dépendance %1</translation>
    </message>
    <message>
        <source>Add gate %1</source>
        <translation>Ajouter l&apos;étape de validation %1</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Ajouter le critère %1</translation>
    </message>
    <message>
        <source>Add opportunity %1</source>
        <translation>Ajouter l&apos;opportunité %1</translation>
    </message>
    <message>
        <source>Add survey response %1</source>
        <translation>Ajouter la réponse à l&apos;enquête %1</translation>
    </message>
    <message>
        <source>Add value item %1</source>
        <translation>Ajouter l&apos;élément de valeur %1</translation>
    </message>
    <message>
        <source>Add report note %1</source>
        <translation>Ajouter la note de rapport %1</translation>
    </message>
    <message>
        <source>Snooze alert %1</source>
        <translation>Mettre en veille l&apos;alerte %1</translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation>Supprimer le résultat %1</translation>
    </message>
    <message>
        <source>Remove objective %1</source>
        <translation>Supprimer l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Remove measurement %1</source>
        <translation>Supprimer la mesure %1</translation>
    </message>
    <message>
        <source>Remove attendee %1</source>
        <translation>Retirer le participant %1</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Supprimer l&apos;action %1</translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation>Supprimer la décision %1</translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation>Supprimer le risque %1</translation>
    </message>
    <message>
        <source>Remove workstream %1</source>
        <translation>Supprimer le chantier %1</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Supprimer la tâche %1</translation>
    </message>
    <message>
        <source>Remove dependency %1</source>
        <translation>Supprimer la dépendance %1</translation>
    </message>
    <message>
        <source>Remove gate %1</source>
        <translation>Supprimer l&apos;étape de validation %1</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Supprimer le critère %1</translation>
    </message>
    <message>
        <source>Remove opportunity %1</source>
        <translation>Supprimer l&apos;opportunité %1</translation>
    </message>
    <message>
        <source>Remove survey response %1</source>
        <translation>Supprimer la réponse à l&apos;enquête %1</translation>
    </message>
    <message>
        <source>Remove value item %1</source>
        <translation>Supprimer l&apos;élément de valeur %1</translation>
    </message>
    <message>
        <source>Remove report note %1</source>
        <translation>Supprimer la note de rapport %1</translation>
    </message>
    <message>
        <source>Bring back alert %1</source>
        <translation>Réactiver l&apos;alerte %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stakeholder(s)</source>
        <translation>
            <numerusform>Supprimer %n partie prenante</numerusform>
            <numerusform>Supprimer %n parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Supprimer le client %1</translation>
    </message>
    <message>
        <source>Remove stakeholder %1</source>
        <translation>Supprimer la partie prenante %1</translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation>Ajouter un portefeuille d&apos;exemple</translation>
    </message>
    <message>
        <source>Take back shared file of %1</source>
        <translation>Reprendre le fichier partagé de %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 and %n dependent task(s)</source>
        <translation>
            <numerusform>Déplacer %1 et %n tâche dépendante</numerusform>
            <numerusform>Déplacer %1 et %n tâches dépendantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CountSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::CsvReader</name>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <source>line %1: the text is not valid in its encoding (%2); save the file as UTF-8 and try again</source>
        <translation>ligne %1&#xa0;: le texte n&apos;est pas valide dans son encodage (%2)&#xa0;; enregistrez le fichier en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>ligne %1, champ %2&#xa0;: texte après le guillemet fermant</translation>
    </message>
</context>
<context>
    <name>Csm::Customer</name>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
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
        <translation>Devise</translation>
    </message>
    <message>
        <source>Products and plan</source>
        <translation>Produits et offre</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account executive</translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation>CSM responsable</translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation>Responsable de la mise en œuvre</translation>
    </message>
    <message>
        <source>Support escalation owner</source>
        <translation>Responsable des escalades support</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation>Cas d&apos;usage principal</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de succès</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Competitor replaced</source>
        <translation>Concurrent remplacé</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Pourquoi ils nous ont choisis</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>Style de communication</translation>
    </message>
    <message>
        <source>Promises made during the sale</source>
        <translation>Promesses faites pendant la vente</translation>
    </message>
    <message>
        <source>Competitive concerns</source>
        <translation>Préoccupations concurrentielles</translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation>Réunion de passation</translation>
    </message>
    <message>
        <source>Intro e-mail sent</source>
        <translation>E-mail de présentation envoyé</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>1re valeur</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Fin d&apos;onboarding</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Introductions and roles</source>
        <translation>Présentations et rôles</translation>
    </message>
    <message>
        <source>Notes on introductions and roles</source>
        <translation>Notes sur les présentations et les rôles</translation>
    </message>
    <message>
        <source>Success criteria confirmed</source>
        <translation>Critères de succès confirmés</translation>
    </message>
    <message>
        <source>Notes on success criteria</source>
        <translation>Notes sur les critères de succès</translation>
    </message>
    <message>
        <source>Solution overview</source>
        <translation>Présentation de la solution</translation>
    </message>
    <message>
        <source>Notes on the solution overview</source>
        <translation>Notes sur la présentation de la solution</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Notes on the implementation plan</source>
        <translation>Notes sur le plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Notes on the communication plan</source>
        <translation>Notes sur le plan de communication</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Notes on the quick win</source>
        <translation>Notes sur le gain rapide</translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation>Discussion des risques</translation>
    </message>
    <message>
        <source>Notes on the risk discussion</source>
        <translation>Notes sur la discussion des risques</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Notes on next steps</source>
        <translation>Notes sur les prochaines étapes</translation>
    </message>
    <message>
        <source>Kickoff recap sent</source>
        <translation>Compte rendu du kick-off envoyé</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Fréquence des points de suivi</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation>Décideur disponible</translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation>Ressources client engagées</translation>
    </message>
    <message>
        <source>Committed role</source>
        <translation>Rôle engagé</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Licences souscrites</translation>
    </message>
    <message>
        <source>Activation event</source>
        <translation>Événement d&apos;activation</translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation>Objectifs initiaux revus</translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation>Nouveaux objectifs fixés</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Transmis à</translation>
    </message>
    <message>
        <source>Check-in cadence after graduation</source>
        <translation>Fréquence des points de suivi après la fin de l&apos;onboarding</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Première QBR</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/semaine</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListDelegate</name>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListModel</name>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Jours depuis signature</translation>
    </message>
    <message>
        <source>CSM owner</source>
        <translation>CSM responsable</translation>
    </message>
</context>
<context>
    <name>Csm::CustomerListPanel</name>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Search customers, industries, owners</source>
        <translation>Rechercher clients, secteurs, responsables</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filtrer par phase</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Filtrer par segment</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>Trier par statut</translation>
    </message>
    <message>
        <source>Sort by phase</source>
        <translation>Trier par phase</translation>
    </message>
    <message>
        <source>Sort customers</source>
        <translation>Trier les clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Aucun client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation>Aucun client ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 clients sur %2</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Par compte</translation>
    </message>
    <message>
        <source>Sort by account name</source>
        <translation>Trier par nom de compte</translation>
    </message>
    <message>
        <source>By days</source>
        <translation>Par jours</translation>
    </message>
    <message>
        <source>Sort by days since signature, longest first</source>
        <translation>Trier par jours depuis la signature, les plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Par phase</translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation>Par ARR</translation>
    </message>
    <message>
        <source>Sort by ARR, largest first</source>
        <translation>Trier par ARR, les plus élevés d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Csm::Database</name>
    <message>
        <source>customer %1: %2</source>
        <translation>client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is a folder, not a workspace file</source>
        <translation>c&apos;est un dossier, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation>ce n&apos;est pas un fichier CSM Workspace (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a CSM Workspace file</source>
        <translation>c&apos;est la base de données d&apos;une autre application, pas un fichier CSM Workspace</translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace (schema %1; this version reads up to schema %2). Please update the application.</source>
        <translation>il a été écrit par une version plus récente de CSM Workspace (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2). Veuillez mettre à jour l&apos;application.</translation>
    </message>
    <message>
        <source>a copy could not be kept before upgrading it to schema %1</source>
        <translation>impossible d&apos;en conserver une copie avant sa mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <source>creating it failed (%1)</source>
        <translation>sa création a échoué (%1)</translation>
    </message>
    <message>
        <source>upgrading it failed (%1); the file as it was before is kept at &quot;%2&quot;</source>
        <translation>sa mise à niveau a échoué (%1)&#xa0;; le fichier tel qu&apos;il était auparavant est conservé dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing record in %3</source>
        <translation>la ligne %1 de la table %2 fait référence à un enregistrement manquant dans %3</translation>
    </message>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation>migration %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>stakeholder %1: %2</source>
        <translation>partie prenante %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is damaged (%2)</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: le fichier est endommagé (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::Decision</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>Csm::DependencyTableModel</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Holds up</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>This task waits for the other one.</source>
        <translation>Cette tâche attend l&apos;autre.</translation>
    </message>
    <message>
        <source>The other task waits for this one.</source>
        <translation>L&apos;autre tâche attend celle-ci.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::DependencyType</name>
    <message>
        <source>Finish to start</source>
        <translation>Fin à début</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Début à début</translation>
    </message>
    <message>
        <source>Finish to finish</source>
        <translation>Fin à fin</translation>
    </message>
</context>
<context>
    <name>Csm::EmailDialog</name>
    <message>
        <source>Introduction e-mail: %1</source>
        <translation>E-mail de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kickoff recap: %1</source>
        <translation>Compte rendu du kick-off&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recipient yet: add the kickoff attendees, with e-mail addresses, on the kickoff page.</source>
        <translation>Pas encore de destinataire&#xa0;: ajoutez les participants au kick-off, avec leurs adresses e-mail, sur la page du kick-off.</translation>
    </message>
    <message>
        <source>Written in %1, the customer&apos;s language.</source>
        <translation>Rédigé en %1, la langue du client.</translation>
    </message>
    <message>
        <source>There is no template in %1 yet, so it is written in %2.</source>
        <translation>Il n&apos;existe pas encore de modèle en %1, il est donc rédigé en %2.</translation>
    </message>
    <message>
        <source>Language of the e-mail</source>
        <translation>Langue de l&apos;e-mail</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>No recipient yet: add the customer&apos;s contacts with their e-mail addresses on the handoff page.</source>
        <translation>Pas encore de destinataire&#xa0;: ajoutez les contacts du client avec leurs adresses e-mail sur la page de passation.</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail body</source>
        <translation>Corps de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the plain-text body to paste into any mail program</source>
        <translation>Copier le corps en texte brut pour le coller dans n&apos;importe quel logiciel de messagerie</translation>
    </message>
    <message>
        <source>Copy as HTML</source>
        <translation>Copier en HTML</translation>
    </message>
    <message>
        <source>Copy the formatted body, with a plain-text alternative</source>
        <translation>Copier le corps mis en forme, avec une variante en texte brut</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Start a new message with the recipients, subject and plain-text body</source>
        <translation>Créer un nouveau message avec les destinataires, l&apos;objet et le corps en texte brut</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Record today as the day this e-mail was sent</source>
        <translation>Enregistrer aujourd&apos;hui comme date d&apos;envoi de cet e-mail</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied as plain text.</source>
        <translation>Copié en texte brut.</translation>
    </message>
    <message>
        <source>Copied as HTML, with a plain-text alternative.</source>
        <translation>Copié en HTML, avec une variante en texte brut.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>Ouvert dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>No mail program answered; copy the e-mail instead.</source>
        <translation>Aucun logiciel de messagerie n&apos;a répondu&#xa0;; copiez plutôt l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Envoyé le %1.</translation>
    </message>
    <message>
        <source>Not marked as sent yet.</source>
        <translation>Pas encore marqué comme envoyé.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
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
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Open potential ARR</source>
        <translation>ARR potentiel ouvert</translation>
    </message>
    <message>
        <source>Won ARR</source>
        <translation>ARR gagné</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation>Zones géographiques</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>No expansion opportunities yet</source>
        <translation>Pas encore d&apos;opportunité d&apos;expansion</translation>
    </message>
    <message>
        <source>For each one, note its potential ARR, who speaks for it and who doubts it, and follow it from not started through exploring and proposed to won or lost. The value review report lists them.</source>
        <translation>Pour chacune, notez son ARR potentiel, qui la défend et qui en doute, et suivez-la de «&#xa0;non commencée&#xa0;» à «&#xa0;gagnée&#xa0;» ou «&#xa0;perdue&#xa0;», en passant par «&#xa0;en exploration&#xa0;» et «&#xa0;proposée&#xa0;». Le rapport de revue de valeur les recense.</translation>
    </message>
    <message>
        <source>Add the first opportunity</source>
        <translation>Ajouter la première opportunité</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Search opportunities, advocates, notes</source>
        <translation>Rechercher opportunités, défenseurs, notes</translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation>Opportunités d&apos;expansion</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Toutes les opportunités</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Client sans nom</translation>
    </message>
    <message>
        <source>Expansion: where the product could go next, by division, geography and use case</source>
        <translation>Expansion&#xa0;: où le produit pourrait aller ensuite, par division, zone géographique et cas d&apos;usage</translation>
    </message>
    <message>
        <source>Map where %1 could use the product next: other divisions, other geographies, other use cases.</source>
        <translation>Repérez où %1 pourrait utiliser le produit ensuite&#xa0;: autres divisions, autres zones géographiques, autres cas d&apos;usage.</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Aucun client sélectionné.</translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation>%1 ouvertes, %2 gagnées, %3 perdues</translation>
    </message>
    <message>
        <source>Not started, exploring or proposed</source>
        <translation>Non commencées, en exploration ou proposées</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 perdues</translation>
    </message>
    <message>
        <source>Open: %1 of %2</source>
        <translation>Ouvertes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>Add expansion opportunity</source>
        <translation>Ajouter une opportunité d&apos;expansion</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n expansion opportunity(s)</source>
        <translation>
            <numerusform>Supprimer %n opportunité d&apos;expansion</numerusform>
            <numerusform>Supprimer %n opportunités d&apos;expansion</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the opportunities</source>
        <translation>Rechercher dans les opportunités</translation>
    </message>
</context>
<context>
    <name>Csm::Field</name>
    <message>
        <source>expected one of %1</source>
        <translation>attendu&#xa0;: une valeur parmi %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null</source>
        <translation>attendu&#xa0;: une date au format YYYY-MM-DD ou null</translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation>attendu&#xa0;: un UUID ou null</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>attendu&#xa0;: un nombre</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>attendu&#xa0;: un nombre entier</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>attendu&#xa0;: du texte</translation>
    </message>
</context>
<context>
    <name>Csm::FirstValuePanel</name>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) behind its baseline</source>
        <translation>
            <numerusform>%n jour ouvré de retard sur sa référence</numerusform>
            <numerusform>%n jours ouvrés de retard sur sa référence</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done, behind where it should be</source>
        <translation>%1 % réalisé, en retard sur le prévu</translation>
    </message>
    <message>
        <source>Tasks that push the first value out</source>
        <translation>Tâches qui repoussent la première valeur</translation>
    </message>
    <message>
        <source>No milestone</source>
        <translation>Aucun jalon</translation>
    </message>
    <message>
        <source>No first-value milestone yet</source>
        <translation>Pas encore de jalon de première valeur</translation>
    </message>
    <message>
        <source>Select the milestone where the customer first gets real value (the activation event) and choose Mark as first value.</source>
        <translation>Sélectionnez le jalon où le client obtient pour la première fois une valeur réelle (l&apos;événement d&apos;activation) et choisissez «&#xa0;Marquer comme première valeur&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Target for %1: first value within %n day(s) of signature.</source>
        <translation>
            <numerusform>Objectif pour %1&#xa0;: première valeur dans un délai de %n jour après la signature.</numerusform>
            <numerusform>Objectif pour %1&#xa0;: première valeur dans un délai de %n jours après la signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Jalon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>First value reached on %1</source>
        <translation>Première valeur atteinte le %1</translation>
    </message>
    <message>
        <source>Day %1 after signature.</source>
        <translation>Jour %1 après la signature.</translation>
    </message>
    <message>
        <source>No signature date to count the days from.</source>
        <translation>Aucune date de signature à partir de laquelle compter les jours.</translation>
    </message>
    <message>
        <source>Beyond target</source>
        <translation>Au-delà de l&apos;objectif</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l&apos;objectif</translation>
    </message>
    <message>
        <source>First value projected on %1</source>
        <translation>Première valeur prévue le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from today</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today or past</source>
        <translation>échéance aujourd&apos;hui ou passée</translation>
    </message>
    <message>
        <source>Day %1 after signature, %2.</source>
        <translation>Jour %1 après la signature, %2.</translation>
    </message>
    <message>
        <source>%1. No signature date to count the days from.</source>
        <translation>%1. Aucune date de signature à partir de laquelle compter les jours.</translation>
    </message>
    <message>
        <source>Target for %1: day %2.</source>
        <translation>Objectif pour %1&#xa0;: jour %2.</translation>
    </message>
    <message>
        <source>Planned for day %1 (%2)</source>
        <translation>Prévue au jour %1 (%2)</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Prévue le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) late.</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour de retard.</numerusform>
            <numerusform>%1&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) early.</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour d&apos;avance.</numerusform>
            <numerusform>%1&#xa0;: %n jours d&apos;avance.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on plan.</source>
        <translation>%1&#xa0;: conforme au plan.</translation>
    </message>
    <message>
        <source>Nothing pushes it out: the tasks before it are on plan.</source>
        <translation>Rien ne la repousse&#xa0;: les tâches qui la précèdent sont conformes au plan.</translation>
    </message>
    <message>
        <source>Pushed out by (select to show in the chart):</source>
        <translation>Repoussée par (sélectionnez pour afficher dans le diagramme)&#xa0;:</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Csm::FrictionPanel</name>
    <message>
        <source>Tasks that count towards the friction score</source>
        <translation>Tâches prises en compte dans le score de friction</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Friction score %1</source>
        <translation>Score de friction %1</translation>
    </message>
    <message>
        <source>At or above %1</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>Moins de %1</translation>
    </message>
    <message>
        <source>waits on %1, %2 points (doubled: overdue)</source>
        <translation>en attente de %1, %2 points (doublés&#xa0;: en retard)</translation>
    </message>
    <message>
        <source>waits on %1, %2 points</source>
        <translation>en attente de %1, %2 points</translation>
    </message>
    <message>
        <source>Target: below %1. No open task waits on the customer&apos;s side.</source>
        <translation>Objectif&#xa0;: moins de %1. Aucune tâche ouverte n&apos;est en attente côté client.</translation>
    </message>
    <message>
        <source>Target: below %1. Open tasks waiting on the customer&apos;s side count, security reviews and legal most, and double once overdue:</source>
        <translation>Objectif&#xa0;: moins de %1. Les tâches ouvertes en attente côté client comptent, surtout les revues de sécurité et les questions juridiques, et comptent double une fois en retard&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Csm::GanttChart</name>
    <message>
        <source>Drag onto another task to make it wait for this one.</source>
        <translation>Faites glisser sur une autre tâche pour qu&apos;elle attende celle-ci.</translation>
    </message>
    <message>
        <source>passed on %1</source>
        <translation>franchie le %1</translation>
    </message>
    <message>
        <source>missed: due %1 and not passed</source>
        <translation>manquée&#xa0;: échéance le %1 et non franchie</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 gate&lt;/b&gt;, %2&lt;br&gt;%3 of %n criteria met</source>
        <translation>
            <numerusform>&lt;b&gt;Étape de validation %1&lt;/b&gt;, %2&lt;br&gt;%3 critère rempli sur %n</numerusform>
            <numerusform>&lt;b&gt;Étape de validation %1&lt;/b&gt;, %2&lt;br&gt;%3 critères remplis sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation>Ces tâches ne peuvent pas être liées.</translation>
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
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>Csm::GanttModel</name>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Workstream or task</source>
        <translation>Chantier ou tâche</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n working day(s)</source>
        <translation>
            <numerusform>Du %1 au %2, %n jour ouvré</numerusform>
            <numerusform>Du %1 au %2, %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Avancement&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Our owner: %1</source>
        <translation>Notre responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation>Responsable client&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation>(chantier sans nom)</translation>
    </message>
    <message>
        <source>(milestone)</source>
        <translation>(jalon)</translation>
    </message>
    <message>
        <source>(first value)</source>
        <translation>(première valeur)</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>Baseline: %1 to %2</source>
        <translation>Référence&#xa0;: du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n working day(s) against the baseline</source>
        <translation>
            <numerusform>En retard de %n jour ouvré sur la référence</numerusform>
            <numerusform>En retard de %n jours ouvrés sur la référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead of the baseline by %n working day(s)</source>
        <translation>
            <numerusform>En avance de %n jour ouvré sur la référence</numerusform>
            <numerusform>En avance de %n jours ouvrés sur la référence</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1, progress %2</source>
        <translation>Statut&#xa0;: %1, avancement %2</translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>On the critical path: any delay delays the plan.</source>
        <translation>Sur le chemin critique&#xa0;: tout retard retarde le plan.</translation>
    </message>
    <message numerus="yes">
        <source>Can slip %n working day(s) without delaying the plan</source>
        <translation>
            <numerusform>Peut glisser de %n jour ouvré sans retarder le plan</numerusform>
            <numerusform>Peut glisser de %n jours ouvrés sans retarder le plan</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed task)</source>
        <translation>(tâche sans nom)</translation>
    </message>
</context>
<context>
    <name>Csm::GanttPainter</name>
    <message>
        <source>%1 gate %2</source>
        <comment>gate kind and due date</comment>
        <translation>Étape de validation %1 %2</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <comment>gate label</comment>
        <translation>%1 (franchie)</translation>
    </message>
    <message>
        <source>%1 (first value)</source>
        <translation>%1 (première valeur)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates of a dragged bar</comment>
        <translation>Du %1 au %2</translation>
    </message>
</context>
<context>
    <name>Csm::GanttPrintout</name>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <comment>customer name</comment>
        <translation>%1&#xa0;: plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Csm::GanttView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move task a day earlier</source>
        <translation>Avancer la tâche d&apos;un jour</translation>
    </message>
    <message>
        <source>Move task a day later</source>
        <translation>Retarder la tâche d&apos;un jour</translation>
    </message>
    <message>
        <source>Finish task a day earlier</source>
        <translation>Terminer la tâche un jour plus tôt</translation>
    </message>
    <message>
        <source>Finish task a day later</source>
        <translation>Terminer la tâche un jour plus tard</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>CSM Workspace</source>
        <translation>CSM Workspace</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>%1: implementation plan</source>
        <translation>%1&#xa0;: plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be drawn.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: l&apos;image n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Phases and tasks</source>
        <translation>Phases et tâches</translation>
    </message>
</context>
<context>
    <name>Csm::GateCriterion</name>
    <message>
        <source>Gate</source>
        <translation>Étape de validation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
</context>
<context>
    <name>Csm::GateKind</name>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Fin d&apos;onboarding</translation>
    </message>
</context>
<context>
    <name>Csm::GateTableModel</name>
    <message>
        <source>Passed on %1</source>
        <translation>Franchie le %1</translation>
    </message>
    <message>
        <source>Missed: due %1</source>
        <translation>Manquée&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Aucun critère pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>%1 critères remplis sur %2</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Étape de validation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où elle en est</translation>
    </message>
</context>
<context>
    <name>Csm::GatesPanel</name>
    <message>
        <source>Phase gates</source>
        <translation>Étapes de validation</translation>
    </message>
    <message>
        <source>No phase gates yet. A gate holds the customer at the end of a phase until its criteria are met.</source>
        <translation>Aucune étape de validation pour l&apos;instant. Une étape de validation retient le client à la fin d&apos;une phase jusqu&apos;à ce que ses critères soient remplis.</translation>
    </message>
    <message>
        <source>Add gate</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a phase gate the plan does not have yet</source>
        <translation>Ajouter une étape de validation que le plan n&apos;a pas encore</translation>
    </message>
    <message>
        <source>Remove gate</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected gate with its criteria</source>
        <translation>Supprimer l&apos;étape de validation sélectionnée avec ses critères</translation>
    </message>
    <message>
        <source>Gate due date</source>
        <translation>Échéance de l&apos;étape de validation</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Franchie</translation>
    </message>
    <message>
        <source>Mark passed</source>
        <translation>Marquer franchie</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Clear the passed date</source>
        <translation>Effacer la date de franchissement</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Critères de l&apos;étape de validation</translation>
    </message>
    <message>
        <source>No criteria yet: add what must be true to pass, such as &quot;SSO verified&quot; or &quot;first dataset validated&quot;.</source>
        <translation>Aucun critère pour l&apos;instant&#xa0;: ajoutez ce qui doit être vrai pour franchir l&apos;étape, comme «&#xa0;SSO vérifié&#xa0;» ou «&#xa0;premier jeu de données validé&#xa0;».</translation>
    </message>
    <message>
        <source>New criterion, e.g. SSO verified</source>
        <translation>Nouveau critère, p. ex. SSO vérifié</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the criterion to this gate</source>
        <translation>Ajouter le critère à cette étape de validation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Supprimer le critère sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n manquée</numerusform>
            <numerusform>%n manquées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 franchies sur %2</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>Étape de validation %1</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Franchie le %1</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Pas encore franchie</translation>
    </message>
    <message>
        <source>Missed: it was due on %1 and is not passed. Agree a new date with the customer or get the open criteria met.</source>
        <translation>Manquée&#xa0;: elle était prévue le %1 et n&apos;est pas franchie. Convenez d&apos;une nouvelle date avec le client ou faites remplir les critères restants.</translation>
    </message>
    <message>
        <source>Record today as the day this gate was passed</source>
        <translation>Enregistrer aujourd&apos;hui comme date de franchissement de cette étape de validation</translation>
    </message>
    <message>
        <source>Every criterion must be met first</source>
        <translation>Tous les critères doivent d&apos;abord être remplis</translation>
    </message>
    <message>
        <source>Remove criteria</source>
        <translation>Supprimer les critères</translation>
    </message>
    <message>
        <source>Mark the %1 gate passed</source>
        <translation>Marquer l&apos;étape de validation %1 comme franchie</translation>
    </message>
    <message>
        <source>Reopen the %1 gate</source>
        <translation>Rouvrir l&apos;étape de validation %1</translation>
    </message>
</context>
<context>
    <name>Csm::GraduationChecklist</name>
    <message>
        <source>Original success plan goals reviewed with the customer</source>
        <translation>Objectifs initiaux du plan de réussite revus avec le client</translation>
    </message>
    <message>
        <source>Go through each objective: reached, missed, and why.</source>
        <translation>Passez en revue chaque objectif&#xa0;: atteint, manqué, et pourquoi.</translation>
    </message>
    <message>
        <source>New goals set for the next stage</source>
        <translation>Nouveaux objectifs fixés pour l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Agree what the customer wants to reach next, for the first QBR.</source>
        <translation>Convenez de ce que le client veut atteindre ensuite, pour la première QBR.</translation>
    </message>
    <message>
        <source>Handed over to the ongoing CSM</source>
        <translation>Transmis au CSM chargé du suivi</translation>
    </message>
    <message>
        <source>Name who takes the account over.</source>
        <translation>Indiquez qui reprend le compte.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Transmis à %1.</translation>
    </message>
    <message>
        <source>Check-in cadence after graduation agreed</source>
        <translation>Fréquence des points de suivi après la fin d&apos;onboarding convenue</translation>
    </message>
    <message>
        <source>Agree how often to meet from now on, such as monthly.</source>
        <translation>Convenez de la fréquence des rencontres à partir de maintenant, par exemple mensuelle.</translation>
    </message>
    <message>
        <source>First QBR scheduled</source>
        <translation>Première QBR planifiée</translation>
    </message>
    <message>
        <source>Set the date of the first quarterly business review.</source>
        <translation>Fixez la date de la première revue trimestrielle (QBR).</translation>
    </message>
    <message>
        <source>%1 is before the graduation on %2.</source>
        <translation>Le %1 est antérieur à la fin d&apos;onboarding du %2.</translation>
    </message>
    <message>
        <source>%1 has passed; the first QBR comes after graduation.</source>
        <translation>Le %1 est passé&#xa0;; la première QBR a lieu après la fin d&apos;onboarding.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Le %1.</translation>
    </message>
    <message>
        <source>Onboarding survey collected</source>
        <translation>Enquête d&apos;onboarding recueillie</translation>
    </message>
    <message>
        <source>Responses recorded: %1.</source>
        <translation>Réponses enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Record the answers in the survey section below.</source>
        <translation>Enregistrez les réponses dans la section Enquête ci-dessous.</translation>
    </message>
    <message>
        <source>No measurable objectives</source>
        <translation>Aucun objectif mesurable</translation>
    </message>
    <message>
        <source>The success plan has no objectives to review.</source>
        <translation>Le plan de réussite n&apos;a aucun objectif à passer en revue.</translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved</source>
        <translation>%1 objectifs atteints sur %2</translation>
    </message>
    <message>
        <source>Goal achievement %1, target above %2</source>
        <translation>Atteinte des objectifs %1, objectif supérieur à %2</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Manqués&#xa0;: %1</translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation>Première valeur atteinte</translation>
    </message>
    <message>
        <source>On %1, day %2 after signature.</source>
        <translation>Le %1, jour %2 après la signature.</translation>
    </message>
    <message>
        <source>First value not reached yet</source>
        <translation>Première valeur pas encore atteinte</translation>
    </message>
    <message>
        <source>Expected on %1.</source>
        <translation>Prévue le %1.</translation>
    </message>
    <message>
        <source>No first value date on the handoff page.</source>
        <translation>Aucune date de première valeur sur la page de passation.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En production</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Depuis le %1.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Pas encore en production</translation>
    </message>
    <message>
        <source>Go-live planned for %1.</source>
        <translation>Mise en production prévue le %1.</translation>
    </message>
    <message>
        <source>No go-live date yet.</source>
        <translation>Pas encore de date de mise en production.</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Aucune action ouverte</translation>
    </message>
    <message>
        <source>Everything in the action log is done.</source>
        <translation>Tout ce qui figure dans le journal des actions est fait.</translation>
    </message>
    <message>
        <source>Open actions: %1</source>
        <translation>Actions ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue: %1. Close them or hand them over.</source>
        <translation>En retard&#xa0;: %1. Clôturez-les ou transmettez-les.</translation>
    </message>
    <message>
        <source>Close them or hand them over.</source>
        <translation>Clôturez-les ou transmettez-les.</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Aucun risque ouvert</translation>
    </message>
    <message>
        <source>Every risk in the risk log is closed.</source>
        <translation>Tous les risques du journal des risques sont clôturés.</translation>
    </message>
    <message>
        <source>Open risks: %1</source>
        <translation>Risques ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Escalated: %1. Tell the ongoing CSM about them.</source>
        <translation>Escaladés&#xa0;: %1. Informez-en le CSM chargé du suivi.</translation>
    </message>
    <message>
        <source>Tell the ongoing CSM about them.</source>
        <translation>Informez-en le CSM chargé du suivi.</translation>
    </message>
</context>
<context>
    <name>Csm::GraduationPage</name>
    <message>
        <source>Mark as graduated</source>
        <translation>Marquer l&apos;onboarding comme terminé</translation>
    </message>
    <message>
        <source>Moves the customer to the Graduated phase with today as the graduation date.</source>
        <translation>Fait passer le client à la phase «&#xa0;Onboarding terminé&#xa0;», avec aujourd&apos;hui comme date de fin d&apos;onboarding.</translation>
    </message>
    <message>
        <source>Graduation checklist</source>
        <translation>Liste de contrôle de fin d&apos;onboarding</translation>
    </message>
    <message>
        <source>Tick what was done with the customer; the hand-over items follow from the fields beside.</source>
        <translation>Cochez ce qui a été fait avec le client&#xa0;; les éléments de transmission découlent des champs à côté.</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Who takes the account over</source>
        <translation>Qui reprend le compte</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>e.g. monthly, first Tuesday</source>
        <translation>p. ex. mensuelle, le premier mardi</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Fréquence des points de suivi</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point de suivi</translation>
    </message>
    <message>
        <source>The graduation date is set to today when you mark the customer as graduated; change it here if it was another day.</source>
        <translation>La date de fin d&apos;onboarding est fixée à aujourd&apos;hui lorsque vous marquez l&apos;onboarding du client comme terminé&#xa0;; modifiez-la ici s&apos;il s&apos;agissait d&apos;un autre jour.</translation>
    </message>
    <message>
        <source>Before graduating</source>
        <translation>Avant de terminer l&apos;onboarding</translation>
    </message>
    <message>
        <source>What the onboarding file says about the customer&apos;s readiness, worked out from the success plan, the key dates and the logs.</source>
        <translation>Ce que le dossier d&apos;onboarding indique sur le degré de préparation du client, d&apos;après le plan de réussite, les dates clés et les journaux.</translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation>Enquête d&apos;onboarding</translation>
    </message>
    <message>
        <source>One row per respondent: satisfaction with the onboarding from 1 to 5, and how likely they are to recommend us from 0 to 10. Targets: satisfaction above %1, NPS above %2.</source>
        <translation>Une ligne par répondant&#xa0;: satisfaction vis-à-vis de l&apos;onboarding de 1 à 5, et probabilité de nous recommander de 0 à 10. Objectifs&#xa0;: satisfaction supérieure à %1, NPS supérieur à %2.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>The average of the answers from 1 to 5; responses without one are left out.</source>
        <translation>La moyenne des réponses de 1 à 5&#xa0;; les réponses sans note sont ignorées.</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>NPS de l&apos;onboarding</translation>
    </message>
    <message>
        <source>Per cent promoters (9 or 10) minus per cent detractors (0 to 6) of the answers from 0 to 10; from -100 to 100.</source>
        <translation>Pourcentage de promoteurs (9 ou 10) moins pourcentage de détracteurs (0 à 6) parmi les réponses de 0 à 10&#xa0;; de -100 à 100.</translation>
    </message>
    <message>
        <source>No responses yet. Send the onboarding survey once the customer has reached first value, and record each answer here with Add response.</source>
        <translation>Aucune réponse pour l&apos;instant. Envoyez l&apos;enquête d&apos;onboarding dès que le client a atteint la première valeur, et enregistrez chaque réponse ici avec «&#xa0;Ajouter une réponse&#xa0;».</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoteurs (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passifs (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Détracteurs (0-6)</translation>
    </message>
    <message>
        <source>Satisfaction below 4</source>
        <translation>Satisfaction inférieure à 4</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Avec problèmes</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Fin d&apos;onboarding</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Jour %1 depuis la signature</translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <source>Graduated on %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Onboarding terminé</translation>
    </message>
    <message>
        <source>The customer has graduated already.</source>
        <translation>L&apos;onboarding du client est déjà terminé.</translation>
    </message>
    <message>
        <source>Ready to graduate</source>
        <translation>Prêt pour la fin d&apos;onboarding</translation>
    </message>
    <message>
        <source>Not graduated yet</source>
        <translation>Onboarding pas encore terminé</translation>
    </message>
    <message>
        <source>Agree a cadence first.</source>
        <translation>Convenez d&apos;abord d&apos;une fréquence.</translation>
    </message>
    <message>
        <source>Not worked out for this cadence; put it in your calendar.</source>
        <translation>Non calculé pour cette fréquence&#xa0;; notez-le dans votre agenda.</translation>
    </message>
    <message>
        <source>%1 rated satisfaction · %2 answered the NPS question</source>
        <translation>%1 ont noté la satisfaction · %2 ont répondu à la question NPS</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Target: above %1</source>
        <translation>Objectif&#xa0;: supérieur à %1</translation>
    </message>
    <message>
        <source>No satisfaction answers yet.</source>
        <translation>Aucune réponse sur la satisfaction pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Promoters %1 · passives %2 · detractors %3 · target: above %4</source>
        <translation>Promoteurs %1 · passifs %2 · détracteurs %3 · objectif&#xa0;: supérieur à %4</translation>
    </message>
    <message>
        <source>No answers to the NPS question yet.</source>
        <translation>Aucune réponse à la question NPS pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not everything on the graduation checklist is done.</source>
        <translation>La liste de contrôle de fin d&apos;onboarding n&apos;est pas entièrement cochée.</translation>
    </message>
    <message>
        <source>%1

Mark %2 as graduated anyway?</source>
        <translation>%1

Marquer quand même l&apos;onboarding de %2 comme terminé&#xa0;?</translation>
    </message>
    <message>
        <source>Mark %1 as graduated</source>
        <translation>Marquer l&apos;onboarding de %1 comme terminé</translation>
    </message>
    <message>
        <source>Add survey response</source>
        <translation>Ajouter une réponse à l&apos;enquête</translation>
    </message>
    <message>
        <source>Remove survey response</source>
        <translation>Supprimer la réponse à l&apos;enquête</translation>
    </message>
    <message>
        <source>Remove survey responses</source>
        <translation>Supprimer les réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>Search the survey responses</source>
        <translation>Rechercher dans les réponses à l&apos;enquête</translation>
    </message>
</context>
<context>
    <name>Csm::Handoff</name>
    <message>
        <source>Decision maker named</source>
        <translation>Décideur désigné</translation>
    </message>
    <message>
        <source>Champion named</source>
        <translation>Champion désigné</translation>
    </message>
    <message>
        <source>Day-to-day admin named</source>
        <translation>Administrateur au quotidien désigné</translation>
    </message>
    <message>
        <source>CSM owner assigned</source>
        <translation>CSM responsable attribué</translation>
    </message>
    <message>
        <source>Handoff meeting held</source>
        <translation>Réunion de passation tenue</translation>
    </message>
    <message>
        <source>Introduction e-mail sent</source>
        <translation>E-mail de présentation envoyé</translation>
    </message>
</context>
<context>
    <name>Csm::HandoffPage</name>
    <message>
        <source>Account and contract</source>
        <translation>Compte et contrat</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>What sales learned</source>
        <translation>Ce que les ventes ont appris</translation>
    </message>
    <message>
        <source>Handoff completeness</source>
        <translation>Complétude de la passation</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Both sides of the relationship. Double-click a cell to edit.</source>
        <translation>Les deux côtés de la relation. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Add customer contact</source>
        <translation>Ajouter un contact client</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Jour %1 depuis la signature</translation>
    </message>
    <message numerus="yes">
        <source>Signs in %n day(s)</source>
        <translation>
            <numerusform>Signature dans %n jour</numerusform>
            <numerusform>Signature dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no reason recorded yet.</source>
        <translation>%1&#xa0;: aucune raison enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 éléments sur %2</translation>
    </message>
    <message>
        <source>Handoff complete: sales has handed over everything.</source>
        <translation>Passation complète&#xa0;: les ventes ont tout transmis.</translation>
    </message>
    <message>
        <source>Sales still owes: %1.</source>
        <translation>Les ventes doivent encore fournir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
</context>
<context>
    <name>Csm::HolidaysEditor</name>
    <message>
        <source>&amp;Add the day</source>
        <translation>&amp;Ajouter le jour</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Days off besides weekends, for every customer of this workspace. Task lengths and links count business days without them; dates already planned stay where they are.</source>
        <translation>Jours non travaillés en plus des week-ends, pour tous les clients de cet espace de travail. Les durées des tâches et les liens comptent les jours ouvrés sans ces jours&#xa0;; les dates déjà planifiées restent inchangées.</translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation>Jour à ajouter</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>No holidays yet. Pick a day in the calendar and add it, or double-click the day.</source>
        <translation>Aucun jour férié pour l&apos;instant. Choisissez un jour dans le calendrier et ajoutez-le, ou double-cliquez sur le jour.</translation>
    </message>
</context>
<context>
    <name>Csm::ICalendar</name>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer owner: %1</source>
        <translation>Responsable client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owners: %1 (ours), %2 (customer)</source>
        <translation>Responsables&#xa0;: %1 (chez nous), %2 (client)</translation>
    </message>
    <message>
        <source>%1: %2 (first value)</source>
        <translation>%1&#xa0;: %2 (première valeur)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workstream: %1</source>
        <translation>Chantier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting on: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>%1: %2 gate</source>
        <translation>%1&#xa0;: étape de validation %2</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Franchie le %1</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <translation>Étape de validation de phase</translation>
    </message>
    <message>
        <source>%1: kickoff workshop</source>
        <translation>%1&#xa0;: atelier de kick-off</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>%1: check-in</source>
        <translation>%1&#xa0;: point de suivi</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Fréquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
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
        <translation>E-mail de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Durée (secondes)</translation>
    </message>
    <message>
        <source>Seat start</source>
        <translation>Début de licence</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Role track</source>
        <translation>Parcours par rôle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Événements d&apos;utilisation</translation>
    </message>
    <message>
        <source>User roster</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>Training completions</source>
        <translation>Formations suivies</translation>
    </message>
</context>
<context>
    <name>Csm::ImportFilePage</name>
    <message>
        <source>Who did what in the product, and when</source>
        <translation>Qui a fait quoi dans le produit, et quand</translation>
    </message>
    <message>
        <source>The customer&apos;s users, their roles and when their seats started</source>
        <translation>Les utilisateurs du client, leurs rôles et la date de début de leurs licences</translation>
    </message>
    <message>
        <source>Who completed which course, and when</source>
        <translation>Qui a suivi quelle formation, et quand</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV or TSV export from the product&apos;s analytics, its user list or the learning platform.</source>
        <translation>Un export CSV ou TSV de l&apos;outil d&apos;analyse du produit, de sa liste d&apos;utilisateurs ou de la plateforme de formation.</translation>
    </message>
    <message>
        <source>Drop a CSV or TSV file here, or</source>
        <translation>Déposez un fichier CSV ou TSV ici, ou</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi pour l&apos;instant</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Texte délimité (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 columns</source>
        <translation>%1 · %2, %3 · %4 colonnes</translation>
    </message>
    <message>
        <source>%1-separated</source>
        <translation>séparateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Ce fichier ne peut pas être importé. %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>From its columns, this looks like %1.</source>
        <translation>D&apos;après ses colonnes, ce fichier semble contenir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds; its columns do not say clearly.</source>
        <translation>Choisissez ce que contient le fichier&#xa0;; ses colonnes ne l&apos;indiquent pas clairement.</translation>
    </message>
</context>
<context>
    <name>Csm::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the column that feeds each field. Columns that feed no field are not imported.</source>
        <translation>Choisissez la colonne qui alimente chaque champ. Les colonnes qui n&apos;alimentent aucun champ ne sont pas importées.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation>Fuseau horaire des heures sans décalage</translation>
    </message>
    <message>
        <source>Type part of a name to search, for example &quot;Berlin&quot;</source>
        <translation>Saisissez une partie d&apos;un nom pour chercher, par exemple «&#xa0;Berlin&#xa0;»</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Rechercher un fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>For times without an offset, such as 2026-01-05 09:12. Times with “Z” or “+01:00” keep theirs.</source>
        <translation>Pour les heures sans décalage, comme 2026-01-05 09:12. Les heures avec «&#xa0;Z&#xa0;» ou «&#xa0;+01:00&#xa0;» gardent le leur.</translation>
    </message>
    <message>
        <source>&amp;Day first (31/01/2026)</source>
        <translation>&amp;Jour en premier (31/01/2026)</translation>
    </message>
    <message>
        <source>&amp;Month first (01/31/2026)</source>
        <translation>&amp;Mois en premier (01/31/2026)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>The columns, time zone and date order you chose for the last file with these columns.</source>
        <translation>Les colonnes, le fuseau horaire et l&apos;ordre des dates choisis pour le dernier fichier ayant ces colonnes.</translation>
    </message>
    <message>
        <source>No column names were recognised. Choose the column for each field.</source>
        <translation>Aucun nom de colonne n&apos;a été reconnu. Choisissez la colonne de chaque champ.</translation>
    </message>
    <message>
        <source>Columns matched by their names. Check them against the rows below.</source>
        <translation>Colonnes associées d&apos;après leurs noms. Vérifiez-les avec les lignes ci-dessous.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Choisir une colonne</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the day first.</source>
        <translation>Certain&#xa0;: les dates du fichier placent le jour en premier.</translation>
    </message>
    <message>
        <source>Certain: the file&apos;s dates put the month first.</source>
        <translation>Certain&#xa0;: les dates du fichier placent le mois en premier.</translation>
    </message>
    <message>
        <source>As last time. The first rows&apos; dates read either way.</source>
        <translation>Comme la dernière fois. Les dates des premières lignes peuvent se lire dans les deux sens.</translation>
    </message>
    <message>
        <source>Guessed: the first rows&apos; dates read either way. Check one against the source.</source>
        <translation>Supposé&#xa0;: les dates des premières lignes peuvent se lire dans les deux sens. Vérifiez-en une dans la source.</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Choisissez une colonne pour %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Not needed for this file: its dates are written year first, as in 2026-01-05.</source>
        <translation>Inutile pour ce fichier&#xa0;: ses dates commencent par l&apos;année, comme 2026-01-05.</translation>
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
        <translation>non importée</translation>
    </message>
    <message>
        <source>Column “%1” is not imported</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas importée</translation>
    </message>
    <message>
        <source>Column “%1” feeds %2</source>
        <translation>La colonne «&#xa0;%1&#xa0;» alimente %2</translation>
    </message>
</context>
<context>
    <name>Csm::ImportProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 lignes lues, %2 lignes par seconde</translation>
    </message>
</context>
<context>
    <name>Csm::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The rows are written in one step: all of them, or none if you cancel.</source>
        <translation>Les lignes sont écrites en une seule fois&#xa0;: toutes, ou aucune si vous annulez.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Lignes importées&#xa0;:</translation>
    </message>
    <message>
        <source>Already imported, skipped:</source>
        <translation>Déjà importées, ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected, skipped:</source>
        <translation>Rejetées, ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>The customer&apos;s adoption metrics now include these rows.</source>
        <translation>Les indicateurs d&apos;adoption du client incluent désormais ces lignes.</translation>
    </message>
    <message>
        <source>%1 rows from %2 were added to the customer&apos;s usage data.</source>
        <translation>%1 lignes de %2 ont été ajoutées aux données d&apos;utilisation du client.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été modifié dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>%1
Nothing was changed in the workspace.</source>
        <translation>%1
Rien n&apos;a été modifié dans l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>Csm::ImportValidatePage</name>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the workspace.</source>
        <translation>Chaque ligne est vérifiée avant que quoi que ce soit ne soit écrit dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Lignes dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Valid, to be imported:</source>
        <translation>Valides, à importer&#xa0;:</translation>
    </message>
    <message>
        <source>Already imported, to be skipped:</source>
        <translation>Déjà importées, à ignorer&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Save rejects as CSV…</source>
        <translation>&amp;Enregistrer les rejets en CSV…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Enregistrer les lignes rejetées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Vérification de chaque ligne de %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The file could not be checked. %1
Nothing was changed.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié. %1
Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows are listed. The saved file holds them all, with their columns.</source>
        <translation>Les %1 premières lignes rejetées sur %2 sont listées. Le fichier enregistré les contient toutes, avec leurs colonnes.</translation>
    </message>
    <message>
        <source>Save them to correct them in a spreadsheet: the file holds each row&apos;s columns and why it was rejected.</source>
        <translation>Enregistrez-les pour les corriger dans un tableur&#xa0;: le fichier contient les colonnes de chaque ligne et la raison de son rejet.</translation>
    </message>
    <message>
        <source>Every row of this file is already imported. There is nothing to import.</source>
        <translation>Toutes les lignes de ce fichier sont déjà importées. Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>No row can be imported. Go back to choose other columns, or correct the file and choose it again.</source>
        <translation>Aucune ligne ne peut être importée. Revenez en arrière pour choisir d&apos;autres colonnes, ou corrigez le fichier et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation>&amp;Importer les lignes valides</translation>
    </message>
    <message>
        <source>Import the %1 valid rows and skip the %2 rejected ones, or go back to choose other columns. To keep the rejected rows, save them, correct them and import that file afterwards.</source>
        <translation>Importez les %1 lignes valides et ignorez les %2 lignes rejetées, ou revenez en arrière pour choisir d&apos;autres colonnes. Pour conserver les lignes rejetées, enregistrez-les, corrigez-les, puis importez ce fichier ensuite.</translation>
    </message>
    <message>
        <source>All rows are valid. Import adds %1 rows to the workspace.</source>
        <translation>Toutes les lignes sont valides. L&apos;importation ajoute %1 lignes à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 rejects.csv</source>
        <translation>%1 rejets.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Impossible d&apos;enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>Il n&apos;y a aucune ligne rejetée à enregistrer.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be read: %1</source>
        <translation>Les lignes rejetées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Csm::ImportWizard</name>
    <message>
        <source>Import usage data: %1</source>
        <translation>Importer des données d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>Importer des données d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
</context>
<context>
    <name>Csm::Interchange</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>attendu&#xa0;: du texte</translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-03-01T09:30:00.000Z</source>
        <translation>attendu&#xa0;: une heure UTC comme 2026-03-01T09:30:00.000Z</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>attendu&#xa0;: un UUID</translation>
    </message>
    <message>
        <source>no record with this id in the file</source>
        <translation>aucun enregistrement avec cet identifiant dans le fichier</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau racine</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>attendu&#xa0;: un objet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace onboarding file</source>
        <translation>attendu&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; ce n&apos;est pas un fichier d&apos;onboarding CSM Workspace</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>attendu&#xa0;: un nombre entier positif</translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation>la version %1 a été écrite par une version plus récente de CSM Workspace (celle-ci lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>attendu&#xa0;: une liste</translation>
    </message>
    <message>
        <source>the same id appears twice</source>
        <translation>le même identifiant apparaît deux fois</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>attendu&#xa0;: une valeur parmi %1</translation>
    </message>
</context>
<context>
    <name>Csm::KickoffAttendee</name>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rôle dans la réunion</translation>
    </message>
</context>
<context>
    <name>Csm::KickoffPage</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Hold it within %1 business days of signature; about 60 minutes is enough.</source>
        <translation>À tenir dans les %1 jours ouvrés suivant la signature&#xa0;; environ 60 minutes suffisent.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Written from this customer&apos;s file, in the customer&apos;s language, ready to copy or open in your mail program.</source>
        <translation>Rédigés à partir du dossier de ce client, dans la langue du client, prêts à être copiés ou ouverts dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Introduction e-mail…</source>
        <translation>E-mail de présentation…</translation>
    </message>
    <message>
        <source>Kickoff recap…</source>
        <translation>Compte rendu du kick-off…</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Both sides, each with a role in the meeting. Double-click a role to edit it.</source>
        <translation>Les deux côtés, chacun avec un rôle dans la réunion. Double-cliquez sur un rôle pour le modifier.</translation>
    </message>
    <message>
        <source>Add attendees…</source>
        <translation>Ajouter des participants…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 · %2 (our team)</source>
        <translation>%1 · %2 (notre équipe)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>1-2-3 relationship triangle</source>
        <translation>Triangle relationnel 1-2-3</translation>
    </message>
    <message>
        <source>One executive sponsor, two primary contacts and three power users on the customer&apos;s side.</source>
        <translation>Un sponsor exécutif, deux contacts principaux et trois utilisateurs avancés côté client.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Tick each item once it is covered and note what was agreed.</source>
        <translation>Cochez chaque point une fois traité et notez ce qui a été convenu.</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <source>Pre-onboarding qualification</source>
        <translation>Qualification pré-onboarding</translation>
    </message>
    <message>
        <source>e.g. IT admin</source>
        <translation>p. ex. administrateur informatique</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>An unmet item puts the onboarding at risk at once.</source>
        <translation>Un point non rempli met immédiatement l&apos;onboarding à risque.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>e.g. weekly, Tuesdays at 10:00</source>
        <translation>p. ex. hebdomadaire, le mardi à 10:00</translation>
    </message>
    <message>
        <source>e.g. Teams calls, shared Slack channel, e-mail</source>
        <translation>p. ex. appels Teams, canal Slack partagé, e-mail</translation>
    </message>
    <message>
        <source>Who to call, by name and in order, e.g. Cara Success, then Dana Lee (VP Customer Success)</source>
        <translation>Qui appeler, par nom et dans l&apos;ordre, p. ex. Cara Success, puis Dana Lee (VP Customer Success)</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point de suivi</translation>
    </message>
    <message>
        <source>Risk discussion</source>
        <translation>Discussion des risques</translation>
    </message>
    <message>
        <source>What could derail this? Risks raised here also appear in the risk log.</source>
        <translation>Qu&apos;est-ce qui pourrait faire dérailler le projet&#xa0;? Les risques soulevés ici apparaissent aussi dans le journal des risques.</translation>
    </message>
    <message>
        <source>Raise a risk…</source>
        <translation>Signaler un risque…</translation>
    </message>
    <message>
        <source>No risks raised at the kickoff yet.</source>
        <translation>Aucun risque soulevé au kick-off pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation>Atelier de kick-off</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Jour %1 depuis la signature</translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 of %2 covered</source>
        <translation>%1 points traités sur %2</translation>
    </message>
    <message>
        <source>Agree a cadence, such as weekly, every two weeks or monthly.</source>
        <translation>Convenez d&apos;une fréquence, par exemple hebdomadaire, toutes les deux semaines ou mensuelle.</translation>
    </message>
    <message>
        <source>No date from this cadence; weekly, every two weeks, monthly or daily give one.</source>
        <translation>Pas de date avec cette fréquence&#xa0;; hebdomadaire, toutes les deux semaines, mensuelle ou quotidienne en donnent une.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None named yet: add the customer&apos;s executive sponsor on the handoff page.</source>
        <translation>Personne n&apos;est encore désigné&#xa0;: ajoutez le sponsor exécutif du client sur la page de passation.</translation>
    </message>
    <message>
        <source>No signature date yet; it is set on the handoff page.</source>
        <translation>Pas encore de date de signature&#xa0;; elle se définit sur la page de passation.</translation>
    </message>
    <message>
        <source>No date yet. Hold it by %1.</source>
        <translation>Pas encore de date. À tenir au plus tard le %1.</translation>
    </message>
    <message>
        <source>No kickoff date, and the %1 business days after signature ended on %2.</source>
        <translation>Pas de date de kick-off, et les %1 jours ouvrés suivant la signature ont pris fin le %2.</translation>
    </message>
    <message>
        <source>Before the signature.</source>
        <translation>Avant la signature.</translation>
    </message>
    <message>
        <source>On the day of signature.</source>
        <translation>Le jour de la signature.</translation>
    </message>
    <message>
        <source>Day %1 after signature (business day %2)</source>
        <translation>Jour %1 après la signature (jour ouvré %2)</translation>
    </message>
    <message>
        <source>Not within %1 business days of signature: it should be held by %2. A slow start puts the onboarding at risk.</source>
        <translation>Pas dans les %1 jours ouvrés suivant la signature&#xa0;: il aurait dû se tenir au plus tard le %2. Un démarrage lent met l&apos;onboarding à risque.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Envoyé le %1.</translation>
    </message>
    <message>
        <source>Not sent yet. The account executive introduces the CSM within 24 hours of the handoff.</source>
        <translation>Pas encore envoyé. L&apos;AE présente le CSM dans les 24 heures suivant la passation.</translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff, by %1.</source>
        <translation>Pas encore envoyé. Envoyez-le dans les 24 heures suivant le kick-off, au plus tard le %1.</translation>
    </message>
    <message>
        <source>Not sent yet. Send it within 24 hours of the kickoff.</source>
        <translation>Pas encore envoyé. Envoyez-le dans les 24 heures suivant le kick-off.</translation>
    </message>
    <message>
        <source>No stakeholders yet: add both sides on the handoff page, then pick the attendees here.</source>
        <translation>Pas encore de parties prenantes&#xa0;: ajoutez les deux côtés sur la page de passation, puis choisissez les participants ici.</translation>
    </message>
    <message>
        <source>Nobody picked yet.</source>
        <translation>Personne n&apos;a encore été choisi.</translation>
    </message>
    <message>
        <source>Add %1 to the kickoff</source>
        <translation>Ajouter %1 au kick-off</translation>
    </message>
    <message>
        <source>Add kickoff attendees</source>
        <translation>Ajouter des participants au kick-off</translation>
    </message>
    <message>
        <source>Remove kickoff attendees</source>
        <translation>Retirer des participants du kick-off</translation>
    </message>
    <message>
        <source>Raise risk %1</source>
        <translation>Signaler le risque %1</translation>
    </message>
    <message>
        <source>Kickoff attendees</source>
        <translation>Participants au kickoff</translation>
    </message>
    <message>
        <source>Risks raised at the kickoff</source>
        <translation>Risques soulevés au kickoff</translation>
    </message>
</context>
<context>
    <name>Csm::LinkTasksDialog</name>
    <message>
        <source>Link tasks</source>
        <translation>Lier des tâches</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Finish to start: the second task starts after the first one finishes. Start to start: it starts once the first one starts. Finish to finish: it finishes once the first one finishes.</source>
        <translation>Fin à début&#xa0;: la seconde tâche commence après la fin de la première. Début à début&#xa0;: elle commence dès que la première commence. Fin à fin&#xa0;: elle se termine dès que la première se termine.</translation>
    </message>
    <message>
        <source>Days to wait after the first task, in business days</source>
        <translation>Jours d&apos;attente après la première tâche, en jours ouvrés</translation>
    </message>
    <message>
        <source>First task</source>
        <translation>Première tâche</translation>
    </message>
    <message>
        <source>Task that waits</source>
        <translation>Tâche qui attend</translation>
    </message>
    <message>
        <source>Type of link</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Lag in business days</source>
        <translation>Décalage en jours ouvrés</translation>
    </message>
    <message>
        <source>&amp;First task</source>
        <translation>&amp;Première tâche</translation>
    </message>
    <message>
        <source>&amp;Waits for it</source>
        <translation>&amp;Attend celle-ci</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Lag</source>
        <translation>&amp;Décalage</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>The second task waits for the first one:</source>
        <translation>La seconde tâche attend la première&#xa0;:</translation>
    </message>
    <message>
        <source>These tasks cannot be linked.</source>
        <translation>Ces tâches ne peuvent pas être liées.</translation>
    </message>
</context>
<context>
    <name>Csm::LogTable</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Nothing matches the search and filter.</source>
        <translation>Rien ne correspond à la recherche et au filtre.</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>Rechercher dans le tableau</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>Csm::LogsPage</name>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clos</translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation>Soulevés au kick-off</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>Supprimer %n action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n decision(s)</source>
        <translation>
            <numerusform>Supprimer %n décision</numerusform>
            <numerusform>Supprimer %n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk(s)</source>
        <translation>
            <numerusform>Supprimer %n risque</numerusform>
            <numerusform>Supprimer %n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions (%1 open)</source>
        <translation>Actions (ouvertes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Actions (%1 open, %2 overdue)</source>
        <translation>Actions (ouvertes&#xa0;: %1, en retard&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Décisions (%1)</translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation>Risques (ouverts&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Rechercher dans les actions</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Search the decisions</source>
        <translation>Rechercher dans les décisions</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Search the risks</source>
        <translation>Rechercher dans les risques</translation>
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
        <translation>Nouvel espace de &amp;travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import customer file…</source>
        <translation>&amp;Importer un fichier client…</translation>
    </message>
    <message>
        <source>Add a customer from an onboarding file a colleague shared</source>
        <translation>Ajouter un client à partir d&apos;un fichier d&apos;onboarding partagé par un collègue</translation>
    </message>
    <message>
        <source>&amp;Export customer file…</source>
        <translation>E&amp;xporter un fichier client…</translation>
    </message>
    <message>
        <source>Save the selected customer&apos;s onboarding file to share it</source>
        <translation>Enregistrer le fichier d&apos;onboarding du client sélectionné pour le partager</translation>
    </message>
    <message>
        <source>S&amp;hare customer…</source>
        <translation>&amp;Partager le client…</translation>
    </message>
    <message>
        <source>Write the selected customer as a shared file to send by e-mail or save to a shared folder</source>
        <translation>Écrire le client sélectionné dans un fichier partagé à envoyer par e-mail ou à enregistrer dans un dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Take back shared file…</source>
        <translation>&amp;Reprendre un fichier partagé…</translation>
    </message>
    <message>
        <source>Add or merge a customer&apos;s shared file a colleague sent back</source>
        <translation>Ajouter ou fusionner le fichier partagé d&apos;un client renvoyé par un collègue</translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation>Importer les &amp;données d&apos;utilisation…</translation>
    </message>
    <message>
        <source>Import the selected customer&apos;s usage events, user roster or training completions</source>
        <translation>Importer les événements d&apos;utilisation, la liste des utilisateurs ou les formations suivies du client sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;sample portfolio</source>
        <translation>Ajouter un portefeuille d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>&amp;Supprimer le client</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Rechercher un &amp;client</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Every customer&apos;s health, alerts and what needs doing today</source>
        <translation>La santé et les alertes de chaque client, et ce qu&apos;il faut faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About CSM Workspace</source>
        <translation>À &amp;propos de CSM Workspace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation>Pa&amp;ssation</translation>
    </message>
    <message>
        <source>&amp;Kickoff</source>
        <translation>&amp;Kick-off</translation>
    </message>
    <message>
        <source>&amp;Success plan</source>
        <translation>Plan de &amp;réussite</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Calen&amp;drier</translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation>&amp;Adoption</translation>
    </message>
    <message>
        <source>&amp;Value review</source>
        <translation>Re&amp;vue de valeur</translation>
    </message>
    <message>
        <source>E&amp;xpansion</source>
        <translation>E&amp;xpansion</translation>
    </message>
    <message>
        <source>&amp;Graduation</source>
        <translation>C&amp;lôture</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>%1 — CSM Workspace</source>
        <translation>%1 — CSM Workspace</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your workspace is empty</source>
        <translation>Votre espace de travail est vide</translation>
    </message>
    <message>
        <source>Add the customer whose contract was just signed, import an onboarding file a colleague shared, or explore a sample portfolio to see how CSM Workspace works.</source>
        <translation>Ajoutez le client dont le contrat vient d&apos;être signé, importez un fichier d&apos;onboarding partagé par un collègue ou explorez un portefeuille d&apos;exemple pour découvrir le fonctionnement de CSM Workspace.</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Import customer file…</source>
        <translation>Importer un fichier client…</translation>
    </message>
    <message>
        <source>Add sample portfolio</source>
        <translation>Ajouter un portefeuille d&apos;exemple</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Plan de réussite</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Value review</source>
        <translation>Revue de valeur</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw);;All files (*)</source>
        <translation>Espaces de travail CSM (*.csmw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation>Espaces de travail CSM (*.csmw)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use and cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours d&apos;utilisation et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>Client %1 supprimé. Annuler permet de le rétablir.</translation>
    </message>
    <message>
        <source>The sample customers are already in this workspace.</source>
        <translation>Les clients d&apos;exemple sont déjà dans cet espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>%n client d&apos;exemple ajouté.</numerusform>
            <numerusform>%n clients d&apos;exemple ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customer file</source>
        <translation>Importer un fichier client</translation>
    </message>
    <message>
        <source>Onboarding files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;onboarding (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>Déjà dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1: %2.

Taking back an edited file will merge it; until then, delete the customer first to replace it.</source>
        <translation>%1&#xa0;: %2.

Reprendre un fichier modifié le fusionnera&#xa0;; d&apos;ici là, supprimez d&apos;abord le client pour le remplacer.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Export customer file</source>
        <translation>Exporter un fichier client</translation>
    </message>
    <message>
        <source>Onboarding files (*.json)</source>
        <translation>Fichiers d&apos;onboarding (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>CSM Workspace speaks the new language the next time it starts.</source>
        <translation>CSM Workspace utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Csm::MarkdownEditor</name>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation>Markdown&#xa0;: **gras**, *italique*, - listes, # titres</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Anything the team should know about this customer.</source>
        <translation>Tout ce que l&apos;équipe doit savoir sur ce client.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Csm::Measurement</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Csm::Merge</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Champ modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>deleted with the record it belonged to</source>
        <translation>suppression avec l&apos;enregistrement dont il faisait partie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Étape de validation</translation>
    </message>
    <message>
        <source>Gate criterion</source>
        <translation>Critère d&apos;étape de validation</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Réponse à l&apos;enquête</translation>
    </message>
    <message>
        <source>Value item</source>
        <translation>Élément de valeur</translation>
    </message>
    <message>
        <source>Report note</source>
        <translation>Note de rapport</translation>
    </message>
    <message>
        <source>Snoozed alert</source>
        <translation>Alerte en sourdine</translation>
    </message>
</context>
<context>
    <name>Csm::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Company name as on the contract</source>
        <translation>Raison sociale telle qu&apos;indiquée sur le contrat</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <source>Account name *</source>
        <translation>Nom du compte *</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
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
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account executive</translation>
    </message>
    <message>
        <source>CSM owner *</source>
        <translation>CSM responsable *</translation>
    </message>
    <message>
        <source>Implementation owner</source>
        <translation>Responsable de la mise en œuvre</translation>
    </message>
    <message>
        <source>Enter the account name.</source>
        <translation>Saisissez le nom du compte.</translation>
    </message>
    <message>
        <source>A customer with this name is already in the workspace.</source>
        <translation>Un client portant ce nom existe déjà dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Name the CSM who owns this onboarding.</source>
        <translation>Indiquez le CSM responsable de cet onboarding.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Utilisez un code de devise à trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>Csm::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Saisissez de nouveau la phrase secrète pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Les phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>Csm::Objective</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Notre responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable client</translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation>Confirmé au kick-off</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Measured from usage</source>
        <translation>Mesuré à partir de l&apos;usage</translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveDetailPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>What is measured, e.g. weekly admin time</source>
        <translation>Ce qui est mesuré, p. ex. le temps d&apos;administration hebdomadaire</translation>
    </message>
    <message>
        <source>e.g. h/week</source>
        <translation>p. ex. h/semaine</translation>
    </message>
    <message>
        <source>The adoption metric its readings can be recorded from, once the customer&apos;s usage data is imported</source>
        <translation>La métrique d&apos;adoption à partir de laquelle ses relevés peuvent être enregistrés, une fois les données d&apos;utilisation du client importées</translation>
    </message>
    <message>
        <source>One early result the customer sees 7 to 14 days after the kickoff.</source>
        <translation>Un premier résultat que le client constate 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Progress from baseline to target</source>
        <translation>Progression de la valeur de départ vers la cible</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Ajouter un relevé</translation>
    </message>
    <message>
        <source>Add a measurement dated today</source>
        <translation>Ajouter une mesure datée d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Record from usage</source>
        <translation>Relever depuis l&apos;utilisation</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(résultat sans titre)</translation>
    </message>
    <message>
        <source>(no outcome)</source>
        <translation>(aucun résultat)</translation>
    </message>
    <message>
        <source>None (measured by hand)</source>
        <translation>Aucune (mesure manuelle)</translation>
    </message>
    <message>
        <source>%1 (not in the usage data)</source>
        <translation>%1 (absent des données d&apos;utilisation)</translation>
    </message>
    <message>
        <source>No usage data for this customer yet: import a usage file first</source>
        <translation>Pas encore de données d&apos;utilisation pour ce client&#xa0;: importez d&apos;abord un fichier d&apos;utilisation</translation>
    </message>
    <message>
        <source>Choose the usage metric this objective is measured from first</source>
        <translation>Choisissez d&apos;abord la métrique d&apos;utilisation à partir de laquelle cet objectif est mesuré</translation>
    </message>
    <message>
        <source>The usage data has no value for %1 today</source>
        <translation>Les données d&apos;utilisation n&apos;ont aucune valeur pour %1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Add a reading dated today: %1 is %2 in the usage data</source>
        <translation>Ajouter un relevé daté d&apos;aujourd&apos;hui&#xa0;: %1 vaut %2 dans les données d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1 of the way</source>
        <translation>%1 du chemin parcouru</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aucun relevé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Valeur de départ %1</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>Cible %1 d&apos;ici le %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Dernier relevé&#xa0;: %1 le %2</translation>
    </message>
    <message>
        <source>Readings counted: %1</source>
        <translation>Relevés comptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest: none yet</source>
        <translation>Dernier relevé&#xa0;: aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>From usage data</source>
        <translation>Depuis les données d&apos;utilisation</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Remove measurements</source>
        <translation>Supprimer les mesures</translation>
    </message>
</context>
<context>
    <name>Csm::ObjectiveStatus</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>Csm::OperationalStep</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityDelegate</name>
    <message>
        <source>Potential ARR</source>
        <translation>ARR potentiel</translation>
    </message>
</context>
<context>
    <name>Csm::OpportunityStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>En exploration</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>Csm::OptionalDateEdit</name>
    <message>
        <source>Not set (YYYY-MM-DD)</source>
        <translation>Non définie (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Choisir une date dans le calendrier</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, or clear the field.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ ou videz le champ.</translation>
    </message>
</context>
<context>
    <name>Csm::Outcome</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Csm::OutcomeDetailPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The business value, e.g. reduce reporting time by 50 %</source>
        <translation>La valeur métier, p. ex. réduire de 50&#xa0;% le temps consacré au reporting</translation>
    </message>
    <message>
        <source>Why it matters to the customer, in their words, and how they will tell it is done.</source>
        <translation>Pourquoi c&apos;est important pour le client, dans ses propres mots, et comment il saura que c&apos;est atteint.</translation>
    </message>
    <message>
        <source>No objectives yet: add one that shows, in numbers, that this outcome is being reached.</source>
        <translation>Aucun objectif pour l&apos;instant&#xa0;: ajoutez-en un qui montre, en chiffres, que ce résultat est en voie d&apos;être atteint.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and status</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>Objectifs&#xa0;: %1</translation>
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
        <translation>Fichier protégé</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. Enter it to open the file.</source>
        <translation>Ce fichier est protégé par une phrase secrète. Saisissez-la pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Enter it to open the file.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par une phrase secrète. Saisissez-la pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation>Choisissez une phrase secrète pour protéger le fichier.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect “%1”.</source>
        <translation>Choisissez une phrase secrète pour protéger «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the e-mail or folder the file travels by: by phone or in a chat. Without it the file cannot be opened.</source>
        <translation>Communiquez la phrase secrète à votre collègue par un autre moyen que l&apos;e-mail ou le dossier par lequel transite le fichier&#xa0;: par téléphone ou par messagerie instantanée. Sans elle, le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
</context>
<context>
    <name>Csm::Phase</name>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Value realization</source>
        <translation>Réalisation de la valeur</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>Csm::PhaseGate</name>
    <message>
        <source>Gate</source>
        <translation>Étape de validation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Franchie</translation>
    </message>
</context>
<context>
    <name>Csm::PlanTask</name>
    <message>
        <source>Workstream</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Notre responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>1re valeur</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Début de référence</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Fin de référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Csm::Playbook</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number of days</source>
        <translation>nombre entier de jours attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>une valeur parmi %1 attendue</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>%1 is the key of another task already</source>
        <translation>%1 est déjà la clé d&apos;une autre tâche</translation>
    </message>
    <message>
        <source>a task cannot come after itself</source>
        <translation>une tâche ne peut pas se suivre elle-même</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>aucune tâche %1</translation>
    </message>
    <message>
        <source>only a milestone can be the first value</source>
        <translation>seul un jalon peut être la première valeur</translation>
    </message>
    <message>
        <source>%1 is the first value already; a plan has one</source>
        <translation>%1 est déjà la première valeur&#xa0;; un plan n&apos;en a qu&apos;une</translation>
    </message>
    <message>
        <source>the tasks wait on each other: %1</source>
        <translation>les tâches s&apos;attendent mutuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>a milestone has no duration; leave it out or give 0</source>
        <translation>un jalon n&apos;a pas de durée&#xa0;; omettez-la ou indiquez 0</translation>
    </message>
    <message>
        <source>expected 1 or more days</source>
        <translation>1 jour ou plus attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CSM Workspace playbook</source>
        <translation>«&#xa0;%1&#xa0;» attendu&#xa0;; ce n&apos;est pas un playbook CSM Workspace</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>nombre entier positif attendu</translation>
    </message>
    <message>
        <source>version %1 was written by a newer CSM Workspace (this one reads up to %2)</source>
        <translation>la version %1 a été écrite par une version plus récente de CSM Workspace (celle-ci lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>the playbook has a %1 gate already</source>
        <translation>le playbook a déjà une étape de validation %1</translation>
    </message>
    <message>
        <source>Made from the plan of %1.</source>
        <translation>Créé à partir du plan de %1.</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>Autres tâches</translation>
    </message>
</context>
<context>
    <name>Csm::Portfolio</name>
    <message>
        <source>Silent stall</source>
        <translation>Blocage silencieux</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Contact unique</translation>
    </message>
    <message>
        <source>Orphaned account</source>
        <translation>Compte orphelin</translation>
    </message>
    <message>
        <source>Slow start</source>
        <translation>Démarrage lent</translation>
    </message>
    <message>
        <source>Goals undefined</source>
        <translation>Objectifs non définis</translation>
    </message>
    <message>
        <source>Victory declared too early</source>
        <translation>Victoire déclarée trop tôt</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Missed phase gates</source>
        <translation>Étapes de validation manquées</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Blocker past its SLA</source>
        <translation>Point bloquant hors SLA</translation>
    </message>
    <message>
        <source>Login rate red flag</source>
        <translation>Taux de connexion critique</translation>
    </message>
    <message>
        <source>No usage for %1 (last on %2; alert after %3)</source>
        <translation>Aucune utilisation depuis %1 (dernière le %2&#xa0;; alerte après %3)</translation>
    </message>
    <message>
        <source>No usage since go-live %1 ago (alert after %2)</source>
        <translation>Aucune utilisation depuis la mise en production il y a %1 (alerte après %2)</translation>
    </message>
    <message>
        <source>No progress on the plan for %1 (last change on %2; alert after %3)</source>
        <translation>Aucune avancée du plan depuis %1 (dernière modification le %2&#xa0;; alerte après %3)</translation>
    </message>
    <message>
        <source>No customer contact named (at least %1 wanted)</source>
        <translation>Aucun contact client désigné (au moins %1 souhaités)</translation>
    </message>
    <message>
        <source>Only %1 customer contact and no executive sponsor (at least %2 contacts wanted)</source>
        <translation>Seulement %1 contact client et aucun sponsor exécutif (au moins %2 contacts souhaités)</translation>
    </message>
    <message>
        <source>Only %1 customer contacts and no executive sponsor (at least %2 contacts wanted)</source>
        <translation>Seulement %1 contacts client et aucun sponsor exécutif (au moins %2 contacts souhaités)</translation>
    </message>
    <message>
        <source>Only %1 customer contact (at least %2 wanted)</source>
        <translation>Seulement %1 contact client (au moins %2 souhaités)</translation>
    </message>
    <message>
        <source>Only %1 customer contacts (at least %2 wanted)</source>
        <translation>Seulement %1 contacts client (au moins %2 souhaités)</translation>
    </message>
    <message>
        <source>No executive sponsor named among the customer&apos;s contacts</source>
        <translation>Aucun sponsor exécutif désigné parmi les contacts du client</translation>
    </message>
    <message>
        <source>No CSM owner named and no kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation>Aucun CSM responsable désigné et aucun kick-off planifié %1 après la signature (cible&#xa0;: sous %2 h)</translation>
    </message>
    <message>
        <source>No CSM owner named</source>
        <translation>Aucun CSM responsable désigné</translation>
    </message>
    <message>
        <source>No kickoff scheduled %1 after signature (target: within %2 h)</source>
        <translation>Aucun kick-off planifié %1 après la signature (cible&#xa0;: sous %2 h)</translation>
    </message>
    <message>
        <source>Kickoff scheduled %1 after signature (target: within %2)</source>
        <translation>Kick-off planifié %1 après la signature (cible&#xa0;: sous %2)</translation>
    </message>
    <message>
        <source>No kickoff %1 after signature (target: within %2)</source>
        <translation>Aucun kick-off %1 après la signature (cible&#xa0;: sous %2)</translation>
    </message>
    <message>
        <source>Kickoff held on %1 but the success plan has no objective</source>
        <translation>Kick-off tenu le %1, mais le plan de réussite n&apos;a aucun objectif</translation>
    </message>
    <message>
        <source>Kickoff held on %1 but no measurable objective is confirmed (%2 in the success plan)</source>
        <translation>Kick-off tenu le %1, mais aucun objectif mesurable n&apos;est confirmé (%2 dans le plan de réussite)</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 objectif</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <source>Live for %1 but adoption is %2 of seats (target: %3 after %4)</source>
        <translation>En production depuis %1, mais l&apos;adoption n&apos;est que de %2 des licences (cible&#xa0;: %3 après %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was due on %2</source>
        <translation>«&#xa0;%1&#xa0;» était à échéance le %2</translation>
    </message>
    <message>
        <source>%1 overdue, the oldest &quot;%2&quot; due on %3</source>
        <translation>%1 en retard, la plus ancienne, «&#xa0;%2&#xa0;», à échéance le %3</translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation>%1 tâche</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>%1 gate not passed, due on %2</source>
        <translation>Étape de validation %1 non franchie, échéance le %2</translation>
    </message>
    <message>
        <source>%1 not passed: %2</source>
        <translation>%1 non franchies&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>%1 étape de validation</translation>
    </message>
    <message>
        <source>%1 gates</source>
        <translation>%1 étapes de validation</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; was due on %2</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» était à échéance le %2</translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation>%1 action</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>&quot;%1&quot; blocked for %2 without an answer (SLA: %3)</source>
        <translation>«&#xa0;%1&#xa0;» bloqué depuis %2 sans réponse (SLA&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 past their SLA of %2, the oldest &quot;%3&quot; for %4</source>
        <translation>%1 hors de leur SLA de %2, le plus ancien, «&#xa0;%3&#xa0;», depuis %4</translation>
    </message>
    <message>
        <source>%1 blocker</source>
        <translation>%1 point bloquant</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 points bloquants</translation>
    </message>
    <message>
        <source>Login rate %1 %2 after go-live (red flag under %3)</source>
        <translation>Taux de connexion de %1 %2 après la mise en production (critique sous %3)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation>Pas encore de plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>Rien d&apos;échu pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 due by now are done</source>
        <translation>%1 sur %2 échues à ce jour sont terminées</translation>
    </message>
    <message>
        <source>%1; %2 missed</source>
        <translation>%1&#xa0;; %2 manquées</translation>
    </message>
    <message>
        <source>Live, but no usage data imported</source>
        <translation>En production, mais aucune donnée d&apos;utilisation importée</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Pas encore en production</translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2), login rate %3 (red flag under %4)</source>
        <translation>Adoption de %1 des licences (cible %2), taux de connexion %3 (critique sous %4)</translation>
    </message>
    <message>
        <source>Adoption %1 of seats (target %2)</source>
        <translation>Adoption de %1 des licences (cible %2)</translation>
    </message>
    <message>
        <source>No objectives in the success plan</source>
        <translation>Aucun objectif dans le plan de réussite</translation>
    </message>
    <message>
        <source>No measurements of the objectives yet</source>
        <translation>Aucune mesure des objectifs pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 achieved, %2 on track, %3 at risk, %4 missed</source>
        <translation>%1 atteints, %2 en bonne voie, %3 à risque, %4 manqués</translation>
    </message>
    <message>
        <source>Sponsor %1 of 1, primary contacts %2 of 2, power users %3 of 3</source>
        <translation>Sponsor %1 sur 1, contacts principaux %2 sur 2, utilisateurs avancés %3 sur 3</translation>
    </message>
    <message>
        <source>%1; the sponsor is a skeptic</source>
        <translation>%1&#xa0;; le sponsor est sceptique</translation>
    </message>
    <message>
        <source>No contact with the customer recorded</source>
        <translation>Aucun contact avec le client enregistré</translation>
    </message>
    <message>
        <source>Last contact %1 ago, at the kickoff</source>
        <translation>Dernier contact il y a %1, lors du kick-off</translation>
    </message>
    <message>
        <source>Last contact %1 ago, with %2</source>
        <translation>Dernier contact il y a %1, avec %2</translation>
    </message>
    <message>
        <source>Kickoff today</source>
        <translation>Kick-off aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contact today, with %1</source>
        <translation>Contact aujourd&apos;hui, avec %1</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation>%1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handoff meeting</source>
        <translation>Réunion de passation</translation>
    </message>
    <message>
        <source>Kickoff workshop</source>
        <translation>Atelier de kick-off</translation>
    </message>
    <message>
        <source>Check-in (%1)</source>
        <translation>Point de suivi (%1)</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Première QBR</translation>
    </message>
    <message>
        <source>Answer the blocker &quot;%1&quot;</source>
        <translation>Répondre au point bloquant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Hold the kickoff (within %1 of signature)</source>
        <translation>Tenir le kick-off (sous %1 après la signature)</translation>
    </message>
    <message>
        <source>0-7 days</source>
        <translation>0-7 jours</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 jours</translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation>15-30 jours</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 jours</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 jours</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <source>Time to kickoff (median)</source>
        <translation>Délai avant kick-off (médiane)</translation>
    </message>
    <message>
        <source>mean %1, %2 of %3 within %4</source>
        <translation>moyenne %1, %2 sur %3 sous %4</translation>
    </message>
    <message>
        <source>Kickoff completion</source>
        <translation>Kick-offs tenus</translation>
    </message>
    <message>
        <source>%1 of %2 kickoffs due were held</source>
        <translation>%1 sur %2 kick-offs échus ont été tenus</translation>
    </message>
    <message>
        <source>Time to first value (median)</source>
        <translation>Délai avant première valeur (médiane)</translation>
    </message>
    <message>
        <source>%1 of %2 within their tier&apos;s target, %3 not reached yet</source>
        <translation>%1 sur %2 dans la cible de leur segment, %3 sans première valeur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Implementation on-time rate</source>
        <translation>Respect des délais de mise en œuvre</translation>
    </message>
    <message>
        <source>%1 of %2 milestones done by their baseline date</source>
        <translation>%1 sur %2 jalons terminés à leur date de référence</translation>
    </message>
    <message>
        <source>User adoption %1 after go-live (mean)</source>
        <translation>Adoption utilisateurs %1 après la mise en production (moyenne)</translation>
    </message>
    <message>
        <source>%1 of %2 on target</source>
        <translation>%1 sur %2 dans la cible</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Goal achievement by day %1</source>
        <translation>Atteinte des objectifs au jour %1</translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved, %3</source>
        <translation>%1 sur %2 objectifs atteints, %3</translation>
    </message>
    <message>
        <source>Onboarding completion</source>
        <translation>Achèvement de l&apos;onboarding</translation>
    </message>
    <message>
        <source>%1 of %2 graduated (signed %3 ago or more, or graduated)</source>
        <translation>%1 sur %2 clôturés (signés il y a %3 ou plus, ou clôturés)</translation>
    </message>
    <message>
        <source>Onboarding satisfaction (1-5)</source>
        <translation>Satisfaction sur l&apos;onboarding (1-5)</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 réponse</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>NPS de l&apos;onboarding</translation>
    </message>
    <message>
        <source>promoters %1, detractors %2, of %3</source>
        <translation>promoteurs %1, détracteurs %2, sur %3</translation>
    </message>
    <message>
        <source>Silent stall after days without usage or plan progress</source>
        <translation>Blocage silencieux sans utilisation ni avancée du plan pendant</translation>
    </message>
    <message>
        <source>Kickoff within business days of signature</source>
        <translation>Délai du kick-off après la signature</translation>
    </message>
    <message>
        <source>Orphaned without a kickoff date after hours from signature</source>
        <translation>Compte orphelin sans date de kick-off après la signature au bout de</translation>
    </message>
    <message>
        <source>Single-threaded with fewer customer contacts than</source>
        <translation>Contact unique avec moins de contacts client que</translation>
    </message>
    <message>
        <source>Login rate red flag below</source>
        <translation>Taux de connexion critique sous</translation>
    </message>
    <message>
        <source>Login rate checked days after go-live</source>
        <translation>Taux de connexion vérifié après la mise en production au bout de</translation>
    </message>
    <message>
        <source>Blockers answered within business days</source>
        <translation>Réponse aux points bloquants sous</translation>
    </message>
    <message>
        <source>Warn of an SLA running out business days before</source>
        <translation>Avertir avant l&apos;expiration d&apos;un SLA de</translation>
    </message>
    <message>
        <source>Kickoff completion target</source>
        <translation>Cible de kick-offs tenus</translation>
    </message>
    <message>
        <source>Time to first value target in days</source>
        <translation>Cible de délai avant première valeur, en jours</translation>
    </message>
    <message>
        <source>Time to first value target in days, digital-first</source>
        <translation>Cible de délai avant première valeur, en jours, digital-first</translation>
    </message>
    <message>
        <source>Implementation on-time rate target</source>
        <translation>Cible de respect des délais de mise en œuvre</translation>
    </message>
    <message>
        <source>User adoption target</source>
        <translation>Cible d&apos;adoption utilisateurs</translation>
    </message>
    <message>
        <source>User adoption measured days after go-live</source>
        <translation>Adoption utilisateurs mesurée après la mise en production au bout de</translation>
    </message>
    <message>
        <source>Goal achievement target</source>
        <translation>Cible d&apos;atteinte des objectifs</translation>
    </message>
    <message>
        <source>Goal achievement measured on day</source>
        <translation>Atteinte des objectifs mesurée au jour</translation>
    </message>
    <message>
        <source>Onboarding completion target</source>
        <translation>Cible d&apos;achèvement de l&apos;onboarding</translation>
    </message>
    <message>
        <source>Onboarding expected to finish in days</source>
        <translation>Durée prévue de l&apos;onboarding, en jours</translation>
    </message>
    <message>
        <source>Onboarding satisfaction target</source>
        <translation>Cible de satisfaction sur l&apos;onboarding</translation>
    </message>
    <message>
        <source>Onboarding NPS target</source>
        <translation>Cible de NPS de l&apos;onboarding</translation>
    </message>
    <message>
        <source>Health weight of the schedule</source>
        <translation>Poids du planning dans la santé</translation>
    </message>
    <message>
        <source>Health weight of adoption</source>
        <translation>Poids de l&apos;adoption dans la santé</translation>
    </message>
    <message>
        <source>Health weight of the goals</source>
        <translation>Poids des objectifs dans la santé</translation>
    </message>
    <message>
        <source>Health weight of the relationship</source>
        <translation>Poids de la relation dans la santé</translation>
    </message>
    <message>
        <source>Health weight of engagement</source>
        <translation>Poids de l&apos;engagement dans la santé</translation>
    </message>
    <message>
        <source>Health good from score</source>
        <translation>Santé bonne à partir du score</translation>
    </message>
    <message>
        <source>Health to watch from score</source>
        <translation>Santé à surveiller à partir du score</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioDetailPanel</name>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Select a customer to see its health and alerts.</source>
        <translation>Sélectionnez un client pour voir sa santé et ses alertes.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s pages (Enter or double-click in the table)</source>
        <translation>Afficher les pages du client (Entrée ou double-clic dans le tableau)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Plan de réussite</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>no CSM owner</source>
        <translation>aucun CSM responsable</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>pas encore de score</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>Alerts (%1 active, %2 snoozed)</source>
        <translation>Alertes (actives&#xa0;: %1, en sourdine&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>No alert: nothing in this onboarding matches a failure pattern today.</source>
        <translation>Aucune alerte&#xa0;: rien dans cet onboarding ne correspond aujourd&apos;hui à un schéma d&apos;échec.</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (en sourdine)</translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until %3</source>
        <translation>Mise en sourdine par %1 le %2 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Snoozed by %1 on %2 until the situation changes</source>
        <translation>Mise en sourdine par %1 le %2 jusqu&apos;à ce que la situation change</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Open the customer&apos;s %1 page, where this is fixed</source>
        <translation>Ouvrir la page %1 du client, où cela se corrige</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Mettre en sourdine…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Put the alert aside with a note; it returns when the situation changes</source>
        <translation>Mettre l&apos;alerte de côté avec une note&#xa0;; elle revient quand la situation change</translation>
    </message>
    <message>
        <source>Show the alert as active again</source>
        <translation>Afficher de nouveau l&apos;alerte comme active</translation>
    </message>
    <message>
        <source>%1: go to %2</source>
        <translation>%1&#xa0;: aller à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioMetricsView</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Target at most %1</source>
        <translation>Cible au plus %1</translation>
    </message>
    <message>
        <source>Target at least %1</source>
        <translation>Cible au moins %1</translation>
    </message>
    <message numerus="yes">
        <source>Business days from signature to the kickoff: the median over the %n customer(s) whose kickoff was held.</source>
        <translation>
            <numerusform>Jours ouvrés entre la signature et le kick-off&#xa0;: la médiane sur %n client dont le kick-off a été tenu.</numerusform>
            <numerusform>Jours ouvrés entre la signature et le kick-off&#xa0;: la médiane sur les %n clients dont le kick-off a été tenu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoffs held, of the %n customer(s) whose kickoff was held or whose kickoff deadline has passed.</source>
        <translation>
            <numerusform>Kick-offs tenus, sur %n client dont le kick-off a été tenu ou dont l&apos;échéance de kick-off est passée.</numerusform>
            <numerusform>Kick-offs tenus, sur les %n clients dont le kick-off a été tenu ou dont l&apos;échéance de kick-off est passée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days from signature to first value: the median over the %n customer(s) who reached first value.</source>
        <translation>
            <numerusform>Jours entre la signature et la première valeur&#xa0;: la médiane sur %n client ayant atteint la première valeur.</numerusform>
            <numerusform>Jours entre la signature et la première valeur&#xa0;: la médiane sur les %n clients ayant atteint la première valeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones done by their baseline finish, of the %n milestone(s) done that have a baseline.</source>
        <translation>
            <numerusform>Jalons terminés à leur date de fin de référence, sur %n jalon terminé ayant une référence.</numerusform>
            <numerusform>Jalons terminés à leur date de fin de référence, sur les %n jalons terminés ayant une référence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active users over seats at the adoption checkpoint after go-live: the mean over the %n customer(s) past that checkpoint.</source>
        <translation>
            <numerusform>Utilisateurs actifs rapportés aux licences au point de contrôle d&apos;adoption après la mise en production&#xa0;: la moyenne sur %n client ayant dépassé ce point de contrôle.</numerusform>
            <numerusform>Utilisateurs actifs rapportés aux licences au point de contrôle d&apos;adoption après la mise en production&#xa0;: la moyenne sur les %n clients ayant dépassé ce point de contrôle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objectives achieved by the goal day, over the objectives of the %n customer(s) past that day.</source>
        <translation>
            <numerusform>Objectifs atteints au jour cible, sur les objectifs de %n client ayant dépassé ce jour.</numerusform>
            <numerusform>Objectifs atteints au jour cible, sur les objectifs des %n clients ayant dépassé ce jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers who graduated, of the %n customer(s) who graduated or were signed the length of an onboarding ago or more.</source>
        <translation>
            <numerusform>Clients clôturés, sur %n client clôturé ou signé depuis au moins la durée d&apos;un onboarding.</numerusform>
            <numerusform>Clients clôturés, sur les %n clients clôturés ou signés depuis au moins la durée d&apos;un onboarding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of %n survey answer(s), on a scale from 1 to 5.</source>
        <translation>
            <numerusform>La moyenne de %n réponse à l&apos;enquête, sur une échelle de 1 à 5.</numerusform>
            <numerusform>La moyenne de %n réponses à l&apos;enquête, sur une échelle de 1 à 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoters less detractors, in points of the %n survey answer(s).</source>
        <translation>
            <numerusform>Promoteurs moins détracteurs, en points, sur %n réponse à l&apos;enquête.</numerusform>
            <numerusform>Promoteurs moins détracteurs, en points, sur %n réponses à l&apos;enquête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed over %n customer(s).</source>
        <translation>
            <numerusform>Calculé sur %n client.</numerusform>
            <numerusform>Calculé sur %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) signed</source>
        <translation>
            <numerusform>%1&#xa0;: %n client signé</numerusform>
            <numerusform>%1&#xa0;: %n clients signés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with first value (%2)</source>
        <translation>%1 avec première valeur (%2)</translation>
    </message>
    <message>
        <source>Median time to first value: %1</source>
        <translation>Délai médian avant première valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Pas encore de clients</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Délai avant première valeur</translation>
    </message>
    <message>
        <source>Cohorts by signature month</source>
        <translation>Cohortes par mois de signature</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No data yet. %1</source>
        <translation>Pas encore de données. %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n client</numerusform>
            <numerusform>%1&#xa0;: %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation>Jours depuis la signature</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without first value yet</source>
        <translation>
            <numerusform>%n client encore sans première valeur</numerusform>
            <numerusform>%n clients encore sans première valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signés</translation>
    </message>
    <message>
        <source>With first value</source>
        <translation>Avec première valeur</translation>
    </message>
    <message>
        <source>Median TTFV (days)</source>
        <translation>Délai médian (jours)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>No signature dates yet</source>
        <translation>Pas encore de dates de signature</translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %n signature months</source>
        <translation>
            <numerusform>Les %1 derniers mois de signature sur %n</numerusform>
            <numerusform>Les %1 derniers mois de signature sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioModel</name>
    <message>
        <source>No CSM owner</source>
        <translation>Aucun CSM responsable</translation>
    </message>
    <message>
        <source>No health score</source>
        <translation>Aucun score de santé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n customer(s)</source>
        <translation>
            <numerusform>%1 · %n client</numerusform>
            <numerusform>%1 · %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk</source>
        <translation>
            <numerusform>, %n à risque</numerusform>
            <numerusform>, %n à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Signé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bd</source>
        <translation>
            <numerusform>%n j.o.</numerusform>
            <numerusform>%n j.o.</numerusform>
        </translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non tenu</translation>
    </message>
    <message numerus="yes">
        <source>Kickoff held %n business day(s) after signature (target: within %1)</source>
        <translation>
            <numerusform>Kick-off tenu %n jour ouvré après la signature (cible&#xa0;: sous %1)</numerusform>
            <numerusform>Kick-off tenu %n jours ouvrés après la signature (cible&#xa0;: sous %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kickoff not held yet (due within %n business day(s) of signature)</source>
        <translation>
            <numerusform>Kick-off pas encore tenu (échéance&#xa0;: %n jour ouvré après la signature)</numerusform>
            <numerusform>Kick-off pas encore tenu (échéance&#xa0;: %n jours ouvrés après la signature)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none, day %1</source>
        <translation>aucune, jour %1</translation>
    </message>
    <message numerus="yes">
        <source>First value on %1, %n day(s) after signature (target %2 days)</source>
        <translation>
            <numerusform>Première valeur le %1, %n jour après la signature (cible %2 jours)</numerusform>
            <numerusform>Première valeur le %1, %n jours après la signature (cible %2 jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No first value yet (target %n day(s) after signature)</source>
        <translation>
            <numerusform>Pas encore de première valeur (cible %n jour après la signature)</numerusform>
            <numerusform>Pas encore de première valeur (cible %n jours après la signature)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan forecasts it for %1</source>
        <translation>Le plan la prévoit pour le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) finished by their baseline date (target %2)</source>
        <translation>
            <numerusform>%1 sur %n jalon terminé à sa date de référence (cible %2)</numerusform>
            <numerusform>%1 sur %n jalons terminés à leur date de référence (cible %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone with a baseline finished yet</source>
        <translation>Aucun jalon avec une date de référence terminé pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active %n day(s) after go-live (target %2)</source>
        <translation>
            <numerusform>%1 des licences actives %n jour après la mise en production (cible %2)</numerusform>
            <numerusform>%1 des licences actives %n jours après la mise en production (cible %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the seats active now; measured against the target of %2 %n day(s) after go-live</source>
        <translation>
            <numerusform>%1 des licences actives aujourd&apos;hui&#xa0;; mesuré par rapport à la cible de %2 %n jour après la mise en production</numerusform>
            <numerusform>%1 des licences actives aujourd&apos;hui&#xa0;; mesuré par rapport à la cible de %2 %n jours après la mise en production</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage data imported</source>
        <translation>Aucune donnée d&apos;utilisation importée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n objective(s) achieved (target %2 by day %3)</source>
        <translation>
            <numerusform>%1 sur %n objectif atteint (cible %2 au jour %3)</numerusform>
            <numerusform>%1 sur %n objectifs atteints (cible %2 au jour %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>No measurable objective in the success plan</source>
        <translation>Aucun objectif mesurable dans le plan de réussite</translation>
    </message>
    <message numerus="yes">
        <source>Average of %n answer(s) on a scale of 1 to 5 (target %1)</source>
        <translation>
            <numerusform>Moyenne de %n réponse sur une échelle de 1 à 5 (cible %1)</numerusform>
            <numerusform>Moyenne de %n réponses sur une échelle de 1 à 5 (cible %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No onboarding survey answer yet</source>
        <translation>Pas encore de réponse à l&apos;enquête d&apos;onboarding</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 was due on %2</source>
        <translation>%1 était à échéance le %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Health %1: %2</source>
        <translation>Santé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No health score yet</source>
        <translation>Pas encore de score de santé</translation>
    </message>
    <message>
        <source>%1 %2 (weight %3): %4</source>
        <translation>%1 %2 (poids %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (snoozed): %2</source>
        <translation>%1 (en sourdine)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
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
        <translation>Jour</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>1re valeur</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Days since the contract was signed</source>
        <translation>Jours écoulés depuis la signature du contrat</translation>
    </message>
    <message>
        <source>Business days from signature to the kickoff</source>
        <translation>Jours ouvrés entre la signature et le kick-off</translation>
    </message>
    <message>
        <source>Days from signature to first value, or the days so far without it</source>
        <translation>Jours entre la signature et la première valeur, ou jours écoulés jusqu&apos;ici sans elle</translation>
    </message>
    <message>
        <source>Milestones finished by their baseline date</source>
        <translation>Jalons terminés à leur date de référence</translation>
    </message>
    <message>
        <source>Active users over licensed seats, 30 days after go-live once reached</source>
        <translation>Utilisateurs actifs rapportés aux licences, 30 jours après la mise en production une fois ce cap atteint</translation>
    </message>
    <message>
        <source>Objectives of the success plan achieved</source>
        <translation>Objectifs du plan de réussite atteints</translation>
    </message>
    <message>
        <source>Average onboarding satisfaction, 1 to 5</source>
        <translation>Satisfaction moyenne sur l&apos;onboarding, de 1 à 5</translation>
    </message>
    <message>
        <source>Health score 0-100 from schedule, adoption, goals, relationship and engagement</source>
        <translation>Score de santé de 0 à 100 calculé à partir du planning, de l&apos;adoption, des objectifs, de la relation et de l&apos;engagement</translation>
    </message>
    <message>
        <source>Active alerts (snoozed ones not counted)</source>
        <translation>Alertes actives (hors alertes en sourdine)</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Seuils…</translation>
    </message>
    <message>
        <source>Change when alerts fire, the targets of the metrics and how health is weighed</source>
        <translation>Modifier le déclenchement des alertes, les cibles des métriques et la pondération de la santé</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Search customers, owners, industries</source>
        <translation>Rechercher des clients, responsables, secteurs</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Rechercher dans le portefeuille</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Health at risk</source>
        <translation>Santé à risque</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>En onboarding</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
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
        <translation>CSM responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Customers of the portfolio</source>
        <translation>Clients du portefeuille</translation>
    </message>
    <message>
        <source>Overdue and due actions, meetings in the next 7 days and SLAs running out, across every customer. Double-click or press Enter to open one.</source>
        <translation>Actions en retard et à échéance, réunions des 7 prochains jours et SLA arrivant à expiration, pour tous les clients. Double-cliquez ou appuyez sur Entrée pour ouvrir un élément.</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>Ce qu&apos;il faut faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Nothing due today: no overdue action, no meeting this week and no SLA running out.</source>
        <translation>Rien à faire aujourd&apos;hui&#xa0;: aucune action en retard, aucune réunion cette semaine et aucun SLA arrivant à expiration.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n alerte active</numerusform>
            <numerusform>%n alertes actives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk, %2 to watch, %3 good</source>
        <translation>%1 à risque, %2 à surveiller, %3 bons</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsDialog</name>
    <message>
        <source>Portfolio thresholds and targets</source>
        <translation>Seuils et cibles du portefeuille</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Change portfolio thresholds</source>
        <translation>Modifier les seuils du portefeuille</translation>
    </message>
</context>
<context>
    <name>Csm::PortfolioSettingsEditor</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <source>Defaults come from the onboarding playbooks. Changes apply to this workspace and can be undone.</source>
        <translation>Les valeurs par défaut proviennent des playbooks d&apos;onboarding. Les modifications s&apos;appliquent à cet espace de travail et peuvent être annulées.</translation>
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
        <translation>Tous les poids sont à zéro&#xa0;: aucun client n&apos;obtient de score de santé.</translation>
    </message>
    <message>
        <source>Weights add up to %1; each part counts by its share of the weights of the parts with data.</source>
        <translation>La somme des poids est de %1&#xa0;; chaque composante compte selon sa part dans les poids des composantes disposant de données.</translation>
    </message>
</context>
<context>
    <name>Csm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Defaults and tiers</source>
        <translation>Valeurs par défaut et segments</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Show the thresholds and targets of the onboarding playbooks</source>
        <translation>Afficher les seuils et les objectifs des playbooks d&apos;onboarding</translation>
    </message>
    <message>
        <source>Thresholds and targets</source>
        <translation>Seuils et objectifs</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as the author of what you create and change, so colleagues who receive a shared file see who did what, and used to sign the e-mails you write here.</source>
        <translation>Enregistré comme auteur de ce que vous créez et modifiez, pour que vos collègues qui reçoivent un fichier partagé voient qui a fait quoi, et utilisé pour signer les e-mails que vous rédigez ici.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface&#xa0;:</translation>
    </message>
    <message>
        <source>Menus, pages, reports and e-mail templates, with dates and numbers written as in that language. Takes effect the next time CSM Workspace starts.</source>
        <translation>Menus, pages, rapports et modèles d&apos;e-mail, avec les dates et les nombres écrits comme dans cette langue. Prend effet au prochain démarrage de CSM Workspace.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace that opens at start</source>
        <translation>Espace de travail ouvert au démarrage</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Ouvrir au démarrage&#xa0;:</translation>
    </message>
    <message>
        <source> The one open now is %1.</source>
        <translation> Celui ouvert actuellement est %1.</translation>
    </message>
    <message>
        <source>The workspace file holds your whole portfolio. Leave it empty for the default location; a file that does not exist yet is created with a sample portfolio.</source>
        <translation>Le fichier de l&apos;espace de travail contient tout votre portefeuille. Laissez vide pour l&apos;emplacement par défaut&#xa0;; un fichier qui n&apos;existe pas encore est créé avec un portefeuille d&apos;exemple.</translation>
    </message>
    <message>
        <source>New customers and value items</source>
        <translation>Nouveaux clients et éléments de valeur</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Taux horaire par défaut</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> par heure</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation>&amp;Taux horaire&#xa0;:</translation>
    </message>
    <message>
        <source>A new customer starts in this currency (an ISO 4217 code). A customer&apos;s first value item values hours saved at this rate, in the customer&apos;s currency; later items take the rate of the one before.</source>
        <translation>Un nouveau client commence dans cette devise (un code ISO 4217). Le premier élément de valeur d&apos;un client valorise les heures gagnées à ce taux, dans la devise du client&#xa0;; les éléments suivants reprennent le taux du précédent.</translation>
    </message>
    <message>
        <source>Tiers by annual recurring revenue</source>
        <translation>Segments selon le revenu annuel récurrent</translation>
    </message>
    <message>
        <source>High-touch enterprise above this ARR</source>
        <translation>Grand compte high-touch au-dessus de cet ARR</translation>
    </message>
    <message>
        <source>Hybrid mid-market from this ARR</source>
        <translation>Mid-market hybride à partir de cet ARR</translation>
    </message>
    <message>
        <source>High-touch &amp;enterprise above:</source>
        <translation>&amp;Grand compte high-touch au-dessus de&#xa0;:</translation>
    </message>
    <message>
        <source>Hybrid &amp;mid-market from:</source>
        <translation>&amp;Mid-market hybride à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Below that: digital-first. The tier proposed for a new customer follows its ARR; customers keep the tier they have.</source>
        <translation>En dessous&#xa0;: digital-first. Le segment proposé pour un nouveau client suit son ARR&#xa0;; les clients existants gardent leur segment.</translation>
    </message>
    <message>
        <source>Workspace That Opens at Start</source>
        <translation>Espace de travail ouvert au démarrage</translation>
    </message>
    <message>
        <source>CSM workspaces (*.csmw)</source>
        <translation>Espaces de travail CSM (*.csmw)</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not complete: it needs a name, an @ and a domain.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» est incomplète&#xa0;: il faut un nom, un @ et un domaine.</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code, such as EUR or USD.</source>
        <translation>La devise doit être un code de trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>Hybrid mid-market starts above high-touch enterprise: lower it to %1 or less.</source>
        <translation>Le mid-market hybride commence au-dessus du grand compte high-touch&#xa0;: abaissez-le à %1 ou moins.</translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation>Modifier les préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>Csm::Qualification</name>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Decision maker available</source>
        <translation>Décideur disponible</translation>
    </message>
    <message>
        <source>no decision maker available</source>
        <translation>aucun décideur disponible</translation>
    </message>
    <message>
        <source>Customer resources committed</source>
        <translation>Ressources client engagées</translation>
    </message>
    <message>
        <source>no customer resources committed</source>
        <translation>aucune ressource client engagée</translation>
    </message>
    <message>
        <source>customer resources committed without a role or hours per week</source>
        <translation>ressources client engagées sans rôle ni heures par semaine</translation>
    </message>
    <message>
        <source>customer resources committed without a role</source>
        <translation>ressources client engagées sans rôle</translation>
    </message>
    <message>
        <source>customer resources committed without hours per week</source>
        <translation>ressources client engagées sans heures par semaine</translation>
    </message>
    <message>
        <source>Executive sponsor named</source>
        <translation>Sponsor exécutif désigné</translation>
    </message>
    <message>
        <source>no executive sponsor named</source>
        <translation>aucun sponsor exécutif désigné</translation>
    </message>
    <message>
        <source>Qualification: %1</source>
        <translation>Qualification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Csm::QuickWin</name>
    <message>
        <source>Set the kickoff date: the quick win should be reached 7 to 14 days after the kickoff.</source>
        <translation>Fixez la date du kick-off&#xa0;: le gain rapide doit être atteint 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>Give the quick win a target date between %1 and %2, 7 to 14 days after the kickoff.</source>
        <translation>Donnez au gain rapide une date cible entre le %1 et le %2, 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, before the kickoff; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Le gain rapide est à échéance le %1, avant le kick-off&#xa0;; visez du %2 au %3, 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, too soon after the kickoff to be meaningful; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Le gain rapide est à échéance le %1, trop tôt après le kick-off pour être significatif&#xa0;; visez du %2 au %3, 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>The quick win is due on %1, too late to be quick; aim for %2 to %3, 7 to 14 days after the kickoff.</source>
        <translation>Le gain rapide est à échéance le %1, trop tard pour être rapide&#xa0;; visez du %2 au %3, 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(objectif sans nom)</translation>
    </message>
    <message>
        <source>More than one objective is marked as quick win (%1): keep one, so that the customer sees a single early result.</source>
        <translation>Plusieurs objectifs sont marqués comme gain rapide (%1)&#xa0;: n&apos;en gardez qu&apos;un, pour que le client voie un seul premier résultat.</translation>
    </message>
</context>
<context>
    <name>Csm::RaiseRiskDialog</name>
    <message>
        <source>Raise a risk</source>
        <translation>Signaler un risque</translation>
    </message>
    <message>
        <source>What could derail this?</source>
        <translation>Qu&apos;est-ce qui pourrait faire dérailler le projet&#xa0;?</translation>
    </message>
    <message>
        <source>Who watches it</source>
        <translation>Qui le surveille</translation>
    </message>
    <message>
        <source>What we do to keep it from happening</source>
        <translation>Ce que nous faisons pour l&apos;empêcher</translation>
    </message>
    <message>
        <source>When it escalates, e.g. no IT admin by day 10</source>
        <translation>Quand il s&apos;aggrave, p. ex. pas d&apos;administrateur IT au jour 10</translation>
    </message>
    <message>
        <source>Raise risk</source>
        <translation>Signaler le risque</translation>
    </message>
    <message>
        <source>It also appears in the risk log.</source>
        <translation>Il apparaît aussi dans le journal des risques.</translation>
    </message>
</context>
<context>
    <name>Csm::RecordDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Csm::RejectedRowsModel</name>
    <message>
        <source>Whole row</source>
        <translation>Ligne entière</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The row of the file as a spreadsheet numbers it: the header is row 1</source>
        <translation>La ligne du fichier telle qu&apos;un tableur la numérote&#xa0;: l&apos;en-tête est la ligne 1</translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangle</name>
    <message>
        <source>no customer contact</source>
        <translation>aucun contact client</translation>
    </message>
    <message>
        <source>only one customer contact</source>
        <translation>un seul contact client</translation>
    </message>
    <message>
        <source>no executive sponsor</source>
        <translation>aucun sponsor exécutif</translation>
    </message>
    <message>
        <source>Single-threaded: %1</source>
        <translation>Contact unique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Csm::RelationshipTriangleWidget</name>
    <message>
        <source>Multi-threaded: %1 customer contacts and an executive sponsor.</source>
        <translation>Contacts multiples&#xa0;: %1 contacts client et un sponsor exécutif.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Sponsor exécutif&#xa0;: %1
Contacts principaux&#xa0;: %2
Utilisateurs avancés&#xa0;: %3
%4</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <source>Primary contacts</source>
        <translation>Contacts principaux</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Power users</source>
        <translation>Utilisateurs avancés</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Utilisateur avancé</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 · %2, %3 wanted</source>
        <translation>%1 · %2, %3 souhaités</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Csm::Report</name>
    <message>
        <source>Not enough data</source>
        <translation>Données insuffisantes</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>En amélioration</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>En dégradation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation>Customer Success Manager</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 (day %2 today)</source>
        <translation>%1 (jour %2 aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Primary use case</source>
        <translation>Cas d&apos;usage principal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Objectifs et progression</translation>
    </message>
    <message>
        <source>No measurable objectives have been agreed yet. Agreeing two or three goals with a baseline and a target is the first step of the next period.</source>
        <translation>Aucun objectif mesurable n&apos;a encore été convenu. Convenir de deux ou trois objectifs avec une valeur de départ et une cible est la première étape de la période suivante.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 of %2 achieved so far.</source>
        <translation>%1 sur %2 atteints à ce jour.</translation>
    </message>
    <message>
        <source>Time to first value</source>
        <translation>Délai avant première valeur</translation>
    </message>
    <message>
        <source>No signature date is recorded, so time to first value cannot be counted.</source>
        <translation>Aucune date de signature n&apos;est enregistrée&#xa0;: le délai avant première valeur ne peut donc pas être calculé.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Days from signature</source>
        <translation>Jours depuis la signature</translation>
    </message>
    <message>
        <source>First value was reached on %1, %2 after signature.</source>
        <translation>La première valeur a été atteinte le %1, %2 après la signature.</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>First value reached</source>
        <translation>Première valeur atteinte</translation>
    </message>
    <message>
        <source>First value was reached on %1 with &quot;%2&quot;, %3 after signature.</source>
        <translation>La première valeur a été atteinte le %1 avec «&#xa0;%2&#xa0;», %3 après la signature.</translation>
    </message>
    <message>
        <source>First value is not reached yet. At the pace so far, &quot;%1&quot; is expected on %2, %3 after signature.</source>
        <translation>La première valeur n&apos;est pas encore atteinte. Au rythme actuel, «&#xa0;%1&#xa0;» est prévu le %2, %3 après la signature.</translation>
    </message>
    <message>
        <source>First value forecast</source>
        <translation>Prévision de première valeur</translation>
    </message>
    <message>
        <source>First value is not reached yet, and the plan has no first-value milestone to forecast it from.</source>
        <translation>La première valeur n&apos;est pas encore atteinte, et le plan n&apos;a pas de jalon de première valeur permettant de la prévoir.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Target for the tier (%1)</source>
        <translation>Cible du segment (%1)</translation>
    </message>
    <message>
        <source>Portfolio median (%1)</source>
        <translation>Médiane du portefeuille (%1)</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>No product usage has been imported for this customer yet.</source>
        <translation>Aucune donnée d&apos;utilisation du produit n&apos;a encore été importée pour ce client.</translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats were active in the last 30 days (%3); usage is %4 against the three weeks before.</source>
        <translation>%1 licences sur %2 ont été actives au cours des 30 derniers jours (%3)&#xa0;; l&apos;utilisation est %4 par rapport aux trois semaines précédentes.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Active users, last 30 days</source>
        <translation>Utilisateurs actifs, 30 derniers jours</translation>
    </message>
    <message>
        <source>Active users, last 7 days</source>
        <translation>Utilisateurs actifs, 7 derniers jours</translation>
    </message>
    <message>
        <source>Adoption (active users / seats)</source>
        <translation>Adoption (utilisateurs actifs / licences)</translation>
    </message>
    <message>
        <source>Login rate</source>
        <translation>Taux de connexion</translation>
    </message>
    <message>
        <source>Activation rate (%1)</source>
        <translation>Taux d&apos;activation (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Formations suivies</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Adoption des fonctionnalités</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Share of active users</source>
        <translation>Part des utilisateurs actifs</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs par semaine</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>New goals and next steps</source>
        <translation>Nouveaux objectifs et prochaines étapes</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Trimestre suivant</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No goals with a later target date and no open actions.</source>
        <translation>Aucun objectif avec une date cible ultérieure et aucune action ouverte.</translation>
    </message>
    <message>
        <source>Goals ahead</source>
        <translation>Objectifs à venir</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <source>About %1 a year so far: %2 hours saved a month, revenue and cost impact included.</source>
        <translation>Environ %1 par an à ce jour&#xa0;: %2 heures économisées par mois, impact sur le chiffre d&apos;affaires et les coûts compris.</translation>
    </message>
    <message>
        <source>Hours saved a month</source>
        <translation>Heures économisées par mois</translation>
    </message>
    <message>
        <source>Hours x rate a year</source>
        <translation>Heures x taux par an</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Chiffre d&apos;affaires par an</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Coûts par an</translation>
    </message>
    <message>
        <source>Expansion opportunities</source>
        <translation>Opportunités d&apos;expansion</translation>
    </message>
    <message>
        <source>Open opportunities worth %1 in annual recurring revenue.</source>
        <translation>Opportunités ouvertes d&apos;une valeur de %1 en revenu récurrent annuel.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation>ARR potentiel</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Défenseurs</translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation>Sceptiques</translation>
    </message>
    <message>
        <source>Onboarding survey</source>
        <translation>Enquête d&apos;onboarding</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 réponse</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1: satisfaction %2 (target above 4.5), onboarding NPS %3 (target above 50).</source>
        <translation>%1&#xa0;: satisfaction %2 (cible au-dessus de 4,5), NPS de l&apos;onboarding %3 (cible au-dessus de 50).</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>Satisfaction moyenne (1-5)</translation>
    </message>
    <message>
        <source>Onboarding NPS</source>
        <translation>NPS de l&apos;onboarding</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoteurs (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passifs (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Détracteurs (0-6)</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Hand-over to ongoing success management</source>
        <translation>Transfert vers le suivi continu</translation>
    </message>
    <message>
        <source>the ongoing CSM (not named yet)</source>
        <translation>le CSM du suivi continu (pas encore désigné)</translation>
    </message>
    <message>
        <source>From here %1 looks after %2, with a first quarterly business review on %3.</source>
        <translation>Désormais, %1 s&apos;occupe de %2, avec une première revue trimestrielle le %3.</translation>
    </message>
    <message>
        <source>From here %1 looks after %2; the first quarterly business review is still to be scheduled.</source>
        <translation>Désormais, %1 s&apos;occupe de %2&#xa0;; la première revue trimestrielle reste à planifier.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Original goals reviewed</source>
        <translation>Objectifs initiaux revus</translation>
    </message>
    <message>
        <source>New goals set</source>
        <translation>Nouveaux objectifs fixés</translation>
    </message>
    <message>
        <source>Ongoing CSM</source>
        <translation>CSM du suivi continu</translation>
    </message>
    <message>
        <source>Check-in cadence</source>
        <translation>Fréquence des points de suivi</translation>
    </message>
    <message>
        <source>First QBR</source>
        <translation>Première QBR</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Value review</source>
        <translation>Revue de valeur</translation>
    </message>
    <message>
        <source>Executive business review</source>
        <translation>Revue exécutive (EBR)</translation>
    </message>
    <message>
        <source>Graduation summary</source>
        <translation>Bilan de clôture</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>by week %1</source>
        <translation>d&apos;ici la semaine %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2</source>
        <translation>Votre objectif était de maintenir %1 à %2</translation>
    </message>
    <message>
        <source>Your goal was to keep %1 at %2 %3</source>
        <translation>Votre objectif était de maintenir %1 à %2 %3</translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3</source>
        <translation>Votre objectif était de faire passer %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Your goal was to increase %1 from %2 to %3 %4</source>
        <translation>Votre objectif était de faire passer %1 de %2 à %3 %4</translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3</source>
        <translation>Votre objectif était de réduire %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Your goal was to reduce %1 from %2 to %3 %4</source>
        <translation>Votre objectif était de réduire %1 de %2 à %3 %4</translation>
    </message>
    <message>
        <source>%1; there is no measurement yet.</source>
        <translation>%1&#xa0;; il n&apos;y a pas encore de mesure.</translation>
    </message>
    <message>
        <source>and have reached it</source>
        <translation>et l&apos;avez atteint</translation>
    </message>
    <message>
        <source>and the target date has passed</source>
        <translation>et la date cible est passée</translation>
    </message>
    <message>
        <source>and at risk</source>
        <translation>et êtes à risque</translation>
    </message>
    <message>
        <source>and on track</source>
        <translation>et êtes en bonne voie</translation>
    </message>
    <message>
        <source>%1; you are at %2 after %3 %4.</source>
        <translation>%1&#xa0;; vous en êtes à %2 après %3 %4.</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>%1; you are at %2 %3.</source>
        <translation>%1&#xa0;; vous en êtes à %2 %3.</translation>
    </message>
    <message>
        <source>Include %1 in the report</source>
        <translation>Inclure %1 dans le rapport</translation>
    </message>
    <message>
        <source>Leave %1 out of the report</source>
        <translation>Exclure %1 du rapport</translation>
    </message>
    <message>
        <source>Edit the commentary on %1</source>
        <translation>Modifier le commentaire sur %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Impossible de démarrer le document PDF %1</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 objectif</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
</context>
<context>
    <name>Csm::ReportNote</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Csm::Risk</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Escalation trigger</source>
        <translation>Déclencheur d&apos;escalade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised at kickoff</source>
        <translation>Soulevés au kick-off</translation>
    </message>
</context>
<context>
    <name>Csm::RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
</context>
<context>
    <name>Csm::RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>En atténuation</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>Csm::Schedule</name>
    <message>
        <source>(unnamed task)</source>
        <translation>(tâche sans nom)</translation>
    </message>
</context>
<context>
    <name>Csm::Sentiment</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Skeptic</source>
        <translation>Sceptique</translation>
    </message>
</context>
<context>
    <name>Csm::ShareCrypto</name>
    <message>
        <source>&quot;%1&quot; cannot be protected: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être protégé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the encryption library cannot be started</source>
        <translation>la bibliothèque de chiffrement ne peut pas être démarrée</translation>
    </message>
    <message>
        <source>it cannot be written over itself</source>
        <translation>il ne peut pas être écrit par-dessus lui-même</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it was changed or damaged after it was protected</source>
        <translation>il a été modifié ou endommagé après avoir été protégé</translation>
    </message>
    <message>
        <source>it ends too early, part of it is missing</source>
        <translation>il se termine trop tôt, une partie manque</translation>
    </message>
    <message>
        <source>it is not a passphrase-protected file</source>
        <translation>ce n&apos;est pas un fichier protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>it was protected by a newer version of CSM Workspace</source>
        <translation>il a été protégé par une version plus récente de CSM Workspace</translation>
    </message>
    <message>
        <source>it was protected with settings this version does not accept</source>
        <translation>il a été protégé avec des paramètres que cette version n&apos;accepte pas</translation>
    </message>
    <message>
        <source>there is not enough memory to check the passphrase</source>
        <translation>la mémoire est insuffisante pour vérifier la phrase secrète</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>la phrase secrète ne permet pas de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>its decrypted copy %1 cannot be written (%2)</source>
        <translation>sa copie déchiffrée %1 ne peut pas être écrite (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::ShareDialog</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>Share customer %1</source>
        <translation>Partager le client %1</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Partager %1</translation>
    </message>
    <message>
        <source>Saves the customer&apos;s onboarding file for a colleague. When it comes back, take it back to merge their changes with yours.</source>
        <translation>Enregistre le fichier d&apos;onboarding du client pour un collègue. À son retour, reprenez-le pour fusionner ses modifications avec les vôtres.</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Données d&apos;utilisation</translation>
    </message>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Événements d&apos;utilisation bruts (%Ln événement)</numerusform>
            <numerusform>Événements d&apos;utilisation bruts (%Ln événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event, so your colleague can recompute anything</source>
        <translation>Tous les événements, pour que votre collègue puisse tout recalculer</translation>
    </message>
    <message>
        <source>Usage rollups only (smaller)</source>
        <translation>Agrégats d&apos;utilisation seulement (plus léger)</translation>
    </message>
    <message>
        <source>The daily totals the adoption metrics read</source>
        <translation>Les totaux quotidiens sur lesquels reposent les indicateurs d&apos;adoption</translation>
    </message>
    <message>
        <source>No usage data</source>
        <translation>Aucune donnée d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase</source>
        <translation>&amp;Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>Tell your colleague the passphrase another way than the file travels: by phone or in a chat, not in the same e-mail.</source>
        <translation>Communiquez la phrase secrète à votre collègue par un autre canal que le fichier&#xa0;: par téléphone ou par messagerie instantanée, pas dans le même e-mail.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the file anywhere</source>
        <translation>Enregistrer le fichier à l&apos;emplacement de votre choix</translation>
    </message>
    <message>
        <source>Save to &amp;Shared Folder…</source>
        <translation>Enregistrer dans le &amp;dossier partagé…</translation>
    </message>
    <message>
        <source>Save the file to a folder you share with your colleague; the workspace remembers it to notice their changes</source>
        <translation>Enregistrer le fichier dans un dossier que vous partagez avec votre collègue&#xa0;; l&apos;espace de travail s&apos;en souvient pour détecter ses modifications</translation>
    </message>
    <message>
        <source>Send by &amp;E-mail…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <source>Attach the file to a new e-mail in your mail program</source>
        <translation>Joindre le fichier à un nouvel e-mail dans votre messagerie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Cannot Share</source>
        <translation>Partage impossible</translation>
    </message>
    <message>
        <source>Saved to %1 (%2), protected with a passphrase.</source>
        <translation>Enregistré dans %1 (%2), protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Saved to %1 (%2).</source>
        <translation>Enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <source>The file was saved, but the workspace could not remember it as the customer&apos;s shared file: %1</source>
        <translation>Le fichier a été enregistré, mais l&apos;espace de travail n&apos;a pas pu le mémoriser comme fichier partagé du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 onboarding file</source>
        <translation>Fichier d&apos;onboarding %1</translation>
    </message>
    <message>
        <source>Attached %1 (%2) to a new e-mail.</source>
        <translation>%1 (%2) joint à un nouvel e-mail.</translation>
    </message>
    <message>
        <source>Saved to %1 (%2); attach it to an e-mail yourself.</source>
        <translation>Enregistré dans %1 (%2)&#xa0;; joignez-le vous-même à un e-mail.</translation>
    </message>
    <message>
        <source>Send by E-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>No mail program could be started. The file is in the folder that was just opened: attach “%1” to an e-mail yourself.</source>
        <translation>Aucun programme de messagerie n&apos;a pu être lancé. Le fichier se trouve dans le dossier qui vient de s&apos;ouvrir&#xa0;: joignez vous-même «&#xa0;%1&#xa0;» à un e-mail.</translation>
    </message>
    <message>
        <source>Save Shared File</source>
        <translation>Enregistrer le fichier partagé</translation>
    </message>
    <message>
        <source>Onboarding files (*.onboarding)</source>
        <translation>Fichiers d&apos;onboarding (*.onboarding)</translation>
    </message>
    <message>
        <source>Choose the Shared Folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>%1 changed since you last saved it there, perhaps by a colleague. Replace it? To keep their changes, take the file back first.</source>
        <translation>%1 a été modifié depuis votre dernier enregistrement à cet emplacement, peut-être par un collègue. Le remplacer&#xa0;? Pour conserver ses modifications, reprenez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace Shared File</source>
        <translation>Remplacer le fichier partagé</translation>
    </message>
</context>
<context>
    <name>Csm::SharedFile</name>
    <message>
        <source>&quot;%1&quot; cannot be taken in: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être repris&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the customer is not in the workspace</source>
        <translation>le client n&apos;est pas dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>no temporary folder could be made</source>
        <translation>aucun dossier temporaire n&apos;a pu être créé</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is protected by a passphrase</source>
        <translation>il est protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes)</source>
        <translation>le fichier est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>it is not a CSM Workspace file (not an SQLite database)</source>
        <translation>ce n&apos;est pas un fichier CSM Workspace (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>it is another application&apos;s database, not a shared onboarding file</source>
        <translation>c&apos;est la base de données d&apos;une autre application, pas un fichier d&apos;onboarding partagé</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is a workspace, not one customer&apos;s shared file</source>
        <translation>c&apos;est un espace de travail, pas le fichier partagé d&apos;un seul client</translation>
    </message>
    <message>
        <source>it was written by a newer version of CSM Workspace. Please update the application</source>
        <translation>il a été écrit par une version plus récente de CSM Workspace. Veuillez mettre à jour l&apos;application</translation>
    </message>
    <message>
        <source>it does not say which customer it holds</source>
        <translation>il n&apos;indique pas quel client il contient</translation>
    </message>
    <message>
        <source>it holds more than one customer</source>
        <translation>il contient plus d&apos;un client</translation>
    </message>
    <message>
        <source>the customer it names is not in it</source>
        <translation>le client qu&apos;il désigne n&apos;y figure pas</translation>
    </message>
    <message>
        <source>its content does not match its checksum: it was changed or damaged on the way</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle&#xa0;: il a été modifié ou endommagé en chemin</translation>
    </message>
    <message>
        <source>The file has newer usage imports but carries their rollups only; the raw events here are kept. Ask for the file with raw usage data to take them.</source>
        <translation>Le fichier contient des imports d&apos;utilisation plus récents, mais seulement leurs agrégats&#xa0;; les événements bruts d&apos;ici sont conservés. Demandez le fichier avec les données d&apos;utilisation brutes pour les reprendre.</translation>
    </message>
    <message>
        <source>The usage data here already includes everything the file carries.</source>
        <translation>Les données d&apos;utilisation d&apos;ici incluent déjà tout ce que contient le fichier.</translation>
    </message>
    <message>
        <source>Both sides imported usage data the other does not have; the data here is kept. Import the other side&apos;s usage files here to combine them.</source>
        <translation>Chaque côté a importé des données d&apos;utilisation que l&apos;autre n&apos;a pas&#xa0;; les données d&apos;ici sont conservées. Importez ici les fichiers d&apos;utilisation de l&apos;autre côté pour les combiner.</translation>
    </message>
    <message>
        <source>The file could not be taken back.</source>
        <translation>Le fichier n&apos;a pas pu être repris.</translation>
    </message>
</context>
<context>
    <name>Csm::SharingController</name>
    <message>
        <source>Take back a shared file</source>
        <translation>Reprendre un fichier partagé</translation>
    </message>
    <message>
        <source>Shared onboarding files (*.onboarding);;All files (*)</source>
        <translation>Fichiers d&apos;onboarding partagés (*.onboarding);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The passphrase does not open it. Try again.</source>
        <translation>La phrase secrète ne permet pas de l&apos;ouvrir. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot take the file back</source>
        <translation>Impossible de reprendre le fichier</translation>
    </message>
    <message>
        <source>Shared file changed</source>
        <translation>Fichier partagé modifié</translation>
    </message>
    <message>
        <source>The shared file of %1 changed on disk:
%2

Take it back now? You will see what changed before anything is merged.</source>
        <translation>Le fichier partagé de %1 a été modifié sur le disque&#xa0;:
%2

Le reprendre maintenant&#xa0;? Vous verrez ce qui a changé avant toute fusion.</translation>
    </message>
</context>
<context>
    <name>Csm::Side</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
</context>
<context>
    <name>Csm::SnoozeAlertDialog</name>
    <message>
        <source>Until the &amp;situation changes</source>
        <translation>Jusqu&apos;à ce que la &amp;situation change</translation>
    </message>
    <message>
        <source>Until the end of &amp;day:</source>
        <translation>Jusqu&apos;à la fin du &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Snooze alert</source>
        <translation>Reporter l&apos;alerte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Note (why it can wait):</source>
        <translation>&amp;Note (pourquoi elle peut attendre)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. The sponsor is on leave until the 20th</source>
        <translation>p. ex. Le sponsor est en congé jusqu&apos;au 20</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Reportée jusqu&apos;au</translation>
    </message>
    <message>
        <source>The alert comes back as soon as the facts behind it change, whichever you choose.</source>
        <translation>L&apos;alerte réapparaît dès que les faits qui la motivent changent, quel que soit votre choix.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>Csm::Stakeholder</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Csm::StakeholderRole</name>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Admin owner</source>
        <translation>Responsable de l&apos;administration</translation>
    </message>
    <message>
        <source>Day-to-day project lead</source>
        <translation>Chef de projet opérationnel</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Utilisateur avancé</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
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
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Support escalation</source>
        <translation>Escalade support</translation>
    </message>
</context>
<context>
    <name>Csm::Status</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanDelegate</name>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanPage</name>
    <message>
        <source>Add outcome</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Joint success plan</source>
        <translation>Plan de réussite commun</translation>
    </message>
    <message>
        <source>No quick win yet: mark the objective the customer can reach 7 to 14 days after the kickoff as the quick win.</source>
        <translation>Pas encore de gain rapide&#xa0;: désignez comme gain rapide l&apos;objectif que le client peut atteindre 7 à 14 jours après le kick-off.</translation>
    </message>
    <message>
        <source>No success plan yet</source>
        <translation>Pas encore de plan de réussite</translation>
    </message>
    <message>
        <source>A joint success plan (3xO) ties what the customer wants to what both teams do to get there. Agree it at the kickoff, then measure it along the way.</source>
        <translation>Un plan de réussite commun (3xO) relie ce que le client veut obtenir à ce que les deux équipes font pour y parvenir. Validez-le lors du kick-off, puis mesurez-le en cours de route.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The business value the customer wants, e.g. &quot;reduce reporting time by 50 %&quot;.</source>
        <translation>La valeur métier que le client recherche, p. ex. «&#xa0;réduire de 50&#xa0;% le temps de reporting&#xa0;».</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Measurable proof of each outcome: a metric with baseline, target, target date and an owner on both sides.</source>
        <translation>La preuve mesurable de chaque résultat&#xa0;: un indicateur avec une référence, une cible, une date cible et un responsable de chaque côté.</translation>
    </message>
    <message>
        <source>Operational steps</source>
        <translation>Étapes opérationnelles</translation>
    </message>
    <message>
        <source>The tasks that move each objective, with an owner and a due date.</source>
        <translation>Les tâches qui font avancer chaque objectif, avec un responsable et une échéance.</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it.</source>
        <translation>Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>Plan de réussite</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Kickoff on %1</source>
        <translation>Kick-off le %1</translation>
    </message>
    <message>
        <source>No kickoff date yet</source>
        <translation>Pas encore de date de kick-off</translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation>Objectifs atteints ou en bonne voie&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(objectif sans nom)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove outcome</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Supprimer l&apos;élément sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Remove the selected item with everything under it (Del)</source>
        <translation>Supprimer l&apos;élément sélectionné et tout ce qu&apos;il contient (Suppr)</translation>
    </message>
    <message>
        <source>Select an objective to see where it stands and to record measurements.</source>
        <translation>Sélectionnez un objectif pour voir où il en est et enregistrer des mesures.</translation>
    </message>
    <message>
        <source>Edit a step in the list above: double-click its task, owner or due date, and tick it when it is done.</source>
        <translation>Modifiez une étape dans la liste ci-dessus&#xa0;: double-cliquez sur sa tâche, son responsable ou son échéance, et cochez-la quand elle est terminée.</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>Csm::SuccessPlanTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No measurement yet: add a reading to see progress.</source>
        <translation>Aucune mesure pour l&apos;instant&#xa0;: ajoutez une mesure pour voir la progression.</translation>
    </message>
    <message>
        <source>Target reached with %1 on %2, after the target date.</source>
        <translation>Cible atteinte avec %1 le %2, après la date cible.</translation>
    </message>
    <message>
        <source>Target reached with %1 on %2.</source>
        <translation>Cible atteinte avec %1 le %2.</translation>
    </message>
    <message>
        <source>The target date %1 has passed with %2 of the way done (latest %3).</source>
        <translation>La date cible du %1 est passée avec %2 du chemin parcouru (dernière valeur&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The value should hold at %1; the latest reading is %2.</source>
        <translation>La valeur doit se maintenir à %1&#xa0;; la dernière mesure est de %2.</translation>
    </message>
    <message>
        <source>%1 of the way on %2, %3 expected by today.</source>
        <translation>%1 du chemin parcouru au %2, %3 attendus à ce jour.</translation>
    </message>
    <message>
        <source>%1 of the way; no target date to project against.</source>
        <translation>%1 du chemin parcouru&#xa0;; aucune date cible pour la projection.</translation>
    </message>
    <message>
        <source>Worse than the baseline (%1); no target date to project against.</source>
        <translation>Moins bien que la référence (%1)&#xa0;; aucune date cible pour la projection.</translation>
    </message>
    <message>
        <source>Outcome, objective or step</source>
        <translation>Résultat, objectif ou étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Référence → cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable client</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(résultat sans titre)</translation>
    </message>
    <message>
        <source>No objectives</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Objectives achieved or on track: %1 of %2</source>
        <translation>Objectifs atteints ou en bonne voie&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 on track</source>
        <translation>%1 sur %2 en bonne voie</translation>
    </message>
    <message>
        <source>(unnamed objective)</source>
        <translation>(objectif sans nom)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Date cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Confirmed at kickoff</source>
        <translation>Confirmé au kick-off</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edit baseline and target in the details below.</source>
        <translation>Modifiez la référence et la cible dans les détails ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Mesuré le %1</translation>
    </message>
    <message>
        <source>Measured on %1: %2</source>
        <translation>Mesuré le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponse</name>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Likely to recommend (0-10)</source>
        <translation>Probabilité de recommandation (0-10)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Csm::SurveyResponseDelegate</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>Csm::TakeBackDialog</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n enregistrement ajouté</numerusform>
            <numerusform>%n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n enregistrement modifié</numerusform>
            <numerusform>%n enregistrements modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n enregistrement supprimé</numerusform>
            <numerusform>%n enregistrements supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>Modifié le %1</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Modifié par %1 le %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Add Customer from Shared File</source>
        <translation>Ajouter le client depuis le fichier partagé</translation>
    </message>
    <message>
        <source>Take Back %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrit&#xa0;:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Protection&#xa0;:</translation>
    </message>
    <message>
        <source>Protected with a passphrase</source>
        <translation>Protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Non protégé</translation>
    </message>
    <message>
        <source>Usage data:</source>
        <translation>Données d&apos;utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>Raw usage events (%Ln event(s))</source>
        <translation>
            <numerusform>Événements d&apos;utilisation bruts (%Ln événement)</numerusform>
            <numerusform>Événements d&apos;utilisation bruts (%Ln événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage rollups only</source>
        <translation>Agrégats d&apos;utilisation seulement</translation>
    </message>
    <message>
        <source>Merged against the file exchanged on %1</source>
        <translation>Fusion par rapport au fichier échangé le %1</translation>
    </message>
    <message>
        <source>Never exchanged from here: every difference is shown as a conflict</source>
        <translation>Jamais échangé depuis cet espace de travail&#xa0;: chaque différence apparaît comme un conflit</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Base&#xa0;:</translation>
    </message>
    <message>
        <source>A new customer: %1 will be added with %2 and %3.</source>
        <translation>Nouveau client&#xa0;: %1 sera ajouté avec %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes taken from the file</source>
        <translation>Modifications reprises du fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides changed these. Choose what to keep.</source>
        <translation>
            <numerusform>%n conflit&#xa0;: les deux côtés ont modifié cet élément. Choisissez ce que vous gardez.</numerusform>
            <numerusform>%n conflits&#xa0;: les deux côtés ont modifié ces éléments. Choisissez ce que vous gardez.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation>Tout &amp;garder ici</translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation>Tout &amp;prendre de là-bas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Là-bas</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>The file&apos;s usage data is added.</source>
        <translation>Les données d&apos;utilisation du fichier sont ajoutées.</translation>
    </message>
    <message>
        <source>The usage data here is replaced by the file&apos;s, which has newer imports.</source>
        <translation>Les données d&apos;utilisation d&apos;ici sont remplacées par celles du fichier, qui contient des imports plus récents.</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre de là-bas</translation>
    </message>
    <message>
        <source>Keep here: %1</source>
        <translation>Garder ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Prendre de là-bas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add Customer</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Nothing to take: this workspace already has everything in the file.</source>
        <translation>Rien à reprendre&#xa0;: cet espace de travail contient déjà tout ce qui se trouve dans le fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>No record changes here with these choices.</source>
        <translation>Avec ces choix, aucun enregistrement ne change ici.</translation>
    </message>
    <message>
        <source>Taking it back: %1.</source>
        <translation>Reprise&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>The customer changed in this workspace while this window was open. Open the file again to take it back.</source>
        <translation>Le client a été modifié dans cet espace de travail pendant que cette fenêtre était ouverte. Ouvrez à nouveau le fichier pour le reprendre.</translation>
    </message>
    <message>
        <source>Cannot Take Back</source>
        <translation>Reprise impossible</translation>
    </message>
</context>
<context>
    <name>Csm::TaskDependency</name>
    <message>
        <source>Predecessor</source>
        <translation>Prédécesseur</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lag (business days)</source>
        <translation>Décalage (jours ouvrés)</translation>
    </message>
</context>
<context>
    <name>Csm::TaskDetailsPanel</name>
    <message>
        <source>Select a task or milestone in the chart to see and edit it here.</source>
        <translation>Sélectionnez une tâche ou un jalon dans le diagramme pour l&apos;afficher et le modifier ici.</translation>
    </message>
    <message>
        <source>What is done, e.g. Configure SSO</source>
        <translation>Ce qui est fait, p. ex. Configurer le SSO</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Workstream</source>
        <translation>&amp;Chantier</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Our o&amp;wner</source>
        <translation>Notre &amp;responsable</translation>
    </message>
    <message>
        <source>&amp;Customer owner</source>
        <translation>Responsable c&amp;lient</translation>
    </message>
    <message>
        <source>What the task waits for on the customer&apos;s side; it counts towards the friction score</source>
        <translation>Ce que la tâche attend du côté du client&#xa0;; compte dans le score de friction</translation>
    </message>
    <message>
        <source>Waiting &amp;on</source>
        <translation>&amp;En attente de</translation>
    </message>
    <message>
        <source>First-value milestone</source>
        <translation>Jalon de première valeur</translation>
    </message>
    <message>
        <source>The activation event: where the customer first gets real value. One per plan.</source>
        <translation>L&apos;événement d&apos;activation&#xa0;: le moment où le client obtient sa première valeur réelle. Un seul par plan.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Glissement</translation>
    </message>
    <message>
        <source>Anything the team should know</source>
        <translation>Ce que l&apos;équipe doit savoir</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Links of the task</source>
        <translation>Liens de la tâche</translation>
    </message>
    <message>
        <source>Not linked to other tasks.</source>
        <translation>Aucun lien vers d&apos;autres tâches.</translation>
    </message>
    <message>
        <source>Link to a task…</source>
        <translation>Lier à une tâche…</translation>
    </message>
    <message>
        <source>Make this task wait for another one, or another one wait for it</source>
        <translation>Faire attendre cette tâche après une autre, ou une autre après celle-ci</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Make %1 a milestone</source>
        <translation>Faire de %1 un jalon</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucune référence enregistrée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Measured once a baseline is saved</source>
        <translation>Mesuré une fois une référence enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) late</source>
        <translation>
            <numerusform>%n jour ouvré de retard</numerusform>
            <numerusform>%n jours ouvrés de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) early</source>
        <translation>
            <numerusform>%n jour ouvré d&apos;avance</numerusform>
            <numerusform>%n jours ouvrés d&apos;avance</numerusform>
        </translation>
    </message>
    <message>
        <source>On its baseline</source>
        <translation>Conforme à sa référence</translation>
    </message>
    <message>
        <source>%1; overdue</source>
        <translation>%1&#xa0;; en retard</translation>
    </message>
    <message>
        <source>(unnamed workstream)</source>
        <translation>(chantier sans nom)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation>Supprimer les liens</translation>
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
Appuyez sur Entrée ou double-cliquez pour sélectionner l&apos;élément dans le diagramme.</translation>
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
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>Csm::TaskType</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
</context>
<context>
    <name>Csm::Tier</name>
    <message>
        <source>High-touch enterprise</source>
        <translation>Grand compte high-touch</translation>
    </message>
    <message>
        <source>Hybrid mid-market</source>
        <translation>Mid-market hybride</translation>
    </message>
    <message>
        <source>Digital-first</source>
        <translation>Digital-first</translation>
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
        <translation>Ajouter un chantier</translation>
    </message>
    <message>
        <source>Add a workstream to the plan</source>
        <translation>Ajouter un chantier au plan</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add a task to the current workstream</source>
        <translation>Ajouter une tâche au chantier actuel</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Add a milestone to the current workstream</source>
        <translation>Ajouter un jalon au chantier actuel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the current task, or the current workstream with its tasks</source>
        <translation>Supprimer la tâche actuelle, ou le chantier actuel avec ses tâches</translation>
    </message>
    <message>
        <source>Link tasks…</source>
        <translation>Lier des tâches…</translation>
    </message>
    <message>
        <source>Make one task wait for another</source>
        <translation>Faire attendre une tâche après une autre</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Keep the current dates as the baseline that slip is measured against</source>
        <translation>Conserver les dates actuelles comme référence pour mesurer le glissement</translation>
    </message>
    <message>
        <source>Mark as first value</source>
        <translation>Marquer comme première valeur</translation>
    </message>
    <message>
        <source>Make the current milestone the activation event: the customer&apos;s first real value</source>
        <translation>Faire du jalon actuel l&apos;événement d&apos;activation&#xa0;: la première valeur réelle pour le client</translation>
    </message>
    <message>
        <source>Apply playbook…</source>
        <translation>Appliquer un playbook…</translation>
    </message>
    <message>
        <source>Build the plan from a playbook template</source>
        <translation>Construire le plan à partir d&apos;un modèle de playbook</translation>
    </message>
    <message>
        <source>Holidays…</source>
        <translation>Jours fériés…</translation>
    </message>
    <message>
        <source>Days off besides weekends, skipped when counting business days</source>
        <translation>Jours de congé en plus des week-ends, ignorés dans le décompte des jours ouvrés</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Keep this plan as a playbook template for other customers</source>
        <translation>Conserver ce plan comme modèle de playbook pour d&apos;autres clients</translation>
    </message>
    <message>
        <source>Status update…</source>
        <translation>Point d&apos;avancement…</translation>
    </message>
    <message>
        <source>The weekly status update e-mail, written from the plan</source>
        <translation>L&apos;e-mail de point d&apos;avancement hebdomadaire, rédigé à partir du plan</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter vers un agenda…</translation>
    </message>
    <message>
        <source>Save the milestones and gates as an iCalendar file (.ics)</source>
        <translation>Enregistrer les jalons et les étapes de validation dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Imprimer le plan</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation>Enregistrer le plan au format PDF</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exporter en image…</translation>
    </message>
    <message>
        <source>Save the plan as a PNG image</source>
        <translation>Enregistrer le plan en image PNG</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Show or hide the forecast, gates and task details</source>
        <translation>Afficher ou masquer les prévisions, les étapes de validation et les détails de la tâche</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How much time one column of the chart shows (%1, %2 in the chart)</source>
        <translation>Durée représentée par une colonne du diagramme (%1, %2 dans le diagramme)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>No implementation plan yet</source>
        <translation>Pas encore de plan de mise en œuvre</translation>
    </message>
    <message>
        <source>A plan has workstreams with an owner on each side, tasks and milestones linked to each other, phase gates with measurable criteria, and the milestone where the customer first gets real value.</source>
        <translation>Un plan comporte des chantiers avec un responsable de chaque côté, des tâches et des jalons liés entre eux, des étapes de validation de phase aux critères mesurables, et le jalon où le client obtient sa première valeur réelle.</translation>
    </message>
    <message>
        <source>Choose another playbook…</source>
        <translation>Choisir un autre playbook…</translation>
    </message>
    <message>
        <source>Start with a workstream</source>
        <translation>Commencer par un chantier</translation>
    </message>
    <message>
        <source>Build the plan by hand</source>
        <translation>Construire le plan à la main</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Ou&#xa0;:</translation>
    </message>
    <message>
        <source>Workstreams</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>Phase gates</source>
        <translation>Étapes de validation</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>Create plan from the %1 playbook</source>
        <translation>Créer le plan à partir du playbook %1</translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from the signature on %3: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation>%1 relève du segment %2. Son playbook organise l&apos;onboarding à partir de la signature du %3&#xa0;: chantiers, tâches, jalons et étapes de validation, prêts à être ajustés.</translation>
    </message>
    <message>
        <source>%1 is a %2 customer. Its playbook lays out the onboarding from today, as there is no signature date yet: workstreams, tasks, milestones and phase gates, ready to adjust.</source>
        <translation>%1 relève du segment %2. Son playbook organise l&apos;onboarding à partir d&apos;aujourd&apos;hui, faute de date de signature&#xa0;: chantiers, tâches, jalons et étapes de validation, prêts à être ajustés.</translation>
    </message>
    <message>
        <source>(unnamed customer)</source>
        <translation>(client sans nom)</translation>
    </message>
    <message>
        <source>Day %1 since signature</source>
        <translation>Jour %1 depuis la signature</translation>
    </message>
    <message>
        <source>Plan %1 to %2</source>
        <translation>Plan du %1 au %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Terminées&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Missed phase gate: %1. The customer cannot move on until its criteria are met; agree a new date or unblock them.</source>
        <translation>
            <numerusform>Étape de validation manquée&#xa0;: %1. Le client ne peut pas avancer tant que ses critères ne sont pas remplis&#xa0;; convenez d&apos;une nouvelle date ou levez les blocages.</numerusform>
            <numerusform>Étapes de validation manquées&#xa0;: %1. Le client ne peut pas avancer tant que leurs critères ne sont pas remplis&#xa0;; convenez d&apos;une nouvelle date ou levez les blocages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No workstreams yet.</source>
        <translation>Aucun chantier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A workstream without a customer owner counts as not started. Double-click a name or an owner to edit it.</source>
        <translation>Un chantier sans responsable client compte comme non démarré. Double-cliquez sur un nom ou un responsable pour le modifier.</translation>
    </message>
    <message>
        <source>%1 of %2 not started</source>
        <translation>%1 sur %2 non démarrés</translation>
    </message>
    <message>
        <source>All %1 started</source>
        <translation>Les %1 sont tous démarrés</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove workstream</source>
        <translation>Supprimer le chantier</translation>
    </message>
    <message>
        <source>New workstream</source>
        <translation>Nouveau chantier</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>Supprimé&#xa0;: %1. Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Baseline saved: slip is now measured against today&apos;s plan.</source>
        <translation>Référence enregistrée&#xa0;: le glissement est désormais mesuré par rapport au plan du jour.</translation>
    </message>
    <message>
        <source>The baseline already matches the plan.</source>
        <translation>La référence correspond déjà au plan.</translation>
    </message>
    <message>
        <source>Change holidays</source>
        <translation>Modifier les jours fériés</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template, as it will be offered for other customers:</source>
        <translation>Nom du modèle, tel qu&apos;il sera proposé pour d&apos;autres clients&#xa0;:</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Saved the plan as the template &quot;%1&quot;.</source>
        <translation>Plan enregistré comme modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Weekly status update: %1</source>
        <translation>Point d&apos;avancement hebdomadaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1, in the customer&apos;s language unless you choose another.</source>
        <translation>Au %1, dans la langue du client, sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>%1-plan</source>
        <translation>%1-plan</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossible d&apos;exporter l&apos;agenda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the calendar to %1.</source>
        <translation>Agenda enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Impossible d&apos;exporter le PDF</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exporter en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation>Impossible d&apos;exporter l&apos;image</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Csm::TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>SLA running out</source>
        <translation>SLA bientôt dépassé</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n jour)</numerusform>
            <numerusform>%1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (double-click to open)</source>
        <translation>%1&#xa0;: %2 (double-cliquez pour ouvrir)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>%1 lignes lues&#xa0;: %2 importées, %3 déjà présentes, %4 rejetées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>New rows</source>
        <translation>Nouvelles lignes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>Csm::UsageImporter</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row naming the columns</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête qui nomme les colonnes</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the required field “%2”</source>
        <translation>%1&#xa0;: aucune colonne n&apos;est choisie pour le champ obligatoire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the field “%2” is mapped to column %3, but the header has %4 columns</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est associé à la colonne %3, mais l&apos;en-tête n&apos;a que %4 colonnes</translation>
    </message>
    <message>
        <source>%1: the workspace cannot be opened (%2)</source>
        <translation>%1&#xa0;: l&apos;espace de travail ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <source>%1: not a workspace of this version of the application</source>
        <translation>%1&#xa0;: ce n&apos;est pas un espace de travail de cette version de l&apos;application</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s usage data is damaged (%2); nothing was imported</source>
        <translation>%1&#xa0;: les données d&apos;utilisation de l&apos;espace de travail sont endommagées (%2)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: the workspace could not be written (%2); nothing was imported</source>
        <translation>%1&#xa0;: l&apos;espace de travail n&apos;a pas pu être écrit (%2)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed</source>
        <translation>%1&#xa0;: l&apos;import a été annulé&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2</source>
        <translation>la ligne a %1 colonnes, l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>the field is longer than 1 MiB</source>
        <translation>le champ dépasse 1 Mio</translation>
    </message>
    <message>
        <source>missing e-mail</source>
        <translation>e-mail manquant</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>unknown role %1 (expected admin, end user or manager)</source>
        <translation>rôle inconnu %1 (valeurs attendues&#xa0;: admin, end user ou manager)</translation>
    </message>
    <message>
        <source>missing event</source>
        <translation>événement manquant</translation>
    </message>
    <message>
        <source>the event name is longer than 200 characters</source>
        <translation>le nom de l&apos;événement dépasse 200 caractères</translation>
    </message>
    <message>
        <source>the feature name is longer than 200 characters</source>
        <translation>le nom de la fonctionnalité dépasse 200 caractères</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>horodatage manquant</translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected e.g. 2026-01-05T09:12:00)</source>
        <translation>%1 n&apos;est pas une date et heure (format attendu, p. ex. 2026-01-05T09:12:00)</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>negative duration (%1 seconds)</source>
        <translation>durée négative (%1 secondes)</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <source>%1 is not a date (expected e.g. 2026-01-05)</source>
        <translation>%1 n&apos;est pas une date (format attendu, p. ex. 2026-01-05)</translation>
    </message>
    <message>
        <source>missing course</source>
        <translation>formation manquante</translation>
    </message>
    <message>
        <source>missing completion date</source>
        <translation>date d&apos;achèvement manquante</translation>
    </message>
    <message>
        <source>unknown role track %1 (expected admin, end user or manager)</source>
        <translation>parcours de rôle inconnu %1 (valeurs attendues&#xa0;: admin, end user ou manager)</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 n&apos;est ni «&#xa0;yes&#xa0;» ni «&#xa0;no&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the rejected rows could not be written (%2)</source>
        <translation>%1&#xa0;: les lignes rejetées n&apos;ont pas pu être écrites (%2)</translation>
    </message>
</context>
<context>
    <name>Csm::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation>L&apos;ARR ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The term must be at least one month.</source>
        <translation>La durée doit être d&apos;au moins un mois.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Utilisez un code de devise à trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>%1 cannot be before the signature date (%2).</source>
        <translation>%1 ne peut pas précéder la date de signature (%2).</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>This role belongs to our own team.</source>
        <translation>Ce rôle appartient à notre propre équipe.</translation>
    </message>
    <message>
        <source>This role belongs to the customer&apos;s team.</source>
        <translation>Ce rôle appartient à l&apos;équipe du client.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>La satisfaction est une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Likelihood to recommend is a score from 0 to 10.</source>
        <translation>La probabilité de recommandation est une note de 0 à 10.</translation>
    </message>
    <message>
        <source>The survey date is in the future.</source>
        <translation>La date de l&apos;enquête est dans le futur.</translation>
    </message>
</context>
<context>
    <name>Csm::ValueItem</name>
    <message>
        <source>Value delivered</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <source>Hours saved per month</source>
        <translation>Heures gagnées par mois</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Revenue impact per year</source>
        <translation>Impact sur le chiffre d&apos;affaires par an</translation>
    </message>
    <message>
        <source>Costs saved per year</source>
        <translation>Coûts économisés par an</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Csm::ValueReviewPage</name>
    <message>
        <source>Value review</source>
        <translation>Revue de valeur</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The day-30 value review, the day-90 executive business review or the graduation summary</source>
        <translation>La revue de valeur du jour 30, l&apos;executive business review (EBR) du jour 90 ou le bilan de graduation</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>The meeting date: the report&apos;s figures are as of this day</source>
        <translation>La date de la réunion&#xa0;: les chiffres du rapport sont arrêtés à ce jour</translation>
    </message>
    <message>
        <source>Save the report as a PDF for the meeting</source>
        <translation>Enregistrer le rapport en PDF pour la réunion</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>&amp;Meeting on:</source>
        <translation>&amp;Réunion le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Ra&amp;pport&#xa0;:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Choose what the customer sees. Your commentary is printed after the section it belongs to; it is kept with the customer for the next meeting.</source>
        <translation>Choisissez ce que le client voit. Votre commentaire est imprimé après la section à laquelle il se rapporte&#xa0;; il est conservé avec le client pour la prochaine réunion.</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <source>What the customer gained, in their numbers: hours saved a month at an hourly rate, and revenue or costs a year. Agree the figures with the customer before the meeting.</source>
        <translation>Ce que le client a gagné, dans ses propres chiffres&#xa0;: heures gagnées par mois à un taux horaire, et chiffre d&apos;affaires ou coûts par an. Validez les chiffres avec le client avant la réunion.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Add value delivered</source>
        <translation>Ajouter une valeur apportée</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément de valeur</numerusform>
            <numerusform>Supprimer %n éléments de valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>Your commentary on this section (optional), printed after it</source>
        <translation>Votre commentaire sur cette section (facultatif), imprimé après elle</translation>
    </message>
    <message>
        <source>Commentary on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>The cover is always part of the report</source>
        <translation>La couverture fait toujours partie du rapport</translation>
    </message>
    <message>
        <source>A word of introduction (optional), printed on the cover</source>
        <translation>Un mot d&apos;introduction (facultatif), imprimé sur la couverture</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>%1 · day %2 of the onboarding on the meeting date</source>
        <translation>%1 · jour %2 de l&apos;onboarding à la date de la réunion</translation>
    </message>
    <message>
        <source>Not in the report until a value is entered below.</source>
        <translation>Absent du rapport tant qu&apos;aucune valeur n&apos;est saisie ci-dessous.</translation>
    </message>
    <message>
        <source>Not in the report until the Expansion page has an opportunity.</source>
        <translation>Absent du rapport tant que la page Expansion ne contient aucune opportunité.</translation>
    </message>
    <message>
        <source>Not in the report until the Graduation page has a survey response.</source>
        <translation>Absent du rapport tant que la page Graduation ne contient aucune réponse à l&apos;enquête.</translation>
    </message>
    <message>
        <source>Not in the report until the hand-over on the Graduation page is started.</source>
        <translation>Absent du rapport tant que la passation sur la page Graduation n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>No value entered yet.</source>
        <translation>Aucune valeur saisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>About %1 a year: %2 hours saved a month, worth %3 a year; revenue %4 and costs %5 a year.</source>
        <translation>Environ %1 par an&#xa0;: %2 heures gagnées par mois, soit %3 par an&#xa0;; chiffre d&apos;affaires %4 et coûts %5 par an.</translation>
    </message>
    <message>
        <source>%1 - %2 %3.pdf</source>
        <translation>%1 - %2 %3.pdf</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Impossible de lancer l&apos;impression.</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Search the value items</source>
        <translation>Rechercher dans les éléments de valeur</translation>
    </message>
</context>
<context>
    <name>Csm::WaitingOn</name>
    <message>
        <source>Not waiting</source>
        <translation>Aucune attente</translation>
    </message>
    <message>
        <source>Customer IT</source>
        <translation>Informatique du client</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Revue de sécurité</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceDimension</name>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Zone géographique</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
</context>
<context>
    <name>Csm::WhitespaceMap</name>
    <message>
        <source>Whitespace map</source>
        <translation>Carte des opportunités</translation>
    </message>
    <message>
        <source>Expansion opportunities by division, geography and use case</source>
        <translation>Opportunités d&apos;expansion par division, zone géographique et cas d&apos;usage</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <source>Geographies</source>
        <translation>Zones géographiques</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>No division mapped yet</source>
        <translation>Aucune division cartographiée pour l&apos;instant</translation>
    </message>
    <message>
        <source>No geography mapped yet</source>
        <translation>Aucune zone géographique cartographiée pour l&apos;instant</translation>
    </message>
    <message>
        <source>No use case mapped yet</source>
        <translation>Aucun cas d&apos;usage cartographié pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1, %2 potential ARR</source>
        <translation>%1, ARR potentiel %2</translation>
    </message>
    <message>
        <source>Advocates: %1</source>
        <translation>Ambassadeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skeptics: %1</source>
        <translation>Sceptiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>%1 open · %2</source>
        <translation>Ouvertes&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Unnamed opportunity</source>
        <translation>Opportunité sans nom</translation>
    </message>
    <message>
        <source>Potential ARR:</source>
        <translation>ARR potentiel&#xa0;:</translation>
    </message>
    <message>
        <source>Advocates:</source>
        <translation>Ambassadeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Skeptics:</source>
        <translation>Sceptiques&#xa0;:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun nommé</translation>
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
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Potential ARR</source>
        <translation>ARR potentiel</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Défenseurs</translation>
    </message>
    <message>
        <source>Skeptics</source>
        <translation>Sceptiques</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Csm::Workspace</name>
    <message>
        <source>deleted customer %1</source>
        <translation>client supprimé %1</translation>
    </message>
    <message>
        <source>customer.id: &quot;%1&quot; (%2) is already in this workspace</source>
        <translation>customer.id&#xa0;: «&#xa0;%1&#xa0;» (%2) est déjà dans cet espace de travail</translation>
    </message>
    <message>
        <source>stakeholders[%1].id: %2 is already a stakeholder of %3</source>
        <translation>stakeholders[%1].id&#xa0;: %2 est déjà une partie prenante de %3</translation>
    </message>
    <message>
        <source>%1[%2].id: %3 already belongs to %4</source>
        <translation>%1[%2].id&#xa0;: %3 appartient déjà à %4</translation>
    </message>
    <message>
        <source>tombstones[%1].id: %2 is already recorded as deleted from %3</source>
        <translation>tombstones[%1].id&#xa0;: %2 est déjà enregistré comme supprimé de %3</translation>
    </message>
    <message>
        <source>The change could not be saved to &quot;%1&quot;: %2</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The customer could not be added to &quot;%1&quot;: %2</source>
        <translation>Le client n&apos;a pas pu être ajouté à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Csm::Workstream</name>
    <message>
        <source>Workstream</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Notre responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable client</translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamKind</name>
    <message>
        <source>Data migration</source>
        <translation>Migration des données</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Security and compliance</source>
        <translation>Sécurité et conformité</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Internal rollout</source>
        <translation>Déploiement interne</translation>
    </message>
    <message>
        <source>KPI tracking</source>
        <translation>Suivi des KPI</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Csm::WorkstreamTableModel</name>
    <message>
        <source>Workstream</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Notre responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>None: not started</source>
        <translation>Aucun&#xa0;: non démarré</translation>
    </message>
    <message>
        <source>Name the person on the customer&apos;s side who owns this workstream; until then it counts as not started.</source>
        <translation>Nommez la personne du côté client responsable de ce chantier&#xa0;; d&apos;ici là, il compte comme non démarré.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Not started: no customer owner named yet.</source>
        <translation>Non démarré&#xa0;: aucun responsable client désigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A task of this workstream is under way or done.</source>
        <translation>Une tâche de ce chantier est en cours ou terminée.</translation>
    </message>
    <message>
        <source>Not started: none of its tasks has started.</source>
        <translation>Non démarré&#xa0;: aucune de ses tâches n&apos;a commencé.</translation>
    </message>
    <message>
        <source>Ours</source>
        <comment>owner of a workstream on our side, as a short column header</comment>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>owner of a workstream on the customer&apos;s side, as a short column header</comment>
        <translation>Client</translation>
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
        <translation>L&apos;espace de travail hors ligne pour l&apos;onboarding des clients B2B.</translation>
    </message>
    <message>
        <source>Open the workspace file at &lt;path&gt; instead of the default.</source>
        <translation>Ouvrir le fichier d&apos;espace de travail &lt;path&gt; au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>Print start-up time and peak memory at the first paint, then quit (for benchmarks).</source>
        <translation>Afficher le temps de démarrage et le pic de mémoire au premier affichage, puis quitter (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>A shared onboarding file (.onboarding) to take back, or a JSON onboarding file to import.</source>
        <translation>Un fichier d&apos;onboarding partagé (.onboarding) à reprendre, ou un fichier d&apos;onboarding JSON à importer.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
</context>
</TS>
