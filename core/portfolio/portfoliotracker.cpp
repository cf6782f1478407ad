#include "portfoliotracker.h"

#include "workspace/workspace.h"

namespace Csm {

PortfolioTracker::PortfolioTracker(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &PortfolioTracker::update);
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (today() != m_computedFor)
            markAllDirty();
    });

    const auto dirty = [this](const CustomerId &customer) { markDirty(customer); };
    connect(workspace, &Workspace::customerChanged, this, dirty);
    connect(workspace, &Workspace::stakeholdersChanged, this, dirty);
    connect(workspace, &Workspace::usageChanged, this, dirty);
    const auto recordDirty = [this](RecordKind, const CustomerId &customer, const QUuid &) {
        markDirty(customer);
    };
    connect(workspace, &Workspace::recordAdded, this, recordDirty);
    connect(workspace, &Workspace::recordChanged, this, recordDirty);
    connect(workspace, &Workspace::recordRemoved, this, recordDirty);
    // The list of rows changes: every row again keeps the workspace's order.
    connect(workspace, &Workspace::customerAdded, this, &PortfolioTracker::markAllDirty);
    connect(workspace, &Workspace::customerRemoved, this, &PortfolioTracker::markAllDirty);
    connect(workspace, &Workspace::settingsChanged, this, &PortfolioTracker::markAllDirty);
}

void PortfolioTracker::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_dayTimer.start();
        if (today() != m_computedFor)
            m_allDirty = true;
        schedule();
    } else {
        m_dayTimer.stop();
        m_updateTimer.stop();
    }
}

QDate PortfolioTracker::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : m_workspace->today();
}

void PortfolioTracker::setToday(const QDate &today)
{
    m_fixedToday = today;
    markAllDirty();
}

void PortfolioTracker::markDirty(const CustomerId &customer)
{
    if (m_allDirty)
        return;
    m_dirty.insert(customer);
    schedule();
}

void PortfolioTracker::markAllDirty()
{
    m_allDirty = true;
    m_dirty.clear();
    schedule();
}

void PortfolioTracker::schedule()
{
    if (m_active && !m_updateTimer.isActive())
        m_updateTimer.start();
}

void PortfolioTracker::update()
{
    m_updateTimer.stop();
    if (m_allDirty) {
        m_allDirty = false;
        m_dirty.clear();
        m_computedFor = today();
        m_snapshot.computeAll(*m_workspace, PortfolioSettings::fromWorkspace(*m_workspace),
                              m_computedFor);
        Q_EMIT reset();
        return;
    }
    if (m_dirty.isEmpty())
        return;
    const QList<CustomerId> customers(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    m_snapshot.recompute(*m_workspace, customers);
    Q_EMIT rowsChanged(customers);
}

} // namespace Csm
