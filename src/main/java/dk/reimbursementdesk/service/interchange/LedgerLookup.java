package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.ReferenceQueries;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import checks its rows against, read once with plain SQL (a hundred thousand customers
 * are looked up a million times): accounts by their NOCASE key, currencies with their decimals,
 * groups and exchange rates.
 */
final class LedgerLookup {

    record Party(long id, String account, String currency) {
    }

    private final ReferenceQueries queries;
    private final Map<String, Integer> currencies;
    private final Map<String, Integer> isoChecked = new HashMap<>();

    /** Reads inside the import's own transaction, so the checks see exactly what the writes will meet. */
    LedgerLookup(UnitOfWork work) {
        this.queries = new ReferenceQueries(work);
        this.currencies = queries.currencyDecimals();
    }

    /**
     * The decimals of an ISO 4217 currency written as {@code text} (which must already be upper case
     * to count), from the ledger or, for a currency the import would create, from ISO 4217; null when
     * the text is no ISO code.
     */
    Integer decimals(String text) {
        Integer known = currencies.get(text);
        if (known != null) {
            return known;
        }
        int decimals = isoChecked.computeIfAbsent(text, LedgerLookup::isoDecimals);
        return decimals >= 0 ? decimals : null;
    }

    private static int isoDecimals(String code) {
        try {
            if (!code.equals(Currencies.requireIsoCode(code))) {
                return -1;
            }
            return java.util.Currency.getInstance(code).getDefaultFractionDigits();
        } catch (UserException e) {
            return -1;
        }
    }

    Map<String, Party> customers() {
        Map<String, Party> parties = new HashMap<>();
        queries.eachCustomer(row -> put(parties, row));
        return parties;
    }

    Map<String, Party> vendors() {
        Map<String, Party> parties = new HashMap<>();
        queries.eachVendor(row -> put(parties, row));
        return parties;
    }

    private static void put(Map<String, Party> parties, Row row) {
        String account = row.text("account");
        parties.put(Fields.fold(account), new Party(row.number("id"), account, row.text("currency")));
    }

    /** Exchange rates by currency, each keyed by the epoch day it is valid from. */
    Map<String, TreeMap<Integer, BigDecimal>> rates() {
        Map<String, TreeMap<Integer, BigDecimal>> rates = new HashMap<>();
        queries.eachRate(row -> rates.computeIfAbsent(row.text("currency"), c -> new TreeMap<>())
                .put(Fields.epochDay(row.text("valid_from")), row.decimalText("rate")));
        return rates;
    }

    String accountingCurrency() {
        return queries.accountingCurrency().orElseThrow(() -> new UserException("company.notSetUp"));
    }
}
