package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's commands, {@code backup [FILE]}, {@code backups} and {@code restore FILE}, and the backup
 * round trip: a backup is an ordinary ledger whose every export equals the original's at the moment
 * of the backup, and a restore brings every export back to it.
 */
class BackupCommandsTest {

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demo(dir);
    }

    private static Cli.Result ok(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err(), result.toString());
        return result;
    }

    private Cli.Result on(Path ledger, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--ledger";
        all[1] = ledger.toString();
        all[2] = "--locale";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    /**
     * Every export the command line has, each as the text it writes (through the command's own export
     * of each kind, on one open of the ledger: one command per kind would start Hibernate each time).
     */
    private static Map<String, String> exports(Path ledger) throws java.io.IOException {
        Map<String, String> all = new LinkedHashMap<>();
        try (Services services = Services.open(ledger)) {
            for (Map.Entry<String, CsvExport> kind : ExportCommand.KINDS.entrySet()) {
                java.io.StringWriter out = new java.io.StringWriter();
                kind.getValue().write(services, out);
                all.put(kind.getKey(), out.toString());
            }
        }
        return all;
    }

    private List<String[]> backups() {
        Cli.Result result = on(file, "backups");
        assertEquals(0, result.exit(), result.toString());
        return result.out().lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void aBackupIsAnOrdinaryLedgerAndARestoreBringsEveryExportBack() throws Exception {
        Map<String, String> atBackup = exports(file);
        Cli.Result backup = on(file, "backup");
        assertEquals(0, backup.exit(), backup.toString());
        Path written = Path.of(backup.out().strip());
        assertTrue(Files.isRegularFile(written), backup.out());
        assertEquals(file.getParent().resolve("ledger.backups"), written.getParent());
        assertTrue(written.getFileName().toString().matches("ledger-\\d{8}-\\d{6}-manual(-\\d+)?\\.db"), written.toString());

        assertEquals(atBackup, exports(written), "the backup opened with --ledger exports what the ledger did");

        Cli.Result run = on(file, "reimburse", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
        assertNotEquals(atBackup, exports(file));

        Cli.Result restore = on(file, "restore", written.toString());
        assertEquals(0, restore.exit(), restore.toString());
        assertTrue(restore.out().startsWith("Restored " + written), restore.out());
        assertEquals(atBackup, exports(file), "every export equals the one taken at backup time");
        assertEquals(List.of(), LedgerFiles.checkFindings(file));

        List<String> reasons = backups().stream().map(b -> b[2]).toList();
        assertEquals("restore", reasons.get(0), "newest first: the ledger as it was before the restore");
        assertTrue(reasons.containsAll(List.of("run", "manual")), reasons.toString());
    }

    /**
     * A new ledger has 16 KiB pages, one made by an older version 4 KiB, and SQLite's backup API
     * cannot write pages of one size into a WAL ledger of another: a backup of either kind is
     * restored into a ledger of either kind, and the ledger keeps its own page size.
     */
    @Test
    void aBackupOfAnotherPageSizeIsRestoredAndTheLedgerKeepsItsOwn() throws Exception {
        assertEquals(16_384, pageSize(file), "a new ledger's pages");
        Path older = copyWithPageSize(file, dir.resolve("older.db"), 4_096);
        Map<String, String> atBackup = exports(file);
        assertEquals(atBackup, exports(older));

        Cli.Result run = on(file, "reimburse", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
        assertNotEquals(atBackup, exports(file));
        Path newer = on(file, "backup").out().strip().transform(Path::of);
        Map<String, String> afterRun = exports(file);

        Cli.Result restore = on(file, "restore", older.toString());
        assertEquals(0, restore.exit(), restore.toString());
        assertEquals(atBackup, exports(file), "the 4 KiB backup's content, in the 16 KiB ledger");
        assertEquals(16_384, pageSize(file));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
        assertEquals(4_096, pageSize(older), "the backup is only read");

        Cli.Result back = on(older, "restore", newer.toString());
        assertEquals(0, back.exit(), back.toString());
        assertEquals(afterRun, exports(older), "the 16 KiB backup's content, in the 4 KiB ledger");
        assertEquals(4_096, pageSize(older));
        assertEquals(List.of(), LedgerFiles.checkFindings(older));
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp")).toList(), "no scratch copy left");
        }
    }

    private static int pageSize(Path ledger) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledger);
             java.sql.ResultSet rs = c.createStatement().executeQuery("PRAGMA page_size")) {
            return rs.getInt(1);
        }
    }

    /** The ledger as an older version made it: the same content in pages of {@code size}, in WAL mode. */
    private static Path copyWithPageSize(Path ledger, Path target, int size) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledger);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + size);
            s.execute("VACUUM INTO '" + target + "'");
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + target);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        return target;
    }

    @Test
    void backupsListsPathCreatedReasonAndBytesTabSeparatedNewestFirst() throws Exception {
        ok("--ledger", file.toString(), "backup");
        Cli.Result run = on(file, "reimburse", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
        List<String[]> lines = backups();
        assertTrue(lines.size() >= 3, "manual, run and the close after the run");
        LocalDateTime previous = LocalDateTime.MAX;
        for (String[] line : lines) {
            assertEquals(4, line.length, String.join("|", line));
            Path path = Path.of(line[0]);
            LocalDateTime created = LocalDateTime.parse(line[1]);
            assertFalse(created.isAfter(previous), "newest first");
            previous = created;
            assertTrue(line[2].matches("[a-z]+"), line[2]);
            assertEquals(Files.size(path), Long.parseLong(line[3]));
        }
        assertEquals(List.of("close", "run", "manual"), lines.stream().map(l -> l[2]).toList().subList(0, 3));
    }

    @Test
    void backupToAFileWritesItAndPrintsThePathButNeverReplacesAFile() throws Exception {
        Path target = dir.resolve("copy.db");
        Cli.Result result = ok("--ledger", file.toString(), "backup", target.toString());
        assertEquals(target.toAbsolutePath() + System.lineSeparator(), result.out());
        assertEquals(exports(file), exports(target));

        Path existing = Files.writeString(dir.resolve("keep.db"), "mine");
        Cli.Result refused = on(file, "backup", existing.toString());
        assertEquals(1, refused.exit(), refused.toString());
        assertEquals("mine", Files.readString(existing));
        assertTrue(refused.err().contains("already exists"), refused.err());
    }

    @Test
    void restoreRefusesWhatIsNotAGoodLedgerAndChangesNothing() throws Exception {
        Path notALedger = Files.writeString(dir.resolve("notes.db"), "not a ledger");
        Path damaged = dir.resolve("damaged.db");
        ok("--ledger", file.toString(), "backup", damaged.toString());
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Files.write(damaged, bytes);
        Path newer = dir.resolve("newer.db");
        ok("--ledger", file.toString(), "backup", newer.toString());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                    + " installed_on, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 1, 'x', '2030-01-01', 1, 1)");
        }
        byte[] ledgerBefore = Files.readAllBytes(file);
        List<String> backupsBefore = backups().stream().map(b -> b[0]).toList();
        for (Path wrong : List.of(notALedger, damaged, newer, dir.resolve("missing.db"))) {
            Cli.Result refused = on(file, "restore", wrong.toString());
            assertEquals(1, refused.exit(), wrong + ": " + refused);
            assertEquals("", refused.out());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertFalse(refused.err().contains("Exception"), refused.err());
            assertArrayEquals(ledgerBefore, Files.readAllBytes(file), wrong + ": the ledger is unchanged");
            assertEquals(backupsBefore, backups().stream().map(b -> b[0]).toList(), wrong + ": no backup taken either");
        }
        Path good = dir.resolve("good.db");
        ok("--ledger", file.toString(), "backup", good.toString());
        try (Ledger open = Ledger.open(file)) {
            Cli.Result refused = on(file, "restore", good.toString());
            assertEquals(1, refused.exit(), refused.toString());
            assertTrue(refused.err().contains("already open"), refused.err());
        }
    }

    @Test
    void aLedgerTooDamagedToOpenIsSetAsideAndRestored() throws Exception {
        Map<String, String> atBackup = exports(file);
        Path backup = Path.of(ok("--ledger", file.toString(), "backup").out().strip());
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Cli.Result refused = on(file, "parameters");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(backup.toString()), "the refusal names the newest backup: " + refused.err());

        Cli.Result restore = on(file, "restore", backup.toString());
        assertEquals(0, restore.exit(), restore.toString());
        assertEquals(atBackup, exports(file));
        try (var aside = Files.list(dir)) {
            Path setAside = aside.filter(p -> p.getFileName().toString().startsWith("ledger.db.damaged-")).findFirst().orElseThrow();
            assertArrayEquals(bytes, Files.readAllBytes(setAside), "the damaged ledger is kept byte for byte");
        }
    }
}
