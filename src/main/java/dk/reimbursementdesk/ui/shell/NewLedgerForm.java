package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.Currencies;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new-ledger dialog's fields and their checks, told at the field as the same sentences the
 * company setup service would refuse with.
 */
public final class NewLedgerForm {

    /** What the dialog gives back when the user confirms. */
    public record Company(String code, String name, String currency) {
    }

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("DKK");
    private final StringBinding codeError = Bindings.createStringBinding(
            () -> blank(code.get()) ? new UserException("company.codeRequired").getMessage() : "", code);
    private final StringBinding nameError = Bindings.createStringBinding(
            () -> blank(name.get()) ? new UserException("company.nameRequired").getMessage() : "", name);
    private final StringBinding currencyError = Bindings.createStringBinding(() -> {
        try {
            Currencies.requireIsoCode(currency.get());
            return "";
        } catch (UserException e) {
            return e.getMessage();
        }
    }, currency);
    private final BooleanBinding valid = codeError.isEmpty().and(nameError.isEmpty()).and(currencyError.isEmpty());

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Company company() {
        return new Company(code.get().trim(), name.get().trim(), Currencies.requireIsoCode(currency.get()));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringBinding codeErrorProperty() {
        return codeError;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding currencyErrorProperty() {
        return currencyError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
