package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;

/**
 * One reimbursement a run would post. {@code credit} is positive in the transaction currency,
 * {@code creditAcc} the same converted at the run's rate. {@code vendorAccount} is null when a new
 * one-time vendor would be made ({@code newOneTimeVendor}); {@code sourceDocument} is null when
 * summarized and names the credit document otherwise.
 */
public record Proposal(String customerAccount, String customerName, String currency,
                       BigDecimal credit, BigDecimal creditAcc, String vendorAccount,
                       boolean newOneTimeVendor, String sourceDocument) {
}
