#include "successplantreemodel.h"

#include "commands/changerecordfield.h"
#include "workspace/workspace.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Csm {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString percent(double fraction)
{
    return SuccessPlanTreeModel::tr("%1 %").arg(QLocale().toString(qRound(fraction * 100)));
}

bool isPlanKind(RecordKind kind)
{
    return kind == RecordKind::Outcome || kind == RecordKind::Objective ||
           kind == RecordKind::Step || kind == RecordKind::Measurement;
}

} // namespace

SuccessPlanTreeModel::SuccessPlanTreeModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_root(std::make_unique<Node>())
{
    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
        if (customer == m_customer && isPlanKind(kind))
            onRecordChanged(kind, customer, id);
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    // A customer deleted or restored (undo) takes its plan with it.
    auto resync = [this](const CustomerId &id) {
        if (id != m_customer)
            return;
        m_progress.clear();
        sync();
        Q_EMIT planChanged();
    };
    connect(workspace, &Workspace::customerAdded, this, resync);
    connect(workspace, &Workspace::customerRemoved, this, resync);
}

SuccessPlanTreeModel::~SuccessPlanTreeModel() = default;

void SuccessPlanTreeModel::setCustomer(const CustomerId &customer)
{
    beginResetModel();
    m_customer = customer;
    m_progress.clear();
    m_root = std::make_unique<Node>();
    std::function<void(Node *, const std::vector<Wanted> &)> build =
        [&](Node *parent, const std::vector<Wanted> &items) {
            for (const Wanted &item : items) {
                auto node = std::make_unique<Node>();
                node->kind = item.kind;
                node->id = item.id;
                node->parent = parent;
                build(node.get(), item.children);
                parent->children.push_back(std::move(node));
            }
        };
    build(m_root.get(), wantedTree());
    endResetModel();
    Q_EMIT planChanged();
}

// ---- Structure ---------------------------------------------------------------------------

std::vector<SuccessPlanTreeModel::Wanted> SuccessPlanTreeModel::wantedTree() const
{
    std::vector<Wanted> top;
    if (!m_workspace->customer(m_customer))
        return top;
    const QList<Outcome> outcomes = m_workspace->records<Outcome>(m_customer);
    const QList<Objective> objectives = m_workspace->records<Objective>(m_customer);
    const QList<OperationalStep> steps = m_workspace->records<OperationalStep>(m_customer);

    QSet<OutcomeId> outcomeIds;
    for (const Outcome &outcome : outcomes)
        outcomeIds.insert(outcome.id);
    QSet<ObjectiveId> objectiveIds;
    for (const Objective &objective : objectives)
        objectiveIds.insert(objective.id);

    auto objectiveItem = [&](const Objective &objective) {
        Wanted item{ItemKind::Objective, objective.id.uuid(), {}};
        for (const OperationalStep &step : steps) {
            if (step.objectiveId == objective.id)
                item.children.push_back({ItemKind::Step, step.id.uuid(), {}});
        }
        return item;
    };
    for (const Outcome &outcome : outcomes) {
        Wanted item{ItemKind::Outcome, outcome.id.uuid(), {}};
        for (const Objective &objective : objectives) {
            if (objective.outcomeId == outcome.id)
                item.children.push_back(objectiveItem(objective));
        }
        top.push_back(std::move(item));
    }
    // Objectives and steps whose parent is missing (an imported file, say) stay visible at the
    // top, after the outcomes, so they can be edited or removed.
    for (const Objective &objective : objectives) {
        if (!outcomeIds.contains(objective.outcomeId))
            top.push_back(objectiveItem(objective));
    }
    for (const OperationalStep &step : steps) {
        if (!objectiveIds.contains(step.objectiveId))
            top.push_back({ItemKind::Step, step.id.uuid(), {}});
    }
    return top;
}

