// A customer's graduation from onboarding to ongoing success management: the graduation
// checklist with its progress, the facts to look at before graduating (objectives, first value,
// go-live, open actions and risks), the hand-over (ongoing CSM, check-in cadence, first QBR,
// graduation date), "Mark as graduated", and the onboarding survey: satisfaction and NPS
// against their targets and the responses as an editable table. Every edit is an undo step.
#pragma once

#include "domain/valuereview.h"
#include "graduationchecklist.h"
#include "successplan/valuereview.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Csm {

class ChecklistMark;
class CustomerForm;
class KpiCard;
class LogTable;
class Workspace;
template<typename R> class RecordTableModel;

class GraduationPage : public QWidget
{
    Q_OBJECT

public:
    // The onboarding survey's targets: satisfaction above 4.5 of 5, NPS above 50.
    static constexpr double satisfactionTarget = 4.5;
    static constexpr double npsTarget = 50;

    explicit GraduationPage(Workspace *workspace, QWidget *parent = nullptr);
    ~GraduationPage() override;

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // The checklist as it stands, one check per GraduationItem.
    QList<GraduationCheck> checks() const { return m_checks; }
    // The labels of the items still open.
    QStringList openItems() const;

    // Asks before graduating with open checklist items, then graduates.
    void markAsGraduated();
    // Sets the phase to Graduated and the graduation date to today, as one undo step.
    // Nothing happens when the customer has graduated already.
    void graduate();
    // Adds a survey response dated today and starts editing it; returns its row.
    int addSurveyResponse();
    // Saves what is typed in an open table cell editor.
    void commitPendingEdits();

    // For tests and the main window.
    QWidget *editor(CustomerField field) const;
    QComboBox *cadenceCombo() const { return m_cadence; }
    QWidget *checklistControl(GraduationItem item) const { return m_itemControls.value(int(item)); }
    QLabel *checklistDetail(GraduationItem item) const { return m_itemDetails.value(int(item)); }
    QLabel *readinessLabel(ReadinessFact fact) const { return m_factLabels.value(int(fact)); }
    QLabel *progressLabel() const { return m_progressLabel; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *nextCheckInLabel() const { return m_nextCheckIn; }
    QPushButton *markGraduatedButton() const { return m_markGraduated; }
    KpiCard *responsesCard() const { return m_responsesCard; }
    KpiCard *satisfactionCard() const { return m_satisfactionCard; }
    KpiCard *npsCard() const { return m_npsCard; }
    QLabel *surveyHint() const { return m_surveyHint; }
    QLabel *surveyProblemsLabel() const { return m_surveyProblems; }
    LogTable *surveyTable() const { return m_surveyTable; }
    RecordTableModel<SurveyResponse> *surveyModel() const { return m_surveyModel; }
    const SurveySummary &surveySummary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QGroupBox *buildChecklist();
    QGroupBox *buildHandOver();
    QGroupBox *buildReadiness();
    QGroupBox *buildSurvey();
    void refresh();
    void refreshChecklist(const GraduationInputs &inputs);
    void refreshReadiness(const GraduationInputs &inputs);
    void refreshHandOver(const Customer &customer);
    void refreshSurvey();
    void refreshStyles();
    void editCadence(const QString &text);
    int addSurveyResponseRecord();
    void removeSurveyResponses(const QList<int> &rows);
    // The problem of a survey table cell (a source index), or an empty text.
    QString surveyProblem(const QModelIndex &index) const;
    void resizeSurveyTable();

    Workspace *m_workspace;
    CustomerId m_customer;
    CustomerForm *m_form;
    RecordTableModel<SurveyResponse> *m_surveyModel;
    QList<GraduationCheck> m_checks;
    SurveySummary m_summary;
    bool m_refreshing = false;
    int m_lastAddedRow = -1;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_markGraduated = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QHash<int, QWidget *> m_itemControls;    // by GraduationItem: a check box or a mark
    QHash<int, QLabel *> m_itemLabels;       // by GraduationItem, for the marked items
    QHash<int, QLabel *> m_itemDetails;      // by GraduationItem
    QHash<int, ChecklistMark *> m_factMarks; // by ReadinessFact
    QHash<int, QLabel *> m_factLabels;       // by ReadinessFact
    QHash<int, QLabel *> m_factDetails;      // by ReadinessFact
    QComboBox *m_cadence = nullptr;
    QLabel *m_nextCheckIn = nullptr;
    KpiCard *m_responsesCard = nullptr;
    KpiCard *m_satisfactionCard = nullptr;
    KpiCard *m_npsCard = nullptr;
    QWidget *m_cards = nullptr;
    QLabel *m_surveyHint = nullptr;
    QLabel *m_surveyProblems = nullptr;
    LogTable *m_surveyTable = nullptr;
};

} // namespace Csm
