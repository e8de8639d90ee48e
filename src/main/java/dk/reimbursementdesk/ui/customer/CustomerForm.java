package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.CustomerService.Details;
import dk.reimbursementdesk.service.setup.CustomerService.Draft;
import dk.reimbursementdesk.service.setup.CustomerService.VendorChoice;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer's details form on the Customers screen: its fields and pick lists, each field checked
 * as typed (a new account also against the ledger, for a duplicate), what the user typed since it
 * was filled, and the {@link Draft} a save sends. Its own class because the checks and the changes
 * are about the fields alone, whichever customer is shown and whatever {@link CustomersViewModel}
 * then does with the draft; the service checks all of it again on save.
 */
public final class CustomerForm {

    private static final String ACCOUNT_PATTERN = "[\\p{L}\\p{N}_\\-./]{1,20}";

    private final Texts texts = Texts.of("i18n.setup");
    private final CustomerService service;
    private final TaskExecutor tasks;
    private final Consumer<String> failed;

    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty iban = new SimpleStringProperty("");
    private final StringProperty bic = new SimpleStringProperty("");
    private final ObjectProperty<VendorChoice> vendor = new SimpleObjectProperty<>();
    private final BooleanProperty linkedOnFile = new SimpleBooleanProperty(false);
    private final BooleanProperty accountDuplicate = new SimpleBooleanProperty(false);
    private final StringProperty accountError = new SimpleStringProperty();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty groupError = new SimpleStringProperty();
    private final StringProperty currencyError = new SimpleStringProperty();
    private final StringProperty ibanError = new SimpleStringProperty();
    private final StringProperty bicError = new SimpleStringProperty();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<VendorChoice> vendorChoices = FXCollections.observableArrayList();
    private final BooleanBinding valid;
    /** What the user typed since the form was filled: asked about before he leaves it. */
    private final FormChanges edits = new FormChanges(account, name, group, currency, iban, bic, vendor);

