// A hand-made portfolio for the report tests: one customer with a success plan, a sponsor and
// actions, and three others that only count towards the portfolio's time to first value.
#pragma once

#include "testsupport.h"

#include "domain/onboardingfile.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QString>

namespace Csm::Test {

struct ReportFixture
{
    static QDate signature() { return QDate(2026, 1, 5); }
    static QDate asOf() { return signature().addDays(30); }

    // Meta created on `day`, so progress projections start there.
    static RecordMeta metaOn(const QDate &day)
    {
        RecordMeta meta;
        meta.createdAt = QDateTime(day, QTime(9, 0), Qt::UTC);
        meta.createdBy = QStringLiteral("Casey Tester");
        meta.modifiedAt = meta.createdAt;
        meta.modifiedBy = meta.createdBy;
        return meta;
    }

    // The main customer: first value on day 24, one rising and one falling objective, a
    // goal for next quarter, an open and a done action.
    static OnboardingFile acme(const QString &name = QStringLiteral("Acme Freight"))
    {
        OnboardingFile file;
        Customer &c = file.customer;
        c.id = CustomerId::create();
        c.accountName = name;
        c.tier = Tier::HighTouch;
        c.signatureDate = signature();
        c.kickoffDate = signature().addDays(3);
        c.firstValueDate = signature().addDays(24);
        c.csmOwner = QStringLiteral("Casey Morgan");
        c.meta = metaOn(signature());

        Stakeholder sponsor;
        sponsor.id = StakeholderId::create();
        sponsor.customerId = c.id;
        sponsor.name = QStringLiteral("Dana Lee");
        sponsor.title = QStringLiteral("COO");
        sponsor.side = Side::Customer;
        sponsor.role = StakeholderRole::ExecutiveSponsor;
        sponsor.meta = c.meta;
        file.stakeholders.append(sponsor);

        Outcome outcome;
        outcome.id = OutcomeId::create();
        outcome.customerId = c.id;
        outcome.title = QStringLiteral("Faster reporting");
        outcome.meta = c.meta;
        file.outcomes.append(outcome);

        Objective shared;
        shared.id = ObjectiveId::create();
        shared.customerId = c.id;
        shared.outcomeId = outcome.id;
        shared.metric = QStringLiteral("reports shared per week");
        shared.unit = QStringLiteral("reports");
        shared.baseline = 5;
        shared.target = 10;
        shared.targetDate = signature().addDays(56);
        shared.meta = c.meta;
        file.objectives.append(shared);

        Objective hours;
        hours.id = ObjectiveId::create();
        hours.customerId = c.id;
        hours.outcomeId = outcome.id;
        hours.metric = QStringLiteral("admin time");
        hours.unit = QStringLiteral("h");
        hours.baseline = 8;
        hours.target = 2;
        hours.targetDate = signature().addDays(21);
        hours.meta = c.meta;
        hours.meta.createdAt = hours.meta.createdAt.addSecs(60); // listed second
        file.objectives.append(hours);

        auto measure = [&](const Objective &o, int day, double value) {
            Measurement m;
            m.id = MeasurementId::create();
            m.customerId = c.id;
            m.objectiveId = o.id;
            m.date = signature().addDays(day);
            m.value = value;
            m.meta = c.meta;
            file.measurements.append(m);
        };
        measure(shared, 14, 6);
        measure(shared, 28, 7.5);
        measure(hours, 10, 6);
        measure(hours, 20, 3.25);

        ActionItem open;
        open.id = ActionId::create();
        open.customerId = c.id;
        open.task = QStringLiteral("Send the rollout plan to the regional managers");
        open.owner = QStringLiteral("Dana Lee");
        open.dueDate = asOf().addDays(7);
        open.meta = c.meta;
        file.actions.append(open);
        ActionItem done = open;
        done.id = ActionId::create();
        done.task = QStringLiteral("Share the SSO metadata");
        done.status = ActionStatus::Done;
        file.actions.append(done);
        return file;
    }

    // A customer with nothing but a name and a first value `days` after signature.
    static OnboardingFile other(const QString &name, int days)
    {
        OnboardingFile file;
        file.customer.id = CustomerId::create();
        file.customer.accountName = name;
        file.customer.signatureDate = signature().addDays(-60);
        if (days >= 0)
            file.customer.firstValueDate = file.customer.signatureDate.addDays(days);
        file.customer.meta = metaOn(signature());
        return file;
    }
};

} // namespace Csm::Test
