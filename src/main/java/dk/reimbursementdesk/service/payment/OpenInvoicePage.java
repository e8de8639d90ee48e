package dk.reimbursementdesk.service.payment;

import java.util.List;

/**
 * One page of the open invoices a filter selects, for the Vendor payments screen: which page it is
 * (zero-based; a page past the end is the last one), how many invoices the filter selects in all and
 * what they owe, and the page's rows in list order.
 */
public record OpenInvoicePage(int index, OpenInvoiceSummary summary, List<OpenInvoice> rows) {

    public OpenInvoicePage {
        rows = List.copyOf(rows);
    }
}
