package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Accounting-currency units per unit of a currency, valid from a date until the next rate. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    @Column(name = "currency")
    private String currency;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "rate")
    private BigDecimal rate;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, LocalDate validFrom, BigDecimal rate) {
        this.currency = currency;
        this.validFrom = validFrom;
        this.rate = rate;
    }

    public Long getId() {
        return id;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

}
