package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which open vendor invoices to show or pay.
 *
 * @param vendors            a selection over {@link VendorQueryFields#CATALOG} (account, name, group, ...)
 * @param currency           the invoice currency, or null for all
 * @param dueOnOrBefore      invoices due on or before this date (an invoice without a due date counts
 *                           from its date), or null for all
 * @param reimbursementsOnly only invoices that a reimbursement created
 */
public record OpenInvoiceQuery(Selection vendors, String currency, LocalDate dueOnOrBefore, boolean reimbursementsOnly) {

    public OpenInvoiceQuery {
        Objects.requireNonNull(vendors, "vendors");
        if (vendors.catalog() != VendorQueryFields.CATALOG) {
            throw new IllegalArgumentException("Open invoices are selected by vendor fields");
        }
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static OpenInvoiceQuery all() {
        return new OpenInvoiceQuery(Selection.all(VendorQueryFields.CATALOG), null, null, false);
    }
}
