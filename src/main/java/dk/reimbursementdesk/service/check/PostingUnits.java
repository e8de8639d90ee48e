package dk.reimbursementdesk.service.check;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.check.PostingUnitQueries;
import java.util.List;

/** The reimbursement runs, payment batches and imports of the ledger, newest first (the {@code runs} command). */
public final class PostingUnits {

    /** One unit: its kind, id (a batch's number), when it was made, how many rows it posted, and what it was. */
    public record Unit(String kind, String id, String created, long count, String summary) {
    }

    private final Ledger ledger;

    public PostingUnits(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<Unit> newestFirst() {
        return ledger.inTransaction(work -> new PostingUnitQueries(work).newestFirst(row -> new Unit(row.text("kind"),
                row.text("id"), row.text("created"), row.number("count"), row.text("summary"))));
    }
}
