package dk.reimbursementdesk.domain;

public enum ReimbursementStatus {
    OPEN, PAID, REVERSED
}
