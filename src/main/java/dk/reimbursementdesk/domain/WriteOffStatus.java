package dk.reimbursementdesk.domain;

/** A write-off stands (OPEN) until it is reversed. */
public enum WriteOffStatus {
    OPEN, REVERSED
}
