package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;

/** The customer and the vendor a link joins, by their accounts as stored. */
public final class VendorLinkQueries {

    private final UnitOfWork work;

    public VendorLinkQueries(UnitOfWork work) {
        this.work = work;
    }

    public Optional<Customer> customer(String account) {
        return work.session().createSelectionQuery("from Customer where account = :a", Customer.class)
                .setParameter("a", account)
                .getResultStream().findFirst();
    }

    public Optional<Vendor> vendor(String account) {
        return work.session().createSelectionQuery("from Vendor where account = :a", Vendor.class)
                .setParameter("a", account)
                .getResultStream().findFirst();
    }
}
