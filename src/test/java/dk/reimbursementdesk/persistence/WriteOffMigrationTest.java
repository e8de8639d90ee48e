package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** V19 on a ledger made before it: the write-off account, its parameter and sequence, and the wider transaction types. */
class WriteOffMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDanishLedgerGainsTheWriteOffAccountParameterAndSequenceAndAcceptsWriteOffTransactions() throws Exception {
        Path file = dir.resolve("old.db");
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("15").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO currency VALUES ('DKK', 'Danske kroner', 2)");
            s.execute("INSERT INTO legal_entity (id, code, name, accounting_currency) VALUES (1, 'OLD', 'Gammel A/S', 'DKK')");
            s.execute("INSERT INTO ledger_account (id, number, name, kind) VALUES (1, '5600', 'Debitorer', 'ASSET'), "
                    + "(2, '6800', 'Kreditorer', 'LIABILITY')");
            s.execute("INSERT INTO number_sequence (id, code, name, prefix, width, next_value) VALUES "
                    + "(1, 'VOUCHER', 'Bilag', 'V-', 6, 1), (2, 'REIMBURSEMENT', 'Refusioner', 'RB-', 6, 1), "
                    + "(3, 'ONE_TIME_VENDOR', 'Engangskreditorer', 'OTV-', 6, 1)");
            s.execute("INSERT INTO vendor_group (id, code, name) VALUES (1, 'ONETIME', 'Engangskreditorer')");
            s.execute("INSERT INTO parameters (id, ar_control_account_id, ap_control_account_id, bank_account_id, sales_account_id, "
                    + "sales_returns_account_id, opening_balance_account_id, fx_gain_account_id, fx_loss_account_id, voucher_sequence_id, "
                    + "reimbursement_sequence_id, one_time_vendor_sequence_id, one_time_vendor_group_id) "
                    + "VALUES (1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 3, 1)");
        }
        try (Ledger ledger = Ledger.open(file)) {
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM parameters p JOIN ledger_account a "
                    + "ON a.id = p.small_credit_writeoff_account_id WHERE a.number = '3700' AND a.name = 'Afskrevne små kreditsaldi' "
                    + "AND a.kind = 'REVENUE'"));
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM number_sequence WHERE code = 'WRITE_OFF' "
                    + "AND prefix = 'WO-' AND name = 'Afskrivninger'"));
            TestLedgers.voucher(ledger, "V1", "2026-03-01", "old");
            TestLedgers.execute(ledger, "INSERT INTO customer_group (id, code, name) VALUES (1, 'RETAIL', 'Detail')");
            TestLedgers.execute(ledger, "INSERT INTO customer (id, account, name, group_id, currency) VALUES (7, 'C7', 'Syv', 1, 'DKK')");
            TestLedgers.execute(ledger, "INSERT INTO customer_transaction (customer_id, voucher_id, type, transaction_date, document, "
                    + "currency, amount, amount_acc) SELECT 7, id, 'WRITE_OFF', '2026-03-01', 'WO-1', 'DKK', 100, 100 FROM voucher");
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction WHERE type = 'WRITE_OFF'"));
            assertThrows(RuntimeException.class, () -> TestLedgers.execute(ledger, "INSERT INTO customer_transaction (customer_id, "
                    + "voucher_id, type, transaction_date, document, currency, amount, amount_acc) "
                    + "SELECT 7, id, 'BOGUS', '2026-03-01', 'X', 'DKK', 1, 1 FROM voucher"));
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));
        }
    }

    @Test
    void aNewLedgerGetsTheAccountFromItsCompanySetupInItsLanguage() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM parameters p JOIN ledger_account a "
                    + "ON a.id = p.small_credit_writeoff_account_id WHERE a.number = '3700'"));
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM number_sequence WHERE code = 'WRITE_OFF'"));
        }
    }
}
