#include "ganttmodel.h"

#include "commands/changerecordfield.h"
#include "commands/timelinecommands.h"
#include "workspace/workspace.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Csm {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// "Mon 02/03/2026": the weekday matters when a task starts or ends near a weekend.
QString dayAndDate(const QDate &date)
{
    if (!date.isValid())
        return GanttModel::tr("no date");
    return GanttModel::tr("%1 %2", "weekday and date")
        .arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat), shortDate(date));
}

QString percent(int value)
{
    return GanttModel::tr("%1 %").arg(QLocale().toString(value));
}

bool isPlanKind(RecordKind kind)
{
    return kind == RecordKind::Workstream || kind == RecordKind::Task ||
           kind == RecordKind::Dependency || kind == RecordKind::Gate;
}

bool sameAnalysis(const TaskAnalysis &a, const TaskAnalysis &b)
{
    return a.critical == b.critical && a.totalFloat == b.totalFloat && a.slip == b.slip &&
           a.overdue == b.overdue;
}

} // namespace

GanttModel::GanttModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
        if (customer == m_customer && isPlanKind(kind))
            onRecord(kind, customer, id);
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    // A customer deleted, or restored by undo, takes its plan along.
    auto resync = [this](const CustomerId &id) {
        if (id != m_customer)
            return;
        sync();
        refreshAnalysis(true);
        Q_EMIT planChanged();
    };
    connect(workspace, &Workspace::customerAdded, this, resync);
    connect(workspace, &Workspace::customerRemoved, this, resync);
    // The account name heads printed plans.
    connect(workspace, &Workspace::customerChanged, this, [this](const CustomerId &id) {
        if (id == m_customer)
            Q_EMIT planChanged();
    });
    // New holidays change working days, float and what is shaded.
    connect(workspace, &Workspace::settingsChanged, this, [this] {
        refreshAnalysis(true);
        Q_EMIT planChanged();
    });
}

GanttModel::~GanttModel() = default;

void GanttModel::setCustomer(const CustomerId &customer)
{
    beginResetModel();
    m_customer = customer;
    rebuild();
    refreshAnalysis(false);
    endResetModel();
    Q_EMIT planChanged();
}

// ---- Structure ---------------------------------------------------------------------------

std::vector<GanttModel::Wanted> GanttModel::wantedGroups() const
{
    std::vector<Wanted> groups;
    if (m_customer.isNull() || !m_workspace->customer(m_customer))
        return groups;
    const QList<PlanTask> tasks = m_workspace->records<PlanTask>(m_customer);
    QSet<WorkstreamId> known;
    for (const Workstream &workstream : m_workspace->records<Workstream>(m_customer)) {
        known.insert(workstream.id);
        Wanted group{workstream.id.uuid(), true, {}};
        for (const PlanTask &task : tasks) {
            if (task.workstreamId == workstream.id)
                group.tasks.append(task.id.uuid());
        }
        groups.push_back(std::move(group));
    }
    for (const PlanTask &task : tasks) {
        if (!known.contains(task.workstreamId))
            groups.push_back({task.id.uuid(), false, {}});
    }
    return groups;
}

void GanttModel::rebuild()
{
    m_groups.clear();
    for (const Wanted &wanted : wantedGroups()) {
        auto group = std::make_unique<Group>();
        group->id = wanted.id;
        group->workstream = wanted.workstream;
        group->tasks = wanted.tasks;
        m_groups.push_back(std::move(group));
    }
}

