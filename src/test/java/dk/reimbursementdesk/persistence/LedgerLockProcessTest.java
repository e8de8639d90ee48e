package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-process-per-ledger lock, across real processes: held while alive, freed when killed. */
class LedgerLockProcessTest {

    @TempDir
    Path dir;

    private Path newLedger() {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            new CompanySetupService(ledger).initialize("T", "Test", "DKK", false);
        }
        return file;
    }

    private static Process startHolder(Path file, String... mode) throws IOException {
        List<String> command = ChildJvm.command(HoldLedgerOpen.class, file.toString());
        command.addAll(List.of(mode));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void lockOfAKilledProcessDoesNotBlockTheNextOpen() throws Exception {
        Path file = newLedger();
        Process child = startHolder(file);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine(), "child opened the ledger");

            byte[] before = Files.readAllBytes(file);
            UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
            assertEquals("ledger.inUse", refused.getKey());
            assertArrayEquals(before, Files.readAllBytes(file), "a refused second open writes nothing");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (Ledger ledger = Ledger.open(file)) {
            String bic = ledger.inSessionTransaction(s -> s.createNativeQuery("SELECT bank_bic FROM parameters", String.class).getSingleResult());
            assertEquals("HELDHELD", bic, "the killed process's committed work survives");
        }
    }

    @Test
    void processKilledInTheMiddleOfATransactionLeavesNothingOfIt() throws Exception {
        Path file = newLedger();
        Process child = startHolder(file, "mid-transaction");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("WRITING", out.readLine());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Ledger ledger = Ledger.open(file)) {
            long minimum = ledger.inSessionTransaction(s -> s.createNativeQuery("SELECT minimum_reimbursement FROM parameters", Long.class).getSingleResult());
            long groups = ledger.inSessionTransaction(s -> s.createNativeQuery("SELECT count(*) FROM customer_group", Long.class).getSingleResult());
            assertEquals(0L, minimum);
            assertEquals(0L, groups);
        }
    }
}
