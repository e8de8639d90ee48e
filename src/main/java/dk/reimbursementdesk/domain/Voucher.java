package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A posted voucher (bilag): general-ledger lines whose debits equal their credits. Once saved it is
 * never changed; a correction is a new voucher that names the one it reverses.
 */
@Entity
@Table(name = "voucher")
public class Voucher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    private String number;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_voucher_id")
    private Voucher reverses;

    @Column(name = "posted_at")
    private LocalDateTime postedAt;

    @OneToMany(mappedBy = "voucher", cascade = CascadeType.PERSIST)
    private List<VoucherLine> lines = new ArrayList<>();

    protected Voucher() {
    }

    public Voucher(String number, LocalDate postingDate, String description, Voucher reverses, LocalDateTime postedAt) {
        this.number = number;
        this.postingDate = postingDate;
        this.description = description;
        this.reverses = reverses;
        this.postedAt = postedAt;
    }

    public VoucherLine addLine(LedgerAccount account, long debit, long credit, String currency, long amount, String text) {
        if (debit < 0 || credit < 0) {
            throw new IllegalArgumentException("Debit and credit are never negative");
        }
        VoucherLine line = new VoucherLine(this, account, debit, credit, currency, amount, text);
        lines.add(line);
        return line;
    }

    /**
     * Dates a voucher that is not posted yet, opened before its date could be known: a transactions
     * import's voucher is dated its file's latest date, known at the file's last row, while the rows
     * already written point at the voucher. {@code VoucherPoster.post} makes the date final.
     */
    public void redate(LocalDate postingDate) {
        if (postingDate == null) {
            throw new IllegalArgumentException("A voucher has a posting date");
        }
        this.postingDate = postingDate;
    }

    public long totalDebit() {
        return lines.stream().mapToLong(VoucherLine::getDebit).sum();
    }

    public long totalCredit() {
        return lines.stream().mapToLong(VoucherLine::getCredit).sum();
    }

    public boolean balances() {
        return totalDebit() == totalCredit();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getPostingDate() {
        return postingDate;
    }

    public String getDescription() {
        return description;
    }

    public Voucher getReverses() {
        return reverses;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public List<VoucherLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
