-- The Reimbursement process. A run posts reimbursements; each reimbursement links the customer's
-- reimbursement transaction, the vendor invoice it became, and the voucher that posted both.
-- Status moves OPEN -> PAID (when the vendor invoice is fully paid) or OPEN -> REVERSED.

CREATE TABLE reimbursement_run (
    id                       INTEGER PRIMARY KEY,
    posting_date             TEXT    NOT NULL,
    summarize                BOOLEAN NOT NULL,
    selection                TEXT    NOT NULL,
    started_at               TEXT    NOT NULL,
    reimbursement_count      INTEGER NOT NULL DEFAULT 0,
    one_time_vendors_created INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reimbursement (
    id                       INTEGER PRIMARY KEY,
    number                   TEXT    NOT NULL UNIQUE,
    run_id                   INTEGER NOT NULL REFERENCES reimbursement_run (id),
    customer_id              INTEGER NOT NULL REFERENCES customer (id),
    vendor_id                INTEGER NOT NULL REFERENCES vendor (id),
    currency                 TEXT    NOT NULL REFERENCES currency (code),
    amount                   BIGINT  NOT NULL CHECK (amount > 0),
    amount_acc               BIGINT  NOT NULL,
    posting_date             TEXT    NOT NULL,
    voucher_id               INTEGER NOT NULL REFERENCES voucher (id),
    customer_transaction_id  INTEGER NOT NULL REFERENCES customer_transaction (id),
    vendor_transaction_id    INTEGER NOT NULL REFERENCES vendor_transaction (id),
    source_transaction_id    INTEGER REFERENCES customer_transaction (id),
    status                   TEXT    NOT NULL CHECK (status IN ('OPEN', 'PAID', 'REVERSED')),
    reversal_voucher_id      INTEGER REFERENCES voucher (id)
);
CREATE INDEX reimbursement_date_idx ON reimbursement (posting_date);
CREATE INDEX reimbursement_customer_idx ON reimbursement (customer_id);
CREATE INDEX reimbursement_status_idx ON reimbursement (status);
CREATE INDEX reimbursement_run_idx ON reimbursement (run_id);
CREATE INDEX reimbursement_vendor_transaction_idx ON reimbursement (vendor_transaction_id);
