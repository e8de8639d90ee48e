package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.WrittenFile;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.PaymentStatusReport.Status;
import dk.reimbursementdesk.ui.common.Formats;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The posted batches, the state behind {@link PaymentBatchesView}: the list, the payments of the one
 * chosen with what the bank said of each, and the pain.001 file of a batch in the version chosen,
 * which both tabs write (the batch just posted, or one chosen in the list).
 *
 * <p>Its own class because it reads only what is posted: nothing in it depends on the open invoices
 * or the ticks, and a posting only asks it to read the list again.
 */
public final class PaymentBatchesViewModel {

    private final PaymentService service;
    private final BankStatusService bankStatus;
    private final PaymentWork work;

    private final ObservableList<PaymentBatchSummary> batches = FXCollections.observableArrayList();
    private final ObservableList<PostedPayment> batchPayments = FXCollections.observableArrayList();
    /** The bank's latest answer to each payment of the chosen batch that has one, by EndToEndId. */
    private final Map<String, Status> batchBankStatuses = new HashMap<>();
    private long batchPaymentsGeneration;
    private final ObjectProperty<Pain001Version> version = new SimpleObjectProperty<>(Pain001Version.V09);

    PaymentBatchesViewModel(PaymentService service, BankStatusService bankStatus, PaymentWork work) {
        this.service = service;
        this.bankStatus = bankStatus;
        this.work = work;
    }

    /** Reads the list of posted batches again. */
    public void refresh() {
        work.run(null, service::batches, batches::setAll);
    }

    /** Reads the payments of the batch chosen in the list (none: clears them). */
    public void showPayments(PaymentBatchSummary batch) {
        long generation = ++batchPaymentsGeneration;
        if (batch == null) {
            batchPayments.clear();
            return;
        }
        work.run(null, () -> new BatchPayments(service.payments(batch.id()), bankStatus.latestOfBatch(batch.id())), loaded -> {
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
        return BankStatusText.shown(work.locale(), batchBankStatuses.get(payment.endToEndId()));
    }

    /** Writes the bank file of a posted batch to {@code file} in the chosen version. */
    public void export(PaymentBatchSummary batch, Path file) {
        Pain001Version chosen = version.get();
        work.run(work.text("status.writing"), () -> service.exportFile(batch.id(), chosen, file), (WrittenFile written) -> {
            refresh();
            work.tell(work.format("status.written", written.file(), written.transactionCount(),
                    Formats.amount(written.controlSum()), written.messageId()));
        });
    }

    /** A file name the save dialog can suggest: the batch number and the version. */
    public String suggestedFileName(PaymentBatchSummary batch) {
        String ns = version.get().namespace();
        return batch.number() + "-" + ns.substring(ns.lastIndexOf(':') + 1) + ".xml";
    }

    public ObservableList<PaymentBatchSummary> batches() { return batches; }
    public ObservableList<PostedPayment> batchPayments() { return batchPayments; }
    /** The pain.001 version both tabs write, one choice for the screen. */
    public ObjectProperty<Pain001Version> versionProperty() { return version; }
}
