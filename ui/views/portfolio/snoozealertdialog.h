// Asks why an alert is put aside and for how long: until its situation changes, or until a day.
#pragma once

#include "portfolio/alerts.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Csm {

class SnoozeAlertDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeAlertDialog(const QString &customerName, const PortfolioAlert &alert, const QDate &today,
                      QWidget *parent = nullptr);

    QString note() const;
    // The last day it stays snoozed; invalid: until the situation changes.
    QDate until() const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    QRadioButton *untilDateButton() const { return m_untilDate; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QPlainTextEdit *m_note;
    QRadioButton *m_untilChange;
    QRadioButton *m_untilDate;
    QDateEdit *m_date;
};

} // namespace Csm
