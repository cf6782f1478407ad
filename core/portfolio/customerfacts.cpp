#include "customerfacts.h"

#include "commands/timelinecommands.h"
#include "workspace/workspace.h"

namespace Csm {

void applyThresholds(AdoptionInputs &inputs, const PortfolioSettings &settings)
{
    inputs.loginRateFlag = settings.loginRateFlag;
    inputs.loginRateAfterDays = settings.loginRateAfterDays;
    inputs.adoptionTarget = settings.adoptionTarget;
    inputs.adoptionAfterDays = settings.adoptionAfterDays;
    inputs.silentStallDays = settings.silentStallDays;
}

CustomerFacts gatherFacts(const Workspace &workspace, const CustomerId &customer,
                          const PortfolioSettings &settings, const QDate &today)
{
    return gatherFacts(workspace, customer, settings, today, workspace.usageRollups(customer));
}

CustomerFacts gatherFacts(const Workspace &workspace, const CustomerId &customer,
                          const PortfolioSettings &settings, const QDate &today,
                          const UsageRollups &usage)
{
    CustomerFacts facts;
    facts.today = today;
    facts.calendar = workspaceCalendar(workspace);
    if (!workspace.customer(customer))
        return facts;
    facts.file = workspace.onboardingFile(customer);
    AdoptionInputs inputs = workspace.adoptionInputs(customer, today);
    applyThresholds(inputs, settings);
    facts.adoption = computeAdoptionMetrics(usage, inputs);
    return facts;
}

} // namespace Csm
