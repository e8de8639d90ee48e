package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.service.query.Selection;
import java.time.LocalDate;

public record ReimbursementRequest(LocalDate postingDate, boolean summarize, Selection selection) {}
