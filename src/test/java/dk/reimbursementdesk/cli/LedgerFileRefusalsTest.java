package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's damaged, foreign and unwritable files: each is refused on the command line with exit 1
 * in one sentence that says which it is and names the newest backup, no class name, and every file
 * in the folder (the ledger's bytes, its -wal) is as it was, with no lock, -shm or -wal added.
 */
class LedgerFileRefusalsTest {

    @TempDir
    Path dir;

    private record Case(String name, String says, Function<Path, Path> make) {
    }

    private Path backupOf(Path ledger) {
        Cli.Result backup = Cli.run("--ledger", ledger.toString(), "backup");
        assertEquals(0, backup.exit(), backup.toString());
        return Path.of(backup.out().strip());
    }

    @Test
    void everyKindOfBadFileIsRefusedInOneSentenceNamingTheNewestBackupAndLeftAsItWas() throws Exception {
        Path good = LedgerFiles.empty(dir.resolve("good"));
        List<Case> cases = List.of(
                new Case("not SQLite", "not a SQLite database", f -> write(f, "my shopping list".getBytes())),
                new Case("empty", "is empty", f -> write(f, new byte[0])),
                new Case("foreign SQLite", "a SQLite database of another program", f -> {
                    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var s = c.createStatement()) {
                        s.execute("CREATE TABLE recipes (name TEXT)");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return f;
                }),
                new Case("damaged", "is damaged", f -> {
                    byte[] bytes = read(good);
                    for (int i = 4096; i < bytes.length; i++) {
                        bytes[i] = (byte) (i * 31);
                    }
                    return write(f, bytes);
                }),
                new Case("newer", "made by a newer version of Reimbursement Desk; update the program", f -> {
                    write(f, read(good));
                    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var s = c.createStatement()) {
                        s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                                + " installed_by, installed_on, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__f.sql',"
                                + " 1, 'x', '2030-01-01', 1, 1)");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return f;
                }),
                new Case("read-only", "is read-only", f -> {
                    write(f, read(good));
                    try {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return f;
                }),
                new Case("a directory", "is a folder", f -> {
                    try {
                        return Files.createDirectory(f);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }),
                new Case("no folder", "does not exist", f -> f.resolveSibling("gone").resolve("ledger.db")),
                new Case("no file", "no ledger file", f -> f));
        for (Case each : cases) {
            Path folder = Files.createDirectories(dir.resolve(each.name().replace(' ', '-')));
            Path file = folder.resolve("ledger.db");
            // A backup of the good ledger put where this one's backups go, for the sentence to name.
            Path backups = Files.createDirectories(folder.resolve("ledger.backups"));
            Path newest = Files.copy(backupOf(good), backups.resolve("ledger-20261201-120000-close.db"));
            Path target = each.make().apply(file);
            Map<String, String> before = folderState(folder);
            for (String language : List.of("en", "da")) {
                for (String command : List.of("parameters", "check", "reimburse")) {
                    Cli.Result result = Cli.run("--ledger", target.toString(), "--locale", language, command);
                    assertEquals(1, result.exit(), each.name() + " " + command + ": " + result);
                    assertEquals("", result.out(), each.name());
                    assertEquals(1, result.err().lines().count(), each.name() + ": one sentence, " + result.err());
                    assertFalse(result.err().matches("(?s).*(Exception|\\bSQL\\b|SELECT|Hibernate|Flyway|HHH).*"), result.err());
                    if (language.equals("en")) {
                        assertTrue(result.err().contains(each.says()), each.name() + ": " + result.err());
                    }
                    if (!each.name().equals("no folder")) {
                        assertTrue(result.err().contains(newest.toString()), each.name() + " names the newest backup: " + result.err());
                    }
                    assertEquals(before, folderState(folder), each.name() + ": nothing written, nothing left behind");
                }
            }
        }
    }

    /** Every file under the folder with a digest of its bytes. */
    private static Map<String, String> folderState(Path folder) throws java.io.IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                state.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? java.util.Arrays.toString(digest(read(p))) : "dir");
            }
        }
        return state;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
