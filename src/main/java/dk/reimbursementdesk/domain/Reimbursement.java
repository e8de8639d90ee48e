package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's credit handed to accounts payable: the reimbursement transaction that cleared the
 * credit, the vendor invoice that now owes it, and the voucher that posted both. Amounts are
 * positive minor units (transaction currency and accounting currency).
 */
@Entity
@Table(name = "reimbursement")
public class Reimbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    private String number;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "run_id")
    private ReimbursementRun run;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_id")
    private Customer customer;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    private String currency;
    private long amount;
    @Column(name = "amount_acc")
    private long amountAcc;
    @Column(name = "posting_date")
    private LocalDate postingDate;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "voucher_id")
    private Voucher voucher;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_transaction_id")
    private CustomerTransaction customerTransaction;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "vendor_transaction_id")
    private VendorTransaction vendorTransaction;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "source_transaction_id")
    private CustomerTransaction sourceTransaction;

    @Enumerated(EnumType.STRING)
    private ReimbursementStatus status;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "reversal_voucher_id")
    private Voucher reversalVoucher;

    protected Reimbursement() {
    }

    public Reimbursement(String number, ReimbursementRun run, Customer customer, Vendor vendor, String currency,
                         long amount, long amountAcc, LocalDate postingDate, Voucher voucher,
                         CustomerTransaction customerTransaction, VendorTransaction vendorTransaction,
                         CustomerTransaction sourceTransaction) {
        this.number = number;
        this.run = run;
        this.customer = customer;
        this.vendor = vendor;
        this.currency = currency;
        this.amount = amount;
        this.amountAcc = amountAcc;
        this.postingDate = postingDate;
        this.voucher = voucher;
        this.customerTransaction = customerTransaction;
        this.vendorTransaction = vendorTransaction;
        this.sourceTransaction = sourceTransaction;
        this.status = ReimbursementStatus.OPEN;
    }

    /** Marks the reimbursement reversed; only an open one can be, and the caller posts the reversal. */
    public void markReversed(Voucher reversal) {
        if (status != ReimbursementStatus.OPEN) {
            throw new IllegalStateException("Only an open reimbursement can be reversed; " + number + " is " + status);
        }
        this.status = ReimbursementStatus.REVERSED;
        this.reversalVoucher = reversal;
    }

    /** Marks the reimbursement paid once its vendor invoice is fully settled by a payment. */
    public void markPaid() {
        if (status != ReimbursementStatus.OPEN) {
            throw new IllegalStateException("Only an open reimbursement can become paid; " + number + " is " + status);
        }
        this.status = ReimbursementStatus.PAID;
    }

    /**
     * Back to open after the bank rejected the transfer that paid it: the rejection's reversing
     * voucher reopened the vendor invoice, so the clerk can correct the vendor and pay again, or
     * reverse the reimbursement.
     */
    public void reopenAfterBankRejection() {
        if (status != ReimbursementStatus.PAID) {
            throw new IllegalStateException("Only a paid reimbursement can be reopened by a bank rejection; " + number + " is " + status);
        }
        this.status = ReimbursementStatus.OPEN;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public ReimbursementRun getRun() { return run; }
    public Customer getCustomer() { return customer; }
    public Vendor getVendor() { return vendor; }
    public String getCurrency() { return currency; }
    public long getAmount() { return amount; }
    public long getAmountAcc() { return amountAcc; }
    public LocalDate getPostingDate() { return postingDate; }
    public Voucher getVoucher() { return voucher; }
    public CustomerTransaction getCustomerTransaction() { return customerTransaction; }
    public VendorTransaction getVendorTransaction() { return vendorTransaction; }
    public CustomerTransaction getSourceTransaction() { return sourceTransaction; }
    public ReimbursementStatus getStatus() { return status; }
    public Voucher getReversalVoucher() { return reversalVoucher; }
}
