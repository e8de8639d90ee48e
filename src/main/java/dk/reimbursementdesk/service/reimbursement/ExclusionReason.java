package dk.reimbursementdesk.service.reimbursement;

public enum ExclusionReason { NO_OPEN_TRANSACTIONS, NOT_A_CREDIT, BELOW_MINIMUM, NO_EXCHANGE_RATE }
