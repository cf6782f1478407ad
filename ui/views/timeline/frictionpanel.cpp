#include "frictionpanel.h"

#include "panelwidgets.h"
#include "tasklistmodel.h"
#include "timeline/firstvalue.h"
#include "timeline/schedule.h"
#include "timelinestyle.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Csm {

using namespace TimelineWidgets;
using TimelineStyle::Tone;

FrictionPanel::FrictionPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scoreLabel(boldLabel({}, 1.15))
    , m_badge(new QLabel)
    , m_explanation(hintLabel())
    , m_model(new TaskListModel(this))
{
    m_scoreLabel->setObjectName(QStringLiteral("frictionScore"));
    m_badge->setObjectName(QStringLiteral("frictionBadge"));
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_list = compactList(m_model);
    m_list->setObjectName(QStringLiteral("frictionTasks"));
    m_list->setAccessibleName(tr("Tasks that count towards the friction score"));

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_scoreLabel, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list);

    auto activate = [this](const QModelIndex &index) {
        const TaskId task = m_model->taskAt(index.row());
        if (!task.isNull())
            Q_EMIT taskActivated(task);
    };
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_list, &QListView::activated, this, activate);
}

void FrictionPanel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    refresh();
}

QString FrictionPanel::summary() const
{
    return tr("%1 of %2").arg(m_score).arg(FrictionScore::target);
}

void FrictionPanel::refresh()
{
    const QList<PlanTask> tasks = m_workspace->records<PlanTask>(m_customer);
    const QDate today = m_workspace->today();
    const FrictionScore friction = frictionScore(tasks, today);
    m_score = friction.score;
    const bool high = friction.score >= FrictionScore::target;
    m_scoreLabel->setText(tr("Friction score %1").arg(friction.score));
    m_badge->setText(high ? tr("At or above %1").arg(FrictionScore::target)
                          : tr("Below %1").arg(FrictionScore::target));
    m_badge->setStyleSheet(TimelineStyle::badgeStyle(high ? Tone::Bad : Tone::Good));
    m_badge->setProperty("tone", int(high ? Tone::Bad : Tone::Good));

    QList<TaskListModel::Item> items;
    for (const TaskId &id : friction.tasks) {
        const PlanTask *task = m_workspace->record<PlanTask>(id);
        if (!task)
            continue;
        const int weight = waitingWeight(task->waitingOn);
        const bool overdue = isOverdue(*task, today);
        const QString reason = overdue ? tr("waits on %1, %2 points (doubled: overdue)")
                                             .arg(enumDisplayName(task->waitingOn).toLower())
                                             .arg(weight * 2)
                                       : tr("waits on %1, %2 points")
                                             .arg(enumDisplayName(task->waitingOn).toLower())
                                             .arg(weight);
        items.append({id, task->name, reason, overdue ? Tone::Bad : Tone::Warning});
    }
    m_model->setItems(items);
    m_list->setVisible(!items.isEmpty());
    m_list->setFixedHeight(heightForRows(m_list, 1, 5));
    m_explanation->setText(
        items.isEmpty()
            ? tr("Target: below %1. No open task waits on the customer's side.")
                  .arg(FrictionScore::target)
            : tr("Target: below %1. Open tasks waiting on the customer's side count, security "
                 "reviews and legal most, and double once overdue:")
                  .arg(FrictionScore::target));
}

} // namespace Csm
