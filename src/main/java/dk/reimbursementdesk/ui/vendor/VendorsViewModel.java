package dk.reimbursementdesk.ui.vendor;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.setup.VendorService.Column;
import dk.reimbursementdesk.service.setup.VendorService.Details;
import dk.reimbursementdesk.service.setup.VendorService.Draft;
import dk.reimbursementdesk.service.setup.VendorService.LinkedCustomer;
import dk.reimbursementdesk.service.setup.VendorService.OpenInvoice;
import dk.reimbursementdesk.service.setup.VendorService.Query;
import dk.reimbursementdesk.service.setup.VendorService.Row;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FormChanges;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The vendors list page and details form, with the customers linked to a vendor and its open invoices. */
public final class VendorsViewModel {

    private final Texts texts = Texts.of("i18n.setup");
    private final TaskExecutor tasks;

    public static final int PAGE_SIZE = 100;
    private static final String ACCOUNT_PATTERN = "[\\p{L}\\p{N}_\\-./]{1,20}";

    private final VendorService service;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private Column sortBy = Column.ACCOUNT;
    private boolean ascending = true;
    private long listGeneration;

    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty iban = new SimpleStringProperty("");
    private final StringProperty bic = new SimpleStringProperty("");
    private final BooleanProperty oneTime = new SimpleBooleanProperty(false);
    private final BooleanProperty accountDuplicate = new SimpleBooleanProperty(false);
    private final StringProperty accountError = new SimpleStringProperty();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty groupError = new SimpleStringProperty();
    private final StringProperty currencyError = new SimpleStringProperty();
    private final StringProperty ibanError = new SimpleStringProperty();
    private final StringProperty bicError = new SimpleStringProperty();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<LinkedCustomer> linkedCustomers = FXCollections.observableArrayList();
    private final ObservableList<OpenInvoice> openInvoices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    /** What the user typed since the form was filled: asked about before he leaves it. */
    private final FormChanges edits = new FormChanges(account, name, group, currency, iban, bic, oneTime);
    private boolean closed;

