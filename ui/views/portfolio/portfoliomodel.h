// The portfolio page's table: one row per customer with where its onboarding stands against the
// targets, its health and its alerts, optionally grouped under tier, phase, owner, status or
// health band. Reads a PortfolioTracker, which keeps the rows up to date.
#pragma once

#include "domain/id.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace Csm {

class PortfolioTracker;
struct PortfolioRow;

class PortfolioModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        TierColumn,
        PhaseColumn,
        OwnerColumn,
        DaysColumn,
        KickoffColumn,
        FirstValueColumn,
        OnTimeColumn,
        AdoptionColumn,
        GoalsColumn,
        SatisfactionColumn,
        NextMilestoneColumn,
        HealthColumn,
        AlertsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString customer id; empty on a group row
        IsGroupRole,               // bool
        SortRole,                  // a value that sorts naturally for the column
        ToneRole,                  // int Tone: how the cell's figure compares to its target
        HealthScoreRole,           // int, or invalid without a score
        HealthBandRole,            // int HealthBand
        ActiveAlertsRole,          // int
        CriticalAlertsRole,        // int, active ones
        SnoozedAlertsRole,         // int
        SearchTextRole,            // account, industry and owners
        StatusRole,                // int Status
        GraduatedRole,             // bool
    };
    enum class Tone { Neutral, Good, Warning, Bad };
    enum class Grouping { None, Tier, Phase, Owner, Status, Health };

    explicit PortfolioModel(PortfolioTracker *tracker, QObject *parent = nullptr);

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The customer of a row, null on a group row.
    CustomerId customerAt(const QModelIndex &index) const;
    QModelIndex indexOf(const CustomerId &customer, int column = 0) const;
    const PortfolioRow *rowAt(const QModelIndex &index) const;

private:
    struct Group
    {
        QString key;   // what the rows share, for sorting
        int order = 0; // the natural order of groups
        QString title;
        QList<int> rows; // indexes into the snapshot's rows
    };
    static constexpr quintptr TopLevel = 0; // internal id of top-level rows; children: group + 1

    void rebuild();
    void onRowsChanged(const QList<CustomerId> &customers);
    Group groupOf(const PortfolioRow &row) const;
    QVariant customerData(const PortfolioRow &row, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;
    const QList<int> &topRows() const;

    PortfolioTracker *m_tracker;
    Grouping m_grouping = Grouping::None;
    QList<Group> m_groups;                         // one, untitled and unshown, without grouping
    QHash<CustomerId, QPair<int, int>> m_position; // group, row within it
};

} // namespace Csm
