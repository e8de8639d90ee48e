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
 * settlements; every customer open item agrees with its transaction's customer, currency and date;
 * settlements net to zero per voucher, party and currency; every reference points at a row that
 * exists (SQLite's foreign-key check); SQLite's integrity check passes.
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
        ledger.inSessionTransactionDo(session -> session.doWork(connection -> run(connection, findings)));
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
            // A customer transaction's open amounts are its open item's (none: closed, zero); a vendor
            // transaction still carries its own.
            String openItems = side.equals("customer") ? "customer_open_item" : "vendor_transaction";
            String open = side.equals("customer") ? "coalesce(o.open_amount, 0)" : "t.open_amount";
            String openAcc = side.equals("customer") ? "coalesce(o.open_amount_acc, 0)" : "t.open_amount_acc";
            // By the whole key, as the posting code finds it: an item filed under another customer or
            // currency is not this transaction's (the agreement check below names it).
            String openJoin = side.equals("customer")
                    ? "LEFT JOIN customer_open_item o ON o.customer_id = t.customer_id AND o.currency = t.currency "
                      + "AND o.transaction_id = t.id "
                    : "";
            query(c, "SELECT (SELECT coalesce(sum(l.debit - l.credit), 0) FROM voucher_line l WHERE l.account_id = "
                            + "(SELECT " + accountColumn + " FROM parameters WHERE id = 1)), "
                            + "(SELECT coalesce(sum(open_amount_acc), 0) FROM " + openItems + ")",
                    rs -> {
                        if (rs.getLong(1) != rs.getLong(2)) {
                            findings.add(text("check.controlMismatch." + side,
                                    money(rs.getLong(1), decimals), money(rs.getLong(2), decimals)));
                        }
                    });
            query(c, "SELECT t.document, t.id FROM " + side + "_transaction t " + openJoin
                            + "LEFT JOIN (SELECT transaction_id, sum(amount) AS settled, sum(amount_acc) AS settled_acc FROM "
                            + side + "_settlement GROUP BY transaction_id) s ON s.transaction_id = t.id "
                            + "WHERE t.amount - coalesce(s.settled, 0) <> " + open + " "
                            + "OR t.amount_acc - coalesce(s.settled_acc, 0) <> " + openAcc + " "
                            + "OR (t.amount > 0 AND (" + open + " < 0 OR " + open + " > t.amount)) "
                            + "OR (t.amount < 0 AND (" + open + " > 0 OR " + open + " < t.amount))",
                    rs -> findings.add(text("check.openMismatch." + side, rs.getString(1), String.valueOf(rs.getLong(2)))));
            query(c, "SELECT v.number, t." + side + "_id, t.currency, sum(s.amount) FROM " + side + "_settlement s "
                            + "JOIN " + side + "_transaction t ON t.id = s.transaction_id JOIN voucher v ON v.id = s.voucher_id "
                            + "GROUP BY s.voucher_id, t." + side + "_id, t.currency HAVING sum(s.amount) <> 0",
                    rs -> findings.add(text("check.settlementUnbalanced." + side, rs.getString(1), rs.getString(3))));
        }

        // An open item copies its transaction's customer, currency and date so that balances and the
        // reimbursement run (which closes the items dated up to its posting date) read the narrow table
        // alone; a copy that drifted would move an amount to another customer or currency, or let the
        // wrong run close it, without any of the sums above noticing.
        query(c, """
                SELECT t.document, t.id, coalesce(c.account, o.customer_id), o.currency, o.transaction_date,
                       coalesce(tc.account, t.customer_id), t.currency, t.transaction_date
                FROM customer_open_item o JOIN customer_transaction t ON t.id = o.transaction_id
                LEFT JOIN customer c ON c.id = o.customer_id LEFT JOIN customer tc ON tc.id = t.customer_id
                WHERE o.customer_id <> t.customer_id OR o.currency <> t.currency OR o.transaction_date <> t.transaction_date""",
                rs -> findings.add(text("check.openItemMismatch.customer", rs.getString(1), String.valueOf(rs.getLong(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))));

        // The reimbursement run and imports write with SQLite's foreign-key enforcement off (Ledger.inBulkTransaction),
        // so nothing at write time proves that its references point at rows that exist: this does.
        // A table without row ids (customer_open_item) has no row number to name, so its rows are counted.
        query(c, """
                SELECT fk."table", fk.rowid, fk.parent, count(*),
                       (SELECT group_concat(l."from", ', ') FROM pragma_foreign_key_list(fk."table") l WHERE l.id = fk.fkid)
                FROM pragma_foreign_key_check fk
                GROUP BY fk."table", fk.fkid, fk.rowid, fk.parent
                ORDER BY fk."table", fk.rowid""",
                rs -> {
                    long rowid = rs.getLong(2);
                    findings.add(rs.wasNull()
                            ? text("check.danglingReference.withoutRowid", rs.getString(1), rs.getString(5), rs.getString(3), rs.getLong(4))
                            : text("check.danglingReference", rs.getString(1), String.valueOf(rowid), rs.getString(5), rs.getString(3)));
                });

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
