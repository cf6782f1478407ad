#include "qualification.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Csm {

namespace {

struct QualificationText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Qualification)
};

QualificationState fromAnswer(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QualificationState::Met;
    case Answer::No:
        return QualificationState::NotMet;
    case Answer::Unknown:
        break;
    }
    return QualificationState::NotYetKnown;
}

} // namespace

QString qualificationStateName(QualificationState state)
{
    switch (state) {
    case QualificationState::Met:
        return QualificationText::tr("Met");
    case QualificationState::NotMet:
        return QualificationText::tr("Not met");
    case QualificationState::NotYetKnown:
        break;
    }
    return QualificationText::tr("Not yet known");
}

QList<QualificationItem> assessQualification(const Customer &customer,
                                             const QList<Stakeholder> &stakeholders)
{
    QList<QualificationItem> items;

    QualificationItem decisionMaker{QualificationCheck::DecisionMakerAvailable,
                                    fromAnswer(customer.decisionMakerAvailable),
                                    QualificationText::tr("Decision maker available"),
                                    {}};
    if (decisionMaker.state == QualificationState::NotMet)
        decisionMaker.unmetReason = QualificationText::tr("no decision maker available");
    items.append(decisionMaker);

    QualificationItem resources{QualificationCheck::ResourcesCommitted,
                                fromAnswer(customer.resourcesCommitted),
                                QualificationText::tr("Customer resources committed"),
                                {}};
    if (resources.state == QualificationState::NotMet) {
        resources.unmetReason = QualificationText::tr("no customer resources committed");
    } else if (resources.state == QualificationState::Met) {
        const bool hasRole = !customer.resourcesRole.trimmed().isEmpty();
        const bool hasHours = customer.resourcesHoursPerWeek > 0;
        if (!hasRole || !hasHours) {
            resources.state = QualificationState::NotMet;
            resources.unmetReason =
                !hasRole && !hasHours
                    ? QualificationText::tr(
                          "customer resources committed without a role or hours per week")
                : !hasRole
                    ? QualificationText::tr("customer resources committed without a role")
                    : QualificationText::tr("customer resources committed without hours per week");
        }
    }
    items.append(resources);

    const bool sponsorNamed =
        std::any_of(stakeholders.cbegin(), stakeholders.cend(), [](const Stakeholder &s) {
            return s.side == Side::Customer && s.role == StakeholderRole::ExecutiveSponsor &&
                   !s.name.trimmed().isEmpty();
        });
    QualificationItem sponsor{QualificationCheck::ExecutiveSponsorNamed,
                              QualificationState::NotYetKnown,
                              QualificationText::tr("Executive sponsor named"),
                              {}};
    if (sponsorNamed) {
        sponsor.state = QualificationState::Met;
    } else if (customer.phase > Phase::Transition) {
        sponsor.state = QualificationState::NotMet;
        sponsor.unmetReason = QualificationText::tr("no executive sponsor named");
    }
    items.append(sponsor);
    return items;
}

EffectiveStatus effectiveStatus(const Customer &customer, const QList<Stakeholder> &stakeholders)
{
    QStringList unmet;
    for (const QualificationItem &item : assessQualification(customer, stakeholders)) {
        if (item.state == QualificationState::NotMet)
            unmet.append(item.unmetReason);
    }

    EffectiveStatus result{customer.status, customer.statusReason, false};
    if (unmet.isEmpty())
        return result;

    result.qualificationUnmet = true;
    const QString qualification =
        QualificationText::tr("Qualification: %1").arg(unmet.join(QLatin1String("; ")));
    const QString stored = customer.statusReason.trimmed();
    switch (customer.status) {
    case Status::OnTrack:
        result.status = Status::AtRisk;
        result.reason = qualification;
        break;
    case Status::AtRisk:
        result.reason = stored.isEmpty() ? qualification : qualification + u'\n' + stored;
        break;
    case Status::Stalled:
    case Status::Paused:
        result.reason = stored.isEmpty() ? qualification : stored + u'\n' + qualification;
        break;
    }
    return result;
}

} // namespace Csm
