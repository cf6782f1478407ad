// Asks for what a new customer needs on day 0: account, ARR, tier, signature date, owners.
#pragma once

#include "domain/onboardingfile.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Csm {

class Workspace;

class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCustomerDialog(Workspace *workspace, QWidget *parent = nullptr);

    // The new customer's file, stamped as created now by the workspace's author.
    OnboardingFile onboardingFile() const;

    QLineEdit *accountField() const { return m_account; }
    QSpinBox *arrField() const { return m_arr; }
    QComboBox *tierField() const { return m_tier; }

private:
    void updateTierFromArr();
    void validate();

    Workspace *m_workspace;
    QLineEdit *m_account;
    QLineEdit *m_industry;
    QSpinBox *m_arr;
    QLineEdit *m_currency;
    QComboBox *m_tier;
    QDateEdit *m_signature;
    QLineEdit *m_accountExecutive;
    QLineEdit *m_csmOwner;
    QLineEdit *m_implementationOwner;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_tierChosen = false;
};

} // namespace Csm
