package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.service.query.Selection;
import java.time.LocalDate;
import java.util.List;

/**
 * What the clerk asks the Reimbursement process for: the posting date, whether to summarize per
 * customer and currency (one reimbursement each) or not (one per credit document left open), the
 * customers to consider, and the proposals whose amount is lowered (none: every credit whole).
 */
public record ReimbursementRequest(LocalDate postingDate, boolean summarize, Selection selection, List<PartialAmount> amounts) {

    public ReimbursementRequest {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }

    /** Every proposal for its whole credit. */
    public ReimbursementRequest(LocalDate postingDate, boolean summarize, Selection selection) {
        this(postingDate, summarize, selection, List.of());
    }

    /** The same request with these proposals lowered. */
    public ReimbursementRequest withAmounts(List<PartialAmount> lowered) {
        return new ReimbursementRequest(postingDate, summarize, selection, lowered);
    }
}
