package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A posted customer transaction. It never changes; what is still open of it is its
 * {@link CustomerOpenItem}, which settlements move.
 */
@Entity
@Table(name = "customer_transaction")
public class CustomerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voucher_id")
    private Voucher voucher;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private CustomerTransactionType type;

    @Column(name = "transaction_date")
    private LocalDate transactionDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "document")
    private String document;

    @Column(name = "currency")
    private String currency;

    @Column(name = "amount")
    private long amount;

    @Column(name = "amount_acc")
    private long amountAcc;

    protected CustomerTransaction() {
    }

    public CustomerTransaction(Customer customer, Voucher voucher, CustomerTransactionType type, LocalDate transactionDate, LocalDate dueDate, String document, String currency, long amount, long amountAcc) {
        this.customer = customer;
        this.voucher = voucher;
        this.type = type;
        this.transactionDate = transactionDate;
        this.dueDate = dueDate;
        this.document = document;
        this.currency = currency;
        this.amount = amount;
        this.amountAcc = amountAcc;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Voucher getVoucher() {
        return voucher;
    }

    public CustomerTransactionType getType() {
        return type;
    }

    public LocalDate getTransactionDate() {
        return transactionDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDocument() {
        return document;
    }

    public String getCurrency() {
        return currency;
    }

    public long getAmount() {
        return amount;
    }

    public long getAmountAcc() {
        return amountAcc;
    }

}