// Brings the rows in line with the workspace with row-level signals: a task given to another
// workstream moves there, rows that are gone are removed, new ones inserted in order.
void GanttModel::sync()
{
    const std::vector<Wanted> wanted = wantedGroups();
    QHash<QUuid, QUuid> wantedWorkstream; // task -> its workstream's group
    QHash<QUuid, bool> wantedTop;         // top-level id -> is a workstream
    QHash<QUuid, QList<QUuid>> wantedTasks;
    for (const Wanted &group : wanted) {
        wantedTop.insert(group.id, group.workstream);
        wantedTasks.insert(group.id, group.tasks);
        for (const QUuid &task : group.tasks)
            wantedWorkstream.insert(task, group.id);
    }

    // Moves first, so that a task keeps its row identity (and selection) in its new place.
    for (size_t g = 0; g < m_groups.size(); ++g) {
        Group *from = m_groups[g].get();
        for (int row = int(from->tasks.size()) - 1; row >= 0; --row) {
            const auto it = wantedWorkstream.constFind(from->tasks.at(row));
            if (it == wantedWorkstream.constEnd() || it.value() == from->id)
                continue;
            const int targetRow = groupRowOf(it.value());
            if (targetRow < 0 || !m_groups[size_t(targetRow)]->workstream)
                continue;
            Group *to = m_groups[size_t(targetRow)].get();
            // Straight to its place among the tasks already there.
            const QUuid task = from->tasks.at(row);
            const QList<QUuid> &order = wantedTasks.value(to->id);
            const qsizetype wantedAt = order.indexOf(task);
            int destination = 0;
            while (destination < to->tasks.size() &&
                   order.indexOf(to->tasks.at(destination)) < wantedAt)
                ++destination;
            beginMoveRows(index(int(g), 0), row, row, index(targetRow, 0), destination);
            to->tasks.insert(destination, from->tasks.takeAt(row));
            endMoveRows();
        }
    }

    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const Group *group = m_groups[size_t(row)].get();
        const auto it = wantedTop.constFind(group->id);
        if (it == wantedTop.constEnd() || it.value() != group->workstream) {
            beginRemoveRows({}, row, row);
            m_groups.erase(m_groups.begin() + row);
            endRemoveRows();
        }
    }
    for (size_t g = 0; g < m_groups.size(); ++g) {
        Group *group = m_groups[g].get();
        for (int row = int(group->tasks.size()) - 1; row >= 0; --row) {
            if (wantedWorkstream.value(group->tasks.at(row)) != group->id) {
                beginRemoveRows(index(int(g), 0), row, row);
                group->tasks.removeAt(row);
                endRemoveRows();
            }
        }
    }

    for (size_t i = 0; i < wanted.size(); ++i) {
        const Wanted &item = wanted[i];
        if (i < m_groups.size() && m_groups[i]->id == item.id)
            continue;
        const auto found = std::find_if(m_groups.begin() + qsizetype(i), m_groups.end(),
                                        [&](const auto &g) { return g->id == item.id; });
        if (found != m_groups.end()) {
            const int from = int(found - m_groups.begin());
            beginMoveRows({}, from, from, {}, int(i));
            std::unique_ptr<Group> moved = std::move(*found);
            m_groups.erase(found);
            m_groups.insert(m_groups.begin() + qsizetype(i), std::move(moved));
            endMoveRows();
        } else {
            auto group = std::make_unique<Group>();
            group->id = item.id;
            group->workstream = item.workstream;
            beginInsertRows({}, int(i), int(i));
            m_groups.insert(m_groups.begin() + qsizetype(i), std::move(group));
            endInsertRows();
        }
    }

    for (size_t g = 0; g < wanted.size() && g < m_groups.size(); ++g) {
        Group *group = m_groups[g].get();
        const QModelIndex parentIndex = index(int(g), 0);
        const QList<QUuid> &tasks = wanted[g].tasks;
        for (int i = 0; i < tasks.size(); ++i) {
            if (i < group->tasks.size() && group->tasks.at(i) == tasks.at(i))
                continue;
            const int from = int(group->tasks.indexOf(tasks.at(i), i));
            if (from >= 0) {
                beginMoveRows(parentIndex, from, from, parentIndex, i);
                group->tasks.move(from, i);
                endMoveRows();
            } else {
                beginInsertRows(parentIndex, i, i);
                group->tasks.insert(i, tasks.at(i));
                endInsertRows();
            }
        }
    }
}

// Criticality, slip and overdue depend on the whole plan: rows whose analysis changed are
// told so.
void GanttModel::refreshAnalysis(bool notify)
{
    const QHash<TaskId, TaskAnalysis> before = m_analysis.tasks;
    if (m_customer.isNull() || !m_workspace->customer(m_customer)) {
        m_analysis = {};
        return;
    }
    m_calendar = workspaceCalendar(*m_workspace);
    m_analysis = analysePlan(tasks(), dependencies(), gates(), m_calendar, today());
    if (!notify)
        return;
    for (auto it = m_analysis.tasks.cbegin(); it != m_analysis.tasks.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd() || !sameAnalysis(old.value(), it.value()))
            emitRowChanged(indexOf(it.key()));
    }
}

void GanttModel::onRecord(RecordKind kind, const CustomerId &, const QUuid &id)
{
    sync();
    refreshAnalysis(true);
    if (kind == RecordKind::Task) {
        const QModelIndex row = taskIndex(id, NameColumn);
        emitRowChanged(row);
        emitRowChanged(row.parent()); // the workstream's span and progress
    } else if (kind == RecordKind::Workstream) {
        emitRowChanged(indexOf(WorkstreamId(id)));
    }
    Q_EMIT planChanged();
}

