package dk.reimbursementdesk.domain;

/** The kinds of customer transaction; the sign of the amount follows from the kind. */
public enum CustomerTransactionType {
    /** The customer owes: positive. */
    INVOICE(1),
    /** Money received: negative. */
    PAYMENT(-1),
    /** Money given back on paper: negative. */
    CREDIT_NOTE(-1),
    /** The credit balance handed over to accounts payable: positive. */
    REIMBURSEMENT(1),
    /** Undoes a reimbursement: negative, reopening the credit. */
    REIMBURSEMENT_REVERSAL(-1),
    /** A small credit written off (below the minimum reimbursement): positive, clearing the credit. */
    WRITE_OFF(1),
    /** Undoes a write-off: negative, reopening the credit. */
    WRITE_OFF_REVERSAL(-1);

    private final int sign;

    CustomerTransactionType(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    /** Posted only by a process (a reimbursement run, a write-off, their reversals), never entered by hand. */
    public boolean postedByProcess() {
        return this != INVOICE && this != PAYMENT && this != CREDIT_NOTE;
    }
}
