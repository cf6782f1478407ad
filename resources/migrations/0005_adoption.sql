-- Adoption: the customer's seats and activation event, the usage metric an objective can be
-- measured by, and the imported usage data with the rollups the metrics read.
--
-- Usage data is imported, never edited: rows are facts from the product's analytics, told
-- apart by a hash of their content, so importing a file twice adds nothing. Integer keys are
-- private to this file; what identifies a row across workspaces is its content.
ALTER TABLE customers ADD COLUMN licensed_seats INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN activation_event TEXT NOT NULL DEFAULT '';
ALTER TABLE objectives ADD COLUMN usage_metric TEXT NOT NULL DEFAULT '';

-- One per customer with usage data.
CREATE TABLE usage_datasets (
    id INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL UNIQUE
);

CREATE TABLE usage_imports (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    dataset INTEGER NOT NULL REFERENCES usage_datasets (id),
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    imported INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    mapping TEXT NOT NULL
);
CREATE INDEX usage_imports_by_dataset ON usage_imports (dataset);

CREATE TABLE usage_users (
    id INTEGER PRIMARY KEY,
    dataset INTEGER NOT NULL REFERENCES usage_datasets (id),
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    seat_start TEXT,
    in_roster INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dataset, email)
);

-- Event names (kind 0) and feature names (kind 1).
CREATE TABLE usage_names (
    id INTEGER PRIMARY KEY,
    dataset INTEGER NOT NULL REFERENCES usage_datasets (id),
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (dataset, kind, name)
);

-- The raw events: `at` in seconds since 1970 UTC, `day` the local day (days since 1970) in
-- the time zone of the import. The id holds the dataset in its high bits (dataset << 40 plus
-- a sequence), so a customer's events are one range of the table and need no index: the
-- import appends at the end of that range, which keeps a million-row import fast.
CREATE TABLE usage_events (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    day INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    feature_id INTEGER,
    duration_s INTEGER NOT NULL,
    row_hash INTEGER NOT NULL
);

-- Rollups, kept up to date by every import.
CREATE TABLE usage_user_days (
    dataset INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    events INTEGER NOT NULL,
    duration_s INTEGER NOT NULL,
    PRIMARY KEY (dataset, user_id, day)
) WITHOUT ROWID;

-- A user's use of one event name or feature name.
CREATE TABLE usage_user_names (
    dataset INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    name_id INTEGER NOT NULL,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (dataset, user_id, name_id)
) WITHOUT ROWID;

CREATE TABLE training_completions (
    id INTEGER PRIMARY KEY,
    dataset INTEGER NOT NULL REFERENCES usage_datasets (id),
    import_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    course TEXT NOT NULL,
    track TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    passed INTEGER NOT NULL,
    row_hash INTEGER NOT NULL,
    UNIQUE (dataset, row_hash)
);

-- The column mapping last used for each layout of header, offered again for the next file.
CREATE TABLE import_mappings (
    kind TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    mapping TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    date_order TEXT NOT NULL,
    PRIMARY KEY (kind, fingerprint)
);
