package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 5: a failure from outside the program names its cause in one sentence, in the
 * chosen language, with no class name, SQL, or Hibernate or Flyway log line on standard error (the
 * process's own as well as the command's) at the default log level; a refused open leaves no lock,
 * -shm or -wal behind.
 */
class CauseSentencesTest {

    @TempDir
    Path dir;

    /** The command's result and what reached the process's standard error meanwhile (the log). */
    private record Run(Cli.Result result, String log) {
        @Override
        public String toString() {
            return result + "--- log ---\n" + log;
        }
    }

    private static Run run(String... args) {
        PrintStream before = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return new Run(Cli.run(args), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> folder(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** One line, exit 1, nothing on standard output or in the log, and no class name or SQL in the sentence. */
    private static String oneSentence(Run run) {
        assertEquals(1, run.result().exit(), run.toString());
        assertEquals("", run.result().out(), run.toString());
        assertEquals(1, run.result().err().lines().count(), run.toString());
        assertFalse(run.result().err().matches("(?s).*(Exception|\\bSQL|SELECT|INSERT|Hibernate|Flyway|HHH|\\bat [a-z]+\\.).*"), run.toString());
        assertEquals("", run.log(), "nothing logged at the default level: " + run);
        return run.result().err().strip();
    }

    @Test
    void aMissingTableIsNamedAndTheRefusedOpenLeavesNothingBehind() throws Exception {
        Path file = LedgerFiles.empty(dir);
        sql(file, "DROP TABLE exchange_rate");
        List<String> before = folder(file);
        assertEquals("The ledger " + file + " lacks a part it needs (the table or column exchange_rate); it is damaged or was"
                + " changed by another program. Nothing was saved; restore a backup.",
                oneSentence(run("--ledger", file.toString(), "--locale", "en", "parameters")));
        assertTrue(oneSentence(run("--ledger", file.toString(), "--locale", "da", "check"))
                .startsWith("Regnskabet " + file + " mangler en del det skal bruge (tabellen eller kolonnen exchange_rate)"));
        assertEquals(before, folder(file), "no .lock, -shm or -wal left behind");
        assertFalse(before.stream().anyMatch(name -> name.endsWith(".lock") || name.endsWith("-wal") || name.endsWith("-shm")), before.toString());
    }

    @Test
    void aChangedMigrationChecksumIsNamedWhenTheLedgerIsUpgradedAndNothingIsLeftBehind() throws Exception {
        Path file = LedgerFiles.empty(dir);
        // Flyway compares checksums when it has a migration to apply (a ledger at the newest version
        // skips Flyway): an older ledger whose first step was made by another build.
        sql(file, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'",
                "DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
        assertEquals("The ledger " + file + " was upgraded by a build of Reimbursement Desk whose upgrade steps differ from this"
                + " program's, so it is not opened. It was not changed; use the program that made it.",
                oneSentence(run("--ledger", file.toString(), "--locale", "en", "parameters")));
        assertTrue(oneSentence(run("--ledger", file.toString(), "--locale", "da", "parameters"))
                .startsWith("Regnskabet " + file + " er opgraderet af en udgave af Reimbursement Desk"));
        List<String> left = folder(file);
        assertFalse(left.stream().anyMatch(name -> name.endsWith(".lock") || name.endsWith("-wal") || name.endsWith("-shm")), left.toString());
    }

    @Test
    void sixtyThousandAlternativesInACriterionAreTooLargeAndNothingIsPosted() {
        Path file = LedgerFiles.demo(dir);
        var before = LedgerFiles.snapshot(file);
        String where = "account=" + IntStream.range(0, 60_000).mapToObj(i -> String.format("C%05d", i)).collect(Collectors.joining(","));
        assertEquals("The request is too large for the ledger to carry out (a criterion lists too many values). Nothing was"
                + " saved; use ranges or fewer values.", oneSentence(run("--ledger", file.toString(), "--locale", "en",
                "reimburse", "--preview", "--date", "2026-11-24", "--where", where)));
        assertTrue(oneSentence(run("--ledger", file.toString(), "--locale", "da", "reimburse", "--date", "2026-11-24", "--where", where))
                .startsWith("Forespørgslen er for stor til at regnskabet kan udføre den"));
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aConcurrentWriterMakesTheLedgerBusyAndNothingOfTheImportIsWritten() throws Exception {
        Path file = LedgerFiles.empty(dir);
        var before = LedgerFiles.snapshot(file);
        Path csv = LedgerFiles.csv(dir, "customers.csv", "account,name,group,currency\nX1,One,G,DKK\n");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            // Another program holds the write lock for as long as the import tries to write.
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE legal_entity SET name = name");
            assertEquals("The ledger " + file + " is busy: another program is writing to it. Nothing of this work was saved; try"
                    + " again when it has finished.", oneSentence(run("--ledger", file.toString(), "--locale", "en", "import",
                    "customers", csv.toString())));
            assertTrue(oneSentence(run("--ledger", file.toString(), "--locale", "da", "import", "customers", csv.toString()))
                    .startsWith("Regnskabet " + file + " er optaget: et andet program skriver i det."));
            s.execute("ROLLBACK");
        }
        var after = LedgerFiles.snapshot(file);
        after.remove("import_record");
        before.remove("import_record");
        assertEquals(before, after);
        assertEquals(0, LedgerFiles.count(file, "SELECT count(*) FROM import_record"));
    }
}
