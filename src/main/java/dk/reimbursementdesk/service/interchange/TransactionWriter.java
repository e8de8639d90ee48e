package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.TransactionImportStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a transactions import's rows while the file is still being read ({@link RowPipe}), then
 * settles them and writes their open items and settlements once the last has come.
 *
 * <p>Rows are numbered in the order they come, the file's; settlement takes each customer's items in
 * date order, a day's items in that same order (as if typed so), exactly as when they were numbered
 * after sorting. The first rows are held back until there are enough to tell whether the table's
 * indexes are dropped for the insert and rebuilt after (SQLite) or its foreign keys dropped and added
 * again after the last write (PostgreSQL; {@link TransactionImportStore#rowsForBulkInsert}), or until
 * the last row, so the choice is the one a count of the whole file would make.
 */
final class TransactionWriter {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionWriter.class);

    private final UnitOfWork work;
    private final TransactionImportStore store;
    private final String source;
    private final List<OpenItem> items = new ArrayList<>();
    private final Set<String> currencies = new HashSet<>();
    private final DateTexts dates = new DateTexts();
    private final long bulkFrom;
    private final long started = System.nanoTime();
    private LedgerContext context;
    private Voucher voucher;
    private TransactionImportStore.BulkIndexes indexes;
    private TransactionImportStore.SuspendedReferences references;
    private TransactionImportStore.TransactionRows rows;
    private long nextId;
    private int written;
    private int latest = Integer.MIN_VALUE;
    private long writing;

    TransactionWriter(UnitOfWork work, TransactionImportStore store, String source) {
        this.work = work;
        this.store = store;
        this.source = source;
        this.bulkFrom = store.rowsForBulkInsert();
    }

    /** Rows checked, in the file's order: written at once, or held back until the choice of indexes is made. */
    void add(List<OpenItem> checked) {
        items.addAll(checked);
        for (OpenItem item : checked) {
            latest = Math.max(latest, item.date);
        }
        if (rows != null || items.size() >= bulkFrom) {
            write();
        }
    }

    /**
     * After the file's last row, before anything else runs on the unit's connection (the refusal of a
     * file with problems rolls back): the rows' COPY, if one is open, ends.
     */
    void pause() {
        if (rows != null) {
            rows.pause();
        }
    }

    /** After a failure while rows came: a COPY in progress is cancelled, so the unit can roll back. */
    void abandon() {
        if (rows != null) {
            rows.abandon();
        }
    }

    int rows() {
        return items.size();
    }

    private void write() {
        long start = System.nanoTime();
        if (rows == null) {
            begin();
        }
        for (; written < items.size(); written++) {
            OpenItem item = items.get(written);
            if (currencies.add(item.currency)) {
                // A statement of its own: the rows' COPY pauses for it (a file names few currencies).
                rows.pause();
                Writes.ensureCurrencies(work, List.of(item.currency));
            }
            item.id = nextId++;
            rows.add(item.id, item.customerId, item.type, dates.text(item.date),
                    item.due == Fields.NOT_A_DATE ? null : dates.text(item.due), item.document, item.currency,
                    item.amount, item.amountAcc);
        }
        writing += System.nanoTime() - start;
    }

    /** The voucher every row points at, opened at the first row's date until the file's latest is known. */
    private void begin() {
        context = LedgerContext.load(work);
        voucher = VoucherPoster.open(work, context, LocalDate.ofEpochDay(items.get(0).date),
                InterchangeText.text("import.voucher.description", source), null);
        work.flush();
        nextId = store.nextTransactionId();
        indexes = store.dropTransactionIndexesForBulkInsert(items.size());
        references = store.suspendReferencesForBulkInsert(items.size());
        rows = store.transactionRows(voucher.getId());
    }

    LedgerContext context() {
        return context;
    }

    Voucher voucher() {
        return voucher;
    }

    /**
     * After the last row: writes the rows still held back, rebuilds the indexes, settles the items as
     * entered in date order and writes their open items and settlements. The voucher is dated the
     * file's latest date; its lines are the caller's.
     */
    ImportSettlement finish() {
        long read = System.nanoTime();
        long whileReading = writing;
        write();
        rows.close();
        voucher.redate(LocalDate.ofEpochDay(latest));
        long rowsWritten = System.nanoTime();
        indexes.restore();
        long indexed = System.nanoTime();
        LOG.debug("Wrote {} transactions: {} ms while the file was read, {} ms after its last row; rebuilt {} indexes in {} ms",
                items.size(), whileReading / 1_000_000, (rowsWritten - read) / 1_000_000, indexes.count(),
                (indexed - rowsWritten) / 1_000_000);
        OpenItem[] ordered = items.toArray(new OpenItem[0]);
        // Settlement never crosses customers, so each customer's items only need to be in date order
        // (stable: items of one date keep the file's order, which is also their numbers' order).
        Arrays.sort(ordered, Comparator.comparingLong((OpenItem item) -> item.customerId).thenComparingInt(OpenItem::date));
        ImportSettlement settlement = new ImportSettlement();
        settlement.addExisting(existingOpenItems());
        settlement.settle(ordered);
        long settled = System.nanoTime();
        settlement.writeOpenItems(store, keyOrder(ordered));
        long opened = System.nanoTime();
        settlement.writeSettlements(store, voucher.getId());
        settlement.updateExisting(store);
        long updated = System.nanoTime();
        references.restore();
        LOG.debug("Settled in {} ms, wrote {} open items in {} ms and {} settlement rows in {} ms; added {} foreign keys again in {} ms;"
                        + " {} ms since the first row",
                (settled - indexed) / 1_000_000, settlement.openItemCount(), (opened - settled) / 1_000_000,
                settlement.rowCount(), (updated - opened) / 1_000_000, references.count(), (System.nanoTime() - updated) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return settlement;
    }

    /**
     * The items in customer_open_item's key order (customer, currency, date, transaction), so that its
     * rows append: {@code ordered} is in customer and date order, a day's items in number order, so only
     * a customer with items in several currencies is out of order; the stable sort keeps each currency's
     * items as they are and, finding long sorted runs, costs little more than one pass.
     */
    private static OpenItem[] keyOrder(OpenItem[] ordered) {
        OpenItem[] byKey = ordered.clone();
        Arrays.sort(byKey, Comparator.comparingLong((OpenItem item) -> item.customerId).thenComparing((OpenItem item) -> item.currency));
        return byKey;
    }

    /** Open debit items already in the ledger for the file's customers: a credit in the file may settle them. */
    private List<OpenItem> existingOpenItems() {
        Set<Long> customers = new HashSet<>();
        for (OpenItem item : items) {
            customers.add(item.customerId);
        }
        List<OpenItem> existing = new ArrayList<>();
        store.eachOpenDebit(row -> {
            long customerId = row.number("customer_id");
            if (!customers.contains(customerId)) {
                return;
            }
            String due = row.text("due_date");
            OpenItem item = new OpenItem(customerId, CustomerTransactionType.valueOf(row.text("type")),
                    Fields.epochDay(row.text("transaction_date")), due == null ? Fields.NOT_A_DATE : Fields.epochDay(due),
                    row.text("document"), row.text("currency"), row.number("amount"), row.number("amount_acc"));
            item.id = row.number("id");
            item.open = row.number("open_amount");
            item.openAcc = row.number("open_amount_acc");
            existing.add(item);
        });
        return existing;
    }
}
