package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What is still open of one customer transaction. A transaction has an open item exactly while
 * something of it is open: the item goes when its open amount reaches zero and comes back when a
 * settlement reopens it (see {@code V7__customer_open_items.sql} for why open amounts live apart
 * from the transaction). Keyed by customer, currency, date and transaction, so a customer's open
 * items in one currency lie together in the file, oldest first.
 */
@Entity
@Table(name = "customer_open_item")
public class CustomerOpenItem {

    /** Customer, currency, date and transaction: the physical order of the table, oldest first. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_id")
        private Long customerId;

        @Column(name = "currency")
        private String currency;

        @Column(name = "transaction_date")
        private LocalDate transactionDate;

        @Column(name = "transaction_id")
        private Long transactionId;

        protected Key() {
        }

        public Key(long customerId, String currency, LocalDate transactionDate, long transactionId) {
            this.customerId = customerId;
            this.currency = currency;
            this.transactionDate = transactionDate;
            this.transactionId = transactionId;
        }

        public static Key of(CustomerTransaction transaction) {
            return new Key(transaction.getCustomer().getId(), transaction.getCurrency(), transaction.getTransactionDate(),
                    transaction.getId());
        }

        public long customerId() {
            return customerId;
        }

        public String currency() {
            return currency;
        }

        public LocalDate transactionDate() {
            return transactionDate;
        }

        public long transactionId() {
            return transactionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(customerId, k.customerId) && Objects.equals(currency, k.currency)
                    && Objects.equals(transactionDate, k.transactionDate) && Objects.equals(transactionId, k.transactionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, currency, transactionDate, transactionId);
        }
    }

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transaction_id", insertable = false, updatable = false)
    private CustomerTransaction transaction;

    @Column(name = "open_amount")
    private long openAmount;

    @Column(name = "open_amount_acc")
    private long openAmountAcc;

    protected CustomerOpenItem() {
    }

    private CustomerOpenItem(CustomerTransaction transaction, long openAmount, long openAmountAcc) {
        this.key = Key.of(transaction);
        this.transaction = transaction;
        this.openAmount = openAmount;
        this.openAmountAcc = openAmountAcc;
    }

    /** A new transaction is open for its whole amount. */
    public static CustomerOpenItem whole(CustomerTransaction transaction) {
        return new CustomerOpenItem(transaction, transaction.getAmount(), transaction.getAmountAcc());
    }

    /** A closed transaction about to be reopened by a settlement: nothing open yet. */
    public static CustomerOpenItem closed(CustomerTransaction transaction) {
        return new CustomerOpenItem(transaction, 0, 0);
    }

    public Key getKey() {
        return key;
    }

    public CustomerTransaction getTransaction() {
        return transaction;
    }

    public LocalDate getTransactionDate() {
        return key.transactionDate();
    }

    public long getOpenAmount() {
        return openAmount;
    }

    public long getOpenAmountAcc() {
        return openAmountAcc;
    }

    /** Takes a settled part off the open amounts (a negative part reopens); the caller records the settlement. */
    public void settle(long part, long partAcc) {
        this.openAmount -= part;
        this.openAmountAcc -= partAcc;
    }

    /** Nothing left open: the row must go, since the table holds open items only. */
    public boolean isClosed() {
        return openAmount == 0;
    }
}
