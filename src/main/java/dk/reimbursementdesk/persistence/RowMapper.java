package dk.reimbursementdesk.persistence;

/** Turns one {@link Row} into the caller's record; the statement that makes the row lives in persistence. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
