// The selected outcome: its title and a description of the business value, editable, and how
// its objectives stand.
#pragma once

#include "domain/successplan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Csm {

class Workspace;

class OutcomeDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeDetailPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setOutcome(const OutcomeId &outcome);
    OutcomeId outcome() const { return m_outcome; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

private:
    void edit(OutcomeField field, const QVariant &value);
    void refresh();

    Workspace *m_workspace;
    OutcomeId m_outcome;
    CustomerId m_customer;
    bool m_refreshing = false;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLabel *m_summary;
};

} // namespace Csm
