#pragma once

#include "changefield.h"
#include "commandids.h"
#include "domain/customer.h"

namespace Csm {

struct CustomerFieldChange
{
    using Record = Customer;
    using Id = CustomerId;
    using Field = CustomerField;
    static constexpr int MergeId = CommandId::ChangeCustomerField;

    static const Customer *find(const Workspace &ws, const CustomerId &id)
    {
        return ws.customer(id);
    }
    static bool update(Workspace &ws, const Customer &c) { return ws.updateCustomer(c); }
    static void set(Customer &c, CustomerField f, const QVariant &v) { setCustomerValue(c, f, v); }
    static QString label(CustomerField f) { return customerFieldLabel(f); }
    static QString name(const Workspace &, const Customer &c) { return c.accountName; }
};

// Changes one field of a customer; see ChangeField.
using ChangeCustomerField = ChangeField<CustomerFieldChange>;

} // namespace Csm
