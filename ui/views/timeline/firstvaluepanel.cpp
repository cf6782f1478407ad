#include "firstvaluepanel.h"

#include "commands/timelinecommands.h"
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

namespace {

// Why a task pushes the first value out, most telling reason first.
QString pushReason(const PlanTask &task, const BusinessCalendar &calendar, const QDate &today)
{
    QStringList reasons;
    if (task.status == TaskStatus::Blocked)
        reasons.append(FirstValuePanel::tr("blocked"));
    if (isOverdue(task, today))
        reasons.append(
            FirstValuePanel::tr("overdue since %1").arg(TimelineStyle::shortDate(task.finish)));
    const int slip = slipDays(task, calendar);
    if (slip > 0)
        reasons.append(
            FirstValuePanel::tr("%n business day(s) behind its baseline", nullptr, slip));
    if (reasons.isEmpty())
        reasons.append(
            FirstValuePanel::tr("%1 % done, behind where it should be").arg(task.progress));
    return reasons.join(QStringLiteral(", "));
}

} // namespace

FirstValuePanel::FirstValuePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_badge(new QLabel)
    , m_projected(boldLabel({}, 1.15))
    , m_days(valueLabel())
    , m_comparison(valueLabel())
    , m_milestone(valueLabel())
    , m_listCaption(new QLabel)
    , m_model(new TaskListModel(this))
{
    m_badge->setObjectName(QStringLiteral("firstValueBadge"));
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_projected->setObjectName(QStringLiteral("firstValueProjected"));
    m_days->setObjectName(QStringLiteral("firstValueDays"));
    m_comparison->setObjectName(QStringLiteral("firstValueComparison"));
    m_milestone->setObjectName(QStringLiteral("firstValueMilestone"));
    m_listCaption->setWordWrap(true);

    m_list = compactList(m_model);
    m_list->setObjectName(QStringLiteral("firstValuePushedBy"));
    m_list->setAccessibleName(tr("Tasks that push the first value out"));

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_projected, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_days);
    layout->addWidget(m_comparison);
    layout->addWidget(m_milestone);
    layout->addSpacing(4);
    layout->addWidget(m_listCaption);
    layout->addWidget(m_list);

    auto activate = [this](const QModelIndex &index) {
        const TaskId task = m_model->taskAt(index.row());
        if (!task.isNull())
            Q_EMIT taskActivated(task);
    };
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_list, &QListView::activated, this, activate);
}

void FirstValuePanel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    refresh();
}

void FirstValuePanel::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer) {
        m_model->setItems({});
        return;
    }
    const OnboardingFile file = m_workspace->onboardingFile(m_customer);
    const BusinessCalendar calendar = workspaceCalendar(*m_workspace);
    const QDate today = m_workspace->today();
    const FirstValueTargets targets;
    const FirstValueForecast forecast = forecastFirstValue(file, calendar, targets, today);
    const int target = targets.forTier(customer->tier);

    auto setBadge = [this](const QString &text, Tone tone) {
        m_badge->setText(text);
        m_badge->setStyleSheet(TimelineStyle::badgeStyle(tone));
        m_badge->setProperty("tone", int(tone));
    };

    if (!forecast.hasMilestone) {
        setBadge(tr("No milestone"), Tone::Neutral);
        m_projected->setText(tr("No first-value milestone yet"));
        m_days->setText(tr("Select the milestone where the customer first gets real value (the "
                           "activation event) and choose Mark as first value."));
        m_comparison->setText(
            tr("Target for %1: first value within %n day(s) of signature.", nullptr, target)
                .arg(enumDisplayName(customer->tier)));
        m_milestone->hide();
        m_listCaption->hide();
        m_list->hide();
        m_model->setItems({});
        m_summary = tr("Not set");
        return;
    }

    m_milestone->show();
    m_milestone->setText(tr("Milestone: %1").arg(forecast.milestoneName));
    const bool hasSignature = customer->signatureDate.isValid();
    if (forecast.reached) {
        setBadge(tr("Reached"), Tone::Good);
        m_projected->setText(
            tr("First value reached on %1").arg(TimelineStyle::longDate(forecast.projected)));
        m_days->setText(hasSignature ? tr("Day %1 after signature.").arg(forecast.projectedDays)
                                     : tr("No signature date to count the days from."));
    } else {
        setBadge(forecast.beyondTarget ? tr("Beyond target") : tr("Within target"),
                 forecast.beyondTarget ? Tone::Bad : Tone::Good);
        m_projected->setText(
            tr("First value projected on %1").arg(TimelineStyle::longDate(forecast.projected)));
        const QString toGo = forecast.daysToGo > 0
                                 ? tr("%n day(s) from today", nullptr, forecast.daysToGo)
                                 : tr("due today or past");
        m_days->setText(
            hasSignature ? tr("Day %1 after signature, %2.").arg(forecast.projectedDays).arg(toGo)
                         : tr("%1. No signature date to count the days from.")
                               .arg(toGo.at(0).toUpper() + toGo.mid(1)));
    }

    QStringList against;
    against.append(tr("Target for %1: day %2.").arg(enumDisplayName(customer->tier)).arg(target));
    if (forecast.planned.isValid()) {
        const qint64 late = forecast.planned.daysTo(forecast.projected);
        QString plan = hasSignature
                           ? tr("Planned for day %1 (%2)")
                                 .arg(forecast.plannedDays)
                                 .arg(TimelineStyle::shortDate(forecast.planned))
                           : tr("Planned for %1").arg(TimelineStyle::shortDate(forecast.planned));
        if (late > 0)
            plan = tr("%1: %n day(s) late.", nullptr, int(late)).arg(plan);
        else if (late < 0)
            plan = tr("%1: %n day(s) early.", nullptr, int(-late)).arg(plan);
        else
            plan = tr("%1: on plan.").arg(plan);
        against.append(plan);
    }
    m_comparison->setText(against.join(QLatin1Char(' ')));

    QList<TaskListModel::Item> items;
    for (const TaskId &id : forecast.pushedBy) {
        const PlanTask *task = m_workspace->record<PlanTask>(id);
        if (!task)
            continue;
        const bool bad = task->status == TaskStatus::Blocked || isOverdue(*task, today);
        items.append(
            {id, task->name, pushReason(*task, calendar, today), bad ? Tone::Bad : Tone::Warning});
    }
    m_model->setItems(items);
    // Once reached, nothing pushes it any more.
    m_listCaption->setVisible(!forecast.reached);
    m_list->setVisible(!items.isEmpty());
    m_listCaption->setText(items.isEmpty()
                               ? tr("Nothing pushes it out: the tasks before it are on plan.")
                               : tr("Pushed out by (select to show in the chart):"));
    m_list->setFixedHeight(heightForRows(m_list, 1, 5));
    m_summary = hasSignature && !forecast.reached
                    ? tr("Day %1 of %2").arg(forecast.projectedDays).arg(target)
                : forecast.reached ? tr("Reached")
                                   : TimelineStyle::shortDate(forecast.projected);
}

} // namespace Csm
