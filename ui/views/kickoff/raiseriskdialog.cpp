#include "raiseriskdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Csm {

namespace {

QComboBox *levelCombo()
{
    auto *combo = new QComboBox;
    for (int i = 0; i < enumCount<RiskLevel>(); ++i)
        combo->addItem(enumDisplayName(RiskLevel(i)), i);
    combo->setCurrentIndex(int(RiskLevel::Medium));
    return combo;
}

} // namespace

RaiseRiskDialog::RaiseRiskDialog(const QStringList &owners, QWidget *parent)
    : QDialog(parent)
    , m_risk(new QLineEdit)
    , m_likelihood(levelCombo())
    , m_impact(levelCombo())
    , m_owner(new QComboBox)
    , m_mitigation(new QPlainTextEdit)
    , m_trigger(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Raise a risk"));
    m_risk->setObjectName(QStringLiteral("risk"));
    m_risk->setPlaceholderText(tr("What could derail this?"));
    m_owner->setEditable(true);
    m_owner->addItem(QString());
    m_owner->addItems(owners);
    m_owner->lineEdit()->setPlaceholderText(tr("Who watches it"));
    m_mitigation->setTabChangesFocus(true);
    m_mitigation->setPlaceholderText(tr("What we do to keep it from happening"));
    m_mitigation->setFixedHeight(m_mitigation->fontMetrics().lineSpacing() * 3 + 14);
    m_trigger->setPlaceholderText(tr("When it escalates, e.g. no IT admin by day 10"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Raise risk"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(recordFieldLabel<Risk>(RiskField::Risk) + QStringLiteral(" *"), m_risk);
    form->addRow(recordFieldLabel<Risk>(RiskField::Likelihood), m_likelihood);
    form->addRow(recordFieldLabel<Risk>(RiskField::Impact), m_impact);
    form->addRow(recordFieldLabel<Risk>(RiskField::Owner), m_owner);
    form->addRow(recordFieldLabel<Risk>(RiskField::Mitigation), m_mitigation);
    form->addRow(recordFieldLabel<Risk>(RiskField::Trigger), m_trigger);

    auto *hint = new QLabel(tr("It also appears in the risk log."));
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_risk, &QLineEdit::textChanged, this, &RaiseRiskDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Risk RaiseRiskDialog::risk() const
{
    Risk risk;
    risk.risk = m_risk->text().trimmed();
    risk.likelihood = RiskLevel(m_likelihood->currentData().toInt());
    risk.impact = RiskLevel(m_impact->currentData().toInt());
    risk.owner = m_owner->currentText().trimmed();
    risk.mitigation = m_mitigation->toPlainText().trimmed();
    risk.trigger = m_trigger->text().trimmed();
    risk.raisedAtKickoff = true;
    return risk;
}

void RaiseRiskDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_risk->text().trimmed().isEmpty());
}

} // namespace Csm
