-- Thresholds and preferences that belong to the workspace rather than to the machine.
CREATE TABLE workspace_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
