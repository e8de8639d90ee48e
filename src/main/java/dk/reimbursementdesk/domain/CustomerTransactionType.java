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
    REIMBURSEMENT_REVERSAL(-1);

    private final int sign;

    CustomerTransactionType(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
