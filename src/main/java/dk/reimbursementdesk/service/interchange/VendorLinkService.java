package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.Ledger;
import org.hibernate.Session;

/**
 * Sets or clears a customer's vendor account (kreditorkonto): the vendor that stands for the customer
 * in accounts payable, which a reimbursement pays instead of creating a one-time vendor.
 */
public final class VendorLinkService {

    /** The accounts as stored, whatever case the user typed them in. */
    public record Link(String customerAccount, String vendorAccount) {
    }

    private final Ledger ledger;

    public VendorLinkService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Links the customer to the vendor, replacing any earlier link. */
    public Link link(String customerAccount, String vendorAccount) {
        return ledger.inSessionTransaction(session -> {
            Customer customer = customer(session, customerAccount);
            Vendor vendor = session.createSelectionQuery("from Vendor where account = :a", Vendor.class)
                    .setParameter("a", vendorAccount == null ? "" : vendorAccount.strip())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> InterchangeText.refusal("link.vendor.unknown", vendorAccount));
            customer.setVendor(vendor);
            return new Link(customer.getAccount(), vendor.getAccount());
        });
    }

    /** Clears the link; refused when the customer has none, so a typo in a script does not pass silently. */
    public Link unlink(String customerAccount) {
        return ledger.inSessionTransaction(session -> {
            Customer customer = customer(session, customerAccount);
            if (customer.getVendor() == null) {
                throw InterchangeText.refusal("link.notLinked", customer.getAccount());
            }
            String previous = customer.getVendor().getAccount();
            customer.setVendor(null);
            return new Link(customer.getAccount(), previous);
        });
    }

    private static Customer customer(Session session, String account) {
        return session.createSelectionQuery("from Customer where account = :a", Customer.class)
                .setParameter("a", account == null ? "" : account.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> InterchangeText.refusal("link.customer.unknown", account));
    }
}
