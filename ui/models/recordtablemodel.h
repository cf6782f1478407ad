// A table of one customer's records of one kind (actions, risks, measurements...), one row
// per record and one column per chosen field. Edits become undo commands; the table follows
// the workspace's change signals, including those of the records its reference columns name.
#pragma once

#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "domain/onboardingfile.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QLocale>

#include <functional>

namespace Csm {

// Signals and roles shared by every RecordTableModel<R> (a template cannot be a Q_OBJECT).
class RecordTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString id
        SortRole,                  // the raw value, for sorting
        FieldKindRole,             // int FieldKind of the column
        OptionsRole,               // QVariantList of {label, value} pairs for choice columns
    };

    using QAbstractTableModel::QAbstractTableModel;

    // A choice column's options: the enum's values, or the records a reference may point to.
    using Option = std::pair<QString, QVariant>;

Q_SIGNALS:
    // Rows came or went, or what they show changed.
    void recordsChanged();
};

template<typename R> class RecordTableModel : public RecordTableModelBase
{
public:
    using Traits = RecordTraits<R>;
    using Id = typename Traits::Id;
    using Field = typename Traits::Field;
    // Gives the display name and the choices of a reference column.
    using ReferenceNamer = std::function<QString(const QVariant &id)>;
    using ReferenceOptions = std::function<QList<Option>()>;

    RecordTableModel(Workspace *workspace, QList<Field> columns, QObject *parent = nullptr)
        : RecordTableModelBase(parent)
        , m_workspace(workspace)
        , m_columns(std::move(columns))
    {
        auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
            if (kind == Traits::kind && customer == m_customer)
                resync();
        };
        connect(workspace, &Workspace::recordAdded, this, follow);
        connect(workspace, &Workspace::recordRemoved, this, follow);
        connect(workspace, &Workspace::recordChanged, this,
                [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
                    if (kind != Traits::kind || customer != m_customer)
                        return;
                    const int row = int(m_rows.indexOf(Id(id)));
                    if (row < 0 || !accepts(Id(id))) {
                        resync();
                        return;
                    }
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                    Q_EMIT recordsChanged();
                });
        // A reference shows the name of another record of the customer, a stakeholder or a
        // record of another kind: when one of those comes, goes or changes, the names may
        // have changed.
        auto otherRecord = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
            if (kind != Traits::kind && customer == m_customer)
                refreshReferences();
        };
        connect(workspace, &Workspace::recordAdded, this, otherRecord);
        connect(workspace, &Workspace::recordRemoved, this, otherRecord);
        connect(workspace, &Workspace::recordChanged, this, otherRecord);
        auto stakeholder = [this](const CustomerId &customer) {
            if (customer == m_customer)
                refreshReferences();
        };
        connect(workspace, &Workspace::stakeholdersChanged, this, stakeholder);
        auto reset = [this](const CustomerId &id) {
            if (id == m_customer)
                setCustomer(m_customer);
        };
        connect(workspace, &Workspace::customerAdded, this, reset);
        connect(workspace, &Workspace::customerRemoved, this, reset);
    }

    void setCustomer(const CustomerId &customer)
    {
        beginResetModel();
        m_customer = customer;
        m_rows = visibleIds();
        endResetModel();
        Q_EMIT recordsChanged();
    }
    CustomerId customer() const { return m_customer; }

    // Shows only the records `filter` accepts (an objective's measurements, say).
    void setFilter(std::function<bool(const R &)> filter)
    {
        m_filter = std::move(filter);
        setCustomer(m_customer);
    }

    void setReference(Field field, ReferenceNamer namer, ReferenceOptions options)
    {
        m_referenceNamers.insert(int(field), std::move(namer));
        m_referenceOptions.insert(int(field), std::move(options));
    }

    // Tells the views that the names and choices in the reference columns may have changed:
    // one dataChanged per reference column, rows, selections and open editors stay. The model
    // calls it itself when a stakeholder or a record of another kind of its customer comes,
    // goes or changes; call it when a namer depends on anything else. Nothing happens without
    // reference columns or rows.
    void refreshReferences()
    {
        if (m_rows.isEmpty())
            return;
        bool any = false;
        for (int column = 0; column < columnCount(); ++column) {
            if (kindAt(column) != FieldKind::Reference)
                continue;
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                               {Qt::DisplayRole, SortRole, OptionsRole});
            any = true;
        }
        if (any)
            Q_EMIT recordsChanged();
    }

    // Colours a whole row, e.g. overdue actions.
    void setRowHighlight(std::function<QBrush(const R &)> highlight)
    {
        m_highlight = std::move(highlight);
    }

    Field fieldAt(int column) const { return m_columns.at(column); }
    int columnOf(Field field) const { return int(m_columns.indexOf(field)); }
    Id idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Id(); }
    int rowOf(const Id &id) const { return int(m_rows.indexOf(id)); }
    const R *recordAt(int row) const { return m_workspace->record<R>(idAt(row)); }

    // Adds `record` (stamped and given an id here) as one undo step; returns its row. Without
    // a text the step is "Add <kind> <name>" (see AddRecord).
    int addRecord(R record, const QString &undoText = {})
    {
        record.id = Id::create();
        record.customerId = m_customer;
        record.meta = m_workspace->newMeta();
        m_workspace->undoStack()->push(new AddRecord<R>(m_workspace, record, undoText));
        return rowOf(record.id);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return recordFieldLabel<R>(m_columns.at(section));
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (kindAt(index.column()) == FieldKind::Bool)
            return base | Qt::ItemIsUserCheckable;
        return base | Qt::ItemIsEditable;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const R *record = recordAt(index.row());
        if (!record)
            return {};
        const Field field = m_columns.at(index.column());
        const FieldKind kind = kindAt(index.column());
        const QVariant value = recordValue(*record, field);
        switch (role) {
        case IdRole:
            return record->id.toString();
        case FieldKindRole:
            return int(kind);
        case OptionsRole:
            return options(field);
        case SortRole:
            if (kind == FieldKind::Date)
                return value.toDate().isValid() ? value.toDate().toJulianDay() : qint64(-1);
            if (kind == FieldKind::Reference || kind == FieldKind::Enum)
                return data(index, Qt::DisplayRole).toString().toLower();
            return value;
        case Qt::EditRole:
            return value;
        case Qt::CheckStateRole:
            if (kind == FieldKind::Bool)
                return value.toBool() ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::DisplayRole:
            return display(field, kind, value);
        case Qt::ToolTipRole:
            if (kind == FieldKind::LongText || kind == FieldKind::Text)
                return value.toString().size() > 40 ? value : QVariant();
            return {};
        case Qt::BackgroundRole:
            return m_highlight ? QVariant::fromValue(m_highlight(*record)) : QVariant();
        case Qt::TextAlignmentRole:
            if (kind == FieldKind::Number || kind == FieldKind::Integer || kind == FieldKind::Money)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        const R *record = index.isValid() ? recordAt(index.row()) : nullptr;
        if (!record)
            return false;
        const Field field = m_columns.at(index.column());
        QVariant newValue = value;
        if (role == Qt::CheckStateRole)
            newValue = Qt::CheckState(value.toInt()) == Qt::Checked;
        else if (role != Qt::EditRole)
            return false;
        if (newValue == recordValue(*record, field))
            return false;
        m_workspace->undoStack()->push(
            new ChangeRecordField<R>(m_workspace, record->id, field, newValue));
        return true;
    }

private:
    FieldKind kindAt(int column) const { return recordFieldSpec<R>(m_columns.at(column)).kind; }

    bool accepts(const Id &id) const
    {
        const R *record = m_workspace->record<R>(id);
        return record && (!m_filter || m_filter(*record));
    }

    QList<Id> visibleIds() const
    {
        QList<Id> ids;
        for (const R &record : m_workspace->records<R>(m_customer)) {
            if (!m_filter || m_filter(record))
                ids.append(record.id);
        }
        return ids;
    }

    // Brings the rows in line with the workspace with row-level signals, so selections and
    // open editors elsewhere in the table survive.
    void resync()
    {
        const QList<Id> wanted = visibleIds();
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(m_rows.at(row))) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        for (int row = 0; row < wanted.size(); ++row) {
            if (row < m_rows.size() && m_rows.at(row) == wanted.at(row))
                continue;
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted.at(row));
            endInsertRows();
        }
        Q_EMIT recordsChanged();
    }

    QVariant display(Field field, FieldKind kind, const QVariant &value) const
    {
        switch (kind) {
        case FieldKind::Date:
            return value.toDate().isValid()
                       ? QLocale().toString(value.toDate(), QLocale::ShortFormat)
                       : QString();
        case FieldKind::Bool:
            return {};
        case FieldKind::Number:
            return QLocale().toString(value.toDouble(), 'g', 10);
        case FieldKind::Enum:
        case FieldKind::Reference:
            for (const QVariant &option : options(field)) {
                const QVariantList pair = option.toList();
                if (pair.value(1) == value)
                    return pair.value(0);
            }
            if (kind == FieldKind::Reference && m_referenceNamers.contains(int(field)))
                return m_referenceNamers.value(int(field))(value);
            return {};
        default:
            return value;
        }
    }

    QVariantList options(Field field) const
    {
        QVariantList list;
        const FieldKind kind = recordFieldSpec<R>(field).kind;
        if (kind == FieldKind::Enum) {
            R probe;
            std::visit(
                [&](auto ptr) {
                    using T = std::remove_cvref_t<decltype(probe.*ptr)>;
                    if constexpr (std::is_enum_v<T>) {
                        for (int i = 0; i < enumCount<T>(); ++i)
                            list.append(QVariant(QVariantList{enumDisplayName(T(i)), i}));
                    }
                },
                recordFieldSpec<R>(field).member);
        } else if (kind == FieldKind::Reference && m_referenceOptions.contains(int(field))) {
            for (const Option &option : m_referenceOptions.value(int(field))())
                list.append(QVariant(QVariantList{option.first, option.second}));
        }
        return list;
    }

    Workspace *m_workspace;
    QList<Field> m_columns;
    CustomerId m_customer;
    QList<Id> m_rows;
    std::function<bool(const R &)> m_filter;
    std::function<QBrush(const R &)> m_highlight;
    QHash<int, ReferenceNamer> m_referenceNamers;
    QHash<int, ReferenceOptions> m_referenceOptions;
};

} // namespace Csm
