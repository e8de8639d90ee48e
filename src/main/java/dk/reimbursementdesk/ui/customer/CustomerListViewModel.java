package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.CustomerService.Column;
import dk.reimbursementdesk.service.setup.CustomerService.CreditAge;
import dk.reimbursementdesk.service.setup.CustomerService.Page;
import dk.reimbursementdesk.service.setup.CustomerService.Query;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customers list page: one page of an SQL query, filtered, sorted and paged in the database. A page
 * that arrives after a newer one was asked for is dropped. Besides the typed filter, an Overview bar
 * sets a credit filter (the customers with a credit balance of a currency and age), shown as a line
 * that says what it keeps, how many and their sum, until it is cleared.
 */
public final class CustomerListViewModel {

    public static final int PAGE_SIZE = 100;

    private final Texts texts = Texts.of("i18n.setup");
    private final CustomerService service;
    private final TaskExecutor tasks;
    private final Consumer<String> failed;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CreditAge> credit = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper creditText = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty balanceHeader = new SimpleStringProperty(texts.format("customers.col.balance", ""));
    private Column sortBy = Column.ACCOUNT;
    private boolean ascending = true;
    private long listGeneration;
    private boolean narrowing;

    /** {@code failed} is told the sentence when a page cannot be read. */
    CustomerListViewModel(CustomerService service, TaskExecutor tasks, Consumer<String> failed) {
        this.service = service;
        this.tasks = tasks;
        this.failed = failed;
        filter.addListener((o, was, now) -> changed());
        credit.addListener((o, was, now) -> {
            creditText.set("");
            changed();
        });
    }

    private void changed() {
        if (!narrowing) {
            offset.set(0);
            refresh();
        }
    }

    /**
     * Shows the first page of the customers {@code text} and {@code creditAge} (null: none) keep, read
     * once however many of the two change (another screen opened the list for them).
     */
    public void narrow(String text, CreditAge creditAge) {
        narrowing = true;
        try {
            filter.set(text == null ? "" : text);
            credit.set(creditAge);
        } finally {
            narrowing = false;
        }
        offset.set(0);
        refresh();
    }

    /** The balance column's header names the accounting currency once it is known. */
    void accountingCurrency(String currency) {
        balanceHeader.set(texts.format("customers.col.balance", currency));
    }

    public void refresh() {
        long generation = ++listGeneration;
        Query query = new Query(filter.get(), credit.get(), sortBy, ascending, offset.get(), PAGE_SIZE);
        tasks.run(() -> service.page(query), page -> {
            if (generation == listGeneration) {
                show(page);
            }
        }, failure -> failed.accept(Failures.sentence(failure)));
    }

    private void show(Page page) {
        rows.setAll(page.rows());
        total.set(page.total());
        CreditAge age = credit.get();
        creditText.set(age == null || page.credit() == null ? "" : texts.format(age.bucket() == null ? "customers.credit.currency"
                        : "customers.credit.age", age.bucket() == null ? "" : texts.get("customers.credit.age." + age.bucket()),
                age.currency(), page.credit().customers(), Formats.money(page.credit().credit(), page.accountingCurrency())));
        pageText.set(page.total() == 0 ? texts.get("common.noRows")
                : texts.format("common.page", offset.get() + 1, offset.get() + page.rows().size(), page.total()));
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

    public StringProperty filterProperty() { return filter; }
    /** The credit filter an Overview bar set (null: none); setting it lists its first page. */
    public ObjectProperty<CreditAge> creditProperty() { return credit; }
    /** What the credit filter keeps, how many and their sum ("Credit age 31–90 days, currency DKK: …"); empty without one. */
    public ReadOnlyStringProperty creditTextProperty() { return creditText.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return rows; }
    public StringProperty pageTextProperty() { return pageText; }
    public StringProperty balanceHeaderProperty() { return balanceHeader; }
    public IntegerProperty offsetProperty() { return offset; }
    public IntegerProperty totalProperty() { return total; }
}
