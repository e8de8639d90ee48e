package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.TextFold;
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

    Parties customers() {
        Parties parties = new Parties();
        queries.eachCustomer(parties::add);
        return parties;
    }

    Parties vendors() {
        Parties parties = new Parties();
        queries.eachVendor(parties::add);
        return parties;
    }

    /**
     * Accounts as the ledger's lookups find them ({@code persistence.AccountMatch}): by the unique
     * index's ASCII-folded key first, then, for an account with other letters, by the Unicode fold,
     * which finds a party only when exactly one folds alike.
     */
    static final class Parties {

        private static final Party AMBIGUOUS = new Party(-1, "", "");

        private final Map<String, Party> byKey = new HashMap<>();
        /** Only the accounts with letters beyond ASCII, so a hundred thousand plain ones cost no second map. */
        private final Map<String, Party> byFold = new HashMap<>();

        private void add(Row row) {
            String account = row.text("account");
            Party party = new Party(row.number("id"), account, row.text("currency"));
            byKey.put(Fields.fold(account), party);
            if (TextFold.beyondAscii(account)) {
                byFold.merge(TextFold.fold(account), party, (first, second) -> AMBIGUOUS);
            }
        }

        /** The party this account names, or null. */
        Party find(String account) {
            Party party = byKey.get(Fields.fold(account));
            if (party != null || !TextFold.beyondAscii(account)) {
                return party;
            }
            party = byFold.get(TextFold.fold(account));
            return party == AMBIGUOUS ? null : party;
        }

        /** Whether a new party with this account would fold alike with one in the ledger. */
        boolean taken(String account) {
            return byKey.containsKey(Fields.fold(account))
                    || TextFold.beyondAscii(account) && byFold.containsKey(TextFold.fold(account));
        }

        boolean isEmpty() {
            return byKey.isEmpty();
        }
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
