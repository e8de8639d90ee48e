package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.AccountMatch;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;
import org.hibernate.Session;

/** Vendors as entities, found by account number without regard to case, as the schema's unique index compares. */
public final class VendorStore {

    private final Session session;

    public VendorStore(UnitOfWork work) {
        this.session = work.session();
    }

    /** The vendor with this account (trimmed; null finds none). */
    public Optional<Vendor> find(String account) {
        return AccountMatch.find(session, Vendor.class, account);
    }

    /** Whether a vendor has this account, without loading it. */
    public boolean accountTaken(String account) {
        return AccountMatch.find(session, Vendor.class, account).isPresent();
    }

    public boolean hasTransactions(Vendor vendor) {
        return session.createSelectionQuery("select count(*) from VendorTransaction where vendor = :v", Long.class)
                .setParameter("v", vendor).getSingleResult() > 0;
    }
}
