#include "stakeholdermodel.h"

#include "commands/changestakeholderfield.h"
#include "handoff/validation.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Csm {

namespace {
constexpr StakeholderField kColumnFields[] = {
    StakeholderField::Name,      StakeholderField::Title,       StakeholderField::Email,
    StakeholderField::Phone,     StakeholderField::Side,        StakeholderField::Role,
    StakeholderField::Sentiment, StakeholderField::LastContact,
};
} // namespace

StakeholderModel::StakeholderModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::stakeholderAdded, this, &StakeholderModel::onAdded);
    connect(workspace, &Workspace::stakeholderRemoved, this, &StakeholderModel::onRemoved);
    connect(workspace, &Workspace::stakeholderChanged, this, &StakeholderModel::onChanged);
    // A customer deleted or restored (undo) takes its stakeholders with it.
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            reload();
    });
    connect(workspace, &Workspace::customerAdded, this, [this](const CustomerId &id) {
        if (id == m_customer)
            reload();
    });
}

void StakeholderModel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    reload();
}

QList<StakeholderId> StakeholderModel::sortedIds() const
{
    QList<StakeholderId> ids;
    for (const Stakeholder &s : m_workspace->stakeholders(m_customer))
        ids.append(s.id);
    return ids;
}

void StakeholderModel::reload()
{
    beginResetModel();
    m_rows = sortedIds();
    endResetModel();
    Q_EMIT problemsChanged();
}

int StakeholderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StakeholderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

StakeholderField StakeholderModel::fieldOf(int column)
{
    return kColumnFields[column];
}

QVariant StakeholderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stakeholder *s = m_workspace->stakeholder(m_rows.at(index.row()));
    if (!s)
        return {};
    const StakeholderField field = fieldOf(index.column());

    auto problem = [&]() -> QString {
        for (const StakeholderProblem &p : validateStakeholder(*s)) {
            if (p.field == field)
                return p.message;
        }
        return {};
    };

    switch (role) {
    case IdRole:
        return s->id.toString();
    case SideRole:
        return int(s->side);
    case ProblemRole:
        return problem();
    case Qt::EditRole:
        return stakeholderValue(*s, field);
    case Qt::DisplayRole:
        switch (field) {
        case StakeholderField::Side:
            return enumDisplayName(s->side);
        case StakeholderField::Role:
            return enumDisplayName(s->role);
        case StakeholderField::Sentiment:
            return enumDisplayName(s->sentiment);
        case StakeholderField::LastContact:
            return s->lastContact.isValid()
                       ? QLocale().toString(s->lastContact, QLocale::ShortFormat)
                       : QString();
        default:
            return stakeholderValue(*s, field);
        }
    case Qt::ToolTipRole: {
        const QString message = problem();
        if (!message.isEmpty())
            return message;
        if (field == StakeholderField::LastContact && s->lastContact.isValid())
            return tr("%n day(s) ago", nullptr, int(s->lastContact.daysTo(m_workspace->today())));
        return {};
    }
    case Qt::ForegroundRole:
        if (!problem().isEmpty())
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (field == StakeholderField::Sentiment && s->sentiment == Sentiment::Skeptic)
            return QBrush(QColor(0xb0, 0x5a, 0x00));
        if (field == StakeholderField::Sentiment && s->sentiment == Sentiment::Advocate)
            return QBrush(QColor(0x1e, 0x7b, 0x34));
        return {};
    case Qt::BackgroundRole:
        if (!problem().isEmpty())
            return QBrush(QColor(0xfd, 0xe8, 0xe8));
        return {};
    default:
        return {};
    }
}

bool StakeholderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Stakeholder *s = m_workspace->stakeholder(m_rows.at(index.row()));
    if (!s)
        return false;
    const StakeholderField field = fieldOf(index.column());
    QVariant newValue = value;
    if (field == StakeholderField::Name || field == StakeholderField::Email)
        newValue = value.toString().trimmed();
    if (newValue == stakeholderValue(*s, field))
        return false;

    QUndoStack *stack = m_workspace->undoStack();
    const StakeholderId id = s->id;
    if (field == StakeholderField::Side) {
        // Moving a person to the other side also gives them a role that exists there:
        // one user action, one undo step.
        const Side side = Side(newValue.toInt());
        const bool roleFits = isVendorRole(s->role) == (side == Side::Vendor);
        stack->beginMacro(tr("Move %1 to %2").arg(s->name, enumDisplayName(side)));
        stack->push(new ChangeStakeholderField(m_workspace, id, field, newValue));
        if (!roleFits)
            stack->push(new ChangeStakeholderField(
                m_workspace, id, StakeholderField::Role,
                int(side == Side::Vendor ? StakeholderRole::Csm : StakeholderRole::EndUser)));
        stack->endMacro();
    } else {
        stack->push(new ChangeStakeholderField(m_workspace, id, field, newValue));
    }
    return true;
}

Qt::ItemFlags StakeholderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant StakeholderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount)
        return stakeholderFieldLabel(fieldOf(section));
    return {};
}

StakeholderId StakeholderModel::stakeholderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : StakeholderId();
}

int StakeholderModel::rowOf(const StakeholderId &id) const
{
    return int(m_rows.indexOf(id));
}

QStringList StakeholderModel::problemSummary() const
{
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Stakeholder *s = m_workspace->stakeholder(m_rows.at(row));
        if (!s)
            continue;
        for (const StakeholderProblem &p : validateStakeholder(*s)) {
            const QString who = s->name.isEmpty() ? tr("Row %1").arg(row + 1) : s->name;
            lines.append(tr("%1, %2: %3").arg(who, stakeholderFieldLabel(p.field), p.message));
        }
    }
    return lines;
}

void StakeholderModel::onAdded(const CustomerId &customer, const StakeholderId &id)
{
    if (customer != m_customer)
        return;
    const int row = int(sortedIds().indexOf(id));
    if (row < 0)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, id);
    endInsertRows();
    Q_EMIT problemsChanged();
}

void StakeholderModel::onRemoved(const CustomerId &customer, const StakeholderId &id)
{
    if (customer != m_customer)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT problemsChanged();
}

void StakeholderModel::onChanged(const CustomerId &customer, const StakeholderId &id)
{
    if (customer != m_customer)
        return;
    const int from = rowOf(id);
    if (from < 0)
        return;
    const int to = int(sortedIds().indexOf(id));
    if (to >= 0 && to != from) {
        // A change of side moves the row to the other group.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    const int row = rowOf(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT problemsChanged();
}

} // namespace Csm
