package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the Vendor payments screen as a whole: it makes and wires the models of its parts,
 * the open invoices with the user's ticks ({@link InvoiceSelectionViewModel}), the payment proposal
 * for the ticked ones and Post ({@link PaymentProposalViewModel}), and the posted batches with their
 * bank files ({@link PaymentBatchesViewModel}), and holds what they share: the one busy flag and
 * status line ({@link PaymentWork}), through which every call to the service runs as a Task on the
 * injected executor, its result coming back on the FX thread.
 *
 * <p>The wiring is the screen's: a change of the ticks asks for a new proposal, and a posting reads
 * the list and the batches again.
 */
public final class VendorPaymentsViewModel {

    private final PaymentWork work;
    private final InvoiceSelectionViewModel invoices;
    private final PaymentProposalViewModel proposal;
    private final PaymentBatchesViewModel batches;

    public VendorPaymentsViewModel(PaymentService service, BankStatusService bankStatus, SavedSelectionService saved,
                                   ResourceBundle text, Locale locale, TaskExecutor tasks) {
        work = new PaymentWork(text, locale, tasks);
        invoices = new InvoiceSelectionViewModel(service, saved, work);
        batches = new PaymentBatchesViewModel(service, bankStatus, work);
        proposal = new PaymentProposalViewModel(service, work, invoices, batches::refresh);
        invoices.onSelectionChanged(proposal::proposeForSelection);
    }

    /** Loads the saved selections, the bank account, the open invoices and the batches. */
    public void load() {
        invoices.loadSavedSelections();
        proposal.loadBankAccount();
        invoices.refresh();
        batches.refresh();
    }

    /** Removes what this screen hung on objects that outlive it. */
    public void close() {
        proposal.close();
        invoices.close();
    }

    /** A sentence for the status line from work the screen started elsewhere (a printed report). */
    public void tell(String message) {
        work.tell(message);
    }

    public InvoiceSelectionViewModel invoices() { return invoices; }
    public PaymentProposalViewModel proposal() { return proposal; }
    public PaymentBatchesViewModel batches() { return batches; }
    public BooleanProperty busyProperty() { return work.busyProperty(); }
    public DoubleProperty progressProperty() { return work.progressProperty(); }
    public StringProperty statusProperty() { return work.statusProperty(); }
    public BooleanProperty statusIsErrorProperty() { return work.statusIsErrorProperty(); }
}
