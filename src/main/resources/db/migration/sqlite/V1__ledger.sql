-- Reimbursement Desk ledger schema.
-- Money is stored in minor units (BIGINT, integer affinity) of the currency named beside it: SQLite has no decimal
-- type and NUMERIC columns come back as REAL. Exchange rates are exact decimal strings (TEXT).
-- Dates are ISO text (YYYY-MM-DD). Signs: a customer transaction is positive when the customer owes
-- (invoice) and negative when the company owes (payment, credit note); a vendor transaction is
-- negative when the company owes (invoice) and positive for a payment. So the sum of open amounts
-- in accounting currency equals the control account's balance (debit minus credit) on both sides.

CREATE TABLE legal_entity (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT    NOT NULL,
    name                 TEXT    NOT NULL,
    accounting_currency  TEXT    NOT NULL REFERENCES currency (code),
    demo                 BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE currency (
    code      TEXT    PRIMARY KEY,
    name      TEXT    NOT NULL,
    decimals  INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 4)
);

CREATE TABLE exchange_rate (
    id          INTEGER PRIMARY KEY,
    currency    TEXT    NOT NULL REFERENCES currency (code),
    valid_from  TEXT    NOT NULL,
    rate        TEXT    NOT NULL,
    UNIQUE (currency, valid_from)
);

CREATE TABLE ledger_account (
    id      INTEGER PRIMARY KEY,
    number  TEXT    NOT NULL UNIQUE,
    name    TEXT    NOT NULL,
    kind    TEXT    NOT NULL
);

CREATE TABLE number_sequence (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    prefix      TEXT    NOT NULL,
    width       INTEGER NOT NULL CHECK (width BETWEEN 1 AND 18),
    next_value  BIGINT  NOT NULL CHECK (next_value >= 1)
);

CREATE TABLE customer_group (
    id    INTEGER PRIMARY KEY,
    code  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name  TEXT    NOT NULL
);

CREATE TABLE vendor_group (
    id    INTEGER PRIMARY KEY,
    code  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name  TEXT    NOT NULL
);

CREATE TABLE parameters (
    id                          INTEGER PRIMARY KEY CHECK (id = 1),
    minimum_reimbursement       BIGINT  NOT NULL DEFAULT 0 CHECK (minimum_reimbursement >= 0),
    ar_control_account_id       INTEGER NOT NULL REFERENCES ledger_account (id),
    ap_control_account_id       INTEGER NOT NULL REFERENCES ledger_account (id),
    bank_account_id             INTEGER NOT NULL REFERENCES ledger_account (id),
    sales_account_id            INTEGER NOT NULL REFERENCES ledger_account (id),
    sales_returns_account_id    INTEGER NOT NULL REFERENCES ledger_account (id),
    opening_balance_account_id  INTEGER NOT NULL REFERENCES ledger_account (id),
    fx_gain_account_id          INTEGER NOT NULL REFERENCES ledger_account (id),
    fx_loss_account_id          INTEGER NOT NULL REFERENCES ledger_account (id),
    voucher_sequence_id         INTEGER NOT NULL REFERENCES number_sequence (id),
    reimbursement_sequence_id   INTEGER NOT NULL REFERENCES number_sequence (id),
    one_time_vendor_sequence_id INTEGER NOT NULL REFERENCES number_sequence (id),
    one_time_vendor_group_id    INTEGER NOT NULL REFERENCES vendor_group (id),
    bank_iban                   TEXT,
    bank_bic                    TEXT
);

