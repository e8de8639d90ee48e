package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.persistence.interchange.TransactionImportStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Settles imported items in memory exactly as the window would had they been entered one by one in
 * date order: a payment or credit note closes the customer's oldest open invoices in its currency
 * (by due date, then date, then entry order); an invoice never settles an earlier credit. The
 * accounting-currency parts follow {@link ExchangeConversion#proportionalPart}, and each credit's residue
 * is a realized exchange gain or loss, as on the window's voucher for that credit.
 */
final class ImportSettlement {

    private static final Comparator<OpenItem> OLDEST_FIRST = Comparator.comparingInt(OpenItem::dueOrDate)
            .thenComparingInt(OpenItem::date)
            .thenComparingLong(item -> item.id);

    /** The open invoices of one customer in one currency; a customer with several currencies chains them. */
    private static final class Book {
        final String currency;
        final PriorityQueue<OpenItem> invoices = new PriorityQueue<>(OLDEST_FIRST);
        Book next;

        Book(String currency) {
            this.currency = currency;
        }
    }

    private final Map<Long, Book> books = new HashMap<>();
    private final List<OpenItem> touched = new ArrayList<>();
    private int settlementCount;
    private int openItemCount;
    private long netAcc;
    private long loss;
    private long gain;

    void addExisting(List<OpenItem> existing) {
        for (OpenItem item : existing) {
            item.existing = true;
            book(item).invoices.add(item);
        }
    }

    void settle(OpenItem[] ordered) {
        for (OpenItem item : ordered) {
            netAcc += item.amountAcc;
            if (item.amount > 0) {
                book(item).invoices.add(item);
            } else {
                settleCredit(item);
            }
        }
    }

    private void settleCredit(OpenItem credit) {
        Book book = existingBook(credit);
        if (book == null) {
            return;
        }
        long residue = 0;
        PriorityQueue<OpenItem> invoices = book.invoices;
        while (credit.open != 0 && !invoices.isEmpty()) {
            OpenItem invoice = invoices.peek();
            long part = Math.min(invoice.open, -credit.open);
            long debitAcc = proportionalPart(invoice.openAcc, invoice.open, part);
            long creditAcc = proportionalPart(credit.openAcc, credit.open, -part);
            record(invoice, part, debitAcc);
            record(credit, -part, creditAcc);
            settlementCount++;
            if (invoice.open == 0) {
                invoices.poll();
            }
            residue += debitAcc + creditAcc;
        }
        if (residue > 0) {
            loss += residue;
        } else {
            gain -= residue;
        }
    }

    private static long proportionalPart(long openAcc, long open, long part) {
        // Same amount in both currencies (the accounting currency): the part is exact, no arithmetic needed.
        return openAcc == open ? part : ExchangeConversion.proportionalPart(openAcc, open, part);
    }

    /**
     * Takes a part off an item. All parts of one item on this import's one voucher become a single
     * settlement row, their sum: the ledger records per voucher what was taken off each transaction
     * (not which pairs met), so the rows say the same and there are far fewer of them.
     */
    private void record(OpenItem item, long part, long partAcc) {
        item.open -= part;
        item.openAcc -= partAcc;
        item.settled += part;
        item.settledAcc += partAcc;
        if (!item.touched) {
            item.touched = true;
            touched.add(item);
        }
    }

    private Book book(OpenItem item) {
        Book first = books.get(item.customerId);
        for (Book book = first; book != null; book = book.next) {
            if (book.currency.equals(item.currency)) {
                return book;
            }
        }
        Book created = new Book(item.currency);
        created.next = first;
        books.put(item.customerId, created);
        return created;
    }

    private Book existingBook(OpenItem item) {
        for (Book book = books.get(item.customerId); book != null; book = book.next) {
            if (book.currency.equals(item.currency)) {
                return book;
            }
        }
        return null;
    }

    void writeSettlements(TransactionImportStore store, long voucherId) {
        try (TransactionImportStore.SettlementRows rows = store.settlementRows(voucherId)) {
            for (OpenItem item : touched) {
                rows.add(item.id, item.settled, item.settledAcc);
            }
        }
    }

    /**
     * Writes the open items of the new transactions that stay open, in the order given, which the
     * caller makes the table's key order (customer, currency, date, transaction) so that the rows append.
     * A transaction settled to zero gets none: having no open item is what closed means.
     */
    void writeOpenItems(TransactionImportStore store, OpenItem[] ordered) {
        DateTexts dates = new DateTexts();
        try (TransactionImportStore.OpenItemRows rows = store.openItemRows()) {
            for (OpenItem item : ordered) {
                if (item.open != 0) {
                    rows.add(item.id, item.customerId, item.currency, dates.text(item.date), item.open, item.openAcc);
                    openItemCount++;
                }
            }
        }
    }

    /** Lowers the open items already in the ledger that this import settled; one settled to zero goes. */
    void updateExisting(TransactionImportStore store) {
        try (TransactionImportStore.OpenItemUpdates updates = store.openItemUpdates()) {
            for (OpenItem item : touched) {
                if (!item.existing) {
                    continue;
                }
                LocalDate date = LocalDate.ofEpochDay(item.date);
                if (item.open == 0) {
                    updates.remove(item.customerId, item.currency, date, item.id);
                } else {
                    updates.lower(item.customerId, item.currency, date, item.id, item.open, item.openAcc);
                }
            }
        }
    }

    long netAcc() {
        return netAcc;
    }

    long loss() {
        return loss;
    }

    long gain() {
        return gain;
    }

    /** Settlements made: an invoice part closed against a credit part. */
    int settlementCount() {
        return settlementCount;
    }

    /** Open items written for the new transactions: those not settled to zero. */
    int openItemCount() {
        return openItemCount;
    }

    /** Settlement rows to write: one per item touched. */
    int rowCount() {
        return touched.size();
    }
}
