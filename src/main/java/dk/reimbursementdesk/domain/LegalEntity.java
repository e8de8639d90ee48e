package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The company that keeps this ledger; one per ledger file. */
@Entity
@Table(name = "legal_entity")
public class LegalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "accounting_currency")
    private String accountingCurrency;

    @Column(name = "demo")
    private boolean demo;

    protected LegalEntity() {
    }

    public LegalEntity(String code, String name, String accountingCurrency, boolean demo) {
        this.code = code;
        this.name = name;
        this.accountingCurrency = accountingCurrency;
        this.demo = demo;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccountingCurrency() {
        return accountingCurrency;
    }

    public boolean isDemo() {
        return demo;
    }

}
