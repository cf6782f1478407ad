// Hand-made customers for the portfolio tests: a healthy onboarding that raises no alert, to
// be changed one fact at a time, and usage data built in memory.
#pragma once

#include "testsupport.h"

#include "portfolio/customerfacts.h"
#include "portfolio/portfoliosettings.h"

#include <QDate>
#include <QString>

namespace Csm::Test {

struct PortfolioFixture
{
    // A Wednesday; the Monday of the week before is 2026-03-02.
    static QDate today() { return QDate(2026, 3, 11); }

    static RecordMeta metaOn(const QDate &day)
    {
        RecordMeta meta;
        meta.createdAt = QDateTime(day, QTime(9, 0), Qt::UTC);
        meta.createdBy = QStringLiteral("Casey Tester");
        meta.modifiedAt = meta.createdAt;
        meta.modifiedBy = meta.createdBy;
        return meta;
    }

    static Stakeholder person(const Customer &c, const char *name, StakeholderRole role,
                              Side side = Side::Customer)
    {
        Stakeholder s;
        s.id = StakeholderId::create();
        s.customerId = c.id;
        s.name = QString::fromUtf8(name);
        s.side = side;
        s.role = role;
        s.lastContact = today().addDays(-2);
        s.meta = metaOn(c.signatureDate);
        return s;
    }

    static PlanTask task(const Customer &c, const char *name, const QDate &finish,
                         TaskStatus status = TaskStatus::InProgress)
    {
        PlanTask t;
        t.id = TaskId::create();
        t.customerId = c.id;
        t.name = QString::fromUtf8(name);
        t.start = finish.addDays(-3);
        t.finish = finish;
        t.status = status;
        t.meta = metaOn(today().addDays(-1));
        return t;
    }

    // Signed on 2026-02-02, kickoff held on the 5th, a sponsor and a champion, a confirmed
    // objective with a reading, a plan changed yesterday with nothing overdue, not live yet.
    static OnboardingFile healthy()
    {
        OnboardingFile file;
        Customer &c = file.customer;
        c.id = CustomerId::create();
        c.accountName = QStringLiteral("Healthy Co");
        c.tier = Tier::HighTouch;
        c.phase = Phase::Implementation;
        c.signatureDate = QDate(2026, 2, 2);
        c.kickoffDate = QDate(2026, 2, 5);
        c.csmOwner = QStringLiteral("Casey Morgan");
        c.meta = metaOn(c.signatureDate);
        file.stakeholders = {person(c, "Dana Lee", StakeholderRole::ExecutiveSponsor),
                             person(c, "Sam Park", StakeholderRole::Champion)};

        Objective objective;
        objective.id = ObjectiveId::create();
        objective.customerId = c.id;
        objective.metric = QStringLiteral("reports per week");
        objective.baseline = 5;
        objective.target = 10;
        objective.targetDate = today().addDays(60);
        objective.confirmedAtKickoff = true;
        objective.meta = metaOn(c.kickoffDate);
        file.objectives.append(objective);
        Measurement m;
        m.id = MeasurementId::create();
        m.customerId = c.id;
        m.objectiveId = objective.id;
        m.date = today().addDays(-7);
        m.value = 7;
        m.meta = objective.meta;
        file.measurements.append(m);

        file.tasks = {task(c, "Kickoff done", QDate(2026, 2, 5), TaskStatus::Done),
                      task(c, "Configure SSO", today().addDays(5))};
        return file;
    }

    // Usage data: `users` users on the roster; the first `loggedIn` of them active every day
    // from `from` to `to` (both included).
    static UsageRollups usage(int users, int loggedIn, const QDate &from, const QDate &to)
    {
        UsageRollups r;
        for (int i = 0; i < users; ++i) {
            UsageRollups::User user;
            user.email = QStringLiteral("user%1@example.com").arg(i);
            user.role = QStringLiteral("end_user");
            user.inRoster = true;
            r.users.append(user);
        }
        r.events = {QStringLiteral("login")};
        for (int i = 0; i < loggedIn; ++i) {
            for (QDate d = from; d <= to; d = d.addDays(1))
                r.userDays.append({i, d, 3, 600});
        }
        return r;
    }

    // The facts the rules see for `file` as of `day`, with `rollups` as its usage data.
    static CustomerFacts facts(const OnboardingFile &file, const QDate &day = today(),
                               const UsageRollups &rollups = {},
                               const PortfolioSettings &settings = {},
                               const QList<QDate> &holidays = {})
    {
        CustomerFacts f;
        f.file = file;
        f.today = day;
        f.calendar = BusinessCalendar(holidays);
        AdoptionInputs inputs;
        inputs.asOf = day;
        inputs.from = day.addDays(-89);
        inputs.to = day;
        inputs.licensedSeats = int(file.customer.licensedSeats);
        inputs.activationEvent = file.customer.activationEvent;
        inputs.goLive = file.customer.goLiveDate;
        inputs.graduated = file.customer.phase == Phase::Graduated;
        applyThresholds(inputs, settings);
        f.adoption = computeAdoptionMetrics(rollups, inputs);
        return f;
    }
};

} // namespace Csm::Test
