// csmw list: the customers of a workspace, as a table or as JSON for scripts.
#include "command.h"
#include "console.h"
#include "workspaceaccess.h"

#include "successplan/qualification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Csm::Cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("json")},
                              CliText::tr("Print a JSON array instead of a table."));
}

// By account name, then id, so the output does not depend on the order customers were added.
QList<const Customer *> sortedCustomers(const Workspace &workspace)
{
    QList<const Customer *> customers;
    for (const CustomerId &id : workspace.customerIds())
        customers.append(workspace.customer(id));
    std::sort(customers.begin(), customers.end(), [](const Customer *a, const Customer *b) {
        const int byName = a->accountName.compare(b->accountName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->id < b->id;
    });
    return customers;
}

// The status the application shows: the stored one after the qualification rule.
Status shownStatus(const Workspace &workspace, const Customer &customer)
{
    return effectiveStatus(customer, workspace.stakeholders(customer.id)).status;
}

QByteArray customersAsJson(const QList<const Customer *> &customers, const Workspace &workspace)
{
    const QDate today = workspace.today();
    QJsonArray array;
    for (const Customer *customer : customers) {
        const bool hasSignature = customer->signatureDate.isValid();
        QJsonObject object;
        object.insert(QLatin1String("id"), customer->id.toString());
        object.insert(QLatin1String("account_name"), customer->accountName);
        object.insert(QLatin1String("phase"), enumKey(customer->phase));
        object.insert(QLatin1String("status"), enumKey(shownStatus(workspace, *customer)));
        object.insert(QLatin1String("tier"), enumKey(customer->tier));
        object.insert(QLatin1String("arr"), customer->arr);
        object.insert(QLatin1String("currency"), customer->currency);
        object.insert(QLatin1String("signature_date"),
                      hasSignature ? QJsonValue(customer->signatureDate.toString(Qt::ISODate))
                                   : QJsonValue());
        object.insert(QLatin1String("days_since_signature"),
                      hasSignature ? QJsonValue(customer->daysSinceSignature(today))
                                   : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString customersAsTable(const QList<const Customer *> &customers, const Workspace &workspace)
{
    const QDate today = workspace.today();
    QList<QStringList> rows{{CliText::tr("Account"), CliText::tr("Phase"), CliText::tr("Status"),
                             CliText::tr("Tier"), CliText::tr("Days"), CliText::tr("Id")}};
    for (const Customer *customer : customers) {
        rows.append({customer->accountName, enumDisplayName(customer->phase),
                     enumDisplayName(shownStatus(workspace, *customer)),
                     enumDisplayName(customer->tier),
                     customer->signatureDate.isValid()
                         ? QString::number(customer->daysSinceSignature(today))
                         : QStringLiteral("-"),
                     customer->id.toString()});
    }
    return alignedTable(rows, {4});
}

int runList(const Invocation &invocation)
{
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const QList<const Customer *> customers = sortedCustomers(*workspace);
    if (invocation.parser->isSet(jsonOption())) {
        writeOut(customersAsJson(customers, *workspace));
    } else if (customers.isEmpty()) {
        printOut(CliText::tr("No customers in %1 yet.").arg(displayPath(workspace->path())) +
                 QLatin1Char('\n'));
    } else {
        printOut(customersAsTable(customers, *workspace));
    }
    return Success;
}

} // namespace

Command listCommand()
{
    Command command;
    command.name = QStringLiteral("list");
    command.summary = CliText::tr("List the customers: phase, status, tier, days since signature.");
    command.description = CliText::tr(
        "Lists the customers of the workspace by account name, one a line: account name, "
        "phase, status, tier, days since the contract was signed, and id. With --json, "
        "prints a JSON array of objects with the keys id, account_name, phase, status, "
        "tier, arr, currency, signature_date and days_since_signature; phase, status and "
        "tier are given by their keys, as in the onboarding file format.");
    command.options = {jsonOption()};
    command.run = runList;
    return command;
}

} // namespace Csm::Cli
