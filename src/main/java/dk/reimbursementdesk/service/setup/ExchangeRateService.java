package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Exchange rates: accounting-currency units per unit of a foreign currency, each valid from its
 * date until the next rate of the same currency.
 *
 * <p>A rate is <em>used</em> when a customer or vendor transaction in its currency is dated on or
 * after its valid-from date and before the next rate's valid-from date: that posting was converted
 * with it. A used rate can be neither changed nor moved, and no rate may be added or moved so that
 * it would take over the dates of existing postings, because their amounts in accounting currency
 * were fixed with the rate valid then. Everything else, in particular rates for dates after the
 * last posting, can be added and corrected freely.
 */
public final class ExchangeRateService {

    /** A rate row; {@code used} tells whether a posting was converted with it. */
    public record Rate(long id, String currency, LocalDate validFrom, BigDecimal rate, boolean used) {
    }

    /** More decimals than this are not a rate a bank quotes; it is a typing mistake. */
    public static final int MAX_RATE_DECIMALS = 6;

    private final Ledger ledger;

    public ExchangeRateService(Ledger ledger) {
        this.ledger = ledger;
    }

    public String accountingCurrency() {
        return ledger.inSessionTransaction(session -> LedgerContext.load(session).accountingCurrencyCode());
    }

    /** The foreign currencies the ledger knows. */
    public List<String> currencies() {
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                        "select code from Currency where code <> :acc order by code", String.class)
                .setParameter("acc", LedgerContext.load(session).accountingCurrencyCode()).getResultList());
    }

    /** Rates of one currency (or all when null), newest first per currency. */
    public List<Rate> rates(String currency) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<Rate> rates = new ArrayList<>();
            String sql = "SELECT r.id, r.currency, r.valid_from, r.rate,"
                    + " (SELECT min(n.valid_from) FROM exchange_rate n WHERE n.currency = r.currency AND n.valid_from > r.valid_from)"
                    + " FROM exchange_rate r" + (currency == null ? "" : " WHERE r.currency = ?")
                    + " ORDER BY r.currency, r.valid_from DESC";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (currency != null) {
                    s.setString(1, currency);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDate from = LocalDate.parse(rs.getString(3));
                        LocalDate until = rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5));
                        rates.add(new Rate(rs.getLong(1), rs.getString(2), from, shown(new BigDecimal(rs.getString(4))),
                                postingsBetween(c, rs.getString(2), from, until) > 0));
                    }
                }
            }
            return rates;
        }));
    }

    public Rate add(String currencyCode, LocalDate validFrom, BigDecimal rate) {
        return ledger.inSessionTransaction(session -> {
            String currency = foreignCurrency(session, currencyCode);
            LocalDate from = requireDate(validFrom);
            BigDecimal value = requireRate(rate);
            if (rateAt(session, currency, from) != null) {
                throw SetupRefusals.refuse("rate.duplicate", currency, from);
            }
            refuseIfTakesOverPostings(session, currency, from, null);
            ExchangeRate created = new ExchangeRate(currency, from, value);
            session.persist(created);
            session.flush();
            return new Rate(created.getId(), currency, from, value, false);
        });
    }

    /** Changes an unused rate's value or valid-from date. */
    public Rate correct(long id, LocalDate validFrom, BigDecimal rate) {
        return ledger.inSessionTransaction(session -> {
            ExchangeRate existing = session.find(ExchangeRate.class, id);
            if (existing == null) {
                throw SetupRefusals.refuse("rate.unknown");
            }
            LocalDate from = requireDate(validFrom);
            BigDecimal value = requireRate(rate);
            String currency = existing.getCurrency();
            if (used(session, existing)) {
                throw SetupRefusals.refuse("rate.used", currency, existing.getValidFrom());
            }
            ExchangeRate clash = rateAt(session, currency, from);
            if (clash != null && !clash.getId().equals(existing.getId())) {
                throw SetupRefusals.refuse("rate.duplicate", currency, from);
            }
            refuseIfTakesOverPostings(session, currency, from, existing.getId());
            existing.setValidFrom(from);
            existing.setRate(value);
            return new Rate(existing.getId(), currency, from, value, false);
        });
    }

    private boolean used(Session session, ExchangeRate rate) {
        LocalDate until = nextValidFrom(session, rate.getCurrency(), rate.getValidFrom(), rate.getId());
        return session.doReturningWork(c -> postingsBetween(c, rate.getCurrency(), rate.getValidFrom(), until)) > 0;
    }

    /** A rate at {@code from} would govern [from, next rate): refused when postings lie in that span. */
    private void refuseIfTakesOverPostings(Session session, String currency, LocalDate from, Long ignoredId) {
        LocalDate until = nextValidFrom(session, currency, from, ignoredId);
        long postings = session.doReturningWork(c -> postingsBetween(c, currency, from, until));
        if (postings > 0) {
            throw SetupRefusals.refuse("rate.wouldChangePostings", currency, from, postings);
        }
    }

    private static LocalDate nextValidFrom(Session session, String currency, LocalDate from, Long ignoredId) {
        return session.createSelectionQuery("select min(r.validFrom) from ExchangeRate r where r.currency = :c"
                        + " and r.validFrom > :d and (:ignored is null or r.id <> :ignored)", LocalDate.class)
                .setParameter("c", currency).setParameter("d", from).setParameter("ignored", ignoredId)
                .getSingleResult();
    }

    private static long postingsBetween(java.sql.Connection c, String currency, LocalDate from, LocalDate until)
            throws java.sql.SQLException {
        String range = " WHERE currency = ?1 AND transaction_date >= ?2" + (until == null ? "" : " AND transaction_date < ?3");
        try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM customer_transaction" + range
                + ") + (SELECT count(*) FROM vendor_transaction" + range + ")")) {
            s.setString(1, currency);
            s.setString(2, from.toString());
            if (until != null) {
                s.setString(3, until.toString());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ExchangeRate rateAt(Session session, String currency, LocalDate from) {
        return session.createSelectionQuery("from ExchangeRate where currency = :c and validFrom = :d", ExchangeRate.class)
                .setParameter("c", currency).setParameter("d", from).getResultStream().findFirst().orElse(null);
    }

    private static String foreignCurrency(Session session, String code) {
        String currency = Currencies.ensure(session, SetupRefusals.requireText(code, "currency.required")).getCode();
        if (currency.equals(LedgerContext.load(session).accountingCurrencyCode())) {
            throw SetupRefusals.refuse("rate.accountingCurrency", currency);
        }
        return currency;
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw SetupRefusals.refuse("rate.dateRequired");
        }
        return date;
    }

    /** Greater than zero and no finer than {@link #MAX_RATE_DECIMALS}. */
    public static BigDecimal requireRate(BigDecimal rate) {
        if (rate == null) {
            throw SetupRefusals.refuse("rate.required");
        }
        if (rate.signum() <= 0) {
            throw SetupRefusals.refuse("rate.notPositive", rate.toPlainString());
        }
        if (rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            throw SetupRefusals.refuse("rate.tooPrecise", rate.toPlainString(), MAX_RATE_DECIMALS);
        }
        return shown(rate);
    }

    /** Rates are quoted with four decimals at least (7.4600), more only when the rate has them. */
    private static BigDecimal shown(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 4 ? stripped.setScale(4) : stripped;
    }
}