    /** {@code failed} is told the sentence when the ledger cannot say whether an account is taken. */
    CustomerForm(CustomerService service, TaskExecutor tasks, Consumer<String> failed) {
        this.service = service;
        this.tasks = tasks;
        this.failed = failed;
        account.addListener((o, was, now) -> {
            accountDuplicate.set(false);
            checkAccount();
            checkDuplicateSoon(now);
        });
        accountDuplicate.addListener((o, was, now) -> checkAccount());
        existing.addListener((o, was, now) -> checkAccount());
        name.addListener((o, was, now) -> nameError.set(blank(now) ? texts.get("customer.nameRequired") : null));
        group.addListener((o, was, now) -> groupError.set(groupError(now)));
        currency.addListener((o, was, now) -> currencyError.set(blank(now) ? texts.get("currency.required") : null));
        iban.addListener((o, was, now) -> ibanError.set(blank(now) ? null
                : Iban.whyInvalid(now).map(why -> texts.format("iban.invalid", now.trim(), why.getMessage())).orElse(null)));
        bic.addListener((o, was, now) -> bicError.set(!blank(now) && !Bic.isValid(now) ? texts.format("bic.invalid", now.trim()) : null));
        valid = Bindings.createBooleanBinding(() -> accountError.get() == null && nameError.get() == null && groupError.get() == null
                        && currencyError.get() == null && ibanError.get() == null && bicError.get() == null,
                accountError, nameError, groupError, currencyError, ibanError, bicError);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void checkAccount() {
        String text = account.get();
        if (blank(text)) {
            accountError.set(texts.get("customer.accountRequired"));
        } else if (!text.trim().matches(ACCOUNT_PATTERN)) {
            accountError.set(texts.format("account.invalid", text.trim()));
        } else if (!existing.get() && accountDuplicate.get()) {
            accountError.set(texts.get("customers.duplicateField"));
        } else {
            accountError.set(null);
        }
    }

    private String groupError(String text) {
        if (blank(text)) {
            return texts.get("group.required");
        }
        return text.trim().matches("[\\p{L}\\p{N}_\\-]{1,20}") ? null : texts.format("group.invalid", text.trim());
    }

    /** Asks the ledger whether a new account is taken; a stale answer for older text is dropped. */
    private void checkDuplicateSoon(String typed) {
        if (existing.get() || blank(typed)) {
            return;
        }
        tasks.run(() -> service.accountTaken(typed), taken -> {
            if (typed.equals(account.get())) {
                accountDuplicate.set(taken);
            }
        }, failure -> failed.accept(Failures.sentence(failure)));
    }

    /** The ledger's accounting currency, once known, for an empty currency field; what the user typed stays a change. */
    void defaultCurrency(String accountingCurrency) {
        if (blank(currency.get())) {
            boolean typed = edits.changed();
            currency.set(accountingCurrency);
            if (!typed) {
                edits.markSaved();
            }
        }
    }

    /** Fills the form with a customer as the ledger holds it; its vendor as one of the choices when it is one. */
    void show(Details d) {
        existing.set(true);
        account.set(d.account());
        name.set(d.name());
        group.set(d.group());
        currency.set(d.currency());
        iban.set(d.iban() == null ? "" : Iban.formatted(d.iban()));
        bic.set(d.bic() == null ? "" : d.bic());
        vendor.set(d.vendorAccount() == null ? null : vendorChoices.stream()
                .filter(v -> v.account().equals(d.vendorAccount())).findFirst()
                .orElse(new VendorChoice(d.vendorAccount(), d.vendorName(), d.currency())));
        linkedOnFile.set(d.vendorAccount() != null);
        edits.markSaved();
    }

    /** An empty form for a new customer, in {@code accountingCurrency}; its errors say what is missing. */
    void clear(String accountingCurrency) {
        existing.set(false);
        account.set("");
        name.set("");
        group.set("");
        currency.set(accountingCurrency);
        iban.set("");
        bic.set("");
        vendor.set(null);
        linkedOnFile.set(false);
        checkAccount();
        nameError.set(texts.get("customer.nameRequired"));
        groupError.set(groupError(""));
        currencyError.set(blank(currency.get()) ? texts.get("currency.required") : null);
        edits.markSaved();
    }

    /** What a save sends: the fields as typed, the account trimmed. */
    Draft draft() {
        return new Draft(existing.get(), account.get().trim(), name.get(), group.get(), currency.get(), iban.get(), bic.get(),
                vendor.get() == null ? null : vendor.get().account());
    }

    /** What the fields hold now was saved: no change from here. */
    void markSaved() {
        edits.markSaved();
    }

    /** The sentence of the first field that is wrong, in the form's order; "" when none is. */
    String firstError() {
        for (StringProperty error : List.of(accountError, nameError, groupError, currencyError, ibanError, bicError)) {
            if (error.get() != null) {
                return error.get();
            }
        }
        return "";
    }

    public void clearVendor() {
        vendor.set(null);
    }

    public BooleanProperty existingProperty() { return existing; }
    public StringProperty accountProperty() { return account; }
    public StringProperty nameProperty() { return name; }
    public StringProperty groupProperty() { return group; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty ibanProperty() { return iban; }
    public StringProperty bicProperty() { return bic; }
    public ObjectProperty<VendorChoice> vendorProperty() { return vendor; }
    public BooleanProperty linkedOnFileProperty() { return linkedOnFile; }
    public StringProperty accountErrorProperty() { return accountError; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty groupErrorProperty() { return groupError; }
    public StringProperty currencyErrorProperty() { return currencyError; }
    public StringProperty ibanErrorProperty() { return ibanError; }
    public StringProperty bicErrorProperty() { return bicError; }
    public ObservableList<String> groups() { return groups; }
    public ObservableList<String> currencies() { return currencies; }
    public ObservableList<VendorChoice> vendorChoices() { return vendorChoices; }
    public BooleanBinding validProperty() { return valid; }
    /** True while the form holds changes the user typed and has not saved. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
