package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.persistence.Row;
import java.util.Arrays;
import java.util.List;

/**
 * A column the payment statements fill with {@code EngineSql.joined} (SQLite's {@code group_concat},
 * PostgreSQL's {@code string_agg}, both with char(31) between): several texts in one
 * row, split apart again on the unit separator, which no document or reimbursement number contains.
 */
public final class Concatenated {

    private Concatenated() {
    }

    /** The texts of the column in the statement's order; none when it is NULL. */
    public static List<String> texts(Row row, String column) {
        String joined = row.text(column);
        return joined == null ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
