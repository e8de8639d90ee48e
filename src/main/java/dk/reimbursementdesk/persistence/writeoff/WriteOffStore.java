package dk.reimbursementdesk.persistence.writeoff;

import dk.reimbursementdesk.domain.CustomerSettlement;
import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.domain.WriteOff;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Posted write-offs: one as an entity (to reverse it), and all of them as rows for the list and its CSV. */
public final class WriteOffStore {

    private final Session session;
    private final Sql sql;

    public WriteOffStore(UnitOfWork work) {
        this.session = work.session();
        this.sql = work.sql();
    }

    public Optional<WriteOff> byNumber(String number) {
        return session.createSelectionQuery("from WriteOff where number = :n", WriteOff.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    public Optional<NumberSequence> sequence(String code) {
        return session.createSelectionQuery("from NumberSequence where code = :c", NumberSequence.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The settlements the write-off's voucher made on the customer's items (not on its own transaction), oldest first. */
    public List<CustomerSettlement> settledItems(WriteOff writeOff) {
        return session.createSelectionQuery("""
                        from CustomerSettlement s join fetch s.transaction
                        where s.voucher = :voucher and s.transaction <> :own order by s.id""", CustomerSettlement.class)
                .setParameter("voucher", writeOff.getVoucher())
                .setParameter("own", writeOff.getCustomerTransaction())
                .getResultList();
    }

    /**
     * Every write-off by number, columns {@code number, posting_date, account, name, currency, decimals,
     * amount, amount_acc, acc_decimals, oldest_credit, voucher, status, reversal_voucher} (the last null
     * unless reversed).
     */
    public <T> List<T> list(RowMapper<T> mapper) {
        return sql.list("""
                SELECT o.number, o.posting_date, c.account, c.name, o.currency, cur.decimals, o.amount, o.amount_acc,
                       acc.decimals AS acc_decimals, o.oldest_credit, v.number AS voucher, o.status, r.number AS reversal_voucher
                FROM write_off o JOIN customer c ON c.id = o.customer_id JOIN currency cur ON cur.code = o.currency
                JOIN voucher v ON v.id = o.voucher_id LEFT JOIN voucher r ON r.id = o.reversal_voucher_id
                CROSS JOIN legal_entity e JOIN currency acc ON acc.code = e.accounting_currency
                ORDER BY o.number""", mapper);
    }
}
