package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.domain.ExchangeConversion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The yardstick: {@code benchmark/baseline.sql}, a summarized run written by hand as plain SQL, on
 * plain JDBC with the ledger's own pragmas, in one transaction. It knows only what the generated
 * ledger holds (one accounting currency and EUR), so it is a measure, not a second implementation.
 */
final class Baseline {

    private Baseline() {
    }

    /** What the baseline did and how long it took up to its commit, and the checkpoint after it. */
    record Result(long reimbursements, double secondsToCommit, double checkpointSeconds) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d reimbursements; the checkpoint after the commit took %.3f s",
                    reimbursements, checkpointSeconds);
        }
    }

    static Result run(Path file, LocalDate date) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(false);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-262_144);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(1L << 30));
        // Like the Ledger's anchor connection: the run's own connection closing is not the last
        // one, so it does not checkpoint; the anchor's close does, timed apart.
        try (Connection anchor = config.createConnection("jdbc:sqlite:" + file)) {
            long start = System.nanoTime();
            long count;
            try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_autocheckpoint = 0");
                }
                c.setAutoCommit(false);
                Map<String, String> values = values(c, date);
                String script = script();
                for (Map.Entry<String, String> value : values.entrySet()) {
                    script = script.replace("{" + value.getKey() + "}", value.getValue());
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : script.split(";\\s*\\n")) {
                        String sql = statement.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                        if (!sql.isEmpty()) {
                            s.executeUpdate(sql);
                        }
                    }
                }
                c.commit();
                count = single(c, "SELECT count(*) FROM reimbursement");
            }
            double toCommit = (System.nanoTime() - start) / 1e9;
            long checkpointStart = System.nanoTime();
            try (Statement s = anchor.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return new Result(count, toCommit, (System.nanoTime() - checkpointStart) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> values(Connection c, LocalDate date) throws SQLException {
        Map<String, String> v = new HashMap<>();
        v.put("date", date.toString());
        String acc;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT accounting_currency FROM legal_entity")) {
            rs.next();
            acc = rs.getString(1);
        }
        v.put("acc", acc);
        long minimum = single(c, "SELECT minimum_reimbursement FROM parameters");
        v.put("minimum", String.valueOf(minimum));
        for (String[] column : new String[][] {{"ar", "ar_control_account_id"}, {"ap", "ap_control_account_id"},
                {"gain", "fx_gain_account_id"}, {"loss", "fx_loss_account_id"}, {"oneTimeGroup", "one_time_vendor_group_id"}}) {
            v.put(column[0], String.valueOf(single(c, "SELECT " + column[1] + " FROM parameters")));
        }
        v.put("vendorBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM vendor")));
        v.put("voucherBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM voucher")));
        v.put("transactionBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM customer_transaction")));
        BigDecimal rate;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rate FROM exchange_rate WHERE currency = 'EUR' "
                + "AND valid_from <= '" + date + "' ORDER BY valid_from DESC LIMIT 1")) {
            rate = rs.next() ? new BigDecimal(rs.getString(1)) : BigDecimal.ONE;
        }
        BigDecimal scale = BigDecimal.TEN.pow(Math.max(rate.scale(), 0));
        v.put("rateUnits", rate.unscaledValue().toString());
        v.put("rateScale", scale.toPlainString());
        v.put("rateHalf", scale.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).toPlainString());
        long threshold = 1;
        while (ExchangeConversion.toAccountingMinor(threshold, 2, rate, 2) < minimum) {
            threshold = Math.max(threshold + 1, (long) (threshold * 1.5));
        }
        while (threshold > 1 && ExchangeConversion.toAccountingMinor(threshold - 1, 2, rate, 2) >= minimum) {
            threshold--;
        }
        v.put("foreignThreshold", String.valueOf(threshold));
        return v;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String script() {
        try (InputStream in = Baseline.class.getResourceAsStream("/benchmark/baseline.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
