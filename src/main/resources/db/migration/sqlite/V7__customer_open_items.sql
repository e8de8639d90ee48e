-- Open customer items move out of customer_transaction into a narrow table of their own, clustered
-- by customer, currency and date (the shape of Dynamics' CustTransOpen beside CustTrans).
--
-- Why: a reimbursement run closes every open item of the customers it reimburses, hundreds of
-- thousands at once. With the open amounts on the wide transaction row, closing meant rewriting
-- every such row and a partial index: most of the run's time and of the bytes its commit wrote.
-- Here closing is deleting contiguous rows of a small table, and a customer's balance reads only
-- that table, in key order.
--
-- Rules: a transaction with a row here is open by exactly that amount; one without a row is closed
-- (open amount zero): a row whose open amount reaches zero is deleted, a settlement that reopens a
-- closed item inserts it again. customer_id, currency and transaction_date copy the transaction's
-- own values, which never change; the ledger check proves that they agree.
CREATE TABLE customer_open_item (
    customer_id      BIGINT  NOT NULL,
    currency         TEXT    NOT NULL,
    transaction_id   BIGINT  NOT NULL REFERENCES customer_transaction (id),
    transaction_date TEXT    NOT NULL,
    open_amount      BIGINT  NOT NULL CHECK (open_amount <> 0),
    open_amount_acc  BIGINT  NOT NULL,
    -- Oldest first within a customer and currency: the order settlement and the set-off of debits
    -- against credits read them in, and items dated up to a posting date form one key range.
    PRIMARY KEY (customer_id, currency, transaction_date, transaction_id)
) WITHOUT ROWID;

INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date, open_amount, open_amount_acc)
SELECT customer_id, currency, id, transaction_date, open_amount, open_amount_acc
FROM customer_transaction WHERE open_amount <> 0
ORDER BY customer_id, currency, transaction_date, id;

DROP INDEX customer_transaction_open_idx;
ALTER TABLE customer_transaction DROP COLUMN open_amount;
ALTER TABLE customer_transaction DROP COLUMN open_amount_acc;

-- Open items by customer and currency are customer_open_item's own key now, so the transactions
-- keep a narrow index by customer only (does the customer have transactions; the foreign key
-- from customer). A run adds one transaction to each reimbursed customer, i.e. to nearly every
-- leaf of this index: the narrow one is less than half the pages the run rewrites and commits.
DROP INDEX customer_transaction_customer_idx;
CREATE INDEX customer_transaction_customer_idx ON customer_transaction (customer_id);

-- Settlements are read by voucher (reversal) and summed per transaction only by the ledger check,
-- which reads the whole table anyway; the index by transaction cost a third of writing a settlement.
DROP INDEX customer_settlement_transaction_idx;
