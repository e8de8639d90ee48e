package dk.reimbursementdesk.persistence.query;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/** What a selection names, read straight from its tables. */
public final class SelectionQueries {

    private final Sql sql;

    public SelectionQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** How many rows of the source the criteria select (all of them without criteria). */
    public long count(QuerySource source, List<FieldCriteria> criteria) {
        SqlPredicate where = CriteriaSql.where(sql.engine(), criteria);
        return sql.queryLong("SELECT count(*) FROM " + source.from() + " WHERE " + where.sql(), where.parameters().toArray());
    }
}
