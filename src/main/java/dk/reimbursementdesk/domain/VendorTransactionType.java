package dk.reimbursementdesk.domain;

/** The kinds of vendor transaction; the company owes the vendor on a negative amount. */
public enum VendorTransactionType {
    INVOICE(-1),
    PAYMENT(1),
    /** Closes a vendor invoice whose reimbursement was reversed. */
    INVOICE_REVERSAL(1);

    private final int sign;

    VendorTransactionType(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
