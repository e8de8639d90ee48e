package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.setup.CurrencyCodes;
import dk.reimbursementdesk.persistence.setup.ExchangeRateStore;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        return ledger.inTransaction(work -> LedgerContext.load(work).accountingCurrencyCode());
    }

    /** The foreign currencies the ledger knows. */
    public List<String> currencies() {
        return ledger.inTransaction(work -> new CurrencyCodes(work)
                .allExcept(LedgerContext.load(work).accountingCurrencyCode()));
    }

    /** Rates of one currency (or all when null), newest first per currency. */
    public List<Rate> rates(String currency) {
        return ledger.inTransaction(work -> {
            ExchangeRateStore store = new ExchangeRateStore(work);
            return store.rates(currency, row -> {
                String code = row.text("currency");
                LocalDate from = row.date("valid_from");
                return new Rate(row.number("id"), code, from, shown(row.decimalText("rate")),
                        store.postingsBetween(code, from, row.date("next_valid_from")) > 0);
            });
        });
    }

    public Rate add(String currencyCode, LocalDate validFrom, BigDecimal rate) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("exchange rate change");
            ExchangeRateStore store = new ExchangeRateStore(work);
            String currency = foreignCurrency(work, currencyCode);
            LocalDate from = requireDate(validFrom);
            BigDecimal value = requireRate(rate);
            if (store.at(currency, from).isPresent()) {
                throw SetupRefusals.refuse("rate.duplicate", currency, from);
            }
            refuseIfTakesOverPostings(store, currency, from, null);
            ExchangeRate created = new ExchangeRate(currency, from, value);
            work.persist(created);
            work.flush();
            return new Rate(created.getId(), currency, from, value, false);
        });
    }

    /** Changes an unused rate's value or valid-from date. */
    public Rate correct(long id, LocalDate validFrom, BigDecimal rate) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("exchange rate change");
            ExchangeRateStore store = new ExchangeRateStore(work);
            ExchangeRate existing = work.find(ExchangeRate.class, id);
            if (existing == null) {
                throw SetupRefusals.refuse("rate.unknown");
            }
            LocalDate from = requireDate(validFrom);
            BigDecimal value = requireRate(rate);
            String currency = existing.getCurrency();
            if (used(store, existing)) {
                throw SetupRefusals.refuse("rate.used", currency, existing.getValidFrom());
            }
            ExchangeRate clash = store.at(currency, from).orElse(null);
            if (clash != null && !clash.getId().equals(existing.getId())) {
                throw SetupRefusals.refuse("rate.duplicate", currency, from);
            }
            refuseIfTakesOverPostings(store, currency, from, existing.getId());
            existing.setValidFrom(from);
            existing.setRate(value);
            return new Rate(existing.getId(), currency, from, value, false);
        });
    }

    private static boolean used(ExchangeRateStore store, ExchangeRate rate) {
        LocalDate until = store.nextValidFrom(rate.getCurrency(), rate.getValidFrom(), rate.getId());
        return store.postingsBetween(rate.getCurrency(), rate.getValidFrom(), until) > 0;
    }

    /** A rate at {@code from} would govern [from, next rate): refused when postings lie in that span. */
    private static void refuseIfTakesOverPostings(ExchangeRateStore store, String currency, LocalDate from, Long ignoredId) {
        LocalDate until = store.nextValidFrom(currency, from, ignoredId);
        long postings = store.postingsBetween(currency, from, until);
        if (postings > 0) {
            throw SetupRefusals.refuse("rate.wouldChangePostings", currency, from, postings);
        }
    }

    private static String foreignCurrency(UnitOfWork work, String code) {
        String currency = Currencies.ensure(work, SetupRefusals.requireText(code, "currency.required")).getCode();
        if (currency.equals(LedgerContext.load(work).accountingCurrencyCode())) {
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
