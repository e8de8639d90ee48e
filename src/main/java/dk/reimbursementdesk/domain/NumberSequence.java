package dk.reimbursementdesk.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Hands out document numbers such as {@code RB-000001}: a prefix and a zero-padded counter. */
@Entity
@Table(name = "number_sequence")
public class NumberSequence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long id;

    private String code;
    private String name;
    private String prefix;
    private int width;

    @Column(name = "next_value")
    private long nextValue;

    protected NumberSequence() {
    }

    public NumberSequence(String code, String name, String prefix, int width) {
        this.code = code;
        this.name = name;
        this.prefix = prefix;
        this.width = width;
        this.nextValue = 1;
    }

    /** Takes the next number; the change is saved with the transaction that used it, so a rolled-back run leaves no gap. */
    public String next() {
        return format(nextValue++);
    }

    /** Reserves {@code count} numbers at once and returns the first value, for set-based posting. */
    public long reserve(long count) {
        long first = nextValue;
        nextValue += count;
        return first;
    }

    public String format(long value) {
        return prefix + String.format("%0" + width + "d", value);
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

    public String getPrefix() {
        return prefix;
    }

    public int getWidth() {
        return width;
    }

    public long getNextValue() {
        return nextValue;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public void setWidth(int width) {
        this.width = width;
    }
}
