package dk.reimbursementdesk.service.payment;

import java.util.List;

/** A posted batch and the vendors that were left out of it (only with skip-invalid). */
public record PaymentRun(PaymentBatchSummary batch, List<PostedPayment> payments, List<VendorProblem> skipped) {

    public PaymentRun {
        payments = List.copyOf(payments);
        skipped = List.copyOf(skipped);
    }
}
