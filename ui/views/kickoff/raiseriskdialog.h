// Asks "what could derail this?" at the kickoff: the risk, how likely and how bad, who owns
// it and what is done about it.
#pragma once

#include "domain/governance.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Csm {

class RaiseRiskDialog : public QDialog
{
    Q_OBJECT

public:
    // `owners`: names to offer as owner (the stakeholders of both sides).
    explicit RaiseRiskDialog(const QStringList &owners, QWidget *parent = nullptr);

    // The risk as entered, raised at the kickoff; id, customer and stamps are left empty.
    Risk risk() const;

    QLineEdit *riskField() const { return m_risk; }
    QComboBox *likelihoodField() const { return m_likelihood; }
    QComboBox *impactField() const { return m_impact; }
    QComboBox *ownerField() const { return m_owner; }
    QPlainTextEdit *mitigationField() const { return m_mitigation; }

private:
    void validate();

    QLineEdit *m_risk;
    QComboBox *m_likelihood;
    QComboBox *m_impact;
    QComboBox *m_owner;
    QPlainTextEdit *m_mitigation;
    QLineEdit *m_trigger;
    QDialogButtonBox *m_buttons;
};

} // namespace Csm
