-- Customers, their stakeholders and the tombstones of deleted records.
CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL,
    account_name TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL DEFAULT 'hybrid',
    arr INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'EUR',
    products TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    signature_date TEXT,
    term_months INTEGER NOT NULL DEFAULT 12,
    renewal_date TEXT,
    account_executive TEXT NOT NULL DEFAULT '',
    csm_owner TEXT NOT NULL DEFAULT '',
    implementation_owner TEXT NOT NULL DEFAULT '',
    support_owner TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL DEFAULT 'transition',
    status TEXT NOT NULL DEFAULT 'on_track',
    status_reason TEXT NOT NULL DEFAULT '',
    primary_use_case TEXT NOT NULL DEFAULT '',
    success_metrics TEXT NOT NULL DEFAULT '',
    pain_points TEXT NOT NULL DEFAULT '',
    competitor_replaced TEXT NOT NULL DEFAULT '',
    reason_for_choice TEXT NOT NULL DEFAULT '',
    red_flags TEXT NOT NULL DEFAULT '',
    communication_channel TEXT NOT NULL DEFAULT '',
    communication_style TEXT NOT NULL DEFAULT '',
    promises_made TEXT NOT NULL DEFAULT '',
    competitive_concerns TEXT NOT NULL DEFAULT '',
    handoff_meeting_date TEXT,
    intro_email_sent_date TEXT,
    kickoff_date TEXT,
    go_live_date TEXT,
    first_value_date TEXT,
    graduation_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);

CREATE TABLE stakeholders (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'customer',
    role TEXT NOT NULL DEFAULT 'end_user',
    sentiment TEXT NOT NULL DEFAULT 'unknown',
    last_contact TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);

CREATE INDEX stakeholders_by_customer ON stakeholders (customer_id);

CREATE TABLE tombstones (
    id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL
);

CREATE INDEX tombstones_by_customer ON tombstones (customer_id);
