package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.service.query.Selection;
import java.time.LocalDate;

/**
 * What the clerk asks the Reimbursement process for: the posting date, whether to summarize per
 * customer and currency (one reimbursement each) or not (one per credit document left open), and the
 * customers to consider.
 */
public record ReimbursementRequest(LocalDate postingDate, boolean summarize, Selection selection) {
}
