package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A posted vendor transaction. Amounts never change; only the open amounts move, through settlements. */
@Entity
@Table(name = "vendor_transaction")
public class VendorTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voucher_id")
    private Voucher voucher;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private VendorTransactionType type;

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

    @Column(name = "open_amount")
    private long openAmount;

    @Column(name = "open_amount_acc")
    private long openAmountAcc;

    protected VendorTransaction() {
    }

    public VendorTransaction(Vendor vendor, Voucher voucher, VendorTransactionType type, LocalDate transactionDate, LocalDate dueDate, String document, String currency, long amount, long amountAcc, long openAmount, long openAmountAcc) {
        this.vendor = vendor;
        this.voucher = voucher;
        this.type = type;
        this.transactionDate = transactionDate;
        this.dueDate = dueDate;
        this.document = document;
        this.currency = currency;
        this.amount = amount;
        this.amountAcc = amountAcc;
        this.openAmount = openAmount;
        this.openAmountAcc = openAmountAcc;
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public Voucher getVoucher() {
        return voucher;
    }

    public VendorTransactionType getType() {
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

    public long getOpenAmount() {
        return openAmount;
    }

    public long getOpenAmountAcc() {
        return openAmountAcc;
    }

    /** Takes a settled part off the open amounts; the caller records the settlement itself. */
    public void settle(long part, long partAcc) {
        this.openAmount -= part;
        this.openAmountAcc -= partAcc;
    }

    public boolean isOpen() {
        return openAmount != 0;
    }

}
