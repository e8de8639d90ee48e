package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Filter;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.SortColumn;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The list's reads bound to {@link ReimbursementListService}. The screen's filter, sort and row have the
 * service's shapes and names, so each is handed over one to one.
 */
public final class ServiceReimbursementPages implements ReimbursementPages {

    private final ReimbursementListService service;

    public ServiceReimbursementPages(ReimbursementListService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public long count(ReimbursementListFilter filter) {
        return service.count(filter(filter));
    }

    @Override
    public List<ReimbursementListRow> page(ReimbursementListFilter filter, ReimbursementListSort sort, boolean ascending,
                                           int offset, int limit) {
        return service.page(filter(filter), column(sort), ascending, offset, limit).stream()
                .map(ServiceReimbursementPages::row)
                .toList();
    }

    @Override
    public void exportCsv(ReimbursementListFilter filter, ReimbursementListSort sort, boolean ascending, Writer out) {
        service.exportCsv(filter(filter), column(sort), ascending, out);
    }

    private static Filter filter(ReimbursementListFilter filter) {
        return new Filter(filter.from(), filter.to(), filter.customer(), filter.status());
    }

    private static SortColumn column(ReimbursementListSort sort) {
        return SortColumn.valueOf(sort.name());
    }

    private static ReimbursementListRow row(Row row) {
        return new ReimbursementListRow(row.number(), row.postingDate(), row.customerAccount(), row.customerName(),
                row.vendorAccount(), row.currency(), row.amount(), row.amountAcc(), row.voucher(), row.vendorInvoice(),
                row.status(), row.runId());
    }
}
