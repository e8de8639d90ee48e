package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.persistence.AccountMatch;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;
import org.hibernate.Session;

/** Customers as entities, found by account number without regard to case, as the schema's unique index compares. */
public final class CustomerStore {

    private final Session session;

    public CustomerStore(UnitOfWork work) {
        this.session = work.session();
    }

    /** The customer with this account (trimmed; null finds none). */
    public Optional<Customer> find(String account) {
        return AccountMatch.find(session, Customer.class, account);
    }

    public long transactionCount(Customer customer) {
        return session.createSelectionQuery("select count(*) from CustomerTransaction where customer = :c", Long.class)
                .setParameter("c", customer).getSingleResult();
    }

    /** The sum of the customer's open items in minor units of the accounting currency; 0 when none are open. */
    public long openBalanceAccounting(String account) {
        return session.createSelectionQuery("select coalesce(sum(o.openAmountAcc), 0) from CustomerOpenItem o, Customer c"
                        + " where c.id = o.key.customerId and c.account = :a", Long.class)
                .setParameter("a", account).getSingleResult();
    }
}
