-- The yardstick of the same work for the PostgreSQL import (issue 15): what ImportService writes for
-- the customers, rates and transactions files, done by hand-written set-based SQL, run by psql in one
-- transaction (-1) on a ledger just set up (the company, as the product's import starts from).
-- Placeholders: {customers}, {rates}, {transactions} (the CSV files). Written as a careful hand would:
-- the files \copy'd into temporary staging tables, ANALYZEd, the foreign keys of the three big tables
-- dropped and added again after the last insert (as the import does, see TransactionImportStore), ids
-- numbered after the highest. What it does not do that the import does: check each value for a
-- sentence (it casts and would fail on a bad one), read the file's SHA-256, write the import history's row and the audit entry.
-- The settlement is FIFO by running sums (each customer's credits, in date order, against its
-- invoices by due date): the same kind and amount of work as the import's matching, not its rule row
-- for row (the import never lets an invoice settle an earlier credit), so the counts differ a little.
-- Memory for the staging tables and the big joins, as a careful hand would give it (before any temporary table).
SET temp_buffers = '512MB';
SET LOCAL work_mem = '256MB';
CREATE TEMP TABLE s_customer (account text, name text, "group" text, currency text, vendor_account text, iban text, bic text)
    ON COMMIT DROP;
CREATE TEMP TABLE s_rate (currency text, date text, rate text) ON COMMIT DROP;
CREATE TEMP TABLE s_txn (customer text, date text, type text, document text, amount text, currency text, due_date text)
    ON COMMIT DROP;
\copy s_customer FROM '{customers}' WITH (FORMAT csv, HEADER true)
\copy s_rate FROM '{rates}' WITH (FORMAT csv, HEADER true)
\copy s_txn FROM '{transactions}' WITH (FORMAT csv, HEADER true)
ANALYZE s_customer;
ANALYZE s_txn;

-- Customers and their groups; rates.
INSERT INTO customer_group (code, name)
SELECT min("group"), min("group") FROM s_customer c
WHERE NOT EXISTS (SELECT 1 FROM customer_group g WHERE lower(g.code) = lower(c."group"))
GROUP BY lower("group");
INSERT INTO customer (account, name, group_id, currency, iban, bic)
SELECT c.account, c.name, g.id, upper(c.currency), nullif(c.iban, ''), nullif(c.bic, '')
FROM s_customer c JOIN customer_group g ON lower(g.code) = lower(c."group");
INSERT INTO exchange_rate (currency, valid_from, rate) SELECT upper(currency), CAST(date AS date), rate FROM s_rate;
ANALYZE customer;

-- The transactions, numbered after the highest, in minor units, converted at the rate valid on their date.
LOCK TABLE customer_transaction IN EXCLUSIVE MODE;
CREATE TEMP TABLE s_item ON COMMIT DROP AS
SELECT (SELECT coalesce(max(id), 0) FROM customer_transaction) + row_number() OVER () AS id, x.customer_id, x.type,
       x.transaction_date, x.due_date, x.document, x.currency, x.sign * x.minor AS amount,
       x.sign * CASE WHEN x.currency = e.accounting_currency THEN x.minor
                     ELSE CAST(round(x.minor / CAST(10 ^ x.decimals AS bigint) * CAST(r.rate AS numeric), a.decimals) * CAST(10 ^ a.decimals AS bigint) AS bigint) END
           AS amount_acc
FROM (SELECT c.id AS customer_id, upper(t.type) AS type, CAST(t.date AS date) AS transaction_date,
             coalesce(CAST(nullif(t.due_date, '') AS date), CASE WHEN upper(t.type) = 'INVOICE' THEN CAST(t.date AS date) END) AS due_date,
             t.document, k.code AS currency, k.decimals, CASE WHEN upper(t.type) = 'INVOICE' THEN 1 ELSE -1 END AS sign,
             CAST(round(CAST(t.amount AS numeric) * CAST(10 ^ k.decimals AS bigint)) AS bigint) AS minor
      FROM s_txn t JOIN customer c ON lower(c.account) = lower(t.customer)
      JOIN currency k ON k.code = coalesce(nullif(upper(t.currency), ''), c.currency)) x
CROSS JOIN legal_entity e
JOIN currency a ON a.code = e.accounting_currency
LEFT JOIN LATERAL (SELECT rate FROM exchange_rate r WHERE r.currency = x.currency AND r.valid_from <= x.transaction_date
                   ORDER BY r.valid_from DESC LIMIT 1) r ON x.currency <> e.accounting_currency;
ANALYZE s_item;
-- The import refuses a document a customer has twice (in the file or already in the ledger).
SELECT count(*) AS duplicate_documents FROM (
    SELECT customer_id, document FROM (SELECT customer_id, document FROM s_item
                                       UNION ALL SELECT customer_id, document FROM customer_transaction) d
    GROUP BY customer_id, document HAVING count(*) > 1) dup;

ALTER TABLE customer_transaction DROP CONSTRAINT customer_transaction_customer_id_fkey,
    DROP CONSTRAINT customer_transaction_voucher_id_fkey, DROP CONSTRAINT customer_transaction_currency_fkey;
ALTER TABLE customer_open_item DROP CONSTRAINT customer_open_item_customer_id_fkey,
    DROP CONSTRAINT customer_open_item_transaction_id_fkey;
ALTER TABLE customer_settlement DROP CONSTRAINT customer_settlement_voucher_id_fkey,
    DROP CONSTRAINT customer_settlement_transaction_id_fkey;

-- The one opening-balance voucher, dated the latest date.
INSERT INTO voucher (number, posting_date, description, posted_at)
SELECT 'V-BASELINE', max(transaction_date), 'Import baseline', CAST(now() AS text) FROM s_item;
INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, due_date, document, currency, amount, amount_acc)
SELECT i.id, i.customer_id, v.id, i.type, i.transaction_date, i.due_date, i.document, i.currency, i.amount, i.amount_acc
FROM s_item i CROSS JOIN voucher v WHERE v.number = 'V-BASELINE';

