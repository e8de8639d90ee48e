package dk.reimbursementdesk.service.gl;

import java.math.BigDecimal;

/**
 * One line of a voucher: debit and credit in the accounting currency, {@code amount} in the
 * transaction {@code currency} (signed, debit positive).
 */
public record VoucherLineRow(String accountNumber, String accountName, BigDecimal debit, BigDecimal credit,
                             String currency, BigDecimal amount, String description) {
}
