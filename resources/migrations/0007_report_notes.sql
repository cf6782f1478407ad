-- What the CSM chose for each section of a customer's value review, EBR or graduation report:
-- whether it appears, and their commentary. `report` and `section` are the report's keys
-- ("ebr", "goals").
CREATE TABLE report_notes (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    report TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    included INTEGER NOT NULL DEFAULT 1,
    commentary TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX report_notes_by_customer ON report_notes (customer_id);
