-- The implementation plan: workstreams, tasks and milestones, dependencies, phase gates and
-- their criteria; and the playbook templates saved by the user.
CREATE TABLE workstreams (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    vendor_owner TEXT NOT NULL DEFAULT '',
    customer_owner TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX workstreams_by_customer ON workstreams (customer_id);

CREATE TABLE plan_tasks (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    workstream_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'task',
    start TEXT,
    finish TEXT,
    progress INTEGER NOT NULL DEFAULT 0,
    vendor_owner TEXT NOT NULL DEFAULT '',
    customer_owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started',
    waiting_on TEXT NOT NULL DEFAULT 'nobody',
    first_value INTEGER NOT NULL DEFAULT 0,
    baseline_start TEXT,
    baseline_finish TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX plan_tasks_by_customer ON plan_tasks (customer_id);

CREATE TABLE task_dependencies (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    predecessor_id TEXT,
    successor_id TEXT,
    type TEXT NOT NULL DEFAULT 'finish_to_start',
    lag_days INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX task_dependencies_by_customer ON task_dependencies (customer_id);

CREATE TABLE phase_gates (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'implementation',
    due_date TEXT,
    passed_date TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX phase_gates_by_customer ON phase_gates (customer_id);

CREATE TABLE gate_criteria (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    gate_id TEXT,
    criterion TEXT NOT NULL DEFAULT '',
    met INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX gate_criteria_by_customer ON gate_criteria (customer_id);

-- Playbook templates the user saved from a customer's plan (the built-in ones ship with the
-- application). `definition` is the template as JSON, the same format as the built-in files.
CREATE TABLE playbooks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
