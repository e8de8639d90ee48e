package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.InvoiceSelection;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentProposal;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PaymentService.BankAccount;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.ProposedPayment;
import dk.reimbursementdesk.service.payment.VendorProblem;
import dk.reimbursementdesk.ui.common.Formats;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The payments the ticked invoices make, the state behind {@link PaymentProposalView}: the payment
 * date and bank account, the proposal the service makes for the ticks and the date, what it leaves
 * out and why, the question Post asks, and Post itself, which leaves the batch it made as the one
 * the bank file is written for.
 *
 * <p>Its own class because it spends money: it only reads the ticks of
 * {@link InvoiceSelectionViewModel}, and after a posting it asks the list and the batches to be read
 * again.
 */
public final class PaymentProposalViewModel {

    private final PaymentService service;
    private final PaymentWork work;
    private final InvoiceSelectionViewModel invoices;
    /** Reads the posted batches again: a posting made one. */
    private final Runnable batchesChanged;

    private final ObjectProperty<LocalDate> paymentDate = new SimpleObjectProperty<>(LocalDate.now());
    // What the date picker refused ({@link dk.reimbursementdesk.ui.common.DateField}): no posting until it is a date.
    private final StringProperty paymentDateUnreadable = new SimpleStringProperty("");
    private final ObservableList<BankAccount> bankAccounts = FXCollections.observableArrayList();
    private final ObjectProperty<BankAccount> bankAccount = new SimpleObjectProperty<>();
    private final BooleanProperty leaveOut = new SimpleBooleanProperty(false);

    private final ObjectProperty<PaymentProposal> proposal = new SimpleObjectProperty<>();
    private final ObservableList<ProposedPayment> proposedPayments = FXCollections.observableArrayList();
    private final StringProperty proposalSummary = new SimpleStringProperty("");
    private final StringProperty leftOutText = new SimpleStringProperty("");
    private final StringProperty bankProblem = new SimpleStringProperty("");
    private final ObjectProperty<PaymentBatchSummary> lastBatch = new SimpleObjectProperty<>();

    private final BooleanBinding canPost;
    private long proposalGeneration;
    private boolean proposalPending;
    private boolean closed;

    PaymentProposalViewModel(PaymentService service, PaymentWork work, InvoiceSelectionViewModel invoices, Runnable batchesChanged) {
        this.service = service;
        this.work = work;
        this.invoices = invoices;
        this.batchesChanged = batchesChanged;
        paymentDate.addListener((o, was, now) -> proposeForSelection());
        canPost = Bindings.createBooleanBinding(() -> {
            PaymentProposal p = proposal.get();
            return !work.busyProperty().get() && p != null && p.postable() && paymentDate.get() != null
                    && paymentDateUnreadable.get().isEmpty() && (p.leftOut().isEmpty() || leaveOut.get());
        }, proposal, work.busyProperty(), leaveOut, paymentDate, paymentDateUnreadable);
    }

    /** Reads the company's bank account, the one the payments are made from. */
    void loadBankAccount() {
        work.run(work.text("status.loading"), service::companyBankAccount, account -> {
            bankAccounts.setAll(account);
            bankAccount.set(account);
            bankProblem.set(account.problem() == null ? "" : account.problem());
        });
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
        return work.format("post.confirm.question", p.paymentCount(), Formats.date(paymentDate.get()), Formats.totals(p.totals()));
    }

    /** Posts the ticked invoices; on success the selection is cleared and the list and the batches are read again. */
    public void post() {
        if (!canPost.get()) {
            return;
        }
        InvoiceSelection chosen = invoices.selection();
        LocalDate date = paymentDate.get();
        boolean skip = leaveOut.get();
        work.run(work.text("status.posting"), () -> service.post(chosen, date, skip), (PaymentRun result) -> {
            lastBatch.set(result.batch());
            invoices.clearSelection();
            String message = work.format("status.posted", result.batch().number(), result.batch().paymentCount(),
                    Formats.totals(result.batch().totals()));
            if (!result.skipped().isEmpty()) {
                message += " " + work.format("status.skipped",
                        result.skipped().stream().map(VendorProblem::vendorAccount).collect(Collectors.joining(", ")));
            }
            invoices.refresh(message);
            batchesChanged.run();
        });
    }

    /**
     * Asks for the proposal of the ticks as they are. Ticking "select all" changes every row in one
     * go; the proposal is asked for once, after the event that made the changes, not once per row.
     */
    void proposeForSelection() {
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
        long count = invoices.selectedCount();
        invoices.showSelectionSummary();
        long generation = ++proposalGeneration;
        LocalDate date = paymentDate.get();
        if (count == 0 || date == null) {
            showProposal(null);
            return;
        }
        InvoiceSelection chosen = invoices.selection();
        work.run(null, () -> service.propose(chosen, date), p -> {
            if (generation == proposalGeneration) {
                showProposal(p);
            }
        });
    }

    private void showProposal(PaymentProposal p) {
        proposal.set(p);
        if (p == null) {
            proposedPayments.clear();
            proposalSummary.set(work.text("proposal.empty"));
            leftOutText.set("");
            return;
        }
        proposedPayments.setAll(p.payments());
        proposalSummary.set(p.paymentCount() == 0 ? "" : work.format("proposal.summary", p.paymentCount(), Formats.totals(p.totals())));
        leftOutText.set(p.leftOut().isEmpty() ? "" : work.text("proposal.leftOut") + " "
                + p.leftOut().stream().map(VendorProblem::sentence).collect(Collectors.joining(" ")));
        bankProblem.set(p.bankProblem() == null ? "" : p.bankProblem());
    }

    /** No proposal is asked for or shown any more (the screen is closing). */
    void close() {
        closed = true;
        proposalGeneration++;
    }

    public ObjectProperty<LocalDate> paymentDateProperty() { return paymentDate; }
    public StringProperty paymentDateUnreadableProperty() { return paymentDateUnreadable; }
    public ObservableList<BankAccount> bankAccounts() { return bankAccounts; }
    public ObjectProperty<BankAccount> bankAccountProperty() { return bankAccount; }
    public BooleanProperty leaveOutProperty() { return leaveOut; }
    public ObjectProperty<PaymentProposal> proposalProperty() { return proposal; }
    public ObservableList<ProposedPayment> proposedPayments() { return proposedPayments; }
    public StringProperty proposalSummaryProperty() { return proposalSummary; }
    public StringProperty leftOutTextProperty() { return leftOutText; }
    public StringProperty bankProblemProperty() { return bankProblem; }
    /** The batch this screen posted last, whose bank file Export writes; null before a posting. */
    public ObjectProperty<PaymentBatchSummary> lastBatchProperty() { return lastBatch; }
    public BooleanBinding canPostBinding() { return canPost; }
}
