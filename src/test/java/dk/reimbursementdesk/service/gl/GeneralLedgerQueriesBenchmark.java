package dk.reimbursementdesk.service.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the voucher list on a ledger of 200,000 vouchers (not part of the normal run; start it
 * with -Dtest=GeneralLedgerQueriesBenchmark). Prints milliseconds per query.
 */
class GeneralLedgerQueriesBenchmark {

    private static final int VOUCHERS = 200_000;

    @TempDir
    Path dir;

    @Test
    void pagesStayFastOnTwoHundredThousandVouchers() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            long start = System.nanoTime();
            fill(ledger);
            System.err.printf("filled %,d vouchers in %d ms%n", VOUCHERS, (System.nanoTime() - start) / 1_000_000);
            GeneralLedgerQueries queries = new GeneralLedgerQueries(ledger);

            VoucherPage first = time("first page", () -> queries.vouchers(VoucherQuery.all(), 0, 100));
            assertEquals(100, first.rows().size());
            VoucherPage last = time("page at offset 199,950", () -> queries.vouchers(VoucherQuery.all(), VOUCHERS - 50, 100));
            assertTrue(last.rows().size() > 0);
            time("text filter", () -> queries.vouchers(new VoucherQuery("bulk 12345", null, null), 0, 100));
            time("date range", () -> queries.vouchers(new VoucherQuery(null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), 0, 100));
            time("lines", () -> queries.voucherLines(first.rows().get(50).id()));
            TrialBalance balance = time("trial balance", () -> queries.trialBalance(LocalDate.of(2026, 12, 31)));
            assertTrue(balance.balances());
        }
    }

    private static <T> T time(String what, Supplier<T> query) {
        query.get();
        long start = System.nanoTime();
        T result = query.get();
        System.err.printf("%-24s %5d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void fill(Ledger ledger) {
        ledger.inSessionTransactionDo(session -> session.doWork(c -> {
            long sales = accountId(c, "1000");
            long bank = accountId(c, "5800");
            try (PreparedStatement v = c.prepareStatement(
                    "INSERT INTO voucher (id, number, posting_date, description, posted_at) VALUES (?, ?, ?, ?, '2025-01-01T00:00:00')");
                 PreparedStatement l = c.prepareStatement(
                         "INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount) VALUES (?, ?, ?, ?, 'DKK', ?)")) {
                for (int i = 0; i < VOUCHERS; i++) {
                    long id = 1_000_000 + i;
                    v.setLong(1, id);
                    v.setString(2, String.format("B-%07d", i));
                    v.setString(3, LocalDate.of(2020, 1, 1).plusDays(i % 2500).toString());
                    v.setString(4, "Bulk " + i);
                    v.addBatch();
                    long amount = 100 + i % 9_000;
                    l.setLong(1, id); l.setLong(2, bank); l.setLong(3, amount); l.setLong(4, 0); l.setLong(5, amount);
                    l.addBatch();
                    l.setLong(1, id); l.setLong(2, sales); l.setLong(3, 0); l.setLong(4, amount); l.setLong(5, -amount);
                    l.addBatch();
                    if (i % 10_000 == 9_999) {
                        v.executeBatch();
                        l.executeBatch();
                    }
                }
                v.executeBatch();
                l.executeBatch();
            }
        }));
    }

    private static long accountId(java.sql.Connection c, String number) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM ledger_account WHERE number = ?")) {
            s.setString(1, number);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
