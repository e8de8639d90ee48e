package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The part of one customer transaction closed by a settlement posted on a voucher. */
@Entity
@Table(name = "customer_settlement")
public class CustomerSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voucher_id")
    private Voucher voucher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transaction_id")
    private CustomerTransaction transaction;

    @Column(name = "amount")
    private long amount;

    @Column(name = "amount_acc")
    private long amountAcc;

    protected CustomerSettlement() {
    }

    public CustomerSettlement(Voucher voucher, CustomerTransaction transaction, long amount, long amountAcc) {
        this.voucher = voucher;
        this.transaction = transaction;
        this.amount = amount;
        this.amountAcc = amountAcc;
    }

    public Long getId() {
        return id;
    }

    public Voucher getVoucher() {
        return voucher;
    }

    public CustomerTransaction getTransaction() {
        return transaction;
    }

    public long getAmount() {
        return amount;
    }

    public long getAmountAcc() {
        return amountAcc;
    }

}
