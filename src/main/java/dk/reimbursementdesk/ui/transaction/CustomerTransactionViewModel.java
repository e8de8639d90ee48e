package dk.reimbursementdesk.ui.transaction;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService.CustomerSummary;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService.PostedTransaction;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** Entering a customer invoice, payment or credit note; posting goes through the posting service. */
public final class CustomerTransactionViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    private final CustomerTransactionEntryService service;

    private final StringProperty customer = new SimpleStringProperty("");
    private final StringProperty customerName = new SimpleStringProperty("");
    private final ObjectProperty<CustomerTransactionType> type = new SimpleObjectProperty<>(CustomerTransactionType.INVOICE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty document = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<CustomerTransactionType> types =
            FXCollections.observableArrayList(CustomerTransactionEntryService.ENTERABLE);
    private final StringProperty customerError = new SimpleStringProperty();
    private final StringProperty documentError = new SimpleStringProperty();
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty dateError = new SimpleStringProperty();
    private final StringProperty dueDateError = new SimpleStringProperty();
    private final StringProperty dateUnreadable = new SimpleStringProperty("");
    private final StringProperty dueDateUnreadable = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding invoice = type.isEqualTo(CustomerTransactionType.INVOICE);
    private final BooleanBinding valid;
    private final ObservableList<PostedTransaction> posted = FXCollections.observableArrayList();
    private final ObservableList<CustomerSummary> customerChoices = FXCollections.observableArrayList();
    private long lookupGeneration;
    /**
     * A document typed and not posted: asked about before the user leaves. The customer, type and dates
     * alone are not (choosing a customer is also how his posted transactions are looked at).
     */
    private final FormChanges edits = new FormChanges(document, amount, dueDate);

    /** How many of the customer's transactions the list under the form shows, newest first. */
    static final int POSTED_SHOWN = 200;
    /** How many customers the lookup offers to search in, as the vendor account box does. */
    static final int CUSTOMERS_OFFERED = 1_000;

    private record Found(Optional<CustomerTransactionEntryService.CustomerStatus> status, List<PostedTransaction> posted) {
    }

    public CustomerTransactionViewModel(CustomerTransactionEntryService service, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        customer.addListener((o, was, now) -> lookUpCustomer(now));
        document.addListener((o, was, now) -> documentError.set(now == null || now.isBlank() ? texts.get("entry.documentRequired") : null));
        amount.addListener((o, was, now) -> amountError.set(amountError(now).orElse(null)));
        date.addListener((o, was, now) -> checkDates());
        dueDate.addListener((o, was, now) -> checkDates());
        type.addListener((o, was, now) -> checkDates());
        dateUnreadable.addListener((o, was, now) -> checkDates());
        dueDateUnreadable.addListener((o, was, now) -> checkDates());
        valid = Bindings.createBooleanBinding(() -> customerError.get() == null && documentError.get() == null
                && amountError.get() == null && dateError.get() == null && dueDateError.get() == null,
                customerError, documentError, amountError, dateError, dueDateError);
        reset();
    }

    private Optional<String> amountError(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(texts.get("amount.required"));
        }
        Optional<BigDecimal> parsed = Formats.parseNumber(text);
        if (parsed.isEmpty()) {
            return Optional.of(texts.format("amount.notNumber", text.trim(), Formats.example(2)));
        }
        if (parsed.get().signum() <= 0) {
            return Optional.of(texts.format("entry.amountNotPositive", Formats.amount(parsed.get())));
        }
        return Optional.empty();
    }

    // Text that is not a date empties its picker: say that, never post as if no due date were given.
    private void checkDates() {
        dueDateError.set(invoice.get() && !dueDateUnreadable.get().isEmpty() ? dueDateUnreadable.get() : null);
        if (!dateUnreadable.get().isEmpty()) {
            dateError.set(dateUnreadable.get());
        } else if (date.get() == null) {
            dateError.set(texts.get("entry.dateRequired"));
        } else if (invoice.get() && dueDate.get() != null && dueDate.get().isBefore(date.get())) {
            dateError.set(texts.format("entry.dueBeforeDate", Formats.date(dueDate.get()), Formats.date(date.get())));
        } else {
            dateError.set(null);
        }
    }

    /** Finds the typed customer; its currency becomes the default. A stale answer for older text is dropped. */
    private void lookUpCustomer(String typed) {
        long generation = ++lookupGeneration;
        if (typed == null || typed.isBlank()) {
            customerName.set("");
            customerError.set(texts.get("entry.customerRequired"));
            posted.clear();
            return;
        }
        tasks.run(() -> new Found(service.status(typed), service.postedTransactions(typed, POSTED_SHOWN)), both -> {
            if (generation != lookupGeneration) {
                return;
            }
            Optional<CustomerTransactionEntryService.CustomerStatus> found = both.status();
            posted.setAll(both.posted());
            if (found.isPresent()) {
                CustomerSummary summary = found.get().customer();
                customerName.set(texts.format("entry.customerStatus", summary.name(), Formats.amount(found.get().balance()),
                        found.get().accountingCurrency()));
                currency.set(summary.currency());
                customerError.set(null);
            } else {
                customerName.set("");
                customerError.set(texts.format("customer.unknown", typed.trim()));
            }
        }, failure -> message.set(Failures.sentence(failure)));
    }

    public void load() {
        tasks.run(service::currencies, currencies::setAll, failure -> message.set(Failures.sentence(failure)));
        tasks.run(() -> service.searchCustomers("", CUSTOMERS_OFFERED), customerChoices::setAll,
                failure -> message.set(Failures.sentence(failure)));
    }

    public void post() {
        post(null);
    }

    /**
     * Posts the document; once posted, runs {@code whenPosted} (the user leaving the screen). False when
     * refused at once (a field is wrong); a refusal of the service later shows its sentence and does not run it.
     */
    public boolean post(Runnable whenPosted) {
        if (busy.get()) {
            return false;
        }
        if (!valid.get()) {
            message.set(List.of(customerError, dateError, dueDateError, documentError, amountError).stream()
                    .map(StringProperty::get).filter(e -> e != null).findFirst().orElse(""));
            return false;
        }
        String account = customer.get();
        CustomerTransactionType kind = type.get();
        LocalDate day = date.get();
        LocalDate due = invoice.get() ? dueDate.get() : null;
        String doc = document.get();
        BigDecimal value = Formats.parseNumber(amount.get()).orElseThrow();
        String code = currency.get();
        busy.set(true);
        tasks.run(() -> service.post(account, kind, day, due, doc, value, code),
                posted -> {
                    busy.set(false);
                    message.set(texts.format("entry.posted", posted.voucherNumber()));
                    document.set("");
                    amount.set("");
                    edits.markSaved();
                    if (whenPosted != null) {
                        whenPosted.run();
                    } else {
                        lookUpCustomer(account);
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.sentence(failure));
                });
        return true;
    }

    /** Empties the form for the next document, keeping nothing typed. */
    public void reset() {
        customer.set("");
        customerName.set("");
        customerError.set(texts.get("entry.customerRequired"));
        type.set(CustomerTransactionType.INVOICE);
        date.set(LocalDate.now());
        dueDate.set(null);
        dateUnreadable.set("");
        dueDateUnreadable.set("");
        document.set("");
        documentError.set(texts.get("entry.documentRequired"));
        amount.set("");
        amountError.set(texts.get("amount.required"));
        currency.set("");
        message.set("");
        checkDates();
        edits.markSaved();
    }

    public String typeText(CustomerTransactionType t) {
        return t == null ? "" : texts.format("type." + t.name());
    }

    /** The customer chosen in the lookup: its account goes into the customer field. */
    public void choose(CustomerSummary chosen) {
        if (chosen != null && !chosen.account().equals(customer.get())) {
            customer.set(chosen.account());
        }
    }

    public ObservableList<PostedTransaction> postedTransactions() { return posted; }
    public ObservableList<CustomerSummary> customerChoices() { return customerChoices; }
    public StringProperty customerProperty() { return customer; }
    public StringProperty customerNameProperty() { return customerName; }
    public ObjectProperty<CustomerTransactionType> typeProperty() { return type; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<LocalDate> dueDateProperty() { return dueDate; }
    public StringProperty documentProperty() { return document; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty currencyProperty() { return currency; }
    public ObservableList<String> currencies() { return currencies; }
    public ObservableList<CustomerTransactionType> types() { return types; }
    public StringProperty customerErrorProperty() { return customerError; }
    public StringProperty documentErrorProperty() { return documentError; }
    public StringProperty amountErrorProperty() { return amountError; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty dueDateErrorProperty() { return dueDateError; }
    /** Where the date fields report text that is not a date ({@link dk.reimbursementdesk.ui.common.DateField}). */
    public StringProperty dateUnreadableProperty() { return dateUnreadable; }
    public StringProperty dueDateUnreadableProperty() { return dueDateUnreadable; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding invoiceProperty() { return invoice; }
    public BooleanBinding validProperty() { return valid; }
    /** True while a document is typed and not posted. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
