package dk.reimbursementdesk.service.payment;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A posted batch and the vendors that were left out of it (only with skip-invalid). Its payments are
 * read from the ledger when first asked for, after the posting has committed: reading 72,000
 * payments back inside the posting's transaction cost it half a second, for callers (the window, the
 * benchmark) that only show the summary.
 */
public final class PaymentRun {

    private final PaymentBatchSummary batch;
    private final List<VendorProblem> skipped;
    private final Supplier<List<PostedPayment>> reader;
    private List<PostedPayment> payments;

    PaymentRun(PaymentBatchSummary batch, Supplier<List<PostedPayment>> reader, List<VendorProblem> skipped) {
        this.batch = Objects.requireNonNull(batch);
        this.reader = Objects.requireNonNull(reader);
        this.skipped = List.copyOf(skipped);
    }

    public PaymentBatchSummary batch() {
        return batch;
    }

    /** The batch's payments in file order (read in a transaction of their own on the first call). */
    public synchronized List<PostedPayment> payments() {
        if (payments == null) {
            payments = List.copyOf(reader.get());
        }
        return payments;
    }

    public List<VendorProblem> skipped() {
        return skipped;
    }
}
