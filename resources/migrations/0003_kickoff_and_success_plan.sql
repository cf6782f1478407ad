-- The kickoff workshop, the Joint Success Plan and the three governance logs.
ALTER TABLE customers ADD COLUMN kickoff_duration_minutes INTEGER NOT NULL DEFAULT 60;
ALTER TABLE customers ADD COLUMN agenda_introductions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_introductions_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_success_criteria INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_success_criteria_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_solution_overview INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_solution_overview_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_implementation_plan INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_implementation_plan_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_communication_plan INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_communication_plan_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_quick_win INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_quick_win_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_risk_discussion INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_risk_discussion_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN agenda_next_steps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN agenda_next_steps_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN kickoff_recap_sent_date TEXT;
ALTER TABLE customers ADD COLUMN check_in_cadence TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN meeting_channels TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN escalation_path TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN decision_maker_available TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE customers ADD COLUMN resources_committed TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE customers ADD COLUMN resources_role TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN resources_hours_per_week INTEGER NOT NULL DEFAULT 0;

CREATE TABLE outcomes (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX outcomes_by_customer ON outcomes (customer_id);

CREATE TABLE objectives (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    outcome_id TEXT,
    metric TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL NOT NULL DEFAULT 0,
    target REAL NOT NULL DEFAULT 0,
    target_date TEXT,
    vendor_owner TEXT NOT NULL DEFAULT '',
    customer_owner TEXT NOT NULL DEFAULT '',
    confirmed_at_kickoff INTEGER NOT NULL DEFAULT 0,
    quick_win INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX objectives_by_customer ON objectives (customer_id);

CREATE TABLE operational_steps (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    objective_id TEXT,
    task TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX operational_steps_by_customer ON operational_steps (customer_id);

CREATE TABLE measurements (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    objective_id TEXT,
    date TEXT,
    value REAL NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX measurements_by_customer ON measurements (customer_id);

CREATE TABLE kickoff_attendees (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    stakeholder_id TEXT,
    meeting_role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX kickoff_attendees_by_customer ON kickoff_attendees (customer_id);

CREATE TABLE actions (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    task TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX actions_by_customer ON actions (customer_id);

CREATE TABLE decisions (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    decision TEXT NOT NULL DEFAULT '',
    date TEXT,
    approved_by TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX decisions_by_customer ON decisions (customer_id);

CREATE TABLE risks (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    risk TEXT NOT NULL DEFAULT '',
    likelihood TEXT NOT NULL DEFAULT 'medium',
    impact TEXT NOT NULL DEFAULT 'medium',
    mitigation TEXT NOT NULL DEFAULT '',
    escalation_trigger TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    raised_at_kickoff INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX risks_by_customer ON risks (customer_id);
