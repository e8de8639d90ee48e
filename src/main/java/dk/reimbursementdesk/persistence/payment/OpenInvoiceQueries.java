package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.FieldCriteria;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Open vendor invoices shaped for the Vendor payments screen and the proposal, by vendor, currency
 * and due date. Every statement returns the columns {@code id, vendor_account, vendor_name,
 * vendor_group, iban, bic, document, transaction_date, due_date, currency, decimals, open_amount}
 * (what is owed, positive, in minor units) {@code , reimbursements} (see {@link Concatenated})
 * {@code , customer_account, customer_name} (of the first reimbursement behind the invoice, or null).
 */
public final class OpenInvoiceQueries {

    private static final String SELECT = """
            SELECT t.id AS id, v.account AS vendor_account, v.name AS vendor_name, vg.code AS vendor_group,
                   v.iban AS iban, v.bic AS bic, t.document AS document, t.transaction_date AS transaction_date,
                   t.due_date AS due_date, t.currency AS currency, cur.decimals AS decimals, -t.open_amount AS open_amount,
                   (SELECT group_concat(number, char(31)) FROM (SELECT r.number FROM reimbursement r
                        WHERE r.vendor_transaction_id = t.id ORDER BY r.number)) AS reimbursements,
                   c.account AS customer_account, c.name AS customer_name
            FROM vendor v JOIN vendor_group vg ON vg.id = v.group_id
            JOIN vendor_transaction t ON t.vendor_id = v.id
            JOIN currency cur ON cur.code = t.currency
            LEFT JOIN reimbursement fr ON fr.id = (SELECT min(r.id) FROM reimbursement r WHERE r.vendor_transaction_id = t.id)
            LEFT JOIN customer c ON c.id = fr.customer_id
            WHERE t.type = 'INVOICE' AND t.open_amount < 0
            """;

    private static final String ORDER = " ORDER BY v.account COLLATE NOCASE, t.currency, coalesce(t.due_date, t.transaction_date), t.id";

    private final Session session;
    private final Sql sql;

    public OpenInvoiceQueries(UnitOfWork work) {
        this.session = work.session();
        this.sql = work.sql();
    }

    /**
     * The open invoices of the vendors a selection picks, optionally of one currency, due on or before
     * a date (an invoice without a due date counts from its date) and created by a reimbursement.
     *
     * @param vendorCondition  a vendor selection rendered as a condition on the vendor columns
     *                         ({@code v.}, {@code vg.}) with {@code ?} placeholders
     * @param vendorParameters the values for those placeholders, in order
     */
    public <T> List<T> matching(List<FieldCriteria> vendors, String currency, LocalDate dueOnOrBefore,
                                boolean reimbursementsOnly, RowMapper<T> mapper) {
        SqlPredicate vendorCondition = CriteriaSql.where(vendors);
        StringBuilder text = new StringBuilder(SELECT).append(" AND ").append(vendorCondition.sql());
        List<Object> parameters = new ArrayList<>(vendorCondition.parameters());
        if (currency != null) {
            text.append(" AND t.currency = ?");
            parameters.add(currency);
        }
        if (dueOnOrBefore != null) {
            text.append(" AND coalesce(t.due_date, t.transaction_date) <= ?");
            parameters.add(dueOnOrBefore);
        }
        if (reimbursementsOnly) {
            text.append(" AND EXISTS (SELECT 1 FROM reimbursement r WHERE r.vendor_transaction_id = t.id)");
        }
        text.append(ORDER);
        return sql.list(text.toString(), mapper, parameters.toArray());
    }

    /** The given invoices that are still open; ids of anything else are simply not returned. */
    public <T> List<T> byIds(Collection<Long> ids, RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return sql.list(SELECT + " AND t.id IN (" + marks + ")" + ORDER, mapper, ids.toArray());
    }

    /** The open reimbursements whose vendor invoice is one of these. */
    public List<Reimbursement> openReimbursementsOf(List<VendorTransaction> invoices) {
        return session.createSelectionQuery("from Reimbursement r where r.vendorTransaction in :invoices and r.status = :open",
                        Reimbursement.class)
                .setParameter("invoices", invoices)
                .setParameter("open", ReimbursementStatus.OPEN)
                .getResultList();
    }
}
