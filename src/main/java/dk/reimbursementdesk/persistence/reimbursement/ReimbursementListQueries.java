package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Reimbursement list: reimbursements filtered, sorted and paged in SQL, so the first page of a
 * hundred thousand rows is one indexed query. Rows have the columns {@code number}, {@code posting_date},
 * {@code customer_account}, {@code customer_name}, {@code vendor_account}, {@code currency}, {@code decimals},
 * {@code amount}, {@code amount_acc} (minor units), {@code voucher}, {@code vendor_invoice}, {@code status},
 * {@code run_id}, and whether the reimbursement is open because the bank rejected the latest payment of its
 * vendor invoice: {@code rejected_by_bank} (1 or 0) and the bank's reason as {@code bank_reason}, its code and
 * text ("AC04 Closed account"; empty when it gave none).
 */
public final class ReimbursementListQueries {

    /** Which reimbursements: posted from and to (inclusive), a customer account or name fragment, a status; null = any. */
    public record Filter(LocalDate from, LocalDate to, String customer, ReimbursementStatus status) {
    }

    public enum Sort {
        NUMBER("r.number", false), POSTING_DATE("r.posting_date", false), CUSTOMER("c.account", true), VENDOR("v.account", true),
        CURRENCY("r.currency", false), AMOUNT("r.amount", false), AMOUNT_ACC("r.amount_acc", false), STATUS("r.status", false);

        private final String column;
        /** An account: sorted as its NOCASE column is on SQLite, by lower() on PostgreSQL. */
        private final boolean account;

        Sort(String column, boolean account) {
            this.column = column;
            this.account = account;
        }
    }

    private static final String FROM = """
             FROM reimbursement r
             JOIN customer c ON c.id = r.customer_id
             JOIN vendor v ON v.id = r.vendor_id
             JOIN voucher vo ON vo.id = r.voucher_id
             JOIN vendor_transaction vt ON vt.id = r.vendor_transaction_id
             JOIN currency cur ON cur.code = r.currency
             LEFT JOIN payment_bank_status bs ON r.status = 'OPEN' AND bs.status = 'RJCT' AND bs.id = (
                 SELECT max(s.id) FROM payment_bank_status s WHERE s.payment_id = (
                     SELECT max(pi.payment_id) FROM payment_invoice pi WHERE pi.vendor_transaction_id = r.vendor_transaction_id))
            """;
    private static final String COLUMNS = "SELECT r.number, r.posting_date, c.account AS customer_account, c.name AS customer_name, "
            + "v.account AS vendor_account, r.currency, cur.decimals, r.amount, r.amount_acc, vo.number AS voucher, "
            + "vt.document AS vendor_invoice, r.status, r.run_id, "
            + "CASE WHEN bs.id IS NULL THEN 0 ELSE 1 END AS rejected_by_bank, trim(coalesce(bs.reason_code, '') || ' ' || coalesce(bs.reason_text, '')) AS bank_reason";

    private final Sql sql;

    public ReimbursementListQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        // Only the customer filter needs the join; counting the bare table lets SQLite use its indexes alone.
        String from = where.needsCustomer ? " FROM reimbursement r JOIN customer c ON c.id = r.customer_id" : " FROM reimbursement r";
        return sql.queryLong("SELECT count(*)" + from + where.sql, where.parameters.toArray());
    }

    /** One page in the given order; the number breaks ties so paging is stable. */
    public <T> List<T> page(Filter filter, Sort sort, boolean ascending, int offset, int limit, RowMapper<T> mapper) {
        Where where = where(filter);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(limit);
        parameters.add(offset);
        return sql.list(COLUMNS + FROM + where.sql + orderBy(sort, ascending) + " LIMIT ? OFFSET ?", mapper, parameters.toArray());
    }

    /** Every row the filter selects, in the given order, handed over as it is read. */
    public <T> void each(Filter filter, Sort sort, boolean ascending, RowMapper<T> mapper, Consumer<T> sink) {
        Where where = where(filter);
        sql.each(COLUMNS + FROM + where.sql + orderBy(sort, ascending), row -> sink.accept(mapper.map(row)), where.parameters.toArray());
    }

    /** A run's first and last reimbursement numbers (a run numbers its reimbursements from one block, in id order); empty for a run without any. */
    public List<String> firstAndLastOfRun(long runId) {
        return sql.list("""
                SELECT number FROM (SELECT number FROM reimbursement WHERE run_id = ? ORDER BY id LIMIT 1) f
                UNION ALL
                SELECT number FROM (SELECT number FROM reimbursement WHERE run_id = ? ORDER BY id DESC LIMIT 1) l""",
                row -> row.text("number"), runId, runId);
    }

    /** The decimals of the ledger's accounting currency, which amount_acc is in. */
    public int accountingDecimals() {
        return Math.toIntExact(sql.queryLong(
                "SELECT cur.decimals FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency LIMIT 1"));
    }

    private String orderBy(Sort sort, boolean ascending) {
        Sort column = sort == null ? Sort.NUMBER : sort;
        String direction = ascending ? " ASC" : " DESC";
        String by = column.account ? EngineSql.nocase(sql.engine(), column.column) : column.column;
        return " ORDER BY " + by + direction + (column == Sort.NUMBER ? "" : ", r.number" + direction);
    }

    private record Where(String sql, List<Object> parameters, boolean needsCustomer) {
    }

    private Where where(Filter filter) {
        Filter f = filter == null ? new Filter(null, null, null, null) : filter;
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (f.from() != null) {
            conditions.add("r.posting_date >= ?");
            parameters.add(f.from().toString());
        }
        if (f.to() != null) {
            conditions.add("r.posting_date <= ?");
            parameters.add(f.to().toString());
        }
        boolean needsCustomer = f.customer() != null && !f.customer().isBlank();
        if (needsCustomer) {
            conditions.add("(" + EngineSql.likeIgnoringCase(sql.engine(), "c.account") + " OR "
                    + EngineSql.likeIgnoringCase(sql.engine(), "c.name") + ")");
            String pattern = "%" + Like.escape(f.customer().strip()) + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (f.status() != null) {
            conditions.add("r.status = ?");
            parameters.add(f.status().name());
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, parameters, needsCustomer);
    }
}
