package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.ChildJvm;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start is all or nothing: a first start killed at a random moment (a child JVM, killed
 * as power loss would) leaves either no default ledger or a whole one, and the next start always
 * ends on the demo company, never on "This ledger has no company yet".
 */
class FirstStartKillTest {

    @TempDir
    Path dir;

    private static Process firstStartIn(Path ledger) throws IOException {
        return new ProcessBuilder(ChildJvm.command(FirstStartChild.class, ledger.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aFirstStartKilledAtRandomMomentsLeavesNoLedgerOrAWholeOneAndTheNextStartEndsOnTheDemo() throws Exception {
        // Seeded, so a failure can be run again; the moments spread over the JVM start, the schema and the demo data.
        Random random = new Random(16);
        int killedBeforeTheRename = 0;
        for (int round = 0; round < 3; round++) {
            Path ledger = dir.resolve("round-" + round).resolve("ledger.db");
            Files.createDirectories(ledger.getParent());
            Process child = firstStartIn(ledger);
            Thread.sleep(600 + random.nextInt(2400));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            if (Files.exists(ledger)) {
                try (Ledger whole = Ledger.open(ledger)) {
                    assertEquals(1L, TestLedgers.count(whole, "SELECT count(*) FROM legal_entity"), "a default ledger is whole");
                }
            } else {
                killedBeforeTheRename++;
            }

            try (Ledger next = LedgerOpener.openAtStart(Optional.empty(), ledger).ledger()) {
                assertEquals(1L, TestLedgers.count(next, "SELECT count(*) FROM legal_entity WHERE code = 'DEMO'"));
                assertTrue(TestLedgers.count(next, "SELECT count(*) FROM customer") > 0, "the demo is filled in");
            }
            try (Stream<Path> files = Files.list(ledger.getParent())) {
                List<String> left = files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".new-")).toList();
                assertEquals(List.of(), left, "the side files of the killed start are gone");
            }
        }
        assertTrue(killedBeforeTheRename > 0, "at least one round killed the start before the rename");
    }

    @Test
    void aKilledStartsSideFileIsNeverTakenForTheLedger() throws Exception {
        Path ledger = dir.resolve("ledger.db");
        // What a start killed after the schema but before the demo leaves: a side file of a process that is gone.
        Path side = dir.resolve("ledger.db.new-999999999");
        try (Ledger half = Ledger.create(side)) {
            assertEquals(0L, TestLedgers.count(half, "SELECT count(*) FROM legal_entity"));
        }
        try (Ledger next = LedgerOpener.openAtStart(Optional.empty(), ledger).ledger()) {
            assertEquals(1L, TestLedgers.count(next, "SELECT count(*) FROM legal_entity WHERE code = 'DEMO'"));
        }
        assertFalse(Files.exists(side));
    }
}
