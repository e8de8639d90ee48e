package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NewLedgerFormTest {

    @Test
    void emptyFieldsAreToldAtTheFieldAndTheFormIsNotValid() {
        NewLedgerForm form = new NewLedgerForm();
        assertEquals("Give the company an id.", form.codeErrorProperty().get());
        assertEquals("Give the company a name.", form.nameErrorProperty().get());
        assertEquals("", form.currencyErrorProperty().get(), "DKK is offered from the start");
        assertFalse(form.validProperty().get());
    }

    @Test
    void aCurrencyThatIsNotIsoIsToldAtTheField() {
        NewLedgerForm form = new NewLedgerForm();
        form.currencyProperty().set("DKR");
        assertEquals("\"DKR\" is not an ISO 4217 currency code.", form.currencyErrorProperty().get());
    }

    @Test
    void filledFormGivesTheTrimmedCompanyWithAnUpperCaseCurrency() {
        NewLedgerForm form = new NewLedgerForm();
        form.codeProperty().set(" ACME ");
        form.nameProperty().set("Acme ApS");
        form.currencyProperty().set("eur");
        assertTrue(form.validProperty().get());
        assertEquals(new NewLedgerForm.Company("ACME", "Acme ApS", "EUR"), form.company());
    }
}
