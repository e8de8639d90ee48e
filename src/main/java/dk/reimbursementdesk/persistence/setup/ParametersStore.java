package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** What the parameters point at: number sequences by code, and the pick lists of accounts and sequences. */
public final class ParametersStore {

    private final Session session;
    private final Sql sql;

    public ParametersStore(UnitOfWork work) {
        this.session = work.session();
        this.sql = work.sql();
    }

    public Optional<NumberSequence> numberSequence(String code) {
        return session.createSelectionQuery("from NumberSequence where code = :c", NumberSequence.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** Every ledger account with columns {@code number, name}, by number. */
    public <T> List<T> ledgerAccounts(RowMapper<T> mapper) {
        return sql.list("SELECT number, name FROM ledger_account ORDER BY number", mapper);
    }

    /** Every number sequence with columns {@code code, name}, by code. */
    public <T> List<T> numberSequences(RowMapper<T> mapper) {
        return sql.list("SELECT code, name FROM number_sequence ORDER BY code", mapper);
    }
}
