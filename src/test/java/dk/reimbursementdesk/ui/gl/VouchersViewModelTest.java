package dk.reimbursementdesk.ui.gl;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.SynchronousTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;


/** The voucher filter's date fields: what cannot be read is told at the field and nothing is queried. */
class VouchersViewModelTest {

    @TempDir
    Path dir;

    private final Locale original = Locale.getDefault();
    private Ledger ledger;
    private VouchersViewModel viewModel;

    /**
     * A search hands its result to the FX thread: the toolkit must run even when this class is the
     * first of the JVM (alone, or first in the suite's order), not only after a TestFX class started it.
     */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.demo(dir);
        viewModel = new VouchersViewModel(new GeneralLedgerQueries(ledger), new SynchronousTaskExecutor());
    }

    @AfterEach
    void close() {
        ledger.close();
        Locale.setDefault(original);
    }

    @Test
    void textThatIsNotADateIsToldAtTheFieldAndNotSearched() {
        viewModel.fromTextProperty().set("31/02/2026");
        assertTrue(viewModel.dateErrorProperty().get().startsWith("\u201c31/02/2026\u201d is not a date"),
                viewModel.dateErrorProperty().get());
        viewModel.search();
        assertFalse(viewModel.loadingProperty().get());
        assertTrue(viewModel.vouchers().isEmpty());
    }

    @Test
    void fromAfterToIsToldAtTheField() {
        viewModel.fromTextProperty().set("01/10/2026");
        viewModel.toTextProperty().set("2026-09-01");
        assertEquals("The from date is after the to date.", viewModel.dateErrorProperty().get());
    }

    @Test
    void readableDatesInEitherFormGiveNoError() {
        viewModel.fromTextProperty().set("01/09/2026");
        viewModel.toTextProperty().set("2026-09-30");
        assertEquals("", viewModel.dateErrorProperty().get());
        viewModel.clearFilter();
        assertEquals("", viewModel.fromTextProperty().get());
    }
}