CREATE TABLE vendor (
    id        INTEGER PRIMARY KEY,
    account   TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name      TEXT    NOT NULL,
    group_id  INTEGER NOT NULL REFERENCES vendor_group (id),
    currency  TEXT    NOT NULL REFERENCES currency (code),
    iban      TEXT,
    bic       TEXT,
    one_time  BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX vendor_group_idx ON vendor (group_id);

CREATE TABLE customer (
    id         INTEGER PRIMARY KEY,
    account    TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name       TEXT    NOT NULL,
    group_id   INTEGER NOT NULL REFERENCES customer_group (id),
    currency   TEXT    NOT NULL REFERENCES currency (code),
    iban       TEXT,
    bic        TEXT,
    vendor_id  INTEGER REFERENCES vendor (id)
);
CREATE INDEX customer_group_idx ON customer (group_id);
CREATE INDEX customer_vendor_idx ON customer (vendor_id);
CREATE INDEX customer_name_idx ON customer (name COLLATE NOCASE);

CREATE TABLE voucher (
    id                  INTEGER PRIMARY KEY,
    number              TEXT    NOT NULL UNIQUE,
    posting_date        TEXT    NOT NULL,
    description         TEXT    NOT NULL,
    reverses_voucher_id INTEGER REFERENCES voucher (id),
    posted_at           TEXT    NOT NULL
);
CREATE INDEX voucher_date_idx ON voucher (posting_date);

-- Debit and credit are in accounting-currency minor units; currency/amount keep the
-- transaction-currency side (signed: debit positive) so foreign postings stay traceable.
CREATE TABLE voucher_line (
    id          INTEGER PRIMARY KEY,
    voucher_id  INTEGER NOT NULL REFERENCES voucher (id),
    account_id  INTEGER NOT NULL REFERENCES ledger_account (id),
    debit       BIGINT  NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit      BIGINT  NOT NULL DEFAULT 0 CHECK (credit >= 0),
    currency    TEXT    NOT NULL REFERENCES currency (code),
    amount      BIGINT  NOT NULL,
    description TEXT
);
CREATE INDEX voucher_line_voucher_idx ON voucher_line (voucher_id);
CREATE INDEX voucher_line_account_idx ON voucher_line (account_id);

CREATE TABLE customer_transaction (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customer (id),
    voucher_id       INTEGER NOT NULL REFERENCES voucher (id),
    type             TEXT    NOT NULL CHECK (type IN ('INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'REIMBURSEMENT', 'REIMBURSEMENT_REVERSAL')),
    transaction_date TEXT    NOT NULL,
    due_date         TEXT,
    document         TEXT    NOT NULL,
    currency         TEXT    NOT NULL REFERENCES currency (code),
    amount           BIGINT  NOT NULL,
    amount_acc       BIGINT  NOT NULL,
    open_amount      BIGINT  NOT NULL,
    open_amount_acc  BIGINT  NOT NULL
);
CREATE INDEX customer_transaction_customer_idx ON customer_transaction (customer_id, currency, transaction_date);
CREATE INDEX customer_transaction_open_idx ON customer_transaction (customer_id, currency) WHERE open_amount <> 0;
CREATE INDEX customer_transaction_voucher_idx ON customer_transaction (voucher_id);

-- A settlement closes parts of transactions against each other; within one voucher the parts of
-- one customer and currency sum to zero. amount_acc is the accounting-currency part taken from the
-- transaction's open amount; the difference between the sides is the realized exchange result.
CREATE TABLE customer_settlement (
    id              INTEGER PRIMARY KEY,
    voucher_id      INTEGER NOT NULL REFERENCES voucher (id),
    transaction_id  INTEGER NOT NULL REFERENCES customer_transaction (id),
    amount          BIGINT  NOT NULL,
    amount_acc      BIGINT  NOT NULL
);
CREATE INDEX customer_settlement_transaction_idx ON customer_settlement (transaction_id);
CREATE INDEX customer_settlement_voucher_idx ON customer_settlement (voucher_id);

CREATE TABLE vendor_transaction (
    id               INTEGER PRIMARY KEY,
    vendor_id        INTEGER NOT NULL REFERENCES vendor (id),
    voucher_id       INTEGER NOT NULL REFERENCES voucher (id),
    type             TEXT    NOT NULL CHECK (type IN ('INVOICE', 'PAYMENT', 'INVOICE_REVERSAL')),
    transaction_date TEXT    NOT NULL,
    due_date         TEXT,
    document         TEXT    NOT NULL,
    currency         TEXT    NOT NULL REFERENCES currency (code),
    amount           BIGINT  NOT NULL,
    amount_acc       BIGINT  NOT NULL,
    open_amount      BIGINT  NOT NULL,
    open_amount_acc  BIGINT  NOT NULL
);
CREATE INDEX vendor_transaction_vendor_idx ON vendor_transaction (vendor_id, currency, transaction_date);
CREATE INDEX vendor_transaction_open_idx ON vendor_transaction (vendor_id, currency) WHERE open_amount <> 0;
CREATE INDEX vendor_transaction_voucher_idx ON vendor_transaction (voucher_id);

CREATE TABLE vendor_settlement (
    id              INTEGER PRIMARY KEY,
    voucher_id      INTEGER NOT NULL REFERENCES voucher (id),
    transaction_id  INTEGER NOT NULL REFERENCES vendor_transaction (id),
    amount          BIGINT  NOT NULL,
    amount_acc      BIGINT  NOT NULL
);
CREATE INDEX vendor_settlement_transaction_idx ON vendor_settlement (transaction_id);
CREATE INDEX vendor_settlement_voucher_idx ON vendor_settlement (voucher_id);
