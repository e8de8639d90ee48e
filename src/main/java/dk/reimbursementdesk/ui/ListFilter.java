package dk.reimbursementdesk.ui;

import java.time.LocalDate;

/**
 * What a list should show when another screen opens it (a bar of the Overview): a filter text, a
 * date range, only the invoices that came from reimbursements, or the customers with a credit
 * balance of a currency and age. Each list applies the parts it has a filter for ({@link Screen#showOnly}).
 */
public record ListFilter(String text, LocalDate from, LocalDate to, boolean reimbursementsOnly, Credit credit) {

    public static final ListFilter NONE = new ListFilter(null, null, null, false, null);

    /**
     * The credit balances in {@code currency} whose age on {@code day} falls in {@code bucket} (0:
     * 0-30 days, 1: 31-90, 2: 91-365, 3: over 365; null: any age), as the Overview's bars count them.
     */
    public record Credit(LocalDate day, String currency, Integer bucket) {
    }

    public static ListFilter text(String text) {
        return new ListFilter(text, null, null, false, null);
    }

    public static ListFilter dates(LocalDate from, LocalDate to) {
        return new ListFilter(null, from, to, false, null);
    }

    public static ListFilter fromReimbursements() {
        return new ListFilter(null, null, null, true, null);
    }

    public static ListFilter credit(LocalDate day, String currency, Integer bucket) {
        return new ListFilter(null, null, null, false, new Credit(day, currency, bucket));
    }
}
