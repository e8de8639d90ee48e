package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;

/**
 * A proposal's amount lowered by the clerk: the customer's reimbursement in {@code currency} is for
 * {@code amount} (in that currency) instead of its whole credit. It must lie between the smallest
 * credit the minimum reimbursement lets through and the credit itself; the run refuses it otherwise.
 */
public record PartialAmount(String customerAccount, String currency, BigDecimal amount) {

    /** As the command line and the refusals write it: {@code CUSTOMER:CURRENCY=AMOUNT}. */
    @Override
    public String toString() {
        return customerAccount + ":" + currency + "=" + (amount == null ? "" : amount.toPlainString());
    }
}
