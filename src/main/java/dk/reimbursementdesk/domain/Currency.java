package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An ISO 4217 currency and the number of decimals its amounts carry. */
@Entity
@Table(name = "currency")
public class Currency {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "decimals")
    private int decimals;

    protected Currency() {
    }

    public Currency(String code, String name, int decimals) {
        this.code = code;
        this.name = name;
        this.decimals = decimals;
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

    public int getDecimals() {
        return decimals;
    }

}
