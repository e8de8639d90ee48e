-- Holds (issue 13): a customer on hold for reimbursement is skipped by every run and listed in the
-- preview as left out, "on hold: <reason>". One hold at most per customer; releasing it deletes the
-- row. When and by whom it was set is kept for whoever asks later why a credit was not paid.
-- Plain SQL only: no entity reads it.

CREATE TABLE customer_hold (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    held_at     TEXT NOT NULL,
    held_by     TEXT
);
