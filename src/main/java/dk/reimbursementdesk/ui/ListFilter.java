package dk.reimbursementdesk.ui;

import java.time.LocalDate;

/**
 * What a list should show when another screen opens it (a bar of the Overview): a filter text (a
 * currency), a date range, or only the invoices that came from reimbursements. Each list applies
 * the parts it has a filter for ({@link Screen#showOnly}).
 */
public record ListFilter(String text, LocalDate from, LocalDate to, boolean reimbursementsOnly) {

    public static final ListFilter NONE = new ListFilter(null, null, null, false);

    public static ListFilter text(String text) {
        return new ListFilter(text, null, null, false);
    }

    public static ListFilter dates(LocalDate from, LocalDate to) {
        return new ListFilter(null, from, to, false);
    }

    public static ListFilter fromReimbursements() {
        return new ListFilter(null, null, null, true);
    }
}
