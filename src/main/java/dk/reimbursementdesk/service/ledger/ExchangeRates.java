package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** The exchange rate valid on a date: the newest rate whose valid-from date is on or before it. */
public final class ExchangeRates {

    private ExchangeRates() {
    }

    public static Optional<BigDecimal> find(Session session, String currency, String accountingCurrency, LocalDate date) {
        if (currency.equals(accountingCurrency)) {
            return Optional.of(BigDecimal.ONE);
        }
        List<BigDecimal> rates = session.createSelectionQuery(
                        "select r.rate from ExchangeRate r where r.currency = :c and r.validFrom <= :d order by r.validFrom desc",
                        BigDecimal.class)
                .setParameter("c", currency)
                .setParameter("d", date)
                .setMaxResults(1)
                .getResultList();
        return rates.stream().findFirst();
    }

    /** As {@link #find}, but a missing rate refuses the posting with a sentence. */
    public static BigDecimal require(Session session, String currency, String accountingCurrency, LocalDate date) {
        return find(session, currency, accountingCurrency, date)
                .orElseThrow(() -> new UserException("rate.missing", currency, date));
    }
}
