package dk.reimbursementdesk.persistence.gl;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;

/** The company of the ledger (the first legal entity), read as plain rows for the read-only views. */
public final class CompanyQueries {

    private final Sql sql;

    public CompanyQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** Columns {@code name, code, accounting_currency, demo}; empty before the company is set up. */
    public <T> Optional<T> company(RowMapper<T> mapper) {
        return sql.first("SELECT name, code, accounting_currency, demo FROM legal_entity ORDER BY id LIMIT 1", mapper);
    }

    /** Columns {@code currency, decimals} of the accounting currency; empty before the company is set up. */
    public <T> Optional<T> accountingCurrency(RowMapper<T> mapper) {
        return sql.first("""
                SELECT e.accounting_currency AS currency, cur.decimals AS decimals
                FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency
                ORDER BY e.id LIMIT 1""", mapper);
    }
}
