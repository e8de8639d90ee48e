package dk.reimbursementdesk.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One row of a query, read by column label in the ledger's own encodings: money as minor units
 * (INTEGER), dates as ISO text. Services map rows to their records through a {@link RowMapper}
 * without seeing JDBC; a failure to read is a {@link LedgerAccessException}.
 */
public final class Row {

    private final ResultSet rs;
    /**
     * Column positions by label, looked up once per result: the driver's own lookup folds the
     * label's case on every call, and a preview reads a million fields.
     */
    private final Map<String, Integer> positions = new HashMap<>();

    Row(ResultSet rs) {
        this.rs = rs;
    }

    private int position(String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            position = rs.findColumn(column);
            positions.put(column, position);
        }
        return position;
    }

    public String text(String column) {
        try {
            return rs.getString(position(column));
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    public long number(String column) {
        try {
            return rs.getLong(position(column));
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
            return rs.getInt(position(column));
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    /** A whole number that may be NULL. */
    public Long nullableNumber(String column) {
        try {
            long value = rs.getLong(position(column));
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
    }

    /** A BOOLEAN column: SQLite's 0/1, PostgreSQL's boolean (whose text the driver will not read as a number). */
    public boolean flag(String column) {
        try {
            return rs.getBoolean(position(column));
        } catch (SQLException e) {
            throw LedgerAccessException.reading(column, e);
        }
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
