-- The value review, expansion map and graduation: whitespace opportunities, onboarding survey
-- responses, value delivered, and the customer's graduation checklist.
ALTER TABLE customers ADD COLUMN graduation_goals_reviewed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN graduation_new_goals_set INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN ongoing_csm TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN ongoing_check_in_cadence TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN first_qbr_date TEXT;

CREATE TABLE whitespace_opportunities (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL DEFAULT 'division',
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started',
    potential_arr INTEGER NOT NULL DEFAULT 0,
    advocates TEXT NOT NULL DEFAULT '',
    skeptics TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX whitespace_opportunities_by_customer ON whitespace_opportunities (customer_id);

-- Satisfaction is 1 to 5 (0: not given), nps_score 0 to 10 (-1: not given).
CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    respondent TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    date TEXT,
    satisfaction INTEGER NOT NULL DEFAULT 0,
    nps_score INTEGER NOT NULL DEFAULT -1,
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX survey_responses_by_customer ON survey_responses (customer_id);

-- Hours saved are per month; revenue and cost impact per year, in the customer's currency.
CREATE TABLE value_items (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    hours_saved_per_month REAL NOT NULL DEFAULT 0,
    hourly_rate INTEGER NOT NULL DEFAULT 0,
    revenue_impact INTEGER NOT NULL DEFAULT 0,
    cost_impact INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX value_items_by_customer ON value_items (customer_id);
