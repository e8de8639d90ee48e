package dk.reimbursementdesk.service.reimbursement;

public record ReversalResult(String reimbursementNumber, String reversalVoucher) {}
