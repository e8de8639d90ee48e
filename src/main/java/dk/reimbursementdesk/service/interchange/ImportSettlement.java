package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.ExchangeConversion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final List<OpenItem> touchedExisting = new ArrayList<>();
    private long[] settledIds = new long[1024];
    private long[] settledParts = new long[1024];
    private long[] settledPartsAcc = new long[1024];
    private int settlementCount;
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

    private void record(OpenItem item, long part, long partAcc) {
        item.open -= part;
        item.openAcc -= partAcc;
        if (item.existing && !item.touched) {
            item.touched = true;
            touchedExisting.add(item);
        }
        if (settlementCount == settledIds.length) {
            int size = settledIds.length * 2;
            settledIds = Arrays.copyOf(settledIds, size);
            settledParts = Arrays.copyOf(settledParts, size);
            settledPartsAcc = Arrays.copyOf(settledPartsAcc, size);
        }
        settledIds[settlementCount] = item.id;
        settledParts[settlementCount] = part;
        settledPartsAcc[settlementCount] = partAcc;
        settlementCount++;
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

    void writeSettlements(Connection connection, long voucherId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (int i = 0; i < settlementCount; i++) {
                insert.setLong(1, voucherId);
                insert.setLong(2, settledIds[i]);
                insert.setLong(3, settledParts[i]);
                insert.setLong(4, settledPartsAcc[i]);
                insert.addBatch();
                if (++pending == Writes.BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    void updateExisting(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_transaction SET open_amount = ?, open_amount_acc = ? WHERE id = ?")) {
            for (OpenItem item : touchedExisting) {
                update.setLong(1, item.open);
                update.setLong(2, item.openAcc);
                update.setLong(3, item.id);
                update.addBatch();
            }
            update.executeBatch();
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

    /** Settlements made: pairs of an invoice part and a credit part (two rows each). */
    int settlementCount() {
        return settlementCount / 2;
    }
}
