// Binds editors to the fields of the selected customer: builds an editor per field, pushes an
// undo command on every edit, refreshes the editors from the workspace's change signals and
// shows validation problems under the fields. Pages compose their forms from it.
#pragma once

#include "domain/customer.h"

#include <QHash>
#include <QObject>

#include <initializer_list>

class QGroupBox;
class QLabel;
class QWidget;

namespace Csm {

class Workspace;

class CustomerForm : public QObject
{
    Q_OBJECT

public:
    explicit CustomerForm(Workspace *workspace, QObject *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // An editor for `field` with its error label below, bound to the customer.
    QWidget *createRow(CustomerField field);
    // A titled group with one labelled row per field (required fields marked with *).
    QGroupBox *createGroup(const QString &title, std::initializer_list<CustomerField> fields);
    // Binds an editor made elsewhere (a Markdown editor, say) to `field`.
    void bind(CustomerField field, QWidget *editor, QLabel *error = nullptr);

    QWidget *editor(CustomerField field) const;
    QLabel *errorLabel(CustomerField field) const;

    static bool isRequired(CustomerField field);

Q_SIGNALS:
    // The customer changed (or another one was selected) and the editors show it.
    void refreshed();

private:
    struct Binding
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *createEditor(CustomerField field);
    void edit(CustomerField field, const QVariant &value);
    void refresh();
    void refreshEditor(CustomerField field, const Customer &customer);

    Workspace *m_workspace;
    CustomerId m_customer;
    QHash<int, Binding> m_bindings; // by CustomerField
    bool m_refreshing = false;
};

} // namespace Csm
