// Inline validation of what the user types: required fields, e-mail format, date order.
#pragma once

#include "domain/customer.h"
#include "domain/stakeholder.h"

#include <QList>
#include <QString>

namespace Csm {

struct CustomerProblem
{
    CustomerField field;
    QString message;
};

struct StakeholderProblem
{
    StakeholderField field;
    QString message;
};

QList<CustomerProblem> validateCustomer(const Customer &customer);
QList<StakeholderProblem> validateStakeholder(const Stakeholder &stakeholder);

} // namespace Csm
