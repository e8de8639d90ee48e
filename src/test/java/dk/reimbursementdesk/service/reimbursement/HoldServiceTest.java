package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer on hold is left out of the preview and the run, with its reason; released, it is reimbursed. */
class HoldServiceTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 1);
    private static final ReimbursementRequest ALL = new ReimbursementRequest(RUN_DATE, true, Selection.all(CustomerQueryFields.CATALOG));

    @TempDir
    Path dir;
    Books books;
    HoldService holds;
    ReimbursementService service;
    Locale previousLocale;

    @BeforeEach
    void setUp() {
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        books = new Books(dir);
        holds = new HoldService(books.ledger);
        service = new ReimbursementService(books.ledger);
        // H1 would get 300.00 and H2 200.00 DKK; the minimum is 100.00 DKK.
        books.customer("H1", "DKK");
        books.customer("H2", "DKK");
        books.post("H1", CREDIT_NOTE, "2026-09-01", "CN1", "300.00");
        books.post("H2", CREDIT_NOTE, "2026-09-01", "CN2", "200.00");
    }

    @AfterEach
    void tearDown() {
        books.assertLedgerChecks();
        books.ledger.close();
        Locale.setDefault(previousLocale);
    }

    @Test
    void aHeldCustomerIsLeftOutWithItsReasonAndTheRunSkipsIt() {
        holds.hold("h1", "  disputed invoice 4711 ");

        Preview preview = service.preview(ALL);
        assertEquals(List.of("H2"), preview.proposals().stream().map(Proposal::customerAccount).toList());
        assertEquals(List.of(new Exclusion("H1", "Customer H1", "DKK", ExclusionReason.ON_HOLD, "on hold: disputed invoice 4711")),
                preview.exclusions());
        assertEquals(new BigDecimal("200.00"), preview.totalAcc());
        assertEquals("on hold: disputed invoice 4711", service.preview(ALL, Locale.ENGLISH).exclusions().get(0).explanation());
        assertEquals("sat i bero: disputed invoice 4711",
                service.preview(ALL, Locale.forLanguageTag("da-DK")).exclusions().get(0).explanation());

        RunResult run = service.run(ALL, RunProgress.NONE);
        assertEquals(1, run.reimbursements());
        assertEquals(List.of("H2|20000"), books.rows(
                "SELECT c.account, r.amount FROM reimbursement r JOIN customer c ON c.id = r.customer_id"));
        assertEquals(List.of("CN1|-30000"), books.rows("SELECT document, open_amount FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
    }

    @Test
    void aReleasedCustomerIsReimbursedByTheNextRun() {
        holds.hold("H1", "disputed");
        assertEquals(1, service.run(ALL, RunProgress.NONE).reimbursements());

        assertEquals(new HoldService.Hold("H1", "disputed"), holds.release("h1"));
        assertEquals(Optional.empty(), holds.reason("H1"));
        RunResult second = service.run(ALL, RunProgress.NONE);
        assertEquals(1, second.reimbursements());
        assertEquals(new BigDecimal("300.00"), second.totalAcc());
        assertEquals(List.of(), books.rows("SELECT document FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
    }

    @Test
    void holdingAgainReplacesTheReasonAndRefusalsWriteNothing() {
        holds.hold("H1", "first");
        holds.hold("H1", "second");
        assertEquals(Optional.of("second"), holds.reason("H1"));
        assertEquals("Give the reason the customer is put on hold, e.g. --reason \"disputed invoice\".",
                assertThrows(UserException.class, () -> holds.hold("H2", " ")).getMessage());
        assertEquals("There is no customer with account X9.", assertThrows(UserException.class, () -> holds.hold("X9", "why")).getMessage());
        assertEquals("Customer H2 is not on hold; there is nothing to release.",
                assertThrows(UserException.class, () -> holds.release("H2")).getMessage());
        assertEquals(1, books.count("SELECT count(*) FROM customer_hold"));
    }
}
