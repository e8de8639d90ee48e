package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Locale;
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
        return session.createSelectionQuery("from Vendor where lower(account) = :a", Vendor.class)
                .setParameter("a", account == null ? "" : account.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Whether a vendor has this account, without loading it. */
    public boolean accountTaken(String account) {
        return !session.createSelectionQuery("select 1 from Vendor where lower(account) = :a", Integer.class)
                .setParameter("a", account.toLowerCase(Locale.ROOT)).getResultList().isEmpty();
    }

    public boolean hasTransactions(Vendor vendor) {
        return session.createSelectionQuery("select count(*) from VendorTransaction where vendor = :v", Long.class)
                .setParameter("v", vendor).getSingleResult() > 0;
    }
}
