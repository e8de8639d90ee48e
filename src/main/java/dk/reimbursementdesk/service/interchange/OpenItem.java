package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.CustomerTransactionType;

/**
 * A customer transaction while an import settles it in memory: amounts signed as in the ledger
 * (positive when the customer owes), open amounts moving as settlements are made.
 */
final class OpenItem {

    final long customerId;
    final CustomerTransactionType type;
    final int date;
    final int due;
    final String document;
    final String currency;
    final long amount;
    final long amountAcc;
    long id;
    long open;
    long openAcc;
    /** An item already in the ledger: its open item row is updated (or deleted when closed), not inserted. */
    boolean existing;
    /** An item some settlement of this import changed: it gets one settlement row (and, if existing, one update). */
    boolean touched;
    /** What this import's settlements took off the item, in its currency and in accounting currency. */
    long settled;
    long settledAcc;

    OpenItem(long customerId, CustomerTransactionType type, int date, int due, String document, String currency,
             long amount, long amountAcc) {
        this.customerId = customerId;
        this.type = type;
        this.date = date;
        this.due = due;
        this.document = document;
        this.currency = currency;
        this.amount = amount;
        this.amountAcc = amountAcc;
        this.open = amount;
        this.openAcc = amountAcc;
    }

    int date() {
        return date;
    }

    /** The date settlement orders open invoices by: due date, else the transaction date. */
    int dueOrDate() {
        return due == Fields.NOT_A_DATE ? date : due;
    }
}
