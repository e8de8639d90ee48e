package dk.reimbursementdesk.service.reimbursement;

/** Why a selected customer (or one of its currencies) is left out of a run. */
public enum ExclusionReason {
    /** No open transactions dated on or before the posting date, in any currency. */
    NO_OPEN_TRANSACTIONS,
    /** The balance in the currency is zero or the customer owes money. */
    NOT_A_CREDIT,
    /** The credit converted to the accounting currency does not reach the minimum reimbursement. */
    BELOW_MINIMUM,
    /** No exchange rate for the currency is valid on the posting date. */
    NO_EXCHANGE_RATE,
    /** The customer is on hold for reimbursement; the explanation gives the reason it was held for. */
    ON_HOLD
}
