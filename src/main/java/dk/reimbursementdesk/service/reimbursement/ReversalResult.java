package dk.reimbursementdesk.service.reimbursement;

/** The reimbursement reversed and the number of the voucher that reversed it. */
public record ReversalResult(String reimbursementNumber, String reversalVoucher) {
}
