package dk.reimbursementdesk.persistence.posting;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.CustomerOpenItem;
import dk.reimbursementdesk.domain.LedgerAccount;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.persistence.AccountMatch;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;

/** What posting reads: parties and accounts by number, and the open invoices a credit settles, oldest first. */
public final class PostingStore {

    private final UnitOfWork work;

    public PostingStore(UnitOfWork work) {
        this.work = work;
    }

    /** The customer with this account, compared as {@link AccountMatch} says. */
    public Optional<Customer> customer(String account) {
        return AccountMatch.find(work.session(), Customer.class, account);
    }

    /** The vendor with this account, compared as {@link AccountMatch} says. */
    public Optional<Vendor> vendor(String account) {
        return AccountMatch.find(work.session(), Vendor.class, account);
    }

    public Optional<LedgerAccount> account(String number) {
        return work.session().createSelectionQuery("from LedgerAccount where number = :n", LedgerAccount.class)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    /** The customer's open debit items in the currency, in settlement order: by due date, then date. */
    public List<CustomerOpenItem> openCustomerInvoices(long customerId, String currency) {
        return work.session().createSelectionQuery("""
                        from CustomerOpenItem o join fetch o.transaction t
                        where o.key.customerId = :customer and o.key.currency = :currency and o.openAmount > 0
                        order by coalesce(t.dueDate, t.transactionDate), t.transactionDate, t.id""", CustomerOpenItem.class)
                .setParameter("customer", customerId)
                .setParameter("currency", currency)
                .getResultList();
    }

    /** The vendor's open invoices in the currency but {@code except}, in settlement order: by due date, then date. */
    public List<VendorTransaction> openVendorInvoices(Vendor vendor, String currency, Long except) {
        return work.session().createSelectionQuery("""
                        from VendorTransaction t
                        where t.vendor = :vendor and t.currency = :currency and t.openAmount < 0 and t.id <> :self
                        order by coalesce(t.dueDate, t.transactionDate), t.transactionDate, t.id""", VendorTransaction.class)
                .setParameter("vendor", vendor)
                .setParameter("currency", currency)
                .setParameter("self", except)
                .getResultList();
    }
}
