package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a run would post, and who it would leave out and why; nothing is written to make it. */
public record Preview(List<Proposal> proposals, List<Exclusion> exclusions,
                      Map<String, BigDecimal> totalsByCurrency, BigDecimal totalAcc, String accountingCurrency,
                      int oneTimeVendorsToCreate, int selectedCustomers) {
}