    public VendorsViewModel(VendorService service, TaskExecutor tasks) {
        this.tasks = tasks;
        this.service = service;
        account.addListener((o, was, now) -> {
            accountDuplicate.set(false);
            checkAccount();
            checkDuplicateSoon(now);
        });
        accountDuplicate.addListener((o, was, now) -> checkAccount());
        existing.addListener((o, was, now) -> checkAccount());
        name.addListener((o, was, now) -> nameError.set(blank(now) ? texts.get("vendor.nameRequired") : null));
        group.addListener((o, was, now) -> groupError.set(groupError(now)));
        currency.addListener((o, was, now) -> currencyError.set(blank(now) ? texts.get("currency.required") : null));
        iban.addListener((o, was, now) -> ibanError.set(blank(now) ? null
                : Iban.whyInvalid(now).map(why -> texts.format("iban.invalid", now.trim(), why.getMessage())).orElse(null)));
        bic.addListener((o, was, now) -> bicError.set(!blank(now) && !Bic.isValid(now) ? texts.format("bic.invalid", now.trim()) : null));
        valid = Bindings.createBooleanBinding(() -> accountError.get() == null && nameError.get() == null && groupError.get() == null
                        && currencyError.get() == null && ibanError.get() == null && bicError.get() == null,
                accountError, nameError, groupError, currencyError, ibanError, bicError);
        filter.addListener((o, was, now) -> {
            offset.set(0);
            refresh();
        });
        clearForm();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String groupError(String text) {
        if (blank(text)) {
            return texts.get("group.required");
        }
        return text.trim().matches("[\\p{L}\\p{N}_\\-]{1,20}") ? null : texts.format("group.invalid", text.trim());
    }

    private void checkAccount() {
        String text = account.get();
        if (blank(text)) {
            accountError.set(texts.get("vendor.accountRequired"));
        } else if (!text.trim().matches(ACCOUNT_PATTERN)) {
            accountError.set(texts.format("account.invalid", text.trim()));
        } else if (!existing.get() && accountDuplicate.get()) {
            accountError.set(texts.get("vendors.duplicateField"));
        } else {
            accountError.set(null);
        }
    }

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

    public void load() {
        tasks.run(() -> List.of(service.groups(), service.currencies()), lists -> {
            groups.setAll(lists.get(0));
            currencies.setAll(lists.get(1));
        }, failure -> message.set(Failures.sentence(failure)));
        refresh();
    }

    public void refresh() {
        long generation = ++listGeneration;
        Query query = new Query(filter.get(), sortBy, ascending, offset.get(), PAGE_SIZE);
        tasks.run(() -> service.page(query), page -> {
            if (generation == listGeneration) {
                rows.setAll(page.rows());
                total.set(page.total());
                pageText.set(page.total() == 0 ? texts.get("common.noRows")
                        : texts.format("common.page", offset.get() + 1, offset.get() + page.rows().size(), page.total()));
            }
        }, failure -> message.set(Failures.sentence(failure)));
    }

    public void sort(Column column, boolean ascendingOrder) {
        sortBy = column;
        ascending = ascendingOrder;
        offset.set(0);
        refresh();
    }

    public void nextPage() {
        if (offset.get() + PAGE_SIZE < total.get()) {
            offset.set(offset.get() + PAGE_SIZE);
            refresh();
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - PAGE_SIZE));
            refresh();
        }
    }

    public void select(String vendorAccount) {
        if (vendorAccount == null) {
            return;
        }
        tasks.run(() -> new Selected(service.find(vendorAccount).orElse(null), service.linkedCustomers(vendorAccount),
                service.openInvoices(vendorAccount)), selected -> {
                    if (selected.details() != null) {
                        show(selected);
                    }
                }, failure -> message.set(Failures.sentence(failure)));
    }

    private record Selected(Details details, List<LinkedCustomer> linked, List<OpenInvoice> open) {
    }

    private void show(Selected selected) {
        Details d = selected.details();
        existing.set(true);
        account.set(d.account());
        name.set(d.name());
        group.set(d.group());
        currency.set(d.currency());
        iban.set(d.iban() == null ? "" : Iban.formatted(d.iban()));
        bic.set(d.bic() == null ? "" : d.bic());
        oneTime.set(d.oneTime());
        linkedCustomers.setAll(selected.linked());
        openInvoices.setAll(selected.open());
        edits.markSaved();
    }

    public void newVendor() {
        clearForm();
        message.set("");
    }

    private void clearForm() {
        existing.set(false);
        account.set("");
        name.set("");
        group.set("");
        currency.set("");
        iban.set("");
        bic.set("");
        oneTime.set(false);
        linkedCustomers.clear();
        openInvoices.clear();
        checkAccount();
        nameError.set(texts.get("vendor.nameRequired"));
        groupError.set(groupError(""));
        currencyError.set(texts.get("currency.required"));
        edits.markSaved();
    }

    public void save() {
        save(null);
    }

    /**
     * Saves the form; once saved, runs {@code whenSaved} (the user leaving for another row or screen)
     * instead of showing the saved vendor again. False when refused at once: a field is wrong or a
     * save already runs; a refusal of the service later shows its sentence and does not run it.
     */
    public boolean save(Runnable whenSaved) {
        if (busy.get()) {
            return false;
        }
        if (!valid.get()) {
            message.set(List.of(accountError, nameError, groupError, currencyError, ibanError, bicError).stream()
                    .map(StringProperty::get).filter(e -> e != null).findFirst().orElse(""));
            return false;
        }
        Draft draft = new Draft(existing.get(), account.get().trim(), name.get(), group.get(), currency.get(), iban.get(), bic.get(),
                oneTime.get());
        busy.set(true);
        tasks.run(() -> {
                    Details saved = service.save(draft);
                    return new AfterSave(saved, service.groups());
                },
                after -> {
                    busy.set(false);
                    groups.setAll(after.groups());
                    message.set(texts.format("vendors.saved", after.saved().account()));
                    if (whenSaved == null) {
                        select(after.saved().account());
                    } else {
                        edits.markSaved();
                        whenSaved.run();
                    }
                    if (!closed) {
                        refresh();
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

    private record AfterSave(Details saved, List<String> groups) {
    }

    public void cancel() {
        message.set("");
        if (existing.get()) {
            select(account.get());
        } else {
            clearForm();
        }
    }

    public String typeText(OpenInvoice invoice) {
        return texts.format("vtype." + invoice.type().name());
    }

    public StringProperty filterProperty() { return filter; }
    public ObservableList<Row> rows() { return rows; }
    public StringProperty pageTextProperty() { return pageText; }
    public IntegerProperty offsetProperty() { return offset; }
    public IntegerProperty totalProperty() { return total; }
    public BooleanProperty existingProperty() { return existing; }
    public StringProperty accountProperty() { return account; }
    public StringProperty nameProperty() { return name; }
    public StringProperty groupProperty() { return group; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty ibanProperty() { return iban; }
    public StringProperty bicProperty() { return bic; }
    public BooleanProperty oneTimeProperty() { return oneTime; }
    public StringProperty accountErrorProperty() { return accountError; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty groupErrorProperty() { return groupError; }
    public StringProperty currencyErrorProperty() { return currencyError; }
    public StringProperty ibanErrorProperty() { return ibanError; }
    public StringProperty bicErrorProperty() { return bicError; }
    public ObservableList<String> groups() { return groups; }
    public ObservableList<String> currencies() { return currencies; }
    public ObservableList<LinkedCustomer> linkedCustomers() { return linkedCustomers; }
    public ObservableList<OpenInvoice> openInvoices() { return openInvoices; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding validProperty() { return valid; }
    /** True while the form holds changes the user typed and has not saved. */
    public ReadOnlyBooleanProperty changedProperty() { return edits.changedProperty(); }
}
