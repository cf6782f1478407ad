// A short list of a plan's tasks with why each is listed ("5 days late against its
// baseline"): the tasks that push the first value out, the tasks that make up the friction
// score. Read-only; activating a row selects the task in the chart.
#pragma once

#include "domain/id.h"
#include "timelinestyle.h"

#include <QAbstractListModel>
#include <QList>

namespace Csm {

class TaskListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // QString id
        ReasonRole,                    // why the task is listed
    };

    struct Item
    {
        TaskId task;
        QString name;
        QString reason;
        TimelineStyle::Tone tone = TimelineStyle::Tone::Warning;
        bool operator==(const Item &) const = default;
    };

    using QAbstractListModel::QAbstractListModel;

    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    TaskId taskAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace Csm
