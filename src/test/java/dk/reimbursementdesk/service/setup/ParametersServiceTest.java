package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersUpdate;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersView;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    ParametersService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.empty(dir);
        service = new ParametersService(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private ParametersUpdate withMinimum(String minimum) {
        ParametersView v = service.load();
        return new ParametersUpdate(minimum == null ? null : new BigDecimal(minimum), v.oneTimeVendorGroup(), v.oneTimeVendorSequence(),
                v.arControlAccount(), v.apControlAccount(), v.bankAccount(), v.salesAccount(), v.salesReturnsAccount(),
                v.voucherSequence(), v.reimbursementSequence());
    }

    private void assertRefusedWritingNothing(String key, ParametersUpdate update) {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, () -> service.save(update));
        assertEquals(key, refused.getKey());
        assertFalse(refused.getMessage().equals(key), "a sentence, not the key");
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void loadShowsTheSetUpAccountsAndAZeroMinimumInAccountingCurrency() {
        ParametersView view = service.load();
        assertEquals(new BigDecimal("0.00"), view.minimumReimbursement());
        assertEquals("DKK", view.accountingCurrency());
        assertEquals("5600", view.arControlAccount());
        assertEquals("ONETIME", view.oneTimeVendorGroup());
    }

    @Test
    void savedMinimumSurvivesReopeningTheLedger() {
        service.save(withMinimum("1234.5"));
        ledger.close();
        ledger = TestLedgers.reopen(ledger);
        assertEquals(new BigDecimal("1234.50"), new ParametersService(ledger).load().minimumReimbursement());
    }

    @Test
    void zeroMinimumIsAccepted() {
        service.save(withMinimum("100"));
        service.save(withMinimum("0"));
        assertEquals(0, service.load().minimumReimbursement().signum());
    }

    @Test
    void negativeMinimumIsRefused() {
        assertRefusedWritingNothing("amount.negative", withMinimum("-0.01"));
    }

    @Test
    void overPreciseMinimumIsRefused() {
        assertRefusedWritingNothing("amount.tooPrecise", withMinimum("10.005"));
    }

    @Test
    void missingMinimumIsRefused() {
        assertRefusedWritingNothing("amount.required", withMinimum(null));
    }

    @Test
    void unknownAccountIsRefused() {
        ParametersUpdate u = withMinimum("1");
        assertRefusedWritingNothing("parameters.accountUnknown", new ParametersUpdate(u.minimumReimbursement(), u.oneTimeVendorGroup(),
                u.oneTimeVendorSequence(), "9999", u.apControlAccount(), u.bankAccount(), u.salesAccount(), u.salesReturnsAccount(),
                u.voucherSequence(), u.reimbursementSequence()));
    }

    @Test
    void sameControlAccountForBothLedgersIsRefused() {
        ParametersUpdate u = withMinimum("1");
        assertRefusedWritingNothing("parameters.controlAccountsSame", new ParametersUpdate(u.minimumReimbursement(), u.oneTimeVendorGroup(),
                u.oneTimeVendorSequence(), u.arControlAccount(), u.arControlAccount(), u.bankAccount(), u.salesAccount(),
                u.salesReturnsAccount(), u.voucherSequence(), u.reimbursementSequence()));
    }

    @Test
    void sharedNumberSequenceIsRefused() {
        ParametersUpdate u = withMinimum("1");
        assertRefusedWritingNothing("parameters.sequencesShared", new ParametersUpdate(u.minimumReimbursement(), u.oneTimeVendorGroup(),
                u.oneTimeVendorSequence(), u.arControlAccount(), u.apControlAccount(), u.bankAccount(), u.salesAccount(),
                u.salesReturnsAccount(), u.voucherSequence(), u.voucherSequence()));
    }

    @Test
    void unknownVendorGroupIsRefused() {
        ParametersUpdate u = withMinimum("1");
        assertRefusedWritingNothing("parameters.vendorGroupUnknown", new ParametersUpdate(u.minimumReimbursement(), "NOPE",
                u.oneTimeVendorSequence(), u.arControlAccount(), u.apControlAccount(), u.bankAccount(), u.salesAccount(),
                u.salesReturnsAccount(), u.voucherSequence(), u.reimbursementSequence()));
    }

    @Test
    void missingSequenceIsRefused() {
        ParametersUpdate u = withMinimum("1");
        assertRefusedWritingNothing("parameters.oneTimeSequenceRequired", new ParametersUpdate(u.minimumReimbursement(), u.oneTimeVendorGroup(),
                " ", u.arControlAccount(), u.apControlAccount(), u.bankAccount(), u.salesAccount(),
                u.salesReturnsAccount(), u.voucherSequence(), u.reimbursementSequence()));
    }
}
