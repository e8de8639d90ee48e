package dk.reimbursementdesk.domain;

public enum AccountKind {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE
}
