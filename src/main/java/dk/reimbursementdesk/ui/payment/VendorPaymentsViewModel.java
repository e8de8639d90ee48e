package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.InvoiceSelection;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.service.payment.OpenInvoicePage;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentProposal;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PaymentService.BankAccount;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.ProposedPayment;
import dk.reimbursementdesk.service.payment.VendorProblem;
import dk.reimbursementdesk.service.payment.WrittenFile;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.PaymentStatusReport.Status;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the Vendor payments screen: filters, one page of the open invoices with the user's
 * ticks, the payment proposal for the ticked ones, posting and writing bank files, and the posted
 * batches. Every call to the service runs as a Task on the injected executor; results come back on
 * the FX thread.
 *
 * <p>Only a page of {@value #PAGE_SIZE} invoices is held; the list is paged, counted and totalled in
 * SQL. The ticks are kept as the service takes them ({@link InvoiceSelection}): the ticked ids, or
 * after "Select all shown" every invoice the shown filter selects but the ids unticked since, so that
 * selecting 72,000 invoices sends no id at all. A new filter starts a new selection.
 */
public final class VendorPaymentsViewModel {

    public static final int PAGE_SIZE = 100;

    private final PaymentService service;
    private final SavedSelectionService saved;
    /** The saved selections over the vendor fields, and the one chosen: the vendors the list starts from. */
    private final ObservableList<SavedSelection> savedSelections = FXCollections.observableArrayList();
    private final ObjectProperty<SavedSelection> savedSelection = new SimpleObjectProperty<>();
    private final StringProperty savedSelectionText = new SimpleStringProperty("");
    private final BankStatusService bankStatus;
    private final ResourceBundle text;
    private final Locale locale;
    private final TaskExecutor tasks;

    private final StringProperty vendorFilter = new SimpleStringProperty("");
    private final StringProperty groupFilter = new SimpleStringProperty("");
    private final StringProperty currencyFilter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueFilter = new SimpleObjectProperty<>();
    private final BooleanProperty reimbursementsOnly = new SimpleBooleanProperty(false);
    private final StringProperty vendorFilterError = new SimpleStringProperty();
    // What the date pickers refused ({@link dk.reimbursementdesk.ui.common.DateField}): no filter, no posting, until it is a date.
    private final StringProperty dueFilterUnreadable = new SimpleStringProperty("");
    private final StringProperty paymentDateUnreadable = new SimpleStringProperty("");
    private final StringProperty groupFilterError = new SimpleStringProperty();

    private final ObservableList<InvoiceRow> invoices = FXCollections.observableArrayList();
    /** The filter of the shown list (null before the first read); what "Select all shown" selects. */
    private OpenInvoiceQuery shownQuery;
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    /** true: every invoice of {@link #shownQuery} but {@link #marked}; false: exactly {@link #marked}. */
    private boolean allShown;
    private final Set<Long> marked = new HashSet<>();
    private boolean applyingTicks;
    private long pageGeneration;
    private final ObjectProperty<LocalDate> paymentDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableList<BankAccount> bankAccounts = FXCollections.observableArrayList();
    private final ObjectProperty<BankAccount> bankAccount = new SimpleObjectProperty<>();
    private final BooleanProperty leaveOut = new SimpleBooleanProperty(false);

    private final ObjectProperty<PaymentProposal> proposal = new SimpleObjectProperty<>();
    private final ObservableList<ProposedPayment> proposedPayments = FXCollections.observableArrayList();
    private final StringProperty proposalSummary = new SimpleStringProperty("");
    private final StringProperty leftOutText = new SimpleStringProperty("");
    private final StringProperty bankProblem = new SimpleStringProperty("");
    private final StringProperty selectionSummary = new SimpleStringProperty("");

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);

    private final ObjectProperty<PaymentBatchSummary> lastBatch = new SimpleObjectProperty<>();
    private final ObservableList<PaymentBatchSummary> batches = FXCollections.observableArrayList();
    private final ObservableList<PostedPayment> batchPayments = FXCollections.observableArrayList();
    /** The bank's latest answer to each payment of the chosen batch that has one, by EndToEndId. */
    private final Map<String, Status> batchBankStatuses = new HashMap<>();
    private long batchPaymentsGeneration;
    private final ObjectProperty<Pain001Version> version = new SimpleObjectProperty<>(Pain001Version.V09);

    private final BooleanBinding canPost;
    private final BooleanBinding previousDisabled;
    private final BooleanBinding nextDisabled;
    private long proposalGeneration;
    private boolean proposalPending;
    private boolean closed;

    public VendorPaymentsViewModel(PaymentService service, BankStatusService bankStatus, SavedSelectionService saved,
                                   ResourceBundle text, Locale locale, TaskExecutor tasks) {
        this.service = service;
        this.bankStatus = bankStatus;
        this.saved = saved;
        this.text = text;
        this.locale = locale;
        this.tasks = tasks;
        paymentDate.addListener((o, was, now) -> proposeForSelection());
        // Checked as typed, so the sentence stands beside the field as soon as it is left, before Show.
        vendorFilter.addListener((o, was, now) -> vendorFilterError.set(criteriaError(now)));
        groupFilter.addListener((o, was, now) -> groupFilterError.set(criteriaError(now)));
        previousDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() == 0, pageIndex);
        nextDisabled = Bindings.createBooleanBinding(() -> pageIndex.get() + 1 >= pageCount(), pageIndex, total);
        canPost = Bindings.createBooleanBinding(() -> {
            PaymentProposal p = proposal.get();
            return !busy.get() && p != null && p.postable() && paymentDate.get() != null
                    && paymentDateUnreadable.get().isEmpty() && (p.leftOut().isEmpty() || leaveOut.get());
        }, proposal, busy, leaveOut, paymentDate, paymentDateUnreadable);
        savedSelection.addListener((o, was, now) -> {
            savedSelectionText.set(vendors().describe(locale));
            refresh();
        });
        savedSelectionText.set(vendors().describe(locale));
        selectionSummary.set(format("status.shown", 0, 0));
        pageText.set(text.getString("page.none"));
    }

    /** Loads the saved selections, the bank account, the open invoices and the batches. */
    public void load() {
        run(null, () -> saved.fitting(VendorQueryFields.CATALOG), savedSelections::setAll);
        run(text.getString("status.loading"), service::companyBankAccount, account -> {
            bankAccounts.setAll(account);
            bankAccount.set(account);
            bankProblem.set(account.problem() == null ? "" : account.problem());
        });
        refresh();
        refreshBatches();
    }

    /**
     * Reads the first page of the open invoices the filters select; a filter that cannot be read is
     * told at its field. Another filter than the one shown starts a new selection.
     */
    public void refresh() {
        refresh("");
    }

    /** As {@link #refresh()}, then shows {@code statusAfter} (what the step before it did). */
    private void refresh(String statusAfter) {
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
            return e.format(locale);
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
            vendorFilterError.set(e.format(locale));
            return null;
        }
        try {
            if (!groupFilter.get().isBlank()) {
                vendors = vendors.with(VendorQueryFields.GROUP, Criteria.parse(groupFilter.get()));
            }
        } catch (UserException e) {
            groupFilterError.set(e.format(locale));
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
        run(text.getString("status.loading"), () -> service.openInvoicePage(query, index, PAGE_SIZE), (OpenInvoicePage page) -> {
            if (generation != pageGeneration) {
                return;
            }
            showPage(page);
            setStatus(statusAfter, false);
            proposeForSelection();
        });
    }

    private void showPage(OpenInvoicePage page) {
        total.set(page.summary().count());
        pageIndex.set(page.index());
        applyingTicks = true;
        invoices.setAll(page.rows().stream().map(this::row).toList());
        applyingTicks = false;
        long first = (long) page.index() * PAGE_SIZE + 1;
        pageText.set(page.rows().isEmpty() ? text.getString("page.none")
                : format("page.rows", first, first + page.rows().size() - 1, page.summary().count(), page.index() + 1, pageCount(),
                        Formats.totals(page.summary().totals())));
    }

    /** A row of the page, ticked as the selection says; the user's tick changes the selection. */
    private InvoiceRow row(OpenInvoice invoice) {
        InvoiceRow row = new InvoiceRow(invoice);
        long id = invoice.transactionId();
        row.setSelected(allShown != marked.contains(id));
        row.selectedProperty().addListener((o, was, now) -> {
            if (applyingTicks) {
                return;
            }
            if (now != allShown) {
                marked.add(id);
            } else {
                marked.remove(id);
            }
            proposeForSelection();
        });
        return row;
    }

    public void refreshBatches() {
        run(null, service::batches, batches::setAll);
    }

    /** Reads the payments of the batch chosen in the list (none: clears them). */
    public void showPayments(PaymentBatchSummary batch) {
        long generation = ++batchPaymentsGeneration;
        if (batch == null) {
            batchPayments.clear();
            return;
        }
        run(null, () -> new BatchPayments(service.payments(batch.id()), bankStatus.latestOfBatch(batch.id())), loaded -> {
            if (generation == batchPaymentsGeneration) {
                batchBankStatuses.clear();
                batchBankStatuses.putAll(loaded.statuses());
                batchPayments.setAll(loaded.payments());
            }
        });
    }

    private record BatchPayments(List<PostedPayment> payments, Map<String, Status> statuses) {
    }

    /** What the bank said of a payment of the chosen batch: "Open, rejected by bank: AC04 Closed account", "Confirmed by the bank (ACSC)"; empty before it answered. */
    public String bankStatusOf(PostedPayment payment) {
        return BankStatusText.shown(locale, batchBankStatuses.get(payment.endToEndId()));
    }

    /** Every invoice the shown filter selects, on every page, not only the rows in view. */
    public void selectAll() {
        if (shownQuery == null) {
            return;
        }
        allShown = true;
        marked.clear();
        tickRows();
    }

    public void selectNone() {
        clearSelection();
        tickRows();
    }

    private void clearSelection() {
        allShown = false;
        marked.clear();
        proposeForSelection();
    }

    private void tickRows() {
        applyingTicks = true;
        invoices.forEach(r -> r.setSelected(allShown != marked.contains(r.invoice().transactionId())));
        applyingTicks = false;
        proposeForSelection();
    }

    /** How many invoices are ticked, on every page. */
    public long selectedCount() {
        return allShown ? Math.max(0, total.get() - marked.size()) : marked.size();
    }

    /** The ticked invoices as the service takes them. */
    public InvoiceSelection selection() {
        return allShown ? InvoiceSelection.allBut(shownQuery, marked) : InvoiceSelection.of(marked);
    }

    /**
     * What Post asks before it spends money: the count, the date and the totals per currency of the
     * payments it would post (those left out are not counted); empty when there is nothing to post.
     */
    public String postQuestion() {
        PaymentProposal p = proposal.get();
        if (!canPost.get() || p == null) {
            return "";
        }
        return format("post.confirm.question", p.paymentCount(), Formats.date(paymentDate.get()), Formats.totals(p.totals()));
    }

    /** Posts the ticked invoices; on success the selection is cleared and the list and the batches are read again. */
    public void post() {
        if (!canPost.get()) {
            return;
        }
        InvoiceSelection chosen = selection();
        LocalDate date = paymentDate.get();
        boolean skip = leaveOut.get();
        run(text.getString("status.posting"), () -> service.post(chosen, date, skip), (PaymentRun result) -> {
            lastBatch.set(result.batch());
            clearSelection();
            String message = format("status.posted", result.batch().number(), result.batch().paymentCount(),
                    Formats.totals(result.batch().totals()));
            if (!result.skipped().isEmpty()) {
                message += " " + format("status.skipped",
                        result.skipped().stream().map(VendorProblem::vendorAccount).collect(Collectors.joining(", ")));
            }
            refresh(message);
            refreshBatches();
        });
    }

    /** Writes the bank file of a posted batch to {@code file} in the chosen version. */
    public void export(PaymentBatchSummary batch, Path file) {
        Pain001Version chosen = version.get();
        run(text.getString("status.writing"), () -> service.exportFile(batch.id(), chosen, file), (WrittenFile written) -> {
            refreshBatches();
            setStatus(format("status.written", written.file(), written.transactionCount(),
                    Formats.amount(written.controlSum()), written.messageId()), false);
        });
    }

    /** A file name the save dialog can suggest: the batch number and the version. */
    public String suggestedFileName(PaymentBatchSummary batch) {
        String ns = version.get().namespace();
        return batch.number() + "-" + ns.substring(ns.lastIndexOf(':') + 1) + ".xml";
    }

    /** Removes what this screen hung on objects that outlive it. */
    public void close() {
        closed = true;
        proposalGeneration++;
        pageGeneration++;
    }

    /**
     * Ticking "select all" changes every row in one go; the proposal is asked for once, after the
     * event that made the changes, not once per row.
     */
    private void proposeForSelection() {
        if (proposalPending) {
            return;
        }
        proposalPending = true;
        Platform.runLater(() -> {
            proposalPending = false;
            proposeNow();
        });
    }

    private void proposeNow() {
        if (closed) {
            return;
        }
        long count = selectedCount();
        selectionSummary.set(format("status.shown", total.get(), count));
        long generation = ++proposalGeneration;
        LocalDate date = paymentDate.get();
        if (count == 0 || date == null) {
            showProposal(null);
            return;
        }
        InvoiceSelection chosen = selection();
        run(null, () -> service.propose(chosen, date), p -> {
            if (generation == proposalGeneration) {
                showProposal(p);
            }
        });
    }

    private void showProposal(PaymentProposal p) {
        proposal.set(p);
        if (p == null) {
            proposedPayments.clear();
            proposalSummary.set(text.getString("proposal.empty"));
            leftOutText.set("");
            return;
        }
        proposedPayments.setAll(p.payments());
        proposalSummary.set(p.paymentCount() == 0 ? "" : format("proposal.summary", p.paymentCount(), Formats.totals(p.totals())));
        leftOutText.set(p.leftOut().isEmpty() ? "" : text.getString("proposal.leftOut") + " "
                + p.leftOut().stream().map(VendorProblem::sentence).collect(Collectors.joining(" ")));
        bankProblem.set(p.bankProblem() == null ? "" : p.bankProblem());
    }

    private <T> void run(String busyText, Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return work.call();
            }
        };
        if (busyText != null) {
            busy.set(true);
            progress.bind(task.progressProperty());
            setStatus(busyText, false);
        }
        task.setOnSucceeded(e -> {
            if (busyText != null) {
                done();
                setStatus("", false);
            }
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            if (busyText != null) {
                done();
            }
            setStatus(Failures.sentence(task.getException(), text.getString("status.failed")), true);
        });
        tasks.execute(task);
    }

    private void done() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    /** A sentence for the status line from work the screen started elsewhere (a printed report). */
    public void tell(String message) {
        setStatus(message, false);
    }

    private void setStatus(String message, boolean error) {
        status.set(message);
        statusIsError.set(error);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
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
    public StringProperty paymentDateUnreadableProperty() { return paymentDateUnreadable; }
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
    public ObjectProperty<LocalDate> paymentDateProperty() { return paymentDate; }
    public ObservableList<BankAccount> bankAccounts() { return bankAccounts; }
    public ObjectProperty<BankAccount> bankAccountProperty() { return bankAccount; }
    public BooleanProperty leaveOutProperty() { return leaveOut; }
    public ObjectProperty<PaymentProposal> proposalProperty() { return proposal; }
    public ObservableList<ProposedPayment> proposedPayments() { return proposedPayments; }
    public StringProperty proposalSummaryProperty() { return proposalSummary; }
    public StringProperty leftOutTextProperty() { return leftOutText; }
    public StringProperty bankProblemProperty() { return bankProblem; }
    public StringProperty selectionSummaryProperty() { return selectionSummary; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty statusIsErrorProperty() { return statusIsError; }
    public ObjectProperty<PaymentBatchSummary> lastBatchProperty() { return lastBatch; }
    public ObservableList<PaymentBatchSummary> batches() { return batches; }
    public ObservableList<PostedPayment> batchPayments() { return batchPayments; }
    public ObjectProperty<Pain001Version> versionProperty() { return version; }
    public BooleanBinding canPostBinding() { return canPost; }
}
