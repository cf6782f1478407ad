#include "handoffcompleteness.h"

#include <QCoreApplication>

#include <algorithm>

namespace Csm {

namespace {
struct HandoffText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Handoff)
};
} // namespace

int HandoffCompleteness::doneCount() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const HandoffItem &i) { return i.done; }));
}

int HandoffCompleteness::percent() const
{
    return items.isEmpty() ? 100 : doneCount() * 100 / int(items.size());
}

QStringList HandoffCompleteness::missing() const
{
    QStringList result;
    for (const HandoffItem &item : items) {
        if (!item.done)
            result.append(item.label);
    }
    return result;
}

HandoffCompleteness assessHandoff(const Customer &customer, const QList<Stakeholder> &stakeholders)
{
    auto filled = [](const QString &text) { return !text.trimmed().isEmpty(); };
    auto hasRole = [&](StakeholderRole role) {
        return std::any_of(stakeholders.cbegin(), stakeholders.cend(), [&](const Stakeholder &s) {
            return s.side == Side::Customer && s.role == role && filled(s.name);
        });
    };

    HandoffCompleteness result;
    auto add = [&](const QString &label, bool done) { result.items.append({label, done}); };
    add(customerFieldLabel(CustomerField::PrimaryUseCase), filled(customer.primaryUseCase));
    add(customerFieldLabel(CustomerField::SuccessMetrics), filled(customer.successMetrics));
    // The executive sponsor owns the budget, so naming one also names the decision maker.
    add(HandoffText::tr("Decision maker named"),
        hasRole(StakeholderRole::DecisionMaker) || hasRole(StakeholderRole::ExecutiveSponsor));
    add(HandoffText::tr("Champion named"), hasRole(StakeholderRole::Champion));
    add(HandoffText::tr("Day-to-day admin named"),
        hasRole(StakeholderRole::AdminOwner) || hasRole(StakeholderRole::ProjectLead));
    add(customerFieldLabel(CustomerField::PainPoints), filled(customer.painPoints));
    add(customerFieldLabel(CustomerField::ReasonForChoice), filled(customer.reasonForChoice));
    add(customerFieldLabel(CustomerField::RedFlags), filled(customer.redFlags));
    add(customerFieldLabel(CustomerField::CommunicationChannel),
        filled(customer.communicationChannel));
    add(customerFieldLabel(CustomerField::PromisesMade), filled(customer.promisesMade));
    add(HandoffText::tr("CSM owner assigned"), filled(customer.csmOwner));
    add(HandoffText::tr("Handoff meeting held"), customer.handoffMeetingDate.isValid());
    add(HandoffText::tr("Introduction e-mail sent"), customer.introEmailSentDate.isValid());
    return result;
}

} // namespace Csm
