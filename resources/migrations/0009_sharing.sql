-- Sharing a customer's onboarding file and taking it back.
--
-- Each shared file has an exchange id. A workspace keeps the content of every file it wrote
-- or took back, by exchange id: when a file comes back, the newest exchange both sides know
-- is the base of the three-way merge. The content is the onboarding file's JSON
-- (interchange/README.md), without usage data.
CREATE TABLE share_snapshots (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    exchanged_at TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    file_path TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL
);
CREATE INDEX share_snapshots_by_customer ON share_snapshots (customer_id, exchanged_at);

-- The shared file a customer was last saved to on a shared folder, watched for changes: its
-- size and modification time when this workspace last wrote or took it back.
CREATE TABLE shared_files (
    customer_id TEXT PRIMARY KEY NOT NULL,
    path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_modified_at TEXT NOT NULL
);

-- Only in a shared file: what it is (format, exchange id, customer, when and by whom it was
-- written, which usage data it carries) and the exchanges its writer knew of.
CREATE TABLE share_info (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
