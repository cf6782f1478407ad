#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Csm {

namespace {
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Validation)
};
} // namespace

QList<CustomerProblem> validateCustomer(const Customer &customer)
{
    QList<CustomerProblem> problems;
    auto required = [&](CustomerField field, bool present) {
        if (!present)
            problems.append(
                {field, ValidationText::tr("%1 is required.").arg(customerFieldLabel(field))});
    };
    required(CustomerField::AccountName, !customer.accountName.trimmed().isEmpty());
    required(CustomerField::SignatureDate, customer.signatureDate.isValid());
    required(CustomerField::CsmOwner, !customer.csmOwner.trimmed().isEmpty());
    if (customer.arr < 0)
        problems.append({CustomerField::Arr, ValidationText::tr("ARR cannot be negative.")});
    if (customer.termMonths < 1)
        problems.append({CustomerField::TermMonths,
                         ValidationText::tr("The term must be at least one month.")});
    if (customer.currency.size() != 3)
        problems.append(
            {CustomerField::Currency,
             ValidationText::tr("Use a three-letter currency code such as EUR or USD.")});

    if (customer.signatureDate.isValid()) {
        const QString signature = QLocale().toString(customer.signatureDate, QLocale::ShortFormat);
        for (CustomerField field :
             {CustomerField::HandoffMeetingDate, CustomerField::IntroEmailSentDate,
              CustomerField::KickoffDate, CustomerField::GoLiveDate, CustomerField::FirstValueDate,
              CustomerField::GraduationDate, CustomerField::RenewalDate}) {
            const QDate date = customerValue(customer, field).toDate();
            if (date.isValid() && date < customer.signatureDate)
                problems.append(
                    {field, ValidationText::tr("%1 cannot be before the signature date (%2).")
                                .arg(customerFieldLabel(field), signature)});
        }
    }
    return problems;
}

QList<StakeholderProblem> validateStakeholder(const Stakeholder &stakeholder)
{
    QList<StakeholderProblem> problems;
    if (stakeholder.name.trimmed().isEmpty())
        problems.append({StakeholderField::Name, ValidationText::tr("Name is required.")});
    if (!stakeholder.email.isEmpty() && !isValidEmail(stakeholder.email))
        problems.append(
            {StakeholderField::Email,
             ValidationText::tr("\"%1\" is not a valid e-mail address.").arg(stakeholder.email)});
    if (stakeholder.side == Side::Customer && isVendorRole(stakeholder.role))
        problems.append(
            {StakeholderField::Role, ValidationText::tr("This role belongs to our own team.")});
    if (stakeholder.side == Side::Vendor && !isVendorRole(stakeholder.role))
        problems.append({StakeholderField::Role,
                         ValidationText::tr("This role belongs to the customer's team.")});
    return problems;
}

} // namespace Csm
