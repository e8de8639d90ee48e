package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.posting.PostingStore;

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
        return ledger.inTransaction(work -> {
            work.lockForPosting("vendor link");
            PostingStore queries = new PostingStore(work);
            Customer customer = customer(queries, customerAccount);
            Vendor vendor = queries.vendor(stripped(vendorAccount))
                    .orElseThrow(() -> InterchangeText.refusal("link.vendor.unknown", vendorAccount));
            customer.setVendor(vendor);
            return new Link(customer.getAccount(), vendor.getAccount());
        });
    }

    /** Clears the link; refused when the customer has none, so a typo in a script does not pass silently. */
    public Link unlink(String customerAccount) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("vendor link");
            Customer customer = customer(new PostingStore(work), customerAccount);
            if (customer.getVendor() == null) {
                throw InterchangeText.refusal("link.notLinked", customer.getAccount());
            }
            String previous = customer.getVendor().getAccount();
            customer.setVendor(null);
            return new Link(customer.getAccount(), previous);
        });
    }

    private static Customer customer(PostingStore queries, String account) {
        return queries.customer(stripped(account))
                .orElseThrow(() -> InterchangeText.refusal("link.customer.unknown", account));
    }

    private static String stripped(String account) {
        return account == null ? "" : account.strip();
    }
}