// Brings the tree in line with the workspace with row-level signals: rows that moved to
// another parent are moved, rows that are gone are removed, new rows inserted.
void SuccessPlanTreeModel::sync()
{
    const std::vector<Wanted> wanted = wantedTree();
    QHash<QUuid, QUuid> wantedParent; // null for the top level
    std::function<void(const std::vector<Wanted> &, const QUuid &)> collect =
        [&](const std::vector<Wanted> &items, const QUuid &parent) {
            for (const Wanted &item : items) {
                wantedParent.insert(item.id, parent);
                collect(item.children, item.id);
            }
        };
    collect(wanted, QUuid());

    // Moves first, so that an objective given to another outcome keeps its row identity.
    std::vector<Node *> nodes;
    std::function<void(Node *)> walk = [&](Node *node) {
        for (const auto &child : node->children) {
            nodes.push_back(child.get());
            walk(child.get());
        }
    };
    walk(m_root.get());
    for (Node *node : nodes) {
        const auto it = wantedParent.constFind(node->id);
        if (it == wantedParent.constEnd() || it.value() == node->parent->id)
            continue;
        Node *target = it.value().isNull() ? m_root.get() : findNode(it.value());
        if (!target)
            continue;
        Node *from = node->parent;
        const int row = rowOfNode(node);
        const int destination = int(target->children.size());
        if (!beginMoveRows(indexOfNode(from), row, row, indexOfNode(target), destination))
            continue;
        std::unique_ptr<Node> moved = std::move(from->children[size_t(row)]);
        from->children.erase(from->children.begin() + row);
        moved->parent = target;
        target->children.push_back(std::move(moved));
        endMoveRows();
    }

    removeUnwanted(m_root.get(), wantedParent);
    insertAndOrder(m_root.get(), wanted);
}

void SuccessPlanTreeModel::removeUnwanted(Node *node, const QHash<QUuid, QUuid> &wantedParent)
{
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        Node *child = node->children[size_t(row)].get();
        const auto it = wantedParent.constFind(child->id);
        if (it == wantedParent.constEnd() || it.value() != node->id) {
            beginRemoveRows(indexOfNode(node), row, row);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
        } else {
            removeUnwanted(child, wantedParent);
        }
    }
}

void SuccessPlanTreeModel::insertAndOrder(Node *node, const std::vector<Wanted> &wanted)
{
    const QModelIndex parentIndex = indexOfNode(node);
    auto &children = node->children;
    for (size_t i = 0; i < wanted.size(); ++i) {
        const Wanted &item = wanted[i];
        if (i >= children.size() || children[i]->id != item.id) {
            const auto found = std::find_if(children.begin() + qsizetype(i), children.end(),
                                            [&](const auto &c) { return c->id == item.id; });
            if (found != children.end()) {
                const int from = int(found - children.begin());
                beginMoveRows(parentIndex, from, from, parentIndex, int(i));
                std::unique_ptr<Node> moved = std::move(*found);
                children.erase(found);
                children.insert(children.begin() + qsizetype(i), std::move(moved));
                endMoveRows();
            } else {
                auto created = std::make_unique<Node>();
                created->kind = item.kind;
                created->id = item.id;
                created->parent = node;
                beginInsertRows(parentIndex, int(i), int(i));
                children.insert(children.begin() + qsizetype(i), std::move(created));
                endInsertRows();
            }
        }
        insertAndOrder(children[i].get(), item.children);
    }
}

void SuccessPlanTreeModel::onRecordChanged(RecordKind kind, const CustomerId &, const QUuid &id)
{
    m_progress.clear();
    sync();
    if (const Node *node = findNode(id)) {
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    }
    // Measurements and objectives decide statuses, which outcomes sum up.
    if (kind == RecordKind::Measurement || kind == RecordKind::Objective)
        emitStatusChanged();
    Q_EMIT planChanged();
}

void SuccessPlanTreeModel::emitStatusChanged()
{
    std::function<void(const Node *)> walk = [&](const Node *node) {
        for (const auto &child : node->children) {
            if (child->kind == ItemKind::Objective)
                Q_EMIT dataChanged(indexOfNode(child.get(), StatusColumn),
                                   indexOfNode(child.get(), LatestColumn));
            else if (child->kind == ItemKind::Outcome)
                Q_EMIT dataChanged(indexOfNode(child.get(), StatusColumn),
                                   indexOfNode(child.get(), StatusColumn));
            walk(child.get());
        }
    };
    walk(m_root.get());
}

// ---- Lookup ------------------------------------------------------------------------------

SuccessPlanTreeModel::Node *SuccessPlanTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

SuccessPlanTreeModel::Node *SuccessPlanTreeModel::findNode(const QUuid &id) const
{
    std::function<Node *(Node *)> search = [&](Node *node) -> Node * {
        for (const auto &child : node->children) {
            if (child->id == id)
                return child.get();
            if (Node *found = search(child.get()))
                return found;
        }
        return nullptr;
    };
    return id.isNull() ? nullptr : search(m_root.get());
}

