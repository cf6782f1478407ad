// The selected objective in full: every field editable, where it stands (status badge with
// its reason, latest reading, a progress bar from baseline to target) and its measurements,
// which can be taken from the customer's usage data. Every edit is an undo step.
#pragma once

#include "adoption/adoptionmetrics.h"
#include "domain/successplan.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Csm {

template<typename R> class RecordTableModel;
class Workspace;

class ObjectiveDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectiveDetailPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setObjective(const ObjectiveId &objective);
    ObjectiveId objective() const { return m_objective; }

    // For tests and for focusing a field from elsewhere.
    QWidget *editor(ObjectiveField field) const { return m_editors.value(int(field)); }
    QLabel *statusBadge() const { return m_badge; }
    QLabel *statusReasonLabel() const { return m_reason; }
    QLabel *latestLabel() const { return m_latest; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *measurementTable() const { return m_table; }
    RecordTableModel<Measurement> *measurementModel() const { return m_measurements; }
    QComboBox *usageMetricCombo() const;
    QPushButton *recordFromUsageButton() const { return m_recordFromUsage; }

    // Adds a reading dated today (the latest value to start from) and opens its value.
    void addMeasurement();
    void removeSelectedMeasurements();
    // Adds a reading dated today with the value of the objective's usage metric.
    void recordFromUsage();
    // Saves what is typed in an open measurement cell.
    void commitPendingEdits();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFields();
    QWidget *buildProgress();
    QWidget *buildMeasurements();
    void edit(ObjectiveField field, const QVariant &value);
    void refresh();
    void refreshOutcomes(const Objective &objective);
    void refreshStatus(const Objective &objective);
    void refreshUsage(const Objective &objective);
    // The customer's adoption metrics, computed once until the usage data or the customer
    // changes (a refresh follows every keystroke in the panel).
    const AdoptionMetrics &usageMetrics();
    void forgetUsageMetrics();

    Workspace *m_workspace;
    ObjectiveId m_objective;
    CustomerId m_customer;
    bool m_refreshing = false;

    QHash<int, QWidget *> m_editors; // by ObjectiveField
    QLabel *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_latest = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_baselineCaption = nullptr;
    QLabel *m_targetCaption = nullptr;
    RecordTableModel<Measurement> *m_measurements = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_removeMeasurement = nullptr;
    QPushButton *m_recordFromUsage = nullptr;
    std::optional<AdoptionMetrics> m_usageMetrics;
    QStringList m_usageMetricKeys;
};

} // namespace Csm
