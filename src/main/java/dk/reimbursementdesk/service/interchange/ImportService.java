package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.io.Reader;
import java.nio.file.Path;
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

    public ImportService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Imports a file: all rows or none. */
    public ImportResult importFile(ImportKind kind, Path file) {
        Backups.before(ledger, BackupReason.IMPORT);
        return ledger.inBulkTransaction(work -> {
            try (CsvTable table = CsvTable.open(file)) {
                return run(work, kind, table, String.valueOf(file.getFileName()), true);
            }
        });
    }

    /** Imports CSV text read from {@code reader}; {@code source} names it on the opening-balance voucher. */
    public ImportResult importCsv(ImportKind kind, Reader reader, String source) {
        Backups.before(ledger, BackupReason.IMPORT);
        return ledger.inBulkTransaction(work -> {
            try (CsvTable table = CsvTable.read(reader)) {
                return run(work, kind, table, source, true);
            }
        });
    }

    /** Checks a file without writing anything: the problems an import would refuse it for, or none. */
    public List<ImportProblem> check(ImportKind kind, Path file) {
        try {
            ledger.inTransaction(work -> {
                try (CsvTable table = CsvTable.open(file)) {
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