void GanttModel::emitRowChanged(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
}

// ---- Lookup ------------------------------------------------------------------------------

GanttModel::Group *GanttModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (auto *parentGroup = static_cast<Group *>(index.internalPointer()))
        return parentGroup;
    return index.row() < int(m_groups.size()) ? m_groups[size_t(index.row())].get() : nullptr;
}

int GanttModel::groupRow(const Group *group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].get() == group)
            return int(i);
    }
    return -1;
}

int GanttModel::groupRowOf(const QUuid &id) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i]->id == id)
            return int(i);
    }
    return -1;
}

QModelIndex GanttModel::taskIndex(const QUuid &task, int column) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const Group *group = m_groups[g].get();
        if (!group->workstream && group->id == task)
            return createIndex(int(g), column, nullptr);
        const int row = int(group->tasks.indexOf(task));
        if (row >= 0)
            return createIndex(row, column, group);
    }
    return {};
}

GanttModel::ItemType GanttModel::typeOf(const QModelIndex &index) const
{
    const TaskId task = taskAt(index);
    if (task.isNull())
        return ItemType::Summary;
    const PlanTask *record = m_workspace->record<PlanTask>(task);
    return record && record->isMilestone() ? ItemType::Milestone : ItemType::Task;
}

TaskId GanttModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const auto *parentGroup = static_cast<const Group *>(index.internalPointer()))
        return index.row() < parentGroup->tasks.size() ? TaskId(parentGroup->tasks.at(index.row()))
                                                       : TaskId();
    const Group *group = groupOf(index);
    return group && !group->workstream ? TaskId(group->id) : TaskId();
}

WorkstreamId GanttModel::workstreamAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Group *group = groupOf(index);
    if (!group)
        return {};
    if (group->workstream)
        return WorkstreamId(group->id);
    const PlanTask *task = m_workspace->record<PlanTask>(TaskId(group->id));
    return task ? task->workstreamId : WorkstreamId();
}

QModelIndex GanttModel::indexOf(const TaskId &task, int column) const
{
    return task.isNull() ? QModelIndex() : taskIndex(task.uuid(), column);
}

QModelIndex GanttModel::indexOf(const WorkstreamId &workstream, int column) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g]->workstream && m_groups[g]->id == workstream.uuid())
            return createIndex(int(g), column, nullptr);
    }
    return {};
}

QList<PlanTask> GanttModel::tasks() const
{
    return m_customer.isNull() ? QList<PlanTask>() : m_workspace->records<PlanTask>(m_customer);
}

QList<TaskDependency> GanttModel::dependencies() const
{
    return m_customer.isNull() ? QList<TaskDependency>()
                               : m_workspace->records<TaskDependency>(m_customer);
}

QList<PhaseGate> GanttModel::gates() const
{
    return m_customer.isNull() ? QList<PhaseGate>() : m_workspace->records<PhaseGate>(m_customer);
}

QDate GanttModel::today() const
{
    return m_workspace->today();
}

QString GanttModel::customerName() const
{
    const Customer *customer = m_workspace->customer(m_customer);
    return customer ? customer->accountName : QString();
}

QDate GanttModel::firstDate() const
{
    QDate first;
    auto consider = [&](const QDate &date) {
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    };
    for (const PlanTask &task : tasks()) {
        consider(task.start);
        consider(task.baselineStart);
    }
    for (const PhaseGate &gate : gates())
        consider(gate.dueDate);
    return first;
}

QDate GanttModel::lastDate() const
{
    QDate last;
    auto consider = [&](const QDate &date) {
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    };
    for (const PlanTask &task : tasks()) {
        consider(task.finish.isValid() ? task.finish : task.start);
        consider(task.baselineFinish);
    }
    for (const PhaseGate &gate : gates()) {
        consider(gate.dueDate);
        consider(gate.passedDate);
    }
    return last;
}

// A workstream spans its tasks; its progress weighs each task by its working days.
GanttModel::Span GanttModel::summaryOf(const WorkstreamId &workstream) const
{
    Span span;
    qint64 weighted = 0;
    qint64 weights = 0;
    for (const PlanTask &task : tasks()) {
        if (task.workstreamId != workstream || !task.start.isValid())
            continue;
        const QDate finish = task.finish.isValid() ? task.finish : task.start;
        if (!span.start.isValid() || task.start < span.start)
            span.start = task.start;
        if (!span.finish.isValid() || finish > span.finish)
            span.finish = finish;
        const int weight = std::max(1, m_calendar.workingDays(task.start, finish));
        weighted += weight * std::clamp<qint64>(task.progress, 0, 100);
        weights += weight;
    }
    if (weights > 0)
        span.progress = int((weighted + weights / 2) / weights);
    span.working = m_calendar.workingDays(span.start, span.finish);
    return span;
}

