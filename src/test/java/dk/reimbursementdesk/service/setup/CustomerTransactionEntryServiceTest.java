package dk.reimbursementdesk.service.setup;

import static dk.reimbursementdesk.domain.CustomerTransactionType.*;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerTransactionEntryServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;
    Ledger ledger;
    CustomerTransactionEntryService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        service = new CustomerTransactionEntryService(ledger, new PostingService(ledger));
    }

    @AfterEach
    void tearDown() {
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
    }

    private void assertRefusedWritingNothing(String key, Runnable action) {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, action::run);
        assertEquals(key, refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void paymentLargerThanOpenInvoicesLeavesACreditBalance() {
        // C0006 owes 12,500.00 DKK.
        service.post("C0006", PAYMENT, DAY, null, "PAY-9", new BigDecimal("13000.00"), null);
        var balances = new CustomerService(ledger).balances("C0006");
        assertEquals(1, balances.size());
        assertEquals(new BigDecimal("-500.00"), balances.get(0).balance());
    }

    @Test
    void invoiceTakesTheCustomersCurrencyByDefault() {
        service.post("C0004", INVOICE, DAY, DAY.plusDays(14), "INV-9", new BigDecimal("100.00"), "");
        var open = new CustomerService(ledger).openTransactions("C0004");
        assertTrue(open.stream().anyMatch(t -> t.document().equals("INV-9") && t.currency().equals("EUR")));
    }

    @Test
    void dueDateBeforeTheTransactionDateIsRefused() {
        assertRefusedWritingNothing("entry.dueBeforeDate",
                () -> service.post("C0006", INVOICE, DAY, DAY.minusDays(1), "INV-9", BigDecimal.TEN, null));
    }

    @Test
    void missingCustomerIsRefused() {
        assertRefusedWritingNothing("entry.customerRequired", () -> service.post("", INVOICE, DAY, null, "INV-9", BigDecimal.TEN, null));
    }

    @Test
    void unknownCustomerIsRefused() {
        assertRefusedWritingNothing("customer.unknown", () -> service.post("C9999", INVOICE, DAY, null, "INV-9", BigDecimal.TEN, null));
    }

    @Test
    void reimbursementCannotBeEntered() {
        assertRefusedWritingNothing("entry.typeRequired",
                () -> service.post("C0006", REIMBURSEMENT, DAY, null, "X", BigDecimal.TEN, null));
    }

    @Test
    void missingDocumentIsRefused() {
        assertRefusedWritingNothing("entry.documentRequired", () -> service.post("C0006", PAYMENT, DAY, null, " ", BigDecimal.TEN, null));
    }

    @Test
    void zeroAmountIsRefused() {
        assertRefusedWritingNothing("entry.amountNotPositive", () -> service.post("C0006", PAYMENT, DAY, null, "P", BigDecimal.ZERO, null));
    }

    @Test
    void missingDateIsRefused() {
        assertRefusedWritingNothing("entry.dateRequired", () -> service.post("C0006", PAYMENT, null, null, "P", BigDecimal.TEN, null));
    }

    @Test
    void overPreciseAmountIsRefusedByPosting() {
        assertRefusedWritingNothing("amount.tooPrecise", () -> service.post("C0006", PAYMENT, DAY, null, "P", new BigDecimal("1.001"), null));
    }
}
