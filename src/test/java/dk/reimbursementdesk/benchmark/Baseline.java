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
 * The yardsticks: {@code benchmark/baseline.sql}, a summarized run written by hand as plain SQL, and
 * {@code benchmark/payment_baseline.sql}, a payment batch of every open reimbursement invoice after
 * it, each on plain JDBC with the ledger's own pragmas, in one transaction. They know only what the
 * generated ledger holds (one accounting currency and EUR), so they are measures, not second
 * implementations.
 */
final class Baseline {

    private Baseline() {
    }

    /** What the baseline did and how long it took up to its commit, and the checkpoint after it. */
    record Result(long rows, String what, double secondsToCommit, double checkpointSeconds) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d %s; the checkpoint after the commit took %.3f s",
                    rows, what, checkpointSeconds);
        }
    }

    /** Fills in the placeholders of a script from the ledger on the script's own connection. */
    @FunctionalInterface
    private interface Values {
        Map<String, String> of(Connection c) throws SQLException;
    }

    /** A summarized reimbursement run on {@code date}. */
    static Result run(Path file, LocalDate date) {
        return execute(file, "/benchmark/baseline.sql", c -> values(c, date), "SELECT count(*) FROM reimbursement", "reimbursements");
    }

    /** One payment batch on {@code date} of every open reimbursement invoice whose vendor has an IBAN. */
    static Result payment(Path file, LocalDate date) {
        return execute(file, "/benchmark/payment_baseline.sql", c -> paymentValues(c, date),
                "SELECT count(*) FROM payment WHERE batch_id = (SELECT max(id) FROM payment_batch)", "payments");
    }

    private static Result execute(Path file, String resource, Values placeholders, String countSql, String what) {
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
                Map<String, String> values = placeholders.of(c);
                String script = script(resource);
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
                count = single(c, countSql);
            }
            double toCommit = (System.nanoTime() - start) / 1e9;
            long checkpointStart = System.nanoTime();
            try (Statement s = anchor.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return new Result(count, what, toCommit, (System.nanoTime() - checkpointStart) / 1e9);
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
        BigDecimal rate = euroRate(c, date, v);
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

    private static Map<String, String> paymentValues(Connection c, LocalDate date) throws SQLException {
        Map<String, String> v = new HashMap<>();
        v.put("date", date.toString());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT le.accounting_currency, p.bank_iban, coalesce(p.bank_bic, '') FROM legal_entity le, parameters p")) {
            rs.next();
            v.put("acc", rs.getString(1));
            v.put("bankIban", rs.getString(2));
            v.put("bankBic", rs.getString(3));
        }
        for (String[] column : new String[][] {{"ap", "ap_control_account_id"}, {"bank", "bank_account_id"},
                {"gain", "fx_gain_account_id"}, {"loss", "fx_loss_account_id"}}) {
            v.put(column[0], String.valueOf(single(c, "SELECT " + column[1] + " FROM parameters")));
        }
        long batchId = single(c, "SELECT coalesce(max(id), 0) + 1 FROM payment_batch");
        v.put("batchId", String.valueOf(batchId));
        v.put("batchNumber", String.format("PB-%06d", batchId));
        v.put("voucherBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM voucher")));
        v.put("transactionBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM vendor_transaction")));
        v.put("paymentBase", String.valueOf(single(c, "SELECT coalesce(max(id), 0) FROM payment")));
        euroRate(c, date, v);
        return v;
    }

    /** The EUR rate valid on {@code date} as an exact fraction (units / scale, half for rounding) in {@code v}. */
    private static BigDecimal euroRate(Connection c, LocalDate date, Map<String, String> v) throws SQLException {
        BigDecimal rate;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rate FROM exchange_rate WHERE currency = 'EUR' "
                + "AND valid_from <= '" + date + "' ORDER BY valid_from DESC LIMIT 1")) {
            rate = rs.next() ? new BigDecimal(rs.getString(1)) : BigDecimal.ONE;
        }
        BigDecimal scale = BigDecimal.TEN.pow(Math.max(rate.scale(), 0));
        v.put("rateUnits", rate.unscaledValue().toString());
        v.put("rateScale", scale.toPlainString());
        v.put("rateHalf", scale.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).toPlainString());
        return rate;
    }

    /** The run's script {@code resource} with its placeholders filled from the ledger on {@code c} (any engine). */
    static String filled(Connection c, String resource, LocalDate date) throws SQLException {
        String script = script(resource);
        for (Map.Entry<String, String> value : values(c, date).entrySet()) {
            script = script.replace("{" + value.getKey() + "}", value.getValue());
        }
        return script;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String script(String resource) {
        try (InputStream in = Baseline.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
