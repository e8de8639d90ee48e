package dk.reimbursementdesk.service.payment.pain;

import java.math.BigDecimal;

/** A payment file's group header totals: how many transfers, and the plain sum of their amounts. */
public record FileTotals(int transactionCount, BigDecimal controlSum) {
}
