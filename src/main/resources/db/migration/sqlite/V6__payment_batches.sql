-- Vendor payments. A batch is what AP staff post in one go: one payment per vendor and currency,
-- each with its own balanced voucher and vendor payment transaction. The bank account used and the
-- last payment file written are kept so a posted batch can be listed and exported again later.

CREATE TABLE payment_batch (
    id                 INTEGER PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,
    payment_date       TEXT    NOT NULL,
    posted_at          TEXT    NOT NULL,
    bank_iban          TEXT    NOT NULL,
    bank_bic           TEXT,
    payment_count      INTEGER NOT NULL CHECK (payment_count > 0),
    export_count       INTEGER NOT NULL DEFAULT 0,
    file_path          TEXT,
    file_version       TEXT,
    message_id         TEXT,
    exported_at        TEXT
);
CREATE INDEX payment_batch_date_idx ON payment_batch (payment_date);

-- Creditor name, IBAN and BIC are copied from the vendor at posting, so a later export pays the
-- account that was checked when the money left the books, even if the vendor card changes since.
CREATE TABLE payment (
    id                     INTEGER PRIMARY KEY,
    batch_id               INTEGER NOT NULL REFERENCES payment_batch (id),
    line_no                INTEGER NOT NULL,
    vendor_id              INTEGER NOT NULL REFERENCES vendor (id),
    currency               TEXT    NOT NULL REFERENCES currency (code),
    amount                 BIGINT  NOT NULL CHECK (amount > 0),
    amount_acc             BIGINT  NOT NULL,
    voucher_id             INTEGER NOT NULL REFERENCES voucher (id),
    vendor_transaction_id  INTEGER NOT NULL REFERENCES vendor_transaction (id),
    end_to_end_id          TEXT    NOT NULL UNIQUE,
    creditor_name          TEXT    NOT NULL,
    creditor_iban          TEXT    NOT NULL,
    creditor_bic           TEXT,
    remittance             TEXT    NOT NULL,
    UNIQUE (batch_id, line_no)
);
CREATE INDEX payment_batch_idx ON payment (batch_id);
CREATE INDEX payment_vendor_idx ON payment (vendor_id);

-- The invoices a payment settled, and the reimbursement each came from (null for other invoices).
CREATE TABLE payment_invoice (
    id                     INTEGER PRIMARY KEY,
    payment_id             INTEGER NOT NULL REFERENCES payment (id),
    vendor_transaction_id  INTEGER NOT NULL REFERENCES vendor_transaction (id),
    reimbursement_id       INTEGER REFERENCES reimbursement (id),
    amount                 BIGINT  NOT NULL
);
CREATE INDEX payment_invoice_payment_idx ON payment_invoice (payment_id);
CREATE INDEX payment_invoice_transaction_idx ON payment_invoice (vendor_transaction_id);
