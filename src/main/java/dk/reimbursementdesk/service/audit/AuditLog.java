package dk.reimbursementdesk.service.audit;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.audit.AuditStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tamper-evident audit log (issue 13): every unit of work that posts appends one entry, in its
 * own transaction, with {@link #append} (the one call: {@code AuditLog.append(work, event)}). Each
 * entry's hash chains it to the one before (see {@link AuditEntry} for the canonical text), so
 * {@link #verify} finds the first entry that was edited, removed or moved. Removing the newest
 * entries leaves a shorter chain that still verifies: a hash chain proves what is there, not that
 * nothing was cut off its end.
 */
public final class AuditLog {

    /** The CSV columns of {@link #export}, in order: a contract of the {@code audit} command. */
    public static final List<String> COLUMNS = List.of("id", "time", "user", "origin", "action", "parameters", "selection",
            "counts", "totals", "created", "hash");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static volatile Clock clock = Clock.systemDefaultZone();

    private final Ledger ledger;

    public AuditLog(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Appends {@code event} to the log inside the caller's unit of work, so the entry lands with what
     * it describes or not at all: time now, the OS user, {@link AuditOrigin#current()}, the next id,
     * and the hash over the previous entry's hash and this entry's canonical text.
     */
    public static AuditEntry append(UnitOfWork work, AuditEvent event) {
        AuditStore store = new AuditStore(work);
        AuditEntry last = store.last(AuditLog::entry).orElse(null);
        long id = last == null ? 1 : last.id() + 1;
        String previous = last == null ? AuditEntry.GENESIS : last.hash();
        String time = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME);
        String user = System.getProperty("user.name", "");
        AuditEntry entry = new AuditEntry(id, time, user, AuditOrigin.current(), event.action(), event.parameters(),
                event.selection(), event.counts(), event.totals(), event.created(), null).hashedAfter(previous);
        store.insert(entry.id(), entry.recordedAt(), entry.osUser(), entry.origin(), entry.action(), entry.parameters(),
                entry.selection(), entry.counts(), entry.totals(), entry.created(), entry.hash());
        return entry;
    }

    /** For tests that pin the entries' time; returns the clock before. */
    static Clock useClock(Clock replacement) {
        Clock before = clock;
        clock = replacement;
        return before;
    }

    public long count() {
        return ledger.inTransaction(work -> new AuditStore(work).count());
    }

    /** Where entry {@code id} stands among the entries, oldest first (0 for the first): for the page that shows it. */
    public long offsetOf(long id) {
        return ledger.inTransaction(work -> new AuditStore(work).countBefore(id));
    }

    /** One page of entries, oldest first. */
    public List<AuditEntry> page(int offset, int limit) {
        return ledger.inTransaction(work -> new AuditStore(work).page(offset, limit, AuditLog::entry));
    }

    /** One page of the entries that hold {@code filter} in a column (blank: all), and how many do. */
    public record Page(long total, int offset, List<AuditEntry> entries) {
    }

    /**
     * Page {@code index} of {@code size} entries holding {@code filter} in their time, user, origin,
     * action, parameters, selection, counts, totals or created ids (blank: every entry), oldest first,
     * with their count, read in one transaction; an index past the last page gives the last.
     */
    public Page page(String filter, int index, int size) {
        return ledger.inTransaction(work -> {
            AuditStore store = new AuditStore(work);
            long total = store.count(filter);
            int offset = (int) Math.max(0, Math.min(index, (total - 1) / size)) * size;
            return new Page(total, offset, store.page(filter, offset, size, AuditLog::entry));
        });
    }

    /**
     * What {@link #verify} found: how many entries it read, and the first one whose hash does not
     * match (null when the chain is intact).
     */
    public record Verification(long entries, AuditEntry firstMismatch) {
        public boolean intact() {
            return firstMismatch == null;
        }
    }

    /** Recomputes every entry's hash in chain order, from the first; stops at the first that does not match. */
    public Verification verify() {
        return ledger.inTransaction(AuditLog::verify);
    }

    /** {@link #verify()} inside the caller's unit of work (the ledger check's): reads every entry, writes nothing. */
    public static Verification verify(UnitOfWork work) {
        long[] read = {0};
        AuditEntry[] mismatch = {null};
        String[] previous = {AuditEntry.GENESIS};
        new AuditStore(work).each(row -> {
            AuditEntry entry = entry(row);
            read[0]++;
            if (mismatch[0] == null && !entry.expectedHash(previous[0]).equals(entry.hash())) {
                mismatch[0] = entry;
            }
            previous[0] = entry.hash();
        });
        return new Verification(read[0], mismatch[0]);
    }

    /** Writes the log as CSV (RFC 4180, header {@link #COLUMNS}) to {@code out}, left open; returns the rows written. */
    public long export(Writer out) {
        return ledger.inTransaction(work -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
                printer.printRecord(COLUMNS);
                long[] rows = {0};
                new AuditStore(work).each(row -> {
                    AuditEntry e = entry(row);
                    try {
                        printer.printRecord(e.id(), e.recordedAt(), e.osUser(), e.origin(), e.action(), e.parameters(),
                                e.selection(), e.counts(), e.totals(), e.created(), e.hash());
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    rows[0]++;
                });
                printer.flush();
                return rows[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(row.number("id"), row.text("recorded_at"), row.text("os_user"), row.text("origin"),
                row.text("action"), row.text("parameters"), row.text("selection"), row.text("counts"), row.text("totals"),
                row.text("created"), row.text("hash"));
    }
}
