package dk.reimbursementdesk.service.gl;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Read-only general-ledger views for screens: plain SQL shaped for what is shown, paged in SQL, so a
 * ledger with hundreds of thousands of vouchers never loads them all. Amounts come back exact, as
 * BigDecimal with the currency's decimals; no entity leaves this class.
 */
public final class GeneralLedgerQueries {

    /** The largest page a screen may ask for; bigger requests are clamped to keep memory bounded. */
    public static final int MAX_PAGE = 1_000;

    private final Ledger ledger;

    public GeneralLedgerQueries(Ledger ledger) {
        this.ledger = ledger;
    }

    public CompanyInfo companyInfo() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, code, accounting_currency, demo FROM legal_entity ORDER BY id LIMIT 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new UserException("company.notSetUp");
                }
                return new CompanyInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
            }
        });
    }

    /** The vouchers matching {@code query}, in number order, {@code limit} rows from {@code offset}. */
    public VoucherPage vouchers(VoucherQuery query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        int start = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return read(c -> {
            Accounting accounting = accounting(c);
            StringBuilder filter = new StringBuilder("SELECT v.id, v.number, v.posting_date, v.description, v.reverses_voucher_id "
                    + "FROM voucher v WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                // SQLite's LIKE ignores case (for ASCII letters, as lower() would)
                filter.append(" AND (v.number LIKE ? ESCAPE '\\' OR v.description LIKE ? ESCAPE '\\')");
                String pattern = "%" + likeEscaped(query.text().trim()) + "%";
                parameters.add(pattern);
                parameters.add(pattern);
            }
            if (query.from() != null) {
                filter.append(" AND v.posting_date >= ?");
                parameters.add(query.from().toString());
            }
            if (query.to() != null) {
                filter.append(" AND v.posting_date <= ?");
                parameters.add(query.to().toString());
            }
            // One row past the page tells whether a next page exists, without counting the whole ledger.
            filter.append(" ORDER BY v.number LIMIT ? OFFSET ?");
            parameters.add(size + 1);
            parameters.add(start);
            // The page is cut first, so the debit sums are computed for its rows only.
            String sql = "SELECT p.id, p.number, p.posting_date, p.description, "
                    + "(SELECT coalesce(sum(l.debit), 0) FROM voucher_line l WHERE l.voucher_id = p.id), r.number "
                    + "FROM (" + filter + ") p LEFT JOIN voucher r ON r.id = p.reverses_voucher_id ORDER BY p.number";
            List<VoucherRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new VoucherRow(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                                rs.getString(4), BigDecimal.valueOf(rs.getLong(5), accounting.decimals()), rs.getString(6)));
                    }
                }
            }
            boolean hasMore = rows.size() > size;
            List<VoucherRow> page = hasMore ? rows.subList(0, size) : rows;
            return new VoucherPage(page, start, size, hasMore, accounting.currency());
        });
    }

    /** The lines of one voucher in the order they were posted. */
    public List<VoucherLineRow> voucherLines(long voucherId) {
        return read(c -> {
            Accounting accounting = accounting(c);
            List<VoucherLineRow> lines = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT a.number, a.name, l.debit, l.credit, l.currency, l.amount, cur.decimals, l.description
                    FROM voucher_line l
                    JOIN ledger_account a ON a.id = l.account_id
                    JOIN currency cur ON cur.code = l.currency
                    WHERE l.voucher_id = ?
                    ORDER BY l.id""")) {
                s.setLong(1, voucherId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new VoucherLineRow(rs.getString(1), rs.getString(2),
                                BigDecimal.valueOf(rs.getLong(3), accounting.decimals()),
                                BigDecimal.valueOf(rs.getLong(4), accounting.decimals()),
                                rs.getString(5), BigDecimal.valueOf(rs.getLong(6), rs.getInt(7)), rs.getString(8)));
                    }
                }
            }
            return lines;
        });
    }

    /** Every ledger account (also those without postings) with its sums of lines dated on or before {@code asOf}. */
    public TrialBalance trialBalance(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return read(c -> {
            Accounting accounting = accounting(c);
            List<TrialBalanceRow> rows = new ArrayList<>();
            long totalDebit = 0;
            long totalCredit = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT a.number, a.name, coalesce(t.debit, 0), coalesce(t.credit, 0)
                    FROM ledger_account a
                    LEFT JOIN (SELECT l.account_id, sum(l.debit) AS debit, sum(l.credit) AS credit
                               FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
                               WHERE v.posting_date <= ? GROUP BY l.account_id) t
                           ON t.account_id = a.id
                    ORDER BY a.number""")) {
                s.setString(1, asOf.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long debit = rs.getLong(3);
                        long credit = rs.getLong(4);
                        totalDebit = Math.addExact(totalDebit, debit);
                        totalCredit = Math.addExact(totalCredit, credit);
                        rows.add(new TrialBalanceRow(rs.getString(1), rs.getString(2),
                                BigDecimal.valueOf(debit, accounting.decimals()),
                                BigDecimal.valueOf(credit, accounting.decimals()),
                                BigDecimal.valueOf(debit - credit, accounting.decimals())));
                    }
                }
            }
            return new TrialBalance(asOf, accounting.currency(), rows,
                    BigDecimal.valueOf(totalDebit, accounting.decimals()),
                    BigDecimal.valueOf(totalCredit, accounting.decimals()));
        });
    }

    private record Accounting(String currency, int decimals) {
    }

    private static Accounting accounting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT e.accounting_currency, cur.decimals
                FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency
                ORDER BY e.id LIMIT 1""");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new UserException("company.notSetUp");
            }
            return new Accounting(rs.getString(1), rs.getInt(2));
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(work::apply));
    }
}
