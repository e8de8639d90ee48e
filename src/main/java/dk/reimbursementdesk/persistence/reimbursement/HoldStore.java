package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;

/** The customers on hold for reimbursement ({@code customer_hold}): one reason each, by customer id. */
public final class HoldStore {

    private final Sql sql;

    public HoldStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The reason the customer is on hold; empty when it is not. */
    public Optional<String> reason(long customerId) {
        return sql.first("SELECT reason FROM customer_hold WHERE customer_id = ?", row -> row.text("reason"), customerId);
    }

    /** Puts the customer on hold, or replaces the reason of its hold. */
    public void hold(long customerId, String reason, String heldAt, String heldBy) {
        sql.update("INSERT INTO customer_hold (customer_id, reason, held_at, held_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (customer_id) DO UPDATE SET reason = excluded.reason, held_at = excluded.held_at,"
                + " held_by = excluded.held_by", customerId, reason, heldAt, heldBy);
    }

    /** Releases the hold; false when there was none. */
    public boolean release(long customerId) {
        return sql.update("DELETE FROM customer_hold WHERE customer_id = ?", customerId) > 0;
    }
}
