package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A selection saved under a name and read back selects the same customers for a run. */
class SavedSelectionRunTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;
    Books books;
    Locale previousLocale;

    @BeforeEach
    void setUp() {
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        books = new Books(dir);
    }

    @AfterEach
    void tearDown() {
        books.assertLedgerChecks();
        books.ledger.close();
        Locale.setDefault(previousLocale);
    }

    @Test
    void aSavedSelectionReimbursesJustTheCustomersItNames() {
        // A1 and A2 match "A*"; B1 has the larger credit but is not selected.
        books.customer("A1", "DKK");
        books.customer("A2", "DKK");
        books.customer("B1", "DKK");
        books.post("A1", CREDIT_NOTE, "2026-09-01", "CN1", "120.00");
        books.post("A2", CREDIT_NOTE, "2026-09-01", "CN2", "130.50");
        books.post("B1", CREDIT_NOTE, "2026-09-01", "CN3", "900.00");
        SavedSelectionService saved = new SavedSelectionService(books.ledger);
        saved.save("A customers", "account=A*");

        RunResult result = new ReimbursementService(books.ledger).run(new ReimbursementRequest(RUN_DATE, true,
                saved.selection("a customers", CustomerQueryFields.CATALOG)), RunProgress.NONE);

        assertEquals(2, result.reimbursements());
        assertEquals(new BigDecimal("250.50"), result.totalAcc());
        assertEquals(List.of("A1|12000", "A2|13050"), books.rows(
                "SELECT c.account, r.amount FROM reimbursement r JOIN customer c ON c.id = r.customer_id ORDER BY c.account"));
        assertEquals(List.of("CN3|-90000"), books.rows("SELECT document, open_amount FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        assertEquals(List.of("Account matches A*"), books.rows("SELECT selection FROM reimbursement_run"));
    }
}
