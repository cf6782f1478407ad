#include "newcustomerdialog.h"

#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Csm {

NewCustomerDialog::NewCustomerDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_account(new QLineEdit)
    , m_industry(new QLineEdit)
    , m_arr(new QSpinBox)
    , m_currency(new QLineEdit(workspace->settings().defaultCurrency))
    , m_tier(new QComboBox)
    , m_signature(new QDateEdit(workspace->today()))
    , m_accountExecutive(new QLineEdit)
    , m_csmOwner(new QLineEdit(workspace->author()))
    , m_implementationOwner(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New customer"));
    m_account->setPlaceholderText(tr("Company name as on the contract"));
    m_arr->setRange(0, 2000000000);
    m_arr->setSingleStep(1000);
    m_arr->setGroupSeparatorShown(true);
    m_currency->setMaxLength(3);
    for (int i = 0; i < enumCount<Tier>(); ++i)
        m_tier->addItem(enumDisplayName(Tier(i)), i);
    m_signature->setCalendarPopup(true);
    m_signature->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create customer"));

    auto *form = new QFormLayout;
    form->addRow(tr("Account name *"), m_account);
    form->addRow(tr("Industry"), m_industry);
    auto *money = new QHBoxLayout;
    money->addWidget(m_arr, 1);
    money->addWidget(m_currency);
    m_currency->setMaximumWidth(60);
    // The row's label names the pair, which no screen reader can tell apart.
    m_arr->setAccessibleName(tr("ARR"));
    m_currency->setAccessibleName(tr("Currency"));
    form->addRow(tr("ARR"), money);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Signature date"), m_signature);
    form->addRow(tr("Account executive"), m_accountExecutive);
    form->addRow(tr("CSM owner *"), m_csmOwner);
    form->addRow(tr("Implementation owner"), m_implementationOwner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_arr, &QSpinBox::valueChanged, this, &NewCustomerDialog::updateTierFromArr);
    connect(m_tier, &QComboBox::activated, this, [this] { m_tierChosen = true; });
    connect(m_account, &QLineEdit::textChanged, this, &NewCustomerDialog::validate);
    connect(m_csmOwner, &QLineEdit::textChanged, this, &NewCustomerDialog::validate);
    connect(m_currency, &QLineEdit::textChanged, this, &NewCustomerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTierFromArr();
    validate();
}

void NewCustomerDialog::updateTierFromArr()
{
    // The tier follows ARR until the user picks one.
    if (m_tierChosen)
        return;
    const WorkspaceSettings &settings = m_workspace->settings();
    const Tier tier =
        tierForArr(m_arr->value(), settings.highTouchArrAbove, settings.hybridArrFrom);
    m_tier->setCurrentIndex(m_tier->findData(int(tier)));
}

void NewCustomerDialog::validate()
{
    QString problem;
    if (m_account->text().trimmed().isEmpty())
        problem = tr("Enter the account name.");
    else if (m_workspace->findCustomer(m_account->text().trimmed()))
        problem = tr("A customer with this name is already in the workspace.");
    else if (m_csmOwner->text().trimmed().isEmpty())
        problem = tr("Name the CSM who owns this onboarding.");
    else if (m_currency->text().trimmed().size() != 3)
        problem = tr("Use a three-letter currency code such as EUR or USD.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

OnboardingFile NewCustomerDialog::onboardingFile() const
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = m_account->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.arr = m_arr->value();
    c.currency = m_currency->text().trimmed().toUpper();
    c.tier = Tier(m_tier->currentData().toInt());
    c.signatureDate = m_signature->date();
    c.renewalDate = c.signatureDate.addMonths(int(c.termMonths));
    c.accountExecutive = m_accountExecutive->text().trimmed();
    c.csmOwner = m_csmOwner->text().trimmed();
    c.implementationOwner = m_implementationOwner->text().trimmed();
    c.meta = m_workspace->newMeta();
    return file;
}

} // namespace Csm
