package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.reimbursement.ReversalResult;
import java.time.LocalDate;

/**
 * Reverses an open reimbursement; bound to {@code ReimbursementService::reverse}. Throws a
 * {@link dk.reimbursementdesk.domain.UserException} with a sentence when the reimbursement is paid,
 * already reversed or unknown. Called on a worker thread.
 */
@FunctionalInterface
public interface ReimbursementReversal {

    ReversalResult reverse(String reimbursementNumber, LocalDate reversalDate);
}
