// Keeps a workspace's portfolio (rows and metrics) up to date as the workspace changes: an edit
// recomputes the row of the customer concerned on the next turn of the event loop, a change of
// settings, of the set of customers or of the day recomputes every row. While inactive (its page
// hidden) it only notes what changed and catches up when activated.
#pragma once

#include "portfoliometrics.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Csm {

class Workspace;

class PortfolioTracker : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioTracker(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    // Up to date once update() ran (or the event loop, while active).
    const PortfolioSnapshot &snapshot() const { return m_snapshot; }

    bool isActive() const { return m_active; }
    void setActive(bool active);

    // The day the portfolio is looked at; the workspace's today unless set (for tests).
    QDate today() const;
    void setToday(const QDate &today);

    // Brings the snapshot up to date now.
    void update();

Q_SIGNALS:
    // Every row was computed again (the list of customers may have changed).
    void reset();
    // The rows of these customers and the metrics were computed again.
    void rowsChanged(const QList<Csm::CustomerId> &customers);

private:
    void markDirty(const CustomerId &customer);
    void markAllDirty();
    void schedule();

    Workspace *m_workspace;
    PortfolioSnapshot m_snapshot;
    QSet<CustomerId> m_dirty;
    bool m_allDirty = true;
    bool m_active = false;
    QDate m_fixedToday;
    QDate m_computedFor;
    QTimer m_updateTimer; // single shot, 0 ms: edits of one event coalesce
    QTimer m_dayTimer;    // notices midnight
};

} // namespace Csm
