-- Two indexes for paying a whole reimbursement run (issue 17).
--
-- The open vendor invoices in the order the Vendor payments list shows them (vendor, currency, due
-- date; the row id breaks ties as the last key of every index), for the open invoices only: the
-- screen's first page then reads its 100 rows down this index and the vendor account index instead
-- of sorting all 72,000 open invoices after a large reimbursement run (issue 17). The WHERE is the
-- very text OpenInvoiceQueries writes, so that SQLite sees the query may use the partial index.
CREATE INDEX vendor_transaction_open_invoice_idx
    ON vendor_transaction (vendor_id, currency, coalesce(due_date, transaction_date))
    WHERE type = 'INVOICE' AND open_amount < 0;

-- A batch's transfers in the order of its payment file (one block per currency, by line within
-- it): the writer reads them twice per file, and down this index neither read sorts the batch.
CREATE INDEX payment_batch_currency_idx ON payment (batch_id, currency, line_no);