// ---- QAbstractItemModel ------------------------------------------------------------------

QModelIndex GanttModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    Group *group = m_groups[size_t(parent.row())].get();
    return row < group->tasks.size() ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex GanttModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *group = static_cast<const Group *>(child.internalPointer());
    if (!group)
        return {};
    const int row = groupRow(group);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int GanttModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())]->tasks.size());
}

int GanttModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GanttModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Workstream or task");
    case StartColumn:
        return recordFieldLabel<PlanTask>(TaskField::Start);
    case FinishColumn:
        return recordFieldLabel<PlanTask>(TaskField::Finish);
    case ProgressColumn:
        return recordFieldLabel<PlanTask>(TaskField::Progress);
    case VendorOwnerColumn:
        return recordFieldLabel<PlanTask>(TaskField::VendorOwner);
    case CustomerOwnerColumn:
        return recordFieldLabel<PlanTask>(TaskField::CustomerOwner);
    case StatusColumn:
        return recordFieldLabel<PlanTask>(TaskField::Status);
    default:
        return {};
    }
}

Qt::ItemFlags GanttModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    bool editable = false;
    switch (typeOf(index)) {
    case ItemType::Summary:
        editable = !workstreamAt(index).isNull() &&
                   (index.column() == NameColumn || index.column() == VendorOwnerColumn ||
                    index.column() == CustomerOwnerColumn);
        break;
    case ItemType::Milestone:
        // A milestone is one day: its finish follows its start.
        editable = index.column() != FinishColumn;
        break;
    case ItemType::Task:
        editable = true;
        break;
    }
    if (editable)
        flags |= Qt::ItemIsEditable;
    if (!taskAt(index).isNull())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant GanttModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TaskId taskId = taskAt(index);
    if (!taskId.isNull()) {
        const PlanTask *task = m_workspace->record<PlanTask>(taskId);
        return task ? taskData(*task, index.column(), role) : QVariant();
    }
    const Workstream *workstream = m_workspace->record<Workstream>(workstreamAt(index));
    return workstream ? workstreamData(*workstream, index.column(), role) : QVariant();
}

QVariant GanttModel::workstreamData(const Workstream &workstream, int column, int role) const
{
    switch (role) {
    case ItemTypeRole:
        return int(ItemType::Summary);
    case IdRole:
        return workstream.id.toString();
    case StartRole:
        return summaryOf(workstream.id).start;
    case FinishRole:
        return summaryOf(workstream.id).finish;
    case ProgressRole:
        return summaryOf(workstream.id).progress;
    case WorkingDaysRole:
        return summaryOf(workstream.id).working;
    case CriticalRole:
    case OverdueRole:
    case FirstValueRole:
        return false;
    case SlipRole:
        return 0;
    case BaselineStartRole:
    case BaselineFinishRole:
    case StatusRole:
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: {
        const Span span = summaryOf(workstream.id);
        QStringList lines;
        lines.append(QStringLiteral("<b>%1</b> (%2)")
                         .arg(workstream.name.toHtmlEscaped(),
                              enumDisplayName(workstream.kind).toHtmlEscaped()));
        if (span.start.isValid())
            lines.append(tr("%1 to %2, %n working day(s)", nullptr, span.working)
                             .arg(dayAndDate(span.start), dayAndDate(span.finish)));
        lines.append(tr("Progress: %1").arg(percent(span.progress)));
        const QString ours =
            workstream.vendorOwner.isEmpty() ? tr("nobody yet") : workstream.vendorOwner;
        const QString theirs =
            workstream.customerOwner.isEmpty() ? tr("nobody yet") : workstream.customerOwner;
        lines.append(tr("Our owner: %1").arg(ours.toHtmlEscaped()));
        lines.append(tr("Customer owner: %1").arg(theirs.toHtmlEscaped()));
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        break;
    }

    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case NameColumn:
        if (display)
            return workstream.name.isEmpty() ? tr("(unnamed workstream)") : workstream.name;
        if (role == Qt::EditRole)
            return workstream.name;
        return {};
    case StartColumn:
        return display ? shortDate(summaryOf(workstream.id).start) : QVariant();
    case FinishColumn:
        return display ? shortDate(summaryOf(workstream.id).finish) : QVariant();
    case ProgressColumn:
        if (display)
            return percent(summaryOf(workstream.id).progress);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VendorOwnerColumn:
        return display || role == Qt::EditRole ? workstream.vendorOwner : QVariant();
    case CustomerOwnerColumn:
        return display || role == Qt::EditRole ? workstream.customerOwner : QVariant();
    case StatusColumn:
        if (display) {
            const QList<PlanTask> all = tasks();
            if (!isWorkstreamStarted(workstream, all))
                return enumDisplayName(TaskStatus::NotStarted);
            bool allDone = true;
            bool any = false;
            for (const PlanTask &task : all) {
                if (task.workstreamId == workstream.id) {
                    any = true;
                    allDone = allDone && task.isDone();
                }
            }
            return enumDisplayName(any && allDone ? TaskStatus::Done : TaskStatus::InProgress);
        }
        return {};
    default:
        return {};
    }
}

