package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * What an import checks its rows against, read once with plain SQL (a hundred thousand customers
 * are looked up a million times): accounts by their NOCASE key, currencies with their decimals,
 * groups and exchange rates.
 */
final class LedgerLookup {

    record Party(long id, String account, String currency) {
    }

    private final Connection connection;
    private final Map<String, Integer> currencies = new HashMap<>();
    private final Map<String, Integer> isoChecked = new HashMap<>();

    private LedgerLookup(Connection connection) throws SQLException {
        this.connection = connection;
        try (PreparedStatement s = connection.prepareStatement("SELECT code, decimals FROM currency");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                currencies.put(rs.getString(1), rs.getInt(2));
            }
        }
    }

    /** Reads inside the import's own transaction, so the checks see exactly what the writes will meet. */
    static <T> T with(Session session, SqlWork<T> work) {
        return session.doReturningWork(connection -> work.apply(new LedgerLookup(connection), connection));
    }

    interface SqlWork<T> {
        T apply(LedgerLookup lookup, Connection connection) throws SQLException;
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

    Map<String, Party> customers() throws SQLException {
        return parties("SELECT id, account, currency FROM customer");
    }

    Map<String, Party> vendors() throws SQLException {
        return parties("SELECT id, account, currency FROM vendor");
    }

    private Map<String, Party> parties(String sql) throws SQLException {
        Map<String, Party> parties = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String account = rs.getString(2);
                parties.put(Fields.fold(account), new Party(rs.getLong(1), account, rs.getString(3)));
            }
        }
        return parties;
    }

    /** Exchange rates by currency, each keyed by the epoch day it is valid from. */
    Map<String, TreeMap<Integer, BigDecimal>> rates() throws SQLException {
        Map<String, TreeMap<Integer, BigDecimal>> rates = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT currency, valid_from, rate FROM exchange_rate");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rates.computeIfAbsent(rs.getString(1), c -> new TreeMap<>())
                        .put(Fields.epochDay(rs.getString(2)), new BigDecimal(rs.getString(3)));
            }
        }
        return rates;
    }

    String accountingCurrency() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT accounting_currency FROM legal_entity LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new UserException("company.notSetUp");
            }
            return rs.getString(1);
        }
    }
}
