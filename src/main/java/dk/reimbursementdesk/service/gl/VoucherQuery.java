package dk.reimbursementdesk.service.gl;

import java.time.LocalDate;

/**
 * Which vouchers to list: {@code text} matches a part of the number or of the text as the user reads
 * it in the current language (case insensitive; {@link VoucherTextSearch}); {@code from} and {@code to} bound the posting date, both inclusive. Any part may be
 * null (or blank text) to leave it out.
 */
public record VoucherQuery(String text, LocalDate from, LocalDate to) {

    public static VoucherQuery all() {
        return new VoucherQuery(null, null, null);
    }
}
