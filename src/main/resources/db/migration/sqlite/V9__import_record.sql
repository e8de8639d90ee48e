-- One row per import that was written: what kind, from which file, the SHA-256 of the file's bytes
-- and when. The same file imported again is refused unless the user asks for it (issue 18: a retry
-- after a crash that printed nothing doubled the books), and an import killed after it committed
-- but before it printed its summary is still listed by `runs`.
-- Plain SQL only (like payment_batch): no entity reads it.

CREATE TABLE import_record (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('CUSTOMERS', 'VENDORS', 'TRANSACTIONS', 'RATES')),
    file_name      TEXT    NOT NULL,
    sha256         TEXT    NOT NULL CHECK (length(sha256) = 64),
    imported_at    TEXT    NOT NULL,
    row_count      INTEGER NOT NULL CHECK (row_count >= 0),
    voucher_number TEXT
);
CREATE INDEX import_record_sha256_idx ON import_record (sha256);
