package dk.reimbursementdesk.service.backup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.testing.TestLedgers.Template;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clerk relies on from the backup a bulk use case writes first ({@link Backups#before}): it
 * is the ledger as it was before the work, and a backup that cannot be written leaves the ledger
 * exactly as it was, with the backup's sentence and no half copy. (Tests run as root, where a
 * read-only folder is still writable: a file where the backup folder goes stops it instead.)
 */
class BulkUnitBackupTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private static ReimbursementRequest everyone() {
        return new ReimbursementRequest(RUN_DATE, true, Selection.all(CustomerQueryFields.CATALOG));
    }

    @Test
    void theRunsBackupHoldsTheLedgerAsItWasBeforeTheRun() {
        Path file = TestLedgers.file(Template.DEMO, dir);
        try (Ledger ledger = Ledger.open(file)) {
            var result = new ReimbursementService(ledger).run(everyone(), RunProgress.NONE);
            assertTrue(result.reimbursements() > 0, "the demo has credits to reimburse");
            assertEquals(result.reimbursements(), TestLedgers.count(ledger, "SELECT count(*) FROM reimbursement"));
        }
        BackupFile backup = BackupFolder.of(file).list().stream().filter(b -> b.reason() == BackupReason.RUN).findFirst().orElseThrow();
        try (Ledger before = Ledger.openForReading(backup.path())) {
            assertEquals(0, TestLedgers.count(before, "SELECT count(*) FROM reimbursement"), "the backup is the ledger before the run");
            assertEquals(0, TestLedgers.count(before, "SELECT count(*) FROM reimbursement_run"));
        }
    }

    @Test
    void aRunWhoseBackupCannotBeWrittenLeavesTheLedgerAsItWas() throws Exception {
        assertRefusedByItsBackupAndUnchanged(Template.DEMO, ledger -> new ReimbursementService(ledger).run(everyone(), RunProgress.NONE));
    }

    @Test
    void anImportWhoseBackupCannotBeWrittenLeavesTheLedgerAsItWas() throws Exception {
        assertRefusedByItsBackupAndUnchanged(Template.EMPTY, ledger -> new ImportService(ledger).importCsv(ImportKind.CUSTOMERS,
                new StringReader("account,name,group,currency\nC1,Plain ApS,G,DKK\n"), "c.csv"));
    }

    private void assertRefusedByItsBackupAndUnchanged(Template template, java.util.function.Consumer<Ledger> work) throws Exception {
        Path file = TestLedgers.file(template, dir);
        // Where the backup folder goes, a file: the folder cannot be made (as root, too).
        Files.writeString(BackupFolder.of(file).folder(), "not a folder");
        try (Ledger ledger = Ledger.open(file)) {
            var before = TestLedgers.snapshot(ledger);
            UserException refusal = assertThrows(UserException.class, () -> work.accept(ledger));
            assertTrue(refusal.getMessage().startsWith("The backup could not be written"), refusal.getMessage());
            assertEquals(before, TestLedgers.snapshot(ledger), "nothing of the unit was written");
        }
        assertNoPartialCopies();
    }

    private void assertNoPartialCopies() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(java.util.List.of(), files.filter(f -> f.toString().endsWith(".partial")).toList());
        }
    }
}
