-- The bank's answers to the payment files: pain.002 payment status reports, imported with
-- File > Import bank status... or `import-status FILE`.
--
-- bank_status_report: one row per imported report, unique by the report's own message id
-- (GrpHdr/MsgId), so importing the same file twice changes nothing the second time.
-- payment_bank_status: what one report said about one payment (matched by EndToEndId): the status
-- (ACCP, ACSC, ACSP, ACWC, PDNG: accepted, the payment is confirmed by the bank; RJCT: rejected),
-- the reason code and text, and for a rejection the reversing voucher it posted. A payment's bank
-- status is its latest row; a row the same as the latest one is not written again (idempotent by
-- EndToEndId across reports). Posted rows are never changed: a later answer is a new row.
CREATE TABLE bank_status_report (
    id                   INTEGER PRIMARY KEY,
    message_id           TEXT    NOT NULL UNIQUE,
    message_name         TEXT    NOT NULL,
    original_message_id  TEXT    NOT NULL,
    created_at           TEXT,
    imported_at          TEXT    NOT NULL,
    file_name            TEXT
);

CREATE TABLE payment_bank_status (
    id                   INTEGER PRIMARY KEY,
    report_id            INTEGER NOT NULL REFERENCES bank_status_report (id),
    payment_id           INTEGER NOT NULL REFERENCES payment (id),
    status               TEXT    NOT NULL CHECK (status IN ('ACCP', 'ACSC', 'ACSP', 'ACWC', 'PDNG', 'RJCT')),
    reason_code          TEXT,
    reason_text          TEXT,
    reversal_voucher_id  INTEGER REFERENCES voucher (id),
    UNIQUE (report_id, payment_id),
    CHECK ((status = 'RJCT') = (reversal_voucher_id IS NOT NULL))
);
CREATE INDEX payment_bank_status_payment_idx ON payment_bank_status (payment_id, id);
