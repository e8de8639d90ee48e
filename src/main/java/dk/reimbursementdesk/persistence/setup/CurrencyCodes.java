package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import org.hibernate.Session;

/** The currency codes the ledger knows, for the forms' pick lists. */
public final class CurrencyCodes {

    private final Session session;

    public CurrencyCodes(UnitOfWork work) {
        this.session = work.session();
    }

    public List<String> all() {
        return session.createSelectionQuery("select code from Currency order by code", String.class).getResultList();
    }

    public List<String> allExcept(String code) {
        return session.createSelectionQuery("select code from Currency where code <> :acc order by code", String.class)
                .setParameter("acc", code).getResultList();
    }
}
