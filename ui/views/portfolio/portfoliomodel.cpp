#include "portfoliomodel.h"

#include "portfolio/portfoliotracker.h"
#include "views/adoption/adoptionstyle.h"
#include "workspace/workspace.h"

#include <QLocale>

#include <algorithm>

namespace Csm {

namespace {

const QString kNone = QStringLiteral("\u2013");

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

int activeCriticalCount(const QList<PortfolioAlert> &alerts)
{
    return int(std::count_if(alerts.cbegin(), alerts.cend(), [](const PortfolioAlert &a) {
        return a.isActive() && a.severity == AlertSeverity::Critical;
    }));
}

int toneValue(PortfolioModel::Tone tone)
{
    return int(tone);
}

} // namespace

PortfolioModel::PortfolioModel(PortfolioTracker *tracker, QObject *parent)
    : QAbstractItemModel(parent)
    , m_tracker(tracker)
{
    connect(tracker, &PortfolioTracker::reset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(tracker, &PortfolioTracker::rowsChanged, this, &PortfolioModel::onRowsChanged);
    rebuild();
}

void PortfolioModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

PortfolioModel::Group PortfolioModel::groupOf(const PortfolioRow &row) const
{
    Group group;
    switch (m_grouping) {
    case Grouping::None:
        break;
    case Grouping::Tier:
        group.order = int(row.tier);
        group.title = enumDisplayName(row.tier);
        break;
    case Grouping::Phase:
        group.order = int(row.phase);
        group.title = enumDisplayName(row.phase);
        break;
    case Grouping::Owner:
        group.order = row.csmOwner.trimmed().isEmpty() ? 1 : 0;
        group.title = group.order ? tr("No CSM owner") : row.csmOwner.trimmed();
        break;
    case Grouping::Status:
        group.order = int(row.status);
        group.title = enumDisplayName(row.status);
        break;
    case Grouping::Health:
        // At risk first: the order of the bands reversed.
        group.order = row.health.score ? 2 - int(row.health.band) : 3;
        group.title = row.health.score ? healthBandName(row.health.band) : tr("No health score");
        break;
    }
    group.key = QString::number(group.order) + QLatin1Char('|') + group.title.toLower();
    return group;
}

void PortfolioModel::rebuild()
{
    m_groups.clear();
    m_position.clear();
    const QList<PortfolioRow> &rows = m_tracker->snapshot().rows();
    if (m_grouping == Grouping::None) {
        Group all;
        for (int i = 0; i < int(rows.size()); ++i)
            all.rows.append(i);
        m_groups.append(all);
    } else {
        QHash<QString, int> byKey;
        for (int i = 0; i < int(rows.size()); ++i) {
            Group group = groupOf(rows.at(i));
            auto it = byKey.constFind(group.key);
            if (it == byKey.constEnd()) {
                it = byKey.insert(group.key, int(m_groups.size()));
                m_groups.append(group);
            }
            m_groups[*it].rows.append(i);
        }
        std::sort(m_groups.begin(), m_groups.end(),
                  [](const Group &a, const Group &b) { return a.key < b.key; });
    }
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QList<int> &members = m_groups.at(g).rows;
        for (int r = 0; r < int(members.size()); ++r)
            m_position.insert(rows.at(members.at(r)).id, {g, r});
    }
}

void PortfolioModel::onRowsChanged(const QList<CustomerId> &customers)
{
    const PortfolioSnapshot &snapshot = m_tracker->snapshot();
    // A row that moves to another group, or appears or goes, changes the model's shape.
    bool reshaped = false;
    for (const CustomerId &id : customers) {
        const auto it = m_position.constFind(id);
        const int row = snapshot.indexOf(id);
        if (it == m_position.constEnd() || row < 0) {
            reshaped = true;
            break;
        }
        if (m_grouping != Grouping::None &&
            groupOf(snapshot.rows().at(row)).key != m_groups.at(it->first).key) {
            reshaped = true;
            break;
        }
    }
    if (reshaped) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (const CustomerId &id : customers) {
        const QModelIndex first = indexOf(id, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
    // Group rows sum their customers up.
    if (m_grouping != Grouping::None && !m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

const QList<int> &PortfolioModel::topRows() const
{
    return m_groups.first().rows;
}

QModelIndex PortfolioModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (m_grouping == Grouping::None)
            return m_groups.isEmpty() || row >= int(topRows().size())
                       ? QModelIndex()
                       : createIndex(row, column, TopLevel);
        return row < int(m_groups.size()) ? createIndex(row, column, TopLevel) : QModelIndex();
    }
    if (m_grouping == Grouping::None || parent.internalId() != TopLevel || parent.column() != 0 ||
        parent.row() >= int(m_groups.size()) || row >= int(m_groups.at(parent.row()).rows.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PortfolioModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    if (m_groups.isEmpty())
        return 0;
    if (!parent.isValid())
        return m_grouping == Grouping::None ? int(topRows().size()) : int(m_groups.size());
    if (m_grouping == Grouping::None || parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const PortfolioRow *PortfolioModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || m_groups.isEmpty())
        return nullptr;
    int snapshotRow = -1;
    if (m_grouping == Grouping::None)
        snapshotRow = topRows().value(index.row(), -1);
    else if (index.internalId() != TopLevel)
        snapshotRow = m_groups.value(int(index.internalId() - 1)).rows.value(index.row(), -1);
    const QList<PortfolioRow> &rows = m_tracker->snapshot().rows();
    return snapshotRow >= 0 && snapshotRow < int(rows.size()) ? &rows.at(snapshotRow) : nullptr;
}

CustomerId PortfolioModel::customerAt(const QModelIndex &index) const
{
    const PortfolioRow *row = rowAt(index);
    return row ? row->id : CustomerId();
}

QModelIndex PortfolioModel::indexOf(const CustomerId &customer, int column) const
{
    const auto it = m_position.constFind(customer);
    if (it == m_position.constEnd())
        return {};
    if (m_grouping == Grouping::None)
        return index(it->second, column);
    return index(it->second, column, index(it->first, 0));
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const PortfolioRow *row = rowAt(index))
        return customerData(*row, index.column(), role);
    if (m_grouping != Grouping::None && index.internalId() == TopLevel &&
        index.row() < int(m_groups.size()))
        return groupData(m_groups.at(index.row()), index.column(), role);
    return {};
}

QVariant PortfolioModel::groupData(const Group &group, int column, int role) const
{
    const QList<PortfolioRow> &rows = m_tracker->snapshot().rows();
    int alerts = 0;
    int atRisk = 0;
    for (int i : group.rows) {
        alerts += activeAlertCount(rows.at(i).alerts);
        atRisk += rows.at(i).health.score && rows.at(i).health.band == HealthBand::AtRisk ? 1 : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == AccountColumn) {
            QString text =
                tr("%1 · %n customer(s)", nullptr, int(group.rows.size())).arg(group.title);
            if (atRisk > 0)
                text += tr(", %n at risk", nullptr, atRisk);
            return text;
        }
        if (column == AlertsColumn)
            return alerts > 0 ? QVariant(alerts) : QVariant();
        return {};
    case IsGroupRole:
        return true;
    case SortRole:
        return group.key;
    case ActiveAlertsRole:
        return alerts;
    case IdRole:
        return QString();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant PortfolioModel::customerData(const PortfolioRow &row, int column, int role) const
{
    const PortfolioSettings &settings = m_tracker->snapshot().settings();
    const QDate today = m_tracker->snapshot().today();
    using AdoptionStyle::percent;

    switch (role) {
    case IdRole:
        return row.id.toString();
    case IsGroupRole:
        return false;
    case HealthScoreRole:
        return row.health.score ? QVariant(*row.health.score) : QVariant();
    case HealthBandRole:
        return int(row.health.band);
    case ActiveAlertsRole:
        return activeAlertCount(row.alerts);
    case CriticalAlertsRole:
        return activeCriticalCount(row.alerts);
    case SnoozedAlertsRole:
        return int(row.alerts.size()) - activeAlertCount(row.alerts);
    case StatusRole:
        return int(row.status);
    case GraduatedRole:
        return row.graduated;
    case SearchTextRole: {
        const Customer *customer = m_tracker->workspace()->customer(row.id);
        QStringList parts{row.accountName, row.csmOwner};
        if (customer)
            parts << customer->industry << customer->accountExecutive
                  << customer->implementationOwner;
        return parts.join(QLatin1Char('\n'));
    }
    default:
        break;
    }

    switch (column) {
    case AccountColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return role == SortRole ? QVariant(row.accountName.toLower()) : row.accountName;
        if (role == Qt::ToolTipRole)
            return row.statusReason.isEmpty()
                       ? tr("%1: %2").arg(row.accountName, enumDisplayName(row.status))
                       : tr("%1: %2 (%3)")
                             .arg(row.accountName, enumDisplayName(row.status), row.statusReason);
        break;
    case TierColumn:
        if (role == Qt::DisplayRole)
            return enumDisplayName(row.tier);
        if (role == SortRole)
            return int(row.tier);
        break;
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return row.status == Status::OnTrack
                       ? enumDisplayName(row.phase)
                       : tr("%1 (%2)").arg(enumDisplayName(row.phase),
                                           enumDisplayName(row.status).toLower());
        if (role == SortRole)
            return int(row.phase) * 10 + int(row.status);
        if (role == ToneRole)
            return toneValue(row.status == Status::OnTrack  ? Tone::Neutral
                             : row.status == Status::Paused ? Tone::Warning
                                                            : Tone::Bad);
        if (role == Qt::ToolTipRole && !row.statusReason.isEmpty())
            return row.statusReason;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.csmOwner.isEmpty()
                       ? (role == SortRole ? QStringLiteral("\uffff") : tr("none"))
                       : row.csmOwner;
        if (role == ToneRole)
            return toneValue(row.csmOwner.trimmed().isEmpty() ? Tone::Bad : Tone::Neutral);
        break;
    case DaysColumn:
        if (role == Qt::DisplayRole)
            return row.daysSinceSignature ? QVariant(*row.daysSinceSignature) : QVariant(kNone);
        if (role == SortRole)
            return row.daysSinceSignature.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && row.signatureDate.isValid())
            return tr("Signed on %1").arg(shortDate(row.signatureDate));
        break;
    case KickoffColumn:
        if (role == Qt::DisplayRole)
            return row.timeToKickoff ? tr("%n bd", nullptr, *row.timeToKickoff)
                   : row.graduated   ? kNone
                                     : tr("not held");
        if (role == SortRole)
            return row.timeToKickoff ? *row.timeToKickoff : (row.kickoffDue ? 10000 : 9999);
        if (role == ToneRole) {
            if (row.timeToKickoff)
                return toneValue(*row.timeToKickoff <= settings.slowStartBusinessDays ? Tone::Good
                                                                                      : Tone::Bad);
            return toneValue(row.kickoffDue && !row.graduated ? Tone::Bad : Tone::Neutral);
        }
        if (role == Qt::ToolTipRole)
            return row.timeToKickoff
                       ? tr("Kickoff held %n business day(s) after signature (target: within %1)",
                            nullptr, *row.timeToKickoff)
                             .arg(settings.slowStartBusinessDays)
                       : tr("Kickoff not held yet (due within %n business day(s) of signature)",
                            nullptr, settings.slowStartBusinessDays);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FirstValueColumn:
        if (role == Qt::DisplayRole) {
            if (row.ttfvDays)
                return tr("%n day(s)", nullptr, *row.ttfvDays);
            if (row.daysWithoutFirstValue)
                return tr("none, day %1").arg(*row.daysWithoutFirstValue);
            return kNone;
        }
        if (role == SortRole)
            return row.ttfvDays ? *row.ttfvDays : 100000 + row.daysWithoutFirstValue.value_or(0);
        if (role == ToneRole) {
            if (row.ttfvDays)
                return toneValue(*row.ttfvDays <= row.ttfvTargetDays ? Tone::Good : Tone::Bad);
            if (row.daysWithoutFirstValue && !row.graduated) {
                const int days = *row.daysWithoutFirstValue;
                return toneValue(days > row.ttfvTargetDays           ? Tone::Bad
                                 : days * 4 > row.ttfvTargetDays * 3 ? Tone::Warning
                                                                     : Tone::Neutral);
            }
            return toneValue(Tone::Neutral);
        }
        if (role == Qt::ToolTipRole) {
            if (row.ttfvDays)
                return tr("First value on %1, %n day(s) after signature (target %2 days)", nullptr,
                          *row.ttfvDays)
                    .arg(shortDate(row.firstValueDate))
                    .arg(row.ttfvTargetDays);
            QString text = tr("No first value yet (target %n day(s) after signature)", nullptr,
                              row.ttfvTargetDays);
            if (row.firstValueForecast.isValid())
                text += QLatin1Char('\n') +
                        tr("The plan forecasts it for %1").arg(shortDate(row.firstValueForecast));
            return text;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OnTimeColumn:
        if (role == Qt::DisplayRole)
            return row.onTimeRate ? percent(*row.onTimeRate) : kNone;
        if (role == SortRole)
            return row.onTimeRate.value_or(-1);
        if (role == ToneRole && row.onTimeRate)
            return toneValue(*row.onTimeRate >= settings.onTimeRateTarget ? Tone::Good : Tone::Bad);
        if (role == Qt::ToolTipRole)
            return row.milestonesFinished > 0
                       ? tr("%1 of %n milestone(s) finished by their baseline date (target %2)",
                            nullptr, row.milestonesFinished)
                             .arg(row.milestonesOnTime)
                             .arg(percent(settings.onTimeRateTarget))
                       : tr("No milestone with a baseline finished yet");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AdoptionColumn: {
        const std::optional<double> rate = row.adoptionAt30 ? row.adoptionAt30 : row.adoptionRate;
        if (role == Qt::DisplayRole)
            return rate ? percent(*rate) : kNone;
        if (role == SortRole)
            return rate.value_or(-1);
        if (role == ToneRole && rate)
            return toneValue(*rate >= settings.adoptionTarget ? Tone::Good
                             : row.adoptionAt30               ? Tone::Bad
                                                              : Tone::Warning);
        if (role == Qt::ToolTipRole) {
            if (row.adoptionAt30)
                return tr("%1 of the seats active %n day(s) after go-live (target %2)", nullptr,
                          settings.adoptionAfterDays)
                    .arg(percent(*row.adoptionAt30), percent(settings.adoptionTarget));
            if (row.adoptionRate)
                return tr("%1 of the seats active now; measured against the target of %2 %n "
                          "day(s) after go-live",
                          nullptr, settings.adoptionAfterDays)
                    .arg(percent(*row.adoptionRate), percent(settings.adoptionTarget));
            return tr("No usage data imported");
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case GoalsColumn:
        if (role == Qt::DisplayRole)
            return row.objectives > 0
                       ? tr("%1 of %2").arg(row.objectivesAchieved).arg(row.objectives)
                       : kNone;
        if (role == SortRole)
            return row.goalAchievement.value_or(-1);
        if (role == ToneRole && row.goalAchievement)
            return toneValue(*row.goalAchievement >= settings.goalAchievementTarget ? Tone::Good
                             : row.goalDayReached                                   ? Tone::Bad
                                                  : Tone::Neutral);
        if (role == Qt::ToolTipRole)
            return row.objectives > 0 ? tr("%1 of %n objective(s) achieved (target %2 by day %3)",
                                           nullptr, row.objectives)
                                            .arg(row.objectivesAchieved)
                                            .arg(percent(settings.goalAchievementTarget))
                                            .arg(settings.goalAchievementDay)
                                      : tr("No measurable objective in the success plan");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SatisfactionColumn:
        if (role == Qt::DisplayRole)
            return row.survey.averageSatisfaction
                       ? QLocale().toString(*row.survey.averageSatisfaction, 'f', 1)
                       : kNone;
        if (role == SortRole)
            return row.survey.averageSatisfaction.value_or(-1);
        if (role == ToneRole && row.survey.averageSatisfaction)
            return toneValue(*row.survey.averageSatisfaction >= settings.satisfactionTarget
                                 ? Tone::Good
                                 : Tone::Warning);
        if (role == Qt::ToolTipRole)
            return row.survey.satisfactionAnswers > 0
                       ? tr("Average of %n answer(s) on a scale of 1 to 5 (target %1)", nullptr,
                            row.survey.satisfactionAnswers)
                             .arg(QLocale().toString(settings.satisfactionTarget, 'f', 1))
                       : tr("No onboarding survey answer yet");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NextMilestoneColumn:
        if (!row.nextMilestone)
            return role == Qt::DisplayRole ? QVariant(kNone)
                   : role == SortRole      ? QVariant(QDate(9999, 12, 31))
                                           : QVariant();
        if (role == Qt::DisplayRole)
            return tr("%1, %2").arg(row.nextMilestone->name, shortDate(row.nextMilestone->date));
        if (role == SortRole)
            return row.nextMilestone->date;
        if (role == ToneRole)
            return toneValue(row.nextMilestone->date < today ? Tone::Bad : Tone::Neutral);
        if (role == Qt::ToolTipRole)
            return row.nextMilestone->date < today
                       ? tr("%1 was due on %2")
                             .arg(row.nextMilestone->name, shortDate(row.nextMilestone->date))
                       : tr("%1 on %2")
                             .arg(row.nextMilestone->name, shortDate(row.nextMilestone->date));
        break;
    case HealthColumn:
        if (role == Qt::DisplayRole)
            return row.health.score ? QVariant(*row.health.score) : QVariant(kNone);
        if (role == SortRole)
            return row.health.score.value_or(-1);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            lines << (row.health.score ? tr("Health %1: %2")
                                             .arg(*row.health.score)
                                             .arg(healthBandName(row.health.band))
                                       : tr("No health score yet"));
            for (const HealthPart &part : row.health.parts)
                lines << (part.hasData
                              ? tr("%1 %2 (weight %3): %4")
                                    .arg(healthPartName(part.kind))
                                    .arg(part.score)
                                    .arg(percent(part.share))
                                    .arg(part.explanation)
                              : tr("%1: %2").arg(healthPartName(part.kind), part.explanation));
            return lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case AlertsColumn: {
        const int active = activeAlertCount(row.alerts);
        if (role == Qt::DisplayRole)
            return active > 0 ? QVariant(active) : QVariant();
        if (role == SortRole)
            return active * 100 + activeCriticalCount(row.alerts);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const PortfolioAlert &alert : row.alerts)
                lines
                    << (alert.isActive()
                            ? tr("%1: %2").arg(alertKindName(alert.kind), alert.reason)
                            : tr("%1 (snoozed): %2").arg(alertKindName(alert.kind), alert.reason));
            return lines.isEmpty() ? tr("No alert") : lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AccountColumn:
            return tr("Customer");
        case TierColumn:
            return tr("Tier");
        case PhaseColumn:
            return tr("Phase");
        case OwnerColumn:
            return tr("CSM");
        case DaysColumn:
            return tr("Day");
        case KickoffColumn:
            return tr("Kickoff");
        case FirstValueColumn:
            return tr("First value");
        case OnTimeColumn:
            return tr("On time");
        case AdoptionColumn:
            return tr("Adoption");
        case GoalsColumn:
            return tr("Goals");
        case SatisfactionColumn:
            return tr("CSAT");
        case NextMilestoneColumn:
            return tr("Next milestone");
        case HealthColumn:
            return tr("Health");
        case AlertsColumn:
            return tr("Alerts");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DaysColumn:
            return tr("Days since the contract was signed");
        case KickoffColumn:
            return tr("Business days from signature to the kickoff");
        case FirstValueColumn:
            return tr("Days from signature to first value, or the days so far without it");
        case OnTimeColumn:
            return tr("Milestones finished by their baseline date");
        case AdoptionColumn:
            return tr("Active users over licensed seats, 30 days after go-live once reached");
        case GoalsColumn:
            return tr("Objectives of the success plan achieved");
        case SatisfactionColumn:
            return tr("Average onboarding satisfaction, 1 to 5");
        case HealthColumn:
            return tr("Health score 0-100 from schedule, adoption, goals, relationship and "
                      "engagement");
        case AlertsColumn:
            return tr("Active alerts (snoozed ones not counted)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Csm
