package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a run would post, and who it would leave out and why; nothing is written to make it.
 * {@code minimumByCurrency} is, per currency with a rate, the smallest amount a proposal in it may be
 * lowered to (the minimum reimbursement, converted back and rounded up to what reaches it).
 */
public record Preview(List<Proposal> proposals, List<Exclusion> exclusions,
                      Map<String, BigDecimal> totalsByCurrency, BigDecimal totalAcc, String accountingCurrency,
                      int oneTimeVendorsToCreate, int selectedCustomers, Map<String, BigDecimal> minimumByCurrency) {

    public Preview {
        minimumByCurrency = minimumByCurrency == null ? Map.of() : Map.copyOf(minimumByCurrency);
    }

    /** A preview that does not say how far its proposals may be lowered. */
    public Preview(List<Proposal> proposals, List<Exclusion> exclusions, Map<String, BigDecimal> totalsByCurrency, BigDecimal totalAcc,
                   String accountingCurrency, int oneTimeVendorsToCreate, int selectedCustomers) {
        this(proposals, exclusions, totalsByCurrency, totalAcc, accountingCurrency, oneTimeVendorsToCreate, selectedCustomers, Map.of());
    }
}
