package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the list, with the components of {@code ReimbursementListService.Row}. */
public record ReimbursementListRow(String number, LocalDate postingDate, String customerAccount, String customerName,
                                   String vendorAccount, String currency, BigDecimal amount, BigDecimal amountAcc,
                                   String voucher, String vendorInvoice, ReimbursementStatus status, long runId) {}
