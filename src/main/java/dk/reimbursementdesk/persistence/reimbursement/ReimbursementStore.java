package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.domain.CustomerSettlement;
import dk.reimbursementdesk.domain.CustomerTransaction;
import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Posted reimbursements as entities, for the one-at-a-time work on them (a reversal). */
public final class ReimbursementStore {

    private final Session session;

    public ReimbursementStore(UnitOfWork work) {
        this.session = work.session();
    }

    public Optional<Reimbursement> byNumber(String number) {
        return session.createSelectionQuery("from Reimbursement where number = :n", Reimbursement.class)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    /** The settlements a voucher made on customer items other than {@code except}, with their items, oldest first. */
    public List<CustomerSettlement> settlementsOf(Voucher voucher, CustomerTransaction except) {
        return session.createSelectionQuery("""
                        from CustomerSettlement s join fetch s.transaction
                        where s.voucher = :voucher and s.transaction <> :reimbursed order by s.id""", CustomerSettlement.class)
                .setParameter("voucher", voucher)
                .setParameter("reimbursed", except)
                .getResultList();
    }
}
