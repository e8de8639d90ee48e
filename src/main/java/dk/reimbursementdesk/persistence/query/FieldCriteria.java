package dk.reimbursementdesk.persistence.query;

import java.util.List;
import java.util.Objects;

/**
 * The criteria typed for one field of a selection, SQL-free: any of the alternatives may hold. The
 * column is the field catalogue's fixed expression for the field (such as {@code c.account} over
 * {@link QuerySource#CUSTOMERS}), never user text.
 */
public record FieldCriteria(String column, List<CriteriaTerms> alternatives) {

    public FieldCriteria {
        Objects.requireNonNull(column, "column");
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("A field of a selection has at least one criteria");
        }
    }
}
