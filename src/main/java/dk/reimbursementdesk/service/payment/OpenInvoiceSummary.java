package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.util.List;

/** How many open invoices a filter selects and what they owe per currency (currency order), counted in SQL. */
public record OpenInvoiceSummary(long count, List<Money> totals) {

    public OpenInvoiceSummary {
        totals = List.copyOf(totals);
    }
}
