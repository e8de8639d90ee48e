package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Exchange rates, and the customer and vendor postings each rate's span of dates holds. */
public final class ExchangeRateStore {

    private final Session session;
    private final Sql sql;

    public ExchangeRateStore(UnitOfWork work) {
        this.session = work.session();
        this.sql = work.sql();
    }

    /**
     * The rates of one currency (all when null), newest first per currency, with columns {@code id,
     * currency, valid_from, rate} (exact decimal text) {@code , next_valid_from} (null for the latest).
     */
    public <T> List<T> rates(String currency, RowMapper<T> mapper) {
        String text = "SELECT r.id AS id, r.currency AS currency, r.valid_from AS valid_from, r.rate AS rate,"
                + " (SELECT min(n.valid_from) FROM exchange_rate n WHERE n.currency = r.currency AND n.valid_from > r.valid_from)"
                + " AS next_valid_from FROM exchange_rate r" + (currency == null ? "" : " WHERE r.currency = ?")
                + " ORDER BY r.currency, r.valid_from DESC";
        return currency == null ? sql.list(text, mapper) : sql.list(text, mapper, currency);
    }

    public Optional<ExchangeRate> at(String currency, LocalDate validFrom) {
        return session.createSelectionQuery("from ExchangeRate where currency = :c and validFrom = :d", ExchangeRate.class)
                .setParameter("c", currency).setParameter("d", validFrom).getResultStream().findFirst();
    }

    /** The valid-from date of the first rate after {@code from}, leaving out the rate {@code ignoredId}; null when none. */
    public LocalDate nextValidFrom(String currency, LocalDate from, Long ignoredId) {
        return session.createSelectionQuery("select min(r.validFrom) from ExchangeRate r where r.currency = :c"
                        + " and r.validFrom > :d and (:ignored is null or r.id <> :ignored)", LocalDate.class)
                .setParameter("c", currency).setParameter("d", from).setParameter("ignored", ignoredId)
                .getSingleResult();
    }

    /** How many customer and vendor transactions in the currency are dated in [from, until); until null is open. */
    public long postingsBetween(String currency, LocalDate from, LocalDate until) {
        String range = " WHERE currency = ? AND transaction_date >= ?" + (until == null ? "" : " AND transaction_date < ?");
        List<Object> parameters = new ArrayList<>(List.of(currency, from));
        if (until != null) {
            parameters.add(until);
        }
        parameters.addAll(List.copyOf(parameters));
        return sql.queryLong("SELECT (SELECT count(*) FROM customer_transaction" + range
                + ") + (SELECT count(*) FROM vendor_transaction" + range + ")", parameters.toArray());
    }
}
