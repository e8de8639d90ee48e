package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;
import java.util.Map;

/** What a run posted. */
public record RunResult(long runId, int reimbursements, Map<String, BigDecimal> totalsByCurrency,
                        BigDecimal totalAcc, int oneTimeVendorsCreated) {
}
