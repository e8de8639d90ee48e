package dk.reimbursementdesk.testing;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The SQLite side of {@link TestLedgers.Template}: each template made once per test JVM as a closed
 * ledger file in a temporary folder of its own, and copied into a test's folder as
 * {@code ledger.db}. Only the file is copied: its lock sidecar and backup folder stay with the
 * template, so the copy opens as a ledger nobody has opened yet (its quick check runs).
 */
final class LedgerTemplates {

    /** By template and the default locale it was made in: the demo and a new company name their groups, accounts and sequences in the user's language. */
    private static final Map<String, Path> MADE = new java.util.HashMap<>();

    private LedgerTemplates() {
    }

    /** {@code dir/ledger.db}, a copy of {@code template}'s file, closed. */
    static Path copy(Template template, Path dir) {
        Path target = dir.resolve("ledger.db");
        try {
            Files.createDirectories(dir);
            Files.copy(made(template), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static synchronized Path made(Template template) throws IOException {
        String key = template.key();
        Path file = MADE.get(key);
        if (file == null) {
            Path folder = Files.createTempDirectory("desk-template-" + key);
            file = folder.resolve("ledger.db");
            try (Ledger ledger = Ledger.create(file)) {
                template.fill(ledger);
            }
            if (Files.exists(folder.resolve("ledger.db-wal"))) {
                // a clean close checkpoints and removes the WAL; a copy without it would miss rows
                throw new IllegalStateException("the template ledger " + file + " kept its WAL after its close");
            }
            deleteOnExit(folder);
            MADE.put(key, file);
        }
        return file;
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is the system's to clear
            }
        }, "template-cleanup"));
    }
}
