package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.setup.CustomerService.Column;
import dk.reimbursementdesk.service.setup.CustomerService.Draft;
import dk.reimbursementdesk.service.setup.CustomerService.Page;
import dk.reimbursementdesk.service.setup.CustomerService.Query;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    CustomerService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        service = new CustomerService(ledger);
    }

    @AfterEach
    void tearDown() {
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
    }

    private static Draft draft(String account, String iban, String bic) {
        return new Draft(false, account, "New Customer ApS", "RETAIL", "DKK", iban, bic, null);
    }

    private void assertRefusedWritingNothing(String key, Runnable action) {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, action::run);
        assertEquals(key, refused.getKey());
        assertNotEquals(key, refused.getMessage());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void listShowsBalanceInAccountingCurrencySortedAndPaged() {
        Page first = service.page(new Query("", Column.BALANCE, true, 0, 3));
        assertEquals(12, first.total());
        assertEquals("DKK", first.accountingCurrency());
        assertEquals(3, first.rows().size());
        BigDecimal previous = null;
        for (var row : service.page(new Query(null, Column.BALANCE, true, 0, 100)).rows()) {
            assertTrue(previous == null || previous.compareTo(row.balance()) <= 0, "sorted by balance");
            previous = row.balance();
        }
        var c0001 = service.page(new Query("C0001", Column.ACCOUNT, true, 0, 10)).rows();
        assertEquals(1, c0001.size());
        assertEquals(new BigDecimal("-250.00"), c0001.get(0).balance());
        assertEquals("V0001", c0001.get(0).vendorAccount());
    }

    @Test
    void quickFilterMatchesNameGroupCurrencyAndVendorAndTreatsWildcardsLiterally() {
        assertEquals(List.of("C0004", "C0005", "C0009"),
                service.page(new Query("eur", Column.ACCOUNT, true, 0, 10)).rows().stream().map(CustomerService.Row::account).toList());
        assertEquals(1, service.page(new Query("v0003", Column.ACCOUNT, true, 0, 10)).total());
        Page retail = service.page(new Query("Retail", Column.ACCOUNT, true, 0, 2));
        assertEquals(5, retail.total());
        assertEquals(2, retail.rows().size());
        assertEquals(0, service.page(new Query("%", Column.ACCOUNT, true, 0, 10)).total());
        List<String> descending = service.page(new Query("", Column.ACCOUNT, false, 0, 2)).rows().stream()
                .map(CustomerService.Row::account).toList();
        assertEquals(List.of("C0012", "C0011"), descending);
        assertEquals(List.of("C0010", "C0009"), service.page(new Query("", Column.ACCOUNT, false, 2, 2)).rows().stream()
                .map(CustomerService.Row::account).toList());
    }

    @Test
    void createdCustomerIsFoundWithNormalizedBankDetailsAndNewGroup() {
        var saved = service.save(new Draft(false, "C0100", "Ny Kunde", "export", "eur", "dk50 0040 0440 1162 43", "dabadkkk", "V0003"));
        assertEquals("DK5000400440116243", saved.iban());
        assertEquals("DABADKKK", saved.bic());
        assertEquals("EXPORT", saved.group());
        assertEquals("EUR", saved.currency());
        assertEquals("V0003", saved.vendorAccount());
        assertTrue(service.groups().contains("EXPORT"));
        assertEquals(saved, service.find("c0100").orElseThrow());
    }

    @Test
    void groupCodeWithDanishLettersIsReusedByTheNextCustomer() {
        service.save(new Draft(false, "C0100", "Første", "østjylland", "DKK", null, null, null));
        var second = service.save(new Draft(false, "C0101", "Anden", "ØSTJYLLAND", "DKK", null, null, null));
        assertEquals("ØSTJYLLAND", second.group());
        assertEquals(1, service.groups().stream().filter("ØSTJYLLAND"::equals).count());
    }

    @Test
    void duplicateAccountIsRefusedWhateverTheCase() {
        assertTrue(service.accountTaken("c0001"));
        assertFalse(service.accountTaken("C0999"));
        assertRefusedWritingNothing("customer.duplicate", () -> service.save(draft("c0001", null, null)));
    }

    @Test
    void ibanWithWrongCheckDigitsIsRefused() {
        assertRefusedWritingNothing("iban.invalid", () -> service.save(draft("C0100", "DK5100400440116243", null)));
    }

    @Test
    void ibanOfWrongLengthIsRefused() {
        assertRefusedWritingNothing("iban.invalid", () -> service.save(draft("C0100", "DK500040044011624", null)));
    }

    @Test
    void malformedBicIsRefused() {
        assertRefusedWritingNothing("bic.invalid", () -> service.save(draft("C0100", null, "DABA12KK")));
    }

    @Test
    void missingNameIsRefused() {
        assertRefusedWritingNothing("customer.nameRequired",
                () -> service.save(new Draft(false, "C0100", " ", "RETAIL", "DKK", null, null, null)));
    }

    @Test
    void missingAccountIsRefused() {
        assertRefusedWritingNothing("customer.accountRequired", () -> service.save(draft("", null, null)));
    }

    @Test
    void accountWithSpacesIsRefused() {
        assertRefusedWritingNothing("account.invalid", () -> service.save(draft("C 01", null, null)));
    }

    @Test
    void unknownCurrencyIsRefused() {
        assertRefusedWritingNothing("currency.notIso",
                () -> service.save(new Draft(false, "C0100", "X", "RETAIL", "XYZ", null, null, null)));
    }

    @Test
    void missingGroupIsRefused() {
        assertRefusedWritingNothing("group.required",
                () -> service.save(new Draft(false, "C0100", "X", " ", "DKK", null, null, null)));
    }

    @Test
    void unknownVendorAccountIsRefused() {
        assertRefusedWritingNothing("vendor.unknown",
                () -> service.save(new Draft(false, "C0100", "X", "RETAIL", "DKK", null, null, "V9999")));
    }

    @Test
    void currencyOfCustomerWithTransactionsCannotChange() {
        assertRefusedWritingNothing("customer.currencyInUse",
                () -> service.save(new Draft(true, "C0001", "Bager Hansen ApS", "RETAIL", "EUR", null, null, null)));
    }

    @Test
    void customerWithTransactionsCannotBeDeleted() {
        assertRefusedWritingNothing("customer.hasTransactions", () -> service.delete("C0001"));
    }

    @Test
    void customerWithoutTransactionsIsDeleted() {
        service.save(draft("C0100", null, null));
        service.delete("C0100");
        assertTrue(service.find("C0100").isEmpty());
    }

    @Test
    void vendorIsLinkedAndCleared() {
        assertEquals("V0100", service.linkVendor("C0002", "V0100").vendorAccount());
        assertNull(service.linkVendor("C0002", "").vendorAccount());
        assertNull(service.find("C0002").orElseThrow().vendorAccount());
    }

    @Test
    void vendorCreatedFromCustomerCopiesNameCurrencyAndBankDetailsAndIsLinked() {
        var details = service.createVendorFromCustomer("C0004");
        assertEquals("C0004", details.vendorAccount());
        var vendor = new VendorService(ledger).find("C0004").orElseThrow();
        assertEquals("Café Europa GmbH", vendor.name());
        assertEquals("EUR", vendor.currency());
        assertEquals("DE89370400440532013000", vendor.iban());
        assertEquals("COBADEFFXXX", vendor.bic());
        assertFalse(vendor.oneTime());
        assertEquals(List.of(new VendorService.LinkedCustomer("C0004", "Café Europa GmbH")),
                new VendorService(ledger).linkedCustomers("C0004"));
    }

    @Test
    void vendorFromLinkedCustomerIsRefused() {
        assertRefusedWritingNothing("customer.alreadyLinked", () -> service.createVendorFromCustomer("C0001"));
    }

    @Test
    void vendorFromCustomerWhoseAccountIsAVendorAlreadyIsRefused() {
        new VendorService(ledger).save(new VendorService.Draft(false, "C0006", "Someone", "SUPPLIERS", "DKK", null, null, false));
        assertRefusedWritingNothing("customer.vendorAccountTaken", () -> service.createVendorFromCustomer("C0006"));
    }

    @Test
    void openTransactionsAndBalancePerCurrency() {
        var open = service.openTransactions("C0009");
        assertEquals(2, open.size());
        var balances = service.balances("C0009");
        assertEquals(2, balances.size());
        assertEquals("DKK", balances.get(0).currency());
        assertEquals(new BigDecimal("-300.00"), balances.get(0).balance());
        assertEquals("EUR", balances.get(1).currency());
        assertEquals(new BigDecimal("-20.00"), balances.get(1).balance());
        assertTrue(service.balances("C0007").isEmpty());
    }

    @Test
    void vendorSearchMatchesAccountOrName() {
        assertEquals(List.of("V0003"), service.searchVendors("cykler", 10).stream().map(CustomerService.VendorChoice::account).toList());
        assertEquals(5, service.searchVendors("", 10).size());
    }
}
