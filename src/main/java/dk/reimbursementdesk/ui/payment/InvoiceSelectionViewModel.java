package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.payment.InvoiceSelection;
import dk.reimbursementdesk.service.payment.OpenInvoicePage;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.ui.common.Formats;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open invoices to pay, the state behind {@link InvoiceSelectionView}: the saved selection the
 * list starts from, the filters, one page of the invoices the shown filter selects with its count
 * and totals, and the ticks on every page ({@link InvoiceTicks}).
 *
 * <p>Only a page of {@value #PAGE_SIZE} invoices is held; the list is paged, counted and totalled in
 * SQL. A new filter starts a new selection. Its own class because the list is read and paged
 * without regard to what is paid from it: the proposal only asks which invoices are ticked.
 */
public final class InvoiceSelectionViewModel {

    public static final int PAGE_SIZE = 100;

    private final PaymentService service;
    private final SavedSelectionService saved;
    private final PaymentWork work;

    /** The saved selections over the vendor fields, and the one chosen: the vendors the list starts from. */
    private final ObservableList<SavedSelection> savedSelections = FXCollections.observableArrayList();
    private final ObjectProperty<SavedSelection> savedSelection = new SimpleObjectProperty<>();
    private final StringProperty savedSelectionText = new SimpleStringProperty("");

    private final StringProperty vendorFilter = new SimpleStringProperty("");
    private final StringProperty groupFilter = new SimpleStringProperty("");
    private final StringProperty currencyFilter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueFilter = new SimpleObjectProperty<>();
    private final BooleanProperty reimbursementsOnly = new SimpleBooleanProperty(false);
    private final StringProperty vendorFilterError = new SimpleStringProperty();
    // What the date picker refused ({@link dk.reimbursementdesk.ui.common.DateField}): no filter until it is a date.
    private final StringProperty dueFilterUnreadable = new SimpleStringProperty("");
    private final StringProperty groupFilterError = new SimpleStringProperty();

    private final ObservableList<InvoiceRow> invoices = FXCollections.observableArrayList();
    /** The filter of the shown list (null before the first read); what "Select all shown" selects. */
    private OpenInvoiceQuery shownQuery;
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty selectionSummary = new SimpleStringProperty("");
    private final InvoiceTicks ticks = new InvoiceTicks(invoices, this::selectionChanged);
    private Runnable onSelectionChanged = () -> { };
    private long pageGeneration;

    private final BooleanBinding previousDisabled;
    private final BooleanBinding nextDisabled;

    InvoiceSelectionViewModel(PaymentService service, SavedSelectionService saved, PaymentWork work) {
        this.service = service;
        this.saved = saved;
        this.work = work;
        // Checked as typed, so the sentence stands beside the field as soon as it is left, before Show.
        vendorFilter.addListener((o, was, now) -> vendorFilterError.set(criteriaError(now)));
        groupFilter.addListener((o, was, now) -> groupFilterError.set(criteriaError(now)));
        previousDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() == 0, pageIndex);
        nextDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() + 1 >= pageCount(), pageIndex, total);
        savedSelection.addListener((o, was, now) -> {
            savedSelectionText.set(vendors().describe(work.locale()));
            refresh();
        });
        savedSelectionText.set(vendors().describe(work.locale()));
        selectionSummary.set(work.format("status.shown", 0, 0));
        pageText.set(work.text("page.none"));
    }

    /** {@code listener} is told after every change of the ticks and after every page read. */
    void onSelectionChanged(Runnable listener) {
        onSelectionChanged = listener;
    }

    private void selectionChanged() {
        onSelectionChanged.run();
    }

    /** Reads the saved selections the drop-down offers. */
    void loadSavedSelections() {
        work.run(null, () -> saved.fitting(VendorQueryFields.CATALOG), savedSelections::setAll);
    }

    /**
     * Reads the first page of the open invoices the filters select; a filter that cannot be read is
     * told at its field. Another filter than the one shown starts a new selection.
     */
    public void refresh() {
        refresh("");
    }

    /** As {@link #refresh()}, then shows {@code statusAfter} (what the step before it did). */
    void refresh(String statusAfter) {
        OpenInvoiceQuery query = query();
        if (query == null) {
            return;
        }
        if (!query.equals(shownQuery)) {
            clearSelection();
        }
        shownQuery = query;
        load(0, statusAfter);
    }

    private String criteriaError(String typed) {
        try {
            if (typed != null && !typed.isBlank()) {
                Criteria.parse(typed);
            }
            return null;
        } catch (UserException e) {
            return e.format(work.locale());
        }
    }

    /** The query the filters say, or null (told at the field) when one cannot be read. */
    private OpenInvoiceQuery query() {
        Selection vendors = vendors();
        vendorFilterError.set(null);
        groupFilterError.set(null);
        try {
            if (!vendorFilter.get().isBlank()) {
                vendors = vendors.with(VendorQueryFields.ACCOUNT, Criteria.parse(vendorFilter.get()));
            }
        } catch (UserException e) {
            vendorFilterError.set(e.format(work.locale()));
            return null;
        }
        try {
            if (!groupFilter.get().isBlank()) {
                vendors = vendors.with(VendorQueryFields.GROUP, Criteria.parse(groupFilter.get()));
            }
        } catch (UserException e) {
            groupFilterError.set(e.format(work.locale()));
            return null;
        }
        if (!dueFilterUnreadable.get().isEmpty()) {
            return null;
        }
        return new OpenInvoiceQuery(vendors, currencyFilter.get(), dueFilter.get(), reimbursementsOnly.get());
    }

    /** The vendors of the saved selection chosen, or every vendor: what the filters narrow. */
    private Selection vendors() {
        SavedSelection chosen = savedSelection.get();
        return chosen == null ? Selection.all(VendorQueryFields.CATALOG) : chosen.over(VendorQueryFields.CATALOG);
    }

    public void firstPage() {
        load(0, "");
    }

    public void previousPage() {
        load(Math.max(0, pageIndex.get() - 1), "");
    }

    public void nextPage() {
        load(Math.min(pageCount() - 1, pageIndex.get() + 1), "");
    }

    public void lastPage() {
        load(pageCount() - 1, "");
    }

    public int pageCount() {
        return (int) Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Reads page {@code index} of the shown filter with its count; a reply a later read overtook is dropped. */
    private void load(int index, String statusAfter) {
        OpenInvoiceQuery query = shownQuery;
        if (query == null) {
            return;
        }
        long generation = ++pageGeneration;
        work.run(work.text("status.loading"), () -> service.openInvoicePage(query, index, PAGE_SIZE), (OpenInvoicePage page) -> {
            if (generation != pageGeneration) {
                return;
            }
            showPage(page);
            work.tell(statusAfter);
            selectionChanged();
        });
    }

    private void showPage(OpenInvoicePage page) {
        total.set(page.summary().count());
        pageIndex.set(page.index());
        ticks.show(page.rows());
        long first = (long) page.index() * PAGE_SIZE + 1;
        pageText.set(page.rows().isEmpty() ? work.text("page.none")
                : work.format("page.rows", first, first + page.rows().size() - 1, page.summary().count(), page.index() + 1,
                        pageCount(), Formats.totals(page.summary().totals())));
    }

    /** Every invoice the shown filter selects, on every page, not only the rows in view. */
    public void selectAll() {
        if (shownQuery == null) {
            return;
        }
        ticks.selectAll();
    }

    public void selectNone() {
        ticks.selectNone();
    }

    /** A new selection: nothing ticked (a posting paid what was). */
    void clearSelection() {
        ticks.clear();
    }

    /** How many invoices are ticked, on every page. */
    public long selectedCount() {
        return ticks.count(total.get());
    }

    /** The ticked invoices as the service takes them. */
    public InvoiceSelection selection() {
        return ticks.selection(shownQuery);
    }

    /** Says under the list how many invoices the shown filter selects and how many of them are ticked. */
    void showSelectionSummary() {
        selectionSummary.set(work.format("status.shown", total.get(), selectedCount()));
    }

    /** Drops the answer of a page read still running (the screen is closing). */
    void close() {
        pageGeneration++;
    }

    public ObservableList<SavedSelection> savedSelections() { return savedSelections; }
    /** The saved selection chosen in the drop-down; null: every vendor. Choosing one shows the list again. */
    public ObjectProperty<SavedSelection> savedSelectionProperty() { return savedSelection; }
    /** The chosen selection's vendors in words, such as "Vendor group is RETAIL", or "All vendors". */
    public StringProperty savedSelectionTextProperty() { return savedSelectionText; }
    public StringProperty vendorFilterProperty() { return vendorFilter; }
    public StringProperty groupFilterProperty() { return groupFilter; }
    public StringProperty currencyFilterProperty() { return currencyFilter; }
    public ObjectProperty<LocalDate> dueFilterProperty() { return dueFilter; }
    public BooleanProperty reimbursementsOnlyProperty() { return reimbursementsOnly; }
    public StringProperty vendorFilterErrorProperty() { return vendorFilterError; }
    public StringProperty dueFilterUnreadableProperty() { return dueFilterUnreadable; }
    public StringProperty groupFilterErrorProperty() { return groupFilterError; }
    public ObservableList<InvoiceRow> invoices() { return invoices; }
    /** Zero-based. */
    public IntegerProperty pageIndexProperty() { return pageIndex; }
    /** How many open invoices the shown filter selects, on every page. */
    public LongProperty totalProperty() { return total; }
    /** "Invoices 101–200 of 72,374 (page 2 of 724), 39,793,719.00 DKK". */
    public StringProperty pageTextProperty() { return pageText; }
    public BooleanBinding previousDisabledBinding() { return previousDisabled; }
    public BooleanBinding nextDisabledBinding() { return nextDisabled; }
    public StringProperty selectionSummaryProperty() { return selectionSummary; }
}
