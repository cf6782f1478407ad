-- Portfolio alerts the CSM snoozed: the alert's kind key ("silent_stall"), the situation it was
-- snoozed in, a note, and optionally the last day it stays snoozed.
CREATE TABLE alert_snoozes (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    alert TEXT NOT NULL DEFAULT '',
    situation TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    until TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX alert_snoozes_by_customer ON alert_snoozes (customer_id);
