package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;

public record Proposal(String customerAccount, String customerName, String currency,
                       BigDecimal credit,          // positive, transaction currency
                       BigDecimal creditAcc,       // positive, accounting currency at the run's rate
                       String vendorAccount,       // linked vendor; null when a one-time vendor would be made
                       boolean newOneTimeVendor,
                       String sourceDocument) {}   // null when summarized; the credit document otherwise
