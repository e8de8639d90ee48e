package dk.reimbursementdesk.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of a query, read by column label in the ledger's own encodings: money as minor units
 * (INTEGER), dates as ISO text. Services map rows to their records through a {@link RowMapper}
 * without seeing JDBC; a failure to read is a {@link LedgerAccessException}.
 */
public final class Row {

    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public String text(String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    public long number(String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    /** By position, for single-column results. */
    public long number(int column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw LedgerAccessException.reading(String.valueOf(column), e);
        }
    }

    public int integer(String column) {
        try {
            return rs.getInt(column);
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    /** A whole number that may be NULL. */
    public Long nullableNumber(String column) {
        try {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    public boolean flag(String column) {
        return number(column) != 0;
    }

    /** Minor units as an exact amount with the currency's decimals; NULL reads as zero. */
    public BigDecimal money(String column, int decimals) {
        return BigDecimal.valueOf(number(column), decimals);
    }

    /** Minor units that may be NULL. */
    public BigDecimal nullableMoney(String column, int decimals) {
        Long minor = nullableNumber(column);
        return minor == null ? null : BigDecimal.valueOf(minor, decimals);
    }

    /** An exact decimal stored as its plain text (exchange rates). */
    public BigDecimal decimalText(String column) {
        String value = text(column);
        return value == null ? null : new BigDecimal(value);
    }

    public LocalDate date(String column) {
        String value = text(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public LocalDateTime dateTime(String column) {
        String value = text(column);
        return value == null ? null : LocalDateTime.parse(value.replace(' ', 'T'));
    }
}
