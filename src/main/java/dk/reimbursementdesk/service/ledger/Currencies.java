package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.UserException;
import java.util.Locale;
import dk.reimbursementdesk.persistence.UnitOfWork;

/** ISO 4217 currencies: codes are checked against the JDK's table, which also gives the decimals. */
public final class Currencies {

    private Currencies() {
    }

    /** The upper-case ISO 4217 code, or a refusal naming the text that is not one. */
    public static String requireIsoCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z]{3}")) {
            throw new UserException("currency.notIso", code);
        }
        try {
            java.util.Currency iso = java.util.Currency.getInstance(normalized);
            if (iso.getDefaultFractionDigits() < 0) {
                throw new UserException("currency.notIso", code);
            }
            return normalized;
        } catch (IllegalArgumentException e) {
            throw new UserException("currency.notIso", code);
        }
    }

    /** The currency row, created on first use with the ISO decimals and English display name. */
    public static Currency ensure(UnitOfWork work, String code) {
        String iso = requireIsoCode(code);
        Currency existing = work.find(Currency.class, iso);
        if (existing != null) {
            return existing;
        }
        java.util.Currency jdk = java.util.Currency.getInstance(iso);
        Currency created = new Currency(iso, jdk.getDisplayName(Locale.ENGLISH), jdk.getDefaultFractionDigits());
        work.persist(created);
        return created;
    }

    /** The currency row, which must exist; a missing one is refused with a sentence. */
    public static Currency require(UnitOfWork work, String code) {
        Currency currency = work.find(Currency.class, requireIsoCode(code));
        if (currency == null) {
            throw new UserException("currency.unknown", code);
        }
        return currency;
    }
}
