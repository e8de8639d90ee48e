package dk.reimbursementdesk.persistence.reimbursement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The numbers and accounts the posting statements need, gathered by the service from the parameters. */
public record PostingSetup(LocalDate postingDate, boolean summarize, LocalDateTime postedAt, long runId,
                           long arControl, long apControl, long fxGain, long fxLoss, long oneTimeVendorGroup,
                           NumberBlock vouchers, NumberBlock reimbursements, NumberBlock oneTimeVendors, String accountingCurrency) {
}
