package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Imports CSV files into the open ledger. Each import reads and checks the whole file first, inside
 * its one transaction; if anything is wrong it throws {@link ImportRefusedException} with every problem
 * (line, column, sentence) and nothing is written, otherwise everything is written at once.
 *
 * <p>Writing imports run as bulk transactions ({@link Ledger#inBulkTransaction}): a million
 * imported rows are not probed one by one for their references, because every reference an import
 * writes is one it has just looked up (customers, vendors and currencies by the codes the file
 * names, each checked before anything is written) or the opening-balance voucher it has just made.
 */
public final class ImportService {

    private final Ledger ledger;
    private final Clock clock;
    private final ImportLimits fixedLimits;

    public ImportService(Ledger ledger) {
        this(ledger, Clock.systemDefaultZone());
    }

    /** With the clock that says which dates are too far from today (see {@link ImportLimits#standard}). */
    public ImportService(Ledger ledger, Clock clock) {
        this(ledger, clock, null);
    }

    /** With other limits than the standard ones: for tests of a limit too large to reach in a test. */
    ImportService(Ledger ledger, ImportLimits limits) {
        this(ledger, Clock.systemDefaultZone(), limits);
    }

    private ImportService(Ledger ledger, Clock clock, ImportLimits limits) {
        this.ledger = ledger;
        this.clock = clock;
        this.fixedLimits = limits;
    }

    private ImportLimits limits() {
        return fixedLimits != null ? fixedLimits : ImportLimits.standard(LocalDate.now(clock));
    }

    /** Imports a file: all rows or none; a file imported before is refused (see {@link #importFile(ImportKind, Path, boolean)}). */
    public ImportResult importFile(ImportKind kind, Path file) {
        return importFile(kind, file, false);
    }

    /**
     * Imports a file: all rows or none. A file whose content was imported into this ledger before is
     * refused with {@link AlreadyImportedException} unless {@code again}; every import written is
     * recorded with its content's SHA-256 and its time, in the same transaction.
     */
    public ImportResult importFile(ImportKind kind, Path file, boolean again) {
        ImportLimits limits = limits();
        limits.refuseIfTooLarge(file);
        String sha256 = ImportHistory.sha256(file);
        String name = String.valueOf(file.getFileName());
        Backups.before(ledger, BackupReason.IMPORT);
        return ledger.inBulkTransaction(work -> {
            // Every import may post (a transactions import its opening-balance voucher): the lock comes first.
            work.lockForPosting("import");
            ImportHistory.refuseIfImported(work, sha256, name, again);
            try (CsvTable table = CsvTable.open(file, limits)) {
                return record(work, run(work, kind, table, name, true), name, sha256, again);
            }
        });
    }

    /**
     * Imports CSV text read from {@code reader} (held in memory: for small texts); {@code source} names
     * it on the opening-balance voucher and in the import history. Refused like a file imported before
     * when the same text was.
     */
    public ImportResult importCsv(ImportKind kind, Reader reader, String source) {
        ImportLimits limits = limits();
        String text = readAll(reader, source, limits.maxFileBytes());
        String sha256 = ImportHistory.sha256(text.getBytes(StandardCharsets.UTF_8));
        Backups.before(ledger, BackupReason.IMPORT);
        return ledger.inBulkTransaction(work -> {
            // Every import may post (a transactions import its opening-balance voucher): the lock comes first.
            work.lockForPosting("import");
            ImportHistory.refuseIfImported(work, sha256, source, false);
            try (CsvTable table = CsvTable.read(new StringReader(text), limits)) {
                return record(work, run(work, kind, table, source, true), source, sha256, false);
            }
        });
    }

    /** The import history's record and the audit log's entry, in the import's own transaction. */
    private static ImportResult record(UnitOfWork work, ImportResult result, String source, String sha256, boolean again) {
        long id = ImportHistory.record(work, source, sha256, result);
        AuditLog.append(work, AuditEvent.of("import")
                .parameter("kind", result.kind().key()).parameter("file", source).parameter("sha256", sha256)
                .parameter("again", again)
                .count("rows", result.rows()).count("settlements", result.settlements())
                .created("import", id).created("voucher", result.voucherNumber()));
        return result;
    }

    private static String readAll(Reader reader, String source, long maxChars) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 14];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                if (text.length() + (long) n > maxChars) {
                    throw InterchangeText.refusal("import.file.tooLarge", source, text.length() + (long) n, maxChars);
                }
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw InterchangeText.refusal("import.file.unreadable", source, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks a file without writing anything: the problems an import would refuse it for, or none.
     * A file imported before is refused with {@link AlreadyImportedException} unless {@code again}.
     */
    public List<ImportProblem> check(ImportKind kind, Path file, boolean again) {
        limits().refuseIfTooLarge(file);
        String sha256 = ImportHistory.sha256(file);
        ledger.inTransactionDo(work -> ImportHistory.refuseIfImported(work, sha256, String.valueOf(file.getFileName()), again));
        return check(kind, file);
    }

    /** Checks a file without writing anything: the problems an import would refuse it for, or none. */
    public List<ImportProblem> check(ImportKind kind, Path file) {
        ImportLimits limits = limits();
        limits.refuseIfTooLarge(file);
        try {
            ledger.inTransaction(work -> {
                try (CsvTable table = CsvTable.open(file, limits)) {
                    return run(work, kind, table, String.valueOf(file.getFileName()), false);
                }
            });
            return List.of();
        } catch (ImportRefusedException refused) {
            return refused.problems();
        }
    }

    private static ImportResult run(UnitOfWork work, ImportKind kind, CsvTable table, String source, boolean write) {
        return switch (kind) {
            case CUSTOMERS -> PartyImport.customers().run(work, table, write);
            case VENDORS -> PartyImport.vendors().run(work, table, write);
            case RATES -> RateImport.run(work, table, write);
            case TRANSACTIONS -> TransactionImport.run(work, table, source, write);
        };
    }
}
