-- baseline.sql's statements on PostgreSQL (issue 15), run by psql in one transaction (-1): the yardstick
-- for ReimbursementService.run on a PostgreSQL ledger. The same work, statement for statement; only what
-- the dialects spell differently differs: printf -> lpad, the two-argument max -> greatest, 1 -> true,
-- a temporary table's index without the temp. prefix. Placeholders {name} as in baseline.sql.
CREATE TEMP TABLE b_group AS
SELECT row_number() OVER (ORDER BY c.account, t.currency) AS grp, t.customer_id, t.currency, c.vendor_id,
       -sum(t.open_amount) AS credit, -sum(t.open_amount_acc) AS ar_acc
FROM customer_open_item t JOIN customer c ON c.id = t.customer_id
WHERE t.transaction_date <= '{date}'
GROUP BY t.customer_id, t.currency, c.account, c.vendor_id
HAVING -sum(t.open_amount) >= CASE WHEN t.currency = '{acc}' THEN {minimum} ELSE {foreignThreshold} END;
ALTER TABLE b_group ADD COLUMN credit_acc bigint;
UPDATE b_group SET credit_acc = CASE WHEN currency = '{acc}' THEN credit ELSE (credit * {rateUnits} + {rateHalf}) / {rateScale} END;
CREATE INDEX b_group_cc ON b_group (customer_id, currency);
CREATE TEMP TABLE b_new AS
SELECT customer_id, row_number() OVER (ORDER BY min(grp)) AS n FROM b_group WHERE vendor_id IS NULL GROUP BY customer_id;
CREATE UNIQUE INDEX b_new_c ON b_new (customer_id);
ANALYZE b_group;
ANALYZE b_new;
INSERT INTO vendor (id, account, name, group_id, currency, iban, bic, one_time)
SELECT {vendorBase} + n.n, 'OTV-' || lpad(n.n::text, 6, '0'), c.name, {oneTimeGroup}, c.currency, c.iban, c.bic, true
FROM b_new n JOIN customer c ON c.id = n.customer_id;
UPDATE customer SET vendor_id = {vendorBase} + n.n FROM b_new n WHERE n.customer_id = customer.id;
UPDATE b_group SET vendor_id = {vendorBase} + (SELECT n FROM b_new WHERE b_new.customer_id = b_group.customer_id) WHERE vendor_id IS NULL;
INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at)
SELECT {voucherBase} + grp, 'V-' || lpad(({voucherBase} + grp)::text, 7, '0'), '{date}', 'REIMBURSEMENT RB-' || lpad(grp::text, 6, '0'), NULL, '{date}T00:00' FROM b_group;
INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount)
SELECT {voucherBase} + grp, {ar}, greatest(ar_acc, 0), greatest(-ar_acc, 0), currency, credit FROM b_group
UNION ALL SELECT {voucherBase} + grp, {ap}, 0, credit_acc, currency, -credit FROM b_group
UNION ALL SELECT {voucherBase} + grp, CASE WHEN credit_acc > ar_acc THEN {loss} ELSE {gain} END,
                 greatest(credit_acc - ar_acc, 0), greatest(ar_acc - credit_acc, 0), '{acc}', credit_acc - ar_acc FROM b_group WHERE credit_acc <> ar_acc;
INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, document, currency, amount, amount_acc)
SELECT {transactionBase} + grp, customer_id, {voucherBase} + grp, 'REIMBURSEMENT', '{date}', 'RB-' || lpad(grp::text, 6, '0'), currency, credit, ar_acc FROM b_group;
INSERT INTO vendor_transaction (id, vendor_id, voucher_id, type, transaction_date, due_date, document, currency, amount, amount_acc, open_amount, open_amount_acc)
SELECT grp, vendor_id, {voucherBase} + grp, 'INVOICE', '{date}', '{date}', 'RB-' || lpad(grp::text, 6, '0'), currency, -credit, -credit_acc, -credit, -credit_acc FROM b_group;
INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc)
SELECT {voucherBase} + g.grp, t.transaction_id, t.open_amount, t.open_amount_acc FROM b_group g
JOIN customer_open_item t ON t.customer_id = g.customer_id AND t.currency = g.currency
WHERE t.transaction_date <= '{date}';
INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc)
SELECT {voucherBase} + grp, {transactionBase} + grp, credit, ar_acc FROM b_group;
DELETE FROM customer_open_item WHERE (customer_id, currency) IN (SELECT customer_id, currency FROM b_group)
  AND transaction_date <= '{date}';
INSERT INTO reimbursement_run (id, posting_date, summarize, selection, started_at) VALUES (1000000, '{date}', true, 'baseline', '{date}T00:00');
INSERT INTO reimbursement (id, number, run_id, customer_id, vendor_id, currency, amount, amount_acc, posting_date, voucher_id,
                           customer_transaction_id, vendor_transaction_id, status)
SELECT grp, 'RB-' || lpad(grp::text, 6, '0'), 1000000, customer_id, vendor_id, currency, credit, credit_acc, '{date}',
       {voucherBase} + grp, {transactionBase} + grp, grp, 'OPEN' FROM b_group;
