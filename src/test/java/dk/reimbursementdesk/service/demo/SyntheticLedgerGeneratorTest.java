package dk.reimbursementdesk.service.demo;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticLedgerGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void fillsAnEmptyLedgerThatPassesTheLedgerCheck() {
        try (Ledger ledger = TestLedgers.empty(dir.resolve("a"))) {
            SyntheticLedgerGenerator.Result result = new SyntheticLedgerGenerator(ledger).generate(1_000, 6, 7);

            assertEquals(new SyntheticLedgerGenerator.Result(1_000, 6_000), result);
            assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
            assertEquals(1_000, TestLedgers.count(ledger, "SELECT count(*) FROM customer"));
            assertEquals(6_000, TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction t JOIN customer_open_item o"
                    + " ON o.customer_id = t.customer_id AND o.currency = t.currency AND o.transaction_id = t.id"
                    + " WHERE o.open_amount = t.amount AND o.open_amount_acc = t.amount_acc AND o.transaction_date = t.transaction_date"));
            long credits = TestLedgers.count(ledger,
                    "SELECT count(*) FROM (SELECT customer_id FROM customer_open_item GROUP BY customer_id HAVING sum(open_amount) < 0) credits");
            assertTrue(credits > 750 && credits < 850, "credit balances: " + credits);
            long linked = TestLedgers.count(ledger, "SELECT count(*) FROM customer WHERE vendor_id IS NOT NULL");
            assertTrue(linked > 70 && linked < 130, "linked to vendors: " + linked);
            long foreign = TestLedgers.count(ledger, "SELECT count(*) FROM customer WHERE currency = 'EUR'");
            assertTrue(foreign > 15 && foreign < 70, "in EUR: " + foreign);
            assertEquals(3, TestLedgers.count(ledger, "SELECT count(*) FROM exchange_rate WHERE currency = 'EUR'"));
            // The voucher sequence continues after the generated vouchers.
            assertEquals(6_001, TestLedgers.count(ledger, "SELECT next_value FROM number_sequence WHERE code = 'VOUCHER'"));
            String iban = ledger.inSessionTransaction(s -> s.createSelectionQuery("select iban from Customer order by id", String.class)
                    .setMaxResults(1).getSingleResult());
            assertTrue(Iban.isValid(iban), iban);
        }
    }

    @Test
    void sameSeedGivesTheSameLedger() {
        Map<String, List<String>> first;
        Map<String, List<String>> second;
        try (Ledger a = TestLedgers.empty(dir.resolve("a"))) {
            new SyntheticLedgerGenerator(a).generate(300, 4, 99);
            first = TestLedgers.snapshot(a);
        }
        try (Ledger b = TestLedgers.empty(dir.resolve("b"))) {
            new SyntheticLedgerGenerator(b).generate(300, 4, 99);
            second = TestLedgers.snapshot(b);
        }
        for (String table : List.of("customer", "vendor", "customer_transaction", "customer_open_item", "voucher_line",
                "exchange_rate")) {
            assertEquals(first.get(table), second.get(table), table);
        }
    }

    @Test
    void refusesALedgerThatHoldsCustomersAlready() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            var before = TestLedgers.snapshot(ledger);

            UserException refusal = assertThrows(UserException.class, () -> new SyntheticLedgerGenerator(ledger).generate(10, 2, 1));

            assertEquals("synthetic.ledgerNotEmpty", refusal.getKey());
            assertEquals(before, TestLedgers.snapshot(ledger));
        }
    }
}
