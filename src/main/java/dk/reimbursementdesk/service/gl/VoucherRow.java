package dk.reimbursementdesk.service.gl;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One voucher in a list; {@code description} is its text as the user reads it ({@link VoucherText}). {@code totalDebit} is in the accounting currency; {@code reversesNumber} is
 * the number of the voucher this one reverses, or null.
 */
public record VoucherRow(long id, String number, LocalDate postingDate, String description,
                         BigDecimal totalDebit, String reversesNumber) {
}
