package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A vendor (kreditor): someone accounts payable pays. One-time vendors are created by reimbursement. */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @Column(name = "account")
    private String account;

    @Column(name = "name")
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private VendorGroup group;

    @Column(name = "currency")
    private String currency;

    @Column(name = "iban")
    private String iban;

    @Column(name = "bic")
    private String bic;

    @Column(name = "one_time")
    private boolean oneTime;

    protected Vendor() {
    }

    public Vendor(String account, String name, VendorGroup group, String currency, String iban, String bic, boolean oneTime) {
        this.account = account;
        this.name = name;
        this.group = group;
        this.currency = currency;
        this.iban = iban;
        this.bic = bic;
        this.oneTime = oneTime;
    }

    public Long getId() {
        return id;
    }

    public String getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VendorGroup getGroup() {
        return group;
    }

    public void setGroup(VendorGroup group) {
        this.group = group;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public boolean isOneTime() {
        return oneTime;
    }

    public void setOneTime(boolean oneTime) {
        this.oneTime = oneTime;
    }

}
