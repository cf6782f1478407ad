// One customer's implementation plan as a tree for the Gantt chart: workstreams with their
// tasks and milestones. The chart reads everything it draws through the roles below; a
// workstream's span and progress are computed from its tasks, never stored. Edits become undo
// commands (a date edit moves the task's dependants in the same step), and the rows follow the
// workspace's change signals one by one.
#pragma once

#include "domain/id.h"
#include "domain/timeline.h"
#include "timeline/businesscalendar.h"
#include "timeline/schedule.h"

#include <QAbstractItemModel>
#include <QList>
#include <QUuid>

#include <memory>
#include <vector>

namespace Csm {

class Workspace;

class GanttModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StartColumn,
        FinishColumn,
        ProgressColumn,
        VendorOwnerColumn,
        CustomerOwnerColumn,
        StatusColumn,
        ColumnCount
    };
    // What a row is: a workstream drawn as the summary of its tasks, a task, or a milestone.
    enum class ItemType { Summary, Task, Milestone };
    enum Role {
        ItemTypeRole = Qt::UserRole + 1, // int ItemType
        IdRole,                          // QString id of the workstream or task
        StartRole,                       // QDate; a workstream's earliest task start
        FinishRole,                      // QDate, included; a workstream's latest task finish
        BaselineStartRole,               // QDate (tasks only)
        BaselineFinishRole,              // QDate (tasks only)
        ProgressRole,                    // int per cent; a workstream's weighted by length
        CriticalRole,                    // bool: on the critical path
        OverdueRole,                     // bool: not done and finished before today
        SlipRole,                        // int business days late against the baseline
        FirstValueRole,                  // bool: the first-value milestone
        StatusRole,                      // int TaskStatus (tasks only)
        WorkingDaysRole,                 // int business days from start to finish
    };

    explicit GanttModel(Workspace *workspace, QObject *parent = nullptr);
    ~GanttModel() override;

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }
    Workspace *workspace() const { return m_workspace; }

    ItemType typeOf(const QModelIndex &index) const;
    // The task of a task or milestone row; null on a workstream row.
    TaskId taskAt(const QModelIndex &index) const;
    // The workstream of a row: itself, or the task's workstream.
    WorkstreamId workstreamAt(const QModelIndex &index) const;
    QModelIndex indexOf(const TaskId &task, int column = NameColumn) const;
    QModelIndex indexOf(const WorkstreamId &workstream, int column = NameColumn) const;

    // What the chart draws besides rows, and the rules it draws with; all of the customer.
    QList<PlanTask> tasks() const;
    QList<TaskDependency> dependencies() const;
    QList<PhaseGate> gates() const;
    const PlanAnalysis &analysis() const { return m_analysis; }
    const BusinessCalendar &calendar() const { return m_calendar; }
    QDate today() const;
    // The customer's account name, for printed headers.
    QString customerName() const;
    // The first and last day the plan touches: tasks, baselines and gates; invalid without
    // any date.
    QDate firstDate() const;
    QDate lastDate() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Something the chart draws changed: a row, a dependency, a gate or the calendar.
    void planChanged();

private:
    // A top-level row: a workstream with its tasks, or a task whose workstream is missing
    // (kept visible so that it can be edited).
    struct Group
    {
        QUuid id;
        bool workstream = true;
        QList<QUuid> tasks;
    };
    struct Wanted
    {
        QUuid id;
        bool workstream = true;
        QList<QUuid> tasks;
    };

    std::vector<Wanted> wantedGroups() const;
    void rebuild();
    void sync();
    void refreshAnalysis(bool notify);
    void onRecord(RecordKind kind, const CustomerId &customer, const QUuid &id);
    void emitRowChanged(const QModelIndex &index);

    Group *groupOf(const QModelIndex &index) const;
    int groupRow(const Group *group) const;
    int groupRowOf(const QUuid &id) const;
    QModelIndex taskIndex(const QUuid &task, int column) const;

    QVariant workstreamData(const Workstream &workstream, int column, int role) const;
    QVariant taskData(const PlanTask &task, int column, int role) const;
    bool setTaskData(const PlanTask &task, int column, const QVariant &value);
    bool setWorkstreamData(const Workstream &workstream, int column, const QVariant &value);

    struct Span
    {
        QDate start;
        QDate finish;
        int progress = 0;
        int working = 0;
    };
    Span summaryOf(const WorkstreamId &workstream) const;

    Workspace *m_workspace;
    CustomerId m_customer;
    std::vector<std::unique_ptr<Group>> m_groups;
    PlanAnalysis m_analysis;
    BusinessCalendar m_calendar;
};

} // namespace Csm
