package dk.reimbursementdesk.ui.reimbursements;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReversalViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static ReversalViewModel model() {
        return new ReversalViewModel(new Row("RB-000008", TODAY, "C0012", "Vestjysk Maskin ApS", "OTV-000001", "DKK",
                new BigDecimal("800.00"), new BigDecimal("800.00"), "V-000034", "RB-000008", ReimbursementStatus.OPEN, 1, null), TODAY);
    }

    @Test
    void anImpossibleDateKeepsItsSentenceWhenThePickerEmptiesTheField() {
        ReversalViewModel model = model();
        // What the date picker does with "31/02/2026": the converter reports the text, then the value becomes null.
        model.dateUnreadable("31/02/2026");
        model.dateProperty().set(null);

        assertTrue(model.dateErrorProperty().get().contains("31/02/2026"), model.dateErrorProperty().get());
        assertTrue(model.reverseDisabled().get());
    }

    @Test
    void aRealDateClearsTheSentence() {
        ReversalViewModel model = model();
        model.dateUnreadable("31/02/2026");
        model.dateProperty().set(null);

        model.dateProperty().set(LocalDate.of(2026, 12, 3));

        assertEquals("", model.dateErrorProperty().get());
        assertFalse(model.reverseDisabled().get());
    }

    @Test
    void aDateBeforeThePostingDateIsToldWhileTheDialogIsOpenInTheUsersDateFormat() {
        ReversalViewModel model = model();

        model.dateProperty().set(TODAY.minusDays(1));

        assertEquals("The reversal date " + dk.reimbursementdesk.ui.common.Formats.date(TODAY.minusDays(1))
                + " is before the reimbursement's posting date " + dk.reimbursementdesk.ui.common.Formats.date(TODAY)
                + "; give " + dk.reimbursementdesk.ui.common.Formats.date(TODAY) + " or a later date.",
                model.dateErrorProperty().get());
        assertTrue(model.dateErrorProperty().get().contains("/"), "the user's format, not ISO");
        assertTrue(model.reverseDisabled().get());

        model.dateProperty().set(TODAY);
        assertEquals("", model.dateErrorProperty().get());
        assertFalse(model.reverseDisabled().get());
    }
}
