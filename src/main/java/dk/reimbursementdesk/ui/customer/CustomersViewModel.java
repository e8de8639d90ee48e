package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.setup.CustomerService.CurrencyBalance;
import dk.reimbursementdesk.service.setup.CustomerService.Details;
import dk.reimbursementdesk.service.setup.CustomerService.Draft;
import dk.reimbursementdesk.service.setup.CustomerService.OpenTransaction;
import dk.reimbursementdesk.service.setup.CustomerService.VendorChoice;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
 * The customers screen: the list page ({@link #list()}) and the details form. The form checks each
 * field as typed, including a duplicate account, and the service checks all of it again on save.
 */
public final class CustomersViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    private static final String ACCOUNT_PATTERN = "[\\p{L}\\p{N}_\\-./]{1,20}";

    private final CustomerService service;
    private final HoldService holds;
    private final StringProperty holdReason = new SimpleStringProperty("");
    private final StringProperty holdText = new SimpleStringProperty("");
    private final BooleanProperty held = new SimpleBooleanProperty(false);
    private final CustomerListViewModel list;

    // The form
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
    private final ObservableList<OpenTransaction> openTransactions = FXCollections.observableArrayList();
    private final StringProperty balances = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    /** What the user typed since the form was filled: asked about before he leaves it. */
    private final FormChanges edits = new FormChanges(account, name, group, currency, iban, bic, vendor);
    private boolean closed;
    private String accountingCurrency = "";

    public CustomersViewModel(CustomerService service, HoldService holds, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        this.holds = holds;
        this.list = new CustomerListViewModel(service, tasks, message::set);
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
        clearForm();
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
        }, failure -> message.set(Failures.sentence(failure)));
    }

    /** Loads the pick lists and the first page. */
    public void load() {
        tasks.run(() -> new Lists(service.groups(), service.currencies(), service.searchVendors("", 1_000), service.accountingCurrency()),
                lists -> {
                    groups.setAll(lists.groups());
                    currencies.setAll(lists.currencies());
                    vendorChoices.setAll(lists.vendors());
                    accountingCurrency = lists.accountingCurrency();
                    list.accountingCurrency(accountingCurrency);
                    if (blank(currency.get())) {
                        boolean typed = edits.changed();
                        currency.set(accountingCurrency);
                        if (!typed) {
                            edits.markSaved();
                        }
                    }
                },
                failure -> message.set(Failures.sentence(failure)));
        list.refresh();
    }

    private record Lists(List<String> groups, List<String> currencies, List<VendorChoice> vendors, String accountingCurrency) {
    }

    /** The list page beside the form. */
    public CustomerListViewModel list() {
        return list;
    }

    /** Shows one customer in the form, with its open transactions and balance per currency. */
    public void select(String customerAccount) {
        if (customerAccount == null) {
            return;
        }
        tasks.run(() -> new Selected(service.find(customerAccount).orElse(null), service.openTransactions(customerAccount),
                        service.balances(customerAccount), holds.reason(customerAccount).orElse(null)),
                selected -> {
                    if (selected.details() != null) {
                        showDetails(selected.details(), selected.open(), selected.balances());
                        showHold(selected.hold());
                    }
                },
                failure -> message.set(Failures.sentence(failure)));
    }

    private record Selected(Details details, List<OpenTransaction> open, List<CurrencyBalance> balances, String hold) {
    }

    /** The customer's hold as the form shows it: the reason in the field, and a line saying so; null when not held. */
    private void showHold(String reason) {
        held.set(reason != null);
        holdReason.set(reason == null ? "" : reason);
        holdText.set(reason == null ? texts.get("customers.notHeld") : texts.format("customers.held", reason));
    }

    /** Puts the shown customer on hold for reimbursement with the reason typed; runs leave it out until released. */
    public void hold() {
        if (!existing.get() || busy.get()) {
            return;
        }
        String target = account.get();
        String reason = holdReason.get();
        busy.set(true);
        tasks.run(() -> holds.hold(target, reason), done -> {
            busy.set(false);
            showHold(done.reason());
            message.set(texts.format("customers.heldMessage", done.customerAccount(), done.reason()));
        }, failure -> {
            busy.set(false);
            holdText.set(Failures.sentence(failure));
        });
    }

    /** Releases the shown customer's hold. */
    public void release() {
        if (!existing.get() || busy.get()) {
            return;
        }
        String target = account.get();
        busy.set(true);
        tasks.run(() -> holds.release(target), done -> {
            busy.set(false);
            showHold(null);
            message.set(texts.format("customers.releasedMessage", done.customerAccount()));
        }, failure -> {
            busy.set(false);
            holdText.set(Failures.sentence(failure));
        });
    }

    private void showDetails(Details d, List<OpenTransaction> open, List<CurrencyBalance> currencyBalances) {
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
        openTransactions.setAll(open);
        balances.set(currencyBalances.isEmpty() ? texts.get("customers.noBalance") : currencyBalances.stream()
                .map(b -> texts.format("customers.balanceLine", b.currency(), Formats.amount(b.balance()),
                        accountingCurrency, Formats.amount(b.balanceAccounting())))
                .collect(Collectors.joining("\n")));
        edits.markSaved();
    }

    public void newCustomer() {
        clearForm();
        message.set("");
    }

    private void clearForm() {
        existing.set(false);
        account.set("");
        name.set("");
        group.set("");
        currency.set(accountingCurrency);
        iban.set("");
        bic.set("");
        vendor.set(null);
        linkedOnFile.set(false);
        openTransactions.clear();
        balances.set("");
        held.set(false);
        holdReason.set("");
        holdText.set("");
        checkAccount();
        nameError.set(texts.get("customer.nameRequired"));
        groupError.set(groupError(""));
        currencyError.set(blank(currency.get()) ? texts.get("currency.required") : null);
        edits.markSaved();
    }

    public void save() {
        save(null);
    }

    /**
     * Saves the form; once saved, runs {@code whenSaved} (the user leaving for another row or screen)
     * instead of showing the saved customer again. False when refused at once: a field is wrong or a
     * save already runs; a refusal of the service later shows its sentence and does not run it.
     */
    public boolean save(Runnable whenSaved) {
        if (busy.get()) {
            return false;
        }
        if (!valid.get()) {
            message.set(firstError());
            return false;
        }
        Draft draft = new Draft(existing.get(), account.get().trim(), name.get(), group.get(), currency.get(), iban.get(), bic.get(),
                vendor.get() == null ? null : vendor.get().account());
        busy.set(true);
        tasks.run(() -> {
                    Details saved = service.save(draft);
                    return new AfterSave(saved, service.groups(), service.searchVendors("", 1_000));
                },
                after -> {
                    busy.set(false);
                    groups.setAll(after.groups());
                    vendorChoices.setAll(after.vendors());
                    message.set(texts.format("customers.saved", after.saved().account()));
                    if (whenSaved == null) {
                        select(after.saved().account());
                    } else {
                        edits.markSaved();
                        whenSaved.run();
                    }
                    if (!closed) {
                        list.refresh();
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.sentence(failure));
                });
        return true;
    }

    /** The screen went away: nothing more to show (a save that ends with leaving reads no list after it). */
    public void close() {
        closed = true;
    }

    private record AfterSave(Details saved, List<String> groups, List<VendorChoice> vendors) {
    }

    private String firstError() {
        for (StringProperty error : List.of(accountError, nameError, groupError, currencyError, ibanError, bicError)) {
            if (error.get() != null) {
                return error.get();
            }
        }
        return "";
    }

    /** Discards what was typed: shows the customer as saved, or an empty form. */
    public void cancel() {
        message.set("");
        if (existing.get()) {
            select(account.get());
        } else {
            clearForm();
        }
    }

    public void delete() {
        if (!existing.get() || busy.get()) {
            return;
        }
        String target = account.get();
        busy.set(true);
        tasks.run(() -> {
                    service.delete(target);
                    return target;
                },
                deleted -> {
                    busy.set(false);
                    clearForm();
                    message.set(texts.format("customers.deleted", deleted));
                    list.refresh();
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.sentence(failure));
                });
    }

    public void clearVendor() {
        vendor.set(null);
    }

    public void createVendorFromCustomer() {
        if (!existing.get() || busy.get()) {
            return;
        }
        String target = account.get();
        busy.set(true);
        tasks.run(() -> {
                    Details details = service.createVendorFromCustomer(target);
                    return new AfterSave(details, service.groups(), service.searchVendors("", 1_000));
                },
                after -> {
                    busy.set(false);
                    vendorChoices.setAll(after.vendors());
                    message.set(texts.format("customers.vendorCreated", after.saved().vendorAccount()));
                    select(target);
                    list.refresh();
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.sentence(failure));
                });
    }

    public String typeText(OpenTransaction transaction) {
        return texts.format("type." + transaction.type().name());
    }

    public static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
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
    public ObservableList<OpenTransaction> openTransactions() { return openTransactions; }
    public StringProperty balancesProperty() { return balances; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty holdReasonProperty() { return holdReason; }
    public StringProperty holdTextProperty() { return holdText; }
    public BooleanProperty heldProperty() { return held; }
    public BooleanBinding validProperty() { return valid; }
    /** True while the form holds changes the user typed and has not saved. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
