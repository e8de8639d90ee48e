package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A ledger written before open items had their own table opens with every open amount where it was. */
class OpenItemMigrationTest {

    @TempDir
    Path dir;

    @Test
    void openAmountsOfAnOlderLedgerBecomeOpenItemsAndClosedTransactionsHaveNone() throws Exception {
        Path file = dir.resolve("older.db");
        SQLiteDataSource dataSource = olderLedger(file, "6", "('DKK', 'Danske kroner', 2), ('EUR', 'Euro', 2)");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, document, currency, "
                    + "amount, amount_acc, open_amount, open_amount_acc) VALUES "
                    + "(1, 7, 1, 'INVOICE', '2026-03-01', 'I1', 'DKK', 50000, 50000, 0, 0), "
                    + "(2, 7, 1, 'PAYMENT', '2026-03-02', 'P1', 'DKK', -80000, -80000, -30000, -30000), "
                    + "(3, 7, 1, 'CREDIT_NOTE', '2026-03-03', 'N1', 'EUR', -1000, -7460, -1000, -7460)");
        }
        try (Ledger ledger = Ledger.open(file)) {
            List<String> items = ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT customer_id, currency, transaction_id, transaction_date, open_amount, open_amount_acc "
                                + "FROM customer_open_item ORDER BY customer_id, currency, transaction_id")) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                                + rs.getLong(5) + "|" + rs.getLong(6));
                    }
                }
                return rows;
            }));
            assertEquals(List.of("7|DKK|2|2026-03-02|-30000|-30000", "7|EUR|3|2026-03-03|-1000|-7460"), items);
        }
    }

    @Test
    void openItemsKeepTheirRowsAndGainAForeignKeyToTheCustomer() throws Exception {
        Path file = dir.resolve("v7.db");
        SQLiteDataSource dataSource = olderLedger(file, "7", "('DKK', 'Danske kroner', 2)");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, document, currency, "
                    + "amount, amount_acc) VALUES (2, 7, 1, 'PAYMENT', '2026-03-02', 'P1', 'DKK', -80000, -80000)");
            s.execute("INSERT INTO customer_open_item VALUES (7, 'DKK', 2, '2026-03-02', -30000, -30000)");
        }
        try (Ledger ledger = Ledger.open(file)) {
            List<String> items = ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT customer_id || '|' || transaction_id || '|' || open_amount FROM customer_open_item")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            }));
            assertEquals(List.of("7|2|-30000"), items);

            var refusal = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> ledger.inSessionTransactionDo(session -> session.doWork(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO customer_open_item VALUES (99, 'DKK', 2, '2026-03-02', -100, -100)");
                        }
                    })));
            org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(refusal.getCause()).contains("FOREIGN KEY"), refusal.toString());
        }
    }

    /** A ledger file migrated only up to {@code target}, with a company, customer C7 and voucher V1 written as that version had them. */
    private static SQLiteDataSource olderLedger(Path file, String target, String currencies) throws Exception {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target(target).load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO currency VALUES " + currencies);
            s.execute("INSERT INTO legal_entity (id, code, name, accounting_currency) VALUES (1, 'OLD', 'Old A/S', 'DKK')");
            s.execute("INSERT INTO customer_group (id, code, name) VALUES (1, 'RETAIL', 'Retail')");
            s.execute("INSERT INTO customer (id, account, name, group_id, currency) VALUES (7, 'C7', 'Seven', 1, 'DKK')");
            s.execute("INSERT INTO voucher (id, number, posting_date, description, posted_at) "
                    + "VALUES (1, 'V1', '2026-03-01', 'old', '2026-03-01T10:00')");
        }
        return dataSource;
    }
}
