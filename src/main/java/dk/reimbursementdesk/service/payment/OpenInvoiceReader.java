package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads open vendor invoices shaped for the screen and the proposal, with plain SQL. */
final class OpenInvoiceReader {

    private static final String SELECT = """
            SELECT t.id, v.account, v.name, vg.code, v.iban, v.bic, t.document, t.transaction_date, t.due_date,
                   t.currency, cur.decimals, -t.open_amount,
                   (SELECT group_concat(number, char(31)) FROM (SELECT r.number FROM reimbursement r
                        WHERE r.vendor_transaction_id = t.id ORDER BY r.number)),
                   c.account, c.name
            FROM vendor v JOIN vendor_group vg ON vg.id = v.group_id
            JOIN vendor_transaction t ON t.vendor_id = v.id
            JOIN currency cur ON cur.code = t.currency
            LEFT JOIN reimbursement fr ON fr.id = (SELECT min(r.id) FROM reimbursement r WHERE r.vendor_transaction_id = t.id)
            LEFT JOIN customer c ON c.id = fr.customer_id
            WHERE t.type = 'INVOICE' AND t.open_amount < 0
            """;

    private static final String ORDER = " ORDER BY v.account COLLATE NOCASE, t.currency, coalesce(t.due_date, t.transaction_date), t.id";

    private OpenInvoiceReader() {
    }

    static List<OpenInvoice> read(Connection c, Locale locale, OpenInvoiceQuery query) throws SQLException {
        SqlPredicate vendors = CriteriaSql.where(query.vendors().fieldCriteria());
        StringBuilder sql = new StringBuilder(SELECT).append(" AND ").append(vendors.sql());
        List<Object> parameters = new ArrayList<>(vendors.parameters());
        if (query.currency() != null) {
            sql.append(" AND t.currency = ?");
            parameters.add(query.currency());
        }
        if (query.dueOnOrBefore() != null) {
            sql.append(" AND coalesce(t.due_date, t.transaction_date) <= ?");
            parameters.add(query.dueOnOrBefore().toString());
        }
        if (query.reimbursementsOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM reimbursement r WHERE r.vendor_transaction_id = t.id)");
        }
        sql.append(ORDER);
        return run(c, locale, sql.toString(), parameters);
    }

    /** The given invoices that are still open; ids of anything else are simply not returned. */
    static List<OpenInvoice> byIds(Connection c, Locale locale, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return run(c, locale, SELECT + " AND t.id IN (" + marks + ")" + ORDER, new ArrayList<>(ids));
    }

    private static List<OpenInvoice> run(Connection c, Locale locale, String sql, List<Object> parameters) throws SQLException {
        List<OpenInvoice> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(2);
                    String name = rs.getString(3);
                    String iban = rs.getString(5);
                    String bic = rs.getString(6);
                    String numbers = rs.getString(13);
                    rows.add(new OpenInvoice(rs.getLong(1), account, name, rs.getString(4), iban, bic, rs.getString(7),
                            date(rs.getString(8)), date(rs.getString(9)),
                            Money.ofMinor(rs.getLong(12), rs.getString(10), rs.getInt(11)),
                            numbers == null ? List.of() : Arrays.asList(numbers.split("\u001f")),
                            rs.getString(14), rs.getString(15),
                            BankAccountCheck.vendorProblem(locale, account, name, iban, bic)));
                }
            }
        }
        return rows;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