QVariant GanttModel::taskData(const PlanTask &task, int column, int role) const
{
    const TaskAnalysis analysis = m_analysis.tasks.value(task.id);
    switch (role) {
    case ItemTypeRole:
        return int(task.isMilestone() ? ItemType::Milestone : ItemType::Task);
    case IdRole:
        return task.id.toString();
    case StartRole:
        return task.start;
    case FinishRole:
        return task.isMilestone() || !task.finish.isValid() ? task.start : task.finish;
    case BaselineStartRole:
        return task.baselineStart;
    case BaselineFinishRole:
        return task.isMilestone() && !task.baselineFinish.isValid() ? task.baselineStart
                                                                    : task.baselineFinish;
    case ProgressRole:
        return int(std::clamp<qint64>(task.progress, 0, 100));
    case CriticalRole:
        return analysis.critical;
    case OverdueRole:
        return isOverdue(task, today());
    case SlipRole:
        return slipDays(task, m_calendar);
    case FirstValueRole:
        return task.firstValue;
    case StatusRole:
        return int(task.status);
    case WorkingDaysRole:
        return m_calendar.workingDays(task.start, task.isMilestone() ? task.start : task.finish);
    case Qt::ToolTipRole: {
        QStringList lines;
        QString title = QStringLiteral("<b>%1</b>").arg(task.name.toHtmlEscaped());
        if (task.isMilestone())
            title += QLatin1Char(' ') + tr("(milestone)");
        if (task.firstValue)
            title += QLatin1Char(' ') + tr("(first value)");
        lines.append(title);
        if (task.isMilestone()) {
            lines.append(tr("On %1").arg(dayAndDate(task.start)));
        } else {
            const int working = m_calendar.workingDays(task.start, task.finish);
            lines.append(tr("%1 to %2, %n working day(s)", nullptr, working)
                             .arg(dayAndDate(task.start), dayAndDate(task.finish)));
        }
        if (task.baselineStart.isValid())
            lines.append(tr("Baseline: %1 to %2")
                             .arg(shortDate(task.baselineStart),
                                  shortDate(task.baselineFinish.isValid() ? task.baselineFinish
                                                                          : task.baselineStart)));
        const int slip = slipDays(task, m_calendar);
        if (slip > 0)
            lines.append(tr("Late by %n working day(s) against the baseline", nullptr, slip));
        else if (slip < 0)
            lines.append(tr("Ahead of the baseline by %n working day(s)", nullptr, -slip));
        lines.append(tr("Status: %1, progress %2")
                         .arg(enumDisplayName(task.status), percent(int(task.progress))));
        if (task.waitingOn != WaitingOn::Nobody)
            lines.append(tr("Waiting on: %1").arg(enumDisplayName(task.waitingOn)));
        const QString ours = task.vendorOwner.isEmpty() ? tr("nobody yet") : task.vendorOwner;
        const QString theirs = task.customerOwner.isEmpty() ? tr("nobody yet") : task.customerOwner;
        lines.append(tr("Our owner: %1").arg(ours.toHtmlEscaped()));
        lines.append(tr("Customer owner: %1").arg(theirs.toHtmlEscaped()));
        if (isOverdue(task, today()))
            lines.append(QStringLiteral("<b>%1</b>").arg(tr("Overdue")));
        if (analysis.critical)
            lines.append(tr("On the critical path: any delay delays the plan."));
        else if (m_analysis.tasks.contains(task.id))
            lines.append(tr("Can slip %n working day(s) without delaying the plan", nullptr,
                            analysis.totalFloat));
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        break;
    }

    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case NameColumn:
        if (display)
            return task.name.isEmpty() ? tr("(unnamed task)") : task.name;
        if (role == Qt::EditRole)
            return task.name;
        return {};
    case StartColumn:
        if (display)
            return shortDate(task.start);
        if (role == Qt::EditRole)
            return task.start;
        return {};
    case FinishColumn: {
        const QDate finish = task.isMilestone() ? task.start : task.finish;
        if (display)
            return shortDate(finish);
        if (role == Qt::EditRole)
            return finish;
        return {};
    }
    case ProgressColumn:
        if (display)
            return percent(int(task.progress));
        if (role == Qt::EditRole)
            return int(task.progress);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VendorOwnerColumn:
        return display || role == Qt::EditRole ? task.vendorOwner : QVariant();
    case CustomerOwnerColumn:
        return display || role == Qt::EditRole ? task.customerOwner : QVariant();
    case StatusColumn:
        if (display)
            return enumDisplayName(task.status);
        if (role == Qt::EditRole)
            return int(task.status);
        return {};
    default:
        return {};
    }
}

