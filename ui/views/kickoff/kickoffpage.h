// The kickoff workshop of one customer: when it is held, who attends, the agenda as a
// checklist, risks raised, the communication plan, the pre-onboarding qualification, the
// 1-2-3 relationship triangle and the two e-mails of the first week. Saves as the user types;
// every edit is an undo step.
#pragma once

#include "dialogs/emaildialog.h"
#include "domain/customer.h"
#include "domain/governance.h"
#include "successplan/qualification.h"

#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Csm {

class CustomerForm;
class RelationshipTriangleWidget;
class Workspace;
template<typename R> class RecordTableModel;

class KickoffPage : public QWidget
{
    Q_OBJECT

public:
    explicit KickoffPage(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // Actions behind the page's buttons, also for tests and menus.
    // Opens the checkable list of stakeholders not attending yet; adds the ticked ones.
    void showAttendeePicker();
    // Adds the stakeholders as attendees in one undo step.
    void addAttendees(const QList<StakeholderId> &stakeholders);
    void removeSelectedAttendees();
    // Opens the "what could derail this?" dialog; raises the risk it gives.
    void showRaiseRiskDialog();
    // Adds `risk` as raised at the kickoff, in one undo step.
    void raiseRisk(Risk risk);
    // Opens the e-mail of that kind, written from the customer's file.
    EmailDialog *showEmail(EmailDialog::Kind kind);
    // Saves what is typed in an open table cell editor (the form's fields save as they go).
    void commitPendingEdits();

    // For tests and for focusing a field from elsewhere.
    QWidget *editor(CustomerField field) const;
    QLabel *qualificationBanner() const { return m_qualificationBanner; }
    QLabel *signatureDayLabel() const { return m_signatureDay; }
    QLabel *timingWarningLabel() const { return m_timingWarning; }
    QLabel *agendaProgressLabel() const { return m_agendaProgress; }
    QLabel *nextCheckInLabel() const { return m_nextCheckIn; }
    QLabel *executiveSponsorLabel() const { return m_executiveSponsor; }
    QLabel *qualificationStateLabel(QualificationCheck check) const;
    QLabel *emailSentLabel(EmailDialog::Kind kind) const;
    QTableView *attendeeTable() const { return m_attendeeTable; }
    RecordTableModel<KickoffAttendee> *attendeeModel() const { return m_attendeeModel; }
    QPushButton *addAttendeesButton() const { return m_addAttendees; }
    QTableView *riskTable() const { return m_riskTable; }
    RecordTableModel<Risk> *riskModel() const { return m_riskModel; }
    RelationshipTriangleWidget *triangleWidget() const { return m_triangle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QGroupBox *buildWorkshop();
    QGroupBox *buildEmails();
    QGroupBox *buildAttendees();
    QGroupBox *buildTriangle();
    QGroupBox *buildAgenda();
    QGroupBox *buildQualification();
    QGroupBox *buildCommunication();
    QGroupBox *buildRisks();
    void refresh();
    void refreshTiming(const Customer &customer);
    void refreshQualification(const Customer &customer, const QList<Stakeholder> &stakeholders);
    void refreshAttendeeActions();
    void refreshEmails(const Customer &customer);

    Workspace *m_workspace;
    CustomerId m_customer;
    CustomerForm *m_form;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_qualificationBanner = nullptr;
    QLabel *m_signatureDay = nullptr;
    QLabel *m_timingWarning = nullptr;
    QLabel *m_agendaProgress = nullptr;
    QLabel *m_nextCheckIn = nullptr;
    QLabel *m_executiveSponsor = nullptr;
    QHash<int, QLabel *> m_qualificationStates;  // by QualificationCheck
    QHash<int, QLabel *> m_qualificationReasons; // by QualificationCheck
    QHash<int, QLabel *> m_emailSent;            // by EmailDialog::Kind
    RecordTableModel<KickoffAttendee> *m_attendeeModel = nullptr;
    QTableView *m_attendeeTable = nullptr;
    QLabel *m_attendeeHint = nullptr;
    QPushButton *m_addAttendees = nullptr;
    QPushButton *m_removeAttendees = nullptr;
    RecordTableModel<Risk> *m_riskModel = nullptr;
    QTableView *m_riskTable = nullptr;
    QLabel *m_riskHint = nullptr;
    RelationshipTriangleWidget *m_triangle = nullptr;
};

} // namespace Csm
