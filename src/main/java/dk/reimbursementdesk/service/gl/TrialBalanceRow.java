package dk.reimbursementdesk.service.gl;

import java.math.BigDecimal;

/** One ledger account's postings up to a date, in the accounting currency; balance is debit minus credit. */
public record TrialBalanceRow(String accountNumber, String accountName, BigDecimal debit, BigDecimal credit,
                              BigDecimal balance) {
}