// ---- Editing -----------------------------------------------------------------------------

bool GanttModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TaskId taskId = taskAt(index);
    if (!taskId.isNull()) {
        const PlanTask *task = m_workspace->record<PlanTask>(taskId);
        return task && setTaskData(*task, index.column(), value);
    }
    const Workstream *workstream = m_workspace->record<Workstream>(workstreamAt(index));
    return workstream && setWorkstreamData(*workstream, index.column(), value);
}

namespace {

template<typename Command> bool pushCommand(Workspace *workspace, Command *command)
{
    if (!command)
        return false;
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    workspace->undoStack()->push(command);
    return true;
}

} // namespace

bool GanttModel::setTaskData(const PlanTask &task, int column, const QVariant &value)
{
    auto change = [&](TaskField field, const QVariant &v) {
        return pushCommand(m_workspace,
                           new ChangeRecordField<PlanTask>(m_workspace, task.id, field, v));
    };
    switch (column) {
    case NameColumn:
        return change(TaskField::Name, value.toString().trimmed());
    case StartColumn: {
        // A new start moves the task and keeps its length in working days, the way planners
        // expect; the finish is changed on its own column.
        const QDate start = value.toDate();
        if (!start.isValid())
            return false;
        QDate finish = start;
        if (!task.isMilestone() && task.start.isValid() && task.finish.isValid()) {
            const int working = m_calendar.workingDays(task.start, task.finish);
            finish = working > 0 ? m_calendar.finishAfter(start, working)
                                 : start.addDays(task.start.daysTo(task.finish));
            // A task that started on a weekend keeps its own day.
            finish = std::max(finish, start);
        }
        return pushCommand(m_workspace, makeMoveTask(m_workspace, task.id, start, finish));
    }
    case FinishColumn: {
        const QDate finish = value.toDate();
        if (!finish.isValid())
            return false;
        const QDate start = task.start.isValid() ? task.start : finish;
        if (finish < start)
            return false;
        return pushCommand(m_workspace, makeMoveTask(m_workspace, task.id, start, finish));
    }
    case ProgressColumn: {
        bool ok = false;
        const int progress = value.toInt(&ok);
        if (!ok)
            return false;
        return change(TaskField::Progress, qint64(std::clamp(progress, 0, 100)));
    }
    case VendorOwnerColumn:
        return change(TaskField::VendorOwner, value.toString().trimmed());
    case CustomerOwnerColumn:
        return change(TaskField::CustomerOwner, value.toString().trimmed());
    case StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < 0 || status >= enumCount<TaskStatus>())
            return false;
        return change(TaskField::Status, status);
    }
    default:
        return false;
    }
}

bool GanttModel::setWorkstreamData(const Workstream &workstream, int column, const QVariant &value)
{
    auto change = [&](WorkstreamField field) {
        return pushCommand(m_workspace,
                           new ChangeRecordField<Workstream>(m_workspace, workstream.id, field,
                                                             value.toString().trimmed()));
    };
    switch (column) {
    case NameColumn:
        return change(WorkstreamField::Name);
    case VendorOwnerColumn:
        return change(WorkstreamField::VendorOwner);
    case CustomerOwnerColumn:
        return change(WorkstreamField::CustomerOwner);
    default:
        return false;
    }
}

} // namespace Csm
