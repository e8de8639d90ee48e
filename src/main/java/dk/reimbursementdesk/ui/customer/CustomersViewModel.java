package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.setup.CustomerService.CurrencyBalance;
import dk.reimbursementdesk.service.setup.CustomerService.Details;
import dk.reimbursementdesk.service.setup.CustomerService.Draft;
import dk.reimbursementdesk.service.setup.CustomerService.OpenTransaction;
import dk.reimbursementdesk.service.setup.CustomerService.VendorChoice;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customers screen: the list page ({@link #list()}), the details form ({@link #form()}: its fields
 * and their checks), the shown customer's open transactions, balances and hold, and what the screen
 * does with them: load, show, save, delete, make a vendor of the customer.
 */
public final class CustomersViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    private final CustomerService service;
    private final HoldService holds;
    private final StringProperty holdReason = new SimpleStringProperty("");
    private final StringProperty holdText = new SimpleStringProperty("");
    private final BooleanProperty held = new SimpleBooleanProperty(false);
    private final CustomerListViewModel list;

    private final CustomerForm form;
    private final ObservableList<OpenTransaction> openTransactions = FXCollections.observableArrayList();
    private final StringProperty balances = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private boolean closed;
    private String accountingCurrency = "";

    public CustomersViewModel(CustomerService service, HoldService holds, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        this.holds = holds;
        this.list = new CustomerListViewModel(service, tasks, message::set);
        this.form = new CustomerForm(service, tasks, message::set);
        clearForm();
    }

    /** Loads the pick lists and the first page. */
    public void load() {
        tasks.run(() -> new Lists(service.groups(), service.currencies(), service.searchVendors("", 1_000), service.accountingCurrency()),
                lists -> {
                    form.groups().setAll(lists.groups());
                    form.currencies().setAll(lists.currencies());
                    form.vendorChoices().setAll(lists.vendors());
                    accountingCurrency = lists.accountingCurrency();
                    list.accountingCurrency(accountingCurrency);
                    form.defaultCurrency(accountingCurrency);
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

    /** The details form: the shown customer's fields, or a new one's. */
    public CustomerForm form() {
        return form;
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
        if (!form.existingProperty().get() || busy.get()) {
            return;
        }
        String target = form.accountProperty().get();
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
        if (!form.existingProperty().get() || busy.get()) {
            return;
        }
        String target = form.accountProperty().get();
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
        form.show(d);
        openTransactions.setAll(open);
        balances.set(currencyBalances.isEmpty() ? texts.get("customers.noBalance") : currencyBalances.stream()
                .map(b -> texts.format("customers.balanceLine", b.currency(), Formats.amount(b.balance()),
                        accountingCurrency, Formats.amount(b.balanceAccounting())))
                .collect(Collectors.joining("\n")));
    }

    public void newCustomer() {
        clearForm();
        message.set("");
    }

    private void clearForm() {
        form.clear(accountingCurrency);
        openTransactions.clear();
        balances.set("");
        held.set(false);
        holdReason.set("");
        holdText.set("");
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
        if (!form.validProperty().get()) {
            message.set(form.firstError());
            return false;
        }
        Draft draft = form.draft();
        busy.set(true);
        tasks.run(() -> {
                    Details saved = service.save(draft);
                    return new AfterSave(saved, service.groups(), service.searchVendors("", 1_000));
                },
                after -> {
                    busy.set(false);
                    form.groups().setAll(after.groups());
                    form.vendorChoices().setAll(after.vendors());
                    message.set(texts.format("customers.saved", after.saved().account()));
                    if (whenSaved == null) {
                        select(after.saved().account());
                    } else {
                        form.markSaved();
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

    /** Discards what was typed: shows the customer as saved, or an empty form. */
    public void cancel() {
        message.set("");
        if (form.existingProperty().get()) {
            select(form.accountProperty().get());
        } else {
            clearForm();
        }
    }

    public void delete() {
        if (!form.existingProperty().get() || busy.get()) {
            return;
        }
        String target = form.accountProperty().get();
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

    public void createVendorFromCustomer() {
        if (!form.existingProperty().get() || busy.get()) {
            return;
        }
        String target = form.accountProperty().get();
        busy.set(true);
        tasks.run(() -> {
                    Details details = service.createVendorFromCustomer(target);
                    return new AfterSave(details, service.groups(), service.searchVendors("", 1_000));
                },
                after -> {
                    busy.set(false);
                    form.vendorChoices().setAll(after.vendors());
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

    public ObservableList<OpenTransaction> openTransactions() { return openTransactions; }
    public StringProperty balancesProperty() { return balances; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty holdReasonProperty() { return holdReason; }
    public StringProperty holdTextProperty() { return holdText; }
    public BooleanProperty heldProperty() { return held; }
}
