package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
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
        try (Ledger ledger = TestLedgers.empty(dir)) {
            return ledger.file();
        }
    }

    static Path demo(Path dir) {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            return ledger.file();
        }
    }

    static <T> T with(Path file, Function<Ledger, T> work) {
        try (Ledger ledger = Ledger.open(file)) {
            return work.apply(ledger);
        }
    }

    static Map<String, List<String>> snapshot(Path file) {
        return with(file, TestLedgers::snapshot);
    }

    static long count(Path file, String sql) {
        return with(file, ledger -> TestLedgers.count(ledger, sql));
    }

    static List<String> rows(Path file, String table) {
        return snapshot(file).get(table);
    }

    static List<String> checkFindings(Path file) {
        return with(file, ledger -> new LedgerCheckService(ledger).check().findings());
    }

    static Path csv(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
