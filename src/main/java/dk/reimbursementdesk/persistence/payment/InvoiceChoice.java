package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.persistence.query.FieldCriteria;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which open vendor invoices a proposal or a batch takes, said so SQL can select them: either the
 * listed ids, or every open invoice a filter selects but the listed ids (what "Select all shown"
 * means on a list of 72,000 rows: the rows are never sent one by one).
 *
 * @param filter null: exactly {@code ids}; otherwise the filter's invoices without {@code ids}
 */
public record InvoiceChoice(Filter filter, Set<Long> ids) {

    /** The vendor selection (rendered by {@code CriteriaSql}), a currency, due on or before, from a reimbursement. */
    public record Filter(List<FieldCriteria> vendors, String currency, LocalDate dueOnOrBefore, boolean reimbursementsOnly) {
        public Filter {
            vendors = List.copyOf(vendors);
        }
    }

    public InvoiceChoice {
        ids = Set.copyOf(ids);
    }

    public static InvoiceChoice ids(Collection<Long> ids) {
        return new InvoiceChoice(null, Set.copyOf(ids));
    }

    public static InvoiceChoice allBut(Filter filter, Collection<Long> except) {
        return new InvoiceChoice(filter, Set.copyOf(except));
    }
}
