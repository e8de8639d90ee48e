package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.testing.TestLedgers.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ledger files for command tests. The command line opens the file itself, so each helper closes its
 * ledger again (the file lock would otherwise refuse the command).
 */
final class LedgerFiles {

    private LedgerFiles() {
    }

    static Path empty(Path dir) {
        return TestLedgers.file(Template.EMPTY, dir);
    }

    static Path demo(Path dir) {
        return TestLedgers.file(Template.DEMO, dir);
    }

    /**
     * The demo ledger as the command line's {@code --ledger} names it: a file's path, or on
     * PostgreSQL ({@code -Ddesk.test.engine=postgresql}) the URL of a test database of its own. For
     * the command tests about a ledger's content, which pass on both engines.
     */
    static String demoLedger(Path dir) {
        return TestLedgers.location(Template.DEMO, dir);
    }

    /** {@link #demoLedger} with company "TEST" in DKK and nothing else. */
    static String emptyLedger(Path dir) {
        return TestLedgers.location(Template.EMPTY, dir);
    }

    /** {@link #with(Path, Function)} for a ledger {@link #demoLedger} named: a file or a test database. */
    static <T> T with(String ledger, Function<Ledger, T> work) {
        try (Ledger opened = ServerAddress.isServerUrl(ledger) ? Ledger.open(ServerAddress.parse(ledger)) : Ledger.open(Path.of(ledger))) {
            return work.apply(opened);
        }
    }

    static Map<String, List<String>> snapshot(String ledger) {
        return with(ledger, TestLedgers::snapshot);
    }

    static long count(String ledger, String sql) {
        return with(ledger, opened -> TestLedgers.count(opened, sql));
    }

    static List<String> rows(String ledger, String table) {
        return snapshot(ledger).get(table);
    }

    static List<String> checkFindings(String ledger) {
        return with(ledger, opened -> new LedgerCheckService(opened).check().findings());
    }

    /** The file's forms: a path is what {@code --ledger} takes for a file. */
    static <T> T with(Path file, Function<Ledger, T> work) {
        return with(file.toString(), work);
    }

    static Map<String, List<String>> snapshot(Path file) {
        return snapshot(file.toString());
    }

    static long count(Path file, String sql) {
        return count(file.toString(), sql);
    }

    static List<String> rows(Path file, String table) {
        return rows(file.toString(), table);
    }

    static List<String> checkFindings(Path file) {
        return checkFindings(file.toString());
    }

    static Path csv(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
