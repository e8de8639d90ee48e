package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.posting.PostingStore;
import dk.reimbursementdesk.persistence.reimbursement.HoldStore;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Holds (issue 13): a customer on hold for reimbursement is skipped by every run, and the preview
 * lists it as left out, "on hold: reason". Release removes the hold. Each call is one transaction.
 */
public final class HoldService {

    /** What a hold call did: the customer's account as stored, and the reason (of the hold released, for release). */
    public record Hold(String customerAccount, String reason) {
    }

    private final Ledger ledger;

    public HoldService(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Puts the customer on hold with the reason, or gives its hold a new reason.
     *
     * @throws dk.reimbursementdesk.domain.UserException when the customer is unknown or the reason empty; nothing is written
     */
    public Hold hold(String customerAccount, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ReimbursementText.refusal("hold.reasonRequired");
        }
        if (why.chars().anyMatch(Character::isISOControl)) {
            throw ReimbursementText.refusal("hold.reasonOneLine");
        }
        return ledger.inTransaction(work -> {
            // A run planning now sees the customer held or not, never half: the hold waits for it.
            work.lockForPosting("hold");
            Customer customer = customer(new PostingStore(work), customerAccount);
            new HoldStore(work).hold(customer.getId(), why, LocalDateTime.now().withNano(0).toString(), System.getProperty("user.name"));
            return new Hold(customer.getAccount(), why);
        });
    }

    /**
     * Releases the customer's hold.
     *
     * @throws dk.reimbursementdesk.domain.UserException when the customer is unknown or not on hold
     */
    public Hold release(String customerAccount) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("release of a hold");
            Customer customer = customer(new PostingStore(work), customerAccount);
            HoldStore holds = new HoldStore(work);
            String reason = holds.reason(customer.getId())
                    .orElseThrow(() -> ReimbursementText.refusal("hold.notHeld", customer.getAccount()));
            holds.release(customer.getId());
            return new Hold(customer.getAccount(), reason);
        });
    }

    /** The reason the customer is on hold; empty when it is not. */
    public Optional<String> reason(String customerAccount) {
        return ledger.inTransaction(work -> new HoldStore(work).reason(customer(new PostingStore(work), customerAccount).getId()));
    }

    private static Customer customer(PostingStore store, String account) {
        String wanted = account == null ? "" : account.strip();
        return store.customer(wanted).orElseThrow(() -> ReimbursementText.refusal("hold.customerUnknown", wanted));
    }
}
