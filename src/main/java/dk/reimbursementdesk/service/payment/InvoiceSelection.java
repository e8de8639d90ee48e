package dk.reimbursementdesk.service.payment;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The invoices a proposal or a batch takes: the ticked ones, or every open invoice a filter selects
 * but the ones unticked ("Select all shown" on a list of 72,000 means all of them, not the page).
 *
 * @param filter null: exactly {@code ids}; otherwise the filter's invoices without {@code ids}
 */
public record InvoiceSelection(OpenInvoiceQuery filter, Set<Long> ids) {

    public InvoiceSelection {
        ids = Set.copyOf(ids);
    }

    public static InvoiceSelection of(Collection<Long> ids) {
        return new InvoiceSelection(null, Set.copyOf(ids));
    }

    public static InvoiceSelection allBut(OpenInvoiceQuery filter, Collection<Long> except) {
        return new InvoiceSelection(Objects.requireNonNull(filter, "filter"), Set.copyOf(except));
    }

    public boolean isEmpty() {
        return filter == null && ids.isEmpty();
    }
}