int SuccessPlanTreeModel::rowOfNode(const Node *node) const
{
    if (!node || !node->parent)
        return -1;
    const auto &siblings = node->parent->children;
    const auto it = std::find_if(siblings.begin(), siblings.end(),
                                 [node](const auto &c) { return c.get() == node; });
    return it == siblings.end() ? -1 : int(it - siblings.begin());
}

QModelIndex SuccessPlanTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOfNode(node), column, const_cast<Node *>(node));
}

SuccessPlanTreeModel::ItemKind SuccessPlanTreeModel::kindOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->kind : ItemKind::Outcome;
}

OutcomeId SuccessPlanTreeModel::outcomeAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Outcome ? OutcomeId(node->id) : OutcomeId();
}

ObjectiveId SuccessPlanTreeModel::objectiveAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Objective ? ObjectiveId(node->id) : ObjectiveId();
}

StepId SuccessPlanTreeModel::stepAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == ItemKind::Step ? StepId(node->id) : StepId();
}

QModelIndex SuccessPlanTreeModel::indexOf(const OutcomeId &id, int column) const
{
    return indexOfNode(findNode(id.uuid()), column);
}

QModelIndex SuccessPlanTreeModel::indexOf(const ObjectiveId &id, int column) const
{
    return indexOfNode(findNode(id.uuid()), column);
}

QModelIndex SuccessPlanTreeModel::indexOf(const StepId &id, int column) const
{
    return indexOfNode(findNode(id.uuid()), column);
}

// ---- Status ------------------------------------------------------------------------------

ObjectiveProgress SuccessPlanTreeModel::progressOf(const ObjectiveId &id) const
{
    const auto cached = m_progress.constFind(id.uuid());
    if (cached != m_progress.constEnd())
        return cached.value();
    const Objective *objective = m_workspace->record<Objective>(id);
    if (!objective)
        return {};
    const ObjectiveProgress progress = objectiveProgress(
        *objective, m_workspace->records<Measurement>(objective->customerId), m_workspace->today());
    m_progress.insert(id.uuid(), progress);
    return progress;
}

QString SuccessPlanTreeModel::formatValue(double value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'g', 12);
    const QString u = unit.trimmed();
    if (u.isEmpty())
        return number;
    if (u == QLatin1String("%"))
        return number + u;
    return tr("%1 %2", "value and unit").arg(number, u);
}

QColor SuccessPlanTreeModel::statusColor(ObjectiveStatus status)
{
    switch (status) {
    case ObjectiveStatus::Achieved:
        return QColor(0x00, 0x69, 0x5c);
    case ObjectiveStatus::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case ObjectiveStatus::AtRisk:
        return QColor(0xc4, 0x50, 0x00);
    case ObjectiveStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case ObjectiveStatus::NoData:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QString SuccessPlanTreeModel::statusReason(const Objective &objective,
                                           const ObjectiveProgress &progress)
{
    if (!progress.latest)
        return tr("No measurement yet: add a reading to see progress.");
    const QString latest = formatValue(progress.latest->value, objective.unit);
    const QString latestDate = shortDate(progress.latest->date);
    switch (progress.status) {
    case ObjectiveStatus::NoData:
        break;
    case ObjectiveStatus::Achieved:
        if (progress.achievedLate)
            return tr("Target reached with %1 on %2, after the target date.")
                .arg(latest, latestDate);
        return tr("Target reached with %1 on %2.").arg(latest, latestDate);
    case ObjectiveStatus::Missed:
        return tr("The target date %1 has passed with %2 of the way done (latest %3).")
            .arg(shortDate(objective.targetDate), percent(progress.progress), latest);
    case ObjectiveStatus::OnTrack:
    case ObjectiveStatus::AtRisk:
        if (std::abs(objective.target - objective.baseline) <=
            1e-9 * std::max(1.0, std::abs(objective.target)))
            return tr("The value should hold at %1; the latest reading is %2.")
                .arg(formatValue(objective.target, objective.unit), latest);
        if (progress.expectedProgress)
            return tr("%1 of the way on %2, %3 expected by today.")
                .arg(percent(progress.progress), latestDate, percent(*progress.expectedProgress));
        if (progress.status == ObjectiveStatus::OnTrack)
            return tr("%1 of the way; no target date to project against.")
                .arg(percent(progress.progress));
        return tr("Worse than the baseline (%1); no target date to project against.").arg(latest);
    }
    return {};
}

// ---- QAbstractItemModel ------------------------------------------------------------------

QModelIndex SuccessPlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SuccessPlanTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == m_root.get())
        return {};
    return indexOfNode(node->parent, 0);
}

int SuccessPlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root->children.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int SuccessPlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SuccessPlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Outcome, objective or step");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Baseline → target");
    case LatestColumn:
        return tr("Latest");
    case DateColumn:
        return tr("Due");
    case OwnerColumn:
        return tr("Owner");
    case CustomerOwnerColumn:
        return tr("Customer owner");
    default:
        return {};
    }
}

Qt::ItemFlags SuccessPlanTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    bool editable = index.column() == TitleColumn;
    switch (node->kind) {
    case ItemKind::Outcome:
        break;
    case ItemKind::Objective:
        editable = editable || index.column() == DateColumn || index.column() == OwnerColumn ||
                   index.column() == CustomerOwnerColumn;
        break;
    case ItemKind::Step:
        editable = editable || index.column() == DateColumn || index.column() == OwnerColumn;
        if (index.column() == StatusColumn)
            flags |= Qt::ItemIsUserCheckable;
        break;
    }
    if (editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SuccessPlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (role == KindRole)
        return int(node->kind);
    if (role == IdRole)
        return node->id.toString(QUuid::WithoutBraces);
    switch (node->kind) {
    case ItemKind::Outcome:
        if (const Outcome *outcome = m_workspace->record<Outcome>(OutcomeId(node->id)))
            return outcomeData(*outcome, index.column(), role);
        break;
    case ItemKind::Objective:
        if (const Objective *objective = m_workspace->record<Objective>(ObjectiveId(node->id)))
            return objectiveData(*objective, index.column(), role);
        break;
    case ItemKind::Step:
        if (const OperationalStep *step = m_workspace->record<OperationalStep>(StepId(node->id)))
            return stepData(*step, index.column(), role);
        break;
    }
    return {};
}

QVariant SuccessPlanTreeModel::outcomeData(const Outcome &outcome, int column, int role) const
{
    if (column == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return outcome.title.isEmpty() ? tr("(untitled outcome)") : outcome.title;
        case Qt::EditRole:
            return outcome.title;
        case Qt::ToolTipRole:
            return outcome.description.isEmpty() ? QVariant() : outcome.description;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        // A summary computed from the objectives, never stored.
        int total = 0;
        int good = 0;
        for (const Objective &objective : m_workspace->records<Objective>(outcome.customerId)) {
            if (objective.outcomeId != outcome.id)
                continue;
            ++total;
            const ObjectiveStatus status = progressOf(objective.id).status;
            if (status == ObjectiveStatus::OnTrack || status == ObjectiveStatus::Achieved)
                ++good;
        }
        if (total == 0)
            return role == Qt::DisplayRole ? tr("No objectives") : QVariant();
        if (role == Qt::ToolTipRole)
            return tr("Objectives achieved or on track: %1 of %2").arg(good).arg(total);
        return tr("%1 of %2 on track").arg(good).arg(total);
    }
    return {};
}

