-- Hand-written set-based SQL doing the work of posting one payment batch of every open
-- reimbursement invoice on a generated ledger after its run, with no framework around it: the
-- yardstick for PaymentService.post on the same machine at the same moment (PaymentBenchmark).
-- Placeholders {name} are filled in by Baseline.payment. One payment per vendor and currency,
-- numbered by vendor account and currency; a foreign payment converts at the EUR rate valid on
-- the payment date with exact integer half-up, and each invoice's accounting-currency part is the
-- difference of the rounded running totals, so the parts add up to the payment exactly. It knows
-- only what the generated ledger holds, checks no IBAN beyond its presence, and writes no file.
-- It runs on a connection set up like Ledger.inBulkTransaction's.
CREATE TEMP TABLE y_inv AS
SELECT t.id AS id, t.vendor_id AS vendor_id, t.currency AS currency, -t.open_amount AS owed, -t.open_amount_acc AS owed_acc,
       row_number() OVER (PARTITION BY t.vendor_id, t.currency ORDER BY coalesce(t.due_date, t.transaction_date), t.id) AS k,
       (SELECT min(r.id) FROM reimbursement r WHERE r.vendor_transaction_id = t.id) AS reimbursement_id
FROM vendor_transaction t JOIN vendor v ON v.id = t.vendor_id
WHERE t.type = 'INVOICE' AND t.open_amount < 0 AND coalesce(v.iban, '') <> ''
  AND EXISTS (SELECT 1 FROM reimbursement r WHERE r.vendor_transaction_id = t.id);
CREATE INDEX temp.y_inv_vc ON y_inv (vendor_id, currency);
CREATE TEMP TABLE y_pay AS
SELECT row_number() OVER (ORDER BY v.account COLLATE NOCASE, i.currency) AS n, i.vendor_id AS vendor_id, i.currency AS currency,
       sum(i.owed) AS amount, sum(i.owed_acc) AS invoices_acc
FROM y_inv i JOIN vendor v ON v.id = i.vendor_id GROUP BY i.vendor_id, i.currency;
ALTER TABLE y_pay ADD COLUMN amount_acc INTEGER;
UPDATE y_pay SET amount_acc = CASE WHEN currency = '{acc}' THEN amount ELSE (amount * {rateUnits} + {rateHalf}) / {rateScale} END;
CREATE UNIQUE INDEX temp.y_pay_vc ON y_pay (vendor_id, currency);
CREATE UNIQUE INDEX temp.y_pay_n ON y_pay (n);
ALTER TABLE y_inv ADD COLUMN pay INTEGER;
UPDATE y_inv SET pay = p.n FROM y_pay p WHERE p.vendor_id = y_inv.vendor_id AND p.currency = y_inv.currency;
CREATE INDEX temp.y_inv_pay ON y_inv (pay, k);
CREATE TEMP TABLE y_part AS
SELECT i.id AS id, i.pay AS pay, i.k AS k, i.owed AS owed,
       CASE WHEN p.currency = '{acc}' THEN i.owed
            ELSE (sum(i.owed) OVER w * p.amount_acc * 2 + p.amount) / (2 * p.amount)
               - (coalesce(sum(i.owed) OVER w - i.owed, 0) * p.amount_acc * 2 + p.amount) / (2 * p.amount) END AS paid_acc,
       i.reimbursement_id AS reimbursement_id
FROM y_inv i JOIN y_pay p ON p.n = i.pay
WINDOW w AS (PARTITION BY i.pay ORDER BY i.k);
INSERT INTO payment_batch (id, number, payment_date, posted_at, bank_iban, bank_bic, payment_count)
SELECT {batchId}, '{batchNumber}', '{date}', '{date}T00:00:00', '{bankIban}', '{bankBic}', count(*) FROM y_pay;
INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at)
SELECT {voucherBase} + p.n, 'V-' || printf('%06d', {voucherBase} + p.n), '{date}',
       'PAYMENT {batchNumber}-' || printf('%04d', p.n) || ' ' || v.account, NULL, '{date}T00:00:00'
FROM y_pay p JOIN vendor v ON v.id = p.vendor_id ORDER BY p.n;
INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount)
SELECT {voucherBase} + n, {ap}, amount_acc, 0, currency, amount FROM y_pay
UNION ALL SELECT {voucherBase} + n, {bank}, 0, amount_acc, currency, -amount FROM y_pay
UNION ALL SELECT {voucherBase} + n, CASE WHEN amount_acc > invoices_acc THEN {loss} ELSE {gain} END,
                 max(amount_acc - invoices_acc, 0), max(invoices_acc - amount_acc, 0), '{acc}', amount_acc - invoices_acc
          FROM y_pay WHERE amount_acc <> invoices_acc
UNION ALL SELECT {voucherBase} + n, {ap}, max(invoices_acc - amount_acc, 0), max(amount_acc - invoices_acc, 0), '{acc}',
                 invoices_acc - amount_acc FROM y_pay WHERE amount_acc <> invoices_acc;
INSERT INTO vendor_transaction (id, vendor_id, voucher_id, type, transaction_date, due_date, document, currency, amount, amount_acc,
                                open_amount, open_amount_acc)
SELECT {transactionBase} + n, vendor_id, {voucherBase} + n, 'PAYMENT', '{date}', NULL, '{batchNumber}-' || printf('%04d', n),
       currency, amount, amount_acc, 0, 0 FROM y_pay ORDER BY n;
INSERT INTO vendor_settlement (voucher_id, transaction_id, amount, amount_acc)
SELECT {voucherBase} + i.pay, i.id, -i.owed, -i.owed_acc FROM y_inv i
UNION ALL SELECT {voucherBase} + pt.pay, {transactionBase} + pt.pay, pt.owed, pt.paid_acc FROM y_part pt;
UPDATE vendor_transaction SET open_amount = 0, open_amount_acc = 0 WHERE id IN (SELECT id FROM y_inv);
UPDATE reimbursement SET status = 'PAID' WHERE status = 'OPEN' AND vendor_transaction_id IN (SELECT id FROM y_inv);
INSERT INTO payment (id, batch_id, line_no, vendor_id, currency, amount, amount_acc, voucher_id, vendor_transaction_id,
                     end_to_end_id, creditor_name, creditor_iban, creditor_bic, remittance)
SELECT {paymentBase} + p.n, {batchId}, p.n, p.vendor_id, p.currency, p.amount, p.amount_acc, {voucherBase} + p.n,
       {transactionBase} + p.n, '{batchNumber}-' || printf('%04d', p.n), substr(v.name, 1, 140), v.iban, v.bic,
       substr('Refund ' || (SELECT group_concat(number, ', ') FROM (SELECT r.number FROM y_inv i
           JOIN reimbursement r ON r.vendor_transaction_id = i.id WHERE i.pay = p.n ORDER BY i.k, r.number)), 1, 140)
FROM y_pay p JOIN vendor v ON v.id = p.vendor_id ORDER BY p.n;
INSERT INTO payment_invoice (payment_id, vendor_transaction_id, reimbursement_id, amount)
SELECT {paymentBase} + pay, id, reimbursement_id, owed FROM y_part ORDER BY pay, k;
