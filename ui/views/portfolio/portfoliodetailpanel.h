// The side panel of the portfolio page: the selected customer's health with each of its parts
// and why it scores so, and its alerts, each with its reason, a jump to where it is fixed and
// Snooze or Bring back.
#pragma once

#include "portfolio/portfoliometrics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Csm {

class PortfolioDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioDetailPanel(QWidget *parent = nullptr);

    // Shows `row` with the portfolio's `settings`; null shows the hint to pick a customer.
    void setRow(const PortfolioRow *row, const PortfolioSettings &settings = {});
    CustomerId customer() const { return m_customer; }

    // The translated name of a page by its key ("timeline": "Timeline").
    static QString pageTitle(const QString &key);

    // For tests: the buttons of the alert of `kind` shown now.
    QPushButton *openButton(AlertKind kind) const;
    QPushButton *snoozeButton(AlertKind kind) const;
    QString healthText() const;

Q_SIGNALS:
    void openRequested(const Csm::CustomerId &customer, const QString &page, const QUuid &record);
    void snoozeRequested(const Csm::CustomerId &customer, const Csm::PortfolioAlert &alert);
    void wakeRequested(const Csm::CustomerId &customer, const Csm::PortfolioAlert &alert);

private:
    QWidget *makeAlertCard(const PortfolioAlert &alert);
    void clearContent();

    CustomerId m_customer;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_score;
    QPushButton *m_open;
    QWidget *m_content;
    QVBoxLayout *m_healthLayout;
    QVBoxLayout *m_alertsLayout;
    QLabel *m_alertsTitle;
    QLabel *m_empty;
    QHash<int, QPushButton *> m_openButtons;
    QHash<int, QPushButton *> m_snoozeButtons;
};

} // namespace Csm
