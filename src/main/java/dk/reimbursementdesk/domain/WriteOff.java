package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A small credit written off: the customer's write-off transaction that cleared the credit and the
 * voucher that posted it (Dr AR control, Cr the small-credit write-off account). Written set-based by
 * the write-off posting; read as an entity only to reverse one. Amounts are positive minor units.
 */
@Entity
@Table(name = "write_off")
public class WriteOff {

    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    private String number;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_id")
    private Customer customer;

    private String currency;
    private long amount;
    @Column(name = "amount_acc")
    private long amountAcc;
    @Column(name = "posting_date")
    private LocalDate postingDate;
    @Column(name = "oldest_credit")
    private LocalDate oldestCredit;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "voucher_id")
    private Voucher voucher;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_transaction_id")
    private CustomerTransaction customerTransaction;

    @Enumerated(EnumType.STRING)
    private WriteOffStatus status;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "reversal_voucher_id")
    private Voucher reversalVoucher;

    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private java.time.LocalDateTime writtenAt;

    protected WriteOff() {
    }

    /** Marks the write-off reversed; only an open one can be, and the caller posts the reversal. */
    public void markReversed(Voucher reversal) {
        if (status != WriteOffStatus.OPEN) {
            throw new IllegalStateException("Only an open write-off can be reversed; " + number + " is " + status);
        }
        this.status = WriteOffStatus.REVERSED;
        this.reversalVoucher = reversal;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Customer getCustomer() { return customer; }
    public String getCurrency() { return currency; }
    public long getAmount() { return amount; }
    public long getAmountAcc() { return amountAcc; }
    public LocalDate getPostingDate() { return postingDate; }
    public LocalDate getOldestCredit() { return oldestCredit; }
    public Voucher getVoucher() { return voucher; }
    public CustomerTransaction getCustomerTransaction() { return customerTransaction; }
    public WriteOffStatus getStatus() { return status; }
    public Voucher getReversalVoucher() { return reversalVoucher; }
}
