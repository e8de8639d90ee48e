package dk.reimbursementdesk.persistence.query;

import java.util.List;
import java.util.Objects;

/**
 * A WHERE condition with {@code ?} placeholders and the values to bind to them, in order. User values
 * only ever travel in {@code parameters}, so nothing typed into a criteria can change the SQL text.
 */
public record SqlPredicate(String sql, List<Object> parameters) {

    public SqlPredicate {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }
}
