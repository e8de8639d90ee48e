package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One general-ledger line: debit or credit in accounting-currency minor units, with the transaction-currency amount kept. */
@Entity
@Table(name = "voucher_line")
public class VoucherLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voucher_id")
    private Voucher voucher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private LedgerAccount account;

    @Column(name = "debit")
    private long debit;

    @Column(name = "credit")
    private long credit;

    @Column(name = "currency")
    private String currency;

    @Column(name = "amount")
    private long amount;

    @Column(name = "description")
    private String description;

    protected VoucherLine() {
    }

    public VoucherLine(Voucher voucher, LedgerAccount account, long debit, long credit, String currency, long amount, String description) {
        this.voucher = voucher;
        this.account = account;
        this.debit = debit;
        this.credit = credit;
        this.currency = currency;
        this.amount = amount;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Voucher getVoucher() {
        return voucher;
    }

    public LedgerAccount getAccount() {
        return account;
    }

    public long getDebit() {
        return debit;
    }

    public long getCredit() {
        return credit;
    }

    public String getCurrency() {
        return currency;
    }

    public long getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }

}
