-- customer_open_item.customer_id copies its transaction's customer (V7) but had no foreign key of
-- its own, so only the ledger check's agreement test would find an item naming a customer that
-- does not exist. SQLite cannot add a constraint to an existing table: the table is rebuilt with
-- the key and the data copied over in key order, inside this migration's transaction.
--
-- The parent column is customer's INTEGER PRIMARY KEY and the child column leads this table's
-- primary key, so both sides of the check are index seeks (PRAGMA foreign_key_check needs that).
CREATE TABLE customer_open_item_new (
    customer_id      BIGINT  NOT NULL REFERENCES customer (id),
    currency         TEXT    NOT NULL,
    transaction_id   BIGINT  NOT NULL REFERENCES customer_transaction (id),
    transaction_date TEXT    NOT NULL,
    open_amount      BIGINT  NOT NULL CHECK (open_amount <> 0),
    open_amount_acc  BIGINT  NOT NULL,
    PRIMARY KEY (customer_id, currency, transaction_date, transaction_id)
) WITHOUT ROWID;

INSERT INTO customer_open_item_new (customer_id, currency, transaction_id, transaction_date, open_amount, open_amount_acc)
SELECT customer_id, currency, transaction_id, transaction_date, open_amount, open_amount_acc
FROM customer_open_item
ORDER BY customer_id, currency, transaction_date, transaction_id;

DROP TABLE customer_open_item;
ALTER TABLE customer_open_item_new RENAME TO customer_open_item;
