package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a child JVM runs a reimbursement run (and, apart, a transaction import) on a few thousand
 * customers and is killed with SIGKILL at seeded random moments. After each kill the ledger opens, its
 * check holds, and the work left all or nothing. {@value #KILLS} kills each in the normal suite; more
 * with {@code -Ddesk.crash.kills=N} (and another seed with {@code -Ddesk.crash.seed=S}) for a soak.
 */
class CrashTest {

    private static final int KILLS = 5;
    private static final int CUSTOMERS = 1000;

    @TempDir
    Path dir;

    private static int kills() {
        return Integer.getInteger("desk.crash.kills", KILLS);
    }

    private static Random random() {
        return new Random(Long.getLong("desk.crash.seed", 20261202L));
    }

    private static void ok(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exit(), result.toString());
    }

    @Test
    void aRunKilledAtRandomMomentsLeavesAllOrNothingAndTheCheckHolds() throws Exception {
        Path original = dir.resolve("original.db");
        ok("--ledger", original.toString(), "init", "--company", "CR", "--name", "Crash A/S", "--currency", "DKK");
        ok("--ledger", original.toString(), "demo", "--customers", String.valueOf(CUSTOMERS), "--transactions-per-customer", "3");
        ok("--ledger", original.toString(), "parameters", "--minimum-reimbursement", "1.00");
        String[] command = {"reimburse", "--date", "2026-11-24"};
        long full = calibrate(original, command, "SELECT count(*) FROM reimbursement");
        assertTrue(full > 100, "the run reimburses many customers: " + full);
        crash(original, command, "SELECT count(*) FROM reimbursement", full);
    }

    @Test
    void anImportKilledAtRandomMomentsLeavesAllOrNothingAndTheCheckHolds() throws Exception {
        Path source = dir.resolve("source.db");
        ok("--ledger", source.toString(), "init", "--company", "CR", "--name", "Crash A/S", "--currency", "DKK");
        ok("--ledger", source.toString(), "demo", "--customers", String.valueOf(CUSTOMERS), "--transactions-per-customer", "3");
        Path vendors = dir.resolve("vendors.csv");
        ok("--ledger", source.toString(), "export", "vendors", vendors.toString());
        Path rates = dir.resolve("rates.csv");
        ok("--ledger", source.toString(), "export", "rates", rates.toString());
        Path customers = dir.resolve("customers.csv");
        Path transactions = dir.resolve("transactions.csv");
        ok("--ledger", source.toString(), "export", "customers", customers.toString());
        ok("--ledger", source.toString(), "export", "transactions", transactions.toString());
        Path original = dir.resolve("original.db");
        ok("--ledger", original.toString(), "init", "--company", "CR", "--name", "Crash A/S", "--currency", "DKK");
        ok("--ledger", original.toString(), "import", "vendors", vendors.toString());
        ok("--ledger", original.toString(), "import", "rates", rates.toString());
        ok("--ledger", original.toString(), "import", "customers", customers.toString());
        String[] command = {"import", "transactions", transactions.toString()};
        long full = calibrate(original, command, "SELECT count(*) FROM customer_transaction");
        assertTrue(full >= CUSTOMERS, "the import writes every transaction: " + full);
        crash(original, command, "SELECT count(*) FROM customer_transaction", full);
    }

    /** One uncut child run on a copy: how many rows the whole work writes, and (kept) how long it takes. */
    private long calibrate(Path original, String[] command, String rows) throws Exception {
        Path copy = copyOf(original);
        Process child = start(copy, command);
        BufferedReader out = reader(child);
        awaitLine(out, "OPEN");
        long start = System.nanoTime();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("DONE")) {
            // the command's own output
        }
        duration = Math.max(50, (System.nanoTime() - start) / 1_000_000);
        assertEquals("DONE 0", line);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), LedgerFiles.checkFindings(copy));
        return LedgerFiles.count(copy, rows);
    }

    private long duration;

    private void crash(Path original, String[] command, String rows, long full) throws Exception {
        Random random = random();
        int cutShort = 0;
        for (int kill = 0; kill < kills(); kill++) {
            Path copy = copyOf(original);
            Process child = start(copy, command);
            awaitLine(reader(child), "OPEN");
            // Anywhere in the child's life: the open, the work, the commit, the checkpoint, the close.
            long delay = (long) (random.nextDouble() * duration * 1.2);
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(List.of(), LedgerFiles.checkFindings(copy), "kill " + kill + " after " + delay + " ms: the check holds");
            long written = LedgerFiles.count(copy, rows);
            assertTrue(written == 0 || written == full, "kill " + kill + " after " + delay + " ms: all or nothing, found " + written + " of " + full);
            if (written == 0) {
                cutShort++;
            }
        }
        assertTrue(kills() < 3 || cutShort > 0, "at least one kill landed before the commit");
    }

    private int copies;

    private Path copyOf(Path original) throws IOException {
        Path copy = dir.resolve("crash-" + (copies++) + ".db");
        Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static Process start(Path ledger, String[] command) throws IOException {
        List<String> line = ChildJvm.command(CrashChild.class, "--ledger", ledger.toString());
        line.addAll(List.of(command));
        return new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void awaitLine(BufferedReader out, String expected) throws IOException {
        String line = out.readLine();
        assertEquals(expected, line);
    }
}
