package dk.reimbursementdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16, defect 8: one date format per language, in refusals too (never ISO beside the local form). */
class DateTextTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Test
    void aRefusalWritesItsDatesTheLanguagesOneWay() {
        UserException refusal = UserException.in("i18n.reimbursement", "reimbursement.reversalBeforePosting",
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1));
        assertEquals("Tilbageføringsdatoen 31.08.2026 ligger før refusionens posteringsdato 01.09.2026; angiv posteringsdatoen "
                + "eller en senere dato.", refusal.format(DANISH));
        assertEquals("The reversal date 31/08/2026 is before the reimbursement's posting date 01/09/2026; give the posting date "
                + "or a later one.", refusal.format(Locale.UK));
        UserException writeOff = UserException.in("i18n.writeoff", "writeoff.reversalBeforePosting",
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1));
        assertEquals("En afskrivning kan ikke tilbageføres den 31.08.2026, før den blev bogført (01.09.2026).", writeOff.format(DANISH));
    }

    @Test
    void aMomentHasTheSameDateFormAndAFourDigitYear() {
        assertEquals("24.11.2026 10:15", DateText.format(LocalDateTime.of(2026, 11, 24, 10, 15, 30), DANISH));
        assertEquals("24/11/2026", DateText.format(LocalDate.of(2026, 11, 24), Locale.UK));
    }
}
