package dk.reimbursementdesk.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.backup.BackupService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's chain: the documented canonical text and hash, appends inside the unit, restores. */
class AuditLogTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Clock before;

    @AfterEach
    void tearDown() {
        if (before != null) {
            AuditLog.useClock(before);
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void theCanonicalTextAndTheHashAreTheDocumentedOnesComputedOutsideTheProgram() {
        AuditEntry entry = new AuditEntry(1, "2026-12-03T07:15:02+01:00", "clerk", "command reimburse --date 2026-11-24",
                "reimbursement-run", "date=2026-11-24; summarize=true", "Account is C0001\\x\nnext", "reimbursements=1",
                "DKK=250.00", "run=1", null);

        assertEquals("""
                audit-entry/1
                id=1
                time=2026-12-03T07:15:02+01:00
                user=clerk
                origin=command reimburse --date 2026-11-24
                action=reimbursement-run
                parameters=date=2026-11-24; summarize=true
                selection=Account is C0001\\\\x\\nnext
                counts=reimbursements=1
                totals=DKK=250.00
                created=run=1
                """, entry.canonicalText());
        // printf '%s%s' "$(printf '0%.0s' {1..64})" "$TEXT" | sha256sum
        assertEquals("0075c97cb4707678ddbe89b41377b9bcdb0022354040864bb322b24724b6d560", entry.expectedHash(AuditEntry.GENESIS));
    }

    @Test
    void eachEntryIsHashedAfterThePreviousOneWithItsTimeUserAndOrigin() {
        ledger = TestLedgers.empty(dir);
        before = AuditLog.useClock(Clock.fixed(Instant.parse("2026-12-03T06:15:02Z"), ZoneOffset.ofHours(1)));
        AuditEntry first = AuditOrigin.during("screen Reimbursement", () -> ledger.inTransaction(work -> AuditLog.append(work,
                AuditEvent.of("write-off").parameter("date", LocalDate.of(2026, 12, 3)).selection(" Account is C0003 ")
                        .count("write-offs", 2).total("DKK", new BigDecimal("12.50")).created("vouchers", "V-000010..V-000011"))));
        AuditEntry second = ledger.inTransaction(work -> AuditLog.append(work, AuditEvent.of("import")));

        assertEquals(1, first.id());
        assertEquals("2026-12-03T07:15:02+01:00", first.recordedAt());
        assertEquals(System.getProperty("user.name"), first.osUser());
        assertEquals("screen Reimbursement", first.origin());
        assertEquals("date=2026-12-03", first.parameters());
        assertEquals("Account is C0003", first.selection());
        assertEquals("write-offs=2", first.counts());
        assertEquals("DKK=12.50", first.totals());
        assertEquals("vouchers=V-000010..V-000011", first.created());
        assertEquals(first.expectedHash(AuditEntry.GENESIS), first.hash());
        assertEquals(2, second.id());
        assertEquals(AuditOrigin.current(), second.origin(), "the standing origin where none was set for the thread");
        assertEquals(second.expectedHash(first.hash()), second.hash());
        AuditLog log = new AuditLog(ledger);
        assertEquals(List.of(first, second), log.page(0, 10));
        assertEquals(new AuditLog.Verification(2, null), log.verify());
    }

    @Test
    void aUnitThatRollsBackTakesItsEntryWithIt() {
        ledger = TestLedgers.empty(dir);
        assertThrows(IllegalStateException.class, () -> ledger.inTransaction(work -> {
            AuditLog.append(work, AuditEvent.of("import"));
            throw new IllegalStateException("the unit fails after appending");
        }));
        assertEquals(0, new AuditLog(ledger).count());
        assertEquals(new AuditLog.Verification(0, null), new AuditLog(ledger).verify());
    }

    @Test
    void aRunAppendsItsEntryAndACancelledRunNone() {
        ledger = TestLedgers.demo(dir);
        ReimbursementService service = new ReimbursementService(ledger);
        ReimbursementRequest request = new ReimbursementRequest(LocalDate.of(2026, 11, 24), true,
                Selection.all(CustomerQueryFields.CATALOG));
        RunProgress cancelling = new RunProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> service.run(request, cancelling));
        assertEquals(0, new AuditLog(ledger).count());

        RunResult result = AuditOrigin.during("screen Reimbursement", () -> service.run(request, RunProgress.NONE));

        AuditEntry entry = new AuditLog(ledger).page(0, 1).get(0);
        assertEquals("reimbursement-run", entry.action());
        assertEquals("screen Reimbursement", entry.origin());
        assertEquals("reimbursements=" + result.reimbursements() + "; one_time_vendors=" + result.oneTimeVendorsCreated(), entry.counts());
        StringBuilder totals = new StringBuilder();
        result.totalsByCurrency().forEach((currency, amount) -> totals.append(currency).append('=').append(amount.toPlainString()).append("; "));
        assertEquals(totals + "acc DKK=" + result.totalAcc().toPlainString(), entry.totals());
        assertTrue(entry.created().startsWith("run=" + result.runId() + "; reimbursements=RB-000001..RB-"), entry.created());
    }

    @Test
    void aRestoreAppendsItsEntryToTheRestoredLedgersChain() {
        ledger = TestLedgers.emptyFile(dir);
        ledger.inTransactionDo(work -> AuditLog.append(work, AuditEvent.of("import")));
        Path backup = ledger.backUpTo(dir.resolve("copy.db"));
        ledger.inTransactionDo(work -> AuditLog.append(work, AuditEvent.of("reimbursement-run")));

        BackupService.Restored restored = new BackupService(ledger).restore(backup);

        List<AuditEntry> entries = new AuditLog(ledger).page(0, 10);
        assertEquals(List.of("import", "restore"), entries.stream().map(AuditEntry::action).toList());
        assertEquals("backup=" + backup + "; ledger=" + ledger.file(), entries.get(1).parameters());
        assertEquals("previous=" + restored.previous(), entries.get(1).created());
        assertTrue(new AuditLog(ledger).verify().intact());
    }

    @Test
    void theRestoreCommandsRestoreAppendsItsEntryToo() {
        ledger = TestLedgers.emptyFile(dir);
        Path file = ledger.file();
        Path backup = ledger.backUpTo(dir.resolve("copy.db"));
        ledger.inTransactionDo(work -> AuditLog.append(work, AuditEvent.of("import")));
        ledger.close();
        ledger = null;

        BackupService.restoreInto(file, backup);

        ledger = Ledger.open(file);
        List<AuditEntry> entries = new AuditLog(ledger).page(0, 10);
        assertEquals(List.of("restore"), entries.stream().map(AuditEntry::action).toList());
        assertEquals(new AuditLog.Verification(1, null), new AuditLog(ledger).verify());
    }
}
