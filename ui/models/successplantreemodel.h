// One customer's Joint Success Plan as a tree: outcomes contain objectives, which contain
// operational steps. Edits become undo commands; the tree follows the workspace's change
// signals row by row, so selections and open editors survive edits elsewhere.
#pragma once

#include "domain/id.h"
#include "domain/successplan.h"
#include "successplan/objectiveprogress.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QUuid>

#include <memory>
#include <vector>

namespace Csm {

class Workspace;

class SuccessPlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,         // outcome title, objective metric, step task
        StatusColumn,        // objective status, step done, outcome summary
        TargetColumn,        // objective baseline -> target
        LatestColumn,        // objective's latest reading and progress
        DateColumn,          // objective target date, step due date
        OwnerColumn,         // objective's owner on our side, step owner
        CustomerOwnerColumn, // objective's owner on the customer's side
        ColumnCount
    };
    enum class ItemKind { Outcome, Objective, Step };
    enum Role {
        KindRole = Qt::UserRole + 1, // int ItemKind
        IdRole,                      // QString id of the record
        StatusRole,                  // int ObjectiveStatus (objectives only)
        ProgressRole,                // double 0..1, progress capped for bars (objectives only)
        StatusReasonRole,            // QString: why the objective has its status
        QuickWinRole,                // bool: the objective is marked as quick win
        OverdueRole,                 // bool: a step past its due date and not done
    };

    explicit SuccessPlanTreeModel(Workspace *workspace, QObject *parent = nullptr);
    ~SuccessPlanTreeModel() override;

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // What a row shows; an invalid index has no kind and null ids.
    ItemKind kindOf(const QModelIndex &index) const;
    OutcomeId outcomeAt(const QModelIndex &index) const;
    ObjectiveId objectiveAt(const QModelIndex &index) const;
    StepId stepAt(const QModelIndex &index) const;
    QModelIndex indexOf(const OutcomeId &id, int column = TitleColumn) const;
    QModelIndex indexOf(const ObjectiveId &id, int column = TitleColumn) const;
    QModelIndex indexOf(const StepId &id, int column = TitleColumn) const;

    // Where the objective stands today, from the core rule (cached until the plan changes).
    ObjectiveProgress progressOf(const ObjectiveId &id) const;

    // Text for an objective's status: what it is based on, for badges and tooltips.
    static QString statusReason(const Objective &objective, const ObjectiveProgress &progress);
    // A value with its unit ("2.5 h/week").
    static QString formatValue(double value, const QString &unit);
    // Badge colour of an objective status; white text reads on all of them.
    static QColor statusColor(ObjectiveStatus status);

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
    // A record of the plan (measurements included) was added, removed or changed.
    void planChanged();

private:
    struct Node
    {
        ItemKind kind = ItemKind::Outcome;
        QUuid id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    // The shape the tree should have, from the workspace.
    struct Wanted
    {
        ItemKind kind;
        QUuid id;
        std::vector<Wanted> children;
    };

    std::vector<Wanted> wantedTree() const;
    void sync();
    void moveToWantedParents(const std::vector<Wanted> &wanted);
    void removeUnwanted(Node *node, const QHash<QUuid, QUuid> &wantedParent);
    void insertAndOrder(Node *node, const std::vector<Wanted> &wanted);
    void onRecordChanged(RecordKind kind, const CustomerId &customer, const QUuid &id);
    void emitStatusChanged();

    Node *nodeOf(const QModelIndex &index) const;
    Node *findNode(const QUuid &id) const;
    QModelIndex indexOfNode(const Node *node, int column = TitleColumn) const;
    int rowOfNode(const Node *node) const;
    QVariant objectiveData(const Objective &objective, int column, int role) const;
    QVariant outcomeData(const Outcome &outcome, int column, int role) const;
    QVariant stepData(const OperationalStep &step, int column, int role) const;

    Workspace *m_workspace;
    CustomerId m_customer;
    std::unique_ptr<Node> m_root;
    mutable QHash<QUuid, ObjectiveProgress> m_progress;
};

} // namespace Csm
