package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;

/** The exchange rate valid on a date: the newest rate whose valid-from date is on or before it. */
public final class ExchangeRates {

    private ExchangeRates() {
    }

    public static Optional<BigDecimal> find(UnitOfWork work, String currency, String accountingCurrency, LocalDate date) {
        if (currency.equals(accountingCurrency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return new LedgerStore(work).rateOn(currency, date);
    }

    /** As {@link #find}, but a missing rate refuses the posting with a sentence. */
    public static BigDecimal require(UnitOfWork work, String currency, String accountingCurrency, LocalDate date) {
        return find(work, currency, accountingCurrency, date)
                .orElseThrow(() -> new UserException("rate.missing", currency, date));
    }
}
