// What the portfolio's rules read about one customer, gathered once: the onboarding file, the
// adoption metrics with the portfolio's thresholds, the workspace's business calendar and the
// day looked at. Alerts, health and the portfolio row all work from it.
#pragma once

#include "adoption/adoptionmetrics.h"
#include "domain/onboardingfile.h"
#include "portfoliosettings.h"
#include "timeline/businesscalendar.h"

#include <QDate>

namespace Csm {

class Workspace;

struct CustomerFacts
{
    OnboardingFile file;
    AdoptionMetrics adoption; // hasData false without usage data
    BusinessCalendar calendar;
    QDate today;

    const Customer &customer() const { return file.customer; }
    bool isGraduated() const
    {
        return file.customer.phase == Phase::Graduated ||
               (file.customer.graduationDate.isValid() && file.customer.graduationDate <= today);
    }
    // The kickoff has a date on or before today.
    bool kickoffHeld() const
    {
        return file.customer.kickoffDate.isValid() && file.customer.kickoffDate <= today;
    }
    bool isLive() const
    {
        return file.customer.goLiveDate.isValid() && file.customer.goLiveDate <= today;
    }
};

// The adoption inputs of the customer with the portfolio's thresholds (login rate flag,
// adoption target, silent stall).
void applyThresholds(AdoptionInputs &inputs, const PortfolioSettings &settings);

// Reads the customer's file and usage data from the workspace. An unknown customer gives
// empty facts.
CustomerFacts gatherFacts(const Workspace &workspace, const CustomerId &customer,
                          const PortfolioSettings &settings, const QDate &today);
// The same with the customer's usage rollups already read (see Workspace::allUsageRollups).
CustomerFacts gatherFacts(const Workspace &workspace, const CustomerId &customer,
                          const PortfolioSettings &settings, const QDate &today,
                          const UsageRollups &usage);

} // namespace Csm
