package dk.reimbursementdesk.persistence;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * How a customer or vendor is found by the account a user typed: first as the schema's unique index
 * compares (NOCASE: ASCII letters folded), then, for an account with other letters ({@code æble} for
 * {@code ÆBLE}), by {@link TextFold} on both sides, as the selections compare. The unique index
 * folds ASCII only, so two accounts may fold alike ({@code ÆBLE} and {@code æble}); the first step
 * finds each of them as written, and the folded step finds one only when exactly one fits, so a
 * lookup never picks one of two at random.
 */
public final class AccountMatch {

    private AccountMatch() {
    }

    /** The entity (Customer or Vendor: a mapped {@code account}) with this account, trimmed; null or blank finds none. */
    public static <T> Optional<T> find(Session session, Class<T> entity, String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        String wanted = account.strip();
        String name = entity.getSimpleName();
        // The unique index: the column's NOCASE on SQLite, lower(account) on PostgreSQL.
        String indexed = onPostgres(session) ? "lower(account) = lower(:a)" : "account = :a";
        Optional<T> exact = session.createSelectionQuery("from " + name + " where " + indexed, entity)
                .setParameter("a", wanted).getResultStream().findFirst();
        if (exact.isPresent() || !TextFold.beyondAscii(wanted)) {
            return exact;
        }
        List<T> folded = session.createSelectionQuery(
                        "from " + name + " where function('" + TextFold.FUNCTION + "', account) = :a", entity)
                .setParameter("a", TextFold.fold(wanted)).setMaxResults(2).getResultList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** Whether the session's ledger is on PostgreSQL, for the HQL that follows its indexes. */
    static boolean onPostgres(Session session) {
        return session.getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                instanceof PostgreSQLDialect;
    }
}