-- Settlement: each side's running sums per customer and currency, the overlaps of debit and credit ranges.
CREATE TEMP TABLE s_range ON COMMIT DROP AS
SELECT id, customer_id, currency, amount, amount_acc, amount > 0 AS debit,
       sum(abs(amount)) OVER w - abs(amount) AS lo, sum(abs(amount)) OVER w AS hi
FROM s_item
WINDOW w AS (PARTITION BY customer_id, currency, amount > 0
             ORDER BY CASE WHEN amount > 0 THEN due_date ELSE transaction_date END, transaction_date, id);
ANALYZE s_range;
CREATE TEMP TABLE s_part ON COMMIT DROP AS
SELECT d.id AS debit_id, c.id AS credit_id, least(d.hi, c.hi) - greatest(d.lo, c.lo) AS part,
       d.amount AS debit_amount, d.amount_acc AS debit_acc, c.amount AS credit_amount, c.amount_acc AS credit_acc
FROM s_range d JOIN s_range c ON c.customer_id = d.customer_id AND c.currency = d.currency AND NOT c.debit
     AND c.lo < d.hi AND d.lo < c.hi
WHERE d.debit;
CREATE TEMP TABLE s_settled ON COMMIT DROP AS
SELECT id, sum(part) AS settled, sum(part_acc) AS settled_acc FROM (
    -- The accounting-currency part in proportion; exact, without arithmetic, where both amounts are the same (as the import does).
    SELECT debit_id AS id, part, CASE WHEN debit_acc = debit_amount THEN part
                                      ELSE CAST(round(CAST(part AS numeric) * debit_acc / debit_amount) AS bigint) END AS part_acc FROM s_part
    UNION ALL
    SELECT credit_id, -part, CASE WHEN credit_acc = credit_amount THEN -part
                                  ELSE CAST(round(CAST(part AS numeric) * credit_acc / credit_amount) AS bigint) END FROM s_part) p
GROUP BY id;
INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc)
SELECT v.id, s.id, s.settled, s.settled_acc FROM s_settled s CROSS JOIN voucher v WHERE v.number = 'V-BASELINE';
INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date, open_amount, open_amount_acc)
SELECT i.customer_id, i.currency, i.id, i.transaction_date, i.amount - coalesce(s.settled, 0), i.amount_acc - coalesce(s.settled_acc, 0)
FROM s_item i LEFT JOIN s_settled s ON s.id = i.id
WHERE i.amount - coalesce(s.settled, 0) <> 0
ORDER BY i.customer_id, i.currency, i.transaction_date, i.id;

-- The voucher's lines: AR control against the opening balance, and the realized exchange result.
INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount)
SELECT v.id, l.account_id, greatest(l.amount, 0), greatest(-l.amount, 0), e.accounting_currency, l.amount
FROM voucher v CROSS JOIN legal_entity e CROSS JOIN parameters p
CROSS JOIN LATERAL (SELECT sum(amount_acc) AS net, (SELECT coalesce(sum(settled_acc), 0) FROM s_settled) AS residue FROM s_item) n
CROSS JOIN LATERAL (VALUES (p.ar_control_account_id, n.net - n.residue), (p.opening_balance_account_id, -n.net),
                           (CASE WHEN n.residue > 0 THEN p.fx_loss_account_id ELSE p.fx_gain_account_id END, n.residue)) l (account_id, amount)
WHERE v.number = 'V-BASELINE' AND (l.amount <> 0 OR l.account_id <> p.fx_gain_account_id AND l.account_id <> p.fx_loss_account_id);

ALTER TABLE customer_transaction ADD CONSTRAINT customer_transaction_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id),
    ADD CONSTRAINT customer_transaction_voucher_id_fkey FOREIGN KEY (voucher_id) REFERENCES voucher (id),
    ADD CONSTRAINT customer_transaction_currency_fkey FOREIGN KEY (currency) REFERENCES currency (code);
ALTER TABLE customer_open_item ADD CONSTRAINT customer_open_item_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id),
    ADD CONSTRAINT customer_open_item_transaction_id_fkey FOREIGN KEY (transaction_id) REFERENCES customer_transaction (id);
ALTER TABLE customer_settlement ADD CONSTRAINT customer_settlement_voucher_id_fkey FOREIGN KEY (voucher_id) REFERENCES voucher (id),
    ADD CONSTRAINT customer_settlement_transaction_id_fkey FOREIGN KEY (transaction_id) REFERENCES customer_transaction (id);
SELECT setval(pg_get_serial_sequence('customer_transaction', 'id'), coalesce(max(id), 0) + 1, false) FROM customer_transaction;
SELECT count(*) AS settlements FROM s_part;
SELECT count(*) AS settlement_rows FROM customer_settlement;
SELECT count(*) AS open_items FROM customer_open_item;
