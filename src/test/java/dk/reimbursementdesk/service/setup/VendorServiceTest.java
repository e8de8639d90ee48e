package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.setup.VendorService.Column;
import dk.reimbursementdesk.service.setup.VendorService.Draft;
import dk.reimbursementdesk.service.setup.VendorService.Query;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    VendorService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        service = new VendorService(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private void assertRefusedWritingNothing(String key, Runnable action) {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, action::run);
        assertEquals(key, refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void listIsFilteredSortedAndPaged() {
        var page = service.page(new Query("refunds", Column.NAME, false, 0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of("V0003", "V0002"), page.rows().stream().map(VendorService.Row::account).toList());
    }

    @Test
    void createdVendorIsFoundWithItsGroupCreatedOnSave() {
        var saved = service.save(new Draft(false, "V0200", "Ny Leverandør", "freight", "SEK", "SE4550000000058398257466", "ESSESESS", true));
        assertEquals("FREIGHT", saved.group());
        assertTrue(saved.oneTime());
        assertTrue(service.groups().contains("FREIGHT"));
        assertEquals(saved, service.find("v0200").orElseThrow());
    }

    @Test
    void editedVendorKeepsItsAccount() {
        service.save(new Draft(true, "V0101", "Papirgrossisten A/S", "SUPPLIERS", "DKK", "DK2720001234567890", null, false));
        assertEquals("Papirgrossisten A/S", service.find("V0101").orElseThrow().name());
    }

    @Test
    void duplicateAccountIsRefused() {
        assertTrue(service.accountTaken("v0001"));
        assertRefusedWritingNothing("vendor.duplicate", () -> service.save(new Draft(false, "v0001", "X", "SUPPLIERS", "DKK", null, null, false)));
    }

    @Test
    void invalidIbanIsRefused() {
        assertRefusedWritingNothing("iban.invalid",
                () -> service.save(new Draft(false, "V0200", "X", "SUPPLIERS", "DKK", "DK2720001234567891", null, false)));
    }

    @Test
    void invalidBicIsRefused() {
        assertRefusedWritingNothing("bic.invalid",
                () -> service.save(new Draft(false, "V0200", "X", "SUPPLIERS", "DKK", null, "NDEA", false)));
    }

    @Test
    void missingNameIsRefused() {
        assertRefusedWritingNothing("vendor.nameRequired",
                () -> service.save(new Draft(false, "V0200", "", "SUPPLIERS", "DKK", null, null, false)));
    }

    @Test
    void editingAnUnknownVendorIsRefused() {
        assertRefusedWritingNothing("vendor.unknown",
                () -> service.save(new Draft(true, "V0999", "X", "SUPPLIERS", "DKK", null, null, false)));
    }

    @Test
    void linkedCustomersAreListed() {
        assertEquals(List.of(new VendorService.LinkedCustomer("C0005", "Fleur de Lys SARL")), service.linkedCustomers("V0002"));
        assertTrue(service.linkedCustomers("V0100").isEmpty());
    }

    @Test
    void openInvoicesShowWhatTheCompanyOwes() {
        TestLedgers.voucher(ledger, "T-1", "2026-10-01", "test");
        TestLedgers.execute(ledger, "INSERT INTO vendor_transaction (vendor_id, voucher_id, type, transaction_date, due_date, document,"
                + " currency, amount, amount_acc, open_amount, open_amount_acc) SELECT v.id, (SELECT id FROM voucher WHERE number = 'T-1'),"
                + " 'INVOICE', '2026-10-01', '2026-10-31', 'VI-1', 'DKK', -25000, -25000, -25000, -25000 FROM vendor v WHERE v.account = 'V0100'");
        var open = service.openInvoices("V0100");
        assertEquals(1, open.size());
        assertEquals(new BigDecimal("250.00"), open.get(0).openAmount());
        assertEquals(LocalDate.of(2026, 10, 31), open.get(0).dueDate());
    }
}
