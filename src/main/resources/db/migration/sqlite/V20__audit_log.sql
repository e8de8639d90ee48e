-- The tamper-evident audit log (issue 13): one row per unit of work that posts (a reimbursement
-- run, a reversal, a payment batch, an import, a bank status import, a restore, a write-off),
-- appended in that unit's own transaction. Each row's hash is SHA-256 of the previous row's hash
-- followed by this row's canonical text (see service.audit.AuditEntry), so an edit, a deletion or
-- a reordering of any row but the last breaks the chain at that row: `audit verify` names it.
-- The id is the entry's place in the chain (1, 2, 3, ...), written explicitly by the appender, so
-- two appenders can never both write entry N. Plain SQL only: no entity reads it.
-- The triggers refuse the program's own UPDATE and DELETE: the log only grows. They are no lock
-- against someone with the file and a SQLite shell (who can drop them); the hashes are.

CREATE TABLE audit_entry (
    id          INTEGER PRIMARY KEY CHECK (id >= 1),
    recorded_at TEXT    NOT NULL,
    os_user     TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    parameters  TEXT    NOT NULL,
    selection   TEXT    NOT NULL,
    counts      TEXT    NOT NULL,
    totals      TEXT    NOT NULL,
    created     TEXT    NOT NULL,
    hash        TEXT    NOT NULL CHECK (length(hash) = 64)
);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_entry is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
