package dk.reimbursementdesk.service.check;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves the ledger's invariants with plain SQL over the whole file: every voucher balances; AR and
 * AP control equal the open items of their subledgers; every open amount equals its amount less its
 * settlements; settlements net to zero per voucher, party and currency; SQLite's integrity check passes.
 * Each finding is a sentence in the user's language.
 */
public final class LedgerCheckService {

    public record Report(List<String> findings) {
        public boolean allWell() {
            return findings.isEmpty();
        }
    }

    private final Ledger ledger;

    public LedgerCheckService(Ledger ledger) {
        this.ledger = ledger;
    }

    public Report check() {
        List<String> findings = new ArrayList<>();
        ledger.inTransactionDo(session -> session.doWork(connection -> run(connection, findings)));
        return new Report(List.copyOf(findings));
    }

    private static void run(Connection c, List<String> findings) throws SQLException {
        int decimals = accountingDecimals(c);
        query(c, """
                SELECT v.number, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)
                FROM voucher v LEFT JOIN voucher_line l ON l.voucher_id = v.id
                GROUP BY v.id HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) OR count(l.id) = 0""",
                rs -> findings.add(text("check.voucherUnbalanced", rs.getString(1),
                        money(rs.getLong(2), decimals), money(rs.getLong(3), decimals))));

        for (String side : List.of("customer", "vendor")) {
            String accountColumn = side.equals("customer") ? "ar_control_account_id" : "ap_control_account_id";
            query(c, "SELECT (SELECT coalesce(sum(l.debit - l.credit), 0) FROM voucher_line l WHERE l.account_id = "
                            + "(SELECT " + accountColumn + " FROM parameters WHERE id = 1)), "
                            + "(SELECT coalesce(sum(open_amount_acc), 0) FROM " + side + "_transaction)",
                    rs -> {
                        if (rs.getLong(1) != rs.getLong(2)) {
                            findings.add(text("check.controlMismatch." + side,
                                    money(rs.getLong(1), decimals), money(rs.getLong(2), decimals)));
                        }
                    });
            query(c, "SELECT t.document, t.id, t.amount, t.open_amount, t.amount_acc, t.open_amount_acc, "
                            + "coalesce(s.settled, 0), coalesce(s.settled_acc, 0) FROM " + side + "_transaction t "
                            + "LEFT JOIN (SELECT transaction_id, sum(amount) AS settled, sum(amount_acc) AS settled_acc FROM "
                            + side + "_settlement GROUP BY transaction_id) s ON s.transaction_id = t.id "
                            + "WHERE t.amount - coalesce(s.settled, 0) <> t.open_amount "
                            + "OR t.amount_acc - coalesce(s.settled_acc, 0) <> t.open_amount_acc "
                            + "OR (t.amount > 0 AND (t.open_amount < 0 OR t.open_amount > t.amount)) "
                            + "OR (t.amount < 0 AND (t.open_amount > 0 OR t.open_amount < t.amount))",
                    rs -> findings.add(text("check.openMismatch." + side, rs.getString(1), String.valueOf(rs.getLong(2)))));
            query(c, "SELECT v.number, t." + side + "_id, t.currency, sum(s.amount) FROM " + side + "_settlement s "
                            + "JOIN " + side + "_transaction t ON t.id = s.transaction_id JOIN voucher v ON v.id = s.voucher_id "
                            + "GROUP BY s.voucher_id, t." + side + "_id, t.currency HAVING sum(s.amount) <> 0",
                    rs -> findings.add(text("check.settlementUnbalanced." + side, rs.getString(1), rs.getString(3))));
        }

        query(c, "PRAGMA integrity_check", rs -> {
            String result = rs.getString(1);
            if (!"ok".equalsIgnoreCase(result)) {
                findings.add(text("check.integrity", result));
            }
        });
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }

    private static int accountingDecimals(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT cur.decimals FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 2;
        }
    }

    private static String money(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }

    private static String text(String key, Object... args) {
        return new UserException(key, args).getMessage();
    }
}