QVariant SuccessPlanTreeModel::objectiveData(const Objective &objective, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return int(progressOf(objective.id).status);
    case ProgressRole:
        return progressOf(objective.id).cappedProgress();
    case StatusReasonRole:
        return statusReason(objective, progressOf(objective.id));
    case QuickWinRole:
        return objective.quickWin;
    default:
        break;
    }

    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return objective.metric.isEmpty() ? tr("(unnamed objective)") : objective.metric;
        if (role == Qt::EditRole)
            return objective.metric;
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            lines.append(tr("From %1 to %2")
                             .arg(formatValue(objective.baseline, objective.unit),
                                  formatValue(objective.target, objective.unit)));
            if (objective.targetDate.isValid())
                lines.append(tr("Target date: %1").arg(shortDate(objective.targetDate)));
            if (objective.quickWin)
                lines.append(tr("Quick win"));
            if (objective.confirmedAtKickoff)
                lines.append(tr("Confirmed at kickoff"));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return enumDisplayName(progressOf(objective.id).status);
        if (role == Qt::ToolTipRole)
            return statusReason(objective, progressOf(objective.id));
        return {};
    case TargetColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 → %2").arg(formatValue(objective.baseline, QString()),
                                     formatValue(objective.target, objective.unit));
        if (role == Qt::ToolTipRole)
            return tr("Edit baseline and target in the details below.");
        return {};
    case LatestColumn: {
        const ObjectiveProgress progress = progressOf(objective.id);
        if (!progress.latest)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(formatValue(progress.latest->value, objective.unit),
                                     percent(progress.progress));
        if (role == Qt::ToolTipRole) {
            const QString note = progress.latest->note.trimmed();
            return note.isEmpty()
                       ? tr("Measured on %1").arg(shortDate(progress.latest->date))
                       : tr("Measured on %1: %2").arg(shortDate(progress.latest->date), note);
        }
        return {};
    }
    case DateColumn:
        if (role == Qt::DisplayRole)
            return shortDate(objective.targetDate);
        if (role == Qt::EditRole)
            return objective.targetDate;
        if (role == Qt::ToolTipRole)
            return recordFieldLabel<Objective>(ObjectiveField::TargetDate);
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return objective.vendorOwner;
        if (role == Qt::ToolTipRole)
            return recordFieldLabel<Objective>(ObjectiveField::VendorOwner);
        return {};
    case CustomerOwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return objective.customerOwner;
        return {};
    default:
        return {};
    }
}

QVariant SuccessPlanTreeModel::stepData(const OperationalStep &step, int column, int role) const
{
    const bool overdue =
        !step.done && step.dueDate.isValid() && step.dueDate < m_workspace->today();
    if (role == OverdueRole)
        return overdue;
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return step.task.isEmpty() ? tr("(unnamed step)") : step.task;
        if (role == Qt::EditRole)
            return step.task;
        return {};
    case StatusColumn:
        if (role == Qt::CheckStateRole)
            return step.done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return step.done ? tr("Done") : overdue ? tr("Overdue") : tr("Open");
        return {};
    case DateColumn:
        if (role == Qt::DisplayRole)
            return shortDate(step.dueDate);
        if (role == Qt::EditRole)
            return step.dueDate;
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return step.owner;
        return {};
    default:
        return {};
    }
}

bool SuccessPlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    QUndoStack *stack = m_workspace->undoStack();
    const int column = index.column();

    // Text is kept without the spaces around it.
    const QVariant text = value.toString().trimmed();
    auto push = [&](auto *command) {
        if (command->isObsolete()) {
            delete command;
            return false;
        }
        stack->push(command);
        return true;
    };

    switch (node->kind) {
    case ItemKind::Outcome:
        if (role != Qt::EditRole)
            return false;
        return push(new ChangeRecordField<Outcome>(m_workspace, OutcomeId(node->id),
                                                   OutcomeField::Title, text));
    case ItemKind::Objective: {
        if (role != Qt::EditRole)
            return false;
        const ObjectiveId id(node->id);
        switch (column) {
        case TitleColumn:
            return push(
                new ChangeRecordField<Objective>(m_workspace, id, ObjectiveField::Metric, text));
        case DateColumn:
            return push(new ChangeRecordField<Objective>(
                m_workspace, id, ObjectiveField::TargetDate, value.toDate()));
        case OwnerColumn:
            return push(new ChangeRecordField<Objective>(m_workspace, id,
                                                         ObjectiveField::VendorOwner, text));
        case CustomerOwnerColumn:
            return push(new ChangeRecordField<Objective>(m_workspace, id,
                                                         ObjectiveField::CustomerOwner, text));
        default:
            return false;
        }
    }
    case ItemKind::Step: {
        const StepId id(node->id);
        if (column == StatusColumn) {
            if (role != Qt::CheckStateRole)
                return false;
            return push(new ChangeRecordField<OperationalStep>(
                m_workspace, id, StepField::Done, Qt::CheckState(value.toInt()) == Qt::Checked));
        }
        if (role != Qt::EditRole)
            return false;
        switch (column) {
        case TitleColumn:
            return push(
                new ChangeRecordField<OperationalStep>(m_workspace, id, StepField::Task, text));
        case DateColumn:
            return push(new ChangeRecordField<OperationalStep>(m_workspace, id, StepField::DueDate,
                                                               value.toDate()));
        case OwnerColumn:
            return push(
                new ChangeRecordField<OperationalStep>(m_workspace, id, StepField::Owner, text));
        default:
            return false;
        }
    }
    }
    return false;
}

} // namespace Csm
