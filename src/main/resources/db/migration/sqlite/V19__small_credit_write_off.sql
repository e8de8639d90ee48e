-- Small credits (issue 13): a credit balance below the minimum reimbursement is never paid out, so it
-- can be written off: one voucher per customer and currency, Dr AR control / Cr the small-credit
-- write-off account (a new parameter), and a WRITE_OFF customer transaction that settles the credits.
-- A write-off is reversed like a reimbursement: a mirroring voucher and a WRITE_OFF_REVERSAL
-- transaction, the settled items reopened. Posted rows never change; the reversal only sets status.

-- 1. customer_transaction.type accepts the two new kinds. SQLite cannot alter a CHECK, and rebuilding
-- the table is not possible here: it is the parent of settlements, open items and reimbursements,
-- Flyway runs this script inside a transaction (where foreign keys cannot be switched off), and it
-- would rewrite every transaction of a million-row ledger. Widening an IN list is the kind of change
-- SQLite documents as safe by editing the schema text (every stored row satisfies the wider check);
-- the CREATE TABLE below bumps the schema cookie so every connection re-reads it, and RESET makes this
-- connection re-read it now.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, '''REIMBURSEMENT'', ''REIMBURSEMENT_REVERSAL'')',
                       '''REIMBURSEMENT'', ''REIMBURSEMENT_REVERSAL'', ''WRITE_OFF'', ''WRITE_OFF_REVERSAL'')')
WHERE type = 'table' AND name = 'customer_transaction';

-- A schema text not as V1 wrote it would leave the check narrow: fail the migration rather than go on.
CREATE TEMP TABLE v19_check_widened (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO v19_check_widened
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND name = 'customer_transaction' AND sql LIKE '%''WRITE_OFF_REVERSAL''%';
DROP TABLE v19_check_widened;

-- 2. The write-offs. amount is the credit written off (positive, minor units of currency), amount_acc
-- what it was open for in the accounting currency (what AR control is debited with). oldest_credit is
-- the date of the oldest open credit it settled, the age the Small credits list showed.
CREATE TABLE write_off (
    id                       INTEGER PRIMARY KEY,
    number                   TEXT    NOT NULL UNIQUE,
    customer_id              INTEGER NOT NULL REFERENCES customer (id),
    currency                 TEXT    NOT NULL REFERENCES currency (code),
    amount                   BIGINT  NOT NULL CHECK (amount > 0),
    amount_acc               BIGINT  NOT NULL,
    posting_date             TEXT    NOT NULL,
    oldest_credit            TEXT    NOT NULL,
    voucher_id               INTEGER NOT NULL REFERENCES voucher (id),
    customer_transaction_id  INTEGER NOT NULL REFERENCES customer_transaction (id),
    status                   TEXT    NOT NULL CHECK (status IN ('OPEN', 'REVERSED')),
    reversal_voucher_id      INTEGER REFERENCES voucher (id),
    written_by               TEXT,
    written_at               TEXT    NOT NULL,
    CHECK ((status = 'REVERSED') = (reversal_voucher_id IS NOT NULL))
);
CREATE INDEX write_off_customer_idx ON write_off (customer_id);
CREATE INDEX write_off_date_idx ON write_off (posting_date);

PRAGMA writable_schema = RESET;

-- 3. The parameter, its default account and the write-offs' number sequence. A new ledger has no
-- company yet when this runs (CompanySetupService adds them); an existing one gets them here, named
-- in the language its chart was made in (told by the AR control account's name).
ALTER TABLE parameters ADD COLUMN small_credit_writeoff_account_id INTEGER REFERENCES ledger_account (id);

INSERT INTO ledger_account (number, name, kind)
SELECT '3700',
       CASE WHEN (SELECT a.name FROM ledger_account a WHERE a.id = p.ar_control_account_id) = 'Debitorer'
            THEN 'Afskrevne små kreditsaldi' ELSE 'Small credits written off' END,
       'REVENUE'
FROM parameters p
WHERE NOT EXISTS (SELECT 1 FROM ledger_account WHERE number = '3700');

UPDATE parameters SET small_credit_writeoff_account_id = (SELECT id FROM ledger_account WHERE number = '3700');

INSERT INTO number_sequence (code, name, prefix, width, next_value)
SELECT 'WRITE_OFF',
       CASE WHEN (SELECT a.name FROM ledger_account a WHERE a.id = p.ar_control_account_id) = 'Debitorer'
            THEN 'Afskrivninger' ELSE 'Write-offs' END,
       'WO-', 6, 1
FROM parameters p
WHERE NOT EXISTS (SELECT 1 FROM number_sequence WHERE code = 'WRITE_OFF');
